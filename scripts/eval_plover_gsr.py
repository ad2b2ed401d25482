"""The event rules alone on the PLOVER gold-standard records (one news sentence each, gold PLOVER type).

Coverage: share of sentences for which the reader codes an event that happened (not negated, not
hypothetical). Accuracy: share of coded sentences whose first event has the gold type. Macro-F1 over the
gold types, a sentence with no event counting as a miss. Run by hand:

    python scripts/eval_plover_gsr.py [PATH to PLOVER_GSR_CAMEO.txt] [--errors]

Data: Open Event Data Alliance, PLOVER gold-standard records (CC BY-SA 4.0), read from the shared data folder,
not copied here. The draft-0.5 type names are mapped to the 2021 names (DEMAND→REQUEST, DISAPPROVE→ACCUSE,
FIGHT→ASSAULT, INVESTIGATE→ACCUSE).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from multipolar.extract.learned.train import macro_f1
from multipolar.extract.pipeline import Extractor
from multipolar.sources.document import SourceDocument

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/plover_gsr_cameo/PLOVER_GSR_CAMEO.txt"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    gold = [OLD_NAMES.get(r["event"], r["event"]) for r in records]
    docs = [SourceDocument(text=r["text"], origin=r["id"], kind="text", published=r.get("date") or None)
            for r in records]
    ex = Extractor()
    pred: list[str | None] = []
    for ev in ex.extract_many(docs):
        happened = [e for e in sorted(ev.events, key=lambda e: e.text.start) if not (e.negated or e.hypothetical)]
        pred.append(happened[0].type if happened else None)
    n = len(gold)
    coded = sum(p is not None for p in pred)
    right = sum(p == g for p, g in zip(pred, gold, strict=True))
    print(f"sentences {n}  coded {coded} ({coded / n:.0%})  right when coded {right / max(coded, 1):.0%}  "
          f"right overall {right / n:.0%}  macro-F1 {macro_f1(gold, pred):.2f}")
    if "--errors" in sys.argv:
        confusion = Counter((g, p) for p, g in zip(pred, gold, strict=True) if p != g)
        for (g, p), k in confusion.most_common(30):
            print(f"  gold {g:10} predicted {p or '-':10} {k}")
        for r, p, g in zip(records, pred, gold, strict=True):
            if p != g:
                print(f"{g:9} {p or '-':9} {r['text'][:150]}")


if __name__ == "__main__":
    main()
