"""The store's core: DuckDB errors translated by class, load runs with supersede, evidence written by column
name and read back as typed rows, saved checks as typed rows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from multipolar.errors import StoreBusyError, StoreError
from multipolar.extract.evidence import ActorRecord, Claim, DocumentInfo, Event, Evidence, Span, Stance
from multipolar.sources.document import SourceDocument
from multipolar.store import Store
from multipolar.store.checks import save_checks, stored_checks
from multipolar.store.errors import translate
from multipolar.store.evidence import count_evidence, evidence, query_evidence, save_document
from multipolar.store.evidence_reads import EvidenceFilter
from multipolar.store.records import ClaimRow, EventRow
from multipolar.store.runs import finish_run, new_run, supersede

TEXT = "Armenia and Russia signed a deal. Armenia exported 40% of its goods to Russia in 2019."


def _doc(text: str = TEXT, origin: str = "a.md") -> tuple[SourceDocument, Evidence]:
    src = SourceDocument(text=text, origin=origin, kind="markdown", title="A deal")
    ev = Evidence(
        document=DocumentInfo(src.id, src.title, None, None, None),
        actors=[ActorRecord("ARM", "Armenia", "state", None, [Span(0, 7)]),
                ActorRecord("RUS", "Russia", "state", None, [Span(12, 18)])],
        events=[Event(type="AGREE", actors=["ARM"], recipients=["RUS"], date="2019-05", text=Span(0, 33))],
        claims=[Claim(measure="export_share", subject="ARM", partner="RUS", value=40.0, unit="percent",
                      qualifier="exact", period="2019", text=Span(34, len(text)))],
        stances=[Stance(holder="ARM", issue="economic_ties_with_russia", target="RUS", polarity="support", date=None,
                        text=Span(0, 33))])
    return src, ev


def test_lock_conflict_is_a_transient_busy_error(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, sys, time\nc = duckdb.connect({str(db)!r})\n"
                               "print('ready', flush=True)\nsys.stdin.read()"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        for read_only in (False, True):
            with pytest.raises(StoreBusyError, match="in use by another process") as caught:
                Store(db, read_only=read_only)
            assert caught.value.transient and caught.value.exit_code == 5 and "another --db" in str(caught.value)
    finally:
        holder.communicate("")


def test_errors_are_translated_by_class(tmp_path: Path) -> None:
    path = str(tmp_path / "x.duckdb")
    busy = translate(duckdb.TransactionException("Conflict on tuple deletion!"), path)
    assert isinstance(busy, StoreBusyError) and "same rows" in busy.message
    missing = translate(duckdb.CatalogException("Table with name nope does not exist!\nLINE 1"), path)
    assert not isinstance(missing, StoreBusyError) and "not a multipolar store" in missing.message
    assert "LINE 1" not in str(missing)
    other = translate(duckdb.ConversionException("Could not convert"), path)
    assert other.message == "Could not convert" and "multipolar verify" in (other.hint or "")


def test_truncated_store_file_is_damaged_not_busy(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).close()
    db.write_bytes(db.read_bytes()[:5000])
    with pytest.raises(StoreError, match="damaged") as caught:
        Store(db)
    assert not isinstance(caught.value, StoreBusyError)


def test_a_query_against_a_missing_table_names_the_store(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s, pytest.raises(StoreError, match="not a multipolar store"):
        s.query("SELECT * FROM no_such_table")


def test_empty_duckdb_file_read_only_is_not_a_multipolar_store(tmp_path: Path) -> None:
    db = tmp_path / "other.duckdb"
    duckdb.connect(str(db)).close()
    with pytest.raises(StoreError, match="not a multipolar store"):
        Store(db, read_only=True)


def test_runs_and_supersede() -> None:
    with Store(":memory:") as s:
        with s.transaction() as con:
            run = new_run(con, kind="load", path="f.csv", sha256="abc", dataset="d", method="d.v1")
            con.execute("INSERT INTO observations (dataset, indicator, period, load_run) VALUES ('d', 'x', '2019', ?)",
                        [run])
            finish_run(con, run, rows_read=1, rows_stored=1)
        assert s.query("SELECT status, rows_stored FROM load_runs") == [{"status": "ok", "rows_stored": 1}]
        with s.transaction() as con:
            supersede(con, run)
        assert s.scalar("SELECT status FROM load_runs WHERE id = ?", [run]) == "superseded"
        assert s.scalar("SELECT count(*) FROM observations") == 0


def test_evidence_is_written_by_column_name_and_read_as_rows() -> None:
    with Store(":memory:") as s:
        src, ev = _doc()
        assert save_document(s, src, ev, method="rules.test") == "new"
        assert save_document(s, src, ev, method="rules.test") == "unchanged"
        events = evidence(s, "events")
        assert len(events) == 1 and isinstance(events[0], EventRow)
        e = events[0]
        assert (e.actors, e.recipients, e.sentence, e.document_title) == (["ARM"], ["RUS"], TEXT[:33], "A deal")
        assert list(e.as_json()) == ["id", "origin", "type", "mode", "actors", "recipients", "date", "negated",
                                     "hypothetical", "goldstein", "cameo", "document", "document_title", "start",
                                     "end", "sentence", "source_url"]
        claims = evidence(s, "claims", EvidenceFilter(actor="RUS"))
        assert isinstance(claims[0], ClaimRow) and claims[0].value == 40.0 and claims[0].sentence == TEXT[34:]
        assert query_evidence(s, "claims", actor="RUS") == [c.as_json() for c in claims]
        assert count_evidence(s, "actors") == 2 and count_evidence(s, "stances", EvidenceFilter(type="ceasefire")) == 0
        assert count_evidence(s, "events", EvidenceFilter(involving=["RUS"], years=(2019, 2019), listed_only=True)) == 1
        assert evidence(s, "events", EvidenceFilter(origin="gdelt")) == []


def test_a_new_version_of_a_document_supersedes_the_old_one() -> None:
    with Store(":memory:") as s:
        save_document(s, *_doc(), method="rules.test")
        assert save_document(s, *_doc(TEXT + " More."), method="rules.test") == "replaced"
        assert s.scalar("SELECT count(*) FROM documents") == 1
        assert s.query("SELECT status FROM load_runs ORDER BY id") == [{"status": "superseded"}, {"status": "ok"}]
        assert s.scalar("SELECT count(*) FROM claims") == 1 and s.scalar("SELECT count(*) FROM mentions") == 2


def test_checks_are_saved_and_read_as_rows() -> None:
    with Store(":memory:") as s:
        src, ev = _doc()
        save_document(s, src, ev, method="rules.test")
        claim = s.scalar("SELECT id FROM claims")
        verdict = {"claim_id": claim, "document": {"id": src.id}, "verdict": "supported", "value": 41.0,
                   "unit": "percent", "period_used": "2019", "exact_period": True, "dataset": "d", "citation": "c",
                   "rows": [{"dataset": "d"}], "reason": "close", "nearest": None, "others": [],
                   "disagreement": False, "method": "check.test"}
        save_checks(s, [verdict], None)
        rows = stored_checks(s)
        assert len(rows) == 1 and rows[0].verdict == "supported" and rows[0].rows == [{"dataset": "d"}]
        assert rows[0].nearest is None and rows[0].claimed_value == 40.0
        j = rows[0].as_json()
        assert list(j)[:3] == ["claim", "document", "verdict"] and j["origin"] == "a.md"
        assert stored_checks(s, "a.md") == rows and stored_checks(s, "elsewhere") == []
