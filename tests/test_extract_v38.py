"""rules.v38 (issue 12), on small hand-written texts; every test but the ten guards fails on the code of rules.v37
(27f9b25; 21 fail there). Events: expulsions told as "kicked … out", "threw out", "ordered four Russians to leave"; a
count expelled with no one named is of those expelled just before, the states named beside the count expelling too; a
veto is towards the state the vetoed draft names; a withdrawal done from the actor's own town in a war told before
gives it up to the other side, and an attack on one's own soil is against the enemy; "the four states" stand for the
one group of four told before even when the sentence names another state; the five Caspian states; a meeting on the
sidelines of a summit is no summit of a body; "before the first meeting" is a time; a refusal told with no one to
receive it is what "the decision" reacted to is about; the state of a place a subject is in is not the sentence's
subject; a condemned act is its doer's, never the place struck; "both sides" called on never include the caller;
"both countries" in a speech are the two besides the speaker; "the two leaders" naming no one are the title's two;
states that only describe a thing promised take no part; help received under its giver's name is the giver's; "the
Alliance" and "the Union" after NATO or the EU are they; the neighbour a state is to live beside receives nothing; a
state reported judging is not accused by the speaker who reports it. Claims: a distance within a state is that
state's; people named by their nationality at another state's embassy are of it. Guards keep what must not change."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import claims_of, extract, happened, happened_pairs, pairs_said


# -- expulsions --------------------------------------------------------------------------------------------------------
def test_kicked_out_and_threw_out_are_expulsions(extractor: Any) -> None:
    text = ("On Monday the Dutch government kicked two Russian diplomats out of The Hague. "
            "Belgium and Norway each threw out one.")
    got = pairs_said(extractor, text, None, published="2018-03-27")
    assert {("SANCTION", "NLD", "RUS"), ("SANCTION", "BEL", "RUS"), ("SANCTION", "NOR", "RUS")} <= got, got


def test_ordered_counted_nationals_to_leave(extractor: Any) -> None:
    got = pairs_said(extractor, "Ireland ordered one Russian diplomat to leave, and Canada ordered four Russians to "
                     "leave the country.", None, published="2018-03-27")
    assert ("SANCTION", "CAN", "RUS") in got, got


def test_a_count_expelled_is_of_those_expelled_before(extractor: Any) -> None:
    text = ("Britain expelled 23 Russian diplomats last week. Its allies followed on Monday. "
            "Spain, Portugal and Greece each expelled two, Hungary and Croatia one apiece.")
    got = pairs_said(extractor, text, None, published="2018-03-27")
    want = {("SANCTION", x, "RUS") for x in ("ESP", "PRT", "GRC", "HUN", "HRV")}
    assert want <= got, got
    assert not {(t, a, r) for t, a, r in got if r in ("HUN", "HRV")}, got


def test_guard_a_count_with_its_people_keeps_their_state(extractor: Any) -> None:
    text = ("Azerbaijan expelled four Iranian diplomats in April. "
            "Tehran retaliated by expelling four Azerbaijani diplomats a few weeks later.")
    got = pairs_said(extractor, text, None, published="2023-06-01")
    assert ("SANCTION", "IRN", "AZE") in got, got


# -- vetoes ------------------------------------------------------------------------------------------------------------
def test_a_veto_is_towards_the_state_the_draft_names(extractor: Any) -> None:
    got = pairs_said(extractor, "In August Russia vetoed a draft resolution that would have extended the sanctions "
                     "regime on Mali.", None, published="2023-09-01")
    assert ("REJECT", "RUS", "MLI") in got, got


def test_guard_a_veto_naming_no_state_has_no_recipient(extractor: Any) -> None:
    got = pairs_said(extractor, "China vetoed the draft resolution on climate security.", None,
                     published="2021-12-14")
    assert not {p for p in got if p[0] == "REJECT"}, got


# -- a town given up in a war ------------------------------------------------------------------------------------------
_WAR = "Russian forces attacked near Bakhmut and Vuhledar on February 10. "


def test_a_withdrawal_from_ones_own_town_is_towards_the_enemy(extractor: Any) -> None:
    text = _WAR + "Ukrainian forces completed their withdrawal from Lysychansk on the night of February 11 to 12."
    got = happened_pairs(extract(extractor, text, published="2023-02-12"))
    assert ("RETREAT", "UKR", "RUS") in got, got


def test_guard_a_withdrawal_asked_for_is_none_done(extractor: Any) -> None:
    text = _WAR + "We call on the Russian Federation to withdraw its troops and munitions from our territory."
    got = pairs_said(extractor, text, "Moldova", published="2023-09-20")
    assert not {p for p in got if p[0] == "RETREAT" and p[2] == "RUS"}, got


# -- a counted group of states -----------------------------------------------------------------------------------------
def test_the_four_states_beside_another_state_named(extractor: Any) -> None:
    text = ("The dialogue brings together Australia, India, Japan and the United States. "
            "Worried by China's claims in the South China Sea, officials of the four states met again in Manila on "
            "12 November 2017, on the sidelines of the ASEAN summit.")
    got = {(t, a, r, d) for t, a, r, d in happened(extract(extractor, text, published="2024-10-15"))
           if t == "CONSULT"}
    assert ("CONSULT", "AUS", "JPN", "2017-11-12") in got and ("CONSULT", "USA", "IND", "2017-11-12") in got, got
    assert not {g for g in got if "CHN" in g[1:3]}, got


def test_a_meeting_named_as_a_time_is_no_meeting(extractor: Any) -> None:
    text = ("The dialogue brings together Australia, India, Japan and the United States. "
            "Beijing lodged protests with all four capitals before the first meeting.")
    got = pairs_said(extractor, text, None, published="2007-06-01")
    assert not {p for p in got if p[0] == "CONSULT"}, got


# -- a refusal reacted to ----------------------------------------------------------------------------------------------
def test_the_decision_reacted_to_is_the_refusal_told_before(extractor: Any) -> None:
    text = ("On July 17th Russia declined to renew the grain corridor agreement. "
            "Wheat futures in Chicago rose by about 8% on July 19th. "
            "Egypt's foreign ministry called the decision \"a stab in the back\" for the world's poor.")
    got = pairs_said(extractor, text, None, published="2023-07-21")
    assert ("ACCUSE", "EGY", "RUS") in got, got
    assert ("ACCUSE", "EGY", "USA") not in got, got


def test_guard_an_attack_reacted_to_is_not_the_victims_move(extractor: Any) -> None:
    text = ("A gunman stormed the Azerbaijani embassy in Tehran, killing a guard. "
            "Two days later Baku evacuated its diplomats and suspended the embassy's work. "
            "Ankara swiftly condemned the attack.")
    got = pairs_said(extractor, text, None, published="2023-02-06")
    assert ("ACCUSE", "TUR", "AZE") not in got, got


# -- the doer of a condemned act ---------------------------------------------------------------------------------------
def test_a_condemned_strike_is_its_doers_not_the_places(extractor: Any) -> None:
    text = ("Russian missiles struck Odesa's port on July 19. "
            "The EU's foreign policy chief condemned the strikes on Odesa.")
    got = pairs_said(extractor, text, None, published="2023-07-20")
    assert ("ACCUSE", "EU", "RUS") in got and ("ACCUSE", "EU", "UKR") not in got, got


def test_guard_a_condemned_act_owned_by_its_doer(extractor: Any) -> None:
    got = pairs_said(extractor, "Saudi Arabia condemned the Iranian attack on Qatar.", None, published="2025-06-24")
    assert ("ACCUSE", "SAU", "IRN") in got and ("ACCUSE", "SAU", "QAT") not in got, got


# -- who "both sides", "both countries" and "the two leaders" are ------------------------------------------------------
def test_both_sides_called_on_are_not_the_caller(extractor: Any) -> None:
    text = ("Azerbaijani forces shelled Armenian border posts on Tuesday. Russia, Armenia's treaty ally, said it was "
            "watching closely. Its spokesman said that Moscow called on both sides to show restraint.")
    got = pairs_said(extractor, text, None, published="2024-02-13")
    assert {("REQUEST", "RUS", "ARM"), ("REQUEST", "RUS", "AZE")} <= got, got


def test_both_countries_besides_the_speaker(extractor: Any) -> None:
    text = ("Georgia stands ready to host Armenia and Azerbaijan in Tbilisi for negotiations, and we urge both "
            "countries to seize the present opportunity.")
    got = pairs_said(extractor, text, "Georgia", published="2023-09-21")
    assert {("REQUEST", "GEO", "ARM"), ("REQUEST", "GEO", "AZE")} <= got, got
    assert not {p for p in got if p[0] == "REQUEST" and p[2] not in ("ARM", "AZE")}, got


def test_the_two_leaders_are_those_the_title_names(extractor: Any) -> None:
    text = ("Today in Hanoi the two governments opened a new chapter. It comes decades after the war. "
            "During their meeting, the two leaders reaffirmed their respect for each other's sovereignty.")
    doc = extract(extractor, text, published="2023-09-10",
                  title="President Biden and General Secretary Trong Announce the U.S.-Vietnam Partnership",
                  source="The White House")
    got = {(s.holder, s.issue, s.target) for s in doc.stances}
    assert {("USA", "sovereignty", "VNM"), ("VNM", "sovereignty", "USA")} <= got, got


def test_states_that_only_describe_a_thing_promised_take_no_part(extractor: Any) -> None:
    text = ("Today President Trump met President Nazarbayev at the White House. Both Presidents committed their "
            "governments to share information on foreign fighters returning from Syria and Iraq.")
    got = pairs_said(extractor, text, None, published="2018-01-16")
    assert not {p for p in got if p[2] in ("SYR", "IRQ")}, got


def test_guard_the_two_sides_after_a_visit_are_the_two_who_met(extractor: Any) -> None:
    text = ("China's pipeline from Turkmenistan crosses Uzbekistan and Kazakhstan. In 2022 Uzbekistan and "
            "Turkmenistan quarrelled over transit fees. In January the Turkmen president paid a state visit to "
            "Beijing. He and Xi raised relations to a comprehensive strategic partnership, and the two sides agreed "
            "to speed up work on a fourth line.")
    got = pairs_said(extractor, text, None, published="2024-06-15")
    assert ("AGREE", "TKM", "CHN") in got and ("AGREE", "TKM", "UZB") not in got, got


# -- the Caspian states; fighting on one's own soil; help received by its giver's name ---------------------------------
def test_the_five_caspian_leaders(extractor: Any) -> None:
    text = ("The Caspian Sea is shared by five states. The five leaders met again at the Caspian Summit in Ashgabat on "
            "29 June 2022, where they agreed to hold the next summit in Tehran.")
    got = pairs_said(extractor, text, None, published="2024-09-15")
    assert {("CONSULT", "AZE", "IRN"), ("AGREE", "KAZ", "TKM"), ("AGREE", "RUS", "IRN")} <= got, got


def test_an_attack_on_ones_own_soil_is_against_the_enemy(extractor: Any) -> None:
    text = _WAR + "Ukrainian forces launched a counteroffensive near Bakhmut on February 12."
    got = happened_pairs(extract(extractor, text, published="2023-02-13"))
    assert ("ASSAULT", "UKR", "RUS") in got, got


def test_help_received_under_its_givers_name(extractor: Any) -> None:
    got = pairs_said(extractor, "Georgia received Chinese loans, and Armenia received Russian weapons.", None,
                     published="2023-07-20")
    assert {("AID", "CHN", "GEO"), ("AID", "RUS", "ARM")} <= got, got
    assert ("AID", "GEO", "CHN") not in got and ("AID", "ARM", "RUS") not in got, got


def test_guard_people_received_are_no_help(extractor: Any) -> None:
    got = pairs_said(extractor, "Georgia has also received some 25,000 Ukrainian citizens who found refuge here.",
                     "Georgia", published="2023-09-21")
    assert not {p for p in got if p[0] == "AID"}, got


def test_the_alliance_named_before_is_nato(extractor: Any) -> None:
    text = ("Finland applied to join NATO in May 2022. In April 2023 Finland became the thirty-first member of the "
            "Alliance.")
    got = pairs_said(extractor, text, None, published="2023-09-20")
    assert ("SUPPORT", "FIN", "NATO") in got, got


def test_guard_the_union_after_another_union_is_not_the_eu(extractor: Any) -> None:
    text = ("The EU remains our largest investor. We are a founding member of the Eurasian Economic Union and we "
            "support the conjunction of the Union with China's Belt and Road Initiative.")
    got = pairs_said(extractor, text, "Kazakhstan", published="2018-09-27")
    assert not {p for p in got if p[2] == "EU" and p[0] == "SUPPORT"}, got


def test_the_neighbour_a_state_is_to_live_beside_receives_nothing(extractor: Any) -> None:
    text = ("We reaffirm our support for the right of the Palestinian people to an independent State living side by "
            "side with Israel.")
    got = pairs_said(extractor, text, "Viet Nam", published="2016-09-25")
    assert ("SUPPORT", "VNM", "PSE") in got and ("SUPPORT", "VNM", "ISR") not in got, got


def test_guard_a_summit_welcomed_keeps_those_who_met(extractor: Any) -> None:
    text = ("We welcome the summits held this year between the leaders of the United States and the Democratic "
            "People's Republic of Korea in Singapore.")
    got = pairs_said(extractor, text, "Kazakhstan", published="2018-09-27")
    assert {("SUPPORT", "KAZ", "USA"), ("SUPPORT", "KAZ", "PRK")} <= got, got


def test_a_state_reported_judging_is_not_accused_by_the_speaker(extractor: Any) -> None:
    doc = extract(extractor, "Q: How do you view the reactions? A: Many countries have reaffirmed their adherence to "
                  "the one-China principle. Russia's foreign ministry said the visit was a clear provocation.",
                  published="2022-08-03", title="Foreign Ministry Spokesperson's Regular Press Conference",
                  source="Ministry of Foreign Affairs of the People's Republic of China")
    assert ("ACCUSE", "CHN", "RUS") not in happened_pairs(doc), happened_pairs(doc)


# -- claims ------------------------------------------------------------------------------------------------------------
def test_a_distance_within_a_state_is_that_states(extractor: Any) -> None:
    got = {(c.measure, c.subject, c.value) for c in claims_of(
        extractor, "The line is about 520 km long. Of this, roughly 213 km lie in China, about 280 km in Kyrgyzstan "
        "and around 30 km in Uzbekistan. The corridor crosses some 55 kilometers of Iranian territory.", "2025-03-10")}
    assert {("distance", "CHN", 213.0), ("distance", "KGZ", 280.0), ("distance", "UZB", 30.0),
            ("distance", "IRN", 55.0)} <= got, got


def test_people_named_by_their_nationality_at_anothers_embassy(extractor: Any) -> None:
    got = {(c.measure, c.subject, c.value) for c in claims_of(
        extractor, "A suicide bomber drove a car into the gates of the Chinese embassy in Bishkek, injuring three "
        "Kyrgyz employees.", "2016-09-01")}
    assert ("people_count", "KGZ", 3.0) in got, got


def test_guard_a_missions_diplomats_are_its_states(extractor: Any) -> None:
    got = {(c.measure, c.subject, c.value) for c in claims_of(
        extractor, "After the expulsions the Russian embassy was left with about 25 diplomats.", "2018-03-26")}
    assert ("people_count", "RUS", 25.0) in got, got
