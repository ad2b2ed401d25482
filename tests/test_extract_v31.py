"""rules.v31 (issue 12), on small hand-written texts; 16 of the 22 tests fail on the code of rules.v30 (8aa3bdb),
the other six are guards (five of things that must not change, one of a wording rules.v30 already read). Claims: a
gas volume written in bcm stays in bcm (the unit the text gives), while "billion cubic metres" is scaled to cubic
metres; the other end of a volume shipped is the state it goes to or comes from; money promised, earmarked or given
in humanitarian support is aid. Stances: economic ties named by their fields ("cooperation in energy, transport and
banking") or by a goal for annual trade are held by the two who agree on them; a power's money or firms sought holds
the ties with it, warned against opposes them for the state exposed; stopping the evasion of sanctions backs the
sanctions; a state describing its own policy as balanced holds equidistance; a bid to join held up or no longer
blocked, and a bloc's statement that a state will become a member, hold membership for the bidder."""

from __future__ import annotations

from typing import Any

from multipolar.sources.document import SourceDocument


def _doc(text: str, speaker: str | None = None) -> SourceDocument:
    return SourceDocument(text=text, origin="test", kind="text", published="2023-05-10",
                          title="Statement" if speaker else "World news", source=speaker or "Reuters")


def _stances(extractor: Any, text: str) -> set[tuple[Any, ...]]:
    return {(s.holder, s.issue, s.target, s.polarity) for s in extractor.extract(_doc(text)).stances}


def _claims(extractor: Any, text: str) -> set[tuple[Any, ...]]:
    return {(c.measure, c.subject, c.partner, c.value, c.unit) for c in extractor.extract(_doc(text)).claims}


# -- claims -------------------------------------------------------------------------------------------------------
def test_volume_in_bcm_keeps_the_unit_given(extractor: Any) -> None:
    got = _claims(extractor, "Azerbaijan exported 11.4 bcm of gas to Italy in 2022.")
    assert any(c[3] == 11.4 and c[4] == "bcm" for c in got), got


def test_volume_in_billion_cubic_metres_is_scaled(extractor: Any) -> None:
    # guard: the scale word is read as a figure's scale, the unit is cubic metres (as before)
    got = _claims(extractor, "Azerbaijan exported 11.4 billion cubic metres of gas in 2022.")
    assert any(c[3] == 11.4e9 and c[4] == "m3" for c in got), got


def test_volume_shipped_takes_its_other_end(extractor: Any) -> None:
    got = _claims(extractor, "Last year Azerbaijan supplied 8.1 bcm to the European Union.")
    assert any(c[1] == "AZE" and c[2] == "EU" and c[3] == 8.1 for c in got), got


def test_volume_of_a_powers_gas_takes_that_power(extractor: Any) -> None:
    got = _claims(extractor, "Armenia buys about 2 bcm of Russian gas every year.")
    assert any(c[1] == "ARM" and c[2] == "RUS" and c[3] == 2.0 for c in got), got


def test_money_promised_is_aid(extractor: Any) -> None:
    got = _claims(extractor, "At the Brussels meeting the European Union promised €270 million to Armenia.")
    assert any(c[0] == "aid_value" and c[3] == 270e6 and c[4] == "eur" for c in got), got


def test_money_in_humanitarian_support_is_aid(extractor: Any) -> None:
    got = _claims(extractor, "France has provided more than €10 million in humanitarian support to Armenia.")
    assert any(c[0] == "aid_value" and c[3] == 10e6 for c in got), got


# -- stances: economic ties -----------------------------------------------------------------------------------------
def test_cooperation_named_by_its_fields_is_economic(extractor: Any) -> None:
    got = _stances(extractor, "Putin met Raisi in Tehran. The two sides agreed to deepen cooperation in energy, "
                              "transport and banking.")
    assert ("RUS", "economic_ties_with_iran", None, "support") in got, got
    assert ("IRN", "economic_ties_with_russia", None, "support") in got, got


def test_goal_for_annual_trade_holds_the_ties(extractor: Any) -> None:
    got = _stances(extractor, "Erdogan met Raisi in Tehran. The two presidents set a goal of raising annual trade "
                              "to $30 billion.")
    assert ("TUR", "economic_ties_with_iran", None, "support") in got, got


def test_topic_of_cooperation_in_energy_holds_nothing(extractor: Any) -> None:
    # guard: cooperation discussed is a topic, no position
    got = _stances(extractor, "Putin met Raisi in Tehran. The two presidents discussed cooperation in energy.")
    assert not any(s[1].startswith("economic_ties") for s in got), got


def test_a_powers_capital_welcomed(extractor: Any) -> None:
    got = _stances(extractor, "Kazakh and Uzbek leaders are welcoming Chinese capital.")
    assert ("KAZ", "economic_ties_with_china", None, "support") in got, got
    assert ("UZB", "economic_ties_with_china", None, "support") in got, got


def test_a_powers_firms_invited(extractor: Any) -> None:
    got = _stances(extractor, "President Ilham Aliyev invited Chinese companies to take part in the reconstruction "
                              "of Karabakh.")
    assert ("AZE", "economic_ties_with_china", None, "support") in got, got


def test_warning_against_a_powers_investment_opposes_for_the_state_exposed(extractor: Any) -> None:
    got = _stances(extractor, "Secretary of State Mike Pompeo warned Prime Minister Mamuka Bakhtadze that Chinese "
                              "investment could expose Georgia to economic coercion.")
    assert ("USA", "economic_ties_with_china", "GEO", "oppose") in got, got


def test_a_powers_firms_at_work_hold_nothing(extractor: Any) -> None:
    # guard: firms doing something is no one's position on them
    got = _stances(extractor, "Chinese companies built the road from Tbilisi to Batumi.")
    assert not any(s[1].startswith("economic_ties") for s in got), got


# -- stances: sanctions, equidistance, membership -------------------------------------------------------------------
def test_stopping_sanctions_evasion_backs_them(extractor: Any) -> None:
    # guard: read before too, now by the rule for stopping evasion
    got = _stances(extractor, "Biden urged continued vigilance to ensure that Western sanctions against Russia are "
                              "not circumvented through Central Asian markets.")
    assert ("USA", "sanctions_on_russia", "RUS", "support") in got, got


def test_warning_those_who_help_evade_sanctions(extractor: Any) -> None:
    got = _stances(extractor, "The US warned that companies helping Moscow evade Western sanctions on Russia will "
                              "face consequences.")
    assert ("USA", "sanctions_on_russia", "RUS", "support") in got, got


def test_helping_evade_sanctions_is_no_backing(extractor: Any) -> None:
    # guard: the one who helps get round sanctions does not back them
    got = _stances(extractor, "Kyrgyz banks helped Russia evade sanctions.")
    assert not any(s[1] == "sanctions_on_russia" and s[3] == "support" for s in got), got


def test_own_policy_described_as_balanced(extractor: Any) -> None:
    got = _stances(extractor, "President Shavkat Mirziyoyev's government describes its foreign policy as open, "
                              "pragmatic and balanced.")
    assert ("UZB", "equidistance", None, "support") in got, got


def test_others_policy_described_holds_nothing(extractor: Any) -> None:
    # guard: analysts describing a state's policy hold no position of theirs
    got = _stances(extractor, "Analysts describe Georgia's policy as pro-Russian.")
    assert not any(s[1] == "equidistance" for s in got), got


def test_bid_held_up_is_opposed(extractor: Any) -> None:
    got = _stances(extractor, "Turkey is still holding up the applications of Sweden and Finland to join NATO.")
    assert ("TUR", "nato_membership", "SWE", "oppose") in got, got
    assert ("TUR", "nato_membership", "FIN", "oppose") in got, got
    assert ("TUR", "nato_membership", "TUR", "support") not in got, got


def test_bid_no_longer_blocked_is_supported(extractor: Any) -> None:
    got = _stances(extractor, "Turkey has finally stopped blocking Sweden's entry into NATO.")
    assert ("TUR", "nato_membership", "SWE", "support") in got, got


def test_bloc_stating_a_state_will_become_a_member(extractor: Any) -> None:
    got = _stances(extractor, "At the Bucharest summit in April 2008 NATO stated clearly that Georgia will become a "
                              "member of NATO.")
    assert ("NATO", "nato_membership", "GEO", "support") in got, got


def test_support_for_anothers_aspiration_to_join(extractor: Any) -> None:
    got = _stances(extractor, "The United States continues to support Georgia's aspiration to become a member of "
                              "NATO.")
    assert ("USA", "nato_membership", "GEO", "support") in got, got
