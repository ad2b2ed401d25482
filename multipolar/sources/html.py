"""HTML articles: main text and metadata through trafilatura."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import trafilatura

from multipolar.errors import InputError
from multipolar.sources.document import SourceDocument
from multipolar.sources.limits import read_document_bytes
from multipolar.sources.text import iso_date

_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAG = re.compile(rb"<(?:html|head|body|article|div|p|title|meta)\b", re.I)


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes look like an HTML page rather than text or a feed."""
    head = data[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAG.findall(head)) >= 3


def read_html(data: bytes | str, origin: str, *, url: str | None = None) -> SourceDocument:
    """Read an HTML page: ``text`` is its extracted main text; ``url`` is where it came from, if anywhere."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if not raw.strip():
        raise InputError("the document is empty", source=origin, hint="give a file or page with the article's text")
    try:
        found = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup
        raise InputError(f"could not parse the HTML ({exc})", source=origin, hint=_SAVE_AS_TEXT) from exc
    text = getattr(found, "text", None) or ""
    if not text.strip():
        raise InputError("no main text found in the HTML", source=origin, hint=_SAVE_AS_TEXT)
    doc = SourceDocument(
        text=text,
        origin=origin,
        kind="html",
        title=_clean(getattr(found, "title", None)),
        published=iso_date(getattr(found, "date", None)),
        url=_clean(getattr(found, "url", None)) or url,
        source=_clean(getattr(found, "sitename", None)),
        author=_clean(getattr(found, "author", None)),
    )
    doc.meta["html_sha256"] = hashlib.sha256(raw).hexdigest()
    for key in ("hostname", "description", "language"):
        value = _clean(getattr(found, key, None))
        if value:
            doc.meta[key] = value
    return doc


def read_html_file(path: Path) -> SourceDocument:
    """Read a saved .html/.htm page."""
    try:
        data = read_document_bytes(path)
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", source=str(path), hint="check the path") from exc
    return read_html(data, str(path))


_SAVE_AS_TEXT = "save the article's text as .txt/.md instead"


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return re.sub(r"\s+", " ", value).strip() or None
