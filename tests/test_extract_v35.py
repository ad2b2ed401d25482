"""rules.v35 (issue 12), on small hand-written texts; every test but the guards fails on the code of rules.v34
(02d94ec). Events: a statement issued welcoming a deal is its issuer's reaction to the deal's parties, also when the
deal was told paragraphs before; "called the bans discriminatory" blames; a brawl is a clash and the two sides pulling
back a mutual retreat; a person run on after a fronted place is the subject, the gathering on whose sidelines two met
is a venue, and "He asked X to …" after their meeting is dated at it; "will continue its assistance to X" promises X;
an offer of help with no one named goes to the state the paragraph is telling of; "remain committed to the
sovereignty of X" backs X; "the two parties" on a relations page are its pair; relations made long ago date no
later act of support; refusing to recognise an annexation told before is to the annexer; "bears responsibility"
blames; a reported attack told by a conjoined or attempted verb is alleged; "a move X called a blockade"; a
delegation sent to a state is a visit. Claims: airmen and colleagues are people, apps are not. Stances: "X's internal
affair"; a clause beside a call is not what is called for; a breach one is to stop or refrain from upholds the issue.
Guards keep what must not change."""

from __future__ import annotations

from typing import Any

from multipolar.sources.document import SourceDocument
from tests.extract_helpers import extract, happened, happened_pairs, pairs_said


def _events(extractor: Any, text: str, speaker: str | None = None) -> set[tuple[str, str, str]]:
    return pairs_said(extractor, text, speaker, published="2023-06-27")


def _stances(extractor: Any, text: str) -> set[tuple[Any, ...]]:
    doc = SourceDocument(text=text, origin="test", kind="text", published="2023-06-27", title="World news",
                         source="Reuters")
    return {(s.holder, s.issue, s.target, s.polarity) for s in extractor.extract(doc).stances}


_DEAL = "Saudi Arabia and Iran agreed in Beijing on March 10 to restore relations."


# -- reactions ------------------------------------------------------------------------------------------------------
def test_statement_issued_welcoming_the_deal_is_the_issuers_reaction(extractor: Any) -> None:
    got = _events(extractor, f"{_DEAL} Egypt issued a statement welcoming the deal.")
    assert ("SUPPORT", "EGY", "SAU") in got and ("SUPPORT", "EGY", "IRN") in got, got


def test_the_deal_welcomed_far_from_its_telling_goes_to_its_parties(extractor: Any) -> None:
    got = _events(extractor, "Saudi Arabia and Iran signed an agreement in Beijing on March 10 to restore "
                             "relations.\n\nThe talks had been kept secret for months. Officials in Riyadh said "
                             "little about them. The announcement surprised many diplomats.\n\nQatar welcomed the "
                             "deal.")
    assert ("SUPPORT", "QAT", "SAU") in got and ("SUPPORT", "QAT", "IRN") in got, got


def test_bans_called_discriminatory_blame_who_banned(extractor: Any) -> None:
    got = _events(extractor, "In June 2020 India banned 59 Chinese apps. China's commerce ministry called the bans "
                             "discriminatory.")
    assert ("ACCUSE", "CHN", "IND") in got, got


def test_a_move_called_a_blockade_blames_its_doer(extractor: Any) -> None:
    got = _events(extractor, "In 2012 Uzbekistan cut gas supplies to Tajikistan, a move the Tajik government "
                             "called an economic blockade.")
    assert ("ACCUSE", "TJK", "UZB") in got, got


# -- clashes and retreats -------------------------------------------------------------------------------------------
_CLASH = "In June 2020 Chinese and Indian troops clashed in the Galwan Valley, killing 20 Indian soldiers. "


def test_a_brawl_is_a_clash_of_the_conflicts_parties(extractor: Any) -> None:
    got = happened(extract(extractor, "On 5 May 2020 Indian and Chinese soldiers fought with fists on the northern "
                                      "bank of Pangong Tso. A further brawl took place at Naku La in Sikkim on 9 May.",
                           published="2024-11-15"))
    assert len({d for *_, d in got}) == 2, got  # (the brawl is a second clash)
    got = {(t, a, r) for t, a, r, _ in got}
    assert ("ASSAULT", "CHN", "IND") in got and ("ASSAULT", "IND", "CHN") in got, got


def test_the_two_sides_pulling_back_is_a_mutual_retreat(extractor: Any) -> None:
    got = _events(extractor, _CLASH + "In February 2021 the two sides pulled back from both banks of Pangong Tso.")
    assert ("RETREAT", "CHN", "IND") in got and ("RETREAT", "IND", "CHN") in got, got


def test_guard_a_truce_announced_is_agreed_not_a_retreat(extractor: Any) -> None:
    got = _events(extractor, "Pakistani and Afghan forces clashed along the border on 12 October. That evening the "
                             "two governments announced a 48-hour truce.")
    assert ("RETREAT", "PAK", "AFG") not in got, got


# -- a meeting after a fronted place --------------------------------------------------------------------------------
_DUSHANBE = ("Yesterday in Dushanbe, State Councilor and Foreign Minister Wang Yi met Pakistani Foreign Minister Shah "
             "Mahmood Qureshi on the sidelines of the SCO foreign ministers' meeting.")


def test_person_run_on_after_a_fronted_place_is_the_subject(extractor: Any) -> None:
    got = happened(extract(extractor, _DUSHANBE, published="2021-07-15"))
    assert ("CONSULT", "CHN", "PAK", "2021-07-14") in got, got
    assert not any("SCO" in (a, r) for _, a, r, _ in got), got  # (the gathering is a venue)


def test_he_asked_after_their_meeting_is_dated_at_it(extractor: Any) -> None:
    text = _DUSHANBE + " State Councilor Wang said the perpetrators must be punished. He asked Pakistan to find out " \
                       "the truth as soon as possible."
    got = happened(extract(extractor, text, published="2021-07-15", title="Regular press conference",
                           source="Ministry of Foreign Affairs of the People's Republic of China"))
    assert ("REQUEST", "CHN", "PAK", "2021-07-14") in got, got


def test_guard_invitation_name_is_not_run_on_subject(extractor: Any) -> None:
    got = _events(extractor, "At the invitation of Wang Yi, Foreign Minister Sergey Lavrov visited Beijing on 5 May.")
    assert ("CONSULT", "RUS", "CHN") in got, got


# -- promises and offers --------------------------------------------------------------------------------------------
def test_continuing_assistance_to_a_state_is_a_promise_to_it(extractor: Any) -> None:
    got = _events(extractor, "Kuwait will continue its assistance to Bangladesh. We will increase our support to "
                             "Ukraine.", speaker="Kuwait")
    assert ("AGREE", "KWT", "BGD") in got and ("AGREE", "KWT", "UKR") in got, got
    assert ("AGREE", "KWT", "BGD") in got and len([p for p in got if p[2] == "BGD"]) == 1, got


def test_offer_of_help_goes_to_the_state_just_told_of(extractor: Any) -> None:
    got = _events(extractor, "Haiti has been abandoned for too long. Gangs have killed thousands there. In July, "
                             "Kenya offered to lead a multinational security support mission.", speaker="Kenya")
    assert ("AGREE", "KEN", "HTI") in got, got


def test_guard_offer_after_an_attacker_is_not_to_it(extractor: Any) -> None:
    got = _events(extractor, "Russia invaded Ukraine in February 2022. In March, Germany offered to host "
                             "refugees.")
    assert ("AGREE", "DEU", "RUS") not in got, got


def test_remaining_committed_to_a_states_sovereignty_backs_it(extractor: Any) -> None:
    got = _events(extractor, "We remain committed to the sovereignty and territorial integrity of the Democratic "
                             "Republic of the Congo.", speaker="Kenya")
    assert ("SUPPORT", "KEN", "COD") in got, got


def test_the_two_parties_on_a_relations_page_are_its_pair(extractor: Any) -> None:
    ev = extract(extractor, "Trade has grown steadily since 2010. On 21 December 2015 the two parties "
                            "signed an agreement on cooperation in Astana.", published="2024-06-01",
                 title="Kazakhstan–Russia relations", source="Wikipedia")
    assert ("SUPPORT", "KAZ", "RUS") in happened_pairs(ev), happened_pairs(ev)


# -- dates ----------------------------------------------------------------------------------------------------------
def test_relations_made_long_ago_do_not_date_later_support(extractor: Any) -> None:
    text = ("President Trump welcomed President Battulga of Mongolia to the White House today. It comes 32 years "
            "after our two countries established diplomatic relations in January 1987.\n\nPresident Battulga, for "
            "his part, thanked the United States for standing with Mongolia for nearly three decades.")
    got = happened(extract(extractor, text, published="2019-07-31", title="Joint statement",
                           source="The White House"))
    assert ("SUPPORT", "MNG", "USA", "2019-07-31") in got, got


# -- blame ----------------------------------------------------------------------------------------------------------
def test_refusing_to_recognise_the_annexation_is_to_the_annexer(extractor: Any) -> None:
    ev = extract(extractor, "In March Russia annexed Crimea from Ukraine. Estonia does not, and will not, recognize "
                            "the illegal annexation.", published="2014",
                 title="Estonia: statement in the General Debate of the UN General Assembly",
                 source="President of Estonia (UN General Assembly General Debate)")
    refusals = [(e.actors, e.recipients) for e in ev.events if e.type == "REJECT"]  # (stated as a lasting refusal)
    assert (["EST"], ["RUS"]) in refusals, refusals


def test_bearing_responsibility_is_blame(extractor: Any) -> None:
    got = _events(extractor, "Drones struck oil facilities in Abqaiq last week. The Iranian regime bears "
                             "responsibility for this act of war.", speaker="Saudi Arabia")
    assert ("ACCUSE", "SAU", "IRN") in got, got


def test_reported_attack_in_a_conjoined_verb_is_alleged(extractor: Any) -> None:
    got = _events(extractor, "On 16 June the Chinese foreign ministry said Indian troops had crossed the line and "
                             "attacked Chinese personnel.")
    assert ("ACCUSE", "CHN", "IND") in got, got


# -- visits ---------------------------------------------------------------------------------------------------------
def test_a_delegation_sent_to_a_state_is_a_visit(extractor: Any) -> None:
    got = _events(extractor, "Armenia sent a delegation to Baku in a gesture of goodwill. Iran dispatched its "
                             "foreign minister to Yerevan.")
    assert ("CONSULT", "ARM", "AZE") in got and ("CONSULT", "IRN", "ARM") in got, got


def test_guard_a_message_sent_is_no_visit(extractor: Any) -> None:
    got = _events(extractor, "Xi sent a message of condolence to Sri Lankan President Maithripala Sirisena.")
    assert ("CONSULT", "CHN", "LKA") not in got, got


# -- claims ---------------------------------------------------------------------------------------------------------
def test_airmen_killed_are_people(extractor: Any) -> None:
    got = extract(extractor, "During the mutiny at least 13 Russian airmen were killed.", published="2023-06-27")
    assert any(c.measure == "people_count" and c.subject == "RUS" and c.value == 13 for c in got.claims), got.claims


def test_apps_are_not_people(extractor: Any) -> None:
    got = extract(extractor, "In 2020 India banned 59 Chinese mobile applications.", published="2020-07-01")
    assert not any(c.measure == "people_count" for c in got.claims), got.claims


# -- stances --------------------------------------------------------------------------------------------------------
def test_a_states_internal_affair_is_non_interference(extractor: Any) -> None:
    got = _stances(extractor, "Kazakhstan's President Kassym-Jomart Tokayev said the events were Russia's "
                              "internal affair.")
    assert ("KAZ", "non_interference", "RUS", "support") in got, got


def test_clause_beside_a_call_has_its_own_holder(extractor: Any) -> None:
    got = _stances(extractor, "Uzbekistan's President Shavkat Mirziyoyev also called to offer his backing, while "
                              "Kazakhstan's President Kassym-Jomart Tokayev said the rebellion was Russia's internal "
                              "affair.")
    assert ("KAZ", "non_interference", "RUS", "support") in got, got
    assert not any(h == "UZB" for h, *_ in got), got


def test_refraining_from_interference_upholds_it(extractor: Any) -> None:
    got = _stances(extractor, "Saudi Arabia and Iran agreed to refrain from interfering in each other's internal "
                              "affairs.")
    assert ("SAU", "non_interference", "IRN", "support") in got, got
    assert ("IRN", "non_interference", "SAU", "support") in got, got


def test_urging_to_stop_interfering_upholds_it(extractor: Any) -> None:
    got = _stances(extractor, "China urged the US to stop interfering in China's internal affairs.")
    assert any(h == "CHN" and i == "non_interference" and p == "support" for h, i, _, p in got), got


def test_guard_interfering_is_opposed(extractor: Any) -> None:
    got = _stances(extractor, "Russia continued interfering in Georgia's internal affairs, Tbilisi said.")
    assert not any(h == "RUS" and p == "support" for h, _, _, p in got), got


def test_guard_call_for_both_sides_to_stop_fighting(extractor: Any) -> None:
    got = _stances(extractor, "Armenia and Azerbaijan traded fire on Sunday. Moscow has called for both sides to "
                              "stop the fighting.")
    assert ("RUS", "ceasefire", None, "support") in got or any(h == "RUS" and i == "ceasefire" for h, i, *_ in got), got
    assert not any(h in ("ARM", "AZE") and i == "ceasefire" for h, i, *_ in got), got


def test_guard_happened_pairs_helper(extractor: Any) -> None:
    got = happened_pairs(extract(extractor, "Chile and Peru signed a trade deal on 2 June.", published="2023-06-27"))
    assert ("SUPPORT", "CHL", "PER") in got, got
