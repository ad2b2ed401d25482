"""Build the committed South Caucasus starter pack (multipolar/examples/starter) from the public datasets.

    python scripts/build_starter.py [--data ../shared/data] [--out multipolar/examples/starter]

Loads every dataset with multipolar's own readers into a temporary store, then keeps what the measurement
(``STAGING_SQL`` in multipolar/store/inputs.py) reads for ARM, AZE and GEO against the powers, so
``multipolar demo`` gives the scores a store holding the full datasets gives:

* the dyads of ARM, AZE and GEO with each other and with the nearby states and powers (CHN, RUS, USA, TUR,
  IRN, GBR, the EU members, and every member of the group powers WEST, EU, NATO and EAEU; for COW trade the
  first six and the EU members only), both directions, every year available; the three states' own (monadic)
  series; COW state totals of those states and Armstat's full partner list (totals for shares); UNGA votes and
  leaders of the nearby states; events with an ARM/AZE/GEO actor or recipient;
* ``unga-ideal-points`` — every state's ideal point (``unga_alignment`` scales by the year's range of them);
* ``imf-dots`` — every row whose reporter or partner is ARM, AZE or GEO (their own reports with every partner,
  and every partner's mirror report of its flows with them, so their mirror totals are complete), every
  reporter's World totals (``total_imports`` / ``total_exports``: the powers' totals for reverse trade
  shares), and, where a power (CHN, RUS, TUR, IRN, a member of a group power) has no World row of its own in
  a year from 1992 on, every partner's report of its flows with that power (its mirror total);
* ``geostat-exports`` — every row (Georgia's exports by destination, 1995–2022);
* ``sipri-register`` — every deal row delivered to ARM, AZE or GEO (the whole of each state's arms imports);
* ``imf-dip`` — every outward position in ARM, AZE or GEO and the investors' world totals;
* **scaling anchors** — the rows behind each ``log_max`` scaling constant of every registered method (the
  largest trade flow, 3-year finance, FDI position, 5-year arms transfer, shared-IGO count and event count of
  any dyad-year loaded), so the pack scales its indicators as the full datasets do.

Rows keep their values and provenance (``source_file`` as the publisher's file name, ``source_row``,
``estimate``); they are sorted, so a rebuild from the same data gives the same files. Writes Parquet (zstd)
plus datasets.json and SOURCES.md. Raw files are not copied.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from multipolar.datasets import api  # noqa: E402
from multipolar.datasets.base import get_loader  # noqa: E402
from multipolar.domain import DEFAULT_GROUPS, EU_MEMBERS  # noqa: E402
from multipolar.measure.methods import METHODS  # noqa: E402
from multipolar.measure.sql import _arms_cte  # noqa: E402
from multipolar.resolve.registry import Registry  # noqa: E402
from multipolar.store import Store  # noqa: E402
from multipolar.store.inputs import FINANCE_INDICATORS, stage  # noqa: E402

CORE = ("ARM", "AZE", "GEO")
PARTNERS = ("CHN", "RUS", "USA", "TUR", "IRN", "GBR", "EUU", "WEST1", "WEST2", *EU_MEMBERS)
#: The single powers; the members of the group powers (DEFAULT_GROUPS) are added by :func:`power_codes`.
POWERS = ("CHN", "RUS", "TUR", "IRN", "USA", "GBR")
#: From this year on (the first of the three states' own DOTS reports) a power lacking its own DOTS World row
#: takes its mirror total, so the pack keeps the partners' reports that make it up.
MIRROR_FROM = 1992
DATASETS = ("cow-trade", "armstat-trade", "comtrade", "unga-votes", "unga-ideal-points", "sipri", "aiddata", "atop",
            "cow-alliance", "cow-igo", "cow-nmc", "archigos", "fbic", "gdelt-events", "icews", "imf-dots",
            "geostat-exports", "sipri-register", "imf-dip")
#: Which dataset and indicator each arms source of a method reads (as in STAGING_SQL["in_arms"]).
ARMS_ROWS = {"sipri": ("sipri", "arms_tiv"), "sipri-register": ("sipri-register", "arms_tiv_deal")}
SOURCES_HEAD = """# Sources of the starter pack

A compact extract of the public datasets below, built by `scripts/build_starter.py` with multipolar's own
readers: what the measurement reads for ARM, AZE and GEO against the powers. No raw file is copied; values
are unchanged. Each row keeps `source_file` / `source_row` pointing at the publisher's file it came from (and
`estimate` where the publisher marks estimates). Please cite the publishers, not multipolar, when you use
these numbers.

* Dyads of ARM, AZE and GEO with each other and with CHN, RUS, USA, TUR, IRN, GBR, the EU members and the
  members of the group powers (WEST, EU, NATO, EAEU; COW trade: the first six and the EU members), every year
  available; the three states' own series; UNGA votes of the nearby states and every state's UNGA ideal point;
  events with an ARM/AZE/GEO actor.
* The sources that reach the 2020s: IMF DOTS rows whose reporter or partner is one of the three (own and
  mirror reports), every reporter's World totals (the powers' totals, for reverse trade shares), and the
  partners' reports making up a power's mirror total in a year it has no World row of its own (from 1992
  on); Geostat's exports in full; every SIPRI trade-register delivery to the three; every IMF DIP outward
  position in them, with the investors' world totals.
* Scaling anchors: the few rows behind each scaling constant (the largest trade flow, finance, FDI position,
  arms transfer, shared-IGO count and event count of any dyad-year), so scores match the full datasets'.

| dataset | rows in pack | publisher / citation | licence | url |
|---|---|---|---|---|
"""


def power_codes() -> list[str]:
    """The single powers and every state that belongs to a group power in some year from MIRROR_FROM on."""
    reg = Registry.default()
    members = {m for g in DEFAULT_GROUPS for y in range(MIRROR_FROM, 2031) for m in reg.members(g, y)}
    return sorted(set(POWERS) | members)


def _lit(codes: Iterable[str]) -> str:
    return "(" + ", ".join(f"'{c}'" for c in sorted(set(codes))) + ")"


def _q(v: object) -> str:
    return "NULL" if v is None else ("'" + str(v).replace("'", "''") + "'" if isinstance(v, str) else str(v))


def norm_anchors(con: duckdb.DuckDBPyConnection) -> tuple[list[str], list[str], list[str]]:
    """The rows behind every ``log_max`` scaling constant (``norms_sql``) of every registered method: for each,
    the dyad-year with the largest value over the loaded data, and the observations (or events) that make it up.
    Returns (SQL conditions on ``observations``, event ids, lines describing each anchor)."""
    stage(con, DEFAULT_GROUPS)
    conds: list[str] = []
    notes: list[str] = []

    def add(cond: str, note: str) -> None:
        if cond not in conds:
            conds.append(cond)
        if note not in notes:
            notes.append(note)

    for name in sorted(METHODS):
        m = METHODS[name]
        srcs = m.trade_sources  # as norms_sql: max over the sources the method counts
        row = con.execute(f"""SELECT src, target, partner, year, LN(1 + coalesce(m, 0) + coalesce(x, 0)) AS v
            FROM in_tflows WHERE src IN {_lit(srcs)}
            ORDER BY v DESC, src, target, partner, year LIMIT 1""").fetchone()
        if row:
            src, t, p, y, v = row
            years = f"year = {int(y)}"
            if src == "cow":
                cond = (f"dataset = 'cow-trade' AND indicator = 'imports' AND {years} AND ((from_actor = {_q(t)} AND "
                        f"to_actor = {_q(p)}) OR (from_actor = {_q(p)} AND to_actor = {_q(t)}))")
            elif src in ("dots", "dots_mirror"):
                a, b = (t, p) if src == "dots" else (p, t)
                cond = (f"dataset = 'imf-dots' AND indicator IN ('imports', 'exports') AND {years} AND "
                        f"from_actor = {_q(a)} AND to_actor = {_q(b)}")
            elif src == "armstat":
                cond = f"dataset = 'armstat-trade' AND {years} AND from_actor = {_q(t)} AND to_actor = {_q(p)}"
            else:  # geostat: the pack holds all of it
                cond = "dataset = 'geostat-exports'"
            add(cond, f"trade_volume ({', '.join(srcs)}): {src} {t}–{p} {y}, ln(1+x) = {v:.4f}")
        arms = con.execute(f"""WITH {_arms_cte(m)}
            SELECT a.power, a.target, a.year + l.k AS y, LN(1 + SUM(a.tiv)) AS v FROM arms_in a CROSS JOIN in_lags l
            GROUP BY a.power, a.target, a.year + l.k ORDER BY v DESC, a.power, a.target, y LIMIT 1""").fetchone()
        if arms:
            p, t, y, v = arms
            for src in m.arms_sources:  # every edition's rows of the window: the method picks one per year
                ds, ind = ARMS_ROWS[src]
                add(f"dataset = '{ds}' AND indicator = '{ind}' AND from_actor = {_q(p)} AND to_actor = {_q(t)} AND "
                    f"year BETWEEN {int(y) - 4} AND {int(y)}",
                    f"arms_volume ({', '.join(m.arms_sources)}): {p}→{t} {int(y) - 4}–{y}, ln(1+x) = {v:.4f}")
    fin = con.execute("""SELECT f.power, f.target, f.year + l.k AS y, LN(1 + SUM(f.usd) / 1000000E0) AS v
        FROM in_finance f CROSS JOIN in_lags l WHERE l.k < 3 GROUP BY f.power, f.target, f.year + l.k
        ORDER BY v DESC, f.power, f.target, y LIMIT 1""").fetchone()
    if fin:
        p, t, y, v = fin
        add(f"dataset = 'aiddata' AND indicator IN {FINANCE_INDICATORS} AND from_actor = {_q(p)} AND "
            f"to_actor = {_q(t)} AND year BETWEEN {int(y) - 2} AND {int(y)}",
            f"finance_volume: aiddata {p}→{t} {int(y) - 2}–{y}, ln(1+x) = {v:.4f}")
    fdi = con.execute("SELECT power, target, year, LN(1 + usd) AS v FROM in_fdi "
                      "ORDER BY v DESC NULLS LAST, power, target, year LIMIT 1").fetchone()
    if fdi:
        p, t, y, v = fdi
        add(f"dataset = 'imf-dip' AND indicator = 'fdi_outward_position' AND from_actor = {_q(p)} AND "
            f"to_actor = {_q(t)} AND year = {int(y)}", f"fdi_position: imf-dip {p}→{t} {y}, ln(1+x) = {v:.4f}")
    igo = con.execute("SELECT a, b, year, LN(1 + n) AS v FROM in_igo "
                      "ORDER BY v DESC NULLS LAST, a, b, year LIMIT 1").fetchone()
    if igo:
        a, b, y, v = igo
        add(f"dataset = 'cow-igo' AND indicator = 'shared_igos' AND from_actor = {_q(a)} AND to_actor = {_q(b)} "
            f"AND year = {int(y)}", f"shared_igos: cow-igo {a}–{b} {y}, ln(1+x) = {v:.4f}")
    ev = con.execute("""WITH ev0 AS (SELECT actor AS a, recipient AS b, year, dkey FROM in_events
                                      UNION ALL SELECT recipient, actor, year, dkey FROM in_events)
        SELECT a, b, year, LN(1 + COUNT(DISTINCT dkey)) AS v FROM ev0 GROUP BY a, b, year
        ORDER BY v DESC, a, b, year LIMIT 1""").fetchone()
    event_ids: list[str] = []
    if ev:
        a, b, y, v = ev
        event_ids = [str(r[0]) for r in con.execute(f"""
            SELECT DISTINCT e.id FROM events e, UNNEST(e.actors) AS x(actor), UNNEST(e.recipients) AS r(recipient)
            WHERE e.day IS NOT NULL AND year(e.day) = {int(y)} AND NOT coalesce(e.negated, FALSE)
              AND NOT coalesce(e.hypothetical, FALSE) AND e.origin <> 'article'
              AND ((x.actor = {_q(a)} AND r.recipient = {_q(b)}) OR (x.actor = {_q(b)} AND r.recipient = {_q(a)}))
            ORDER BY 1""").fetchall()]
        notes.append(f"event_count: {a}–{b} {y}, {len(event_ids)} events, ln(1+x) = {v:.4f}")
    return conds, event_ids, notes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "multipolar" / "examples" / "starter")
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "full.duckdb")
        for name in DATASETS:
            print(f"loading {name} …", file=sys.stderr)
            api.load(store, name, args.data / get_loader(name).folder)
        con = store._con  # a maintainer's build script: it shapes the pack on the store's own connection
        core = _lit(CORE)
        near = _lit(CORE + PARTNERS)
        # nearby states for the dyadic observations: also every member of a group power, so a group's figures
        # (sums and means over its members) are whole. COW trade dyads keep the first pack's partners: influence.v2
        # decides the three states' trade from national statistics and IMF DOTS (COW only where neither has the
        # year), and the claim checker's tests rely on the pack's COW partner table being partial.
        obs_near = _lit((*CORE, *PARTNERS, *power_codes()))
        con.execute("CREATE OR REPLACE TEMP TABLE _powers (actor VARCHAR)")
        con.executemany("INSERT INTO _powers VALUES (?)", [[p] for p in power_codes()])
        # (power, year, indicator of the partners' rows) where the power's DOTS total for that flow is its
        # mirror total: no World row of its own that year (imports: partners' exports; exports: their imports).
        con.execute(f"""CREATE OR REPLACE TEMP TABLE _mirror_gaps AS
            SELECT DISTINCT o.to_actor AS actor, o.year, o.indicator FROM observations o
            WHERE o.dataset = 'imf-dots' AND o.indicator IN ('imports', 'exports') AND o.year >= {MIRROR_FROM}
              AND o.to_actor IN (SELECT actor FROM _powers) AND o.from_actor <> o.to_actor
              AND NOT EXISTS (SELECT 1 FROM observations t WHERE t.dataset = 'imf-dots' AND t.from_actor = o.to_actor
                              AND t.year = o.year AND t.indicator = CASE WHEN o.indicator = 'exports'
                                  THEN 'total_imports' ELSE 'total_exports' END)""")
        anchors, anchor_events, anchor_notes = norm_anchors(con)
        for line in anchor_notes:
            print(f"scaling anchor: {line}", file=sys.stderr)
        obs_where = " OR ".join([
            f"(from_actor IN {core} AND (to_actor IN {near} OR to_actor IS NULL))",
            f"(to_actor IN {core} AND from_actor IN {near})",
            f"(dataset <> 'cow-trade' AND ((from_actor IN {core} AND to_actor IN {obs_near}) "
            f"OR (to_actor IN {core} AND from_actor IN {obs_near})))",
            "(dataset = 'armstat-trade')",
            f"(from_actor IN {near} AND to_actor IS NULL AND dataset IN ('cow-trade', 'cow-nmc'))",
            f"(from_actor IN {obs_near} AND to_actor IS NULL AND dataset = 'cow-trade')",
            "(dataset = 'unga-ideal-points' AND indicator = 'unga_ideal_point')",
            f"(dataset = 'imf-dots' AND (from_actor IN {core} OR to_actor IN {core} "
            f"OR indicator IN ('total_imports', 'total_exports')))",
            "(dataset = 'imf-dots' AND EXISTS (SELECT 1 FROM _mirror_gaps g WHERE g.actor = to_actor "
            "AND g.year = observations.year AND g.indicator = observations.indicator))",
            "(dataset = 'geostat-exports')",
            f"(dataset = 'sipri-register' AND to_actor IN {core})",
            f"(dataset = 'imf-dip' AND (to_actor IN {core} OR indicator = 'fdi_outward_total'))",
            *(f"({c})" for c in anchors),
        ])
        ev_where = (f"(e.origin <> 'article' AND (list_has_any(e.actors, [{', '.join(repr(c) for c in CORE)}]) OR "
                    f"list_has_any(e.recipients, [{', '.join(repr(c) for c in CORE)}])))")
        if anchor_events:
            ev_where += f" OR e.id IN ({', '.join(_q(i) for i in anchor_events)})"
        # Strip the absolute path of the build machine: keep the publisher's file name.
        fname = "regexp_extract(source_file, '[^/]+$')"
        sel = {
            "observations": (f"SELECT dataset, indicator, from_actor, to_actor, period, year, month, value, unit, "
                             f"{fname} AS source_file, source_row, estimate FROM observations WHERE {obs_where} "
                             f"ORDER BY dataset, indicator, from_actor, to_actor, period, source_file, source_row, "
                             f"value, estimate"),
            "events": (f"SELECT r.dataset, e.id, e.origin, e.type, e.mode, e.contexts, e.actors, e.recipients, e.date, "
                       f"e.day, e.goldstein, e.quad, e.cameo, e.source_event_id, e.source_url, e.dedup_key, e.sentence, "  # noqa: E501
                       f"e.place FROM events e JOIN load_runs r ON r.id = e.load_run WHERE {ev_where} ORDER BY e.id"),
            "un_votes": (f"SELECT 'unga-votes' AS dataset, rcid, actor, vote, {fname} AS source_file, source_row "
                         f"FROM un_votes WHERE actor IN {near} ORDER BY rcid, actor"),
            "un_roll_calls": (f"SELECT 'unga-votes' AS dataset, rcid, session, date, important, unres, short, "
                              f"{fname} AS source_file, source_row FROM un_roll_calls ORDER BY rcid"),
            "leaders": (f"SELECT dataset, obsid, actor, leader, lead_id, born, gender, start, \"end\", entry, exit, "
                        f"exit_code, {fname} AS source_file, source_row FROM leaders WHERE actor IN {near} "
                        f"ORDER BY actor, start, obsid"),
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
        meta[ds] = {"title": loader.title, "version": loader.version, "licence": loader.licence,
                    "citation": loader.citation, "url": loader.url, "rows": counts[ds]}
    (out / "datasets.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n")
    lines = [SOURCES_HEAD]
    for ds, m in meta.items():
        lines.append(f"| `{ds}` | {m['rows']:,} | {m['citation']} | {m['licence']} | {m['url']} |\n")
    lines.append("\nScaling anchors (the dyad-year behind each scaling constant when the pack was built):\n\n")
    lines.extend(f"* {line}\n" for line in anchor_notes)
    lines.append("\nProvenance of the copies used (repositories, commits): `../shared/data/PROVENANCE.md`.\n")
    (out / "SOURCES.md").write_text("".join(lines))
    total = sum(p.stat().st_size for p in out.iterdir())
    print(f"wrote {out} ({total / 1e6:.2f} MB): {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
