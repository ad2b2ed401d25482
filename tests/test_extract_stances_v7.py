"""Stances (issue 12, brief S2): recall by paraphrase kept precise — sanctions whose target is the state they harm,
sanctions owned by a possessive pronoun, a state named as a mere possibility, calls for caution on sanctions, issue
words qualified into another domain ("digital sovereignty"), violence against a group of people, and the holder of a
relative clause whose subject is a pronoun ("… which it calls …"). All texts are hand-written."""

from __future__ import annotations

import pytest

from multipolar.sources.document import SourceDocument


def stances(extractor, text: str, speaker: str | None = None):  # type: ignore[no-untyped-def]
    doc = SourceDocument(text=text, origin="test", kind="text", published="2022-03-14",
                         title="Statement" if speaker else None, source=speaker)
    return {(s.holder, s.issue, s.target, s.polarity) for s in extractor.extract(doc).stances}


# -- sanctions with no target named: the state whose economy they harm -----------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("Sanctions imposed by the European Union in 2014 have crippled Russia's banking sector.",
     ("EU", "sanctions_on_russia", "RUS", "support")),
    ("Britain's own sanctions have strangled Venezuela's economy.",
     ("GBR", "sanctions_on_venezuela", "VEN", "support")),
    ("Sanctions reimposed by Washington last year have halved Iran's oil exports.",
     ("USA", "sanctions_on_iran", "IRN", "support")),
])
def test_sanctions_target_is_the_state_they_harm(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert want in stances(extractor, text)


@pytest.mark.parametrize("text", [
    "Sanctions have crippled Cuba's economy.",  # no imposer named: nobody holds a position
    "The sanctions imposed last year were discussed by the ministers of Chile and Peru.",
])
def test_sanctions_without_imposer_or_harm_hold_nothing(extractor, text: str) -> None:
    assert not any(i.startswith("sanctions_on") for _, i, _, _ in stances(extractor, text))


# -- "their sanctions on X": the owner the pronoun stands for --------------------------------------------------------
def test_possessive_pronoun_owner_of_sanctions(extractor) -> None:
    got = stances(extractor, "French diplomats fear the new route will undermine their sanctions on Syria.")
    assert got == {("FRA", "sanctions_on_syria", "SYR", "support")}


def test_possessive_pronoun_owner_is_not_the_target(extractor) -> None:
    got = stances(extractor, "Western officials worry that new pipelines could weaken their sanctions on Russia.")
    assert ("WEST", "sanctions_on_russia", "RUS", "support") in got
    assert not any(h == "RUS" for h, *_ in got)


# -- a state named as a mere possibility is no target -----------------------------------------------------------------
@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("The EU imposed sanctions on Belarus and perhaps Iran.", "BLR", "IRN"),
    ("Western planners ask how the corridor can weaken their sanctions on Russia, Iran and possibly China.", "RUS",
     "CHN"),
])
def test_possible_target_dropped(extractor, text: str, kept: str, dropped: str) -> None:
    targets = {t for _, i, t, _ in stances(extractor, text) if i.startswith("sanctions_on")}
    assert kept in targets and dropped not in targets


# -- a call for caution on sanctions is neither backing nor rejection ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Germany urges caution on new sanctions against Russia.",
    "Italy urged prudence over sanctions on Iran.",
    "Austria counselled restraint on further sanctions against Belarus.",
])
def test_caution_on_sanctions_is_no_stance(extractor, text: str) -> None:
    assert not any(i.startswith("sanctions_on") for _, i, _, _ in stances(extractor, text))


def test_call_for_sanctions_still_support(extractor) -> None:
    got = stances(extractor, "Poland urged new sanctions against Russia.")
    assert ("POL", "sanctions_on_russia", "RUS", "support") in got


# -- an issue word qualified into another domain ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The real reason Beijing is pushing data sovereignty in Latin America.",
    "India champions food sovereignty at the trade talks.",
    "Brazil defends its digital sovereignty against foreign platforms.",
])
def test_domain_qualified_issue_is_not_the_issue(extractor, text: str) -> None:
    assert not any(i == "sovereignty" for _, i, _, _ in stances(extractor, text))


def test_plain_sovereignty_kept(extractor) -> None:
    assert ("CHN", "sovereignty", "NPL", "support") in stances(extractor, "China respects the sovereignty of Nepal.")


# -- violence against a group of people is not hostilities -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Thousands march in Madrid to demand an end to violence against women.",
    "Poland called for an end to the violence against protesters.",
])
def test_violence_against_a_group_is_no_ceasefire(extractor, text: str) -> None:
    assert not any(i == "ceasefire" for _, i, _, _ in stances(extractor, text))


@pytest.mark.parametrize(("text", "holder"), [
    ("France called for an end to the fighting in Yemen.", "FRA"),
    ("Egypt urged a halt to violence in Gaza.", "EGY"),
])
def test_end_to_fighting_still_ceasefire(extractor, text: str, holder: str) -> None:
    # (since rules.v30 the ceasefire's target is the place its phrase names: Yemen, Gaza)
    assert any(h == holder and i == "ceasefire" and p == "support" for h, i, _, p in stances(extractor, text))


# -- "… which it calls …": the pronoun is the subject of the clause above --------------------------------------------
def test_relative_clause_pronoun_holder_is_the_main_subject(extractor) -> None:
    got = stances(extractor, "Greece accused Turkey of provocations, a reference to the 1974 invasion of Cyprus which "
                             "it calls an occupation.")
    holders = {h for h, i, _, _ in got if i == "territorial_integrity"}
    assert holders == {"GRC"}, got


@pytest.mark.parametrize("text", [
    "Armenia accused Turkey of helping Azerbaijan, a reference to the 1915 massacre which it calls the Armenian "
    "Genocide.",
    "Armenia accused Turkey of denying the killings, which it calls the Armenian Genocide.",
])
def test_which_it_calls_genocide(extractor, text: str) -> None:
    got = stances(extractor, text)
    assert ("ARM", "armenian_genocide_recognition", None, "support") in got
    assert not any(h == "TUR" and p == "support" for h, i, _, p in got if i == "armenian_genocide_recognition")


# -- the owner of sanctions limiting its own measures does not oppose them ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Despite pressure from Brussels not to enforce EU sanctions on Russian goods, Latvia closed the border.",
    "Canada will not enforce Canadian sanctions on Cuban nickel, officials said.",
])
def test_owner_waiving_its_own_sanctions_is_no_opposition(extractor, text: str) -> None:
    got = stances(extractor, text)
    assert not any(p == "oppose" and h in ("EU", "CAN") for h, i, _, p in got if i.startswith("sanctions_on")), got


def test_another_state_opposing_the_sanctions_kept(extractor) -> None:
    got = stances(extractor, "Hungary opposes EU sanctions on Russian gas.")
    assert ("HUN", "sanctions_on_russia", "RUS", "oppose") in got


# -- the Iran nuclear deal by paraphrase ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("Israel opposes any nuclear agreement with Iran.", ("ISR", "iran_nuclear_deal", None, "oppose")),
    ("Germany wants to restore the nuclear deal with Iran.", ("DEU", "iran_nuclear_deal", None, "support")),
])
def test_iran_deal_paraphrase(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert want in stances(extractor, text)


def test_iran_deal_paraphrase_in_a_statement(extractor) -> None:
    got = stances(extractor, "We welcome the agreement on Iran's nuclear programme.",
                  speaker="Ministry of Foreign Affairs of Kazakhstan")
    assert ("KAZ", "iran_nuclear_deal", None, "support") in got


@pytest.mark.parametrize("text", [
    "Talks on Iran's nuclear programme resumed in Vienna.",  # the programme is a topic, no deal named
    "Tensions rose over Iran's nuclear programme.",
    "Brazil signed a trade agreement with Iran.",
])
def test_iran_programme_mentioned_is_no_deal_stance(extractor, text: str) -> None:
    assert not any(i == "iran_nuclear_deal" for _, i, _, _ in stances(extractor, text))
