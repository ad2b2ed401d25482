"""Articles and feeds fetched over HTTP(S)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlsplit

import httpx

from multipolar.errors import FetchError, InputError
from multipolar.sources.document import SourceDocument
from multipolar.sources.feed import looks_like_feed, read_feed
from multipolar.sources.html import looks_like_html, read_html
from multipolar.sources.text import decode, read_text

USER_AGENT = "multipolar/0.1"
MAX_BYTES = 20_000_000
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml"}
_XML_TYPES = {"application/xml", "text/xml"}
_MARKDOWN_TYPES = {"text/markdown", "text/x-markdown"}


class FeedFound(InputError):
    """The address is an RSS/Atom feed, not an article: ``content`` holds the feed's bytes."""

    def __init__(self, url: str, content: bytes):
        super().__init__(
            "this address is an RSS/Atom feed, not an article",
            source=url,
            hint="read it with read_url() or read_inputs(), which read every item",
        )
        self.url = url
        self.content = content


@dataclass
class Download:
    """What a GET returned: the final URL, the body and its media type."""

    url: str
    content: bytes
    media_type: str
    charset: str | None


def make_client(*, transport: httpx.BaseTransport | None = None, timeout: float = 20.0) -> httpx.Client:
    """The HTTP client every fetch uses: redirects followed, our User-Agent."""
    return httpx.Client(transport=transport, timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})


def download(url: str, *, client: httpx.Client, timeout: float = 20.0, max_bytes: int = MAX_BYTES) -> Download:
    """GET ``url`` within ``timeout`` seconds and ``max_bytes`` bytes, or raise FetchError."""
    too_slow = FetchError(f"timed out after {timeout:g} s", source=url, hint="check the address or try again later")
    too_large = FetchError(
        f"the response is larger than {max_bytes:,} bytes",
        source=url,
        hint="save the article's text to a .txt/.md file and read that instead",
    )
    started = time.monotonic()
    try:
        with client.stream("GET", url, timeout=timeout) as response:
            if response.status_code >= 400:
                raise _status_error(url, response)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise too_large
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise too_large
                if time.monotonic() - started > timeout:
                    raise too_slow
                chunks.append(chunk)
            content_type = response.headers.get("content-type", "")
            return Download(
                url=str(response.url),
                content=b"".join(chunks),
                media_type=content_type.split(";")[0].strip().lower(),
                charset=response.charset_encoding,
            )
    except httpx.TimeoutException as exc:
        raise too_slow from exc
    except httpx.ConnectError as exc:
        raise FetchError(
            f"could not connect ({exc})", source=url, hint="check the address and your network connection"
        ) from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(
            "too many redirects", source=url, hint="open the address in a browser to see where it leads"
        ) from exc
    except (httpx.UnsupportedProtocol, httpx.InvalidURL, ValueError) as exc:  # ValueError: httpx's cookie jar
        raise FetchError(
            f"not a valid web address ({exc})", source=url, hint="give an http:// or https:// URL"
        ) from exc
    except httpx.HTTPError as exc:
        raise FetchError(
            f"the download failed ({exc})", source=url, hint="check the address or try again later"
        ) from exc


def fetch(
    url: str,
    *,
    client: httpx.Client | None = None,
    transport: httpx.BaseTransport | None = None,
    timeout: float = 20.0,
    max_bytes: int = MAX_BYTES,
) -> SourceDocument:
    """Fetch one article (HTML, Markdown or plain text). A feed raises FeedFound: read it with ``read_url``."""
    if client is None:
        with make_client(transport=transport, timeout=timeout) as own:
            return fetch(url, client=own, timeout=timeout, max_bytes=max_bytes)
    got = download(url, client=client, timeout=timeout, max_bytes=max_bytes)
    doc = _document(url, got)
    doc.meta["content_type"] = got.media_type
    if got.url != url:
        doc.meta["final_url"] = got.url
    return doc


def read_url(
    url: str,
    *,
    client: httpx.Client | None = None,
    transport: httpx.BaseTransport | None = None,
    timeout: float = 20.0,
    max_bytes: int = MAX_BYTES,
) -> Iterator[SourceDocument | InputError]:
    """Yield the article at ``url``, or every item of the feed at ``url``.

    An item whose page cannot be read is yielded as its InputError (its ``source`` is the item's link);
    a failure of ``url`` itself is raised.
    """
    with ExitStack() as stack:
        if client is None:
            client = stack.enter_context(make_client(transport=transport, timeout=timeout))
        try:
            doc = fetch(url, client=client, timeout=timeout, max_bytes=max_bytes)
        except FeedFound as feed:
            item_fetch = partial(fetch, client=client, timeout=timeout, max_bytes=max_bytes)
            yield from read_feed(feed.content, feed.url, fetch=item_fetch)
            return
        yield doc


def _document(url: str, got: Download) -> SourceDocument:
    media, content = got.media_type, got.content
    if media in _FEED_TYPES or looks_like_feed(content):
        raise FeedFound(got.url, content)
    if media in _HTML_TYPES or (media not in _MARKDOWN_TYPES and looks_like_html(content)):
        return read_html(content, url, url=got.url)
    if media in _XML_TYPES:
        raise InputError("the address returned XML that is not an RSS/Atom feed", source=url, hint=_GIVE_ARTICLE)
    if media and not media.startswith("text/") and media != "application/octet-stream":
        raise InputError(f"the address returned {media}, not an article", source=url, hint=_GIVE_ARTICLE)
    path = urlsplit(got.url).path.lower()
    kind = "markdown" if media in _MARKDOWN_TYPES or path.endswith((".md", ".markdown")) else "text"
    doc = read_text(decode(content, url, got.charset), url, kind=kind)
    doc.url = doc.url or got.url
    return doc


def _status_error(url: str, response: httpx.Response) -> FetchError:
    status = f"HTTP {response.status_code} {response.reason_phrase}".strip()
    if response.status_code == 404 or response.status_code == 410:
        hint = "the page does not exist: check the address"
    elif response.status_code in (401, 403):
        hint = "the site refuses access: save the page from a browser and read the saved file"
    elif response.status_code >= 500:
        hint = "the server failed: try again later"
    else:
        hint = "check the address"
    return FetchError(f"the server answered {status}", source=url, hint=hint)


_GIVE_ARTICLE = "give the address of an HTML page, a text file or an RSS/Atom feed"
