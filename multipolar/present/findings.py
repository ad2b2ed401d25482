"""Headline findings: sentences written from the numbers, with the numbers they were written from.

Each finding keeps the rows it states (``facts``) so the brief can show them in a table beside the
sentence, and the tests can check that every figure in a sentence is the figure in the table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .data import MIN_COVERAGE

RISE_WINDOW = 5       # years looked back for "who is rising"
RISE_THRESHOLD = 0.02  # |Δ index| below which nobody is said to rise


@dataclass
class Finding:
    kind: str                 # 'lead', 'rise', 'hedge', 'split'
    target: str
    year: int
    text: str
    facts: dict[str, Any] = field(default_factory=dict)


def num(v: float | None, digits: int = 2) -> str:
    return "n/a" if v is None else f"{v:.{digits}f}"


def pct(v: float | None) -> str:
    return "n/a" if v is None else f"{v * 100:.0f} %"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _good(r: dict[str, Any]) -> bool:
    return r.get("value") is not None and (r.get("coverage") or 0) >= MIN_COVERAGE


def overall_by_target(rows: Sequence[dict[str, Any]]) -> dict[str, dict[int, list[dict[str, Any]]]]:
    """target → year → the powers' overall rows with enough coverage, highest first."""
    out: dict[str, dict[int, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if r["domain"] == "overall" and _good(r):
            out[r["target"]][r["year"]].append(r)
    for by_year in out.values():
        for lst in by_year.values():
            lst.sort(key=lambda r: (-r["value"], r["power"]))
    return out


def headline_years(rows: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Per target, the latest year in which at least two powers have a score with enough coverage."""
    out = {}
    for t, by_year in overall_by_target(rows).items():
        ok = [y for y, lst in by_year.items() if len(lst) >= 2]
        if ok:
            out[t] = max(ok)
    return out


def leaders(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per target at its headline year: every power ranked by its overall index."""
    ob = overall_by_target(rows)
    out = []
    for t, y in sorted(headline_years(rows).items()):
        for rank, r in enumerate(ob[t][y], 1):
            out.append({"target": t, "year": y, "rank": rank, "power": r["power"], "value": r["value"],
                        "low": r.get("low"), "high": r.get("high"), "coverage": r.get("coverage")})
    return out


def changes(rows: Sequence[dict[str, Any]], window: int = RISE_WINDOW) -> list[dict[str, Any]]:
    """Per target and power: the overall index at the headline year and ``window`` years before
    (or the earliest year after that with enough coverage)."""
    ob = overall_by_target(rows)
    out = []
    for t, y in sorted(headline_years(rows).items()):
        now = {r["power"]: r for r in ob[t][y]}
        for p, r in sorted(now.items()):
            earlier = [yy for yy, lst in ob[t].items() if y - window <= yy < y and any(x["power"] == p for x in lst)]
            if not earlier:
                continue
            y0 = min(earlier)
            r0 = next(x for x in ob[t][y0] if x["power"] == p)
            out.append({"target": t, "power": p, "from_year": y0, "to_year": y, "from_value": r0["value"],
                        "to_value": r["value"], "change": r["value"] - r0["value"]})
    return out


def findings(rows: Sequence[dict[str, Any]], hedging: dict[str, list[dict[str, Any]]] | None,
             name: Callable[[str], str]) -> list[Finding]:
    """The headline sentences: who leads where, who is rising, how each state hedges."""
    out: list[Finding] = []
    lead = leaders(rows)
    by_t: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in lead:
        by_t[r["target"]].append(r)
    ch: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in changes(rows):
        ch[c["target"]].append(c)
    hed = {(r["target"], r["year"]): r for r in (hedging or {}).get("rows", []) if r["domain"] == "overall"}
    div = {(r["target"], r["year"]): r for r in (hedging or {}).get("divergence", [])}
    for t, ranked in sorted(by_t.items()):
        first, second = ranked[0], ranked[1]
        y = first["year"]
        interval = (f"90 % interval {num(first['low'])}–{num(first['high'])}"
                    if first["low"] is not None and first["high"] is not None else "no interval")
        out.append(Finding("lead", t, y, f"In {y}, {name(first['power'])} led in {name(t)} with an overall influence "
                                         f"index of {num(first['value'])} ({interval}), ahead of "
                                         f"{name(second['power'])} at {num(second['value'])}.",
                           {"leader": first, "runner_up": second}))
        cs = sorted(ch.get(t, []), key=lambda c: (-c["change"], c["power"]))
        if cs:
            top = cs[0]
            if top["change"] >= RISE_THRESHOLD:
                text = (f"From {top['from_year']} to {top['to_year']}, {_poss(name(top['power']))} influence over "
                        f"{name(t)} rose the most, from {num(top['from_value'])} to {num(top['to_value'])} "
                        f"({top['change']:+.2f}).")
            else:
                low = cs[-1]
                text = (f"From {low['from_year']} to {low['to_year']}, no power's influence over {name(t)} rose by "
                        f"{RISE_THRESHOLD:.2f} or more; {_poss(name(low['power']))} fell the most, from "
                        f"{num(low['from_value'])} to {num(low['to_value'])} ({low['change']:+.2f}).")
                top = low
            out.append(Finding("rise", t, top["to_year"], _cap(text), {"change": top}))
        h = hed.get((t, y))
        if h and h.get("entropy") is not None:
            e = h["entropy"]
            how = ("almost evenly" if e >= 0.9 else "fairly evenly" if e >= 0.75 else "unevenly" if e >= 0.5
                   else "narrowly")
            share = (h.get("shares") or {}).get(h["leader"])
            interval = (f"90 % interval {num(h.get('entropy_low'))}–{num(h.get('entropy_high'))}; "
                        if h.get("entropy_low") is not None and h.get("entropy_high") is not None else "")
            out.append(Finding("hedge", t, y, f"{name(t)} spread its ties {how} among the powers in {y}: hedging "
                                              f"entropy {num(e)} ({interval}1 = evenly, 0 = one power only), with "
                                              f"{name(h['leader'])} holding {pct(share)} of their combined "
                                              f"influence.", {"hedging": {**h, "leader_share": share}}))
        d = div.get((t, y))
        if d and d.get("split"):
            a, b = d["domains"]
            out.append(Finding("split", t, y, f"In {y}, {_poss(name(t))} {a} leader ({name(d['leaders'][a])}) was "
                                              f"not its {b} leader ({name(d['leaders'][b])}).", {"divergence": d}))
    for f in out:
        f.text = _cap(f.text)
    return out
