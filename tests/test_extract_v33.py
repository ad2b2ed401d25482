"""rules.v33 (issue 12), on small hand-written texts. Events: the subjects of a main clause that the parser ran on
as conjuncts of an opening clause's last noun ("After X eased Y on Z, A and B signed …") are the signers; a verdict
quoted as "a setback", "unfair" or "unjustified" is a criticism (ACCUSE); the US Treasury and Defense secretaries act
for the United States; hosting a military exercise is cooperation with the guests who drill, not a meeting; in a
statement, "our Central Asian friends" are the region's states other than the speaker's; a state called "a reliable
partner" or "a close ally" is praised (SUPPORT). The guards are of things that must not change."""

from __future__ import annotations

from typing import Any

from multipolar.sources.document import SourceDocument


def _events(extractor: Any, text: str, speaker: str | None = None) -> set[tuple[str, str, str]]:
    doc = SourceDocument(text=text, origin="test", kind="text", published="2024-05-10",
                         title=f"{speaker}: statement in the General Debate of the UN General Assembly" if speaker
                         else "World news",
                         source=f"President of {speaker} (UN General Assembly General Debate)" if speaker
                         else "Reuters")
    return {(e.type, a, r) for e in extractor.extract(doc).events if not (e.negated or e.hypothetical)
            for a in e.actors for r in e.recipients if a != r}


# -- subjects run on after an opening clause -----------------------------------------------------------------------
def test_signers_after_an_opening_clause_with_an_object(extractor: Any) -> None:
    got = _events(extractor, "After the new tariffs raised prices on Tashkent, Kazakhstan and Uzbekistan signed a "
                             "customs protocol in March 2019.")
    assert ("SUPPORT", "KAZ", "UZB") in got and ("SUPPORT", "UZB", "KAZ") in got, got


def test_guard_opening_clause_with_its_own_subject_keeps_it(extractor: Any) -> None:
    got = _events(extractor, "After Russia closed the border, Georgia protested to Moscow.")
    assert ("SUPPORT", "GEO", "RUS") not in got and not any(a == "RUS" and t == "PROTEST" for t, a, _ in got), got


# -- quoted verdicts ------------------------------------------------------------------------------------------------
def test_verdict_called_a_setback_is_a_criticism(extractor: Any) -> None:
    got = _events(extractor, "Belarusian police detained the opposition leader on Monday. Lithuania's foreign "
                             "ministry called the detention 'a grave setback for Belarus'.")
    assert ("ACCUSE", "LTU", "BLR") in got, got


def test_decision_called_unfair_is_a_criticism(extractor: Any) -> None:
    got = _events(extractor, "Pakistan's commerce ministry called the American decision \"unfair and "
                             "unjustified\".")
    assert ("ACCUSE", "PAK", "USA") in got, got


# -- US secretaries -------------------------------------------------------------------------------------------------
def test_treasury_secretary_acts_for_the_united_states(extractor: Any) -> None:
    got = _events(extractor, "Treasury Secretary Janet Yellen accused Iran of funding armed groups across the "
                             "region.")
    assert ("ACCUSE", "USA", "IRN") in got, got


def test_guard_defense_secretary_acts_for_the_united_states(extractor: Any) -> None:
    got = _events(extractor, "Defense Secretary Pete Hegseth visited Warsaw on 13 February 2025.")
    assert ("CONSULT", "USA", "POL") in got, got


# -- a military exercise hosted ---------------------------------------------------------------------------------------
def test_hosting_a_foreign_exercise_is_cooperation_not_a_meeting(extractor: Any) -> None:
    got = _events(extractor, "In May 2023 Georgia hosted a British military exercise near Tbilisi.")
    assert ("COOPERATE", "GEO", "GBR") in got and not any(t == "CONSULT" for t, _, _ in got), got


def test_hosting_a_named_exercise(extractor: Any) -> None:
    got = _events(extractor, "Kazakhstan hosted the Kazakh-American exercise Steppe Eagle in August 2019.")
    assert ("COOPERATE", "KAZ", "USA") in got and not any(t == "CONSULT" for t, _, _ in got), got


def test_guard_hosting_a_summit_is_still_a_meeting(extractor: Any) -> None:
    got = _events(extractor, "Armenia hosted the leaders of Russia and Belarus in Yerevan in November 2022.")
    assert ("CONSULT", "RUS", "ARM") in got, got


# -- the speaker's regional fellows ---------------------------------------------------------------------------------
def test_our_central_asian_friends_are_the_region(extractor: Any) -> None:
    got = _events(extractor, "We are ready to work with our Central Asian friends to expand trade.", speaker="China")
    assert {("AGREE", "CHN", s) for s in ("KAZ", "KGZ", "TJK", "TKM", "UZB")} <= got, got


def test_our_central_asian_neighbours_leave_out_the_speaker(extractor: Any) -> None:
    got = _events(extractor, "We are ready to work with our Central Asian neighbours to share water fairly.",
                  speaker="Kazakhstan")
    assert ("AGREE", "KAZ", "UZB") in got and ("AGREE", "KAZ", "KAZ") not in got, got


# -- a state called what it is --------------------------------------------------------------------------------------
def test_state_called_a_reliable_partner_is_praised(extractor: Any) -> None:
    got = _events(extractor, "The European Commission called Kazakhstan a \"reliable partner\" for the bloc's "
                             "energy security.")
    assert ("SUPPORT", "EU", "KAZ") in got, got


def test_state_called_a_close_ally_is_praised(extractor: Any) -> None:
    got = _events(extractor, "Vladimir Putin called Belarus a close ally in a speech in Minsk.")
    assert ("SUPPORT", "RUS", "BLR") in got, got


def test_guard_act_called_aggression_is_still_a_criticism(extractor: Any) -> None:
    got = _events(extractor, "Armenia called the strike on Jermuk an act of aggression by Azerbaijan.")
    assert ("ACCUSE", "ARM", "AZE") in got, got
