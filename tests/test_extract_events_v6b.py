"""Event roles on prose the rules were not written against (issue 12, brief G), each on small hand-written texts:
a person's state from their own noun phrase, bodies and people named by where they are or come from, a state's
apposition, whom help is against, the parties of a conflict named with "between", and a few more trigger verbs."""

from __future__ import annotations

import pytest

from multipolar.domain import is_state_or_group
from tests.extract_helpers import extract


def dyads(ev) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(type, actor state, recipient state) of the events that happened, persons reduced to their states."""
    country = {a.id: a.country for a in ev.actors}

    def state(x: str) -> str | None:
        return x if is_state_or_group(x) else country.get(x)

    out = set()
    for e in ev.events:
        if e.negated or e.hypothetical:
            continue
        for a in e.actors:
            for r in e.recipients:
                sa, sr = state(a), state(r)
                if sa and sr and sa != sr:
                    out.add((e.type, sa, sr))
    return out


def person_state(ev, name: str) -> str | None:  # type: ignore[no-untyped-def]
    return next((a.country for a in ev.actors if a.kind == "person" and name in a.name), None)


# -- a person's state: from the person's own noun phrase, not from the object of their act --------------------------
@pytest.mark.parametrize("sentence, name, state", [
    ("Kenyan Foreign Minister Amos Wekesa yesterday criticised Uganda over the border closure.", "Wekesa", "KEN"),
    ("Peru's interior minister Carla Quispe on Monday rejected Bolivian demands for access to the sea.", "Quispe",
     "PER"),
    ("Amos Wekesa, the foreign minister of Kenya, met Ugandan officials in Kampala.", "Wekesa", "KEN"),
    ("The prime minister of Norway, Ingrid Dahl, thanked Sweden for its help.", "Dahl", "NOR"),
])
def test_a_persons_state_comes_from_their_own_phrase(extractor, sentence, name, state) -> None:
    assert person_state(extract(extractor, sentence), name) == state


def test_the_object_of_a_persons_act_is_not_their_state(extractor) -> None:
    ev = extract(extractor, "Kenyan Prime Minister Amos Wekesa today accused the United States of blackmail.")
    assert person_state(ev, "Wekesa") == "KEN"
    assert ("ACCUSE", "KEN", "USA") in dyads(ev)


def test_a_possessed_persons_state_is_theirs(extractor) -> None:
    ev = extract(extractor, "Chile's senior diplomat Pablo Rojas rejected Peruvian President Ana Flores's proposal "
                            "for a summit.")
    assert person_state(ev, "Flores") == "PER"
    assert ("REJECT", "CHL", "PER") in dyads(ev)


def test_a_person_named_with_no_state_gets_none_from_across_a_verb(extractor) -> None:
    ev = extract(extractor, "Senator Walter Brandt yesterday criticised Canada over its trade policy.")
    assert person_state(ev, "Brandt") is None


# -- bodies and crowds named by where they are; people by where they come from -------------------------------------
@pytest.mark.parametrize("sentence, dyad", [
    ("Security forces in Kenya have tortured dozens of Somali refugees, a rights group said.",
     ("ASSAULT", "KEN", "SOM")),
    ("Police in Ecuador detained six Colombian fishermen on Tuesday.", ("COERCE", "ECU", "COL")),
    ("Doctors from two Swedish charities delivered medical aid to Yemen last week.", ("AID", "SWE", "YEM")),
])
def test_a_body_takes_the_state_it_is_in_or_from(extractor, sentence, dyad) -> None:
    assert dyad in dyads(extract(extractor, sentence))


def test_a_body_named_by_a_state_keeps_it_and_not_where_it_is(extractor) -> None:
    got = dyads(extract(extractor, "Peruvian police in Bolivia detained two Chilean smugglers on Tuesday."))
    assert ("COERCE", "PER", "CHL") in got
    assert not any(a == "BOL" for _, a, _ in got)


# -- "X, a Y ally, …": the apposition names no other actor --------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Norway, a close Danish partner in the region, refused to send troops to Libya.",
    "Chile, a longtime American ally, condemned the Peruvian decision.",
])
def test_a_states_apposition_names_no_other_actor(extractor, sentence) -> None:
    got = dyads(extract(extractor, sentence))
    assert got, "the act itself must still be read"
    assert not any(a in ("DNK", "USA") for _, a, _ in got)


# -- help given against someone: the opponent receives no help ----------------------------------------------------
def test_whom_help_is_against_is_no_recipient(extractor) -> None:
    got = dyads(extract(extractor, "Kenya defended Uganda on Friday against Tanzanian criticism."))
    assert ("SUPPORT", "KEN", "UGA") in got
    assert ("SUPPORT", "KEN", "TZA") not in got


# -- a conflict named "between A and B" is theirs, not the other states the clause names --------------------------
def test_fighting_between_two_is_between_those_two(extractor) -> None:
    got = dyads(extract(extractor, "Kenya closed its borders with Uganda and Tanzania because of fighting between "
                                   "Ethiopians and Eritreans."))
    assert not any(t == "ASSAULT" and {a, r} & {"UGA", "TZA", "KEN"} for t, a, r in got)


# -- more verbs of acts -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, dyad", [
    ("Somali gunmen kidnapped four Kenyan aid workers on Sunday.", ("ASSAULT", "SOM", "KEN")),
    ("Chilean sailors beat up two Peruvian fishermen in the port.", ("ASSAULT", "CHL", "PER")),
    ("Ecuador complained to Colombia on Monday about the border incident.", ("ACCUSE", "ECU", "COL")),
    ("A Canadian mining company is suing Bolivia over the nationalisation of its mine.", ("ACCUSE", "CAN", "BOL")),
])
def test_more_verbs_of_acts(extractor, sentence, dyad) -> None:
    assert dyad in dyads(extract(extractor, sentence))


def test_beat_alone_is_no_assault(extractor) -> None:
    got = dyads(extract(extractor, "Chile beat Peru two goals to one in the final."))
    assert not any(t == "ASSAULT" for t, _, _ in got)


# -- hosting refugees is shelter given (AID), not a meeting ------------------------------------------------------
def test_hosting_refugees_is_aid_to_where_they_come_from(extractor) -> None:
    got = dyads(extract(extractor, "Up to now, Kenya has hosted more than 20,000 refugees from Somalia."))
    assert ("AID", "KEN", "SOM") in got
    assert not any(t == "CONSULT" for t, _, _ in got)


def test_hosting_a_leader_is_still_a_meeting(extractor) -> None:
    got = dyads(extract(extractor, "Last year Kenya hosted the Ugandan president in Nairobi."))
    assert ("CONSULT", "UGA", "KEN") in got or ("CONSULT", "KEN", "UGA") in got
    assert not any(t == "AID" for t, _, _ in got)


# -- what efforts are aimed at has not happened -------------------------------------------------------------------
def test_what_efforts_are_aimed_at_has_not_happened(extractor) -> None:
    got = dyads(extract(extractor, "Canada and Norway made efforts aimed at achieving a breakthrough in the talks "
                                   "and withdrawing Peru's troops from Ecuador."))
    assert not any(t == "RETREAT" for t, _, _ in got)


def test_a_withdrawal_done_still_happened(extractor) -> None:
    got = dyads(extract(extractor, "Peru withdrew its troops from Ecuador in March."))
    assert ("RETREAT", "PER", "ECU") in got


# -- an agreement reached, with no party named, is the conflict's parties' only when it is theirs ----------------
def test_an_indefinite_agreement_on_another_matter_is_not_the_conflicts(extractor) -> None:
    text = ("Fighting between Peru and Ecuador broke out again in May. "
            "A historic agreement was reached on the nuclear programme of Iran.")
    got = dyads(extract(extractor, text))
    assert not any(t == "AGREE" and {a, r} == {"PER", "ECU"} for t, a, r in got)


def test_a_ceasefire_agreed_is_the_conflicts(extractor) -> None:
    text = "Fighting between Peru and Ecuador broke out again in May. A ceasefire was agreed on 5 June."
    got = dyads(extract(extractor, text))
    assert ("AGREE", "PER", "ECU") in got


# -- a build-up of forces is a mobilisation towards where it is -----------------------------------------------------
@pytest.mark.parametrize("sentence, dyad", [
    ("Peru has strengthened its forces in Ecuador following the discovery of rockets.", ("MOBILIZE", "PER", "ECU")),
    ("Chile massed troops on the border with Bolivia last week.", ("MOBILIZE", "CHL", "BOL")),
])
def test_a_build_up_of_forces_is_a_mobilisation(extractor, sentence, dyad) -> None:
    assert dyad in dyads(extract(extractor, sentence))


@pytest.mark.parametrize("sentence", [
    "Chile increased its exports to Bolivia last year.",
    "Peru strengthened its ties with Ecuador in May.",
])
def test_building_up_other_things_is_no_mobilisation(extractor, sentence) -> None:
    assert not any(t == "MOBILIZE" for t, _, _ in dyads(extract(extractor, sentence)))


# -- a protest's target named in its purpose clause -----------------------------------------------------------------
def test_a_protest_is_against_what_its_purpose_clause_names(extractor) -> None:
    got = dyads(extract(extractor, "Demonstrators in Lima blocked a road to show their anger at Chile's fishing "
                                   "policies."))
    assert ("PROTEST", "PER", "CHL") in got


def test_a_protest_with_no_grievance_named_has_no_target(extractor) -> None:
    got = dyads(extract(extractor, "Demonstrators in Lima blocked a road to reach the Chilean embassy."))
    assert not any(t == "PROTEST" for t, _, _ in got)


# -- "summoned X's envoy to complain": the complaint is to X --------------------------------------------------------
def test_a_purpose_clause_acts_on_the_one_summoned(extractor) -> None:
    got = dyads(extract(extractor, "On Tuesday, Kenyan foreign minister Amos Wekesa summoned Uganda's ambassador "
                                   "to complain about the raids."))
    assert ("ACCUSE", "KEN", "UGA") in got


# -- "the ex-Soviet country": a state referred to by a common noun is the one last named, not the actor ----------
def test_the_country_is_the_state_last_named_other_than_the_actor(extractor) -> None:
    got = dyads(extract(extractor, "Spain has a naval base in Morocco and considers it a partner, supplying the "
                                   "North African country with weapons."))
    assert ("AID", "ESP", "MAR") in got


def test_the_country_across_sentences(extractor) -> None:
    got = dyads(extract(extractor, "Peru held elections in May. Last week Chile sent aid to the Andean country."))
    assert ("AID", "CHL", "PER") in got


@pytest.mark.parametrize("text", [
    "Peru held elections in May. Last week Chile sent aid to the other country.",
    "Peru held elections in May. Last week Chile sent aid to the whole country.",
])
def test_the_other_country_is_no_reference_back(extractor, text) -> None:
    got = dyads(extract(extractor, text))
    assert ("AID", "CHL", "PER") not in got


# -- firing at / on a target is an assault; a military build-up a mobilisation ------------------------------------
@pytest.mark.parametrize("sentence, dyad", [
    ("Chilean tanks fired four shells at targets in Peru on Monday.", ("ASSAULT", "CHL", "PER")),
    ("Bolivia fired on Chilean border posts overnight.", ("ASSAULT", "BOL", "CHL")),
    ("Peru has accelerated its military build-up in the occupied regions of Ecuador.", ("MOBILIZE", "PER", "ECU")),
])
def test_firing_and_build_ups(extractor, sentence, dyad) -> None:
    assert dyad in dyads(extract(extractor, sentence))


def test_firing_an_official_is_no_assault(extractor) -> None:
    assert not any(t == "ASSAULT" for t, _, _ in dyads(extract(extractor, "Chile fired its ambassador to Peru.")))


# -- "with X doing Y": X does it ------------------------------------------------------------------------------------
def test_the_noun_of_an_absolute_phrase_acts(extractor) -> None:
    got = dyads(extract(extractor, "With Norway supplying weapons to Estonia, the balance shifted."))
    assert ("AID", "NOR", "EST") in got


def test_an_absolute_phrase_lends_its_noun_to_nothing_else(extractor) -> None:
    got = dyads(extract(extractor, "With talks stalled, Norway supplied weapons to Estonia."))
    assert ("AID", "NOR", "EST") in got


# -- the reason ("over …") or the time ("on the eve of …") of an act names no party when the act names one --------
def test_the_reason_and_time_of_a_threat_name_no_party(extractor) -> None:
    got = dyads(extract(extractor, "Kenya threatened to cut ties with Chad and Niger over their ties with Israel on "
                                   "the eve of a visit by the Egyptian president."))
    assert {("THREATEN", "KEN", "TCD"), ("THREATEN", "KEN", "NER")} <= got
    assert not any(r in ("ISR", "EGY") for _, _, r in got)


def test_a_grievance_over_a_state_still_names_it(extractor) -> None:
    got = dyads(extract(extractor, "Lebanon protested to Syria over Israeli air raids."))
    assert ("PROTEST", "LBN", "ISR") in got


def test_a_threat_over_a_matter_with_no_other_party_keeps_it(extractor) -> None:
    got = dyads(extract(extractor, "Kenya threatened Uganda over the border dispute."))
    assert ("THREATEN", "KEN", "UGA") in got


# -- committing a crime is no commitment -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, dyad", [
    ("In 1992, Peru committed war crimes against Ecuadorians.", ("ASSAULT", "PER", "ECU")),
    ("Chile committed acts of aggression against Bolivia.", ("ASSAULT", "CHL", "BOL")),
])
def test_committing_a_crime_is_an_assault(extractor, sentence, dyad) -> None:
    got = dyads(extract(extractor, sentence))
    assert dyad in got and not any(t == "AGREE" for t, _, _ in got)


def test_committing_to_a_process_is_still_a_commitment(extractor) -> None:
    got = dyads(extract(extractor, "Chile committed itself to the peace process with Peru."))
    assert ("AGREE", "CHL", "PER") in got


# -- the grounds of a measure name no party to it ------------------------------------------------------------------
def test_the_grounds_of_an_arrest_name_no_party(extractor) -> None:
    got = dyads(extract(extractor, "Back in Lima, the government ordered the arrest of two cartographers on charges "
                                   "of mismanaging talks with Chile."))
    assert not any(r == "CHL" for _, _, r in got)


# -- where words were said is not whom they are addressed to -------------------------------------------------------
def test_the_city_words_were_said_in_is_no_recipient(extractor) -> None:
    got = dyads(extract(extractor, "In Lima, the United States challenged countries to make an urgent choice."))
    assert not any(r == "PER" for _, _, r in got)


def test_an_act_in_a_place_keeps_its_named_target(extractor) -> None:
    got = dyads(extract(extractor, "In Lima, Chile warned Peru against escalation."))
    assert ("THREATEN", "CHL", "PER") in got


# -- "East-West" is a direction, not the West ----------------------------------------------------------------------
def test_a_compass_compound_is_not_the_west(extractor) -> None:
    ev = extract(extractor, "Kenya is making large investments in East- West and North-South transport corridors.")
    assert not any(a.id == "WEST" for a in ev.actors)


# -- relations made or broken -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, dyad", [
    ("Kenya and Somalia restored diplomatic relations in March.", ("SUPPORT", "KEN", "SOM")),
    ("Kenya and Somalia restored diplomatic relations in March.", ("SUPPORT", "SOM", "KEN")),
    ("Peru severed diplomatic ties with Chile on Monday.", ("SANCTION", "PER", "CHL")),
])
def test_relations_made_or_broken(extractor, sentence, dyad) -> None:
    assert dyad in dyads(extract(extractor, sentence))


def test_restoring_other_things_is_no_support(extractor) -> None:
    got = dyads(extract(extractor, "Kenya and Somalia restored the old railway line in March."))
    assert not any(t == "SUPPORT" for t, _, _ in got)


# -- judged for a reason: the one judged, not the states the reason names ---------------------------------------------
def test_the_reason_of_a_criticism_names_no_recipient(extractor) -> None:
    got = dyads(extract(extractor, "Polish Prime Minister Jan Nowak criticised Hungary for blocking EU aid to "
                                   "Ukraine."))
    assert ("ACCUSE", "POL", "HUN") in got
    assert not any(t == "ACCUSE" and r in ("UKR", "EU") for t, _, r in got)


def test_its_after_the_one_thanked_is_theirs(extractor) -> None:
    got = dyads(extract(extractor, "Kenya thanked Norway for its support to Somalia."))
    assert ("SUPPORT", "KEN", "NOR") in got
    assert ("SUPPORT", "KEN", "SOM") not in got


# -- "any attack", "no talks": nothing happened -------------------------------------------------------------------
def test_any_attack_is_no_attack(extractor) -> None:
    got = dyads(extract(extractor, "Iran's supreme leader warned Israel against any attack."))
    assert ("THREATEN", "IRN", "ISR") in got
    assert not any(t == "ASSAULT" for t, _, _ in got)


# -- someone else's sale or delivery to a third state: the third state is not the one opposed ----------------------
def test_the_receiver_of_anothers_sale_is_not_opposed(extractor) -> None:
    got = dyads(extract(extractor, "Spokesperson Li said Russia firmly opposes the US arms sales to Georgia."))
    assert ("ACCUSE", "RUS", "USA") in got
    assert ("ACCUSE", "RUS", "GEO") not in got


def test_retaliation_is_an_assault(extractor) -> None:
    assert ("ASSAULT", "IRN", "ISR") in dyads(extract(extractor, "Iran retaliated against Israel with missile "
                                                                 "strikes."))


# -- more acts: an offensive launched, fire exchanged, a bid blocked, arms supplied ---------------------------------
@pytest.mark.parametrize("sentence, dyad", [
    ("Chile's army launched an offensive against Peruvian positions.", ("ASSAULT", "CHL", "PER")),
    ("Kyrgyz and Tajik border guards exchanged fire on Tuesday.", ("ASSAULT", "TJK", "KGZ")),
    ("Kyrgyz and Tajik border guards exchanged fire on Tuesday.", ("ASSAULT", "KGZ", "TJK")),
    ("Hungary has blocked Ukraine's bid to join the alliance.", ("REJECT", "HUN", "UKR")),
    ("Belarus has supplied Serbia with drones.", ("AID", "BLR", "SRB")),
])
def test_more_acts(extractor, sentence, dyad) -> None:
    assert dyad in dyads(extract(extractor, sentence))


@pytest.mark.parametrize("sentence", [
    "Protesters blocked the road to the Chilean embassy in Lima.",
    "Chile sent gas to Peru.",
    "Peru is preparing an offensive against Ecuadorian positions.",
])
def test_acts_that_are_not_these(extractor, sentence) -> None:
    got = dyads(extract(extractor, sentence))
    assert not any(t in ("REJECT", "AID", "ASSAULT") for t, _, _ in got)


# -- the source of a report is no party to what it reports --------------------------------------------------------
def test_according_to_names_no_party(extractor) -> None:
    got = dyads(extract(extractor, "Moscow has deployed additional troops to Belarus, according to Ukrainian "
                                   "intelligence."))
    assert ("MOBILIZE", "RUS", "BLR") in got and ("MOBILIZE", "RUS", "UKR") not in got


def test_shooting_down_is_an_assault(extractor) -> None:
    assert ("ASSAULT", "SYR", "TUR") in dyads(extract(extractor, "The Syrian army shot down two Turkish jets."))


# -- the sides of a whole are the parties, not the whole ---------------------------------------------------------------
def test_the_sides_of_a_whole_are_the_parties(extractor) -> None:
    got = dyads(extract(extractor, "The Serbian and Albanian sides of the divided province of Kosovo have agreed to "
                                   "share information."))
    assert ("AGREE", "SRB", "ALB") in got
    assert not any("XKX" in (a, r) for _, a, r in got)


def test_sides_with_no_one_named_keep_the_whole(extractor) -> None:
    got = dyads(extract(extractor, "The sides of Cyprus met Greece."))
    assert ("CONSULT", "CYP", "GRC") in got


# -- a demand is of the one the demand names, not of what it is about -------------------------------------------------
def test_a_demand_is_of_the_one_it_names(extractor) -> None:
    got = dyads(extract(extractor, "Chile demanded that Peru withdraw its troops from Bolivia."))
    assert ("REQUEST", "CHL", "PER") in got and ("REQUEST", "CHL", "BOL") not in got


def test_a_demand_of_an_unknown_party_is_not_of_what_it_is_about(extractor) -> None:
    got = dyads(extract(extractor, "Norway along with its allies demanded that the militia renounce its armed "
                                   "struggle against Sudan."))
    assert ("REQUEST", "NOR", "SDN") not in got


# -- a reason ("because of …", "for doing …") names no recipient of the act; the one judged does the deed ----------
def test_because_of_names_no_recipient(extractor) -> None:
    got = dyads(extract(extractor, "Kenya closed its borders with Uganda and Tanzania because of fighting between "
                                   "Ethiopians and Eritreans."))
    assert {("COERCE", "KEN", "UGA"), ("COERCE", "KEN", "TZA")} <= got
    assert not any(t == "COERCE" and r in ("ETH", "ERI") for t, _, r in got)


def test_the_one_judged_for_a_deed_did_it(extractor) -> None:
    got = dyads(extract(extractor, "Kenya thanked Norway for helping Somalia."))
    assert ("SUPPORT", "KEN", "NOR") in got and ("AID", "NOR", "SOM") in got
    assert ("AID", "KEN", "SOM") not in got


# -- "is opposed to X" is a stand like "opposes X"; refuge sought in X is asked of X ---------------------------------
def test_being_opposed_to_is_opposing(extractor) -> None:
    got = dyads(extract(extractor, "Kenya is opposed to Ugandan mediation in the talks with Somalia."))
    assert ("ACCUSE", "KEN", "UGA") in got and ("ACCUSE", "KEN", "SOM") not in got


def test_refuge_sought_is_asked_of_the_host(extractor) -> None:
    got = dyads(extract(extractor, "Some 50,000 Syrian civilians sought refuge in Jordan last month."))
    assert ("REQUEST", "SYR", "JOR") in got


def test_seeking_other_things_is_not_asking_refuge(extractor) -> None:
    got = dyads(extract(extractor, "Some 50,000 Syrian civilians sought work in Jordan last month."))
    assert ("REQUEST", "SYR", "JOR") not in got


# -- doing something together with X is cooperating with X --------------------------------------------------------
@pytest.mark.parametrize("sentence, dyad", [
    ("The railway project, which Kenya is implementing together with Uganda, is key.", ("COOPERATE", "KEN", "UGA")),
    ("Chile is developing the mine jointly with Peru.", ("COOPERATE", "CHL", "PER")),
])
def test_acting_together_with_is_cooperating(extractor, sentence, dyad) -> None:
    assert dyad in dyads(extract(extractor, sentence))


@pytest.mark.parametrize("sentence", [
    "Chile lives together with Peru in peace.",
    "Chile is developing the mine with Peru's old equipment.",
])
def test_being_together_is_no_cooperation(extractor, sentence) -> None:
    assert not any(t == "COOPERATE" for t, _, _ in dyads(extract(extractor, sentence)))


# -- "It … . It …": a chain of "it" keeps standing for the state -------------------------------------------------
def test_a_chain_of_it_keeps_its_state(extractor) -> None:
    text = ("Peru occupied two provinces of Ecuador in 1995. It has signed so-called integration treaties with the "
            "provinces. It has also accelerated its military build-up in both of the occupied provinces of Ecuador.")
    assert ("MOBILIZE", "PER", "ECU") in dyads(extract(extractor, text))


def test_it_with_no_state_before_stands_for_none(extractor) -> None:
    text = "The weather was bad in May. It has also accelerated the build-up of snow in Ecuador."
    assert not any(t == "MOBILIZE" for t, _, _ in dyads(extract(extractor, text)))


# -- "the EU-mediated ceasefire": the mediator met the conflict's parties ---------------------------------------
def test_a_hyphenated_mediator_consults_the_parties(extractor) -> None:
    text = "Peru fought a war with Ecuador in 1995. Peru complies with the Brazil-mediated ceasefire agreement."
    got = dyads(extract(extractor, text))
    assert {("CONSULT", "BRA", "PER"), ("CONSULT", "BRA", "ECU")} <= got


def test_hyphenated_talks_between_two(extractor) -> None:
    got = dyads(extract(extractor, "The US-mediated talks between Serbia and Kosovo resumed."))
    assert ("CONSULT", "USA", "SRB") in got


def test_a_hyphenated_mediator_with_no_parties_known_meets_no_one(extractor) -> None:
    got = dyads(extract(extractor, "The EU-mediated agreement was praised."))
    assert not any(t == "CONSULT" for t, _, _ in got)


# -- refraining from a cooperative act is a refusal -----------------------------------------------------------------
def test_refraining_from_cooperation_is_a_rejection(extractor) -> None:
    got = dyads(extract(extractor, "Peru refrained from recognising Chile's claim to the islands."))
    assert ("REJECT", "PER", "CHL") in got and ("SUPPORT", "PER", "CHL") not in got


def test_not_refraining_is_no_rejection(extractor) -> None:
    got = dyads(extract(extractor, "Peru did not refrain from supporting Chile."))
    assert not any(t == "REJECT" for t, _, _ in got)
