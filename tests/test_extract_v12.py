"""rules.v12 (issue 12), each on small hand-written texts about other states than the gold documents'. People: a
named person the hand-written registry does not know takes the state the Phoenix actor dictionary gives (even when
the parser took the name for a body), except a President of the UN General Assembly thanked or congratulated in a
speech, who acts for the UN."""

from __future__ import annotations

from typing import Any

from multipolar.resolve.phoenix_people import fold_name, person_state
from tests.extract_helpers import extract, happened_pairs


def _speech(extractor: Any, text: str, country: str = "Moldova", year: str = "2023") -> Any:
    """``text`` as a UN general-debate statement by ``country``'s foreign minister, dated by its year only."""
    return extract(extractor, text, published=year,
                   title=f"{country}: statement in the General Debate of the UN General Assembly (Foreign Minister)",
                   source=f"Foreign Minister of {country} (UN General Assembly, General Debate)")


def test_the_phoenix_dictionary_names_the_state_of_people_the_registry_lacks() -> None:
    assert fold_name("President Abdel Fattah al-Sisi") == "abdel fattah al sisi"
    assert person_state("Abdel Fattah al-Sisi") == "EGY"
    assert person_state("Nguyen Phu Trong") == "VNM"
    assert person_state("Sameh Shoukry") == "EGY"  # "Sameh Hassan Shoukry", first and last name
    assert person_state("Sisi") is None  # one word is too weak
    assert person_state("Communist Party of China") is None  # bodies are left out of the table


def test_a_person_the_registry_lacks_acts_for_the_dictionarys_state(extractor: Any) -> None:
    ev = extract(extractor, "Nguyen Phu Trong met Chinese Premier Li Qiang in Hanoi on Monday.", published="2023-05-14")
    assert ("CONSULT", "VNM", "CHN") in happened_pairs(ev)
    # the parser reads "Aleksandar Vucic" as an organisation; the dictionary knows a person
    ev = extract(extractor, "Aleksandar Vucic met Chinese Premier Li Qiang in Paris on Monday.", published="2023-05-14")
    assert ("CONSULT", "SRB", "CHN") in happened_pairs(ev)


def test_a_president_of_the_assembly_thanked_in_a_speech_acts_for_no_state(extractor: Any) -> None:
    ev = _speech(extractor, "At the outset, I congratulate Mr. Srgjan Kerim on his election. I also thank his "
                            "predecessor, Mr. Haya Rashed Al-Khalifa, for her able leadership.", year="2007")
    assert not {p for p in happened_pairs(ev) if p[2] in ("MKD", "BHR")}
    # outside a speech, congratulating a leader on an election is support for the leader's state
    ev = extract(extractor, "Vladimir Putin congratulated Aleksandar Vucic on his election victory.",
                 published="2017-04-03")
    assert ("SUPPORT", "RUS", "SRB") in happened_pairs(ev)
