"""The brief: one self-contained HTML file (or Markdown) about a region, written from a :class:`.Reading` of a
store (the door's :func:`multipolar.api.brief` gives it one).

>>> import multipolar.api as api
>>> html = api.brief(db="demo.duckdb").text                       # doctest: +SKIP

The HTML loads nothing from the network: plotly.js, the styles and the figures are inline; links
to sources are plain ``<a href>``. Sentences are written from the same rows as the tables beside them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import jinja2

from .. import domain
from ..domain import ALL_DOMAINS, DEFAULT_POWERS, MIN_COVERAGE, parse_codes, parse_years
from ..errors import UsageError
from . import charts
from .findings import (
    Finding,
    changes,
    domains_text,
    event_kind,
    findings,
    has_score,
    headline_years,
    leaders,
    left_out,
    missing_scores,
    needed,
    num,
    pct,
    rules_text,
    score,
    stale_states,
    why_no_score,
)
from .reading import Reading

Rows = list[dict[str, Any]]
EVENT_ROWS = 50  # events listed in the brief's timeline table ("and N more")
CHART_EVENTS = 5000  # events drawn in a timeline chart (the newest); counts are always of all of them
STALE_YEARS = 3  # a state whose latest year with a score is more than this before today's year gets a banner


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """Jinja2 templates of the package; HTML autoescaped, Markdown not."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("multipolar.present", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=False),
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters["num"] = num
    env.filters["pct"] = pct
    env.filters["score"] = score
    env.globals["left_out"] = left_out
    env.globals["event_kind"] = event_kind
    env.filters["md"] = md_cell
    env.filters["mdurl"] = md_url
    return env


def md_cell(value: Any) -> str:
    """A value safe inside a Markdown table cell: pipes escaped, raw HTML turned into entities."""
    s = "" if value is None else str(value)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(s.replace("\\", "\\\\").replace("|", "\\|").split())


def md_url(value: Any) -> str:
    """An http(s) URL as a Markdown autolink; anything else as escaped text."""
    s = "" if value is None else str(value)
    if re.fullmatch(r"https?://[^\s<>|]+", s):
        return f"<{s}>"
    return md_cell(s)


def static_text(name: str) -> str:
    return resources.files("multipolar.present").joinpath("static", name).read_text(encoding="utf-8")


def _domain_rows(rows: Rows, year_of: dict[str, int], powers: Sequence[str]) -> Rows:
    """Each power's score per domain at each target's headline year (powers with no score left out)."""
    idx = {(r["target"], r["power"], r["year"], r["domain"]): r for r in rows}
    out = []
    for t, y in sorted(year_of.items()):
        for p in powers:
            cells = {d: idx.get((t, p, y, d)) for d in ALL_DOMAINS}
            if all(c is None or c.get("value") is None for c in cells.values()):
                continue
            out.append({"target": t, "year": y, "power": p, **{d: (c or {}).get("value") for d, c in cells.items()},
                        "coverage": (cells["overall"] or {}).get("coverage")})
    return out


def _hedging_rows(hed: dict[str, Rows], year_of: dict[str, int], found: Sequence[Finding]) -> Rows:
    """Each target's overall hedging at its headline year and at the year its hedging finding speaks of."""
    hed_overall = {(r["target"], r["year"]): r for r in hed["rows"] if r["domain"] == "overall"}
    div = {(r["target"], r["year"]): r for r in hed["divergence"]}
    hedge_year = {f.target: f.year for f in found if f.kind == "hedge"}
    out = []
    for t, y in sorted(year_of.items()):
        for yy in sorted({y, hedge_year.get(t, y)}, reverse=True):
            h = hed_overall.get((t, yy))
            if not h:
                continue
            d = div.get((t, yy)) or {}
            out.append({"target": t, "year": yy, "entropy": h.get("entropy"), "low": h.get("entropy_low"),
                        "high": h.get("entropy_high"), "leader": h.get("leader"),
                        "leader_share": (h.get("shares") or {}).get(h.get("leader") or ""),
                        "shares": h.get("shares") or {}, "split": d.get("split"), "jsd": d.get("jsd"),
                        "leaders": d.get("leaders"), "missing_powers": h.get("missing_powers") or []})
    return out


def _figures(rows: Rows, hed: dict[str, Rows], events: Rows, year_of: dict[str, int], targets: Sequence[str],
             powers: Sequence[str], name: Callable[[str], str]) -> list[dict[str, str]]:
    """The region's charts: influence per target, domains, network, hedging, timeline."""
    figures = [{"id": f"influence-{t}", "section": "influence",
                "json": charts.to_json(charts.influence_over_time(rows, t, powers, name))} for t in targets]
    if year_of:
        figures.append({"id": "domains", "section": "domains",
                        "json": charts.to_json(charts.domain_breakdown(rows, year_of, powers, name))})
        figures.append({"id": "network", "section": "network",
                        "json": charts.to_json(charts.network(rows, year_of, powers, name))})
    if hed["rows"]:
        keep = {(t, y) for t, by in _good_years(rows).items() for y in by}
        figures.append({"id": "hedging", "section": "hedging",
                        "json": charts.to_json(charts.hedging_chart(hed["rows"], targets, name, keep))})
    if events:
        figures.append({"id": "timeline", "section": "timeline", "json": charts.to_json(charts.timeline(events, name))})
    return figures


def overview(data: Reading, targets: Sequence[str], powers: Sequence[str], span: tuple[int, int],
             *, with_charts: bool = True, event_rows: int = EVENT_ROWS) -> dict[str, Any]:
    """Everything a region page shows: findings, tables, figures, events, checks, coverage."""
    rows = data.influence(tuple(targets), tuple(powers), span)
    hed = data.hedging(tuple(targets), tuple(powers), span)
    year_of = headline_years(rows, powers)
    name = data.name
    lead = leaders(rows, powers)
    found = findings(rows, hed, name, powers=powers, sources=data.target_source_years(tuple(targets)))
    missing = [{**m, "why": why_no_score(m)} for m in missing_scores(rows, year_of, powers)]
    domain_rows = _domain_rows(rows, year_of, powers)
    hedging_rows = _hedging_rows(hed, year_of, found)
    events = data.events(actors=targets, span=span, limit=CHART_EVENTS)
    counts = data.event_counts(targets, span, listed_only=True)
    figures = _figures(rows, hed, events, year_of, targets, powers, name) if with_charts else []
    return {"targets": list(targets), "powers": list(powers), "span": span, "rows": rows, "year_of": year_of,
            "leaders": lead, "changes": changes(rows, powers=powers), "findings": found, "domain_rows": domain_rows,
            "missing": missing, "sources": data.source_years(), "needed": needed(len(powers)),
            "hedging_rows": hedging_rows, "events": events[:event_rows], "events_total": sum(counts.values()),
            "events_charted": len(events), "event_counts": counts, "checks": data.checks(), "coverage": data.coverage(),
            "documents": data.documents(limit=10_000), "figures": {f["id"]: f for f in figures},
            "min_coverage": MIN_COVERAGE, "name": name, "method": data.method,
            "domains_text": domains_text(data.method), "today_year": dt.date.today().year,
            "stale": stale_states(year_of, targets, dt.date.today().year, STALE_YEARS),
            "hedging_method": _hedging_method(data.method), "rules_text": rules_text(data.method, len(powers))}


def _hedging_method(method: str) -> str:
    try:
        from ..measure.methods import hedging_method_for

        return hedging_method_for(method).name
    except Exception:  # noqa: BLE001 - an unregistered method: name none
        return "n/a"


def _good_years(rows: Sequence[dict[str, Any]]) -> dict[str, set[int]]:
    n: dict[tuple[str, int], int] = defaultdict(int)
    for r in rows:
        if r["domain"] == "overall" and has_score(r):
            n[(r["target"], r["year"])] += 1
    out: dict[str, set[int]] = defaultdict(set)
    for (t, y), k in n.items():
        if k >= 2:
            out[t].add(y)
    return out


def brief(data: Reading, region: str = "south-caucasus", targets: Sequence[str] | str | None = None,
          powers: Sequence[str] | str | None = None, years: str | tuple[int, int] | None = None,
          fmt: str = "html") -> str:
    """The brief as one HTML document (self-contained) or Markdown."""
    if fmt not in ("html", "md"):
        raise UsageError(f"unknown brief format {fmt!r}", hint="use html or md")
    reg = domain.region(region)
    tg = parse_codes(targets) or reg.targets
    pw = parse_codes(powers) or DEFAULT_POWERS
    span = _span(years, reg.since)
    ctx = overview(data, tg, pw, span, with_charts=fmt == "html")
    seen = [r["year"] for r in ctx["rows"]]
    if seen:
        ctx["span"] = (max(span[0], min(seen)), min(span[1], max(seen)))
    ctx.update(title=f"Who holds influence in the {reg.name}" if not targets else
               "Who holds influence over " + ", ".join(data.name(t) for t in tg),
               region=reg, generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
               store_path=data.path)
    if fmt == "md":
        return environment().get_template("brief.md").render(**ctx)
    ctx.update(plotly_js=charts.plotly_js(), app_js=static_text("app.js"), style=static_text("style.css"))
    return environment().get_template("brief.html").render(**ctx)


def _span(value: str | tuple[int, int] | None, since: int) -> tuple[int, int]:
    y = parse_years(value)
    return y if y else (since, dt.date.today().year)
