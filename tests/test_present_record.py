"""The present, shown: the record up to the latest year with data, one count per flow, a gap never drawn as a fall.

On two real stores: the starter pack with the example texts (always), and the real datasets of ../shared/data
(trade from COW, Armstat, Geostat and the IMF DOTS workbooks of the three states; arms from SIPRI and its trade
register; IMF direct investment; alliances, shared IGOs, UN votes, events). Plus rows made by hand for the
case the issue reported: a power whose inputs end in 2014 must not be said to fall.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from multipolar.api import Reader
from multipolar.present import charts
from multipolar.present.findings import chained_change, findings, has_score, headline_years
from multipolar.present.report import brief, overview
from multipolar.present.sources import SOURCES
from multipolar.store import Store
from tests.conftest import SHARED, needs_shared
from tests.test_present_brief import build_store

DATA = SHARED / "data"
FIVE = ("CHN", "RUS", "WEST", "TUR", "IRN")
SCAUC = ("ARM", "AZE", "GEO")
# the datasets of ../shared/data that the index reads (IMF DOTS: the three states' own workbooks, see below)
REAL = {"cow-trade": "cow_trade_v4_dyadic", "armstat-trade": "armstat_armenia_trade_by_country",
        "geostat-exports": "geostat_georgia_exports_by_country", "imf-dip": "imf_direct_investment_positions",
        "sipri": "sipri_arms_transfers_360info", "sipri-register": "sipri_trade_register_2026",
        "aiddata": "aiddata_gcdf3_country_year", "atop": "peacesciencer_cow_atop_igo_nmc_leaders",
        "cow-alliance": "peacesciencer_cow_atop_igo_nmc_leaders", "cow-igo": "peacesciencer_cow_atop_igo_nmc_leaders",
        "unga-ideal-points": "unga_ideal_points_voeten_2024", "icews": "icews_tkg_samples",
        "gdelt-events": "gdelt_samples"}
# Armenia's, Azerbaijan's and Georgia's own IMF DOTS workbooks (all 235 take minutes to load; the states' own
# reports decide their trade before the partners' mirror reports, so these three carry the record to 2020).
DOTS_WORKBOOKS = {"DOTS_9.xlsx": "ARM", "DOTS_13.xlsx": "AZE", "DOTS_76.xlsx": "GEO"}


def build_real(root: Path) -> Path:
    from multipolar.datasets.api import load

    path = root / "real.duckdb"
    dots = root / "dots"
    dots.mkdir()
    for f in DOTS_WORKBOOKS:
        shutil.copy(DATA / "imf_dots_country_tables" / f, dots / f)
    with Store(path) as s:
        for name, folder in REAL.items():
            load(s, name, DATA / folder)
        load(s, "imf-dots", dots)
        got = {r["a"] for r in s.query("SELECT DISTINCT from_actor AS a FROM observations WHERE dataset = 'imf-dots' "
                                       "AND indicator = 'total_imports'")}
        assert got == set(DOTS_WORKBOOKS.values()), f"the DOTS workbooks are not the three states' own: {got}"
    return path


@pytest.fixture(scope="module", params=["starter", pytest.param("real", marks=needs_shared)])
def store_path(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if request.param == "starter":
        return build_store()
    if not DATA.exists():
        pytest.skip("../shared/data (the real datasets) is not beside the repo")
    return build_real(tmp_path_factory.mktemp("present-real"))


@pytest.fixture(scope="module")
def data(store_path: Path) -> Iterator[Reader]:
    with Store(store_path, read_only=True) as s:
        yield Reader(s)


@pytest.fixture(scope="module")
def ctx(data: Reader) -> dict[str, Any]:
    return overview(data, SCAUC, FIVE, (1992, 2030))


@pytest.fixture(scope="module")
def html(data: Reader) -> str:
    return brief(data)


def _facts_numbers(obj: Any) -> list[float]:
    if isinstance(obj, dict):
        return [x for v in obj.values() for x in _facts_numbers(v)]
    if isinstance(obj, list):
        return [x for v in obj for x in _facts_numbers(v)]
    return [float(obj)] if isinstance(obj, (int, float)) and not isinstance(obj, bool) else []


def test_present_record_header_lists_years_per_source(data: Reader, html: str) -> None:
    """The header names, per source, the first and last year loaded (observations by dataset, events by origin)."""
    header = re.search(r'<p class="muted sources-years">(.*?)</p>', html, re.S)
    assert header, "no per-source years in the header"
    text = re.sub(r"\s+", " ", header.group(1)).replace("&#39;", "'")
    expected = [(r["dataset"], r["y0"], r["y1"]) for r in data.store.query(
        "SELECT dataset, min(year) AS y0, max(year) AS y1 FROM observations GROUP BY dataset")]
    expected += [(f"events:{r['o']}", r["y0"], r["y1"]) for r in data.store.query(
        "SELECT origin AS o, min(year(day)) AS y0, max(year(day)) AS y1 FROM events WHERE day IS NOT NULL "
        "GROUP BY origin")]
    assert expected
    for source, y0, y1 in expected:
        label = SOURCES.get(source, (source,))[0]
        assert f"{label} {y0}–{y1}" in text, (source, text)
    assert "Years 1992" not in html  # no bare range any more
    md = brief(data, fmt="md")
    line = next(ln for ln in md.splitlines() if ln.startswith("Years with data, per source"))
    assert all(f"{y0}–{y1}" in line for s, y0, y1 in expected if SOURCES.get(s, (s, None))[1])


def test_present_record_each_state_at_its_latest_year_with_enough_data(data: Reader, ctx: dict[str, Any]) -> None:
    """A state's year is the latest year in which most powers (3 of 5) have an overall score, and its record
    says where each of its sources ends."""
    rows = ctx["rows"]
    for t in SCAUC:
        by_year: dict[int, int] = {}
        for r in rows:
            if r["target"] == t and r["domain"] == "overall" and r["value"] is not None:
                by_year[r["year"]] = by_year.get(r["year"], 0) + 1
        ok = [y for y, n in by_year.items() if n >= 3]
        assert ctx["year_of"].get(t) == (max(ok) if ok else None)
        note = next(f for f in ctx["findings"] if f.kind == "data" and f.target == t)
        for s in data.target_source_years((t,))[t]:
            label = s["label"].replace("{state}", data.name(t)).rstrip(")")  # "(own report, to 2020)"
            assert label in note.text and str(s["last"]) in note.text, (label, s["last"], note.text)
        if t in ctx["year_of"]:
            assert f"findings are for {ctx['year_of'][t]}" in note.text
        lead = [f for f in ctx["findings"] if f.kind == "lead" and f.target == t]
        assert all(f.year == ctx["year_of"][t] for f in lead)


@needs_shared
def test_present_record_reaches_past_2014_on_the_real_data(store_path: Path, ctx: dict[str, Any]) -> None:
    """On the real datasets, trade and arms run past COW's last year: Georgia's findings are not about 2014."""
    if store_path.name != "real.duckdb":
        pytest.skip("the starter pack ends its trade in 2014")
    assert ctx["year_of"]["GEO"] > 2014
    note = next(f for f in ctx["findings"] if f.kind == "data" and f.target == "GEO").text
    assert "COW trade ends in 2014; from 2015 trade is IMF DOTS (Georgia's own report" in note
    assert "Georgia's own exports (Geostat, to 2022)" in note
    assert "shared IGOs (COW) end in 2014" in note and "political domain after 2014" in note


def test_present_record_no_fall_where_data_ended(ctx: dict[str, Any]) -> None:
    """A change is told only from measured year-on-year changes (trend set) across every year it spans; where
    inputs were left out the sentence says so; the largest rise and the largest fall are named."""
    overall = {(r["target"], r["power"], r["year"]): r for r in ctx["rows"] if r["domain"] == "overall"}
    for f in ctx["findings"]:
        words = re.findall(r"\b(fell|falling|fall|dropped|declined)\b", f.text)
        if f.kind != "rise":
            assert not words, f.text
            continue
        c = f.facts["change"]
        steps = [overall[(f.target, c["power"], y)] for y in range(c["from_year"] + 1, c["to_year"] + 1)]
        assert steps and all(s["trend"] is not None and s["delta"] is not None and s["value"] is not None
                             for s in steps), f.text
        assert overall[(f.target, c["power"], c["from_year"])]["value"] is not None
        assert abs(sum(s["delta"] for s in steps) - c["change"]) < 1e-9
        if words:
            assert c["change"] < 0
        if any(s.get("comparable") is False for s in steps):
            assert "like for like" in f.text and "left out" in f.text, f.text
        mine = [x for x in ctx["changes"] if x["target"] == f.target]
        assert abs(c["change"]) == max(abs(x["change"]) for x in mine if (x["change"] > 0) == (c["change"] > 0))


def test_present_record_no_zero_for_a_missing_score(ctx: dict[str, Any], html: str) -> None:
    """A missing score is "no score (too little data: …)", never 0.00: in the sentences and in the tables."""
    for f in ctx["findings"]:
        if "0.00" in f.text:
            assert any(abs(x) < 0.005 for x in _facts_numbers(f.facts)), f.text
    for m in ctx["missing"]:
        assert m["why"].startswith("too little data")
        text = next(f.text for f in ctx["findings"] if f.kind == "missing" and f.target == m["target"])
        assert "has no score (too little data" in text
    table = re.search(r'<table class="domains">(.*?)</table>', html, re.S)
    assert table
    idx = {(r["target"], r["power"], r["year"], r["domain"]): r for r in ctx["rows"]}
    for d in ctx["domain_rows"]:
        for dom in ("economic", "political", "security", "overall"):
            r = idx.get((d["target"], d["power"], d["year"], dom))
            if r is None or r["value"] is None:
                assert d[dom] is None
    assert ("no score" in table.group(1)) == any(d[k] is None for d in ctx["domain_rows"]
                                                  for k in ("economic", "political", "security", "overall"))


def _figure(html: str, fig_id: str) -> dict[str, Any]:
    m = re.search(rf'<script type="application/json" data-chart="fig-{fig_id}">(.*?)</script>', html, re.S)
    assert m, fig_id
    fig: dict[str, Any] = json.loads(m.group(1))
    return fig


def _check_gaps(fig: dict[str, Any], expected: dict[str, dict[int, float | None]]) -> int:
    """Lines: x every year, y None exactly where there is no score, gaps never connected; bands: one shape per
    run of consecutive years; integer years on the axis. Returns the number of gaps seen."""
    gaps = 0
    lines = {t["name"]: t for t in fig["data"] if t.get("mode") == "lines+markers"}
    for name, want in expected.items():
        t = lines[name]
        xs = t["x"]
        assert xs == list(range(xs[0], xs[-1] + 1)), "x covers every year"
        assert t.get("connectgaps") is False
        for x, y in zip(xs, t["y"], strict=True):
            w = want.get(x)
            if w is None:
                assert y is None, (name, x, y)
                gaps += 1
            else:
                assert y is not None and abs(y - w) < 1e-9, (name, x, y, w)
    for t in fig["data"]:
        if t.get("fill") == "toself":
            xs = sorted({round(x) for x in t["x"]})
            assert xs == list(range(xs[0], xs[-1] + 1)), "a band spans consecutive years only (no wedge)"
    assert fig["layout"]["xaxis"]["tickformat"] == "d"
    assert float(fig["layout"]["xaxis"]["dtick"]).is_integer()
    return gaps


def test_present_record_dyad_chart_breaks_at_years_without_a_score(data: Reader) -> None:
    """The dyad chart's JSON has None (a gap) for every year without a score, in every domain."""
    gaps = 0
    for t in SCAUC:
        for p in FIVE:
            rows = data.dyad(p, t, FIVE, SCAUC)
            want = {d: {r["year"]: r["value"] for r in rows if r["domain"] == d and has_score(r)}
                    for d in ("economic", "political", "security", "overall")}
            fig = json.loads(charts.to_json(charts.dyad_series(rows, p, t, data.name)))
            gaps += _check_gaps(fig, want)
    assert gaps > 0, "the store has years without a score, and the charts show them as gaps"


def test_present_record_brief_charts_show_gaps(ctx: dict[str, Any], html: str, data: Reader) -> None:
    """The brief's influence and hedging charts: gaps as gaps, bands per run of years, integer years."""
    for t in SCAUC:
        fig = _figure(html, f"influence-{t}")
        want = {data.name(p): {r["year"]: r["value"] for r in ctx["rows"] if r["target"] == t and r["power"] == p
                               and r["domain"] == "overall" and has_score(r)} for p in FIVE}
        _check_gaps(fig, {k: v for k, v in want.items() if v})
    fig = _figure(html, "hedging")
    lines = {t["name"]: t for t in fig["data"] if t.get("mode") == "lines+markers"}
    hed = data.hedging(SCAUC, FIVE, (1992, 2030))["rows"]
    for t in SCAUC:
        if data.name(t) not in lines:
            continue
        line = lines[data.name(t)]
        got = dict(zip(line["x"], line["y"], strict=True))
        for r in hed:
            if r["target"] == t and r["domain"] == "overall" and r["year"] in got:
                if r["entropy"] is None:
                    assert got[r["year"]] is None, (t, r["year"])
    assert "2,0" not in json.dumps(fig["layout"]["xaxis"])


# -- the reported case, by hand ------------------------------------------------------------------------------
def _row(power: str, year: int, value: float | None, delta: float | None = None, **kw: Any) -> dict[str, Any]:
    return {"power": power, "target": "GEO", "year": year, "domain": "overall", "value": value,
            "low": None if value is None else value - 0.05, "high": None if value is None else value + 0.05,
            "coverage": 0.8 if value is not None else 0.3, "method": "influence.v2", "delta": delta,
            "trend": None if delta is None else "rising" if delta >= 0.02 else "falling" if delta <= -0.02
            else "steady", **kw}


def _case() -> list[dict[str, Any]]:
    """China's inputs end after 2014 (no score from 2015); the West and Russia go on to 2020, Russia's 2016
    change measured without the shared IGOs that ended."""
    rows = []
    for y in range(2009, 2021):
        rows.append(_row("CHN", y, 0.28 + 0.01 * (y - 2009) if y <= 2014 else None,
                         0.01 if 2009 < y <= 2014 else None))
        rows.append(_row("WEST", y, 0.60 + 0.002 * (y - 2009), 0.002 if y > 2009 else None, comparable=True))
        rows.append(_row("RUS", y, 0.50 - 0.03 * (y - 2009), -0.03 if y > 2009 else None,
                         comparable=y != 2016,
                         **({"not_compared": [{"indicator": "shared_igos", "why": "no data in the later year"}]}
                            if y == 2016 else {})))
    return rows


def test_present_record_a_source_ending_is_not_a_fall() -> None:
    rows = _case()
    assert headline_years(rows) == {"GEO": 2020}
    assert chained_change({r["year"]: r for r in rows if r["power"] == "CHN"}, 2020) is None
    out = findings(rows, None, lambda c: {"CHN": "China", "RUS": "Russia", "WEST": "the West"}.get(c, c))
    text = " ".join(f.text for f in out)
    assert "China" in text and "China has no score (too little data" in text
    assert not re.search(r"China's influence .* (fell|rose)", text)
    assert "0.00" not in text
    move = next(f for f in out if f.kind == "rise")
    assert move.facts["change"]["power"] == "RUS" and " fell the most" in move.text  # the largest move is a fall
    assert "like for like" in move.text and "shared igos (missing in one of the two years: 2016)" in move.text
    assert move.facts["change"]["from_year"] == 2015 and abs(move.facts["change"]["change"] + 0.15) < 1e-9


def test_present_record_change_stops_at_a_gap() -> None:
    rows = [_row("RUS", y, v, d) for y, v, d in ((2010, 0.5, None), (2011, 0.52, 0.02), (2012, None, None),
                                                  (2013, 0.40, None), (2014, 0.43, 0.03), (2015, 0.45, 0.02))]
    ch = chained_change({r["year"]: r for r in rows}, 2015)
    assert ch is not None and ch["from_year"] == 2013 and ch["steps"] == 2 and abs(ch["change"] - 0.05) < 1e-9


def test_present_record_charts_from_rows_by_hand() -> None:
    rows = _case()
    fig = json.loads(charts.to_json(charts.influence_over_time(rows, "GEO", ["CHN", "RUS", "WEST"], str)))
    chn = next(t for t in fig["data"] if t.get("name") == "CHN")
    assert chn["x"] == list(range(2009, 2021)) and chn["y"][6:] == [None] * 6
    bands = [t for t in fig["data"] if t.get("fill") == "toself" and t.get("legendgroup") == "CHN"]
    assert len(bands) == 1 and max(bands[0]["x"]) == 2014  # the band stops with the line
    years = json.loads(charts.to_json(charts.dyad_series(rows[:1] + rows[3:4], "CHN", "GEO", str)))["layout"]
    assert years["xaxis"]["tickformat"] == "d" and years["xaxis"]["dtick"] == 1


def test_present_record_hedging_without_a_figure_says_why() -> None:
    """hedging.v2 gives no entropy when a power lacks a score: the brief says so, and gives the latest year
    in which every power has one, never a 0."""
    rows = _case()
    hed = {"rows": [{"target": "GEO", "year": y, "domain": "overall", "entropy": 0.9 if y <= 2014 else None,
                     "entropy_low": 0.85 if y <= 2014 else None, "entropy_high": 0.95 if y <= 2014 else None,
                     "leader": "WEST" if y <= 2014 else None,
                     "shares": {"WEST": 0.4, "RUS": 0.35, "CHN": 0.25} if y <= 2014 else {},
                     **({"missing_powers": ["CHN"]} if y > 2014 else {})} for y in range(2009, 2021)],
           "divergence": []}
    names = {"CHN": "China", "RUS": "Russia", "WEST": "the West", "GEO": "Georgia"}
    out = findings(rows, hed, lambda c: names.get(c, c))
    h = next(f for f in out if f.kind == "hedge")
    assert h.text.startswith("No hedging figure for Georgia in 2020: China has no score that year. The latest year "
                             "in which every power has a score is 2014. Georgia spread its ties")
    assert h.year == 2014 and "hedging entropy 0.90" in h.text and "0.00" not in h.text
    fig = json.loads(charts.to_json(charts.hedging_chart(hed["rows"], ["GEO"], str)))
    line = next(t for t in fig["data"] if t.get("name") == "GEO")
    assert line["x"] == list(range(2009, 2015)) and None not in line["y"]  # nothing drawn past the last figure
