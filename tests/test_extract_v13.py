"""rules.v13 (issue 12), each on small hand-written texts about other states than the gold documents'. A month
fronted before a state ("In March Turkey expelled …") leaves the state the subject. A refusal named as a noun
("Serbia's refusal to impose sanctions on Russia") and blocking or vetoing sanctions oppose them, and the blocked
sanctions are no sanction imposed. An application for observer or candidate status asks to be admitted; "was
granted EU candidate status" is the EU's grant; envoys "expelled from Chisinau" were expelled by Moldova. People hurt
"when Russian missiles struck" are not Russians."""

from __future__ import annotations

from typing import Any

from tests.extract_helpers import claims_of, extract, happened, happened_pairs


def test_a_fronted_month_leaves_the_state_the_subject(extractor: Any) -> None:
    ev = extract(extractor, "In March Turkey expelled two Iranian diplomats.", published="2024-05-01")
    assert ("SANCTION", "TUR", "IRN", "2024-03") in happened(ev)


def test_refusing_or_blocking_sanctions_opposes_them(extractor: Any) -> None:
    for text in ("Serbia's refusal to impose sanctions on Russia has angered Brussels.",
                 "Hungary has repeatedly blocked EU sanctions on Russia.",
                 "Hungary vetoed EU sanctions on Russia."):
        ev = extract(extractor, text, published="2024-05-01")
        assert ("sanctions_on_russia", "oppose") in {(s.issue, s.polarity) for s in ev.stances}, text
        assert not any(s.polarity == "support" for s in ev.stances), text
        assert not {p for p in happened_pairs(ev) if p[0] == "SANCTION"}, text  # the sanctions never came
    ev = extract(extractor, "Hungary vetoed EU sanctions on Russia.", published="2024-05-01")
    assert ("REJECT", "HUN", "EU") in happened_pairs(ev)


def test_applying_for_a_status_and_being_granted_one(extractor: Any) -> None:
    ev = extract(extractor, "Kazakhstan applied for observer status in the SCO in 2004.", published="2024-05-01")
    assert ("REQUEST", "KAZ", "SCO", "2004") in happened(ev)
    ev = extract(extractor, "In 2022 Ukraine and Moldova were granted EU candidate status.", published="2024-05-01")
    assert {("AGREE", "EU", "UKR"), ("AGREE", "EU", "MDA")} <= happened_pairs(ev)
    assert not {p for p in happened_pairs(ev) if p[1] != "EU"}


def test_envoys_expelled_from_a_capital_were_expelled_by_its_state(extractor: Any) -> None:
    ev = extract(extractor, "Several Russian diplomats were expelled from Chisinau last month.", published="2024-05-01")
    assert ("SANCTION", "MDA", "RUS", "2024-04") in happened(ev)
    # people driven from a city are no envoys: who drove them is not told
    ev = extract(extractor, "Thousands of Armenians were expelled from Baku in 1990.", published="2024-05-01")
    assert not happened(ev)


def test_people_hurt_when_anothers_weapons_struck_are_not_of_that_state(extractor: Any) -> None:
    got = claims_of(extractor, "At least 12 people were killed and 40 injured when Russian missiles struck Dnipro on "
                               "Friday.", "2024-05-01")
    assert {(c.about, c.subject, c.value) for c in got if c.measure == "people_count"} == {
        ("killed", None, 12), ("wounded", None, 40)}
