"""rules.v20 (issue 12), each on small hand-written texts. Claims: "earlier that year"; a price per unit of goods;
"among X's five largest"; "X is Y's largest source of investment"; "invested … in the country"; "in financing"; the
subject of a clause after ", and"; a year a change is measured from; an aside between dashes; the source of figures;
"with A or B"; another flow's owner; "the region's" partner and money "to the region"; a share told with a rank;
"ranked ninth among". Events: a month in capitals; a figure's year is no story's year; a list of inviting governments;
"the leaders" at a summit of one with many; a sea's name; a span of days; a US state's name; a border one acts near;
"together with"; calls on a list "first of all"; "described as"; a relations page's agentless passive; visits led,
received and "visiting". Stances: a collective target."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import claim_matches, extract, happened, happened_pairs, speech


def _has(claims: list, exp: tuple) -> bool:  # type: ignore[type-arg]
    return any(claim_matches(c, exp) for c in claims)


# -- claims ---------------------------------------------------------------------------------------------------------
def test_earlier_that_year_is_the_year_told_before(extractor: Any) -> None:
    ev = extract(extractor, "On 3 March 2011 the Laotian premier opened the dam. Earlier that year Japan had lent "
                            "Laos $200 million.", published="2020-05-01")
    assert _has(list(ev.claims), ("loan_value", "LAO", "JPN", 2e8, "usd", "2011")), ev.claims
    assert ("AID", "JPN", "LAO", "2011") in happened(ev)


def test_a_sum_per_unit_of_goods_is_a_price_paid_by_the_buyer(extractor: Any) -> None:
    ev = extract(extractor, "Chile buys Bolivian gas at about $6 per million British thermal units. Bolivia sells "
                            "Chile gas worth $300 million a year.", published="2020-05-01")
    cl = list(ev.claims)
    assert not any(c.measure.endswith("_value") and c.value == 6 for c in cl), cl
    assert _has(cl, ("export_value", "BOL", "CHL", 3e8, "usd", None)), cl  # (a rate per year is still a flow)


def test_a_rank_among_the_five_largest_is_at_most_five(extractor: Any) -> None:
    ev = extract(extractor, "Peru is among Chile's five largest export markets.", published="2020-05-01")
    c = next(c for c in ev.claims if c.measure == "export_partner_rank")
    assert (c.subject, c.partner, c.value, c.qualifier) == ("CHL", "PER", 5.0, "at_most")


def test_a_source_of_investment_ranked_is_the_partner_and_invests_in_the_country(extractor: Any) -> None:
    ev = extract(extractor, "Japan is Mongolia's second-largest source of foreign direct investment after China; "
                            "Japanese companies have invested some $3 billion in the country since 1990.",
                 published="2020-05-01")
    cl = list(ev.claims)
    assert any(c.measure == "other" and c.unit == "rank" and (c.subject, c.partner, c.value) == ("MNG", "JPN", 2.0)
               for c in cl), cl
    assert _has(cl, ("investment_value", "MNG", "JPN", 3e9, "usd", None)), cl


def test_financing_is_lent_and_the_clause_after_and_has_its_own_giver(extractor: Any) -> None:
    ev = extract(extractor, "Japan's export bank announced up to $400 million in financing for projects in Laos.",
                 published="2020-05-01", title="FACT SHEET: the Japan–Laos partnership",
                 source="Prime Minister's Office")
    assert _has(list(ev.claims), ("loan_value", "LAO", "JPN", 4e8, "usd", None)), ev.claims
    ev = extract(extractor, "- Laos resettled 300 families from the reservoir area, and Japan will provide an "
                            "additional $4 million to support their livelihoods.", published="2020-05-01",
                 title="FACT SHEET: the Japan–Laos partnership", source="Prime Minister's Office")
    assert _has(list(ev.claims), ("aid_value", "LAO", "JPN", 4e6, "usd", None)), ev.claims


def test_the_year_a_change_is_measured_from_is_not_the_next_figures_year(extractor: Any) -> None:
    ev = extract(extractor, "Trade between Chile and Peru reached $4bn in 2019, an increase of 5% compared with "
                            "2018. Chilean exports to Peru reached $2.1bn, while imports from Peru – mostly copper "
                            "concentrate and fishmeal – totalled about $1.9bn.", published="2020-05-01")
    cl = list(ev.claims)
    assert _has(cl, ("export_value", "CHL", "PER", 2.1e9, "usd", "2019")), cl
    assert _has(cl, ("import_value", "CHL", "PER", 1.9e9, "usd", "2019")), cl  # (the aside does not cut the clause)


def test_the_source_of_figures_owns_a_flow_with_a_partner(extractor: Any) -> None:
    ev = extract(extractor, "According to Peru's customs office, trade with Ecuador amounted to $900 million in 2019, "
                            "a fraction of Peru's trade with China or Brazil.", published="2020-05-01")
    assert _has(list(ev.claims), ("trade_value", "PER", "ECU", 9e8, "usd", "2019")), ev.claims


def test_another_flows_owner_and_the_other_of_a_relations_pair(extractor: Any) -> None:
    ev = extract(extractor, "According to Japan's trade ministry, trade reached $80 million in 2019, of which "
                            "Japanese exports made up about $70 million.", published="2020-05-01",
                 title="Japan–Laos relations", source="Wikipedia")
    cl = list(ev.claims)
    assert _has(cl, ("trade_value", "LAO", "JPN", 8e7, "usd", "2019")), cl
    assert _has(cl, ("export_value", "JPN", "LAO", 7e7, "usd", "2019")), cl


def test_the_regions_partner_and_money_for_the_region_are_no_states(extractor: Any) -> None:
    ev = extract(extractor, "- Japan has overtaken China as the region's leading economic partner: Japan's trade with "
                            "the ten ASEAN states rose to $240 billion in 2019. At the summit Tokyo pledged $2 billion "
                            "in grants to the region.", published="2020-05-01")
    cl = list(ev.claims)
    assert not any(c.measure.endswith("_rank") for c in cl), cl
    assert _has(cl, ("trade_value", "JPN", None, 2.4e11, "usd", "2019")), cl
    assert not any(c.measure == "aid_value" and c.subject not in (None, "JPN") for c in cl), cl


def test_a_share_told_with_a_rank_and_a_rank_among_partners(extractor: Any) -> None:
    ev = extract(extractor, "Brazil is now Chile's largest trading partner, with about 18 percent of the country's "
                            "foreign trade. Ecuador ranked only seventh among Peru's trading partners.",
                 published="2020-05-01")
    cl = list(ev.claims)
    assert _has(cl, ("trade_share", "CHL", "BRA", 18.0, "percent", None)), cl
    assert _has(cl, ("trade_partner_rank", "PER", "ECU", 7.0, "rank", None)), cl


# -- events ---------------------------------------------------------------------------------------------------------
def test_a_month_in_capitals_and_the_next_day(extractor: Any) -> None:
    ev = extract(extractor, "ON MARCH 3rd Narendra Modi landed in Vientiane. The next day Mr Modi flew on to Hanoi, "
                            "where he met Vietnam's president.", published="2020-03-10")
    assert ("CONSULT", "IND", "VNM", "2020-03-04") in happened(ev), happened(ev)


def test_a_figures_year_is_not_the_year_of_the_next_day_told(extractor: Any) -> None:
    ev = speech(extractor, "With our neighbour Ecuador, trade grew by a fifth in 2014 to some $3 billion. On 12 "
                           "August in Lima, the leaders of Chile, Bolivia and Peru signed a treaty on the Andean "
                           "railway.")
    assert ("SUPPORT", "PER", "CHL", "2015-08-12") in happened(ev), happened(ev)


def test_a_list_of_inviting_governments_are_all_hosts(extractor: Any) -> None:
    ev = extract(extractor, "At the invitation of the governments of the Republic of Chile, the Republic of Peru, the "
                            "Plurinational State of Bolivia and the Republic of Ecuador, Foreign Minister Taro Kono "
                            "will pay official visits to the four countries from May 2 to 9.",
                 published="2019-04-25", title="Press conference", source="Ministry of Foreign Affairs of Japan")
    agree = {(a, r) for t, a, r, _ in happened(ev) if t == "AGREE"}
    assert agree == {("JPN", "CHL"), ("JPN", "PER"), ("JPN", "BOL"), ("JPN", "ECU")}, agree


def test_the_leaders_at_a_summit_of_one_with_many_are_the_host_with_each(extractor: Any) -> None:
    ev = extract(extractor, "Today in Tokyo, Prime Minister Abe met with President Joko Widodo of Indonesia, "
                            "President Rodrigo Duterte of the Philippines, Prime Minister Prayut Chan-o-cha of "
                            "Thailand and Prime Minister Nguyen Xuan Phuc of Vietnam. The leaders discussed maritime "
                            "security and trade.",
                 published="2019-10-10", title="Readout", source="Prime Minister's Office of Japan")
    consult = {(a, r) for t, a, r, _ in happened(ev) if t == "CONSULT"}
    assert {("JPN", "IDN"), ("JPN", "PHL"), ("JPN", "THA"), ("JPN", "VNM")} <= consult, consult
    assert ("IDN", "PHL") not in consult and ("THA", "VNM") not in consult, consult


def test_a_seas_name_names_no_states_and_a_span_of_days_is_its_first(extractor: Any) -> None:
    ev = extract(extractor, "Chilean President Sebastián Piñera visited Peru on 14–15 June 2019. The three leaders "
                            "agreed to build a railway linking the Baltic Sea to the Black Sea.",
                 published="2020-05-01")
    assert not any({"EST", "LVA", "LTU"} & set(e.actors + e.recipients) for e in ev.events), ev.events
    assert ("CONSULT", "CHL", "PER", "2019-06-14") in happened(ev), happened(ev)


def test_a_us_states_name_and_a_border_one_acts_near_are_no_parties(extractor: Any) -> None:
    ev = extract(extractor, "Secretary Rubio hosted the foreign ministers of Chile and Peru in Richmond, Virginia, in "
                            "May 2025. In June, Peruvian jets shot down a Bolivian drone near the Brazilian border.",
                 published="2025-07-01")
    states = {s for e in ev.events for s in e.actors + e.recipients}
    assert "ZAF" not in states and "BRA" not in states, ev.events
    assert ("ASSAULT", "PER", "BOL") in happened_pairs(ev), happened(ev)


def test_together_with_makes_all_parties(extractor: Any) -> None:
    ev = extract(extractor, "On 9 May 2012 Chile and Peru, together with Colombia and Mexico, signed the framework "
                            "agreement of the Pacific Alliance.", published="2020-05-01")
    pairs = {(a, r) for t, a, r, _ in happened(ev) if t == "SUPPORT"}
    assert {("CHL", "PER"), ("CHL", "COL"), ("PER", "MEX"), ("COL", "MEX")} <= pairs, pairs


def test_a_call_on_a_list_first_of_all_asks_each_named(extractor: Any) -> None:
    ev = speech(extractor, "We call upon the great Powers, and first of all Japan, India and the European Union, to "
                           "keep the sea lanes open. We call on all members, and on Chile and Bolivia in the first "
                           "place, to refrain from harsh rhetoric.")
    asked = {r for t, a, r, _ in happened(ev) if t == "REQUEST" and a == "PER"}
    assert {"JPN", "IND", "EU", "CHL", "BOL"} <= asked, asked
    assert not any(c.unit == "rank" for c in ev.claims), ev.claims


def test_a_state_described_as_friendly_or_unsuitable(extractor: Any) -> None:
    ev = extract(extractor, "Abe described Laos as a reliable and friendly partner. Vietnam moved troops near the "
                            "Laotian border, which Vientiane described as unfriendly.", published="2020-05-01")
    pairs = happened_pairs(ev)
    assert ("SUPPORT", "JPN", "LAO") in pairs and ("ACCUSE", "LAO", "VNM") in pairs, pairs


def test_a_relations_pages_agentless_passive_is_its_states(extractor: Any) -> None:
    ev = extract(extractor, "## Japan\n\nDiplomatic relations with Japan were established on 5 March 1955.",
                 published="2020-05-01", title="Foreign relations of Laos", source="Wikipedia",
                 url="https://en.wikipedia.org/wiki/Foreign_relations_of_Laos")
    assert ("SUPPORT", "LAO", "JPN", "1955-03-05") in happened(ev), happened(ev)


def test_visits_led_received_and_visiting(extractor: Any) -> None:
    ev = extract(extractor, "In May 2019 Laotian Prime Minister Thongloun Sisoulith led a government delegation to "
                            "Japan. He was received by Prime Minister Abe in Tokyo on 30 May. In June, Japanese Prime "
                            "Minister Shinzo Abe told visiting Vietnamese Prime Minister Nguyen Xuan Phuc that Japan "
                            "backed free navigation.", published="2020-05-01")
    pairs = happened_pairs(ev)
    assert {("CONSULT", "LAO", "JPN"), ("CONSULT", "JPN", "LAO"), ("CONSULT", "VNM", "JPN")} <= pairs, pairs


# -- stances --------------------------------------------------------------------------------------------------------
def test_a_stance_on_a_collective_holds_for_each_of_its_states(extractor: Any) -> None:
    ev = extract(extractor, "Today President Biden met the presidents of Estonia, Latvia and Lithuania. President "
                            "Biden reaffirmed the United States' support for the sovereignty of the three Baltic "
                            "states.",
                 published="2019-04-03", title="Readout", source="The White House")
    targets = {s.target for s in ev.stances if s.holder == "USA" and s.issue == "sovereignty"}
    assert {"EST", "LVA", "LTU"} <= targets, ev.stances


def test_thanks_to_states_named_among_them(extractor: Any) -> None:
    ev = speech(extractor, "I am grateful to the many States here, among them Japan, India, Brazil and Spain, that "
                           "have not recognized it either.")
    thanked = {r for t, a, r, _ in happened(ev) if t == "SUPPORT" and a == "PER"}
    assert {"JPN", "IND", "BRA", "ESP"} <= thanked, happened(ev)


def test_the_two_leaders_after_a_host_received_two_guests(extractor: Any) -> None:
    ev = extract(extractor, "Brazilian President Lula hosted Chilean President Gabriel Boric and Bolivian President "
                            "Luis Arce in Brasilia. The two leaders agreed to expand trade.", published="2023-05-30")
    agree = {(a, r) for t, a, r, _ in happened(ev) if t == "AGREE"}
    assert ("CHL", "BOL") in agree and not any("BRA" in p for p in agree), agree


def test_a_harm_said_done_by_anothers_forces_in_the_passive_accuses_it(extractor: Any) -> None:
    ev = extract(extractor, "Lima said the vessel had been damaged by Chilean warships off the coast.",
                 published="2020-05-01")
    assert ("ACCUSE", "PER", "CHL") in happened_pairs(ev), happened(ev)


def test_a_summits_body_and_city_are_no_parties_to_what_is_signed_there(extractor: Any) -> None:
    ev = extract(extractor, "On the sidelines of the SCO summit in Astana, India, Kyrgyzstan and Tajikistan signed an "
                            "agreement on a power line linking the three countries.", published="2024-07-10")
    parties = {s for e in ev.events for s in e.actors + e.recipients}
    assert {"IND", "KGZ", "TJK"} <= parties and not parties & {"SCO", "KAZ"}, ev.events


def test_a_ceasefire_agreement_reached_is_the_parties_and_signed_it_after(extractor: Any) -> None:
    ev = speech(extractor, "On 3 May Chile attacked my country. With the mediation of Brazil, a ceasefire agreement "
                           "was reached on 9 May.")
    assert ("AGREE", "CHL", "PER", "2015-05-09") in happened(ev) or \
        ("AGREE", "PER", "CHL", "2015-05-09") in happened(ev), happened(ev)


def test_we_will_continue_to_do_so_promises_the_act(extractor: Any) -> None:
    ev = speech(extractor, "We have sent humanitarian assistance to the people of Haiti on several occasions, and we "
                           "will continue to do so.")
    assert ("AGREE", "PER", "HTI", "2015-09-28") in happened(ev), happened(ev)


def test_a_rescue_team_sent_is_aid(extractor: Any) -> None:
    ev = extract(extractor, "Chile sent a rescue team to Ecuador after the earthquake.", published="2016-04-20")
    assert ("AID", "CHL", "ECU") in happened_pairs(ev), happened(ev)


def test_a_time_in_a_since_clause_is_not_the_acts(extractor: Any) -> None:
    ev = extract(extractor, "ON JUNE 3rd Narendra Modi landed in Seoul. The next day Mr Modi flew on to Tokyo, in "
                            "Japan, for a summit of the Asian Development Bank, where he met Scott Morrison for the "
                            "first time since China attacked Vietnam in March.", published="2020-06-10")
    dated = {d for t, a, r, d in happened(ev) if (t, a, r) == ("CONSULT", "IND", "AUS")}
    assert dated == {"2020-06-04"}, happened(ev)


def test_a_statements_trade_with_our_neighbour_and_our_people(extractor: Any) -> None:
    ev = speech(extractor, "With our neighbour Ecuador, trade grew in 2014 to some $3 billion. With the mediation of "
                           "Brazil, 12 of our citizens were freed in June.")
    cl = list(ev.claims)
    assert _has(cl, ("trade_value", "PER", "ECU", 3e9, "usd", "2014")), cl
    assert _has(cl, ("people_count", "PER", None, 12.0, "people", None)), cl
