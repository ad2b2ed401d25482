"""Claims, rules.v9 (issue 12): when a figure is — "since 2012" is a span to the time of writing, "over the past
decade" too; a figure told without a date is as of the text whatever its kind (ranks, multiples); scores on a stated
scale are figures. Hand-written sentences about other states than the gold documents'; each case lists every claim
the reader must return: measure, subject, partner (None = unchecked), value within 2 %, unit, period."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_helpers import ClaimExp, check_claims, claims_of

PUB = "2022-05-03"

CASES: list[tuple[str, list[ClaimExp]]] = [
    # "since YEAR": from that year to the time of writing
    ("Peru has cut poverty by 12 percentage points since 2010.", [("other", "PER", None, 12, "points", "2010/2022")]),
    ("Since 2015, some 40,000 Chileans have emigrated.", [("people_count", "CHL", None, 40000, "people", "2015/2022")]),
    # (a superlative's "since" is the comparison's base: the figure is as of the text)
    ("Bolivia's inflation fell to 2 percent, the lowest level since 1990.",
     [("other", "BOL", None, 2, "percent", "2022-05")]),
    # "over the past decade", "in the last 15 years": the years up to the time of writing
    ("Uruguay's exports of beef have tripled over the past decade.", [("other", "URY", None, 3, "times", "2012/2022")]),
    ("In the last 15 years, Ecuador's economy has grown more than twofold.",
     [("other", "ECU", None, 2, "times", "2007/2022")]),
    # a rank or a multiple told without a date is as of the text, like every other figure
    ("Paraguay is ranked 41st in the press freedom index.", [("other", "PRY", None, 41, "rank", "2022-05")]),
    ("Colombia's coffee output has doubled.", [("other", "COL", None, 2, "times", "2022-05")]),
    # trade figures keep no period: the checker takes the latest year up to the publication
    ("Brazil is Argentina's second largest trading partner.",
     [("trade_partner_rank", "ARG", "BRA", 2, "rank", None)]),
    # a span opening the sentence, a decade
    ("Between 2015 and 2019, India invested $2 billion in Nepal.",
     [("investment_value", "NPL", "IND", 2e9, "usd", "2015/2019")]),
    ("During the 1990s, some 200,000 people left Albania.",
     [("people_count", "ALB", None, 200000, "people", "1990/1999")]),
    # a past-tense sentence with no date goes on telling the year of the sentence before (same paragraph) ...
    ("In 2018, Peru's exports fell. They dropped by 10 percent.", [("other", "PER", None, 10, "percent", "2018")]),
    ("The war in Tajikistan began in 1992. Some 50,000 people were killed.",
     [("people_count", None, None, 50000, "people", "1992")]),
    # ... not a sentence about now, nor one carried up to now ("since then")
    ("The rebels shelled the town in March 2019. Since then, 40 civilians were killed.",
     [("people_count", None, None, 40, "people", "2022-05")]),
    ("In 2018, Peru's exports fell. Today they make up 10 percent of its output.",
     [("other", "PER", None, 10, "percent", "2022-05")]),
    ("In 2018, Peru's exports fell.\n\nExports dropped by 10 percent.",
     [("other", "PER", None, 10, "percent", "2022-05")]),
    # an area of land held is the land owner's, and of its time; a country's own area is timeless
    ("Serbian troops still hold about 300 square kilometres of the territory of Kosovo.",
     [("area", "XKX", None, 300, "km2", "2022-05")]),
    ("Moldova covers 33,846 square kilometres.", [("area", "MDA", None, 33846, "km2", None)]),
    # the size of a body is a count of seats, not of people; members harmed are people
    ("The National Assembly of Moldova has 101 members.", [("other", "MDA", None, 101, "count", "2022-05")]),
    ("Two members of the Moldovan parliament were arrested.", [("people_count", "MDA", None, 2, "people", "2022-05")]),
    # a speech's own outline is no figure
    ("I would like to make three points about the region.", []),
    ("Let me highlight two issues.", []),
    # a figure told of a thing no state is named in belongs to no state of the main clause
    ("Canada welcomed the extension of the corridor scheme, which has shipped over 5 million tons of grain.",
     [("other", None, None, 5e6, "tonnes", "2022-05")]),
    ("Kazakhstan, which produces 1.8 million barrels a day, signed the deal.",
     [("other", "KAZ", None, 1.8e6, "barrels_per_day", "2022-05")]),
    # a score on a stated scale
    ("A watchdog gave Venezuela a score of 14 out of 100 in 2021.",
     [("other", "VEN", None, 14, "points_of_100", "2021")]),
    ("Serbia's press freedom score was 58 out of 100 in 2021.", [("other", "SRB", None, 58, "points_of_100", "2021")]),
    ("The survey team won 3 out of 5 matches.", []),
]


@pytest.mark.parametrize("text, exp", CASES)
def test_claims_v9(extractor: Any, text: str, exp: list[ClaimExp]) -> None:
    got = claims_of(extractor, text, PUB)
    check_claims(got, exp)
    for c, e in zip(sorted(got, key=lambda c: c.value), sorted(exp, key=lambda e: e[3]), strict=True):
        assert c.period == e[5], (c.period, e)  # the period exactly, a None one included


def _speech(extractor: Any, text: str) -> list:  # type: ignore[type-arg]
    from tests.extract_helpers import extract
    return list(extract(extractor, text, published="2019", title=(
        "Georgia: statement in the General Debate of the 74th session of the UN General Assembly"),
        source="Giorgi Gakharia, Prime Minister of Georgia (UN General Assembly, 74th session General Debate)").claims)


@pytest.mark.parametrize("text, exp", [
    # people "of our" kind are the speaker's people
    ("The occupation has forced over 300,000 of our citizens from their homes.",
     ("people_count", "GEO", None, 300000.0, "2019")),
    # "our trade with X": the speaker's
    ("Our trade with the EU has grown by 15 percent.", ("other", "GEO", "EU", 15.0, "2019")),
    # visitors are people
    ("In 2018, we welcomed 8.7 million international visitors.", ("people_count", "GEO", None, 8.7e6, "2018")),
])
def test_first_person_figures_in_a_speech(extractor: Any, text: str, exp: tuple) -> None:  # type: ignore[type-arg]
    got = [(c.measure, c.subject, c.partner, c.value, c.period) for c in _speech(extractor, text)]
    assert got == [exp]
