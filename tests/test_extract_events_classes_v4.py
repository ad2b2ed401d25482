"""rules.v4 event classes (issue 12, third round), each on small hand-written texts with other states and wording
than the gold: recipients buried in another's act or named only as a place, reactions to "this" / "the move",
requests for a ceasefire and mobilisation towards the fighting parties, weekdays, noun-phrase events."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract, happened


def pairs(ev) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(t, a, r) for t, a, r, _ in happened(ev)}


# -- recipients buried in another's act, or named only as the place ------------------------------------------------
@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), [
    ("Brazil expressed support for Chile in its quest to retake the islands, an area held by Argentina.",
     ("SUPPORT", "BRA", "CHL"), ("SUPPORT", "BRA", "ARG")),
    ("Spain expressed appreciation for Chile's contributions to the NATO mission in Afghanistan.",
     ("SUPPORT", "ESP", "CHL"), ("SUPPORT", "ESP", "AFG")),
    ("Biden noted U.S. concerns over Chile's purchase of the Russian S-400 missile system.",
     ("ACCUSE", "USA", "CHL"), ("ACCUSE", "USA", "RUS")),
    ("Peru agreed to provide drones to Chile for use in Bolivia.", ("AGREE", "PER", "CHL"), ("AGREE", "PER", "BOL")),
])
def test_a_state_inside_anothers_act_or_only_a_place_is_no_recipient(extractor, sentence, wanted, unwanted) -> None:
    got = pairs(extract(extractor, sentence))
    assert wanted in got and unwanted not in got


def test_cooperation_in_third_countries_is_between_the_cooperating_states(extractor) -> None:
    got = pairs(extract(extractor, "Chile and Peru have increased their military cooperation in Bolivia, Ecuador "
                                   "and Cuba in recent months."))
    assert ("COOPERATE", "CHL", "PER") in got and ("COOPERATE", "PER", "CHL") in got
    assert not any(r in ("BOL", "ECU", "CUB") for _, _, r in got)


def test_the_demonym_of_an_invasion_is_whose_it_is(extractor) -> None:
    got = pairs(extract(extractor, "Peru sent weapons to support the Chilean invasion of Bolivia."))
    assert ("SUPPORT", "PER", "CHL") in got and ("SUPPORT", "PER", "BOL") not in got


def test_the_place_stays_when_it_is_all_there_is(extractor) -> None:
    assert ("ASSAULT", "RUS", "UKR") in pairs(extract(extractor, "Russian forces shelled positions in Ukraine."))
    assert ("COOPERATE", "CHN", "GEO") in pairs(extract(extractor, "China invested in Georgia and Armenia."))


def test_a_comparison_names_no_party(extractor) -> None:
    got = pairs(extract(extractor, "Poland contributed the most troops, after the United States, to the mission in "
                                   "Mali."))
    assert ("COOPERATE", "POL", "MLI") in got and not any(r == "USA" for _, _, r in got)


# -- reactions to an act named only by "this", "the move" ------------------------------------------------------------
def test_regret_over_this_is_a_mild_accusation_of_the_one_who_acted(extractor) -> None:
    got = pairs(extract(extractor, "The US withdrew from the treaty on March 1. The Chilean Foreign Ministry "
                                   "expressed its regret over this on March 3."))
    assert ("ACCUSE", "CHL", "USA") in got


def test_condemning_the_move_condemns_its_maker(extractor) -> None:
    got = pairs(extract(extractor, "Turkey signed an agreement with Northern Cyprus on 3 May. The text was not "
                                   "published. Greece condemned the move."))
    assert ("ACCUSE", "GRC", "TUR") in got


def test_regret_without_an_act_is_nothing(extractor) -> None:
    assert pairs(extract(extractor, "Peru expressed regret over the loss of life.")) == set()


# -- the fighting parties as the implied recipients -------------------------------------------------------------------
def test_urging_a_ceasefire_asks_the_fighting_parties(extractor) -> None:
    got = pairs(extract(extractor, "Bolivia and Peru fought each other on Friday. Spain and Italy have urged a "
                                   "ceasefire."))
    assert {("REQUEST", "ESP", "BOL"), ("REQUEST", "ESP", "PER"), ("REQUEST", "ITA", "BOL")} <= got


def test_talks_about_violence_ask_nothing_of_the_fighting_parties(extractor) -> None:
    got = pairs(extract(extractor, "Bolivia and Peru fought each other on Friday. Chile emphasized the need for "
                                   "talks about the outbreak of violence in the region."))
    assert not any(t == "REQUEST" for t, _, _ in got)


def test_martial_law_is_a_mobilisation_against_the_enemy(extractor) -> None:
    got = pairs(extract(extractor, "Bolivia and Peru fought each other on Friday. Bolivia declared martial law on "
                                   "Sunday, while Peru imposed military rule and a curfew."))
    assert ("MOBILIZE", "BOL", "PER") in got and ("MOBILIZE", "PER", "BOL") in got


def test_weekdays_resolve_against_publication() -> None:
    from multipolar.resolve.dates import find_times, resolve_relative
    got = [(t.raw, resolve_relative(t.raw, "2020-09-29", None)) for t in find_times(
        "They met on Sunday and again last Tuesday; drills run from Friday to October 2.", "2020-09-29")
        if t.kind == "relative"]
    assert got == [("on Sunday", "2020-09-27"), ("last Tuesday", "2020-09-22"), ("from Friday", "2020-10-02")]


# -- noun-phrase events ------------------------------------------------------------------------------------------------
def test_a_participle_names_who_imposed_it(extractor) -> None:
    ev = extract(extractor, "Sanctions reimposed by Canada in 2019 have crippled Venezuela's economy.")
    assert ("SANCTION", "CAN", "VEN", "2019") in happened(ev)


def test_a_war_with_someone_is_fought_by_the_subject(extractor) -> None:
    got = pairs(extract(extractor, "Ecuador emerged from a bitter three-year war with Peru."))
    assert ("ASSAULT", "ECU", "PER") in got and ("ASSAULT", "PER", "ECU") in got


def test_its_in_the_recipient_phrase_is_the_subject(extractor) -> None:
    got = pairs(extract(extractor, "Peru has benefitted from Chilean support of its territorial integrity."))
    assert ("SUPPORT", "CHL", "PER") in got


def test_a_partnership_with_someone_is_cooperation_and_a_wanted_one_is_not(extractor) -> None:
    assert ("COOPERATE", "TUR", "AZE") in pairs(extract(
        extractor, "Turkey's strategic partnership with Azerbaijan was instrumental in Baku's military build-up."))
    assert pairs(extract(extractor, "Chile wants a strategic partnership with Brazil.")) == set()


def test_a_broker_is_no_party_to_the_deal_it_brokered(extractor) -> None:
    got = pairs(extract(extractor, "Chile invaded Peru in May 2001. Chile has yet to fulfil the June 12, 2001 "
                                   "Ceasefire Agreement brokered by the European Union."))
    assert ("AGREE", "CHL", "PER") in got and not any(a == "EU" and t == "AGREE" for t, a, _ in got)


# -- promises, plans and proposals -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "expected"), [
    ("President Erdogan is expected to visit Chile in the second half of the year.", ("AGREE", "TUR", "CHL")),
    ("Chile proposed to hold talks with Peru.", ("AGREE", "CHL", "PER")),
    ("Macron told Scholz that France would provide a loan.", ("AGREE", "FRA", "DEU")),
])
def test_announced_plans_proposals_and_promises_told_are_agree(extractor, sentence, expected) -> None:
    assert expected in pairs(extract(extractor, sentence))


def test_a_raised_subject_still_acts(extractor) -> None:
    assert ("CONSULT", "ARM", "GEO") in {(e.type, a, r) for e in extract(
        extractor, "Armenia's prime minister was invited to visit Georgia.").events for a in e.actors
        for r in e.recipients}


def test_together_makes_the_subjects_partners(extractor) -> None:
    got = pairs(extract(extractor, "The ministry stated that Chile and Peru will together be involved in the design "
                                   "of the Trans-Bolivian route."))
    assert ("AGREE", "CHL", "PER") in got and not any(r == "BOL" for _, _, r in got)


def test_a_deal_told_twice_keeps_the_precise_date(extractor) -> None:
    ev = extract(extractor, "On 3 March 2021, a memorandum was signed between Chile, Peru and Bolivia. Later in "
                            "March, an agreement was signed only between Chile, Peru and Bolivia.",
                 published="2021-06-01")
    assert {d for _, _, _, d in happened(ev)} == {"2021-03-03"}


# -- who acts when the parser hangs the subjects elsewhere -------------------------------------------------------------
def test_a_fronted_in_addition_to_names_actors(extractor) -> None:
    got = pairs(extract(extractor, "Bolivia and Peru fought each other. In addition to the EU and Japan, Spain and "
                                   "Italy have urged a ceasefire."))
    assert {("REQUEST", "EU", "BOL"), ("REQUEST", "JPN", "PER"), ("REQUEST", "ESP", "BOL")} <= got


def test_a_judged_act_is_not_the_judges(extractor) -> None:
    got = pairs(extract(extractor, "Along with Japan, Chile condemned Russia's strike on Syria."))
    assert ("ACCUSE", "CHL", "RUS") in got and ("ACCUSE", "JPN", "RUS") in got
    assert not any(t == "ASSAULT" and a in ("CHL", "JPN") for t, a, _ in got)


# -- congratulations to a person, help sought, positions stated --------------------------------------------------------
def test_congratulations_to_a_person_go_to_the_state_just_named(extractor) -> None:
    got = pairs(extract(extractor, "Bolivia held a presidential election on Sunday. Chile extended warm "
                                   "congratulations to Mr. Luis Arce on his reelection as president."))
    assert ("SUPPORT", "CHL", "BOL") in got


@pytest.mark.parametrize(("sentence", "expected", "not_expected"), [
    ("Belarus sought Russia's backing at talks in Sochi.", ("REQUEST", "BLR", "RUS"), ("SUPPORT", "RUS", "BLR")),
    ("Armenia asked for military help from Russia.", ("REQUEST", "ARM", "RUS"), ("AID", "ARM", "RUS")),
    ("Georgia requested assistance from the EU.", ("REQUEST", "GEO", "EU"), ("AID", "EU", "GEO")),
])
def test_support_sought_is_a_request(extractor, sentence, expected, not_expected) -> None:
    got = pairs(extract(extractor, sentence))
    assert expected in got and not_expected not in got


def test_positions_stated_against_a_state(extractor) -> None:
    assert ("ACCUSE", "CHN", "TUR") in pairs(extract(extractor, "China firmly opposes Turkey's remarks."))
    assert ("ACCUSE", "CHN", "TUR") in pairs(extract(extractor, "China has lodged stern representations with Turkey."))
    assert pairs(extract(extractor, "Moscow and Tehran have long cooperated in opposing the US.")) <= {
        ("COOPERATE", "RUS", "IRN"), ("COOPERATE", "IRN", "RUS")}


# -- break-away regions, "the European side", deals reached between, withdrawals -------------------------------------
@pytest.mark.parametrize("sentence", [
    "Russia signed a treaty with Abkhazia on May 18.",
    "Putin visited breakaway South Ossetia.",
    "Turkey backs the Turkish Republic of Northern Cyprus.",
    "Moscow sent humanitarian aid to Transnistria.",
])
def test_a_friendly_act_towards_a_breakaway_region_is_none_towards_its_state(extractor, sentence) -> None:
    assert not any(t in ("SUPPORT", "AGREE", "AID", "COOPERATE", "CONSULT") for t, _, _ in
                   pairs(extract(extractor, sentence)))


def test_a_hostile_act_towards_a_breakaway_region_still_counts(extractor) -> None:
    assert ("MOBILIZE", "RUS", "MDA") in pairs(extract(extractor, "Russia deployed troops to Transnistria."))


def test_the_move_towards_a_breakaway_region_can_still_be_condemned(extractor) -> None:
    got = pairs(extract(extractor, "Turkey signed a treaty with Northern Cyprus on 3 May. Greece condemned the move."))
    assert ("ACCUSE", "GRC", "TUR") in got and ("AGREE", "TUR", "CYP") not in got


def test_the_european_side_is_the_eu(extractor) -> None:
    got = pairs(extract(extractor, "The European side expressed support for the agreement with Peru."))
    assert ("SUPPORT", "EU", "PER") in got


def test_an_agreement_reached_between_two_states_is_theirs(extractor) -> None:
    got = pairs(extract(extractor, "We welcome the agreement reached between Chile and Peru.",
                        title="Statement by the Ministry of Foreign Affairs of Spain", source="Spain"))
    assert ("AGREE", "CHL", "PER") in got and ("SUPPORT", "ESP", "CHL") in got


def test_a_reduced_passive_is_not_the_speakers_act(extractor) -> None:
    got = pairs(extract(extractor, "The agreement signed between Chile and Peru in 2019 collapsed.",
                        title="Statement by the Ministry of Foreign Affairs of Spain", source="Spain"))
    assert ("SUPPORT", "CHL", "PER") in got and not any(a == "ESP" for _, a, _ in got)


def test_the_withdrawal_of_troops_is_a_retreat_of_their_state(extractor) -> None:
    ev = extract(extractor, "The withdrawal of Russian troops from Moldova in April 2024 changed the balance.")
    assert ("RETREAT", "RUS", "MDA", "2024-04") in happened(ev)
    got = pairs(extract(extractor, "Chile requested the removal of the EU monitoring mission from the Peruvian "
                                   "border."))
    assert ("REQUEST", "CHL", "EU") in got and ("REQUEST", "CHL", "PER") not in got


# -- statements: victims are not accused, pronouns, wishes of others ---------------------------------------------------
SPEECH = {"title": "Address by the President of Chile to the General Assembly", "source": "Chile"}


def test_condemning_attacks_against_a_state_accuses_no_victim(extractor) -> None:
    got = pairs(extract(extractor, "We strongly condemn the terrorist attacks against Pakistan.", **SPEECH))
    assert ("ACCUSE", "CHL", "PAK") not in got
    got = pairs(extract(extractor, "Chile condemned the Russian strikes on Syria."))
    assert ("ACCUSE", "CHL", "RUS") in got and ("ACCUSE", "CHL", "SYR") not in got


@pytest.mark.parametrize("sentence", ["We expect Argentina to fulfil its obligations.",
                                      "We want Argentina to stop the shelling."])
def test_what_the_speaker_expects_of_a_state_is_a_request(extractor, sentence: str) -> None:
    assert ("REQUEST", "CHL", "ARG") in pairs(extract(extractor, sentence, **SPEECH))


def test_a_relative_pronoun_after_a_name_is_that_name(extractor) -> None:
    got = pairs(extract(extractor, "Erdogan, who met Putin in the resort of Sochi on Monday, faces protests."))
    assert ("CONSULT", "TUR", "RUS") in got


def test_a_loan_provided_with(extractor) -> None:
    assert ("AGREE", "RUS", "BLR") in pairs(extract(extractor, "Putin said Moscow would provide Belarus with a "
                                                               "loan."))
    assert ("AID", "RUS", "ARM") in pairs(extract(extractor, "Russia provided Armenia with weapons."))


def test_after_a_meeting_the_two_are_those_who_met(extractor) -> None:
    text = ("Russia and Ukraine fought a war. Sullivan met Chancellor Nehammer of Austria in Vienna on Monday. "
            "The two also discussed talks between Chile and Peru.")
    got = pairs(extract(extractor, text))
    assert ("CONSULT", "USA", "AUT") in got and not any(t == "CONSULT" and a == "RUS" for t, a, _ in got)


@pytest.mark.parametrize("sentence", ["China was strongly dissatisfied with the Peruvian remarks.",
                                      "China is deeply disappointed by Peru's decision."])
def test_displeasure_stated_with_a_state_is_a_mild_accusation(extractor, sentence: str) -> None:
    assert ("ACCUSE", "CHN", "PER") in pairs(extract(extractor, sentence))


def test_displeasure_at_no_one_is_nothing(extractor) -> None:
    assert pairs(extract(extractor, "China was disappointed.")) == set()


def test_cameo_patterns_take_a_stand_in_the_present(extractor) -> None:
    assert ("ACCUSE", "TUR", "GRC") in pairs(extract(extractor, "Turkey strongly rebuffs Greece over the islands."))
    assert pairs(extract(extractor, "Russia is steadily promoting trade with India and China.")) == set()


def test_a_past_verb_hung_on_an_infinitive_is_a_clause_of_its_own(extractor) -> None:
    got = pairs(extract(extractor, "Macron urged the Elysee to push for more observers along the line and accused "
                                   "Russia of arming both sides."))
    assert ("ACCUSE", "FRA", "RUS") in got and ("REQUEST", "FRA", "RUS") not in got


def test_a_claim_denied_is_denied_to_whoever_made_it(extractor) -> None:
    got = pairs(extract(extractor, "Peru has accused Chile of sending troops to back Bolivia, a claim which the "
                                   "Chilean government denies."))
    assert ("ACCUSE", "PER", "CHL") in got and ("REJECT", "CHL", "PER") in got
    assert ("SUPPORT", "PER", "BOL") not in got and ("SUPPORT", "CHL", "BOL") not in got
    got = pairs(extract(extractor, "Chile held drills in Peru, but Lima denied claims that it has any of the jets."))
    assert not any(t == "REJECT" for t, _, _ in got)


def test_clashes_named_by_their_place_and_date_are_the_conflicts(extractor) -> None:
    ev = extract(extractor, "Bolivia and Peru fought each other. During the worst recent Chaco clashes in April 2016, "
                            "around 110 people were killed.")
    assert ("ASSAULT", "BOL", "PER", "2016-04") in happened(ev)


def test_a_time_phrase_names_no_party(extractor) -> None:
    assert pairs(extract(extractor, "The island split in 1974 when Chile invaded following a coup by supporters of "
                                    "union with Peru.")) == set()


def test_mediation_efforts_of_a_third_party_are_between_the_fighting_parties(extractor) -> None:
    got = pairs(extract(extractor, "Bolivia and Peru fought a war in 2020. Thanks to the mediation efforts of Brazil, "
                                   "the bloodshed stopped."))
    assert ("CONSULT", "BRA", "BOL") in got and ("CONSULT", "BRA", "PER") in got


def test_the_deal_signed_before_keeps_the_day_it_was_signed(extractor) -> None:
    ev = extract(extractor, "On March 9, a ceasefire agreement was signed. Chile says that the trade clauses of "
                            "the agreement signed by Peru and Bolivia matter most.", published="2021-06-01")
    signed = {d for t, _, _, d in happened(ev) if t == "SUPPORT"}
    assert signed == {"2021-03-09"}


def test_a_month_after_publication_in_the_hinted_year_is_the_year_before() -> None:
    from multipolar.resolve.dates import find_times
    assert [t.value for t in find_times("On November 9 a deal was signed.", "2021-09-22", 2021)] == ["2020-11-09"]


def test_a_cameo_pattern_with_a_preposition_also_takes_a_direct_object(extractor) -> None:
    # CAMEO has "infiltrate into territory"; the direct object says the same
    assert ("COERCE", "AZE", "ARM") in pairs(extract(extractor, "Azerbaijani forces infiltrated Armenian territory "
                                                                "on May 12."))


def test_people_sent_from_states_are_those_states(extractor) -> None:
    got = pairs(extract(extractor, "NATO said military officers from Chile and Peru had begun technical discussions "
                                   "to reduce the risk of conflict."))
    assert ("CONSULT", "CHL", "PER") in got and ("CONSULT", "PER", "CHL") in got
    assert pairs(extract(extractor, "The discussion of Chile's role in the press was lively.")) == set()


def test_the_two_are_the_two_states_just_named(extractor) -> None:
    got = pairs(extract(extractor, "On October 1st the president declared a major step in Chile's relations with "
                                   "Peru. For months the two have been discussing plans for a strategic partnership."))
    assert ("CONSULT", "CHL", "PER") in got and ("CONSULT", "PER", "CHL") in got


def test_the_deal_finalised_is_its_parties(extractor) -> None:
    got = pairs(extract(extractor, "News of a draft peace agreement between Chile and Peru is a positive note. After "
                                   "years of a shaky truce, the draft agreement has been finalised."))
    assert ("SUPPORT", "CHL", "PER") in got and ("SUPPORT", "PER", "CHL") in got
