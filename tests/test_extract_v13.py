"""rules.v13 (issue 12), each on small hand-written texts about other states than the gold documents'. A month
fronted before a state leaves the state the subject. Refusing, blocking or vetoing sanctions opposes them (and the
blocked sanctions never came); backing a measure backs its imposers, not its target; a target may oppose sanctions on
itself. Observer or candidate status applied for asks to be admitted; "was granted EU candidate status" is the EU's
grant; envoys expelled from a capital were expelled by its state. People hurt "when Russian missiles struck" are not
Russians; a lone victim is counted; a force's strength is a people count. Warning X against joining opposes X's
membership; backing or blocking another's bid is for or against it; enlargement is a membership issue. Thanks for
assistance tell aid given; "not a single soldier" negates; a region of a state attacked is that state attacked;
"Twenty years ago" counts. Shares keep their own clause's kind; gapped and "each" lists give every state its figure;
election lists take their lead-in's year and the text's state. Collective references ("the two countries", "all
three governments", "the two presidents"), "as did" ellipses, "the first state to recognise", participle visits,
go-betweens, agreements reached by two, agentless signings in a relations article, concern and breaches of
sovereignty, expulsions ordered, press-conference warnings and rejections."""

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
    # (rules.v32: a status granted backs the state, SUPPORT; rules.v13 to v31 read it as AGREE)
    assert {("SUPPORT", "EU", "UKR"), ("SUPPORT", "EU", "MDA")} <= happened_pairs(ev)
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


def test_warning_against_joining_is_opposition_to_the_one_warned_joining(extractor: Any) -> None:
    for text, target in (("Moscow warned Chisinau against joining NATO.", "MDA"),
                         ("Russia warned Finland not to join NATO.", "FIN")):
        ev = extract(extractor, text, published="2024-05-01")
        assert {(s.holder, s.issue, s.target, s.polarity) for s in ev.stances} == {
            ("RUS", "nato_membership", target, "oppose")}, text
    ev = extract(extractor, "Washington urged Kyiv to join NATO.", published="2024-05-01")
    assert {(s.holder, s.target, s.polarity) for s in ev.stances} == {("USA", "UKR", "support")}


def test_thanks_for_assistance_tell_aid_given(extractor: Any) -> None:
    ev = extract(extractor, "We are grateful to the Government of Japan for its assistance.", published="2012-09-26",
                 title="Mongolia: statement in the General Debate of the UN General Assembly (President)",
                 source="President of Mongolia (UN General Assembly, General Debate)")
    assert ("AID", "JPN", "MNG") in happened_pairs(ev)


def test_a_subject_with_not_a_single_is_negated(extractor: Any) -> None:
    ev = extract(extractor, "Not a single Belarusian soldier has taken part in combat in Ukraine.",
                 published="2023-09-23")
    assert not happened(ev)


def test_an_attack_on_a_region_of_a_state_is_on_that_state(extractor: Any) -> None:
    ev = extract(extractor, "Ukrainian drones attacked an oil refinery in Russia's Krasnodar region overnight.",
                 published="2024-05-01")
    assert ("ASSAULT", "UKR", "RUS") in happened_pairs(ev)


def test_tens_of_years_ago_in_words(extractor: Any) -> None:
    ev = extract(extractor, "Twenty years ago, NATO bombed Serbia.", published="2019-09-25")
    assert ("ASSAULT", "NATO", "SRB", "1999") in happened(ev)


def test_a_share_kind_is_its_own_clauses(extractor: Any) -> None:
    got = claims_of(extractor, "Russia's share of Finland's imports fell from 11% in 2021 to under 2% in 2023, and "
                               "Norway's trade with Russia shrank by more than half.", "2024-03-12")
    assert {(c.measure, c.subject, c.partner, c.value, c.period) for c in got if c.unit == "percent"} >= {
        ("import_share", "FIN", "RUS", 11, "2021"), ("import_share", "FIN", "RUS", 2, "2023")}


def test_gapped_list_items_are_each_states(extractor: Any) -> None:
    got = claims_of(extractor, "Poland plans to spend 4.1% of GDP on defence this year, while Romania has budgeted "
                               "2.5% and Bulgaria 2.2%.", "2024-03-12")
    assert [(c.subject, c.value) for c in got] == [("POL", 4.1), ("ROU", 2.5), ("BGR", 2.2)]
    got = claims_of(extractor, "Tajikistan's armed forces number about 9,000 personnel, Kyrgyzstan's around 11,000 "
                               "and Kazakhstan's some 39,000.", "2023-06-14")
    assert [(c.measure, c.subject, c.value) for c in got] == [
        ("people_count", "TJK", 9000), ("people_count", "KGZ", 11000), ("people_count", "KAZ", 39000)]


def test_supply_share_of_what_a_state_consumes(extractor: Any) -> None:
    got = claims_of(extractor, "Russia supplies around 89 per cent of the natural gas that Serbia consumes.",
                    "2022-10-20")
    assert [(c.measure, c.subject, c.partner, c.value) for c in got] == [("import_share", "SRB", "RUS", 89)]


def test_fiscal_years_and_a_figures_own_date(extractor: Any) -> None:
    got = claims_of(extractor, "Egyptians abroad sent home $22.1 billion in the 2022/23 fiscal year.", "2024-04-18")
    assert [c.period for c in got] == ["2022/2023"]
    got = claims_of(extractor, "Turkish arms exports to the Gulf rose to about $300 million in the first ten months "
                               "of 2021, from $83 million in the whole of 2020.", "2021-11-30")
    assert [(c.value, c.period) for c in got] == [(300e6, "2021"), (83e6, "2020")]


def test_money_handed_to_a_state_is_aid(extractor: Any) -> None:
    ev = extract(extractor, "Last year, the United States provided $3 million to Turkmenistan.",
                 published="2023-09-19")
    assert ("AID", "USA", "TKM") in happened_pairs(ev)
    assert [(c.measure, c.subject, c.partner) for c in ev.claims] == [("aid_value", "TKM", "USA")]
    got = claims_of(extractor, "The company provided $5 million to its shareholders.", "2023-09-19")
    assert [c.measure for c in got] == ["other"]


def test_a_lone_victim_is_counted(extractor: Any) -> None:
    for text in ("One special forces officer was killed in the clashes.",
                 "Gunmen attacked a police station, killing one police officer."):
        got = claims_of(extractor, text, "2023-09-19")
        assert [(c.measure, c.about, c.value) for c in got] == [("people_count", "killed", 1)], text
    got = claims_of(extractor, "Baku denied claims that one had been shot down.", "2023-09-19")
    assert not got


def test_dates_and_participants_of_encyclopedia_prose(extractor: Any) -> None:
    cases = [  # (text, publication date, an event that happened)
        ("China and Serbia are close. Last October, China and Serbia signed a free trade agreement, which will take "
         "effect in July this year.", "2024-04-29", ("SUPPORT", "CHN", "SRB", "2023-10")),
        ("Japan is one of Mongolia's largest providers of development assistance. The two countries signed an "
         "Economic Partnership Agreement in 2015, Mongolia's first free trade agreement.", "2024-11-02",
         ("SUPPORT", "JPN", "MNG", "2015")),
        ("Moldova and Romania share a language. In April 2010 the two presidents signed a declaration establishing a "
         "strategic partnership.", "2024-05-01", ("SUPPORT", "MDA", "ROU", "2010-04")),
        ("Romania was the first state to recognise the independence of Moldova, on 27 August 1991.", "2024-05-01",
         ("SUPPORT", "ROU", "MDA", "1991-08-27")),
        ("German Chancellor Olaf Scholz, visiting Belgrade on 10 June, urged Serbia to align with EU sanctions.",
         "2022-10-20", ("CONSULT", "DEU", "SRB", "2022-06-10")),
    ]
    for text, published, event in cases:
        assert event in happened(extract(extractor, text, published=published)), text
    ev = extract(extractor, "Estonia, Latvia and Lithuania are small. All three governments back Ukraine's eventual "
                            "membership in NATO.", published="2024-03-12")
    assert {(s.holder, s.target) for s in ev.stances} == {("EST", "UKR"), ("LVA", "UKR"), ("LTU", "UKR")}
    ev = extract(extractor, "The United States recognised Kosovo on 18 February 2008, as did France and Albania.",
                 published="2024-05-01")
    assert {a for t, a, r, d in happened(ev) if r == "XKX"} == {"USA", "FRA", "ALB"}


def test_statements_of_concern_and_of_breaches(extractor: Any) -> None:
    ev = extract(extractor, "China is deeply concerned about the attacks by Israel on Iran.", published="2025-06-13")
    assert happened_pairs(ev) == {("ACCUSE", "CHN", "ISR")}
    ev = extract(extractor, "China opposes any violation of Iran's sovereignty, security and territorial integrity.",
                 published="2025-06-13")
    assert happened_pairs(ev) == {("SUPPORT", "CHN", "IRN")}
    ev = extract(extractor, "Turkey condemned the violation of Iraq's sovereignty by Iran.", published="2025-06-13")
    assert ("ACCUSE", "TUR", "IRN") in happened_pairs(ev)
    for text in ("Moldova on Tuesday ordered three Russian diplomats to leave the country within 72 hours.",
                 "Moldova declared a Russian diplomat persona non grata."):
        assert ("SANCTION", "MDA", "RUS") in happened_pairs(extract(extractor, text, published="2024-11-05")), text


def _stances(extractor: Any, text: str, published: str = "2024-05-01") -> set[tuple[str, str, str | None, str]]:
    return {(s.holder, s.issue, s.target, s.polarity) for s in extract(extractor, text, published=published).stances}


def test_stances_on_enlargement_bids_and_sanctions_on_oneself(extractor: Any) -> None:
    assert ("RUS", "nato_membership", None, "oppose") in _stances(extractor, "Russia opposes NATO enlargement.")
    assert ("RUS", "nato_membership", None, "oppose") in _stances(
        extractor, "The Kremlin calls NATO enlargement a direct threat to its security.")
    assert ("HUN", "eu_membership", "UKR", "oppose") in _stances(extractor, "Hungary blocked Ukraine's bid to join "
                                                                             "the EU.")
    assert ("TUR", "nato_membership", "FIN", "support") in _stances(extractor, "Turkey ratified Finland's bid to join "
                                                                                "NATO in March 2023.")
    assert ("CHN", "sanctions_on_china", "CHN", "oppose") in _stances(
        extractor, "China firmly opposes the sanctions the EU imposed on Chinese companies.")
    assert ("MDA", "eu_membership", "MDA", "support") in _stances(
        extractor, "Moldova applied for membership of the European Union on 3 March 2022.")
    assert ("BLR", "one_china", None, "support") in _stances(extractor, "Belarus firmly adheres to the one-China "
                                                                          "principle.")
    assert ("CHN", "territorial_integrity", "KAZ", "support") in _stances(
        extractor, "China will always firmly support Kazakhstan in defending its independence, sovereignty and "
                   "territorial integrity.")
    assert ("TUR", "freedom_of_navigation", None, "support") in _stances(
        extractor, "Turkey guarantees free passage through the straits under the Montreux Convention.")
    assert not {s for s in _stances(extractor, "Turkey guarantees free passage through the straits.")
                if s[1] == "humanitarian_access"}


def test_backing_a_measure_backs_its_imposers_not_its_target(extractor: Any) -> None:
    ev = extract(extractor, "Kyiv welcomed the sanctions imposed by the United States on Russia.",
                 published="2022-09-20")
    assert {p for p in happened_pairs(ev) if p[0] == "SUPPORT"} == {("SUPPORT", "UKR", "USA")}
    assert ("SANCTION", "USA", "RUS") in happened_pairs(ev)
    ev = extract(extractor, "We support the sanctions imposed on Russia.", published="2022-09-20",
                 title="Moldova: statement in the General Debate of the UN General Assembly (President)",
                 source="President of Moldova (UN General Assembly, General Debate)")
    assert not happened_pairs(ev)


def test_press_conference_warnings_and_rejections(extractor: Any) -> None:
    mfa = dict(published="2024-07-11", title="Regular press conference",
               source="Ministry of Foreign Affairs of the People's Republic of China")
    ev = extract(extractor, "Q: The EU's sanctions listed several Chinese companies. What is your comment?\n\nA: We "
                            "have lodged serious representations with the EU. China will take necessary measures "
                            "to firmly safeguard the legitimate rights and interests of Chinese companies.", **mfa)
    assert ("THREATEN", "CHN", "EU") in happened_pairs(ev)
    ev = extract(extractor, "Moldova accused Romania of meddling. Bucharest rejected the accusations as absurd.",
                 published="2024-05-01")
    assert ("REJECT", "ROU", "MDA") in happened_pairs(ev)


def test_agreements_sanctions_and_accessions_in_other_words(extractor: Any) -> None:
    ev = extract(extractor, "We welcome the agreement on a cessation of hostilities in Syria reached by the United "
                            "States and Russia on 9 September.", published="2016-09-21",
                 title="Kazakhstan: statement in the General Debate of the UN General Assembly (President)",
                 source="President of Kazakhstan (UN General Assembly, General Debate)")
    assert {("SUPPORT", "KAZ", "USA", "2016-09-21"), ("AGREE", "USA", "RUS", "2016-09-09")} <= happened(ev)
    ev = extract(extractor, "In April 2013 Belgrade and Pristina concluded the Brussels Agreement under the auspices "
                            "of the European Union.", published="2019-09-25")
    assert ("SUPPORT", "SRB", "XKX") in happened_pairs(ev) and not {p for p in happened_pairs(ev) if p[2] == "EU"}
    ev = extract(extractor, "Russia and Ukraine each signed the deal with Turkey in Istanbul on 22 July 2022.",
                 published="2024-08-05")
    assert {("SUPPORT", "RUS", "TUR"), ("SUPPORT", "UKR", "TUR")} <= happened_pairs(ev)
    ev = extract(extractor, "The United States and Canada have adopted unilateral coercive measures against "
                            "Belarus.", published="2023-09-23")
    assert {("SANCTION", "USA", "BLR"), ("SANCTION", "CAN", "BLR")} <= happened_pairs(ev)
    ev = extract(extractor, "Sweden formally became NATO's 32nd member on 7 March.", published="2024-08-05")
    assert ("SUPPORT", "SWE", "NATO", "2024-03-07") in happened(ev)
    ev = extract(extractor, "In December, Bulgaria and Romania jointly asked NATO for air-defence systems.",
                 published="2024-08-05")
    assert ("REQUEST", "BGR", "NATO") in happened_pairs(ev)


def test_election_lists_take_their_lead_ins_year_and_the_texts_state(extractor: Any) -> None:
    text = ("Kyrgyzstan is a parliamentary republic. Kyrgyzstan held elections in 2021. Results of the party-list "
            "vote in the election of 28 November 2021:\n\n- Ata-Jurt Kyrgyzstan: 17.1%, 15 seats\n- Ishenim: 12.3%, "
            "12 seats\n\nTurnout was 34.6%, the lowest in the country's history.")
    got = claims_of(extractor, text, "2025-03-10")
    assert {(c.subject, c.value, c.period) for c in got if c.unit in ("percent", "seats")} == {
        ("KGZ", 17.1, "2021"), ("KGZ", 15, "2021"), ("KGZ", 12.3, "2021"), ("KGZ", 12, "2021"),
        ("KGZ", 34.6, "2021")}
    got = claims_of(extractor, "Up to 200,000 people marched in Minsk on 16 August 2020.", "2024-09-05")
    assert [c.period for c in got] == ["2020-08"]


def test_an_agentless_signing_in_an_article_on_two_states_relations(extractor: Any) -> None:
    ev = extract(extractor, "Diplomatic relations were established in 1991. A treaty on the state border regime was "
                            "signed in Bucharest in November 2010.", published="2024-05-01",
                 title="Moldova–Romania relations", source="Wikipedia")
    assert {("SUPPORT", "MDA", "ROU", "1991"), ("SUPPORT", "MDA", "ROU", "2010-11")} <= happened(ev)
