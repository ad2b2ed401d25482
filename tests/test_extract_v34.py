"""rules.v34 (issue 12), on small hand-written texts: mostly who acted on whom. A speaker's act among four or more
states is its own with each partner; a joint paper about a third state is its makers' act towards that state; a deal
told as a record of its kind names no parties; "the two presidents" are the two the sentence names; "the three men"; a
title's state and region make "the six leaders"; who invited to a meeting did not meet; a name hung on a fronted date
is the subject; an abettor is no target; fighting along the border between two states is theirs; traded strikes are
blows; "X admitted that its military …"; "struck a tone" is no blow; a participle hung on the object is the subject's
act; a joint pledge is among those who pledge; what those who met agree is dated at their meeting; a speaker's blame
skips a supposed act; a headline verb does not make a commentary a statement; relations established are also agreed;
subjects run on after a fronted paper's name act; a flow resumed to a state is cooperation. Guards keep what must not
change."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import extract, happened, happened_pairs, pairs_said


def _events(extractor: Any, text: str, speaker: str | None = None) -> set[tuple[str, str, str]]:
    return pairs_said(extractor, text, speaker, published="2024-10-10")


# -- the speaker's multilateral act ---------------------------------------------------------------------------------
def test_speaker_among_many_acts_with_each_partner(extractor: Any) -> None:
    got = _events(extractor, "In Rome, Egypt, Greece, Cyprus, Italy and France agreed to build an undersea power "
                             "cable.", speaker="Egypt")
    assert ("AGREE", "EGY", "GRC") in got and ("AGREE", "FRA", "EGY") in got, got
    assert ("AGREE", "GRC", "CYP") not in got and ("AGREE", "ITA", "FRA") not in got, got


def test_guard_speaker_among_three_keeps_every_pair(extractor: Any) -> None:
    got = _events(extractor, "In May, Egypt, Jordan and Iraq agreed to link their power grids.", speaker="Egypt")
    assert ("AGREE", "JOR", "IRQ") in got, got


# -- a joint paper about a third state ------------------------------------------------------------------------------
def test_joint_declaration_about_a_third_state_is_towards_it(extractor: Any) -> None:
    got = _events(extractor, "On 3 March the United States, Japan and Australia signed a joint declaration "
                             "affirming that they will respect the neutrality of Fiji.")
    assert ("SUPPORT", "USA", "FJI") in got and ("SUPPORT", "AUS", "FJI") in got, got
    assert ("SUPPORT", "USA", "JPN") not in got, got


def test_joint_statement_announcing_measures_against_a_state(extractor: Any) -> None:
    got = _events(extractor, "Canada, Norway and the Netherlands issued a joint statement announcing that they "
                             "would suspend their flights to Belarus.")
    assert ("AGREE", "CAN", "BLR") in got and ("AGREE", "CAN", "NOR") not in got, got


def test_guard_joint_declaration_of_two_is_between_them(extractor: Any) -> None:
    got = _events(extractor, "Chile and Peru signed a joint declaration on trade on 2 June.")
    assert ("SUPPORT", "CHL", "PER") in got, got


# -- a deal as a record of its kind ---------------------------------------------------------------------------------
def test_record_of_its_kind_names_no_parties(extractor: Any) -> None:
    got = _events(extractor, "In 2022 Kyrgyzstan and Tajikistan signed a water treaty, the first such agreement "
                             "between Central Asian states.")
    assert ("SUPPORT", "KGZ", "TJK") in got, got
    assert not any("KAZ" in (a, r) or "UZB" in (a, r) for _, a, r in got), got


def test_signed_together_with_a_second_paper_is_signing(extractor: Any) -> None:
    got = _events(extractor, "In 2021 the two presidents of Chile and Bolivia signed a border treaty, together with "
                             "a protocol on the shared rivers.")
    assert ("SUPPORT", "CHL", "BOL") in got and ("COOPERATE", "CHL", "BOL") not in got, got


# -- "the two presidents", "the three men", "the six leaders" ----------------------------------------------------
def test_two_presidents_are_the_two_of_this_sentence(extractor: Any) -> None:
    got = _events(extractor, "In 2015 the Chilean president paid a visit to Argentina. In March 2018 he paid a state "
                             "visit by a Chilean leader to Lima, and the two presidents signed several agreements.")
    assert ("SUPPORT", "CHL", "PER") in got and ("SUPPORT", "CHL", "ARG") not in got, got


def test_three_men_are_the_three_named(extractor: Any) -> None:
    got = _events(extractor, "Brazilian President Luiz Inácio Lula da Silva hosted Colombian President Gustavo Petro "
                             "and Chilean President Gabriel Boric in Brasília, and the three men signed a declaration "
                             "on the Amazon.")
    assert ("SUPPORT", "BRA", "COL") in got and ("SUPPORT", "CHL", "BRA") in got, got  # (the host with each guest)


def test_six_leaders_of_a_titled_state_and_region(extractor: Any) -> None:
    ev = extract(extractor, "The summit was held on 5 May 2023. Oil from the Gulf was discussed. On Afghanistan, the "
                            "six leaders reaffirmed their support for a stable Afghanistan.",
                 published="2024-03-01", title="Japan–Central Asia Summit", source="Wikipedia")
    got = happened_pairs(ev)
    assert ("SUPPORT", "JPN", "AFG") in got and ("SUPPORT", "KAZ", "AFG") in got, got
    assert ("SUPPORT", "SAU", "AFG") not in got, got


# -- who invited is not who met -------------------------------------------------------------------------------------
def test_who_invited_to_a_meeting_did_not_meet(extractor: Any) -> None:
    got = _events(extractor, "On 2 May, at the invitation of Prime Minister Lee of Singapore, I met President "
                             "Marcos in Manila.", speaker="Vietnam")
    assert ("CONSULT", "VNM", "PHL") in got and ("CONSULT", "VNM", "SGP") not in got, got


# -- a subject hung on a fronted date; an abettor -------------------------------------------------------------------
def test_name_hung_on_a_fronted_date_is_the_subject(extractor: Any) -> None:
    got = _events(extractor, "On 12 April 2021, Eritrea, with the support of Somalia, attacked Ethiopia.",
                  speaker="Kenya")
    assert ("ASSAULT", "ERI", "ETH") in got and not any(a == "KEN" for _, a, _r in got), got


def test_abettor_is_no_target_of_the_attack(extractor: Any) -> None:
    got = _events(extractor, "In 2021 Eritrea, with the direct involvement of Somalia, launched a war against "
                             "Ethiopia.")
    assert ("ASSAULT", "ERI", "ETH") in got and ("ASSAULT", "ERI", "SOM") not in got, got


# -- fighting with no fighters named --------------------------------------------------------------------------------
def test_fighting_along_the_border_between_two_states(extractor: Any) -> None:
    got = _events(extractor, "Fighting broke out on Tuesday along the disputed border between Sudan and South "
                             "Sudan.")
    assert ("ASSAULT", "SDN", "SSD") in got and ("ASSAULT", "SSD", "SDN") in got, got


def test_exchanged_strikes_are_blows(extractor: Any) -> None:
    got = _events(extractor, "Indian and Pakistani forces exchanged artillery strikes along the line of control.")
    assert ("ASSAULT", "IND", "PAK") in got, got


def test_guard_exchanged_views_is_no_attack(extractor: Any) -> None:
    got = _events(extractor, "India and Pakistan exchanged views on the Indus treaty.")
    assert not any(t == "ASSAULT" for t, _, _r in got), got


# -- whose act ------------------------------------------------------------------------------------------------------
def test_admitted_that_its_military_acted(extractor: Any) -> None:
    got = _events(extractor, "Russia has admitted that its military shot down the Azerbaijani airliner.")
    assert ("ASSAULT", "RUS", "AZE") in got, got


def test_struck_a_tone_is_no_blow_and_the_participle_is_the_subjects(extractor: Any) -> None:
    got = _events(extractor, "Foreign Minister Abbas Araghchi struck a more defiant tone, blaming Washington.")
    assert ("ACCUSE", "IRN", "USA") in got and ("ASSAULT", "IRN", "USA") not in got, got


def test_guard_struck_targets_is_an_attack(extractor: Any) -> None:
    got = _events(extractor, "Israel struck targets in Lebanon on Monday.")
    assert ("ASSAULT", "ISR", "LBN") in got, got


def test_joint_pledge_is_among_those_who_pledge(extractor: Any) -> None:
    got = _events(extractor, "Chile, Peru and Bolivia pledged to develop a joint plan for the lithium basin.")
    assert ("AGREE", "CHL", "PER") in got and ("AGREE", "BOL", "CHL") in got, got


# -- dates -----------------------------------------------------------------------------------------------------------
def test_what_those_who_met_agree_is_dated_at_the_meeting(extractor: Any) -> None:
    ev = extract(extractor, "On 4 May, President Lula met with President Milei of Argentina and President Peña of "
                            "Paraguay in Asunción. President Lula said that Brazil, Argentina and Paraguay are good "
                            "neighbours and that the three countries should support each other's efforts. The three "
                            "leaders agreed to extend the waterway plan for five years.",
                 published="2024-05-08", title="Foreign Ministry Spokesperson's Regular Press Conference",
                 source="Ministry of Foreign Affairs of Brazil")
    dated = {(t, a, r, d) for t, a, r, d in happened(ev) if t == "AGREE"}
    assert ("AGREE", "ARG", "PRY", "2024-05-04") in dated, dated


# -- what is not an act ---------------------------------------------------------------------------------------------
def test_speaker_blame_skips_a_supposed_act(extractor: Any) -> None:
    got = _events(extractor, "Last week China, France, Russia, the United Kingdom and the United States signed a "
                             "declaration affirming that they will not contribute to any act that would violate our "
                             "status.", speaker="Mongolia")
    assert not any(t == "ACCUSE" for t, _, _r in got), got


def test_headline_verb_does_not_make_a_statement(extractor: Any) -> None:
    ev = extract(extractor, "Foreign Ministry spokesman Nasser Kanaani condemned the British measures.",
                 published="2024-09-13", title="Iran Update: Missiles Reach Russia as Europe Answer With Sanctions",
                 source="Institute for the Study of War")
    got = happened_pairs(ev)
    assert not any(a == "RUS" for _, a, _r in got), got


# -- relations, a fronted paper, flows ------------------------------------------------------------------------------
def test_relations_established_are_also_agreed(extractor: Any) -> None:
    got = _events(extractor, "Mongolia established diplomatic relations with South Korea in 1990.")
    assert ("SUPPORT", "MNG", "KOR") in got and ("AGREE", "MNG", "KOR") in got, got


def test_subjects_run_on_after_a_fronted_paper_act(extractor: Any) -> None:
    got = _events(extractor, "In return, under the Lisbon Protocol, the United States, the United Kingdom and the "
                             "Russian Federation pledged to respect our borders.", speaker="Kazakhstan")
    assert ("AGREE", "USA", "KAZ") in got and ("AGREE", "KAZ", "USA") not in got, got


def test_a_flow_resumed_to_a_state_is_cooperation(extractor: Any) -> None:
    got = _events(extractor, "In 2019 Turkmenistan resumed gas exports to Russia.")
    assert ("COOPERATE", "TKM", "RUS") in got, got


def test_guard_a_flow_stopped_is_a_sanction(extractor: Any) -> None:
    got = _events(extractor, "In 2016 Turkmenistan stopped gas exports to Russia.")
    assert ("SANCTION", "TKM", "RUS") in got and ("COOPERATE", "TKM", "RUS") not in got, got
