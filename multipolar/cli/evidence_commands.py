"""CLI commands for documents: extract, ingest, eval, events/claims/stances/actors, demo."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .. import api
from ..errors import InputError, UsageError
from ..present.csvout import rows_to_csv
from .options import DbOption
from .selectors import check_date
from .tables import WIDE_HELP, Col, show

console = Console()
err = Console(stderr=True)


class ExtractFormat(StrEnum):
    evidence_json = "evidence-json"
    table = "table"


class ReadEngine(StrEnum):
    local = "local"
    spark = "spark"


EngineOption = Annotated[ReadEngine, typer.Option("--engine", help="local (in this process) or spark (the stages "
                                                                    "over partitions of documents)")]
MasterOption = Annotated[str | None, typer.Option("--spark-master", help="Spark master URL (default local[2]; "
                                                                         "with --engine spark)", show_default=False)]
PartitionsOption = Annotated[int | None, typer.Option("--partitions", min=1, help="partitions per batch (default: "
                                                      "the master's parallelism; with --engine spark)",
                                                      show_default=False)]
BatchOption = Annotated[int | None, typer.Option("--batch-size", min=1, help="documents per Spark job, and per store "
                                                 "transaction for ingest (default 64, at least 8 per "
                                                 "partition; with --engine spark)",
                                                 show_default=False)]


class QueryFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


def _db(db: Path | None) -> Path:
    return api.store_path(db)


def _out_name(origin: str, used: set[str]) -> str:
    stem = Path(origin.rstrip("/").split("?")[0]).stem or "document"
    name, n = stem, 2
    while name in used:
        name, n = f"{stem}-{n}", n + 1
    used.add(name)
    return name + ".json"


def _folder_output(output: str, inputs: list[str]) -> bool:
    """Whether ``-o`` names a folder (one NAME.json per document) rather than one file.

    A folder when it ends with a slash, already is a folder, or (unless it ends in ``.json``) when several
    inputs or a folder input are given."""
    if output.endswith(("/", os.sep)) or Path(output).is_dir():
        return True
    if Path(output).suffix.lower() == ".json":
        return False
    return len(inputs) > 1 or any(Path(i).is_dir() for i in inputs if "://" not in i)


def extract_cmd(
    inputs: Annotated[list[str], typer.Argument(help="files, folders, http(s) URLs or feeds", show_default=False)],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="evidence-json or table")] =
    ExtractFormat.evidence_json,
    output: Annotated[str | None, typer.Option("-o", "--output", help="a file; or a folder (DIR/, or with several "
                                                                      "inputs or a folder input) for one NAME.json "
                                                                      "per document", show_default=False)]
    = None,
    engine: EngineOption = ReadEngine.local,
    spark_master: MasterOption = None,
    partitions: PartitionsOption = None,
    batch_size: BatchOption = None,
) -> None:
    """Read documents and print what they say: actors, events, claims, stances, with spans.

    Exits with status 1 when some inputs could not be read (the others are written)."""
    if engine is ReadEngine.local:
        _local_only(spark_master=spark_master, partitions=partitions, batch_size=batch_size)
    docs, failures = _read_documents(inputs)
    if not docs:
        raise InputError("nothing could be read from the inputs given", hint="check the paths or URLs above")
    with _ReadProgress("extracting", every=10.0 if engine is ReadEngine.local else 0.0) as progress, \
            _crash_detail():
        done = api.extract_read(docs, engine=engine.value, spark_master=spark_master, partitions=partitions,
                                batch_size=batch_size, progress=progress)
    seconds = time.perf_counter() - progress.t0
    pairs = list(done.pairs)
    _write_extracted(pairs, inputs, format, output)
    if done.spark is not None:
        err.print(_spark_summary(done.spark, _counts(pairs)), highlight=False, soft_wrap=True)
    else:
        err.print(f"read {len(pairs)} document(s) in this process: {_counts(pairs)} in {seconds:.1f} s, "
                  f"{len(pairs) / seconds if seconds > 0 else 0:.2f} docs/s", highlight=False, soft_wrap=True)
    if failures:
        raise typer.Exit(1)  # some inputs failed, the rest were written: exit status 1


def _write_extracted(pairs: list[Any], inputs: list[str], format: ExtractFormat, output: str | None) -> None:
    if format is ExtractFormat.table:
        for src, ev in pairs:
            _print_evidence_table(src.origin, ev)
        return
    objs = [ev.as_json() for _, ev in pairs]
    if output is not None and _folder_output(output, inputs):
        folder = Path(output)
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"-o {output}: a file of that name is in the way of the output folder",
                             hint="remove it, or give another folder")
        folder.mkdir(parents=True, exist_ok=True)
        used: set[str] = set()
        for (src, _), obj in zip(pairs, objs, strict=True):
            (folder / _out_name(src.origin, used)).write_text(json.dumps(obj, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        err.print(f"wrote {len(objs)} file(s) to {folder}/", highlight=False)
        return
    single = len(objs) == 1 and len(inputs) == 1
    text = json.dumps(objs[0] if single else objs, ensure_ascii=False, indent=1)
    if output is not None:
        out = Path(output)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        err.print(f"wrote {out}", highlight=False)
    else:
        sys.stdout.write(text + "\n")


def _print_evidence_table(origin: str, ev: Any) -> None:
    console.rule(f"[bold]{ev.document.title or origin}[/] ({ev.document.published or 'undated'})")
    t = Table("actor", "kind", "country", "mentions", title="Actors")
    for a in ev.actors:
        t.add_row(a.id, a.kind, a.country or "", str(len(a.mentions)))
    console.print(t)
    t = Table("type", "actors", "recipients", "date", "flags", title="Events")
    for e in ev.events:
        flags = ",".join(x for x, on in (("negated", e.negated), ("hypothetical", e.hypothetical)) if on)
        t.add_row(e.type, ",".join(e.actors), ",".join(e.recipients), e.date or "", flags)
    console.print(t)
    t = Table("measure", "subject", "partner", "value", "unit", "qualifier", "period", title="Claims")
    for c in ev.claims:
        t.add_row(c.measure, c.subject or "", c.partner or "", f"{c.value:g}", c.unit, c.qualifier, c.period or "")
    console.print(t)
    t = Table("holder", "issue", "target", "polarity", title="Stances")
    for s in ev.stances:
        t.add_row(s.holder, s.issue, s.target or "", s.polarity)
    console.print(t)


def ingest_cmd(
    inputs: Annotated[list[str], typer.Argument(help="files, folders, http(s) URLs or feeds", show_default=False)],
    db: DbOption = None,
    engine: EngineOption = ReadEngine.local,
    spark_master: MasterOption = None,
    partitions: PartitionsOption = None,
    batch_size: BatchOption = None,
) -> None:
    """Read documents, extract their evidence and keep it in the store (re-ingesting changes nothing)."""
    if engine is ReadEngine.spark:
        _ingest_spark(inputs, db, spark_master, partitions, batch_size)
        return
    _local_only(spark_master=spark_master, partitions=partitions, batch_size=batch_size)
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task("ingesting", total=None)

        def step(origin: str, status: str) -> None:
            bar.update(task, advance=1, description=f"{status:9s} {Path(origin).name[:40]}")

        report = api.ingest(inputs, db=_db(db), progress=step)
    _tell_ingested(report, _db(db))
    _exit_ingested(report)


def _tell_ingested(report: api.IngestReport, db: Path) -> None:
    for _inp, msg in report.failed:
        err.print(f"[red]error:[/] {msg}", highlight=False, soft_wrap=True)
    console.print(f"{len(report.new)} new, {len(report.replaced)} replaced, {len(report.unchanged)} unchanged, "
                  f"{len(report.failed)} failed — {report.events} events, {report.claims} claims, "
                  f"{report.stances} stances stored in {db}")


def _exit_ingested(report: api.IngestReport) -> None:
    if report.read == 0:
        raise InputError("nothing could be read from the inputs given", hint="check the paths or URLs above")
    if report.failed:
        raise typer.Exit(1)  # some inputs failed, the rest were stored: exit status 1


# -- extract and ingest on Spark (multipolar/engines/spark_read.py) ------------------------------------------------

def _local_only(**options: Any) -> None:
    for name, value in options.items():
        if value is not None:
            raise UsageError(f"--{name.replace('_', '-')} is for --engine spark", hint="add --engine spark, or drop it")


def _read_documents(inputs: list[str]) -> tuple[list[Any], list[api.ReadFailure]]:
    """The inputs read on the driver, as the local run reads them; read failures printed as they come."""
    docs: list[Any] = []
    failures: list[api.ReadFailure] = []
    for item in api.read(inputs):
        if isinstance(item, api.ReadFailure):
            failures.append(item)
            err.print(f"[red]error:[/] {item.error}", highlight=False, soft_wrap=True)
        else:
            docs.append(item)
    return docs, failures


class _ReadProgress:
    """Documents done of total, documents per second and the time left, on stderr: a bar on a terminal, a line
    per batch otherwise (logs of long runs)."""

    def __init__(self, what: str, every: float = 0.0) -> None:
        self.what = what
        self.every = every  # at least this many seconds between two lines (not on a terminal)
        self.said = 0.0
        self.t0 = time.perf_counter()
        self.bar: Progress | None = None
        self.task: Any = None

    def __enter__(self) -> _ReadProgress:
        if err.is_terminal:
            self.bar = Progress(TextColumn(f"{self.what}"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=err, transient=True)
            self.bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)

    def __call__(self, done: int, total: int) -> None:
        if done == 0:
            self.t0 = time.perf_counter()  # from the first batch sent, not from reading the inputs
        seconds = time.perf_counter() - self.t0
        rate = done / seconds if done and seconds > 0 else 0.0
        eta = f", about {_duration((total - done) / rate)} left" if rate and done < total else ""
        text = f"{rate:.2f} docs/s{eta}" if done else ""
        if self.bar is not None:
            if self.task is None:
                self.task = self.bar.add_task(self.what, total=total, rate=text)
            self.bar.update(self.task, completed=done, rate=text)
        elif done and seconds - self.said >= self.every:
            self.said = seconds
            err.print(f"{self.what}: {done}/{total} documents, {text}", highlight=False, soft_wrap=True)


@contextlib.contextmanager
def _crash_detail() -> Iterator[None]:
    """With $MULTIPOLAR_DEBUG, the executor's traceback of a document that crashed the pipeline."""
    try:
        yield
    except api.ExtractCrash as exc:
        if os.environ.get("MULTIPOLAR_DEBUG"):
            err.print(exc.detail, highlight=False, markup=False)
        raise


def _duration(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 3600}h{s // 60 % 60:02d}m" if s >= 3600 else f"{s // 60}m{s % 60:02d}s" if s >= 60 else f"{s}s"


def _counts(pairs: list[Any]) -> str:
    events, claims, stances = (sum(len(getattr(ev, k)) for _, ev in pairs) for k in ("events", "claims", "stances"))
    return f"{events} events, {claims} claims, {stances} stances"


def _spark_summary(stats: Any, counts: str) -> str:
    loads = sorted(stats.load_seconds.values())
    spacy = (f"spaCy loaded once in each of {len(loads)} executor process(es), {min(loads):.1f}–{max(loads):.1f} s"
             if loads else "spaCy already loaded in the executors")
    return (f"read {stats.documents} document(s) on Spark {stats.master} ({stats.partitions} partition(s), "
            f"batches of {stats.batch_size}): {counts} in "
            f"{stats.wall_seconds:.1f} s, {stats.docs_per_second:.2f} docs/s (Spark start {stats.session_seconds:.1f}"
            f" s; {spacy})")


def _ingest_spark(inputs: list[str], db: Path | None, master: str | None, partitions: int | None,
                  batch_size: int | None) -> None:
    failed_batch: api.BatchFailed | None = None
    with _ReadProgress("ingesting") as progress:
        try:
            report = api.ingest(inputs, db=_db(db), engine="spark", spark_master=master, partitions=partitions,
                                batch_size=batch_size, spark_progress=progress)
        except api.BatchFailed as exc:
            failed_batch, report = exc, exc.report
            detail = getattr(exc.__cause__, "detail", None)
            if detail and os.environ.get("MULTIPOLAR_DEBUG"):
                err.print(detail, highlight=False, markup=False)
    _tell_ingested(report, _db(db))
    if report.spark is not None and report.spark.documents:
        counts = f"{report.events} events, {report.claims} claims, {report.stances} stances"
        err.print(_spark_summary(report.spark, counts), highlight=False, soft_wrap=True)
    if failed_batch is not None:
        err.print(f"not stored ({len(failed_batch.not_stored)}), to ingest again:", highlight=False)
        for origin in failed_batch.not_stored:
            err.print(f"  {origin}", highlight=False, soft_wrap=True)
        raise failed_batch
    _exit_ingested(report)


def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="a NAME.gold.json file or a folder of them", show_default=False)],
    docs: Annotated[Path | None, typer.Option("--docs", help="folder with the documents (NAME.md/.txt/.html)")] = None,
    format: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.table,
    errors: Annotated[bool, typer.Option("--errors", help="list misses and false hits")] = False,
) -> None:
    """Score extraction against gold annotations: precision, recall, F1 per document and overall."""
    res = api.evaluate(gold, docs=docs, with_errors=errors)
    if format is EvalFormat.json:
        sys.stdout.write(json.dumps(res.as_json(), indent=1, default=str) + "\n")
        return
    t = Table("document", "events F1", "claims F1", "stances F1", "actors F1", title="Extraction against gold")
    for doc in res.documents:
        t.add_row(doc.name, *(f"{f.f1:.3f}" for f in doc.figures.values()))
    t.add_row("[bold]overall[/]", *(f"[bold]{f.f1:.3f}[/]" for f in res.figures.values()))
    console.print(t)
    for k, m in res.figures.items():
        console.print(f"{k:8s} P={m.precision:.3f} R={m.recall:.3f} F1={m.f1:.3f}  "
                      f"(tp={m.tp} fp={m.fp} fn={m.fn})", highlight=False)
    console.print(f"spans    {res.bad_spans} bad of {res.spans}")
    console.print(f"qualifiers {res.qualifiers_agree}/{res.qualifiers_matched} agree")
    if errors:
        for doc in res.documents:
            console.print(f"--- {doc.name}")
            for k, lst in (doc.errors or {}).items():
                for kind, item in lst:
                    console.print(f"  {k:8s} {kind:6s} {item}", highlight=False)


def _query_cmd(kind: str):  # type: ignore[no-untyped-def]
    def cmd(
        actor: Annotated[str | None, typer.Option("--actor", help="actor id (CHN, person:wang-yi…)")] = None,
        recipient: Annotated[str | None, typer.Option("--recipient", help="recipient / partner / target id")] = None,
        type: Annotated[str | None, typer.Option("--type", help="event type, claim measure, stance issue, actor kind")]
        = None,
        date_from: Annotated[str | None, typer.Option("--from", help="from date (YYYY[-MM[-DD]])")] = None,
        date_to: Annotated[str | None, typer.Option("--to", help="to date (YYYY[-MM[-DD]])")] = None,
        document: Annotated[str | None, typer.Option("--document", help="document id or origin path/URL")] = None,
        limit: Annotated[int | None, typer.Option("--limit", help="at most this many rows")] = None,
        format: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
        db: DbOption = None,
        wide: Annotated[bool, typer.Option("--wide", help=WIDE_HELP)] = False,
    ) -> None:
        date_from = check_date(date_from, option="--from")
        date_to = check_date(date_to, option="--to")
        rows = api.query(kind, db=_db(db), actor=actor, recipient=recipient, type=type, date_from=date_from,
                         date_to=date_to, document=document, limit=limit)
        _print_rows(rows, format, kind, wide)

    cmd.__doc__ = (f"List stored {kind}, each with its document and sentence." if kind != "actors" else
                   "List the actors named in stored documents, with their mention and document counts.")
    return cmd


#: the columns a narrow table shows per kind (the rest with --wide; CSV and JSON have every column)
NARROW = {"claims": ("measure", "subject", "partner", "value", "unit", "period", "sentence"),
          "stances": ("holder", "issue", "target", "polarity", "date", "sentence"),
          "events": ("type", "actors", "recipients", "date", "sentence"),
          "actors": ("id", "kind", "name", "country", "mentions")}
TEXT_COLUMNS = {"sentence", "name", "example", "document_title", "about", "source_url", "origin"}


def _print_rows(rows: list[dict[str, Any]], format: QueryFormat, kind: str = "", wide: bool = False) -> None:
    if format is QueryFormat.json:
        sys.stdout.write(json.dumps(rows, indent=1, default=str, ensure_ascii=False) + "\n")
        return
    if format is QueryFormat.csv:
        sys.stdout.write(rows_to_csv(rows, list_sep=";"))
        return
    if not rows:
        console.print("no rows")
        return
    names = [c for c in rows[0] if c not in ("start", "end", "document")]
    narrow = NARROW.get(kind, tuple(names))
    cols = [Col(c, text=c in TEXT_COLUMNS or (kind == "actors" and c == "id"), wide=c not in narrow,
                right=c in ("value", "mentions", "documents"), cut=c == "sentence") for c in names]
    show(console, cols, [[_cell(r[c], c) for c in names] for r in rows], wide=wide)


def _cell(v: Any, col: str) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return ",".join(map(str, v))
    if isinstance(v, float):
        return f"{int(v):,}" if v.is_integer() and abs(v) < 1e15 else f"{v:,.6g}"
    s = str(v)
    if col == "sentence" and len(s) > 90:
        return s[:87] + "…"
    return s


def demo_cmd(
    db: DbOption = None,
    serve: Annotated[bool, typer.Option("--serve", help="then serve the dashboard on 127.0.0.1:8000")] = False,
) -> None:
    """The main job: build a store from the starter data and example texts, measure, check claims, write the brief."""
    from ..demo import run_demo

    run_demo(db=db, console=console, serve=serve)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
    app.command("ingest")(ingest_cmd)
    app.command("eval")(eval_cmd)
    for kind in ("events", "claims", "stances", "actors"):
        app.command(kind)(_query_cmd(kind))
    app.command("demo")(demo_cmd)
