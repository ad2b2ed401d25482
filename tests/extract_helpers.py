"""Helpers for the rule tests: a hand-written text read by the extractor, and the events that happened."""

from __future__ import annotations

from multipolar.sources.document import SourceDocument


def extract(extractor, text: str, published: str | None = "2019-11-05", title: str | None = None,
            source: str | None = None, url: str | None = None):  # type: ignore[no-untyped-def]
    doc = SourceDocument(text=text, origin="test", kind="text", published=published, title=title, source=source,
                         url=url)
    return extractor.extract(doc)


def happened(ev) -> set[tuple[str, str, str, str | None]]:  # type: ignore[no-untyped-def]
    """(type, actor, recipient, date) of every event reported as having happened, one per state pair."""
    return {(e.type, a, r, e.date) for e in ev.events if not (e.negated or e.hypothetical)
            for a in e.actors for r in e.recipients if a != r}
