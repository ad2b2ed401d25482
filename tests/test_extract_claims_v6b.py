"""Claims that hold up on prose never seen (issue 12, round 6b): one general class per group, hand-written sentences.

Every sentence is our own wording (news headlines and stories, statements, UN speeches), about other states and in
other words than any gold document. A case lists every claim the reader must return — nothing more (negative cases
list none): measure, subject, partner (None = unchecked), value within 2 %, unit, period (None = unchecked).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_helpers import ClaimExp, check_claims, claims_of, extract

PUB = "2022-03-14"
# (measure, subject, partner or None = unchecked, value, unit, period or None = unchecked)
Exp = ClaimExp

CASES: dict[str, list[tuple[str, list[Exp]]]] = {
    # a sale or purchase is a flow of goods between states only when a state sells or buys
    "sale_by_no_state": [
        ("Company insiders sold nearly $300 million in shares before the slump.",
         [("other", None, None, 3e8, "usd", None)]),
        ("A retired teacher bought a farmhouse for $45,000 at an auction.",
         [("other", None, None, 45000, "usd", None)]),
        ("An Estonian radio host raised $8 million to buy drones for the army.",
         [("other", "EST", None, 8e6, "usd", None)]),
        ("Norway sold gas worth $6bn to Poland in 2021.",
         [("export_value", "NOR", "POL", 6e9, "usd", "2021")]),
        ("Chinese firms bought Brazilian soybeans worth $2bn in 2021.",
         [("import_value", "CHN", "BRA", 2e9, "usd", "2021")]),
    ],
    # a date written short ("Jan. 6", "Nov 11th") is no figure
    "short_month": [
        ("Senators questioned the Jan. 6 committee about its budget.", []),
        ("The Feb 24 invasion changed Finnish politics.", []),
        ("Police detained 40 protesters on Oct. 3 in Minsk.",
         [("people_count", "BLR", None, 40, "people", None)]),
    ],
    # a time counted in clock units keeps its unit; listicle items are no figure
    "clock_and_listicle": [
        ("The senator spoke for more than 9 hours to delay the vote.",
         [("other", None, None, 9, "hours", None)]),
        ("The Kenyan runner finished 12 seconds ahead of the field.",
         [("other", "KEN", None, 12, "seconds", None)]),
        ("7 takeaways from the Chilean election debate", []),
        ("Five signs that inflation has peaked in Canada", []),
    ],
    # pounds of weight are no money; pounds sterling, a pound sign and pounds of aid are
    "pounds_of_weight": [
        ("A truck carrying 30,000 pounds of frozen chicken overturned in Ohio.", []),
        ("The package seized at the port weighed 85 pounds.", []),
        ("Britain pledged 50 million pounds of aid to Kenya in 2021.",
         [("aid_value", "KEN", "GBR", 5e7, "gbp", "2021")]),
        ("The club was fined £40,000 by the league.",
         [("other", None, None, 40000, "gbp", None)]),
    ],
    # money per unit is a rate, not an amount
    "rates": [
        ("Delivery riders in Peru earn $2.10 an hour, a survey found.",
         [("other", "PER", None, 2.1, "usd_per_hour", None)]),
        ("Solar power now costs $40/MWh in Spain.",
         [("other", "ESP", None, 40, "usd_per_mwh", None)]),
        ("Families will get 5,000 euros per child under the Italian scheme.",
         [("other", "ITA", None, 5000, "eur_per_child", None)]),
    ],
    # people: a people noun past a comma counts nothing; ranks and fighters are people; "eliminated" is killed
    "people_nouns": [
        ("Strike hits depot: a radar, two trucks, 30 Russians eliminated",
         [("people_count", "RUS", None, 30, "people", None)]),
        ("About 150 invaders were eliminated near Kherson, the mayor said.",
         [("people_count", None, None, 150, "people", None)]),
        ("The court charged the leader and 6 lieutenants with sedition.",
         [("people_count", None, None, 6, "people", None)]),
        ("Up to 8 generals and 20,000 soldiers have been killed, officials say.",
         [("people_count", None, None, 8, "people", None), ("people_count", None, None, 20000, "people", None)]),
    ],
    # a group named by a superlative or a label number is no count
    "superlative_and_label": [
        ("The 20 richest families in Chile own vast estates.", []),
        ("The Mexican drama's season 3 opens in May.", []),
        ("Under phase 2 of the plan, Chile will reopen its borders.", []),
    ],
    # whose people or things: not the sayer's when foreign, not the sentence's state's for a global total, no one
    # state's when two nationalities share the figure, not a state named after the figure in another role
    "count_owner": [
        ("Kenya says five foreign journalists were detained.",
         [("people_count", None, None, 5, "people", None)]),
        ("Peru confirmed 12 new cases, bringing the global total to 95.",
         [("people_count", "PER", None, 12, "people", None), ("people_count", None, None, 95, "people", None)]),
        ("Norway tracked six Russian and Chinese warships near its coast.",
         [("other", None, None, 6, "count", None)]),
        ("21 countries urged sanctions on Iranian airlines.",
         [("other", None, None, 21, "count", None)]),
        ("At least 500 seals have died in the Caspian Sea since the Russian drills began.",
         [("other", None, None, 500, "count", None)]),
        ("During the floods, 34 villages in Peru were destroyed.",
         [("other", "PER", None, 34, "count", None)]),
        ("NATO raised its rapid-reaction force from 30,000 to 250,000.",
         [("other", "NATO", None, 30000, "count", None), ("other", "NATO", None, 250000, "count", None)]),
    ],
    # the period: not a comparison's base, not a later year of an infinitive, not a date of another clause when the
    # figure is "still" so; an event's year in its name counts; a two-year span; "that attack" is the one told before
    "periods": [
        ("Jobless claims in Canada fell to 180,000, the lowest level since 1989.",
         [("other", "CAN", None, 180000, "count", "2022-03")]),
        ("Qatar will receive $8 million to prepare for the 2030 Asian Games.",
         [("other", "QAT", None, 8e6, "usd", "2022-03")]),
        ("60 percent of Brazilians do not want Bolsonaro to run in 2026, a poll shows.",
         [("other", "BRA", None, 60, "percent", "2022-03")]),
        ("Serbia seized the north in 1999 - some 20,000 Serbs are still displaced.",
         [("people_count", "SRB", None, 20000, "people", "2022-03")]),
        ("Chile finished ninth at the Tokyo 2020 Olympic Games.",
         [("other", "CHL", None, 9, "rank", "2020")]),
        ("The Global Innovation Index for 2020-2021 ranked Chile fifty-third of 132 economies.",
         [("other", "CHL", None, 53, "rank", "2020/2021")]),
        ("Ethiopian forces shelled the town in March 2021. In that attack, 40 civilians were killed.",
         [("people_count", None, None, 40, "people", "2021")]),
        ("Ethiopian forces shelled the town in March 2021. Since then, 40 civilians were killed.",
         [("people_count", None, None, 40, "people", "2022-03")]),
    ],
    # the Organization's membership is no one state's; today's figure and a state's own things are counted
    "membership_and_possessives": [
        ("Since 1945 the number of United Nations Members has risen from 51 to today's 193.",
         [("other", None, None, 51, "count", None), ("other", None, None, 193, "count", None)]),
        ("Chile thanks the Assembly. The number of Members has almost tripled since 1946.",
         [("other", None, None, 3, "times", None)]),
        ("Norway's 120 ships make up the largest fleet in the North Sea.",
         [("other", "NOR", None, 120, "count", None)]),
        ("The three ships left the port of Oslo.", []),
        ("Peru joined four anti-ISIS task forces in 2019.",
         [("other", "PER", None, 4, "count", "2019")]),
    ],
    # "8 or 9 per cent" is at least 8; the end of "from X in 2010 to Y" is not 2010's
    "ranges_and_from_to": [
        ("Poverty in Peru is at 8 or 9 per cent.",
         [("other", "PER", None, 8, "percent", None)]),
        ("Poverty in Peru fell from 30 per cent in 2010 to 8 per cent.",
         [("other", "PER", None, 30, "percent", "2010"), ("other", "PER", None, 8, "percent", "2022-03")]),
        ("Exports of Peru rose from $2bn in 2010 to $5bn in 2020.",
         [("export_value", "PER", None, 2e9, "usd", "2010"), ("export_value", "PER", None, 5e9, "usd", "2020")]),
    ],
    # losses are people killed, not a force's strength
    "losses": [
        ("Bolivia lost 300 soldiers in the fighting.",
         [("people_count", "BOL", None, 300, "people", None)]),
        ("Bolivia maintains 3,000 troops near the border.",
         [("people_count", "BOL", None, 3000, "people", None)]),
    ],
    # more labels, windows and descriptions that are no figure; "two dozen" is 24; kids and teens are people; people
    # charged over a death were not killed; a state word naming a sea is no state
    "not_figures_2": [
        ("The Brazilian drama's season 4 finale drew 9 million viewers.",
         [("other", "BRA", None, 9e6, "count", None)]),
        ("Chile reported 300 new cases in the past 24 hours.",
         [("people_count", "CHL", None, 300, "people", None)]),
        ("Trains in Peru run every 10 minutes.",
         [("other", "PER", None, 10, "minutes", None)]),
        ("The mother of two was detained in Lima.", []),
        ("Outages in Ohio led to failed 911 calls.", []),
        ("More than two dozen Chilean fishermen were detained.",
         [("people_count", "CHL", None, 24, "people", None)]),
        ("Nigerian police killed seven kids in the raid.",
         [("people_count", None, None, 7, "people", None)]),
        ("A floating city for 20,000 people is being built in the Indian Ocean.",
         [("people_count", None, None, 20000, "people", None)]),
    ],
    # a span between two months of two years is the span of the years; a headline's one state is no topic
    "spans_and_topic": [
        ("About 1 in 8 Chilean deaths were from COVID-19 between March 2020 and October 2021.",
         [("other", "CHL", None, 12.5, "percent", "2020/2021")]),
        ("A network of more than two dozen bloggers, backed by a Russian campaign, sent tweets on the Syrian war.",
         [("other", None, None, 24, "count", None)]),
    ],
    # a sum in a sentence naming no state is not that of a state named once before in passing (a topic is)
    "sum_owner": [
        ("Miami police will hand the weapons to Ukraine's army. Police have offered $50 for pistols and $100 for "
         "shotguns.", [("other", None, None, 50, "usd", None), ("other", None, None, 100, "usd", None)]),
        ("Chile is rebuilding its ports. Chile has big plans. The programme costs $50 million.",
         [("other", "CHL", None, 5e7, "usd", None)]),
    ],
    # a term of office ("for the years 2023 to 2025") is not the date of a vote told in another clause
    "term_of_office": [
        ("In June, Peru was elected to the Council for the years 2023 to 2025, after a vote in which 150 of 190 Member "
         "States took part.", [("other", "PER", None, 150, "count", "2021-06")]),
    ],
    # whose people: not a state past a comma, not a demonym that names no place
    "people_owner_2": [
        ("Iran massing forces near Iraq involving 40,000 troops, British officials warn",
         [("people_count", "IRN", None, 40000, "people", None)]),
        ("Peru says 900 people from Chile crossed the border.",
         [("people_count", "CHL", None, 900, "people", None)]),
        ("More than 30 journalists wrote about the reality of the Yemeni conflict.",
         [("people_count", None, None, 30, "people", None)]),
    ],
    # "bln" is billions; an age written in capitals and a speed are no count
    "scale_age_speed": [
        ("Renault unveils $12 bln electrification plan in France",
         [("other", "FRA", None, 1.2e10, "usd", None)]),
        ("Video: 14-Year-Old Boy Arrested During Protest in Lima", []),
        ("Russia tests its 5,000mph missile.", []),
    ],
    # a spaced hyphen or en dash closes a clause as an em dash does
    "dash_clause": [
        ("The minister helped a banker - who repaid the senator's $2m loan - open an office in Malta",
         [("loan_value", None, None, 2e6, "usd", None)]),
    ],
    # a hedged price is no reported fact
    "hedged_price": [
        ("The lost painting could sell for $12m at a Paris auction.", []),
    ],
}


# a UN speech (the speaker's state comes from the metadata): people a foreign state killed, and displaced people no
# state is named with, are the speaker's; parts of a state's territory are that state's
SPEECH = dict(title="Peru: statement in the General Debate of the 77th session of the UN General Assembly",
              source="Ana Reyes, Minister for Foreign Affairs of Peru (UN General Assembly)")
SPEECH_CASES: list[tuple[str, list[Exp]]] = [
    ("In March, Bolivia shelled the border town, killing 14 civilians, among them 5 children.",
     [("people_count", "PER", None, 14, "people", None), ("people_count", "PER", None, 5, "people", None)]),
    ("Close to 200,000 refugees and displaced persons still cannot go home.",
     [("people_count", "PER", None, 200000, "people", None)]),
    ("Chile says 30 people were killed in the floods.",
     [("people_count", "CHL", None, 30, "people", None)]),
    ("Bolivia lost 300 soldiers in the fighting.",
     [("people_count", "BOL", None, 300, "people", None)]),
    ("Bolivia continues to occupy Peruvian territory, including four adjacent provinces.",
     [("other", "PER", None, 4, "count", None)]),
]




PARAMS = [pytest.param(text, exp, id=f"{cls}-{i}") for cls, rows in CASES.items() for i, (text, exp) in enumerate(rows)]



@pytest.mark.parametrize(("text", "exp"), PARAMS)
def test_claims_v6b(extractor: Any, text: str, exp: list[Exp]) -> None:
    check_claims(claims_of(extractor, text, PUB), exp)


@pytest.mark.parametrize(("text", "exp"), [pytest.param(t, e, id=f"speech-{i}") for i, (t, e) in
                                           enumerate(SPEECH_CASES)])
def test_claims_v6b_speech(extractor: Any, text: str, exp: list[Exp]) -> None:
    check_claims(list(extract(extractor, text, published="2022", **SPEECH).claims), exp)


@pytest.mark.parametrize("text", ["Two men were charged over a blast in Peru that killed 4.",
                                  "Vaccination in Peru prevented 20,000 deaths, a study finds.",
                                  "Twelve members of a sect in Toowoomba, Australia have been arrested after the "
                                  "death of a girl.",
                                  "Nine members of a small religious movement based in a village near Kaunas in "
                                  "Lithuania were arrested after the death of a boy who was denied insulin."])
def test_people_not_killed(extractor: Any, text: str) -> None:
    """People charged over a death, and deaths prevented, are no count of the killed."""
    got = claims_of(extractor, text, PUB)  # (the first figure: "… that killed 4" is a count of the killed of its own)
    assert got and got[0].about != "killed", [(c.value, c.about) for c in got]


def test_people_take_their_own_state_word(extractor: Any) -> None:
    """ "a woman was killed and seven officers injured": the seven were injured, not killed."""
    got = claims_of(extractor, "A woman was killed and seven officers injured in a shooting in Lima.", PUB)
    assert [(c.value, c.about) for c in got] == [(7, "wounded")]


@pytest.mark.parametrize(("text", "want"), [
    ("A truck drove into a parade in Ohio that killed 5 and injured more than 40.", [(5, "killed"), (40, "wounded")]),
    ("Gas leak kills 12, injures 251 at Aqaba port", [(12, "killed"), (251, "wounded")]),
    ("Floods killed 2 million chickens in Peru.", [(2e6, None)]),
])
def test_a_bare_figure_after_a_verb_of_harm_counts_people(extractor: Any, text: str, want: list[Any]) -> None:
    """ "a blast that killed 4": the bare figure is the people killed (or injured); a counted noun is not people."""
    got = claims_of(extractor, text, PUB)
    assert [(c.value, c.about if c.measure == "people_count" else None) for c in got] == want
