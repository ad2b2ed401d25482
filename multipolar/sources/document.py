"""The record every article reader produces."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class SourceDocument:
    """A document read from a file, URL or feed item, before extraction.

    ``text`` is the document text exactly as read (UTF-8 decoded, nothing
    stripped): every span the extractor reports is an offset into it.
    """

    text: str
    origin: str  # the path or URL it was read from
    kind: str  # "markdown", "text", "html", "url", "feed-item"
    title: str | None = None
    published: str | None = None  # ISO date at the precision given: YYYY, YYYY-MM or YYYY-MM-DD
    url: str | None = None
    source: str | None = None  # publisher / outlet
    author: str | None = None
    body_start: int = 0  # offset where the body starts (after front matter)
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        """A stable id: the first 16 hex digits of the text's sha256."""
        return self.sha256[:16]
