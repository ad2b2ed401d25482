"""The dashboard and the brief in real headless Chromium (Debian `chromium` driven by Playwright).

Every page renders without console errors, charts have drawn SVG paths, links lead somewhere, an
article carrying script payloads shows them as text, and the brief draws its charts with the network
cut off. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_present_brief import build_store
from tests.test_present_web import Server, start

CHROMIUM = os.environ.get("MULTIPOLAR_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"no Chromium at {CHROMIUM}: apt-get install -y chromium (or set MULTIPOLAR_CHROMIUM)"),
]
playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (no `playwright install`: "
                                                                   "the system chromium is used)")


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with start(build_store()) as s:
        yield s


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shared_context(browser: Any) -> Iterator[Any]:
    """One context for the dashboard pages, so plotly.js is fetched once and then cached."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    yield ctx
    ctx.close()


class Watched:
    """A page with its console errors and failed requests recorded."""

    def __init__(self, browser: Any, context: Any = None) -> None:
        self.own = context is None
        self.context = context or browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}")
                     if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.on("requestfailed", lambda r: self.errors.append(f"request failed: {r.url}"))

    def close(self) -> None:
        self.page.close()
        if self.own:
            self.context.close()


@pytest.fixture()
def watched(browser: Any, shared_context: Any) -> Iterator[Watched]:
    w = Watched(browser, shared_context)
    yield w
    w.close()


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _charts_drawn(page: Any) -> list[int]:
    """Per chart div: how many SVG paths plotly drew in it."""
    page.wait_for_function("() => Array.from(document.querySelectorAll('div.chart')).every("
                           "d => d.querySelector('svg.main-svg'))", timeout=20_000)
    return page.eval_on_selector_all("div.chart", "ds => ds.map(d => d.querySelectorAll('svg path').length)")


PAGES = {"overview": "/", "state-ARM": "/state/ARM", "state-GEO": "/state/GEO", "state-RUS": "/state/RUS",
         "dyad-RUS-ARM": "/dyad/RUS/ARM?year=2013", "dyad-WEST-GEO": "/dyad/WEST/GEO", "events": "/events",
         "search": "/search?q=georgia", "downloads": "/downloads", "api": "/api"}


@pytest.mark.parametrize("name", list(PAGES))
def test_present_browser_page_renders_without_errors(server: Server, watched: Watched, name: str) -> None:
    page = watched.page
    resp = page.goto(server.url + PAGES[name], wait_until="load")
    assert resp is not None and resp.status == 200
    n_charts = page.locator("div.chart").count()
    if n_charts:
        paths = _charts_drawn(page)
        assert all(n > 0 for n in paths), f"empty charts on {name}: {paths}"
    _shot(page, name)
    assert watched.errors == [], watched.errors
    assert page.title()


def test_present_browser_links_lead_somewhere(server: Server, watched: Watched) -> None:
    page = watched.page
    hrefs: set[str] = set()
    for path in ("/", "/state/ARM", "/dyad/RUS/ARM?year=2013"):
        page.goto(server.url + path)
        hrefs.update(page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)"))
    local = list(dict.fromkeys(sorted(h.split("#")[0] for h in hrefs if h.startswith(server.url))))
    assert len(local) > 20
    # every link, except that of the per-year "explain" links (each computes a dyad-year) a few are followed
    explain = [h for h in local if "year=" in h]
    for h in [h for h in local if "year=" not in h] + explain[:: max(1, len(explain) // 6)]:
        r = page.request.get(h)
        assert r.status == 200, h
    assert watched.errors == [], watched.errors


def test_present_browser_hostile_article_is_text(server: Server, watched: Watched) -> None:
    page = watched.page
    page.goto(server.url + "/search?q=prague")
    page.click("main a[href^='/document/']")
    page.wait_for_load_state("load")
    body = page.inner_text("pre.doc")
    assert "<script>window.__xss=1</script>" in body
    assert 'onerror="window.__xss=2"' in body
    assert "<svg onload=window.__xss=3>" in body
    assert page.evaluate("() => [window.__xss, window.__xss_title]") == [None, None]
    assert page.locator("pre.doc script, pre.doc img, pre.doc svg").count() == 0
    assert page.locator("pre.doc mark").count() > 0
    assert "<script>" in page.title()
    _shot(page, "document-hostile")
    assert watched.errors == [], watched.errors


def test_present_browser_dyad_click_explains(server: Server, watched: Watched) -> None:
    page = watched.page
    page.goto(server.url + "/dyad/RUS/ARM")
    _charts_drawn(page)
    page.click("table a[href*='year=']")
    page.wait_for_load_state("load")
    assert re.search(r"\d{4} explained", page.inner_text("#explain"))
    assert page.locator("h3:has-text('Indicators') + table tr").count() > 5


def test_present_browser_brief_offline(browser: Any, tmp_path: Path) -> None:
    from multipolar.api import Reader
    from multipolar.present.report import brief
    from multipolar.store import Store

    with Store(build_store(), read_only=True) as store:
        html = brief(Reader(store))
    path = tmp_path / "brief.html"
    path.write_text(html, encoding="utf-8")
    watched = Watched(browser)
    page = watched.page
    outside: list[str] = []

    def block(route: Any) -> None:
        outside.append(route.request.url)
        route.abort()

    watched.context.route(re.compile(r"^(https?|wss?)://"), block)
    watched.context.set_offline(True)
    page.goto(path.as_uri(), wait_until="load")
    paths = _charts_drawn(page)
    assert len(paths) >= 7 and all(n > 0 for n in paths), paths
    assert outside == []
    assert watched.errors == [], watched.errors
    _shot(page, "brief")
    watched.close()
