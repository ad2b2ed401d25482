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


#: an expected claim: (measure, subject, partner or None = any, value, unit, period or None = any)
ClaimExp = tuple[str, "str | None", "str | None", float, str, "str | None"]


def claims_of(extractor, text: str, published: str | None) -> list:  # type: ignore[no-untyped-def]
    return list(extract(extractor, text, published=published).claims)


def claim_matches(c, e: ClaimExp) -> bool:  # type: ignore[no-untyped-def]
    measure, subject, partner, value, unit, period = e
    return (c.measure == measure and c.subject == subject and c.unit == unit and
            (partner is None or c.partner == partner) and (period is None or c.period == period) and
            abs(c.value - value) <= 0.02 * abs(value))


def check_claims(got: list, exp: list[ClaimExp]) -> None:  # type: ignore[type-arg]
    """Exactly the expected claims, each matched once."""
    keys = [(c.measure, c.subject, c.partner, c.value, c.unit, c.period) for c in got]
    assert len(got) == len(exp), keys
    left = list(got)
    for e in exp:
        hit = next((c for c in left if claim_matches(c, e)), None)
        assert hit is not None, (e, keys)
        left.remove(hit)


#: a UN speech by Peru's president, for the speaker's acts
SPEECH_TITLE = ("Peru: statement in the General Debate of the 70th session of the UN General Assembly (Ana Lopez, "
                "President)")
SPEECH_SOURCE = "Ana Lopez, President of Peru (UN General Assembly, 70th session General Debate)"


def speech(extractor, text: str, published: str = "2015-09-28"):  # type: ignore[no-untyped-def]
    """``text`` as a UN speech by Peru's president."""
    return extract(extractor, text, published=published, title=SPEECH_TITLE, source=SPEECH_SOURCE)


def happened_pairs(ev) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(type, actor, recipient) of every event that happened."""
    return {(t, a, r) for t, a, r, _ in happened(ev)}


def pairs_said(extractor, text: str, speaker: str | None = None,  # type: ignore[no-untyped-def]
               published: str = "2023-05-10") -> set[tuple[str, str, str]]:
    """(type, actor, recipient) of every event that happened in ``text``: a UN speech by ``speaker``'s state when one
    is given, else a news item."""
    title = f"{speaker}: statement in the General Debate of the UN General Assembly" if speaker else "World news"
    source = f"President of {speaker} (UN General Assembly General Debate)" if speaker else "Reuters"
    return happened_pairs(extract(extractor, text, published=published, title=title, source=source))


def stances_said(extractor, text: str, speaker: str | None = None,  # type: ignore[no-untyped-def]
                 published: str = "2024-10-01") -> set[tuple]:  # type: ignore[type-arg]
    """(holder, issue, target, polarity) of every stance in ``text``: a UN speech by ``speaker``'s state when one is
    given, else a news item (as ``pairs_said``)."""
    title = f"{speaker}: statement in the General Debate of the UN General Assembly" if speaker else "World news"
    source = f"President of {speaker} (UN General Assembly General Debate)" if speaker else "Reuters"
    return {(s.holder, s.issue, s.target, s.polarity)
            for s in extract(extractor, text, published=published, title=title, source=source).stances}
