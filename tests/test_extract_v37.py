"""rules.v37 (issue 12), on small hand-written texts; every test but the guards fails on the code of rules.v36
(568776e). Stances: a truce, a peace, aid let through or non-interference whose phrase names no one is about the state
the sentence names as the conflict's place or party ("no military solution to the Afghan conflict", "we call on
Armenia to …"), or, when the sentence names no other state, the one the sentence before named ("… Yemen. We call
for an immediate ceasefire"); never the speaker, a place of meeting, a mediator or a helper, and no one when two are
called on alike. Events: leaders who joined one another to announce something met, and "the leaders" after it are
they; a hostile act told in the passive without its doer, right after the same kind of act on the same state, is
that doer's. Guards keep what must not change."""

from __future__ import annotations

from typing import Any

import pytest

from multipolar.sources.document import SourceDocument
from tests.extract_helpers import extract, happened, pairs_said


def _stances(extractor: Any, text: str, speaker: str | None = "Iran") -> set[tuple[Any, ...]]:
    title = f"{speaker}: statement in the General Debate of the UN General Assembly" if speaker else "World news"
    source = f"President of {speaker} (UN General Assembly General Debate)" if speaker else "Reuters"
    doc = SourceDocument(text=text, origin="test", kind="text", published="2019-09-25", title=title, source=source)
    return {(s.holder, s.issue, s.target, s.polarity) for s in extractor.extract(doc).stances}


def _targets(extractor: Any, text: str, issue: str, speaker: str | None = "Iran") -> set[Any]:
    return {t for h, i, t, p in _stances(extractor, text, speaker) if i == issue}


# -- the state the sentence names as the conflict's place or party ----------------------------------------------------
def test_peace_in_a_conflict_named_by_its_demonym(extractor: Any) -> None:
    got = _targets(extractor, "We are convinced that there is no military solution to the Afghan conflict.",
                   "peace_agreement", "Turkmenistan")
    assert got == {"AFG"}, got


def test_guard_peace_in_a_state_named_by_in(extractor: Any) -> None:
    got = _targets(extractor, "In Syria, we support a political process under resolution 2254.", "peace_agreement",
                   "Turkey")
    assert got == {"SYR"}, got


def test_a_truce_asked_of_the_state_called_on(extractor: Any) -> None:
    got = _targets(extractor, "We call on the Government of Myanmar to stop the violence and agree to a ceasefire.",
                   "ceasefire", "Qatar")
    assert got == {"MMR"}, got


def test_the_sentence_before_names_the_conflict(extractor: Any) -> None:
    text = "Yemen has suffered four years of war and blockade. We call for an immediate ceasefire."
    got = _targets(extractor, text, "ceasefire")
    assert got == {"YEM"}, got


def test_aid_let_through_in_the_state_the_sentence_before_named(extractor: Any) -> None:
    text = ("The humanitarian situation in Afghanistan is dire. We call on all parties to allow humanitarian "
            "organisations unhindered access to all those in need.")
    got = _targets(extractor, text, "humanitarian_access", "Tajikistan")
    assert got == {"AFG"}, got


# -- a mediator is no target; guards: no broker, no interferer, no pair, not across a paragraph ----------------------
def test_a_mediator_is_not_the_target(extractor: Any) -> None:
    text = "We welcome the ceasefire agreed through the mediation of the Russian Federation."
    got = _targets(extractor, text, "ceasefire", "Armenia")
    assert "RUS" not in got, got


@pytest.mark.parametrize(("text", "issue", "speaker", "wrong"), [
    ("The two sides agreed to a full ceasefire after talks mediated by the United States.", "ceasefire", "Pakistan",
     "USA"),  # a broker
    ("We call on Iran to build its relations with its neighbours on the principle of non-interference.",
     "non_interference", "Kuwait", "IRN"),  # the one called on not to interfere
    ("Yemen has suffered four years of war.\n\nWe call for an immediate ceasefire.", "ceasefire", "Iran", "YEM"),
])  # (the last: not across a paragraph)
def test_guard_no_target_from_a_broker_an_interferer_or_another_paragraph(extractor: Any, text: str, issue: str,
                                                                           speaker: str, wrong: str) -> None:
    got = _targets(extractor, text, issue, speaker)
    assert wrong not in got, got


def test_guard_two_called_on_alike_give_no_one_target(extractor: Any) -> None:
    got = _targets(extractor, "We urge Russia and Ukraine to agree to an early ceasefire.", "ceasefire", "Pakistan")
    assert got <= {None}, got


def test_guard_a_target_the_phrase_names_stays(extractor: Any) -> None:
    text = "Libya has suffered for years. We call for a ceasefire in Yemen."
    got = _targets(extractor, text, "ceasefire")
    assert got == {"YEM"}, got


# -- events: leaders who joined one another to announce something met -------------------------------------------------
_JOINED = ("Today, President Biden joined Prime Minister Modi of India, President Macron of France and Chancellor "
           "Scholz of Germany to announce a new economic corridor. The leaders signed a Memorandum of Understanding "
           "under which their governments commit to work together.")


def test_the_leaders_after_joining_to_announce_are_those_who_joined(extractor: Any) -> None:
    got = pairs_said(extractor, _JOINED, None, published="2023-09-09")
    assert {("SUPPORT", "USA", "IND"), ("SUPPORT", "FRA", "USA"), ("AGREE", "DEU", "USA")} <= got, got


def test_guard_joining_in_an_act_is_no_meeting(extractor: Any) -> None:
    text = ("Last year, Chile joined Argentina, Canada and Peru in referring the situation in Venezuela to the "
            "International Criminal Court. The leaders signed a memorandum.")
    got = pairs_said(extractor, text, None, published="2019-09-25")
    assert not any(t == "SUPPORT" and a == "CHL" and r in ("ARG", "CAN", "PER") for t, a, r in got), got


# -- events: an act told without its doer, right after the same kind of act -------------------------------------------
def test_an_agentless_capture_after_a_seizure_is_the_seizers(extractor: Any) -> None:
    text = ("Russian forces opened fire on and seized three Ukrainian navy vessels off the coast of Crimea. Two small "
            "Ukrainian gunboats and a tug were captured on Sunday night after a dramatic chase.")
    got = happened(extract(extractor, text, published="2018-11-26"))
    assert ("COERCE", "RUS", "UKR", "2018-11-25") in got, got


def test_guard_an_agentless_act_with_no_such_act_before_has_no_doer(extractor: Any) -> None:
    text = ("Russia and Ukraine signed a grain deal in Istanbul. Two Ukrainian gunboats were captured on Sunday night "
            "after a dramatic chase.")
    got = happened(extract(extractor, text, published="2018-11-26"))
    assert not any(t in ("COERCE", "ASSAULT") for t, *_ in got), got
