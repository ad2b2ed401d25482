"""rules.v6 participants across sentences (issue 12, fourth round), on small hand-written texts with other states and
wording than the gold: counted state nouns ("the two countries", "both nations"), those present at a meeting ("all
participants"), a mediator's act is no meeting, a peace process between two states makes them the conflict's
parties, a statement by one side of a conflict, and the speaker of statements under full official names."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract, happened


def pairs(ev) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(t, a, r) for t, a, r, _ in happened(ev)}


# -- "the two countries", "both nations": the two just named -------------------------------------------------------
@pytest.mark.parametrize("words", ["The two countries", "Both countries", "The two nations", "Both states"])
def test_counted_state_nouns_stand_for_the_two_just_named(extractor, words) -> None:
    got = pairs(extract(extractor, f"Spain and Italy signed a trade deal in May. {words} also held joint naval "
                                   "exercises in June."))
    assert ("COOPERATE", "ESP", "ITA") in got and ("COOPERATE", "ITA", "ESP") in got


def test_the_two_countries_named_earlier_in_the_same_sentence_win(extractor) -> None:
    got = pairs(extract(extractor, "Chile and Peru clashed along their border in May. In June, Ecuador signed an "
                                   "agreement with Bolivia on the two countries' fishing zones."))
    assert ("AGREE", "ECU", "BOL") in got
    assert not any(r in ("CHL", "PER") for t, a, r in got if a == "ECU")


def test_both_countries_is_never_the_one_the_sentence_is_about(extractor) -> None:
    got = pairs(extract(extractor, "Argentina sold rifles to Chile and Peru last year. This year Argentina, bordering "
                                   "both countries, sent humanitarian aid to both countries."))
    assert ("AID", "ARG", "CHL") in got and ("AID", "ARG", "PER") in got


def test_a_single_country_noun_is_no_collective(extractor) -> None:
    ev = extract(extractor, "Spain and Italy signed a trade deal in May. The countries of the region welcomed the "
                            "move.")
    assert not any(e.trigger == "welcomed" and {"ESP", "ITA"} & set(e.actors) for e in ev.events)


# -- "all participants": those at the meeting -----------------------------------------------------------------------
def test_all_participants_are_those_at_the_meeting(extractor) -> None:
    got = pairs(extract(extractor, "Chile's foreign ministry held a video conference with health experts from Peru, "
                                   "Bolivia and Ecuador. All participants agreed to share information."))
    assert {("AGREE", "CHL", "PER"), ("AGREE", "CHL", "BOL"), ("AGREE", "PER", "CHL")} <= got


def test_participants_of_nothing_are_no_one(extractor) -> None:
    ev = extract(extractor, "Chile and Peru traded insults in May. Many participants at the fair agreed that prices "
                            "were too high.")
    assert not any(e.trigger == "agreed" for e in ev.events)


# -- a mediator's act is no meeting --------------------------------------------------------------------------------
def test_a_mediators_act_is_no_meeting_of_those_it_mediates_between(extractor) -> None:
    got = pairs(extract(extractor, "Chile and Peru clashed along their border in May. Thanks to the mediation of "
                                   "Brazil, the bloodshed stopped. In June, Peru approved a new budget plan to "
                                   "expand cooperation in education."))
    assert ("CONSULT", "BRA", "CHL") in got and ("CONSULT", "BRA", "PER") in got
    assert not any(a == "PER" and r in ("BRA", "CHL") for t, a, r in got if t in ("AGREE", "COOPERATE"))


# -- the conflict's parties: a peace process between two states; a statement by one side ---------------------------
def test_a_peace_process_between_two_states_makes_them_the_conflicts_parties(extractor) -> None:
    got = pairs(extract(extractor, "The peace process between Chile and Peru has stalled. The EU's mediation "
                                   "attempts in 2021 failed."))
    assert ("CONSULT", "EU", "CHL") in got and ("CONSULT", "EU", "PER") in got


def test_a_trade_talk_between_two_states_is_no_conflict(extractor) -> None:
    got = pairs(extract(extractor, "Trade between Chile and Peru grew last year. The EU's mediation attempts in "
                                   "2021 failed."))
    assert not any(a == "EU" for _, a, _ in got)


def test_a_statement_by_one_side_makes_the_speaker_a_party(extractor) -> None:
    text = ("In the spring, our villages were subjected to aggression by the Peruvian armed forces. Thanks to the "
            "mediation efforts of Brazil, it was possible to stop the bloodshed.")
    got = pairs(extract(extractor, text, title="Chile: statement in the General Debate",
                        source="Gabriel Boric, President of Chile"))
    assert ("CONSULT", "BRA", "CHL") in got and ("CONSULT", "BRA", "PER") in got


def test_no_speaker_no_own_conflict(extractor) -> None:
    text = ("In the spring, villages were subjected to aggression by the Peruvian armed forces. Thanks to the "
            "mediation efforts of Brazil, it was possible to stop the bloodshed.")
    got = pairs(extract(extractor, text, title="Villages under fire", source="A newspaper"))
    assert not any(a == "BRA" and r == "CHL" for _, a, r in got)


# -- the speaker: a state from the metadata under its full official name -------------------------------------------
@pytest.mark.parametrize(("title", "source", "state"), [
    ("Statement by the Ministry of Foreign Affairs of the Republic of Azerbaijan", None, "AZE"),
    ("Press release on the meeting", "Ministry of Foreign Affairs of the Kyrgyz Republic", "KGZ"),
    ("Statement of the Spokesperson of the Ministry of Foreign Affairs of Georgia", None, "GEO"),
    ("Address by President of the Republic of Kazakhstan Kassym-Jomart Tokayev", "Akorda", "KAZ"),
])
def test_the_speaker_comes_from_the_metadata(extractor, title, source, state) -> None:
    got = pairs(extract(extractor, "We will continue to support Ukraine. I spoke with President Zelensky yesterday.",
                        title=title, source=source))
    assert ("CONSULT", state, "UKR") in got


def test_a_news_story_has_no_speaker(extractor) -> None:
    got = pairs(extract(extractor, "We will continue to support Ukraine, a resident said.",
                        title="Life in the border villages", source="A newspaper"))
    assert not any(r == "UKR" for _, _, r in got)


def test_an_official_byline_speaks_for_its_state_without_a_statement_word(extractor) -> None:
    got = pairs(extract(extractor, "We will continue to support Ukraine. I spoke with President Zelensky yesterday.",
                        title="On the situation around Ukraine", source="Ministry of Foreign Affairs of the Republic "
                                                                        "of Armenia"))
    assert ("CONSULT", "ARM", "UKR") in got


def test_a_news_title_about_a_ministry_has_no_speaker(extractor) -> None:
    got = pairs(extract(extractor, "We will continue to support Ukraine. I spoke with President Zelensky yesterday.",
                        title="Armenian Foreign Ministry reshuffle", source="A newspaper"))
    assert not any(a == "ARM" for _, a, _ in got)


def test_the_speakers_person_follows_the_state_in_the_byline(extractor) -> None:
    ev = extract(extractor, "We will continue to support Ukraine.", title="Statement from President Joe Biden",
                 source="The White House (President Joe Biden)")
    assert any(a.id == "person:joe-biden" for a in ev.actors)
    ev = extract(extractor, "We will continue to support Ukraine.",
                 title="Readout of the President's Call with President Recep Tayyip Erdogan of Turkey",
                 source="The White House")
    assert ("AGREE", "USA", "UKR") in pairs(ev)


# -- a spokesperson's answer: the state the question was about ----------------------------------------------------
_BRIEFING = dict(title="Foreign Ministry Spokesperson's Regular Press Conference",
                 source="Ministry of Foreign Affairs of the People's Republic of China")


def test_the_answer_is_about_the_state_the_question_named(extractor) -> None:
    text = ("Q: Kenya held elections on Sunday. What is your comment?\n\nA: We congratulate the people. We will "
            "deepen bilateral cooperation in all fields.")
    assert ("AGREE", "CHN", "KEN") in pairs(extract(extractor, text, **_BRIEFING))


def test_an_answer_about_many_parties_is_not_about_the_state_asked(extractor) -> None:
    text = ("Q: Kenya held elections on Sunday. What is your comment?\n\nA: We will deepen cooperation with all "
            "parties concerned.")
    assert not any(r == "KEN" for t, a, r in pairs(extract(extractor, text, **_BRIEFING)) if t == "AGREE")


def test_a_question_naming_two_states_leaves_the_answer_without_partner(extractor) -> None:
    text = ("Q: Kenya and Uganda held talks on Sunday. What is your comment?\n\nA: We will deepen bilateral "
            "cooperation in all fields.")
    assert not any(a == "CHN" and r in ("KEN", "UGA") for t, a, r in pairs(extract(extractor, text, **_BRIEFING)))


# -- "they" after a meeting; "the government" of the state the title names -----------------------------------------
def test_they_after_a_meeting_past_a_plural_of_place_or_time(extractor) -> None:
    text = ("President Putin spoke with President Xi Jinping and President Tokayev on Monday. In these calls, they "
            "agreed to expand trade.")
    got = pairs(extract(extractor, text))
    assert ("AGREE", "RUS", "CHN") in got and ("AGREE", "CHN", "KAZ") in got


def test_they_after_a_meeting_is_not_a_plural_subject_before_it(extractor) -> None:
    text = ("President Putin spoke with President Xi Jinping on Monday. Analysts said they expected the two to "
            "agree on nothing.")
    assert not any(t == "AGREE" for t, _, _ in pairs(extract(extractor, text)))


def test_the_government_is_the_state_the_title_names_first(extractor) -> None:
    text = "Chile said on Monday that Peru had closed the border. The government recalled its ambassador from Lima."
    assert ("SANCTION", "CHL", "PER") in pairs(extract(extractor, text, title="Chile protests border closure"))
    # a title about the other state makes "the government" that state's (no recall from its own capital)
    assert ("SANCTION", "CHL", "PER") not in pairs(extract(extractor, text, title="Peru closes its border"))


# -- names broken across lines -------------------------------------------------------------------------------------
def test_a_name_broken_across_lines_is_the_name(extractor) -> None:
    ev = extract(extractor, "The United\nStates imposed sanctions on the Russian\nFederation. The European\nUnion "
                            "condemned the Islamic Republic of\nIran.")
    got = pairs(ev)
    assert ("SANCTION", "USA", "RUS") in got and ("ACCUSE", "EU", "IRN") in got
    assert not any("\n" in (a.name or "") for a in ev.actors)
    assert not any(a.id in ("place:united-states", "org:russian-federation", "org:european-union") for a in ev.actors)


def test_a_paragraph_break_still_separates_names(extractor) -> None:
    ev = extract(extractor, "Aid came from the United\n\nStates of the region were silent.")
    assert not any(a.id == "USA" for a in ev.actors)


def test_a_capital_broken_across_lines_is_named_on_one_line(extractor) -> None:
    ev = extract(extractor, "Talks were held in Buenos\nAires between Chile and Peru.")
    assert all("\n" not in (a.name or "") for a in ev.actors)


@pytest.mark.parametrize("words", ["The two heads of state", "The two foreign ministers", "Both prime ministers"])
def test_office_holders_after_a_meeting_are_those_who_met(extractor, words) -> None:
    got = pairs(extract(extractor, f"President Putin met President Xi Jinping in Moscow on Monday. {words} agreed "
                                   "to expand trade."))
    assert ("AGREE", "RUS", "CHN") in got and ("AGREE", "CHN", "RUS") in got


def test_heads_of_departments_are_not_those_who_met(extractor) -> None:
    got = pairs(extract(extractor, "President Putin met President Xi Jinping in Moscow on Monday. The heads of the "
                                   "two customs services agreed to cut queues."))
    assert not any(t == "AGREE" for t, _, _ in got)


# -- agentless conflict events: the conflict's parties -------------------------------------------------------------
@pytest.mark.parametrize("words", ["Shelling continued on Tuesday.", "The shelling continued on Tuesday.",
                                   "Fighting left dozens dead on Tuesday."])
def test_an_agentless_act_of_war_is_the_conflicts_parties(extractor, words) -> None:
    got = {(t, a, r, d) for t, a, r, d in happened(extract(extractor, "Chile and Peru clashed along their border on "
                                                                      "Monday. " + words))}
    assert ("ASSAULT", "CHL", "PER", "2019-11-05") in got and ("ASSAULT", "PER", "CHL", "2019-11-05") in got


def test_a_gerund_with_its_own_object_is_no_agentless_act(extractor) -> None:
    got = pairs(extract(extractor, "Chile and Peru clashed along their border on Monday. Shelling the villages "
                                   "was condemned by Bolivia on Tuesday."))
    assert ("ASSAULT", "BOL", "CHL") not in got


# -- never a state towards itself, nor some actors towards others of them ------------------------------------------
def test_no_event_of_some_actors_towards_others_of_them(extractor) -> None:
    ev = extract(extractor, "Spain and Italy signed a trade deal with Spain's largest bank in May.")
    assert not any(set(e.recipients) < set(e.actors) for e in ev.events)
    assert not any(e.actors == e.recipients and len(e.actors) == 1 for e in ev.events)


def test_mutual_events_stay(extractor) -> None:
    got = pairs(extract(extractor, "Chile and Peru clashed along their border on Monday."))
    assert ("ASSAULT", "CHL", "PER") in got and ("ASSAULT", "PER", "CHL") in got


# -- "they" after two states as one subject; more collective words ---------------------------------------------------
@pytest.mark.parametrize("second", ["They accused each other of starting the fighting on Tuesday.",
                                    "The belligerents accused each other of starting the fighting on Tuesday.",
                                    "The two armies accused each other of starting the fighting on Tuesday.",
                                    "The two capitals accused each other of starting the fighting on Tuesday."])
def test_the_two_who_were_the_subject_are_they(extractor, second) -> None:
    got = pairs(extract(extractor, "Chile and Peru clashed along their border on Monday. " + second))
    assert ("ACCUSE", "CHL", "PER") in got and ("ACCUSE", "PER", "CHL") in got


def test_they_after_other_people_is_not_the_two_states(extractor) -> None:
    got = pairs(extract(extractor, "Chile and Peru signed a trade deal on Monday. Farmers said they would protest "
                                   "against the deal."))
    assert not any(t == "PROTEST" and a in ("CHL", "PER") for t, a, _ in got)


def test_they_two_sentences_later_is_no_one(extractor) -> None:
    got = pairs(extract(extractor, "Chile and Peru clashed along their border on Monday. The weather was cold. They "
                                   "accused Bolivia of arming the rebels."))
    assert not any(t == "ACCUSE" and a in ("CHL", "PER") for t, a, _ in got)


def test_trade_negotiations_between_two_states_are_no_conflict(extractor) -> None:
    got = pairs(extract(extractor, "Trade negotiations between Chile and Peru resumed in May. In June, Brazil "
                                   "called for a ceasefire."))
    assert not any(a == "BRA" and r in ("CHL", "PER") for _, a, r in got)


# -- organs of a state ----------------------------------------------------------------------------------------------
def test_an_organ_named_with_a_state_belongs_to_it(extractor) -> None:
    ev = extract(extractor, "The Government of Georgia and the Ministry of Defence signed a memorandum. The "
                            "Resolute Support Mission in Afghanistan ended in 2021.")
    got = {a.id: a.country for a in ev.actors}
    assert got.get("org:government-of-georgia") == "GEO"
    assert got.get("org:resolute-support-mission-in-afghanistan", None) in (None, "NATO")


# -- "Chile's ally Bolivia": the one named acts, not the relation's owner ---------------------------------------------
@pytest.mark.parametrize("subject", ["Chile's ally Bolivia", "Its ally Bolivia", "Chile's neighbour Bolivia"])
def test_the_named_end_of_a_relation_acts(extractor, subject) -> None:
    got = pairs(extract(extractor, f"Peru recalled its ambassador from Chile in May. {subject} condemned Peru."))
    assert ("ACCUSE", "BOL", "PER") in got and ("ACCUSE", "CHL", "PER") not in got


def test_a_relation_without_its_other_end_keeps_the_owner(extractor) -> None:
    got = pairs(extract(extractor, "Peru recalled its ambassador from Chile in May. Chile's allies condemned Peru."))
    assert not any(a == "BOL" for _, a, _ in got)
    ev = extract(extractor, "Chile's ally Bolivia condemned Peru.")
    assert any(a.id == "CHL" for a in ev.actors)  # still an actor of the text


# -- "the two sides" right after a meeting of two: those two, not the conflict elsewhere in the text -------------
def test_the_two_sides_after_a_meeting_of_two_are_those_who_met(extractor) -> None:
    got = pairs(extract(extractor, "Russia and Ukraine clashed near Kharkiv on Monday. On Tuesday, Foreign Minister "
                                   "Wang Yi held talks with Foreign Minister Lavrov in Beijing. The two sides agreed "
                                   "to expand trade."))
    assert ("AGREE", "CHN", "RUS") in got and ("AGREE", "RUS", "UKR") not in got


def test_the_two_sides_after_a_mediated_meeting_are_the_conflicts_parties(extractor) -> None:
    got = pairs(extract(extractor, "Russia and Ukraine clashed near Kharkiv on Monday. On Tuesday, Turkey hosted "
                                   "talks between the two sides. The two sides agreed to exchange prisoners."))
    assert ("AGREE", "RUS", "UKR") in got and not any(t == "AGREE" and "TUR" in (a, r) for t, a, r in got)
