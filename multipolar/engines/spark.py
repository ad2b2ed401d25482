"""Run the measurement SQL on Apache Spark (local mode by default, or ``--spark-master`` for a cluster).

The ``in_*`` views the store published are copied to Parquet (:meth:`multipolar.store.inputs.PublishedInputs.export`),
read by Spark and registered as temporary views under the same names; the SQL text is the one DuckDB runs.
Results come back through Arrow. Install with ``pip install 'multipolar[spark]'`` (Java 17 needed).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import UsageError
from ..store.inputs import INPUT_TABLES, PublishedInputs

_SESSIONS: dict[str, Any] = {}


def spark_session(master: str | None = None) -> Any:
    """A SparkSession (created once per master and reused)."""
    master = master or os.environ.get("MULTIPOLAR_SPARK_MASTER") or "local[2]"
    if master in _SESSIONS:
        return _SESSIONS[master]
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise UsageError("Spark is not installed", hint="pip install 'multipolar[spark]' (and Java 17)") from None
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = (SparkSession.builder.master(master).appName("multipolar")
               .config("spark.sql.shuffle.partitions", "4")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.sql.execution.arrow.pyspark.enabled", "true")
               # results travel straight to the driver instead of through the block manager, which can
               # lose them on a loaded machine ("TaskResultLost")
               .config("spark.task.maxDirectResultSize", str(200 * 1024 * 1024))
               .config("spark.rpc.message.maxSize", "256")
               .config("spark.network.timeout", "600s")
               .config("spark.driver.memory", os.environ.get("MULTIPOLAR_SPARK_DRIVER_MEMORY", "2g")))
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # JVM missing, port in use…
        raise UsageError(f"could not start Spark ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})",
                         hint="check that Java 17 is installed and JAVA_HOME is set") from None
    session.sparkContext.setLogLevel("ERROR")
    _SESSIONS[master] = session
    return session


class SparkEngine:
    """Spark at ``master`` (``MULTIPOLAR_SPARK_MASTER`` or ``local[2]`` when None)."""

    name = "spark"
    reads_lake_events = True

    def __init__(self, *, master: str | None = None):
        self.master = master

    def open(self, inputs: PublishedInputs) -> SparkInputsSession:
        """Parquet copies of the published views registered in Spark; the lake runs' events (left out of the
        store's ``in_events``) read by Spark from the lake's Parquet files and added to ``in_events``."""
        session = spark_session(self.master)
        folder = Path(tempfile.mkdtemp(prefix="multipolar-spark-"))
        for name, path in inputs.export(folder).items():
            session.read.parquet(str(path)).createOrReplaceTempView(name)
        lake_events = lake_events_view(session, inputs.lake_runs)
        persisted = None
        if lake_events is not None:
            from pyspark import StorageLevel

            # flattened once and kept (memory, spilling to the executors' disks): the measurement reads in_events
            # several times, and exploding the lake's events again for each would repeat the scan
            persisted = session.table("in_events").unionByName(
                session.sql(LAKE_IN_EVENTS.format(view=lake_events))).persist(StorageLevel.MEMORY_AND_DISK)
            persisted.createOrReplaceTempView("in_events")
        return SparkInputsSession(inputs, session, folder,
                                  local=str(session.sparkContext.master).startswith("local"), persisted=persisted)


class SparkInputsSession:
    """The measurement SQL on Spark, over Parquet copies of the published ``in_*`` views."""

    name = "spark"

    def __init__(self, inputs: PublishedInputs, session: Any, folder: Path, *, local: bool = True,
                 persisted: Any = None):
        self.inputs = inputs
        self.session = session
        self.folder = folder
        self.local = local
        self._results = 0
        self._persisted = persisted

    def run(self, sql: str) -> pa.Table:
        """The query's result as an Arrow table. In local mode the executors write it to Parquet, read back
        by pyarrow, so a large result (every dyad-year) never has to fit in the driver's Java heap; on a
        cluster (whose executors cannot see our temp folder) it is collected through Arrow."""
        df = self.session.sql(sql)
        if not self.local:
            table: pa.Table = df.toArrow()
            return table
        self._results += 1
        out = self.folder / f"result-{self._results}"
        df.write.mode("overwrite").parquet(str(out))
        parts = sorted(out.glob("part-*.parquet"))  # in partition order, which keeps an ORDER BY
        schema = pa.schema([(f.name, _arrow_type(f.dataType)) for f in df.schema.fields])
        tables = [pq.read_table(p).select(schema.names).cast(schema) for p in parts]
        table = pa.concat_tables(tables) if tables else schema.empty_table()
        shutil.rmtree(out, ignore_errors=True)
        return table

    def close(self) -> None:
        if self._persisted is not None:
            with contextlib.suppress(Exception):
                self._persisted.unpersist()
        with contextlib.suppress(Exception):
            for name in (*INPUT_TABLES, "_mp_lake_events"):
                self.session.catalog.dropTempView(name)
        shutil.rmtree(self.folder, ignore_errors=True)


#: ``in_events`` (see :mod:`multipolar.store.inputs`) built by Spark from the lake's events: one row per
#: (actor, recipient) pair of each event — the same rows and types as DuckDB's staging of the store's events.
LAKE_IN_EVENTS = """
    SELECT origin, actor, recipient, CAST(year(day) AS INT) AS year, CAST(quad AS INT) AS quad,
           CAST(goldstein AS DOUBLE) AS goldstein, coalesce(type, cameo) AS kind, coalesce(dedup_key, id) AS dkey
      FROM {view}
      LATERAL VIEW explode(actors) xa AS actor
      LATERAL VIEW explode(recipients) xr AS recipient
     WHERE day IS NOT NULL AND NOT coalesce(negated, FALSE) AND NOT coalesce(hypothetical, FALSE)
       AND actor IS NOT NULL AND recipient IS NOT NULL AND actor <> recipient"""


def lake_events_view(session: Any, runs: Sequence[Any], view: str = "_mp_lake_events") -> str | None:
    """Register the events of lake ``runs`` (their Parquet files, each lake read with hive partitioning under
    its ``events`` folder) as the temporary view ``view``; None when the runs have no events."""
    from pyspark.sql import functions as F

    from ..store.lake import TOKEN_RE, read_plan

    remap = lake_uri_map()
    plan = read_plan(list(runs), "events")
    if not plan:
        return None
    frames = []
    for base, globs, tokens in plan:
        df = session.read.option("basePath", _remap(base, remap)).parquet(*(_remap(g, remap) for g in globs))
        if tokens:  # one glob over the lake: keep the files of the runs in force
            df = df.where(F.regexp_extract(F.col("_metadata.file_name"), TOKEN_RE, 1).isin(tokens))
        frames.append(df.drop("year", "month"))
    df = frames[0]
    for f in frames[1:]:
        df = df.unionByName(f, allowMissingColumns=True)
    df.createOrReplaceTempView(view)
    return view


LAKE_URI_VAR = "MULTIPOLAR_SPARK_LAKE_URI"


def lake_uri_map() -> list[tuple[str, str]]:
    """``MULTIPOLAR_SPARK_LAKE_URI="/local/lake=s3a://bucket/lake;…"``: where Spark finds a lake the store
    recorded under a local folder (a copy synced to object storage or a shared mount), for a cluster whose
    executors cannot see the driver's disk. Without it Spark reads the recorded folder."""
    out: list[tuple[str, str]] = []
    for item in os.environ.get(LAKE_URI_VAR, "").split(";"):
        if not item.strip():
            continue
        local, sep, uri = item.partition("=")
        if not sep or not local.strip() or not uri.strip():
            raise UsageError(f"{LAKE_URI_VAR}: {item!r} is not LOCAL_FOLDER=URI",
                             hint=f"e.g. {LAKE_URI_VAR}=/data/lake=s3a://my-bucket/lake")
        out.append((local.strip().rstrip("/"), uri.strip().rstrip("/")))
    return out


def _remap(path: str, remap: list[tuple[str, str]]) -> str:
    for local, uri in remap:
        if path == local or path.startswith(local + "/"):
            return uri + path[len(local):]
    return path


def _arrow_type(spark_type: Any) -> pa.DataType:
    """The Arrow type Spark's own Arrow collection gives for the column types the measurement SQL makes."""
    name = type(spark_type).__name__
    return {"StringType": pa.string(), "IntegerType": pa.int32(), "LongType": pa.int64(),
            "DoubleType": pa.float64(), "FloatType": pa.float32(), "BooleanType": pa.bool_(),
            "ShortType": pa.int16(), "ByteType": pa.int8(), "DateType": pa.date32(),
            "NullType": pa.null()}.get(name, pa.string())
