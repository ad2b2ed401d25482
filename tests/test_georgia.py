"""Georgia the country vs Georgia the US state: measured on real, hand-labelled headlines.

The labelled sample (tests/data/georgia_headlines_labelled.jsonl)
------------------------------------------------------------------
Source: shared/data/news_headlines_fwd_2021_2022/headlines_2021-11_to_2022-07-11.json.gz
(fwd/news @ 0aa530c, 10,037 headlines, 2021-11-16 … 2022-07-11). Population: every headline whose
title contains "georgia" (case-insensitive; this also catches Georgian/Georgians) — only **48**.
The draw was random.Random(20220711).sample(population, min(300, N)); since N = 48 < 300 it is the
whole population (a census), every row has drawn_by "random". The planned oversample of headlines
with country cues (Tbilisi, Abkhazia, Ossetia, Saakashvili, Caucasus, Batumi, …) added nothing: no
headline in the file has such a cue without also saying Georgia, and the 7 country headlines are
already in. So the sample is 48, not the 300 asked for, with 7 country and 41 US-state headlines;
each was read and labelled by hand ("source_index" is the position in the file's JSON list).

Honest measurement
------------------
Rules were written from the cue lists in the brief and general knowledge, then tuned on (a) a
hand-written dev set of ~100 headlines kept in /tmp and NOT committed, and (b) the EVEN
source_index half of the labelled file. The ODD half (26 headlines, 3 country) is the held-out test.
Caveat: labelling meant reading all 48 headlines before the rules were final. As a check, a
"blind" variant with every cue that a sample headline had suggested removed (Graham/Giuliani/
Schiff/Jan. 6, Trump, "Foreign Legion", "chess"/"women's", "displaced", "pastor/church",
"investigators", "election/poll workers") still classified all 48 correctly.
The country figures rest on 7 headlines (3 held out): a 95 % interval on country recall is wide
(about 0.44–1.00 held out, 0.65–1.00 on all). bench/georgia_accuracy.py prints the figures.

Unit of evaluation: a headline, on its first Georgia/Georgian mention; "unclear" rows left out.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from multipolar.errors import UsageError
from multipolar.resolve.georgia import DEFAULT_SENSE, explain_georgia_sense, georgia_sense

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "data" / "georgia_headlines_labelled.jsonl"
SOURCE = ROOT.parent / "shared" / "data" / "news_headlines_fwd_2021_2022" / "headlines_2021-11_to_2022-07-11.json.gz"
MENTION = re.compile(r"\bGeorgia(?:ns|n|['’]s)?\b", re.IGNORECASE)
SENSES = ("country", "us_state")


def _rows() -> list[dict]:
    with LABELLED.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _first(text: str) -> tuple[int, int]:
    m = MENTION.search(text)
    assert m is not None, text
    return m.start(), m.end()


def _sense(text: str, which: str = "Georgia", nth: int = 0) -> str:
    """Sense of the nth occurrence of `which` in text."""
    idx = -1
    for _ in range(nth + 1):
        idx = text.index(which, idx + 1)
    return georgia_sense(text, idx, idx + len(which))


def _metrics(rows: list[dict]) -> dict[str, float]:
    conf = {(g, p): 0 for g in SENSES for p in SENSES}
    for r in rows:
        conf[(r["sense"], georgia_sense(r["text"], *_first(r["text"])))] += 1
    n = sum(conf.values())
    tp = conf[("country", "country")]
    gold_c = tp + conf[("country", "us_state")]
    pred_c = tp + conf[("us_state", "country")]
    return {
        "n": n,
        "accuracy": (tp + conf[("us_state", "us_state")]) / n,
        "country_recall": tp / gold_c if gold_c else 1.0,
        "country_precision": tp / pred_c if pred_c else 1.0,
        "us_state_recall": conf[("us_state", "us_state")] / max(1, n - gold_c),
    }


# ---------------------------------------------------------------------------- the labelled file


def test_labelled_file_is_well_formed():
    rows = _rows()
    assert len(rows) == 48  # the whole population of the source file (see module docstring)
    seen = set()
    for r in rows:
        assert set(r) == {"text", "sense", "source_index", "drawn_by"}, r
        assert r["sense"] in {"country", "us_state", "unclear"}
        assert r["drawn_by"] in {"random", "oversample"}
        assert isinstance(r["source_index"], int) and r["source_index"] not in seen
        seen.add(r["source_index"])
        assert MENTION.search(r["text"]), r["text"]
    labelled = [r for r in rows if r["sense"] in SENSES]
    assert {r["sense"] for r in labelled} == set(SENSES)


@pytest.mark.skipif(not SOURCE.exists(), reason="shared/ data not beside the repo")
def test_labelled_texts_match_the_source_file():
    with gzip.open(SOURCE, "rt", encoding="utf-8") as f:
        data = json.load(f)
    rows = _rows()
    for r in rows:
        assert data[r["source_index"]]["title"] == r["text"]
    population = [i for i, x in enumerate(data) if re.search("georgia", x.get("title") or "", re.I)]
    assert sorted(r["source_index"] for r in rows) == population


# ---------------------------------------------------------------------------- accuracy


def test_accuracy_on_held_out_half():
    """The odd source_index half was not used for tuning."""
    held_out = [r for r in _rows() if r["sense"] in SENSES and r["source_index"] % 2 == 1]
    m = _metrics(held_out)
    assert m["n"] >= 20
    assert m["accuracy"] >= 0.90, m
    assert m["country_recall"] >= 0.85, m


def test_accuracy_on_all_labelled_headlines():
    m = _metrics([r for r in _rows() if r["sense"] in SENSES])
    assert m["accuracy"] >= 0.90, m
    assert m["country_recall"] >= 0.85, m
    assert m["country_precision"] >= 0.80, m
    assert m["us_state_recall"] >= 0.90, m


# ---------------------------------------------------------------------------- hand-written sentences


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's prime minister said Tbilisi would not join sanctions against Russia.",
        "Russia has occupied Abkhazia and South Ossetia since its 2008 war with Georgia.",
        "The EU granted candidate status to Ukraine and Moldova but not to Georgia.",
        "Georgian Dream won the parliamentary election, the opposition cried foul.",
        "Protesters in Georgia waved EU flags outside parliament.",
        "The former Soviet state of Georgia applied to join NATO.",
        "Georgia's central bank raised rates as the lari fell.",
        "Ex-president Saakashvili was jailed on his return to Georgia.",
    ],
)
def test_country_sentences(text):
    i = text.index("Georgia")
    assert _sense(text) == "country", str(explain_georgia_sense(text, i, i + 7))


@pytest.mark.parametrize(
    "text",
    [
        "Georgia Gov. Brian Kemp signed the bill in Atlanta on Tuesday.",
        "Warnock beat Herschel Walker in the Georgia Senate runoff.",
        "A Georgia man was charged with murder, the Cobb County sheriff said.",
        "Storms hit Florida, Georgia and Alabama overnight.",
        "Georgia Republicans passed a new voting law.",
        "The Fulton County DA convened a special grand jury in Georgia.",
        "SAVANNAH, Ga. — Port traffic in Georgia hit a record.",
        "The Georgia Bulldogs won the national title.",
        "The state of Georgia will hold a runoff in December.",
    ],
)
def test_us_state_sentences(text):
    i = text.index("Georgia")
    assert _sense(text) == "us_state", str(explain_georgia_sense(text, i, i + 7))


def test_georgian_and_georgians():
    assert _sense("A Georgian volunteer fighting in Ukraine said the war was his too.", "Georgian") == "country"
    assert _sense("Georgians waited hours in line to vote in Gwinnett.", "Georgians") == "us_state"
    assert _sense("Nearly 300,000 Georgians remain displaced since Russia invaded in 2008.", "Georgians") == "country"


def test_no_cue_falls_back_to_base_rate():
    text = "Georgia expects record number of visitors this year"
    d = explain_georgia_sense(text, 0, 7)
    assert d.default_used and d.sense == DEFAULT_SENSE == "us_state"


def test_nearer_cue_outweighs_farther_one_in_long_text():
    country = "Georgia's parliament met in Tbilisi."
    filler = " Unrelated sentence about the weather and the markets." * 20
    text = "Gov. Brian Kemp spoke in Atlanta." + filler + " " + country
    i = text.index("Georgia")
    assert georgia_sense(text, i, i + 9) == "country"
    text2 = country + filler + " Meanwhile, in Georgia Gov. Brian Kemp's Atlanta, the Georgia House voted."
    j = text2.index("Georgia Gov.")
    assert georgia_sense(text2, j, j + 7) == "us_state"
    assert georgia_sense(text2, 0, 9) == "country"


def test_each_mention_is_judged_on_its_own_context():
    text = "Kemp said Georgia would send aid. Separately, Georgia's prime minister met NATO officials in Tbilisi."
    assert _sense(text, nth=0) == "us_state"
    assert _sense(text, nth=1) == "country"


def test_explanation_names_the_cues():
    text = "Georgia Gov. Brian Kemp"
    d = explain_georgia_sense(text, 0, 7)
    labels = {c[1] for c in d.cues}
    assert "Gov. Brian Kemp" in labels and d.us_state_score > d.country_score
    assert "us_state" in str(d)


@pytest.mark.parametrize("span", [(0, 3), (-1, 7), (5, 100), (7, 7)])
def test_bad_spans_raise_usage_error(span):
    with pytest.raises(UsageError):
        georgia_sense("Georgia on my mind", *span)


def test_not_a_georgia_mention_raises():
    with pytest.raises(UsageError):
        georgia_sense("Armenia and Azerbaijan", 0, 7)
