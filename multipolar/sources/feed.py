"""RSS and Atom feeds: one document per item, read from the page the item links to."""

from __future__ import annotations

import html
import io
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import feedparser

from multipolar.errors import InputError
from multipolar.sources.document import SourceDocument
from multipolar.sources.limits import read_document_bytes
from multipolar.sources.text import iso_date

Fetch = Callable[[str], SourceDocument]

_FEED_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:(?:<\?[^>]*\?>|<!--.*?-->|<!doctype[^>]*>)\s*)*<(?:rss|feed|rdf:rdf)\b", re.I | re.S
)


def looks_like_feed(data: bytes) -> bool:
    """Whether the bytes start like an RSS, RDF or Atom document."""
    return bool(_FEED_START.match(data[:4096]))


def read_feed(data: bytes, origin: str, *, fetch: Fetch | None = None) -> Iterator[SourceDocument | InputError]:
    """Yield one document per item, or the InputError of an item whose page could not be read.

    ``fetch`` reads an item's link; when it fails, the item's own content or summary is used if it has
    any (kind "feed-item", the error kept in ``meta["fetch_error"]``). A feed that cannot be parsed
    raises InputError.
    """
    try:
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - feedparser's loose parser raises on some markup (e.g. "&#xD800;")
        raise InputError(
            f"not an RSS or Atom feed that can be parsed ({type(exc).__name__}: {exc})",
            source=origin,
            hint="give the address of a feed, an article page or a text file",
        ) from None
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise InputError(
            "not an RSS or Atom feed" + (f" ({reason})" if reason else ""),
            source=origin,
            hint="give the address of a feed, an article page or a text file",
        )
    feed_title = _text(parsed.feed.get("title"))
    seen: set[str] = set()
    for number, entry in enumerate(parsed.entries, start=1):
        link = _text(entry.get("link"))
        if link and origin.startswith(("http://", "https://")):
            link = urljoin(origin, link)
        if link in seen:
            continue
        if link:
            seen.add(link)
        where = link or f"{origin}#item-{number}"
        doc: SourceDocument | None = None
        if link and fetch is not None:
            try:
                doc = fetch(link)
            except InputError as exc:
                doc = _item_document(entry, where, link)
                if doc is None:
                    yield exc
                    continue
                doc.meta["fetch_error"] = str(exc)
        else:
            doc = _item_document(entry, where, link)
            if doc is None:
                yield InputError(f"feed item {number} has neither a readable link nor text", source=origin)
                continue
        _fill(doc, entry, link, feed_title, origin)
        yield doc


def read_feed_file(path: Path, *, fetch: Fetch | None = None) -> Iterator[SourceDocument | InputError]:
    """Read a saved .xml/.rss/.atom feed; items' links are read with ``fetch``."""
    try:
        data = read_document_bytes(path)
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", source=str(path), hint="check the path") from exc
    return read_feed(data, str(path), fetch=fetch)


def _item_document(entry: Any, origin: str, link: str | None) -> SourceDocument | None:
    """A document from the item's own content (or summary), or None when it has no text."""
    for part in [*entry.get("content", []), entry.get("summary_detail")]:
        if not part or not _text(part.get("value")):
            continue
        value = str(part["value"])
        text = _html_to_text(value) if "html" in str(part.get("type", "")) else value.strip()
        if text:
            return SourceDocument(text=text, origin=origin, kind="feed-item", url=link)
    return None


def _fill(doc: SourceDocument, entry: Any, link: str | None, feed_title: str | None, feed: str) -> None:
    """Fill what the page lacks from the item: title, date, link, author, and the feed's title as source."""
    doc.title = doc.title or _text(entry.get("title"))
    doc.published = doc.published or _entry_date(entry)
    doc.url = doc.url or link
    doc.author = doc.author or _text(entry.get("author"))
    doc.source = doc.source or feed_title
    doc.meta.setdefault("feed", feed)


def _entry_date(entry: Any) -> str | None:
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
        if entry.get(key):
            return iso_date(str(entry[key]))
    return None


def _html_to_text(fragment: str) -> str:
    text = re.sub(r"(?i)<br\s*/?>", "\n", fragment)
    text = re.sub(r"(?i)</(?:p|div|h[1-6]|li|blockquote|tr|pre)\s*>", "\n\n", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None
