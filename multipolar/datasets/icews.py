"""ICEWS coded events as ``source \\t event \\t target \\t YYYY-MM-DD`` tuples (the temporal-KG benchmark form).

Events go into ``events`` with ``origin = 'icews'``: the event name is mapped to its CAMEO code
(:data:`multipolar.datasets.cameo.NAME_TO_CODE`) and from there to PLOVER type/mode, QuadClass and the
CAMEO Goldstein value; an unknown event name rejects the row. Actors are resolved to ISO3 when the name
is a country ("Armenia") or ends in a country in parentheses ("Ministry (Afghanistan)",
"Citizen (Georgia)" — note that ICEWS's "Georgia" can be the US state); persons and other names stay
unresolved: ``actors``/``recipients`` empty and the tuple kept verbatim in ``sentence``
(``source | event | target``), so nothing is lost. ``id`` = ``icews:<sha256[:12]>:<line>``;
``dedup_key`` = ``date|actor|recipient|CAMEO base code|icews`` (unresolved actors by name).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..resolve.codes import name_to_iso3
from . import cameo
from .base import FileKind, Loader, LoadSession, read_head, register

TUPLES = FileKind("tuples", ("icews*.tsv", "icews*.txt", "*icews*/*.txt"),
                  (("source", "VARCHAR"), ("event", "VARCHAR"), ("target", "VARCHAR"), ("date", "VARCHAR")),
                  header=False, delim="\t", quote="", nullstr=("",))

_PAREN = re.compile(r"\(([^()]+)\)\s*$")


def actor_code(name: str) -> str | None:
    """ISO3 for an ICEWS actor name when it names a country (directly or in trailing parentheses)."""
    code = name_to_iso3(name)
    if code:
        return code
    m = _PAREN.search(name)
    return name_to_iso3(m.group(1)) if m else None


@register
class Icews(Loader):
    name = "icews"
    title = "Integrated Crisis Early Warning System (ICEWS) coded events"
    version = "ICEWS14 / ICEWS11-14 temporal-KG splits"
    licence = "ICEWS Dataverse terms (not verified); benchmark repository has no licence file"
    citation = ("Boschee, Elizabeth et al. 2015. ICEWS Coded Event Data. Harvard Dataverse, doi:10.7910/DVN/28075.")
    url = "https://dataverse.harvard.edu/dataset.xhtml?persistentId=doi:10.7910/DVN/28075"
    folder = "icews_tkg_samples"
    kinds = (TUPLES,)
    method = "icews.v1"

    def headerless_widths(self, kind: FileKind) -> tuple[int, ...]:
        return (4,)

    def accepts_headerless(self, path: Path, kind: FileKind) -> bool:
        head = read_head(path, 1)
        return bool(head) and bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", head[0].split("\t")[-1].strip()))

    def load_file(self, ctx: LoadSession) -> None:
        ctx.read()
        ctx.name_table("_an", "SELECT DISTINCT source FROM _raw UNION SELECT DISTINCT target FROM _raw", actor_code)
        ctx.temp_rows("_ev", "name VARCHAR, cameo VARCHAR", [(k, v) for k, v in cameo.NAME_TO_CODE.items()])
        ctx.temp_rows("_plover", "cameo VARCHAR, type VARCHAR, mode VARCHAR, quad INTEGER, goldstein DOUBLE",
                      cameo.plover_rows())
        ctx.temp("_stage", """
            SELECT r.rowid AS _rid, r.*, a.code AS a1, b.code AS a2, e.cameo, p.type AS ptype, p.mode AS pmode,
                   p.quad, p.goldstein, try_strptime(r.date, '%Y-%m-%d') AS dday
            FROM _raw r LEFT JOIN _an a ON a.name = r.source LEFT JOIN _an b ON b.name = r.target
            LEFT JOIN _ev e ON e.name = lower(r.event) LEFT JOIN _plover p ON p.cameo = e.cameo""")
        ctx.reject("_stage", "source IS NULL OR target IS NULL OR event IS NULL", "'empty source, event or target'")
        ctx.reject("_stage", "cameo IS NULL", "'unknown ICEWS/CAMEO event name: ' || event")
        ctx.reject("_stage", "dday IS NULL", "'bad date (expected YYYY-MM-DD): ' || coalesce(date, 'empty')")
        sha = ctx.sha256[:12]
        line = ctx.line_expr("_rid")
        ctx.insert_into("events", "id, origin, type, mode, actors, recipients, date, day, goldstein, quad, cameo, "
                                  "source_event_id, dedup_key, sentence", f"""
            SELECT 'icews:{sha}:' || {line}, 'icews', ptype, pmode,
                   CASE WHEN a1 IS NULL THEN []::VARCHAR[] ELSE [a1] END,
                   CASE WHEN a2 IS NULL THEN []::VARCHAR[] ELSE [a2] END,
                   strftime(dday, '%Y-%m-%d'), CAST(dday AS DATE), goldstein, quad, cameo, NULL,
                   concat_ws('|', strftime(dday, '%Y-%m-%d'), coalesce(a1, source), coalesce(a2, target),
                             substr(cameo, 1, 3), 'icews'),
                   source || ' | ' || event || ' | ' || target
            FROM _stage""")
