"""rules.v21 (issue 12), each on small hand-written texts. Claims: a result told after a figure; a share of the gas a
state consumes; a price whose buyer is the other state named; "imports of Chilean copper"; import-source ranks; a
share told after a rank; "the two countries" named most of late; a rank after a sum fills in the missing end; a
bank's debt held and a share of external debt; "2,000-strong"; "said it had lost". Events: a time noted in a
participle; "met together with"; a summit's host meets each guest; "my brother, President X"; money mobilised to
support; thanks to a list hung on a relative clause; states joined to a leading date; a guest hung on the inviter;
an announced plan to provide money; opposing what a state imposes. Stances: each state of a list whose integrity is
backed; "each other's" integrity; sanctions a relative clause says are imposed on a state."""

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
