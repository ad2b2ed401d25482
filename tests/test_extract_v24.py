"""rules.v24 (issue 12), each on small hand-written texts; every test fails on the code of rules.v23 (0a47822).
Events: a diplomatic summons is an accusation; "both countries" in a sentence about a truce are the warring pair; a
truce that collapsed is no new truce; an act lends its date only to the same doer's; "they" in a clause about a
meeting told in the sentence; a ministry's titled official is the speaker's; a war "launched by" a state is its war;
a charge called groundless in a statement is rejected by the speaker. Claims: a sum's own flow stops at a
year; clock times are no figures; arrivals are people; money "that X has provided to Y"; "with whom we share a
border"; "trade between our countries"; "the first ten months of the year" dates every figure of its sentence."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import claim_matches, extract, happened, happened_pairs, speech

_NEWS = {"title": "World news", "source": "Reuters"}
_MFA = {"title": "Foreign Ministry Spokesperson's Regular Press Conference",
        "source": "Ministry of Foreign Affairs of the People's Republic of China"}


def _has(claims: list, exp: tuple) -> bool:  # type: ignore[type-arg]
    return any(claim_matches(c, exp) for c in claims)


# -- events -----------------------------------------------------------------------------------------------------------
def test_a_diplomatic_summons_is_an_accusation(extractor: Any) -> None:
    ev = extract(extractor, "Hanoi summoned Beijing's ambassador on Tuesday. Warsaw hit back by summoning "
                            "Belarus's envoy. Oslo called in the Russian chargé d'affaires.",
                 published="2021-06-10", **_NEWS)
    pairs = happened_pairs(ev)
    assert {("ACCUSE", "VNM", "CHN"), ("ACCUSE", "POL", "BLR")} <= pairs, pairs
    assert not any(t == "CONSULT" for t, _, _ in pairs), pairs


def test_both_countries_urged_to_keep_a_truce_are_the_warring_pair(extractor: Any) -> None:
    ev = extract(extractor, "Fighting between Ethiopia and Eritrea raged along the border for a month. Kenya trades "
                            "with Somalia. In Washington, US Secretary of State Madeleine "
                            "Albright urged both countries to respect the ceasefire.", published="2000-06-10", **_NEWS)
    pairs = happened_pairs(ev)
    assert {("REQUEST", "USA", "ETH"), ("REQUEST", "USA", "ERI")} <= pairs, pairs
    assert ("REQUEST", "USA", "KEN") not in pairs and ("REQUEST", "USA", "SOM") not in pairs, pairs


def test_a_truce_that_collapsed_is_no_new_truce(extractor: Any) -> None:
    ev = extract(extractor, "Ethiopia and Eritrea fought a border war. But the truce collapsed within hours.",
                 published="2000-06-10", **_NEWS)
    assert not any(e.type == "RETREAT" for e in ev.events), ev.events
    kept = extract(extractor, "Ethiopia and Eritrea fought a border war. Two ceasefires, brokered by Algeria, were "
                              "violated by Eritrea.", published="2000-06-10", **_NEWS)
    assert any(e.type == "RETREAT" for e in kept.events), kept.events


def test_an_act_lends_its_date_only_to_the_same_doers_act(extractor: Any) -> None:
    ev = extract(extractor, "Prime Minister Mark Rutte told parliament on 4 March that the deal had been a mistake. "
                            "Dutch officials have accused Turkey of meddling. The Turkish foreign ministry summoned "
                            "the Dutch ambassador in protest.", published="2017-04-20", **_NEWS)
    assert ("ACCUSE", "TUR", "NLD", "2017-03-04") in happened(ev), happened(ev)


def test_they_in_a_clause_about_a_meeting_are_the_two_who_met(extractor: Any) -> None:
    ev = extract(extractor, "Mr Modi has hosted Japanese and Australian ministers. In May Mr Modi met Emmanuel "
                            "Macron in Paris, where they agreed to build six submarines together.",
                 published="2019-06-10", **_NEWS)
    pairs = happened_pairs(ev)
    assert ("AGREE", "IND", "FRA") in pairs or ("AGREE", "FRA", "IND") in pairs, pairs
    assert not any(t == "AGREE" and {a, r} & {"JPN", "AUS"} for t, a, r in pairs), pairs


def test_both_after_a_call_told_in_the_sentence_are_the_two_who_spoke(extractor: Any) -> None:
    ev = extract(extractor, "Ethiopia and Eritrea fought for weeks. Joe Biden spoke by phone with Kenyan President "
                            "William Ruto on Thursday, the White House said, and both agreed that the talks must go "
                            "on.",
                 published="2023-03-02", **_NEWS)
    pairs = happened_pairs(ev)
    assert ("AGREE", "USA", "KEN") in pairs or ("AGREE", "KEN", "USA") in pairs, pairs
    assert ("AGREE", "ETH", "ERI") not in pairs, pairs


def test_they_after_when_the_two_met_are_the_two(extractor: Any) -> None:
    ev = extract(extractor, "Mr Modi and Mr Macron have grown close. When the two leaders met in Paris on May 5th "
                            "they agreed to build six submarines together.", published="2019-06-10", **_NEWS)
    pairs = happened_pairs(ev)
    assert ("AGREE", "IND", "FRA") in pairs or ("AGREE", "FRA", "IND") in pairs, pairs


def test_a_ministrys_titled_official_is_of_the_speakers_state(extractor: Any) -> None:
    ev = extract(extractor, "In Nairobi, Special Envoy Xue Bing met with Kenyan Foreign Minister Alfred Mutua. The "
                            "UN Special Envoy Hanna Tetteh met Sudanese officials.", published="2023-03-02", **_MFA)
    pairs = happened_pairs(ev)
    assert ("CONSULT", "CHN", "KEN") in pairs, pairs
    assert ("CONSULT", "CHN", "SDN") not in pairs, pairs


def test_a_war_launched_by_a_state_is_its_war(extractor: Any) -> None:
    ev = speech(extractor, "The war against Libya, launched in March 2011 by a coalition led by France, has left "
                           "the country in ruins.")
    assert ("ASSAULT", "FRA", "LBY") in happened_pairs(ev), happened_pairs(ev)


def test_a_charge_called_groundless_is_rejected_by_the_speaker(extractor: Any) -> None:
    ev = extract(extractor, "The Vietnamese accusation is groundless. The so-called allegations by Japan are totally "
                            "baseless.", published="2023-03-02", **_MFA)
    assert {("REJECT", "CHN", "VNM"), ("REJECT", "CHN", "JPN")} <= happened_pairs(ev), happened_pairs(ev)


# -- claims -----------------------------------------------------------------------------------------------------------
def test_exports_then_imports_after_whereas_keep_their_own_flows(extractor: Any) -> None:
    ev = extract(extractor, "Chilean exports to Peru were worth about US$900 million in 2019, whereas imports from "
                            "Peru exceeded US$1.4 billion.", published="2020-05-01", **_NEWS)
    assert _has(ev.claims, ("export_value", "CHL", "PER", 9e8, "usd", "2019")), ev.claims
    assert _has(ev.claims, ("import_value", "CHL", "PER", 1.4e9, "usd", "2019")), ev.claims


def test_a_time_of_day_is_no_figure(extractor: Any) -> None:
    ev = extract(extractor, "Published: 16:37 GMT, 3 May 2021\n\nPeru's exports rose.", published="2021-05-03",
                 **_NEWS)
    assert not any(c.value in (16, 37) for c in ev.claims), ev.claims


def test_arrivals_are_people(extractor: Any) -> None:
    ev = extract(extractor, "Germans were the largest group of visitors to Greece in 2019, with 4.5m arrivals.",
                 published="2020-05-01", **_NEWS)
    assert any(c.measure == "people_count" and c.value == 4.5e6 for c in ev.claims), ev.claims


def test_money_that_a_state_has_provided_to_another_is_aid(extractor: Any) -> None:
    ev = extract(extractor, "This is on top of the 2 million US dollars that Japan has provided to Mongolia.",
                 published="2020-05-01", **_NEWS)
    assert _has(ev.claims, ("aid_value", "MNG", "JPN", 2e6, "usd", None)), ev.claims


def test_a_border_we_share_with_a_state_is_ours_with_it(extractor: Any) -> None:
    ev = speech(extractor, "Brazil is our largest neighbour, with whom we share a border of 2,995 kilometres.")
    assert _has(ev.claims, ("distance", "PER", "BRA", 2995, "km", None)), ev.claims


def test_trade_between_our_countries_is_the_speakers_with_the_state_told_before(extractor: Any) -> None:
    ev = speech(extractor, "Chile is our valued neighbour. China is our strategic partner. Trade between our "
                           "countries reached some 28 billion dollars in 2014.")
    assert _has(ev.claims, ("trade_value", "PER", "CHN", 2.8e10, "usd", "2014")), ev.claims


def test_the_first_months_of_the_year_date_every_figure_of_the_sentence(extractor: Any) -> None:
    ev = extract(extractor, "In the first nine months of the year Chilean exports to Peru rose by 12%, to $1.1bn, "
                            "while imports from Peru, mostly copper concentrate and fuel, more than doubled to $3.4bn.",
                 published="2021-11-20", **_NEWS)
    assert _has(ev.claims, ("import_value", "CHL", "PER", 3.4e9, "usd", "2021")), ev.claims
