"""Plotly figures for the brief and the dashboard, as JSON safe to embed in a ``<script>`` element.

A page holds ``<div id=ID>`` and ``<script type="application/json" data-chart=ID>`` with the figure;
one small script (``web/static/app.js``, inlined in the brief) draws every such figure with plotly.js.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .findings import has_score

COLOURS = {"CHN": "#c0392b", "RUS": "#34495e", "WEST": "#2874a6", "TUR": "#d68910", "IRN": "#1e8449",
           "USA": "#5b2c6f", "EU": "#2e86c1", "NATO": "#1b4f72", "EAEU": "#7b241c"}
PALETTE = ("#8e44ad", "#16a085", "#7f8c8d", "#a04000", "#2e4053", "#b7950b")
DOMAIN_COLOURS = {"economic": "#2874a6", "political": "#8e44ad", "security": "#c0392b", "overall": "#2c3e50"}
ORIGIN_LANES = {"article": "articles", "gdelt": "GDELT", "icews": "ICEWS"}
Name = Callable[[str], str]


def colour(code: str) -> str:
    if code in COLOURS:
        return COLOURS[code]
    return PALETTE[sum(map(ord, code)) % len(PALETTE)]


def _rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def _layout(fig: go.Figure, *, title: str | None = None, height: int = 360, yrange: Sequence[float] | None = None,
            ytitle: str | None = None) -> go.Figure:
    fig.update_layout(template="plotly_white", height=height, margin={"l": 50, "r": 20, "t": 50 if title else 20,
                                                                      "b": 40},
                      title={"text": title, "x": 0.01, "font": {"size": 15}} if title else None,
                      legend={"orientation": "h", "y": -0.15}, hovermode="closest",
                      font={"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 12})
    if yrange is not None:
        fig.update_yaxes(range=list(yrange))
    if ytitle:
        fig.update_yaxes(title_text=ytitle)
    return fig


def to_json(fig: go.Figure) -> str:
    """The figure as JSON in which ``<``, ``>`` and ``&`` are escaped, so it cannot close its script."""
    text = fig.to_json()
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@lru_cache(maxsize=1)
def plotly_js() -> str:
    """The plotly.js bundle that ships with the plotly package (no network)."""
    from plotly.offline import get_plotlyjs

    return str(get_plotlyjs())


def _runs(xs: Sequence[int], lo: Sequence[Any], hi: Sequence[Any]) -> list[list[int]]:
    """Indices of the contiguous runs of years that have both ends of the interval (a gap ends a run)."""
    runs: list[list[int]] = []
    cur: list[int] = []
    for i, _ in enumerate(xs):
        ok = lo[i] is not None and hi[i] is not None and (not cur or xs[i] == xs[cur[-1]] + 1)
        if ok:
            cur.append(i)
            continue
        if cur:
            runs.append(cur)
        cur = [i] if lo[i] is not None and hi[i] is not None else []
    if cur:
        runs.append(cur)
    return runs


def _band(fig: go.Figure, xs: list[int], lo: list[Any], hi: list[Any], col: str, group: str, **kw: Any) -> None:
    """The 90 % band as one closed shape per contiguous run of years: never a wedge across a gap. A run of one
    year is drawn as a short bar of the interval's height."""
    for run in _runs(xs, lo, hi):
        rx: list[float] = [xs[i] for i in run]
        if len(run) == 1:
            rx = [rx[0] - 0.2, rx[0] + 0.2]
            top, bottom = [hi[run[0]]] * 2, [lo[run[0]]] * 2
        else:
            top, bottom = [hi[i] for i in run], [lo[i] for i in run]
        fig.add_trace(go.Scatter(x=rx + rx[::-1], y=top + bottom[::-1], mode="lines", line={"width": 0},
                                 fill="toself", fillcolor=_rgba(col, 0.18), hoverinfo="skip", showlegend=False,
                                 legendgroup=group), **kw)


def _line(xs: list[int], ys: list[Any], **kw: Any) -> go.Scatter:
    """A line that breaks where a year has no value (None is a gap, never a zero)."""
    return go.Scatter(x=xs, y=ys, mode="lines+markers", connectgaps=False, **kw)


def year_range(years: Sequence[int]) -> list[int]:
    """Every year from the first to the last (so a year without data is a gap on the axis, not skipped)."""
    return list(range(min(years), max(years) + 1)) if years else []


def _year_axis(fig: go.Figure, years: Sequence[int]) -> go.Figure:
    """Years as integers on the x axis (no "2,007.5"): whole-year ticks, no thousands separator."""
    span = (max(years) - min(years)) if years else 0
    step = next((s for s in (1, 2, 5, 10, 20, 50) if span / s <= 12), 100)
    fig.update_xaxes(tickformat="d", tick0=min(years) if years else 0, dtick=step, separatethousands=False)
    if len(years) == 1:
        fig.update_xaxes(range=[years[0] - 1, years[0] + 1])
    return fig


def _series(rows: Sequence[dict[str, Any]], key: str, value: str, years: list[int]) -> tuple[list[Any], ...]:
    by = {r["year"]: r for r in rows if r.get(key) is not None}
    v = [by[y][key] if y in by else None for y in years]
    lo = [by[y].get(f"{value}_low" if value else "low") if y in by else None for y in years]
    hi = [by[y].get(f"{value}_high" if value else "high") if y in by else None for y in years]
    return v, lo, hi


def influence_over_time(rows: Sequence[dict[str, Any]], target: str, powers: Sequence[str], name: Name,
                        domain: str = "overall") -> go.Figure:
    """One line per power with its 90 % band; a year without a score is a gap in the line and the band."""
    fig = go.Figure()
    mine = [r for r in rows if r["target"] == target and r["domain"] == domain]
    sel = [r for r in mine if has_score(r)]
    years = year_range([r["year"] for r in sel]) if sel else []
    for p in powers:
        pr = [r for r in sel if r["power"] == p]
        if not pr:
            continue
        v, lo, hi = _series(pr, "value", "", years)
        col = colour(p)
        _band(fig, years, lo, hi, col, p)
        fig.add_trace(_line(years, v, name=name(p), legendgroup=p, line={"color": col, "width": 2},
                            marker={"size": 4}, hovertemplate=f"{name(p)} %{{x}}: %{{y:.2f}}<extra></extra>"))
    _year_axis(fig, years)
    return _layout(fig, title=f"Influence over {name(target)} ({domain})", yrange=(0, 1.02), ytitle="index 0–1")


def dyad_series(rows: Sequence[dict[str, Any]], power: str, target: str, name: Name) -> go.Figure:
    """All domains of one dyad with bands, over every year computed: a year without a score is a gap."""
    fig = go.Figure()
    years = year_range([r["year"] for r in rows])
    for d in ("economic", "political", "security", "overall"):
        dr = [r for r in rows if r["domain"] == d and has_score(r)]
        v, lo, hi = _series(dr, "value", "", years)
        col = DOMAIN_COLOURS[d]
        _band(fig, years, lo, hi, col, d)
        fig.add_trace(_line(years, v, name=d, legendgroup=d,
                            line={"color": col, "width": 3 if d == "overall" else 1.5},
                            marker={"size": 5}, hovertemplate=f"{d} %{{x}}: %{{y:.2f}}<extra></extra>"))
    _year_axis(fig, years)
    return _layout(fig, title=f"{name(power)} → {name(target)}: influence by domain (click a year to explain it)",
                   yrange=(0, 1.02), ytitle="index 0–1")


def domain_breakdown(rows: Sequence[dict[str, Any]], year_of: dict[str, int], powers: Sequence[str],
                     name: Name) -> go.Figure:
    """Per target at its headline year: each power's index per domain, with 90 % error bars."""
    targets = sorted(year_of)
    fig = make_subplots(rows=1, cols=max(1, len(targets)), shared_yaxes=True,
                        subplot_titles=[f"{name(t)}, {year_of[t]}" for t in targets] or [""])
    idx = {(r["target"], r["power"], r["year"], r["domain"]): r for r in rows}
    domains = ("economic", "political", "security")
    for i, t in enumerate(targets, 1):
        for p in powers:
            vals, minus, plus = [], [], []
            for d in domains:
                r = idx.get((t, p, year_of[t], d))
                v = r.get("value") if r else None
                vals.append(v)
                minus.append(v - r["low"] if r and v is not None and r.get("low") is not None else 0)
                plus.append(r["high"] - v if r and v is not None and r.get("high") is not None else 0)
            fig.add_trace(go.Bar(x=list(domains), y=vals, name=name(p), legendgroup=p, showlegend=i == 1,
                                 marker_color=colour(p),
                                 error_y={"type": "data", "array": plus, "arrayminus": minus, "thickness": 1},
                                 hovertemplate=f"{name(p)} %{{x}}: %{{y:.2f}}<extra></extra>"), row=1, col=i)
    fig.update_layout(barmode="group")
    return _layout(fig, height=380, yrange=(0, 1.05))


def hedging_chart(hedging_rows: Sequence[dict[str, Any]], targets: Sequence[str], name: Name,
                  keep: set[tuple[str, int]] | None = None) -> go.Figure:
    """Normalised entropy of each target's ties among the powers (1 = evenly spread), with 90 % bands; a year
    without a figure (a power lacks a score, or the year is not in ``keep``) is a gap."""
    fig = go.Figure()
    sel = [r for r in hedging_rows if r["domain"] == "overall" and r.get("entropy") is not None
           and (keep is None or (r["target"], r["year"]) in keep)]
    years = year_range([r["year"] for r in sel]) if sel else []
    for t in targets:
        tr = [r for r in sel if r["target"] == t]
        if not tr:
            continue
        v, lo, hi = _series(tr, "entropy", "entropy", years)
        col = colour(t) if t in COLOURS else {"ARM": "#c0392b", "AZE": "#1f77b4", "GEO": "#7d3c98"}.get(t, colour(t))
        _band(fig, years, lo, hi, col, t)
        fig.add_trace(_line(years, v, name=name(t), legendgroup=t, line={"color": col, "width": 2},
                            marker={"size": 4}, hovertemplate=f"{name(t)} %{{x}}: H = %{{y:.2f}}<extra></extra>"))
    _year_axis(fig, years)
    return _layout(fig, title="Hedging: how evenly each state spreads its ties (1 = evenly, 0 = one power)",
                   yrange=(0, 1.02), ytitle="normalised entropy")


def network(rows: Sequence[dict[str, Any]], year_of: dict[str, int], powers: Sequence[str],
            name: Name) -> go.Figure:
    """Powers around, targets in the middle; edge width and label = overall index at the target's year."""
    targets = sorted(year_of)
    pos: dict[str, tuple[float, float]] = {}
    for i, p in enumerate(powers):
        a = math.pi / 2 + 2 * math.pi * i / max(1, len(powers))
        pos[p] = (math.cos(a), math.sin(a))
    for i, t in enumerate(targets):
        a = math.pi / 2 + 2 * math.pi * i / max(1, len(targets)) + math.pi / max(1, len(targets))
        pos[t] = (0.38 * math.cos(a), 0.38 * math.sin(a))
    idx = {(r["power"], r["target"]): r for r in rows
           if r["domain"] == "overall" and r["target"] in year_of and r["year"] == year_of[r["target"]]
           and r.get("value") is not None}
    fig = go.Figure()
    mid_x, mid_y, mid_text = [], [], []
    for t in targets:
        for p in powers:
            r = idx.get((p, t))
            if r is None or r["value"] <= 0:
                continue
            (x0, y0), (x1, y1) = pos[p], pos[t]
            fig.add_trace(go.Scatter(x=[x0, x1], y=[y0, y1], mode="lines", hoverinfo="skip", showlegend=False,
                                     line={"color": _rgba(colour(p), 0.3 + 0.6 * r["value"]),
                                           "width": 1 + 12 * r["value"]}))
            mid_x.append(x0 + (x1 - x0) * 0.62)
            mid_y.append(y0 + (y1 - y0) * 0.62)
            mid_text.append(f"{name(p)} → {name(t)} ({year_of[t]}): {r['value']:.2f}")
    fig.add_trace(go.Scatter(x=mid_x, y=mid_y, mode="markers", marker={"size": 9, "color": "rgba(0,0,0,0)"},
                             text=mid_text, hovertemplate="%{text}<extra></extra>", showlegend=False))
    nodes = list(powers) + targets
    fig.add_trace(go.Scatter(
        x=[pos[n][0] for n in nodes], y=[pos[n][1] for n in nodes], mode="markers+text",
        text=[name(n) for n in nodes], textposition="top center", showlegend=False,
        marker={"size": [26] * len(powers) + [34] * len(targets),
                "color": [colour(n) for n in powers] + ["#ffffff"] * len(targets),
                "line": {"color": "#2c3e50", "width": 2}},
        hovertemplate="%{text}<extra></extra>"))
    fig.update_xaxes(visible=False, range=[-1.35, 1.35])
    fig.update_yaxes(visible=False, range=[-1.25, 1.3], scaleanchor="x")
    title = "Influence network, latest year with data: " + ", ".join(f"{name(t)} {year_of[t]}" for t in targets)
    return _layout(fig, title=title, height=480)


def timeline(events: Sequence[dict[str, Any]], name: Name) -> go.Figure:
    """Events by date, one lane per origin (articles, GDELT, ICEWS); colour = Goldstein tone when known."""
    fig = go.Figure()
    for origin, lane in ORIGIN_LANES.items():
        ev = [e for e in events if e["origin"] == origin and e.get("date")]
        if not ev:
            continue
        xs = [_day(e["date"]) for e in ev]
        text = [f"{e['date']} {e.get('type') or e.get('cameo') or ''}: "
                f"{', '.join(name(a) for a in e.get('actors') or [])} → "
                f"{', '.join(name(a) for a in e.get('recipients') or []) or '—'}"
                + (f"<br>{_short(e.get('document_title'))}" if e.get("document_title") else "") for e in ev]
        toned = any(e.get("goldstein") is not None for e in ev)
        marker: dict[str, Any] = {"size": 10 if origin == "article" else 7, "opacity": 0.8,
                                  "line": {"width": 0.5, "color": "#333"}}
        if toned:
            marker.update(color=[e.get("goldstein") if e.get("goldstein") is not None else 0 for e in ev],
                          colorscale="RdBu", cmin=-10, cmax=10, showscale=origin == "icews",
                          colorbar={"title": {"text": "Goldstein"}, "len": 0.8})
        else:
            marker["color"] = "#12263a"
        fig.add_trace(go.Scatter(x=xs, y=[lane] * len(ev), mode="markers", name=lane, text=text,
                                 hovertemplate="%{text}<extra></extra>", marker=marker))
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=list(ORIGIN_LANES.values()))
    return _layout(fig, title="Timeline of events", height=300)


def _day(date: str) -> str:
    parts = date.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def _short(s: str | None, n: int = 60) -> str:
    """Shortened and HTML-escaped (plotly reads a few tags in hover text)."""
    s = s or ""
    return html.escape(s if len(s) <= n else s[: n - 1] + "…")
