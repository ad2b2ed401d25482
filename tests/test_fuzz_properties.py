"""Property-based tests (hypothesis) of the readers: for any input, a result or a project error, nothing else.

Fixed derandomized runs so CI is reproducible; a few hundred examples in all.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from multipolar.datasets import api
from multipolar.errors import DataError, InputError, MultipolarError
from multipolar.sources.feed import looks_like_feed, read_feed
from multipolar.sources.html import looks_like_html, read_html
from multipolar.sources.text import decode, iso_date, read_text
from multipolar.store import Store
from tests.test_fuzz_readers import snapshot

FAST = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

ORIGIN = "fuzz-input.md"
weird_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)


@FAST
@given(st.binary(max_size=2000))
def test_decode_any_bytes(data: bytes) -> None:
    try:
        text = decode(data, ORIGIN)
    except InputError as exc:
        assert ORIGIN in str(exc)
    else:
        assert isinstance(text, str) and text.strip()


@FAST
@given(st.binary(max_size=2000), st.sampled_from(["utf-8", "latin-1", "utf-16", "no-such-codec", None]))
def test_decode_any_bytes_any_charset(data: bytes, charset: str | None) -> None:
    try:
        decode(data, ORIGIN, charset)
    except InputError as exc:
        assert ORIGIN in str(exc)


yaml_value = st.one_of(weird_text, st.integers(), st.floats(allow_nan=True), st.booleans(), st.none(),
                       st.lists(weird_text, max_size=3), st.dates())
front_line = st.one_of(
    st.builds(lambda k, v: f"{k}: {v}", st.sampled_from(["title", "date", "url", "author", "source", "x", "Date"]),
              yaml_value),
    weird_text.map(lambda s: s.replace("\n", " ")),
    st.sampled_from(["- a", "[1, 2", "{a: b", "'unclosed", "key: 'x", "!!python/object:os.system ls", "&a [*a]",
                     "? complex", "date: 2019-13-45", "date: 99999-01-01", "url: https://x.org/a (note)"]),
)


@FAST
@given(st.lists(front_line, max_size=8), weird_text, st.booleans(), st.sampled_from(["\n", "\r\n"]))
def test_markdown_front_matter_any_content(lines: list[str], body: str, closed: bool, eol: str) -> None:
    text = "---" + eol + eol.join(lines) + eol + ("---" + eol if closed else "") + body
    try:
        doc = read_text(text, ORIGIN)
    except InputError as exc:
        assert ORIGIN in str(exc)
        assert exc.line is not None or "empty" in exc.message
    else:
        assert doc.text == text
        assert 0 <= doc.body_start <= len(text)
        assert doc.published is None or re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", doc.published)


@FAST
@given(weird_text)
def test_plain_text_any_content(text: str) -> None:
    try:
        doc = read_text(text, ORIGIN, kind="text")
    except InputError as exc:
        assert ORIGIN in str(exc)
    else:
        assert doc.text == text


@FAST
@given(weird_text)
def test_iso_date_any_string(value: str) -> None:
    out = iso_date(value)
    assert out is None or re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", out)


html_piece = st.one_of(
    weird_text,
    st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<html>", "<body>", "<script>alert(1)</script>", "<!--",
                     "-->", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#xD800;", "<title>T</title>", "<article>",
                     "<meta charset='x-unknown'>", "<table><tr><td>", "<br/>", "\x00", "<?xml version='1.0'?>"]),
)


@FAST
@given(st.lists(html_piece, max_size=30), st.booleans())
def test_html_any_markup(pieces: list[str], as_bytes: bool) -> None:
    markup = "".join(pieces)
    try:
        doc = read_html(markup.encode("utf-8", "surrogatepass") if as_bytes else markup, "page.html")
    except InputError as exc:
        assert "page.html" in str(exc)
    else:
        assert doc.text.strip()
    looks_like_html(markup.encode("utf-8", "surrogatepass"))


@FAST
@given(st.binary(max_size=3000))
def test_html_any_bytes(data: bytes) -> None:
    try:
        read_html(data, "page.html")
    except InputError as exc:
        assert "page.html" in str(exc)


feed_piece = st.one_of(
    weird_text,
    st.sampled_from(["<rss version='2.0'>", "<channel>", "</channel>", "</rss>", "<item>", "</item>", "<title>",
                     "</title>", "<link>", "</link>", "<description>", "</description>", "<pubDate>", "</pubDate>",
                     "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>", "</entry>", "<link href='x'/>",
                     "https://example.org/a", "javascript:alert(1)", "Tue, 05 Nov 2019 08:00:00 GMT", "&lt;p&gt;",
                     "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", "&e;"]),
)


@FAST
@given(st.lists(feed_piece, max_size=40))
def test_feed_any_markup(pieces: list[str]) -> None:
    data = "".join(pieces).encode("utf-8", "surrogatepass")

    def fetch(url: str):  # type: ignore[no-untyped-def]
        raise InputError("not fetched in this test", source=url)

    looks_like_feed(data)
    try:
        for item in read_feed(data, "feed.xml", fetch=fetch):
            if isinstance(item, InputError):
                assert item.source
            else:
                assert isinstance(item.text, str) and item.text
                assert "/etc/passwd" not in item.text or "/etc/passwd" in data.decode("utf-8", "replace")
    except InputError as exc:
        assert "feed.xml" in str(exc)


# -- a dataset loader on generated rows --------------------------------------------------------------------

cell = st.one_of(st.integers(-10**12, 10**12).map(str), st.floats(allow_nan=True, allow_infinity=True).map(str),
                 weird_text.map(lambda s: s.replace("\n", " ").replace(",", " ")), st.just(""), st.just("NA"),
                 st.sampled_from(["2", "20", "200", "365", "710", "1990", "2014", "-9", "USA", "RUS"]))
HEADER = "ccode,year,imports,exports"


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(cell, min_size=2, max_size=6), max_size=20),
       header=st.sampled_from([HEADER, HEADER.upper(), HEADER + ",extra", "ccode,ccode,year", ""]),
       eol=st.sampled_from(["\n", "\r\n"]), gz=st.booleans())
def test_state_year_loader_any_rows(tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]], header: str,
                                    eol: str, gz: bool) -> None:
    folder = tmp_path_factory.mktemp("gen")
    data = (eol.join([header, *(",".join(r) for r in rows)]) + eol).encode("utf-8", "surrogatepass")
    path = folder / ("cow_trade_sy_v4.csv" + (".gz" if gz else ""))
    path.write_bytes(gzip.compress(data) if gz else data)
    with Store(folder / "s.duckdb") as store:
        api.load(store, "cow-trade", _fixture_state_year(folder))  # something to keep unchanged
        before = snapshot(store)
        try:
            api.load(store, "cow-trade", path)
        except DataError as exc:
            assert path.name in str(exc)
            assert snapshot(store) == before
        except MultipolarError as exc:  # e.g. InputError for a missing path: still named
            assert path.name in str(exc)
            assert snapshot(store) == before


def _fixture_state_year(folder: Path) -> Path:
    p = folder / "baseline" / "cow_trade_sy_v4.csv"
    p.parent.mkdir()
    p.write_text(HEADER + "\n2,2000,1000.0,900.0\n365,2000,40.0,100.0\n")
    return p
