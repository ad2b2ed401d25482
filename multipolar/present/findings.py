"""Headline findings: sentences written from the numbers, with the numbers they were written from.

Each finding keeps the rows it states (``facts``) so the brief can show them in a table beside the
sentence, and the tests can check that every figure in a sentence is the figure in the table.

Rules the sentences follow (the brief states them too):

* **A state's year** is its latest year with enough data: the latest year in which *most* of the powers
  asked (more than half, and at least two) have an overall score. A missing score is never read as 0.
* **Change** is told only from rows whose ``trend`` is set: the year-on-year changes the method measured
  like for like (influence.v2: only over the inputs both years have), chained back from the state's year for
  up to :data:`RISE_WINDOW` years and stopping at the first year that cannot be compared. A source that
  ends is therefore never a fall. When a link left inputs out (``comparable`` false) the sentence says so.
* A state's largest rise and its largest fall are named (the larger first).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..domain import CHANGE_THRESHOLD, DOMAINS, MIN_COVERAGE
from .sources import SOURCES

RISE_WINDOW = 5       # years looked back for "who moved"
SUB_DOMAINS = DOMAINS


@dataclass
class Finding:
    kind: str                 # 'data', 'lead', 'missing', 'rise' (the largest move, up or down), 'hedge', 'split'
    target: str
    year: int
    text: str
    facts: dict[str, Any] = field(default_factory=dict)


def num(v: float | None, digits: int = 2) -> str:
    return "n/a" if v is None else f"{v:.{digits}f}"


def pct(v: float | None) -> str:
    return "n/a" if v is None else f"{v * 100:.0f} %"


def score(v: float | None, digits: int = 2) -> str:
    """An index value for a table cell: ``no score`` when the method gave none (never 0.00)."""
    return "no score" if v is None else f"{v:.{digits}f}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _and(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


@lru_cache(maxsize=32)
def _keeps_missing(method: str | None) -> bool:
    """True for methods that leave a score out when it lacks data (influence.v2): their value decides."""
    if not method:
        return False
    try:
        from ..measure.methods import get_method

        return bool(get_method(method).missing == "absent")
    except Exception:  # noqa: BLE001 - an unknown method: fall back to the coverage rule
        return False


def has_score(r: dict[str, Any]) -> bool:
    """The row has a score that counts: a value, and (for influence.v1, which fills gaps with zeros) at least
    :data:`MIN_COVERAGE` of its indicator weight with data. influence.v2 decides itself: None is no score."""
    if r.get("value") is None:
        return False
    return _keeps_missing(r.get("method")) or (r.get("coverage") or 0) >= MIN_COVERAGE


_good = has_score  # the old name


def needed(n_powers: int) -> int:
    """How many powers "most of the powers asked" is: more than half, and at least two (one when one is asked)."""
    return min(n_powers, max(2, n_powers // 2 + 1))


def _powers_of(rows: Sequence[dict[str, Any]]) -> dict[str, list[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        out[r["target"]].add(r["power"])
    return {t: sorted(p) for t, p in out.items()}


def overall_by_target(rows: Sequence[dict[str, Any]]) -> dict[str, dict[int, list[dict[str, Any]]]]:
    """target → year → the powers' overall rows that have a score, highest first."""
    out: dict[str, dict[int, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if r["domain"] == "overall" and has_score(r):
            out[r["target"]][r["year"]].append(r)
    for by_year in out.values():
        for lst in by_year.values():
            lst.sort(key=lambda r: (-r["value"], r["power"]))
    return out


def headline_years(rows: Sequence[dict[str, Any]], powers: Sequence[str] | None = None) -> dict[str, int]:
    """Per target, its latest year with enough data: the latest year in which most of the powers asked
    (:func:`needed`) have an overall score. ``powers`` defaults to the powers present in ``rows``."""
    out = {}
    asked = _powers_of(rows)
    for t, by_year in overall_by_target(rows).items():
        n = len(powers) if powers else len(asked.get(t, ()))
        ok = [y for y, lst in by_year.items() if len(lst) >= needed(n)]
        if ok:
            out[t] = max(ok)
    return out


def leaders(rows: Sequence[dict[str, Any]], powers: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Per target at its headline year: every power with a score, ranked by its overall index."""
    ob = overall_by_target(rows)
    out = []
    for t, y in sorted(headline_years(rows, powers).items()):
        for rank, r in enumerate(ob[t][y], 1):
            out.append({"target": t, "year": y, "rank": rank, "power": r["power"], "value": r["value"],
                        "low": r.get("low"), "high": r.get("high"), "coverage": r.get("coverage")})
    return out


def missing_scores(rows: Sequence[dict[str, Any]], year_of: dict[str, int],
                   powers: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """The powers asked without an overall score at each target's headline year, with the domains that
    lack one (the reason: too little data)."""
    idx = {(r["target"], r["power"], r["year"], r["domain"]): r for r in rows}
    asked = _powers_of(rows)
    out = []
    for t, y in sorted(year_of.items()):
        for p in (powers or asked.get(t, [])):
            o = idx.get((t, p, y, "overall"))
            if o is not None and has_score(o):
                continue
            absent = [d for d in SUB_DOMAINS if not (idx.get((t, p, y, d)) and has_score(idx[(t, p, y, d)]))]
            out.append({"target": t, "year": y, "power": p, "absent": absent,
                        "coverage": (o or {}).get("coverage")})
    return out


def why_no_score(m: dict[str, Any]) -> str:
    """``too little data: …`` for a row of :func:`missing_scores`."""
    absent = m.get("absent") or []
    if not absent:
        why = "the domains with data hold too little of the index's weight"
    elif len(absent) == len(SUB_DOMAINS):
        why = "no domain has enough data"
    else:
        why = f"the {_and(absent)} domain{'s have' if len(absent) > 1 else ' has'} too little data"
    if m.get("coverage") is not None:
        why += f"; {pct(m['coverage'])} of the indicator weight has data"
    return f"too little data: {why}"


def _series(rows: Sequence[dict[str, Any]]) -> dict[tuple[str, str], dict[int, dict[str, Any]]]:
    out: dict[tuple[str, str], dict[int, dict[str, Any]]] = defaultdict(dict)
    for r in rows:
        if r["domain"] == "overall":
            out[(r["target"], r["power"])][r["year"]] = r
    return out


def chained_change(series: dict[int, dict[str, Any]], year: int, window: int = RISE_WINDOW) -> dict[str, Any] | None:
    """The change up to ``year`` as the sum of the year-on-year changes the method measured (rows whose
    ``trend`` is set), going back at most ``window`` years and stopping before the first year that cannot be
    compared (no score, or no like-for-like change). None when ``year`` itself has no measured change."""
    links: list[dict[str, Any]] = []
    y = year
    while y > year - window:
        r, prev = series.get(y), series.get(y - 1)
        if (r is None or prev is None or not has_score(r) or not has_score(prev) or r.get("delta") is None
                or r.get("trend") is None):
            break
        links.append(r)
        y -= 1
    if not links:
        return None
    dropped = [{"year": r["year"], **d} for r in links for d in (r.get("not_compared") or [])]
    return {"from_year": y, "to_year": year, "from_value": series[y]["value"], "to_value": series[year]["value"],
            "change": sum(float(r["delta"]) for r in links), "steps": len(links),
            "comparable": all(r.get("comparable", True) is not False for r in links) and not dropped,
            "not_compared": dropped}


def changes(rows: Sequence[dict[str, Any]], window: int = RISE_WINDOW,
            powers: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Per target and power with a score at the headline year: the change measured like for like over up to
    ``window`` years back (:func:`chained_change`); powers whose change cannot be measured are left out."""
    ser = _series(rows)
    out = []
    for t, y in sorted(headline_years(rows, powers).items()):
        for p in sorted({p for (tt, p) in ser if tt == t}):
            ch = chained_change(ser[(t, p)], y, window)
            if ch is not None:
                out.append({"target": t, "power": p, **ch})
    return out


def left_out(dropped: Sequence[dict[str, Any]]) -> str:
    """``event count and event tone (missing in one of the two years: 2011, 2014); …`` for not_compared rows."""
    by_why: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for d in dropped:
        why = str(d.get("why") or "")
        key = "missing in one of the two years" if why.startswith("no data in") else \
            "trade source changed" if why.startswith("trade source changed") else why
        by_why[key][str(d["indicator"])].add(int(d["year"]))
    parts = []
    for why, inds in by_why.items():
        years = sorted({y for ys in inds.values() for y in ys})
        parts.append(f"{_and([i.replace('_', ' ') for i in sorted(inds)])} ({why}: "
                     f"{', '.join(str(y) for y in years)})")
    return "; ".join(parts)


# -- where each source ends ----------------------------------------------------------------------------------
CHANNEL_IS = {"trade": "trade is", "arms": "arms transfers come from", "alliances": "alliances come from",
              "events": "events come from", "investment": "investment is", "finance": "finance is",
              "IGOs": "shared IGOs come from", "UN votes": "UN votes come from"}


def _label(row: dict[str, Any], state: str, extra: str = "") -> str:
    """The source's label, with ``extra`` (e.g. ``to 2020``) inside its closing parenthesis or after it."""
    label = str(row["label"]).replace("{state}", state)
    if not extra:
        return label
    if label.endswith(")"):
        return f"{label[:-1]}, {extra})"
    return f"{label} ({extra})"


def _plural(label: str) -> bool:
    head = label.split(" (")[0].split()[-1] if label.split(" (")[0].split() else ""
    return head.endswith("s") and head not in ("DOTS",)


def _span(a: int, b: int) -> str:
    return str(a) if a == b else f"{a}–{b}"


def _channel_text(channel: str, srcs: list[dict[str, Any]], state: str, horizon: int) -> str:
    """``COW trade ends in 2014; from 2015 trade is IMF DOTS (…, to 2020) and …`` for one channel."""
    order = list(SOURCES)
    srcs = sorted(srcs, key=lambda r: (r["last"], order.index(r["source"]) if r["source"] in order else 99,
                                       r["first"]))

    def why(r: dict[str, Any]) -> str:
        if r.get("source_last") and r["source_last"] > r["last"] and not r.get("register"):
            return f"though the source runs to {r['source_last']}"
        return ""

    def ends(group: list[dict[str, Any]]) -> str:
        y = group[0]["last"]
        labels = [_label(r, state) for r in group]
        many = len(group) > 1 or _plural(labels[0])
        verb = ("run to" if many else "runs to") if y >= horizon else ("end in" if many else "ends in")
        note = why(group[0]) if len(group) == 1 else ""
        return f"{_and(labels)} {verb} {y}" + (f" ({note})" if note else "")

    first = srcs[0]
    same = [r for r in srcs if r["last"] == first["last"]]
    later = [r for r in srcs if r["last"] > first["last"]]
    if not later:
        return ends(same)
    bits = [ends(same)]
    cont = [r for r in later if r["first"] <= first["last"] + 1]
    fresh = [r for r in later if r["first"] > first["last"] + 1]
    if cont:
        bits.append(f"from {first['last'] + 1} {CHANNEL_IS.get(channel, channel + ' is')} "
                    + _and([_label(r, state, ", ".join(x for x in (f"to {r['last']}", why(r)) if x)) for r in cont]))
    for r in fresh:
        bits.append(f"{_label(r, state)} {'cover' if _plural(_label(r, state)) else 'covers'} "
                    f"{_span(r['first'], r['last'])}" + (f" ({why(r)})" if why(r) else ""))
    return "; ".join(bits)


def domain_ends(rows: Sequence[dict[str, Any]], target: str, powers: Sequence[str] | None = None) -> dict[str, int]:
    """Per domain, the last year in which most of the powers have a score for it (domains never scored are
    left out)."""
    asked = powers or _powers_of(rows).get(target, [])
    n: dict[tuple[str, int], int] = defaultdict(int)
    for r in rows:
        if r["target"] == target and r["domain"] in SUB_DOMAINS and has_score(r):
            n[(r["domain"], r["year"])] += 1
    out = {}
    for d in SUB_DOMAINS:
        ys = [y for (dd, y), k in n.items() if dd == d and k >= needed(len(asked))]
        if ys:
            out[d] = max(ys)
    return out


def data_note(target: str, sources: Sequence[dict[str, Any]], rows: Sequence[dict[str, Any]], year: int | None,
              powers: Sequence[str] | None, name: Callable[[str], str]) -> str:
    """Where and why each of the state's sources ends, what that leaves of the domains, and the state's year."""
    state = name(target)
    asked = list(powers or _powers_of(rows).get(target, []))
    scored = [r for r in rows if r["target"] == target and has_score(r)]
    horizon = max([r["last"] for r in sources if r.get("last") is not None] + [r["year"] for r in scored] + [0])
    parts = []
    for d in SUB_DOMAINS:
        srcs = [r for r in sources if r.get("domain") == d and r.get("last") is not None]
        if not srcs:
            parts.append(f"{d}: no source has data on {state}")
            continue
        by_ch: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in srcs:
            by_ch[r.get("channel") or r["source"]].append(r)
        parts.append(f"{d}: " + "; ".join(_channel_text(ch, lst, state, horizon) for ch, lst in by_ch.items()))
    text = f"{_poss(state)} record by domain — " + ". ".join(_cap(p) if i else p for i, p in enumerate(parts)) + "."
    ends = domain_ends(rows, target, asked)
    last_any = max([r["year"] for r in scored], default=None)
    by_year: dict[int, list[str]] = defaultdict(list)
    for d, y in ends.items():
        if last_any is not None and y < last_any:
            by_year[y].append(d)
    gone = [f"the {_and(ds)} domain{'s' if len(ds) > 1 else ''} after {y}" for y, ds in sorted(by_year.items())]
    never = [d for d in SUB_DOMAINS if d not in ends]
    if never:
        gone.append(f"the {_and(never)} domain{'s' if len(never) > 1 else ''} in any year")
    if gone:
        text += " So most powers have no score for " + _and(gone) + "."
    k = needed(len(asked))
    ob = overall_by_target(rows).get(target, {})
    if year is None:
        return text + (f" No year has an overall score for at least {k} of the {len(asked)} powers, so there are no "
                       f"findings for {state}.")
    after = [len(ob[y]) for y in ob if y > year]
    text += (f" {_poss(state)} findings are for {year}, the latest year in which at least {k} of the {len(asked)} "
             f"powers have an overall score")
    if after and max(after) > 0:
        text += f" (after it, {max(after)} at most)"
    elif last_any is not None and last_any > year:
        text += " (after it, none)"
    return text + "."


def rules_text(method: str, n_powers: int, window: int = RISE_WINDOW) -> str:
    """The rules the findings follow, in words (the brief prints them under the findings)."""
    keeps = _keeps_missing(method)
    count = ("a power has a score when the method gives one: it gives none where data are too few, and a missing "
             "score is never a zero" if keeps else
             f"a score counts when at least {pct(MIN_COVERAGE)} of its indicator weight has data")
    return (f"Each state's year is its latest year with enough data: the latest year in which at least "
            f"{needed(n_powers)} of the {n_powers} powers asked have an overall score ({count}). A change is the sum "
            f"of the year-on-year changes the method measured like for like, back from that year for up to {window} "
            f"years, stopping at the first year that cannot be compared; a source that ends is never read as a fall, "
            f"and where a comparison left inputs out the sentence names them.{_precedence(method)}")


def _precedence(method: str) -> str:
    """`` Trade per state, year and flow comes from the first of …`` for methods that pick one source."""
    try:
        from ..measure.methods import get_method
        from ..measure.sql import SOURCE_LABELS

        m = get_method(method)
    except Exception:  # noqa: BLE001 - an unregistered method: say nothing
        return ""
    if not _keeps_missing(method):
        return ""
    trade = ", ".join(SOURCE_LABELS.get(s, s) for s in m.trade_sources)
    return (f" Each state's imports and exports in a year come from the first source with its total, in this order: "
            f"{trade} (one flow, one count); arms from the first of {', '.join(m.arms_sources)} covering the year.")


# -- the sentences ---------------------------------------------------------------------------------------------
def _hedge_text(t: str, y: int, h: dict[str, Any], name: Callable[[str], str]) -> tuple[str, float | None]:
    e = h["entropy"]
    how = "almost evenly" if e >= 0.9 else "fairly evenly" if e >= 0.75 else "unevenly" if e >= 0.5 else "narrowly"
    share = (h.get("shares") or {}).get(h["leader"])
    interval = (f"90 % interval {num(h.get('entropy_low'))}–{num(h.get('entropy_high'))}; "
                if h.get("entropy_low") is not None and h.get("entropy_high") is not None else "")
    return (f"{name(t)} spread its ties {how} among the powers in {y}: hedging entropy {num(e)} ({interval}1 = "
            f"evenly, 0 = one power only), with {name(h['leader'])} holding {pct(share)} of their combined "
            f"influence."), share


def move_text(c: dict[str, Any], target: str, name: Callable[[str], str], *, largest: bool = True) -> str:
    """The sentence for one measured change (a row of :func:`changes`)."""
    who = _poss(name(c["power"]))
    ch = c["change"]
    span = f"From {c['from_year']} to {c['to_year']}"
    if abs(ch) < CHANGE_THRESHOLD:
        text = (f"{span}, no power's influence over {name(target)} rose or fell by {CHANGE_THRESHOLD:.2f} or more; "
                f"the largest move was {who}, {ch:+.2f}")
    else:
        verb = "rose" if ch > 0 else "fell"
        text = f"{span}, {who} influence over {name(target)} {verb} {'the most' if largest else ''}".rstrip()
        text += f" ({ch:+.2f}"
        text += ")" if c.get("comparable") else " measured like for like)"
    if c.get("comparable"):
        text += f": the index went from {num(c['from_value'])} to {num(c['to_value'])}."
    else:
        text += (f": the index went from {num(c['from_value'])} to {num(c['to_value'])}, but the change counts only "
                 f"the inputs both years of each step have; left out: {left_out(c.get('not_compared') or [])}.")
    return text


def findings(rows: Sequence[dict[str, Any]], hedging: dict[str, list[dict[str, Any]]] | None,
             name: Callable[[str], str], *, powers: Sequence[str] | None = None,
             sources: dict[str, list[dict[str, Any]]] | None = None) -> list[Finding]:
    """The headline sentences per state: its record (where each source ends, when ``sources`` is given), who
    leads at its latest year with enough data, who has no score then and why, the largest measured move, how
    it hedges and whether its economic and security leaders differ."""
    out: list[Finding] = []
    year_of = headline_years(rows, powers)
    lead = leaders(rows, powers)
    by_t: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in lead:
        by_t[r["target"]].append(r)
    ch: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in changes(rows, powers=powers):
        ch[c["target"]].append(c)
    gaps: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in missing_scores(rows, year_of, powers):
        gaps[m["target"]].append(m)
    hed = {(r["target"], r["year"]): r for r in (hedging or {}).get("rows", []) if r["domain"] == "overall"}
    div = {(r["target"], r["year"]): r for r in (hedging or {}).get("divergence", [])}
    targets = sorted(set(_powers_of(rows)) | set(sources or {}))
    for t in targets:
        y = year_of.get(t)
        if sources is not None:
            out.append(Finding("data", t, y or 0, data_note(t, sources.get(t, []), rows, y, powers, name),
                               {"sources": sources.get(t, [])}))
        ranked = by_t.get(t)
        if y is None or not ranked:
            continue
        first = ranked[0]
        interval = (f"90 % interval {num(first['low'])}–{num(first['high'])}"
                    if first["low"] is not None and first["high"] is not None else "no interval")
        if len(ranked) > 1:
            second = ranked[1]
            out.append(Finding("lead", t, y, f"In {y}, {name(first['power'])} led in {name(t)} with an overall "
                                             f"influence index of {num(first['value'])} ({interval}), ahead of "
                                             f"{name(second['power'])} at {num(second['value'])}.",
                               {"leader": first, "runner_up": second}))
        else:
            out.append(Finding("lead", t, y, f"In {y}, only {name(first['power'])} has an overall influence index "
                                             f"over {name(t)}: {num(first['value'])} ({interval}).",
                               {"leader": first}))
        if gaps.get(t):
            lst = gaps[t]
            text = "; ".join(f"{name(m['power'])} has no score ({why_no_score(m)})" for m in lst)
            out.append(Finding("missing", t, y, f"In {y}, {text}.", {"missing": lst}))
        cs = sorted(ch.get(t, []), key=lambda c: (-abs(c["change"]), c["power"]))
        if cs:
            top = cs[0]
            out.append(Finding("rise", t, top["to_year"], _cap(move_text(top, t, name)), {"change": top}))
            # the largest move the other way too: a state's largest rise and its largest fall are both named
            other = next((c for c in cs[1:] if (c["change"] > 0) != (top["change"] > 0)
                          and abs(c["change"]) >= CHANGE_THRESHOLD), None)
            if other is not None and abs(top["change"]) >= CHANGE_THRESHOLD:
                out.append(Finding("rise", t, other["to_year"], _cap(move_text(other, t, name)), {"change": other}))
        h = hed.get((t, y))
        if not any(tt == t for tt, _ in hed):
            pass  # no hedging computed for this state
        elif h and h.get("entropy") is not None:
            text, share = _hedge_text(t, y, h, name)
            out.append(Finding("hedge", t, y, text, {"hedging": {**h, "leader_share": share}}))
        else:
            lacking = (h or {}).get("missing_powers") or []
            why = (f"{_and([name(p) for p in lacking])} {'has' if len(lacking) == 1 else 'have'} no score that year"
                   if lacking else "too few powers have a score that year")
            earlier = sorted((yy for (tt, yy), r in hed.items() if tt == t and yy < y and r.get("entropy") is not None),
                             reverse=True)
            if earlier:
                y2 = earlier[0]
                text, share = _hedge_text(t, y2, hed[(t, y2)], name)
                out.append(Finding("hedge", t, y2, f"No hedging figure for {name(t)} in {y}: {why}. The latest year in "
                                                   f"which every power has a score is {y2}. " + text,
                                   {"hedging": {**hed[(t, y2)], "leader_share": share}, "missing_year": y}))
            else:
                out.append(Finding("hedge", t, y, f"No hedging figure for {name(t)} in {y}: {why}, and in no earlier "
                                                  "year does every power have a score.", {"missing_year": y}))
        d = div.get((t, y))
        if d and d.get("split"):
            a, b = d["domains"]
            out.append(Finding("split", t, y, f"In {y}, {_poss(name(t))} {a} leader ({name(d['leaders'][a])}) was "
                                              f"not its {b} leader ({name(d['leaders'][b])}).", {"divergence": d}))
    for f in out:
        f.text = _cap(f.text)
    return out


# -- what the domains are made of (generated from the method's registered indicators and weights) -------------
_ROLE = {"bw": "bandwidth (how much passes between them)", "dep": "dependence (how much the state relies on it)"}


def _weight(w: float) -> str:
    return f"{w:g}"


def domains_text(method: str) -> str:
    """One paragraph on the index's domains: per domain its weights in the overall index and its indicators
    (names and descriptions from :data:`multipolar.measure.methods.INDICATORS`, weights from the method), so
    the text changes when the method does. Empty when the method is not registered."""
    try:
        from ..measure.methods import get_method
    except ImportError:  # pragma: no cover - measure ships with the package
        return ""
    try:
        m = get_method(method)
    except Exception:  # noqa: BLE001 - an unregistered method: nothing to say
        return ""
    parts = []
    for d in SUB_DOMAINS:
        roles = []
        for role in ("bw", "dep"):
            items = [f"{i.name.replace('_', ' ')} (weight {_weight(w)}: {i.about})" for i, w in m.indicators(d, role)]
            if items:
                roles.append(f"{_ROLE[role]} from " + "; ".join(items))
        if not roles:
            continue
        parts.append(f"{_cap(d)} (weight {_weight(float(m.domain_weights.get(d, 0)))} in the overall bandwidth, "
                     f"{_weight(float(m.dependence_weights.get(d, 0)))} in the overall dependence): "
                     + "; ".join(roles) + ".")
    if not parts:
        return ""
    return (f"What the domains measure ({m.name}): each domain's index combines a bandwidth and a dependence "
            f"score, each a weighted mean of its indicators scaled to 0–1; the overall index combines the domains "
            f"with the weights given. " + " ".join(parts))


# -- events as a reader reads them ------------------------------------------------------------------------------
def event_kind(e: dict[str, Any]) -> dict[str, Any]:
    """PLOVER type and mode of an event (stored, or mapped from its CAMEO code with the project's CAMEO →
    PLOVER table), the CAMEO name, and a link to its source when there is an http(s) one."""
    ptype, mode, cname = e.get("type"), None, None
    code = e.get("cameo")
    if code:
        try:
            from ..datasets import cameo
        except ImportError:  # pragma: no cover
            cameo = None  # type: ignore[assignment]
        if cameo is not None:
            mtype, mode, _, _ = cameo.info(str(code))
            ptype = ptype or mtype
            cname = cameo.NAMES.get(str(code)) or cameo.NAMES.get(str(code)[:3]) or cameo.NAMES.get(
                str(code)[:2] + "0")
    link = None
    for u in (e.get("source_url"), e.get("document_url")):
        if isinstance(u, str) and u.startswith(("http://", "https://")):
            link = u
            break
    label = ptype or ("statement (no PLOVER type)" if code and str(code).startswith("01") else "no PLOVER type")
    return {"type": ptype, "mode": mode, "label": label, "cameo": code, "cameo_name": cname, "link": link}


def stale_states(year_of: dict[str, int], targets: Sequence[str], today: int, max_age: int = 3
                 ) -> list[dict[str, Any]]:
    """States whose latest year with a score (the brief's own per-state year) is more than ``max_age`` years
    before ``today``, or that have none: ``target``, ``year`` (None when none), ``age``."""
    out = []
    for t in targets:
        y = year_of.get(t)
        if y is None or today - y > max_age:
            out.append({"target": t, "year": y, "age": None if y is None else today - y})
    return out
