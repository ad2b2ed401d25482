"""The claim checker with the new sources: IMF DOTS (the reporter's own report and its partners' mirror
reports), Geostat's exports, and SIPRI deliveries for arms-supplier claims.

Two parts:

* on the real datasets in ../shared/data, loaded through :mod:`multipolar.datasets` into a DuckDB file,
  the seed article's claims (extracted by the project's extractor through :func:`multipolar.check.check`)
  and claims about the same flows. Expected figures are read here from the raw files (the DOTS workbooks
  with calamine, Geostat's CSV with DuckDB), independently of the loaders and of the checker;
* on small stores written here (no shared data needed): the precedence of the sources, mirror shares
  that need a total from elsewhere, an exports-only source, and claims about security that trade
  figures must not decide.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from multipolar.check import check
from multipolar.check.topics import security_topic
from multipolar.extract.evidence import Claim, Span
from multipolar.store import Store

from .conftest import SEED, SHARED, needs_shared

DATA = SHARED / "data"
DOTS = DATA / "imf_dots_country_tables"
GEOSTAT = DATA / "geostat_georgia_exports_by_country" / "ExportByCoutry.csv"
PUBLISHED = "2019-11-05"
# the reporters' workbooks (their title cell is checked below)
WORKBOOK = {"CHN": ("DOTS_40.xlsx", "China, P.R.: Mainland"), "GEO": ("DOTS_76.xlsx", "Georgia"),
            "ARM": ("DOTS_9.xlsx", "Armenia, Rep. of"), "AZE": ("DOTS_13.xlsx", "Azerbaijan, Rep. of")}
IMF_NAME = {code: name for code, (_, name) in WORKBOOK.items()}
CHINA_KA = "ჩინეთი"  # China, in Geostat's Georgian names


def claim(measure: str, subject: str | None, partner: str | None, value: float, unit: str,
          qualifier: str = "exact", period: str | None = None, scope: list[str] | None = None,
          about: str | None = None) -> Claim:
    return Claim(measure=measure, subject=subject, partner=partner, value=value, unit=unit, qualifier=qualifier,
                 period=period, text=Span(0, 0), scope=scope, about=about)


def one(store: Store, c: Claim, quote: str | None = None, published: str | None = PUBLISHED) -> dict[str, Any]:
    from multipolar.check.checker import Checker

    v = Checker(store).check(c, published=published, quote=quote)
    assert v["verdict"] in ("supported", "contradicted", "insufficient_data")
    assert v["reason"] and "\n" not in v["reason"]
    if v["verdict"] == "insufficient_data":
        assert v["value"] is None and v["rows"] == []
    else:
        assert v["rows"] and v["dataset"] and v["period_used"]
    return v


# =====================================================================================================
# The real datasets
# =====================================================================================================
@pytest.fixture(scope="module")
def real_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not DATA.exists():
        pytest.skip(f"shared data not found at {DATA}")
    from multipolar.datasets import load

    path = tmp_path_factory.mktemp("check_new") / "data.duckdb"
    with Store(path) as st:
        for name, folder in (("cow-trade", "cow_trade_v4_dyadic"),
                             ("armstat-trade", "armstat_armenia_trade_by_country"),
                             ("comtrade", "comtrade_georgia_vehicle_imports"),
                             ("geostat-exports", "geostat_georgia_exports_by_country"),
                             ("imf-dots", "imf_dots_country_tables"),
                             ("sipri", "sipri_arms_transfers_360info"),
                             ("sipri-register", "sipri_trade_register_2026")):
            load(st, name, DATA / folder)
    return path


@pytest.fixture(scope="module")
def real(real_db: Path) -> Any:
    st = Store(real_db, read_only=True)
    yield st
    st.close()


@pytest.fixture(scope="module")
def seed(real: Store) -> dict[tuple[str, str | None, str | None], dict[str, Any]]:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    out: dict[tuple[str, str | None, str | None], dict[str, Any]] = {}
    for v in check([SEED], real):
        c = v["claim"]
        out.setdefault((c["measure"], c["subject"], c["partner"]), v)
    return out


# -- independent figures from the raw files -------------------------------------------------------------
def _cell(x: Any) -> float | None:
    if isinstance(x, (int, float)):
        return float(x)
    s = str(x).strip().removesuffix("e").strip().replace(",", "")
    return float(s) if s else None


def dots(reporter: str, flow: str, partner: str | None, year: int) -> float:
    """A reporter's own DOTS figure (million USD) for a partner (IMF name) or the World row (None)."""
    from python_calamine import CalamineWorkbook

    file, title = WORKBOOK[reporter]
    wb = CalamineWorkbook.from_path(str(DOTS / file))
    ws = wb.get_sheet_by_index(0 if flow == "exports" else 1).to_python()
    assert ws[2][0] == title
    col = [str(h) for h in ws[5]].index(str(year))
    name = partner or "World"
    for row in ws[6:]:
        if row[0] == name:
            value = _cell(row[col])
            assert value is not None
            return value
    raise AssertionError(f"{name} not in {file}")


def dots_trade(reporter: str, partner: str, year: int) -> float:
    return dots(reporter, "exports", IMF_NAME[partner], year) + dots(reporter, "imports", IMF_NAME[partner], year)


def geostat(year: int) -> tuple[float, float]:
    """Georgia's exports to China and to all destinations (thousand USD), from Geostat's CSV."""
    con = duckdb.connect()
    rows = dict(con.execute(f"SELECT Country, sum(ThsdUSD1000) FROM read_csv('{GEOSTAT}') WHERE Year = ? "
                            "GROUP BY Country", [year]).fetchall())
    return float(rows[CHINA_KA]), float(sum(rows.values()))


# -- the three seed claims of the issue ----------------------------------------------------------------------
@needs_shared
def test_seed_georgian_exports_2018_decided_from_2018(seed: dict[Any, dict[str, Any]]) -> None:
    v = seed[("export_share", "GEO", "CHN")]
    china, world = geostat(2018)
    assert china == pytest.approx(199_107.8, rel=1e-6)  # PROVENANCE §15
    expected = 100 * china / world
    assert v["claim"]["period"] == "2018" and v["claim"]["qualifier"] == "more_than"
    assert v["verdict"] == "supported" and expected > 5
    assert (v["dataset"], v["period_used"], v["exact_period"]) == ("geostat-exports", "2018", True)
    assert v["value"] == pytest.approx(expected, abs=1e-3)
    assert {r["dataset"] for r in v["rows"]} == {"geostat-exports"} and all(r["unit"] == "usd_thousand"
                                                                           for r in v["rows"])
    same = {(o["dataset"], o["side"]): o for o in v["others"] if o["same_period"]}
    # Georgia's own IMF report agrees
    own = same[("imf-dots", "reporter")]
    assert own["reported_by"] == ["GEO"] and own["would_be"] == "supported"
    assert own["value"] == pytest.approx(100 * dots("GEO", "exports", IMF_NAME["CHN"], 2018)
                                         / dots("GEO", "exports", None, 2018), abs=1e-3)
    # China's report of the same flow (its imports from Georgia), over a total it has to borrow, named
    mirror = same[("imf-dots", "partner")]
    assert mirror["reported_by"] == ["CHN"]
    assert mirror["value"] == pytest.approx(100 * dots("CHN", "imports", "Georgia", 2018) * 1000 / world, abs=1e-3)
    assert "total from Geostat" in mirror["detail"] and "no world total" in mirror["detail"]
    assert {(r["dataset"], r["indicator"], r["from_actor"]) for r in mirror["rows"]} >= {
        ("imf-dots", "imports", "CHN"), ("geostat-exports", "exports (all partners)", "GEO")}
    assert v["disagreement"] is (mirror["would_be"] != "supported")
    assert "Geostat decides" in v["reason"] and "national statistics come first" in v["reason"]
    # COW (to 2014) is shown, never deciding a 2018 claim
    assert [o["period_used"] for o in v["others"] if o["dataset"] == "cow-trade"] == ["2014"]


@needs_shared
def test_seed_growth_2002_2015_decided_on_exactly_those_years(seed: dict[Any, dict[str, Any]]) -> None:
    v = seed[("trade_growth", "GEO", "CHN")]
    assert v["claim"]["period"] == "2002/2015" and v["claim"]["value"] == 80
    expected = dots_trade("GEO", "CHN", 2015) / dots_trade("GEO", "CHN", 2002)
    assert (v["dataset"], v["period_used"], v["exact_period"]) == ("imf-dots", "2002/2015", True)
    assert v["value"] == pytest.approx(expected, rel=1e-6)
    assert v["verdict"] == ("supported" if abs(expected - 80) <= 0.15 * 80 else "contradicted")
    assert {r["period"] for r in v["rows"]} == {"2002", "2015"}
    assert {r["from_actor"] for r in v["rows"]} == {"GEO"}  # Georgia's own report decides
    mirror = next(o for o in v["others"] if o["side"] == "partner")
    assert mirror["same_period"] and mirror["reported_by"] == ["CHN"]
    assert mirror["value"] == pytest.approx(dots_trade("CHN", "GEO", 2015) / dots_trade("CHN", "GEO", 2002), rel=1e-6)
    cow = next(o for o in v["others"] if o["dataset"] == "cow-trade")
    assert cow["period_used"] == "2002/2014" and cow["same_period"] is False  # COW stops in 2014: not deciding
    assert "a reporter's own figures come before its partners' mirror reports" in v["reason"]


@needs_shared
def test_seed_azerbaijan_share_of_chinas_regional_trade_both_sides(seed: dict[Any, dict[str, Any]],
                                                                    real: Store) -> None:
    v = seed[("trade_share", "CHN", "AZE")]
    assert v["claim"]["scope"] == ["ARM", "AZE", "GEO"] and v["claim"]["period"] is None
    # no year in the text: the latest year with data up to the article's (2019)
    assert (v["dataset"], v["period_used"], v["exact_period"]) == ("imf-dots", "2019", True)
    china = {p: dots_trade("CHN", p, 2019) for p in ("ARM", "AZE", "GEO")}
    partners = {p: dots_trade(p, "CHN", 2019) for p in ("ARM", "AZE", "GEO")}
    by_china = 100 * china["AZE"] / sum(china.values())
    by_partners = 100 * partners["AZE"] / sum(partners.values())
    assert v["value"] == pytest.approx(by_china, abs=1e-3)
    assert v["verdict"] == ("supported" if by_china > 40 else "contradicted")
    assert {r["from_actor"] for r in v["rows"]} == {"CHN"} and len(v["rows"]) == 6
    [mirror] = [o for o in v["others"] if o["side"] == "partner"]
    assert mirror["same_period"] and mirror["reported_by"] == ["ARM", "AZE", "GEO"]
    assert mirror["value"] == pytest.approx(by_partners, abs=1e-3)
    assert {r["from_actor"] for r in mirror["rows"]} == {"ARM", "AZE", "GEO"}
    assert mirror["would_be"] == ("supported" if by_partners > 40 else "contradicted")
    assert v["disagreement"] is (mirror["would_be"] != v["verdict"])
    assert "as China reports it" in v["reason"] and "as Armenia, Azerbaijan, Georgia report it" in v["reason"]
    assert "IMF DOTS, reporter's own report decides" in v["reason"]
    # read with 2018 (the last year before the article): the same two sides for that year
    c = claim("trade_share", "CHN", "AZE", 40, "percent", "more_than", "2018", ["ARM", "AZE", "GEO"])
    v18 = one(real, c)
    assert v18["period_used"] == "2018" and v18["dataset"] == "imf-dots"
    assert v18["value"] == pytest.approx(100 * dots_trade("CHN", "AZE", 2018) / sum(
        dots_trade("CHN", p, 2018) for p in ("ARM", "AZE", "GEO")), abs=1e-3)
    m18 = next(o for o in v18["others"] if o["side"] == "partner")
    assert m18["value"] == pytest.approx(100 * dots_trade("AZE", "CHN", 2018) / sum(
        dots_trade(p, "CHN", 2018) for p in ("ARM", "AZE", "GEO")), abs=1e-3)


@needs_shared
def test_seed_armenia_rank_still_from_armstat_and_nothing_about_security(seed: dict[Any, dict[str, Any]]) -> None:
    v = seed[("import_partner_rank", "ARM", "CHN")]
    # "…second-biggest partner after its strategic ally, Russia": a trade rank, not a security one
    assert v["verdict"] == "supported" and v["dataset"] == "armstat-trade" and v["period_used"] == "2019"
    own = next(o for o in v["others"] if o["dataset"] == "imf-dots" and o["side"] == "reporter")
    assert own["value"] == 2 and own["same_period"]
    for w in seed.values():
        assert "security" not in w["reason"]


@needs_shared
def test_starter_pack_gives_the_full_datasets_verdicts_on_the_seed(real: Store, tmp_path: Path) -> None:
    from multipolar.datasets.api import load_starter

    with Store(tmp_path / "starter.duckdb") as st:
        load_starter(st)
        held = {r["dataset"] for r in st.query("SELECT DISTINCT dataset FROM observations")}
        if not {"imf-dots", "geostat-exports"} <= held:
            pytest.skip("this starter pack has no IMF DOTS / Geostat rows (tests/test_check_data.py covers it)")
        claims = [claim("trade_growth", "GEO", "CHN", 80, "times", "approx", "2002/2015"),
                  claim("export_share", "GEO", "CHN", 5, "percent", "more_than", "2018"),
                  claim("trade_share", "CHN", "AZE", 40, "percent", "more_than", None, ["ARM", "AZE", "GEO"])]
        for c in claims:
            small, full = one(st, c), one(real, c)
            for key in ("verdict", "value", "dataset", "period_used", "exact_period"):
                assert small[key] == full[key], (c.measure, key)
            sides = [{(o["side"], o["period_used"]): o["value"] for o in v["others"] if o["side"] != "mixed"}
                     for v in (small, full)]
            assert sides[0] == sides[1], c.measure


# -- the two sides of one flow ---------------------------------------------------------------------------------
@needs_shared
def test_mirror_is_the_partners_report_of_the_same_flow(real: Store) -> None:
    # PROVENANCE §14: China's reported exports to Armenia 2019 ≈ 220; Armenia's reported imports from China ≈ 751
    china_says = dots("CHN", "exports", "Armenia, Rep. of", 2019)
    armenia_says = dots("ARM", "imports", "China, P.R.: Mainland", 2019)
    assert 200 < china_says < 240 and 740 < armenia_says < 760
    v = one(real, claim("import_value", "ARM", "CHN", 751e6, "usd", "approx", "2019"))
    assert v["verdict"] == "supported" and v["dataset"] == "armstat-trade"
    same = {(o["dataset"], o["side"]): o for o in v["others"] if o["same_period"]}
    assert same[("imf-dots", "reporter")]["value"] == pytest.approx(armenia_says * 1e6, rel=1e-9)
    mirror = same[("imf-dots", "partner")]
    assert mirror["value"] == pytest.approx(china_says * 1e6, rel=1e-9) and mirror["would_be"] == "contradicted"
    [row] = mirror["rows"]
    assert (row["indicator"], row["from_actor"], row["to_actor"], row["unit"]) == ("exports", "CHN", "ARM",
                                                                                   "usd_million")
    assert v["disagreement"] is True and "Sources disagree" in v["reason"] and "as China reports it" in v["reason"]


@needs_shared
def test_geostat_holds_exports_only(real: Store) -> None:
    # Georgia's trade share needs imports: Geostat never gives it, IMF DOTS (Georgia's report) does
    v = one(real, claim("trade_share", "GEO", "CHN", 10, "percent", "approx", "2018"))
    assert v["dataset"] == "imf-dots" and {r["from_actor"] for r in v["rows"]} == {"GEO"}
    assert all(o["dataset"] != "geostat-exports" for o in v["others"])
    # beyond IMF DOTS (to 2020), Geostat decides Georgia's exports: 2022
    china_2022, world_2022 = geostat(2022)
    v = one(real, claim("export_share", "GEO", "CHN", 10, "percent", "approx", "2022"))
    assert v["dataset"] == "geostat-exports" and v["value"] == pytest.approx(100 * china_2022 / world_2022, abs=1e-3)


# -- security claims on the real data ----------------------------------------------------------------------------
@needs_shared
def test_security_partner_sentences_are_not_decided_by_trade(real: Store, tmp_path: Path) -> None:
    text = ("Russia remains Armenia's main security partner. Russia is Armenia's largest military partner, while "
            "China is its second-biggest trading partner.")
    path = tmp_path / "security.md"
    path.write_text(text, encoding="utf-8")
    verdicts = check([path], real)
    ranks = [v for v in verdicts if v["claim"]["measure"].endswith("_rank")]
    assert len(ranks) >= 3  # the extractor reads each of them as a partner rank
    for v in ranks:
        if v["claim"]["value"] == 1:
            assert v["verdict"] == "insufficient_data" and v["dataset"] is None, v["reason"]
            assert "security ties" in v["reason"] and "SIPRI" in v["reason"] and "alliances" in v["reason"]
        else:  # the trading-partner rank in the same sentence is a trade claim
            assert "security" not in v["reason"]


@needs_shared
def test_arms_supplier_rank_from_sipri_deliveries(real: Store) -> None:
    v = one(real, claim("import_partner_rank", "ARM", "RUS", 1, "rank"), "Russia is Armenia's main arms supplier.")
    assert v["verdict"] == "supported" and v["dataset"] == "sipri-register"
    assert v["period_used"] == "2015/2019" and v["exact_period"] is True  # five years up to the text's year
    assert v["ranking"][0]["partner"] == "RUS" and all(r["unit"] == "tiv_million" for r in v["rows"])
    assert {r["indicator"] for r in v["rows"]} == {"arms_tiv_deal"}
    assert "Decided from arms deliveries" in v["reason"]
    # independent: the register's deliveries to Armenia 2015-2019 by supplier
    lines = (DATA / "sipri_trade_register_2026" / "trade_register.csv").read_text(encoding="utf-8").splitlines()
    import csv

    rows = list(csv.reader(line.rstrip(";") for line in lines[11:]))
    head = rows[0]
    i_s, i_r, i_y, i_v = (head.index(k) for k in ("Supplier", "Recipient", "Delivery year", "TIV delivery values"))
    tiv: dict[str, float] = {}
    for r in rows[1:]:
        if len(r) > i_v and r[i_r] == "Armenia" and r[i_y].isdigit() and 2015 <= int(r[i_y]) <= 2019 and r[i_v]:
            tiv[r[i_s]] = tiv.get(r[i_s], 0.0) + float(r[i_v])
    assert max(tiv, key=lambda k: tiv[k]) == "Russia"
    assert v["ranking"][0]["tiv"] == pytest.approx(tiv["Russia"], rel=1e-6)
    # a claimed rank that the deliveries do not bear out
    w = one(real, claim("import_partner_rank", "AZE", "ISR", 2, "rank", period="2020"),
            "Israel is Azerbaijan's second-biggest weapons supplier.")
    assert w["verdict"] == "contradicted" and w["period_used"] == "2016/2020" and w["value"] == 1


# =====================================================================================================
# Small stores written here: the rules without the shared data
# =====================================================================================================
def _store(rows: list[tuple[Any, ...]]) -> Store:
    """A store holding observation rows (dataset, indicator, from, to, year, value, unit[, estimate])."""
    st = Store(":memory:")
    with st.transaction() as con:
        for i, ds in enumerate(sorted({r[0] for r in rows}), start=1):
            con.execute("INSERT INTO load_runs (id, kind, dataset, path, started, status) "
                        "VALUES (?, 'load', ?, 'test', now(), 'ok')", [i, ds])
            con.execute("INSERT INTO datasets (name, citation) VALUES (?, ?)", [ds, f"{ds} (test rows)"])
        runs = {ds: i for i, ds in enumerate(sorted({r[0] for r in rows}), start=1)}
        for n, r in enumerate(rows, start=1):
            ds, ind, a, b, year, value, unit = r[:7]
            con.execute("INSERT INTO observations (dataset, indicator, from_actor, to_actor, period, year, value, "
                        "unit, source_file, source_row, load_run, estimate) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [ds, ind, a, b, str(year), year, value, unit, f"{ds}.csv", n, runs[ds],
                         r[7] if len(r) > 7 else False])
    return st


def _dots_pair(a: str, b: str, year: int, a_ex: float, a_im: float, b_ex: float, b_im: float) -> list[tuple[Any, ...]]:
    """Both sides' reports of a–b trade (million USD): a's exports/imports with b, and b's with a."""
    return [("imf-dots", "exports", a, b, year, a_ex, "usd_million"), ("imf-dots", "imports", a, b, year, a_im,
                                                                        "usd_million"),
            ("imf-dots", "exports", b, a, year, b_ex, "usd_million"), ("imf-dots", "imports", b, a, year, b_im,
                                                                        "usd_million")]


def test_precedence_national_then_own_then_mirror_then_cow() -> None:
    rows = [
        # Georgia's exports to China, 2018: Geostat 300 000 thousand; Georgia to IMF 290 m; China to IMF 100 m
        ("geostat-exports", "exports", "GEO", "CHN", 2018, 300_000.0, "usd_thousand"),
        ("geostat-exports", "exports", "GEO", "RUS", 2018, 700_000.0, "usd_thousand"),
        *_dots_pair("GEO", "CHN", 2018, 290.0, 800.0, 900.0, 100.0),
        ("imf-dots", "exports", "GEO", "RUS", 2018, 710.0, "usd_million"),
        ("imf-dots", "total_exports", "GEO", None, 2018, 1000.0, "usd_million"),
        ("cow-trade", "imports", "CHN", "GEO", 2018, 50.0, "usd_million"),
    ]
    with _store(rows) as st:
        v = one(st, claim("export_value", "GEO", "CHN", 300e6, "usd", "approx", "2018"))
        assert (v["dataset"], v["verdict"], v["value"]) == ("geostat-exports", "supported", 300e6)
        order = [(o["dataset"], o["side"]) for o in v["others"]]
        assert order == [("imf-dots", "reporter"), ("imf-dots", "partner"), ("cow-trade", "mixed")]
        assert [o["value"] for o in v["others"]] == [290e6, 100e6, 50e6]
        assert v["rows"][0]["unit"] == "usd_thousand" and v["rows"][0]["value"] == 300_000  # stored unit kept
        assert v["disagreement"] is True
        # the mirror share borrows Georgia's own total, and says from where
        v = one(st, claim("export_share", "GEO", "CHN", 10, "percent", "approx", "2018"))
        mirror = next(o for o in v["others"] if o["side"] == "partner")
        assert mirror["value"] == pytest.approx(100 * 100e6 / 1000e6)
        assert "total from Geostat (sum over all partners)" in mirror["detail"]
        # without Geostat, Georgia's own IMF report decides, then the mirror
        v = one(st, claim("import_value", "GEO", "CHN", 800e6, "usd", "approx", "2018"))
        assert (v["dataset"], v["verdict"]) == ("imf-dots", "supported")
        assert v["rows"][0]["from_actor"] == "GEO" and "as Georgia reports it" in v["reason"]
        [m] = [o for o in v["others"] if o["side"] == "partner"]
        assert m["value"] == 900e6 and m["reported_by"] == ["CHN"] and m["would_be"] == "supported"
        assert not v["disagreement"] and "agrees" in v["reason"]


def test_mirror_only_figures_decide_when_nothing_else_has_the_year() -> None:
    rows = [*_dots_pair("IRN", "CHN", 2015, 1.0, 1.0, 17_800.0, 16_000.0),
            ("imf-dots", "exports", "IRN", "CHN", 1999, 500.0, "usd_million")]
    rows = [r for r in rows if not (r[2] == "IRN" and r[4] == 2015)]  # Iran reported nothing for 2015
    with _store(rows) as st:
        v = one(st, claim("export_value", "IRN", "CHN", 16e9, "usd", "approx", "2015"))
        assert v["verdict"] == "supported" and v["dataset"] == "imf-dots"
        assert v["rows"][0]["from_actor"] == "CHN" and v["rows"][0]["indicator"] == "imports"
        assert "partners' mirror reports" in v["reason"] and "as China reports it" in v["reason"]
        # a share of Iran's whole exports needs Iran's total: the mirror has none, and nothing else has it
        v = one(st, claim("export_share", "IRN", "CHN", 30, "percent", "approx", "2015"))
        assert v["verdict"] == "insufficient_data"
        assert "no world total" in v["reason"] and "Iran's own total for 2015" in v["reason"]


def test_exports_only_source_never_gives_trade() -> None:
    rows = [("geostat-exports", "exports", "GEO", "CHN", 2018, 200_000.0, "usd_thousand"),
            ("geostat-exports", "exports", "GEO", "RUS", 2018, 800_000.0, "usd_thousand")]
    with _store(rows) as st:
        v = one(st, claim("trade_share", "GEO", "CHN", 20, "percent", "approx", "2018"))
        assert v["verdict"] == "insufficient_data" and "holds exports only" in v["reason"]
        v = one(st, claim("export_share", "GEO", "CHN", 20, "percent", "approx", "2018"))
        assert v["verdict"] == "supported" and v["value"] == pytest.approx(20.0)


def test_estimates_are_marked_in_the_rows() -> None:
    rows = [("imf-dots", "exports", "ARM", "CHN", 2019, 100.0, "usd_million", True),
            ("imf-dots", "total_exports", "ARM", None, 2019, 1000.0, "usd_million")]
    with _store(rows) as st:
        v = one(st, claim("export_share", "ARM", "CHN", 10, "percent", "approx", "2019"))
        assert v["verdict"] == "supported"
        marks = {r["indicator"]: r.get("estimate", False) for r in v["rows"]}
        assert marks == {"exports": True, "total_exports": False}


# -- security, arms, the military --------------------------------------------------------------------------------
@pytest.mark.parametrize(("quote", "measure", "value", "kind"), [
    ("Russia remains Armenia's main security partner.", "trade_partner_rank", 1, "security"),
    ("Russia is Armenia's main arms supplier.", "trade_partner_rank", 1, "arms_supplier"),
    ("Israel is Azerbaijan's second-biggest weapons supplier.", "import_partner_rank", 2, "arms_supplier"),
    ("Turkey is Azerbaijan's key defence partner.", "trade_partner_rank", 1, "security"),
    ("Russia is Armenia's largest military partner, while China is its second-biggest trading partner.",
     "trade_partner_rank", 1, "security"),
    ("Russia is Armenia's largest military partner, while China is its second-biggest trading partner.",
     "trade_partner_rank", 2, None),
    ("In terms of imports, China is already Armenia's second-biggest partner after its strategic ally, Russia.",
     "import_partner_rank", 2, None),
    ("Russia accounts for 80% of Armenia's arms imports.", "import_share", 80, "arms"),
    ("Russia supplies most of Armenia's weapons, about 80%.", "import_share", 80, "arms"),
    ("Georgia deepened defence cooperation with the United States, its third-largest partner.",
     "trade_partner_rank", 3, None),
    ("Georgia deepened defence cooperation with the United States.", "other", 1, "security"),
    ("Despite security concerns, China accounts for 10% of Georgia's exports.", "export_share", 10, None),
    ("Azerbaijan accounts for more than 40% of China's total trade turnover with the region.", "trade_share", 40,
     None),
])
def test_security_topic(quote: str, measure: str, value: float, kind: str | None) -> None:
    topic = security_topic(claim(measure, "ARM", "RUS", value, "rank"), quote)
    assert (topic.kind if topic else None) == kind


def test_security_claims_never_decided_by_trade_tables() -> None:
    rows = [*_dots_pair("ARM", "RUS", 2019, 700.0, 1500.0, 1400.0, 650.0),
            *_dots_pair("ARM", "CHN", 2019, 100.0, 750.0, 200.0, 90.0),
            ("imf-dots", "total_exports", "ARM", None, 2019, 2600.0, "usd_million"),
            ("imf-dots", "total_imports", "ARM", None, 2019, 5000.0, "usd_million")]
    with _store(rows) as st:
        # the same rank, as trade, is decided; as security, it is not
        assert one(st, claim("trade_partner_rank", "ARM", "RUS", 1, "rank"),
                   "Russia is Armenia's main trading partner.")["verdict"] == "supported"
        v = one(st, claim("trade_partner_rank", "ARM", "RUS", 1, "rank"),
                "Russia remains Armenia's main security partner.")
        assert v["verdict"] == "insufficient_data" and v["nearest"] is None and v["others"] == []
        assert "main security partner" in v["reason"] and "alliances" in v["reason"] and "SIPRI" in v["reason"]
        v = one(st, claim("import_share", "ARM", "RUS", 80, "percent", "approx", "2019"),
                "Russia accounts for 80% of Armenia's arms imports.")
        assert v["verdict"] == "insufficient_data" and "trade figures do not measure" in v["reason"]
        # an arms-supplier rank with no SIPRI data loaded: says what would decide it
        v = one(st, claim("trade_partner_rank", "ARM", "RUS", 1, "rank"), "Russia is Armenia's main arms supplier.")
        assert v["verdict"] == "insufficient_data" and "SIPRI" in v["reason"] and "sipri-register" in v["reason"]
        # the measure or `about` alone can say so too
        v = one(st, claim("other", "ARM", "RUS", 1, "count", about="arms deliveries"), None)
        assert v["verdict"] == "insufficient_data" and "arms transfers" in v["reason"] and "SIPRI" in v["reason"]


def test_arms_ranks_from_sipri_windows() -> None:
    rows = [(ds, ind, sup, "ARM", y, tiv, "tiv_million")
            for ds, ind in (("sipri", "arms_tiv"),)
            for y in range(2010, 2021)
            for sup, tiv in (("RUS", 50.0), ("CHN", 5.0 if y < 2018 else 0.0), ("XXX", 900.0))]
    rows += [("sipri", "arms_tiv", "IND", "ARM", 2020, 300.0, "tiv_million")]
    with _store(rows) as st:
        quote = "Russia is Armenia's main arms supplier."
        v = one(st, claim("import_partner_rank", "ARM", "RUS", 1, "rank", period="2019"), quote)
        assert v["verdict"] == "supported" and v["period_used"] == "2015/2019" and v["dataset"] == "sipri"
        assert [r["partner"] for r in v["ranking"]] == ["RUS", "CHN"]  # unknown suppliers (XXX) hold no rank
        # 2016-2020: Russia 5 x 50 = 250, India 300 (all in 2020): India first
        v = one(st, claim("import_partner_rank", "ARM", "RUS", 1, "rank", period="2020"), quote)
        assert (v["period_used"], v["verdict"], v["value"]) == ("2016/2020", "contradicted", 2)
        v = one(st, claim("import_partner_rank", "ARM", "IND", 1, "rank", period="2020"),
                "India is Armenia's main arms supplier.")
        assert (v["verdict"], v["value"]) == ("supported", 1)
        v = one(st, claim("import_partner_rank", "ARM", "TUR", 3, "rank", "at_most", "2019"),
                "Turkey is one of Armenia's top three arms suppliers.")
        assert v["verdict"] == "contradicted" and "delivered no major arms" in v["reason"]
        # a window the data do not cover: the nearest, not a verdict
        v = one(st, claim("import_partner_rank", "ARM", "RUS", 1, "rank", period="2024"), quote)
        assert v["verdict"] == "insufficient_data" and v["nearest"]["period_used"] == "2016/2020"
