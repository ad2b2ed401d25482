"""rules.v22 (issue 12), each on small hand-written texts; every test fails on the code of rules.v21 (73ee402).
Events: a speech known by its year dates the speaker's past act by the story told before it; a city where a body sits
or whose status is at stake is no party; another state's plan is not the speaker's act; a joint act of many states
none of whom is named is no act of each with every other; migrants' origin, a need for aid and goods' origin name no
party; "at the request of the parties" names no requester; a conflict "in our neighbour" leaves the speaker out;
"the two countries" are not the state of a summit's city; "X, together with Y," acts with Y; a deal's broker and a
signing's venue are no signatories; a signing in a city of one party is the host's with each guest; a hostile act a
resolution is about is not its backers'; the speaker's "we call on" is dated when said; a deal signed in an article
on two states' relations is theirs. Claims: peoples whose names do not end in "-ans"; "between 50,000 and 70,000
people"; a figure "three years earlier"; a trade target between the same two; "X's population of some N million"."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import claim_matches, extract, happened, happened_pairs, speech


def _has(claims: list, exp: tuple) -> bool:  # type: ignore[type-arg]
    return any(claim_matches(c, exp) for c in claims)


# -- events ---------------------------------------------------------------------------------------------------------
def test_a_speech_known_by_its_year_dates_the_speakers_act_by_the_story(extractor: Any) -> None:
    ev = speech(extractor, "In March, on the margins of the Pacific Alliance summit, I met President Sebastián "
                           "Piñera of Chile. We agreed to open two new border crossings.", published="2019")
    agreed = [e for e in ev.events if e.type == "AGREE" and "CHL" in e.recipients]
    assert agreed and all((e.date or "").startswith("2019-03") for e in agreed), [(e.type, e.date) for e in ev.events]


def test_a_city_where_a_body_sits_or_whose_status_is_at_stake_is_no_party(extractor: Any) -> None:
    ev = speech(extractor, "We support the work of the Human Rights Committee in Geneva on the situation of "
                           "migrants. We reject any attempt to change the status of East Jerusalem.")
    pairs = happened_pairs(ev)
    assert not any(r in ("CHE", "PSE", "ISR") for _, _, r in pairs), pairs


def test_another_states_plan_is_not_the_speakers_act(extractor: Any) -> None:
    ev = speech(extractor, "The plans of Israel to annex parts of the West Bank are null and void for us.")
    assert not any(a == "PER" and t in ("THREATEN", "COERCE") for t, a, _ in happened_pairs(ev)), happened_pairs(ev)


def test_a_joint_act_of_many_unnamed_states_is_no_act_of_each_with_each(extractor: Any) -> None:
    ev = speech(extractor, "Peru appreciates that the five permanent members of the Security Council signed a joint "
                           "statement in 2015 on the prevention of nuclear war.")
    p5 = {"CHN", "FRA", "GBR", "RUS", "USA"}
    assert not any(a in p5 and r in p5 for _, a, r in happened_pairs(ev)), happened_pairs(ev)


def test_origins_and_needs_name_no_party(extractor: Any) -> None:
    ev = speech(extractor, "Since January, more than 6,000 migrants from Haiti, Cuba and Venezuela have crossed into "
                           "Chile, and Chilean police have been forcibly pushing these people back, in violation of "
                           "international law. Some 7 million Venezuelans now need humanitarian assistance. Last "
                           "year our police seized over 40 tonnes of cocaine, most of it of Bolivian origin.")
    pairs = happened_pairs(ev)
    assert not any(r in ("HTI", "CUB", "BOL") for _, _, r in pairs), pairs
    assert not any(t == "AID" for t, _, _ in pairs), pairs


def test_at_the_request_of_the_parties_names_no_requester(extractor: Any) -> None:
    ev = speech(extractor, "The conflict in Venezuela remains a grave concern. Since 2019, at the request of the "
                           "parties, Peru has hosted the Lima talks on Venezuela, with Colombia and Brazil acting as "
                           "guarantors.")
    assert not any(t == "REQUEST" for t, _, _ in happened_pairs(ev)), happened_pairs(ev)


def test_a_conflict_in_our_neighbour_leaves_the_speaker_out(extractor: Any) -> None:
    ev = speech(extractor, "We are deeply concerned about the continuing conflict in the south of our neighbour, "
                           "Colombia. There is no alternative to a settlement on the basis of the Havana agreements, "
                           "which were signed in our capital in 2016.")
    assert not any("PER" in (a, r) and t in ("SUPPORT", "AGREE") for t, a, r in happened_pairs(ev)), \
        happened_pairs(ev)


def test_the_two_countries_are_not_the_state_of_a_summits_city(extractor: Any) -> None:
    ev = speech(extractor, "On 10 May, on the margins of the Andean Community summit in La Paz, President Martín "
                           "Vizcarra met with President Lenín Moreno of Ecuador, and the two sides agreed on a joint "
                           "border patrol. On 12 May, the defence ministers of the two countries signed a protocol on "
                           "the patrol.")
    signed = {(a, r) for t, a, r in happened_pairs(ev) if t == "SUPPORT"}
    assert ("PER", "ECU") in signed and not any("BOL" in p for p in signed), signed


def test_together_with_acts_too(extractor: Any) -> None:
    ev = extract(extractor, "Canada, together with its G7 partners and the European Union, has imposed sanctions on "
                            "Belarus.", published="2021-06-22")
    pairs = happened_pairs(ev)
    assert ("SANCTION", "CAN", "BLR") in pairs and ("SANCTION", "EU", "BLR") in pairs, pairs


def test_a_deals_broker_and_a_signings_venue_are_no_signatories(extractor: Any) -> None:
    ev = extract(extractor, "In June, Sudanese President Omar al-Bashir and South Sudanese President Salva Kiir "
                            "signed an Ethiopia-brokered framework accord at the Kremlin.", published="2018-07-01")
    signed = {(a, r) for t, a, r, _ in happened(ev) if t == "SUPPORT"}
    assert ("SDN", "SSD") in signed and not any(r in ("ETH", "RUS") for _, r in signed), signed


# -- claims ---------------------------------------------------------------------------------------------------------
def test_peoples_and_a_range_of_people(extractor: Any) -> None:
    ev = extract(extractor, "Some 20,000 Kurds live in Armenia. Between 3,000 and 5,000 Uzbek workers are estimated to "
                            "live in Kazakhstan.", published="2021-06-22")
    cl = list(ev.claims)
    assert _has(cl, ("people_count", "ARM", None, 20000.0, "people", None)), cl
    lower = [c for c in cl if c.value == 3000.0]
    assert lower and lower[0].measure == "people_count" and lower[0].qualifier == "at_least", cl
    assert not any(c.value == 5000.0 for c in cl), cl


def test_a_figure_some_years_earlier(extractor: Any) -> None:
    ev = extract(extractor, "Peru's trade with Japan reached $4.1 billion in 2019, compared with $3.2 billion three "
                            "years earlier.", published="2020-06-22")
    assert _has(list(ev.claims), ("trade_value", "PER", "JPN", 3.2e9, "usd", "2016")), list(ev.claims)


def test_signing_in_a_city_of_one_party_is_the_hosts_act_with_each_guest(extractor: Any) -> None:
    ev = speech(extractor, "On 2 May, in the Brazilian port city of Santos, the Presidents of Argentina, Bolivia, "
                           "Brazil and Uruguay signed the Convention on the Waterway.", published="2017")
    signed = {(a, r) for t, a, r in happened_pairs(ev) if t == "SUPPORT"}
    assert ("BRA", "ARG") in signed and ("URY", "BRA") in signed, signed
    assert ("ARG", "BOL") not in signed and ("URY", "ARG") not in signed, signed


def test_a_hostile_act_a_resolution_is_about_is_not_its_backers(extractor: Any) -> None:
    ev = speech(extractor, "We have co-sponsored and voted in favour of every resolution of this Assembly on the "
                           "aggression against Kuwait.")
    assert not any(t == "ASSAULT" and a == "PER" for t, a, _ in happened_pairs(ev)), happened_pairs(ev)


def test_the_speakers_call_is_dated_when_said_not_by_the_deal_it_names(extractor: Any) -> None:
    ev = speech(extractor, "We call on Chile to honour its obligations under the Treaty of 3 June 1929.",
                published="2016")
    asked = [e for e in ev.events if e.type == "REQUEST" and "CHL" in e.recipients]
    assert asked and all(e.date == "2016" for e in asked), [(e.type, e.date) for e in ev.events]


def test_a_deal_signed_in_an_article_on_two_states_relations_is_theirs(extractor: Any) -> None:
    ev = extract(extractor, "The Treaty of Friendship and Integration, signed in Lima on 24 January 1992, opened the "
                            "port.",
                 published="2020-01-01", title="Bolivia–Peru relations", source="Wikipedia")
    assert ("SUPPORT", "BOL", "PER", "1992-01-24") in happened(ev), happened(ev)


def test_a_trade_target_is_trade_between_the_same_two(extractor: Any) -> None:
    ev = extract(extractor, "Trade between Chile and Peru reached around $4.2 billion in 2021, and the two governments "
                            "have set a target of $6 billion.", published="2022-06-22")
    target = [c for c in ev.claims if c.value == 6e9]
    assert target and target[0].measure == "trade_value" and {target[0].subject, target[0].partner} == {"CHL", "PER"}, \
        list(ev.claims)


def test_a_states_population_of_some_millions(extractor: Any) -> None:
    ev = extract(extractor, "Ethnic Germans make up about 2% of Poland's population of some 38 million.",
                 published="2022-06-22")
    assert _has(list(ev.claims), ("people_count", "POL", None, 38e6, "people", None)), list(ev.claims)
