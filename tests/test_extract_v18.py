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
