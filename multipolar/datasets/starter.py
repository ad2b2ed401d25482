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
from ..store.loading import pack_transaction
from .base import LoadReport, Progress, sha256_file

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
    with pack_transaction(store) as pack:
        for i, (table, (fname, cols)) in enumerate(TABLE_FILES.items()):
            path = folder / fname
            if not path.exists():
                continue
            if progress:
                progress(f"starter: {fname}", i, len(TABLE_FILES))
            sha = sha256_file(path)
            for ds in pack.datasets_in(path):
                report = LoadReport(dataset=ds, path=str(folder))
                report.files.append(pack.load_table(table, path, cols, ds, sha, meta.get(ds, {})))
                reports.append(report)
    return reports
