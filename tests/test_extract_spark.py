"""Reading on Spark (``extract``/``ingest --engine spark``) gives what the local run gives, on real documents."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest

from multipolar.cli import main
from multipolar.engines.spark_read import balanced_groups
from multipolar.extract import pipeline  # the rules this process extracts with, loaded now
from multipolar.sources.document import SourceDocument
from multipolar.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
RULES = Path(pipeline.__file__).parents[1]


def _rules_digest() -> str:
    """The rule files' contents: the Spark workers import them when they start, this process did at collection."""
    h = hashlib.sha256()
    for f in sorted(p for d in ("extract", "resolve") for p in (RULES / d).rglob("*") if p.is_file()
                    and "__pycache__" not in p.parts):
        h.update(str(f).encode() + f.read_bytes())
    return h.hexdigest()


RULES_AT_START = _rules_digest()


def _skip_if_rules_changed() -> None:
    """Others edit the rules in this tree; if they did during the run, local and Spark read with different rules
    (called when the outputs differ: a difference is a failure only when the rules stood still)."""
    if _rules_digest() != RULES_AT_START:
        pytest.skip("the extraction rules changed on disk while the tests ran: local and Spark used different ones")


SPARK = ["--engine", "spark", "--spark-master", "local[2]", "--partitions", "2", "--batch-size", "3"]

no_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus (the real documents) is not beside "
                                                             "the repo")
no_java = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java 17 on PATH")


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article and five dev2 documents (White House readouts, Wikipedia pages…)."""
    pytest.importorskip("pyspark", reason="pip install 'multipolar[spark]'")
    out = tmp_path_factory.mktemp("docs")
    for f in [*sorted((CORPUS / "seed").glob("*.md")), *sorted((CORPUS / "dev2").glob("*.md"))[:5]]:
        (out / f.name).symlink_to(f)
    return out


@no_corpus
@no_java
def test_extract_on_spark_writes_the_same_bytes(folder: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(["extract", str(folder), "-o", f"{tmp_path / 'local'}/"], capsys)
    assert code == 0 and "read 6 document(s) in this process: " in err and " docs/s" in err  # the summary
    code, out, err = _run(["extract", str(folder), "-o", f"{tmp_path / 'spark'}/", *SPARK], capsys)
    assert code == 0, err
    local = sorted((tmp_path / "local").iterdir())
    spark = sorted((tmp_path / "spark").iterdir())
    assert [p.name for p in local] == [p.name for p in spark] and len(local) == 6
    differ = [a.name for a, b in zip(local, spark, strict=True) if a.read_bytes() != b.read_bytes()]
    if differ:
        _skip_if_rules_changed()
    assert not differ
    # progress per batch (6 documents in batches of 3) and the summary, on stderr
    assert "extracting: 3/6 documents" in err and "extracting: 6/6 documents" in err
    assert "read 6 document(s) on Spark local[2] (2 partition(s), batches of 3)" in err and "docs/s" in err
    # one file, one document: the same single object as the local run
    seed = next(folder.glob("moscowtimes*.md"))
    assert _run(["extract", str(seed), "-o", str(tmp_path / "l.json")], capsys)[0] == 0
    assert _run(["extract", str(seed), "-o", str(tmp_path / "s.json"), *SPARK], capsys)[0] == 0
    if (tmp_path / "l.json").read_bytes() != (tmp_path / "s.json").read_bytes():
        _skip_if_rules_changed()
    assert (tmp_path / "l.json").read_bytes() == (tmp_path / "s.json").read_bytes()


def _rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every evidence table without its load-run id; the runs without ids and times."""
    out = {}
    with Store(db, read_only=True) as s:
        for table in ("documents", "actors", "mentions", "events", "claims", "stances"):
            cols = [r[0] for r in s._con.execute(f"DESCRIBE {table}").fetchall() if r[0] != "load_run"]
            sel = ", ".join(f'"{c}"' for c in cols)
            out[table] = s._con.execute(f"SELECT {sel} FROM {table} ORDER BY ALL").fetchall()
        out["load_runs"] = s._con.execute("SELECT kind, path, sha256, status, method, rows_read, rows_stored "
                                         "FROM load_runs ORDER BY path").fetchall()
    return out


@no_corpus
@no_java
def test_ingest_on_spark_stores_the_same_rows(folder: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(folder, docs, symlinks=True)
    (docs / "zz-too-long.txt").write_text("Armenia and Georgia signed a deal. " * 60_000, encoding="utf-8")
    code, out_local, err_local = _run(["ingest", str(docs), "--db", str(tmp_path / "local.duckdb")], capsys)
    assert code == 1 and "6 new, 0 replaced, 0 unchanged, 1 failed" in out_local
    code, out, err = _run(["ingest", str(docs), "--db", str(tmp_path / "spark.duckdb"), *SPARK], capsys)
    assert code == 1, err  # the document the pipeline refuses fails, as in the local run; the others are stored
    summary, summary_local = (" ".join(o.split()).split(" stored in ")[0] for o in (out, out_local))
    if summary != summary_local:
        _skip_if_rules_changed()
    assert summary == summary_local
    assert "too long to read" in err and "zz-too-long.txt" in err
    local, spark = _rows(tmp_path / "local.duckdb"), _rows(tmp_path / "spark.duckdb")
    assert len(local["documents"]) == 6 and len(local["events"]) > 10
    if local != spark:
        _skip_if_rules_changed()
    for table in local:
        assert local[table] == spark[table], table
    # again: nothing to extract, nothing changes (no Spark job)
    (docs / "zz-too-long.txt").unlink()
    code, out, err = _run(["ingest", str(docs), "--db", str(tmp_path / "spark.duckdb"), *SPARK], capsys)
    assert code == 0 and "0 new, 0 replaced, 6 unchanged, 0 failed" in out and "read " not in err
    assert _rows(tmp_path / "spark.duckdb") == spark


@no_corpus
@no_java
def test_a_batch_that_cannot_be_stored_leaves_earlier_batches(folder: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import multipolar.store.evidence as evidence

    real, calls = evidence.save_documents, []

    def failing(store: Store, items: Any, **kw: Any) -> list[str]:
        calls.append(len(items))
        if len(calls) == 2:
            raise OSError("disk full")
        return real(store, items, **kw)

    monkeypatch.setattr(evidence, "save_documents", failing)
    db = tmp_path / "s.duckdb"
    code, out, err = _run(["ingest", str(folder), "--db", str(db), *SPARK], capsys)
    assert code == 5 and calls == [3, 3]
    assert "3 new, 0 replaced, 0 unchanged, 0 failed" in out
    assert "batch 2 could not be stored (OSError: disk full)" in err and "not stored (3), to ingest again:" in err
    names = sorted(p.name for p in folder.iterdir())
    assert all(n in err for n in names[3:]) and not any(n in err.split("not stored")[1] for n in names[:3])
    with Store(db, read_only=True) as s:
        assert s.scalar("SELECT count(*) FROM documents") == 3
    monkeypatch.setattr(evidence, "save_documents", real)
    code, out, _err = _run(["ingest", str(folder), "--db", str(db), *SPARK], capsys)  # the re-run completes it
    assert code == 0 and "3 new, 0 replaced, 3 unchanged, 0 failed" in out


def test_spark_options_need_the_spark_engine(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(["extract", "nothing.md", "--batch-size", "8"], capsys)
    assert code == 2 and "--batch-size is for --engine spark" in err


def test_partitions_hold_about_the_same_text_and_keep_input_order() -> None:
    docs = [(i, SourceDocument(text="x" * n, origin=f"{i}.md", kind="markdown"))
            for i, n in enumerate([100, 10, 60, 50, 30, 5])]
    groups = balanced_groups(docs, 2)
    assert sorted(i for g in groups for i, _ in g) == list(range(6))
    assert all([i for i, _ in g] == sorted(i for i, _ in g) for g in groups)
    assert sorted(sum(len(d.text) for _, d in g) for g in groups) == [125, 130]
    assert len(balanced_groups(docs[:1], 4)) == 1


def test_an_executor_sends_back_what_each_document_gave(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document the pipeline refuses comes back as its error, a crash as a crash naming the document; the
    others are extracted (the executor's side, run here without Spark)."""
    import multipolar.engines.spark_read as sr
    from multipolar.errors import ExtractionError
    from multipolar.extract.evidence import DocumentInfo, Evidence

    class Pipeline:
        def extract(self, doc: SourceDocument) -> Evidence:
            if doc.origin == "long.md":
                raise ExtractionError("the document is too long to read", source=doc.origin, hint="split it")
            if doc.origin == "bug.md":
                raise KeyError("oops")
            return Evidence(document=DocumentInfo(id=doc.id, title=None, published=None, url=None, source=None))

        def extract_many(self, docs: list[SourceDocument]) -> Any:
            return (self.extract(d) for d in docs)

    monkeypatch.setitem(sr._EXTRACTORS, "test", Pipeline())
    docs = [SourceDocument(text=f"text {i}", origin=o, kind="markdown") for i, o in enumerate(["a.md", "long.md",
                                                                                              "b.md", "bug.md"])]
    records = list(sr._run_partition("test", iter([[(0, docs[0]), (1, docs[1])], [(2, docs[2])]])))
    assert [(k, i) for k, i, _ in records[:3]] == [("doc", 0), ("error", 1), ("doc", 2)]
    assert records[-1][0] == "stats" and records[-1][2][0] == 0.0 and records[-1][2][-1] == 3  # loaded before
    st = sr.SparkReadStats()
    out = sr._batch_results(records, docs, st)
    assert [i for i, _ in out] == [0, 1, 2] and isinstance(out[1][1], ExtractionError)
    assert str(out[1][1]) == "long.md: the document is too long to read — split it" and st.documents == 3
    records = list(sr._run_partition("test", iter([[(3, docs[3]), (0, docs[0])]])))
    with pytest.raises(sr.ExtractCrash) as crash:
        sr._batch_results(records, docs, st)
    assert crash.value.index == 3 and crash.value.source == "bug.md" and "KeyError: 'oops'" in str(crash.value)
    assert "Traceback" in crash.value.detail


@no_corpus
@no_java
def test_the_python_api_takes_the_spark_engine(folder: Path, tmp_path: Path) -> None:
    import multipolar

    two = sorted(folder.iterdir())[:2]
    local = multipolar.extract(two)
    spark = multipolar.extract(two, engine="spark", partitions=2, batch_size=1)
    if [ev.as_json() for _, ev in local] != [ev.as_json() for _, ev in spark]:
        _skip_if_rules_changed()
    assert [ev.as_json() for _, ev in local] == [ev.as_json() for _, ev in spark]
    assert [src.origin for src, _ in spark] == [str(p) for p in two]
    a = multipolar.ingest(two, db=tmp_path / "a.duckdb")
    b = multipolar.ingest(two, db=tmp_path / "b.duckdb", engine="spark", batch_size=1)
    if a.as_json() != b.as_json() or _rows(tmp_path / "a.duckdb") != _rows(tmp_path / "b.duckdb"):
        _skip_if_rules_changed()
    assert a.as_json() == b.as_json() and len(b.new) == 2
    assert _rows(tmp_path / "a.duckdb") == _rows(tmp_path / "b.duckdb")
    with pytest.raises(multipolar.errors.UsageError, match="partitions is for engine='spark'"):
        multipolar.extract(two, partitions=2)


@no_corpus
@no_java
def test_an_executor_without_a_pipeline_stops_the_run(folder: Path) -> None:
    from multipolar.engines.spark_read import ExtractCrash, extract_all_on_spark
    from multipolar.sources.discover import read_inputs

    docs = [d for d in read_inputs(sorted(folder.iterdir())[:2]) if isinstance(d, SourceDocument)]
    with pytest.raises(ExtractCrash, match="could not build the pipeline .ValueError: events reader must be"):
        extract_all_on_spark(docs, reader="no-such-reader", master="local[2]")
