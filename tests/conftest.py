"""Shared fixtures: the shared corpus and data beside the repository, and a fresh store."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = CORPUS / "seed" / "moscowtimes-2019-11-05-china-south-caucasus.md"
GOLD_SHARED = CORPUS / "gold"
GOLD_OURS = REPO / "tests" / "gold"

needs_shared = pytest.mark.skipif(not CORPUS.exists(), reason="../shared (corpus and data) is not beside the repo")


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from multipolar.extract.pipeline import default_extractor

    return default_extractor()


DATA = SHARED / "data"
#: the datasets the measurement reads, as first released (COW trade to 2014 …)
BASE_DATASETS = {
    "cow-trade": "cow_trade_v4_dyadic", "armstat-trade": "armstat_armenia_trade_by_country",
    "sipri": "sipri_arms_transfers_360info", "aiddata": "aiddata_gcdf3_country_year",
    "atop": "peacesciencer_cow_atop_igo_nmc_leaders", "cow-alliance": "peacesciencer_cow_atop_igo_nmc_leaders",
    "cow-igo": "peacesciencer_cow_atop_igo_nmc_leaders", "unga-ideal-points": "unga_ideal_points_voeten_2024",
    "fbic": "fbic_china_west_influence_base"}
#: the sources that bring the record to the present
NEW_DATASETS = {"imf-dots": "imf_dots_country_tables", "geostat-exports": "geostat_georgia_exports_by_country",
                "sipri-register": "sipri_trade_register_2026", "imf-dip": "imf_direct_investment_positions"}
needs_data = pytest.mark.skipif(not DATA.exists(), reason="../shared/data (the real datasets) is not beside the repo")


def real_store_path(base: Path, *, present: bool) -> Path:
    """A DuckDB file with the real datasets loaded, built once per test session (``present``: with the new
    sources too). Copies of one build are shared by every module that asks."""
    import shutil

    from multipolar.datasets.api import load
    from multipolar.store import Store

    name = "real_present.duckdb" if present else "real_base.duckdb"
    path = base / name
    if path.exists():
        return path
    tmp = base / f"building-{name}"
    if present:
        shutil.copy(real_store_path(base, present=False), tmp)
    with Store(tmp) as s:
        for ds, folder in (NEW_DATASETS if present else BASE_DATASETS).items():
            load(s, ds, DATA / folder)
    tmp.rename(path)
    return path
