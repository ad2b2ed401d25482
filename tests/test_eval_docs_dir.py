"""`multipolar eval --docs DIR` where DIR holds the gold files too: the document is found, never the gold file."""

from __future__ import annotations

from pathlib import Path

import pytest

from multipolar.api import evaluate

SHARED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "gold"
SEED = "moscowtimes-2019-11-05-china-south-caucasus"


@pytest.mark.skipif(not (SHARED_GOLD / f"{SEED}.gold.json").exists(), reason="needs ../shared/corpus/gold")
def test_docs_folder_that_also_holds_the_gold(tmp_path: Path) -> None:
    doc = next(p for p in (SHARED_GOLD.parent / "seed").glob(f"{SEED}.*"))
    (tmp_path / f"{SEED}.gold.json").write_bytes((SHARED_GOLD / f"{SEED}.gold.json").read_bytes())
    (tmp_path / doc.name).write_bytes(doc.read_bytes())
    result = evaluate(tmp_path, docs=tmp_path)
    assert [d.name for d in result.documents] == [SEED]
    assert result.figures["events"].tp > 0
