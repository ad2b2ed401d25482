"""Stances (rules.v6): who can hold a position, which genocide is meant, who breaches, who complains of a breach,
topic mentions and negatively framed issues. All texts are hand-written."""

from __future__ import annotations

import pytest

from multipolar.sources.document import SourceDocument


def stances(extractor, text: str, speaker: str | None = None):  # type: ignore[no-untyped-def]
    doc = SourceDocument(text=text, origin="test", kind="text", published="2021-05-17",
                         title="Statement" if speaker else None, source=speaker)
    return {(s.holder, s.issue, s.target, s.polarity) for s in extractor.extract(doc).stances}


BORIC = "Gabriel Boric, President of Chile"


# -- holders: a place or a thing holds nothing ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The people of Abkhazia exercised their right to self-determination long ago.",
    "The right of the people of Transnistria to self-determination cannot be suspended by force.",
    "The Abkhazia conflict is still awaiting its just settlement.",
    "The sovereignty of Peru is a basis of the peace process.",
])
def test_places_and_things_hold_no_position(extractor, text: str) -> None:
    got = stances(extractor, text)
    assert not {h for h, *_ in got} & {"GEO", "MDA", "PER"}, got


def test_a_named_subject_still_holds(extractor) -> None:
    assert ("PER", "peace_agreement", None, "support") in stances(extractor, "Peru supports a peaceful settlement.")
    assert ("PER", "peace_agreement", None, "support") in stances(
        extractor, "The government of Peru supports a peaceful settlement.")


# -- genocide: the Armenian genocide, not genocide in general or another one -------------------------------------------
@pytest.mark.parametrize("text", [
    "Peru committed genocide against the Mapuche in 1890.",
    "The Bolivian genocide is recognized by several countries.",
    "Chile attaches great importance to the prevention of genocide.",
    "Chile hosted a forum against the crime of genocide.",
])
def test_genocide_in_general_is_not_the_armenian_genocide(extractor, text: str) -> None:
    assert not any(i == "armenian_genocide_recognition" for _, i, *_ in stances(extractor, text))


def test_the_armenian_genocide_named_and_referred_to(extractor) -> None:
    got = stances(extractor, "Canada recognized the Armenian genocide in 2004. Bolivia still denies the genocide.")
    assert ("CAN", "armenian_genocide_recognition", None, "support") in got
    assert ("BOL", "armenian_genocide_recognition", None, "oppose") in got


# -- breaches: whoever names or suffers them supports the issue; who commits them states no position (issue 12,
# rules.v6b: a breach told by another is the breacher's deed — an event —, not a position it holds; changed from
# "the breacher opposes", which the dev gold, blind annotations included, never requires)
@pytest.mark.parametrize(("text", "want"), [
    ("Bolivia continues to occupy Paraguayan territory.", ("CHL", "territorial_integrity", "PRY", "support")),
    ("Bolivia annexed the northern part of Paraguay in 1932.", ("CHL", "territorial_integrity", "PRY", "support")),
    ("Bolivia has intensified its policy of occupation of Paraguayan lands.",
     ("CHL", "territorial_integrity", "PRY", "support")),
    ("Bolivia's attacks on villages constitute a grave violation of human rights law.",
     ("CHL", "human_rights", None, "support")),
    ("Bolivia's war rhetoric and growing violations of the ceasefire only make things worse.",
     ("CHL", "ceasefire", None, "support")),
])
def test_the_one_who_breaches_states_no_position(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    got = stances(extractor, text, speaker=BORIC)
    assert want in got and not any(h == "BOL" for h, *_ in got), got


def test_the_breacher_is_not_whose_land_it_is(extractor) -> None:
    got = stances(extractor, "I condemn that creeping annexation and Bolivia's disregard for international law.",
                  speaker=BORIC)
    assert ("CHL", "territorial_integrity", "CHL", "support") in got
    assert not any(t == "BOL" for *_, t, _ in got)


# -- who says another breaches X holds X -------------------------------------------------------------------------------
def test_who_complains_of_a_breach_holds_the_issue(extractor) -> None:
    got = stances(extractor, "Paraguay says Bolivia violates its territorial integrity.")
    assert got == {("PRY", "territorial_integrity", "PRY", "support")}


def test_their_own_sovereignty_is_each_ones(extractor) -> None:
    got = stances(extractor, "Both Peru and Chile maintain that the new treaty contains clauses that infringe upon "
                             "their own sovereignty.")
    assert ("PER", "sovereignty", "PER", "support") in got
    assert ("CHL", "sovereignty", "CHL", "support") in got
    assert not any(p == "oppose" for *_, p in got)


# -- paraphrase: issues worded otherwise -------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("We call on both sides to work for de-escalation.", ("CHL", "ceasefire", None, "support")),
    ("Chile pursues a policy of permanent neutrality.", ("CHL", "equidistance", None, "support")),
    ("Villagers there live with their freedom of movement and property rights taken away.",
     ("CHL", "human_rights", None, "support")),
    ("Units of the armed forces of Bolivia infiltrated the sovereign territory of the Republic of Chile.",
     ("CHL", "territorial_integrity", "CHL", "support")),
    ("Units of the armed forces of Bolivia infiltrated the sovereign territory of the Republic of Chile.",
     ("CHL", "sovereignty", "CHL", "support")),
])
def test_paraphrases_v6(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    got = stances(extractor, text, speaker=BORIC)
    assert want in got, got


def test_neutrality_of_an_agency_is_no_foreign_policy(extractor) -> None:
    got = stances(extractor, "We hope the agency will uphold the principles of objectivity, impartiality and "
                             "neutrality.", speaker=BORIC)
    assert not any(i == "equidistance" for _, i, *_ in got)


# -- aid given or received is an event, not a position on humanitarian access ------------------------------------------
@pytest.mark.parametrize("text", [
    "Chile is providing humanitarian assistance to the people of Haiti.",
    "We turned our country from a recipient of humanitarian aid into a donor.",
])
def test_aid_given_is_no_stance(extractor, text: str) -> None:
    assert not any(i == "humanitarian_access" for _, i, *_ in stances(extractor, text, speaker=BORIC))


def test_calling_for_aid_deliveries_is_a_stance(extractor) -> None:
    assert ("CHL", "humanitarian_access", None, "support") in stances(
        extractor, "Chile called for the unhindered delivery of humanitarian aid.")


# -- negatively framed: a withdrawal from a deal is opposition to it ---------------------------------------------------
def test_a_withdrawal_from_a_deal_opposes_it(extractor) -> None:
    got = stances(extractor, "The Bolivian unilateral withdrawal from the peace agreement is the root cause of the "
                             "crisis.", speaker=BORIC)
    assert ("BOL", "peace_agreement", None, "oppose") in got
    assert ("BOL", "peace_agreement", None, "support") not in got


# -- holders of a clause inside a noun phrase, and a possessor that owns the stance, not the issue ---------------------
def test_a_commitment_with_a_goal_is_held_by_those_committed(extractor) -> None:
    got = stances(extractor, "The foreign ministers of Peru and Bolivia met in Lima. All affirmed their commitment to "
                             "negotiations with the goal of finalizing a peace agreement.")
    assert ("PER", "peace_agreement", None, "support") in got
    assert ("BOL", "peace_agreement", None, "support") in got


@pytest.mark.parametrize("text", [
    "Bolivia, instead of negotiating in good faith with a view to finding a durable solution, chose escalation.",
    "The leaders discussed a range of issues, including trade and the prospects of finalizing a peace agreement.",
])
def test_a_clause_not_done_or_only_discussed_holds_nothing(extractor, text: str) -> None:
    got = stances(extractor, text)
    assert not any(i == "peace_agreement" and p == "support" for _, i, _, p in got), got


def test_the_owner_of_a_stance_noun_is_not_the_target(extractor) -> None:
    got = stances(extractor, "The EU's support for the peace process is vital.")
    assert ("EU", "peace_agreement", None, "support") in got
    assert not any(t == "EU" for *_, t, _ in got)


# -- a mere topic mention or setting is not a stance -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The ceasefire in the Bolivia conflict remains an issue for the talks.",
    "Bolivia tries to put the focus on the technical aspects of the ceasefire.",
    "The EU will lose its last mediating tool within this peace process.",
])
def test_topics_and_settings_are_no_stance(extractor, text: str) -> None:
    got = stances(extractor, text, speaker=BORIC)
    assert not any(i in ("peace_agreement", "ceasefire") for _, i, *_ in got), got


def test_a_task_is_a_position(extractor) -> None:
    assert ("CHL", "peace_agreement", None, "support") in stances(
        extractor, "The peaceful resolution of the conflict remains a primary task for us.", speaker=BORIC)


# -- negatively framed: denial nouns, undermining clauses, seizing; idioms of full commitment --------------------------
@pytest.mark.parametrize(("text", "want", "unwanted"), [
    ("Bolivia builds its policy on the justification of the Armenian genocide.",
     ("BOL", "armenian_genocide_recognition", None, "oppose"),
     ("BOL", "armenian_genocide_recognition", None, "support")),
    ("Bolivia's policy and practices undermine the prospects of achieving a political settlement of the conflict.",
     ("CHL", "peace_agreement", None, "support"), ("BOL", "peace_agreement", None, "support")),
    ("Everyone knows that Bolivia continues to occupy two regions of Paraguay's sovereign territory.",
     ("CHL", "territorial_integrity", "PRY", "support"), ("BOL", "territorial_integrity", "PRY", "support")),
    ("My country will spare no effort to achieve the settlement of the conflict.",
     ("CHL", "peace_agreement", None, "support"), ("CHL", "peace_agreement", None, "oppose")),
])
def test_negative_framing_v6(extractor, text: str, want: tuple, unwanted: tuple) -> None:  # type: ignore[type-arg]
    got = stances(extractor, text, speaker=BORIC)
    assert want in got and unwanted not in got, got


def test_condemning_a_denial_is_support(extractor) -> None:
    assert stances(extractor, "Chile condemns the denial of the Armenian genocide.") == {
        ("CHL", "armenian_genocide_recognition", None, "support")}


def test_a_break_away_capital_holds_nothing(extractor) -> None:
    got = stances(extractor, "The bombing of Tskhinvali put an end to all settlement agreements and to the "
                             "territorial integrity of Georgia.")
    assert not any(h == "GEO" for h, *_ in got), got


# -- the speaker: "we", "our", and a bare title in a statement ---------------------------------------------------------
WH = "The White House"


@pytest.mark.parametrize(("text", "want"), [
    ("Our commitment to the peace process remains firm.", ("USA", "peace_agreement", None, "support")),
    ("He underscored the importance of a durable and dignified peace.", ("USA", "peace_agreement", None, "support")),
    ("The Government remains committed to a just, lasting and comprehensive settlement.",
     ("USA", "peace_agreement", None, "support")),
    ("The President thanked Chile for its role in the negotiations on a ceasefire.",
     ("USA", "ceasefire", None, "support")),
    ("The President thanked Chile for its role in the negotiations on a ceasefire.",
     ("CHL", "ceasefire", None, "support")),
    ("Peru's commitment to the peace agenda was welcomed.", ("PER", "peace_agreement", None, "support")),
])
def test_the_speaker_and_those_it_names(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    got = stances(extractor, text, speaker=WH)
    assert want in got, got


def test_a_title_of_another_state_is_not_the_speaker(extractor) -> None:
    got = stances(extractor, "The President of Bolivia rejected the peace plan.", speaker=WH)
    assert ("BOL", "peace_agreement", None, "oppose") in got
    assert ("USA", "peace_agreement", None, "oppose") not in got


def test_a_breach_reported_in_a_statement_is_held_by_the_speaker(extractor) -> None:
    got = stances(extractor, "Bolivia suspended the ceasefire.", speaker=WH)
    assert got == {("BOL", "ceasefire", None, "oppose"), ("USA", "ceasefire", None, "support")}


def test_what_cannot_be_suspended_is_supported(extractor) -> None:
    got = stances(extractor, "The right of peoples to self-determination cannot be suspended by force.", speaker=BORIC)
    assert got == {("CHL", "self_determination", None, "support")}


def test_a_phrase_of_harm_is_no_lasting_peace(extractor) -> None:
    assert stances(extractor, "The war caused lasting damage to peace.") == set()


@pytest.mark.parametrize("text", [
    "Bolivia has intensified the fortification of the occupation line with fences.",
    "Instead of negotiating in good faith, Bolivia disrupts any attempt to settle the conflict by peaceful means.",
])
def test_deeds_against_an_issue_are_no_support(extractor, text: str) -> None:
    got = stances(extractor, text, speaker=BORIC)
    assert not any(h == "BOL" and p == "support" for h, _, _, p in got), got
    assert not any(h == "BOL" for h, *_ in got), got  # a deed told by another (rules.v6b)


# -- economic ties named without a partner: the pair whose ties they are -----------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("Turkey and Iran are working towards an agreement on economic and technical co-operation.",
     {("TUR", "economic_ties_with_iran", None, "support"), ("IRN", "economic_ties_with_turkey", None, "support")}),
    ("Boosting bilateral trade remains a long-standing Chinese and Russian goal.",
     {("CHN", "economic_ties_with_russia", None, "support"), ("RUS", "economic_ties_with_china", None, "support")}),
    ("Normal cooperation between Turkey and Iran is reasonable and legitimate and should be respected.",
     {("TUR", "economic_ties_with_iran", None, "support"), ("IRN", "economic_ties_with_turkey", None, "support")}),
])
def test_ties_of_a_pair(extractor, text: str, want: set) -> None:  # type: ignore[type-arg]
    got = stances(extractor, text)
    assert want <= got, got


@pytest.mark.parametrize("text", [
    "Turkey and Iran discussed economic cooperation.",
    "Bilateral trade between the two fell by half last year.",
])
def test_ties_of_a_pair_only_discussed_or_measured(extractor, text: str) -> None:
    assert not any(i.startswith("economic_ties") for _, i, *_ in stances(extractor, text))


# -- more paraphrase of peace and ceasefire; "both leaders'" are those named before ------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("The policy of the Government seeks to achieve peace through dialogue.",
     ("USA", "peace_agreement", None, "support")),
    ("Chile is committed to peace.", ("CHL", "peace_agreement", None, "support")),
    ("Chile would seek to end the violence.", ("CHL", "ceasefire", None, "support")),
    ("Chile praised the peacemaking efforts of the United Nations.", ("CHL", "peace_agreement", None, "support")),
])
def test_peace_paraphrases_v6(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert want in stances(extractor, text, speaker=WH), text


def test_peace_and_security_in_general_is_no_settlement(extractor) -> None:
    assert stances(extractor, "Chile remains committed to peace and security in the world.") == set()


def test_both_leaders_commitment(extractor) -> None:
    got = stances(extractor, "Mr. Sullivan spoke with the President of Peru and the President of Bolivia. He welcomed "
                             "both leaders' commitment to resolving this issue peacefully.", speaker=WH)
    assert {("PER", "peace_agreement", None, "support"), ("BOL", "peace_agreement", None, "support")} <= got


# -- accusations: the accusers hold what they say the accused breached -------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("Peru and Bolivia accused each other of violating the ceasefire.",
     {("PER", "ceasefire", None, "support"), ("BOL", "ceasefire", None, "support")}),
    ("Peru blamed Bolivia for breaking the truce.", {("PER", "ceasefire", None, "support")}),
    ("Paraguay accused Bolivia of violating its territorial integrity.",
     {("PRY", "territorial_integrity", "PRY", "support")}),  # the accused states nothing (rules.v6b)
])
def test_accusers_hold_the_issue(extractor, text: str, want: set) -> None:  # type: ignore[type-arg]
    assert stances(extractor, text) == want


# -- "their" in a relative clause is the noun the clause follows, not the last state named -----------------------------
def test_their_efforts_in_a_relative_clause(extractor) -> None:
    got = stances(extractor, "Peru is a small country. The peace process moves forward with the mediation of the "
                             "co-chairs of the conference, who continue their persistent efforts aimed at the peaceful "
                             "settlement of the conflict.")
    assert not any(h == "PER" for h, *_ in got), got


def test_its_intent_is_the_subjects(extractor) -> None:
    assert ("GEO", "nato_membership", "GEO", "support") in stances(
        extractor, "Georgia reaffirmed its stated intent to join NATO.")


def test_including_is_no_verb(extractor) -> None:
    got = stances(extractor, "I hope that Bolivia will finally fulfil its international obligations, including the "
                             "2008 ceasefire agreement.", speaker=BORIC)
    assert ("CHL", "ceasefire", "BOL", "support") in got  # (about the state hoped to fulfil it, since rules.v37)


# -- sanctions worded otherwise; "the root cause of the crisis" condemns -----------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("The EU imposed a price cap on Russian oil.", ("EU", "sanctions_on_russia", "RUS", "support")),
    ("Washington tightened export controls on China.", ("USA", "sanctions_on_china", "CHN", "support")),
])
def test_sanctions_paraphrased_v6(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    assert want in stances(extractor, text)


def test_pressure_named_the_root_cause_is_opposed(extractor) -> None:
    got = stances(extractor, "The maximum pressure on Iran is the root cause of the current crisis.", speaker=BORIC)
    assert ("CHL", "sanctions_on_iran", "IRN", "oppose") in got


# -- settling differences by talks is a negotiated settlement; "their dispute" is no target ----------------------------
@pytest.mark.parametrize("text", [
    "We hope the relevant parties will resolve their differences through dialogue and consultation.",
    "Chile supports Peru and Bolivia in properly settling their dispute through negotiation.",
])
def test_settling_disputes_by_talks(extractor, text: str) -> None:
    assert ("CHL", "peace_agreement", None, "support") in stances(extractor, text, speaker=BORIC)


def test_settling_by_force_is_no_settlement(extractor) -> None:
    assert stances(extractor, "They settled the dispute by force.") == set()


# -- passives: the one by whom it is done holds the position -----------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("Bolivia's annexation of Paraguayan land was condemned by the EU.",
     ("EU", "territorial_integrity", "PRY", "support")),
    ("The peace plan was welcomed by Peru.", ("PER", "peace_agreement", None, "support")),
    ("Paraguay condemned the occupation of its regions by Bolivia.",
     ("PRY", "territorial_integrity", "PRY", "support")),
])
def test_passive_agents_hold(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    got = stances(extractor, text)
    assert want in got, got


# -- membership of both blocs; land restored by another ----------------------------------------------------------------
def test_membership_of_both_blocs(extractor) -> None:
    got = stances(extractor, "Moldova seeks to join the EU and NATO.")
    assert {("MDA", "eu_membership", "MDA", "support"), ("MDA", "nato_membership", "MDA", "support")} <= got


def test_liberation_by_another_is_of_its_land(extractor) -> None:
    got = stances(extractor, "Peru welcomed the liberation of the occupied territories by Paraguay.")
    assert ("PER", "territorial_integrity", "PRY", "support") in got
    assert ("PER", "territorial_integrity", "PER", "support") not in got


# -- an issue that only sets the scene, or hangs on a thing the clause is about, is no position ------------------------
@pytest.mark.parametrize("text", [
    "Peru's foreign minister arrived in Lima after talks on a ceasefire.",
    "Peru's president spoke at a conference on human rights.",
    "Bolivia's army launched an offensive despite the ceasefire.",
    "Peru hosted a round of negotiations on a peace agreement.",
    "Following a peace treaty, Peru and Bolivia will be better placed to trade.",
])
def test_scene_and_things_are_no_position(extractor, text: str) -> None:
    assert stances(extractor, text) == set()


@pytest.mark.parametrize(("text", "want"), [
    ("The path of our country's development remains unchanged, aiming at European integration.",
     ("CHL", "eu_membership", "CHL", "support")),
    ("Peru sent observers to monitor the ceasefire.", ("PER", "ceasefire", None, "support")),
    ("Peru's view that a ceasefire is needed was shared by others.", ("PER", "ceasefire", None, "support")),
    ("Our reform agenda puts a strong emphasis on the rule of law.", ("CHL", "rule_of_law", "CHL", "support")),
])
def test_aims_objects_and_views_are_positions(extractor, text: str, want: tuple) -> None:  # type: ignore[type-arg]
    got = stances(extractor, text, speaker=BORIC)
    assert want in got, got


def test_a_denied_complement_is_no_denial_of_the_issue(extractor) -> None:
    got = stances(extractor, "We have never made recognition of the Armenian genocide a precondition for the "
                             "normalization of relations.", speaker=BORIC)
    assert not any(i == "armenian_genocide_recognition" and p == "oppose" for _, i, _, p in got), got
    assert ("BOL", "peace_agreement", None, "oppose") in stances(extractor, "Bolivia does not support the peace plan.")
