"""rules.v11 (issue 12), each on small hand-written texts about other states than the gold documents'. Claims: a
figure of people after a verb of harm or displacement ("injures 15 others", "displaced more than 40,000"); what
happened to people is the word nearest the figure; a speech's displaced people are its own when only its own state is
named; "its imports" is the clause subject's when that subject is named before it; "since 2005" is no year for the
story to go on in. Events and dates: seasons are dates ("last autumn", "the summer of 2023"); a noun trigger takes the
time of its own verb's clause; a coordinated clause with its own subject and tense is not hypothetical because the
first one is."""

from __future__ import annotations

from typing import Any

from multipolar.resolve.dates import find_times
from tests.extract_helpers import extract, happened, happened_pairs


def _speech(extractor: Any, text: str, country: str = "Moldova", year: str = "2023") -> Any:
    """``text`` as a UN general-debate statement by ``country``'s foreign minister, dated by its year only."""
    return extract(extractor, text, published=year,
                   title=f"{country}: statement in the General Debate of the UN General Assembly (Foreign Minister)",
                   source=f"Foreign Minister of {country} (UN General Assembly, General Debate)")


def _people(ev: Any) -> list[tuple[str | None, float, str | None]]:
    return sorted(((c.subject, c.value, c.about) for c in ev.claims if c.measure == "people_count"),
                  key=lambda x: x[1])


def test_people_after_a_verb_of_harm_or_displacement_are_counted(extractor: Any) -> None:
    ev = extract(extractor, "A bus crash near Osh kills seven people and injures 15 others.", published="2021-02-03")
    assert _people(ev) == [(None, 7.0, "killed"), (None, 15.0, "wounded")]
    ev = extract(extractor, "In 2021, clashes on the border between Kyrgyzstan and Tajikistan killed at least 55 "
                            "people and displaced more than 40,000.", published="2022-01-01")
    assert _people(ev) == [(None, 55.0, "killed"), (None, 40000.0, "displaced")]
    # money after such a verb is no people
    ev = extract(extractor, "The floods displaced families and destroyed $40 million of crops.", published="2022")
    assert _people(ev) == []


def test_what_happened_to_people_is_said_by_the_word_nearest_the_figure(extractor: Any) -> None:
    ev = _speech(extractor, "Since then, the war in Donbas has claimed the lives of more than 9,500 Ukrainians, and "
                            "over 1.7 million people have been forced to flee their homes.", "Ukraine", "2016")
    assert _people(ev) == [("UKR", 9500.0, "killed"), ("UKR", 1700000.0, "displaced")]


def test_its_imports_are_the_clause_subjects_when_it_is_named_first(extractor: Any) -> None:
    ev = extract(extractor, "The EU is a large market. Uzbekistan doubled its gas imports from Russia between 2020 "
                            "and 2022.", published="2023-03-14")
    assert [(c.subject, c.partner, c.value, c.period) for c in ev.claims] == [("UZB", "RUS", 2.0, "2020/2022")]
    ev = extract(extractor, "Germany is rich. Turkey raised its imports of Russian oil to $20 billion.",
                 published="2023-03-14")
    assert [(c.measure, c.subject, c.partner) for c in ev.claims] == [("import_value", "TUR", "RUS")]


def test_a_year_after_since_is_no_year_for_the_story_to_go_on_in(extractor: Any) -> None:
    ev = extract(extractor, "The EU is Kazakhstan's largest investor, with $160 billion since 2005. Exports of oil "
                            "to Italy were worth $7.4 billion.", published="2023-03-14")
    [oil] = [c for c in ev.claims if c.measure == "export_value"]
    assert oil.period != "2005"
    ev = extract(extractor, "Kazakhstan's exports rose in 2019. Exports of oil to Italy were worth $7.4 billion.",
                 published="2023-03-14")
    [oil] = [c for c in ev.claims if c.measure == "export_value"]
    assert oil.period == "2019"  # (a year named as such still carries)


def test_seasons_are_dates() -> None:
    def first(text: str) -> tuple[str | None, str] | None:
        times = find_times(text, "2024-06-20")
        return (times[0].value, times[0].raw) if times else None

    assert first("They held exercises last autumn.") == ("2023", "last autumn")
    assert first("Last winter was cold.") == ("2023", "Last winter")
    assert first("This autumn the talks resume.") == ("2024", "This autumn")  # (a capital "This" is "this")
    assert first("In the summer of 2023 they met.") == ("2023", "summer of 2023")
    assert first("In spring, talks resumed.") == ("2024", "spring")
    assert first("in winter 2022 the war widened") == ("2022", "winter 2022")
    assert first("The talks resume next summer.") == ("2025", "next summer")
    assert first("The Arab Spring began in Tunisia.") is None
    assert first("Prices fall 2% a year.") is None


def test_a_noun_trigger_takes_the_time_of_its_own_verbs_clause(extractor: Any) -> None:
    ev = extract(extractor, "Russia has deployed troops to Tajikistan since 1992 and conducted joint exercises with "
                            "Kyrgyzstan last autumn.", published="2024-06-20")
    assert ("COOPERATE", "RUS", "KGZ", "2023") in happened(ev)
    ev = extract(extractor, "Russia has deployed troops to Tajikistan since 1992 and held joint exercises with "
                            "Kyrgyzstan in October 2023.", published="2024-06-20")
    assert ("COOPERATE", "RUS", "KGZ", "2023-10") in happened(ev)


def test_a_clause_with_its_own_subject_and_tense_is_not_hypothetical_with_the_first(extractor: Any) -> None:
    ev = extract(extractor, "The EU should do more, and Yerevan has asked Brussels for more monitors.",
                 published="2024-06-20")
    assert happened_pairs(ev) == {("REQUEST", "ARM", "EU")}
    ev = extract(extractor, "If Russia attacks Georgia, the US will impose sanctions and NATO would send troops.",
                 published="2024-06-20")
    assert happened_pairs(ev) == set()


def test_cities_the_registry_does_not_list_are_places_of_their_state(extractor: Any) -> None:
    ev = extract(extractor, "Russian tanks shelled Kharkiv on Monday.", published="2023-05-10")
    assert happened(ev) == {("ASSAULT", "RUS", "UKR", "2023-05-08")}
    ev = extract(extractor, "Israeli tanks fired four shells at targets in Jericho.", published="2023-05-10")
    assert happened_pairs(ev) == {("ASSAULT", "ISR", "PSE")}
    ev = extract(extractor, "President Xi will visit St. Petersburg in July.", published="2020-02-11")
    assert ("AGREE", "CHN", "RUS") in happened_pairs(ev)  # (Russia's city, not Florida's)
    places = {a.id: a.country for a in ev.actors.values()} if isinstance(ev.actors, dict) else \
        {a.id: a.country for a in ev.actors}
    assert places.get("place:st-petersburg") == "RUS"


def test_words_and_names_that_are_also_cities_are_no_places(extractor: Any) -> None:
    for text in ("The Nice summit ended.", "Split was calm.", "The Yerevan Metro carries many people.",
                 "Leaders of Asia met.", "President Salvador Sanchez Ceren of El Salvador will attend the Expo."):
        ev = extract(extractor, text, published="2023-05-10")
        acts = ev.actors.values() if isinstance(ev.actors, dict) else ev.actors
        assert not [a for a in acts if a.kind == "place" and a.country not in (None, "ARM", "SLV")], text


def test_a_protest_is_by_the_people_of_the_place_it_is_held_in(extractor: Any) -> None:
    ev = extract(extractor, "Protesters rallied in Chisinau against Russia on Sunday.", published="2023-05-10")
    assert happened(ev) == {("PROTEST", "MDA", "RUS", "2023-05-07")}
    ev = extract(extractor, "Opposition supporters held a demonstration in Belgrade against Kosovo's independence.",
                 published="2023-05-10")
    assert happened_pairs(ev) == {("PROTEST", "SRB", "XKX")}
    # rallying others is no protest
    assert not [e for e in extract(extractor, "The US rallied its allies against Russia.").events
                if e.type == "PROTEST"]
    # a rally's name is no month
    assert [t.value for t in find_times('Nationalists held the "March of Serbs" rally on 14 July.', "2019-08-01")] == \
        ["2019-07-14"]


def test_conduct_described_as_wrong_is_an_accusation(extractor: Any) -> None:
    mfa = dict(published="2023-06-14", title="Foreign Ministry Spokesperson's Regular Press Conference",
               source="Ministry of Foreign Affairs of the People's Republic of China")
    ev = extract(extractor, "The US side has been smearing China and spreading disinformation.", **mfa)
    assert happened(ev) == {("ACCUSE", "CHN", "USA", "2023-06-14")}
    ev = _speech(extractor, "Moscow is using gas as a weapon against our country.")
    assert happened_pairs(ev) == {("ACCUSE", "MDA", "RUS")}


def test_waging_or_launching_a_war_is_force(extractor: Any) -> None:
    ev = extract(extractor, "Russia is waging a brutal war against Ukraine.", published="2023-05-10")
    assert happened_pairs(ev) == {("ASSAULT", "RUS", "UKR")}
    ev = extract(extractor, "Russia launched a war against Ukraine in February 2022.", published="2023-05-10")
    assert happened(ev) == {("ASSAULT", "RUS", "UKR", "2022-02")}
    assert not happened(extract(extractor, "The EU launched a trade war with China.", published="2023-05-10"))


def test_never_recognising_is_a_refusal_stated_now(extractor: Any) -> None:
    ev = _speech(extractor, "Serbia will never recognise the unilateral declaration of independence of Kosovo.",
                 "Serbia", "2019")
    assert happened_pairs(ev) == {("REJECT", "SRB", "XKX")}
    ev = extract(extractor, "The United States will never recognize Russia's claims to Ukraine's territory.",
                 published="2022-09-30")
    assert happened(ev) == {("REJECT", "USA", "RUS", "2022-09-30")}
    # a condition is no refusal
    ev = extract(extractor, "If Georgia does not accept the EU's conditions, it will not be granted candidate status.",
                 published="2023-01-01")
    assert not [e for e in ev.events if e.type == "REJECT"]


def test_two_states_trade_is_bilateral(extractor: Any) -> None:
    mfa = dict(title="Foreign Ministry Spokesperson's Regular Press Conference",
               source="Ministry of Foreign Affairs of the People's Republic of China")
    ev = extract(extractor, "In the first half of this year, China-Kazakhstan trade reached 19.6 billion US dollars.",
                 published="2023-07-20", **mfa)
    assert [(c.measure, c.subject, c.partner) for c in ev.claims] == [("trade_value", "KAZ", "CHN")]
    ev = extract(extractor, "China is Peru's largest trading partner, with bilateral trade exceeding 36 billion US "
                            "dollars last year.", published="2023-07-20", **mfa)
    assert [(c.subject, c.partner) for c in ev.claims if c.measure == "trade_value"] == [("PER", "CHN")]


def test_money_given_to_help_a_state_is_aid_to_it(extractor: Any) -> None:
    ev = extract(extractor, "The United States will provide $12 million to help Vietnam build its chip workforce.",
                 published="2023-09-10")
    assert happened(ev) == {("AGREE", "USA", "VNM", "2023-09-10")}  # a promise of aid
    assert [(c.measure, c.subject, c.partner, c.value) for c in ev.claims] == \
        [("aid_value", "VNM", "USA", 12_000_000.0)]
    ev = extract(extractor, "Japan provided $5 million to help Moldova host refugees.", published="2023-01-19")
    assert happened_pairs(ev) == {("AID", "JPN", "MDA")}


def test_thanks_for_aid_the_thanked_gave_it(extractor: Any) -> None:
    ev = extract(extractor, "President Sandu of Moldova thanked President Biden for the generous assistance.",
                 published="2023-01-19")
    assert happened_pairs(ev) == {("SUPPORT", "MDA", "USA"), ("AID", "USA", "MDA")}


def test_the_place_of_a_summit_is_no_party_to_meetings_there(extractor: Any) -> None:
    ev = extract(extractor, "Mongolian President Khurelsukh met Xi Jinping at the summit in Samarkand in September "
                            "2022.", published="2024-05-02")
    assert happened_pairs(ev) == {("CONSULT", "MNG", "CHN")}
    ev = extract(extractor, "France's Orano agreed to invest in a uranium mine in Mongolia.", published="2024-05-02")
    assert "DZA" not in {a for e in ev.events for a in e.actors + e.recipients}  # a company, not Oran


def test_a_day_or_month_opening_a_sentence_is_of_the_year_just_told(extractor: Any) -> None:
    ev = extract(extractor, "Serbian President Tomislav Nikolic visited Beijing in 2013. In August he signed a "
                            "strategic partnership declaration with Xi Jinping.", published="2024-06-01")
    assert ("SUPPORT", "SRB", "CHN", "2013-08") in happened(ev)
    ev = extract(extractor, "Kazakhstan has been independent since 1991. In August it signed a deal with China.",
                 published="2024-06-01")
    assert ("SUPPORT", "KAZ", "CHN", "2023-08") in happened(ev)  # ("since" names no year of the story)


def test_receiving_or_welcoming_a_visitor_is_a_visit_hosted(extractor: Any) -> None:
    ev = extract(extractor, "Kazakh President Kassym-Jomart Tokayev received Russian President Vladimir Putin in "
                            "Astana in October.", published="2023-12-14")
    # (rules.v19: and the host side of the visit, the host meeting its guest)
    assert happened(ev) == {("CONSULT", "RUS", "KAZ", "2023-10"), ("CONSULT", "KAZ", "RUS", "2023-10")}
    ev = extract(extractor, "Vietnamese President Vo Van Thuong welcomed Chinese leader Xi Jinping to Hanoi on 12 "
                            "December.", published="2023-12-14")
    assert happened(ev) == {("CONSULT", "CHN", "VNM", "2023-12-12"), ("CONSULT", "VNM", "CHN", "2023-12-12")}
    ev = extract(extractor, "Hanoi played host to President Biden in September.", published="2023-12-14")
    assert happened(ev) == {("CONSULT", "USA", "VNM", "2023-09"), ("CONSULT", "VNM", "USA", "2023-09")}
    # money or a decision received or welcomed is no visit
    assert not [e for e in extract(extractor, "Armenia received $50 million from the EU.").events
                if e.type == "CONSULT"]
    assert happened_pairs(extract(extractor, "The US welcomed Armenia's decision.")) == {("SUPPORT", "USA", "ARM")}


def test_strikes_on_a_place_in_a_city_and_weapons_hitting_it(extractor: Any) -> None:
    ev = extract(extractor, "Russia struck a children's hospital in Kyiv on Monday.", published="2024-07-09")
    assert happened(ev) == {("ASSAULT", "RUS", "UKR", "2024-07-08")}
    ev = extract(extractor, "Ukrainian drones hit an oil refinery in Ryazan on Sunday.", published="2024-07-09")
    assert happened(ev) == {("ASSAULT", "UKR", "RUS", "2024-07-07")}
    assert not happened(extract(extractor, "Sanctions hit the Russian economy.", published="2024-07-09"))


def test_abstaining_in_a_vote_yields_nothing(extractor: Any) -> None:
    ev = extract(extractor, "Mongolia abstained in the UN General Assembly vote on Russia's war in Ukraine.",
                 published="2024-05-02")
    assert not [e for e in ev.events if e.type == "CONCEDE"]


def test_what_is_done_by_a_state_accuses_the_doer_not_the_sufferer(extractor: Any) -> None:
    ev = extract(extractor, "The EU condemned the occupation of Georgian territory by Russia.", published="2023-12-14")
    assert happened_pairs(ev) == {("ACCUSE", "EU", "RUS")}


def test_a_speechs_own_accounts_are_the_speakers(extractor: Any) -> None:
    ev = _speech(extractor, "Our trade with the Russian Federation exceeded 3 billion dollars in 2018. Public debt has "
                            "been reduced from 70 percent of GDP in 2015 to 52 percent of GDP today.", "Serbia", "2019")
    debt = sorted((c.subject, c.value, c.period) for c in ev.claims if c.measure == "other")
    assert debt == [("SRB", 52.0, "2019"), ("SRB", 70.0, "2015")]
    ev = _speech(extractor, "More than 600,000 Ukrainians have entered Moldova, and around 90,000 of them remain in "
                            "our country. I express my condolences to the people of Pakistan, who suffered floods that "
                            "killed more than 1,500 people.", "Moldova", "2022")
    assert [(subject, value) for subject, value, _ in _people(ev)] == [(None, 1500.0), ("UKR", 90000.0),
                                                                        ("UKR", 600000.0)]


def test_a_page_named_for_one_state_is_about_it(extractor: Any) -> None:
    ev = extract(extractor, "Ukhnaagiin Khurelsukh was elected president in 2021 with 68% of the vote.",
                 published="2024-01-01", title="Politics of Mongolia", source="Wikipedia")
    assert [(c.subject, c.value, c.period) for c in ev.claims] == [("MNG", 68.0, "2021")]


def test_a_states_own_support_named_inside_another_phrase_is_its_own(extractor: Any) -> None:
    ev = extract(extractor, "Russia's 2008 war with Georgia showed the limits of Western support.",
                 published="2025-08-22")
    assert not [e for e in ev.events if e.type == "SUPPORT" and "RUS" in e.actors]


def test_a_request_is_of_the_one_asked(extractor: Any) -> None:
    ev = extract(extractor, "We call on Russia to withdraw its forces from Ukraine and stop the war.",
                 published="2023-09-10", title="Statement by the President", source="The White House")
    assert happened_pairs(ev) == {("REQUEST", "USA", "RUS")}
    ev = _speech(extractor, "We urge Armenia to withdraw its troops from the occupied territories of Azerbaijan.",
                 "Azerbaijan", "2019")
    assert happened_pairs(ev) == {("REQUEST", "AZE", "ARM")}


def test_joining_sanctions_sanctions_their_target(extractor: Any) -> None:
    ev = _speech(extractor, "Moldova has joined the sanctions imposed by the European Union against Russia.")
    assert happened_pairs(ev) == {("SANCTION", "MDA", "RUS"), ("SANCTION", "EU", "RUS")}


def test_condolences_go_to_the_victims_not_the_striker(extractor: Any) -> None:
    ev = extract(extractor, "Today, I spoke with President Volodymyr Zelenskyy to express my condolences for the "
                            "victims of the Russian missile strike on Dnipro.", published="2023-01-19",
                 title="Statement by the President", source="The White House")
    assert happened_pairs(ev) == {("CONSULT", "USA", "UKR"), ("SUPPORT", "USA", "UKR")}


def test_the_two_sides_go_on_at_the_time_of_their_meeting(extractor: Any) -> None:
    ev = extract(extractor, "On Monday, Premier Li Qiang held talks with Prime Minister Pham Minh Chinh of Viet Nam. "
                            "The two sides signed cooperation documents on trade.", published="2023-06-14")
    assert ("SUPPORT", "CHN", "VNM", "2023-06-12") in happened(ev)


def test_a_un_speechs_president_with_no_state_named_is_its_own(extractor: Any) -> None:
    ev = _speech(extractor, "Last month, President Aleksandar Vucic met President Xi Jinping in Beijing.", "Serbia",
                 "2019")
    assert happened(ev) == {("CONSULT", "SRB", "CHN", "2019-08")}


def test_a_subject_pointing_back_is_the_subject_before(extractor: Any) -> None:
    ev = extract(extractor, "The European Commission has hit back. It froze 22 billion euros in funds for Hungary in "
                            "December.", published="2024-03-01")
    assert happened(ev) == {("SANCTION", "EU", "HUN", "2023-12")}
    ev = extract(extractor, "EU leaders met in Brussels in February. The bloc imposed new sanctions on Belarus.",
                 published="2024-03-01")
    assert ("SANCTION", "EU", "BLR") in happened_pairs(ev)
    ev = extract(extractor, "Russia attacked Ukraine. It also threatened Moldova.", published="2024-03-01")
    assert ("THREATEN", "RUS", "MDA") in happened_pairs(ev)
    # "the alliance" names no state that is not an alliance
    ev = extract(extractor, "Armenia met Iran. The alliance agreed to send troops to Syria.", published="2024-03-01")
    assert not [e for e in ev.events if e.type == "AGREE"]


def test_one_promise_told_by_two_words_is_one_event(extractor: Any) -> None:
    ev = extract(extractor, "NATO leaders met in Vilnius in July. The alliance agreed to send more air defences to "
                            "Ukraine.", published="2024-03-01")
    assert [(e.type, e.date) for e in ev.events if e.type == "AGREE"] == [("AGREE", "2023-07")]


def test_branding_an_act_or_protesting_it_accuses_its_doer(extractor: Any) -> None:
    ev = extract(extractor, "Lithuania called the forced landing by Belarus an act of state terrorism.",
                 published="2021-06-22")
    assert happened_pairs(ev) == {("ACCUSE", "LTU", "BLR")}
    ev = extract(extractor, "Belarus forced a Ryanair jet to land in Minsk on Sunday. The EU called it a hijacking.",
                 published="2021-06-22")
    assert ("ACCUSE", "EU", "BLR") in happened_pairs(ev)
    ev = extract(extractor, "NATO aircraft struck the Chinese embassy. Beijing condemned the strike as a barbaric "
                            "act.", published="2021-06-22")
    assert ("ACCUSE", "CHN", "NATO") in happened_pairs(ev)
    ev = extract(extractor, "A Chinese coastguard vessel rammed a Vietnamese fishing boat in October. Hanoi lodged a "
                            "formal protest.", published="2021-06-22")
    assert ("ACCUSE", "VNM", "CHN") in happened_pairs(ev)
    assert not happened(extract(extractor, "Armenia called the agreement a success.", published="2021-06-22"))


def test_a_move_condemned_is_the_act_its_clause_told(extractor: Any) -> None:
    ev = extract(extractor, "Russia seized a Ukrainian vessel on Monday, a move Kyiv condemned as piracy.",
                 published="2021-06-22")
    assert happened_pairs(ev) == {("COERCE", "RUS", "UKR"), ("ACCUSE", "UKR", "RUS")}


def test_a_name_after_a_fronted_time_without_a_comma_is_the_subject(extractor: Any) -> None:
    ev = extract(extractor, "In 2022 Olaf Scholz visited Vienna.", published="2024-10-10")
    assert happened(ev) == {("CONSULT", "DEU", "AUT", "2022")}


def test_a_month_of_this_year_and_years_passed_since(extractor: Any) -> None:
    def first(text: str) -> str | None:
        times = find_times(text, "2019-09")
        return times[0].value if times else None

    assert first("In February this year, Armenia sent a mission to Syria.") == "2019-02"
    assert first("This May the United States reimposed sanctions.") == "2019-05"
    assert first("In March last year we signed it.") == "2018-03"
    ev = _speech(extractor, "Eleven years have passed since the Russian Federation launched a military aggression "
                            "against my country.", "Georgia", "2019")
    assert ("ASSAULT", "RUS", "GEO", "2008") in happened(ev)


def test_a_title_or_an_initial_ends_no_sentence(extractor: Any) -> None:
    ev = extract(extractor, "Readout of the Call\n\nPresident Joseph R. Biden, Jr. spoke today with President Ilham "
                            "Aliyev of Azerbaijan.", published="2023-09-28", title="Readout",
                 source="The White House")
    assert happened(ev) == {("CONSULT", "USA", "AZE", "2023-09-28")}


def test_a_share_of_my_countrys_land_and_foreign_trade_are_the_speakers(extractor: Any) -> None:
    ev = _speech(extractor, "As a result of the aggression of Armenia, nearly 20 per cent of the territory of my "
                            "country remains under occupation. In 2011 the volume of foreign trade reached 34 billion "
                            "dollars.", "Azerbaijan", "2012")
    assert sorted((c.measure, c.subject, c.value) for c in ev.claims) == [
        ("other", "AZE", 20.0), ("trade_value", "AZE", 34_000_000_000.0)]


def test_thank_you_thanks_no_state_and_a_venue_is_no_party(extractor: Any) -> None:
    ev = _speech(extractor, "On Cyprus, we support the negotiations between the two leaders. Thank you.", "Turkey",
                 "2015")
    assert not [e for e in ev.events if e.trigger == "Thank"]
    ev = _speech(extractor, "The foreign ministers of Armenia and Azerbaijan met in Paris in January and agreed to "
                            "prepare the populations for peace.", "Armenia", "2019")
    assert ("AGREE", "ARM", "AZE", "2019-01") in happened(ev)
    assert not [e for e in ev.events if "FRA" in e.recipients]
    ev = _speech(extractor, "On 9 September in Geneva, Russia and the United States agreed on a package of "
                            "arrangements on the cessation of hostilities in Syria.", "Russia", "2016")
    assert ("AGREE", "RUS", "USA", "2016-09-09") in happened(ev)
    ev = _speech(extractor, "The Minsk agreements remain the only basis for a settlement, but Kiev continues to "
                            "sabotage their implementation.", "Russia", "2016")
    assert happened_pairs(ev) == {("ACCUSE", "RUS", "UKR")}


def test_wire_copy_calls_attacks_and_negated_subjects(extractor: Any) -> None:
    ev = extract(extractor, "Russian President Vladimir Putin called Armenian Prime Minister Nikol Pashinyan on "
                            "Sunday.", published="2022-09-13")
    assert happened(ev) == {("CONSULT", "RUS", "ARM", "2022-09-11")}  # a phone call, not "called on"
    ev = extract(extractor, "Forty-nine Armenian soldiers were killed when Azerbaijani forces shelled towns along the "
                            "border.", published="2022-09-13")
    assert ("ASSAULT", "AZE", "ARM") in happened_pairs(ev)
    assert not happened(extract(extractor, "Neither Moscow nor anyone else came to Armenia's aid in 2020.",
                                published="2022-09-13"))
    assert not happened(extract(extractor, "Iran hosts one of the oldest Armenian communities in the Middle East.",
                                published="2022-09-13"))
    assert not happened(extract(extractor, "Armenia ratified the Rome Statute of the International Criminal Court.",
                                published="2022-09-13"))


def test_its_troops_in_what_a_state_said_are_its_own(extractor: Any) -> None:
    ev = extract(extractor, "Azerbaijan said its troops had repelled an attack and accused Armenia of provocations.",
                 published="2022-09-13")
    assert ("ACCUSE", "AZE", "ARM") in happened_pairs(ev)


def test_a_share_of_a_states_gas_supplied_or_relied_on_is_its_import_share(extractor: Any) -> None:
    for text in ("Russia supplies around 85% of Armenia's natural gas.",
                 "Armenia still depends on Russia for around 85% of its natural gas."):
        ev = extract(extractor, text, published="2024-08-15")
        assert [(c.measure, c.subject, c.partner, c.value) for c in ev.claims] == \
            [("import_share", "ARM", "RUS", 85.0)], text
    ev = extract(extractor, "Georgia relies on Azerbaijan for about a third of its gas.", published="2024-08-15")
    assert [(c.measure, c.subject, c.partner) for c in ev.claims] == [("import_share", "GEO", "AZE")]


def test_aid_received_from_a_state_is_its_aid(extractor: Any) -> None:
    ev = extract(extractor, "In 2008 Armenia received a loan of $500 million from Iran's Export Development Bank.",
                 published="2024-01-01")
    assert happened(ev) == {("AID", "IRN", "ARM", "2008")}
    assert not happened(extract(extractor, "Armenia received a letter from Russia.", published="2024-01-01"))


def test_a_speechs_aggressor_is_the_other_side_and_goes_on_now(extractor: Any) -> None:
    ev = _speech(extractor, "Armenia attacked us in 2020. The aggressor continues to shell our villages.",
                 "Azerbaijan", "2021")
    assert ("ASSAULT", "ARM", "AZE", "2021") in happened(ev)
    ev = _speech(extractor, "Armenia occupied our lands for thirty years. The liberated territories have been almost "
                            "completely destroyed by the occupying power.", "Azerbaijan", "2021")
    assert [e for e in ev.events if e.type == "ASSAULT" and e.actors == ["ARM"]]
