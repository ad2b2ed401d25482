"""The extractor's version is a promise: the rules recorded for EXTRACTOR_VERSION are the rules in the code,
the version is one constant, and every ingest run is stamped with it."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from multipolar.extract import version as ver
from multipolar.extract.version import EXTRACTOR_VERSION, rules_fingerprint

REPO = Path(__file__).resolve().parents[1]
PKG = REPO / "multipolar"


def test_rules_match_the_fingerprint_recorded_for_the_version() -> None:
    rec = ver.recorded()
    now = rules_fingerprint()
    assert EXTRACTOR_VERSION in rec, (
        f"extractor version {EXTRACTOR_VERSION!r} has no recorded rules fingerprint: run "
        "`python -m multipolar.extract.version --record` and commit multipolar/extract/version.json")
    assert rec[EXTRACTOR_VERSION] == now, ver.mismatch_message(EXTRACTOR_VERSION, rec[EXTRACTOR_VERSION], now)


def test_the_version_is_one_constant() -> None:
    from multipolar.extract import pipeline

    assert pipeline.EXTRACTOR_VERSION is EXTRACTOR_VERSION
    literal = re.compile(r"""["']rules\.v\d""")
    elsewhere = [str(p.relative_to(REPO)) for p in PKG.rglob("*.py")
                 if p != PKG / "extract" / "version.py" and literal.search(p.read_text(encoding="utf-8"))]
    assert not elsewhere, f"the extractor version is spelled out in {elsewhere}: import EXTRACTOR_VERSION instead"


def test_every_stored_document_is_stamped_with_the_constant() -> None:
    """Every call that stores extracted evidence passes ``method=EXTRACTOR_VERSION``."""
    calls = []
    for p in PKG.rglob("*.py"):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) \
                    == "save_document":
                method = next((k.value for k in node.keywords if k.arg == "method"), None)
                calls.append((str(p.relative_to(REPO)), getattr(method, "id", ast.dump(method) if method else None)))
    assert calls, "no save_document call found"
    assert all(m == "EXTRACTOR_VERSION" for _, m in calls), calls


@pytest.mark.parametrize("reader", [None, "rules+model"])
def test_ingest_run_carries_the_exact_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              reader: str | None) -> None:
    """The run's method is the rule set's name whatever the events reader; the run names the reader that ran."""
    from multipolar import api
    from multipolar.store import Store

    if reader:
        monkeypatch.setenv("MULTIPOLAR_READER", reader)
    doc = tmp_path / "note.md"
    doc.write_text("---\ntitle: A visit\ndate: 2019-05-02\n---\n\nChina's foreign minister Wang Yi visited "
                   "Georgia on 2 May 2019 and met Georgian officials in Tbilisi.\n", encoding="utf-8")
    with Store(tmp_path / "ev.duckdb") as st:
        report = api.ingest([doc], store=st)
        assert report.new, report.as_json()
        assert st.query("SELECT method, message FROM load_runs WHERE kind = 'ingest'") == [
            {"method": EXTRACTOR_VERSION, "message": f"events reader: {reader or 'rules'}"}]


# -- the fingerprint covers the rule set, and only it -----------------------------------------------------------
@pytest.fixture()
def rules_copy(tmp_path: Path) -> Path:
    for pkg in ("extract", "resolve", "domain"):
        shutil.copytree(PKG / pkg, tmp_path / "multipolar" / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_fingerprint_of_a_copy_is_the_same(rules_copy: Path) -> None:
    assert rules_fingerprint(rules_copy) == rules_fingerprint()


def test_fingerprint_moves_with_a_lexicon(rules_copy: Path) -> None:
    before = rules_fingerprint(rules_copy)
    lex = rules_copy / "multipolar" / "extract" / "lexicons" / "events.tsv"
    lex.write_text(lex.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert rules_fingerprint(rules_copy) != before


def test_fingerprint_moves_with_the_actor_registry_data(rules_copy: Path) -> None:
    before = rules_fingerprint(rules_copy)
    people = rules_copy / "multipolar" / "resolve" / "data" / "people.json"
    people.write_text(people.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert rules_fingerprint(rules_copy) != before


def test_fingerprint_moves_with_a_vocabulary(rules_copy: Path) -> None:
    before = rules_fingerprint(rules_copy)
    _edit(rules_copy / "multipolar" / "domain" / "vocab.py", '"host", "meet"', '"host", "meet", "video"')
    assert rules_fingerprint(rules_copy) != before
    assert "multipolar.domain.vocab" in ver.rule_modules(rules_copy)


def test_fingerprint_ignores_files_the_extractor_does_not_read(rules_copy: Path) -> None:
    before = rules_fingerprint(rules_copy)
    (rules_copy / "multipolar" / "resolve" / "data" / "some_loader_table.csv").write_text("a,b\n")
    (rules_copy / "multipolar" / "extract" / "scoring.py").write_text("X = 1\n")   # gold scoring, not a rule
    _edit(rules_copy / "multipolar" / "extract" / "version.py", 'EXTRACTOR_VERSION = "', 'EXTRACTOR_VERSION = "x')
    assert rules_fingerprint(rules_copy) == before


def test_fingerprint_ignores_docstrings_and_comments_but_not_code(rules_copy: Path) -> None:
    before = rules_fingerprint(rules_copy)
    ev = rules_copy / "multipolar" / "extract" / "events.py"
    tree = ast.parse(ev.read_text(encoding="utf-8"))
    doc = ast.get_docstring(tree, clean=False)
    assert doc
    _edit(ev, doc, doc + "\nReworded.")
    ev.write_text(ev.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert rules_fingerprint(rules_copy) == before
    ev.write_text(ev.read_text(encoding="utf-8") + "\nEXTRA_RULE = 1\n", encoding="utf-8")
    assert rules_fingerprint(rules_copy) != before


def test_fingerprint_follows_the_pipeline_imports(rules_copy: Path) -> None:
    before = rules_fingerprint(rules_copy)
    new = rules_copy / "multipolar" / "extract" / "newstage.py"
    new.write_text("RULE = 1\n")
    assert rules_fingerprint(rules_copy) == before            # not imported: not a rule yet
    _edit(rules_copy / "multipolar" / "extract" / "pipeline.py", "from .stances import StanceStage\n",
          "from .stances import StanceStage\nfrom .newstage import RULE\n")
    moved = rules_fingerprint(rules_copy)
    assert moved != before
    new.write_text("RULE = 2\n")
    assert rules_fingerprint(rules_copy) != moved
    assert "multipolar.extract.newstage" in ver.rule_modules(rules_copy)
    assert "multipolar.resolve.registry" in ver.rule_modules(rules_copy)


# -- the record: a new version only ---------------------------------------------------------------------------
def test_record_refuses_to_overwrite_a_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "version.json"
    assert ver.record("rules.v1", path, "a" * 16) == "added"
    assert ver.record("rules.v1", path, "a" * 16) == "unchanged"
    with pytest.raises(ValueError, match="bump EXTRACTOR_VERSION"):
        ver.record("rules.v1", path, "b" * 16)
    assert ver.record("rules.v2", path, "b" * 16) == "added"
    assert ver.recorded(path) == {"rules.v1": "a" * 16, "rules.v2": "b" * 16}
    monkeypatch.setattr(ver, "RECORD", path)
    monkeypatch.setattr(ver, "EXTRACTOR_VERSION", "rules.v1")
    monkeypatch.setattr(ver, "rules_fingerprint", lambda root=None: "c" * 16)
    assert ver.main(["--record"]) == 1
    err = capsys.readouterr().err
    assert "bump EXTRACTOR_VERSION" in err and "'rules.v2'" in err
    assert ver.recorded(path)["rules.v1"] == "a" * 16
