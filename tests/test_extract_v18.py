"""rules.v18 (issue 12), each on small hand-written texts. Events: a deal signed in the passive or in a participle,
its parties named by a hyphened pair or "between"; those thanked named among a plural ("including X"); "myself" in a
statement; an offensive launched by one party to a conflict; a foundation stone laid together; armoured vehicles
delivered; "the two men" named earlier in the sentence; a list the parser took for an apposition; proceedings
instituted against a state; a host's offer to host; a topic phrase ("On Yemen, …") and a format named after a city
("the Astana guarantors") are no parties; an encyclopedia's references are not read. Claims: "trade between the
two" is of the two the sentence named."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import claims_of, extract, happened, happened_pairs, speech


# -- deals signed ---------------------------------------------------------------------------------------------------
def test_a_deal_signed_in_the_passive_is_its_parties(extractor: Any) -> None:
    ev = extract(extractor, "The Chilean-Argentine treaty was signed in the Vatican in November 1984.",
                 published="2020-01-10")
    assert {("SUPPORT", "CHL", "ARG", "1984-11"), ("SUPPORT", "ARG", "CHL", "1984-11")} <= happened(ev)
    ev = extract(extractor, "The Greek-Macedonian accord signed at Prespa in June 2018 ended a long dispute.",
                 published="2020-01-10")
    assert ("SUPPORT", "GRC", "MKD", "2018-06") in happened(ev)
    ev = extract(extractor, "The treaty between Egypt and Israel signed in 1979 still holds.", published="2020-01-10")
    assert {t for t, a, r, d in happened(ev) if (a, r, d) == ("EGY", "ISR", "1979")} & {"SUPPORT", "AGREE"}


def test_a_list_taken_for_an_apposition_signs_together(extractor: Any) -> None:
    ev = extract(extractor, "The pact builds on a plan that Chile, Peru, Colombia and Mexico signed in June 2012.",
                 published="2020-01-10")
    pairs = happened_pairs(ev)
    assert {("SUPPORT", "CHL", "MEX"), ("SUPPORT", "COL", "PER"), ("SUPPORT", "MEX", "CHL")} <= pairs


def test_myself_in_a_statement_is_the_speakers_state(extractor: Any) -> None:
    ev = speech(extractor, "The declaration was signed on 3 March 2015 by the President of Chile, the President of "
                           "Bolivia and myself.")
    assert ("SUPPORT", "CHL", "PER", "2015-03-03") in happened(ev)  # (the speaker's state one of the signatories)


# -- thanks, offers, proceedings --------------------------------------------------------------------------------------
def test_those_thanked_named_among_a_plural(extractor: Any) -> None:
    ev = speech(extractor, "We are grateful to the countries that have stood by us in these years, including Canada "
                           "and Norway.")
    assert {("SUPPORT", "PER", "CAN"), ("SUPPORT", "PER", "NOR")} <= happened_pairs(ev)
    ev = speech(extractor, "Bolivia attacked us. I thank Japan for its generous assistance to the displaced, and "
                           "Canada, whose Parliament adopted a resolution in our support.")
    assert {("SUPPORT", "PER", "JPN"), ("SUPPORT", "PER", "CAN")} <= happened_pairs(ev)


def test_proceedings_instituted_against_a_state_accuse_it(extractor: Any) -> None:
    ev = extract(extractor, "In November 2019 the Gambia instituted proceedings against Myanmar before the "
                            "International Court of Justice.", published="2020-01-10")
    assert ("ACCUSE", "GMB", "MMR", "2019-11") in happened(ev)


def test_a_hosts_offer_is_the_hosts(extractor: Any) -> None:
    ev = speech(extractor, "Peru stands ready to host Ecuador and Colombia in Lima for talks on their border.")
    pairs = happened_pairs(ev)
    assert {("AGREE", "PER", "ECU"), ("AGREE", "PER", "COL")} <= pairs
    assert ("AGREE", "ECU", "PER") not in pairs


# -- conflict, cooperation, supplies ----------------------------------------------------------------------------------
def test_an_offensive_launched_by_one_party_is_against_the_other(extractor: Any) -> None:
    ev = extract(extractor, "Eritrea and Ethiopia fought a long war over Badme. In May 1998 Eritrea launched a "
                            "large-scale offensive.", published="2020-01-10")
    assert ("ASSAULT", "ERI", "ETH", "1998-05") in happened(ev)
    ev = extract(extractor, "Eritrea and Ethiopia fought a long war over Badme. The war that Eritrea launched in May "
                            "1998 lasted two years.", published="2020-01-10")
    assert ("ASSAULT", "ERI", "ETH", "1998-05") in happened(ev)


def test_a_risk_of_unleashing_it_is_no_offensive(extractor: Any) -> None:
    ev = extract(extractor, "Eritrea and Ethiopia fought a long war over Badme. If we allow that to occur once, we "
                            "run the risk of unleashing it again.", published="2020-01-10")
    assert ("ASSAULT", "ERI", "ETH") not in {(t, a, r) for t, a, r, d in happened(ev) if d != "2020-01-10"}
    assert not [e for e in ev.events if e.type == "ASSAULT" and "unleashing" in (e.trigger or "")]


def test_a_foundation_stone_laid_together(extractor: Any) -> None:
    ev = extract(extractor, "In March 2019 Indonesian and Philippine ministers laid the foundation stone of a ferry "
                            "port.", published="2020-01-10")
    assert {("COOPERATE", "IDN", "PHL", "2019-03"), ("COOPERATE", "PHL", "IDN", "2019-03")} <= happened(ev)


def test_armoured_vehicles_delivered_are_aid(extractor: Any) -> None:
    ev = extract(extractor, "In March Canada delivered the first of 50 armoured vehicles to Ukraine.",
                 published="2023-06-01")
    assert ("AID", "CAN", "UKR", "2023-03") in happened(ev)


def test_the_two_men_are_the_two_the_sentence_named(extractor: Any) -> None:
    ev = extract(extractor, "In July Narendra Modi visited Moscow, where he and Vladimir Putin toured an exhibition, "
                            "and the two leaders signed a pledge to expand trade.", published="2024-08-01")
    assert ("SUPPORT", "IND", "RUS", "2024-07") in happened(ev)
    ev = extract(extractor, "Egypt's president, Abdel Fattah el-Sisi, and Ethiopia's prime minister, Abiy Ahmed, "
                            "were at odds over the dam. On 24 October 2019 the two men met on the sidelines of a "
                            "summit.",
                 published="2019-11-05")
    assert ("CONSULT", "EGY", "ETH", "2019-10-24") in happened(ev)


# -- no parties -------------------------------------------------------------------------------------------------------
def test_a_topic_phrase_and_a_format_named_after_a_city_are_no_parties(extractor: Any) -> None:
    ev = speech(extractor, "On Yemen, we call on Iran to stop arming the rebels.")
    pairs = happened_pairs(ev)
    assert ("REQUEST", "PER", "IRN") in pairs and not [p for p in pairs if "YEM" in p]
    ev = extract(extractor, "Iran hosted a meeting of the Astana guarantors, Russia and Turkey, in Tehran in "
                            "September 2018.", published="2019-01-10")
    assert not [p for p in happened_pairs(ev) if "KAZ" in p]


def test_an_encyclopedias_references_are_not_read(extractor: Any) -> None:
    text = ("Chile and Peru signed a fisheries treaty in 2014.\n\n## References\n\n1. \"Bolivia, Chile sign gas "
            "deal\", *La Tercera*, 3 May 2010.\n")
    ev = extract(extractor, text, published="2020-01-10", title="Chile–Peru relations",
                 source="Wikipedia, the free encyclopedia")
    assert ("SUPPORT", "CHL", "PER") in happened_pairs(ev)
    assert not [p for p in happened_pairs(ev) if "BOL" in p]


# -- claims -----------------------------------------------------------------------------------------------------------
def test_trade_between_the_two_is_of_the_two_named(extractor: Any) -> None:
    got = claims_of(extractor, "Japan has kept buying gas from Qatar despite Western pressure, and trade between the "
                               "two reached about $12bn in 2022.", "2023-05-01")
    assert {(c.measure, c.subject, c.partner, c.value) for c in got} == {("trade_value", "QAT", "JPN", 12e9)}


# -- more parties and acts --------------------------------------------------------------------------------------------
def test_with_the_support_of_a_backer_is_no_target(extractor: Any) -> None:
    ev = extract(extractor, "Eritrea and Ethiopia fought a long war over Badme. In May 1998 Eritrea, with the direct "
                            "support of Libya, unleashed a large-scale aggression against Badme.",
                 published="2020-01-10")
    got = happened(ev)
    assert ("ASSAULT", "ERI", "ETH", "1998-05") in got and ("SUPPORT", "LBY", "ERI", "1998-05") in got
    assert not [x for x in got if x[0] == "ASSAULT" and x[2] == "LBY"]


def test_a_summit_without_a_state_or_skipped_is_no_meeting_with_it(extractor: Any) -> None:
    ev = extract(extractor, "The first Japan–Pacific summit took place without China, and it ended with a pledge by "
                            "Tokyo of $500 million in assistance to Fiji.", published="2023-05-26")
    got = happened_pairs(ev)
    assert ("AID", "JPN", "FJI") in got
    assert not [x for x in got if "CHN" in x] and not [x for x in got if x[0] == "SANCTION"]
    ev = extract(extractor, "Chile's president skipped the bloc's summit in Lima in November 2023.",
                 published="2024-01-10")
    assert not [x for x in happened_pairs(ev) if x[0] == "CONSULT"]


def test_a_border_crossed_and_prisoners_held(extractor: Any) -> None:
    ev = speech(extractor, "On 12 May, units of the armed forces of Bolivia crossed the State border of the Republic "
                           "of Chile. Bolivia continues to hold dozens of Chilean prisoners of war.")
    got = happened_pairs(ev)
    assert ("COERCE", "BOL", "CHL") in got
    ev = speech(extractor, "Thousands of refugees crossed the border into Chile.")
    assert not [x for x in happened_pairs(ev) if x[0] == "COERCE"]


def test_a_consulate_opened_is_cooperation_with_the_host(extractor: Any) -> None:
    ev = extract(extractor, "Turkey opened a consulate in Mosul, the capital of Iraq's Nineveh province, in October "
                            "2022.", published="2023-01-10")
    assert ("COOPERATE", "TUR", "IRQ", "2022-10") in happened(ev)


def test_mr_before_a_surname_and_a_colon_split(extractor: Any) -> None:
    ev = extract(extractor, "Vladimir Putin, Russia's president, and Alexander Lukashenko of Belarus are allies. Mr "
                            "Putin and Mr Lukashenko pressed ahead anyway: on May 25th 2023 the two men met in Minsk.",
                 published="2024-06-10")
    assert ("CONSULT", "RUS", "BLR", "2023-05-25") in happened(ev)


def test_the_signatories_of_a_welcomed_agreement_are_bound_to_each_other(extractor: Any) -> None:
    ev = speech(extractor, "We welcome the agreement signed by Ecuador and Colombia in Quito last year.")
    got = happened_pairs(ev)
    assert ("SUPPORT", "ECU", "COL") in got and ("SUPPORT", "ECU", "PER") not in got


# -- more dates -------------------------------------------------------------------------------------------------------
def test_until_the_end_of_a_year_is_a_term_ahead(extractor: Any) -> None:
    ev = extract(extractor, "On 28 November 2024 the prime minister announced that Serbia would not open accession "
                            "talks with the EU until the end of 2028.", published="2025-06-01")
    assert {d for t, a, r, d in happened(ev) if (a, r) == ("SRB", "EU")} == {"2024-11-28"}
    got = claims_of(extractor, "On 28 November 2024 the prime minister said Serbia would not open talks with the EU "
                               "until the end of 2028. Protests followed, and more than 400 demonstrators were "
                               "detained.", "2025-06-01")
    assert {c.period for c in got if c.measure == "people_count"} == {"2024"}


def test_a_statements_reaction_is_dated_when_said(extractor: Any) -> None:
    ev = speech(extractor, "My delegation regrets the withdrawal of the United States from the agreement last year.")
    assert ("ACCUSE", "PER", "USA", "2015-09-28") in happened(ev)


def test_a_month_for_an_act_ahead_is_the_coming_one(extractor: Any) -> None:
    ev = extract(extractor, "In May the United States announced a second wave of sanctions for November, threatening "
                            "to punish any country that trades with Venezuela.", published="2019",
                 title="Statement by the President of Peru",
                 source="Ana Lopez, President of Peru (UN General Assembly, 74th session General Debate)")
    assert not {d for *_, d in happened(ev) if d and d.startswith("2018-11")}


def test_a_closing_time_after_a_comma_dates_the_act(extractor: Any) -> None:
    ev = extract(extractor, "In July 2022 the two sides met. Turkey opened a consulate in Mosul, the capital of Iraq's "
                            "Nineveh province, in October 2022.", published="2023-01-10")
    assert {d for t, a, r, d in happened(ev) if t == "COOPERATE"} == {"2022-10"}


# -- more claims ------------------------------------------------------------------------------------------------------
def _cl(extractor: Any, text: str, published: str = "2023-05-01") -> set[tuple[Any, ...]]:
    return {(c.measure, c.subject, c.partner, c.value) for c in claims_of(extractor, text, published)}


def test_our_rank_and_our_bilateral_trade_are_the_speakers(extractor: Any) -> None:
    got = {(c.measure, c.subject, c.partner, c.value) for c in speech(
        extractor, "Our free trade agreement with Japan, which entered into force in 2012, has made Japan our "
                   "third-largest trading partner.").claims}
    assert ("trade_partner_rank", "PER", "JPN", 3.0) in got


def test_of_whom_counts_the_same_people(extractor: Any) -> None:
    got = {(c.measure, c.subject, c.value) for c in speech(
        extractor, "Around 90,000 of our people were forced to flee their homes, of whom some 40,000 still cannot "
                   "return.").claims}
    assert ("people_count", "PER", 40000.0) in got


def test_made_up_is_a_share_and_a_loan_is_a_loan(extractor: Any) -> None:
    assert ("import_share", "PER", "CHN", 17.6) in _cl(extractor, "Chinese goods made up 17.6% of Peru's imports in "
                                                                   "2023.")
    got = _cl(extractor, "In February 2009 Russia promised Kyrgyzstan a $2 billion loan and $150 million in "
                         "financial aid.")
    assert ("loan_value", "KGZ", "RUS", 2e9) in got and ("aid_value", "KGZ", "RUS", 1.5e8) in got


def test_bilateral_trade_keeps_the_pair_told_last(extractor: Any) -> None:
    text = ("Iran's trade with China was worth $15bn in 2023.\n\nArmenia is the odd one out. Iran opened a consulate "
            "in Kapan, Armenia's southern city, in October 2022. Bilateral trade, about $700m in 2023, has nearly "
            "doubled since 2018.")
    got = _cl(extractor, text, "2025-01-25")
    assert ("trade_value", "ARM", "IRN", 7e8) in got
