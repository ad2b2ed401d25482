"""Size limits: fetched URLs, document files and uploads are refused clearly when over their limit."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from multipolar.errors import FetchError, InputError, UsageError
from multipolar.sources import limits
from multipolar.sources.discover import ReadFailure, read_inputs
from multipolar.sources.web import download, make_client


def test_document_limit_refusal_names_input_size_limit_and_variable() -> None:
    with pytest.raises(InputError) as caught:
        limits.check_document_size(30_000_000, "big.md")
    text = str(caught.value)
    assert "big.md" in text and "30,000,000" in text and "20,000,000" in text and limits.DOCUMENT_VAR in text
    limits.check_document_size(20_000_000, "ok.md")


def test_limits_are_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(limits.DOCUMENT_VAR, "1_000")
    assert limits.document_limit() == 1000
    with pytest.raises(InputError):
        limits.check_document_size(1001, "a.md")
    monkeypatch.setenv(limits.DOCUMENT_VAR, "0")  # off
    limits.check_document_size(10**12, "a.md")
    monkeypatch.setenv(limits.UPLOAD_VAR, "lots")
    with pytest.raises(UsageError, match=limits.UPLOAD_VAR):
        limits.upload_limit()
    monkeypatch.setenv(limits.UPLOAD_VAR, "10")
    with pytest.raises(InputError, match="upload"):
        limits.check_upload_size(11, "form")
    monkeypatch.setenv(limits.FETCH_VAR, "10")
    with pytest.raises(FetchError, match="https://x.org"):
        limits.check_fetch_size(11, "https://x.org")


def test_read_document_bytes_refuses_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.md"
    with big.open("wb") as f:  # sparse: 30 MB on paper, nothing on disk or in memory
        f.truncate(30_000_000)
    with pytest.raises(InputError, match="huge.md"):
        limits.read_document_bytes(big)
    small = tmp_path / "small.md"
    small.write_bytes(b"Georgia and Russia.")
    assert limits.read_document_bytes(small) == b"Georgia and Russia."
    with pytest.raises(InputError, match="small.md"):
        limits.read_document_bytes(small, limit=5)
    with pytest.raises(InputError, match="missing.md"):
        limits.read_document_bytes(tmp_path / "missing.md")


def _streaming(size: int, declare: bool) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        def body():  # type: ignore[no-untyped-def]
            sent = 0
            while sent < size:
                chunk = b"x" * min(65536, size - sent)
                sent += len(chunk)
                yield chunk
        headers = {"content-type": "text/plain"}
        if declare:
            headers["content-length"] = str(size)
        return httpx.Response(200, content=body(), headers=headers)
    return httpx.MockTransport(handler)


@pytest.mark.parametrize("declare", [True, False])
def test_fetch_refuses_bodies_over_max_bytes(declare: bool) -> None:
    with make_client(transport=_streaming(5_000_000, declare)) as client, pytest.raises(FetchError) as caught:
        download("https://example.org/big.txt", client=client, max_bytes=1_000_000)
    assert "https://example.org/big.txt" in str(caught.value) and "1,000,000" in str(caught.value)


def test_read_inputs_refuses_url_over_limit() -> None:
    items = list(read_inputs(["https://example.org/big.txt"], transport=_streaming(25_000_000, False)))
    assert len(items) == 1 and isinstance(items[0], ReadFailure)
    assert isinstance(items[0].error, FetchError) and "larger than" in str(items[0].error)


def test_read_inputs_refuses_document_file_over_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(limits.DOCUMENT_VAR, "1000")
    big = tmp_path / "big.md"
    big.write_text("Georgia and Russia. " * 100)
    items = list(read_inputs([big]))
    assert len(items) == 1 and isinstance(items[0], ReadFailure)
    assert "big.md" in str(items[0].error) and limits.DOCUMENT_VAR in str(items[0].error)


def test_store_memory_limit_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from multipolar.store import Store
    from multipolar.store.store import MEMORY_VAR

    with Store(tmp_path / "a.duckdb") as s:  # the default: 2 GB
        assert s.scalar("SELECT current_setting('memory_limit')") == "1.8 GiB"
    monkeypatch.setenv(MEMORY_VAR, "256MB")
    with Store(tmp_path / "a.duckdb") as s:
        assert s.scalar("SELECT current_setting('memory_limit')") == "244.1 MiB"
    monkeypatch.setenv(MEMORY_VAR, "lots")
    with pytest.raises(UsageError, match=MEMORY_VAR):
        Store(tmp_path / "a.duckdb")


def test_a_load_larger_than_the_memory_limit_spills_instead_of_failing(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A COW-format trade file whose observations need far more than a 64 MB limit still loads (DuckDB spills
    to ``<store>.tmp``), and every row is stored."""
    from multipolar.datasets.api import load
    from multipolar.store import Store
    from multipolar.store.store import MEMORY_VAR

    pairs = [(2, 20), (2, 365), (365, 372), (710, 365), (640, 371), (373, 372), (2, 710)]
    path = tmp_path / "cow_dyadic_big.csv"
    rows = 0
    with path.open("w") as f:
        f.write("ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2\n")
        for year in range(1870, 2015):
            for rep in range(1000):
                for a, b in pairs:
                    f.write(f"{a},{b},{year},{rep}.5,{rep + 1}.5,{rep}.5,{rep + 1}.5\n")
                    rows += 1
    monkeypatch.setenv(MEMORY_VAR, "64MB")
    with Store(tmp_path / "s.duckdb") as s:
        report = load(s, "cow-trade", path)
        assert s.scalar("SELECT current_setting('memory_limit')") == "61.0 MiB"
        assert report.rows_read == rows
        assert s.scalar("SELECT count(*) FROM observations WHERE dataset = 'cow-trade'") >= rows
