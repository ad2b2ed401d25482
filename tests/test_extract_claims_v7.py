"""Claims: field conventions on prose never seen (issue 12, round 7): one general class per group, hand-written
sentences.

Every sentence is our own wording, about other states and in other words than any gold document or headline. A case
lists every claim the reader must return — nothing more (negative cases list none): measure, subject, partner
(None = unchecked), value within 2 %, unit, period (None = unchecked).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_helpers import ClaimExp, check_claims, claims_of

PUB = "2022-05-03"
# (measure, subject, partner or None = unchecked, value, unit, period or None = unchecked)
Exp = ClaimExp

CASES: dict[str, list[tuple[str, list[Exp]]]] = {
    # "one" standing for a thing named before ("including one against …", "one of its banks") is a pronoun, no count
    "one_as_pronoun": [
        ("The committee could make several referrals, including one against the mayor of Lima.", []),
        ("One of Peru's largest banks was fined.", []),
        ("Two of the ships sank and one was towed to port.", []),
        ("One in ten Bolivians works abroad.", [("other", "BOL", None, 10, "percent", None)]),
        # a count of one thing, and a unit after "one", stay
        ("Chile's stockpile of copper has exceeded one tonne.", [("other", "CHL", None, 1, "tonnes", None)]),
        ("The blast killed one and injured four in Lima.", [("people_count", None, None, 4, "people", None)]),
    ],
    # the period after "from", "compared with", "on" right after a change is the change's base, not the figure's
    # own period: the figure is as of the text (or of a period named for it)
    "base_period_of_change": [
        ("Peru's tourism revenue rose 12% compared with last year.",
         [("other", "PER", None, 12, "percent", "2022-05")]),
        ("Sales of Chilean wine dropped 4 percent from a year earlier.",
         [("other", "CHL", None, 4, "percent", "2022-05")]),
        ("Peru's exports rose 7% in 2021.", [("other", "PER", None, 7, "percent", "2021")]),
        # a span "from A in Y1 to B in Y2" keeps each figure's own year
        ("Chile's poverty rate fell from 40% in 2004 to 5% in 2019.",
         [("other", "CHL", None, 40, "percent", "2004"), ("other", "CHL", None, 5, "percent", "2019")]),
        ("Inflation in Peru rose to 8% in 2021 from 4% in 2020.",
         [("other", "PER", None, 8, "percent", "2021"), ("other", "PER", None, 4, "percent", "2020")]),
    ],
    # a people word used as the modifier of another plural noun names a kind of thing, not people
    "people_word_as_modifier": [
        ("NASA will buy three more crew flights from the company.", [("other", None, None, 3, "count", None)]),
        ("Ten police officers were injured in Lima.", [("people_count", None, None, 10, "people", None)]),
        ("Spain will admit 300 student workers this summer.",
         [("people_count", "ESP", None, 300, "people", None)]),
        ("Two 16-year-old suspects were arrested in Quito.", [("people_count", "ECU", None, 2, "people", None)]),
    ],
    # a count of things whose noun phrase holds an abbreviation, a code or a capitalised compound ("U.S.-built",
    # "PT-91", "ICBMs"); the maker named by "-made"/"-built" is not the owner
    "things_with_named_modifiers": [
        ("Norway signs a deal to buy 24 U.S.-built transport planes.", [("other", "NOR", None, 24, "count", None)]),
        ("A botnet infected 2 million PCs last week.", [("other", None, None, 2e6, "count", None)]),
        ("Slovakia will donate 30 BMP-1 vehicles to Ukraine.", [("other", "SVK", None, 30, "count", None)]),
        ("Romania will send 15 German-made tanks to Moldova.", [("other", "ROU", None, 15, "count", None)]),
        ("Chile bought 12 Soviet-era helicopters.", [("other", "CHL", None, 12, "count", None)]),
        # a nationality right before the things still owns them; a name is no count
        ("Four Azerbaijani helicopters crashed.", [("other", "AZE", None, 4, "count", None)]),
        ("The BMP-1 entered service in 1966.", []),
    ],
    # the present tense of a harm verb before a bare figure counts the people harmed, as the past does
    "harm_verb_present": [
        ("Tainted batches of cocaine kill at least 23 in Buenos Aires.",
         [("people_count", None, None, 23, "people", None)]),
        ("Floods in Chile kill 12 and injure 40.",
         [("people_count", None, None, 12, "people", None), ("people_count", None, None, 40, "people", None)]),
        # negated or hedged: no reported fact
        ("Bombs that could kill 5 were found in Lima.", []),
        ("Troops did not kill 30 protesters in Quito.", []),
    ],
    # a prison term told without "sentenced to": "jailed for N years", "gets N years in prison"
    "prison_term_other_wording": [
        ("A Russian teenager is jailed for five years for planning an attack.",
         [("other", "RUS", None, 5, "years", None)]),
        ("An activist in Peru gets 6 years in prison for illegal voting.", [("other", "PER", None, 6, "years", None)]),
        # a term faced or sought, a stay, other things got: no term
        ("A Chilean satirist faces up to 8 years in jail for a sketch.", []),
        ("Prosecutors in Peru seek 30 years in prison for the former mayor.", []),
        ("He has lived in Lima for five years.", []),
        ("A senator in Chile says the minister should be jailed for five years.", []),
        ("The engineer gets 3 years of paid leave.", []),
    ],
    # people counted by what befell them, with no people noun ("Eight hospitalized", "Three shot")
    "people_by_participle": [
        ("Eight hospitalized after a shooting at a park in Lima.", [("people_count", None, None, 8, "people", None)]),
        ("Three shot, one dead after a gunman opens fire in Quito.",
         [("people_count", None, None, 3, "people", None)]),
        ("Five Chilean miners were trapped underground.", [("people_count", "CHL", None, 5, "people", None)]),
        # a participle that modifies a noun, or shots fired: no people
        ("The team scored 3 shot goals in Lima.", [("other", "PER", None, 3, "count", None)]),
        ("Police fired 5 shots in the air.", [("other", None, None, 5, "count", None)]),
        # people hurt in a place are not said to be the place's
        ("Two police officers shot in Quito.", [("people_count", None, None, 2, "people", None)]),
    ],
}

PARAMS = [pytest.param(text, exp, id=f"{cls}-{i}") for cls, rows in CASES.items() for i, (text, exp) in enumerate(rows)]





@pytest.mark.parametrize(("text", "exp"), PARAMS)
def test_claims_v7(extractor: Any, text: str, exp: list[Exp]) -> None:
    check_claims(claims_of(extractor, text, PUB), exp)
