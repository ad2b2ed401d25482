"""Size limits on what multipolar reads: fetched URLs, documents and uploads — with clear refusals.

Each limit is a number of bytes, configurable with an environment variable (``0`` switches the limit off):

========================  ===================================  ==========
limit                     variable                             default
========================  ===================================  ==========
a fetched URL's body      ``MULTIPOLAR_MAX_FETCH_BYTES``       20 MB
a document file           ``MULTIPOLAR_MAX_DOCUMENT_BYTES``    20 MB
an upload (web server)    ``MULTIPOLAR_MAX_UPLOAD_BYTES``      20 MB
========================  ===================================  ==========

A refusal is an :class:`~multipolar.errors.InputError` (a :class:`~multipolar.errors.FetchError` for URLs)
that names the input, its size, the limit and the variable that raises it. Dataset files have no size limit:
DuckDB reads them streaming, so memory stays bounded however large they are.

>>> check_document_size(10, "a.md")
>>> check_document_size(30_000_000, "big.md")
Traceback (most recent call last):
...
multipolar.errors.InputError: big.md: the document is 30,000,000 bytes, more than the limit of 20,000,000 bytes \
— split it, or raise the limit with MULTIPOLAR_MAX_DOCUMENT_BYTES=...
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import FetchError, InputError, UsageError

DEFAULT_BYTES = 20_000_000
FETCH_VAR = "MULTIPOLAR_MAX_FETCH_BYTES"
DOCUMENT_VAR = "MULTIPOLAR_MAX_DOCUMENT_BYTES"
UPLOAD_VAR = "MULTIPOLAR_MAX_UPLOAD_BYTES"


def _limit(var: str) -> int | None:
    raw = os.environ.get(var, "").strip().replace("_", "")
    if not raw:
        return DEFAULT_BYTES
    if not raw.isdigit():
        raise UsageError(f"{var}={os.environ[var]!r} is not a number of bytes", hint=f"set {var} to e.g. 50000000")
    value = int(raw)
    return value or None


def fetch_limit() -> int | None:
    """Largest response body a URL fetch accepts (None: no limit)."""
    return _limit(FETCH_VAR)


def document_limit() -> int | None:
    """Largest document file read (None: no limit)."""
    return _limit(DOCUMENT_VAR)


def upload_limit() -> int | None:
    """Largest upload the web server accepts (None: no limit)."""
    return _limit(UPLOAD_VAR)


def _refusal(what: str, size: int, limit: int, var: str, origin: str, cls: type[InputError] = InputError) -> InputError:
    return cls(f"the {what} is {size:,} bytes, more than the limit of {limit:,} bytes", source=origin,
               hint=f"split it, or raise the limit with {var}=...")


def check_document_size(size: int, origin: str, *, limit: int | None = -1) -> None:
    """Refuse a document of ``size`` bytes over the limit (``limit=-1``: the configured one)."""
    limit = document_limit() if limit == -1 else limit
    if limit is not None and size > limit:
        raise _refusal("document", size, limit, DOCUMENT_VAR, origin)


def check_fetch_size(size: int, url: str, *, limit: int | None = -1) -> None:
    limit = fetch_limit() if limit == -1 else limit
    if limit is not None and size > limit:
        raise _refusal("response", size, limit, FETCH_VAR, url, FetchError)


def check_upload_size(size: int, name: str, *, limit: int | None = -1) -> None:
    """Refuse an upload of ``size`` bytes over the limit; the web layer answers 413 with the message."""
    limit = upload_limit() if limit == -1 else limit
    if limit is not None and size > limit:
        raise _refusal("upload", size, limit, UPLOAD_VAR, name)


def read_document_bytes(path: Path, *, limit: int | None = -1) -> bytes:
    """The bytes of a document file, refused before reading when the file is over the limit.

    Reads at most ``limit + 1`` bytes, so a file that grows while it is read cannot exceed the limit either."""
    limit = document_limit() if limit == -1 else limit
    try:
        check_document_size(path.stat().st_size, str(path), limit=limit)
        with path.open("rb") as f:
            data = f.read() if limit is None else f.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", source=str(path),
                         hint="check the path") from exc
    check_document_size(len(data), str(path), limit=limit)
    return data
