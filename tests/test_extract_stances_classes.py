"""Stances: paraphrased issues, holders inside noun phrases, breaches named, topics that are no position."""

from __future__ import annotations

import pytest

from multipolar.sources.document import SourceDocument


def stances(extractor, text: str, speaker: str | None = None):  # type: ignore[no-untyped-def]
    doc = SourceDocument(text=text, origin="test", kind="text", published="2021-05-17",
                         title="Statement" if speaker else None, source=speaker)
    return {(s.holder, s.issue, s.target, s.polarity) for s in extractor.extract(doc).stances}


# -- paraphrase: the issue worded otherwise --------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "issue"), [
    ("Chile urged a halt to hostilities.", "ceasefire"),
    ("Chile called for a cessation of hostilities.", "ceasefire"),
    ("Chile demanded an end to the fighting.", "ceasefire"),
    ("Chile called on both armies to lay down their arms.", "ceasefire"),
    ("Chile supports a durable peace in the region.", "peace_agreement"),
    ("Chile backs a lasting settlement between the two neighbours.", "peace_agreement"),
    ("Chile favours a diplomatic solution to the conflict.", "peace_agreement"),
    ("Chile welcomed the peace talks.", "peace_agreement"),
    ("Chile called for unimpeded access for aid convoys.", "humanitarian_access"),
    ("Chile defends freedom of the press.", "human_rights"),
    ("Chile respects the inviolability of the borders of Peru.", "territorial_integrity"),
])
def test_paraphrased_issues(extractor, text: str, issue: str) -> None:
    assert any(h == "CHL" and i == issue and p == "support" for h, i, _, p in stances(extractor, text))


def test_a_diplomatic_solution_of_anything_is_not_a_peace_agreement(extractor) -> None:
    got = stances(extractor, "Chile wants a diplomatic solution to the tariff question.")
    assert not any(i == "peace_agreement" for _, i, _, _ in got)


# -- holders inside noun phrases ----------------------------------------------------------------------------------
def test_possessive_stance_noun_with_their(extractor) -> None:
    got = stances(extractor, "The presidents of Chile and Peru reiterated their condemnation of Bolivia's illegal "
                             "annexation of Paraguayan territory.")
    assert ("CHL", "territorial_integrity", "PRY", "support") in got
    assert ("PER", "territorial_integrity", "PRY", "support") in got
    assert not any(h == "BOL" for h, *_ in got)  # what Bolivia did is an event, not a position it stated


def test_demonym_on_a_stance_noun(extractor) -> None:
    got = stances(extractor, "Chile has benefitted from Peruvian support of its territorial integrity.")
    assert ("PER", "territorial_integrity", "CHL", "support") in got


def test_its_support_is_the_last_owner_named(extractor) -> None:
    got = stances(extractor, "The NATO summit passed a declaration reaffirming its support of Ukraine's "
                             "Euro-Atlantic integration.")
    assert ("NATO", "nato_membership", "UKR", "support") in got


def test_thanked_for_its_role(extractor) -> None:
    got = stances(extractor, "We thanked Peru for its role in the peace process.",
                  speaker="Gabriel Boric, President of Chile")
    assert ("PER", "peace_agreement", None, "support") in got
    assert ("CHL", "peace_agreement", None, "support") in got


def test_a_call_is_the_callers_position(extractor) -> None:
    got = stances(extractor, "Lima has called for both sides to stop the fighting.")
    assert got == {("PER", "ceasefire", None, "support")}


def test_a_hope_about_another_state_is_the_speakers(extractor) -> None:
    got = stances(extractor, "I hope that Bolivia will finally respect the ceasefire agreement.",
                  speaker="Gabriel Boric, President of Chile")
    # (the speaker's; since rules.v37 about the state hoped to respect it)
    assert ("CHL", "ceasefire", "BOL", "support") in got
    assert not any(h == "BOL" for h, *_ in got)


def test_a_list_of_holders(extractor) -> None:
    got = stances(extractor, "France, Germany and Italy have urged a ceasefire.")
    assert {h for h, *_ in got} == {"FRA", "DEU", "ITA"}


# -- negatively framed issues ----------------------------------------------------------------------------------------
def test_never_accepting_a_breach_is_support(extractor) -> None:
    got = stances(extractor, "Chile will never accept the occupation of its territory.")
    assert ("CHL", "territorial_integrity", "CHL", "support") in got
    assert not any(p == "oppose" and h == "CHL" for h, _, _, p in got)


def test_condemning_violations_is_support(extractor) -> None:
    got = stances(extractor, "Chile condemned violations of the ceasefire by Bolivia.")
    assert got == {("CHL", "ceasefire", None, "support")}


def test_disputing_is_opposing(extractor) -> None:
    got = stances(extractor, "Turkey fiercely disputes the term genocide for the 1915 massacre of Armenians.")
    assert got == {("TUR", "armenian_genocide_recognition", None, "oppose")}


def test_the_agent_of_an_annexation_holds_no_support(extractor) -> None:
    got = stances(extractor, "Bolivia's annexation of Paraguayan land continues.")
    assert not any(p == "support" and h == "BOL" for h, _, _, p in got)
    got = stances(extractor, "Bolivia continues its occupation of Paraguayan land.")
    assert not any(h == "BOL" for h, *_ in got)  # a deed told by another, no stated position (rules.v6b)


# -- a mere topic mention is not a stance --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The leaders discussed humanitarian assistance to refugees in Chile.",
    "Chile's trade with Peru reached $1 billion in 2019.",
    "Q: Does Chile support a ceasefire between the two countries?",
    "Peru said the dispute in Chile was a human rights issue.",
])
def test_topic_mentions_are_no_stance(extractor, text: str) -> None:
    assert stances(extractor, text) == set()


# -- sanctions on a named state ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("The European Union imposed new sanctions on Russia in March.", ("EU", "sanctions_on_russia", "RUS", "support")),
    ("Chile has called for lifting the sanctions against Iran.", ("CHL", "sanctions_on_iran", "IRN", "oppose")),
    ("The EU has threatened possible sanctions against Ankara.", ("EU", "sanctions_on_turkey", "TUR", "support")),
    ("Canada has sanctioned Belarusian banks.", ("CAN", "sanctions_on_belarus", "BLR", "support")),
])
def test_sanctions_on_the_state_named(extractor, text: str, want: tuple[str, str, str, str]) -> None:
    assert stances(extractor, text) == {want}


def test_members_named_in_a_relative_clause_are_not_holders(extractor) -> None:
    got = stances(extractor, "The European Union, which counts France as a member, imposed sanctions on Iran.")
    assert got == {("EU", "sanctions_on_iran", "IRN", "support")}


# -- economic ties worded otherwise ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("Belarus wants closer economic integration with Russia.", ("BLR", "economic_ties_with_russia")),
    ("Peru seeks pragmatic relations with China.", ("PER", "economic_ties_with_china")),
    ("Kenya praised the Belt and Road Initiative.", ("KEN", "economic_ties_with_china")),
])
def test_economic_ties_paraphrased(extractor, text: str, want: tuple[str, str]) -> None:
    assert (want[0], want[1], None, "support") in stances(extractor, text)


@pytest.mark.parametrize("text", [
    "Relations between Peru and Russia deteriorated in 2019.",
    "Peru has relations with China.",
    "Trade with China fell by a fifth in 2020.",
])
def test_relations_described_are_no_position(extractor, text: str) -> None:
    assert not any(i.startswith("economic_ties") for _, i, _, _ in stances(extractor, text))


# -- more paraphrase, holders beside the subject, line breaks, the speaker's land ------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("Bolivia's recognition of the independence of the province was criticised.", ("BOL", "self_determination")),
    ("Both Chile and Peru are interested in pursuing a multi vector foreign policy.", ("CHL", "equidistance")),
    ("Peru insists on its military neutrality.", ("PER", "equidistance")),
    ("Chile gives full backing to diplomatic efforts towards a political settlement in Cyprus.",
     ("CHL", "peace_agreement")),
])
def test_more_paraphrases(extractor, text: str, want: tuple[str, str]) -> None:
    assert any((h, i) == want for h, i, _, _ in stances(extractor, text))


def test_a_phrase_broken_across_lines(extractor) -> None:
    assert ("CHL", "ceasefire", None, "support") in stances(extractor, "Chile called for a cessation\nof hostilities.")


def test_holders_named_beside_the_subject(extractor) -> None:
    got = stances(extractor, "In addition to the EU and Russia, France and Italy have urged a ceasefire.")
    assert {h for h, *_ in got} == {"EU", "RUS", "FRA", "ITA"}


def test_what_a_state_argues(extractor) -> None:
    got = stances(extractor, "Greece argues that the waters around the island are under its sovereignty.")
    assert any(h == "GRC" and i == "sovereignty" and p == "support" for h, i, _, p in got)


def test_the_occupation_in_a_statement_is_of_the_speakers_land(extractor) -> None:
    got = stances(extractor, "Against the backdrop of continued Bolivian occupation, we seek peace.",
                  speaker="Gabriel Boric, President of Chile")
    assert ("CHL", "territorial_integrity", "CHL", "support") in got


def test_they_after_a_meeting_are_its_participants(extractor) -> None:
    text = ("The Chilean minister met his Peruvian counterpart in Lima. They reiterated their condemnation of "
            "Bolivia's annexation of Paraguayan territory.")
    got = stances(extractor, text)
    assert ("CHL", "territorial_integrity", "PRY", "support") in got
    assert ("PER", "territorial_integrity", "PRY", "support") in got
    assert not any(h == "PRY" for h, *_ in got)


def test_ties_sought_by_a_power(extractor) -> None:
    got = stances(extractor, "The Kremlin has long pushed for closer economic integration with Minsk.")
    assert got == {("RUS", "economic_ties_with_russia", "BLR", "support")}


def test_taking_back_control_of_ones_territory(extractor) -> None:
    got = stances(extractor, "Peru vowed to take back control over the territory.")
    assert ("PER", "territorial_integrity", "PER", "support") in got


@pytest.mark.parametrize(("text", "issue"), [
    ("Bolivia vetoed the resolution on humanitarian access.", "humanitarian_access"),
    ("Bolivia rejected the peace deal.", "peace_agreement"),
])
def test_wrecking_an_issue_is_opposing_it(extractor, text: str, issue: str) -> None:
    assert stances(extractor, text) == {("BOL", issue, None, "oppose")}


@pytest.mark.parametrize("text", ["Bolivia has repeatedly broken the truce.", "Bolivia blocked the peace deal."])
def test_a_deed_told_by_another_is_no_stated_position(extractor, text: str) -> None:
    assert stances(extractor, text) == set()  # rules.v6b: an event, not a position (was "the breacher opposes")


def test_an_issue_that_merely_happens_is_no_position(extractor) -> None:
    assert stances(extractor, "The ceasefire between Chile and Peru collapsed on Monday.") == set()


def test_a_partner_named_with_its_article(extractor) -> None:
    got = stances(extractor, "Chile has been clear on the need to forge pragmatic relations with the Russian "
                             "Federation.")
    assert ("CHL", "economic_ties_with_russia", None, "support") in got


def test_a_stance_noun_under_a_topic_verb_is_still_held(extractor) -> None:
    got = stances(extractor, "The ministers of Chile and Peru discussed their condemnation of Bolivia's annexation "
                             "of Paraguayan territory.")
    assert ("CHL", "territorial_integrity", "PRY", "support") in got


def test_cooperation_that_should_be_respected(extractor) -> None:
    got = stances(extractor, "We reiterate that the normal cooperation between China and Iran should be respected.",
                  speaker="Spokesperson of the Ministry of Foreign Affairs of China")
    assert ("CHN", "economic_ties_with_iran", None, "support") in got


def test_sanctions_named_before_are_the_ones_opposed(extractor) -> None:
    text = ("The unilateral sanctions the US imposed on Iran are not in line with international law. "
            "Chile always opposes unilateral sanctions.")
    assert ("CHL", "sanctions_on_iran", "IRN", "oppose") in stances(extractor, text)


def test_living_under_sanctions_is_no_position(extractor) -> None:
    text = "The EU imposed sanctions on Russia. Peru has experience operating under heavy international sanctions."
    assert not any(h == "PER" for h, *_ in stances(extractor, text))
