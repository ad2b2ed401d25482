"""rules.v17 (issue 12), each on small hand-written texts. Events: a promise is dated when it was made; a present act
is not dated by a coordinated clause's time; "last week", "over the weekend", "as recently as"; a speech dated by its
year alone and named a general debate only in its byline; "our brothers in X"; telephone calls with a lone name as
object, made to urge or press, or told as "spoke by phone with"; a bare surname of two office holders; no speaker for
a participle describing a thing; relief goods shared or shipped; a founding treaty signed in a founder's capital; "the
three leaders" after a hosted meeting; "press for"; a year naming a thing is no story year; "our creditors, in
particular X"; refusing talks; "subjected X to shelling"; a hostile act told as going on; an agreement reached to
cease hostilities; "will never accept it"; denials; an organ owned by a state's possessive; "described X as the
greatest strategic challenge"; reactions dated by the act they answer; a time of the verb's own clause first; a
plural title before names; "take this opportunity to thank"; "it is unacceptable that X …"; condemning "these
crimes"; an encyclopedia's bare dates; a time hung on another happening; a term ahead; counted days. Claims: vague
and bounded ranks, states named only to compare with, a rank's partner within its clause, missions counted."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import claims_of, extract, happened, happened_pairs, speech

_WIKI = "Wikipedia, the free encyclopedia"


def _claims(extractor: Any, text: str, published: str = "2023-05-01") -> set[tuple[Any, ...]]:
    return {(c.measure, c.subject, c.partner, c.value, c.qualifier) for c in claims_of(extractor, text, published)}


# -- dates ------------------------------------------------------------------------------------------------------------
def test_a_promise_is_dated_when_it_was_made(extractor: Any) -> None:
    ev = extract(extractor, "Mr Orban and Mr Fico are expected to meet in Vienna on Saturday.", published="2024-03-12")
    assert ("AGREE", "HUN", "SVK", "2024-03-12") in happened(ev)
    ev = extract(extractor, "Modi will visit Hanoi in July, the Indian foreign ministry said on Monday.",
                 published="2024-03-13")
    assert ("AGREE", "IND", "VNM", "2024-03-11") in happened(ev)
    ev = extract(extractor, "Chile and Peru agreed that their ministers will meet again early next year.",
                 published="2024-03-13")
    assert {d for t, a, r, d in happened(ev) if t == "AGREE"} == {"2024-03-13"}


def test_a_present_act_is_not_dated_by_a_coordinated_clause(extractor: Any) -> None:
    ev = speech(extractor, "Peru supports the territorial integrity of Bolivia, and last month I visited La Paz.")
    assert {d for t, a, r, d in happened(ev) if t == "SUPPORT"} == {"2015-09-28"}  # (not the visit's month)


def test_last_week_and_the_weekend_are_counted_back(extractor: Any) -> None:
    ev = extract(extractor, "Last week the US Commerce Department added several Chinese companies to its Entity List.",
                 published="2023-08-01")
    assert {d for t, a, r, d in happened(ev) if t == "SANCTION"} == {"2023-07"}
    ev = extract(extractor, "Kenyan President William Ruto wrapped up his visit to China over the weekend.",
                 published="2023-08-01")
    assert ("CONSULT", "KEN", "CHN", "2023-07") in happened(ev)
    ev = extract(extractor, "Envoys of the two sides met in Doha as recently as December.", published="2023-02-06")
    assert not {d for *_, d in happened(ev) if d and d.startswith("2023-02")}


def test_a_general_debate_named_in_the_byline_is_in_september(extractor: Any) -> None:
    ev = extract(extractor, "Last month I took part in the summit in Kyiv. Peru condemned the coup in Niger last "
                            "month.", published="2023", title="Statement by the President of Peru",
                 source="Ana Lopez, President of Peru (UN General Assembly, 78th session General Debate)")
    assert {d for t, a, r, d in happened(ev) if t == "ACCUSE"} <= {"2023-08"}


def test_a_time_of_the_verbs_own_clause_dates_it(extractor: Any) -> None:
    ev = speech(extractor, "Our relations with Chile are now improving: I met President Boric in Santiago on 9 "
                           "August.")
    assert ("CONSULT", "PER", "CHL", "2015-08-09") in happened(ev)


def test_a_time_hung_on_another_happening_dates_that_happening(extractor: Any) -> None:
    ev = extract(extractor, "Days after Russia's full-scale invasion of Ukraine on 24 February 2022, Moldova applied "
                            "for membership of the European Union on 3 March 2022.", published="2024-01-01")
    assert ("REQUEST", "MDA", "EU", "2022-03-03") in happened(ev)
    assert ("ASSAULT", "RUS", "UKR", "2022-02-24") in happened(ev)


def test_a_term_ahead_dates_no_act(extractor: Any) -> None:
    ev = extract(extractor, "In June 2011 Tajikistan and Russia signed a protocol extending the base's lease until "
                            "2042.", published="2020-01-01")
    assert {d for t, a, r, d in happened(ev) if t == "SUPPORT"} == {"2011-06"}


def test_counted_days_start_from_the_date_told_before_them(extractor: Any) -> None:
    ev = extract(extractor, "On 10 May 2019 Ecuador expelled two envoys; Peru responded by severing diplomatic "
                            "relations with Quito three days later.", published="2021-01-01")
    assert ("SANCTION", "PER", "ECU", "2019-05-13") in happened(ev)


def test_an_encyclopedias_bare_dates_take_the_year_told_before(extractor: Any) -> None:
    ev = extract(extractor, "In March 1995 fighting broke out between Peru and Ecuador. A ceasefire between the two "
                            "sides was agreed on 17 March.", published="2024-06-15", source=_WIKI)
    assert {d for t, a, r, d in happened(ev) if t == "AGREE"} == {"1995-03-17"}


def test_a_year_naming_a_thing_is_no_story_year(extractor: Any) -> None:
    ev = extract(extractor, "Ankara supplied the drones that helped Baku win the war of 2020. On September 25th "
                            "Erdogan flew to Baku.", published="2023-10-05")
    assert ("CONSULT", "TUR", "AZE", "2023-09-25") in happened(ev)


def test_a_reaction_is_dated_by_the_act_it_answers(extractor: Any) -> None:
    ev = extract(extractor, "On 2 May Syrian troops attacked Turkish positions. Paris condemned the attack.",
                 published="2023-02-06")
    assert ("ACCUSE", "FRA", "SYR", "2022-05") in happened(ev)


# -- telephone calls --------------------------------------------------------------------------------------------------
def test_calls_to_a_lone_name_and_asking_on_a_call(extractor: Any) -> None:
    ev = extract(extractor, "Officials met on Monday. Macron called Scholz on Tuesday night to urge restraint.",
                 published="2023-02-06")
    assert {("CONSULT", "FRA", "DEU"), ("REQUEST", "FRA", "DEU")} <= happened_pairs(ev)
    ev = extract(extractor, "India and China fought. Officials met. Blinken spoke by phone with President Ilham "
                            "Aliyev and Prime Minister Nikol Pashinyan earlier today to press for an end to the "
                            "fighting between the two sides.", published="2023-02-06")
    asked = {r for t, a, r in happened_pairs(ev) if t == "REQUEST" and a == "USA"}
    assert asked == {"AZE", "ARM"}


def test_a_bare_surname_of_two_office_holders_is_the_one_in_office(extractor: Any) -> None:
    ev = extract(extractor, "Officials met. Blinken called Aliyev on Tuesday to urge restraint.",
                 published="2023-02-06")
    assert ("CONSULT", "USA", "AZE") in happened_pairs(ev)


# -- who and to whom ------------------------------------------------------------------------------------------------
def test_our_brothers_in_a_state_are_that_state(extractor: Any) -> None:
    ev = speech(extractor, "We stand by our brothers in Ecuador after the earthquake.")
    assert ("SUPPORT", "PER", "ECU") in happened_pairs(ev)


def test_a_participle_describing_a_thing_has_no_speaker(extractor: Any) -> None:
    ev = speech(extractor, "This month, Chile and Argentina held the Unitas exercise, involving some 20,000 troops.")
    assert not {p for p in happened_pairs(ev) if "PER" in p[1:]}


def test_relief_goods_shared_or_shipped_are_aid(extractor: Any) -> None:
    ev = speech(extractor, "Peru has shared more than 1.4 million doses of vaccine with Bolivia and Ecuador. Japan and "
                           "Canada have channelled food and medical aid through the World Food Programme.")
    assert {("AID", "PER", "BOL"), ("AID", "PER", "ECU"), ("AID", "JPN", "PER"), ("AID", "CAN", "PER")} <= \
        happened_pairs(ev)


def test_founders_sign_to_each_other_in_a_founders_capital(extractor: Any) -> None:
    ev = extract(extractor, "Relations warmed. On 29 May 2014 the leaders of Russia, Kazakhstan and Belarus signed the "
                            "Treaty on the Eurasian Economic Union in Astana.", published="2020-01-01")
    signed = {(a, r) for t, a, r in happened_pairs(ev) if t == "SUPPORT"}
    assert ("RUS", "KAZ") in signed and not {p for p in signed if "EAEU" in p}


def test_the_three_leaders_after_a_hosted_meeting(extractor: Any) -> None:
    ev = extract(extractor, "On 11 January, Putin hosted Aliyev and Pashinyan in Moscow. The three leaders agreed to "
                            "set up a working group.", published="2021-11-18")
    agreed = {(a, r) for t, a, r in happened_pairs(ev) if t == "AGREE"}
    assert {("RUS", "AZE"), ("AZE", "ARM")} <= agreed


def test_a_plural_title_before_names_is_no_collective(extractor: Any) -> None:
    ev = extract(extractor, "The Russian ministry summoned Armenia's ambassador. The Baku Declaration, signed by "
                            "Presidents Recep Tayyip Erdoğan and Ilham Aliyev on 15 June 2021, turned the relationship "
                            "into an alliance.",
                 published="2023-11-08")
    signers = {x for t, a, r in happened_pairs(ev) if t == "SUPPORT" for x in (a, r)}
    assert signers == {"TUR", "AZE"}


def test_press_for_is_a_request(extractor: Any) -> None:
    ev = extract(extractor, "Germany pressed for the release of the prisoners held by Belarus.", published="2023-01-02")
    assert ("REQUEST", "DEU", "BLR") in happened_pairs(ev)


def test_those_named_in_particular_among_those_called_on(extractor: Any) -> None:
    ev = speech(extractor, "We call on all our bilateral creditors, in particular China, Japan and India, to "
                           "restructure our debt.")
    assert {r for t, a, r in happened_pairs(ev) if t == "REQUEST"} == {"CHN", "JPN", "IND"}


def test_an_organ_owned_by_a_states_possessive(extractor: Any) -> None:
    ev = extract(extractor, "Armenia's State Border Service said Azerbaijani forces had fired on its positions.",
                 published="2024-02-13")
    assert ("ACCUSE", "ARM", "AZE") in happened_pairs(ev)


def test_a_named_receiver_that_is_no_state_is_not_the_speaker(extractor: Any) -> None:
    ev = speech(extractor, "It is unacceptable that Chile continues to provide weapons to the rebels.")
    assert ("ACCUSE", "PER", "CHL") in happened_pairs(ev)
    assert ("AID", "CHL", "PER") not in happened_pairs(ev)


def test_condemning_an_attack_accuses_no_victim_named_before(extractor: Any) -> None:
    ev = extract(extractor, "On 27 January a gunman attacked Bolivia's embassy in Lima. La Paz blamed Peru. Quito "
                            "swiftly condemned the attack.", published="2023-02-06")
    assert ("ACCUSE", "ECU", "BOL") not in happened_pairs(ev)


# -- conflict ---------------------------------------------------------------------------------------------------------
def test_refusing_talks_rejects_the_other_side(extractor: Any) -> None:
    ev = speech(extractor, "The conflict between Peru and Chile remains unresolved. Yet Chile once again refused to "
                           "begin substantive negotiations.")
    assert ("REJECT", "CHL", "PER") in happened_pairs(ev)


def test_subjected_to_shelling_and_the_early_hours(extractor: Any) -> None:
    ev = speech(extractor, "Chile continues to occupy our lands. In the early hours of 2 April, Chilean forces "
                           "subjected towns and villages along the front line to heavy shelling.")
    assert ("ASSAULT", "CHL", "PER", "2015-04-02") in happened(ev)


def test_a_hostile_act_told_as_going_on(extractor: Any) -> None:
    ev = speech(extractor, "Mr. President, Chile's aggression against Bolivia continues into its eighth year.")
    assert ("ASSAULT", "CHL", "BOL") in happened_pairs(ev)


def test_an_agreement_reached_to_cease_hostilities(extractor: Any) -> None:
    ev = speech(extractor, "Chilean forces attacked our positions on 2 April. On 5 April an agreement was reached to "
                           "cease hostilities along the line of contact.")
    assert ("AGREE", "PER", "CHL", "2015-04-05") in happened(ev)


def test_condemning_these_crimes_accuses_their_doers(extractor: Any) -> None:
    ev = speech(extractor, "On 2 April, Chilean forces shelled Peruvian villages. Peru strongly condemns these "
                           "crimes.")
    assert ("ACCUSE", "PER", "CHL") in happened_pairs(ev)


# -- refusals and denials -------------------------------------------------------------------------------------------
def test_what_one_will_never_accept_is_refused_now(extractor: Any) -> None:
    ev = extract(extractor, "Bolivia demands a corridor to the sea through Chilean land. Chile has said it will never "
                            "accept it.", published="2023-10-05")
    assert ("REJECT", "CHL", "BOL", "2023-10-05") in happened(ev)
    ev = extract(extractor, "Serbia will not recognise Kosovo, Vucic said on Monday.", published="2023-10-05")
    assert ("REJECT", "SRB", "XKX", "2023-10-02") in happened(ev)


def test_a_denial_answers_the_accuser(extractor: Any) -> None:
    ev = extract(extractor, "Ecuador accused Peruvian troops of firing on its posts. Lima flatly denied that its "
                            "troops had fired across the border on Monday.", published="2024-02-14")
    assert ("REJECT", "PER", "ECU", "2024-02-14") in happened(ev)


def test_a_strategic_challenge_is_a_brand(extractor: Any) -> None:
    ev = extract(extractor, "Australia's defence review released last Friday described China as \"the greatest "
                            "strategic challenge\" to Australia.", published="2023-08-01")
    assert ("ACCUSE", "AUS", "CHN", "2023-07-28") in happened(ev)


def test_take_this_opportunity_to_thank(extractor: Any) -> None:
    ev = speech(extractor, "I take this opportunity to thank President Boric of Chile for that effort.")
    assert ("SUPPORT", "PER", "CHL") in happened_pairs(ev)


# -- claims ----------------------------------------------------------------------------------------------------------
def test_vague_and_bounded_ranks(extractor: Any) -> None:
    got = _claims(extractor, "Brazil is one of Chile's two largest trading partners, alongside China. Peru ranks "
                             "outside Chile's top ten trading partners. Spain is among Chile's top three trading "
                             "partners. Japan is one of Chile's largest trading partners.")
    assert ("trade_partner_rank", "CHL", "BRA", 2.0, "at_most") in got
    assert ("trade_partner_rank", "CHL", "PER", 10.0, "more_than") in got
    assert ("trade_partner_rank", "CHL", "ESP", 3.0, "at_most") in got
    assert not {c for c in got if c[2] == "JPN"}


def test_a_state_named_to_compare_with_owns_nothing(extractor: Any) -> None:
    got = _claims(extractor, "Brazil was Chile's second-largest trading partner in 2022, after China, accounting for "
                             "12 per cent of its total trade.")
    assert ("trade_share", "CHL", "BRA", 12.0, "exact") in got


def test_a_ranks_partner_is_of_its_own_clause(extractor: Any) -> None:
    got = _claims(extractor, "Trade stood at $480m, a fraction of Chile's trade with Brazil; Peru ranks outside "
                             "Chile's top ten trading partners.")
    assert ("trade_partner_rank", "CHL", "PER", 10.0, "more_than") in got


def test_a_missions_observers_are_the_deployers(extractor: Any) -> None:
    got = _claims(extractor, "The EU deployed a civilian monitoring capability of some 40 observers.")
    assert ("people_count", "EU", None, 40.0, "approx") in got
