"""multipolar.domain: the vocabularies of evidence, checked when evidence is built, against the rules' lexicons and
the gold annotations; and the domain's shared constants the rules use."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest

from multipolar.domain import ACTOR_GROUPS, is_state_code, vocab
from multipolar.errors import ExtractionError
from multipolar.extract import claims, events, stances
from multipolar.extract.cameo_triggers import load_cameo_table
from multipolar.extract.evidence import Claim, DocumentInfo, Event, Evidence, Span, Stance
from multipolar.sources.discover import read_inputs
from multipolar.sources.document import SourceDocument

from .conftest import GOLD_OURS, GOLD_SHARED, SEED, needs_shared

EXTRACT = Path(events.__file__).parent
EXAMPLES = EXTRACT.parent / "examples" / "texts"
#: upper-case words in the event rules that are no PLOVER types: spaCy labels, and the key deals are merged by
NOT_TYPES = {"VERB", "NOUN", "PROPN", "PRON", "ROOT", "DATE", "TIME", "PERSON", "PRODUCT", "EVENT", "DEAL",
             "NNPS", "NORP"}


def _evidence(**items: Any) -> Evidence:
    return Evidence(document=DocumentInfo("d", None, None, None, None), **items)


def _event(type_: str, mode: str | None = None, context: list[str] | None = None) -> Event:
    return Event(type=type_, actors=["RUS"], recipients=["GEO"], date=None, text=Span(0, 1), mode=mode,
                 context=context or [])


def _claim(measure: str, qualifier: str = "exact") -> Claim:
    return Claim(measure, "GEO", "CHN", 5.0, "percent", qualifier, "2018", Span(0, 1))


def _stance(issue: str, polarity: str = "support") -> Stance:
    return Stance("CHN", issue, "GEO", polarity, None, Span(0, 1))


# -- the vocabularies -------------------------------------------------------------------------------------------
def test_the_vocabularies_hold_what_the_format_says() -> None:
    assert len(vocab.EVENT_TYPES) == 16 == len(set(vocab.EVENT_TYPES))
    assert vocab.EVENT_TYPES[:4] == ("AGREE", "CONSULT", "SUPPORT", "CONCEDE")  # the learned model's class order
    assert set(vocab.EVENT_MODES) == set(vocab.EVENT_TYPES)
    assert len(vocab.EVENT_CONTEXTS) == 37
    assert len(vocab.CLAIM_MEASURES) == 17 == len(set(vocab.CLAIM_MEASURES))
    assert {"export_share", "trade_partner_rank", "import_value", "people_count", "other"} <= set(vocab.CLAIM_MEASURES)
    assert vocab.is_stance_issue("territorial_integrity") and vocab.is_stance_issue("sanctions_on_north_korea")
    assert not vocab.is_stance_issue("sanctions_on_") and not vocab.is_stance_issue("territorial integrity")


def test_evidence_in_the_vocabulary_builds() -> None:
    ev = _evidence(events=[_event("CONSULT", "visit", ["diplomatic"]), _event("AGREE")],
                   claims=[_claim("export_share", "more_than")],
                   stances=[_stance("economic_ties_with_china"), _stance("sanctions_on_belarus", "oppose")])
    assert ev.as_json()["events"][0]["mode"] == "visit"


@pytest.mark.parametrize(("items", "value", "vocabulary"), [
    ({"events": [_event("FIGHT")]}, "'FIGHT'", "EVENT_TYPES"),
    ({"events": [_event("AGREE", "visit")]}, "'visit'", "EVENT_MODES"),  # a CONSULT mode
    ({"events": [_event("CONSULT", context=["diplomacy"])]}, "'diplomacy'", "EVENT_CONTEXTS"),
    ({"claims": [_claim("gdp_share")]}, "'gdp_share'", "CLAIM_MEASURES"),
    ({"claims": [_claim("export_share", "roughly")]}, "'roughly'", "CLAIM_QUALIFIERS"),
    ({"stances": [_stance("world_peace")]}, "'world_peace'", "STANCE_ISSUES"),
    ({"stances": [_stance("ceasefire", "neutral")]}, "'neutral'", "STANCE_POLARITIES"),
])
def test_a_value_outside_the_vocabulary_is_an_extraction_error(items: dict[str, Any], value: str,
                                                                vocabulary: str) -> None:
    with pytest.raises(ExtractionError) as err:
        _evidence(**items)
    assert value in str(err.value) and f"multipolar.domain.vocab.{vocabulary}" in str(err.value)
    assert "rule" in str(err.value)


# -- what the rules write ---------------------------------------------------------------------------------------
def _type_and_mode_known(typ: str, mode: str | None, where: str) -> None:
    assert typ in vocab.EVENT_TYPES, f"{where}: type {typ!r}"
    assert mode is None or mode in vocab.EVENT_MODES[typ], f"{where}: mode {mode!r} of {typ}"


def test_the_event_lexicons_write_only_plover_types_and_their_modes() -> None:
    for cands in events.load_triggers().values():
        for t in cands:
            _type_and_mode_known(t.type, t.mode, f"events.tsv {' '.join(t.words)}")
    table = load_cameo_table()
    for key, pat in table.plain.items():
        _type_and_mode_known(pat.type, pat.mode, f"cameo_triggers.tsv {key}")
    for key, by_noun in table.objects.items():
        for noun, pat in by_noun.items():
            _type_and_mode_known(pat.type, pat.mode, f"cameo_triggers.tsv {key} {noun}")


def test_the_event_rules_name_only_plover_types() -> None:
    for module in ("events.py", "events_speech.py"):
        tree = ast.parse((EXTRACT / module).read_text(encoding="utf-8"))
        words = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                 and n.value.isalpha() and n.value.isupper() and len(n.value) > 3}
        assert words - NOT_TYPES <= set(vocab.EVENT_TYPES), module


def test_the_learned_reader_types_are_plover_types() -> None:
    meta = json.loads((EXTRACT / "learned" / "model" / "meta.json").read_text(encoding="utf-8"))
    assert meta["classes"] == ["NONE", *vocab.EVENT_TYPES]


def test_the_claim_rules_write_only_known_measures_and_qualifiers() -> None:
    kinds = [name for name, _ in claims._MEASURE_WORDS]
    assert {f"{k}_value" for k in kinds} <= set(vocab.CLAIM_MEASURES)
    assert {f"{k}_{what}" for k in kinds[:3] for what in ("share", "partner_rank")} <= set(vocab.CLAIM_MEASURES)
    assert {name for name, _ in claims._QUAL} | {"exact"} == set(vocab.CLAIM_QUALIFIERS)
    tree = ast.parse((EXTRACT / "claims.py").read_text(encoding="utf-8"))
    literal = {c.args[0].value for c in ast.walk(tree) if isinstance(c, ast.Call) and getattr(c.func, "id", "") ==
               "Claim" and c.args and isinstance(c.args[0], ast.Constant)}
    assert literal and literal <= set(vocab.CLAIM_MEASURES)


def test_the_stance_lexicon_and_rules_write_only_known_issues() -> None:
    for pat in stances.load_issue_patterns():
        assert pat.issue in vocab.STANCE_ISSUES, f"stances.tsv: {pat.issue!r}"
    assert set(stances._ECON_ISSUE.values()) <= vocab.STANCE_ISSUES
    assert all(vocab.is_stance_issue(f"sanctions_on_{name}") for name in stances._SANCTION_NAMES.values())


# -- the gold annotations ---------------------------------------------------------------------------------------
def _gold_files() -> list[Path]:
    return sorted(GOLD_OURS.glob("*.gold.json")) + sorted(GOLD_SHARED.glob("*.gold.json"))


def _values(x: Any) -> list[Any]:
    return x if isinstance(x, list) else [x]


def test_every_gold_file_validates() -> None:
    """Types, measures, qualifiers and polarities are the vocabulary's; an issue is known or a new snake_case one
    (the format lets annotators add issues). Modes are not scored and annotators wrote a few of their own
    (``praise``, ``mediate``), so they are not checked here."""
    files = _gold_files()
    assert len(files) >= 33
    for f in files:
        gold = json.loads(f.read_text(encoding="utf-8"))
        for e in gold["events"]:
            assert set(_values(e["type"])) <= set(vocab.EVENT_TYPES), (f.name, e.get("id"))
        for c in gold["claims"]:
            assert set(_values(c["measure"])) <= set(vocab.CLAIM_MEASURES), (f.name, c.get("id"))
            assert c.get("qualifier", "exact") in vocab.CLAIM_QUALIFIERS, (f.name, c.get("id"))
        for s in gold["stances"]:
            assert s["polarity"] in vocab.STANCE_POLARITIES, (f.name, s.get("id"))
            for issue in _values(s["issue"]):
                assert vocab.is_stance_issue(issue) or vocab.SNAKE_CASE.fullmatch(issue), (f.name, issue)


# -- extraction builds ------------------------------------------------------------------------------------------
def _read(paths: list[Path]) -> list[SourceDocument]:
    docs = [d for d in read_inputs(paths) if isinstance(d, SourceDocument)]
    assert len(docs) == len(paths)
    return docs


def test_the_example_texts_extract_within_the_vocabulary(extractor: Any) -> None:
    paths = sorted(EXAMPLES.glob("*.md"))
    assert paths
    out = list(extractor.extract_many(_read(paths)))
    assert sum(len(ev.events) for ev in out) > 0 and sum(len(ev.stances) for ev in out) > 0


@needs_shared
def test_the_seed_extracts_within_the_vocabulary(extractor: Any) -> None:
    ev = extractor.extract(_read([SEED])[0])
    assert ev.events and ev.claims and ev.stances


# -- shared constants the rules use -----------------------------------------------------------------------------
def test_state_codes_and_groups() -> None:
    assert is_state_code("GEO") and not is_state_code("EU") and not is_state_code("WEST") and not is_state_code("geo")
    assert {"EU", "NATO", "EAEU", "CIS", "SCO", "WEST", "SCAUC"} == ACTOR_GROUPS
    assert not is_state_code("SCO") and not is_state_code("CIS")  # (three letters, but groups)
