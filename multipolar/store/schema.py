"""The store's tables, as an ordered list of numbered migrations. Every evidence row knows its document, span
and load run; every observation its source file, row and load run.

A store records the migrations applied to it (``schema_migrations``) and keeps ``meta.schema_version`` = the
last one's number for readers that know only that (:mod:`multipolar.store.migrations` runs them). Add a
change to the schema as a new :class:`Migration` at the end of :data:`MIGRATIONS`; never edit a released one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """One numbered step of the schema: statements run in order, in one transaction with the others."""

    number: int
    name: str
    statements: tuple[str, ...]


#: Each table's CREATE statement (migration 1; columns added later are in the migrations after it).
TABLES: dict[str, str] = {
    "meta": """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    "load_runs": """CREATE TABLE IF NOT EXISTS load_runs (
        id BIGINT PRIMARY KEY,
        kind VARCHAR NOT NULL,            -- 'ingest' (documents) or 'load' (datasets)
        dataset VARCHAR,                  -- dataset name for loads; NULL for ingests
        path VARCHAR NOT NULL,            -- file path or URL read
        sha256 VARCHAR,                   -- hash of the bytes read
        started TIMESTAMP NOT NULL,
        finished TIMESTAMP,
        rows_read BIGINT DEFAULT 0,
        rows_stored BIGINT DEFAULT 0,
        rows_rejected BIGINT DEFAULT 0,
        status VARCHAR NOT NULL,          -- 'ok', 'superseded'
        method VARCHAR,                   -- extractor / reader version that produced the rows
        message VARCHAR)""",
    "rejects": """CREATE TABLE IF NOT EXISTS rejects (
        load_run BIGINT NOT NULL, source VARCHAR, line BIGINT, reason VARCHAR)""",
    "datasets": """CREATE TABLE IF NOT EXISTS datasets (
        name VARCHAR PRIMARY KEY, version VARCHAR, licence VARCHAR, citation VARCHAR, url VARCHAR)""",
    "documents": """CREATE TABLE IF NOT EXISTS documents (
        id VARCHAR PRIMARY KEY,           -- first 16 hex digits of sha256(text)
        sha256 VARCHAR NOT NULL,
        origin VARCHAR NOT NULL,          -- path or URL it was read from
        kind VARCHAR, url VARCHAR, title VARCHAR, published VARCHAR, source VARCHAR, author VARCHAR,
        text VARCHAR NOT NULL,
        load_run BIGINT NOT NULL)""",
    "actors": """CREATE TABLE IF NOT EXISTS actors (
        id VARCHAR PRIMARY KEY, kind VARCHAR, name VARCHAR, country VARCHAR)""",
    "mentions": """CREATE TABLE IF NOT EXISTS mentions (
        document VARCHAR NOT NULL, actor VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        surface VARCHAR, load_run BIGINT NOT NULL)""",
    "events": """CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY,
        origin VARCHAR NOT NULL,          -- 'article', 'gdelt', 'icews'
        document VARCHAR,                 -- documents.id for article events
        type VARCHAR,                     -- PLOVER event type
        mode VARCHAR, contexts VARCHAR[],
        actors VARCHAR[], recipients VARCHAR[],
        date VARCHAR,                     -- YYYY, YYYY-MM or YYYY-MM-DD
        day DATE,                         -- first day of `date`, for range queries
        negated BOOLEAN DEFAULT FALSE, hypothetical BOOLEAN DEFAULT FALSE,
        goldstein DOUBLE, quad INTEGER, cameo VARCHAR,
        source_event_id VARCHAR,          -- GLOBALEVENTID and the like
        source_url VARCHAR,
        dedup_key VARCHAR,                -- date|actor|recipient|base code|source
        start INTEGER, "end" INTEGER, sentence VARCHAR,
        load_run BIGINT NOT NULL,
        place VARCHAR)                    -- ISO3 where it happened (GDELT ActionGeo, FIPS mapped)""",
    "claims": """CREATE TABLE IF NOT EXISTS claims (
        id VARCHAR PRIMARY KEY, document VARCHAR NOT NULL,
        measure VARCHAR, subject VARCHAR, partner VARCHAR, scope VARCHAR[],
        value DOUBLE, unit VARCHAR, qualifier VARCHAR, period VARCHAR, about VARCHAR,
        start INTEGER, "end" INTEGER, sentence VARCHAR, load_run BIGINT NOT NULL)""",
    "stances": """CREATE TABLE IF NOT EXISTS stances (
        id VARCHAR PRIMARY KEY, document VARCHAR NOT NULL,
        holder VARCHAR, issue VARCHAR, target VARCHAR, polarity VARCHAR, date VARCHAR,
        start INTEGER, "end" INTEGER, sentence VARCHAR, load_run BIGINT NOT NULL)""",
    "observations": """CREATE TABLE IF NOT EXISTS observations (
        dataset VARCHAR NOT NULL, indicator VARCHAR NOT NULL,
        from_actor VARCHAR, to_actor VARCHAR,
        period VARCHAR NOT NULL,          -- YYYY, YYYY-MM or YYYY-MM-DD
        year INTEGER, month INTEGER,
        value DOUBLE, unit VARCHAR,
        source_file VARCHAR, source_row BIGINT,
        load_run BIGINT NOT NULL,
        estimate BOOLEAN)                 -- the publisher marks the value as an estimate (IMF DOTS " e")""",
    # -- public datasets (multipolar.datasets) -----------------------------------------------------
    "un_roll_calls": """CREATE TABLE IF NOT EXISTS un_roll_calls (
        rcid BIGINT NOT NULL, session INTEGER, date DATE, important BOOLEAN, unres VARCHAR,
        amend BOOLEAN, para BOOLEAN, short VARCHAR, descr VARCHAR,
        source_file VARCHAR, source_row BIGINT, load_run BIGINT NOT NULL)""",
    "un_votes": """CREATE TABLE IF NOT EXISTS un_votes (
        rcid BIGINT NOT NULL, actor VARCHAR NOT NULL,   -- ISO3
        vote VARCHAR NOT NULL,                           -- 'yes', 'no', 'abstain'
        source_file VARCHAR, source_row BIGINT, load_run BIGINT NOT NULL)""",
    "un_roll_call_issues": """CREATE TABLE IF NOT EXISTS un_roll_call_issues (
        rcid BIGINT NOT NULL, issue_code VARCHAR, issue VARCHAR,
        source_file VARCHAR, source_row BIGINT, load_run BIGINT NOT NULL)""",
    "leaders": """CREATE TABLE IF NOT EXISTS leaders (
        dataset VARCHAR NOT NULL, obsid VARCHAR, actor VARCHAR NOT NULL, leader VARCHAR, lead_id VARCHAR,
        born INTEGER, gender VARCHAR, start DATE, "end" DATE, entry VARCHAR, exit VARCHAR, exit_code VARCHAR,
        source_file VARCHAR, source_row BIGINT, load_run BIGINT NOT NULL)""",
    "gkg_records": """CREATE TABLE IF NOT EXISTS gkg_records (
        id VARCHAR NOT NULL, date VARCHAR, day DATE, source VARCHAR, url VARCHAR,
        countries VARCHAR[], themes VARCHAR[], persons VARCHAR[], organizations VARCHAR[], tone DOUBLE,
        source_file VARCHAR, source_row BIGINT, load_run BIGINT NOT NULL)""",
}

# -- the lake (multipolar.store.lake) ----------------------------------------------------------------------
# A load run whose events/observations were written to a lake (``load --lake``) instead of the store's tables:
# where (the lake's folder) and under which token its Parquet files are named, how many rows of each, the years
# and the distinct actors they cover (for `datasets` and `status`).
TABLES["lake_runs"] = """CREATE TABLE IF NOT EXISTS lake_runs (
    load_run BIGINT PRIMARY KEY, lake VARCHAR NOT NULL, token VARCHAR NOT NULL,
    events BIGINT, observations BIGINT, first_year INTEGER, last_year INTEGER, actors VARCHAR[])"""

# Tables whose rows belong to a load run (used by supersede and verify).
RUN_TABLES = ("documents", "mentions", "events", "claims", "stances", "observations",
              "un_roll_calls", "un_votes", "un_roll_call_issues", "leaders", "gkg_records")

# -- claim checks (multipolar.check) ----------------------------------------------------------------
# One row per checked claim: the verdict and its evidence. `rows`, `nearest` and `others` are JSON
# text (observation rows with source file/row citations). Replaced whenever the claims are re-checked.
TABLES["checks"] = """CREATE TABLE IF NOT EXISTS checks (
    claim VARCHAR PRIMARY KEY,        -- claims.id
    document VARCHAR NOT NULL,
    verdict VARCHAR NOT NULL,         -- 'supported', 'contradicted', 'insufficient_data'
    value DOUBLE, unit VARCHAR,       -- what the data gives
    period_used VARCHAR, exact_period BOOLEAN,
    dataset VARCHAR, citation VARCHAR,
    "rows" VARCHAR,                   -- JSON list of the deciding observation rows
    reason VARCHAR,
    nearest VARCHAR,                  -- JSON: nearest evidence when the claimed period is not in the data
    others VARCHAR,                   -- JSON: the other sources' figures
    disagreement BOOLEAN,
    method VARCHAR, checked TIMESTAMP)"""

# -- measurement (multipolar.measure) -----------------------------------------------------------------------
TABLES.update({
    "measure_runs": """CREATE TABLE IF NOT EXISTS measure_runs (
        id BIGINT PRIMARY KEY, method VARCHAR NOT NULL, engine VARCHAR, scope VARCHAR,
        inputs_hash VARCHAR, code_version VARCHAR, norms VARCHAR,     -- JSON: the scaling constants used
        started TIMESTAMP, finished TIMESTAMP, rows BIGINT)""",
    "scores": """CREATE TABLE IF NOT EXISTS scores (
        method VARCHAR NOT NULL,          -- e.g. 'influence.v1' (multipolar.measure.methods)
        power VARCHAR NOT NULL, target VARCHAR NOT NULL, year INTEGER NOT NULL,
        domain VARCHAR NOT NULL,          -- 'economic', 'political', 'security', 'overall'
        value DOUBLE, low DOUBLE, high DOUBLE,   -- index and its 90 % interval
        coverage DOUBLE,                  -- share of the method's indicator weight with data
        bandwidth DOUBLE, dependence DOUBLE,
        measure_run BIGINT)""",
})

# Columns added after a table was first released: (table, column, type).
_ADDED_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("observations", "estimate", "BOOLEAN"),
    ("measure_runs", "fingerprint", "VARCHAR"),   # the method's fingerprint (multipolar.measure.fingerprint)
    ("events", "place", "VARCHAR"),
)

#: The schema, step by step. 1 and 2 are the schema of release 2 (``meta.schema_version`` '2', written before
#: stores recorded their migrations): a store of that release is recognised as having both applied.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "tables", tuple(TABLES.values())),
    Migration(2, "observations.estimate, measure_runs.fingerprint, events.place",
              tuple(f'ALTER TABLE "{t}" ADD COLUMN IF NOT EXISTS "{c}" {typ}' for t, c, typ in _ADDED_COLUMNS)),
)

#: the number of the last migration, kept in ``meta.schema_version``
SCHEMA_VERSION = MIGRATIONS[-1].number
