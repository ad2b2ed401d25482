"""rules.v26 (issue 12), each on small hand-written texts; every test but the guards against a statement or an
embassy only planned fails on the code of rules.v25 (fcccd6d).
Events: relationship acts — a joint statement or named declaration issued or adopted, a partnership or alliance
established, upgraded or reaffirmed — are commitments of the parties to each other (AGREE); a counterpart set
aside as "one named where it happened" that leaves no one falls back to the parties themselves; a deal "signed by
A and B with C" binds them to C; those thanked are the names the parser hangs on the verb beside "our partners";
"the three countries" are the three a sentence or two before named, or the title names; "his talks with X …, and
the two heads of state" are the talks' owner and X; a paper "of <date>" signed or brokered was made on that date;
an embassy (SUPPORT: diplomatic ties) or consulate (COOPERATE) opened is its owner's act towards the state it is
in, however told ("the Israeli embassy in Baku opened", "was inaugurated by …"). Claims: "two peoples" are nations,
not a count of people."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import extract, happened, happened_pairs, speech

_NEWS = {"title": "World news", "source": "Reuters"}
_MFA = {"title": "Foreign Ministry Spokesperson's Regular Press Conference",
        "source": "Ministry of Foreign Affairs of the People's Republic of China"}


def test_a_joint_statement_issued_is_an_agreement_of_its_parties(extractor: Any) -> None:
    ev = extract(extractor, "In May 2023 China and Kyrgyzstan issued a joint statement on a comprehensive strategic "
                            "partnership. In November 2022 the presidents of Kazakhstan and Russia adopted a joint "
                            "declaration.", published="2024-01-10", **_NEWS)
    got = happened(ev)
    assert {("AGREE", "CHN", "KGZ", "2023-05"), ("AGREE", "KGZ", "CHN", "2023-05"),
            ("AGREE", "KAZ", "RUS", "2022-11")} <= got, got


def test_a_named_declaration_adopted_binds_all_who_adopted_it(extractor: Any) -> None:
    ev = extract(extractor, "Turkey, Azerbaijan and Georgia adopted the Trabzon Declaration on 8 June 2012.",
                 published="2024-01-10", **_NEWS)
    pairs = happened_pairs(ev)
    assert {("AGREE", "TUR", "AZE"), ("AGREE", "AZE", "GEO"), ("AGREE", "GEO", "TUR")} <= pairs, pairs


def test_a_partnership_established_or_ties_upgraded_is_an_agreement(extractor: Any) -> None:
    ev = extract(extractor, "In July 2023 President Xi Jinping and Prime Minister Irakli Garibashvili announced the "
                            "establishment of a strategic partnership between Georgia and China. In January 2024 "
                            "Uzbekistan and China upgraded ties to an all-weather comprehensive strategic partnership.",
                 published="2024-03-01", **_NEWS)
    got = happened(ev)
    assert {("AGREE", "CHN", "GEO", "2023-07"), ("AGREE", "UZB", "CHN", "2024-01")} <= got, got


def test_a_partnership_reaffirmed_in_a_speech_is_the_speakers_commitment(extractor: Any) -> None:
    ev = speech(extractor, "In May we adopted a joint statement with the United States on a new era of strategic "
                           "partnership. We also reaffirmed our alliance with Brazil.", published="2015-09-28")
    pairs = happened_pairs(ev)
    assert {("AGREE", "PER", "USA"), ("AGREE", "PER", "BRA")} <= pairs, pairs


def test_a_plan_to_issue_a_statement_is_no_agreement_yet(extractor: Any) -> None:
    ev = extract(extractor, "China and Kyrgyzstan will issue a joint statement next week.", published="2024-01-10",
                 **_NEWS)
    assert ("AGREE", "CHN", "KGZ") not in happened_pairs(ev), happened(ev)


def test_ties_upgraded_after_a_meeting_are_between_the_two_sides(extractor: Any) -> None:
    ev = extract(extractor, "In July 2023 Georgian Prime Minister Irakli Garibashvili met Xi Jinping in Chengdu and "
                            "the two sides upgraded relations to a strategic partnership.", published="2024-09-12",
                 **_NEWS)
    pairs = happened_pairs(ev)
    assert {("AGREE", "GEO", "CHN"), ("AGREE", "CHN", "GEO")} <= pairs, pairs


def test_a_deal_signed_by_two_with_a_third_binds_them_to_the_third(extractor: Any) -> None:
    ev = extract(extractor, "Moldova welcomed the Black Sea Grain Initiative, signed in Istanbul on 22 July 2022 by "
                            "Russia and Ukraine with Türkiye and the United Nations.", published="2022-09-21", **_NEWS)
    pairs = happened_pairs(ev)
    assert {("SUPPORT", "RUS", "TUR"), ("SUPPORT", "UKR", "TUR")} <= pairs, pairs
    assert ("SUPPORT", "RUS", "UKR") not in pairs, pairs


def test_those_thanked_are_the_names_beside_our_partners(extractor: Any) -> None:
    ev = speech(extractor, "We thank our partners, the United States first among them, for standing by us.")
    pairs = happened_pairs(ev)
    assert {("SUPPORT", "PER", "USA"), ("SUPPORT", "USA", "PER")} <= pairs, pairs


def test_the_three_countries_are_the_three_named_a_sentence_or_two_before(extractor: Any) -> None:
    ev = extract(extractor, "The railway will link China, Kyrgyzstan and Uzbekistan. Xi pledged that China would push "
                            "the railway forward. On 6 June 2024 the three countries signed the intergovernmental "
                            "agreement on the line in Beijing.", published="2024-07-01", **_NEWS)
    got = happened(ev)
    assert {("SUPPORT", "KGZ", "UZB", "2024-06-06"), ("SUPPORT", "CHN", "KGZ", "2024-06-06")} <= got, got


def test_the_three_countries_of_a_title_that_names_three(extractor: Any) -> None:
    ev = extract(extractor, "The line has been discussed since the 1990s, and the five Central Asian states and "
                            "China have all studied it. In 1997 the three governments signed a memorandum of "
                            "understanding on the project.", published="2025-02-15",
                 title="China–Kyrgyzstan–Uzbekistan railway", source="Wikipedia")
    pairs = happened_pairs(ev)
    assert {("SUPPORT", "CHN", "KGZ"), ("SUPPORT", "KGZ", "UZB")} <= pairs, pairs


def test_his_talks_with_a_leader_then_the_two_heads_of_state(extractor: Any) -> None:
    ev = extract(extractor, "On the sidelines of the Forum, President Xi Jinping held bilateral meetings with "
                            "leaders of more than 20 countries. His talks with President Vladimir Putin on October 18 "
                            "were candid, and the two heads of state agreed to deepen practical cooperation in energy.",
                 published="2023-10-24", **_MFA)
    got = happened(ev)
    assert {("CONSULT", "CHN", "RUS", "2023-10-18"), ("AGREE", "CHN", "RUS", "2023-10-18"),
            ("AGREE", "RUS", "CHN", "2023-10-18")} <= got, got


def test_a_paper_of_a_named_date_was_signed_then(extractor: Any) -> None:
    ev = extract(extractor, "Moscow says it remains committed to the trilateral statement of November 9, 2020, signed "
                            "by the leaders of Armenia, Azerbaijan and Russia.", published="2023-09-27", **_NEWS)
    got = happened(ev)
    assert ("SUPPORT", "ARM", "AZE", "2020-11-09") in got, got
    assert not any(d == "2023-09-27" and t == "SUPPORT" for t, _, _, d in got), got


def test_an_embassy_or_consulate_opened_is_an_act_towards_its_host(extractor: Any) -> None:
    ev = extract(extractor, "The Israeli embassy in Baku opened in August 1993. In October 2022 Foreign Minister "
                            "Hossein Amir-Abdollahian opened a new Iranian consulate general in Kapan, the capital of "
                            "Armenia's Syunik province. The embassy in Tel Aviv was inaugurated on 29 March 2023 by "
                            "Azerbaijani Foreign Minister Jeyhun Bayramov.", published="2024-07-01", **_NEWS)
    got = happened(ev)
    assert {("SUPPORT", "ISR", "AZE", "1993-08"), ("COOPERATE", "IRN", "ARM", "2022-10"),
            ("SUPPORT", "AZE", "ISR", "2023-03-29")} <= got, got


def test_an_embassy_only_planned_is_no_opening(extractor: Any) -> None:
    ev = extract(extractor, "Turkey plans to open a consulate general in Shusha next year.", published="2024-07-01",
                 **_NEWS)
    assert not {("COOPERATE", "TUR", "AZE"), ("SUPPORT", "TUR", "AZE")} & happened_pairs(ev), happened(ev)


def test_two_peoples_are_nations_not_a_head_count(extractor: Any) -> None:
    ev = speech(extractor, "On the island there are two peoples and two states. We will deliver more benefits to our "
                           "two peoples. Some 3 million people live in the region.")
    counts = [c.value for c in ev.claims if c.measure == "people_count"]
    assert counts == [3_000_000], counts
