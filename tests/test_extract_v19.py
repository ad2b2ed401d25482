"""rules.v19 (issue 12), each on small hand-written texts. Claims: a figure on a page about two states' relations
is theirs; a sum handed over is aid, received by the other state a title names; "a further loan" keeps its pair; a
leader gives for his state; a place where something happened takes no part in a flow; a trade figure told with a
rank keeps the rank's pair; a state only compared with has no share; "half of our trade"; "the first months of the
year". Events: "the parties in X"; "our two countries"; initialling; "brought together"; a statement's agentless
signing; missions abroad; dates from the clause's own sentence; month ranges; the host side of a visit; a joint
statement's "we"; the pair a readout opens with; the two named with the speaker's state."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import claim_matches, extract, happened, happened_pairs, speech


def _has(claims: list, exp: tuple) -> bool:  # type: ignore[type-arg]
    return any(claim_matches(c, exp) for c in claims)


# -- claims ---------------------------------------------------------------------------------------------------------
def test_a_figure_on_a_relations_page_is_the_two_states(extractor: Any) -> None:
    ev = extract(extractor, "Chile and Peru opened embassies in 1990.\n\nTrade turnover reached a record $3.2 billion "
                            "in 2019, and accounted for about 15% of Peru's foreign trade.",
                 published="2024-01-10", title="Chile–Peru relations", source="Wikipedia")
    cl = list(ev.claims)
    assert _has(cl, ("trade_value", "CHL", "PER", 3.2e9, "usd", "2019")), cl
    assert _has(cl, ("trade_share", "PER", "CHL", 15.0, "percent", None)), cl


def test_a_sum_handed_over_is_aid_for_the_other_state_the_title_names(extractor: Any) -> None:
    ev = extract(extractor, "The United States will provide $12 million through USAID to modernise customs "
                            "procedures along the railway.", published="2023-04-12",
                 title="FACT SHEET: Deepening the U.S.–Mongolia Strategic Partnership", source="The White House")
    assert _has(list(ev.claims), ("aid_value", "MNG", "USA", 12e6, "usd", None)), ev.claims
    assert ("AGREE", "USA", "MNG", "2023-04-12") in happened(ev)  # (a promise, made when said)


def test_contributions_and_money_in_support_of_a_state_are_aid(extractor: Any) -> None:
    ev = speech(extractor, "My country made a voluntary contribution of $10 million to the World Health Organization.")
    assert _has(list(ev.claims), ("aid_value", "PER", None, 10e6, "usd", None)), ev.claims
    ev = extract(extractor, "In May 2021 the European Peace Facility approved €7.5 million in support for the "
                            "Moldovan armed forces.", published="2021-06-01")
    assert _has(list(ev.claims), ("aid_value", "MDA", None, 7.5e6, "eur", None)), ev.claims


def test_a_fraction_of_our_trade_is_a_share(extractor: Any) -> None:
    ev = speech(extractor, "Brazil accounts for almost half of our foreign trade.")
    assert _has(list(ev.claims), ("trade_share", "PER", "BRA", 50.0, "percent", None)), ev.claims


def test_a_further_loan_keeps_its_lender_and_borrower(extractor: Any) -> None:
    ev = extract(extractor, "Japan provided Laos a $300 million loan in 2012, and a further $100 million loan was "
                            "granted in 2014.", published="2020-01-10")
    assert _has(list(ev.claims), ("loan_value", "LAO", "JPN", 1e8, "usd", None)), ev.claims


def test_a_leader_gives_for_his_state_and_a_meeting_place_takes_no_part(extractor: Any) -> None:
    ev = extract(extractor, "When the two leaders met in Osaka in May 2019, Abe promised a $500 million loan.",
                 published="2024-01-10", title="Japan–Laos relations", source="Wikipedia")
    assert _has(list(ev.claims), ("loan_value", "LAO", "JPN", 5e8, "usd", None)), ev.claims
    ev = extract(extractor, "In May 2010 the president of Nepal announced a new dam in Delhi, on the same day as "
                            "China promised Nepal a $1 billion loan.", published="2020-01-10")
    assert _has(list(ev.claims), ("loan_value", "NPL", "CHN", 1e9, "usd", None)), ev.claims


def test_a_trade_figure_with_a_rank_keeps_the_ranks_pair(extractor: Any) -> None:
    ev = extract(extractor, "China remains Peru's largest trading partner, with turnover of $30bn in 2019.",
                 published="2020-01-10")
    assert _has(list(ev.claims), ("trade_value", "PER", "CHN", 30e9, "usd", "2019")), ev.claims


def test_a_state_only_compared_with_has_no_share(extractor: Any) -> None:
    ev = extract(extractor, "Canada is now Chile's largest source of imports, ahead of Brazil, and supplied about "
                            "30% of the oil Chile consumed.", published="2020-01-10")
    shares = [c for c in ev.claims if c.value == 30.0]
    assert shares and all(c.partner == "CAN" for c in shares), ev.claims


def test_aid_that_benefits_a_government_is_that_states(extractor: Any) -> None:
    ev = extract(extractor, "Washington paused $50 million in aid that directly benefits the Honduran government.",
                 published="2020-01-10")
    assert _has(list(ev.claims), ("aid_value", "HND", "USA", 50e6, "usd", None)), ev.claims


def test_the_first_months_of_the_year_are_this_year(extractor: Any) -> None:
    ev = extract(extractor, "Chile's imports from China rose sharply in the first nine months of the year, to $12bn.",
                 published="2019-11-20")
    assert _has(list(ev.claims), ("import_value", "CHL", "CHN", 12e9, "usd", "2019")), ev.claims


# -- events: who ------------------------------------------------------------------------------------------------------
def test_the_parties_in_a_place_are_of_that_place(extractor: Any) -> None:
    ev = speech(extractor, "In June I visited Brazil, and in July I went to Chile. We call on all parties in Yemen to "
                           "return to talks.")
    requests = {r for t, a, r in happened_pairs(ev) if t == "REQUEST"}
    assert requests == {"YEM"}


def test_our_two_countries_in_a_statement(extractor: Any) -> None:
    ev = speech(extractor, "Relations with Canada are also improving. Last week our two countries agreed to restore "
                           "relations at the level of ambassadors.")
    assert {("AGREE", "PER", "CAN"), ("AGREE", "CAN", "PER")} <= happened_pairs(ev)
    ev = speech(extractor, "Brazil is our closest partner. This month the two Governments initialled a programme of "
                           "action on trade.")
    assert ("SUPPORT", "BRA", "PER") in happened_pairs(ev)


def test_initialled_deals_are_signed_by_both(extractor: Any) -> None:
    ev = extract(extractor, "Ecuador and Colombia initialled a free trade agreement in May 2014.",
                 published="2015-01-10")
    assert {("SUPPORT", "ECU", "COL", "2014-05"), ("SUPPORT", "COL", "ECU", "2014-05")} <= happened(ev)


def test_a_host_who_brought_two_together(extractor: Any) -> None:
    ev = speech(extractor, "In March we brought together the foreign ministers of Ecuador and Colombia in Lima.")
    assert {("CONSULT", "PER", "ECU"), ("CONSULT", "PER", "COL")} <= happened_pairs(ev)


def test_a_statements_agentless_signing_is_the_speakers(extractor: Any) -> None:
    ev = speech(extractor, "In April, during my visit to Brasilia, agreements were signed with Brazil worth $2 "
                           "billion.")
    assert ("SUPPORT", "PER", "BRA") in happened_pairs(ev)


def test_a_mission_abroad_opened_is_cooperation(extractor: Any) -> None:
    ev = extract(extractor, "Paraguay opened a consulate-general in Sydney in March 2019, and in 2021 Uruguay opened a "
                            "trade office in Lima.", published="2022-01-10")
    assert {("COOPERATE", "PRY", "AUS", "2019-03"), ("COOPERATE", "URY", "PER", "2021")} <= happened(ev)
    ev = extract(extractor, "Paraguay opened an embassy in Canberra in March 2019.", published="2022-01-10")
    assert ("SUPPORT", "PRY", "AUS", "2019-03") in happened(ev)  # (diplomatic ties: PLOVER SUPPORT)


def test_the_host_side_of_a_visit(extractor: Any) -> None:
    ev = extract(extractor, "In May 2018 Chile hosted the presidents of Peru and Bolivia in Santiago.",
                 published="2019-01-10")
    assert {("CONSULT", "PER", "CHL"), ("CONSULT", "CHL", "PER"), ("CONSULT", "CHL", "BOL")} <= happened_pairs(ev)


def test_a_joint_statements_we_is_all_who_make_it(extractor: Any) -> None:
    ev = extract(extractor, "We, the leaders of Chile, Peru and Colombia, met today in Lima. We strongly condemn "
                            "Venezuela's repression of peaceful protesters.", published="2019-03-01",
                 title="Joint Statement of Chile, Peru and Colombia", source="Office of the President of Peru")
    accused = {a for t, a, r in happened_pairs(ev) if t == "ACCUSE" and r == "VEN"}
    assert accused == {"CHL", "PER", "COL"}


def test_the_two_sides_of_a_readout_are_those_who_met(extractor: Any) -> None:
    ev = extract(extractor, "Today, National Security Advisor Jake Sullivan welcomed Mongolia's Foreign Minister "
                            "Battsetseg Batmunkh to the White House. They discussed Russia's war against Ukraine. "
                            "Mr. Sullivan stressed the value of open sea lanes. He also spoke of the coming "
                            "winter.\n\nThe two sides agreed to hold the next dialogue in Ulaanbaatar.",
                 published="2023-04-12",
                 title="Readout of National Security Advisor Jake Sullivan's Meeting with Foreign Minister "
                       "Battsetseg Batmunkh of Mongolia", source="The White House")
    agreed = {(a, r) for t, a, r in happened_pairs(ev) if t == "AGREE"}
    assert ("MNG", "USA") in agreed and not agreed & {("RUS", "UKR"), ("UKR", "RUS")}
    assert {("CONSULT", "USA", "MNG"), ("CONSULT", "MNG", "USA")} <= happened_pairs(ev)  # (and the host's side)


def test_the_two_sides_are_those_named_with_the_speakers_state(extractor: Any) -> None:
    ev = extract(extractor, "Q: Ecuador and Colombia have closed their border. Any comment?\n\nA: Ecuador and "
                            "Colombia are both friendly countries to China. We hope the two sides will settle their "
                            "differences through dialogue.", published="2020-01-10",
                 title="Foreign Ministry Spokesperson's Regular Press Conference",
                 source="Ministry of Foreign Affairs of the People's Republic of China")
    assert {("REQUEST", "CHN", "ECU"), ("REQUEST", "CHN", "COL")} <= happened_pairs(ev)


# -- events: when -----------------------------------------------------------------------------------------------------
def test_a_clause_after_a_semicolon_keeps_its_sentences_date(extractor: Any) -> None:
    ev = extract(extractor, "In 2000 the two states signed a treaty. In August 2002 Chile proposed a customs union "
                            "with Bolivia; Bolivia rejected the idea outright.", published="2020-01-10",
                 title="Bolivia–Chile relations", source="Wikipedia")
    assert ("REJECT", "BOL", "CHL", "2002-08") in happened(ev)


def test_later_that_month_is_the_sentences_month(extractor: Any) -> None:
    ev = extract(extractor, "In January 2007 Chile raised fees.\n\nIn June 2009 Chile banned imports of Peruvian "
                            "fruit; Peru retaliated by boycotting the summit in Santiago later that month.",
                 published="2020-01-10", title="Chile–Peru relations", source="Wikipedia")
    dates = {d for t, a, r, d in happened(ev) if a == "PER" and r == "CHL"}
    assert dates == {"2009-06"}


def test_a_month_range_with_a_year(extractor: Any) -> None:
    ev = extract(extractor, "In 1995 the two countries opened embassies. The President of Peru visited Chile in "
                            "October–November 2003.", published="2020-01-10")
    assert ("CONSULT", "PER", "CHL", "2003-10") in happened(ev)


def test_people_killed_by_a_foreign_force_in_a_speech_are_the_speakers(extractor: Any) -> None:
    ev = speech(extractor, "In 1995, in the village of Tiwinza, 40 civilians were brutally killed by Ecuadorian "
                           "forces.")
    assert _has(list(ev.claims), ("people_count", "PER", None, 40.0, "people", "1995")), ev.claims


def test_it_stands_for_the_flow_the_clause_before_named(extractor: Any) -> None:
    ev = extract(extractor, "Last year Chile's trade with the countries of the Pacific Alliance grew by 12 percent, "
                            "and with Peru alone it exceeded $4 billion.", published="2020-01-10")
    assert _has(list(ev.claims), ("trade_value", "CHL", "PER", 4e9, "usd", None)), ev.claims


def test_a_gift_whose_verb_is_left_out_and_a_conference_city(extractor: Any) -> None:
    ev = speech(extractor, "In May 2016, at the donors' conference in Brussels, our friends pledged $2 billion to help "
                           "us rebuild; Japan alone committed $300 million, and the European Commission up to €100 "
                           "million.")
    cl = list(ev.claims)
    assert _has(cl, ("aid_value", "PER", None, 2e9, "usd", None)), cl
    assert _has(cl, ("aid_value", "PER", "JPN", 3e8, "usd", None)), cl
    assert _has(cl, ("aid_value", "PER", "EU", 1e8, "eur", None)), cl
    assert not [e for e in ev.events if e.actors == ["PER"] and e.type in ("AID", "AGREE")]  # (not "our friends")


def test_a_gift_joined_by_and_with_its_verb_left_out(extractor: Any) -> None:
    ev = extract(extractor, "The EU promised €150 million in grants to Moldova over three years and Washington $40 "
                            "million.", published="2022-06-21")
    cl = list(ev.claims)
    assert _has(cl, ("aid_value", "MDA", "EU", 1.5e8, "eur", None)), cl
    assert _has(cl, ("aid_value", "MDA", "USA", 4e7, "usd", None)), cl


def test_a_fraction_of_total_foreign_trade_is_a_share(extractor: Any) -> None:
    ev = extract(extractor, "China remains Peru's largest trading partner, and in 2019 accounted for more than a "
                            "third of Peru's total foreign trade.", published="2020-06-21")
    assert _has(list(ev.claims), ("trade_share", "PER", "CHN", 33.33, "percent", "2019")), ev.claims


def test_a_projects_cost_is_no_loan(extractor: Any) -> None:
    ev = extract(extractor, "In May 2021 China agreed to lend Laos $900 million of the railway's estimated $1.2 "
                            "billion cost.", published="2022-06-21")
    cl = list(ev.claims)
    assert _has(cl, ("loan_value", "LAO", "CHN", 9e8, "usd", None)), cl
    assert not [c for c in cl if c.value == 1.2e9 and c.measure == "loan_value"], cl
