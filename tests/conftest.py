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
