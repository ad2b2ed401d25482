"""rules.v28 (issue 12), on small hand-written texts; the first test fails on the code of rules.v27 (120f4bb), the
others are guards. An act whose subject stands for those at a meeting the same sentence told ("I met President
Lula, and we agreed to …", "… hosted the leaders in Avaza, where we agreed …") is towards the others who were there.
Also the reader's ``EventStage.chooser`` hook (used by ``bench/learned_roles.py``): unset, the reader drops an event
it finds no participant for; set, what it returns completes the event."""

from __future__ import annotations

from typing import Any

from multipolar.extract.events import EventStage
from tests.extract_helpers import extract, happened_pairs, speech

_NEWS = {"title": "World news", "source": "Reuters"}


def test_we_after_a_meeting_in_the_same_sentence_are_those_who_met(extractor: Any) -> None:
    ev = speech(extractor, "In August I travelled to Brasilia and met President Lula, and we agreed to revive our "
                           "economic cooperation.")
    assert ("AGREE", "PER", "BRA") in happened_pairs(ev), happened_pairs(ev)


def test_a_named_subject_at_a_meeting_acts_towards_no_one_there(extractor: Any) -> None:  # guard
    ev = extract(extractor, "In November, at its meeting in Paris, the United States pledged $80 million to help "
                            "Moldova through the winter.", published="2023-05-02", **_NEWS)
    assert not {p for p in happened_pairs(ev) if p[0] == "AGREE" and p[2] == "FRA"}, happened_pairs(ev)


def test_a_meeting_in_another_sentence_is_not_this_one(extractor: Any) -> None:  # guard
    ev = extract(extractor, "Kazakhstan's President met Xi Jinping in Astana on Tuesday. Separately, officials said "
                            "they agreed to reopen the border crossing.", published="2023-05-02", **_NEWS)
    assert not {p for p in happened_pairs(ev) if p[0] == "AGREE"}, happened_pairs(ev)


def test_the_chooser_hook_completes_a_dropped_event_only_when_set(extractor: Any) -> None:
    text = "Armenia and Azerbaijan exchanged fire on the border. Officials later agreed to a truce."
    seen: list[tuple[str, list[str], list[str]]] = []

    def chooser(stage: Any, ctx: Any, tok: Any, head: Any, kind: str, sent: Any, actors: list[str],
                recipients: list[str]) -> tuple[list[str], list[str]] | None:
        seen.append((kind, actors, recipients))
        return (["ARM"], ["AZE"]) if tok.lemma_ == "agree" else None

    before = happened_pairs(extract(extractor, text, published="2023-05-02", **_NEWS))
    EventStage.chooser = staticmethod(chooser)
    try:
        after = happened_pairs(extract(extractor, text, published="2023-05-02", **_NEWS))
    finally:
        EventStage.chooser = None
    assert ("AGREE", "ARM", "AZE") not in before and ("AGREE", "ARM", "AZE") in after, (before, after)
    assert any(kind == "AGREE" for kind, _, _ in seen), seen
    assert happened_pairs(extract(extractor, text, published="2023-05-02", **_NEWS)) == before
