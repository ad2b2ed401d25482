"""Crash consistency: real `multipolar load` / `multipolar ingest` processes killed with SIGKILL at random moments.

After every kill the store opens, `multipolar verify` passes, no half-load is visible (a load is all or nothing;
an ingest is all or nothing per document), and running the same command again gives exactly the row counts
and checksums of a run that was never interrupted. ``bench/crash.py`` does the same ≥ 50 times.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = SHARED / "data"
CORPUS = SHARED / "corpus"

needs_shared = pytest.mark.skipif(not (DATA.exists() and CORPUS.exists()),
                                  reason=f"the real datasets and corpus are not beside the repo ({SHARED} is missing)")

Checksums = dict[str, tuple[int, int]]
#: tables a new store fills when it is created (its schema version and migrations), before any load or ingest
BOOKKEEPING = ("meta", "schema_migrations")


def checksums(db: Path) -> Checksums:
    """Row count and an order-independent checksum of every table, without wall-clock timestamp columns."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        cols: dict[str, list[str]] = {}
        for table, column, dtype in con.execute(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall():
            if not dtype.startswith("TIMESTAMP"):
                cols.setdefault(table, []).append(f'"{column}"')
        return {t: tuple(con.execute(f'SELECT count(*), coalesce(sum(hash(row({", ".join(c)}))), 0) '
                                     f'FROM "{t}"').fetchall()[0])
                for t, c in sorted(cols.items())}
    finally:
        con.close()


def per_document(db: Path) -> dict[str, tuple[int, ...]]:
    """Evidence rows per stored document (an ingest commits a document with all its evidence, or nothing)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("""SELECT d.id, (SELECT count(*) FROM mentions m WHERE m.document = d.id),
                                     (SELECT count(*) FROM events e WHERE e.document = d.id),
                                     (SELECT count(*) FROM claims c WHERE c.document = d.id),
                                     (SELECT count(*) FROM stances s WHERE s.document = d.id)
                              FROM documents d""").fetchall()
        return {r[0]: tuple(r[1:]) for r in rows}
    finally:
        con.close()


def cli(*args: str, db: Path) -> list[str]:
    return [sys.executable, "-m", "multipolar", *args, "--db", str(db)]


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.pop("MULTIPOLAR_DEBUG", None)
    e["PYTHONPATH"] = str(REPO) + os.pathsep + e.get("PYTHONPATH", "")
    return e


def run(cmd: list[str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env(), cwd=REPO)


@dataclass
class Job:
    """A command to interrupt: ``args`` without --db; ``kind`` 'load' (one transaction) or 'ingest'."""

    name: str
    kind: str
    args: tuple[str, ...]


def jobs() -> dict[str, Job]:
    dev = sorted((CORPUS / "dev").glob("0*.md"))
    return {
        "load-unga": Job("load-unga", "load", ("load", "unga-votes", str(DATA / "unga_votes_voeten_unvotes"))),
        "load-cow": Job("load-cow", "load", ("load", "cow-trade", str(DATA / "cow_trade_v4_dyadic"))),
        "load-icews": Job("load-icews", "load", ("load", "icews", str(DATA / "icews_tkg_samples"))),
        "ingest-seed": Job("ingest-seed", "ingest", ("ingest", str(next((CORPUS / "seed").glob("*.md"))))),
        "ingest-three": Job("ingest-three", "ingest", ("ingest", *(str(p) for p in dev[:3]))),
    }


@dataclass
class Reference:
    """A store as it was before the job (``before``) and after an uninterrupted run (``after``)."""

    job: Job
    base: Path | None  # the store the job starts from (None: no store file yet)
    before: Checksums | None
    after: Checksums
    docs: dict[str, tuple[int, ...]]
    seconds: float


def make_base(workdir: Path) -> Path:
    """A store with one dataset and one document already in it, to prove that a crash never touches them."""
    base = workdir / "base.duckdb"
    if not base.exists():
        for args in (("load", "cow-nmc", str(DATA / "peacesciencer_cow_atop_igo_nmc_leaders" / "cow_nmc_cinc.csv")),
                     ("ingest", str(Path(__file__).resolve().parent / "data" / "sources" / "plain.txt"))):
            done = run(cli(*args, db=base))
            assert done.returncode == 0, done.stderr
    return base


def reference(workdir: Path, job: Job, base: Path | None) -> Reference:
    db = workdir / f"ref-{job.name}-{'base' if base else 'fresh'}.duckdb"
    _fresh(db, base)
    before = checksums(db) if base else None
    started = time.monotonic()
    done = run(cli(*job.args, db=db))
    seconds = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    return Reference(job, base, before, checksums(db), per_document(db), seconds)


def _fresh(db: Path, base: Path | None) -> None:
    for p in (db, db.with_name(db.name + ".wal")):
        p.unlink(missing_ok=True)
    if base:
        shutil.copy(base, db)


@dataclass
class Outcome:
    killed: bool
    delay: float
    state: str  # 'before', 'after', 'partial' (ingest: some documents), 'no store'
    problems: list[str] = field(default_factory=list)


def crash_once(workdir: Path, ref: Reference, rng: random.Random, latest: float = 1.05) -> Outcome:
    """Start the job, SIGKILL it after a random delay, then check the store and finish the job."""
    db = workdir / f"crash-{ref.job.name}.duckdb"
    _fresh(db, ref.base)
    delay = rng.uniform(0.05, ref.seconds * latest)
    proc = subprocess.Popen(cli(*ref.job.args, db=db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=env(), cwd=REPO)
    try:
        proc.wait(timeout=delay)
        killed = False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        killed = True
    out = Outcome(killed, delay, "")
    problems = out.problems
    if not db.exists():
        out.state = "no store"  # killed before the store file was created
    else:
        check = run(cli("verify", db=db))  # opens the store (replaying its WAL) and checks it
        if check.returncode != 0:
            problems.append(f"verify after the kill failed: {check.stdout} {check.stderr}".strip())
        else:
            now = checksums(db)
            if now == ref.after:
                out.state = "after"
            elif ref.before is not None and now == ref.before:
                out.state = "before"
            elif ref.before is None and all(n == 0 for t, (n, _) in now.items() if t not in BOOKKEEPING):
                out.state = "before"  # an empty store (created, nothing committed but its schema)
            elif ref.job.kind == "ingest":
                docs = per_document(db)
                base_docs = set(per_document(ref.base)) if ref.base else set()
                wrong = {d: v for d, v in docs.items() if d not in base_docs and ref.docs.get(d) != v}
                if wrong:
                    problems.append(f"half-stored documents after the kill: {wrong}")
                out.state = "partial"
            else:
                changed = [t for t in now if now[t] != (ref.before or {}).get(t, (0, 0))]
                problems.append(f"a half-load is visible after the kill (tables {changed})")
    again = run(cli(*ref.job.args, db=db))
    if again.returncode != 0:
        problems.append(f"re-running after the kill failed: {again.stderr.strip()[-500:]}")
    elif checksums(db) != ref.after:
        now = checksums(db)
        problems.append(f"the re-run differs from an uninterrupted run: "
                        f"{ {t: (now.get(t), ref.after.get(t)) for t in ref.after if now.get(t) != ref.after[t]} }")
    return out


# -- CI: ≥ 5 kills -----------------------------------------------------------------------------------------

@needs_shared
def test_sigkill_during_load_and_ingest(tmp_path: Path) -> None:
    rng = random.Random(20261128)
    base = make_base(tmp_path)
    all_jobs = jobs()
    plan = [(all_jobs["load-unga"], base, 4), (all_jobs["load-icews"], None, 1), (all_jobs["ingest-seed"], base, 1)]
    kills = 0
    problems: list[str] = []
    for job, start, n in plan:
        ref = reference(tmp_path, job, start)
        for _ in range(n):
            for _attempt in range(3):  # (a run faster than the reference can end before its kill: draw again)
                out = crash_once(tmp_path, ref, rng, latest=0.9)
                problems += [f"{job.name} killed after {out.delay:.2f}s: {p}" for p in out.problems]
                if out.killed:
                    kills += 1
                    break
    assert not problems, "\n".join(problems)
    assert kills >= 5
