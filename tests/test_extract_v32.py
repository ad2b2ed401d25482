"""rules.v32 (issue 12), on small hand-written texts. Events: a gathering attended is a visit to its host (the one
named as hosting or convening it, else the state of the place it was held in), and a host named as such met its
guests; a pledge to a state's sovereignty, security or to the one-China principle, and a verb upholding a state's
sovereignty, back that state (SUPPORT, not a promise); a denial of a charge told without its name ("denied any
involvement", "denied launching") answers the accuser just told; a state standing ready to supply, provide or return
offers it (AGREE); in a statement, a tribute paid to states and gratitude that they acted praise them (SUPPORT); a
body admitting a state, or granting it candidate or observer status, backs it (SUPPORT); a return to a state's
capital named by its adjective is a visit; "for the first time since 2003" does not date the act. The guards are of
things that must not change."""

from __future__ import annotations

from typing import Any

from multipolar.sources.document import SourceDocument
from tests.extract_helpers import pairs_said


def _events(extractor: Any, text: str, speaker: str | None = None) -> set[tuple[str, str, str]]:
    return pairs_said(extractor, text, speaker, published="2023-05-10")


# -- gatherings attended ------------------------------------------------------------------------------------------
def test_gathering_attended_by_guests_is_a_visit_to_the_place(extractor: Any) -> None:
    got = _events(extractor, "The summit in Ankara was attended by the presidents of Azerbaijan and Kazakhstan.")
    assert {("CONSULT", "AZE", "TUR"), ("CONSULT", "KAZ", "TUR")} <= got, got


def test_guests_attending_together_went_to_the_host_not_to_each_other(extractor: Any) -> None:
    got = _events(extractor, "President Aliyev and President Tokayev attended the summit in Ankara.")
    assert ("CONSULT", "AZE", "TUR") in got and ("CONSULT", "AZE", "KAZ") not in got, got


def test_host_named_meets_the_guests_of_the_gathering(extractor: Any) -> None:
    got = _events(extractor, "Xi hosted the summit in Xi'an, attended by the presidents of Kazakhstan and Kyrgyzstan.")
    assert {("CONSULT", "KAZ", "CHN"), ("CONSULT", "CHN", "KGZ")} <= got, got


def test_one_among_those_who_attended(extractor: Any) -> None:
    got = _events(extractor, "Shavkat Mirziyoyev was among the Central Asian leaders who attended the Victory Day "
                             "parade in Moscow on 9 May 2023.")
    assert ("CONSULT", "UZB", "RUS") in got, got


def test_gathering_named_for_its_city(extractor: Any) -> None:
    got = _events(extractor, "At the Samarkand summit on 11 November 2022, attended by the leaders of Turkey and "
                             "Azerbaijan, they adopted a declaration.")
    assert ("CONSULT", "TUR", "UZB") in got, got


def test_those_acting_at_a_hosted_gathering_came_to_the_host(extractor: Any) -> None:
    got = _events(extractor, "At a summit hosted by President Erdogan in Istanbul on 12 November 2021, the leaders of "
                             "Azerbaijan, Kazakhstan and Uzbekistan adopted a declaration.")
    assert ("CONSULT", "UZB", "TUR") in got, got


def test_attending_denied_or_planned_is_no_visit(extractor: Any) -> None:
    # guard
    assert ("CONSULT", "TUR", "AZE") not in _events(extractor, "Erdogan did not attend the summit in Baku.")
    assert ("CONSULT", "RUS", "KAZ") not in _events(extractor, "Putin will attend the summit in Astana.")


# -- statehood upheld ---------------------------------------------------------------------------------------------
def test_commitment_to_a_states_sovereignty_backs_it(extractor: Any) -> None:
    got = _events(extractor, "The United States reaffirmed its commitment to Georgia's sovereignty.")
    assert ("SUPPORT", "USA", "GEO") in got, got


def test_sovereignty_reaffirmed_backs_the_state(extractor: Any) -> None:
    got = _events(extractor, "The European Union, the United States and China all reaffirmed the unity, sovereignty "
                             "and territorial integrity of Somalia.")
    assert {("SUPPORT", "EU", "SOM"), ("SUPPORT", "CHN", "SOM")} <= got, got


def test_adherence_to_the_one_china_principle_backs_china(extractor: Any) -> None:
    got = _events(extractor, "Turkmenistan reaffirmed its adherence to the one-China principle.")
    assert ("SUPPORT", "TKM", "CHN") in got, got


def test_pledge_to_each_others_integrity_stays_a_pledge(extractor: Any) -> None:
    # guard: a pledge between the two is told as such (AGREE, each with the other)
    got = _events(extractor, "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
                             "confirmed their commitment to each other's territorial integrity.")
    assert ("AGREE", "ARM", "AZE") in got, got


# -- denials ------------------------------------------------------------------------------------------------------
def test_denied_involvement_answers_the_accuser(extractor: Any) -> None:
    got = _events(extractor, "India accused Pakistan of backing the attack. Pakistan denied any involvement.")
    assert ("REJECT", "PAK", "IND") in got, got


def test_denied_act_answers_the_accuser(extractor: Any) -> None:
    got = _events(extractor, "Israel accused Iran of launching drones. Tehran flatly denied launching anything "
                             "after the deadline.")
    assert ("REJECT", "IRN", "ISR") in got, got


# -- readiness offered --------------------------------------------------------------------------------------------
def test_standing_ready_to_supply_is_an_offer(extractor: Any) -> None:
    got = _events(extractor, "Kazakhstan stands ready to supply natural uranium to Iran.")
    assert ("AGREE", "KAZ", "IRN") in got, got


def test_ready_to_return_to_the_table_is_an_offer(extractor: Any) -> None:
    got = _events(extractor, "Egypt is ready to return to the negotiating table with Ethiopia.")
    assert ("AGREE", "EGY", "ETH") in got, got


def test_not_ready_is_no_offer(extractor: Any) -> None:
    # guard
    assert ("AGREE", "RUS", "EU") not in _events(extractor, "Russia is not ready to supply gas to the European Union.")


# -- praise in a statement ----------------------------------------------------------------------------------------
def test_tribute_paid_is_praise(extractor: Any) -> None:
    got = _events(extractor, "We pay tribute to Uganda, Burundi and Kenya, whose troops have served with AMISOM.",
                  speaker="Somalia")
    assert {("SUPPORT", "SOM", "UGA"), ("SUPPORT", "SOM", "KEN")} <= got, got


def test_grateful_that_others_acted_is_praise(extractor: Any) -> None:
    got = _events(extractor, "We are deeply grateful that the United States and China stood with us.",
                  speaker="Somalia")
    assert {("SUPPORT", "SOM", "USA"), ("SUPPORT", "SOM", "CHN")} <= got, got


# -- admission to a body ------------------------------------------------------------------------------------------
def test_body_admitting_a_state_backs_it(extractor: Any) -> None:
    assert ("SUPPORT", "NATO", "FIN") in _events(extractor, "NATO admitted Finland in April 2023.")


def test_a_fact_admitted_is_no_admission(extractor: Any) -> None:
    # guard
    got = _events(extractor, "Russia admitted that its air defences had downed the Azerbaijani airliner.")
    assert not any(e[0] == "SUPPORT" for e in got), got


# -- visits and their dates ---------------------------------------------------------------------------------------
def test_return_to_a_capital_named_by_its_adjective_is_a_visit(extractor: Any) -> None:
    got = _events(extractor, "President Emomali Rahmon returned to the Chinese capital in August 2017.")
    assert ("CONSULT", "TJK", "CHN") in got, got


def test_first_time_since_a_year_does_not_date_the_act(extractor: Any) -> None:
    doc = SourceDocument(text="The Pentagon confirmed yesterday that it was sending American troops to Saudi Arabia "
                              "for the first time since 2003.", origin="test", kind="text", published="2019-07-20",
                         title="World news", source="Daily Mail")
    dates = {e.date for e in extractor.extract(doc).events if e.type == "MOBILIZE"}
    assert dates and "2003" not in dates, dates


def test_candidate_status_granted_backs_the_state(extractor: Any) -> None:
    got = _events(extractor, "On 14 December 2023 EU leaders granted Georgia candidate status.")
    assert ("SUPPORT", "EU", "GEO") in got and ("AGREE", "EU", "GEO") not in got, got


def test_a_loan_granted_stays_aid(extractor: Any) -> None:
    # guard
    assert ("AID", "RUS", "ARM") in _events(extractor, "Russia granted Armenia a loan of $100 million.")


def test_readiness_offers_only_to_those_the_act_names(extractor: Any) -> None:
    # guard: the states of an earlier meeting are not the ones offered to
    got = _events(extractor, "Delegations from China, France and the United States met in Tashkent in March. "
                             "Uzbekistan is ready to provide its territory for talks between the Government of "
                             "Afghanistan and the Taliban.")
    assert not any(e[0] == "AGREE" and e[2] in ("CHN", "FRA", "USA") for e in got), got
