"""The committed starter pack (multipolar/examples/starter, built by scripts/build_starter.py).

On the bundled pack alone (no ../shared needed): it is small, sorted and keeps its provenance; it credits every
dataset it holds as the loaders do; ``multipolar demo`` on a fresh store tells a 2020s story (influence.v2
scores for Georgia and Azerbaijan in 2020, for Armenia in 2024) and ``multipolar datasets`` lists the new
sources with their years.

With ../shared/data beside the repository: the pack's rows are the loaders' rows (values and provenance); meeting
the full dataset in one store it adds no flow twice; its scores for ARM, AZE and GEO are those of the full
datasets; and the committed script rebuilds it as committed.
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from rich.console import Console

from multipolar.datasets import api
from multipolar.datasets.api import STARTER_DIR
from multipolar.datasets.base import get_loader
from multipolar.store import Store

from .conftest import DATA, REPO, needs_shared, real_store_path

CORE = ("ARM", "AZE", "GEO")
NEW = {"imf-dots": (1960, 2020), "geostat-exports": (1995, 2022), "sipri-register": (1995, 2024),
       "imf-dip": (2014, 2024)}
POWERS = ("CHN", "RUS", "WEST", "TUR", "IRN")
OBS = STARTER_DIR / "observations.parquet"
#: the order scripts/build_starter.py writes observations in
OBS_ORDER = "dataset, indicator, from_actor, to_actor, period, source_file, source_row, value, estimate"


def pack(sql: str) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` over the pack's observations (the view ``obs``)."""
    con = duckdb.connect()
    con.execute(f"CREATE VIEW obs AS SELECT * FROM read_parquet('{OBS}')")
    return con.execute(sql).fetchall()


# -- the bundled pack ------------------------------------------------------------------------------------------
def test_pack_is_small_sorted_and_keeps_provenance() -> None:
    total = sum(p.stat().st_size for p in STARTER_DIR.iterdir())
    assert total < 2_000_000
    cols = [r[0] for r in pack("DESCRIBE obs")]
    assert cols[-3:] == ["source_file", "source_row", "estimate"]
    # written in the build's order, so a rebuild from the same data gives the same file
    [(unsorted,)] = duckdb.sql(f"""SELECT count(*) FROM (
        SELECT file_row_number + 1 AS i, row_number() OVER (ORDER BY {OBS_ORDER}, file_row_number) AS j
        FROM read_parquet('{OBS}', file_row_number = true)) WHERE i <> j""").fetchall()
    assert unsorted == 0
    # provenance: the publisher's file name (no build-machine path), the line, and the estimate mark as stored
    [(no_file, with_path, no_row)] = pack("SELECT count(*) FILTER (WHERE source_file IS NULL), "
                                          "count(*) FILTER (WHERE source_file LIKE '%/%'), "
                                          "count(*) FILTER (WHERE source_row IS NULL) FROM obs")
    assert (no_file, with_path, no_row) == (0, 0, 0)
    marks = dict(pack("SELECT dataset, count(estimate) = count(*) FROM obs WHERE dataset IN "
                      "('imf-dots', 'sipri-register', 'imf-dip') GROUP BY 1"))
    assert marks == {"imf-dots": True, "sipri-register": True, "imf-dip": True}
    files = dict(pack("SELECT dataset, list(DISTINCT source_file ORDER BY source_file) FROM obs WHERE dataset IN "
                      "('geostat-exports', 'sipri-register') GROUP BY 1"))
    assert files == {"geostat-exports": ["ExportByCoutry.csv"], "sipri-register": ["trade_register.csv"]}
    # an IMF estimate keeps its mark: Georgia's exports FOB to China, 2018 (DOTS_76.xlsx), as reported
    rows = pack("SELECT value, source_file, estimate FROM obs WHERE dataset = 'imf-dots' AND indicator = 'exports' "
                "AND from_actor = 'GEO' AND to_actor = 'CHN' AND year = 2018")
    assert [(round(v, 1), f, e) for v, f, e in rows] == [(199.1, "DOTS_76.xlsx", False)]


def test_pack_credits_every_dataset_it_holds() -> None:
    meta = json.loads((STARTER_DIR / "datasets.json").read_text())
    con = duckdb.connect()
    held: dict[str, int] = {}
    for f in sorted(STARTER_DIR.glob("*.parquet")):
        for ds, n in con.execute(f"SELECT dataset, count(*) FROM read_parquet('{f}') GROUP BY 1").fetchall():
            held[ds] = held.get(ds, 0) + int(n)
    assert set(meta) == set(held) and set(NEW) <= set(meta)
    sources = (STARTER_DIR / "SOURCES.md").read_text()
    for ds, m in meta.items():
        loader = get_loader(ds)
        assert (m["version"], m["licence"], m["citation"], m["url"]) == (
            loader.version, loader.licence, loader.citation, loader.url), ds
        assert m["rows"] == held[ds], ds
        assert f"| `{ds}` | {held[ds]:,} | {loader.citation} | {loader.licence} | {loader.url} |" in sources


def test_pack_holds_what_influence_v2_reads_for_the_three_states() -> None:
    # the three states' own DOTS reports, with every partner, and their World rows, 1992-2020
    own = dict(pack("SELECT from_actor, count(DISTINCT year) FROM obs WHERE dataset = 'imf-dots' AND "
                    "indicator = 'total_imports' AND from_actor IN ('ARM', 'AZE', 'GEO') GROUP BY 1"))
    assert own == {"ARM": 29, "AZE": 29, "GEO": 29}
    [(partners,)] = pack("SELECT count(DISTINCT to_actor) FROM obs WHERE dataset = 'imf-dots' AND from_actor = 'GEO' "
                         "AND indicator IN ('imports', 'exports')")
    assert partners > 100
    # partners' mirror reports of their flows with the three (China's report of its exports to Armenia, 2019)
    [(china,)] = pack("SELECT value FROM obs WHERE dataset = 'imf-dots' AND indicator = 'exports' AND "
                      "from_actor = 'CHN' AND to_actor = 'ARM' AND year = 2019")
    assert 200 < china < 240
    # every reporter's World rows: the powers' totals (Iran's too, and every WEST member's) for reverse shares
    [(reporters,)] = pack("SELECT count(DISTINCT from_actor) FROM obs WHERE dataset = 'imf-dots' AND "
                          "indicator = 'total_exports'")
    assert reporters > 200
    world = {r[0] for r in pack("SELECT DISTINCT from_actor FROM obs WHERE dataset = 'imf-dots' AND year = 2020 "
                                "AND indicator = 'total_exports'")}
    assert {"CHN", "RUS", "TUR", "IRN", "USA", "DEU", "JPN", "CAN", "AUS", "NOR", "ISR"} <= world
    # every arms delivery to the three (all suppliers: their arms-import totals are whole)
    suppliers = dict(pack("SELECT to_actor, count(DISTINCT from_actor) FROM obs WHERE dataset = 'sipri-register' "
                          "GROUP BY 1"))
    assert set(suppliers) == set(CORE) and suppliers["AZE"] >= 5
    # outward FDI positions in the three, and the investors' world totals
    inv = {r[0] for r in pack("SELECT DISTINCT from_actor FROM obs WHERE dataset = 'imf-dip' AND to_actor = 'GEO'")}
    assert inv == {"CHN", "DEU", "JPN", "SGP", "USA"}
    [(totals,)] = pack("SELECT count(*) FROM obs WHERE dataset = 'imf-dip' AND indicator = 'fdi_outward_total'")
    assert totals > 0
    [(geostat,)] = pack("SELECT count(*) FROM obs WHERE dataset = 'geostat-exports'")
    assert geostat == 2742


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    from multipolar.demo import run_demo

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    out = io.StringIO()
    run_demo(db, Console(file=out, width=200, highlight=False))
    yield db, out.getvalue()


def overall(db: Path, target: str, years: str) -> dict[tuple[str, int], float | None]:
    from multipolar.measure import api as measure

    with Store(db) as s:
        rep = measure.influence(s, targets=[target], powers=list(POWERS), years=years)
    return {(r["power"], r["year"]): r["value"] for r in rep.rows if r["domain"] == "overall"}


def test_demo_tells_a_2020s_story(demo: tuple[Path, str]) -> None:
    db, text = demo
    assert "loaded the bundled South Caucasus starter dataset" in text
    assert "computed influence.v2" in text
    # the headline findings reach the present: Armenia (Armstat) to 2024, Azerbaijan and Georgia (IMF DOTS) to 2020
    assert "In 2024, Russia led in Armenia" in text
    assert "In 2020, the West led in Azerbaijan" in text
    assert "In 2020, the West led in Georgia" in text
    for target, year in (("ARM", 2024), ("AZE", 2020), ("GEO", 2020)):
        scores = overall(db, target, f"2015-{year}")
        for y in range(2015, year + 1):
            present = [p for p in POWERS if scores.get((p, y)) is not None]
            assert len(present) >= 4, (target, y, present)


def test_datasets_lists_the_new_sources_with_their_years(demo: tuple[Path, str]) -> None:
    from multipolar.cli import main

    db, _ = demo
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["datasets", "--db", str(db), "--format", "json"]) == 0
    listed = {d["dataset"]: d for d in json.loads(buf.getvalue())}
    for ds, years in NEW.items():
        assert (listed[ds]["first_year"], listed[ds]["last_year"]) == years, ds
        assert listed[ds]["citation"] == get_loader(ds).citation and listed[ds]["rows"] > 0


# -- against the full datasets in ../shared/data ---------------------------------------------------------------
def _rows(store: Store, dataset: str, where: str) -> list[tuple[Any, ...]]:
    return sorted(tuple(r.values()) for r in store.query(
        f"SELECT indicator, from_actor, to_actor, period, value, unit, regexp_extract(source_file, '[^/]+$') AS f, "
        f"source_row, estimate FROM observations WHERE dataset = '{dataset}' AND ({where})"))


def _pack_rows(dataset: str, where: str) -> list[tuple[Any, ...]]:
    return sorted(pack(f"SELECT indicator, from_actor, to_actor, period, value, unit, source_file, source_row, "
                       f"estimate FROM obs WHERE dataset = '{dataset}' AND ({where})"))


@needs_shared
def test_pack_rows_are_the_loaders_rows(tmp_path: Path) -> None:
    core = "('ARM', 'AZE', 'GEO')"
    with Store(tmp_path / "full.duckdb") as s:
        api.load(s, "geostat-exports", DATA / "geostat_georgia_exports_by_country")
        api.load(s, "sipri-register", DATA / "sipri_trade_register_2026")
        api.load(s, "imf-dip", DATA / "imf_direct_investment_positions")
        api.load(s, "imf-dots", DATA / "imf_dots_country_tables" / "DOTS_76.xlsx")  # Georgia's own report
        assert _pack_rows("geostat-exports", "TRUE") == _rows(s, "geostat-exports", "TRUE")
        assert _pack_rows("sipri-register", f"to_actor IN {core}") == _rows(s, "sipri-register", f"to_actor IN {core}")
        rule = f"to_actor IN {core} OR indicator = 'fdi_outward_total'"
        assert _pack_rows("imf-dip", rule) == _rows(s, "imf-dip", rule)
        assert _pack_rows("imf-dots", "from_actor = 'GEO'") == _rows(s, "imf-dots", "TRUE")
        # nothing else of these datasets, but the rows behind the scaling constants (real rows too)
        for ds in ("sipri-register", "imf-dip"):
            extra = set(_pack_rows(ds, f"NOT ({rule})")) - set(_rows(s, ds, "TRUE"))
            assert not extra, (ds, sorted(extra)[:3])


@needs_shared
def test_the_pack_adds_no_flow_twice(tmp_path: Path) -> None:
    """Loaded into a store already holding the full Geostat table (or before it), the pack changes no sum."""
    sums = ("SELECT year, sum(value) AS v, count(*) AS n FROM observations WHERE dataset = 'geostat-exports' "
            "AND from_actor = 'GEO' GROUP BY year ORDER BY year")
    got = []
    for order in ("pack only", "full then pack", "pack then full"):
        with Store(tmp_path / f"{order.replace(' ', '-')}.duckdb") as s:
            if order == "full then pack":
                api.load(s, "geostat-exports", DATA / "geostat_georgia_exports_by_country")
            api.load_starter(s)
            if order == "pack then full":
                api.load(s, "geostat-exports", DATA / "geostat_georgia_exports_by_country")
            got.append(s.query(sums))
    assert len(got[0]) == 28
    for other in got[1:]:  # the same rows each year (none counted twice), the same sums (up to summation order)
        assert [(r["year"], r["n"]) for r in other] == [(r["year"], r["n"]) for r in got[0]]
        assert [r["v"] for r in other] == pytest.approx([r["v"] for r in got[0]], rel=1e-12)
    assert round(next(r["v"] for r in got[0] if r["year"] == 2018)) == 3_379_732  # thousand USD, all destinations


@needs_shared
def test_pack_measures_the_three_states_as_the_full_datasets_do(tmp_path_factory: pytest.TempPathFactory,
                                                                  tmp_path: Path) -> None:
    """influence.v2's inputs for ARM, AZE and GEO (every indicator not drawn from events) and its scaling
    constants are the same on the pack alone as on the full datasets."""
    from multipolar.measure.compute import compute
    from multipolar.measure.methods import INDICATORS, INFLUENCE_V2
    from multipolar.measure.sql import Scope

    scope = Scope(targets=CORE, powers=(*POWERS, "EU", "NATO", "EAEU", "USA", "DEU"), years=(1992, 2024))
    with Store(tmp_path / "pack.duckdb") as s:
        api.load_starter(s)
        small = compute(s, INFLUENCE_V2, scope, with_intervals=False)
    with Store(real_store_path(tmp_path_factory.getbasetemp(), present=True), read_only=True) as s:
        full = compute(s, INFLUENCE_V2, scope, with_intervals=False)
    events = {"event_count", "event_tone", "net_cooperation", "events_coop", "events_conflict", "stance_alignment"}
    for k, v in full.norms.items():
        if k != "event_count":  # the real store here holds no events
            assert small.norms[k] == pytest.approx(v, rel=1e-12), k
    names = [i.name for i in INDICATORS if i.name not in events]
    a = {(r["power"], r["target"], r["year"]): [r[n] for n in names] for r in small.rows()}
    b = {(r["power"], r["target"], r["year"]): [r[n] for n in names] for r in full.rows()}
    keys = sorted(set(a) & set(b))
    assert len(keys) > 800
    def same(x: float | None, y: float | None) -> bool:
        return (x is None and y is None) or (x is not None and y is not None and abs(x - y) <= 1e-9 * max(1, abs(y)))

    diff = [(k, n, x, y) for k in keys for n, x, y in zip(names, a[k], b[k], strict=True) if not same(x, y)]
    assert not diff, diff[:5]
    # dyad-years only the full store has come from event or evidence rows the real store lacks, never from data
    for k in set(b) - set(a):
        assert all(v is None for n, v in zip(names, b[k], strict=True)), k


@needs_shared
def test_the_committed_script_rebuilds_the_committed_pack(tmp_path: Path) -> None:
    out = tmp_path / "starter"
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_starter.py"), "--data", str(DATA), "--out",
                    str(out)], check=True, capture_output=True)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in STARTER_DIR.iterdir())
    for name in ("datasets.json", "SOURCES.md"):
        assert (out / name).read_text() == (STARTER_DIR / name).read_text(), name
    con = duckdb.connect()
    for f in sorted(STARTER_DIR.glob("*.parquet")):
        new, old = f"read_parquet('{out / f.name}')", f"read_parquet('{f}')"
        [(n_new, n_old)] = con.execute(f"SELECT (SELECT count(*) FROM {new}), (SELECT count(*) FROM {old})").fetchall()
        [(differ,)] = con.execute(f"SELECT count(*) FROM (SELECT * FROM {new} EXCEPT ALL SELECT * FROM {old})"
                                  ).fetchall()
        assert (n_new, differ) == (n_old, 0), f.name
