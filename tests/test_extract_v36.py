"""rules.v36 (issue 12), on small hand-written texts; every test but the guards fails on the code of rules.v35
(eccac6c). Events: "the regime" of a text that named one state's regime is that state; condolences offered are
backing, not an offer, and go to the state the story is about; "designated" in a sanctions context and a raised
tariff are sanctions; a reply in force said to come ("would take reciprocal action", "reserved the right to respond
with all its might to any attack") is a threat; an act done "at X's request" or "after a request from X" was asked
by X; "the decision of X to …" tells X's act as done; the state wronged in how an act is condemned is not the one
condemned; ", as did Y" adds Y to those who acted; a list the parser broke keeps its states; a wrong one is said to
be engaged in is an alleged one; concern over acts a state launched is disapproval of it. Stances: "a domestic
affair of X"; protecting shipping; a people's right to an independent state; preserving the unity of X; not
tolerating changes to the internationally recognised borders upholds them. Guards keep what must not change (among
them "each other's territorial integrity", which rules.v36 also reads as "of the other")."""

from __future__ import annotations

from typing import Any

from multipolar.sources.document import SourceDocument
from tests.extract_helpers import extract, happened, pairs_said


def _events(extractor: Any, text: str, speaker: str | None = None) -> set[tuple[str, str, str]]:
    return pairs_said(extractor, text, speaker, published="2024-05-20")


def _stances(extractor: Any, text: str, speaker: str | None = None) -> set[tuple[Any, ...]]:
    title = f"{speaker}: statement in the General Debate of the UN General Assembly" if speaker else "World news"
    source = f"President of {speaker} (UN General Assembly General Debate)" if speaker else "Reuters"
    doc = SourceDocument(text=text, origin="test", kind="text", published="2020-09-22", title=title, source=source)
    return {(s.holder, s.issue, s.target, s.polarity) for s in extractor.extract(doc).stances}


_REGIME = "The regime of Bashar al-Assad, backed by Russian airpower, opened an offensive in December."


# -- who: the regime, lists, "as did" ---------------------------------------------------------------------------------
def test_the_regime_is_the_state_whose_regime_the_text_named(extractor: Any) -> None:
    got = _events(extractor, f"{_REGIME} Ankara blamed the regime.")
    assert ("ACCUSE", "TUR", "SYR") in got, got


def test_regime_artillery_is_that_states(extractor: Any) -> None:
    got = _events(extractor, f"{_REGIME} Regime artillery killed seven Turkish soldiers near Saraqib on February 3.")
    assert ("ASSAULT", "SYR", "TUR") in got, got


def test_a_backer_named_beside_the_regime_is_not_its_owner(extractor: Any) -> None:
    text = ("Turkish forces clashed with the Russian-backed Assad regime. The regime of Bashar al-Assad opened an "
            "offensive. Ankara blamed the regime.")
    got = _events(extractor, text)
    assert ("ACCUSE", "TUR", "SYR") in got and ("ACCUSE", "TUR", "RUS") not in got, got


def test_guard_as_did_adds_those_who_did_likewise(extractor: Any) -> None:
    text = ("Iran attacked the embassy of Azerbaijan. Ankara swiftly condemned the attack, as did Washington, London "
            "and the European Union.")
    got = _events(extractor, text)
    assert {("ACCUSE", x, "IRN") for x in ("TUR", "USA", "GBR", "EU")} <= got, got


def test_a_list_the_parser_broke_keeps_all_its_states(extractor: Any) -> None:
    text = ("Saudi Arabia and Iran agreed to restore ties. The United Arab Emirates, Qatar, Turkey and Egypt issued "
            "statements welcoming the deal, as did Iraq and Oman.")
    got = _events(extractor, text)
    assert {("SUPPORT", x, "SAU") for x in ("ARE", "QAT", "TUR", "EGY", "IRQ", "OMN")} <= got, got


# -- condolences -------------------------------------------------------------------------------------------------------
def test_condolences_offered_are_backing_not_an_offer(extractor: Any) -> None:
    got = _events(extractor, "Japan offered its condolences to Iran.")
    assert ("SUPPORT", "JPN", "IRN") in got and ("AGREE", "JPN", "IRN") not in got, got


def test_condolences_with_no_one_named_go_to_the_bereaved_state(extractor: Any) -> None:
    text = ("Iran's President Ebrahim Raisi was killed in a helicopter crash on Sunday.\n\nIn Washington, the State "
            "Department offered its 'official condolences' but reminded the world of Raisi's record.")
    got = _events(extractor, text)
    assert ("SUPPORT", "USA", "IRN") in got, got


# -- sanctions and threats ---------------------------------------------------------------------------------------------
def test_treasury_designation_is_a_sanction(extractor: Any) -> None:
    got = _events(extractor, "In June 2024 the US Treasury Department designated several Kyrgyz companies.")
    assert ("SANCTION", "USA", "KGZ") in got, got


def test_designation_after_sanctions_told_is_a_sanction_on_the_same_state(extractor: Any) -> None:
    text = ("The United States imposed sanctions on Iran in 2018. On 15 September 2023 the Administration designated "
            "more than two dozen individuals and entities tied to the crackdown.")
    got = happened(extract(extractor, text, published="2023-09-18", title="Statement by the President",
                           source="The White House"))
    assert ("SANCTION", "USA", "IRN", "2023-09-15") in got, got


def test_a_raised_tariff_is_a_sanction(extractor: Any) -> None:
    text = "Two weeks ago the Biden administration raised Section 301 tariffs on some $18 billion of Chinese imports."
    assert ("SANCTION", "USA", "CHN") in _events(extractor, text)


def test_countermeasures_vowed_are_a_threat(extractor: Any) -> None:
    got = _events(extractor, "China will take countermeasures against the United States.")
    assert ("THREATEN", "CHN", "USA") in got, got


def test_reply_with_all_its_might_to_any_attack_threatens_the_attacker(extractor: Any) -> None:
    text = f"{_REGIME} Erdogan said that Turkey reserved the right to respond with all its might to any regime attack."
    assert ("THREATEN", "TUR", "SYR") in _events(extractor, text)


def test_exacting_a_price_is_a_threat(extractor: Any) -> None:
    got = _events(extractor, "Benny Gantz said Israel would exact a price from Iran.")
    assert ("THREATEN", "ISR", "IRN") in got, got


# -- asked for, decided ------------------------------------------------------------------------------------------------
def test_an_act_at_a_states_request_was_asked_by_it(extractor: Any) -> None:
    got = _events(extractor, "Ankara sent an Akinci surveillance drone at Iran's request.")
    assert ("REQUEST", "IRN", "TUR") in got, got


def test_help_after_a_request_from_a_state_is_for_it(extractor: Any) -> None:
    text = "The European Union activated its Copernicus satellite mapping service after a request from Tehran."
    got = _events(extractor, text)
    assert ("REQUEST", "IRN", "EU") in got and ("AID", "EU", "IRN") in got, got


def test_a_states_decision_to_act_tells_its_act(extractor: Any) -> None:
    text = ("We regret the decision of the United States to withdraw from the agreement and to reimpose sanctions "
            "on Iran.")
    got = _events(extractor, text, speaker="China")
    assert ("SANCTION", "USA", "IRN") in got and ("THREATEN", "CHN", "IRN") not in got, got
    assert ("ACCUSE", "CHN", "USA") in got, got


def test_guard_a_decision_taken_somewhere_is_not_the_places(extractor: Any) -> None:
    text = "We welcome the decision of the NATO summit in Madrid in June to invite Finland and Sweden to join."
    got = _events(extractor, text, speaker="Lithuania")
    assert not {p for p in got if p[1] == "ESP"}, got


# -- accusations -------------------------------------------------------------------------------------------------------
def test_the_state_wronged_in_a_condemnation_is_not_the_one_condemned(extractor: Any) -> None:
    text = ('Iranian Foreign Ministry spokesperson Nasser Kanani condemned the strikes as "a clear violation of '
            "Yemen's sovereignty and territorial integrity\".")
    assert ("ACCUSE", "IRN", "YEM") not in _events(extractor, text)


def test_a_wrong_one_is_said_to_be_engaged_in_is_alleged(extractor: Any) -> None:
    text = ("Kremlin spokesman Dmitry Peskov said in May that the West was engaged in blatant interference in "
            "Georgia's internal affairs.")
    assert ("ACCUSE", "RUS", "WEST") in _events(extractor, text)


def test_concern_over_operations_a_state_launched_is_disapproval_of_it(extractor: Any) -> None:
    text = ("President Biden expressed deep concern over the military operations that Azerbaijan launched in "
            "Nagorno-Karabakh this morning.")
    assert ("ACCUSE", "USA", "AZE") in _events(extractor, text)


# -- stances -----------------------------------------------------------------------------------------------------------
def test_a_domestic_affair_of_a_state_is_non_interference(extractor: Any) -> None:
    text = "Dmitry Peskov, the Kremlin's spokesman, called the unrest a domestic affair of Uzbekistan."
    assert ("RUS", "non_interference", "UZB", "support") in _stances(extractor, text)


def test_a_peoples_right_to_an_independent_state_is_theirs(extractor: Any) -> None:
    text = "We stand with the Palestinian people in their right to an independent State with Jerusalem as its capital."
    assert ("LBN", "self_determination", "PSE", "support") in _stances(extractor, text, speaker="Lebanon")


def test_protecting_shipping_is_freedom_of_navigation(extractor: Any) -> None:
    text = "The United States said it would act to protect shipping in the Red Sea."
    assert ("USA", "freedom_of_navigation", None, "support") in _stances(extractor, text)


def test_preserving_the_unity_of_a_state_is_its_territorial_integrity(extractor: Any) -> None:
    text = "We call for a political solution that preserves the unity of Syria."
    assert ("SAU", "territorial_integrity", "SYR", "support") in _stances(extractor, text, speaker="Saudi Arabia")


# -- guards ------------------------------------------------------------------------------------------------------------
def test_guard_designating_an_envoy_is_no_sanction(extractor: Any) -> None:
    text = "The United States imposed sanctions on Iran. Biden designated Mr Smith as envoy to Georgia."
    got = _events(extractor, text)
    assert ("SANCTION", "USA", "GEO") not in got, got


def test_guard_responding_to_a_request_is_no_threat(extractor: Any) -> None:
    got = _events(extractor, "Russia will respond to the request of Armenia.")
    assert not {p for p in got if p[0] == "THREATEN"}, got


def test_guard_unity_of_a_coalition_is_no_stance_on_a_state(extractor: Any) -> None:
    text = "A painful blow to the unity of the anti-terrorism coalition was delivered by the war in Iraq."
    assert not {s for s in _stances(extractor, text, speaker="Russia") if s[1] == "territorial_integrity"}


def test_guard_a_doer_named_by_in_the_condemnation_stays(extractor: Any) -> None:
    text = ("Moscow's Foreign Ministry denounced the meeting as an attempt by Brussels and Washington to drag Armenia "
            "into geopolitical games.")
    got = _events(extractor, text)
    assert ("ACCUSE", "RUS", "EU") in got and ("ACCUSE", "RUS", "USA") in got, got


def test_opposing_the_imposition_of_sanctions_imposes_none(extractor: Any) -> None:
    text = "China firmly opposes the imposition of unilateral sanctions on Iran by the United States."
    got = _events(extractor, text)
    assert not {p for p in got if p[0] == "SANCTION" and p[1] == "CHN"}, got
    assert ("ACCUSE", "CHN", "USA") in got, got


def test_guard_each_others_integrity_is_held_for_the_other(extractor: Any) -> None:
    text = ("Pashinyan and Aliyev met in Brussels on 14 May with Charles Michel. According to the European side, "
            "the two leaders confirmed their commitment to each other's territorial integrity, on the basis of "
            "Armenia's 29,800 square kilometers and Azerbaijan's 86,600 square kilometers.")
    got = _stances(extractor, text)
    assert ("ARM", "territorial_integrity", "AZE", "support") in got, got
    assert ("AZE", "territorial_integrity", "ARM", "support") in got, got


def test_not_tolerating_changes_to_recognised_borders_upholds_them(extractor: Any) -> None:
    text = "Raisi later reiterated that Iran will not tolerate changes to the internationally recognised borders."
    got = _stances(extractor, text)
    assert ("IRN", "territorial_integrity", None, "support") in got and \
        ("IRN", "territorial_integrity", None, "oppose") not in got, got


def test_guard_opposing_any_change_to_recognised_borders_upholds_them(extractor: Any) -> None:
    text = "Iran opposes any change to internationally recognised borders in the region."
    got = _stances(extractor, text)
    assert ("IRN", "territorial_integrity", None, "support") in got and \
        ("IRN", "territorial_integrity", None, "oppose") not in got, got
