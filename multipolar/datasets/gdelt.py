"""GDELT event exports (1.0: 57/58 columns; 2.0: 61 columns) and GKG 2.1 records.

Events go into the shared ``events`` table with ``origin = 'gdelt'``:

* ``id`` = ``gdelt:<GLOBALEVENTID>``, ``source_event_id`` = GLOBALEVENTID, ``source_url`` = SOURCEURL;
* ``cameo`` = EventCode **as a string** (leading zeros kept), ``type``/``mode`` = its PLOVER mapping
  (:mod:`multipolar.datasets.cameo`), ``goldstein`` = GoldsteinScale, ``quad`` = QuadClass;
* ``actors`` / ``recipients`` = ``[Actor1CountryCode]`` / ``[Actor2CountryCode]`` mapped from CAMEO to ISO3
  (regional CAMEO codes such as ``CAU`` or ``EUR`` are kept as group codes); empty when the actor has no
  country code; an unknown non-empty code rejects the row;
* ``date`` = SQLDATE (the day the event took place) as ``YYYY-MM-DD``; ``place`` = ActionGeo country
  (FIPS 10-4 mapped to ISO3; an unknown FIPS code rejects the row);
* ``dedup_key`` = ``date|actor|recipient|EventBaseCode|source domain`` — GDELT counts reports, not
  events: count distinct dedup keys, not rows. The actor part is the mapped country or, lacking one,
  the raw CAMEO actor code.

An event id already in the store (e.g. the same export loaded from another path) is rejected as a
duplicate. Zipped exports (``*.export.CSV.zip``) are read directly.

Scale: an export alone in its transaction (one file loaded, or each file of a stream) is **read once**: the
INSERT reads the file and checks every row in the same statement. A row to reject, an id twice in the file or
already in the store (the primary key) fails the statement; the transaction is rolled back and the file loaded
again on the checked paths. Several files in one transaction, or a file written to a lake, take those paths
directly: a clean export is read twice as a stream and never staged (one pass checks every row and keeps only
the ids; the second INSERTs straight from the file), and a file with a row to reject is staged whole, so that
every reject keeps its line number. All paths store the same rows; memory stays bounded by the store's limit
and the time grows with the rows (``bench/bench_gdelt_scale.py``). A folder of 15-minute exports or a
``masterfilelist.txt`` loads as a stream, one transaction per file (``multipolar load --stream``).

GKG 2.1 (27 tab-separated columns, no header) goes into ``gkg_records``: id, date, source, url,
``countries`` (distinct ISO3 of V2ENHANCEDLOCATIONS / V1LOCATIONS, FIPS mapped), themes, persons,
organisations, tone. The DIAS re-publication (``dt, gkgrecordid, sqldate, country, src, url``; one FIPS
country per record) is read too.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import DataError
from ..resolve import codes
from . import cameo
from .base import FileKind, LoadAgain, Loader, LoadSession, check_line_lengths, read_head, register, sql_str

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO1 = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
_GEO2 = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_TYPES = {"GLOBALEVENTID": "BIGINT", "SQLDATE": "VARCHAR", "MonthYear": "INTEGER", "Year": "INTEGER",
          "FractionDate": "DOUBLE", "IsRootEvent": "INTEGER", "QuadClass": "INTEGER", "GoldsteinScale": "DOUBLE",
          "NumMentions": "INTEGER", "NumSources": "INTEGER", "NumArticles": "INTEGER", "AvgTone": "DOUBLE",
          "DATEADDED": "VARCHAR"}


def event_columns(version: int) -> tuple[tuple[str, str], ...]:
    cols = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    cols += [f"Actor1{a}" for a in _ACTOR] + [f"Actor2{a}" for a in _ACTOR]
    cols += ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
             "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    geo = _GEO2 if version == 2 else _GEO1
    for block in ("Actor1Geo_", "Actor2Geo_", "ActionGeo_"):
        cols += [block + g for g in geo]
    cols += ["DATEADDED", "SOURCEURL"]
    types = {c: ("DOUBLE" if c.endswith(("_Lat", "_Long")) else "INTEGER" if c.endswith("Geo_Type") else
                 _TYPES.get(c, "VARCHAR")) for c in cols}
    return tuple((c, types[c]) for c in cols)


EVENTS2 = FileKind("events-2.0", ("*.export.csv", "*.export.csv.zip", "gdelt2_*.csv", "gdelt2_*.csv.zip"),
                   event_columns(2), header=False, delim="\t", quote="", nullstr=("",))
EVENTS1 = FileKind("events-1.0", ("gdelt1_events_sample*.tsv", "gdelt1_*events*.csv*", "*.export.csv.zip.v1", "[12][0-9][0-9][0-9][01][0-9].zip",  # noqa: E501
                                  "[12][0-9][0-9][0-9][01][0-9][0-3][0-9].export.csv*", "events*.tsv", "events.csv"),
                   event_columns(1), header=False, delim="\t", quote="", nullstr=("",))
GKG_COLUMNS = ("GKGRECORDID", "V21DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME",
               "V2DOCUMENTIDENTIFIER", "V1COUNTS", "V21COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS",
               "V2ENHANCEDLOCATIONS", "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS",
               "V15TONE", "V21ENHANCEDDATES", "V2GCAM", "V21SHARINGIMAGE", "V21RELATEDIMAGES", "V21SOCIALIMAGEEMBEDS",
               "V21SOCIALVIDEOEMBEDS", "V21QUOTATIONS", "V21ALLNAMES", "V21AMOUNTS", "V21TRANSLATIONINFO",
               "V2EXTRASXML")
GKG = FileKind("gkg-2.1", ("*.gkg.csv", "*.gkg.csv.zip", "*gkg*.csv", "*.gkg.tsv"),
               tuple((c, "VARCHAR") for c in GKG_COLUMNS), header=False, delim="\t", quote="", nullstr=("",),
               max_line=10_000_000)  # a GKG record lists every theme, name, quote and image of an article
GKG_DIAS = FileKind("gkg-dias", ("gkg21_parsed*.tsv", "*gkg*parsed*.tsv"),
                    (("dt", "VARCHAR"), ("gkgrecordid", "VARCHAR"), ("sqldate", "VARCHAR"), ("country", "VARCHAR"),
                     ("src", "VARCHAR"), ("url", "VARCHAR")), delim="\t", quote="", nullstr=("", "NULL"))


def _looks_like_event(path: Path) -> bool:
    head = read_head(path, 1)
    if not head:
        return False
    f = head[0].split("\t")
    return len(f) > 2 and f[0].isdigit() and len(f[1]) == 8 and f[1].isdigit()


def _code_tables(ctx: LoadSession) -> None:
    rows: list[tuple[str, str]] = [(c.alpha_3, c.alpha_3) for c in __import__("pycountry").countries]
    rows += [(k, codes.cameo_to_code(k) or k) for k in list(codes.CAMEO_GROUPS) + list(codes._CAMEO_COUNTRY)]
    ctx.temp_rows("_cameo_c", "code VARCHAR, mapped VARCHAR", sorted(set(rows)))
    # known codes: a state's (iso3) or a place that is no state (oceans: iso3 NULL, the record kept with none)
    ctx.temp_rows("_fips", "code VARCHAR, iso3 VARCHAR",
                  sorted(codes.FIPS.items()) + [(c, None) for c in sorted(codes.FIPS_NO_STATE)])
    ctx.temp_rows("_plover", "cameo VARCHAR, type VARCHAR, mode VARCHAR, quad INTEGER, goldstein DOUBLE",
                  cameo.plover_rows())


@register
class GdeltEvents(Loader):
    name = "gdelt-events"
    title = "GDELT event exports (1.0 and 2.0)"
    version = "GDELT 1.0 / 2.0 event codebook"
    licence = "GDELT: free for unlimited use and redistribution, with citation"
    citation = ("Leetaru, Kalev and Philip A. Schrodt. 2013. GDELT: Global Data on Events, Location and Tone, "
                "1979-2012. ISA Annual Convention. The GDELT Project, https://www.gdeltproject.org/")
    url = "http://data.gdeltproject.org/gdeltv2/masterfilelist.txt"
    folder = "gdelt_samples"
    kinds = (EVENTS2, EVENTS1)
    method = "gdelt-events.v2"  # v2: a place in the oceans (FIPS OS) is no state, not a reject

    def headerless_widths(self, kind: FileKind) -> tuple[int, ...]:
        return (61,) if kind is EVENTS2 else (57, 58)

    def accepts_headerless(self, path: Path, kind: FileKind) -> bool:
        return _looks_like_event(path)

    def kind_by_name(self, path: Path) -> FileKind | None:
        kind = super().kind_by_name(path)
        if kind is not None and path.name.lower().endswith((".csv", ".zip", ".tsv")):
            head = read_head(path, 1)
            n = len(head[0].split("\t")) if head else 0
            if n in (57, 58):
                return EVENTS1
            if n == 61:
                return EVENTS2
        return kind

    def find_files(self, path: Path) -> list[tuple[Path, FileKind]]:
        """A folder, an export, or a GDELT file list (``masterfilelist.txt``): its event exports in list order,
        from the list's folder or the fetch cache, downloaded when in neither (:func:`fetch.gdelt_list_files`)."""
        from . import fetch

        if fetch.is_gdelt_list(path):
            return [(f, self.kind_by_name(f) or EVENTS2) for f in fetch.gdelt_list_files(path)]
        return super().find_files(path)

    def load_file(self, ctx: LoadSession) -> None:
        """A file alone in its transaction (a stream's file, a load of one file) is read **once**: its rows go
        straight into ``events``, and a row to reject, an id twice or already stored, or a line the reader
        skipped makes the load start again (:class:`LoadAgain`) on the checked paths below.

        Otherwise a clean export (the rule for GDELT) is read twice as a stream and never staged: a first pass
        checks every row (types, codes, ids in the file and in the store) and keeps only the ids; a second pass
        INSERTs the rows straight from the file. A file with any row to reject takes the staged path (every
        row in ``_raw``, rejects with their line numbers). All three store exactly the same rows."""
        v1 = ctx.kind is EVENTS1
        check_line_lengths(ctx.readable, ctx.kind.max_line, ctx.source)
        _code_tables(ctx)
        if ctx.sole:
            self._load_once(ctx, v1)
        elif not self._load_clean(ctx, v1):
            self._load_staged(ctx, v1)

    def _load_once(self, ctx: LoadSession, v1: bool) -> None:
        """One pass: INSERT from the file, every row checked in the statement — a row with a reason to reject
        raises (``error()``), an id twice in the file or already stored breaks the primary key, and a line
        read_csv could not parse lands in its rejects table. Any of these: :class:`LoadAgain`."""
        src = ctx.read_csv_sql(null_padding=v1, rejects=("_rej_err0", "_rej_scan0"))
        ctx.track("_rej_err0", "_rej_scan0")
        with ctx.file_probes():
            stored = ctx.insert_into("events", EVENT_COLUMNS, _events_sql(f"""
                SELECT r.*, {_mapped_cols_sql()}, {_reason_sql(v1, store=False)} AS _reason
                FROM {src} r {_joins_sql(store=None)}""",
                "WHERE CASE WHEN _reason IS NULL THEN true ELSE error('a row to reject') END"), one_pass=True)
        if int(ctx.scalar("SELECT count(*) FROM _rej_err0")):
            raise LoadAgain("one pass skipped lines read_csv could not parse")
        ctx.rows_read += stored

    def _load_clean(self, ctx: LoadSession, v1: bool) -> bool:
        """The streaming path; False (and nothing written) when the file has a row to reject."""
        src = ctx.read_csv_sql(null_padding=v1, rejects=("_rej_err1", "_rej_scan1"))
        ctx.track("_rej_err1", "_rej_scan1")
        # every column takes part (a projection of fewer would leave the others unparsed, their errors unseen)
        every = " + ".join(f"({c} IS NULL)::INTEGER" for c, _ in ctx.kind.columns)
        with ctx.file_probes():
            ctx.temp("_ids", f"""
                SELECT r.GLOBALEVENTID AS gid, {_reason_sql(v1, store=False)} IS NOT NULL AS bad, {every} AS nulls
                FROM {src} r {_joins_sql(store=None)}""")
        n, bad, distinct, lo, hi = ctx.execute(
            "SELECT count(*), count(*) FILTER (WHERE bad), count(DISTINCT gid), min(CAST(gid AS VARCHAR)), "
            "max(CAST(gid AS VARCHAR)) FROM _ids")[0]
        if not n or bad or distinct != n or int(ctx.scalar("SELECT count(*) FROM _rej_err1")):
            return False
        known = int(ctx.scalar(f"SELECT count(*) FROM _ids i JOIN ({_known_sql(ctx, lo, hi)}) e "
                               f"ON e.id = 'gdelt:' || CAST(i.gid AS VARCHAR)"))
        if known:
            return False
        src2 = ctx.read_csv_sql(null_padding=v1, rejects=("_rej_err2", "_rej_scan2"))
        ctx.track("_rej_err2", "_rej_scan2")
        with ctx.file_probes():
            stored = ctx.insert_into("events", EVENT_COLUMNS, _events_sql(f"""
                SELECT r.*, {_mapped_cols_sql()} FROM {src2} r {_joins_sql(store=None)}""", ""))
        if stored != n or int(ctx.scalar("SELECT count(*) FROM _rej_err2")):
            raise DataError(f"the file changed while it was read ({n:,} rows, then {stored:,})", source=ctx.source,
                            hint="load it again once it is no longer being written")
        ctx.rows_read += n
        return True

    def _load_staged(self, ctx: LoadSession, v1: bool) -> None:
        ctx.read(null_padding=v1)
        lo, hi = ctx.execute("SELECT min(CAST(GLOBALEVENTID AS VARCHAR)), max(CAST(GLOBALEVENTID AS VARCHAR)) "
                             "FROM _raw")[0]
        ctx.view("_v", f"""
            SELECT r.rowid AS _rid, r.*, {_mapped_cols_sql()},
                   {_reason_sql(v1, store=True)} AS _reason
            FROM _raw r {_joins_sql(store=_known_sql(ctx, lo, hi))}""")
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
        ctx.insert_into("events", EVENT_COLUMNS,
                        _events_sql("SELECT * FROM _v", f"WHERE _reason IS NULL {dedup_filter}"))


def _mapped_cols_sql() -> str:
    return ("c1.mapped AS a1, c2.mapped AS a2, p.type AS ptype, p.mode AS pmode, f.iso3 AS place, "
            "try_strptime(SQLDATE, '%Y%m%d') AS dday")


def _known_sql(ctx: LoadSession, lo: str | None, hi: str | None) -> str:
    """The gdelt events of the store an id of the file can match (between the file's least and greatest id)."""
    return ctx.stored_events_sql("gdelt", lo, hi)


def _joins_sql(store: str | None) -> str:
    joins = """
            LEFT JOIN _cameo_c c1 ON c1.code = r.Actor1CountryCode
            LEFT JOIN _cameo_c c2 ON c2.code = r.Actor2CountryCode
            LEFT JOIN _plover p ON p.cameo = r.EventCode
            LEFT JOIN _fips f ON f.code = r.ActionGeo_CountryCode"""
    if store is not None:
        joins += f"""
            LEFT JOIN ({store}) e ON e.id = 'gdelt:' || CAST(r.GLOBALEVENTID AS VARCHAR)"""
    return joins


def _reason_sql(v1: bool, *, store: bool) -> str:
    """Why a row is rejected (NULL: it is not); ``store``: also an id already in the store (join ``e``)."""
    action_cc = "ActionGeo_CountryCode"
    known = """
                        WHEN e.id IS NOT NULL THEN 'duplicate event: GLOBALEVENTID ' || r.GLOBALEVENTID
                             || ' is already in the store (run ' || e.load_run || ')'""" if store else ""
    return f"""CASE WHEN r.GLOBALEVENTID IS NULL THEN 'missing GLOBALEVENTID'
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
                             THEN 'unknown FIPS 10-4 country code in ActionGeo_CountryCode: ' || {action_cc}{known}
                   END"""


#: the events columns :func:`_events_sql` gives (the session adds ``load_run``)
EVENT_COLUMNS = ("id, origin, type, mode, actors, recipients, date, day, goldstein, quad, cameo, source_event_id, "
                 "source_url, dedup_key, place")


def _events_sql(rows_sql: str, where: str) -> str:
    """The events of ``rows_sql`` (the file's columns plus a1, a2, ptype, pmode, place, dday), as
    :data:`EVENT_COLUMNS`."""
    url = "SOURCEURL"
    return f"""
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
            FROM ({rows_sql}) {where}"""


@register
class GdeltGkg(Loader):
    name = "gdelt-gkg"
    title = "GDELT Global Knowledge Graph 2.1 records"
    version = "GKG 2.1"
    licence = GdeltEvents.licence
    citation = "The GDELT Project, Global Knowledge Graph 2.1, https://www.gdeltproject.org/"
    url = "http://data.gdeltproject.org/gdeltv2/masterfilelist.txt"
    folder = "gdelt_samples"
    kinds = (GKG_DIAS, GKG)
    method = "gdelt-gkg.v2"  # v2: records located in the oceans (FIPS OS) kept, with no country

    def headerless_widths(self, kind: FileKind) -> tuple[int, ...]:
        return (27,)

    def accepts_headerless(self, path: Path, kind: FileKind) -> bool:
        head = read_head(path, 1)
        return bool(head) and "-" in head[0].split("\t")[0] and head[0].split("\t")[0].split("-")[0].isdigit()

    def load_file(self, ctx: LoadSession) -> None:
        ctx.read()
        _code_tables(ctx)
        src = sql_str(ctx.source)
        if ctx.kind is GKG_DIAS:
            ctx.temp("_stage", "SELECT r.rowid AS _rid, r.*, f.iso3, f.code AS fips_known FROM _raw r "
                               "LEFT JOIN _fips f ON f.code = r.country")
            ctx.reject("_stage", "gkgrecordid IS NULL", "'missing gkgrecordid'")
            ctx.reject("_stage", "try_strptime(sqldate, '%Y%m%d') IS NULL",
                       "'bad sqldate (expected YYYYMMDD): ' || coalesce(sqldate, 'empty')")
            ctx.reject("_stage", "country IS NOT NULL AND fips_known IS NULL",
                       "'unknown FIPS 10-4 country code in column country: ' || country")
            line = ctx.line_expr("_rid")
            ctx.insert_into("gkg_records", "id, date, day, source, url, countries, source_file, source_row",
                            f"SELECT gkgrecordid, dt, CAST(strptime(sqldate, '%Y%m%d') AS DATE), src, url, "
                            f"CASE WHEN iso3 IS NULL THEN []::VARCHAR[] ELSE [iso3] END, {src}, {line} FROM _stage")
            return
        ctx.temp("_stage", "SELECT rowid AS _rid, * FROM _raw")
        ctx.reject("_stage", "GKGRECORDID IS NULL", "'missing GKGRECORDID'")
        ctx.reject("_stage", "try_strptime(V21DATE, '%Y%m%d%H%M%S') IS NULL",
                   "'bad V2.1DATE (expected YYYYMMDDHHMMSS): ' || coalesce(V21DATE, 'empty')")
        ctx.temp("_locs", """
            SELECT _rid, split_part(loc, '#', 3) AS cc FROM (
                SELECT _rid, unnest(string_split(coalesce(V2ENHANCEDLOCATIONS, V1LOCATIONS, ''), ';')) AS loc
                FROM _stage) WHERE loc <> ''""")
        ctx.reject("_stage", "_rid IN (SELECT _rid FROM _locs l LEFT JOIN _fips f ON f.code = l.cc "
                             "WHERE f.code IS NULL AND l.cc <> '')",
                   "'unknown FIPS 10-4 country code in V2ENHANCEDLOCATIONS: ' || (SELECT first(l.cc) FROM _locs l "
                   "LEFT JOIN _fips f ON f.code = l.cc WHERE f.code IS NULL AND l.cc <> '' AND l._rid = _stage._rid)")
        ctx.temp("_cc", "SELECT l._rid, list_sort(list_distinct(list(f.iso3))) AS countries FROM _locs l "
                        "JOIN _fips f ON f.code = l.cc WHERE f.iso3 IS NOT NULL GROUP BY l._rid")

        def names(col: str) -> str:
            return (f"list_distinct(list_filter(list_transform(string_split(coalesce({col}, ''), ';'), "
                    f"lambda x: split_part(x, ',', 1)), lambda x: x <> ''))")

        line = ctx.line_expr("s._rid")
        ctx.insert_into(
            "gkg_records", "id, date, day, source, url, countries, themes, persons, organizations, tone, source_file, "
                           "source_row",
            f"SELECT s.GKGRECORDID, strftime(strptime(s.V21DATE, '%Y%m%d%H%M%S'), '%Y-%m-%d %H:%M:%S'), "
            f"CAST(strptime(s.V21DATE, '%Y%m%d%H%M%S') AS DATE), s.V2SOURCECOMMONNAME, s.V2DOCUMENTIDENTIFIER, "
            f"coalesce(c.countries, []::VARCHAR[]), {names('coalesce(s.V2ENHANCEDTHEMES, s.V1THEMES)')}, "
            f"{names('coalesce(s.V2ENHANCEDPERSONS, s.V1PERSONS)')}, "
            f"{names('coalesce(s.V2ENHANCEDORGANIZATIONS, s.V1ORGANIZATIONS)')}, "
            f"try_cast(split_part(s.V15TONE, ',', 1) AS DOUBLE), {src}, {line} "
            f"FROM _stage s LEFT JOIN _cc c ON c._rid = s._rid")
