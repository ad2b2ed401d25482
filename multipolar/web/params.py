"""Query parameters: described once for the OpenAPI schema and the /api page, and checked before use — codes
and document ids against patterns and the store, years against a range. A parameter the API cannot use is a
:class:`BadParameter` (422) naming it, what it accepts and, for an unknown code, the nearest known ones."""

from __future__ import annotations

import difflib
import re
from typing import Annotated

from fastapi import HTTPException, Query

from ..domain import ACTOR_CODE, ALL_DOMAINS, parse_years
from ..errors import UsageError
from .errors import BadParameter
from .site import Site

ORIGINS = ("article", "gdelt", "icews")
DOC_ID = re.compile(r"[0-9a-f]{16}")
YEARS_ACCEPTED = "a year or a range of years: YYYY or YYYY-YYYY (e.g. 2014 or 2000-2023), from 1800 to 2100"

TargetsQ = Annotated[str | None, Query(alias="targets", max_length=200, description=(
    "states under influence, comma-separated actor codes (ISO3 such as ARM, AZE, GEO); default: the region's "
    "states. An unknown code answers 422 naming the nearest known ones."))]
PowersQ = Annotated[str | None, Query(alias="powers", max_length=200, description=(
    "powers, comma-separated actor codes (ISO3 or groups such as WEST, EU); default: CHN, RUS, WEST, TUR, IRN. "
    "An unknown code answers 422 naming the nearest known ones."))]
YearsQ = Annotated[str | None, Query(alias="years", max_length=20, description=(
    "years to keep: " + YEARS_ACCEPTED + "; default: every year"))]
DomainQ = Annotated[str | None, Query(max_length=20, description=(
    "one domain: " + ", ".join(ALL_DOMAINS) + "; default: all four"))]
ActorQ = Annotated[str | None, Query(max_length=10, description=(
    "an actor code (ISO3 or group); events where it acts or is acted upon (recipient for /api/events: as actor)"))]
RecipientQ = Annotated[str | None, Query(max_length=10, description="an actor code: events it receives")]
OriginQ = Annotated[str | None, Query(max_length=10, description=(
    "where the events come from: " + ", ".join(ORIGINS)))]
DocumentQ = Annotated[str | None, Query(max_length=40, description=(
    "a document id (16 hexadecimal characters, as in /api/documents)"))]
YearFromQ = Annotated[int | None, Query(ge=1800, le=2100, description="first year (inclusive), 1800–2100")]
YearToQ = Annotated[int | None, Query(ge=1800, le=2100, description="last year (inclusive), 1800–2100")]
SearchQ = Annotated[str | None, Query(max_length=200, description="text to look for (case-insensitive); "
                                                                 "default: everything")]

Scope = tuple[tuple[str, ...], tuple[str, ...], tuple[int, int] | None]


def is_document_id(value: str) -> bool:
    return bool(DOC_ID.fullmatch(value))


def code_or_404(value: str) -> str:
    """A path segment as an actor code, or 404."""
    c = value.upper()
    if not ACTOR_CODE.fullmatch(c):
        raise HTTPException(404, f"no actor {value[:40]!r}")
    return c


def nearest(value: str, candidates: list[str], preferred: tuple[str, ...] = ()) -> list[str]:
    """Up to three known codes most like ``value``: spelling first, then the same letters, the same first
    letter, and the region's own codes (GOE → GEO before TGO)."""
    def score(c: str) -> float:
        return (difflib.SequenceMatcher(None, value, c).ratio() + 0.3 * (sorted(c) == sorted(value))
                + 0.1 * (c[:1] == value[:1]) + 0.2 * (c in preferred))
    ranked = sorted(dict.fromkeys((*preferred, *candidates)), key=lambda c: (-score(c), c))
    close = [c for c in ranked if score(c) >= 0.6][:3]
    return close or list(preferred[:3])


def codes(site: Site, parameter: str, value: str | None, preferred: tuple[str, ...]) -> tuple[str, ...] | None:
    """A comma-separated list of actor codes, each well-formed and known, or BadParameter (422)."""
    if value is None:
        return None
    out = tuple(c.strip().upper() for c in value.split(",") if c.strip())
    accepted = ("comma-separated actor codes known to this store: ISO3 such as " + ", ".join(site.targets)
                + ", or the powers " + ", ".join(site.powers) + " (WEST, EU: groups); /api/actors lists them")
    data = site.data
    for c in out:
        if not ACTOR_CODE.fullmatch(c):
            raise BadParameter(parameter, f"not an actor code: {c[:40]!r} (codes are 2–5 letters)", accepted)
        if c not in data.names() and c not in data.actor_codes() and not data.known(c):
            raise BadParameter(parameter, f"unknown actor code {c!r}", accepted,
                               nearest(c, data.actor_codes(), preferred))
    return out or None


def code(site: Site, parameter: str, value: str | None) -> str | None:
    """One actor code (see :func:`codes`)."""
    got = codes(site, parameter, value, (*site.targets, *site.powers))
    if got and len(got) > 1:
        raise BadParameter(parameter, f"one actor code only, not {value!r}", "one actor code, e.g. GEO")
    return got[0] if got else None


def years(value: str | None) -> tuple[int, int] | None:
    """A year or a range of years within 1800–2100."""
    try:
        yr = parse_years(value)
    except UsageError as exc:
        raise BadParameter("years", exc.message, YEARS_ACCEPTED) from None
    if yr and not (1800 <= yr[0] and yr[1] <= 2100):
        raise BadParameter("years", f"{value!r} is outside 1800–2100", YEARS_ACCEPTED)
    return yr


def choice(parameter: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    """One of ``choices`` (case-insensitive), or None when not given."""
    if value is None or value == "":
        return None
    v = value.strip().lower()
    if v not in choices:
        raise BadParameter(parameter, f"unknown {parameter} {value[:40]!r}", "one of " + ", ".join(choices),
                           difflib.get_close_matches(v, list(choices), n=3, cutoff=0.0))
    return v


def origin(site: Site, value: str | None) -> str | None:
    """An origin of events: the usual ones and any the store has."""
    return choice("origin", value, tuple(dict.fromkeys([*ORIGINS, *site.data.event_counts()])))


def document(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not is_document_id(value):
        raise BadParameter("document", f"not a document id: {value[:40]!r}",
                           "a document id: 16 hexadecimal characters, as listed by /api/documents")
    return value


def scope(site: Site, targets: str | None, powers: str | None, years_: str | None) -> Scope:
    """The targets, powers (defaults: the region's) and years a measure request asks for."""
    return (codes(site, "targets", targets, site.targets) or site.targets,
            codes(site, "powers", powers, site.powers) or site.powers, years(years_))
