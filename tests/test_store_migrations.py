"""Numbered migrations: a store written by the previous release (schema version 2, no migration ledger) is
upgraded in place, loses nothing and reads as before; a fresh store has the same schema; a store from a newer
version is refused, and a read-only open of an out-of-date store says how to upgrade it."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import duckdb
import pytest

from multipolar.check import stored_checks
from multipolar.errors import StoreError
from multipolar.store import Store
from multipolar.store.evidence import query_evidence
from multipolar.store.schema import MIGRATIONS, SCHEMA_VERSION
from multipolar.store.verify import verify

FIXTURE = Path(__file__).parent / "fixtures" / "store_release_f2d40f0.duckdb.gz"


@pytest.fixture()
def release2(tmp_path: Path) -> Path:
    path = tmp_path / "release2.duckdb"
    with gzip.open(FIXTURE) as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


def _schema(path: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT table_name, column_name, ordinal_position, data_type, is_nullable, column_default "
                           "FROM information_schema.columns WHERE table_schema = 'main' "
                           "ORDER BY table_name, ordinal_position").fetchall()
    finally:
        con.close()


def _counts(path: Path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'main'").fetchall()]
        return {t: int(con.execute(f'SELECT count(*) FROM "{t}"').fetchall()[0][0]) for t in tables}
    finally:
        con.close()


def _ledger(path: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT number, name, applied_at FROM schema_migrations ORDER BY number").fetchall()
    finally:
        con.close()


def test_release2_store_is_upgraded_in_place_and_loses_nothing(release2: Path, tmp_path: Path) -> None:
    before = _counts(release2)
    assert "schema_migrations" not in before and before["claims"] > 0 and before["observations"] > 0
    with Store(release2) as s:
        assert s.scalar("SELECT value FROM meta WHERE key = 'schema_version'") == str(SCHEMA_VERSION)
    after = _counts(release2)
    assert after.pop("schema_migrations") == len(MIGRATIONS)
    assert after == before
    assert [r[:2] for r in _ledger(release2)] == [(m.number, m.name) for m in MIGRATIONS]
    fresh = tmp_path / "fresh.duckdb"
    Store(fresh).close()
    assert _schema(release2) == _schema(fresh)


def test_upgraded_store_reads_as_before(release2: Path) -> None:
    with Store(release2) as s:
        claims = query_evidence(s, "claims")
        events = query_evidence(s, "events", actor="CHN")
        checks = stored_checks(s)
        report = verify(s)
    assert claims and events and checks
    assert {c["claim"] for c in checks} <= {c["id"] for c in claims}
    assert report.ok, [str(p) for p in report.problems]


def test_reopening_an_upgraded_store_changes_nothing(release2: Path) -> None:
    Store(release2).close()
    ledger, counts, schema = _ledger(release2), _counts(release2), _schema(release2)
    Store(release2).close()
    with Store(release2, read_only=True) as s:
        assert s.scalar("SELECT count(*) FROM claims") == counts["claims"]
    assert (_ledger(release2), _counts(release2), _schema(release2)) == (ledger, counts, schema)


def test_release2_store_opens_read_only_without_an_upgrade(release2: Path) -> None:
    """Release 2's schema is migrations 1–2: nothing is missing, so a reader needs no upgrade."""
    with Store(release2, read_only=True) as s:
        assert s.scalar("SELECT count(*) FROM documents") == 2
    assert "schema_migrations" not in _counts(release2)


def test_out_of_date_store_read_only_says_to_open_it_writable(release2: Path) -> None:
    con = duckdb.connect(str(release2))
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="out of date") as caught:
        Store(release2, read_only=True)
    assert "writable" in str(caught.value)
    with Store(release2) as s:  # a writable open upgrades it
        assert s.scalar("SELECT max(number) FROM schema_migrations") == SCHEMA_VERSION


def test_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_migrations VALUES (?, 'from the future', now())", [SCHEMA_VERSION + 1])
    con.close()
    for read_only in (False, True):
        with pytest.raises(StoreError, match="newer multipolar") as caught:
            Store(path, read_only=read_only)
        assert "upgrade multipolar" in str(caught.value)


def test_newer_store_without_a_ledger_is_refused(release2: Path) -> None:
    con = duckdb.connect(str(release2))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 5)])
    con.close()
    with pytest.raises(StoreError, match="newer multipolar"):
        Store(release2)


def test_migrations_are_numbered_in_order() -> None:
    assert [m.number for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert SCHEMA_VERSION == MIGRATIONS[-1].number


def test_cli_verify_is_clean_on_the_upgraded_store(release2: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from multipolar.cli import main

    Store(release2).close()
    assert main(["verify", "--db", str(release2)]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_an_early_release2_store_is_completed(release2: Path, tmp_path: Path) -> None:
    """A store of release 2 made before a table or column was added (without a new schema version) gets them."""
    con = duckdb.connect(str(release2))
    con.execute("DROP TABLE lake_runs")
    con.execute("ALTER TABLE events DROP COLUMN place")
    con.close()
    counts = _counts(release2)
    Store(release2).close()
    fresh = tmp_path / "fresh.duckdb"
    Store(fresh).close()
    assert _schema(release2) == _schema(fresh)
    after = _counts(release2)
    assert {t: after[t] for t in counts} == counts and after["lake_runs"] == 0
