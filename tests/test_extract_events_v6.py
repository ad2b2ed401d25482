"""rules.v6 event classes (issue 12, fourth round), each on small hand-written texts: speech acts (threats of force
named as a noun, refusals, stated wishes to cooperate), measures undone, trigger words used of no act between
states, and what talks are about."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract, happened


def pairs(ev) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(t, a, r) for t, a, r, _ in happened(ev)}


# -- a threatened measure is a threat, not the measure ---------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Canada threatened new sanctions against Peru over the mining dispute.",
    "Chile threatened Bolivia with an embargo on copper.",
    "Norway warned Sweden of sanctions.",
])
def test_a_threatened_measure_is_a_threat(extractor, sentence) -> None:
    got = pairs(extract(extractor, sentence))
    assert ("THREATEN",) == tuple({t for t, _, _ in got})
    assert not any(t in ("SANCTION", "COERCE") for t, _, _ in got)


def test_a_measure_imposed_stays_the_measure(extractor) -> None:
    got = pairs(extract(extractor, "Canada imposed new sanctions on Peru last week."))
    assert ("SANCTION", "CAN", "PER") in got and not any(t == "THREATEN" for t, _, _ in got)


# -- a measure undone is no measure taken ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Japan lifted its embargo on Chile in March.",
    "Last week Japan said it was easing the arms embargo against Chile.",
])
def test_a_measure_lifted_is_no_sanction(extractor, sentence) -> None:
    got = pairs(extract(extractor, sentence))
    assert not any(t == "SANCTION" for t, _, _ in got)


# -- a refusal to cooperate happened: REJECT -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Peru refused to recognize the government of Chile.",
    "Bolivia declined to meet the Chilean foreign minister in Lima.",
])
def test_a_refusal_to_cooperate_is_a_rejection(extractor, sentence) -> None:
    got = pairs(extract(extractor, sentence))
    assert any(t == "REJECT" for t, _, _ in got)
    assert not any(t in ("SUPPORT", "CONSULT") for t, _, _ in got)


def test_no_refusal_is_no_rejection(extractor) -> None:
    got = pairs(extract(extractor, "Peru did not refuse to recognize the government of Chile."))
    assert not any(t == "REJECT" for t, _, _ in got)


def test_a_plain_negation_is_no_rejection(extractor) -> None:
    got = pairs(extract(extractor, "Peru did not recognize the government of Chile."))
    assert not got


# -- a stated wish to cooperate is an intent expressed (CAMEO 03 → AGREE) ----------------------------------------
@pytest.mark.parametrize("sentence", [
    "Chile said it wanted to hold talks with Peru on the border.",
    "Norway is keen to expand its cooperation with Finland.",
])
def test_a_stated_wish_to_cooperate_is_agree(extractor, sentence) -> None:
    got = pairs(extract(extractor, sentence))
    assert {t for t, _, _ in got} == {"AGREE"}


@pytest.mark.parametrize("sentence", [
    "If Chile wanted to hold talks with Peru, it would say so.",
    "Chile does not want to hold talks with Peru.",
    "Chile may want to hold talks with Peru.",
])
def test_a_wish_not_stated_is_nothing(extractor, sentence) -> None:
    assert not pairs(extract(extractor, sentence))


def test_agreements_pursued_are_not_reached(extractor) -> None:
    assert not pairs(extract(extractor, "Chile has pursued similar agreements with Peru and Bolivia in recent years."))


# -- what talks are about is no party to them ------------------------------------------------------------------------
def test_talks_about_a_state_are_not_with_it(extractor) -> None:
    got = pairs(extract(extractor, "Canada held talks with Mexico about Cuba's debt last week."))
    assert ("CONSULT", "CAN", "MEX") in got and ("CONSULT", "CAN", "CUB") not in got


# -- trigger words used of no act between states ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Peru released footage of the border clashes with Chile.",
    "A Peruvian and a Chilean vessel were involved in a collision off the coast last week.",
    "Chile repeated its calls for an end to the fishing dispute with Peru.",
])
def test_trigger_words_used_of_no_act(extractor, sentence) -> None:
    got = pairs(extract(extractor, sentence))
    assert not any(t in ("CONCEDE", "COOPERATE", "CONSULT") for t, _, _ in got)


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Peru released two Chilean fishermen last week.", "CONCEDE"),
    ("Chile is involved in the reconstruction of the Peruvian port.", "COOPERATE"),
    ("Chile held a phone call with Peru on Monday.", "CONSULT"),
])
def test_the_same_words_of_acts_still_count(extractor, sentence, wanted) -> None:
    got = pairs(extract(extractor, sentence))
    assert any(t == wanted for t, _, _ in got)


# -- what was promised or threatened has not happened: the promise or the threat has --------------------------------
@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), [
    ("Norway agreed to hold talks with Finland.", "AGREE", "CONSULT"),
    ("Norway offered to mediate between Finland and Sweden.", "AGREE", "CONSULT"),
    ("Norway vowed to impose sanctions on Finland.", "THREATEN", "SANCTION"),
    ("Norway pledged to expand its cooperation with Finland.", "AGREE", "COOPERATE"),
])
def test_the_content_of_an_undertaking_has_not_happened(extractor, sentence, wanted, unwanted) -> None:
    types = {t for t, _, _ in pairs(extract(extractor, sentence))}
    assert wanted in types and unwanted not in types


# -- noun-phrase events the text takes as having happened ------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "wanted"), [
    ("After the signing of the agreement between Chile and Peru, trade grew.", ("SUPPORT", "CHL", "PER")),
    ("After talks between Chile and Peru in Lima, the ministers issued a statement.", ("CONSULT", "PER", "CHL")),
    ("Following the Chilean foreign minister's visit to Lima last week, Peru reopened its embassy.",
     ("CONSULT", "CHL", "PER")),
])
def test_a_noun_phrase_event_taken_as_past_is_an_event(extractor, sentence, wanted) -> None:
    assert wanted in pairs(extract(extractor, sentence))


def test_a_noun_phrase_event_not_taken_as_past_is_none(extractor) -> None:
    got = pairs(extract(extractor, "Talks between Chile and Peru would help the region."))
    assert not any(t == "CONSULT" for t, _, _ in got)


# -- what is asked for has not happened ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", ["Chile called for talks with Peru.", "Chile urged talks with Peru."])
def test_what_is_asked_for_has_not_happened(extractor, sentence) -> None:
    types = {t for t, _, _ in pairs(extract(extractor, sentence))}
    assert "REQUEST" in types and "CONSULT" not in types


def test_readiness_expressed_is_the_subjects(extractor) -> None:
    assert ("AGREE", "CHL", "PER") in pairs(extract(extractor, "Chile expressed readiness to help Peru."))


# -- an undertaking about a conflict is towards its parties ----------------------------------------------------------
FIGHT = "Peru and Bolivia clashed on the border on Sunday. "


def test_a_stated_wish_to_end_a_conflict_is_towards_its_parties(extractor) -> None:
    got = pairs(extract(extractor, FIGHT + "The president said on Monday that Chile would seek to end the violence."))
    assert ("AGREE", "CHL", "PER") in got and ("AGREE", "CHL", "BOL") in got


def test_a_vow_to_act_by_force_threatens_the_adversary(extractor) -> None:
    got = pairs(extract(extractor, FIGHT + "Bolivia vowed to take back control over the territory, using military "
                                          "force if necessary."))
    assert ("THREATEN", "BOL", "PER") in got


@pytest.mark.parametrize("sentence", [
    "Chile could seek to end the violence.",  # a possibility, no undertaking
    "Bolivia vowed to take back control over the territory.",  # no force named: no threat read
    "Chile has not sought to end the violence.",
])
def test_no_undertaking_on_the_conflict(extractor, sentence) -> None:
    got = pairs(extract(extractor, FIGHT + sentence))
    assert not any(t in ("AGREE", "THREATEN") for t, _, _ in got)


# -- headings report nothing -----------------------------------------------------------------------------------------
def test_a_title_case_heading_run_into_the_text_is_no_event(extractor) -> None:
    text = ("Readout of the Chilean President's Meeting with the President of Peru\n"
            "The Chilean president met today with Bolivia's foreign minister in Santiago.")
    got = pairs(extract(extractor, text))
    assert ("CONSULT", "CHL", "BOL") in got and not any(r == "PER" or a == "PER" for _, a, r in got)


def test_a_bold_heading_is_no_event(extractor) -> None:
    got = pairs(extract(extractor, "**Chile and Peru sign a trade deal**\nBusiness groups welcomed the news."))
    assert not got


@pytest.mark.parametrize("text", [
    "- 12 May – Chile and the Republic of Peru sign a Free Trade Agreement.[3]\n- 14 May – Nothing happens.",
    "Chile signed a trade deal with Peru on Monday\nBusiness groups welcomed the news.",
])
def test_a_list_item_or_a_plain_line_still_reports(extractor, text) -> None:
    assert any(t in ("SUPPORT", "AGREE") for t, _, _ in pairs(extract(extractor, text)))


# -- break-away regions and the reactions an act draws ---------------------------------------------------------------
def test_recognising_a_breakaway_region_is_no_support_for_the_state_it_left(extractor) -> None:
    got = pairs(extract(extractor, "Russia recognised Abkhazia's independence, drawing condemnation from Georgia."))
    assert ("SUPPORT", "RUS", "GEO") not in got and ("ACCUSE", "GEO", "RUS") in got


def test_those_an_act_drew_condemnation_from_condemn_and_are_no_party_to_it(extractor) -> None:
    got = pairs(extract(extractor, "8 June – The Chilean president visits Bolivia on the anniversary of the war, "
                                   "drawing condemnation from the Peruvian Foreign Ministry, the EU Delegation to "
                                   "Peru, and the U.S. Department of State."))
    assert {("ACCUSE", "PER", "CHL"), ("ACCUSE", "EU", "CHL"), ("ACCUSE", "USA", "CHL")} <= got
    assert not any(t == "CONSULT" and r in ("EU", "USA", "PER") for t, _, r in got)


# -- refusals and threats in reported speech -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Chile said it would not attend the talks with Peru.",
    "Chile said on Monday that it will not meet Peru's demands.",
])
def test_a_refusal_said_is_a_rejection(extractor, sentence) -> None:
    assert {t for t, _, _ in pairs(extract(extractor, sentence))} == {"REJECT"}


@pytest.mark.parametrize("sentence", [
    "Chile said it would not attend the talks with Peru if the fighting continued.",  # a condition set
    "Chile would not attend the talks with Peru.",  # nobody said so
    "Chile did not say it would not attend the talks with Peru.",
])
def test_no_refusal_said(extractor, sentence) -> None:
    assert not any(t == "REJECT" for t, _, _ in pairs(extract(extractor, sentence)))


def test_a_protest_announced_is_a_threat(extractor) -> None:
    got = pairs(extract(extractor, "Bolivian leaders said they would boycott all official contact with Chile."))
    assert ("THREATEN", "BOL", "CHL") in got


def test_meeting_demands_is_yielding_not_a_meeting(extractor) -> None:
    got = pairs(extract(extractor, "Chile met Peru's demands on Monday."))
    assert ("CONCEDE", "CHL", "PER") in got and not any(t == "CONSULT" for t, _, _ in got)


# -- groups, retellings and bases ------------------------------------------------------------------------------------
def test_the_two_countries_anaphora_still_works(extractor) -> None:
    text = "Chile and Peru fought a war in 1879. Bolivia urged the two countries to negotiate."
    got = pairs(extract(extractor, text))
    assert ("REQUEST", "BOL", "CHL") in got and ("REQUEST", "BOL", "PER") in got


def test_between_the_two_countries_counts_the_actor(extractor) -> None:
    text = ("Peru and Bolivia clashed on the border on Sunday. Chile protested. The Peruvian army shelled a "
            "village on the border between the two countries on Monday.")
    got = pairs(extract(extractor, text))
    assert ("ASSAULT", "PER", "BOL") in got and ("ASSAULT", "PER", "CHL") not in got


def test_these_calls_are_the_calls_told_before(extractor) -> None:
    text = ("The Chilean foreign minister spoke today with the foreign ministers of Peru and Bolivia. In these "
            "calls, they took stock of the progress made in EU-facilitated talks since their meeting in May.")
    got = pairs(extract(extractor, text))
    assert not any(r == "EU" or a == "EU" for _, a, r in got)


def test_building_a_policy_on_something_is_no_cooperation(extractor) -> None:
    got = pairs(extract(extractor, "Chile builds its policies in our region on the exploitation of conflicts."))
    assert not any(t == "COOPERATE" for t, _, _ in got)


# -- an attempt is the act attempted (PLOVER codes attempts) ---------------------------------------------------------
@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Chile has been trying to mediate between Peru and Bolivia.", ("CONSULT", "CHL", "PER")),
    ("Peru attempted to invade Bolivia in 1932.", ("ASSAULT", "PER", "BOL")),
])
def test_an_attempt_is_the_act(extractor, sentence, wanted) -> None:
    assert wanted in pairs(extract(extractor, sentence))


@pytest.mark.parametrize("sentence", [
    "Chile will try to mediate between Peru and Bolivia.",
    "Chile did not try to mediate between Peru and Bolivia.",
])
def test_an_attempt_not_made_is_nothing(extractor, sentence) -> None:
    assert not any(t == "CONSULT" for t, _, _ in pairs(extract(extractor, sentence)))


# -- negotiating towards a deal; speaking highly of ------------------------------------------------------------------
def test_working_towards_an_agreement_is_negotiating(extractor) -> None:
    got = pairs(extract(extractor, "Chile and Peru are working towards an agreement on fisheries."))
    assert ("CONSULT", "CHL", "PER") in got and ("CONSULT", "PER", "CHL") in got
    assert not any(t == "AGREE" for t, _, _ in got)


def test_working_on_something_else_is_no_negotiation(extractor) -> None:
    assert not pairs(extract(extractor, "Chile and Peru are working towards better fisheries."))


def test_speaking_highly_of_is_support(extractor) -> None:
    got = pairs(extract(extractor, "The president of Chile spoke highly of Peru's reforms last week."))
    assert ("SUPPORT", "CHL", "PER") in got


# -- giving and sending aid ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Norway sent arms to Chile last year.", ("AID", "NOR", "CHL")),
    ("Japan shipped 500 tons of rice to Peru in March.", ("AID", "JPN", "PER")),
    ("Finland will give Bolivia a grant of 5 million euros, the ministry said today.", ("AGREE", "FIN", "BOL")),
])
def test_goods_given_or_sent_are_aid(extractor, sentence, wanted) -> None:
    assert wanted in pairs(extract(extractor, sentence))


@pytest.mark.parametrize("sentence", ["Chile sent a letter to Peru.", "Chile gave Peru a warning."])
def test_other_things_sent_are_no_aid(extractor, sentence) -> None:
    assert not any(t in ("AID", "AGREE") for t, _, _ in pairs(extract(extractor, sentence)))


# -- offers and consensus --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Chile has again offered its troops to Peru's new president.", ("AGREE", "CHL", "PER")),
    ("Chile and Peru reached a consensus to exchange information on water resources on Thursday.",
     ("AGREE", "CHL", "PER")),
])
def test_an_offer_made_or_a_consensus_reached_is_agree(extractor, sentence, wanted) -> None:
    assert wanted in pairs(extract(extractor, sentence))


def test_a_commercial_offering_is_no_offer_between_states(extractor) -> None:
    got = pairs(extract(extractor, "A Chilean airline offers charter flights to Peru and Bolivia."))
    assert not any(t == "AGREE" for t, _, _ in got)


# -- cutting ties, formal protests, ultimatums -----------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), [
    ("Japan said on Tuesday it had halted economic aid to Peru.", ("SANCTION", "JPN", "PER"), "AID"),
    ("Chile suspended cooperation with Peru in May.", ("SANCTION", "CHL", "PER"), "COOPERATE"),
    ("A Chilean minister has cancelled a planned visit to Peru.", ("SANCTION", "CHL", "PER"), "CONSULT"),
    ("Peru lodged an official protest with Bolivia today.", ("ACCUSE", "PER", "BOL"), "PROTEST"),
])
def test_cutting_ties_and_formal_protests(extractor, sentence, wanted, unwanted) -> None:
    got = pairs(extract(extractor, sentence))
    assert wanted in got and not any(t == unwanted for t, _, _ in got)


@pytest.mark.parametrize("sentence", [
    "Chile announced that it will withdraw its troops from Peru unless the president agrees to talks.",
    "Chile threatened to withdraw from the fisheries agreement with Peru.",
])
def test_an_ultimatum_or_a_threat_to_leave_is_a_threat(extractor, sentence) -> None:
    assert {t for t, _, _ in pairs(extract(extractor, sentence))} == {"THREATEN"}


def test_a_plain_promise_to_withdraw_stays_agree(extractor) -> None:
    assert ("AGREE", "CHL", "PER") in pairs(extract(extractor, "Chile said it will withdraw its troops from Peru."))


# -- demands in the subjunctive, renewed talks, suspensions ----------------------------------------------------------
def test_what_is_demanded_has_not_happened(extractor) -> None:
    got = pairs(extract(extractor, "Chile reiterated its demand today that Peru ease restrictions on Bolivian "
                                   "workers."))
    assert not any(t == "CONCEDE" for t, _, _ in got)


def test_what_is_reported_as_done_has_happened(extractor) -> None:
    got = pairs(extract(extractor, "Bolivia said that Peru withdrew its troops from Chile."))
    assert ("RETREAT", "PER", "CHL") in got


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Chile and Peru renewed negotiations today on the border.", ("CONSULT", "CHL", "PER")),
    ("Italy announced a suspension of air links with Peru on Wednesday.", ("SANCTION", "ITA", "PER")),
])
def test_renewed_talks_and_suspensions(extractor, sentence, wanted) -> None:
    assert wanted in pairs(extract(extractor, sentence))


# -- a date inside the signers' phrase dates the signing -------------------------------------------------------------
def test_a_date_in_the_agent_phrase_dates_the_signing(extractor) -> None:
    text = ("In this sense, I consider the opening of the ports very important, which is stated in the fifth point of "
            "the joint declaration signed by the President of the French Republic, the President of Austria and the "
            "Prime Minister of Italy of May 4, 2019 and June 5, 2020.")
    ev = extract(extractor, text, published="2021")
    dates = {d for t, a, r, d in happened(ev) if t == "SUPPORT"}
    assert dates and all(d.startswith("2019-05") for d in dates)


# -- implied recipients: the parties to the conflict -----------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "typ"), [
    ("Chile welcomed the ceasefire on Tuesday.", "SUPPORT"),
    ("Chile called for restraint.", "REQUEST"),
    ("Chile condemned the violence.", "ACCUSE"),
    ("Chile called for an immediate end to hostilities.", "REQUEST"),
])
def test_a_reaction_to_the_fighting_is_towards_its_parties(extractor, sentence, typ) -> None:
    got = pairs(extract(extractor, FIGHT + sentence))
    assert (typ, "CHL", "PER") in got and (typ, "CHL", "BOL") in got


def test_no_conflict_no_implied_parties(extractor) -> None:
    assert not pairs(extract(extractor, "Chile welcomed the ceasefire on Tuesday."))


# -- a joint act named with a place of one of its parties: each with the other --------------------------------------
@pytest.mark.parametrize("sentence, kinds", [
    ("Turkey and Azerbaijan signed a defence agreement in Baku on 3 March 2021.", {"SUPPORT", "AGREE"}),
    ("Georgia and China signed a free trade agreement in Beijing on 13 May 2017.", {"SUPPORT", "AGREE"}),
    ("Russia and China held talks in Moscow.", {"CONSULT"}),
])
def test_a_joint_act_in_one_partys_capital_is_between_both(extractor, sentence, kinds) -> None:
    got = pairs(extract(extractor, sentence))
    named = [code for code in ("TUR", "AZE", "GEO", "CHN", "RUS") if code in {a for _, a, _ in got}]
    assert len(named) == 2, got
    a, b = named
    for kind in kinds:
        assert (kind, a, b) in got and (kind, b, a) in got, got


def test_a_purpose_clause_of_a_future_visit_has_not_happened(extractor) -> None:
    text = ("Nikolai Snopkov, Deputy Head of the Belarus President Administration will come to China on November 2 "
            "to co-host the 3rd Meeting of the China-Russia Intergovernmental Cooperation Committee.")
    assert not any(t == "CONSULT" for t, _, _ in pairs(extract(extractor, text)))


def test_a_yearless_date_in_a_sentence_about_the_future_is_the_coming_one(extractor) -> None:
    text = ("During the visit on November 3, Premier Li will hold the regular meeting between Chinese and Russian "
            "prime ministers with Prime Minister Medvedev.")
    ev = extract(extractor, text, published="2018-10-29")
    planned = [e for e in ev.events if e.type == "CONSULT"]
    assert planned and all(e.date == "2018-11-03" and e.hypothetical for e in planned)
    past = extract(extractor, "Premier Li held talks with Russia on November 2.", published="2018-10-29")
    assert [e.date for e in past.events if e.type == "CONSULT"] == ["2017-11-02"]
