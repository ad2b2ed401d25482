"""Markdown and plain-text articles, with or without YAML front matter."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from pathlib import Path
from typing import Any

import yaml

from multipolar.errors import InputError
from multipolar.sources.document import SourceDocument
from multipolar.sources.limits import read_document_bytes

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"
_DATE_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<month>[01]\d)(?:-(?P<day>[0-3]\d))?(?![\d-])"),  # 2019-11-05, 2019-11
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # November 05, 2019 / Nov. 5, 2019
    re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}\b", re.I),  # 5 November 2019
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.I),  # November 2019
]
# Words a byline date line may carry besides the date and capitalised names.
_BYLINE_WORDS = {"on", "at", "by", "and", "published", "posted", "updated", "date", "last", "modified", "am", "pm"}
_WEEKDAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?", re.I)
_TIME = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\b", re.I)

_FRONT_OPEN = re.compile(r"\ufeff?---[ \t]*\r?\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"[*_`]+")
_URL = re.compile(r"<(https?://[^\s<>]+)>|(https?://[^\s<>\"'\]]+)")
_URL_LABEL = re.compile(
    r"^[ \t>*_]*(?:original\s+url|original|canonical(?:\s+url)?|source\s+url|url)\s*:[*_ \t]*(.*)$", re.I | re.M
)
_CANONICAL_TAG = re.compile(r"""<link\b[^>]*rel=["']?canonical["']?[^>]*href=["']([^"']+)["']""", re.I)
_AUTHOR = re.compile(r"^[ \t>*_]*(?:by|author:|written by)[ \t]+(.+)$", re.I | re.M)
_NAME_WORD = r"[A-Z][\w.&'’-]*"
_OUTLET = re.compile(
    r"do not necessarily reflect the (?:position|views?|opinions?|policy) of\s+"
    rf"((?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}})"
)
_HEAD_LINES = 40
_TEXT_KINDS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text"}


def iso_date(value: Any) -> str | None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) at the precision ``value`` gives, or None."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and 1000 <= value <= 2999:
        return str(value)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if re.fullmatch(r"(?:1[6-9]|20)\d\d", text):
        return text
    found = find_date(text)
    if found:
        return found[0]
    if re.fullmatch(r"\d{4}-\d\d?(?:-\d\d?)?", text):
        return None  # ISO-shaped but impossible, like 2019-13-01
    data = _date_parser().get_date_data(text)
    if data.date_obj is None:
        return None
    precision = {"year": 4, "month": 7}.get(data.period or "day", 10)
    return data.date_obj.date().isoformat()[:precision]


@functools.cache
def _date_parser() -> Any:
    """dateparser for unusual written dates, in the languages of the region (slow to load: once)."""
    from dateparser.date import DateDataParser

    settings = {"PARSERS": ["timestamp", "custom-formats", "absolute-time"], "REQUIRE_PARTS": ["year"]}
    return DateDataParser(languages=["en", "ru", "uk", "fr", "de", "es", "tr", "az", "hy", "ka"], settings=settings)


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first plain date written in ``text`` as (ISO date, match)."""
    found = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _match_to_iso(match)
            if iso:
                found.append((match.start(), iso, match))
                break
    if not found:
        return None
    _, iso, match = min(found, key=lambda item: item[0])
    return iso, match


def _match_to_iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    month_text = parts["month"].lower()
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.rstrip(".")]
    year = int(parts["year"])
    day = int(parts["day"]) if parts.get("day") else None
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def decode(data: bytes, origin: str, charset: str | None = None) -> str:
    """Decode bytes as text (UTF-8, else ``charset``, else cp1252) or raise InputError."""
    if not data.strip():
        raise _empty(origin)
    not_text = InputError(
        "it is not a text file (binary or not UTF-8)", source=origin, hint="convert it to UTF-8 text or HTML"
    )
    if b"\x00" in data:
        raise not_text
    for encoding in dict.fromkeys(e for e in ("utf-8", charset, "cp1252") if e):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
        if controls <= len(text) // 1000:
            return text
        raise not_text
    raise not_text


def _empty(origin: str) -> InputError:
    return InputError("the document is empty", source=origin, hint="give a file or page with the article's text")


def read_text(text: str, origin: str, *, kind: str = "markdown") -> SourceDocument:
    """Read an article given as text: front matter if any, else metadata from the text's own lines."""
    if not text.lstrip("\ufeff").strip():
        raise _empty(origin)
    front = _split_front_matter(text, origin)
    if front is None:
        doc = SourceDocument(text=text, origin=origin, kind=kind)
        _guess_metadata(doc)
        return doc
    fields, body_start = front
    doc = SourceDocument(text=text, origin=origin, kind=kind, body_start=body_start)
    _apply_front_matter(doc, fields)
    return doc


def read_text_file(path: Path, *, kind: str | None = None) -> SourceDocument:
    """Read a .md/.markdown/.txt/.text file (any other file is read as plain text)."""
    try:
        data = read_document_bytes(path)
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", source=str(path), hint="check the path") from exc
    kind = kind or _TEXT_KINDS.get(path.suffix.lower(), "text")
    return read_text(decode(data, str(path)), str(path), kind=kind)


def _split_front_matter(text: str, origin: str) -> tuple[dict[str, Any], int] | None:
    """The front matter's fields and the body's offset, or None when there is no front matter."""
    opening = _FRONT_OPEN.match(text)
    if not opening:
        return None
    closing = _FRONT_CLOSE.search(text, opening.end())
    if not closing:
        raise InputError(
            "the front matter opened with '---' on line 1 is never closed",
            source=origin,
            line=1,
            hint="add a '---' line after the metadata, or remove the first line if it is not front matter",
        )
    try:
        fields = yaml.safe_load(text[opening.end() : closing.start()])
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or "invalid YAML"
        mark = getattr(exc, "problem_mark", None)
        if "end of stream" in problem and getattr(exc, "context_mark", None) is not None:
            mark = getattr(exc, "context_mark", None)  # point at the unclosed quote or bracket, not at '---'
        context = getattr(exc, "context", None)
        raise InputError(
            f"the front matter is not valid YAML ({context + ': ' if context else ''}{problem})",
            source=origin,
            line=mark.line + 2 if mark is not None else 2,
            hint="write one 'key: value' per line and quote values that contain ': ' or start with a quote",
        ) from exc
    if fields is None:
        fields = {}
    if not isinstance(fields, dict):
        raise InputError(
            f"the front matter is a {type(fields).__name__}, not a mapping of keys to values",
            source=origin,
            line=2,
            hint="write it as 'title: ...', 'date: ...', 'url: ...' lines",
        )
    return fields, closing.end()


def _apply_front_matter(doc: SourceDocument, fields: dict[str, Any]) -> None:
    known = {
        "title": "title",
        "date": "published",
        "published": "published",
        "pubdate": "published",
        "url": "url",
        "link": "url",
        "canonical_url": "url",
        "source": "source",
        "publisher": "source",
        "outlet": "source",
        "author": "author",
        "authors": "author",
    }
    for key, value in fields.items():
        if value is None:
            continue
        name, raw = known.get(str(key).lower()), _as_text(value)
        if name == "published":
            iso = iso_date(value) if doc.published is None else None
            if iso:
                doc.published = iso
                continue
        elif name == "url" and doc.url is None:
            doc.url = _leading_url(raw)
            if doc.url == raw.strip():
                continue  # else keep the whole value (a note after the URL) in meta too
        elif name and getattr(doc, name) is None:
            setattr(doc, name, raw.strip() or None)
            continue
        doc.meta[str(key)] = raw


def _leading_url(value: str) -> str | None:
    """The URL a value starts with ("https://doi.org/… (UN corpus)" → "https://doi.org/…"), else the value."""
    value = value.strip()
    found = _URL.match(value)
    if found and (found.group(1) or found.group(2)):
        return found.group(1) or _trim_url(found.group(2))
    return value or None


def _as_text(value: Any) -> str:
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _plain(line: str) -> str:
    """A Markdown line without links, emphasis and heading marks."""
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_MARKS.sub("", line)
    return line.strip().lstrip("#>").strip().rstrip("#").strip()


def _guess_metadata(doc: SourceDocument) -> None:
    """Fill title, date, author, url and outlet from the text's lines (no front matter)."""
    head = doc.text.lstrip("\ufeff").splitlines()[:_HEAD_LINES]
    doc.title = _guess_title(head)
    doc.published = _guess_date(head)
    doc.author = _guess_author(doc.text)
    doc.url = _guess_url(doc.text)
    outlet = _OUTLET.search(doc.text)
    if outlet:
        doc.source = re.sub(r"\s+", " ", outlet.group(1)).rstrip(".")


def _guess_title(head: list[str]) -> str | None:
    for line in head:
        if re.match(r"\s{0,3}#\s+\S", line):
            return _plain(line) or None
    for line in head:
        plain = _plain(line)
        if plain and len(plain) <= 150:
            return plain
    return None


def _guess_date(head: list[str]) -> str | None:
    for line in head:
        plain = _plain(line)
        if not plain or "://" in plain or len(plain) > 100:
            continue
        found = find_date(plain)
        if not found:
            continue
        rest = _TIME.sub(" ", _WEEKDAY.sub(" ", plain[: found[1].start()] + " " + plain[found[1].end() :]))
        words = re.findall(r"[^\W\d_][\w'’.-]*", rest)
        if all(word.lower() in _BYLINE_WORDS or word[0].isupper() for word in words) and len(words) <= 8:
            return found[0]
    return None


def _guess_author(text: str) -> str | None:
    head = "\n".join(text.splitlines()[:_HEAD_LINES])
    for match in _AUTHOR.finditer(head):
        name = _plain(match.group(1))
        name = re.split(r"\s*(?:[|•·,;]|\s-\s|\s—\s)\s*", name)[0].strip()
        if (
            name
            and not find_date(name)
            and len(name.split()) <= 6
            and all(w[0].isupper() or w == "and" for w in name.split())
        ):
            return name
    return None


def _guess_url(text: str) -> str | None:
    for match in _URL_LABEL.finditer(text):
        found = _URL.search(match.group(1))
        if not found:
            following = text[match.end() :].lstrip()
            found = _URL.match(following)
        if found:
            return found.group(1) or _trim_url(found.group(2))
    tag = _CANONICAL_TAG.search(text)
    return tag.group(1) if tag else None


def _trim_url(url: str) -> str:
    """A bare URL without the sentence punctuation or unbalanced bracket that follows it."""
    url = url.rstrip(".,;:!?")
    while url.endswith(")") and url.count(")") > url.count("("):
        url = url[:-1]
    return url
