"""The one entry point: files, folders, URLs and feeds in, documents (or failures) out."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from urllib.parse import urljoin

import httpx

from multipolar.errors import InputError
from multipolar.sources.document import SourceDocument
from multipolar.sources.feed import looks_like_feed, read_feed, read_feed_file
from multipolar.sources.html import looks_like_html, read_html, read_html_file
from multipolar.sources.limits import read_document_bytes
from multipolar.sources.text import decode, read_text, read_text_file
from multipolar.sources.web import fetch, make_client, read_url

TEXT_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
SUFFIXES = set(TEXT_SUFFIXES) | HTML_SUFFIXES | FEED_SUFFIXES


@dataclass
class ReadFailure:
    """An input that could not be read, and why."""

    input: str  # the path/URL that failed
    error: InputError


def read_inputs(
    inputs: Sequence[str | Path],
    *,
    transport: httpx.BaseTransport | None = None,
    base_url: str | None = None,
    timeout: float = 20.0,
) -> Iterator[SourceDocument | ReadFailure]:
    """Yield a document for every article in ``inputs`` and a ReadFailure for every one that fails.

    Inputs are files (.md .markdown .txt .text .html .htm .xml .rss .atom; any other named file is
    sniffed), folders (read recursively in sorted order, hidden and other files skipped) and http(s)
    URLs of articles or feeds. With ``base_url``, an input that is neither a URL nor an existing path
    (like "/feed.xml") is taken as relative to it.
    """
    with ExitStack() as stack:
        client: httpx.Client | None = None

        def get_client() -> httpx.Client:
            nonlocal client
            if client is None:
                client = stack.enter_context(make_client(transport=transport, timeout=timeout))
            return client

        for raw in inputs:
            name = str(raw)
            if not isinstance(raw, Path) and _is_url(name):
                yield from _read_url(name, get_client, timeout)
            elif base_url and not isinstance(raw, Path) and not Path(name).exists():
                yield from _read_url(urljoin(base_url, name), get_client, timeout)
            else:
                yield from _read_path(Path(name), get_client, timeout)


def _is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def _read_url(
    url: str, get_client: Callable[[], httpx.Client], timeout: float
) -> Iterator[SourceDocument | ReadFailure]:
    try:
        for item in read_url(url, client=get_client(), timeout=timeout):
            yield _failure(item) if isinstance(item, InputError) else item
    except InputError as exc:
        yield ReadFailure(url, exc)


def _read_path(
    path: Path, get_client: Callable[[], httpx.Client], timeout: float
) -> Iterator[SourceDocument | ReadFailure]:
    if path.is_dir():
        files = _folder_files(path)
        if not files:
            hint = "put .md, .txt, .html or feed files in it, or name the files to read"
            yield ReadFailure(str(path), InputError("the folder has no articles to read", source=str(path), hint=hint))
        for file in files:
            yield from _read_file(file, get_client, timeout)
    elif path.exists():
        yield from _read_file(path, get_client, timeout)
    else:
        error = InputError(f"no such file or folder: {path}", hint="check the path, or give an http(s):// URL")
        yield ReadFailure(str(path), error)


def _folder_files(folder: Path) -> list[Path]:
    """The readable files under ``folder``, sorted, without hidden files or folders."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file() and path.suffix.lower() in SUFFIXES:
            found.append(path)
    return sorted(found)


def _read_file(
    path: Path, get_client: Callable[[], httpx.Client], timeout: float
) -> Iterator[SourceDocument | ReadFailure]:
    """Read one file by its suffix; a file with any other suffix is sniffed (HTML, feed, else text)."""
    origin, suffix = str(path), path.suffix.lower()
    try:
        if suffix in TEXT_SUFFIXES:
            yield read_text_file(path)
            return
        if suffix in HTML_SUFFIXES:
            yield read_html_file(path)
            return
        data = None if suffix in FEED_SUFFIXES else read_document_bytes(path)
        if data is None or looks_like_feed(data):
            item_fetch = partial(fetch, client=get_client(), timeout=timeout)
            items = (
                read_feed_file(path, fetch=item_fetch) if data is None else read_feed(data, origin, fetch=item_fetch)
            )
            for item in items:
                yield _failure(item) if isinstance(item, InputError) else item
        elif looks_like_html(data):
            yield read_html(data, origin)
        else:
            yield read_text(decode(data, origin), origin, kind="text")
    except InputError as exc:
        yield ReadFailure(origin, exc)
    except OSError as exc:
        error = InputError(f"cannot read the file ({exc.strerror or exc})", source=origin, hint="check the path")
        yield ReadFailure(origin, error)


def _failure(error: InputError) -> ReadFailure:
    return ReadFailure(error.source or "", error)
