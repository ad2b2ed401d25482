"""The brief: self-contained HTML (nothing loaded from the network), sentences that match the tables, Markdown."""

from __future__ import annotations

import html as html_lib
import re
import shutil
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from multipolar import api
from multipolar.api import Reader
from multipolar.store import Store

XSS_ARTICLE = """---
title: "Russia and Georgia <script>window.__xss_title=1</script> talks"
date: "2019-06-20"
source: "test <b>source</b>"
---

# Russia and Georgia talks

Russia and Georgia held talks in Prague on 20 June 2019. <script>window.__xss=1</script>
The ministers met again in Tbilisi. <img src=x onerror="window.__xss=2"> Georgia criticised Russia over the
occupied territories. "><svg onload=window.__xss=3>
"""

_BUILT: dict[str, Path] = {}


def build_store() -> Path:
    """A store with the starter pack, the example texts and an article carrying script payloads (built once
    per test session; callers copy it when they need to write)."""
    if "path" in _BUILT and _BUILT["path"].exists():
        return _BUILT["path"]
    from multipolar.check import check_stored
    from multipolar.datasets.api import load_starter
    from multipolar.demo import example_texts

    root = Path(tempfile.mkdtemp(prefix="multipolar-present-"))
    texts = root / "texts"
    shutil.copytree(example_texts(), texts)
    (texts / "99-xss.md").write_text(XSS_ARTICLE, encoding="utf-8")
    path = root / "present.duckdb"
    with Store(path) as store:
        load_starter(store)
        api.ingest([texts], store=store)
        check_stored(store)
    _BUILT["path"] = path
    return path


@pytest.fixture(scope="module")
def store_path() -> Path:
    return build_store()


@pytest.fixture(scope="module")
def brief_html(store_path: Path) -> str:
    from multipolar.present.report import brief

    with Store(store_path, read_only=True) as store:
        return brief(Reader(store))


class _Refs(HTMLParser):
    """Every resource reference of a page: (tag, attribute, value)."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for k, v in attrs:
            if k in ("src", "href", "srcset", "data", "poster", "action") and v is not None:
                self.refs.append((tag, k, v))


def test_present_brief_loads_nothing_from_the_network(brief_html: str) -> None:
    p = _Refs()
    p.feed(brief_html)
    external = re.compile(r"^\s*(https?:)?//", re.I)
    loading = [(t, k, v) for t, k, v in p.refs if t != "a" and external.match(v)]
    assert loading == [], f"external resources: {loading[:5]}"
    assert not [r for r in p.refs if r[0] in ("script", "img", "iframe", "link", "source", "video", "audio")
                and r[1] in ("src", "href") and not r[2].startswith("data:")], \
        "the brief should inline every script, style and image"
    # no stylesheet import or font from elsewhere
    for m in re.finditer(r"<style[^>]*>(.*?)</style>", brief_html, re.S):
        assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", m.group(1))
    assert "cdn.plot.ly" not in re.sub(r"<script>.*?</script>", "", brief_html, flags=re.S)
    assert brief_html.count("<script") >= 2  # plotly.js and the drawing script, inline
    assert "Plotly.newPlot" in brief_html


def test_present_brief_has_every_section(brief_html: str) -> None:
    for anchor in ("findings", "influence", "domains", "hedging", "network", "timeline", "claims", "sources"):
        assert f'id="{anchor}"' in brief_html
    for fig in ("influence-ARM", "influence-AZE", "influence-GEO", "domains", "hedging", "network", "timeline"):
        assert f'data-chart="fig-{fig}"' in brief_html
    assert "Correlates of War" in brief_html  # citations of the datasets
    assert 'href="#doc-' in brief_html  # events link to their documents


def test_present_brief_escapes_article_markup(brief_html: str) -> None:
    assert "<script>window.__xss" not in brief_html
    assert "&lt;script&gt;window.__xss_title=1&lt;/script&gt;" in brief_html


def _cells(html: str, table_class: str) -> list[dict[str, str]]:
    m = re.search(rf'<table class="{table_class}">(.*?)</table>', html, re.S)
    assert m, f"no table {table_class}"
    head = [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<th>(.*?)</th>", m.group(1))]
    rows = []
    for tr in re.findall(r"<tr[^>]*>(.*?)</tr>", m.group(1).split("</thead>")[1], re.S):
        cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)]
        rows.append(dict(zip(head, cells, strict=False)))
    return rows


def _numbers(text: str) -> list[str]:
    return re.findall(r"[+-]?\d+\.\d\d", text)


def test_present_brief_sentences_match_the_numbers(store_path: Path, brief_html: str) -> None:
    """Each lead, change and hedging sentence states the numbers of its table; both equal an independent
    computation from the measurement's rows (influence.v2: a missing score is None, change measured like for
    like year on year, so a change over several years is the sum of the year-on-year changes)."""
    from multipolar.measure import api as measure

    findings = re.findall(r'<li data-kind="(\w+)" data-target="(\w+)">(.*?)</li>', brief_html, re.S)
    assert {k for k, _, _ in findings} >= {"lead", "rise", "hedge", "data"}
    leaders = _cells(brief_html, "leaders")
    hedging = _cells(brief_html, "hedging")
    changes = _cells(brief_html, "changes")
    with Store(store_path, read_only=True) as store:
        rows = measure.influence(store, targets=["ARM", "AZE", "GEO"], powers=["CHN", "RUS", "WEST", "TUR", "IRN"],
                                 save_scores=False).rows
    good = [r for r in rows if r["domain"] == "overall" and r["value"] is not None and r["year"] >= 1992]
    overall = {(r["target"], r["power"], r["year"]): r for r in rows if r["domain"] == "overall"}
    names = {"Armenia": "ARM", "Azerbaijan": "AZE", "Georgia": "GEO"}
    powers = {"China": "CHN", "Russia": "RUS", "the West": "WEST", "Turkey": "TUR", "Iran": "IRN"}
    for kind, target, text in findings:
        text = text.replace("&#39;", "'")
        tname = next(n for n, c in names.items() if c == target)
        if kind == "lead":
            year = int(re.search(r"In (\d{4}),", text).group(1))
            mine = sorted((r for r in good if r["target"] == target and r["year"] == year), key=lambda r: -r["value"])
            assert len(mine) >= 3, "the headline year has a score for most (3 of 5) powers"
            later = {r["year"] for r in good if r["target"] == target and r["year"] > year}
            assert not any(sum(1 for r in good if r["target"] == target and r["year"] == y) >= 3 for y in later), \
                "the headline year is the latest year in which most powers have a score"
            top, second = mine[0], mine[1]
            expected = [f"{top['value']:.2f}", f"{top['low']:.2f}", f"{top['high']:.2f}", f"{second['value']:.2f}"]
            assert _numbers(text) == expected, text
            table = [r for r in leaders if r["target"] == tname and r["rank"] in ("1", "2")]
            assert [table[0]["overall index"], table[0]["90 % low"], table[0]["90 % high"],
                    table[1]["overall index"]] == expected
        elif kind == "rise":
            m = re.match(r"From (\d{4}) to (\d{4}), ", text)
            assert m, text
            y0, y1 = int(m.group(1)), int(m.group(2))
            mine = [r for r in changes if r["target"] == tname and r["from"] == str(y0) and r["to"] == str(y1)]
            row = next(r for r in mine if r["power"] in text)
            p = powers[row["power"]]
            assert row["change"] in text and row["index then"] in text and row["index now"] in text
            # the change is the sum of the year-on-year changes measured, every one of them set
            steps = [overall[(target, p, y)] for y in range(y0 + 1, y1 + 1)]
            assert all(s["delta"] is not None and s["trend"] is not None for s in steps), text
            assert f"{sum(s['delta'] for s in steps):+.2f}" == row["change"]
            assert f"{overall[(target, p, y0)]['value']:.2f}" == row["index then"]
            assert f"{overall[(target, p, y1)]['value']:.2f}" == row["index now"]
            change = float(row["change"])
            if " rose " in text:
                assert change > 0
            if " fell " in text:
                assert change < 0
            # the state's largest rise, or its largest fall
            assert abs(change) == max(abs(float(r["change"])) for r in changes
                                      if r["target"] == tname and (float(r["change"]) > 0) == (change > 0))
            if all(s.get("comparable", True) for s in steps):
                assert "left out" not in text
            else:
                assert "like for like" in text and "left out" in text
        elif kind == "hedge":
            year = int(re.search(r"among the powers in (\d{4})", text).group(1))
            row = next(r for r in hedging if r["target"] == tname and r["year"] == str(year))
            e = re.search(r"hedging entropy (\d\.\d\d)", text).group(1)
            assert e == row["entropy"]
            share = re.search(r"holding (\d+) %", text).group(1)
            assert row["leader's share"] == f"{share} %"


def test_present_brief_markdown(store_path: Path) -> None:
    from multipolar.present.report import brief

    with Store(store_path, read_only=True) as store:
        md = brief(Reader(store), fmt="md", targets="GEO,ARM", years="2000-2023")
    assert md.startswith("# Who holds influence over")
    for heading in ("## Headline findings", "## Domains", "## Hedging", "## Events", "## Claim checks",
                    "## Data coverage and sources"):
        assert heading in md
    assert "<script" not in md.replace("\\<script", "")
    assert "| target | year | rank | power |" in md
    lines = [ln for ln in md.splitlines() if ln.startswith("| ")]
    assert all(ln.rstrip().endswith("|") for ln in lines)


def test_present_brief_refuses_unknown_region_and_format(store_path: Path) -> None:
    from multipolar.errors import UsageError
    from multipolar.present.report import brief

    with Store(store_path, read_only=True) as store:
        with pytest.raises(UsageError):
            brief(Reader(store), region="atlantis")
        with pytest.raises(UsageError):
            brief(Reader(store), fmt="pdf")
        with pytest.raises(UsageError):
            brief(Reader(store), targets="ARM;DROP")


def test_present_cli_brief(store_path: Path, tmp_path: Path) -> None:
    from multipolar.cli import main

    out = tmp_path / "b.md"
    assert main(["brief", "--db", str(store_path), "--format", "md", "-o", str(out), "--years", "2005-2014"]) == 0
    assert "## Headline findings" in out.read_text(encoding="utf-8")


# -- domains explained, events readable, old data flagged ----------------------------------------------------
def test_present_brief_explains_the_domains_from_the_method(brief_html: str) -> None:
    """One paragraph on the domains, written from the registered indicators and weights (not by hand)."""
    from multipolar.measure.methods import DEFAULT_METHOD, INDICATOR, get_method

    m = re.search(r'<p class="domains-about">(.*?)</p>', brief_html, re.S)
    assert m, "no paragraph on the domains"
    text = html_lib.unescape(m.group(1))
    method = get_method(DEFAULT_METHOD)
    for domain in ("economic", "political", "security"):
        assert f"{domain.capitalize()} (weight {method.domain_weights[domain]:g} in the overall bandwidth" in text
        for role in ("bw", "dep"):
            for ind, w in method.indicators(domain, role):
                assert f"{ind.name.replace('_', ' ')} (weight {w:g}: {INDICATOR[ind.name].about})" in text, ind.name
    assert "import share" not in text  # an 'info' indicator is not in the index


def test_present_brief_domains_text_follows_the_weights() -> None:
    from multipolar.measure.methods import get_method, register
    from multipolar.present.findings import domains_text

    variant = register(get_method("influence.v2").with_weights("influence.v2-test-brief", {"event_count": 0.75,
                                                                                           "stance_alignment": 0}))
    text = domains_text(variant.name)
    assert "event count (weight 0.75:" in text and "stance alignment" not in text
    assert domains_text("no-such-method") == ""


def _event_rows(html: str) -> list[str]:
    table = re.search(r'<table class="events">(.*?)</table>', html, re.S)
    assert table
    return re.findall(r"<tr>(.*?)</tr>", table.group(1), re.S)


def test_present_brief_events_have_plover_types_names_and_a_cap(store_path: Path, brief_html: str) -> None:
    from multipolar.present.report import EVENT_ROWS

    rows = _event_rows(brief_html)
    body = [r for r in rows if "<td>" in r]
    assert 0 < len(body) <= EVENT_ROWS == 50
    with Store(store_path, read_only=True) as store:
        stored = len(Reader(store).events(actors=("ARM", "AZE", "GEO"), limit=100_000))
    said = re.search(r"(\d+) events involving these states", brief_html)
    assert said and 0 < int(said.group(1)) <= stored
    total = int(said.group(1))
    if total > EVENT_ROWS:
        assert f"and {total - EVENT_ROWS:,} more" in brief_html
    # every CAMEO code shown has its name and its PLOVER type (or says it has none): no bare "CAMEO 010"
    for r in body:
        cell = re.findall(r"<td>(.*?)</td>", r, re.S)[2]
        assert re.search(r'class="plover">[A-Z]+<|class="plover">(statement \()?no PLOVER type', cell), cell
        if "CAMEO" in cell:
            assert re.search(r"[A-Za-z)], CAMEO \d{2,4}", cell), cell
    assert "Make statement, CAMEO 010" in brief_html or "CAMEO 010" not in brief_html
    # actors by name, not code
    assert "<td>Georgia" in brief_html or ">Georgia<" in brief_html


def test_present_event_kind_maps_cameo_to_plover_and_links() -> None:
    from multipolar.present.findings import event_kind

    assert event_kind({"type": None, "cameo": "042"})["type"] == "CONSULT"
    assert event_kind({"type": None, "cameo": "042"})["mode"] == "visit"
    assert event_kind({"type": None, "cameo": "042"})["cameo_name"] == "Make a visit"
    assert event_kind({"type": None, "cameo": "010"})["label"] == "statement (no PLOVER type)"
    assert event_kind({"type": "AGREE", "source_url": "https://example.org/a"})["link"] == "https://example.org/a"
    assert event_kind({"type": "AGREE", "source_url": "javascript:alert(1)"})["link"] is None


def test_present_brief_events_link_to_their_source_url() -> None:
    from multipolar.present.report import environment

    ev = {"id": "x1", "origin": "gdelt", "type": None, "cameo": "043", "actors": ["RUS"], "recipients": ["GEO"],
          "date": "2019-01-01", "document": None, "document_title": None, "document_url": None,
          "source_url": "https://example.org/story", "sentence": None}
    macros = environment().get_template("_macros.html").module
    out = str(macros.events_table([ev], lambda c: {"RUS": "Russia", "GEO": "Georgia"}.get(c, c), "#doc-",
                                  more=3))
    assert 'href="https://example.org/story"' in out and "Russia" in out and "Georgia" in out
    assert "CONSULT" in out and "(visit)" in out and "and 3 more" in out


def test_present_brief_stale_banner(store_path: Path) -> None:
    import datetime as dt

    from multipolar.present.findings import stale_states
    from multipolar.present.report import brief

    assert stale_states({"GEO": 2020, "ARM": 2024}, ["ARM", "GEO", "AZE"], 2026) == [
        {"target": "GEO", "year": 2020, "age": 6}, {"target": "AZE", "year": None, "age": None}]
    assert stale_states({"GEO": 2023}, ["GEO"], 2026) == []  # three years is not yet stale
    with Store(store_path, read_only=True) as store:
        old = brief(Reader(store), years="1995-2005")
        md = brief(Reader(store), years="1995-2005", fmt="md")
    today = dt.date.today().year
    m = re.search(r'<div class="stale" role="alert">(.*?)</div>', old, re.S)
    assert m and f"years before {today}" in m.group(1) and "Georgia" in m.group(1)
    assert "**Old data.**" in md


def test_present_brief_stale_banner_uses_the_state_year(store_path: Path, brief_html: str) -> None:
    import datetime as dt

    from multipolar.present.findings import headline_years

    with Store(store_path, read_only=True) as store:
        d = Reader(store)
        rows = d.influence(("ARM", "AZE", "GEO"), ("CHN", "RUS", "WEST", "TUR", "IRN"))
    year_of = headline_years(rows, ("CHN", "RUS", "WEST", "TUR", "IRN"))
    today = dt.date.today().year
    stale = [t for t in ("ARM", "AZE", "GEO") if t not in year_of or today - year_of[t] > 3]
    banner = re.search(r'<div class="stale" role="alert">(.*?)</div>', brief_html, re.S)
    assert bool(banner) == bool(stale)
    for t in stale:
        assert banner and f"latest year with a score is {year_of[t]}" in banner.group(1)
