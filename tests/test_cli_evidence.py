"""The document commands end to end through the real CLI: extract, ingest, queries, eval, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from multipolar.cli import main
from multipolar.store import Store

from .conftest import GOLD_SHARED, SEED, needs_shared

EXAMPLES = Path(__file__).resolve().parents[1] / "multipolar" / "examples" / "texts"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_extract_one_file_prints_one_evidence_object(capsys: pytest.CaptureFixture[str]) -> None:
    path = EXAMPLES / "01-china-georgia-fta.md"
    code, out, _ = run(["extract", str(path), "--format", "evidence-json"], capsys)
    assert code == 0
    obj = json.loads(out)
    assert obj["format"] == "multipolar.evidence/1"
    assert obj["document"]["published"] == "2017-05-13"
    text = path.read_text(encoding="utf-8")
    ids = {a["id"] for a in obj["actors"]}
    assert {"CHN", "GEO"} <= ids
    for kind in ("events", "claims", "stances"):
        for item in obj[kind]:
            s, e = item["text"]["start"], item["text"]["end"]
            assert 0 <= s < e <= len(text) and text[s:e].strip()
    agree = [e for e in obj["events"] if e["type"] == "AGREE" and not e["negated"] and not e["hypothetical"]]
    assert any({"GEO", "CHN"} <= set(e["actors"]) | set(e["recipients"]) and e["date"] == "2017-05-13"
               for e in agree)


def test_extract_several_inputs_gives_a_list_and_a_folder_gives_files(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    a, b = EXAMPLES / "02-armenia-eaeu.md", EXAMPLES / "03-btk-railway.md"
    code, out, _ = run(["extract", str(a), str(b)], capsys)
    assert code == 0
    assert [o["document"]["title"] for o in json.loads(out)] == [
        "Armenia becomes a member of the Eurasian Economic Union", "Baku-Tbilisi-Kars railway opens"]
    outdir = tmp_path / "out"
    outdir.mkdir()
    code, _, _ = run(["extract", str(a), str(b), "-o", str(outdir)], capsys)
    assert code == 0
    assert sorted(p.name for p in outdir.iterdir()) == ["02-armenia-eaeu.json", "03-btk-railway.json"]


def test_extract_table_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(EXAMPLES / "05-karabakh-2020.md"), "--format", "table"], capsys)
    assert code == 0
    assert "Events" in out and "AZE" in out


def test_bad_inputs_give_one_line_errors_and_nonzero_exit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\xff\xfe" * 50)
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    for bad in (empty, binary, broken, tmp_path / "missing.md"):
        code, out, err = run(["extract", str(bad)], capsys)
        assert code != 0, bad
        assert "Traceback" not in err
        assert str(bad.name) in err


def test_ingest_is_idempotent_and_queries_return_sentences(db_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["ingest", str(EXAMPLES), "--db", str(db_path)], capsys)
    assert code == 0 and "6 new" in out
    with Store(db_path, read_only=True) as st:
        before = st.counts()
    code, out, _ = run(["ingest", str(EXAMPLES), "--db", str(db_path)], capsys)
    assert code == 0 and "6 unchanged" in out
    with Store(db_path, read_only=True) as st:
        assert st.counts() == before
        assert before["documents"] == 6 and before["events"] > 0
        # every stored row knows its document, span and run
        bad = st.scalar("SELECT count(*) FROM events e JOIN documents d ON d.id = e.document "
                        "WHERE substr(d.text, e.start + 1, e.\"end\" - e.start) <> e.sentence")
        assert bad == 0
    code, out, _ = run(["events", "--actor", "RUS", "--format", "json", "--db", str(db_path)], capsys)
    rows = json.loads(out)
    assert rows and all("RUS" in r["actors"] and r["sentence"] and r["document_title"] for r in rows)
    code, out, _ = run(["claims", "--format", "csv", "--db", str(db_path)], capsys)
    assert code == 0 and out.startswith("id,measure")
    code, out, _ = run(["stances", "--actor", "GEO", "--db", str(db_path)], capsys)
    assert code == 0
    code, out, _ = run(["actors", "--format", "json", "--db", str(db_path)], capsys)
    assert {"GEO", "ARM", "AZE", "RUS"} <= {r["id"] for r in json.loads(out)}


def test_a_changed_document_supersedes_its_earlier_version(tmp_path: Path, db_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "note.md"
    doc.write_text("---\ntitle: Note\ndate: 2020-11-10\n---\nRussia deployed peacekeepers to Azerbaijan.\n",
                   encoding="utf-8")
    assert run(["ingest", str(doc), "--db", str(db_path)], capsys)[0] == 0
    doc.write_text("---\ntitle: Note\ndate: 2020-11-10\n---\nTurkey supported Azerbaijan.\n", encoding="utf-8")
    code, out, _ = run(["ingest", str(doc), "--db", str(db_path)], capsys)
    assert code == 0 and "1 replaced" in out
    with Store(db_path, read_only=True) as st:
        assert st.scalar("SELECT count(*) FROM documents") == 1
        assert st.scalar("SELECT count(*) FROM events WHERE list_contains(actors, 'RUS')") == 0
        assert st.query("SELECT status FROM load_runs ORDER BY id") == [{"status": "superseded"}, {"status": "ok"}]


def test_ingest_batch_reports_failures_and_carries_on(tmp_path: Path, db_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\x00\x00binary")
    code, out, err = run(["ingest", str(EXAMPLES / "02-armenia-eaeu.md"), str(bad), "--db", str(db_path)], capsys)
    assert code == 1 and "1 new" in out and "1 failed" in out and "bad.md" in err  # 1: some inputs failed


def test_python_m_multipolar_runs() -> None:
    res = subprocess.run([sys.executable, "-m", "multipolar", "--help"], capture_output=True, text=True)
    assert res.returncode == 0 and "extract" in res.stdout


@needs_shared
def test_eval_json_has_the_reference_figures(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["eval", str(GOLD_SHARED / "moscowtimes-2019-11-05-china-south-caucasus.gold.json"),
                        "--format", "json"], capsys)
    assert code == 0
    res = json.loads(out)
    assert set(res) >= {"events", "claims", "stances", "actors", "spans", "qualifiers", "per_document"}
    assert res["documents"] == 1


@needs_shared
def test_extract_seed_with_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.json"
    code, _, _ = run(["extract", str(SEED), "--format", "evidence-json", "-o", str(out)], capsys)
    assert code == 0
    obj = json.loads(out.read_text(encoding="utf-8"))
    assert obj["document"]["url"].startswith("https://www.themoscowtimes.com/2019/11/05/")
