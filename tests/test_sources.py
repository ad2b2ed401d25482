"""Article readers: text/Markdown, HTML, URLs, feeds and the read_inputs entry point.

Network tests run a real HTTP server on 127.0.0.1; documents from ../shared are read in place.
"""

from __future__ import annotations

import hashlib
import html
import re
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
import yaml

from multipolar.errors import FetchError, InputError
from multipolar.sources.discover import ReadFailure, read_inputs
from multipolar.sources.document import SourceDocument
from multipolar.sources.feed import read_feed
from multipolar.sources.html import read_html, read_html_file
from multipolar.sources.text import iso_date, read_text, read_text_file
from multipolar.sources.web import FeedFound, fetch, read_url

DATA = Path(__file__).resolve().parent / "data" / "sources"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "corpus" / "seed" / "moscowtimes-2019-11-05-china-south-caucasus.md"
DEV = sorted((SHARED / "corpus" / "dev").glob("*.md"))
SEED_URL = "https://www.themoscowtimes.com/2019/11/05/china-makes-inroads-into-russias-backyard-a68039"

needs_seed = pytest.mark.skipif(not SEED.exists(), reason=f"shared corpus not found at {SHARED} (seed article)")
needs_dev = pytest.mark.skipif(not DEV, reason=f"shared corpus not found at {SHARED} (dev documents)")


def docs(items: list[SourceDocument | ReadFailure]) -> list[SourceDocument]:
    return [item for item in items if isinstance(item, SourceDocument)]


def failures(items: list[SourceDocument | ReadFailure]) -> list[ReadFailure]:
    return [item for item in items if isinstance(item, ReadFailure)]


# --- text and Markdown ---------------------------------------------------------------------------


@needs_seed
def test_seed_article_metadata_from_its_own_lines() -> None:
    doc = read_text_file(SEED)
    assert doc.text == SEED.read_bytes().decode("utf-8")
    assert doc.kind == "markdown"
    assert doc.title == "China Makes Inroads Into Russia's Backyard"
    assert doc.published == "2019-11-05"
    assert doc.url == SEED_URL
    assert doc.author == "Sergei Markedonov"
    assert doc.source == "The Moscow Times"
    assert doc.body_start == 0


@needs_dev
@pytest.mark.parametrize("path", DEV, ids=lambda p: p.name)
def test_dev_document_reads_with_its_front_matter(path: Path) -> None:
    content = path.read_bytes().decode("utf-8")
    doc = read_text_file(path)
    assert doc.text == content
    if not content.startswith("---\n"):
        assert doc.body_start == 0
        return
    closing = content.index("\n---\n", 3) + len("\n---\n")
    front = yaml.safe_load(content[4 : closing - len("---\n")])
    assert doc.body_start == closing
    assert doc.text[doc.body_start :] == content[closing:]
    assert doc.title == front["title"]
    assert doc.published == str(front["date"])
    assert doc.source == front["source"]
    assert doc.url == front["url"].split()[0]
    assert front["url"].startswith(doc.url)


def test_front_matter_fields_quotes_dates_and_unknown_keys() -> None:
    path = DATA / "front_matter.md"
    doc = read_text_file(path)
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.title == 'Yerevan and Baku: "a window of opportunity"'
    assert doc.published == "2024-09-26"  # YAML made it a date object
    assert doc.url == "https://example.org/news/yerevan-baku"
    assert doc.source == "Example Observer"
    assert doc.author == "Ana Petrosyan, Farid Aliyev"
    assert doc.meta == {"tags": "Armenia, Azerbaijan", "desk": "Caucasus"}
    assert doc.text[doc.body_start :].startswith("# A heading in the body")


def test_front_matter_values_that_are_not_what_they_claim_go_to_meta() -> None:
    text = (
        "---\ndate: someday\npublished: 2019-11-05\nurl: https://a.org/x (mirror)\nsource: A\npublisher: B\nx:\n---\n"
    )
    doc = read_text(text + "Body.\n", "m.md")
    assert doc.published == "2019-11-05" and doc.url == "https://a.org/x" and doc.source == "A"
    assert doc.meta == {"date": "someday", "url": "https://a.org/x (mirror)", "publisher": "B"}
    assert doc.body_start == len(text)


@pytest.mark.parametrize(
    ("name", "line", "words"),
    [
        ("unclosed.md", 1, "never closed"),
        ("bad_yaml.md", 3, "not valid YAML"),
        ("not_mapping.md", 2, "not a mapping"),
    ],
)
def test_malformed_front_matter_names_file_and_line(name: str, line: int, words: str) -> None:
    with pytest.raises(InputError) as caught:
        read_text_file(DATA / name)
    error = caught.value
    assert error.source == str(DATA / name) and error.line == line and error.hint
    assert words in str(error) and f"{name}, line {line}:" in str(error)


def test_crlf_front_matter_and_bom_keep_offsets() -> None:
    text = "\ufeff---\r\ntitle: T\r\ndate: '2019-11'\r\n---\r\nBody text.\r\n"
    doc = read_text(text, "crlf.md")
    assert doc.text == text and doc.title == "T" and doc.published == "2019-11"
    assert doc.text[doc.body_start :] == "Body text.\r\n"


@pytest.mark.parametrize(
    "byline",
    [
        "November 05, 2019",
        "5 November 2019",
        "2019-11-05",
        "Nov. 5, 2019",
        "*Published: Tuesday, Nov 5, 2019 10:00 GMT*",
    ],
)
def test_byline_date_variants(byline: str) -> None:
    doc = read_text(f"# Title\n\nBy Jane Roe | {byline}\n\nBody.\n", "t.md")
    assert doc.published == "2019-11-05"
    doc = read_text(f"Title line\n{byline}\n\nBody.\n", "t.txt", kind="text")
    assert doc.published == "2019-11-05" and doc.title == "Title line"


def test_heuristics_leave_body_dates_and_sentences_alone() -> None:
    text = "Statement of the Minister\n\nOn 11 September 2001, the world changed,\nand it rallied together.\n"
    doc = read_text(text, "speech.txt", kind="text")
    assert doc.title == "Statement of the Minister"
    assert doc.published is None and doc.author is None and doc.url is None and doc.source is None


def test_author_url_and_canonical_heuristics() -> None:
    doc = read_text(
        "# T\n\n**By [Jane Roe](https://x.org/jane), Staff Writer**\n\nOriginal URL: <https://a.org/x>\n", "a.md"
    )
    assert doc.author == "Jane Roe" and doc.url == "https://a.org/x"
    doc = read_text('T\n\nbody\n<link rel="canonical" href="https://b.org/y_(z)">\n', "b.md")
    assert doc.url == "https://b.org/y_(z)"
    doc = read_text("T\n\nSource URL: https://c.org/z.\n", "c.md")
    assert doc.url == "https://c.org/z"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2008", "2008"),
        (2008, "2008"),
        ("2019-07", "2019-07"),
        ("2019-07-20T10:00:00Z", "2019-07-20"),
        ("Tue, 05 Nov 2019 10:00:00 +0000", "2019-11-05"),
        ("November 2019", "2019-11"),
        ("5 ноября 2019", "2019-11-05"),
        ("2019-13-01", None),
        ("someday", None),
        (None, None),
    ],
)
def test_iso_date_keeps_precision(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not a text file (binary or not UTF-8)"),
        (bytes(range(0x80, 0x100)) * 4, "is not a text file (binary or not UTF-8)"),
    ],
)
def test_empty_or_binary_files_are_input_errors(tmp_path: Path, data: bytes, words: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_text_file(path)
    assert words in str(caught.value) and str(path) in str(caught.value)


def test_cp1252_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Caf\u00e9 talks \u201cresume\u201d in Tbilisi\n".encode("cp1252"))
    doc = read_text_file(path)
    assert doc.text == "Caf\u00e9 talks \u201cresume\u201d in Tbilisi\n"


# --- HTML ----------------------------------------------------------------------------------------


def test_html_file_main_text_and_metadata() -> None:
    path = DATA / "article.html"
    doc = read_html_file(path)
    assert doc.kind == "html" and doc.origin == str(path)
    assert "free trade agreement in Beijing" in doc.text and "<p>" not in doc.text
    assert "All rights reserved" not in doc.text and "Opinion" not in doc.text
    assert doc.title == "Georgia Signs Trade Deal With China"
    assert doc.published == "2017-05-13"
    assert doc.url == "https://caucasus.example.org/2017/05/13/georgia-china-trade"
    assert doc.author == "Nino Beridze"
    assert doc.source == "Example Caucasus Review"
    assert doc.meta["html_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_html_string_and_no_main_text() -> None:
    doc = read_html((DATA / "article.html").read_text(encoding="utf-8"), "<string>")
    assert "Georgian wine" in doc.text
    with pytest.raises(InputError, match=r"no main text found .*save the article's text as \.txt/\.md instead"):
        read_html_file(DATA / "no_main_text.html")


# --- a real HTTP server --------------------------------------------------------------------------


def seed_as_html(markdown: str) -> str:
    """An article page made from the seed's text: one <p> per paragraph, metadata in <head>."""
    paragraphs = [p.strip() for p in markdown.split("\n\n") if p.strip() and not p.strip().startswith("#")]
    markup = re.compile(r"[*]|\[|\]\(#\)")
    body = "\n".join(f"<p>{html.escape(markup.sub('', p))}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>China Makes Inroads Into Russia's Backyard - The Moscow Times</title>
<link rel="canonical" href="{SEED_URL}">
<meta name="author" content="Sergei Markedonov">
<meta property="og:site_name" content="The Moscow Times">
<meta property="article:published_time" content="2019-11-05T12:00:00+03:00">
</head><body><nav><a href="/">News</a> <a href="/opinion">Opinion</a></nav>
<article><h1>China Makes Inroads Into Russia's Backyard</h1>
{body}</article><footer>The Moscow Times</footer></body></html>"""


class Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[str, bytes]] = {}
    user_agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        type(self).user_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.end_headers()
            return
        if self.path == "/huge":  # no Content-Length: the limit must hold while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(64):
                self.wfile.write(b"x" * 65536)
            return
        if self.path == "/error":
            self.send_error(503)
            return
        if self.path not in self.routes:
            self.send_error(404)
            return
        content_type, body = self.routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the http.server API
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that time out on purpose break the pipe


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    routes = {
        "/article.html": ("text/html; charset=utf-8", (DATA / "article.html").read_bytes()),
        "/article-as-text": ("text/plain", (DATA / "article.html").read_bytes()),
        "/second.md": ("text/markdown; charset=utf-8", (DATA / "second.md").read_bytes()),
        "/plain.txt": ("text/plain; charset=utf-8", (DATA / "plain.txt").read_bytes()),
        "/with-tags.md": ("text/markdown", b"# Note\n\n<div>a</div> <p>b</p> <p>c</p>\n"),
        "/feed.rss": ("application/rss+xml", (DATA / "feed.rss").read_text().replace("{base}", base).encode()),
        "/feed-as-xml": ("text/xml", (DATA / "feed.rss").read_text().replace("{base}", base).encode()),
        "/feed.atom": ("application/atom+xml", (DATA / "feed.atom").read_text().replace("{base}", base).encode()),
        "/picture.png": ("image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "/big-declared": ("text/plain", b"y" * 200_000),
    }
    if SEED.exists():
        seed = SEED.read_bytes()
        routes["/seed.md"] = ("text/markdown; charset=utf-8", seed)
        routes["/seed.html"] = ("text/html; charset=utf-8", seed_as_html(seed.decode("utf-8")).encode("utf-8"))
    Handler.routes = routes
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


@needs_seed
def test_fetch_seed_markdown(server: str) -> None:
    doc = fetch(f"{server}/seed.md")
    assert doc.text == SEED.read_bytes().decode("utf-8")
    assert doc.kind == "markdown" and doc.origin == f"{server}/seed.md"
    assert doc.title == "China Makes Inroads Into Russia's Backyard" and doc.published == "2019-11-05"
    assert doc.url == SEED_URL and doc.author == "Sergei Markedonov"
    assert Handler.user_agents[-1] == "multipolar/0.1"


@needs_seed
def test_fetch_seed_html(server: str) -> None:
    doc = fetch(f"{server}/seed.html")
    assert doc.kind == "html" and doc.origin == f"{server}/seed.html"
    assert "Beijing is building political frameworks" in doc.text and "<p>" not in doc.text
    assert doc.title == "China Makes Inroads Into Russia's Backyard"
    assert doc.published == "2019-11-05" and doc.url == SEED_URL
    assert doc.author == "Sergei Markedonov" and doc.source == "The Moscow Times"


def test_fetch_follows_redirects_and_sniffs(server: str) -> None:
    doc = fetch(f"{server}/redirect")
    assert doc.kind == "html" and doc.meta["final_url"] == f"{server}/article.html"
    assert fetch(f"{server}/article-as-text").kind == "html"
    assert fetch(f"{server}/with-tags.md").text.startswith("# Note")  # Markdown with tags stays Markdown
    doc = fetch(f"{server}/plain.txt")
    assert doc.kind == "text" and doc.title == "Ceasefire talks resume in Moscow" and doc.url == f"{server}/plain.txt"


@pytest.mark.parametrize(
    ("path", "kwargs", "words"),
    [
        ("/slow", {"timeout": 0.5}, "timed out after 0.5 s — check the address or try again later"),
        ("/gone.html", {}, "HTTP 404"),
        ("/error", {}, "HTTP 503"),
        ("/huge", {"max_bytes": 1_000_000}, "larger than 1,000,000 bytes"),
        ("/big-declared", {"max_bytes": 100_000}, "larger than 100,000 bytes"),
    ],
)
def test_fetch_failures_are_fetch_errors(server: str, path: str, kwargs: dict[str, float], words: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch(f"{server}{path}", **kwargs)  # type: ignore[arg-type]
    assert words in str(caught.value) and str(caught.value).startswith(f"{server}{path}: ")
    assert time.monotonic() - started < 1.9


def test_connection_refused_and_not_an_article(server: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="could not connect"):
        fetch(f"http://127.0.0.1:{port}/x")
    with pytest.raises(InputError, match="image/png, not an article"):
        fetch(f"{server}/picture.png")
    with pytest.raises(FetchError, match="not a valid web address"):
        fetch("http://")


def test_fetch_of_a_feed_says_so(server: str) -> None:
    with pytest.raises(FeedFound) as caught:
        fetch(f"{server}/feed.rss")
    assert isinstance(caught.value, InputError) and caught.value.content.startswith(b"<?xml")


def test_rss_feed_items_dead_links_and_fallback(server: str) -> None:
    items = list(read_url(f"{server}/feed.rss"))
    read = [item for item in items if isinstance(item, SourceDocument)]
    errors = [item for item in items if isinstance(item, InputError)]
    assert [d.origin for d in read] == [f"{server}/article.html", f"{server}/second.md", f"{server}/also-gone.html"]
    article, second, fallback = read
    assert article.kind == "html" and article.published == "2017-05-13"
    assert second.title == "Azerbaijan and Turkey Hold Joint Drills"  # the page's own title wins
    assert second.url == f"{server}/second.md" and second.source == "Example Caucasus Review"
    assert fallback.kind == "feed-item" and fallback.title == "Armenia Reopens Border Crossing"
    assert fallback.text == "Armenia reopened the Margara crossing with Turkey for humanitarian aid.\n\n" + (
        "Officials in Yerevan called it a one-off gesture."
    )
    assert fallback.published == "2021-02-03" and "HTTP 404" in fallback.meta["fetch_error"]
    assert len(errors) == 1 and errors[0].source == f"{server}/gone.html" and "HTTP 404" in str(errors[0])


def test_atom_feed_fills_what_pages_lack(server: str) -> None:
    items = list(read_inputs([f"{server}/feed.atom"]))
    article, plain = docs(items)
    assert article.title == "Georgia Signs Trade Deal With China"
    assert plain.title == "Ceasefire talks resume in Moscow" and plain.published == "2020-10-01"
    assert plain.author == "Wire Desk" and plain.source == "Example Atom Wire"
    (failure,) = failures(items)
    assert failure.input == f"{server}/gone.html" and isinstance(failure.error, FetchError)


def test_feed_served_as_xml_and_local_feed_file(server: str, tmp_path: Path) -> None:
    assert len(list(read_url(f"{server}/feed-as-xml"))) == 4
    local = tmp_path / "saved.rss"
    local.write_text((DATA / "feed.rss").read_text().replace("{base}", server), encoding="utf-8")
    items = list(read_inputs([local]))
    assert len(docs(items)) == 3 and len(failures(items)) == 1
    assert docs(items)[0].meta["feed"] == str(local)


def test_not_a_feed() -> None:
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        list(read_feed(b"<?xml version='1.0'?><sitemap/>", "sitemap.xml"))


# --- read_inputs ---------------------------------------------------------------------------------


def test_folder_is_read_recursively_sorted_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two\n\nSecond text.\n")
    (tmp_path / "a.md").write_text("# One\n\nFirst text.\n")
    (tmp_path / "c.html").write_bytes((DATA / "article.html").read_bytes())
    (tmp_path / ".hidden.md").write_text("# Hidden\n")
    (tmp_path / ".git" / "x.md").write_text("# In git\n")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04\x00\x00")
    (tmp_path / "empty.md").write_text("")
    items = list(read_inputs([tmp_path]))
    assert [d.origin for d in docs(items)] == [str(tmp_path / n) for n in ("a.md", "b/two.txt", "c.html")]
    assert [d.kind for d in docs(items)] == ["markdown", "text", "html"]
    assert [f.input for f in failures(items)] == [str(tmp_path / "empty.md")]


def test_named_files_with_other_suffixes_are_sniffed(tmp_path: Path) -> None:
    page, feed, note = tmp_path / "page.aspx", tmp_path / "news.feed", tmp_path / "README"
    page.write_bytes((DATA / "article.html").read_bytes())
    feed.write_text(
        "<rss version='2.0'><channel><title>F</title><item><title>I</title>"
        "<description>Item text.</description></item></channel></rss>"
    )
    note.write_text("Just a note\n\nWith text.\n")
    items = list(read_inputs([str(page), str(feed), str(note)]))
    assert [d.kind for d in docs(items)] == ["html", "feed-item", "text"]
    assert docs(items)[1].text == "Item text." and docs(items)[1].title == "I"


def test_failures_are_yielded_and_reading_goes_on(server: str, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    items = list(
        read_inputs(
            [tmp_path / "missing.md", f"{server}/gone.html", DATA / "bad_yaml.md", empty, DATA / "plain.txt"],
            timeout=5,
        )
    )
    assert [type(item).__name__ for item in items] == ["ReadFailure"] * 4 + ["SourceDocument"]
    missing, gone, bad, folder = failures(items)
    assert str(missing.error).startswith(f"no such file or folder: {tmp_path / 'missing.md'} — check the path")
    assert isinstance(gone.error, FetchError) and gone.input == f"{server}/gone.html"
    assert bad.error.line == 3
    assert "no articles" in str(folder.error)


def test_base_url_and_transport(server: str) -> None:
    items = list(read_inputs(["/feed.rss", "/plain.txt"], base_url=server, transport=httpx.HTTPTransport(retries=0)))
    assert len(docs(items)) == 4 and len(failures(items)) == 1
    assert docs(items)[-1].origin == f"{server}/plain.txt"


@needs_dev
def test_dev_corpus_folder_reads_without_failures() -> None:
    items = list(read_inputs([SHARED / "corpus" / "dev"]))
    assert not failures(items) and len(docs(items)) == len(DEV)
