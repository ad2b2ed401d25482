"""Ablation (issue 12): does the learned event model help once it also trains on the written gold?

    python bench/learned_events_written.py [--write]

The shipped model (``multipolar/extract/learned``) trains on the PLOVER records, the CAMEO verbs and the 36 real
development documents. Here it also trains on every folder of tests/gold/written (four times the in-domain
sentences), and is scored in the reader ``rules+model``'s way: an event is added to a sentence where the rules
coded none. Folds leave out a group of folders: the real documents ("gold": tests/gold with ../shared/corpus/gold)
as one group, the written folders in five groups. Each left-out document is read by the rules and by the rules plus
the model trained without its group, at several P(event) thresholds and caps on an added event's (actor,
recipient) pairs; events are scored with the evaluation's matching. Held-out documents are never read.
``--write`` saves the report to bench/results/learned_events_written.txt.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from multipolar.extract.actors import ActorStage
from multipolar.extract.context import Context
from multipolar.extract.events import EventStage
from multipolar.extract.learned import data as D
from multipolar.extract.learned import train as T
from multipolar.extract.learned.stage import LearnedEventStage
from multipolar.extract.nlp import load_nlp
from multipolar.extract.pipeline import _checked_body, to_evidence
from multipolar.extract.scoring import gold_document_path, load_gold, score_document
from multipolar.resolve.registry import Registry
from multipolar.sources.discover import read_inputs

THRESHOLDS = (0.8, 0.9, 0.95, 0.97, 0.99)
PAIRS = (1, 2)
OUT = T.REPO / "bench" / "results" / "learned_events_written.txt"


def gold_files() -> dict[Path, str]:
    """Every trainable gold file, with its folder ("gold" for the real documents)."""
    written = T.REPO / "tests" / "gold" / "written"
    folders = [T.REPO / "tests" / "gold", T.REPO.parent / "shared" / "corpus" / "gold",
               *sorted(p for p in written.iterdir() if p.is_dir())]
    skip = T.held_out_names()
    out: dict[Path, str] = {}
    for f in folders:
        for gf in sorted(f.glob("*.gold.json")) if f.is_dir() else []:
            if D.doc_name(gf) not in skip and D.doc_name(gf) not in {D.doc_name(p) for p in out}:
                out[gf] = "gold" if f.name == "gold" else f.name
    return out


def main(argv: list[str]) -> None:
    t0 = time.perf_counter()
    nlp, data = load_nlp(), T.default_data()
    cameo = T.build_cameo(data)
    gsr, weak = D.gsr_examples(nlp, data, cameo), T.cameo_examples(cameo)
    files = gold_files()
    examples = {gf: D.gold_examples(nlp, [gf], cameo) for gf in files}
    written = sorted({fo for fo in files.values() if fo != "gold"})
    groups = [["gold"]] + [written[i::5] for i in range(5)]
    registry = Registry.default()
    sums: dict[str, dict[Any, Any]] = {}
    for group in groups:
        model = T.fit_examples(gsr + [e for gf, fo in files.items() if fo not in group for e in examples[gf]] + weak)
        model.meta = {"max_pairs": max(PAIRS), "plain_roles": T.PLAIN_ROLES}
        for gf, fo in files.items():
            if fo not in group:
                continue
            gold = load_gold(gf)
            src = next(iter(read_inputs([gold_document_path(gf, gold, None)])))
            ctx = Context(source=src, doc=nlp(_checked_body(src, nlp.max_length)), offset=src.body_start)  # type: ignore[union-attr]
            ActorStage(nlp, registry)(ctx)
            EventStage()(ctx)
            rules = ctx.events
            candidates = LearnedEventStage("add", model=model, cameo=cameo).candidates(ctx, threshold=min(THRESHOLDS))

            def tally(events: list[Any], ctx: Context = ctx, gold: dict[str, Any] = gold) -> Any:
                ctx.events = events
                t = score_document(to_evidence(ctx).as_json(), gold).tallies["events"]
                return np.array([t.tp, t.fp, t.fn])

            row = sums.setdefault("real documents (gold)" if fo == "gold" else "written folders", {})
            row["rules"] = row.get("rules", 0) + tally(rules)
            for th in THRESHOLDS:
                for cap in PAIRS:
                    added = [e for p, e in candidates if p >= th and len(e.actors) * len(e.recipients) <= cap]
                    row[(th, cap)] = row.get((th, cap), 0) + tally(rules + added)
    docs = {k: sum(1 for fo in files.values() if (fo == "gold") == k.startswith("real")) for k in sums}
    lines = [f"# python bench/learned_events_written.py — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; "
             f"{len(files)} documents; folds leave out a group of folders; {time.perf_counter() - t0:.0f} s",
             "# events micro F1 (tp/fp/fn), rules alone and rules + the model trained with the written gold, adding "
             "events where the rules coded none at P(event) >= threshold with at most `cap` (actor, recipient) pairs"]
    for k, row in sums.items():
        lines.append(f"\n## {k} ({docs[k]} documents)")
        for name, t in row.items():
            label = name if isinstance(name, str) else f"rules+model P>={name[0]} cap {name[1]}"
            f1 = 2 * t[0] / (2 * t[0] + t[1] + t[2]) if t[0] else 0.0
            lines.append(f"{label:32s} {f1:.3f}  {int(t[0])}/{int(t[1])}/{int(t[2])}")
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if "--write" in argv:
        OUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
