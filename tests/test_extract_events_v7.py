"""Events told in narrative prose (issue 12, brief E1), each on small hand-written texts: joint military exercises
told as nouns (who exercised with whom, the host), and dates counted from the date told before ("four days
before", "two weeks later")."""

from __future__ import annotations

import pytest

from multipolar.resolve.dates import counted, find_times, resolve_relative
from tests.extract_helpers import extract, happened


def coop(ev) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(a, r) for t, a, r, _ in happened(ev) if t == "COOPERATE"}


def typed(ev, typ: str) -> set[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return {(a, r, d) for t, a, r, d in happened(ev) if t == typ}


# -- joint exercises: the guests cooperate with the host, the organiser with the others ------------------------------
@pytest.mark.parametrize("text, pairs", [
    # troops of several states in an exercise held in one of them: the others with the host
    ("Troops from Kenya, Uganda and Tanzania took part in a joint exercise near Nairobi on Monday.",
     {("UGA", "KEN"), ("TZA", "KEN")}),
    ("The annual military drills, involving soldiers from Poland, Lithuania and Latvia, took place near Vilnius "
     "in June.", {("POL", "LTU"), ("LVA", "LTU")}),
    # an exercise led by one state, held in another
    ("The Chile-led exercise Southern Star takes place in Argentina.", {("CHL", "ARG")}),
    # two states' forces named together: each other's partners
    ("Indian and Japanese warships on Tuesday launched five days of war games in the Bay of Bengal.",
     {("IND", "JPN"), ("JPN", "IND")}),
    # drills with another state's forces: the subject with them
    ("Vietnam held naval drills with Laotian ships in April.", {("VNM", "LAO")}),
])
def test_joint_exercise_partners(extractor, text, pairs):  # type: ignore[no-untyped-def]
    ev = extract(extractor, text, published="2019-11-05")
    assert coop(ev) == pairs
    assert not typed(ev, "MOBILIZE")  # a joint exercise is cooperation, not one side's mobilisation


@pytest.mark.parametrize("text", [
    "Spain and Morocco have sent troops to join war games with either Portugal or France this month.",  # which?
    "Tensions between Peru and Chile rose in May, with both sides staging military drills.",  # each its own
    "Kenya did not take part in the joint drills with Uganda.",  # negated
    "Kenya will hold a joint exercise with Uganda next year.",  # not (yet) held
    "The minister urged citizens in Uganda and Kenya to exercise their right to vote.",  # no military exercise
    "Ships from Greece, Italy and Spain participated in a joint naval exercise in the open sea last week.",  # no host
])
def test_no_joint_exercise(extractor, text):  # type: ignore[no-untyped-def]
    ev = extract(extractor, text, published="2019-11-05")
    assert not coop(ev)


# -- dates counted from the date told before -------------------------------------------------------------------------
@pytest.mark.parametrize("text, raw, anchor, value", [
    ("Four days before, Peru had signed.", "Four days before", "2020-08-10", "2020-08-06"),
    ("Two weeks later, Chile signed.", "Two weeks later", "2020-08-10", "2020-08-24"),
    ("Three years earlier Peru had signed.", "Three years earlier", "2020-08-10", "2017"),
    ("Peru signed it two days before.", "two days before", "2020-08-10", "2020-08-08"),
    ("A day later, Peru signed.", "A day later", "2020-08", "2020-08"),  # a day after a month: that month
    ("Six months ago Peru signed.", "Six months ago", "2012-01-01", "2020-03"),  # ago: from publication
])
def test_counted_dates(text, raw, anchor, value):  # type: ignore[no-untyped-def]
    times = [t for t in find_times(text, "2020-09-05") if t.kind == "relative"]
    assert [t.raw for t in times] == [raw]
    assert resolve_relative(times[0].raw, "2020-09-05", anchor) == value


def test_counted_dates_not_before_an_event():  # type: ignore[no-untyped-def]
    # "two days before the vote" counts from the vote, which has no date here: no time expression
    assert not [t for t in find_times("Two days before the vote, Peru signed.", "2020-09-05")
                if t.kind == "relative"]
    assert counted("four days before") and counted("two years later") and not counted("two years ago")


def test_counted_date_follows_the_date_told(extractor):  # type: ignore[no-untyped-def]
    text = ("On August 10, Peruvian police detained a Chilean fisherman.\n\n"
            "Four days before, Peru had signed a fisheries agreement with Ecuador.")
    ev = extract(extractor, text, published="2020-09-05")
    assert ("PER", "ECU", "2020-08-06") in typed(ev, "SUPPORT")
    assert not any(d == "2020-09-05" for _, _, d in typed(ev, "SUPPORT"))


# -- munitions fired at a target, people shot dead: an assault ------------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Indian troops fired shells at Pakistani positions on Friday.", ("IND", "PAK")),
    ("Syrian forces launched rockets into Turkish territory on Sunday.", ("SYR", "TUR")),
    ("Israeli tanks fired four shells at targets in the Lebanese town of Tyre on Friday.", ("ISR", "LBN")),
    ("Kenyan soldiers were shot dead by Ugandan troops on Monday.", ("UGA", "KEN")),
])
def test_munitions_fired_at(extractor, text, pair):  # type: ignore[no-untyped-def]
    ev = extract(extractor, text, published="2019-11-05")
    assert pair in {(a, r) for a, r, _ in typed(ev, "ASSAULT")}


@pytest.mark.parametrize("text", [
    "The crowd fired questions at the Peruvian minister on Friday.",  # no munitions
    "Police shot dead a Chilean protester in Lima on Friday.",  # no state acting
])
def test_no_munitions_fired(extractor, text):  # type: ignore[no-untyped-def]
    ev = extract(extractor, text, published="2019-11-05")
    assert not typed(ev, "ASSAULT")


def test_munitions_fired_only_if_it_happened(extractor):  # type: ignore[no-untyped-def]
    ev = extract(extractor, "Iran will launch missiles at Iraqi bases if attacked.", published="2019-11-05")
    assert not typed(ev, "ASSAULT")


# -- arms sold to a state: arms supplied (AID) ------------------------------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Britain sold advanced weapons to Saudi Arabia in the 1980s.", ("GBR", "SAU")),
    ("Iran has been selling drones to Russia, the Pentagon said.", ("IRN", "RUS")),
    ("The United States approves the sale of anti-tank missile systems to Ukraine.", ("USA", "UKR")),
])
def test_arms_sold(extractor, text, pair):  # type: ignore[no-untyped-def]
    ev = extract(extractor, text, published="2019-11-05")
    assert pair in {(a, r) for a, r, _ in typed(ev, "AID")}


@pytest.mark.parametrize("text", [
    "Russia sold gas to Armenia in 2015.",  # trade, not arms
    "Peru sells copper to China.",
    "Beijing demanded that Washington cancel plans to sell anti-tank weapons to Taiwan.",  # not sold
    "The Pentagon blocked the sale of fighter jets to Turkey.",
])
def test_no_arms_sold(extractor, text):  # type: ignore[no-untyped-def]
    ev = extract(extractor, text, published="2019-11-05")
    assert not typed(ev, "AID") and not typed(ev, "AGREE")
