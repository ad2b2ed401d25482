"""Events in speeches and statements (issue 12): the speaker's acts towards named states and what a speech reports
— each class on small hand-written texts (invented states and wording), with what must NOT be extracted."""

from __future__ import annotations

import pytest

from multipolar.extract.events_speech import unwrapped
from tests.extract_helpers import extract, happened
from tests.extract_helpers import happened_pairs as got
from tests.extract_helpers import speech as speech_on


def speech(extractor, text: str, published: str = "2015"):  # type: ignore[no-untyped-def]
    return speech_on(extractor, text, published)


def dated(ev) -> set[tuple[str, str, str, str | None]]:  # type: ignore[no-untyped-def]
    return happened(ev)


# -- a correlative comparative states a condition: "the sooner X withdraws, the sooner …" -------------------------
def test_the_sooner_clause_is_no_happening(extractor) -> None:
    ev = speech(extractor, "The sooner Chile withdraws its troops from the occupied lands of Peru, the sooner the "
                           "conflict will be resolved.")
    assert not any(t == "RETREAT" for t, _, _ in got(ev))


def test_a_plain_withdrawal_still_happens(extractor) -> None:
    ev = extract(extractor, "Chile withdrew its troops from the border with Peru on Monday.")
    assert ("RETREAT", "CHL", "PER") in got(ev)


# -- what efforts were aimed at did not happen ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Brazil and Mexico made efforts aimed at withdrawing Chile's troops from the lands of Peru.",
    "Chile has obstructed the efforts of the mediators, namely Brazil and Mexico, which have been aimed at reaching a "
    "settlement and withdrawing Chile's troops from the lands of Peru.",
])
def test_an_aim_is_no_happening(extractor, sentence) -> None:
    assert not any(t == "RETREAT" for t, _, _ in got(speech(extractor, sentence)))


# -- "committed genocide / atrocities against X": the crime, not a commitment ---------------------------------------
def test_a_crime_committed_is_an_assault(extractor) -> None:
    ev = speech(extractor, "In 1990, Chile committed atrocities against Bolivia.")
    assert ("ASSAULT", "CHL", "BOL", "1990") in dated(ev)
    assert not any(t == "AGREE" for t, _, _ in got(ev))


def test_acts_of_a_crime_committed_are_an_assault(extractor) -> None:
    assert ("ASSAULT", "PER", "CHL") in got(extract(extractor, "Peru committed acts of aggression against Chile."))
    assert not any(t == "ASSAULT" for t, _, _ in got(extract(
        extractor, "Chile committed an act of goodwill towards Bolivia.")))


@pytest.mark.parametrize("sentence", [
    "Chile is committed to a peaceful settlement with Bolivia.",
    "Chile committed to a peaceful settlement with Bolivia last year.",
])
def test_a_commitment_is_no_crime(extractor, sentence) -> None:
    assert not any(t == "ASSAULT" for t, _, _ in got(extract(extractor, sentence)))


# -- hosting refugees from a state is aid to it, not a visit --------------------------------------------------------
def test_hosting_refugees_is_aid(extractor) -> None:
    ev = speech(extractor, "Up to now, Peru has hosted more than 10,000 refugees from Venezuela.")
    assert ("AID", "PER", "VEN") in got(ev)
    assert not any(t == "CONSULT" for t, _, _ in got(ev))


def test_hosting_leaders_stays_a_meeting(extractor) -> None:
    ev = extract(extractor, "Peru hosted the President of Chile in Lima on Monday.")
    assert not any(t == "AID" for t, _, _ in got(ev))


# -- an agreement reached about another state is not the conflict's parties' ----------------------------------------
def test_an_agreement_about_another_state_is_not_the_conflicts(extractor) -> None:
    ev = speech(extractor, "Chile attacked Bolivia in April, and the fighting between Chile and Bolivia went on for "
                           "days. A historic agreement was reached on the nuclear programme of Iran.")
    assert not any(t == "AGREE" and {a, r} == {"CHL", "BOL"} for t, a, r in got(ev))


def test_a_truce_agreed_without_agent_is_the_conflicts(extractor) -> None:
    ev = extract(extractor, "Chile attacked Bolivia in April, and the fighting between Chile and Bolivia went on "
                            "for days. A ceasefire was agreed on Friday.")
    assert any(t == "AGREE" and {a, r} == {"CHL", "BOL"} for t, a, r in got(ev))


# -- a request made of those named, not of the conflict's parties --------------------------------------------------
def test_a_request_of_the_international_community(extractor) -> None:
    ev = speech(extractor, "Chile shelled the villages of Peru again in May. Peru has consistently urged the "
                           "international community to condemn the ceasefire violations.")
    assert not any(t == "REQUEST" and r == "CHL" for t, a, r in got(ev))


def test_a_request_of_a_state_stays(extractor) -> None:
    ev = speech(extractor, "Chile shelled the villages of Peru again in May. We urged Chile to respect the ceasefire.")
    assert ("REQUEST", "PER", "CHL") in got(ev)


# -- "we signed the A-B protocols": both signed, dated by "last year" also across a line break --------------------
def test_a_bilateral_deal_signed_by_both(extractor) -> None:
    ev = speech(extractor, "Last \nyear, after long negotiations, we finally signed the Peruvian-Chilean protocols.")
    assert {("SUPPORT", "PER", "CHL", "2014"), ("SUPPORT", "CHL", "PER", "2014")} <= dated(ev)


def test_a_bilateral_deal_planned_is_the_speakers_promise_only(extractor) -> None:
    ev = speech(extractor, "We plan to sign a Peruvian-Chilean trade agreement in November.")
    assert not any(a == "CHL" for _, a, _ in got(ev))


def test_unwrapped_keeps_length_and_joins_lines() -> None:
    text = "Last \nyear, the  talks\nended.\n\nNew paragraph."
    out = unwrapped(text)
    assert len(out) == len(text) and out.startswith("Last year,") and "the talks ended." in out
    assert "\n\n" in out  # a paragraph break stays


# -- "X deserves praise": the speaker praises X ------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Today it is Brazil and Argentina that deserve praise for their generosity.",
    "Brazil, Argentina and a few other countries deserve our gratitude for their generosity.",
    "Today it is Brazil, Argentina and a few other countries that deserve praise for their generosity.",
])
def test_credit_given_is_praise(extractor, sentence) -> None:
    assert {("SUPPORT", "PER", "BRA"), ("SUPPORT", "PER", "ARG")} <= got(speech(extractor, sentence))


@pytest.mark.parametrize("sentence", [
    "Chile does not deserve praise for its policy.",
    "Chile may deserve praise one day.",
    "Chile deserves a reply.",
])
def test_no_credit_given(extractor, sentence) -> None:
    assert not any(t == "SUPPORT" for t, _, _ in got(speech(extractor, sentence)))


def test_credit_outside_a_statement_is_nobodys(extractor) -> None:
    assert not got(extract(extractor, "Brazil deserves praise for its generosity, the newspaper wrote."))


# -- regret and occupation said of a state: the speaker accuses it -----------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Chile, unfortunately, backtracked from its commitments.",
    "Regrettably, Chile has walked away from the talks.",
    "Chile continues to occupy two provinces of our country.",
])
def test_regret_or_occupation_is_an_accusation(extractor, sentence) -> None:
    assert ("ACCUSE", "PER", "CHL") in got(speech(extractor, sentence))


@pytest.mark.parametrize("sentence", [
    "Unfortunately, we could not attend the meeting in Chile.",
    "Chile, fortunately, kept its commitments.",
])
def test_no_accusation_without_blame(extractor, sentence) -> None:
    assert not any(t == "ACCUSE" for t, _, _ in got(speech(extractor, sentence)))


# -- a hostile act by the speaker's adversary with no one named is against the speaker's state -------------------
def test_a_buildup_by_the_adversary_is_against_us(extractor) -> None:
    ev = speech(extractor, "Chile attacked Peru in 2008 and still occupies two provinces of Peru. Since January, "
                           "Chile has accelerated its military build-up in the occupied provinces.")
    assert ("MOBILIZE", "CHL", "PER") in got(ev)


def test_a_buildup_by_a_bystander_is_against_no_one(extractor) -> None:
    ev = speech(extractor, "Peru values its friendship with all. Since January, Brazil has accelerated its military "
                           "build-up.")
    assert not any(t == "MOBILIZE" for t, _, _ in got(ev))


def test_a_buildup_by_a_state_the_speaker_accused_is_against_us(extractor) -> None:
    ev = speech(extractor, "Chile occupies two provinces of our country, which is illegal. Since January, Chile has "
                           "accelerated its military build-up.")
    assert ("MOBILIZE", "CHL", "PER") in got(ev)


def test_a_buildup_by_a_friend_is_against_no_one(extractor) -> None:
    ev = speech(extractor, "Chile has been a good friend. Since January, Chile has accelerated its military build-up.")
    assert not any(t == "MOBILIZE" for t, _, _ in got(ev))


# -- what the speaker's state HAD done is dated by the story around it, what it does now by the speech -------------
def test_the_speakers_pluperfect_act_takes_the_storys_date(extractor) -> None:
    ev = speech(extractor, "In July, Chile attacked the border villages of Peru. Peru had agreed to end hostilities "
                           "within hours, but Chile went on shelling.")
    assert ("AGREE", "PER", "CHL", "2015-07") in dated(ev)


def test_the_speakers_present_readiness_is_dated_when_said(extractor) -> None:
    ev = speech(extractor, "In July, Chile attacked the border villages of Peru. We remain ready to end hostilities.")
    assert ("AGREE", "PER", "CHL", "2015") in dated(ev)


# -- a ceasefire requested and agreed through a mediator: the parties agree, the mediator mediates -----------------
def test_a_truce_agreed_through_a_mediator(extractor) -> None:
    ev = speech(extractor, "In April, Chile launched large-scale attacks against Peru. Chile was forced to request a "
                           "ceasefire, which was agreed pursuant to the mediation efforts of Brazil on 5 April.")
    out = got(ev)
    assert ("REQUEST", "CHL", "PER") in out and ("REQUEST", "CHL", "BRA") not in out  # the mediator is asked nothing
    assert {("AGREE", "CHL", "PER"), ("AGREE", "PER", "CHL")} <= out
    assert {("CONSULT", "BRA", "CHL"), ("CONSULT", "BRA", "PER")} <= out
    assert not any(t == "AGREE" and "BRA" in (a, r) for t, a, r in out)  # nor a party to the truce


def test_mediation_efforts_wished_for_are_no_mediation(extractor) -> None:
    ev = speech(extractor, "Chile attacked Peru in April. We hope for the mediation efforts of Brazil.")
    assert not any(t == "CONSULT" and a == "BRA" for t, a, _ in got(ev))


# -- blame said in a noun phrase: "the aggression of X", "the occupation by X", "X-ian aggression" -----------------
@pytest.mark.parametrize("sentence", [
    "Our people continue to suffer from the aggression of Chile.",
    "Thousands of our citizens were displaced as a result of Chilean aggression.",
    "The occupation of our lands by Chile must end.",
    "We will never accept the illegal occupation by Chile.",
])
def test_blame_in_a_noun_phrase_is_an_accusation(extractor, sentence) -> None:
    assert ("ACCUSE", "PER", "CHL") in got(speech(extractor, sentence))


@pytest.mark.parametrize("sentence", [
    "There was no aggression by Chile.",
    "Chilean investment in our country has grown.",
    "The Chilean people are our friends.",
    "The occupation of Chile ended long ago.",  # Chile suffered it
])
def test_no_blame_in_a_noun_phrase(extractor, sentence) -> None:
    assert not any(t == "ACCUSE" and r == "CHL" for t, _, r in got(speech(extractor, sentence)))


# -- "we are grateful to X and Y": the speaker thanks them ---------------------------------------------------------
def test_gratitude_to_a_list_of_states(extractor) -> None:
    out = got(speech(extractor, "We are grateful to Brazil and Mexico for their assistance."))
    assert {("SUPPORT", "PER", "BRA"), ("SUPPORT", "PER", "MEX")} <= out


@pytest.mark.parametrize("sentence", [
    "We are not grateful to Chile for its words.",
    "Chile is grateful to Brazil for its help.",  # a third state's thanks, not the speaker's
])
def test_no_gratitude_of_the_speaker(extractor, sentence) -> None:
    assert not any(t == "SUPPORT" and a == "PER" for t, a, _ in got(speech(extractor, sentence)))


# -- "X has to / needs to withdraw": the speaker's demand, and no withdrawal yet -----------------------------------
@pytest.mark.parametrize("sentence", [
    "Chile has to withdraw its troops from our territory.",
    "Chile needs to withdraw its troops from our territory.",
])
def test_an_obligation_stated_is_a_request(extractor, sentence) -> None:
    out = got(speech(extractor, sentence))
    assert ("REQUEST", "PER", "CHL") in out and not any(t == "RETREAT" for t, _, _ in out)


def test_what_a_state_had_to_do_it_did(extractor) -> None:
    out = got(speech(extractor, "Chile had to withdraw its troops from our territory in 1990."))
    assert ("RETREAT", "CHL", "PER") in out and ("REQUEST", "PER", "CHL") not in out


# -- "X violated the ceasefire": fire opened (ASSAULT), not a complaint ------------------------------------------
def test_a_truce_violated_is_an_assault(extractor) -> None:
    out = got(speech(extractor, "Chile attacked Peru in April. Despite that agreement, Chile continued to violate the "
                                "ceasefire."))
    assert ("ASSAULT", "CHL", "PER") in out and ("ACCUSE", "CHL", "PER") not in out


def test_other_violations_stay_as_they_were(extractor) -> None:
    out = got(speech(extractor, "Chile violated the airspace of Peru."))
    assert not any(t == "ASSAULT" for t, _, _ in out)


# -- the one blamed in a clause is no partner of a friendly act ---------------------------------------------------
def test_the_occupier_is_no_partner_of_what_we_built(extractor) -> None:
    out = got(speech(extractor, "Chile attacked Peru in 2013. With no foreign support, we have built 100 new towns "
                                "for refugees affected by the Chilean occupation."))
    assert not any(t == "COOPERATE" and r == "CHL" for t, _, r in out)


def test_a_partner_named_beside_the_blamed_stays(extractor) -> None:
    out = got(speech(extractor, "We have built 100 new schools together with Brazil, despite the Chilean aggression."))
    assert ("COOPERATE", "PER", "BRA") in out


# -- a time in a clause hung on a noun is that thing's history, not the story's date ------------------------------
def test_a_nouns_history_does_not_date_the_story(extractor) -> None:
    ev = speech(extractor, "Recently, in early April 2015, Chile launched large-scale attacks against Peru. By its "
                           "offensive actions, Chile has undermined the ceasefire regime established in 1994. Having "
                           "received a response from Peru, Chile was forced to request a ceasefire.")
    assert ("REQUEST", "CHL", "PER", "2015-04") in dated(ev)


# -- "the X-mediated ceasefire": X mediated between the truce's parties, and is no party to it --------------------
def test_a_mediated_truce_in_a_speech(extractor) -> None:
    ev = speech(extractor, "Chile continues to occupy two provinces of Peru. Peru complies with the Brazil-mediated "
                           "ceasefire agreement.")
    out = got(ev)
    assert {("CONSULT", "BRA", "PER"), ("CONSULT", "BRA", "CHL")} <= out


def test_the_broker_is_no_party_to_the_truce(extractor) -> None:
    out = got(extract(extractor, "The US-brokered ceasefire between Chile and Bolivia took effect on Monday."))
    assert {("CONSULT", "USA", "CHL"), ("CONSULT", "USA", "BOL")} <= out
    assert not any(t in ("RETREAT", "AGREE") and a == "USA" for t, a, _ in out)


def test_the_mediator_of_a_trade_deal_is_no_party_to_it(extractor) -> None:
    # (that the EU mediated between the two is tests/test_extract_events_v6b.py's hyphenated mediator, merged in)
    out = got(extract(extractor, "The EU-mediated trade agreement between Chile and Bolivia entered into force."))
    assert not any(t in ("AGREE", "SUPPORT", "RETREAT") and "EU" in (a, r) for t, a, r in out)


# -- a proper name parsed as the event noun's conjunct is none of its parties --------------------------------------
def test_names_run_on_as_conjuncts_of_an_event_noun() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from multipolar.extract.events_speech import name_conjuncts

    words = ["aggression", "against", "Peru", ",", "Brazil", "and", "Mexico"]
    doc = Doc(Vocab(), words=words, heads=[0, 0, 1, 0, 0, 4, 4],
              deps=["ROOT", "prep", "pobj", "punct", "conj", "cc", "conj"],
              pos=["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN"])
    assert name_conjuncts(doc[0]) == {4, 5, 6}
    doc2 = Doc(Vocab(), words=["talks", "and", "visits"], heads=[0, 0, 0], deps=["ROOT", "cc", "conj"],
               pos=["NOUN", "CCONJ", "NOUN"])
    assert name_conjuncts(doc2[0]) == set()


# -- "With its support to Y, X …": the fronted phrase names X's act, whatever the tense of the clause -------------
def test_a_fronted_possessed_act_is_the_subjects(extractor) -> None:
    out = got(speech(extractor, "With its unilateral support to Bolivia and the expansion of military presence there, "
                                "Chile undermines peace in the region."))
    assert ("SUPPORT", "CHL", "BOL") in out


def test_a_trailing_with_phrase_is_no_new_act(extractor) -> None:
    out = got(extract(extractor, "Chile is a country with its own views on trade with Bolivia."))
    assert not any(t in ("SUPPORT", "COOPERATE") for t, _, _ in out)


# -- acting "together with" named states is cooperating with them --------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "We are contributing to the new railway project, which we are implementing together with our Brazilian and "
    "Chilean partners.",
    "Peru is building the new port jointly with Brazil and Chile.",
])
def test_working_together_with_states_is_cooperation(extractor, sentence) -> None:
    assert {("COOPERATE", "PER", "BRA"), ("COOPERATE", "PER", "CHL")} <= got(speech(extractor, sentence))


@pytest.mark.parametrize("sentence", [
    "Peru does not work together with Chile.",
    "If we worked together with Chile, peace would come.",
    "We could build the port together with Chile.",
])
def test_no_joint_work_that_did_not_happen(extractor, sentence) -> None:
    assert not any(t == "COOPERATE" for t, _, _ in got(speech(extractor, sentence)))


# -- a deal signed: SUPPORT (PLOVER) and an agreement reached (AGREE) ----------------------------------------------
def test_a_deal_signed_is_support_and_agreement(extractor) -> None:
    ev = speech(extractor, "We reached a milestone in June 2014, when I signed the Association Agreement with the "
                           "European Union.")
    assert {("SUPPORT", "PER", "EU", "2014-06"), ("AGREE", "PER", "EU", "2014-06")} <= dated(ev)


@pytest.mark.parametrize("sentence", [
    "The President of Chile signed the budget bill for aid to Bolivia into law.",
    "Peru did not sign the agreement with Chile.",
])
def test_no_agreement_reached_without_a_deal_signed(extractor, sentence) -> None:
    assert not any(t == "AGREE" for t, _, _ in got(extract(extractor, sentence)))


# -- "… the suffering of the X-ian people by providing aid": the means serves those the clause names --------------
def test_aid_as_the_means_goes_to_those_it_serves(extractor) -> None:
    out = got(speech(extractor, "Peru is doing what it can to mitigate the suffering of the Chilean people by "
                                "providing humanitarian assistance."))
    assert ("AID", "PER", "CHL") in out


def test_a_means_without_anyone_served_has_no_recipient(extractor) -> None:
    out = got(speech(extractor, "Peru is reforming its economy by providing cheap loans."))
    assert not any(t == "AID" for t, _, _ in out)


# -- refraining from a deal and going back on commitments are refusals (REJECT), not the deal --------------------
@pytest.mark.parametrize("sentence", [
    "Chile refrained from ratifying the protocols signed with Peru.",
    "Chile backtracked from its commitments to Peru.",
    "Chile reneged on its promises to Peru.",
])
def test_going_back_on_a_deal_is_a_rejection(extractor, sentence) -> None:
    out = got(extract(extractor, sentence))
    assert ("REJECT", "CHL", "PER") in out
    assert not any(t in ("SUPPORT", "AGREE") for t, _, _ in out)


def test_not_refraining_is_doing(extractor) -> None:
    out = got(extract(extractor, "Chile did not refrain from ratifying the protocols signed with Peru."))
    assert ("SUPPORT", "CHL", "PER") in out and not any(t == "REJECT" for t, _, _ in out)


# -- condolences and sympathy to the victims in a state are support for that state --------------------------------
@pytest.mark.parametrize("sentence, state", [
    ("Let me express my deepest condolences to the victims of the earthquake in Mexico.", "MEX"),
    ("I extend our sympathy to the Government and people of Nepal.", "NPL"),
])
def test_condolences_are_support(extractor, sentence, state) -> None:
    assert ("SUPPORT", "PER", state) in got(speech(extractor, sentence))


def test_no_sympathy_is_no_support(extractor) -> None:
    assert not any(t == "SUPPORT" for t, _, _ in got(extract(extractor, "Chile has no sympathy for Peru.")))


# -- normalizing relations is cooperating; readiness to normalize is a promise (AGREE) -----------------------------
def test_readiness_to_normalize_relations_is_agreement(extractor) -> None:
    assert ("AGREE", "PER", "CHL") in got(speech(extractor, "We are ready to normalize relations with Chile."))


def test_a_refusal_to_normalize_is_no_cooperation(extractor) -> None:
    out = got(speech(extractor, "Chile refuses to normalize relations with Peru."))
    assert ("REJECT", "CHL", "PER") in out and not any(t in ("COOPERATE", "AGREE") for t, _, _ in out)


@pytest.mark.parametrize("sentence", [
    "Chile has committed itself to a peaceful settlement with Peru.",
    "Peru committed troops to the peacekeeping mission in Haiti.",
])
def test_a_commitment_with_an_object_stays_a_commitment(extractor, sentence) -> None:
    out = got(extract(extractor, sentence))
    assert any(t == "AGREE" for t, _, _ in out) and not any(t == "ASSAULT" for t, _, _ in out)


def test_a_request_of_the_leaders_stays_the_conflicts(extractor) -> None:
    out = got(extract(extractor, "Chile shelled the villages of Peru again in May. Brazil urged the leaders to stop "
                                 "the fighting."))
    assert ("REQUEST", "BRA", "CHL") in out and ("REQUEST", "BRA", "PER") in out


@pytest.mark.parametrize("sentence, aid", [
    ("Peru hosted thousands of displaced people from Venezuela.", True),
    ("Peru hosted a group of students from Chile.", False),
])
def test_hosting_displaced_people_only_is_aid(extractor, sentence, aid) -> None:
    assert any(t == "AID" for t, _, _ in got(extract(extractor, sentence))) == aid
