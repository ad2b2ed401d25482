"""Replicate the real GDELT 2.0 15-minute export to N rows as a realistic stream (for the scale benchmarks).

Copy ``k`` of the 1,540 real rows stands for the export ``k`` quarter-hours after the original:

* GLOBALEVENTID: ``id + k * 1540`` — dense and increasing, as GDELT's own ids are (the real file's ids are
  the 1,540 consecutive numbers from 741,917,022);
* DATEADDED moves ``15 min * k``; SQLDATE, MonthYear, Year and FractionDate move by the whole days in that
  (``k // 96``), so 10 M rows cover ~68 days of event dates, as 6,500 real exports would;
* SOURCEURL gets ``/r<k>`` after its host — a distinct URL with the same domain (the dedup key keeps the
  site), so URLs are not the 1,540 strings repeated.

Copy 0 is the real file unchanged.

``write_replica(src, dest, rows)`` writes one file; ``write_stream(src, folder, files)`` writes ``files``
15-minute files named ``<DATEADDED>.export.CSV`` as GDELT publishes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

QUARTER = dt.timedelta(minutes=15)


def _parse(src: Path) -> list[list[str]]:
    return [ln.split("\t") for ln in src.read_text(encoding="utf-8").splitlines() if ln]


def _shifted_lines(rows: list[list[str]], k: int, width: int) -> Iterator[str]:
    days = (k * 15) // (24 * 60)
    day_cache: dict[str, tuple[str, str, str, str]] = {}
    added_cache: dict[str, str] = {}
    for f in rows:
        g = list(f)
        g[0] = str(int(f[0]) + k * width)
        d = day_cache.get(f[1])
        if d is None:
            day = dt.date(int(f[1][:4]), int(f[1][4:6]), int(f[1][6:8])) + dt.timedelta(days=days)
            frac = f[4] if not days else f"{float(f[4]) + days / 365:.4f}"
            d = day_cache[f[1]] = (day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), frac)
        g[1], g[2], g[3], g[4] = d
        a = added_cache.get(f[59])
        if a is None:
            t = dt.datetime.strptime(f[59], "%Y%m%d%H%M%S") + k * QUARTER
            a = added_cache[f[59]] = t.strftime("%Y%m%d%H%M%S")
        g[59] = a
        url = f[60]
        scheme = url.find("://")
        if k and scheme > 0:
            slash = url.find("/", scheme + 3)
            g[60] = (url + f"/r{k}") if slash < 0 else f"{url[:slash]}/r{k}{url[slash:]}"
        yield "\t".join(g)


def write_replica(src: Path, dest: Path, rows: int) -> int:
    """Write ``rows`` rows (copies 0, 1, 2 … of the real file, the last one cut) to ``dest``; returns bytes."""
    base = _parse(src)
    width = max(int(f[0]) for f in base) - min(int(f[0]) for f in base) + 1
    n = 0
    k = 0
    with dest.open("w", encoding="utf-8", newline="\n") as out:
        while n < rows:
            take = min(len(base), rows - n)
            out.write("\n".join(_shifted_lines(base[:take], k, width)))
            out.write("\n")
            n += take
            k += 1
    return dest.stat().st_size


def write_stream(src: Path, folder: Path, files: int, first: int = 0) -> list[Path]:
    """Write ``files`` 15-minute exports (copies ``first`` … ``first + files - 1``) into ``folder``."""
    base = _parse(src)
    width = max(int(f[0]) for f in base) - min(int(f[0]) for f in base) + 1
    folder.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    stamp0 = dt.datetime.strptime(src.name.split("_")[-1].split(".")[0], "%Y%m%d%H%M%S")
    for k in range(first, first + files):
        p = folder / f"{(stamp0 + k * QUARTER).strftime('%Y%m%d%H%M%S')}.export.CSV"
        p.write_text("\n".join(_shifted_lines(base, k, width)) + "\n", encoding="utf-8")
        out.append(p)
    return out
