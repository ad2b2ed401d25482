"""rules.v16 (issue 12), each on small hand-written texts. Events: a state's organ owned by "its" acts for the state
told before; one relative date dates every act it governs alike; an act told as following a happening dated in its
own clause takes that month; a bare "declined" answers the request just before; co-subjects agreeing after a larger
meeting agree with each other; backers of a resolution condemning an act accuse its doer; a state said by another to
do harm is accused by the sayer; condemning "the invasion of X" accuses the invader, not X; journeys set out on;
membership applied for with no body named; aid and loans told only as sums; lists after an apposition; "the
kingdom"; names the parser took for adverbs; "no plans to"; "each side … the other"; small fights; "by Friday" in a
past clause; apologies; military bases opened abroad; concern "that"; arms flown in; calls "for"; demands that
"these measures" be lifted; measures adopted "wave after wave"; steps regarded as a threat. Claims: forces counted
in apposition, debts owed, shares of investment, sums contributed or put in, shares bought. Stances: efforts backed,
"its sovereignty and territorial integrity"."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import claims_of, extract, happened, happened_pairs, speech


def test_an_organ_owned_by_its_acts_for_the_state_told_before(extractor: Any) -> None:
    ev = extract(extractor, "Senegal condemned the coup in Guinea. Its foreign minister visited Conakry on "
                            "9 September.", published="2021-09-20")
    assert ("CONSULT", "SEN", "GIN", "2021-09-09") in happened(ev)
    ev = extract(extractor, "Kenya welcomed the truce, and its president telephoned the Ethiopian leader.",
                 published="2022-11-03")
    assert ("CONSULT", "KEN", "ETH") in happened_pairs(ev)


def test_one_relative_date_dates_every_act_it_governs(extractor: Any) -> None:
    ev = extract(extractor, "Nigeria condemned the coup in Niger of 26 July 2023, and its president telephoned the "
                            "Nigerien leader the following day to express support.", published="2023-09-01")
    dates = {(t, d) for t, a, r, d in happened(ev) if (a, r) == ("NGA", "NER") and t in ("CONSULT", "SUPPORT")}
    assert dates == {("CONSULT", "2023-07-27"), ("SUPPORT", "2023-07-27")}


def test_an_act_after_a_dated_happening_takes_its_month(extractor: Any) -> None:
    ev = extract(extractor, "In May 2019 Chile and Peru held talks. After the earthquake that struck Peru on 26 May "
                            "2021, Chile sent a rescue team and tents.", published="2022-01-01")
    assert {d for t, a, r, d in happened(ev) if (a, r) == ("CHL", "PER") and t == "AID"} == {"2021-05"}


def test_a_bare_refusal_answers_the_request_just_before(extractor: Any) -> None:
    ev = extract(extractor, "In 2018 Egypt asked Sudan to hand over the suspects. Sudan declined.",
                 published="2020-01-01")
    assert ("REJECT", "SDN", "EGY", "2018") in happened(ev)
    assert not {p for p in happened_pairs(extract(extractor, "Oil exports declined in 2018.")) if p[0] == "REJECT"}


def test_co_subjects_agree_with_each_other_after_a_larger_meeting(extractor: Any) -> None:
    ev = extract(extractor, "On 4 June, Modi hosted the leaders of Nepal and Bhutan in Delhi. Modi and the Nepali "
                            "prime minister Prachanda agreed to build a new power line.", published="2023-06-10")
    agreed = {(a, r) for t, a, r in happened_pairs(ev) if t == "AGREE"}
    assert ("IND", "NPL") in agreed and not {p for p in agreed if "BTN" in p}


def test_a_city_spelled_with_a_plain_apostrophe(extractor: Any) -> None:
    ev = extract(extractor, "Uzbek President Shavkat Mirziyoyev travelled to Xi'an in May 2023.",
                 published="2023-06-01")
    assert ("CONSULT", "UZB", "CHN", "2023-05") in happened(ev)


def test_backers_of_a_resolution_condemning_an_act_accuse_its_doer(extractor: Any) -> None:
    ev = extract(extractor, "Chile voted for the UN General Assembly resolution condemning Russia's annexation of "
                            "Ukrainian regions in October 2022.", published="2023-01-10")
    assert ("ACCUSE", "CHL", "RUS", "2022-10") in happened(ev)
    ev = extract(extractor, "Chile voted in favour of the UN General Assembly resolution of 12 October 2022 "
                            "condemning the Russian annexation of Ukrainian regions.", published="2023-01-10")
    assert ("ACCUSE", "CHL", "RUS", "2022-10-12") in happened(ev)
    ev = extract(extractor, "Nicaragua voted against the resolution condemning Russia's annexation.",
                 published="2023-01-10")
    assert not {p for p in happened_pairs(ev) if p[0] == "ACCUSE"}


def test_a_harm_said_of_another_state_accuses_it(extractor: Any) -> None:
    ev = extract(extractor, "Lithuania's president said on Monday that Belarus was waging a hybrid war against its "
                            "neighbours.", published="2023-08-02")
    assert ("ACCUSE", "LTU", "BLR") in happened_pairs(ev)
    ev = extract(extractor, "Armenia said Azerbaijani troops had shelled the village of Sotk on Tuesday.",
                 published="2022-09-14")
    assert ("ACCUSE", "ARM", "AZE") in happened_pairs(ev)
    ev = extract(extractor, "Armenia said Azerbaijan would attack the border again.", published="2022-09-14")
    assert ("ACCUSE", "ARM", "AZE") not in happened_pairs(ev)


def test_condemning_the_invasion_of_a_state_accuses_the_invader(extractor: Any) -> None:
    ev = extract(extractor, "Chile condemned the invasion of Ukraine.", published="2022-03-01")
    assert ("ACCUSE", "CHL", "UKR") not in happened_pairs(ev)
    ev = extract(extractor, "Russia invaded Ukraine in February 2022. Chile condemned the invasion of Ukraine.",
                 published="2022-03-01")
    assert ("ACCUSE", "CHL", "RUS") in happened_pairs(ev)


def test_a_journey_set_out_on_visits_its_stops(extractor: Any) -> None:
    ev = extract(extractor, "In March 2023 Lula set out on a tour of China and the United Arab Emirates.",
                 published="2023-05-01")
    assert {("CONSULT", "BRA", "CHN", "2023-03"), ("CONSULT", "BRA", "ARE", "2023-03")} <= happened(ev)


def test_membership_applied_for_with_no_body_named(extractor: Any) -> None:
    ev = extract(extractor, "Montenegro is an eager EU candidate. It applied for membership in December 2008.",
                 published="2024-01-01")
    assert ("REQUEST", "MNE", "EU", "2008-12") in happened(ev)


def test_aid_and_loans_told_only_as_sums(extractor: Any) -> None:
    ev = extract(extractor, "Last year, USAID provided $120 million in humanitarian assistance to respond to floods "
                            "in Pakistan.", published="2023-05-01")
    assert ("AID", "USA", "PAK", "2022") in happened(ev)
    ev = extract(extractor, "In March 2024 the Polish government approved a further loan of €50 million to help "
                            "Ukraine repair its grid.", published="2024-06-01")
    assert ("AID", "POL", "UKR", "2024-03") in happened(ev)
    ev = extract(extractor, "Beijing pledged $2 billion to the region.", published="2024-06-01")
    assert not happened(ev)


def test_a_state_closing_a_list_after_an_apposition(extractor: Any) -> None:
    ev = extract(extractor, "Norway, the Netherlands and Denmark pledged $300 million to Jordan in 2016.",
                 published="2017-01-01")
    assert {a for t, a, r in happened_pairs(ev) if r == "JOR"} == {"NOR", "NLD", "DNK"}


def test_the_kingdom_points_back(extractor: Any) -> None:
    ev = extract(extractor, "Morocco is a key partner. Macron visited the kingdom in October 2023.",
                 published="2024-01-01")
    assert ("CONSULT", "FRA", "MAR", "2023-10") in happened(ev)


def test_a_name_opening_the_sentence_taken_for_an_adverb(extractor: Any) -> None:
    ev = extract(extractor, "Nauru severed ties with Taiwan on January 15.", published="2024-02-06")
    assert ("SANCTION", "NRU", "TWN", "2024-01-15") in happened(ev)


def test_no_plans_to_join_plans_nothing(extractor: Any) -> None:
    for text in ("Austria's chancellor said Austria had no plans to join NATO.",
                 "Austria has no intention of joining NATO."):
        assert not {p for p in happened_pairs(extract(extractor, text, published="2023-01-01"))
                    if p[0] in ("AGREE", "SUPPORT", "REQUEST")}


def test_each_side_accused_the_other(extractor: Any) -> None:
    ev = extract(extractor, "Eritrea and Djibouti clashed on the border. Each side accused the other of firing first.",
                 published="2008-06-12")
    assert {("ACCUSE", "ERI", "DJI"), ("ACCUSE", "DJI", "ERI")} <= happened_pairs(ev)


def test_small_fights_are_fighting(extractor: Any) -> None:
    ev = extract(extractor, "On Monday a firefight between Indian and Pakistani troops killed four soldiers.",
                 published="2019-03-01")
    assert ("ASSAULT", "IND", "PAK") in happened_pairs(ev)
    ev = extract(extractor, "Eritrean and Ethiopian troops fought an artillery duel on Monday.", published="2019-03-01")
    assert ("ASSAULT", "ERI", "ETH") in happened_pairs(ev)


def test_by_a_weekday_in_a_past_clause_is_past(extractor: Any) -> None:
    ev = extract(extractor, "The fighting began on Tuesday, and by Thursday both armies were using artillery. Sudan "
                            "accused South Sudan of starting it.", published="2012-04-14")
    assert ("ACCUSE", "SDN", "SSD", "2012-04-12") in happened(ev)


def test_apologies_and_regret_told_to_someone(extractor: Any) -> None:
    assert ("CONCEDE", "KOR", "JPN") in happened_pairs(
        extract(extractor, "South Korea's government expressed regret to Japan.", published="2019-01-01"))
    assert ("CONCEDE", "NLD", "IDN") in happened_pairs(
        extract(extractor, "The Netherlands apologised to Indonesia in February 2022.", published="2022-03-01"))
    assert ("ACCUSE", "KOR", "JPN") in happened_pairs(
        extract(extractor, "South Korea expressed regret over the decision of Japan.", published="2019-01-01"))


def test_a_military_base_opened_abroad(extractor: Any) -> None:
    ev = extract(extractor, "In 2017 China opened its first overseas military base in Djibouti.",
                 published="2018-01-01")
    assert ("MOBILIZE", "CHN", "DJI", "2017") in happened(ev)


def test_concern_that_a_state_would_do_harm(extractor: Any) -> None:
    ev = extract(extractor, "The European Union said it was deeply concerned that the new law would restrict the "
                            "press in Hungary.", published="2024-01-01")
    assert ("ACCUSE", "EU", "HUN") in happened_pairs(ev)


def test_arms_flown_in(extractor: Any) -> None:
    ev = extract(extractor, "In June 2022, Russian transport aircraft landed at Bamako airport to deliver "
                            "helicopters.", published="2023-01-01")
    assert ("AID", "RUS", "MLI", "2022-06") in happened(ev)


def test_a_call_for_something_is_a_request(extractor: Any) -> None:
    ev = speech(extractor, "We reiterate our call for the complete withdrawal of the Chilean troops from our "
                           "territory.")
    assert ("REQUEST", "PER", "CHL") in happened_pairs(ev)


def test_a_demand_that_these_measures_be_lifted(extractor: Any) -> None:
    ev = speech(extractor, "The United States and Canada have imposed sanctions on Peru. We demand that these "
                           "unlawful measures be lifted.")
    assert {("REQUEST", "PER", "USA"), ("REQUEST", "PER", "CAN")} <= happened_pairs(ev)


def test_measures_adopted_wave_after_wave(extractor: Any) -> None:
    ev = speech(extractor, "Since 2019 the United States and Canada have adopted wave after wave of illegal "
                           "unilateral coercive measures against Peru.")
    assert {("SANCTION", "USA", "PER"), ("SANCTION", "CAN", "PER")} <= happened_pairs(ev)


def test_steps_regarded_as_a_threat_accuse_those_who_took_them(extractor: Any) -> None:
    ev = speech(extractor, "Chile keeps moving troops to our border. We regard these steps as a direct threat to the "
                           "security of Peru and Bolivia.")
    accused = {r for t, a, r in happened_pairs(ev) if t == "ACCUSE" and a == "PER"}
    assert accused == {"CHL"}


def _claims(extractor: Any, text: str, published: str = "2024-01-01") -> set[tuple[Any, ...]]:
    return {(c.measure, c.subject, c.partner, c.value) for c in claims_of(extractor, text, published)}


def test_forces_counted(extractor: Any) -> None:
    assert ("people_count", "RUS", None, 1400.0) in _claims(
        extractor, "The contingent of Russian troops, some 1,400 soldiers, remains in Abkhazia against our will.")
    assert ("people_count", "NATO", None, 3800.0) in _claims(extractor, "KFOR has some 3,800 troops in Kosovo.")
    assert ("people_count", "GRC", None, 950.0) in _claims(
        extractor, "Greek troops, numbering some 950, remain on the island.")
    assert ("people_count", "USA", None, 2000.0) in _claims(
        extractor, "About 2,000 U.S. service members are deployed in Romania.")


def test_debts_owed_are_loans(extractor: Any) -> None:
    assert ("loan_value", "LAO", "CHN", 1.2e9) in _claims(
        extractor, "Laos owes about $1.2 billion to the Export-Import Bank of China.")


def test_shares_of_investment_are_no_trade_shares(extractor: Any) -> None:
    got = _claims(extractor, "Germany holds about 30 per cent of the stock of foreign direct investment in Slovakia.")
    assert not {c for c in got if c[0] == "trade_share"}


def test_sums_contributed_or_put_in(extractor: Any) -> None:
    assert ("aid_value", "NOR", None, 2e6) in _claims(
        extractor, "Norway has contributed 2 million dollars to the COVAX facility.")
    assert ("investment_value", "EGY", "QAT", 5e9) in _claims(extractor, "Qatar has put about $5bn into Egypt.")


def test_shares_bought(extractor: Any) -> None:
    assert ("export_share", "NOR", "DEU", 30.0) in _claims(extractor,
                                                          "Germany buys 30 percent of Norway's gas exports.")
    assert ("import_share", "SVK", "RUS", 70.0) in _claims(
        extractor, "Slovakia, which still buys about 70% of its gas from Russia, objected.")
    assert ("export_share", "IRQ", "IND", 25.0) in _claims(
        extractor, "India is Iraq's biggest customer. It buys roughly a quarter of Iraqi crude exports.")


def _stances(extractor: Any, text: str) -> set[tuple[Any, ...]]:
    return {(s.holder, s.issue, s.target, s.polarity) for s in extract(extractor, text, published="2024-01-01").stances}


def test_backing_a_states_efforts_holds_what_they_are_for(extractor: Any) -> None:
    got = _stances(extractor, "Turkey supports Azerbaijan's efforts to safeguard its sovereignty and territorial "
                              "integrity.")
    assert {("TUR", "sovereignty", "AZE", "support"), ("TUR", "territorial_integrity", "AZE", "support")} <= got
