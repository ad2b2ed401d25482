"""The event rules alone on the PLOVER gold-standard records (one news sentence each, gold PLOVER type).

Coverage: share of sentences for which the reader codes an event that happened (not negated, not
hypothetical). Accuracy: share of coded sentences whose first event has the gold type. Macro-F1 over the
gold types, a sentence with no event counting as a miss.

Dyads: each record's gold units are (type, source state, target state) from the three-letter state part of
its ``source``/``target`` CAMEO codes (actors marked SRC/TAR are each other's source and target); records
with no state on one side (IGO, NGO, a missing target, both sides one state) are skipped and counted. The
predicted units are the happened events' actor states × recipient states (a ≠ r), as the evidence scorer
reduces them; precision, recall and F1 are over units of the scored records. ``--errors`` adds the misses
by class (no event / wrong type / wrong or missing source / wrong or missing target) and the false units.
Run by hand:

    python scripts/eval_plover_gsr.py [PATH to PLOVER_GSR_CAMEO.txt] [--errors]

Data: Open Event Data Alliance, PLOVER gold-standard records (CC BY-SA 4.0), read from the shared data folder,
not copied here. The draft-0.5 type names are mapped to the 2021 names (DEMAND→REQUEST, DISAPPROVE→ACCUSE,
FIGHT→ASSAULT, INVESTIGATE→ACCUSE).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from multipolar.extract.evidence import Evidence
from multipolar.extract.learned.train import macro_f1
from multipolar.extract.pipeline import Extractor
from multipolar.extract.scoring import _reduce
from multipolar.sources.document import SourceDocument

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}  # CAMEO's own country codes
NOT_STATES = {"IGO", "NGO", "IMG", "ISM", "***"}
DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/plover_gsr_cameo/PLOVER_GSR_CAMEO.txt"


def _states(side: object) -> list[str]:
    if not isinstance(side, list):
        return []
    out = []
    for a in side:
        code = str(a.get("code") or "")[:3].upper()
        code = CAMEO_TO_ISO.get(code, code)
        if re.fullmatch(r"[A-Z]{3}", code) and code not in NOT_STATES and code not in out:
            out.append(code)
    return out


def gold_units(record: dict) -> set[tuple[str, str, str]]:
    """(type, source state, target state) units of one record; SRC/TAR actors act on each other."""
    kind = OLD_NAMES.get(record["event"], record["event"])
    src, tar = _states(record.get("source")), _states(record.get("target"))
    pairs = {(a, r) for a in src for r in tar if a != r}
    info = record.get("textInfo")
    if "SRC/TAR" in (info.get("markup", "") if isinstance(info, dict) else str(info or "")):
        both = src + [t for t in tar if t not in src]
        pairs |= {(a, r) for a in both for r in both if a != r}
    return {(kind, a, r) for a, r in pairs}


def pred_units(ev: Evidence) -> tuple[set[tuple[str, str, str]], list[tuple[str, set[str], set[str]]]]:
    countries = {a.id: a.country for a in ev.actors}
    units, events = set(), []
    for e in ev.events:
        if e.negated or e.hypothetical:
            continue
        acts = {_reduce(a, countries) for a in e.actors} - {None}
        recs = {_reduce(r, countries) for r in e.recipients} - {None}
        events.append((e.type, acts, recs))  # type: ignore[arg-type]
        units |= {(e.type, a, r) for a in acts for r in recs if a != r}  # type: ignore[misc]
    return units, events  # type: ignore[return-value]


def miss_class(unit: tuple[str, str, str], events: list[tuple[str, set[str], set[str]]]) -> str:
    kind, a, r = unit
    if not events:
        return "no event"
    typed = [e for e in events if e[0] == kind]
    if not typed:
        return "wrong type"
    if any(a in acts for _, acts, _ in typed):
        return "wrong or missing target"
    return "wrong or missing source"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    gold = [OLD_NAMES.get(r["event"], r["event"]) for r in records]
    docs = [SourceDocument(text=r["text"], origin=r["id"], kind="text", published=r.get("date") or None)
            for r in records]
    ex = Extractor()
    pred: list[str | None] = []
    evidences = list(ex.extract_many(docs))
    for ev in evidences:
        happened = [e for e in sorted(ev.events, key=lambda e: e.text.start) if not (e.negated or e.hypothetical)]
        pred.append(happened[0].type if happened else None)
    n = len(gold)
    coded = sum(p is not None for p in pred)
    right = sum(p == g for p, g in zip(pred, gold, strict=True))
    print(f"sentences {n}  coded {coded} ({coded / n:.0%})  right when coded {right / max(coded, 1):.0%}  "
          f"right overall {right / n:.0%}  macro-F1 {macro_f1(gold, pred):.2f}")
    tp = fp = fn = skipped = 0
    classes: Counter[str] = Counter()
    lines: list[str] = []
    for r, ev in zip(records, evidences, strict=True):
        gu = gold_units(r)
        if not gu:
            skipped += 1
            continue
        pu, events = pred_units(ev)
        tp, fp, fn = tp + len(gu & pu), fp + len(pu - gu), fn + len(gu - pu)
        for u in sorted(gu - pu):
            c = miss_class(u, events)
            classes[c] += 1
            lines.append(f"  miss  {c:24} {'/'.join(u):16} {r['text'][:110]}")
        for u in sorted(pu - gu):
            lines.append(f"  false {'':24} {'/'.join(u):16} {r['text'][:110]}")
    prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"dyads: records scored {n - skipped} (skipped {skipped} with no state on one side)  "
          f"tp {tp} fp {fp} fn {fn}  P {prec:.2f} R {rec:.2f} F1 {f1:.2f}")
    if "--errors" in sys.argv:
        print("dyad misses by class: " + ", ".join(f"{c} {k}" for c, k in classes.most_common()))
        print("\n".join(lines))
        confusion = Counter((g, p) for p, g in zip(pred, gold, strict=True) if p != g)
        for (g, p), k in confusion.most_common(30):
            print(f"  gold {g:10} predicted {p or '-':10} {k}")
        for r, p, g in zip(records, pred, gold, strict=True):
            if p != g:
                print(f"{g:9} {p or '-':9} {r['text'][:150]}")


if __name__ == "__main__":
    main()
