"""Build the committed South Caucasus starter pack (multipolar/examples/starter) from the public datasets.

    python scripts/build_starter.py [--data ../shared/data] [--out multipolar/examples/starter]

Loads every dataset with multipolar's own readers into a temporary store, then keeps the dyads of
ARM, AZE and GEO with each other and with CHN, RUS, USA, TUR, IRN, GBR and the EU members (both
directions, every year available), the three states' own (monadic) series, the partners' totals needed
for shares (COW state totals, Armstat's full partner list), UNGA votes of these states, and events with
an ARM/AZE/GEO actor. Writes Parquet (zstd) plus datasets.json and SOURCES.md. Raw files are not copied.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from multipolar.datasets import api  # noqa: E402
from multipolar.datasets.base import get_loader  # noqa: E402
from multipolar.resolve.codes import EU_MEMBERS  # noqa: E402
from multipolar.store import Store  # noqa: E402

CORE = ("ARM", "AZE", "GEO")
PARTNERS = ("CHN", "RUS", "USA", "TUR", "IRN", "GBR", "EUU", "WEST1", "WEST2", *EU_MEMBERS)
FOLDERS = {
    "cow-trade": "cow_trade_v4_dyadic", "armstat-trade": "armstat_armenia_trade_by_country",
    "comtrade": "comtrade_georgia_vehicle_imports", "unga-votes": "unga_votes_voeten_unvotes",
    "unga-ideal-points": "unga_ideal_points_voeten_2024", "sipri": "sipri_arms_transfers_360info",
    "aiddata": "aiddata_gcdf3_country_year", "atop": "peacesciencer_cow_atop_igo_nmc_leaders",
    "cow-alliance": "peacesciencer_cow_atop_igo_nmc_leaders", "cow-igo": "peacesciencer_cow_atop_igo_nmc_leaders",
    "cow-nmc": "peacesciencer_cow_atop_igo_nmc_leaders", "archigos": "peacesciencer_cow_atop_igo_nmc_leaders",
    "fbic": "fbic_china_west_influence_base", "gdelt-events": "gdelt_samples", "icews": "icews_tkg_samples",
}
SOURCES_HEAD = """# Sources of the starter pack

A compact extract (South Caucasus dyads: ARM, AZE, GEO with each other and with CHN, RUS, USA, TUR, IRN,
GBR and the EU members; every year available) of the public datasets below, built by
`scripts/build_starter.py` with multipolar's own readers. No raw file is copied; values are unchanged.
Each row keeps `source_file` / `source_row` pointing at the publisher's file it came from.
Please cite the publishers, not multipolar, when you use these numbers.

| dataset | rows in pack | publisher / citation | licence | url |
|---|---|---|---|---|
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "multipolar" / "examples" / "starter")
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "full.duckdb")
        for name, folder in FOLDERS.items():
            print(f"loading {name} …", file=sys.stderr)
            api.load(store, name, args.data / folder)
        con = store.con
        core = "(" + ", ".join(f"'{c}'" for c in CORE) + ")"
        near = "(" + ", ".join(f"'{c}'" for c in CORE + PARTNERS) + ")"
        obs_where = (f"(from_actor IN {core} AND (to_actor IN {near} OR to_actor IS NULL)) "
                     f"OR (to_actor IN {core} AND from_actor IN {near}) "
                     f"OR (dataset = 'armstat-trade') "
                     f"OR (from_actor IN {near} AND to_actor IS NULL AND dataset IN ('cow-trade', 'cow-nmc'))")
        # Strip the absolute path of the build machine: keep the publisher's file name.
        fname = "regexp_extract(source_file, '[^/]+$')"
        sel = {
            "observations": (f"SELECT dataset, indicator, from_actor, to_actor, period, year, month, value, unit, "
                             f"{fname} AS source_file, source_row FROM observations WHERE {obs_where} "
                             f"ORDER BY dataset, indicator, from_actor, to_actor, period"),
            "events": (f"SELECT r.dataset, e.id, e.origin, e.type, e.mode, e.contexts, e.actors, e.recipients, e.date, "
                       f"e.day, e.goldstein, e.quad, e.cameo, e.source_event_id, e.source_url, e.dedup_key, e.sentence, "  # noqa: E501
                       f"e.place FROM events e JOIN load_runs r ON r.id = e.load_run WHERE e.origin <> 'article' AND "
                       f"(list_has_any(e.actors, [{', '.join(repr(c) for c in CORE)}]) OR "
                       f"list_has_any(e.recipients, [{', '.join(repr(c) for c in CORE)}])) ORDER BY e.id"),
            "un_votes": (f"SELECT 'unga-votes' AS dataset, rcid, actor, vote, {fname} AS source_file, source_row "
                         f"FROM un_votes WHERE actor IN {near} ORDER BY rcid, actor"),
            "un_roll_calls": (f"SELECT 'unga-votes' AS dataset, rcid, session, date, important, unres, short, "
                              f"{fname} AS source_file, source_row FROM un_roll_calls ORDER BY rcid"),
            "leaders": (f"SELECT dataset, obsid, actor, leader, lead_id, born, gender, start, \"end\", entry, exit, "
                        f"exit_code, {fname} AS source_file, source_row FROM leaders WHERE actor IN {near} "
                        f"ORDER BY actor, start"),
        }
        counts: dict[str, int] = {}
        for table, sql in sel.items():
            target = out / f"{table}.parquet"
            con.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 19, "
                        f"ROW_GROUP_SIZE 200000)")
            for ds, n in con.execute(f"SELECT dataset, count(*) FROM read_parquet('{target}') GROUP BY 1").fetchall():
                counts[ds] = counts.get(ds, 0) + int(n)
        store.close()
    meta = {}
    for ds in sorted(counts):
        loader = get_loader(ds)
        meta[ds] = {"version": loader.version, "licence": loader.licence, "citation": loader.citation,
                    "url": loader.url, "rows": counts[ds]}
    (out / "datasets.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n")
    lines = [SOURCES_HEAD]
    for ds, m in meta.items():
        lines.append(f"| `{ds}` | {m['rows']:,} | {m['citation']} | {m['licence']} | {m['url']} |\n")
    lines.append("\nProvenance of the copies used (repositories, commits): `../shared/data/PROVENANCE.md`.\n")
    (out / "SOURCES.md").write_text("".join(lines))
    total = sum(p.stat().st_size for p in out.iterdir())
    print(f"wrote {out} ({total / 1e6:.2f} MB): {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
