"""rules.v25 (issue 12), each on small hand-written texts; every test fails on the code of rules.v24 (8406f78).
Events: "for its aggression" is the one acted on's act; "ready to help X do Y" is a promise to X; a statement
answering with an accusation; "which" after a government (and "came to power" is no visit); a list of dates shares
its year; a deal's parties named by its relative clause, and its mediator's; a present-tense condition under a future;
"the three leaders" the sentence named; "where we agreed" at a meeting; "ready to talk to X"; a venue offered for talks
between two; bare "Central Asian countries"; what is welcomed named by its that-clause; refusing to recognise an
annexation is refused to the annexer; a time hung on a named operation dates it; releasing detainees is RETREAT
and deploying monitors or peacekeepers AID (CAMEO 0841, 074); "X's support" reaffirmed by an untitled subject is
X's. Stances: a halt to an
offensive is a ceasefire; "no X without Y"; refusing to recognise an annexation; "the Central Asian side"; NATO by
its full name, integration into the EU; sanctions that "must remain in place". Claims: an
elided second rank; a state overtaken owns no rank; a team of N people is its sender's; a force counted in a
relative clause is its antecedent's."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import claim_matches, extract, happened, happened_pairs, speech

_NEWS = {"title": "World news", "source": "Reuters"}
_MFA = {"title": "Foreign Ministry Spokesperson's Regular Press Conference",
        "source": "Ministry of Foreign Affairs of the People's Republic of China"}
_C5 = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def _has(claims: list, exp: tuple) -> bool:  # type: ignore[type-arg]
    return any(claim_matches(c, exp) for c in claims)


# -- events -----------------------------------------------------------------------------------------------------------
def test_for_its_aggression_is_the_act_of_the_one_acted_on(extractor: Any) -> None:
    ev = extract(extractor, "Japan imposed new sanctions on Russia for its aggression. Canada criticised Moscow over "
                            "its annexation of Crimea.", published="2014-09-25", **_NEWS)
    pairs = happened_pairs(ev)
    assert ("SANCTION", "JPN", "RUS") in pairs, pairs
    assert ("ASSAULT", "JPN", "RUS") not in pairs, pairs
    assert ("COERCE", "CAN", "UKR") not in pairs and ("COERCE", "RUS", "UKR") in pairs, pairs


def test_ready_to_help_a_state_do_something_is_a_promise_to_it(extractor: Any) -> None:
    ev = extract(extractor, "Ankara remains ready to help Afghanistan keep Kabul airport open. Russia will help Iran "
                            "build a second reactor at Bushehr.", published="2021-09-21", **_NEWS)
    pairs = happened_pairs(ev)
    assert {("AGREE", "TUR", "AFG"), ("AGREE", "RUS", "IRN")} <= pairs, pairs


def test_a_statement_answering_with_an_accusation_is_the_answerers(extractor: Any) -> None:
    ev = extract(extractor, "The Russian Foreign Ministry responded on 25 September with a statement accusing the "
                            "Armenian leadership of shifting the blame onto Moscow.", published="2023-09-27", **_NEWS)
    assert ("ACCUSE", "RUS", "ARM", "2023-09-25") in happened(ev), happened(ev)


def test_which_after_a_government_is_that_government(extractor: Any) -> None:
    ev = extract(extractor, "Pashinyan's government, which recognized Azerbaijan's territorial integrity in 2022, "
                            "now faces protests at home.", published="2023-09-27", **_NEWS)
    assert ("SUPPORT", "ARM", "AZE", "2022") in happened(ev), happened(ev)
    came = extract(extractor, "Turkey was Georgia's largest trading partner. The Georgian Dream government that came "
                              "to power in October 2012 kept relations with Ankara warm.", published="2024-09-01",
                   **_NEWS)
    assert not any(t == "CONSULT" for t, _, _ in happened_pairs(came)), happened(came)  # coming to power: no visit


def test_a_list_of_dates_takes_the_year_its_last_date_names(extractor: Any) -> None:
    ev = extract(extractor, "Merkel travelled to Kyiv on 5 February and to Moscow on 6 February 2015.",
                 published="2024-02-10", **_NEWS)
    dates = {d for t, a, r, d in happened(ev) if t == "CONSULT" and a == "DEU"}
    assert dates and all(d.startswith("2015-02") for d in dates), happened(ev)


def test_a_deals_parties_are_those_its_relative_clause_names(extractor: Any) -> None:
    ev = extract(extractor, "Our troops stand in Syria, and Syria borders Turkey. The ceasefire that Azerbaijan and "
                            "Armenia signed on 10 November 2020 through the mediation of the Russian Federation opened "
                            "a window for peace.", published="2021-09-21", **_NEWS)
    pairs = happened_pairs(ev)
    assert {("RETREAT", "AZE", "ARM"), ("CONSULT", "RUS", "AZE"), ("CONSULT", "RUS", "ARM")} <= pairs, pairs
    assert not any("SYR" in (a, r) or "TUR" in (a, r) for _, a, r in pairs), pairs


def test_a_present_tense_condition_under_a_future_did_not_happen(extractor: Any) -> None:
    ev = extract(extractor, "Peace will come when Russia withdraws from Ukraine and respects the borders of its "
                            "neighbours. Once Russia withdraws from Georgia, talks can start.",
                 published="2023-09-19", **_NEWS)
    assert not happened(ev), happened(ev)


def test_the_three_leaders_are_those_the_sentence_named(extractor: Any) -> None:
    ev = extract(extractor, "Putin hosted Aliyev and Pashinyan in Sochi on 26 November, where the three leaders "
                            "agreed to set up a working group on transport links.", published="2021-12-01", **_NEWS)
    pairs = happened_pairs(ev)
    assert {("AGREE", "RUS", "AZE"), ("AGREE", "RUS", "ARM")} <= pairs, pairs


def test_where_we_agreed_is_with_those_met_there(extractor: Any) -> None:
    ev = speech(extractor, "Last year I met President Tokayev in Astana, where we agreed to expand trade.")
    assert ("AGREE", "PER", "KAZ") in happened_pairs(ev), happened(ev)


def test_ready_to_talk_to_a_state(extractor: Any) -> None:
    ev = speech(extractor, "We are ready to talk to Chile, but never at the expense of our territory.")
    assert ("AGREE", "PER", "CHL") in happened_pairs(ev), happened(ev)


def test_a_venue_offered_for_talks_between_two_is_an_offer_to_both(extractor: Any) -> None:
    ev = speech(extractor, "Peru stands ready to offer Lima as a venue for talks between Ecuador and Colombia.")
    assert {("AGREE", "PER", "ECU"), ("AGREE", "PER", "COL")} <= happened_pairs(ev), happened(ev)


def test_bare_central_asian_countries_are_the_five(extractor: Any) -> None:
    ev = extract(extractor, "China stands ready to work with Central Asian countries on the summit.",
                 published="2023-05-10", **_NEWS)
    assert {r for t, a, r in happened_pairs(ev) if t == "AGREE" and a == "CHN"} == _C5, happened(ev)


def test_what_is_welcomed_is_done_by_those_the_that_clause_names(extractor: Any) -> None:
    ev = speech(extractor, "Peru stands ready to offer Lima as a venue for talks between Ecuador and Colombia. Peru "
                           "appreciates that the five permanent members of the Security Council signed a joint "
                           "declaration in 2012.")
    got = {r for t, a, r in happened_pairs(ev) if t == "SUPPORT" and a == "PER"}
    assert got == {"CHN", "FRA", "RUS", "GBR", "USA"}, happened(ev)


def test_refusing_to_recognise_an_annexation_is_refused_to_the_annexer(extractor: Any) -> None:
    ev = extract(extractor, "Tashkent has refused to recognise the annexation of Ukrainian regions by Russia.",
                 published="2022-10-05", **_NEWS)
    pairs = happened_pairs(ev)
    assert ("REJECT", "UZB", "RUS") in pairs and ("REJECT", "UZB", "UKR") not in pairs, pairs


def test_a_time_hung_on_a_named_operation_dates_the_operation(extractor: Any) -> None:
    ev = extract(extractor, "After Azerbaijan's military operation in Karabakh in September 2023, Erdogan travelled to "
                            "Nakhchivan on 25 September.", published="2024-03-15", **_NEWS)
    assert ("CONSULT", "TUR", "AZE", "2023-09-25") in happened(ev), happened(ev)


def test_releasing_detainees_is_a_retreat_and_deploying_monitors_aid(extractor: Any) -> None:
    ev = extract(extractor, "Azerbaijan released 15 Armenian detainees. The EU deployed a civilian monitoring "
                            "mission to Armenia. Russia deployed troops to Belarus.", published="2023-06-12", **_NEWS)
    pairs = happened_pairs(ev)
    assert {("RETREAT", "AZE", "ARM"), ("AID", "EU", "ARM"), ("MOBILIZE", "RUS", "BLR")} <= pairs, pairs
    assert ("CONCEDE", "AZE", "ARM") not in pairs and ("MOBILIZE", "EU", "ARM") not in pairs, pairs


def test_a_states_support_reaffirmed_by_an_untitled_subject_is_that_states(extractor: Any) -> None:
    ev = extract(extractor, "The chair of the meeting reaffirmed the United States' support for Armenia's "
                            "sovereignty and territorial integrity.", published="2023-10-05", **_NEWS)
    assert ("SUPPORT", "USA", "ARM") in happened_pairs(ev), happened(ev)


# -- stances ----------------------------------------------------------------------------------------------------------
def test_a_call_to_halt_an_offensive_is_for_a_ceasefire(extractor: Any) -> None:
    ev = extract(extractor, "France called on Azerbaijan to halt its offensive for good. Blinken urged Aliyev to "
                            "immediately cease military actions.", published="2023-09-20", **_NEWS)
    holders = {s.holder for s in ev.stances if s.issue == "ceasefire" and s.polarity == "support"}
    assert {"FRA", "USA"} <= holders, ev.stances


def test_no_x_without_y_holds_y_needed(extractor: Any) -> None:
    ev = extract(extractor, "There is no democracy without the rule of law, the Moldovan president said.",
                 published="2023-09-19", **_NEWS)
    got = {(s.holder, s.polarity) for s in ev.stances if s.issue == "rule_of_law"}
    assert got == {("MDA", "support")}, ev.stances


def test_refusing_to_recognise_an_annexation_holds_the_integrity(extractor: Any) -> None:
    ev = extract(extractor, "Kazakhstan has refused to recognise Russia's annexation of Ukrainian territory.",
                 published="2024-02-08", **_NEWS)
    got = {(s.holder, s.target, s.polarity) for s in ev.stances if s.issue == "territorial_integrity"}
    assert ("KAZ", "UKR", "support") in got, ev.stances


def test_the_central_asian_side_is_the_five(extractor: Any) -> None:
    ev = extract(extractor, "President Xi met the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and "
                            "Uzbekistan in Xi'an. The Central Asian side reiterated its commitment to the one-China "
                            "principle.", published="2023-05-22", **_MFA)
    holders = {s.holder for s in ev.stances if s.issue == "one_china"}
    assert _C5 <= holders, ev.stances


def test_nato_by_its_full_name_and_integration_into_the_eu(extractor: Any) -> None:
    ev = speech(extractor, "We remain committed to our integration into the European Union and the North Atlantic "
                           "Treaty Organization.")
    got = {(s.holder, s.issue, s.polarity) for s in ev.stances}
    assert {("PER", "nato_membership", "support"), ("PER", "eu_membership", "support")} <= got, ev.stances


def test_sanctions_that_must_remain_in_place_are_the_speakers_call(extractor: Any) -> None:
    ev = speech(extractor, "Sanctions against Russia must remain in place until the Minsk agreements are fully "
                           "implemented.")
    assert ("PER", "sanctions_on_russia", "support") in {(s.holder, s.issue, s.polarity) for s in ev.stances}, \
        ev.stances
    these = speech(extractor, "We thank Japan, which has imposed sanctions on the Russian Federation. These sanctions "
                              "must stay in place until Crimea is returned.")
    assert ("PER", "sanctions_on_russia", "support") in {(s.holder, s.issue, s.polarity) for s in these.stances}, \
        these.stances


# -- claims -----------------------------------------------------------------------------------------------------------
def test_an_elided_second_rank_keeps_the_partner(extractor: Any) -> None:
    ev = extract(extractor, "China is now the largest trading partner of Turkmenistan and the second largest of "
                            "Kazakhstan. Turkey is Georgia's biggest trading partner and Azerbaijan's third largest.",
                 published="2023-05-22", **_NEWS)
    for exp in [("trade_partner_rank", "TKM", "CHN", 1, "rank", None), ("trade_partner_rank", "KAZ", "CHN", 2, "rank",
                                                                        None),
                ("trade_partner_rank", "AZE", "TUR", 3, "rank", None)]:
        assert _has(ev.claims, exp), (exp, ev.claims)
    assert not any(c.measure == "other" and c.unit == "rank" and c.subject == "TKM" for c in ev.claims), ev.claims


def test_a_state_overtaken_owns_no_rank(extractor: Any) -> None:
    ev = extract(extractor, "Trade between China and Kazakhstan reached $41bn last year, and China has overtaken "
                            "Russia as the country's biggest trading partner.", published="2024-02-08", **_NEWS)
    assert _has(ev.claims, ("trade_partner_rank", "KAZ", "CHN", 1, "rank", None)), ev.claims
    assert not any(c.measure.endswith("rank") and c.subject == "RUS" for c in ev.claims), ev.claims


def test_a_team_of_people_is_its_senders(extractor: Any) -> None:
    ev = extract(extractor, "After the earthquake in Turkey, Kazakhstan sent a rescue team of 56 people.",
                 published="2023-02-10", **_NEWS)
    assert _has(ev.claims, ("people_count", "KAZ", None, 56, "people", None)), ev.claims


def test_a_force_counted_in_a_relative_clause_is_its_antecedents(extractor: Any) -> None:
    ev = extract(extractor, "Georgia hosts the EU Monitoring Mission, which has some 200 unarmed monitors on the "
                            "ground.", published="2010-09-23", **_NEWS)
    assert _has(ev.claims, ("people_count", "EU", None, 200, "people", None)), ev.claims
