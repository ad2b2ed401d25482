"""Where the event reader's false events sit: beside a gold event of the same type (parties or date differ), beside
one of another type, or in a sentence where the gold has none.

    python bench/event_false.py [GOLD_DIR ...]      (default: every folder of tests/gold/written)

Each false (type, actor-state, recipient-state, date) unit of ``multipolar eval``'s own matching is traced to the
predicted event that made it, and that event's sentence is compared with the quotes of the document's gold events.
Among false units beside a gold event of the same type, it tells whether the gold has the same pair at another date,
the reverse pair (an act told one way), or other parties. Prints counts only (no text), so it can be run on a blind
batch without reading it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_drops import REPO, gold_documents, scored  # noqa: E402


def _gold_units(gold: dict[str, Any], text: str) -> list[tuple[int, int, list[str], set[tuple[str, str]], Any]]:
    """Per gold event: its quote's place, its types, its (actor, recipient) pairs as written, and its date."""
    countries = {a.get("id"): a.get("country") for a in gold.get("actors") or []}
    out = []
    for g in gold.get("events") or []:
        at = text.find(g.get("quote", ""))
        if at < 0:
            continue
        types = g["type"] if isinstance(g["type"], list) else [g["type"]]
        pairs = {(countries.get(a) or a, countries.get(r) or r) for a in g.get("actors") or []
                 for r in g.get("recipients") or []}
        out.append((at, at + len(g["quote"]), types, pairs, g.get("date")))
    return out


def where_false(folders: list[Path]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for gf, gold, src in gold_documents(folders):
        evidence, pred, summary = scored(gf, gold, src)
        for part in ("tp", "fp", "fn"):
            counts[f"events {part}"] += summary["events"][part]
        countries = {a.get("id"): a.get("country") for a in evidence.get("actors") or []}
        golds = _gold_units(gold, src.text)
        for tag, unit in summary["errors"].get("events", []):
            if tag != "false":
                continue
            kind, (a, r), date = unit["type"], tuple(unit["pair"]), unit["date"]
            made = next((e for e in pred["events"] if e["type"] == kind and e.get("date") == date and
                         a in {countries.get(x) or x for x in e["actors"]} and
                         r in {countries.get(x) or x for x in e["recipients"]}), None)
            if made is None:
                counts["false units: event not traced"] += 1
                continue
            s0, s1 = made["text"]["start"], made["text"]["end"]
            beside = [g for g in golds if g[0] < s1 and g[1] > s0]
            same = [g for g in beside if kind in g[2]]
            counts["false units"] += 1
            if not beside:
                counts["  in a sentence with no gold event"] += 1
            elif not same:
                counts["  beside a gold event of another type"] += 1
            else:
                counts["  beside a gold event of the same type"] += 1
                if any((a, r) in g[3] for g in same):
                    counts["    the same pair, another date"] += 1
                elif any((r, a) in g[3] for g in same):
                    counts["    the reverse pair"] += 1
                else:
                    counts["    other parties"] += 1
    return counts


def main(argv: list[str]) -> None:
    folders = [Path(a) for a in argv] or sorted(p for p in (REPO / "tests/gold/written").iterdir() if p.is_dir())
    counts = where_false(folders)
    for key, n in sorted(counts.items(), key=lambda kv: (not kv[0].startswith("events"),
                                                         len(kv[0]) - len(kv[0].lstrip()), -kv[1])):
        print(f"{n:5d}  {key}")


if __name__ == "__main__":
    main(sys.argv[1:])
