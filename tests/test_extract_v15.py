"""rules.v15 (issue 12), each on small hand-written texts about other states than the gold documents'. Refusing a
request or an invitation is the act (REJECT), not the request; blocking or stalling talks, a bid or their opening is a
rejection, not talks; revoking or tearing up a deal with a state rejects it. A state put on a list of "unfriendly
states" is sanctioned. Equipment handed over or transferred to a state is aid, and so are refugees a state hosts by
the hundred thousand (CAMEO 075), not a visit. Troops that "left" a state withdrew; troops or instructors that
"arrived" there were deployed. A body that grants candidate status in the passive ("was granted … by the EU") is the
one granting it. "The coup of 18 August 2020" dates what answers it. The Assembly's president's state is no
recipient however the parser hangs his name. The dead counted "in Tbilisi's Isani district" are no state's (whose
they were is not said); the displaced of "the war in Sudan" are Sudan's, not the speaker's. "its" after "the people
of X" is X's. The second half: leaders named by surname, relative days and the dates of meetings told before, thanks
over long lists, founding treaties, the permanent five, a figure's second party, embassies' diplomats, leanings and
populations, state companies, closed crossings and the UN's officers."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import claims_of, extract, happened, happened_pairs, speech


def test_refusing_a_request_is_the_act(extractor: Any) -> None:
    ev = extract(extractor, "Niger declined a request from the United States to meet the president.",
                 published="2023-08-08")
    pairs = happened_pairs(ev)
    assert ("REJECT", "NER", "USA") in pairs
    assert not {p for p in pairs if p[0] in ("REQUEST", "CONSULT")}
    ev = extract(extractor, "Mali turned down an invitation from France.", published="2023-08-08")
    assert happened_pairs(ev) == {("REJECT", "MLI", "FRA")}


def test_blocking_or_stalling_talks_is_a_rejection(extractor: Any) -> None:
    ev = extract(extractor, "In November 2020, Bulgaria blocked the opening of accession negotiations with North "
                            "Macedonia.", published="2024-05-01")
    assert happened(ev) == {("REJECT", "BGR", "MKD", "2020-11")}
    ev = extract(extractor, "Hungary stalled Ukraine's accession talks.", published="2024-05-01")
    assert ("REJECT", "HUN", "UKR") in happened_pairs(ev)
    ev = extract(extractor, "Turkey held up Sweden's bid to join NATO for 20 months.", published="2024-05-01")
    assert ("REJECT", "TUR", "SWE") in happened_pairs(ev)
    ev = extract(extractor, "Talks between Serbia and Kosovo stalled in 2023.", published="2024-05-01")
    assert not {p for p in happened_pairs(ev) if p[0] == "REJECT"}


def test_revoking_a_deal_rejects_it(extractor: Any) -> None:
    ev = extract(extractor, "Niger's junta revoked its military cooperation agreement with the United States in "
                            "March 2024.", published="2024-09-01")
    assert ("REJECT", "NER", "USA", "2024-03") in happened(ev)
    assert not {p for p in happened_pairs(ev) if p[0] in ("AGREE", "COOPERATE")}


def test_list_of_unfriendly_states_is_a_sanction(extractor: Any) -> None:
    for text in ("Russia added Moldova to its list of unfriendly states.",
                 "Russia put Moldova on its list of unfriendly countries."):
        assert happened_pairs(extract(extractor, text, published="2022-03-07")) == {("SANCTION", "RUS", "MDA")}


def test_equipment_handed_over_and_refugees_hosted_are_aid(extractor: Any) -> None:
    ev = extract(extractor, "In 2022, the United States transferred eight patrol boats to Tajikistan.",
                 published="2023-09-19")
    assert ("AID", "USA", "TJK", "2022") in happened(ev)
    ev = extract(extractor, "The United States handed over eight patrol boats to Tajikistan.", published="2023-09-19")
    assert ("AID", "USA", "TJK") in happened_pairs(ev)
    ev = extract(extractor, "Turkey hosts 3.6 million Syrians, the largest refugee population in the world.",
                 published="2019-09-24")
    assert happened_pairs(ev) == {("AID", "TUR", "SYR")}
    ev = extract(extractor, "Turkey hosted two Russian delegations in May.", published="2023-06-01")
    assert ("CONSULT", "RUS", "TUR") in happened_pairs(ev)  # a few guests are a visit still


def test_troops_that_left_or_arrived(extractor: Any) -> None:
    ev = extract(extractor, "The last American troops left Niger in August 2024.", published="2024-09-01")
    assert happened(ev) == {("RETREAT", "USA", "NER", "2024-08")}
    ev = extract(extractor, "Russian military instructors arrived in Niamey in April 2024.", published="2024-09-01")
    assert happened(ev) == {("MOBILIZE", "RUS", "NER", "2024-04")}
    ev = extract(extractor, "The delegation left Moscow on Tuesday.", published="2024-09-01")
    assert not happened(ev)


def test_candidate_status_granted_in_the_passive(extractor: Any) -> None:
    ev = extract(extractor, "Bosnia and Herzegovina was granted candidate status by the European Council on "
                            "15 December 2022.", published="2024-05-01")
    # (rules.v32: a status granted backs the state, SUPPORT; earlier rule sets read it as AGREE)
    assert happened(ev) == {("SUPPORT", "EU", "BIH", "2022-12-15")}


def test_an_answer_to_a_dated_happening_takes_its_date(extractor: Any) -> None:
    ev = extract(extractor, "In March 2014 Kenya hosted talks with Uganda. Russia condemned the failed coup attempt "
                            "in Turkey of 15 July 2016.", published="2024-05-01")
    assert ("ACCUSE", "RUS", "TUR", "2016-07-15") in happened(ev)


def test_assembly_president_named_in_apposition(extractor: Any) -> None:
    ev = speech(extractor, "I congratulate you, Ambassador Dennis Francis of Trinidad and Tobago, on your election "
                           "as President of the 78th session of the General Assembly.", published="2023-09-20")
    assert not {p for p in happened_pairs(ev) if p[2] == "TTO"}


def test_whose_dead_and_displaced(extractor: Any) -> None:
    [c] = claims_of(extractor, "Three gunmen are killed in a siege on an apartment in Tbilisi's Isani district.",
                    "2017-12-01")
    assert c.subject is None  # the dead counted where they died: whose they were is not said
    ev = speech(extractor, "We are also deeply troubled by the war in Sudan, which since April has displaced more "
                           "than 5 million people.", published="2023-09-20")
    [c] = ev.claims
    assert (c.subject, c.value) == ("SDN", 5_000_000)


def test_its_after_the_people_of_a_state(extractor: Any) -> None:
    ev = speech(extractor, "We stand with the people of Ukraine and support its independence, sovereignty and "
                           "territorial integrity within its internationally recognized borders.",
                published="2023-09-20")
    [st] = [s for s in ev.stances if s.issue == "territorial_integrity"]
    assert st.target == "UKR"
    ev = extract(extractor, "Armenia has benefitted from Iranian support of its territorial integrity.",
                 published="2025-03-18")
    assert {s.target for s in ev.stances if s.issue == "territorial_integrity"} == {"ARM"}


def test_leaders_named_by_surname(extractor: Any) -> None:
    ev = extract(extractor, "Modi visited Moscow in July 2024.", published="2024-08-01")
    assert ("CONSULT", "IND", "RUS", "2024-07") in happened(ev)
    ev = extract(extractor, "In May 2023 Xi hosted the leaders of Central Asia in Xi'an. During the summit, Tokayev "
                            "and Xi agreed to lay a third line of the gas pipeline.", published="2023-10-20")
    assert ("AGREE", "KAZ", "CHN", "2023-05") in happened(ev)  # dated by the summit told before
    ev = extract(extractor, "Fumio Kishida met Ukhnaagiin Khürelsükh in Tokyo in November 2022.",
                 published="2023-01-01")
    assert ("CONSULT", "JPN", "MNG") in happened_pairs(ev)
    ev = extract(extractor, "At the invitation of President Xi Jinping, President Salvador Sánchez Cerén of the "
                            "Republic of El Salvador will pay a state visit to China.", published="2018-10-29")
    assert not {p for p in happened_pairs(ev) if "ESP" in p}  # a surname inside another's full name


def test_relative_days_and_the_main_clause_date(extractor: Any) -> None:
    ev = extract(extractor, "On 15 July 2016 soldiers attempted a coup in Turkey. Nazarbayev telephoned Erdoğan the "
                            "following day to express his support.", published="2024-02-12")
    assert {("CONSULT", "KAZ", "TUR", "2016-07-16"), ("SUPPORT", "KAZ", "TUR", "2016-07-16")} <= happened(ev)
    ev = extract(extractor, "Putin visited Bishkek in October 2023, a week after the court issued an arrest warrant "
                            "in March. There he and Japarov signed a memorandum on air defence.",
                 published="2023-10-20")
    assert ("SUPPORT", "RUS", "KGZ", "2023-10") in happened(ev)
    ev = extract(extractor, "Xi visited Riyadh in December 2022. Saudi officials said the two countries signed 34 "
                            "investment agreements during the visit.", published="2023-04-06")
    assert ("SUPPORT", "CHN", "SAU", "2022-12") in happened(ev)


def test_thanks_over_a_long_list_and_the_permanent_five(extractor: Any) -> None:
    ev = speech(extractor, "I sincerely thank Japan, the United States, China, the Russian Federation, the United "
                           "Kingdom, Australia and other partners for their valuable assistance in vaccines.",
                published="2021-09-22")
    assert {(a, "PER") for a in ("JPN", "USA", "CHN", "RUS", "GBR", "AUS")} <= {
        (a, r) for t, a, r in happened_pairs(ev) if t == "AID"}
    ev = extract(extractor, "On 17 September, here in New York, the five permanent members of the Security Council "
                            "signed a joint declaration on Mongolia's nuclear-weapon-free status.",
                 published="2012-09-26")
    assert {(a, "MNG") for a in ("CHN", "FRA", "RUS", "GBR", "USA")} == {
        (a, r) for t, a, r in happened_pairs(ev) if t == "SUPPORT"}


def test_founding_treaties_and_joint_projects(extractor: Any) -> None:
    ev = extract(extractor, "In 2014 Kazakhstan, Russia and Belarus signed the Treaty on the Eurasian Economic Union.",
                 published="2016-09-21")
    pairs = happened_pairs(ev)
    assert ("SUPPORT", "KAZ", "RUS") in pairs and not {p for p in pairs if p[2] == "EAEU"}
    ev = extract(extractor, "Azerbaijan, Georgia and Turkey are implementing the Baku-Tbilisi-Kars railway project.",
                 published="2014-09-25")
    assert ("COOPERATE", "AZE", "TUR") in happened_pairs(ev)


def test_war_of_aggression_and_invitations(extractor: Any) -> None:
    ev = speech(extractor, "We condemn Russia's war of aggression against Ukraine.", published="2024-09-24")
    pairs = happened_pairs(ev)
    assert ("ASSAULT", "RUS", "UKR") in pairs
    assert not {p for p in pairs if p[0] == "ASSAULT" and p[1] == "PER"}
    ev = extract(extractor, "Beijing, Moscow, Washington and Berlin have all invited the region's five presidents to "
                            "the table this year.", published="2023-10-20")
    assert not {p for p in happened_pairs(ev) if {p[1], p[2]} <= {"CHN", "RUS", "USA", "DEU"}}


def test_state_companies_and_closed_crossings(extractor: Any) -> None:
    [c] = claims_of(extractor, "PetroChina paid Niger a $400 million advance.", "2024-05-02")
    assert (c.subject, c.partner) == ("CHN", "NER")
    ev = extract(extractor, "Finland closed four checkpoints on the border with Russia.", published="2023-11-22")
    assert ("COERCE", "FIN", "RUS") in happened_pairs(ev)


def test_a_figure_s_second_party(extractor: Any) -> None:
    [c] = claims_of(extractor, "Hungary, which still buys about 80% of its gas from Russia, objected.", "2024-05-01")
    assert (c.subject, c.partner) == ("HUN", "RUS")
    [c] = claims_of(extractor, "China holds about 17% of Uzbekistan's external debt.", "2024-05-01")
    assert (c.subject, c.partner) == ("UZB", "CHN")


def test_whose_diplomats_seats_and_population(extractor: Any) -> None:
    [c] = claims_of(extractor, "In July 2023 Moldova ordered Russia to cut the staff of its embassy in Chisinau by 45 "
                               "diplomats and other employees.", "2024-11-20")
    assert c.subject == "RUS"
    [c] = claims_of(extractor, "Pakistan cut the strength of India's High Commission in Islamabad to 30 diplomats and "
                               "staff.", "2025-04-24")
    assert c.subject == "IND"
    claims = claims_of(extractor, "Montenegro held a parliamentary election in June 2023. The pro-Serbian Coalition "
                                  "for the Future of Montenegro won 13 seats.", "2024-11-01")
    assert [c.subject for c in claims if c.value == 13] == ["MNE"]
    claims = claims_of(extractor, "Kazakhstan is worried. Ethnic Russians make up about 15% of its 19m people.",
                       "2024-11-01")
    assert {c.value: c.subject for c in claims} == {15: "KAZ", 19_000_000: "KAZ"}


def test_un_officers_are_no_state_s(extractor: Any) -> None:
    ev = speech(extractor, "I congratulate Mr. Miroslav Lajcák on his election and wish him success in his duties as "
                           "the President of the General Assembly at its seventy-second session. I also take this "
                           "opportunity once again to congratulate Mr. António Guterres upon his appointment as "
                           "Secretary-General.", published="2017-09-20")
    assert not {p for p in happened_pairs(ev) if "SVK" in p or "PRT" in p}
