"""rules.v14 (issue 12), each on small hand-written texts about other states than the gold documents'. Envoys
withdrawn, states put on an entity list or a blacklist, and persona non grata whatever the envoy's parse are cuts in
relations. "it" as the object of an act on a state is the state the sentence before was about. A region's states
named together ("the Baltic states", "the five Central Asian republics") are its members, and a party is not its own
counterpart. A spokesperson's "we oppose this" answers the state the question was about. A year that names a thing
("the 1951 treaty") and a deadline ahead ("by April 30") date no act. The Assembly's president congratulated is no
support for his state. A named treaty signed in a relations article is between the article's two states; a
coordinated clause with its own pair of subjects takes no recipient from the clause before. Thanks for support tell
support given; a telephone call told by its purpose happened, and so did what it was for. Troops withdrawn from a
state are not its people, and refugees a speaker's state hosts are not its own."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import claims_of, extract, happened, happened_pairs, speech

MFA = "Ministry of Foreign Affairs of the People's Republic of China"


def test_envoys_withdrawn_and_entity_lists_are_sanctions(extractor: Any) -> None:
    ev = extract(extractor, "Canada and Australia withdrew their ambassadors from Caracas in 2019.")
    assert {("SANCTION", "CAN", "VEN", "2019"), ("SANCTION", "AUS", "VEN", "2019")} <= happened(ev)
    assert not {p for p in happened_pairs(ev) if p[0] == "RETREAT"}
    ev = extract(extractor, "The US Commerce Department added 12 Chinese companies to its Entity List on Tuesday.",
                 published="2024-06-01")
    assert ("SANCTION", "USA", "CHN", "2024-05-28") in happened(ev)


def test_persona_non_grata_and_deadlines(extractor: Any) -> None:
    ev = extract(extractor, "In April 2009 Moldova declared the Romanian ambassador persona non grata.",
                 published="2024-12-01")
    assert ("SANCTION", "MDA", "ROU", "2009-04") in happened(ev)
    ev = extract(extractor, "Pakistan declared Indian defence advisers in Islamabad persona non grata and ordered "
                            "them to leave the country by April 30.", published="2025-04-24")
    assert ("SANCTION", "PAK", "IND", "2025-04-24") in happened(ev)  # dated when done, not by the deadline


def test_it_as_the_object_of_an_act_on_a_state(extractor: Any) -> None:
    ev = extract(extractor, "Ukraine applied for EU membership in February 2022. In June 2022 the EU granted it "
                            "candidate status.", published="2024-06-01")
    # (rules.v32: a status granted backs the state, SUPPORT; earlier rule sets read it as AGREE)
    assert ("SUPPORT", "EU", "UKR", "2022-06") in happened(ev)


def test_a_regions_states_named_together(extractor: Any) -> None:
    ev = extract(extractor, "The Baltic states expelled Russian diplomats in 2022.")
    assert {("SANCTION", s, "RUS") for s in ("EST", "LVA", "LTU")} <= happened_pairs(ev)
    ev = extract(extractor, "The five Central Asian republics signed a declaration with the EU in Astana in October "
                            "2023.", published="2025-06-01")
    assert {("SUPPORT", s, "EU") for s in ("KAZ", "KGZ", "TJK", "TKM", "UZB")} <= happened_pairs(ev)
    assert not {p for p in happened_pairs(ev) if p[2] != "EU"}  # Astana is where, Kazakhstan no counterpart
    ev = extract(extractor, "Central Asia matters to China. China hosted the five presidents in Xi'an in May 2023.",
                 published="2025-06-01")
    assert {("CONSULT", s, "CHN") for s in ("KAZ", "KGZ", "TJK", "TKM", "UZB")} <= happened_pairs(ev)
    # a count that does not fit the region names no one
    ev = extract(extractor, "Two Baltic states expelled Russian diplomats in 2022.")
    assert not {p for p in happened_pairs(ev) if p[1] == "EST"}


def test_a_spokesperson_opposing_this_answers_the_question(extractor: Any) -> None:
    text = ("Q: The US Commerce Department added 12 Chinese companies to its Entity List yesterday. What is your "
            "comment?\n\nA: China firmly opposes this.")
    ev = extract(extractor, text, published="2024-03-06", title="Foreign Ministry Spokesperson's Regular Press "
                 "Conference on March 6, 2024", source=MFA)
    assert any(e.actors == ["CHN"] and e.recipients == ["USA"] and e.type in ("ACCUSE", "REJECT") and
               "opposes this" in text[e.text.start:e.text.end] for e in ev.events)


def test_a_year_naming_a_thing_dates_no_act(extractor: Any) -> None:
    ev = extract(extractor, "The United States reaffirmed its commitment to the Philippines under the 1951 Mutual "
                            "Defense Treaty.", published="2024-04-11")
    assert ("AGREE", "USA", "PHL", "2024-04-11") in happened(ev)
    ev = extract(extractor, "Washington has urged Caracas to respect the 1899 boundary.", published="2023-12-28")
    assert ("REQUEST", "USA", "VEN", "2023-12-28") in happened(ev)
    # a deal signed keeps its year, as does the event noun itself
    ev = extract(extractor, "Moldova signed the 2014 Association Agreement with the EU.", published="2024-12-01")
    assert ("SUPPORT", "MDA", "EU", "2014") in happened(ev)


def test_the_assemblys_president_congratulated_is_no_support_for_his_state(extractor: Any) -> None:
    for text in ("Allow me first to congratulate Ambassador Dennis Francis of Trinidad and Tobago on assuming the "
                 "presidency of the seventy-eighth session.",
                 "I congratulate Mr. Abdulla Shahid of Maldives on his election as President of the General Assembly "
                 "at its seventy-sixth session."):
        assert not happened_pairs(speech(extractor, text)), text
    assert ("SUPPORT", "PER", "CHL") in happened_pairs(speech(extractor, "I congratulate Chile on its elections."))


def test_treaties_in_a_relations_article(extractor: Any) -> None:
    text = ("In 2014 Serbia abstained on a resolution on the territorial integrity of Ukraine. On 25 January 2008 the "
            "two governments signed an energy agreement in Moscow.\n\nIn April 1996 China signed an agreement with "
            "Kyrgyzstan, Kazakhstan, Russia and Tajikistan. The Treaty on Good-Neighbourliness, Friendship and "
            "Cooperation was signed in Beijing on 24 June 2002.")
    ev = extract(extractor, text, published="2024-09-10", title="Russia–Serbia relations", source="Wikipedia")
    assert ("SUPPORT", "RUS", "SRB", "2008-01-25") in happened(ev)
    assert not {p for p in happened_pairs(ev) if "UKR" in p}
    assert {p for p in happened(ev) if p[3] == "2002-06-24"} <= {
        (t, a, r, "2002-06-24") for t in ("SUPPORT", "AGREE") for a, r in (("RUS", "SRB"), ("SRB", "RUS"))}
    ev = extract(extractor, "China and Kazakhstan signed a border agreement in April 1996, and Kyrgyzstan and China "
                            "concluded a separate border agreement on 4 July 1996.", published="2024-10-15")
    assert ("SUPPORT", "KGZ", "CHN", "1996-07-04") in happened(ev)
    assert not {p for p in happened(ev) if p[3] == "1996-07-04" and "KAZ" in p}


def test_thanks_for_support_tell_support_given(extractor: Any) -> None:
    ev = speech(extractor, "I thank the People's Republic of China for its consistent support for the territorial "
                           "integrity of Peru.")
    assert {("SUPPORT", "PER", "CHN"), ("SUPPORT", "CHN", "PER")} <= happened_pairs(ev)
    ev = speech(extractor, "We thank Brazil for its solidarity.")
    assert ("SUPPORT", "BRA", "PER") in happened_pairs(ev)


def test_a_telephone_call_told_by_its_purpose(extractor: Any) -> None:
    ev = extract(extractor, "US President Donald Trump called Indian Prime Minister Narendra Modi on Tuesday to "
                            "condemn the attack and offer full support to India.", published="2025-04-24")
    assert {("CONSULT", "USA", "IND", "2025-04-22"), ("SUPPORT", "USA", "IND", "2025-04-22")} <= happened(ev)
    assert not {p for p in happened_pairs(ev) if p[0] in ("REQUEST", "ACCUSE")}
    ev = extract(extractor, "The EU called on Serbia on Monday to cooperate.", published="2025-04-24")
    assert ("REQUEST", "EU", "SRB") in happened_pairs(ev)


def test_troops_withdrawn_and_refugees_hosted(extractor: Any) -> None:
    got = claims_of(extractor, "Germany agreed to withdraw its roughly 1,100 troops from Mali.", "2024-06-01")
    assert [(c.measure, c.subject, c.value) for c in got] == [("people_count", "DEU", 1100)]
    got = list(speech(extractor, "We host more than five million migrants and refugees.").claims)
    assert [(c.measure, c.subject) for c in got] == [("people_count", None)]
    got = list(speech(extractor, "Close to one million of our citizens became refugees and displaced persons.").claims)
    assert [(c.measure, c.subject) for c in got] == [("people_count", "PER")]


WH = "The White House"


def test_a_summit_readout_names_its_leaders(extractor: Any) -> None:
    text = ("Today, President Biden hosted President Marcos of the Philippines and Prime Minister Kishida of Japan. "
            "The leaders called on China to respect the July 12, 2016 arbitral award. They expressed serious "
            "concerns about the situation. The three countries agreed to conduct a joint maritime exercise next year.")
    ev = extract(extractor, text, published="2024-04-11", title="Readout of the Trilateral Summit", source=WH)
    assert {("REQUEST", s, "CHN", "2024-04-11") for s in ("USA", "PHL", "JPN")} <= happened(ev)
    assert {("AGREE", "PHL", "JPN"), ("AGREE", "USA", "PHL")} <= happened_pairs(ev)
    assert not {p for p in happened_pairs(ev) if p[0] == "ACCUSE"}  # allies who met accuse none of themselves


def test_the_two_leaders_after_two_agreed(extractor: Any) -> None:
    text = ("A British minister visited Guyana on 5 December. Venezuela and Guyana agreed on 10 December to hold "
            "talks. The two leaders met on December 14 on the Caribbean island of St Vincent and the Grenadines.")
    ev = extract(extractor, text, published="2023-12-28")
    assert ("CONSULT", "VEN", "GUY", "2023-12-14") in happened(ev)  # the two who agreed last, where they met no party
    assert not {p for p in happened(ev) if p[0] == "CONSULT" and p[3] == "2023-12-14" and ("GBR" in p or "VCT" in p)}


def test_dates_that_name_things_and_totals_since(extractor: Any) -> None:
    ev = extract(extractor, "In the summer of 2020 Belarus expelled two Polish diplomats.", published="2024-01-10")
    assert ("SANCTION", "BLR", "POL", "2020") in happened(ev)
    ev = speech(extractor, "We support the right of the Palestinian people to a state on the lines of 4 June 1967.")
    assert ("SUPPORT", "PER", "PSE", "2015-09-28") in happened(ev)  # (dated when said)
    ev = extract(extractor, "Since the start of Russia's full-scale invasion in February 2022, the United States has "
                            "committed more than $56 billion in security assistance to Ukraine.",
                 published="2024-09-26", title="Statement", source=WH)
    assert ("AID", "USA", "UKR", "2024-09-26") in happened(ev)
    assert ("AID", "USA", "UKR", "2022-02") not in happened(ev)


def test_acts_told_in_other_shapes(extractor: Any) -> None:
    cases = {
        "On 29 May 2022 Serbian President Aleksandar Vučić and Russian President Vladimir Putin agreed by telephone "
        "on a three-year contract for gas supplies.": {("AGREE", "SRB", "RUS", "2022-05-29"),
                                                      ("CONSULT", "SRB", "RUS", "2022-05-29")},
        "In June 2019 Moldova formed a new coalition government, a move welcomed by the European Union, Russia and "
        "the United States.": {("SUPPORT", "EU", "MDA", "2019-06"), ("SUPPORT", "USA", "MDA", "2019-06")},
        "India and the UAE raised their relationship to a comprehensive strategic partnership in 2023.": {
            ("AGREE", "IND", "ARE", "2023"), ("AGREE", "ARE", "IND", "2023")},
        "In May 2015 Serbian President Tomislav Nikolić attended the Victory Day parade in Moscow.": {
            ("CONSULT", "SRB", "RUS", "2015-05")},
        "In March, Kazakhstan dispatched humanitarian supplies to Ukraine.": {("AID", "KAZ", "UKR", "2024-03")},
        "Japanese Prime Minister Fumio Kishida came to Delhi in March 2023.": {("CONSULT", "JPN", "IND", "2023-03")},
        "Blinken called on President Erdogan in Ankara on Friday.": {("CONSULT", "USA", "TUR", "2024-10-11")},
        "Sudanese army chief Abdel Fattah al-Burhan visited Cairo on Friday. Nine days later, Washington sanctioned "
        "Burhan himself.": {("SANCTION", "USA", "SDN", "2024-10-20")},
        "The EU expects Serbia to cooperate fully with the investigation.": {("REQUEST", "EU", "SRB", "2024-10-15")},
        "\"The Lebanese government is responsible for everything that is fired from its territory,\" Israeli Defense "
        "Minister Israel Katz said on Saturday.": {("ACCUSE", "ISR", "LBN", "2024-10-12")},
        "EU foreign policy chief Josep Borrell said he had spoken with Kosovo Prime Minister Albin Kurti and Serbian "
        "President Aleksandar Vucic on Sunday and urged them to return to the dialogue.": {
            ("REQUEST", "EU", "XKX", "2024-10-13"), ("REQUEST", "EU", "SRB", "2024-10-13")},
        "Venezuelan President Nicolas Maduro has ordered more than 5,600 troops to take part in military exercises "
        "after Britain sent a Royal Navy warship to Guyana.": {("MOBILIZE", "VEN", "GBR", "2024-10-15")},
        "Today, the United States is announcing $135 million in new assistance to Moldova.": {
            ("AID", "USA", "MDA", "2024-10-15")},
    }
    for text, expected in cases.items():
        assert expected <= happened(extract(extractor, text, published="2024-10-15")), text
    ev = extract(extractor, "Since Russia's full-scale invasion of Ukraine in February 2022, the United States has "
                            "provided more than $774 million to Moldova.", published="2024-07-10")
    assert {p for p in happened_pairs(ev) if p[0] == "ASSAULT"} == {("ASSAULT", "RUS", "UKR")}


def test_deals_signed_and_statuses_granted_in_an_encyclopedia(extractor: Any) -> None:
    text = ("Moldova is a parliamentary republic.\n\nIn 2013 the country initialled an Association Agreement with the "
            "European Union, which was signed in June 2014. Moldova applied for EU membership on 3 March 2022, and on "
            "23 June 2022 it was granted candidate status together with Ukraine.\n\nRelations with Russia have been "
            "strained since the Transnistria War of 1992, which ended with a ceasefire agreement signed by Moldovan "
            "President Mircea Snegur and Russian President Boris Yeltsin. In 2014 Russia banned imports of Moldovan "
            "wine after Chișinău signed the Association Agreement.")
    ev = extract(extractor, text, published="2024-11-01", title="Politics of Moldova", source="Wikipedia")
    got = happened(ev)
    # (rules.v32: a status granted backs the state, SUPPORT; earlier rule sets read it as AGREE)
    assert {("SUPPORT", "MDA", "EU", "2014-06"), ("SUPPORT", "EU", "MDA", "2022-06-23"),
            ("SUPPORT", "EU", "UKR", "2022-06-23")} <= got
    assert not {p for p in got if p[0] in ("SUPPORT", "AGREE") and p[3] == "2014" and "RUS" in p}
    assert not {p for p in got if p[0] == "COOPERATE"}


def test_claims_of_v14s_second_part(extractor: Any) -> None:
    def got(text: str, published: str = "2025-06-12") -> set[tuple[Any, ...]]:
        return {(c.measure, c.subject, c.partner, c.value, c.qualifier) for c in claims_of(extractor, text, published)}
    assert got("Russian-Iranian trade exceeded $4 billion last year.") == {
        ("trade_value", "IRN", "RUS", 4e9, "more_than")}
    assert not got("In April 2022 six Chinese Y-20 transport aircraft landed at Belgrade airport.")
    assert not got("Publication: Eurasia Daily Monitor Volume: 20 Issue: 172")
    assert not got("NATO's three littoral members, Bulgaria, Romania and Turkey, have stepped up patrols.")
    assert got("In 2013 Skopje signed loans worth €574 million with China Exim Bank.") == {
        ("loan_value", "MKD", "CHN", 574e6, "exact")}
    assert got("The first group of around 100 Russian military instructors arrived in January 2024.") == {
        ("people_count", "RUS", None, 100, "approx")}
    assert got("Moldova, meanwhile, received €1.9 billion under its Growth Plan.") == {
        ("aid_value", "MDA", None, 1.9e9, "exact")}
    assert got("Mali depends on Russia for grain, while gold accounts for roughly 80 percent of its exports.") == {
        ("export_share", "MLI", None, 80, "approx")}


def test_stances_of_v14(extractor: Any) -> None:
    cases = {
        "In Syria, we support a political solution in accordance with Security Council resolution 2254.": (
            "peace_agreement", "support"),
        "A negotiated peace is better than a protracted war that no one can win.": ("peace_agreement", "support"),
        "We support the legitimate right of the Palestinian people to an independent state.": (
            "self_determination", "support"),
        "Peru will never recognise the unilaterally declared independence of Kosovo.": (
            "self_determination", "oppose"),
        "Peru calls for an end to all foreign interference in Libya.": ("non_interference", "support"),
        "We call on Russia and Ukraine to reach a ceasefire.": ("ceasefire", "support"),
    }
    for text, (issue, polarity) in cases.items():
        assert (issue, polarity) in {(s.issue, s.polarity) for s in speech(extractor, text).stances}, text


def test_third_part_stances_sums_and_warnings(extractor: Any) -> None:
    def stances(text: str) -> set[tuple[str, str, str]]:
        return {(s.holder, s.issue, s.polarity) for s in extract(extractor, text, published="2025-04-10").stances}
    assert {("KAZ", "equidistance", "support"), ("UZB", "equidistance", "support")} <= stances(
        "Such pressure would test the multi-vector foreign policies that Astana and Tashkent have pursued for years.")
    assert ("SRB", "sanctions_on_russia", "oppose") in stances(
        "Serbia remains the only candidate country that has refused to align with EU sanctions on Russia.")
    assert ("FIN", "nato_membership", "support") in stances("Finland joined NATO in April 2023.")
    got = {(c.measure, c.value) for c in claims_of(
        extractor, "The package includes €5 billion in macro-financial assistance loans, €1.8 billion in investments "
                   "and €600 million in grants.", "2024-09-01")}
    assert got == {("loan_value", 5e9), ("investment_value", 1.8e9), ("aid_value", 6e8)}
    text = ("Q: Finland closed its border with Russia. What is your comment?\n\nA: We regard this as an unfriendly "
            "step. Such actions will not remain without a response.")
    ev = extract(extractor, text, published="2023-11-22", title="Briefing by the Foreign Ministry Spokesperson",
                 source=MFA)
    assert {("ACCUSE", "CHN", "FIN", "2023-11-22"), ("THREATEN", "CHN", "FIN", "2023-11-22")} <= happened(ev)


def test_an_election_list_gives_every_party_its_seats(extractor: Any) -> None:
    got = claims_of(extractor, "In the 2019 election to Moldova's parliament, the Socialists won 35 seats, the "
                               "Democratic Party 30, the ACUM bloc 26 and the Sor Party 7.", "2024-12-01")
    assert sorted(c.value for c in got if c.unit == "seats" and c.subject == "MDA") == [7, 26, 30, 35]
