"""rules.v33 (issue 12), on small hand-written texts. Events: the subjects of a main clause that the parser ran on
as conjuncts of an opening clause's last noun ("After X eased Y on Z, A and B signed …") are the signers; a verdict
quoted as "a setback", "unfair" or "unjustified" is a criticism (ACCUSE); the US Treasury and Defense secretaries act
for the United States; hosting a military exercise is cooperation with the guests who drill, not a meeting; in a
statement, "our Central Asian friends" are the region's states other than the speaker's; a state called "a reliable
partner" or "a close ally" is praised (SUPPORT); "X chaired the summit, and A and B attended" are visits to X's
state; "the three presidents" are the three told just before; a cleft sentence names the doer; "came to the aid of
X at its request" is aid asked for by X; a package of sanctions with no target is against the last target. The
guards are of things that must not change (the Defense secretary, named with "Secretary of Defense", was read so
before)."""

from __future__ import annotations

from typing import Any

from multipolar.sources.document import SourceDocument
from tests.extract_helpers import pairs_said


def _events(extractor: Any, text: str, speaker: str | None = None) -> set[tuple[str, str, str]]:
    return pairs_said(extractor, text, speaker, published="2024-05-10")


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


# -- a gathering chaired, and those who attended --------------------------------------------------------------------
def test_guests_who_attended_a_summit_the_other_chaired(extractor: Any) -> None:
    got = _events(extractor, "Vladimir Putin chaired the summit, and President Ilham Aliyev of Azerbaijan and "
                             "President Nikol Pashinyan of Armenia attended.")
    assert {("CONSULT", "AZE", "RUS"), ("CONSULT", "ARM", "RUS"), ("CONSULT", "RUS", "AZE")} <= got, got


def test_the_three_presidents_are_the_three_told_just_before(extractor: Any) -> None:
    got = _events(extractor, "The talks bring together Kazakhstan, Kyrgyzstan and Tajikistan. At the meeting hosted "
                             "by President Tokayev in Astana on 9 August, the three presidents agreed on a water "
                             "plan.")
    assert ("AGREE", "KAZ", "KGZ") in got and ("AGREE", "KAZ", "TJK") in got, got


# -- cleft sentences, aid come to, and a request by those aided ------------------------------------------------------
def test_cleft_sentence_names_the_doer(extractor: Any) -> None:
    got = _events(extractor, "It was Russia that closed the border in 2006 and reimposed sanctions on Georgia.")
    assert ("SANCTION", "RUS", "GEO") in got, got


def test_came_to_the_aid_of_is_aid_asked_for_by_those_aided(extractor: Any) -> None:
    got = _events(extractor, "In 2015 Russian troops came to the aid of the Government of Syria at its request.")
    assert ("AID", "RUS", "SYR") in got and ("REQUEST", "SYR", "RUS") in got and \
        ("REQUEST", "RUS", "SYR") not in got and not any(t == "CONSULT" for t, _, _ in got), got


# -- sanctions with their target told before ----------------------------------------------------------------------
def test_a_new_package_of_sanctions_is_against_the_last_target(extractor: Any) -> None:
    doc = SourceDocument(text="The EU first imposed sanctions on Belarus in 2020. In June 2024 the EU adopted its "
                              "fourteenth package of sanctions.", origin="test", kind="text", published="2024-06-30",
                         title="World news", source="Reuters")
    got = {(e.type, e.date, tuple(e.actors), tuple(e.recipients)) for e in extractor.extract(doc).events}
    assert ("SANCTION", "2024-06", ("EU",), ("BLR",)) in got, got


def test_guard_under_sanctions_is_no_new_sanction(extractor: Any) -> None:
    got = _events(extractor, "The EU imposed sanctions on Belarus in 2020. The Chinese supplier was under US "
                             "sanctions.")
    assert ("SANCTION", "USA", "BLR") not in got, got
