"""The seed's question on the record to the present: influence.v2 of CHN, RUS, WEST, TUR and IRN over ARM, AZE
and GEO from 2010 to the latest year with data, with 90 % intervals, like-for-like trends and the leader.

    python bench/caucasus_present.py --db STORE   # a store with every dataset of ../shared/data loaded

Writes bench/results/caucasus_present_v2.md (the table quoted in the closing note of issue 11).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from multipolar.measure import api  # noqa: E402
from multipolar.store import Store  # noqa: E402

POWERS = ("CHN", "RUS", "WEST", "TUR", "IRN")
TARGETS = ("ARM", "AZE", "GEO")
MARK = {"rising": "↑", "falling": "↓", "steady": "→", None: " "}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "caucasus_present_v2.md")
    args = ap.parse_args()
    with Store(args.db, read_only=True) as store:
        rep = api.influence(store, targets=TARGETS, powers=POWERS, years="2010-2025", save_scores=False)
    rows = [r for r in rep.rows if r["domain"] == "overall"]
    out = [f"# influence.v2 over the South Caucasus, 2010 to the latest year ({rep.method})", "",
           "Overall index [90 % interval]; ↑/↓/→ like-for-like change (|Δ| ≥ 0.02); * inputs left out of the "
           "comparison (a source ended, started or switched); — no score (too little data).", ""]
    for t in TARGETS:
        years = sorted({r["year"] for r in rows if r["target"] == t and r["value"] is not None})
        out += [f"## {t}", "", "| year | " + " | ".join(POWERS) + " | leader |",
                "|---|" + "---|" * (len(POWERS) + 1)]
        for y in range(2010, max(years) + 1):
            cells, best = [], None
            for p in POWERS:
                r = next((x for x in rows if (x["target"], x["power"], x["year"]) == (t, p, y)), None)
                if r is None or r["value"] is None:
                    cells.append("—")
                    continue
                star = "*" if r.get("comparable") is False else ""
                cells.append(f"{r['value']:.2f} [{r['low']:.2f}, {r['high']:.2f}] {MARK[r['trend']]}{star}")
                if best is None or r["value"] > best[1]:
                    best = (p, r["value"])
            out.append(f"| {y} | " + " | ".join(cells) + f" | {best[0] if best else '—'} |")
        out.append("")
    args.out.write_text("\n".join(out) + "\n", encoding="utf-8")
    print("\n".join(out))


if __name__ == "__main__":
    main()
