"""The learned event reader: its artefact, its features, its stage contract, the readers of the pipeline,
and (with ../shared/data) that the committed training command reproduces the shipped weights."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from multipolar.domain.vocab import EVENT_TYPES
from multipolar.extract.learned import READERS, LearnedEventStage
from multipolar.extract.learned.features import CameoTable, read_cameo2plover, read_cameo_verbs, sentence_features
from multipolar.extract.learned.model import NONE, LinearModel, fit
from multipolar.extract.learned.stage import load_model
from multipolar.extract.pipeline import Extractor, current_reader
from multipolar.sources.document import SourceDocument

from .conftest import SHARED

MODEL_DIR = Path(__file__).resolve().parents[1] / "multipolar" / "extract" / "learned" / "model"
needs_plover = pytest.mark.skipif(not (SHARED / "data" / "plover_gsr_cameo" / "PLOVER_GSR_CAMEO.txt").exists(),
                                  reason="../shared/data/plover_gsr_cameo (the PLOVER records) is not beside the repo")

TEXT = ("Georgia and Armenia signed a trade agreement in Tbilisi on 3 May 2021. "
        "Azerbaijani forces shelled Armenian positions near the border on 4 May 2021. "
        "The weather in Tbilisi was mild.")


def _doc(text: str = TEXT) -> SourceDocument:
    return SourceDocument(text=text, origin="t.txt", kind="text", published="2021-05-05")


def test_artefact_is_small_and_complete() -> None:
    model, cameo = load_model()
    assert model.classes == [NONE, *EVENT_TYPES]
    assert 0.0 < model.threshold < 1.0
    assert cameo is not None and cameo.verbs
    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir() if p.is_file())
    assert size < 2_000_000  # small enough for the default install
    assert (MODEL_DIR / "MODEL_CARD.md").read_text(encoding="utf-8").count("CC BY-SA 4.0") >= 2
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["training"]["gold_documents"] and not any(n.startswith("1") for n in meta["training"]["gold_documents"])


def test_model_round_trips(tmp_path: Path) -> None:
    samples = [["bias", "v:attack"], ["bias", "v:meet"], ["bias", "v:rain"]] * 3
    labels = ["ASSAULT", "CONSULT", NONE] * 3
    m = fit(samples, labels, [NONE, "ASSAULT", "CONSULT"], epochs=100)
    assert m.predict(["bias", "v:attack"])[0] == "ASSAULT"
    m.threshold = 0.5
    m.save(tmp_path)
    m2 = LinearModel.load(tmp_path)
    assert m2.classes == m.classes and m2.threshold == 0.5
    for f in (["bias", "v:attack"], ["bias", "v:meet"], ["bias", "v:rain"]):
        assert np.allclose(m2.proba(f), m.proba(f), atol=0.05)
        assert m2.predict(f)[0] == m.predict(f)[0]
    # training is deterministic
    again = fit(samples, labels, [NONE, "ASSAULT", "CONSULT"], epochs=100)
    assert all(np.array_equal(again.weights[k], m.weights[k]) for k in m.weights)


def test_cameo_table_round_trips() -> None:
    t = CameoTable(verbs={"attack": "ASSAULT"}, patterns={("send", "troops"): "MOBILIZE"})
    assert CameoTable.from_tsv("# comment\n" + t.to_tsv()) == t


def test_features_read_the_parse(extractor) -> None:  # type: ignore[no-untyped-def]
    doc = extractor.nlp("Russia did not attack Georgia.")
    feats = sentence_features(doc[:], CameoTable(verbs={"attack": "ASSAULT"}))
    assert {"v:attack", "neg", "cv:ASSAULT", "e:GPE", "bias"} <= set(feats)
    assert feats == sorted(set(feats))


def test_readers_keep_the_stage_contract(extractor) -> None:  # type: ignore[no-untyped-def]
    assert READERS == ("rules", "model", "rules+model")
    assert current_reader() in READERS
    for reader in READERS:
        ex = Extractor(nlp=extractor.nlp, registry=extractor.registry, reader=reader)
        names = [s.name for s in ex.stages]
        assert names[0] == "actors" and "events" in names
    with pytest.raises(ValueError):
        Extractor(nlp=extractor.nlp, registry=extractor.registry, reader="oracle")
    # the add mode needs the rules' events before it
    with pytest.raises(ValueError):
        Extractor(nlp=extractor.nlp, registry=extractor.registry,
                  stages=[extractor.stages[0], LearnedEventStage("add")])


def test_model_reads_events_in_the_evidence_format(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = Extractor(nlp=extractor.nlp, registry=extractor.registry, reader="model")
    ex.stages = [LearnedEventStage("model", threshold=0.3) if s.name == "events" else s for s in ex.stages]
    ev = ex.extract(_doc())
    assert ev.events
    src = TEXT
    for e in ev.events:
        assert e.type in EVENT_TYPES and e.actors and e.recipients
        assert src[e.text.start:e.text.end].strip()
        assert "weather" not in src[e.text.start:e.text.end]
    types = {e.type for e in ev.events}
    assert types & {"ASSAULT", "COERCE", "THREATEN"}  # the shelling
    assert json.loads(json.dumps(ev.as_json()))["format"] == "multipolar.evidence/1"


def test_rules_win_where_both_speak(extractor) -> None:  # type: ignore[no-untyped-def]
    rules = Extractor(nlp=extractor.nlp, registry=extractor.registry, reader="rules").extract(_doc())
    both = Extractor(nlp=extractor.nlp, registry=extractor.registry, reader="rules+model")
    both.stages = [LearnedEventStage("add", threshold=0.0) if s.name == "events-model" else s for s in both.stages]
    combined = both.extract(_doc())
    keys = [(e.type, e.actors, e.recipients, e.text.start) for e in combined.events]
    for e in rules.events:
        assert (e.type, e.actors, e.recipients, e.text.start) in keys
    rule_spans = {(e.text.start, e.text.end) for e in rules.events}
    for e in combined.events:
        if (e.type, e.actors, e.recipients, e.text.start) not in [(r.type, r.actors, r.recipients, r.text.start)
                                                                   for r in rules.events]:
            assert (e.text.start, e.text.end) not in rule_spans


@needs_plover
def test_cameo_dictionary_is_read() -> None:
    data = SHARED / "data"
    c2p = read_cameo2plover(data / "plover_gsr_cameo" / "CAMEO2PLOVER-2021.txt")
    assert c2p["190"] == "ASSAULT" and c2p["112"] == "ACCUSE" and c2p["10"] == "REQUEST"
    table = read_cameo_verbs(data / "cameo_phoenix_dictionaries" / "CAMEO.2.0.txt", c2p)
    assert table.verbs.get("accuse") == "ACCUSE" and len(table.verbs) > 500


@pytest.mark.slow
@needs_plover
def test_training_command_reproduces_the_shipped_model(tmp_path: Path) -> None:
    from multipolar.extract.learned.train import main

    assert main(["--data", str(SHARED / "data"), "--out", str(tmp_path)]) == 0
    for name in ("weights.tsv", "cameo_verbs.tsv"):
        assert (tmp_path / name).read_bytes() == (MODEL_DIR / name).read_bytes(), name
    ours = json.loads((tmp_path / "meta.json").read_text())
    shipped = json.loads((MODEL_DIR / "meta.json").read_text())
    assert ours == shipped


def test_cli_reader_option(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from multipolar.cli import main

    monkeypatch.setenv("MULTIPOLAR_READER", "rules")  # recorded, so what --reader sets is undone after the test
    assert main(["--reader", "oracle", "--version"]) in (0, 2)  # --version is eager
    assert main(["--reader", "oracle", "eval", str(tmp_path)]) == 2
    doc = tmp_path / "t.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert main(["--reader", "rules+model", "extract", str(doc), "-o", str(tmp_path / "out.json")]) == 0
    import os

    assert os.environ["MULTIPOLAR_READER"] == "rules+model"
    assert json.loads((tmp_path / "out.json").read_text())["format"] == "multipolar.evidence/1"
