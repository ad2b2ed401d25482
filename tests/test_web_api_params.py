"""Bad parameters answer 422 with a JSON message naming the parameter and what it accepts (unknown codes: the
nearest known ones), on a real uvicorn server on 127.0.0.1; the OpenAPI schema describes every parameter."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.test_present_brief import build_store
from tests.test_present_web import start


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with start(build_store()) as s, httpx.Client(base_url=s.url, timeout=120) as c:
        yield c


# request, parameter, words the message must carry, nearest codes expected first (or None)
BAD = [
    ("/api/influence?years=garbage", "years", ["garbage", "YYYY-YYYY"], None),  # before: 404
    ("/api/influence?years=2014-2000", "years", ["ends before it starts"], None),
    ("/api/influence?years=1700", "years", ["1800"], None),
    ("/api/hedging?years=20x4", "years", ["YYYY"], None),
    ("/api/influence?targets=GOE", "targets", ["GOE"], "GEO"),  # before: 200 with no rows
    ("/api/influence?targets=GEO,ARN", "targets", ["ARN"], "ARM"),
    ("/api/influence?powers=RUSS", "powers", ["RUSS"], "RUS"),
    ("/api/influence?targets=G3O", "targets", ["not an actor code"], None),
    ("/api/influence?domain=econ", "domain", ["econ", "economic, political, security, overall"], "economic"),
    ("/api/hedging?targets=AZZ", "targets", ["AZZ"], "AZE"),
    ("/api/events?actor=GOE", "actor", ["GOE"], "GEO"),
    ("/api/events?recipient=RUZ", "recipient", ["RUZ"], "RUS"),
    ("/api/events?origin=icew", "origin", ["icew", "article, gdelt, icews"], "icews"),
    ("/api/events?document=nothex", "document", ["16 hexadecimal"], None),
    ("/api/events?limit=0", "limit", ["greater than or equal to 1"], None),
    ("/api/events?year_from=2015&year_to=2010", "year_from", ["after"], None),
    ("/api/claims?actor=GOE", "actor", ["GOE"], "GEO"),
    ("/api/stances?document=x", "document", ["document id"], None),
    ("/download/influence.csv?targets=GOE", "targets", ["GOE"], "GEO"),
    ("/download/influence.parquet?years=garbage", "years", ["garbage"], None),
    ("/download/events.csv?origin=foo", "origin", ["foo"], None),
    ("/download/events.csv?actor=GOE", "actor", ["GOE"], "GEO"),
]


@pytest.mark.parametrize(("url", "param", "words", "first"), BAD)
def test_bad_parameter_answers_422_naming_it(client: httpx.Client, url: str, param: str, words: list[str],
                                             first: str | None) -> None:
    r = client.get(url)
    assert r.status_code == 422, (url, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["parameter"] == param and body["detail"].startswith(f"{param}:"), body
    text = body["detail"] + " " + (body.get("hint") or "")
    for w in words:
        assert w in text, (w, body)
    if first:
        assert body["nearest"][0] == first and first in body["detail"], body
    if body["error"] == "Invalid parameter":
        assert body["accepted"], body


def test_good_parameters_still_answer(client: httpx.Client) -> None:
    r = client.get("/api/influence", params={"targets": "geo", "powers": "rus,west", "years": "2000-2010",
                                             "domain": "overall"})
    assert r.status_code == 200 and r.json()["rows"]
    assert client.get("/api/events", params={"actor": "GEO", "origin": "icews", "limit": 3}).json()["rows"]
    assert client.get("/api/influence", params={"years": "1800"}).json()["rows"] == []  # valid, just empty


def test_unknown_download_is_404_listing_the_tables(client: httpx.Client) -> None:
    r = client.get("/download/nope.csv")
    assert r.status_code == 404 and "influence.csv" in r.json()["detail"]


def test_openapi_describes_parameters_and_errors(client: httpx.Client) -> None:
    spec = client.get("/api/openapi.json").json()
    for path, ops in spec["paths"].items():
        for op in ops.values():
            for p in op.get("parameters", []):
                if p["in"] == "query":
                    assert p.get("description"), (path, p["name"])
            if path.startswith("/api/") and op.get("parameters") and any(
                    p["in"] == "query" for p in op["parameters"]):
                assert "ErrorBody" in str(op["responses"]["422"]), path
    params = {p["name"]: p for p in spec["paths"]["/api/influence"]["get"]["parameters"]}
    assert "YYYY-YYYY" in params["years"]["description"] and "economic" in params["domain"]["description"]
    page = client.get("/api")
    assert page.status_code == 200 and "YYYY-YYYY" in page.text
