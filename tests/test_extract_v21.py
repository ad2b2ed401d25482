"""rules.v21 (issue 12), each on small hand-written texts; every test fails on the code of rules.v20 (6bedab7).
Claims: a result told after a figure; a share of the gas a state consumes; a price whose buyer is the other state
named; "imports of Chilean copper"; import-source ranks; a share told after a rank; "the two countries" named most of
late; a rank after a sum fills in the missing end; a bank's debt held and a share of external debt; "2,000-strong";
"said it had lost"; relief in tonnes; "the country's electricity"; a topic put first; the next flow after a sum; a
rank outside ten; the border two countries share. Events: a time noted in a participle; "met together with"; a
summit's host meets each guest; "my brother, President X"; money mobilised to support; thanks to a list hung on a
relative clause; states joined to a leading date; a guest hung on the inviter; an announced plan to provide money;
opposing what a state imposes; one state with a group; a day span's year; a protest lodged; joining; an invitation;
"all parties, A and B first of all"; a sanctions war; occupation "by X"; signed during a visit; a resolution's
backers; taking part in a forum. Stances: each state of a list whose integrity is backed; "each other's" integrity;
sanctions a relative clause says are imposed on a state."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import claim_matches, extract, happened, happened_pairs, speech


def _has(claims: list, exp: tuple) -> bool:  # type: ignore[type-arg]
    return any(claim_matches(c, exp) for c in claims)


def _stances(ev: Any) -> set[tuple[str, str, str | None, str]]:
    return {(s.holder, s.issue, s.target, s.polarity) for s in ev.stances}


# -- claims ---------------------------------------------------------------------------------------------------------
def test_a_result_told_after_a_figure_keeps_the_figures_pair(extractor: Any) -> None:
    ev = extract(extractor, "Peru is Bolivia's largest trading partner. Bilateral trade reached US$2.1 billion in "
                            "2019, making Bolivia Peru's fourth-largest partner in South America after Chile.",
                 published="2020-05-01", title="Bolivia–Peru relations", source="Wikipedia")
    cl = list(ev.claims)
    assert _has(cl, ("trade_value", "BOL", "PER", 2.1e9, "usd", "2019")), cl
    assert not _has(cl, ("trade_value", "PER", "BOL", 2.1e9, "usd", "2019")), cl
    # (a rank told after the sum still fills in the end the sum's clause leaves out)
    ev = extract(extractor, "According to the customs service, trade with Brazil amounted to $3.1 billion in 2022, "
                            "making Brazil Bolivia's second-largest trading partner.",
                 published="2023-05-01", title="Foreign relations of Bolivia", source="Wikipedia")
    assert _has(list(ev.claims), ("trade_value", "BOL", "BRA", 3.1e9, "usd", "2022")), list(ev.claims)


def test_a_share_of_the_gas_a_state_burns_and_its_price(extractor: Any) -> None:
    ev = extract(extractor, "Bolivian pipelines supplied about 30% of the gas Argentines burned that winter. "
                            "Bolivia's state firm YPFB supplies nearly 20 percent of the natural gas Brazil consumes, "
                            "at a price of $6 per million British thermal units.", published="2020-05-01")
    cl = list(ev.claims)
    assert _has(cl, ("import_share", "ARG", "BOL", 30.0, "percent", None)), cl
    assert _has(cl, ("import_share", "BRA", "BOL", 20.0, "percent", None)), cl
    price = next(c for c in cl if c.value == 6.0)
    assert (price.subject, price.partner) == ("BRA", "BOL"), price


def test_imports_of_a_states_goods_and_its_rank_among_suppliers(extractor: Any) -> None:
    ev = extract(extractor, "Chinese exports to Chile rose to $15bn, but imports of Chilean copper and lithium "
                            "reached $28bn in 2019. That made Chile the biggest source of China's imports in Latin "
                            "America, ahead of Brazil and Peru, and gave it a share of roughly 9% of the total. Chile "
                            "slipped to third place among China's suppliers in 2021.", published="2022-05-01")
    cl = list(ev.claims)
    assert _has(cl, ("import_value", "CHN", "CHL", 2.8e10, "usd", "2019")), cl
    assert _has(cl, ("import_partner_rank", "CHN", "CHL", 1.0, "rank", None)), cl
    assert _has(cl, ("import_share", "CHN", "CHL", 9.0, "percent", None)), cl
    assert _has(cl, ("import_partner_rank", "CHN", "CHL", 3.0, "rank", "2021")), cl


def test_the_two_countries_are_the_two_named_most_of_late(extractor: Any) -> None:
    ev = extract(extractor, "Chilean ports handle ever more Peruvian cargo. When Peru closed its ports to Chilean "
                            "fishing boats after its dispute with Ecuador in 2019, Chile declined to retaliate.\n\nThe "
                            "numbers are striking. Trade between the two countries came to $4bn in 2020.",
                 published="2021-05-01")
    cl = list(ev.claims)
    assert _has(cl, ("trade_value", "PER", "CHL", 4e9, "usd", "2020")) or \
        _has(cl, ("trade_value", "CHL", "PER", 4e9, "usd", "2020")), cl
    assert not any(c.value == 4e9 and "ECU" in (c.subject, c.partner) for c in cl), cl


def test_a_banks_holding_of_a_states_debt_is_a_loan(extractor: Any) -> None:
    ev = extract(extractor, "The Export-Import Bank of China held about $4.1 billion of Laotian government debt in "
                            "2020, some 30% of the country's external public debt.", published="2021-05-01")
    cl = list(ev.claims)
    assert _has(cl, ("loan_value", "LAO", "CHN", 4.1e9, "usd", "2020")), cl
    share = next(c for c in cl if c.value == 30.0)
    assert (share.measure, share.subject, share.partner) == ("other", "LAO", "CHN"), share


def test_a_force_so_strong_and_losses_said(extractor: Any) -> None:
    ev = extract(extractor, "The Indian force, around 1,500 strong, was sent in July 2017. Islamabad said it had lost "
                            "12 soldiers in the clashes. Nepal's 800-strong contingent stayed.",
                 published="2018-05-01")
    cl = list(ev.claims)
    assert _has(cl, ("people_count", "IND", None, 1500.0, "people", "2017-07")), cl
    assert _has(cl, ("people_count", "PAK", None, 12.0, "people", None)), cl
    assert _has(cl, ("people_count", "NPL", None, 800.0, "people", None)), cl


# -- events ---------------------------------------------------------------------------------------------------------
def test_a_time_noted_in_a_participle_is_not_the_acts(extractor: Any) -> None:
    ev = extract(extractor, "Today, Prime Minister Kishida met with President Marcos of the Philippines in Tokyo. The "
                            "two leaders discussed maritime security, noting that bilateral trade reached $20 billion "
                            "last year.", published="2023-11-04", title="Readout",
                 source="Prime Minister's Office of Japan")
    dates = {d for t, a, r, d in happened(ev) if t == "CONSULT"}
    assert dates == {"2023-11-04"}, happened(ev)


def test_met_together_with_and_a_summits_host_with_each_guest(extractor: Any) -> None:
    ev = extract(extractor, "The meeting followed yesterday's summit hosted by Prime Minister Kishida, at which the "
                            "leaders of Indonesia, Malaysia, Thailand and Vietnam met together with a Prime Minister "
                            "of Japan for the first time.", published="2023-11-04", title="Readout",
                 source="Prime Minister's Office of Japan")
    pairs = happened_pairs(ev)
    assert {("CONSULT", "JPN", "IDN"), ("CONSULT", "JPN", "VNM"), ("CONSULT", "IDN", "JPN")} <= pairs, pairs
    assert not any(t == "COOPERATE" for t, _, _ in pairs) and ("CONSULT", "IDN", "VNM") not in pairs, pairs


def test_my_brother_the_president_is_his_states(extractor: Any) -> None:
    ev = speech(extractor, "In May last year my brother, President Evo Morales, came to Lima.")
    assert ("CONSULT", "BOL", "PER") in happened_pairs(ev), happened(ev)


def test_money_mobilised_to_support_is_aid(extractor: Any) -> None:
    ev = speech(extractor, "Last year the European Union mobilised €40 million to support our health system.")
    pairs = happened_pairs(ev)
    assert any(t == "AID" and a == "EU" for t, a, _ in pairs) and not any(t == "SUPPORT" for t, _, _ in pairs), pairs


def test_thanks_to_a_list_the_parser_hung_on_a_relative_clause(extractor: Any) -> None:
    ev = speech(extractor, "I wish to express our deep gratitude to Japan, which in May donated 200,000 doses of "
                           "vaccine to Peru, to the Republic of Korea for the supplies of medical equipment, and to "
                           "Australia, which extended a grant of 5 million dollars.")
    pairs = happened_pairs(ev)
    assert {("SUPPORT", "PER", "JPN"), ("SUPPORT", "PER", "KOR"), ("SUPPORT", "PER", "AUS")} <= pairs, pairs
    assert ("AID", "JPN", "KOR") not in pairs and ("AID", "JPN", "AUS") not in pairs, pairs


def test_states_joined_to_a_leading_date_are_the_subject(extractor: Any) -> None:
    ev = extract(extractor, "Protests followed the vote. In December 2024 Estonia, Latvia and Lithuania imposed entry "
                            "bans on Belarusian officials.", published="2025-01-01",
                 title="Foreign relations of Finland", source="Wikipedia")
    assert ("SANCTION", "LVA", "BLR", "2024-12") in happened(ev), happened(ev)


def test_a_guest_hung_on_the_inviter_and_an_announced_plan_to_give(extractor: Any) -> None:
    ev = extract(extractor, "At the invitation of President Lula, President Gabriel Boric of the Republic of Chile "
                            "will pay a state visit to Brazil from May 2 to 4.", published="2023-04-25",
                 title="Press conference", source="Ministry of Foreign Affairs of Brazil")
    assert ("AGREE", "CHL", "BRA") in happened_pairs(ev), happened(ev)
    ev = extract(extractor, "The Prime Minister announced that Japan intends to provide an additional $7 million to "
                            "expand opportunities for young entrepreneurs in Laos.", published="2023-04-25",
                 title="Readout", source="Prime Minister's Office of Japan")
    assert ("AGREE", "JPN", "LAO", "2023-04-25") in happened(ev), happened(ev)


def test_opposing_sanctions_a_state_imposes_in_a_relative_clause(extractor: Any) -> None:
    ev = extract(extractor, "India firmly opposes the unilateral sanctions and so-called secondary measures that the "
                            "US imposes on Indian companies.", published="2023-04-25", title="Press briefing",
                 source="Ministry of External Affairs of India")
    assert ("ACCUSE", "IND", "USA") in happened_pairs(ev), happened(ev)
    assert ("IND", "sanctions_on_india", "IND", "oppose") in _stances(ev), _stances(ev)


# -- stances --------------------------------------------------------------------------------------------------------
def test_each_state_of_a_list_whose_integrity_is_backed(extractor: Any) -> None:
    ev = speech(extractor, "We support the sovereignty and territorial integrity of Ecuador, Colombia and the "
                           "Republic of Paraguay.")
    got = _stances(ev)
    assert {("PER", "territorial_integrity", t, "support") for t in ("ECU", "COL", "PRY")} <= got, got


def test_each_others_integrity(extractor: Any) -> None:
    ev = extract(extractor, "Colombian President Gustavo Petro and Venezuelan President Nicolas Maduro held talks in "
                            "Caracas yesterday. The two leaders confirmed their commitment to each other's territorial "
                            "integrity.", published="2023-05-01")
    got = _stances(ev)
    assert {("COL", "territorial_integrity", "VEN", "support"),
            ("VEN", "territorial_integrity", "COL", "support")} <= got, got


# -- further rules.v21 mechanisms -------------------------------------------------------------------------------------
def test_relief_in_tonnes_a_share_of_the_countrys_gas_and_a_topic_put_first(extractor: Any) -> None:
    ev = speech(extractor, "This year we delivered 2,000 tonnes of flour and medicines to Bolivia.")
    assert _has(list(ev.claims), ("other", "BOL", "PER", 2000.0, "tonnes", None)), list(ev.claims)
    ev = extract(extractor, "Paraguay hosts a Brazilian dam. Brazil also supplies almost 70 per cent of the "
                            "country's electricity.\n\nFor Chile the attractions are obvious. Copper makes up roughly "
                            "half of its exports, and China is already its biggest trading partner.",
                 published="2022-05-01")
    cl = list(ev.claims)
    assert _has(cl, ("import_share", "PRY", "BRA", 70.0, "percent", None)), cl
    assert _has(cl, ("trade_partner_rank", "CHL", "CHN", 1.0, "rank", None)), cl


def test_the_next_flow_after_a_sum_a_rank_outside_ten_and_its_after_a_compared_state(extractor: Any) -> None:
    ev = extract(extractor, "In 2021 Peruvian exports to Chile came to $1.9bn and imports from Chile to $1.3bn. Chile "
                            "is Peru's third-largest trading partner after China and its largest source of wine. "
                            "Trade reached €90 million, putting Spain outside Peru's ten largest trading partners.",
                 published="2022-05-01")
    cl = list(ev.claims)
    assert _has(cl, ("export_value", "PER", "CHL", 1.9e9, "usd", "2021")), cl
    assert _has(cl, ("import_value", "PER", "CHL", 1.3e9, "usd", "2021")), cl
    rank = next(c for c in cl if c.measure == "trade_partner_rank" and c.partner == "ESP")
    assert (rank.subject, rank.value, rank.qualifier) == ("PER", 10.0, "more_than"), rank


def test_the_border_the_two_countries_share(extractor: Any) -> None:
    ev = extract(extractor, "The two neighbours share a land border of 1,200 km (746 mi), running from the Pacific "
                            "coast to the tripoint with Bolivia.", published="2024-01-01",
                 title="Chile–Peru relations", source="Wikipedia")
    border = next(c for c in ev.claims if c.value == 1200.0)
    assert {border.subject, border.partner} == {"CHL", "PER"}, border


def test_a_host_and_a_group_and_a_day_span_and_a_sentences_own_year(extractor: Any) -> None:
    ev = extract(extractor, "In May, the Estonian president travelled to Berlin, where Olaf Scholz and the three "
                            "Baltic leaders signed a declaration. Chilean President Michelle Bachelet made a state "
                            "visit to Peru from 30 September to 1 October 2006. During the 2019 crisis, Bolivia "
                            "accused Chile on 3 October of meddling.",
                 published="2023-07-20", title="Foreign relations of Peru", source="Wikipedia")
    pairs = happened_pairs(ev)
    assert ("SUPPORT", "DEU", "EST") in pairs and ("SUPPORT", "LVA", "DEU") in pairs, pairs
    assert not any(t == "SUPPORT" and {a, r} <= {"EST", "LVA", "LTU"} for t, a, r in pairs), pairs
    got = happened(ev)
    assert ("CONSULT", "CHL", "PER", "2006-09-30") in got, got
    assert ("ACCUSE", "BOL", "CHL", "2019-10-03") in got, got


def test_a_protest_lodged_joining_and_an_invitation(extractor: Any) -> None:
    ev = extract(extractor, "Peru's foreign ministry summoned Chile's ambassador last week to protest against the "
                            "new tariffs. Bolivia joined Peru and Ecuador in a customs union in 2012. President "
                            "Gabriel Boric of Chile invited President Lula of Brazil to visit Santiago.",
                 published="2023-07-20")
    pairs = happened_pairs(ev)
    assert ("ACCUSE", "PER", "CHL") in pairs and ("PROTEST", "PER", "CHL") not in pairs, pairs
    assert ("COOPERATE", "BOL", "PER") in pairs, pairs
    assert ("AGREE", "CHL", "BRA") in pairs, pairs


def test_all_parties_first_of_all_a_sanctions_war_and_occupation_by(extractor: Any) -> None:
    ev = speech(extractor, "We call on all parties, Colombia and Venezuela first of all, to return to dialogue. The "
                           "sanctions war between Venezuela and the United States harms everyone. For decades a part "
                           "of the territory of Bolivia remained under occupation by Chile.")
    pairs = happened_pairs(ev)
    asked = {r for t, a, r in pairs if t == "REQUEST"}
    assert asked == {"COL", "VEN"}, pairs
    assert not any(t == "ASSAULT" for t, _, _ in pairs), pairs
    assert ("COERCE", "CHL", "BOL") in pairs and ("COERCE", "BOL", "CHL") not in pairs, pairs


def test_signed_during_a_visit_and_taking_part_in_a_forum(extractor: Any) -> None:
    ev = speech(extractor, "In October, President Lula paid a state visit to Peru, during which agreements worth some "
                           "$2 billion were signed. In April, I took part in the Pacific Forum in Santiago.")
    pairs = happened_pairs(ev)
    assert ("SUPPORT", "BRA", "PER") in pairs, pairs
    assert ("CONSULT", "PER", "CHL") in pairs, pairs


def test_a_resolutions_backers_do_what_its_relative_clause_says(extractor: Any) -> None:
    ev = speech(extractor, "Chile voted for the resolution that condemned Russia's aggression against Ukraine.")
    assert ("ACCUSE", "CHL", "RUS") in happened_pairs(ev), happened_pairs(ev)
