"""GDELT event streams (issue 15): the streaming loader stores exactly what the staged loader of
gdelt-events.v2 stored, a folder loads one transaction per file, a killed load resumes, progress and summary.

``OldGdeltEvents.load_file`` below is the loader's SQL as it was before the streaming path (commit 978e58b),
kept here verbatim as the reference: every comparison loads the same files through both and compares the
events, rejects and load runs column by column."""

from __future__ import annotations

import hashlib
import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from multipolar.datasets import api, fetch
from multipolar.datasets.base import LoadSession, run_load
from multipolar.datasets.gdelt import EVENTS1, GdeltEvents, _code_tables
from multipolar.errors import DataError
from multipolar.store import Store, loading

from .conftest import DATA, REPO, needs_data

SAMPLES = DATA / "gdelt_samples"
V2 = SAMPLES / "gdelt2_20180326044500.export.CSV"
V1 = SAMPLES / "gdelt1_events_sample_reed9999.tsv"
sys.path.insert(0, str(REPO / "bench"))
from gdelt_replica import write_replica, write_stream  # noqa: E402


class OldGdeltEvents(GdeltEvents):
    """gdelt-events.v2 as loaded before the streaming path: every row staged in ``_raw``, a view ``_v``."""

    def load_file(self, ctx: LoadSession) -> None:
        v1 = ctx.kind is EVENTS1
        ctx.read(null_padding=v1)
        _code_tables(ctx)
        action_cc = "ActionGeo_CountryCode"
        url = "SOURCEURL"
        ctx.view("_v", f"""
            SELECT r.rowid AS _rid, r.*, c1.mapped AS a1, c2.mapped AS a2, p.type AS ptype, p.mode AS pmode,
                   f.iso3 AS place,
                   try_strptime(SQLDATE, '%Y%m%d') AS dday,
                   CASE WHEN r.GLOBALEVENTID IS NULL THEN 'missing GLOBALEVENTID'
                        WHEN {'r.DATEADDED IS NULL' if v1 else 'false'}
                             THEN 'truncated row: fewer than 57 tab-separated fields'
                        WHEN try_strptime(SQLDATE, '%Y%m%d') IS NULL
                             THEN 'bad SQLDATE (expected YYYYMMDD): ' || coalesce(SQLDATE, 'empty')
                        WHEN EventCode IS NULL OR p.cameo IS NULL
                             THEN 'unknown CAMEO event code in EventCode: ' || coalesce(EventCode, 'empty')
                        WHEN Actor1CountryCode IS NOT NULL AND c1.mapped IS NULL
                             THEN 'unknown CAMEO country code in Actor1CountryCode: ' || Actor1CountryCode
                        WHEN Actor2CountryCode IS NOT NULL AND c2.mapped IS NULL
                             THEN 'unknown CAMEO country code in Actor2CountryCode: ' || Actor2CountryCode
                        WHEN {action_cc} IS NOT NULL AND f.code IS NULL
                             THEN 'unknown FIPS 10-4 country code in ActionGeo_CountryCode: ' || {action_cc}
                        WHEN e.id IS NOT NULL THEN 'duplicate event: GLOBALEVENTID ' || r.GLOBALEVENTID
                             || ' is already in the store (run ' || e.load_run || ')'
                   END AS _reason
            FROM _raw r
            LEFT JOIN _cameo_c c1 ON c1.code = r.Actor1CountryCode
            LEFT JOIN _cameo_c c2 ON c2.code = r.Actor2CountryCode
            LEFT JOIN _plover p ON p.cameo = r.EventCode
            LEFT JOIN _fips f ON f.code = r.{action_cc}
            LEFT JOIN (SELECT id, load_run FROM events WHERE origin = 'gdelt') e
                   ON e.id = 'gdelt:' || CAST(r.GLOBALEVENTID AS VARCHAR)""")
        nbad = int(ctx.scalar("SELECT count(*) FROM _v WHERE _reason IS NOT NULL"))
        if nbad:
            ctx.reject_lines(f"SELECT {ctx.line_expr('_rid')}, _reason FROM _v WHERE _reason IS NOT NULL")
        # Duplicates inside one file: keep the first row of an id.
        dup = int(ctx.scalar("SELECT count(*) - count(DISTINCT GLOBALEVENTID) FROM _v WHERE _reason IS NULL"))
        dedup_filter = ""
        if dup:
            ctx.reject_lines(f"""SELECT {ctx.line_expr('_rid')},
                'duplicate GLOBALEVENTID in the file: ' || GLOBALEVENTID FROM (
                  SELECT _rid, GLOBALEVENTID, row_number() OVER (PARTITION BY GLOBALEVENTID ORDER BY _rid) AS n
                  FROM _v WHERE _reason IS NULL) WHERE n > 1""")
            dedup_filter = ("AND _rid IN (SELECT min(_rid) FROM _v WHERE _reason IS NULL GROUP BY GLOBALEVENTID)")
        ctx.insert_into("events", "id, origin, type, mode, actors, recipients, date, day, goldstein, quad, cameo, "
                                  "source_event_id, source_url, dedup_key, place", f"""
            SELECT 'gdelt:' || GLOBALEVENTID, 'gdelt', ptype, pmode,
                   CASE WHEN a1 IS NULL THEN []::VARCHAR[] ELSE [a1] END,
                   CASE WHEN a2 IS NULL THEN []::VARCHAR[] ELSE [a2] END,
                   strftime(dday, '%Y-%m-%d'), CAST(dday AS DATE), GoldsteinScale, QuadClass, EventCode,
                   CAST(GLOBALEVENTID AS VARCHAR), {url},
                   concat_ws('|', strftime(dday, '%Y-%m-%d'), coalesce(a1, Actor1Code, ''),
                             coalesce(a2, Actor2Code, ''),
                             coalesce(EventBaseCode, ''),
                             coalesce(regexp_extract({url}, '^[A-Za-z]+://(www\\.)?([^/:?#]+)', 2), '')),
                   place
            FROM _v WHERE _reason IS NULL {dedup_filter}""")


EVENT_COLS = ("id, origin, document, type, mode, contexts, actors, recipients, date, day, negated, hypothetical, "
              "goldstein, quad, cameo, source_event_id, source_url, dedup_key, start, \"end\", sentence, load_run, "
              "place")


def _state(s: Store) -> dict[str, list[tuple[object, ...]]]:
    """Everything a gdelt load writes, in a fixed order (the physical order of rows is not part of it)."""
    def rows(sql: str) -> list[tuple[object, ...]]:
        return [tuple(r.values()) for r in s.query(sql)]

    return {
        "events": rows(f"SELECT {EVENT_COLS} FROM events ORDER BY id"),
        "rejects": rows("SELECT load_run, source, line, reason FROM rejects ORDER BY ALL"),
        "runs": rows("SELECT id, dataset, path, sha256, status, method, rows_read, rows_stored, rows_rejected, "
                     "message FROM load_runs ORDER BY id"),
    }


def _both(tmp_path: Path, paths: list[Path], *, share: float = 0.01) -> tuple[dict, dict]:  # type: ignore[type-arg]
    out = []
    for name, loader in (("new", GdeltEvents()), ("old", OldGdeltEvents())):
        s = Store(tmp_path / f"{name}.duckdb")
        errors = []
        for p in paths:
            try:
                run_load(s, loader, p, max_reject_share=share)
            except DataError as exc:
                errors.append(str(exc))
        st = _state(s)
        st["errors"] = errors  # type: ignore[assignment]
        out.append(st)
        s.close()
    return out[0], out[1]


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _field(line: str, i: int, value: str) -> str:
    f = line.split("\t")
    f[i] = value
    return "\t".join(f)


@needs_data
def test_gdelt_stream_clean_files_identical_and_streamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stream = write_stream(V2, tmp_path / "stream", 3, first=1)
    paths = [V2, V1, tmp_path / "stream"]
    # the clean files never take the staged path
    monkeypatch.setattr(GdeltEvents, "_load_staged", lambda *a: (_ for _ in ()).throw(AssertionError("staged")))
    new, old = _both(tmp_path, paths)
    assert new == old
    assert len(new["events"]) == 1540 * 4 + 710 and not new["rejects"] and not new["errors"]
    assert [r[1] for r in new["runs"]] == ["gdelt-events"] * 5 and len(stream) == 3


@needs_data
def test_gdelt_file_alone_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file alone in its transaction (one file, or a stream's file) never takes the two-pass or staged path:
    its rows go straight from the file into the store, the same rows as the previous loader's."""
    folder = tmp_path / "stream"
    write_stream(V2, folder, 3, first=1)
    for path_name in ("_load_clean", "_load_staged"):
        monkeypatch.setattr(GdeltEvents, path_name, lambda *a, _n=path_name: (_ for _ in ()).throw(AssertionError(_n)))
    s = Store(tmp_path / "once.duckdb")
    for f in (V2, V1):
        run_load(s, GdeltEvents(), f)
    report = api.load(s, "gdelt-events", folder, stream=True)
    assert [f.status for f in report.files] == ["loaded"] * 3
    once = _state(s)
    s.close()
    ref = Store(tmp_path / "ref.duckdb")
    for f in (V2, V1, *sorted(folder.iterdir())):
        run_load(ref, OldGdeltEvents(), f)
    assert once == _state(ref)
    ref.close()


@needs_data
def test_gdelt_file_alone_into_a_lake_still_rejects_an_id_twice(tmp_path: Path) -> None:
    """Written to a lake, ``events`` is a capture table without a primary key: a file alone is then read on the
    checked path, so an id twice in the file is still rejected, as in the store."""
    rows = _lines(V2)
    f = tmp_path / "a" / "20180326044500.export.CSV"
    f.parent.mkdir()
    f.write_text("\n".join([*rows, rows[5]]) + "\n", encoding="utf-8")
    for lake in (None, tmp_path / "lake"):
        s = Store(tmp_path / f"{lake is None}.duckdb")
        report = api.load(s, "gdelt-events", f, lake=lake)
        s.close()
        fr = report.files[0]
        assert (fr.rows_read, fr.rows_stored, fr.rows_rejected) == (1541, 1540, 1), lake
        assert "duplicate GLOBALEVENTID in the file" in fr.rejects[0][1]


@needs_data
def test_gdelt_big_file_shows_progress_within_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big file is one long statement: the progress line tells how far it is, in the file and in a stream."""
    monkeypatch.setattr(loading, "PROGRESS_EVERY", 0.05)
    big = tmp_path / "big" / "20180326044500.export.CSV"
    big.parent.mkdir()
    write_replica(V2, big, 400_000)
    seen: list[str] = []

    def record(desc: str, done: int, total: int) -> None:
        seen.append(desc)

    for stream in (False, True):
        seen.clear()
        s = Store(tmp_path / f"p{stream}.duckdb")
        report = api.load(s, "gdelt-events", big.parent, stream=stream, progress=record)
        s.close()
        assert report.rows_stored == 400_000
        within = [d for d in seen if d.endswith("% of this pass")]
        assert within and all("20180326044500.export.CSV" in d for d in within), seen
        pcts = [float(d.rsplit("—", 1)[1].split("%")[0]) for d in within]
        assert all(0 <= p <= 100 for p in pcts)


@needs_data
def test_gdelt_stream_rejects_identical(tmp_path: Path) -> None:
    """Files with rows to reject (every kind of reason) store the same rows and the same rejects, line by line."""
    rows = _lines(V2)
    bad = list(rows)
    bad[3] = _field(bad[3], 34, "abc")                # AvgTone not a number: read_csv reject
    bad[10] = _field(bad[10], 26, "9999")             # unknown CAMEO event code
    bad[20] = _field(bad[20], 7, "XYZ")               # unknown actor country
    bad[30] = _field(bad[30], 1, "2018-03-26")        # bad SQLDATE
    bad[40] = _field(bad[40], 53, "QQ")               # unknown FIPS
    bad[50] = "\t".join(bad[50].split("\t")[:40])     # too few columns
    bad.insert(60, bad[59])                           # duplicate id in the file
    bad.insert(100, bad[70])                          # and another, further on
    f1 = tmp_path / "a" / "20180326044500.export.CSV"
    f1.parent.mkdir()
    f1.write_text("\n".join(bad) + "\n", encoding="utf-8")
    # a second file: 10 ids already stored by the first (duplicates in the store), the rest new
    other = write_stream(V2, tmp_path / "b", 1, first=1)[0]
    later = _lines(other)
    later[5:15] = rows[200:210]
    other.write_text("\n".join(later) + "\n", encoding="utf-8")
    # v1 with a truncated row (null padding) and a bad code
    v1 = _lines(V1)
    v1[7] = "\t".join(v1[7].split("\t")[:30])
    v1[9] = _field(v1[9], 26, "")
    f3 = tmp_path / "c" / "gdelt1_events_sample_x.tsv"
    f3.parent.mkdir()
    f3.write_text("\n".join(v1) + "\n", encoding="utf-8")
    new, old = _both(tmp_path, [f1, other, f3], share=0.05)
    assert new == old
    # each file was alone in its transaction: the one pass failed, was rolled back, and the file loaded again;
    # the optimizer setting the failed statement could not restore is restored after the rollback
    s = Store(tmp_path / "again.duckdb")
    setting = "SELECT current_setting('disabled_optimizers')"
    before = s.scalar(setting)
    report = run_load(s, GdeltEvents(), f1, max_reject_share=0.05)
    assert report.files[0].rows_rejected == 8 and s.scalar(setting) == before
    s.close()
    reasons = " ".join(r[3] for r in new["rejects"])
    for why in ("malformed value", "unknown CAMEO event code", "Actor1CountryCode", "bad SQLDATE", "FIPS",
                "wrong number of columns", "duplicate GLOBALEVENTID in the file", "already in the store",
                "truncated row"):
        assert why in reasons, why
    assert len(new["events"]) == (1540 + 2 - 8) + (1540 - 10) + (710 - 2)


@needs_data
def test_gdelt_stream_whole_file_duplicate_fails_the_same(tmp_path: Path) -> None:
    copy = tmp_path / "x" / "gdelt2_20180326044500.export.CSV"
    copy.parent.mkdir()
    copy.write_bytes(V2.read_bytes() + b"\n")  # other bytes, same events
    new, old = _both(tmp_path, [V2, copy])
    assert new == old and len(new["errors"]) == 1 and "duplicate event" in new["errors"][0]


_KILLABLE = """
import sys
from pathlib import Path
from multipolar.datasets import api
from multipolar.store import Store

def progress(desc, done, total):
    print(done, flush=True)

with Store(sys.argv[1]) as s:
    api.load(s, "gdelt-events", Path(sys.argv[2]), stream=True, progress=progress)
"""


@needs_data
def test_gdelt_stream_killed_then_resumed(tmp_path: Path) -> None:
    """SIGKILL mid-stream: the files committed before stay, the re-run skips them and loads the rest; every event
    is stored exactly once."""
    n = 30
    folder = tmp_path / "stream"
    write_stream(V2, folder, n)
    db = tmp_path / "s.duckdb"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", _KILLABLE, str(db), str(folder)], stdout=subprocess.PIPE,
                            env=env, text=True)
    assert proc.stdout is not None
    started = 0
    deadline = time.monotonic() + 120
    while started < 6 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        started = int(line)
    os.kill(proc.pid, signal.SIGKILL)  # during file 7 (0-based 6): files 1..6 are committed
    proc.wait()
    assert started >= 6, "the stream did not get far enough to be killed mid-way"
    with Store(db) as s:
        done = int(s.scalar("SELECT count(*) FROM load_runs WHERE status = 'ok'"))
        assert 6 <= done < n
        assert s.scalar("SELECT count(*) FROM events") == done * 1540
        assert s.scalar("SELECT count(*) FROM load_runs WHERE status <> 'ok'") == 0  # the killed file left nothing
    out = subprocess.run([sys.executable, "-m", "multipolar", "load", "gdelt-events", str(folder), "--stream",
                          "--db", str(db)], env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    assert f"{n} file(s) ({n - done} loaded, {done} unchanged); {(n - done) * 1540:,} rows stored" in out.stderr
    assert "rows/s" in out.stderr and "Traceback" not in out.stderr + out.stdout
    with Store(db) as s:
        assert s.scalar("SELECT count(*) FROM events") == n * 1540
        assert s.scalar("SELECT count(DISTINCT source_event_id) FROM events") == n * 1540
        assert s.scalar("SELECT count(*) FROM load_runs WHERE status = 'ok'") == n


@needs_data
def test_gdelt_stream_file_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A masterfilelist.txt loads as a stream: exports beside the list, in the cache, or downloaded (md5 checked)."""
    import zipfile

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    cache = fetch.default_cache_dir()

    exports = write_stream(V2, tmp_path / "made", 3)
    lines = []
    for i, f in enumerate(exports):
        z = (tmp_path / "here" if i == 0 else cache / "gdelt" if i == 1 else tmp_path / "remote") / (
            f.name + ".zip")
        z.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.write(f, f.name)
        data = z.read_bytes()
        lines.append(f"{len(data)} {hashlib.md5(data, usedforsecurity=False).hexdigest()} "
                     f"http://data.gdeltproject.org/gdeltv2/{z.name}")
        lines.append(f"99 {'0' * 32} http://data.gdeltproject.org/gdeltv2/{f.name[:14]}.mentions.CSV.zip")
    lst = tmp_path / "here" / "masterfilelist.txt"
    lst.write_text("\n".join(lines) + "\n")
    asked: list[str] = []
    remote = tmp_path / "remote"

    class Handler(http.server.SimpleHTTPRequestHandler):  # a real HTTP server on 127.0.0.1 serving the mirror
        def __init__(self, *a: Any, **k: Any) -> None:
            super().__init__(*a, directory=str(remote), **k)

        def do_GET(self) -> None:
            asked.append(self.path)
            super().do_GET()

        def log_message(self, *args: object) -> None:
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.server_address[1]}/"
    try:
        files = fetch.gdelt_list_files(lst, base_url=base)
        assert [f.parent.name for f in files] == ["here", "gdelt", "gdelt"] and len(asked) == 1
        s = Store(tmp_path / "s.duckdb")
        report = api.load(s, "auto", lst)  # every export now local: nothing fetched
        assert report.seconds is not None and [f.status for f in report.files] == ["loaded"] * 3
        assert s.scalar("SELECT count(*) FROM events") == 3 * 1540
        # the optimizer setting the streaming path changes for its statements is restored
        assert s.scalar("SELECT current_setting('disabled_optimizers')") in ("", None)
        # a damaged download is refused by its md5
        served = remote / files[2].name
        served.write_bytes(served.read_bytes()[:-1] + b"x")
        files[2].unlink()
        with pytest.raises(fetch.FetchError, match="md5 mismatch"):
            fetch.gdelt_list_files(lst, base_url=base)
    finally:
        srv.shutdown()
        srv.server_close()


@needs_data
def test_gdelt_stream_cli_failed_file_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A stream goes on past a bad file: the others are committed, the bad one is named with its error (no
    traceback), the summary counts files by status, and the exit status is 1."""
    from multipolar.cli import main

    folder = tmp_path / "d"
    write_stream(V2, folder, 3)
    (folder / "20180326050000.export.CSV").write_text("garbage\tline\n")  # between the good ones
    db = tmp_path / "s.duckdb"
    assert main(["load", "gdelt-events", str(folder), "--stream", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "wrong number of columns" in err and "Traceback" not in err
    assert "gdelt-events: 3 file(s) (1 failed, 2 loaded); 3,080 rows stored" in err and "rows/s" in err
    with Store(db) as s:
        assert s.scalar("SELECT count(*) FROM events") == 2 * 1540
