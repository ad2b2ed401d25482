"""Readers and writers on one store file, with real processes (DuckDB 2.0: one writer process per file).

What DuckDB does (checked here, documented in docs/robustness.md):

* a process that opens the file for writing takes an exclusive lock for as long as it keeps it open; while it
  does, *any* other open — read-only or not — fails at once with "Could not set lock on file …"; multipolar
  turns that into ``StoreError: the store is in use by another process — wait … or use another --db``
  (exit status 5 at the command line). Nothing waits and nothing is corrupted;
* read-only opens share the file with each other, but while any reader holds it, a writer cannot open it;
* a reader that opens the store after the load committed sees the new rows; a load is one transaction, so a
  reader can never see half of one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from multipolar.errors import StoreBusyError
from multipolar.store import Store
from tests.test_crash import checksums, cli, env, run

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
needs_data = pytest.mark.skipif(not DATA.exists(), reason=f"the real datasets are not beside the repo ({DATA})")
COW = DATA / "cow_trade_v4_dyadic"  # 690,000 rows: a load of several seconds
NMC = DATA / "peacesciencer_cow_atop_igo_nmc_leaders" / "cow_nmc_cinc.csv"


def lock_holders(db: Path) -> dict[int, str]:
    """PIDs holding a POSIX lock on the file (from /proc/locks) and the lock type (READ/WRITE)."""
    ino = os.stat(db).st_ino
    out = {}
    for line in Path("/proc/locks").read_text().splitlines():
        parts = line.split()
        # "1: POSIX  ADVISORY  WRITE 1234 fd:00:5678 0 EOF"
        if len(parts) >= 6 and parts[1] == "POSIX" and parts[5].rsplit(":", 1)[-1] == str(ino):
            out[int(parts[4])] = parts[3]
    return out


def wait_for_lock(db: Path, pid: int, kind: str, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if db.exists() and lock_holders(db).get(pid) == kind:
            return
        time.sleep(0.02)
    raise AssertionError(f"process {pid} never took a {kind} lock on {db}")


@pytest.fixture()
def store_with_data(tmp_path: Path) -> Path:
    db = tmp_path / "shared.duckdb"
    done = run(cli("load", "cow-nmc", str(NMC), db=db))
    assert done.returncode == 0, done.stderr
    return db


pytestmark = [needs_data, pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux /proc/locks")]


def test_reader_and_second_writer_during_a_load(store_with_data: Path) -> None:
    db = store_with_data
    before = checksums(db)
    writer = subprocess.Popen(cli("load", "cow-trade", str(COW), db=db), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env(), cwd=REPO)
    try:
        wait_for_lock(db, writer.pid, "WRITE")
        # A reader (the dashboard) gets a clear StoreError, at once, marked transient (busy).
        started = time.monotonic()
        with pytest.raises(StoreBusyError, match="in use by another process") as caught:
            Store(db, read_only=True)
        assert time.monotonic() - started < 5
        assert str(db) in str(caught.value) and "wait" in str(caught.value)
        # A second writer fails with a clear message and exit status 5; so does verify.
        second = run(cli("load", "unga-votes", str(DATA / "unga_votes_voeten_unvotes"), db=db))
        assert writer.poll() is None, "the load finished before the checks: use a longer load"
        assert second.returncode == 5
        assert "in use by another process" in second.stderr and "Traceback" not in second.stderr
        reader = run(cli("verify", db=db))
        assert writer.poll() is None, "the load finished before the checks: use a longer load"
        assert reader.returncode == 5 and "in use by another process" in reader.stderr
        out, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    # After the commit, a new reader sees the new rows; nothing of the first dataset changed.
    with Store(db, read_only=True) as store:
        assert store.scalar("SELECT count(*) FROM observations WHERE dataset = 'cow-trade'") > 1_000_000
        assert store.scalar("SELECT count(*) FROM load_runs WHERE status <> 'ok'") == 0
    after = checksums(db)
    assert after["observations"][0] > before["observations"][0]
    with Store(db, read_only=True) as store:  # the dataset loaded before is untouched
        assert store.scalar("SELECT count(*) FROM observations WHERE dataset = 'cow-nmc'") == before["observations"][0]
    assert run(cli("verify", db=db)).returncode == 0
    # The refused writer can simply run again now.
    again = run(cli("load", "unga-votes", str(DATA / "unga_votes_voeten_unvotes"), db=db))
    assert again.returncode == 0, again.stderr


def test_open_reader_blocks_writer_with_a_clear_message(store_with_data: Path) -> None:
    db = store_with_data
    before = checksums(db)
    code = ("import sys, time\nfrom multipolar.store import Store\n"
            "s = Store(sys.argv[1], read_only=True)\nprint(s.scalar('SELECT count(*) FROM observations'), flush=True)\n"
            "time.sleep(float(sys.argv[2]))\ns.close()\n")
    readers = [subprocess.Popen([sys.executable, "-c", code, str(db), "4"], stdout=subprocess.PIPE, text=True,
                                env=env(), cwd=REPO) for _ in range(2)]
    try:
        for r in readers:
            wait_for_lock(db, r.pid, "READ")  # two readers share the file
        writer = run(cli("load", "cow-trade", str(DATA / "cow_trade_v4_dyadic" / "cow_trade_sy_v4.csv"), db=db))
        assert writer.returncode == 5
        assert "in use by another process" in writer.stderr
        for r in readers:
            out, _ = r.communicate(timeout=60)
            assert int(out.strip()) == before["observations"][0]
    finally:
        for r in readers:
            if r.poll() is None:
                r.kill()
    assert checksums(db) == before
    assert run(cli("verify", db=db)).returncode == 0
