"""Issue 12, "read what analysts read": rule classes on small hand-written texts (rules.v3) — the speaker's implied
requests, readiness to work with a state, invitations accepted, parties named only as "between", collective and
pronoun subjects across sentences, undone deals, an event told twice, and the press conference's stances."""

from __future__ import annotations

from tests.extract_helpers import extract, happened

MFA = {"published": "2020-03-04", "title": "Foreign Ministry Spokesperson Wu Ming's Regular Press Conference",
       "source": "Ministry of Foreign Affairs of the People's Republic of China (Spokesperson Wu Ming)"}


def pairs(ev) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(t, a, r) for t, a, r, _ in happened(ev)}


def stances(ev) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(s.holder, s.issue, s.polarity) for s in ev.stances}


# -- speech acts of a statement ------------------------------------------------------------------------------------
def test_what_another_state_should_do_is_the_speaker_asking_it(extractor) -> None:
    got = pairs(extract(extractor, "Norway should withdraw its objection and return to the talks.", **MFA))
    assert ("REQUEST", "CHN", "NOR") in got
    # not in a question, not in a conditional, not in a news story without a speaker
    assert pairs(extract(extractor, "Q: Should Norway withdraw its objection?", **MFA)) == set()
    assert pairs(extract(extractor, "If Norway should fail, we will act.", **MFA)) == set()
    assert pairs(extract(extractor, "Norway should withdraw its objection.", title="News", source="Daily Mail")) \
        == set()


def test_an_obligation_asserted_by_a_state_is_its_request(extractor) -> None:
    got = pairs(extract(extractor, "Peru has asserted that Chile must change its law before a deal can be signed."))
    assert ("REQUEST", "PER", "CHL") in got


def test_encouraging_a_state_is_a_request(extractor) -> None:
    assert ("REQUEST", "CHN", "NOR") in pairs(extract(extractor, "China encourages Norway to keep talking.", **MFA))


def test_readiness_to_work_with_a_state_is_a_promise(extractor) -> None:
    got = pairs(extract(extractor, "We stand ready to work with Kenya to deepen our friendship.", **MFA))
    assert ("AGREE", "CHN", "KEN") in got


def test_accepting_an_invitation_is_a_promise_to_the_host(extractor) -> None:
    text = ("At the invitation of President Xi Jinping, the following leaders will attend the Expo: President of "
            "Kenya Uhuru Kenyatta and Prime Minister of Hungary Viktor Orbán.")
    got = pairs(extract(extractor, text, **MFA))
    assert {("AGREE", "KEN", "CHN"), ("AGREE", "HUN", "CHN")} <= got


def test_the_foreign_ministry_of_a_statement_is_its_state(extractor) -> None:
    text = "Yesterday, the Foreign Ministry had a video conference with experts from Kenya and Peru."
    assert {("CONSULT", "CHN", "KEN"), ("CONSULT", "CHN", "PER")} <= pairs(extract(extractor, text, **MFA))
    # a press conference is a setting, not talks with anyone
    assert pairs(extract(extractor, "At the press conference, Wang said Kenya and Peru are friends.", **MFA)) == set()


# -- participants -------------------------------------------------------------------------------------------------
def test_parties_named_only_after_between_act_on_each_other(extractor) -> None:
    got = pairs(extract(extractor, "On 18 July 2025, a memorandum was signed between Peru, Chile and Bolivia."))
    assert {("SUPPORT", "PER", "CHL"), ("SUPPORT", "CHL", "BOL"), ("SUPPORT", "BOL", "PER")} <= got
    got = pairs(extract(extractor, "Talks were held between Peru and Chile in Moscow."))
    assert got == {("CONSULT", "PER", "CHL"), ("CONSULT", "CHL", "PER")}  # the city is no party


def test_the_two_as_a_subject_are_the_pair_named_before(extractor) -> None:
    text = "Peru and Chile signed a trade deal in 2016. For months the two have been negotiating a new treaty."
    assert ("CONSULT", "PER", "CHL") in pairs(extract(extractor, text))


def test_it_as_a_subject_is_the_state_the_sentence_before_was_about(extractor) -> None:
    text = "Peru signed a loan deal with Chile in 2016. It condemned Bolivia in 2018."
    assert ("ACCUSE", "PER", "BOL") in pairs(extract(extractor, text))
    # "it" after a state named in its own sentence, or an expletive "it", is left alone
    text = "Peru signed a loan deal with Chile in 2016. It is clear that Bolivia condemned Chile."
    assert ("ACCUSE", "PER", "CHL") not in pairs(extract(extractor, text))


# -- clean-ups ----------------------------------------------------------------------------------------------------
def test_a_deal_backed_out_of_is_no_agreement(extractor) -> None:
    got = pairs(extract(extractor, "The administration walked out of the deal with Peru in 2018."))
    assert ("AGREE", "USA", "PER") not in got
    got = pairs(extract(extractor, "The United States walked out of the deal with Peru in 2018."))
    assert ("RETREAT", "USA", "PER") in got and ("AGREE", "USA", "PER") not in got


def test_an_event_told_twice_keeps_its_exact_date(extractor) -> None:
    text = ("In July, an agreement was signed between Peru and Chile. On 18 July 2025, the agreement was signed "
            "between Peru and Chile in Lima.")
    ev = extract(extractor, text, published="2025-09-17")
    dates = {d for t, a, r, d in happened(ev) if (t, a, r) == ("SUPPORT", "PER", "CHL")}
    assert dates == {"2025-07-18"}


# -- the press conference's stances -------------------------------------------------------------------------------
def test_sanctions_named_in_the_question_are_what_the_answer_opposes(extractor) -> None:
    text = ("Q: The US has asked other countries to stop importing oil from Peru, otherwise there will be "
            "unilateral sanctions. How will China cope with that?\n\nA: China always opposes unilateral sanctions.")
    ev = extract(extractor, text, **MFA)
    assert ("CHN", "sanctions_on_peru", "oppose") in stances(ev)
    assert not any(s.holder == "USA" for s in ev.stances)  # the question holds no position


def test_sanctions_judged_unlawful_are_opposed_by_whoever_judges(extractor) -> None:
    text = "The unilateral sanctions the US imposed on Peru are not in line with international law."
    assert ("CHN", "sanctions_on_peru", "oppose") in stances(extract(extractor, text, **MFA))
    ev = extract(extractor, "Sanctions imposed by the US on Iran are illegal, Chile said.")
    assert ("CHL", "sanctions_on_iran", "oppose") in stances(ev)
    assert ("USA", "sanctions_on_iran", "oppose") not in stances(ev)


def test_the_iran_nuclear_deal_is_an_issue(extractor) -> None:
    ev = extract(extractor, "China believes that the JCPOA should be implemented in full.", **MFA)
    assert ("CHN", "iran_nuclear_deal", "support") in stances(ev)
    ev = extract(extractor, "The United States withdrew from the JCPOA in 2018.")
    assert ("USA", "iran_nuclear_deal", "oppose") in stances(ev)


def test_talk_nouns_had_with_a_state_are_talks(extractor) -> None:
    got = pairs(extract(extractor, "In May, Peru had communication with Chile via two video conferences."))
    assert ("CONSULT", "PER", "CHL") in got
    assert pairs(extract(extractor, "The dialogue on security between experts is useful, Peru said.")) == set()


def test_all_after_a_meeting_are_those_who_met(extractor) -> None:
    text = ("Jake Sullivan met the foreign ministers of Armenia and Azerbaijan in Washington. All affirmed their "
            "commitment to negotiations with the goal of finalizing a peace agreement.")
    got = pairs(extract(extractor, text, published="2022-12-22"))
    assert {("AGREE", "ARM", "AZE"), ("AGREE", "AZE", "ARM")} <= got


def test_coordinated_subjects_acting_each_on_their_own_do_not_act_on_each_other(extractor) -> None:
    assert pairs(extract(extractor, "Peru and Chile have invested the most in their railways.")) == set()
    got = pairs(extract(extractor, "Peru and Chile built the railway together."))
    assert ("COOPERATE", "PER", "CHL") in got


def test_a_ban_is_a_sanction_and_drills_are_mobilisation(extractor) -> None:
    assert ("SANCTION", "PER", "CHL") in pairs(extract(extractor, "In 2011 Peru banned the import of Chilean goods."))
    got = pairs(extract(extractor, "Turkey has also conducted drills with F-16 jets in Azerbaijan."))
    assert ("COOPERATE", "TUR", "AZE") in got or ("MOBILIZE", "TUR", "AZE") in got


def test_the_act_an_accusation_is_about_is_alleged_not_reported(extractor) -> None:
    got = pairs(extract(extractor, "Armenia accused Turkey of supporting Azerbaijan."))
    assert got == {("ACCUSE", "ARM", "TUR")}


def test_a_reaction_drawn_from_others_is_theirs(extractor) -> None:
    got = pairs(extract(extractor, "Russia's move drew sharp criticism from Georgia."))
    assert ("ACCUSE", "GEO", "RUS") in got and ("ACCUSE", "RUS", "GEO") not in got


def test_a_time_said_about_something_else_does_not_date_the_event(extractor) -> None:
    text = ("Erdogan criticized France, the US and Russia - the three chairs of the Minsk group that was set up in "
            "1992 - saying they had failed.")
    ev = extract(extractor, text, published="2020-09-29")
    dates = {d for t, a, r, d in happened(ev) if t == "ACCUSE"}
    assert dates and "1992" not in dates
    ev = extract(extractor, "Peru, which signed the deal in 2010, condemned Chile in 2012.")
    assert ("ACCUSE", "PER", "CHL", "2012") in happened(ev)


def test_a_war_the_fighting_escalated_into_is_fought_between_the_named_sides(extractor) -> None:
    got = happened(extract(extractor, "Conflict erupted, escalating into war in 1991 between Peru's troops and "
                                      "Chilean forces."))
    assert {("ASSAULT", "PER", "CHL", "1991"), ("ASSAULT", "CHL", "PER", "1991")} <= got
    got = pairs(extract(extractor, "Deadly fighting raged on Monday between Peruvian and Chilean forces."))
    assert {("ASSAULT", "PER", "CHL"), ("ASSAULT", "CHL", "PER")} <= got
    # a war feared is none
    assert pairs(extract(extractor, "The fighting threatened to escalate into war between Peru and Chile.")) == set()
    assert pairs(extract(extractor, "Analysts fear the clashes could escalate into a war between Peru and Chile.")) \
        == set()


def test_a_truce_named_with_its_date_was_agreed_then_by_the_conflicts_parties(extractor) -> None:
    text = ("In 2008, Russia carried out military aggression against Georgia. Russia has yet to fulfill the August "
            "12, 2008 Ceasefire Agreement brokered by the European Union.")
    got = happened(extract(extractor, text, published="2020-09-25"))
    assert ("AGREE", "RUS", "GEO", "2008-08-12") in got
    assert {("CONSULT", "EU", "RUS", "2008-08-12"), ("CONSULT", "EU", "GEO", "2008-08-12")} <= got
    # an agreement with no date of its own is no event of that kind
    text = "In 2008, Russia attacked Georgia. Russia has yet to fulfill the ceasefire agreement."
    assert not any(t == "AGREE" for t, *_ in happened(extract(extractor, text)))


def test_after_a_meeting_a_commitment_with_no_one_named_is_towards_the_one_met(extractor) -> None:
    text = ("President Biden met President Erdogan of Turkey in Rome. President Biden reaffirmed our strong defense "
            "cooperation.")
    ev = extract(extractor, text, published="2021-10-31", title="Readout of President Biden's Meeting",
                 source="The White House")
    assert ("AGREE", "USA", "TUR") in pairs(ev)
    # far from any meeting, no one is implied
    text = "Peru praised the plan. " * 5 + "Peru reaffirmed its strong defense cooperation."
    assert not any(t == "AGREE" for t, *_ in happened(extract(extractor, text)))


def test_the_deal_walked_out_of_is_the_one_named_before(extractor) -> None:
    text = "In 2015 Iran signed a deal with six world powers. America walked out of the deal in 2018."
    assert ("RETREAT", "USA", "IRN", "2018") in happened(extract(extractor, text))


def test_the_two_countries_are_the_two_the_sentence_names(extractor) -> None:
    text = ("Turkey attacked Cyprus. Four days before, Greece had signed an agreement with Egypt on the two "
            "countries' maritime zones.")
    got = pairs(extract(extractor, text))
    assert ("SUPPORT", "GRC", "EGY") in got
    assert not any(a == "GRC" and r in ("TUR", "CYP") for _, a, r in got)


def test_drawing_down_forces_is_a_retreat(extractor) -> None:
    text = "The Kremlin has reportedly drawn down its forces in Syria in recent months."
    assert ("RETREAT", "RUS", "SYR") in pairs(extract(extractor, text))


def test_last_night_is_the_day_before_publication(extractor) -> None:
    ev = extract(extractor, "Armenia last night accused Turkey of lying.", published="2020-09-29")
    assert ("ACCUSE", "ARM", "TUR", "2020-09-28") in happened(ev)
