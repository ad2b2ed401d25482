"""Stances (rules.v6): who can hold a position, which genocide is meant, who breaches, who complains of a breach,
topic mentions and negatively framed issues. All texts are hand-written."""

from __future__ import annotations

import pytest

from multipolar.sources.document import SourceDocument


def stances(extractor, text: str, speaker: str | None = None):  # type: ignore[no-untyped-def]
    doc = SourceDocument(text=text, origin="test", kind="text", published="2021-05-17",
                         title="Statement" if speaker else None, source=speaker)
    return {(s.holder, s.issue, s.target, s.polarity) for s in extractor.extract(doc).stances}


BORIC = "Gabriel Boric, President of Chile"


# -- holders: a place or a thing holds nothing ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The people of Abkhazia exercised their right to self-determination long ago.",
    "The right of the people of Transnistria to self-determination cannot be suspended by force.",
    "The Abkhazia conflict is still awaiting its just settlement.",
    "The sovereignty of Peru is a basis of the peace process.",
])
def test_places_and_things_hold_no_position(extractor, text: str) -> None:
    got = stances(extractor, text)
    assert not {h for h, *_ in got} & {"GEO", "MDA", "PER"}, got


def test_a_named_subject_still_holds(extractor) -> None:
    assert ("PER", "peace_agreement", None, "support") in stances(extractor, "Peru supports a peaceful settlement.")
    assert ("PER", "peace_agreement", None, "support") in stances(
        extractor, "The government of Peru supports a peaceful settlement.")


# -- genocide: the Armenian genocide, not genocide in general or another one -------------------------------------------
@pytest.mark.parametrize("text", [
    "Peru committed genocide against the Mapuche in 1890.",
    "The Bolivian genocide is recognized by several countries.",
    "Chile attaches great importance to the prevention of genocide.",
    "Chile hosted a forum against the crime of genocide.",
])
def test_genocide_in_general_is_not_the_armenian_genocide(extractor, text: str) -> None:
    assert not any(i == "armenian_genocide_recognition" for _, i, *_ in stances(extractor, text))


def test_the_armenian_genocide_named_and_referred_to(extractor) -> None:
    got = stances(extractor, "Canada recognized the Armenian genocide in 2004. Bolivia still denies the genocide.")
    assert ("CAN", "armenian_genocide_recognition", None, "support") in got
    assert ("BOL", "armenian_genocide_recognition", None, "oppose") in got


# -- breaches: who commits them opposes, whoever names or suffers them supports ----------------------------------------
@pytest.mark.parametrize(("text", "want", "unwanted"), [
    ("Bolivia continues to occupy Paraguayan territory.",
     ("BOL", "territorial_integrity", "PRY", "oppose"), ("BOL", "territorial_integrity", "PRY", "support")),
    ("Bolivia annexed the northern part of Paraguay in 1932.",
     ("BOL", "territorial_integrity", "PRY", "oppose"), ("BOL", "territorial_integrity", "BOL", "support")),
    ("Bolivia has intensified its policy of occupation of Paraguayan lands.",
     ("BOL", "territorial_integrity", "PRY", "oppose"), ("BOL", "territorial_integrity", "PRY", "support")),
    ("Bolivia's attacks on villages constitute a grave violation of human rights law.",
     ("BOL", "human_rights", None, "oppose"), ("BOL", "human_rights", None, "support")),
    ("Bolivia's war rhetoric and growing violations of the ceasefire only make things worse.",
     ("BOL", "ceasefire", None, "oppose"), ("BOL", "ceasefire", None, "support")),
])
def test_the_one_who_breaches_opposes(extractor, text: str, want: tuple, unwanted: tuple) -> None:  # type: ignore[type-arg]
    got = stances(extractor, text, speaker=BORIC)
    assert want in got and unwanted not in got, got


def test_the_breacher_is_not_whose_land_it_is(extractor) -> None:
    got = stances(extractor, "I condemn that creeping annexation and Bolivia's disregard for international law.",
                  speaker=BORIC)
    assert ("CHL", "territorial_integrity", "CHL", "support") in got
    assert not any(t == "BOL" for *_, t, _ in got)


# -- who says another breaches X holds X -------------------------------------------------------------------------------
def test_who_complains_of_a_breach_holds_the_issue(extractor) -> None:
    got = stances(extractor, "Paraguay says Bolivia violates its territorial integrity.")
    assert got == {("PRY", "territorial_integrity", "PRY", "support"),
                   ("BOL", "territorial_integrity", "PRY", "oppose")}


def test_their_own_sovereignty_is_each_ones(extractor) -> None:
    got = stances(extractor, "Both Peru and Chile maintain that the new treaty contains clauses that infringe upon "
                             "their own sovereignty.")
    assert ("PER", "sovereignty", "PER", "support") in got
    assert ("CHL", "sovereignty", "CHL", "support") in got
    assert not any(p == "oppose" for *_, p in got)
