"""Event rules by class, each on small hand-written texts: derived CAMEO triggers, participants across sentences,
the speaker of a statement, speech acts, and the clean-ups (headings, self-events, break-away recognition)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract, happened


def pairs(ev) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(t, a, r) for t, a, r, _ in happened(ev)}


# -- derived CAMEO triggers -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Turkey castigated Greece on Monday.", ("ACCUSE", "TUR", "GRC")),
    ("Russian aircraft bombarded Georgian villages in August.", ("ASSAULT", "RUS", "GEO")),
    ("Azerbaijan lodged a complaint against Armenia.", ("ACCUSE", "AZE", "ARM")),
])
def test_cameo_verb_patterns_type_verbs_the_hand_lexicon_lacks(extractor, sentence: str,
                                                               expected: tuple[str, str, str]) -> None:
    assert expected in pairs(extract(extractor, sentence))


def test_cameo_patterns_need_a_reported_happening(extractor) -> None:
    # present-tense policy talk is not an event; "demonstrated consistency" is no protest
    assert pairs(extract(extractor, "Russia is steadily promoting trade with India and China.")) == set()
    assert pairs(extract(extractor, "China has demonstrated consistency towards Georgia and Ukraine.")) == set()


def test_cameo_table_is_compact_and_credited() -> None:
    from importlib import resources
    text = resources.files("multipolar.extract").joinpath("lexicons/cameo_triggers.tsv").read_text("utf-8")
    assert "MIT" in text[:2000] and "CC BY-SA 4.0" in text[:2000]
    from multipolar.extract.cameo_triggers import load_cameo_table
    table = load_cameo_table()
    assert len(table.plain) > 500 and len(table.objects) > 500


# -- the speaker ---------------------------------------------------------------------------------------------------
def test_ministry_under_its_full_official_name_speaks_for_its_state(extractor) -> None:
    ev = extract(extractor, "We thank Pakistan for its firm support.", published="2019-01-24",
                 title="Foreign Ministry Spokesperson Wu Ming's Regular Press Conference on January 24, 2019",
                 source="Ministry of Foreign Affairs of the People's Republic of China (Spokesperson Wu Ming)")
    assert ("SUPPORT", "CHN", "PAK", "2019-01-24") in happened(ev)


def test_statement_state_from_a_government_url_when_the_byline_names_none(extractor) -> None:
    ev = extract(extractor, "We condemn the shelling of Tavush by Azerbaijan.", published="2021-07-20",
                 title="Statement of the Press Office", source="Press Office", url="https://www.mfa.am/en/press/1")
    assert ("ACCUSE", "ARM", "AZE", "2021-07-20") in happened(ev)


def test_first_person_in_a_press_conference_question_is_the_journalist(extractor) -> None:
    text = "Q: We thank Japan for the invitation. What is your comment?\n\nA: We thank Pakistan for its support."
    ev = extract(extractor, text, published="2019-01-24", title="Regular Press Conference",
                 source="Ministry of Foreign Affairs of the People's Republic of China")
    got = pairs(ev)
    assert ("SUPPORT", "CHN", "PAK") in got
    assert ("SUPPORT", "CHN", "JPN") not in got


# -- speech acts -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Hungary said on Monday it will support Romania.", ("AGREE", "HUN", "ROU")),
    ("Germany pledged to send humanitarian aid to Armenia.", ("AGREE", "DEU", "ARM")),
    ("Pashinyan will visit Moscow next month.", ("AGREE", "ARM", "RUS")),
    ("Turkey said it was ready to hold talks with Greece.", ("AGREE", "TUR", "GRC")),
    ("China announced plans to build a railway in Georgia.", ("AGREE", "CHN", "GEO")),
    ("Turkey warned it would impose sanctions on Greece.", ("THREATEN", "TUR", "GRC")),
])
def test_promises_plans_and_warnings_are_events_when_said(extractor, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert expected in pairs(extract(extractor, text))


def test_a_promise_is_dated_when_it_was_made(extractor) -> None:
    got = happened(extract(extractor, "Pashinyan will visit Moscow in December.", published="2019-11-05"))
    assert ("AGREE", "ARM", "RUS", "2019-11-05") in got


@pytest.mark.parametrize("text", [
    "If Turkey supported Armenia, the talks would move.",
    "Russia should withdraw its troops from Georgia.",
    "China and Iran will probably sign an agreement within months.",
    "Turkey did not say it would support Greece.",
])
def test_conditions_wishes_and_hedges_stay_hypothetical(extractor, text: str) -> None:
    assert pairs(extract(extractor, text)) == set()


def test_a_speech_foretelling_another_states_act_is_no_promise(extractor) -> None:
    ev = extract(extractor, "Russia will recognize the will of Georgia. We will send aid to Georgia.", published="2020",
                 title="Ukraine: statement in the General Debate", source="Volodymyr Zelensky, President of Ukraine")
    got = pairs(ev)
    assert ("AGREE", "UKR", "GEO") in got
    assert not any(a == "RUS" for _, a, _ in got)


# -- participants across sentences -----------------------------------------------------------------------------------
def test_both_sides_and_each_other_are_the_conflicts_parties(extractor) -> None:
    got = pairs(extract(extractor, "Russia attacked Georgia in August. Both sides accused each other of starting "
                                   "the war. France called on the parties to respect the truce."))
    assert {("ACCUSE", "RUS", "GEO"), ("ACCUSE", "GEO", "RUS")} <= got
    assert {("REQUEST", "FRA", "RUS"), ("REQUEST", "FRA", "GEO")} <= got


def test_agentless_fighting_takes_the_parties_named_before(extractor) -> None:
    text = ("Armenia and Azerbaijan fought over Karabakh in the 1990s.\n\n"
            "Heavy fighting broke out again on Sunday. A truce took effect at midnight.")
    got = pairs(extract(extractor, text, published="2020-09-29"))
    assert {("ASSAULT", "ARM", "AZE"), ("ASSAULT", "AZE", "ARM")} <= got
    assert ("RETREAT", "ARM", "AZE") in got


def test_a_call_to_halt_the_shelling_is_addressed_to_those_shelling(extractor) -> None:
    text = "Fighting raged between Armenia and Azerbaijan on Monday. Russia urged a halt to the shelling."
    got = pairs(extract(extractor, text, published="2020-09-29"))
    assert {("REQUEST", "RUS", "ARM"), ("REQUEST", "RUS", "AZE")} <= got


def test_the_two_leaders_and_they_after_a_meeting(extractor) -> None:
    text = "Biden met Erdogan in Rome on Sunday. The two leaders discussed Syria. They agreed to deepen trade ties."
    got = pairs(extract(extractor, text, published="2021-10-31"))
    assert {("AGREE", "USA", "TUR"), ("AGREE", "TUR", "USA")} <= got
    assert ("CONSULT", "USA", "SYR") not in got  # what the leaders discussed is no partner


def test_both_sides_after_calls_with_each_in_turn(extractor) -> None:
    text = ("Sullivan spoke today with Armenian Foreign Minister Mirzoyan. He also spoke with Azerbaijani Foreign "
            "Minister Bayramov. Sullivan urged both sides to resume talks.")
    got = pairs(extract(extractor, text, published="2022-12-22"))
    assert {("REQUEST", "USA", "ARM"), ("REQUEST", "USA", "AZE")} <= got


def test_the_government_is_the_state_the_text_is_about(extractor) -> None:
    text = ("Turkey has jailed dozens of Kurdish mayors. Turkey says they backed the PKK.\n\n"
            "Last week the government expelled two Dutch diplomats.")
    assert ("SANCTION", "TUR", "NLD") in pairs(extract(extractor, text, published="2020-10-17"))


def test_a_list_of_states_condemning_is_not_mutual(extractor) -> None:
    got = pairs(extract(extractor, "The vote was condemned by Georgia, the United States and Poland."))
    assert not any(a in ("GEO", "USA", "POL") and r in ("GEO", "USA", "POL") for _, a, r in got)


# -- clean-ups ---------------------------------------------------------------------------------------------------------
def test_headings_are_not_events(extractor) -> None:
    for text in ("## Turkey condemns Greece\n\nThe two states have quarrelled over gas for years.",
                 "Turkey Condemns Greece\n\nThe two states have quarrelled over gas for years."):
        assert ("ACCUSE", "TUR", "GRC") not in pairs(extract(extractor, text))


def test_recognising_a_breakaway_region_is_no_support_for_the_state_it_left(extractor) -> None:
    got = pairs(extract(extractor, "Russia recognised the independence of Abkhazia and South Ossetia in August."))
    assert ("SUPPORT", "RUS", "GEO") not in got
    assert ("SUPPORT", "RUS", "GEO") in pairs(extract(extractor, "Russia recognised the sovereignty of Georgia."))


def test_no_event_from_a_state_to_itself(extractor) -> None:
    ev = extract(extractor, "Georgian officials visited Tbilisi and Batumi in May.")
    assert all(a != r for e in ev.events for a in e.actors for r in e.recipients) or not ev.events
    assert all(any(a != r for a in e.actors for r in e.recipients) for e in ev.events)


def test_actor_names_broken_across_lines_and_generic_words(extractor) -> None:
    text = ("The United \nNations General Assembly met in New York. The State must act. "
            "The Assembly adopted a resolution on Euro-Atlantic ties.")
    ev = extract(extractor, text)
    ids = {a.id for a in ev.actors}
    assert not any("\n" in a.name for a in ev.actors)
    assert not {"org:state", "org:assembly", "org:euro-atlantic"} & ids


# -- noun-phrase events and readouts -------------------------------------------------------------------------------
def test_readout_commitments_needs_and_counterparts(extractor) -> None:
    text = ("President Biden met today with the leaders of Kazakhstan and Uzbekistan in Washington. "
            "He thanked his counterparts for their partnership. "
            "The leaders affirmed their commitment to closer trade ties. "
            "He underscored the need for the two countries to resume border talks.")
    got = pairs(extract(extractor, text, published="2023-09-19", title="Readout of President Biden's Meeting",
                        source="The White House", url="https://www.whitehouse.gov/briefing-room/x"))
    assert {("SUPPORT", "USA", "KAZ"), ("SUPPORT", "USA", "UZB")} <= got
    assert ("AGREE", "KAZ", "UZB") in got or ("AGREE", "USA", "KAZ") in got
    assert {("REQUEST", "USA", "KAZ"), ("REQUEST", "USA", "UZB")} <= got


def test_the_city_of_a_meeting_is_no_partner(extractor) -> None:
    got = pairs(extract(extractor, "Biden met Erdogan in Rome on Sunday."))
    assert ("CONSULT", "USA", "TUR") in got and ("CONSULT", "USA", "ITA") not in got


def test_what_talks_were_about_versus_the_talkers_own_acts(extractor) -> None:
    text = "Sullivan met Kalin in Istanbul. They discussed their continued support for Ukraine."
    got = pairs(extract(extractor, text, published="2022-10-02"))
    assert ("SUPPORT", "USA", "UKR") in got


def test_a_reported_obligation_is_a_demand_of_the_obliged(extractor) -> None:
    assert ("REQUEST", "RUS", "SDN") in pairs(extract(extractor, "Russia said on Tuesday that Sudan must return "
                                                                 "the captured helicopter."))
    assert ("REQUEST", "GBR", "LBY") in pairs(extract(extractor, "A British minister reiterated that Libya must "
                                                                 "hand over the suspects."))
    assert pairs(extract(extractor, "Turkey did not say that Greece must leave the island.")) == set()


def test_an_owned_act_takes_its_of_phrase_as_recipient(extractor) -> None:
    got = pairs(extract(extractor, "The ministers met in May and voiced their condemnation of Russia. "
                                   "Russia's annexation of Crimea in 2014 was condemned."))
    assert ("COERCE", "RUS", "UKR") in got or ("ASSAULT", "RUS", "UKR") in got


def test_continuing_is_happening_and_continuing_later_is_not(extractor) -> None:
    assert ("COERCE", "RUS", "GEO") in pairs(extract(extractor, "Russia continues to occupy Georgian territory."))
    assert pairs(extract(extractor, "Russia will continue to occupy Georgian territory.")) == set()


def test_a_title_at_the_end_of_a_line_ends_no_sentence(extractor) -> None:
    text = "Jake Sullivan met today in Istanbul with Dr.\nIbrahim Kalin, adviser to the President of Turkiye."
    assert ("CONSULT", "USA", "TUR") in pairs(extract(extractor, text, published="2022-10-02"))


def test_signing_is_support_between_the_signatories_and_a_promise_to_sign_is_agree(extractor) -> None:
    got = pairs(extract(extractor, "In 2017, China and Georgia signed a free trade agreement."))
    assert {("SUPPORT", "CHN", "GEO"), ("SUPPORT", "GEO", "CHN")} <= got
    assert ("AGREE", "ARM", "EU") in pairs(extract(extractor, "Armenia said it will sign a partnership agreement "
                                                             "with the European Union."))


def test_wars_between_two_states_and_truces_agreed_without_an_agent(extractor) -> None:
    text = ("Armenia and Azerbaijan fought a war over Karabakh. By 1994, when a ceasefire was agreed, thousands had "
            "died. Fighting raged again between Armenia and Azerbaijan on Sunday.")
    got = pairs(extract(extractor, text, published="2020-09-29"))
    assert {("ASSAULT", "ARM", "AZE"), ("ASSAULT", "AZE", "ARM"), ("AGREE", "ARM", "AZE")} <= got
    assert pairs(extract(extractor, "The conflict in Karabakh is a tragedy for the region.")) == set()
    got = pairs(extract(extractor, "Turkey is deeply involved in the renewed conflict between Armenia and Azerbaijan."))
    assert ("ASSAULT", "ARM", "AZE") in got


def test_list_items_without_a_full_stop_are_not_headings(extractor) -> None:
    text = "Events\n\n- 12 May – China and Georgia sign a free trade agreement\n- 14 May – Parliament meets"
    assert ("SUPPORT", "CHN", "GEO") in pairs(extract(extractor, text, published="2017"))


def test_both_sides_mobilising_act_against_each_other(extractor) -> None:
    text = "Turkey threatened Greece in July. In August both sides staged military drills."
    got = pairs(extract(extractor, text, published="2020-09-29"))
    assert {("MOBILIZE", "TUR", "GRC"), ("MOBILIZE", "GRC", "TUR")} <= got


def test_the_conflict_is_the_pair_seen_fighting_most(extractor) -> None:
    text = ("Azerbaijan attacked Armenia on Sunday. Armenia shelled Azerbaijan on Monday. Some fear a proxy war "
            "between Russia and Turkey.\n\nFighting killed dozens on Tuesday. Armenia released footage of fighting.")
    got = pairs(extract(extractor, text, published="2020-09-29"))
    assert ("ASSAULT", "ARM", "AZE") in got and ("ASSAULT", "AZE", "ARM") in got
    assert not any(a in ("RUS", "TUR") for _, a, _ in got)


def test_a_proposal_goes_to_whom_it_is_made(extractor) -> None:
    assert ("AGREE", "RUS", "ARM") in pairs(extract(extractor, "Russia proposed to Armenia a new transit deal."))
    got = pairs(extract(extractor, "Medvedev proposed a security treaty, a kind of 'Helsinki 2'."))
    assert not any(r == "FIN" for _, _, r in got)
