"""rules.v9 (issue 12): who is a party, told in reduced and passive clauses, each on small hand-written texts — a
city named as where an attack happened is no party to a conflict; an act several states take towards a break-away
region is towards it (for the others, the state it broke from); an agentful passive acts on its whole subject;
a reaction hung on an event noun ("…, condemned by X") makes X no party to that event; rallies are protests."""

from __future__ import annotations

from tests.extract_helpers import extract, happened


def pairs(ev, typ: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(actor, recipient) states of the events of one type that happened; a region counts as its state."""
    state = {a["id"]: a["country"] or a["id"] for a in ev.as_json()["actors"]}
    return {(state.get(a, a), state.get(r, r)) for t, a, r, _ in happened(ev) if t == typ} - {
        (s, s) for s in state.values()}


def test_a_city_where_someone_was_attacked_is_no_party_to_a_conflict(extractor) -> None:
    text = "The opposition leader was attacked during a rally in Vienna. Moldova has been trying to mediate."
    assert not pairs(extract(extractor, text), "CONSULT")
    fought = "Ukrainian forces shelled positions in Russia. Turkey has been trying to mediate."
    assert pairs(extract(extractor, fought), "CONSULT") == {("TUR", "UKR"), ("TUR", "RUS")}


def test_several_states_acting_on_a_breakaway_region_act_on_the_state_it_broke_from(extractor) -> None:
    ev = extract(extractor, "Moldova and Romania refused to recognise the elections in Transnistria.")
    assert pairs(ev, "REJECT") == {("ROU", "MDA")}
    assert [e.recipients for e in ev.events if e.type == "REJECT"] == [["place:transnistria"]]
    ev = extract(extractor, "Georgia and Ukraine condemned the vote in Abkhazia.")
    assert pairs(ev, "ACCUSE") == {("UKR", "GEO")}
    # a joint act between the parties themselves is unchanged
    ev = extract(extractor, "Georgia and Ukraine discussed the situation in Abkhazia.")
    assert pairs(ev, "CONSULT") == {("GEO", "UKR"), ("UKR", "GEO")}


def test_an_agentful_passive_acts_on_its_whole_subject(extractor) -> None:
    ev = extract(extractor, "The referendum in Crimea was condemned by Canada.")
    assert pairs(ev, "ACCUSE") == {("CAN", "UKR")}
    # a capital named as where talks were held is no one the welcome is for
    ev = extract(extractor, "The talks in Ankara were welcomed by Canada.")
    assert not pairs(ev, "SUPPORT")


def test_a_reaction_hung_on_an_event_noun_is_no_party_to_the_event(extractor) -> None:
    ev = extract(extractor, "Russia's annexation of Crimea, condemned by Canada, led to sanctions.")
    assert pairs(ev, "COERCE") == {("RUS", "UKR")}
    assert not any("CAN" in e.actors for e in ev.events if e.type == "COERCE")
    ev = extract(extractor, "Sanctions reimposed by America in 2018 have hurt Iran.")
    assert pairs(ev, "SANCTION") == {("USA", "IRN")}


def test_a_rally_against_a_state_is_a_protest(extractor) -> None:
    ev = extract(extractor, "Moldovan opposition parties staged a protest rally against Russian troops.")
    assert pairs(ev, "PROTEST") == {("MDA", "RUS")}
    ev = extract(extractor, "Thousands of Serbians held a demonstration against Albania in Belgrade.")
    assert pairs(ev, "PROTEST") == {("SRB", "ALB")}
    assert not pairs(extract(extractor, "The president spoke at a rally in Lima."), "PROTEST")


def test_asking_a_state_to_act_is_a_request_of_that_state_only(extractor) -> None:
    assert pairs(extract(extractor, "Chile called for Bolivia to withdraw its complaint."), "REQUEST") == {
        ("CHL", "BOL")}
    assert pairs(extract(extractor, "Norway pressed Sudan to open the border."), "REQUEST") == {("NOR", "SDN")}
    assert pairs(extract(extractor, "Canada pushed for Peru to join the pact."), "REQUEST") == {("CAN", "PER")}
    # the states named in what is asked are no addressees; what is asked has not happened
    ev = extract(extractor, "The EU urged Serbia to recognise Kosovo.")
    assert pairs(ev, "REQUEST") == {("EU", "SRB")}
    assert not pairs(ev, "SUPPORT")
    assert not pairs(extract(extractor, "Peru pressed ahead with the port project."), "REQUEST")


def test_launching_a_mediation_effort_between_two_states(extractor) -> None:
    ev = extract(extractor, "Kuwait launched a mediation effort between Qatar and Bahrain on Saturday.")
    assert pairs(ev, "CONSULT") == {("KWT", "QAT"), ("KWT", "BHR")}


def test_gratitude_said_with_an_adjective_is_thanks(extractor) -> None:
    assert pairs(extract(extractor, "Peru is grateful to Japan for its continued support."), "SUPPORT") == {
        ("PER", "JPN"), ("JPN", "PER")}  # (rules.v14: the support thanked for was Japan's, given to Peru)
    assert pairs(extract(extractor, "Chile remains thankful to Spain."), "SUPPORT") == {("CHL", "ESP")}


def test_joint_talks_told_with_a_noun_are_between_the_parties(extractor) -> None:
    ev = extract(extractor, "Peru and Chile engaged in talks in 2019.")
    assert pairs(ev, "CONSULT") == {("PER", "CHL"), ("CHL", "PER")}
    # each acting on its own stays so
    assert not pairs(extract(extractor, "Peru and Chile have invested in their railways."), "CONSULT")


def test_fighting_alongside_a_state_is_cooperation_not_an_attack(extractor) -> None:
    ev = extract(extractor, "Estonian soldiers fought side by side with British troops in Mali.")
    assert pairs(ev, "COOPERATE") == {("EST", "GBR")} and not pairs(ev, "ASSAULT")
    ev = extract(extractor, "Polish troops served alongside American forces in Iraq.")
    assert pairs(ev, "COOPERATE") == {("POL", "USA")}
    assert pairs(extract(extractor, "Ecuador fought against Peru in 1995."), "ASSAULT") == {("ECU", "PER")}


def test_readiness_to_engage_in_dialogue_is_a_promise(extractor) -> None:
    ev = extract(extractor, "Serbia stands ready to engage in dialogue with Kosovo.")
    assert pairs(ev, "AGREE") == {("SRB", "XKX")}
    assert pairs(extract(extractor, "Peru entered into negotiations with Chile in 2009."), "CONSULT") == {
        ("PER", "CHL")}


def test_a_date_that_names_a_thing_does_not_date_the_story(extractor) -> None:
    text = "Ecuador continues to violate the border agreement of 1998. Peru rejected the proposals of Ecuador."
    ev = extract(extractor, text, published="2021-06-10")
    assert {d for t, _, _, d in happened(ev) if t == "REJECT"} == {"2021-06-10"}
    # a stretch of time is a date: "in the fall of 2020"
    text = "In the fall of 2020, fighting broke out. Peru rejected the proposals of Ecuador."
    ev = extract(extractor, text, published="2021-06-10")
    assert {d for t, _, _, d in happened(ev) if t == "REJECT"} == {"2020"}


def test_aid_given_as_an_amount_is_aid(extractor) -> None:
    ev = extract(extractor, "Washington has provided billions of dollars in military aid to Kyiv.")
    assert pairs(ev, "AID") == {("USA", "UKR")}


def test_deepening_ties_is_cooperation(extractor) -> None:
    assert pairs(extract(extractor, "Kazakhstan has strengthened its ties with Turkey."), "COOPERATE") == {
        ("KAZ", "TUR")}
    assert pairs(extract(extractor, "Peru and China expanded their ties in 2017."), "COOPERATE") == {
        ("PER", "CHN"), ("CHN", "PER")}


def test_routing_an_enemys_forces_and_closing_a_route_to_them(extractor) -> None:
    assert pairs(extract(extractor, "Ecuadorian forces drove Peruvian troops out of the valley."), "ASSAULT") == {
        ("ECU", "PER")}
    assert pairs(extract(extractor, "Egypt closed the canal to Israeli warships."), "COERCE") == {("EGY", "ISR")}
    assert not pairs(extract(extractor, "Peru pulled its troops back from the border."), "ASSAULT")


def test_a_present_perfect_act_is_dated_at_the_time_of_writing(extractor) -> None:
    text = "The parliament adopted a new law in 2024. Romania and Bulgaria have worked with Turkey to clear mines."
    ev = extract(extractor, text, published="2025-08-22")
    assert {d for t, _, _, d in happened(ev) if t == "COOPERATE"} == {"2025-08-22"}


def test_an_act_done_jointly_is_cooperation_between_those_who_did_it(extractor) -> None:
    assert pairs(extract(extractor, "Norway launched the initiative together with Brazil."), "COOPERATE") == {
        ("NOR", "BRA")}
    assert pairs(extract(extractor, "Norway and Brazil jointly launched the initiative."), "COOPERATE") == {
        ("NOR", "BRA"), ("BRA", "NOR")}
    assert not pairs(extract(extractor, "Russia and China together account for a third of output."), "COOPERATE")


def test_help_to_receivers_that_are_no_state_goes_to_no_partner_met_before(extractor) -> None:
    text = ("The presidents of Peru and Chile met in Lima in August. "
            "Peru has allocated over 800 million dollars in humanitarian aid to developing countries.")
    ev = extract(extractor, text)
    assert not pairs(ev, "AID")
    assert pairs(ev, "CONSULT") == {("PER", "CHL"), ("CHL", "PER")}


def test_a_trip_made_is_a_visit(extractor) -> None:
    ev = extract(extractor, "The Serbian president flew to Moscow on Monday for talks with Vladimir Putin.")
    assert pairs(ev, "CONSULT") == {("SRB", "RUS")} and not pairs(ev, "AGREE")


def test_the_one_angered_disapproves_of_the_one_who_angered_it(extractor) -> None:
    ev = extract(extractor, "France's support for the rebels has long infuriated Algeria.")
    assert pairs(ev, "ACCUSE") == {("DZA", "FRA")}
    ev = extract(extractor, "The Lithuanian president visited Taiwan, which angered China.")
    assert pairs(ev, "ACCUSE") == {("CHN", "LTU")}


def test_hosting_a_force_is_military_cooperation_not_a_meeting(extractor) -> None:
    ev = extract(extractor, "Poland hosts a NATO battlegroup.")
    assert pairs(ev, "COOPERATE") == {("POL", "NATO")} and not pairs(ev, "CONSULT")
    assert ("NATO", "LTU") in pairs(extract(extractor, "Vilnius hosted the NATO summit."), "CONSULT")


def test_a_states_war_with_another_is_fought_by_both(extractor) -> None:
    ev = extract(extractor, "After Ecuador's 1995 war with Peru, relations collapsed.")
    assert pairs(ev, "ASSAULT") == {("ECU", "PER"), ("PER", "ECU")}
