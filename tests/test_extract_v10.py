"""rules.v10 (issue 12), each on small hand-written texts about other states than the gold documents': force used on
a place of the actor's own (or of no known state) in a running conflict is used on the other side; condemning an
attack "in X" accuses no one in X; freezing is a sanction; applying for membership is a request and joining an
alliance is accession (SUPPORT); a participle's other party is the one its clause's verb acts with; a UN
general-debate statement dated by its year was given in September. Claims: "its economy grew …, driven by … from X" is
the antecedent's; "its second-largest market, taking 12% of exports"; a statement's unowned national figures are the
speaker's, figures about the UN or the world no one's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_helpers import extract, happened, happened_pairs


def _speech(extractor: Any, text: str, country: str = "Moldova", year: str = "2023") -> Any:
    """``text`` as a UN general-debate statement by ``country``'s foreign minister, dated by its year only."""
    return extract(extractor, text, published=year,
                   title=f"{country}: statement in the General Debate of the UN General Assembly (Foreign Minister)",
                   source=f"Foreign Minister of {country} (UN General Assembly, General Debate)")


def test_force_on_an_own_place_in_a_running_conflict_is_force_on_the_other_side(extractor: Any) -> None:
    ev = extract(extractor, "Clashes broke out between Georgia and Russia. Georgian artillery shelled Tskhinvali.")
    assert ("ASSAULT", "GEO", "RUS") in happened_pairs(ev)
    ev = extract(extractor, "Clashes broke out between Moldova and Russia. Moldovan troops attacked the town of "
                            "Tiraspol.")
    assert ("ASSAULT", "MDA", "RUS") in happened_pairs(ev)
    # no running conflict: no one to aim it at
    assert not happened(extract(extractor, "Georgian artillery shelled Tskhinvali."))


def test_condemning_an_attack_in_a_city_accuses_no_one_there(extractor: Any) -> None:
    ev = _speech(extractor, "We condemn the terrorist attack in Moscow.", "Kazakhstan")
    assert not [e for e in ev.events if e.type == "ACCUSE"]
    ev = _speech(extractor, "We condemn Russia's attack on Kyiv.", "Kazakhstan")
    assert ("ACCUSE", "KAZ", "RUS") in happened_pairs(ev)


def test_freezing_a_process_or_assets_is_a_sanction(extractor: Any) -> None:
    ev = extract(extractor, "The EU froze Serbia's accession process in December 2024.")
    assert ("SANCTION", "EU", "SRB", "2024-12") in happened(ev)
    ev = extract(extractor, "Washington froze Venezuelan assets worth $6 billion.")
    assert ("SANCTION", "USA", "VEN") in happened_pairs(ev)


def test_applying_for_membership_is_a_request_and_joining_an_alliance_is_accession(extractor: Any) -> None:
    ev = extract(extractor, "In March 2022, Moldova applied for membership of the European Union.")
    assert happened(ev) == {("REQUEST", "MDA", "EU", "2022-03")}
    ev = extract(extractor, "Ukraine submitted its application for EU membership in February 2022.")
    assert happened_pairs(ev) == {("REQUEST", "UKR", "EU")}  # not a concession ("submit")
    ev = extract(extractor, "Sweden applied to join NATO in May 2022.")
    assert happened_pairs(ev) == {("REQUEST", "SWE", "NATO")}  # the joining is only asked for
    ev = extract(extractor, "Finland joined NATO in April 2023.")
    assert happened(ev) == {("SUPPORT", "FIN", "NATO", "2023-04")}
    ev = extract(extractor, "Kyrgyzstan joined the Eurasian Economic Union in 2015.")
    assert happened_pairs(ev) == {("SUPPORT", "KGZ", "EAEU")}
    # a mission an alliance leads is no accession to the alliance
    ev = extract(extractor, "Moldova joined the NATO-led mission in Kosovo.")
    assert not [e for e in ev.events if e.type == "SUPPORT"]


def test_a_participles_other_party_is_the_one_its_clause_acts_with(extractor: Any) -> None:
    ev = extract(extractor, "The EU has sought closer ties with Kazakhstan, signing a uranium deal in July 2022.")
    assert ("SUPPORT", "EU", "KAZ", "2022-07") in happened(ev)
    ev = extract(extractor, "Brussels reached out to Astana, signing a memorandum on rare metals in May 2023.")
    assert ("SUPPORT", "EU", "KAZ", "2023-05") in happened(ev)


def test_a_general_debate_statement_dated_by_its_year_was_given_in_september(extractor: Any) -> None:
    ev = _speech(extractor, "Last December, the European Council granted Moldova the status of a candidate country.")
    assert ("AGREE", "EU", "MDA", "2022-12") in happened(ev)
    ev = _speech(extractor, "Last month, our Foreign Minister met with his Romanian counterpart in Bucharest.")
    assert ("CONSULT", "MDA", "ROU", "2023-08") in happened(ev)
    # the document's own date is kept as given
    assert ev.document.published == "2023"


@pytest.mark.parametrize("text, exp", [
    # "its" opening the clause is the antecedent's, not the state named after the figure
    ("Moldova is a landlocked country. Its economy grew by 7.2% in 2023, driven by remittances from Russia.",
     [("other", "MDA", None, 7.2, "2023")]),
    # "its second-largest market, taking 12% of exports": the whole is the antecedent's
    ("Moldova is a landlocked country. Romania is its second-largest export market, taking 12% of exports.",
     [("export_partner_rank", "MDA", "ROU", 2.0, None), ("export_share", "MDA", "ROU", 12.0, None)]),
])
def test_its_figures(extractor: Any, text: str, exp: list[tuple[Any, ...]]) -> None:
    got = [(c.measure, c.subject, c.partner, c.value, c.period) for c in extract(extractor, text,
                                                                                  published="2024-05-01").claims]
    assert sorted(got, key=lambda c: c[3]) == exp


@pytest.mark.parametrize("text, exp", [
    ("Unemployment has fallen to its lowest level in decades, 16 per cent.", ("other", "MDA", None, 16.0)),
    ("This year, growth is expected to exceed 7 per cent.", ("other", "MDA", None, 7.0)),
    ("Foreign direct investment reached $2 billion in 2022.", ("investment_value", "MDA", None, 2e9)),
    ("Russia is a big country. Exports to China reached $1.2 billion last year.",
     ("export_value", "MDA", "CHN", 1.2e9)),
    # figures about the UN or the world are no state's
    ("The number of Member States has grown from 51 to 193.", ("other", None, None, 51.0)),
])
def test_a_statements_unowned_national_figures_are_the_speakers(extractor: Any, text: str,
                                                                  exp: tuple[Any, ...]) -> None:
    got = [(c.measure, c.subject, c.partner, c.value) for c in _speech(extractor, text).claims]
    assert got[0] == exp, got


def test_a_blockade_of_a_route_is_coercion_and_force_on_an_own_place_in_a_statement_is_on_the_speaker(
        extractor: Any) -> None:
    ev = _speech(extractor, "Serbia blocked the roads to Kosovo for nine months.", "Albania")
    assert ("COERCE", "SRB", "XKX") in happened_pairs(ev)
    # in a statement, force on a place of the actor's own or of no known state is on the speaker's state
    ev = _speech(extractor, "In 2008, Georgia launched a military attack on Tskhinvali.", "Russia")
    assert ("ASSAULT", "GEO", "RUS", "2008") in happened(ev)
    # demonstrators blocking a road obstruct (CAMEO's protest), no blockade of a state
    ev = extract(extractor, "Demonstrators in Chisinau blocked a road to show their anger at Russia.")
    assert not [e for e in ev.events if e.type == "COERCE"]


def test_a_participle_tells_what_a_past_act_went_on_to_do(extractor: Any) -> None:
    ev = extract(extractor, "Serbia attacked the region, forcing more than 10,000 Albanians to flee.")
    assert ("COERCE", "SRB", "ALB") in happened_pairs(ev)
    # not a present policy ("promoting cooperation"), nor what has no people or state for its object
    ev = extract(extractor, "Protesters rioted at a jail in Serbia, setting fire to mattresses.")
    assert not [e for e in ev.events if e.type == "ASSAULT"]


def test_a_dated_meeting_happened_whatever_it_failed_to_bring(extractor: Any) -> None:
    ev = extract(extractor, "The meeting between the presidents of Serbia and Kosovo in Brussels in August did not "
                            "bring any result.", published="2023-09-20")
    assert ("CONSULT", "SRB", "XKX", "2023-08") in happened(ev)


def test_a_law_that_punishes_is_a_sanction_not_support(extractor: Any) -> None:
    ev = extract(extractor, "On 2 August, the president of Lithuania signed into law a bill imposing sanctions on "
                            "Belarus.", published="2023-09-20")
    assert happened_pairs(ev) == {("SANCTION", "LTU", "BLR")}


def test_a_story_told_on_a_weekday_goes_on_that_day(extractor: Any) -> None:
    ev = extract(extractor, "President Tokayev met President Mirziyoyev in Tashkent on Monday. They signed a treaty "
                            "on allied relations.", published="2022-09-20")
    assert ("SUPPORT", "KAZ", "UZB", "2022-09-19") in happened(ev)


def test_a_backdrop_is_no_act_of_the_one_it_surrounds(extractor: Any) -> None:
    ev = extract(extractor, "The Serbian president flew to Moscow to seek Russia's backing amid mass protests at "
                            "home.")
    assert not [e for e in ev.events if e.type == "PROTEST"]
    assert ("CONSULT", "SRB", "RUS") in happened_pairs(ev)


def test_staying_neutral_between_powers_is_equidistance(extractor: Any) -> None:
    ev = extract(extractor, "Ankara wants to remain neutral between Moscow and Kyiv.")
    assert [(s.holder, s.issue, s.polarity) for s in ev.stances] == [("TUR", "equidistance", "support")]


def test_a_commitment_to_deepening_ties_is_a_promise(extractor: Any) -> None:
    ev = _speech(extractor, "We are committed to deepening our strategic partnership with Romania.")
    assert happened_pairs(ev) == {("AGREE", "MDA", "ROU")}
    ev = _speech(extractor, "We look forward to strengthening our ties with Poland.")
    assert happened_pairs(ev) == {("AGREE", "MDA", "POL")}


def test_overcoming_a_hardship_attacks_no_one(extractor: Any) -> None:
    ev = _speech(extractor, "We overcame the energy crisis thanks to the assistance of the European Union and Romania.")
    assert happened_pairs(ev) == {("AID", "EU", "MDA"), ("AID", "ROU", "MDA")}


def test_the_support_of_our_partners_named_in_apposition_is_theirs_to_us(extractor: Any) -> None:
    ev = _speech(extractor, "The support of our partners, primarily the United States and the European Union, proved "
                            "decisive.")
    assert happened_pairs(ev) == {("SUPPORT", "USA", "MDA"), ("SUPPORT", "EU", "MDA")}
    ev = _speech(extractor, "The assistance of our friends, Romania and Poland, was vital.")
    assert happened_pairs(ev) == {("AID", "ROU", "MDA"), ("AID", "POL", "MDA")}


def test_a_speakers_proposal_asks_it_of_the_states_it_names_or_of_the_other_side(extractor: Any) -> None:
    ev = _speech(extractor, "We propose to complete the withdrawal of Russian ammunition without delay.")
    assert ("REQUEST", "MDA", "RUS") in happened_pairs(ev)
    ev = _speech(extractor, "Russia continues to shell our villages. We propose to complete the exchange of prisoners "
                            "without delay.")
    assert ("REQUEST", "MDA", "RUS") in happened_pairs(ev)
    assert not _speech(extractor, "We do not propose to change the format.").events


def test_seeking_backing_or_loans_from_a_state_is_a_request(extractor: Any) -> None:
    ev = extract(extractor, "The Serbian president flew to Moscow on Monday to seek Putin's backing.")
    assert ("REQUEST", "SRB", "RUS") in happened_pairs(ev)
    ev = extract(extractor, "Serbia is seeking further loans from China.")
    assert happened_pairs(ev) == {("REQUEST", "SRB", "CHN")}


def test_remembering_a_nations_dead_sides_with_the_nation(extractor: Any) -> None:
    ev = extract(extractor, "Today, we remember the millions of Ukrainians who were starved to death, and we mourn "
                            "their loss.", published="2022-11-26", title="Statement by the President on Holodomor",
                 source="The White House")
    assert happened(ev) == {("SUPPORT", "USA", "UKR", "2022-11-26")}


def test_agreeing_with_anothers_position_endorses_it_and_a_promise_is_dated_when_made(extractor: Any) -> None:
    ev = extract(extractor, "China fully agrees with Russia's position on the issue.", published="2020-02-11")
    assert happened(ev) == {("SUPPORT", "CHN", "RUS", "2020-02-11")}
    ev = extract(extractor, "China agreed with Russia to hold talks in May.", published="2020-02-11")
    assert happened(ev) == {("AGREE", "CHN", "RUS", "2020-02-11")}


def test_praising_ones_own_cooperation_with_a_state_is_support_for_it(extractor: Any) -> None:
    ev = extract(extractor, "Kyrgyzstan values its strategic partnership with China.")
    assert happened_pairs(ev) == {("SUPPORT", "KGZ", "CHN")}
    ev = extract(extractor, "Kazakhstan praised its cooperation with Japan.")
    assert happened_pairs(ev) == {("SUPPORT", "KAZ", "JPN")}


def test_a_leader_arriving_in_a_capital_makes_a_visit(extractor: Any) -> None:
    ev = extract(extractor, "On Wednesday, the Iranian foreign minister arrived in Baku for talks.",
                 published="2024-05-11")
    assert ("CONSULT", "IRN", "AZE") in happened_pairs(ev)
    # troops arriving are no visit
    ev = extract(extractor, "On Monday, Russian troops arrived in Serbia.")
    assert not [e for e in ev.events if e.type == "CONSULT"]


def test_a_deal_made_at_a_capital_or_brokered_by_a_third_state_is_between_its_makers(extractor: Any) -> None:
    ev = extract(extractor, "On 8 August, the leaders of Serbia and Kosovo initialled an agreement at the White House, "
                            "in a deal brokered by the United States.", published="2025-08-22")
    out = happened_pairs(ev)
    assert {("AGREE", "SRB", "XKX"), ("AGREE", "XKX", "SRB")} <= out
    assert {("CONSULT", "USA", "SRB"), ("CONSULT", "USA", "XKX")} <= out  # the broker mediated
    assert not [p for p in out if p[0] in ("AGREE", "SUPPORT") and p[2] == "USA"]  # and is no party to the deal


def test_a_joint_body_set_up_by_several_states_is_cooperation_among_them(extractor: Any) -> None:
    ev = extract(extractor, "In January 2024, Turkey, Romania and Bulgaria launched a joint task force to clear mines.",
                 published="2025-08-22")
    out = happened(ev)
    assert {("COOPERATE", "TUR", "ROU", "2024-01"), ("COOPERATE", "ROU", "BGR", "2024-01")} <= out


def test_the_cause_of_an_agentless_passive_names_its_doer(extractor: Any) -> None:
    ev = extract(extractor, "More than 10,000 Albanians were forcibly displaced as a result of the military attack "
                            "by Serbia.")
    assert ("COERCE", "SRB", "ALB") in happened_pairs(ev)
    ev = extract(extractor, "Thousands of Moldovans were expelled following Russia's invasion.")
    assert happened_pairs(ev) == {("SANCTION", "RUS", "MDA")}


def test_a_border_dispute_or_tensions_make_the_parties_of_the_fighting_told_after(extractor: Any) -> None:
    ev = extract(extractor, "Kyrgyzstan and Tajikistan have a long-running border dispute. Fighting left dozens dead "
                            "on Friday. A truce took effect at midnight.", published="2024-09-25")
    out = happened(ev)
    assert {("ASSAULT", "KGZ", "TJK", "2024-09-20"), ("RETREAT", "TJK", "KGZ", "2024-09-20")} <= out
    ev = extract(extractor, "Tensions between Serbia and Kosovo rose in May. Clashes erupted in the north.",
                 published="2024-09-25")
    assert ("ASSAULT", "SRB", "XKX") in happened_pairs(ev)


_STORY = ("Moldovan President Maia Sandu travelled to Brussels on Tuesday to seek emergency aid after Gazprom cut gas "
          "supplies. The EU pledged €250 million in budget support, while Romania agreed to supply up to 90 percent "
          "of the country's electricity. Moldova, a country of 2.6 million people wedged between Romania and "
          "Ukraine, imports almost all of its gas from Russia. Inflation hit 34.6 percent in September, the highest "
          "in Europe. Last year, trade between Moldova and Romania reached 4 billion US dollars, an increase of 20 "
          "percent year on year.")


@pytest.mark.parametrize("exp", [
    # aid pledged with no receiver named: the state the story is about receives it, the giver is the partner
    ("aid_value", "MDA", "EU", 2.5e8, "eur"),
    # "of the country's electricity": the country the story is about
    ("other", "MDA", None, 90.0, "percent"),
    # "Moldova, a country of 2.6 million people wedged between Romania and Ukraine": Moldova's population
    ("people_count", "MDA", None, 2.6e6, "people"),
    # a national statistic told without naming the state, in a story about it
    ("other", "MDA", None, 34.6, "percent"),
    # "an increase of 20 percent": a change, not a share
    ("other", "MDA", "ROU", 20.0, "percent"),
])
def test_a_storys_figures(extractor: Any, exp: tuple[Any, ...]) -> None:
    got = [(c.measure, c.subject, c.partner, c.value, c.unit) for c in
           extract(extractor, _STORY, published="2022-10-05").claims]
    assert exp in got, got


def test_an_encyclopedias_election_figures_and_coordinated_dates(extractor: Any) -> None:
    text = ("# Politics of Moldova\n\nMoldova has been a member of the United Nations since 1992. It signed an "
            "Association Agreement with the "
            "European Union in 2014 and applied for EU membership in March 2022. Relations with Russia have "
            "deteriorated since 2022, and Moldova expelled 45 Russian diplomats in 2023.\n\nIn the 2021 "
            "parliamentary election, the Party of Action and Solidarity won 52.8% of the vote. Turnout was 48.4%.")
    ev = extract(extractor, text, published="2024-06-01", title="Politics of Moldova", source="Wikipedia")
    out = happened(ev)
    assert ("SUPPORT", "MDA", "EU", "2014") in out
    assert ("REQUEST", "MDA", "EU", "2022-03") in out  # the date of its own clause, not of the one before "and"
    got = [(c.measure, c.subject, c.value) for c in ev.claims]
    assert ("other", "MDA", 52.8) in got and ("other", "MDA", 48.4) in got  # not Russia, the state named last


def test_a_transfer_of_arms_to_a_state_is_aid_and_joint_drills_near_a_border_are_no_act_on_its_state(
        extractor: Any) -> None:
    ev = extract(extractor, "The Kremlin announced on July 10 that Russia had completed the transfer of tactical "
                            "nuclear weapons to Belarus.", published="2023-07-12")
    assert happened(ev) == {("AID", "RUS", "BLR", "2023-07-10")}
    ev = extract(extractor, "Belarusian and Russian forces began joint exercises near the Polish border on July 11.",
                 published="2023-07-12")
    assert happened_pairs(ev) == {("COOPERATE", "BLR", "RUS"), ("COOPERATE", "RUS", "BLR")}
    # troops massed near a state's border are mobilised against it
    ev = extract(extractor, "Russia massed troops near the Ukrainian border.")
    assert happened_pairs(ev) == {("MOBILIZE", "RUS", "UKR")}


def test_hosting_fighters_is_no_meeting(extractor: Any) -> None:
    ev = extract(extractor, "Belarus's president met the Russian president on July 9. He sought additional Russian "
                            "economic concessions in exchange for hosting Wagner Group fighters.",
                 published="2023-07-12")
    assert not [e for e in ev.events if e.mode == "host"]


def test_a_war_with_its_wager_and_target_named_is_real(extractor: Any) -> None:
    ev = _speech(extractor, "We strongly condemn Russia's war against Ukraine.", "Georgia")
    assert {("ACCUSE", "GEO", "RUS"), ("ASSAULT", "RUS", "UKR")} <= happened_pairs(ev)
    # a war with one side named tells no one it is fought against
    assert not [e for e in _speech(extractor, "Russia's war has caused suffering.", "Georgia").events
                if e.type == "ASSAULT"]


def test_detention_and_kidnapping_named_as_nouns_are_acts(extractor: Any) -> None:
    ev = _speech(extractor, "Russia continues the illegal detention and kidnapping of Moldovan citizens along the "
                            "administrative line.")
    assert ("COERCE", "RUS", "MDA") in happened_pairs(ev)


def test_a_meeting_dated_by_two_coordinated_times_is_two_meetings(extractor: Any) -> None:
    ev = _speech(extractor, "This year, the presidents of Serbia and Kosovo met in Brussels in June and in Ohrid in "
                            "August.", "Albania")
    dates = {d for t, a, r, d in happened(ev) if t == "CONSULT" and (a, r) == ("SRB", "XKX")}
    assert dates == {"2023-06", "2023-08"}
