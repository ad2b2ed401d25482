"""Qualifier and period rules of the claim checker (no data needed)."""

from __future__ import annotations

import pytest

from multipolar.check.rules import judge, target_of
from multipolar.extract.evidence import Claim, Span
from multipolar.store import Store


@pytest.mark.parametrize(("data", "claimed", "qualifier", "kind", "ok"), [
    (42.2, 40, "more_than", "percent", True),
    (40.0, 40, "more_than", "percent", False),
    (39.9, 40, "at_least", "percent", False),
    (40.0, 40, "at_least", "percent", True),
    (14, 10, "at_most", "rank", False),   # "one of the top ten" = rank at most 10
    (10, 10, "at_most", "rank", True),
    (2, 2, "exact", "rank", True),
    (3, 2, "exact", "rank", False),
    (2, 2, "approx", "rank", True),
    (9.6, 10, "approx", "percent", True),  # ±2 points
    (7.9, 10, "approx", "percent", False),
    (10.9, 10, "exact", "percent", True),  # ±1 point
    (11.2, 10, "exact", "percent", False),
    (61.9, 60, "approx", "other", True),  # ±15 %
    (61.9, 80, "approx", "other", False),
    (1.43e9, 1.5e9, "exact", "other", True),  # ±5 %
    (1.43e9, 1.6e9, "exact", "other", False),
    (5.0, 5, "less_than", "percent", False),
    (4.9, 5, "less_than", "percent", True),
    (5.1, 5, "at_most", "percent", False),
    (0, 0, "exact", "other", True),
])
def test_judge(data: float, claimed: float, qualifier: str, kind: str, ok: bool) -> None:
    got, rule = judge(data, claimed, qualifier, kind)
    assert got is ok
    assert rule.startswith("must be")


def test_targets() -> None:
    assert target_of(None, "2019-11-05").kind == "now"
    assert target_of(None, "2019-11-05").ref_year == 2019
    assert target_of(None, None).ref_year is None
    span = target_of("2002/2015", None)
    assert (span.kind, span.start, span.end) == ("span", 2002, 2015)
    assert target_of("2018", None).kind == "year"
    assert target_of("2019-03", None).period == "2019-03"
    assert target_of("2019-03-08", None).period == "2019-03"
    assert target_of("in spring", None).kind == "bad"


def _claim(measure: str, **kw: object) -> Claim:
    base: dict[str, object] = {"subject": "GEO", "partner": None, "value": 1.0, "unit": "count",
                               "qualifier": "exact", "period": None, "text": Span(0, 0)}
    base.update(kw)
    return Claim(measure=measure, **base)  # type: ignore[arg-type]


def test_without_data_everything_is_insufficient_and_named() -> None:
    from multipolar.check import check_claims

    with Store(":memory:") as st:
        claims = [
            _claim("people_count", subject="AZE", value=900, unit="people",
                   about="involved with IS in the Middle East"),
            _claim("people_count", value=11, unit="people", subject=None, about="killed in the hotel fire"),
            _claim("investment_value", value=4e10, unit="usd"),
            _claim("other", value=20, unit="percent", about="share of territory occupied"),
            _claim("export_share", partner="CHN", value=5, unit="percent", period="2018"),
            _claim("trade_growth", partner="CHN", value=80, unit="times", period="2015"),
        ]
        out = check_claims(st, claims)
    assert [v["verdict"] for v in out] == ["insufficient_data"] * len(claims)
    assert "foreign-fighter" in out[0]["reason"]
    assert "casualty" in out[1]["reason"]
    assert "investment" in out[2]["reason"]
    assert "share of territory" in out[3]["reason"]
    assert "multipolar load" in out[4]["reason"]  # says what to load
    assert "span of years" in out[5]["reason"]
    for v in out:
        assert v["value"] is None and v["rows"] == [] and v["exact_period"] is False
        assert "\n" not in v["reason"]
