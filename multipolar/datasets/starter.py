"""The South Caucasus starter pack: a compact extract of the public datasets, committed with the package,
so ``multipolar demo`` runs on a fresh machine with no downloads.

Layout of the pack folder (written by ``scripts/build_starter.py``):

* ``observations.parquet`` — rows of the ``observations`` table (with their ``dataset``);
* ``events.parquet`` — GDELT/ICEWS events involving ARM, AZE or GEO, with a ``dataset`` column;
* ``un_votes.parquet``, ``un_roll_calls.parquet`` — UNGA votes of the pack's states and the roll calls;
* ``leaders.parquet`` — Archigos leaders of the pack's states;
* ``datasets.json`` — name, version, licence, citation, url of each dataset; ``SOURCES.md`` — credits.

Each dataset in the pack is one load run (path ``<pack file>#<dataset>``, sha256 of the pack file), so
loading the pack twice changes nothing and a rebuilt pack supersedes the old one, as for any load.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import InputError
from ..store import Store
from .base import FileReport, LoadReport, Progress, _drop_known_content, _supersede, sha256_file, sql_str

TABLE_FILES = {
    "observations": ("observations.parquet", "dataset, indicator, from_actor, to_actor, period, year, month, value, "
                                             "unit, source_file, source_row, estimate"),
    "events": ("events.parquet", "id, origin, type, mode, contexts, actors, recipients, date, day, goldstein, quad, "
                                 "cameo, source_event_id, source_url, dedup_key, sentence, place"),
    "un_votes": ("un_votes.parquet", "rcid, actor, vote, source_file, source_row"),
    "un_roll_calls": ("un_roll_calls.parquet", "rcid, session, date, important, unres, short, source_file, source_row"),
    "leaders": ("leaders.parquet", "dataset, obsid, actor, leader, lead_id, born, gender, start, \"end\", entry, exit, "
                                   "exit_code, source_file, source_row"),
}


def load_starter_pack(store: Store, folder: Path, *, progress: Progress | None = None) -> list[LoadReport]:
    meta_file = folder / "datasets.json"
    if not meta_file.exists():
        raise InputError("the starter pack is missing", source=str(folder),
                         hint="reinstall multipolar, or run scripts/build_starter.py")
    meta = json.loads(meta_file.read_text())
    reports: list[LoadReport] = []
    with store.transaction() as con:
        for i, (table, (fname, cols)) in enumerate(TABLE_FILES.items()):
            path = folder / fname
            if not path.exists():
                continue
            if progress:
                progress(f"starter: {fname}", i, len(TABLE_FILES))
            sha = sha256_file(path)
            src = sql_str(str(path))
            names = [r[0] for r in con.execute(f"SELECT DISTINCT dataset FROM read_parquet({src}) ORDER BY 1").fetchall()]  # noqa: E501
            for ds in names:
                report = LoadReport(dataset=ds, path=str(folder))
                key = f"{path}#{ds}"
                same = con.execute("SELECT id FROM load_runs WHERE dataset = ? AND sha256 = ? AND path = ? "
                                   "AND status = 'ok'", [ds, sha, key]).fetchall()
                if same:
                    report.files.append(FileReport(key, table, sha, "unchanged", int(same[0][0])))
                    reports.append(report)
                    continue
                old = [int(r[0]) for r in con.execute("SELECT id FROM load_runs WHERE path = ? AND status = 'ok'",
                                                      [key]).fetchall()]
                for run in old:
                    _supersede(con, run)
                m = meta.get(ds, {})
                con.execute("DELETE FROM datasets WHERE name = ?", [ds])
                con.execute("INSERT INTO datasets VALUES (?, ?, ?, ?, ?)",
                            [ds, m.get("version"), m.get("licence"), m.get("citation"), m.get("url")])
                run_id = store.new_run(con, kind="load", path=key, sha256=sha, dataset=ds, method="starter.v1")
                where = f"dataset = {sql_str(ds)}"
                if table == "events":
                    where += " AND id NOT IN (SELECT id FROM events)"
                con.execute(f"INSERT INTO {table} ({cols}, load_run) SELECT {cols}, {run_id} FROM read_parquet({src}) "
                            f"WHERE {where}")
                n = int(con.execute(f"SELECT count(*) FROM {table} WHERE load_run = ?", [run_id]).fetchall()[0][0])
                note = f"starter pack ({table})"
                if table == "observations":  # the full dataset may be loaded already: its rows are not counted twice
                    dup, _ = _drop_known_content(con, ds, run_id)
                    if dup:
                        note += f"; {dup:,} row(s) already in the store from the full dataset: not counted again"
                stored = int(con.execute(f"SELECT count(*) FROM {table} WHERE load_run = ?",
                                         [run_id]).fetchall()[0][0])
                store.finish_run(con, run_id, rows_read=n, rows_stored=stored, message=note)
                report.files.append(FileReport(key, table, sha, "loaded", run_id, n, stored, superseded_runs=old,
                                               message=note))
                reports.append(report)
    return reports
