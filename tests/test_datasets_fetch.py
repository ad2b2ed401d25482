"""`fetch` runs its real download code against a local http.server on 127.0.0.1."""

from __future__ import annotations

import functools
import hashlib
import http.server
import shutil
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from multipolar.datasets import api, fetch
from multipolar.errors import FetchError
from multipolar.store import Store

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
pytestmark = pytest.mark.skipif(not DATA.exists(), reason="../shared/data (the real datasets) is not beside the repo")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def serve() -> Iterator[object]:
    servers = []

    def start(root: Path) -> str:
        handler = functools.partial(_Quiet, directory=str(root))
        srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        return f"http://127.0.0.1:{srv.server_address[1]}"

    yield start
    for srv in servers:
        srv.shutdown()
        srv.server_close()


def test_datasets_fetch_cow_trade_from_local_server(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = serve(DATA) + "/cow_trade_v4_dyadic"
    result = fetch.fetch("cow-trade", cache_dir=tmp_path / "cache", base_url=base)
    assert [p.name for p in result.files] == ["cow_trade_ndy_v4.csv.gz", "cow_trade_sy_v4.csv"]
    for p in result.files:
        assert p.read_bytes() == (DATA / "cow_trade_v4_dyadic" / p.name).read_bytes()
    s = Store(tmp_path / "s.duckdb")
    report = api.load(s, result.dataset, result.path)
    assert report.files[0].rows_read == 673_654
    # the shared copy has the same bytes: loading it too changes nothing
    assert {f.status for f in api.load(s, "cow-trade", DATA / "cow_trade_v4_dyadic").files} == {"unchanged"}


def test_datasets_fetch_http_error_leaves_no_file(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty").mkdir()
    base = serve(tmp_path / "empty")
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch.fetch("aiddata", cache_dir=tmp_path / "cache", base_url=base)
    assert not any((tmp_path / "cache").rglob("*.csv*"))


def _gdelt_mirror(root: Path, *, corrupt: str | None = None) -> None:
    """GDELT-style zips + masterfilelist.txt built from the real 2.0 sample."""
    src = (DATA / "gdelt_samples" / "gdelt2_20180326044500.export.CSV").read_text()
    lines = src.splitlines(keepends=True)
    root.mkdir(parents=True, exist_ok=True)
    entries = []
    for i, stamp in enumerate(("20180326044500", "20180326050000", "20180326051500")):
        name = f"{stamp}.export.CSV.zip"
        # distinct GLOBALEVENTIDs per file
        body = "".join(str(int(ln.split("\t", 1)[0]) + i * 10_000_000) + "\t" + ln.split("\t", 1)[1] for ln in lines)
        with zipfile.ZipFile(root / name, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(f"{stamp}.export.CSV", body)
        data = (root / name).read_bytes()
        md5 = hashlib.md5(data).hexdigest()
        if corrupt == stamp:
            md5 = "0" * 32
        entries.append(f"{len(data)} {md5} http://data.gdeltproject.org/gdeltv2/{name}")
        entries.append(f"123 {'a' * 32} http://data.gdeltproject.org/gdeltv2/{stamp}.mentions.CSV.zip")
    (root / "masterfilelist.txt").write_text("\n".join(entries) + "\n")


def test_datasets_fetch_gdelt_masterfile_md5(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _gdelt_mirror(tmp_path / "mirror")
    base = serve(tmp_path / "mirror")
    result = fetch.fetch("gdelt", cache_dir=tmp_path / "cache", base_url=base, since="20180326050000", limit=5)
    assert [p.name for p in result.files] == ["20180326050000.export.CSV.zip", "20180326051500.export.CSV.zip"]
    s = Store(":memory:")
    report = api.load(s, result.dataset, result.path)
    assert report.rows_stored == 2 * 1540
    assert s.scalar("SELECT count(*) FROM events WHERE origin = 'gdelt'") == 3080


def test_datasets_fetch_gdelt_md5_mismatch(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _gdelt_mirror(tmp_path / "mirror", corrupt="20180326044500")
    base = serve(tmp_path / "mirror")
    with pytest.raises(FetchError, match="md5 mismatch"):
        fetch.fetch("gdelt", cache_dir=tmp_path / "cache", base_url=base, limit=1)
    assert not list((tmp_path / "cache").rglob("*.zip*"))


def test_datasets_fetch_cli(serve, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from multipolar.cli import main

    root = tmp_path / "srv"
    root.mkdir()
    shutil.copy(DATA / "aiddata_gcdf3_country_year" / "cow_gcdf.csv", root)
    base = serve(root)
    db = tmp_path / "db.duckdb"
    assert main(["fetch", "aiddata", "--base-url", base, "--cache", str(tmp_path / "c"), "--db", str(db)]) == 0
    with Store(db, read_only=True) as s:
        assert s.scalar("SELECT rows_read FROM load_runs WHERE dataset = 'aiddata'") == 2458
