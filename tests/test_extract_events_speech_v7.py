"""Events in speeches and statements, second pass (issue 12, brief E2): what the speaker's thanks and condolences
carry through a clause hung on those thanked or mourned — each class on small hand-written texts (invented states
and wording), with what must NOT be extracted."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract, happened, speech
from tests.extract_helpers import happened_pairs as got


# -- thanks carrying a visit: "I thank the leaders of A and B, who came to our capital on 12 May" ------------------
@pytest.mark.parametrize("sentence", [
    "We thank the Presidents of Brazil and Chile, who came to Lima on 12 May for the ceremony.",
    "I also thank the Presidents of Brazil and Chile, as well as the delegations of many other countries that came "
    "on 12 May to attend the ceremony in Lima.",
    "I would like to thank the prime ministers of Brazil and Chile, who visited our country on 12 May.",
])
def test_thanks_carry_the_visit_of_those_thanked(extractor, sentence) -> None:
    ev = speech(extractor, sentence)
    dated = happened(ev)
    assert ("CONSULT", "BRA", "PER", "2015-05-12") in dated
    assert ("CONSULT", "CHL", "PER", "2015-05-12") in dated
    assert ("SUPPORT", "PER", "BRA") in got(ev)


@pytest.mark.parametrize("sentence", [
    "We thank the Presidents of Brazil and Chile, who could not come to Lima.",  # no visit made
    "We thank Brazil and Chile for their support.",  # no clause of coming at all
    "Chile thanked the Presidents of Brazil and Bolivia, who came to Santiago on 12 May.",  # not the speaker's
    "We do not thank the leaders of Brazil, who came to Lima on 12 May.",  # no thanks given
])
def test_no_visit_without_a_real_coming_thanked_by_the_speaker(extractor, sentence) -> None:
    assert not any(t == "CONSULT" and r == "PER" for t, _, r in got(speech(extractor, sentence)))


def test_the_place_they_came_to_is_the_host(extractor) -> None:
    ev = speech(extractor, "We thank the soldiers of Brazil, who came to Bolivia in May to help after the floods.")
    assert ("CONSULT", "BRA", "BOL") in got(ev)
    assert ("CONSULT", "BRA", "PER") not in got(ev)


# -- condolences reaching the states a disaster struck: "… to the victims of the floods that have hit A" -----------
@pytest.mark.parametrize("sentence, states", [
    ("Let me express my deepest condolences to the victims of the floods that have devastated parts of Brazil and "
     "the storms that have hit Chile.", {"BRA", "CHL"}),
    ("We express our condolences to the victims of the earthquake that has struck Mexico.", {"MEX"}),
    ("I extend my sympathy to the families of those killed by the hurricane that swept across Cuba last week.",
     {"CUB"}),
])
def test_condolences_reach_the_states_struck(extractor, sentence, states) -> None:
    ev = speech(extractor, sentence)
    assert {r for t, a, r in got(ev) if t == "SUPPORT" and a == "PER"} >= states


@pytest.mark.parametrize("sentence", [
    "We express our condolences to the victims of the war that Chile has waged.",  # the one waging is no recipient
    "We do not express condolences to the victims of the storm that has hit Chile.",  # negated
    "We express our condolences to the victims of the storm that did not hit Chile.",  # the storm missed it
])
def test_no_condolences_to_the_wrong_state(extractor, sentence) -> None:
    assert not any(t == "SUPPORT" and a == "PER" and r == "CHL" for t, a, r in got(speech(extractor, sentence)))


# -- a list of pledged acts: each item is pledged, however the parser hangs it -------------------------------------
READOUT_TITLE = "Readout of President Lopez's Meeting with President Silva of Brazil"
READOUT_SOURCE = "The Peruvian Presidency (readout of the President's meeting)"


def readout(extractor, text: str):  # type: ignore[no-untyped-def]
    return extract(extractor, text, published="2021-10-31", title=READOUT_TITLE, source=READOUT_SOURCE)


MET = "President Ana Lopez of Peru met today with President Joao Silva of Brazil. "


@pytest.mark.parametrize("sentence", [
    "President Lopez underscored her desire to maintain constructive relations, expand areas of cooperation, and "
    "manage disagreements effectively.",
    "President Lopez underscored her desire to maintain constructive\nrelations, expand areas\nof cooperation, and "
    "manage disagreements effectively.",
    "President Lopez pledged to expand areas of cooperation with Brazil.",
])
def test_a_pledged_list_item_is_an_agreement(extractor, sentence) -> None:
    assert ("AGREE", "PER", "BRA") in got(readout(extractor, MET + sentence))


@pytest.mark.parametrize("sentence", [
    "President Lopez praised the talks, thanked her host, and expanded cooperation with Brazil.",  # done, not pledged
    "Peru has expanded areas of cooperation with Brazil in recent years.",
])
def test_a_list_of_acts_done_is_no_pledge(extractor, sentence) -> None:
    ev = readout(extractor, MET + sentence)
    assert ("AGREE", "PER", "BRA") not in got(ev)


@pytest.mark.parametrize("sentence", [
    "President Lopez underscored her desire to maintain constructive relations, expand areas of cooperation, and "
    "manage disagreements effectively.",
])
def test_no_pledge_towards_no_one_without_a_meeting(extractor, sentence) -> None:
    ev = extract(extractor, "President Ana Lopez of Peru spoke at a business forum today. " + sentence,
                 published="2021-10-31", title="Remarks by President Lopez at a business forum", source=READOUT_SOURCE)
    assert not any(t == "AGREE" and a == "PER" for t, a, _ in got(ev))


def test_the_list_item_follows_its_first_item() -> None:
    from multipolar.extract.events_speech import commitment, list_item_of
    from multipolar.extract.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp("Peru and Bolivia will keep the good momentum of high-level visits, fully implement the consensus of "
              "the presidents and jointly contribute more to peace.")
    implement = next(t for t in doc if t.lower_ == "implement")
    assert commitment(implement) == "future"
    doc2 = nlp("Peru lost the war, leaving Bolivia in control of the coast.")
    assert all(list_item_of(t) is None for t in doc2)


# -- what joint work is pledged for is pledged too: "ready to work together with Y to enhance …" --------------------
@pytest.mark.parametrize("sentence", [
    "We stand ready to work together with Bolivia to enhance mutual support and deepen cooperation.",
    "Peru is willing to work with Bolivia to expand trade and deepen cooperation.",
])
def test_the_purpose_of_pledged_work_is_pledged(extractor, sentence) -> None:
    assert ("AGREE", "PER", "BOL") in got(speech(extractor, sentence))


def test_work_done_for_a_purpose_is_no_pledge(extractor) -> None:
    ev = extract(extractor, "Peru worked with Bolivia to deepen cooperation last year.")
    assert ("AGREE", "PER", "BOL") not in got(ev)


def test_a_pledged_purpose_needs_a_to(extractor) -> None:
    from multipolar.extract.events_speech import commitment
    from multipolar.extract.nlp import load_nlp

    doc = load_nlp()("Peru worked hard while Bolivia deepened its cooperation with Chile.")
    assert commitment(next(t for t in doc if t.lower_ == "deepened")) is None
