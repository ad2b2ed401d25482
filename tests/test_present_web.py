"""The dashboard and JSON API on a real uvicorn server on 127.0.0.1: pages, API, downloads, ingest, hostile input."""

from __future__ import annotations

import csv
import http.client
import io
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.test_present_brief import build_store

TOKEN = "s3cret-token-for-tests"
INJECTIONS = ["' OR '1'='1", "ARM'; DROP TABLE documents; --", "\" OR 1=1 --", "ARM') UNION SELECT * FROM meta --",
              "%' OR 1=1 --", "1; DELETE FROM events", "$(rm -rf /)", "../../etc/passwd", "\\x00", "a" * 150]


class Server:
    """uvicorn in a thread on a free loopback port."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        self.thread.start()
        for _ in range(200):
            if self.server.started:
                return self
            time.sleep(0.05)
        raise RuntimeError("server did not start")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def start(db: Path, **kw: Any) -> Server:
    from multipolar.web import create_app

    return Server(create_app(db, **kw))


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with start(build_store()) as s:
        yield s


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as c:
        yield c


def _doc_ids(client: httpx.Client) -> list[str]:
    return [d["id"] for d in client.get("/api/documents").json()["rows"]]


PAGES = ["/", "/state/ARM", "/state/AZE", "/state/GEO", "/state/RUS", "/state/WEST", "/state/CHN", "/dyad/RUS/ARM",
         "/dyad/WEST/GEO?year=2010", "/dyad/TUR/AZE?year=2014", "/search?q=georgia", "/search?q=", "/events",
         "/events?actor=GEO&origin=icews", "/downloads", "/api"]


@pytest.mark.parametrize("path", PAGES)
def test_present_web_page_renders(client: httpx.Client, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "<html" in r.text and "</html>" in r.text


def test_present_web_every_document_page_and_every_link(client: httpx.Client) -> None:
    ids = _doc_ids(client)
    assert len(ids) >= 7
    seen: set[str] = set()
    for page in ["/"] + [f"/document/{i}" for i in ids]:
        r = client.get(page)
        assert r.status_code == 200
        for href in re.findall(r'href="(/[^"#]*)', r.text):
            href = href.replace("&amp;", "&")
            if href in seen:
                continue
            seen.add(href)
            assert client.get(href).status_code == 200, href
    assert any(h.startswith("/dyad/") for h in seen) and any(h.startswith("/document/") for h in seen)


def test_present_web_document_marks_spans_and_escapes(client: httpx.Client) -> None:
    docs = client.get("/api/documents", params={"q": "xss"}).json()["rows"]
    assert len(docs) == 1
    page = client.get(f"/document/{docs[0]['id']}").text
    assert "<script>window.__xss" not in page and "onerror=\"window" not in page
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;window.__xss=2&#34;&gt;" in page
    assert '<mark class="hl-actor"' in page
    assert 'class="hl-event' in page or "hl-event" in page


def test_present_web_json_api_and_openapi(client: httpx.Client) -> None:
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    for path in ("/api/influence", "/api/dyad/{power}/{target}", "/api/explain/{power}/{target}/{year}",
                 "/api/hedging", "/api/events", "/api/claims", "/api/checks", "/api/documents", "/api/search",
                 "/download/{filename}"):
        assert path in spec["paths"], path
    assert "/api/ingest" not in spec["paths"]  # no token, no ingest
    series = client.get("/api/dyad/RUS/ARM").json()
    assert series["rows"] and {r["domain"] for r in series["rows"]} == {"economic", "political", "security", "overall"}
    year = max(r["year"] for r in series["rows"] if r["domain"] == "overall" and r["value"] is not None
               and r["year"] <= 2014)
    ex = client.get(f"/api/explain/RUS/ARM/{year}").json()
    assert ex["power"] == "RUS" and ex["indicators"] and "sources" in ex
    ov = client.get("/api/overview").json()
    assert ov["findings"] and ov["leaders"]
    assert client.get("/api/influence", params={"targets": "GEO", "powers": "RUS,WEST", "years": "2000-2010",
                                                "domain": "overall"}).json()["rows"]
    assert client.get("/api/hedging", params={"targets": "ARM"}).json()["rows"]
    assert client.get("/api/events", params={"actor": "GEO", "limit": 5}).json()["rows"]
    assert client.get("/api/checks").json()["rows"]
    hits = client.get("/api/search", params={"q": "armenia"}).json()
    assert any(a["id"] == "ARM" for a in hits["actors"]) and hits["documents"]
    assert client.get("/api/coverage").json()["datasets"]
    assert client.get("/api/explain/RUS/ARM/1700").status_code in (404, 422)


@pytest.mark.parametrize("name", ["influence", "hedging", "events", "claims", "stances", "checks", "documents",
                                  "datasets"])
def test_present_web_downloads(client: httpx.Client, name: str) -> None:
    import pyarrow.parquet as pq

    r = client.get(f"/download/{name}.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows, name
    p = client.get(f"/download/{name}.parquet")
    assert p.status_code == 200
    table = pq.read_table(io.BytesIO(p.content))
    assert table.num_rows == len(rows)


def test_present_web_ingest_absent_without_token(client: httpx.Client) -> None:
    r = client.post("/api/ingest", json={"text": "Russia and Georgia held talks in 2020."})
    assert r.status_code in (404, 405)
    assert "/api/ingest" not in client.get("/api/openapi.json").json()["paths"]


def test_present_web_ingest_needs_the_token(tmp_path: Path) -> None:
    db = tmp_path / "rw.duckdb"
    shutil.copy(build_store(), db)
    body = {"text": "Turkey and Azerbaijan signed a defence agreement in Baku on 3 March 2021.",
            "title": "Turkey and Azerbaijan <b>sign</b>", "published": "2021-03-03"}
    with start(db, token=TOKEN, read_only=False) as s, httpx.Client(base_url=s.url, timeout=120) as c:
        before = len(_doc_ids(c))
        assert c.post("/api/ingest", json=body).status_code == 401
        assert c.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.post("/api/ingest", json=body, headers={"Authorization": TOKEN}).status_code == 401
        assert len(_doc_ids(c)) == before
        r = c.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 201, r.text
        doc = r.json()
        assert doc["status"] == "new" and doc["events"] >= 1
        assert len(_doc_ids(c)) == before + 1
        page = c.get(doc["page"])
        assert page.status_code == 200 and "&lt;b&gt;sign&lt;/b&gt;" in page.text
        again = c.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).json()
        assert again["status"] == "unchanged"
        assert {k: again[k] for k in ("document", "events", "claims", "stances")} == \
            {k: doc[k] for k in ("document", "events", "claims", "stances")}  # what it holds, as when new
        assert c.post("/api/ingest", json={"text": ""}, headers={"Authorization": f"Bearer {TOKEN}"}
                      ).status_code == 422


QUERY_ENDPOINTS: list[tuple[str, list[str]]] = [
    ("/api/influence", ["targets", "powers", "years", "domain"]),
    ("/api/hedging", ["targets", "powers", "years"]),
    ("/api/events", ["actor", "recipient", "origin", "document", "year_from", "year_to", "limit", "offset"]),
    ("/api/claims", ["actor", "document"]),
    ("/api/stances", ["actor", "document"]),
    ("/api/checks", ["document"]),
    ("/api/documents", ["q", "limit"]),
    ("/api/actors", ["q"]),
    ("/api/search", ["q"]),
    ("/search", ["q"]),
    ("/events", ["actor", "origin", "year_from", "year_to"]),
    ("/dyad/RUS/ARM", ["year"]),
    ("/download/events.csv", ["actor", "origin"]),
    ("/download/influence.csv", ["targets", "powers", "years"]),
]


def test_present_web_sql_injection_is_harmless(client: httpx.Client) -> None:
    counts = client.get("/api/coverage").json()
    ndocs = len(_doc_ids(client))
    for path, params in QUERY_ENDPOINTS:
        for p in params:
            for payload in INJECTIONS:
                r = client.get(path, params={p: payload})
                assert r.status_code in (200, 404, 422), (path, p, payload, r.status_code, r.text[:200])
                assert "Traceback" not in r.text and "duckdb" not in r.text.lower()
    for payload in INJECTIONS:
        for path in (f"/state/{payload}", f"/dyad/{payload}/ARM", f"/document/{payload}",
                     f"/api/dyad/RUS/{payload}", f"/api/documents/{payload}"):
            r = client.get(path)
            assert r.status_code in (200, 404, 422), (path, r.status_code)
    # documents matching a LIKE wildcard payload are matched literally
    assert client.get("/api/documents", params={"q": "%"}).json()["rows"] == []
    assert client.get("/api/coverage").json() == counts
    assert len(_doc_ids(client)) == ndocs


def _raw_get(server: Server, path: str) -> tuple[int, bytes]:
    con = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    con.request("GET", path)
    r = con.getresponse()
    body = r.read()
    con.close()
    return r.status, body


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/..%2Fapp.py", "/static/%2e%2e%2f%2e%2e%2fdata.py",
                                  "/download/..%2F..%2Fetc%2Fpasswd", "/download/../../etc/passwd",
                                  "/document/..%2F..%2F..%2Fetc%2Fpasswd", "/static/....//....//etc/passwd",
                                  "/download/influence.csv%00.parquet", "/static/%2Fetc%2Fpasswd"])
def test_present_web_path_traversal_refused(server: Server, path: str) -> None:
    status, body = _raw_get(server, path)
    assert status in (400, 404), (path, status)
    assert b"root:" not in body and b"import " not in body


def test_present_web_errors_are_json_under_api(client: httpx.Client) -> None:
    r = client.get("/api/documents/ffffffffffffffff")
    assert r.status_code == 404 and r.json()["error"]
    r = client.get("/state/ZZZ")
    assert r.status_code == 404 and "<html" in r.text


def test_present_cli_serve_warns_off_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    from multipolar.cli import present_commands

    calls: dict[str, Any] = {}

    def fake_run(app: Any, **kw: Any) -> None:
        calls.update(kw)

    import uvicorn

    monkeypatch.setattr(uvicorn, "run", fake_run)
    out = Console(record=True, width=200)
    present_commands.serve(build_store(), host="0.0.0.0", port=8765, out=out)
    assert calls["host"] == "0.0.0.0" and "warning" in out.export_text()
    out = Console(record=True, width=200)
    present_commands.serve(build_store(), out=out)
    assert calls["host"] == "127.0.0.1" and "warning" not in out.export_text()


@pytest.mark.parametrize("cap", [50, 200])
def test_present_web_events_page_is_capped_and_says_how_many_more(cap: int, client: httpx.Client,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The events page lists the newest LISTED_EVENTS and says "and N more" with the exact count from the store
    (the total used to be capped at the rows fetched)."""
    import duckdb

    from multipolar.web.routers import pages

    monkeypatch.setattr(pages, "LISTED_EVENTS", cap)
    with duckdb.connect(str(build_store()), read_only=True) as con:
        total = con.execute("SELECT count(*) FROM events WHERE NOT coalesce(negated, FALSE) AND "
                            "NOT coalesce(hypothetical, FALSE) AND (list_has_any(actors, ['ARM', 'AZE', 'GEO']) "
                            "OR list_has_any(recipients, ['ARM', 'AZE', 'GEO'])) AND year(day) BETWEEN 1800 "
                            "AND 2100").fetchone()[0]
    page = client.get("/events?year_from=1800&year_to=2100").text
    listed = page.count("<tr><td>") - page.count("<tr><td colspan")
    assert f"{total:,} events" in page
    assert listed == min(total, cap)
    if total > cap:
        assert f"and {total - cap:,} more" in page and f"the {cap} most recent listed" in page
    else:
        assert "more (" not in page
