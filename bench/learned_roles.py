"""Ablation (issue 12): can a learned chooser complete the events the rules drop for want of a participant?

    python bench/learned_roles.py [--write] [--thresholds 0.4,0.5,0.6,0.7]

Most gold events the reader misses had a trigger that fired; the reader dropped the event because it could not
read an actor or a recipient (``bench/event_drops.py``). ``bench/event_roles.py`` proposes, for each such drop
lacking one role, the states that could fill it (the sentence's, the sentence before's, the running pair, the
conflict, the last meeting, the last deal, the last subject, the question asked, the speaker, the topic, the title,
the last event) with binary features of where each came from and how the trigger reads, and a logistic model
scores them.

Training rows: every development gold document (tests/gold, ../shared/corpus/gold, tests/gold/written; never the
held-out ones) read by the rules with the hook recording the drops. A candidate is 1 when the completed event's
type and pair are a gold event's the rules missed, 0 when no gold event's (candidates repeating an event the rules
found are left out: neither gain nor loss).

Measured with the evaluation's own matching: folds leave out a group of folders (the real documents, "gold", are
one; the written folders are split in five), the chooser trained on the rest is installed in the reader and the
left-out documents are read again and scored. The held-out documents are scored (never trained on) with the
chooser trained on all the rows. ``--write`` saves bench/results/learned_roles_ablation.txt.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import event_roles as R  # noqa: E402

from multipolar.api.evidence import extract_documents  # noqa: E402
from multipolar.domain import is_state_or_group  # noqa: E402
from multipolar.extract.events import EventStage  # noqa: E402
from multipolar.extract.learned.data import HELD_OUT_DOCS, doc_name  # noqa: E402
from multipolar.extract.scoring import (  # noqa: E402
    _as_list,
    _pairs,
    gold_document_path,
    load_gold,
    pick_prediction,
    score_document,
)
from multipolar.sources.discover import read_inputs  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "results" / "learned_roles_ablation.txt"


def held_out() -> set[str]:
    listed = REPO / "bench" / "heldout.txt"
    names = {ln.strip() for ln in listed.read_text().splitlines() if ln.strip() and not ln.startswith("#")} \
        if listed.exists() else set()
    return names | set(HELD_OUT_DOCS)


def gold_files() -> tuple[dict[Path, str], list[Path]]:
    """Trainable gold files with their folder ("gold" for the real documents), and the held-out gold files."""
    written = REPO / "tests" / "gold" / "written"
    folders = [REPO / "tests" / "gold", REPO.parent / "shared" / "corpus" / "gold",
               *sorted(p for p in written.iterdir() if p.is_dir())]
    skip = held_out()
    out: dict[Path, str] = {}
    heldout: list[Path] = []
    for f in folders:
        for gf in sorted(f.glob("*.gold.json")) if f.is_dir() else []:
            name = doc_name(gf)
            if name in skip:
                if gf not in heldout and name not in {doc_name(h) for h in heldout}:
                    heldout.append(gf)
            elif name not in {doc_name(p) for p in out}:
                out[gf] = "gold" if f.name == "gold" else f.name
    return out, heldout


def _read(gf: Path) -> tuple[dict[str, Any], Any] | None:
    gold = load_gold(gf)
    path = gold_document_path(gf, gold, None)
    return (gold, next(iter(read_inputs([path])))) if path is not None else None


def _units(events: list[dict[str, Any]], countries: dict[str, Any]) -> list[tuple[set[str], tuple[str, str], bool]]:
    return [(set(_as_list(e["type"])), pair, bool(e.get("optional"))) for e in events for pair in _pairs(e, countries)]


def collect(files: dict[Path, str]) -> list[dict[str, Any]]:
    """One row per candidate: folder, document, drop, features, whether it is a gold event, and a missed one."""
    drops: list[R.Drop] = []
    rows: list[dict[str, Any]] = []
    EventStage.chooser = R.hook(lambda d: drops.append(d))
    try:
        for gf, group in files.items():
            read = _read(gf)
            if read is None:
                continue
            gold, src = read
            drops.clear()
            pred = extract_documents([src])[0].as_json()
            countries = {a.get("id"): a.get("country") for a in pred.get("actors") or []}
            gold_units = _units(gold.get("events") or [], {a.get("id"): a.get("country")
                                                           for a in gold.get("actors") or []})
            had = {(p["type"], u[1]) for p in pred.get("events") or []
                   if not (p.get("negated") or p.get("hypothetical")) for u in _units([p], countries)}
            for n, drop in enumerate(drops):
                for cand in drop.candidates:
                    pairs = {(a, r) for a in cand.actors for r in cand.recipients
                             if a != r and is_state_or_group(a) and is_state_or_group(r)}
                    hits = [u for u in gold_units if drop.type in u[0] and u[1] in pairs]
                    rows.append({"group": group, "doc": gf.name, "drop": n, "features": cand.features,
                                 "gold": int(bool(hits)),
                                 "new": int(any(not opt and (drop.type, p) not in had for _, p, opt in hits))})
    finally:
        EventStage.chooser = None
    return rows


def train(rows: list[dict[str, Any]], l2: float, threshold: float) -> R.RoleModel:
    kept = [r for r in rows if r["new"] or not r["gold"]]
    weights, bias = R.fit([r["features"] for r in kept], [r["new"] for r in kept], l2=l2)
    return R.RoleModel(weights=weights, bias=bias, threshold=threshold)


def score(files: list[Path], model: R.RoleModel | None) -> list[int]:
    """Events tp, fp, fn over ``files`` read with the chooser of ``model`` (None: the rules alone)."""
    EventStage.chooser = R.hook(model.choose) if model is not None else None
    tally = [0, 0, 0]
    try:
        for gf in files:
            read = _read(gf)
            if read is None:
                continue
            gold, src = read
            pred = pick_prediction(extract_documents([src])[0].as_json(), gold)
            t = score_document(pred, gold, src.text).tallies["events"]
            tally = [tally[0] + t.tp, tally[1] + t.fp, tally[2] + t.fn]
    finally:
        EventStage.chooser = None
    return tally


def _line(name: str, t: list[int]) -> str:
    f1 = 2 * t[0] / max(1, 2 * t[0] + t[1] + t[2])
    return f"{name:28s} {f1:6.3f}  {t[0]}/{t[1]}/{t[2]}"


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--thresholds", default="0.4,0.5,0.6,0.7")
    ap.add_argument("--l2", type=float, default=5.0)
    args = ap.parse_args(argv)
    thresholds = [float(x) for x in args.thresholds.split(",")]
    t0 = time.time()
    files, heldout = gold_files()
    rows = collect(files)
    written = sorted({g for g in files.values() if g != "gold"})
    folds = [["gold"]] + [written[i::5] for i in range(5)]
    parts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for fold in folds:
        kind = "gold" if fold == ["gold"] else "written"
        docs = [gf for gf, g in files.items() if g in fold]
        for name, model in [("rules", None), *((f"rules+chooser P>={t}", train(
                [r for r in rows if r["group"] not in fold], args.l2, t)) for t in thresholds)]:
            t = score(docs, model)
            parts[kind][name] = [a + b for a, b in zip(parts[kind][name], t, strict=True)]
    for name, model in [("rules", None), *((f"rules+chooser P>={t}", train(rows, args.l2, t)) for t in thresholds)]:
        parts["held-out"][name] = score(heldout, model)
    drops = {(r["doc"], r["drop"]) for r in rows}
    head = [f"# python bench/learned_roles.py — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {len(files)} development "
            f"documents, {len(drops)} events dropped for want of one participant, {len(rows)} candidates "
            f"({sum(r['new'] for r in rows)} complete a missed gold event); {time.time() - t0:.0f} s",
            "# events micro F1 (tp/fp/fn): rules alone, and with the chooser filling the lacking role when its best "
            "candidate reaches P; 'gold' and 'written' are summed over left-out folds, 'held-out' uses the chooser "
            "trained on all development rows"]
    labels = {"gold": "real documents (gold)", "written": "written folders", "held-out": "held-out documents"}
    body = []
    for kind in ("gold", "written", "held-out"):
        body += ["", f"## {labels[kind]}"] + [_line(n, t) for n, t in parts[kind].items()]
    text = "\n".join(head + body) + "\n"
    print(text)
    if args.write:
        OUT.write_text(text)


if __name__ == "__main__":
    main(sys.argv[1:])
