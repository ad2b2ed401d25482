"""Extraction behaviours on small hand-written texts: each test names one rule of docs/extraction.md."""

from __future__ import annotations

import pytest

from multipolar.sources.document import SourceDocument
from tests.extract_helpers import extract, happened


def test_capitals_and_demonyms_stand_for_states(extractor) -> None:
    ev = extract(extractor, "Beijing signed a memorandum with Tbilisi in May. Azeri officials visited Moscow.")
    ids = {a.id for a in ev.actors}
    assert {"CHN", "GEO", "AZE", "RUS"} <= ids
    assert ("AGREE", "CHN", "GEO", "2019-05") in happened(ev)


def test_following_month_resolves_against_the_previous_event(extractor) -> None:
    ev = extract(extractor, "In May, Wang Yi visited Georgia. The following month, Pompeo criticised Georgia.")
    assert ("CONSULT", "CHN", "GEO", "2019-05") in happened(ev)
    assert ("ACCUSE", "USA", "GEO", "2019-06") in happened(ev)


@pytest.mark.parametrize("sentence", [
    "China will not interfere in Georgia.",
    "Russia may attack Georgia next year.",
    "If Turkey supported Armenia, the talks would move.",
    "Iran has yet to sign the agreement with Azerbaijan.",
])
def test_negated_future_and_hypothetical_are_not_events(extractor, sentence: str) -> None:
    assert happened(extract(extractor, sentence)) == set()


def test_title_and_pronoun_refer_to_the_person_named_before(extractor) -> None:
    text = ("Secretary of State Antony Blinken spoke today with Armenian Prime Minister Nikol Pashinyan. "
            "The Secretary urged Azerbaijan to cease hostilities. He also spoke with President Ilham Aliyev.")
    got = happened(extract(extractor, text, published="2023-09-19"))
    assert ("CONSULT", "USA", "ARM", "2023-09-19") in got
    assert ("REQUEST", "USA", "AZE", "2023-09-19") in got
    assert ("CONSULT", "USA", "AZE", "2023-09-19") in got


def test_speaker_of_a_statement_is_we(extractor) -> None:
    ev = extract(extractor, "We condemn the occupation of our territories by Russia. We thank the European Union.",
                 published="2020", title="Georgia: statement in the General Debate",
                 source="Giorgi Gakharia, Prime Minister of Georgia")
    got = happened(ev)
    assert ("ACCUSE", "GEO", "RUS", "2020") in got
    assert ("SUPPORT", "GEO", "EU", "2020") in got


def test_georgia_the_us_state_is_not_the_country(extractor) -> None:
    ev = extract(extractor, "Governor Brian Kemp said Atlanta and the rest of Georgia would reopen on Monday.")
    assert "GEO" not in {a.id for a in ev.actors}


def test_claims_get_measure_qualifier_and_period(extractor) -> None:
    ev = extract(extractor, "Russia accounted for more than 25% of Armenian imports in 2018. "
                            "Azerbaijan lent Georgia about $775 million.")
    claims = {(c.measure, c.subject, c.partner, c.value, c.qualifier, c.period) for c in ev.claims}
    assert ("import_share", "ARM", "RUS", 25.0, "more_than", "2018") in claims
    assert any(c.unit == "usd" and c.value == 775_000_000 and c.qualifier == "approx" for c in ev.claims)


def test_stances_with_holder_target_and_polarity(extractor) -> None:
    ev = extract(extractor, "China respects the sovereignty and territorial integrity of Georgia. "
                            "Georgia is determined to join NATO.")
    got = {(s.holder, s.issue, s.target, s.polarity) for s in ev.stances}
    assert ("CHN", "territorial_integrity", "GEO", "support") in got
    assert ("GEO", "nato_membership", "GEO", "support") in got


def test_every_span_points_into_the_text(extractor) -> None:
    text = "---\ntitle: T\n---\n\nIn 2017, China and Georgia signed a free trade agreement worth $1 billion.\n"
    doc = SourceDocument(text=text, origin="t", kind="markdown", published="2017", body_start=text.index("In 2017"))
    ev = extractor.extract(doc)
    assert ev.events and ev.claims
    for item in [*ev.events, *ev.claims, *ev.stances]:
        assert text[item.text.start:item.text.end].strip().startswith("In 2017")


def test_news_speech_acts_and_conjoined_requests(extractor) -> None:
    text = ("Brussels warned that the law would block Georgia's path to the European Union, and Washington "
            "announced visa restrictions on Georgian officials. Armenian Prime Minister Nikol Pashinyan met "
            "Russian President Vladimir Putin in Moscow and asked for more weapons.")
    got = {(t, a, r) for t, a, r, _ in happened(extract(extractor, text, published="2024-06-03"))}
    assert ("THREATEN", "EU", "GEO") in got
    assert ("SANCTION", "USA", "GEO") in got
    assert ("CONSULT", "ARM", "RUS") in got and ("REQUEST", "ARM", "RUS") in got


def test_money_figures_take_their_own_clause(extractor) -> None:
    ev = extract(extractor, "Russia remains Georgia's second-largest trading partner, and Chinese companies won "
                            "contracts worth $2.5 billion.")
    money = [c for c in ev.claims if c.unit == "usd"]
    assert money and money[0].subject == "CHN" and money[0].measure != "trade_value"
