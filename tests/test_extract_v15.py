"""rules.v15 (issue 12), each on small hand-written texts about other states than the gold documents'. Refusing a
request or an invitation is the act (REJECT), not the request; blocking or stalling talks, a bid or their opening is a
rejection, not talks; revoking or tearing up a deal with a state rejects it. A state put on a list of "unfriendly
states" is sanctioned. Equipment handed over or transferred to a state is aid, and so are refugees a state hosts by
the hundred thousand (CAMEO 075), not a visit. Troops that "left" a state withdrew; troops or instructors that
"arrived" there were deployed. A body that grants candidate status in the passive ("was granted … by the EU") is the
one granting it. "The coup of 18 August 2020" dates what answers it. The Assembly's president's state is no
recipient however the parser hangs his name. The dead counted "in Lebanon" are Lebanon's, not those "in Tbilisi's
Isani district" (whose they were is not said) nor those "in Niger, Mali and Burkina Faso"; the displaced of "the war
in Sudan" are Sudan's, not the speaker's. "its" after "the people of X" is X's."""

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
    assert happened(ev) == {("AGREE", "EU", "BIH", "2022-12-15")}


def test_an_answer_to_a_dated_happening_takes_its_date(extractor: Any) -> None:
    ev = extract(extractor, "In March 2014 Kenya hosted talks with Uganda. Russia condemned the failed coup attempt "
                            "in Turkey of 15 July 2016.", published="2024-05-01")
    assert ("ACCUSE", "RUS", "TUR", "2016-07-15") in happened(ev)


def test_assembly_president_named_in_apposition(extractor: Any) -> None:
    ev = speech(extractor, "I congratulate you, Ambassador Dennis Francis of Trinidad and Tobago, on your election "
                           "as President of the 78th session of the General Assembly.", published="2023-09-20")
    assert not {p for p in happened_pairs(ev) if p[2] == "TTO"}


def test_whose_dead_and_displaced(extractor: Any) -> None:
    [c] = claims_of(extractor, "Israel struck Lebanon. More than 4,000 people were killed in Lebanon during the war.",
                    "2024-12-01")
    assert (c.subject, c.value) == ("LBN", 4000)
    [c] = claims_of(extractor, "Three gunmen are killed in a siege on an apartment in Tbilisi's Isani district.",
                    "2017-12-01")
    assert c.subject is None
    [c] = claims_of(extractor, "Attacks killed more than 1,000 people in Niger, Mali and Burkina Faso in the first "
                               "half of 2023.", "2023-08-08")
    assert c.subject is None
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
