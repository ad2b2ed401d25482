"""Accuracy of the Georgia disambiguator (country vs US state) on hand-labelled real headlines.

    python bench/georgia_accuracy.py            # figures for the release notes
    python bench/georgia_accuracy.py --errors   # also every miss, with the cues that fired

Data: tests/data/georgia_headlines_labelled.jsonl — every headline (48) of the fwd/news
file headlines_2021-11_to_2022-07-11.json.gz (10,037 headlines; see shared/data/PROVENANCE.md §13)
whose title contains "Georgia"/"Georgian", each labelled by hand. The brief asked for a random
sample of at least 300; the file only has 48 such headlines, so the seeded draw
(random.Random(20220711).sample(population, min(300, N))) returns the whole population, and a
country-cue oversample could add nothing (all 7 country headlines are already in it).

Splits: the rules were tuned on a hand-written dev set kept outside the repo plus the EVEN
source_index half of the labelled file; the ODD half is held out. Figures are given for the
held-out half, the dev half and all.

Unit: one headline, judged on its first Georgia/Georgian mention ("unclear" rows are left out).
A mention-level line (every mention, each given its headline's label) follows.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from multipolar.resolve.georgia import explain_georgia_sense, georgia_sense  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "georgia_headlines_labelled.jsonl"
SENSES = ("country", "us_state")
MENTION = re.compile(r"\bGeorgia(?:ns|n|['’]s)?\b", re.IGNORECASE)


def load(path: Path = LABELLED) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (float("nan"), float("nan"))
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def evaluate(rows: list[dict]) -> dict:
    """Confusion counts and derived figures for rows (first mention of each headline)."""
    conf = {(g, p): 0 for g in SENSES for p in SENSES}
    errors = []
    for r in rows:
        m = MENTION.search(r["text"])
        if m is None:
            raise ValueError(f"no Georgia mention in labelled row {r['source_index']}: {r['text']!r}")
        pred = georgia_sense(r["text"], m.start(), m.end())
        conf[(r["sense"], pred)] += 1
        if pred != r["sense"]:
            errors.append((r, m))
    n = sum(conf.values())
    correct = conf[("country", "country")] + conf[("us_state", "us_state")]
    out: dict = {"n": n, "correct": correct, "accuracy": correct / n if n else float("nan"), "confusion": conf}
    for s in SENSES:
        gold = sum(conf[(s, p)] for p in SENSES)
        predicted = sum(conf[(g, s)] for g in SENSES)
        tp = conf[(s, s)]
        out[s] = {
            "n": gold,
            "recall": tp / gold if gold else float("nan"),
            "precision": tp / predicted if predicted else float("nan"),
            "tp": tp,
            "predicted": predicted,
        }
    out["errors"] = errors
    return out


def mention_level(rows: list[dict]) -> tuple[int, int]:
    ok = n = 0
    for r in rows:
        for m in MENTION.finditer(r["text"]):
            n += 1
            ok += georgia_sense(r["text"], m.start(), m.end()) == r["sense"]
    return ok, n


def report(name: str, rows: list[dict], show_errors: bool) -> dict:
    res = evaluate(rows)
    lo, hi = wilson(res["correct"], res["n"])
    print(f"\n== {name}: {res['n']} headlines ({res['country']['n']} country, {res['us_state']['n']} us_state)")
    print(f"accuracy            {res['accuracy']:.3f}  ({res['correct']}/{res['n']}; 95% Wilson CI {lo:.2f}-{hi:.2f})")
    for s in SENSES:
        d = res[s]
        lo, hi = wilson(d["tp"], d["n"])
        print(
            f"{s:9s} recall    {d['recall']:.3f}  ({d['tp']}/{d['n']}; CI {lo:.2f}-{hi:.2f})   "
            f"precision {d['precision']:.3f}  ({d['tp']}/{d['predicted']})"
        )
    c = res["confusion"]
    print("confusion (rows gold, columns predicted):")
    print(f"{'':12s}{'country':>10s}{'us_state':>10s}")
    for g in SENSES:
        print(f"{g:12s}{c[(g, 'country')]:>10d}{c[(g, 'us_state')]:>10d}")
    base = max(res[s]["n"] for s in SENSES) / res["n"]
    print(f"majority baseline   {base:.3f}  (always the more frequent sense)")
    defaults = sum(
        explain_georgia_sense(r["text"], *MENTION.search(r["text"]).span()).default_used  # type: ignore[union-attr]
        for r in rows
    )
    print(f"no cue fired        {defaults} headline(s) decided by the base-rate default")
    ok, n = mention_level(rows)
    print(f"mention level       {ok / n:.3f}  ({ok}/{n} mentions)")
    if show_errors:
        for r, m in res["errors"]:
            d = explain_georgia_sense(r["text"], m.start(), m.end())
            print(f"  MISS [{r['source_index']}] gold {r['sense']}: {r['text']}")
            print("    " + str(d).replace("\n", "\n    "))
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list every miss with its cues")
    args = ap.parse_args(argv)

    rows = load()
    labelled = [r for r in rows if r["sense"] in SENSES]
    unclear = len(rows) - len(labelled)
    drawn = {k: sum(r["drawn_by"] == k for r in rows) for k in ("random", "oversample")}
    print(f"labelled sample: {LABELLED.relative_to(ROOT)}")
    print(f"rows {len(rows)} (random {drawn['random']}, oversample {drawn['oversample']}); unclear {unclear} left out")
    report("HELD-OUT half (odd source_index)", [r for r in labelled if r["source_index"] % 2 == 1], args.errors)
    report(
        "dev half (even source_index, rules tuned here)",
        [r for r in labelled if r["source_index"] % 2 == 0],
        args.errors,
    )
    report("ALL", labelled, args.errors)

    texts = [r["text"] for r in labelled]
    spans = [MENTION.search(t) for t in texts]
    reps = 20
    t0 = time.perf_counter()
    for _ in range(reps):
        for t, m in zip(texts, spans, strict=True):
            georgia_sense(t, m.start(), m.end())
    dt = (time.perf_counter() - t0) / (reps * len(texts))
    print(f"\nspeed: {dt * 1e6:.0f} µs per headline mention")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
