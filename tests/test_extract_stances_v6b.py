"""Stances (rules.v6b, issue 12): precision on prose never seen — deeds told by others, states named inside the
issue's own words, who would join a bloc, clause boundaries after "sanctions on", issue words that only name a kind
of person or body, another's position named by one who does not share it, political (not economic) ties, and a
state's own governance. All texts are hand-written."""

from __future__ import annotations

import pytest

from multipolar.sources.document import SourceDocument


def stances(extractor, text: str, speaker: str | None = None):  # type: ignore[no-untyped-def]
    doc = SourceDocument(text=text, origin="test", kind="text", published="2022-03-14",
                         title="Statement" if speaker else None, source=speaker)
    return {(s.holder, s.issue, s.target, s.polarity) for s in extractor.extract(doc).stances}


LULA = "Luiz Inacio Lula da Silva, President of Brazil"


# -- a deed told by another is an event, not a stated position; opposing by word still is ------------------------------
@pytest.mark.parametrize("text", [
    "Venezuela violated the sovereignty of Guyana, the Guyanese president said.",
    "Ecuador accused Peru of breaching the ceasefire.",
    "Peruvian troops crossed into Ecuador and occupied parts of its territory.",
    "Bolivia sabotaged the peace talks by walking out.",
])
def test_deeds_told_by_others_hold_no_position_of_the_doer(extractor, text: str) -> None:
    got = stances(extractor, text)
    assert not any(p == "oppose" and h in ("VEN", "PER", "BOL") for h, _, _, p in got), got


def test_the_accuser_still_holds_what_was_breached(extractor) -> None:
    got = stances(extractor, "Ecuador accused Peru of breaching the ceasefire.")
    assert got == {("ECU", "ceasefire", None, "support")}


@pytest.mark.parametrize(("text", "want"), [
    ("Hungary rejected the peace plan.", ("HUN", "peace_agreement", None, "oppose")),
    ("Serbia rejected any ceasefire with the rebels.", ("SRB", "ceasefire", None, "oppose")),
    ("Turkey strongly disputes the Armenian genocide.", ("TUR", "armenian_genocide_recognition", None, "oppose")),
])
def test_opposing_by_word_is_a_position(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    got = stances(extractor, text)
    assert want in got or (want[0], want[1], None, want[3]) in got, got


def test_the_speakers_own_deed_stays(extractor) -> None:
    got = stances(extractor, "We have blocked the peace plan.", speaker=LULA)
    assert ("BRA", "peace_agreement", None, "oppose") in got


# -- a state named inside the issue's own words is what the issue is about, not who holds it ---------------------------
@pytest.mark.parametrize(("text", "holder", "not_holder"), [
    ("Israel says it will not be bound by any Iran nuclear deal.", "ISR", "IRN"),
    ("Norway welcomed NATO membership bids by Sweden and Finland.", "NOR", "NATO"),
])
def test_a_state_in_the_issue_words_holds_nothing(extractor, text: str, holder: str, not_holder: str) -> None:
    got = stances(extractor, text)
    assert any(h == holder for h, *_ in got), got
    assert not any(h == not_holder for h, *_ in got), got


# -- who would join: the state named with the membership, not the one who backs it ------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("Portugal ratified NATO membership for Finland and Sweden.",
     {("PRT", "nato_membership", "FIN", "support"), ("PRT", "nato_membership", "SWE", "support")}),
    ("Croatia agreed to back Finnish and Swedish NATO membership.",
     {("HRV", "nato_membership", "FIN", "support"), ("HRV", "nato_membership", "SWE", "support")}),
    ("Spain calls for fast-track EU membership for Moldova.", {("ESP", "eu_membership", "MDA", "support")}),
    ("Greece dropped its objections to North Macedonia joining NATO.", {("GRC", "nato_membership", "MKD", "support")}),
    ("Hungary opposes Ukraine joining the EU.", {("HUN", "eu_membership", "UKR", "oppose")}),
])
def test_membership_is_of_the_state_that_would_join(extractor, text: str, want: set) -> None:  # type: ignore[type-arg]
    got = stances(extractor, text)
    assert want <= got, got
    assert not any(h == t for h, i, t, _ in got if i.endswith("_membership") and h in {"PRT", "HRV", "ESP", "GRC",
                                                                                         "HUN"}), got


@pytest.mark.parametrize(("text", "want"), [
    ("Moldova wants to join the EU.", ("MDA", "eu_membership", "MDA", "support")),
    ("Georgia reaffirmed its intention to join NATO.", ("GEO", "nato_membership", "GEO", "support")),
    ("Canada supports Ukraine's NATO membership.", ("CAN", "nato_membership", "UKR", "support")),
])
def test_own_membership_and_backed_membership_stay(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert want in stances(extractor, text)


# -- "sanctions on …": the target never lies beyond a clause boundary --------------------------------------------------
def test_sanctions_target_stops_at_a_clause(extractor) -> None:
    got = stances(extractor, "Canada warned Russia of sanctions on oligarchs if Ukraine is attacked.")
    assert not any(t == "UKR" or i == "sanctions_on_ukraine" for _, i, t, _ in got), got


@pytest.mark.parametrize(("text", "want"), [
    ("Japan imposed sanctions on Russian banks.", ("JPN", "sanctions_on_russia", "RUS", "support")),
    ("Canada slapped new sanctions on the Iranian oil sector.", ("CAN", "sanctions_on_iran", "IRN", "support")),
])
def test_sanctions_on_a_states_firms_still_target_it(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert want in stances(extractor, text)


# -- issue words that only name a kind of person, body or instrument ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Peru's top court said the climate accord is a human rights treaty.",
    "Belarus jailed a prominent human rights lawyer on Monday.",
    "Kenya appointed a ceasefire monitor for the region.",
    "The human rights commissioner of Chile resigned.",
])
def test_issue_words_naming_a_kind_are_no_position(extractor, text: str) -> None:
    assert stances(extractor, text) == set()


@pytest.mark.parametrize(("text", "want"), [
    ("The EU called for human rights safeguards.", ("EU", "human_rights", None, "support")),
    ("Chile and Peru agreed to continue ceasefire talks.", ("CHL", "ceasefire", None, "support")),
])
def test_issue_words_on_a_noun_of_position_stay(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert want in stances(extractor, text)


# -- another's position named by one who neither shares nor endorses it ------------------------------------------------
@pytest.mark.parametrize("text", [
    "China lashed out at Norway's concern over human rights.",
    "Moscow mocked Kyiv's calls for a ceasefire.",
])
def test_anothers_position_is_not_the_subjects(extractor, text: str) -> None:
    got = stances(extractor, text)
    assert not any(h in ("CHN", "RUS") for h, *_ in got), got
    assert any(h in ("NOR", "UKR") for h, *_ in got), got


def test_an_endorsed_position_is_shared(extractor) -> None:
    got = stances(extractor, "Chile welcomed Peru's commitment to a ceasefire.")
    assert {("CHL", "ceasefire", None, "support"), ("PER", "ceasefire", None, "support")} <= got


# -- relations and ties with a state are diplomacy, not economic ties, unless a word makes them economic ---------------
@pytest.mark.parametrize("text", [
    "Both Peru and Chile have an interest in improving relations with China.",
    "Peru's initiative for the normalization of relations with Turkey was welcomed.",
])
def test_political_relations_are_no_economic_ties(extractor, text: str) -> None:
    assert not any(i.startswith("economic_ties") for _, i, *_ in stances(extractor, text))


@pytest.mark.parametrize(("text", "want"), [
    ("Chile seeks closer economic ties with China.", ("CHL", "economic_ties_with_china", None, "support")),
    ("Chile seeks pragmatic relations with Russia.", ("CHL", "economic_ties_with_russia", None, "support")),
    ("Peru is pursuing further loans from China.", ("PER", "economic_ties_with_china", None, "support")),
])
def test_economic_ties_stay(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert want in stances(extractor, text)


# -- a state's own governance: the rule of law in its own reforms is about itself --------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("Brazil continues to implement national programmes on strengthening the rule of law.",
     ("BRA", "rule_of_law", "BRA", "support")),
    ("Our judicial reform puts human rights first.", ("BRA", "human_rights", "BRA", "support")),
])
def test_own_reforms_are_about_oneself(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert want in stances(extractor, text, speaker=LULA)


@pytest.mark.parametrize(("text", "want"), [
    ("We call on all states to respect human rights.", ("BRA", "human_rights", None, "support")),
    ("We urge Peru to carry out reforms that respect the rule of law.", ("BRA", "rule_of_law", None, "support")),
])
def test_governance_elsewhere_is_not_about_oneself(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    got = stances(extractor, text, speaker=LULA)
    assert want in got or (want[0], want[1], "PER", want[3]) in got, got
    assert (want[0], want[1], "BRA", want[3]) not in got, got


# -- a state named inside an organisation's name is part of the name, not the state speaking ---------------------------
@pytest.mark.parametrize("text", [
    "The Canadian Medical Association says the ban is a violation of human rights.",
    "The Lebanese Association of Canada urged recognition of the Armenian genocide.",
])
def test_a_state_in_an_organisations_name_holds_nothing(extractor, text: str) -> None:
    got = stances(extractor, text)
    assert not any(h in ("CAN", "LBN") for h, *_ in got), got


def test_a_states_own_bodies_still_speak_for_it(extractor) -> None:
    got = stances(extractor, "The Russian Foreign Ministry backs a ceasefire.")
    assert ("RUS", "ceasefire", None, "support") in got


# -- a wrong form of an issue ("a bad peace deal") is no position on the issue ----------------------------------------
@pytest.mark.parametrize("text", [
    "Peru will not accept a bad peace deal.",
    "Chile rejected the so-called ceasefire.",
    "Bolivia warned against an unjust settlement of the conflict.",
])
def test_a_wrong_form_of_the_issue_is_no_position(extractor, text: str) -> None:
    assert stances(extractor, text) == set()


def test_a_just_peace_is_still_peace(extractor) -> None:
    assert ("CHL", "peace_agreement", None, "support") in stances(extractor, "Chile wants a just and lasting peace.")


# -- "a call to block X from membership": opposition, and X the one kept out -------------------------------------------
def test_a_call_to_block_membership_is_opposition(extractor) -> None:
    got = stances(extractor, "Hungary renewed its call to block Ukraine from EU membership.")
    assert ("HUN", "eu_membership", "UKR", "oppose") in got
    assert not any(p == "support" for *_, p in got), got


# -- in a statement, an agentless "must be imposed" is the speaker's call ----------------------------------------------
def test_an_agentless_call_for_sanctions_is_the_speakers(extractor) -> None:
    got = stances(extractor, "International sanctions must be imposed on Venezuela.", speaker=LULA)
    assert ("BRA", "sanctions_on_venezuela", "VEN", "support") in got


def test_an_agentless_call_in_a_news_story_has_no_holder(extractor) -> None:
    assert stances(extractor, "Sanctions must be imposed on Venezuela, a report said.") == set()


# -- paraphrases: an independent judiciary is the rule of law; access to a market is economic ties --------------------
@pytest.mark.parametrize(("text", "want"), [
    ("We are committed to an independent judiciary.", ("BRA", "rule_of_law", "BRA", "support")),
    ("We are integrating into the EU single market.", ("BRA", "economic_ties_with_eu", None, "support")),
])
def test_paraphrases_v6b(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert want in stances(extractor, text, speaker=LULA)


def test_market_access_for_another_state(extractor) -> None:
    assert ("PER", "economic_ties_with_china", None, "support") in stances(
        extractor, "Peru seeks access to the Chinese market.")
    assert not any(i.startswith("economic_ties") for _, i, *_ in stances(extractor, "Peru gave access to us all."))


# -- what a state is forced or pressured into is not its position ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Bolivia was forced to request a ceasefire.",
    "Ukraine must not be pressured into accepting a peace deal.",
])
def test_coerced_acts_are_no_position(extractor, text: str) -> None:
    assert not any(h in ("BOL", "UKR") for h, *_ in stances(extractor, text))


def test_the_one_who_forces_still_holds(extractor) -> None:
    assert ("PER", "ceasefire", None, "support") in stances(extractor, "Peru forced Bolivia to accept a ceasefire.")


@pytest.mark.parametrize(("text", "want"), [
    ("Bolivia vowed to block the peace deal.", ("BOL", "peace_agreement", None, "oppose")),
    ("Hungary renewed its call to block Ukraine from EU membership.", ("HUN", "eu_membership", "UKR", "oppose")),
])
def test_an_intention_to_wreck_is_a_stated_position(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert want in stances(extractor, text)


def test_keeping_up_a_deed_is_still_a_deed(extractor) -> None:
    assert not any(h == "BOL" for h, *_ in stances(extractor, "Bolivia continues to occupy Paraguayan territory."))


# -- a bloc listed with the issue's own words ("to join the EU and NATO") holds nothing --------------------------------
def test_a_bloc_listed_in_the_issue_words_holds_nothing(extractor) -> None:
    got = stances(extractor, "Our aspiration to join the European Union and NATO is irreversible.", speaker=LULA)
    assert {("BRA", "eu_membership", "BRA", "support"), ("BRA", "nato_membership", "BRA", "support")} <= got
    assert not any(h in ("NATO", "EU") for h, *_ in got), got


# -- drifting or backtracking from an issue is opposing it -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Serbia's government has drifted away from its European path.",
    "Moldova backtracked on its commitment to European integration.",
])
def test_drifting_away_is_opposition(extractor, text: str) -> None:
    got = stances(extractor, text)
    assert any(i == "eu_membership" and p == "oppose" for _, i, _, p in got), got
    assert not any(p == "support" for *_, p in got), got


# -- sanctions judged harmful or futile: the one who says so opposes them ----------------------------------------------
def test_sanctions_judged_harmful_are_opposed(extractor) -> None:
    got = stances(extractor, "Austria's chancellor said the sanctions on Russian gas would hurt Europe.")
    assert ("AUT", "sanctions_on_russia", "RUS", "oppose") in got
    assert ("AUT", "sanctions_on_russia", "RUS", "support") not in got


def test_tougher_sanctions_are_on_the_state_named_before(extractor) -> None:
    got = stances(extractor, "Canada imposed sanctions on Iranian banks. Australia called for tougher sanctions.")
    assert ("AUS", "sanctions_on_iran", "IRN", "support") in got


# -- human rights "in X" are about X -----------------------------------------------------------------------------------
def test_human_rights_in_a_state_are_about_it(extractor) -> None:
    got = stances(extractor, "Canada raised concerns about human rights in Egypt.")
    assert ("CAN", "human_rights", "EGY", "support") in got


# -- negation: "neither … nor" subjects; "does not recognize" (a verb of thanks, too) stays turned round ---------------
def test_neither_nor_is_negation(extractor) -> None:
    got = stances(extractor, "Neither Chile nor Peru supports the ceasefire.")
    assert got == {("CHL", "ceasefire", None, "oppose"), ("PER", "ceasefire", None, "oppose")}


@pytest.mark.parametrize(("text", "want"), [
    ("Kazakhstan does not recognize the independence of Abkhazia.", ("KAZ", "self_determination", None, "oppose")),
    ("Nicaragua recognized the independence of Abkhazia.", ("NIC", "self_determination", None, "support")),
])
def test_recognition_negated(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert want in stances(extractor, text)


# -- a heading names what the text is about; it holds no position ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "## Readout of the Minister's Meeting on Peace Talks\n\nThe minister met his counterpart in Lima today.",
    "Statement on Human Rights Day\nThe ambassador attended a reception in Quito.",
])
def test_headings_hold_no_position(extractor, text: str) -> None:
    assert stances(extractor, text, speaker=LULA) == set()


def test_the_text_under_a_heading_still_does(extractor) -> None:
    got = stances(extractor, "## Statement\n\nWe support a ceasefire in the region.", speaker=LULA)
    assert ("BRA", "ceasefire", None, "support") in got


# -- an issue described (what happens to it), not judged or called for, voices no position of the speaker -------------
@pytest.mark.parametrize("text", [
    "Peace negotiations between the two countries are expected to resume in the spring.",
    "The ceasefire took effect at midnight.",
    "The truce has largely held since June.",
])
def test_an_issue_described_is_no_speakers_position(extractor, text: str) -> None:
    assert stances(extractor, text, speaker=LULA) == set()


@pytest.mark.parametrize(("text", "want"), [
    ("The ceasefire must be respected.", ("BRA", "ceasefire", None, "support")),
    ("The peace process should continue.", ("BRA", "peace_agreement", None, "support")),
    ("A peaceful settlement is the only way forward.", ("BRA", "peace_agreement", None, "support")),
    ("The right of peoples to self-determination cannot be suspended by force.",
     ("BRA", "self_determination", None, "support")),
    ("We want a world where human rights are respected.", ("BRA", "human_rights", None, "support")),
    ("European integration has proved to be a powerful incentive for cooperation.",
     ("BRA", "eu_membership", None, "support")),
])
def test_an_issue_judged_or_called_for_is(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    got = stances(extractor, text, speaker=LULA)
    assert want in got or (want[0], want[1], "BRA", want[3]) in got, got


def test_a_named_dialogue_is_no_position(extractor) -> None:
    assert stances(extractor, "Chile and Peru held the annual Human Rights Dialogue in Lima.") == set()


@pytest.mark.parametrize(("text", "want"), [
    ("Kyrgyzstan joined the Eurasian Economic Union in 2015.", ("KGZ", "eaeu_membership", "KGZ", "support")),
    ("Uzbekistan has no plans to join the Eurasian Economic Union.", ("UZB", "eaeu_membership", "UZB", "oppose")),
])
def test_eaeu_membership_inflected(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert want in stances(extractor, text)


# -- an issue called one of the most important / salient issues is a priority, hence a position (blind gold) ----------
def test_a_priority_issue_is_a_position(extractor) -> None:
    got = stances(extractor, "A peaceful settlement of the conflict remains one of the most pressing issues for us.",
                  speaker=LULA)
    assert any(h == "BRA" and i == "peace_agreement" and p == "support" for h, i, _, p in got), got


def test_an_issue_merely_said_to_be_a_topic_is_not(extractor) -> None:
    assert stances(extractor, "The ceasefire remains an issue for the talks.", speaker=LULA) == set()


# -- a deal signed: an event in a news story, a position when the speaker tells of its own -----------------------------
def test_the_speakers_own_trade_deal_is_a_position(extractor) -> None:
    got = stances(extractor, "Brazil was the first country in the region to sign a free-trade agreement with China.",
                  speaker=LULA)
    assert ("BRA", "economic_ties_with_china", None, "support") in got


def test_a_trade_deal_signed_in_a_news_story_is_an_event(extractor) -> None:
    assert stances(extractor, "Peru signed a free-trade agreement with China in 2009.") == set()


# -- "X says Y acted in violation of Z": Y breaches (a deed), X holds Z ------------------------------------------------
def test_in_violation_of_is_a_breach_by_the_actor(extractor) -> None:
    got = stances(extractor, "Chile said Bolivia had launched an offensive in violation of the truce.")
    assert got == {("CHL", "ceasefire", None, "support")}


# -- a sayer of the same state as the subject is not one who says another breaches -------------------------------------
def test_a_state_reported_by_its_own_ministry(extractor) -> None:
    got = stances(extractor, "Vietnam's foreign ministry said Hanoi opposed any interference in its internal affairs.")
    assert ("VNM", "non_interference", None, "support") in got


# -- a position on who takes part ("Western involvement in the peace process") is not one on the issue -----------------
@pytest.mark.parametrize("text", [
    "Neither Chile nor Peru wants Western involvement in the peace process.",
    "Bolivia rejected any foreign presence in the ceasefire zone.",
])
def test_a_position_on_participation_is_not_on_the_issue(extractor, text: str) -> None:
    assert not any(i in ("peace_agreement", "ceasefire") for _, i, *_ in stances(extractor, text))


def test_a_role_in_the_issue_still_counts(extractor) -> None:
    got = stances(extractor, "Chile thanked Peru for its role in the peace process.")
    assert ("PER", "peace_agreement", None, "support") in got


# -- "X is no substitute for Y": X is not endorsed, Y is ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A fragile ceasefire regime cannot be a substitute for lasting peace.",
    "A ceasefire is no substitute for a peace agreement.",
])
def test_no_substitute(extractor, text: str) -> None:
    got = stances(extractor, text, speaker=LULA)
    assert ("BRA", "peace_agreement", None, "support") in got
    assert not any(i == "ceasefire" for _, i, *_ in got), got


def test_governance_in_a_readout_is_not_the_speakers_own(extractor) -> None:
    got = stances(extractor, "He also emphasized the importance of strong democratic institutions and the rule of law.",
                  speaker=LULA)
    assert ("BRA", "rule_of_law", None, "support") in got
    assert ("BRA", "rule_of_law", "BRA", "support") not in got


def test_what_a_settlement_envisages_is_a_position(extractor) -> None:
    got = stances(extractor, "A settlement of the conflict envisages the withdrawal of foreign forces.", speaker=LULA)
    assert any(h == "BRA" and i == "peace_agreement" for h, i, *_ in got), got
