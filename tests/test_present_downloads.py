"""Downloads read as users expect, on a real uvicorn server on 127.0.0.1: a header row on an empty CSV, a typed
schema on an empty Parquet, the same columns whatever the filter, CAMEO codes kept as text when read as the
download documents (``/api/downloads``). Read with pyarrow.csv and the csv module; with pandas as well where
pandas is installed (it is not a dependency of the project)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from multipolar.present import downloads as dl
from multipolar.store import Store
from tests.test_present_brief import build_store
from tests.test_present_web import Server, start

KINDS = list(dl.KINDS)


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with start(build_store()) as s, httpx.Client(base_url=s.url, timeout=120) as c:
        yield c


@pytest.fixture(scope="module")
def empty_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    db: Path = tmp_path_factory.mktemp("empty") / "empty.duckdb"
    Store(db).close()
    server: Server
    with start(db) as server, httpx.Client(base_url=server.url, timeout=120) as c:
        yield c


def _header(text: str) -> list[str]:
    return next(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("kind", KINDS)
def test_empty_store_downloads_have_header_and_typed_schema(empty_client: httpx.Client, kind: str) -> None:
    r = empty_client.get(f"/download/{kind}.csv")
    assert r.status_code == 200 and r.text, kind  # before: 0 bytes (pandas: EmptyDataError)
    assert _header(r.text) == dl.columns(kind)
    table = pacsv.read_csv(io.BytesIO(r.content))
    assert table.num_rows == 0 and table.column_names == dl.columns(kind)
    p = empty_client.get(f"/download/{kind}.parquet")
    assert p.status_code == 200 and p.headers["content-type"] == "application/vnd.apache.parquet"
    pt = pq.read_table(io.BytesIO(p.content))  # before: a table with no columns
    assert pt.num_rows == 0 and pt.schema.equals(dl.arrow_schema(kind))


def test_empty_filter_result_keeps_header(client: httpx.Client) -> None:
    for kind in ("influence", "hedging"):
        r = client.get(f"/download/{kind}.csv", params={"years": "1800"})
        assert r.status_code == 200 and _header(r.text) == dl.columns(kind) and len(r.text.splitlines()) == 1
        p = client.get(f"/download/{kind}.parquet", params={"years": "1800"})
        assert pq.read_table(io.BytesIO(p.content)).schema.equals(dl.arrow_schema(kind))


@pytest.mark.parametrize("params", [{}, {"targets": "GEO", "powers": "RUS"}, {"targets": "GEO", "powers": "CHN,RUS"},
                                    {"powers": "RUS,WEST", "years": "2000-2010"}, {"targets": "ARM", "years": "2014"}])
def test_influence_columns_stable_whatever_the_filter(client: httpx.Client, params: dict[str, str]) -> None:
    r = client.get("/download/influence.csv", params=params)
    assert r.status_code == 200
    assert _header(r.text) == dl.columns("influence")  # before: a filtered download lost share and rank
    assert {"share", "rank"} <= set(_header(r.text))
    p = client.get("/download/influence.parquet", params=params)
    assert pq.read_table(io.BytesIO(p.content)).schema.equals(dl.arrow_schema("influence"))


@pytest.mark.parametrize("kind", KINDS)
def test_every_column_the_data_has_is_in_the_schema(client: httpx.Client, kind: str) -> None:
    """A column the store or the measurement adds must be added to the schema, not dropped silently."""
    r = client.get(f"/download/{kind}.csv")
    rows = list(csv.DictReader(io.StringIO(r.text, newline="")))
    assert rows and list(rows[0]) == dl.columns(kind)
    api = {"influence": "/api/influence", "hedging": "/api/hedging", "events": "/api/events?limit=5000",
           "claims": "/api/claims", "stances": "/api/stances", "checks": "/api/checks"}
    if kind in api:
        got = client.get(api[kind]).json()["rows"]
        keys = set().union(*(set(x) for x in got))
        assert keys <= set(dl.columns(kind)), keys - set(dl.columns(kind))


def test_events_filtered_by_actor_and_origin_same_columns(client: httpx.Client) -> None:
    for params in ({}, {"actor": "GEO"}, {"origin": "icews"}, {"actor": "ARM", "origin": "gdelt"}):
        r = client.get("/download/events.csv", params=params)
        assert r.status_code == 200 and _header(r.text) == dl.columns("events"), params


def test_cameo_codes_keep_their_leading_zero_read_as_documented(client: httpx.Client) -> None:
    r = client.get("/download/events.csv", params={"origin": "icews"})
    raw = [row["cameo"] for row in csv.DictReader(io.StringIO(r.text, newline="")) if row["cameo"]]
    assert any(c.startswith("0") for c in raw), raw[:10]
    # read naively, the zero goes (this is what the user saw) ...
    naive = pacsv.read_csv(io.BytesIO(r.content)).column("cameo")
    assert naive.type != pa.string()
    # ... read with the documented types, it stays
    doc = client.get("/api/downloads").json()
    assert {"name": "cameo", "type": "string"} in doc["events"]["columns"]
    types = {c["name"]: pa.string() for c in doc["events"]["columns"] if c["type"] in ("string", "json")}
    typed = pacsv.read_csv(io.BytesIO(r.content), convert_options=pacsv.ConvertOptions(column_types=types))
    assert sorted(c for c in typed.column("cameo").to_pylist() if c) == sorted(raw)
    # Parquet carries the type itself
    p = client.get("/download/events.parquet", params={"origin": "icews"})
    assert pq.read_table(io.BytesIO(p.content)).schema.field("cameo").type == pa.string()
    # the download's own description says how
    spec = client.get("/api/openapi.json").json()
    assert "dtype" in spec["paths"]["/download/{filename}"]["get"]["description"]


def test_pandas_read_csv_with_documented_dtype(client: httpx.Client, empty_client: httpx.Client) -> None:
    pd = pytest.importorskip("pandas")
    dtype = client.get("/api/downloads").json()["events"]["read_csv_dtype"]
    r = client.get("/download/events.csv", params={"origin": "icews"})
    frame = pd.read_csv(io.BytesIO(r.content), dtype=dtype)
    assert frame["cameo"].dropna().str.startswith("0").any()
    assert list(frame.columns) == dl.columns("events")
    for kind in KINDS:
        e = pd.read_csv(io.BytesIO(empty_client.get(f"/download/{kind}.csv").content),
                        dtype=dl.read_csv_dtype(kind))
        assert e.empty and list(e.columns) == dl.columns(kind)
        assert len(pd.read_parquet(io.BytesIO(empty_client.get(f"/download/{kind}.parquet").content)).columns) \
            == len(dl.columns(kind))


def test_download_media_types_in_openapi(client: httpx.Client) -> None:
    op = client.get("/api/openapi.json").json()["paths"]["/download/{filename}"]["get"]
    content = op["responses"]["200"]["content"]
    assert set(content) == {"text/csv", "application/vnd.apache.parquet"}  # before: application/json
    assert "application/json" in op["responses"]["422"]["content"]
    assert all(p.get("description") for p in op["parameters"])
