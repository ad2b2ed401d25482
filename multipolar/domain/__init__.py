"""The domain's constants in one home: domains, default powers and groups, regions, thresholds, the EU's
members, and the one parser of year ranges and actor codes every layer uses.

Vocabularies of evidence (PLOVER types and modes, claim measures, stance issues) are in
:mod:`multipolar.domain.vocab`. Nothing here imports another multipolar package but :mod:`multipolar.errors`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import UsageError

#: The three domains of influence; ``overall`` is their weighted mean.
DOMAINS: tuple[str, ...] = ("economic", "political", "security")
ALL_DOMAINS: tuple[str, ...] = (*DOMAINS, "overall")

#: The powers a South Caucasus reading compares, and the groups measured unless asked otherwise.
DEFAULT_POWERS: tuple[str, ...] = ("CHN", "RUS", "WEST", "TUR", "IRN")
DEFAULT_GROUPS: tuple[str, ...] = ("WEST", "EU", "NATO", "EAEU")
#: Groups that may stand as powers (measured from their members by year).
GROUP_POWERS: tuple[str, ...] = (*DEFAULT_GROUPS, "CIS", "SCO")
#: Actor codes that name a group of states rather than one.
ACTOR_GROUPS: frozenset[str] = frozenset({*GROUP_POWERS, "SCAUC"})

#: Common names that point back to a body named before, and the codes each can stand for ("the bloc" is the EU
#: or the EAEU, "the alliance" NATO); a pronoun can stand for any.
BACK_REFERENCES: dict[str, frozenset[str]] = {
    "it": frozenset(), "they": frozenset(), "bloc": frozenset({"EU", "EAEU"}), "union": frozenset({"EU", "EAEU"}),
    "commission": frozenset({"EU"}), "alliance": frozenset({"NATO"}), "kremlin": frozenset({"RUS"})}

#: |Δ index| from one year to the next below which nobody is said to rise or fall.
CHANGE_THRESHOLD = 0.02
#: A score counts as a finding when at least this share of its indicator weight has data.
MIN_COVERAGE = 0.5

#: The EU's 27 members (2020–) and its former member (the United Kingdom, 1973–2020).
EU_MEMBERS: tuple[str, ...] = (
    "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL",
    "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE",
)
EU_FORMER_MEMBERS: tuple[str, ...] = ("GBR",)


@dataclass(frozen=True)
class Region:
    """A region a brief covers: its states and the first year worth showing."""

    key: str
    name: str
    targets: tuple[str, ...]
    since: int


REGIONS: dict[str, Region] = {
    "south-caucasus": Region("south-caucasus", "South Caucasus", ("ARM", "AZE", "GEO"), 1992),
}


def region(key: str) -> Region:
    """The region named ``key``; an unknown one is a usage error naming the known ones."""
    try:
        return REGIONS[key]
    except KeyError:
        raise UsageError(f"unknown region {key!r}", hint=f"use one of {', '.join(REGIONS)}, or give --targets") \
            from None


#: A state's code (ISO 3166-1 alpha-3) and any actor code (a state or a group such as WEST, EAEU).
STATE_CODE = re.compile(r"[A-Z]{3}")
ACTOR_CODE = re.compile(r"[A-Z]{2,5}")
#: ``2014``, ``1995-2023``, ``1995 – 2023``, ``1995..2023``.
YEAR_RANGE = re.compile(r"\s*(\d{4})\s*(?:(?:-|–|\.\.)\s*(\d{4})\s*)?")


def is_state_code(code: str) -> bool:
    """A state's ISO 3166 alpha-3 code (not a group's that happens to have three letters: SCO, CIS)."""
    return bool(STATE_CODE.fullmatch(code)) and code not in ACTOR_GROUPS


def is_state_or_group(code: str) -> bool:
    """A state's code or a group's (EU, WEST …): what an actor reduces to when events and claims are counted."""
    return is_state_code(code) or code in ACTOR_GROUPS


def parse_years(value: str | tuple[int, int] | None, *, option: str | None = None) -> tuple[int, int] | None:
    """``"1995-2023"`` → (1995, 2023); ``"2014"`` → (2014, 2014); None → None; a tuple is returned as is.

    Anything else is a usage error (naming ``option`` when given, e.g. ``--years``)."""
    if value is None or isinstance(value, tuple):
        return value
    said = f"{option} {value!r}" if option else repr(value)
    m = YEAR_RANGE.fullmatch(value)
    if not m:
        raise UsageError(f"not a year range: {said}", hint="write e.g. 1995-2023 or 2014")
    y0, y1 = int(m.group(1)), int(m.group(2) or m.group(1))
    if y0 > y1:
        raise UsageError(f"the range {said} ends before it starts", hint="write the earlier year first")
    return y0, y1


def parse_codes(value: str | Sequence[str] | None, *, strict: bool = True) -> tuple[str, ...] | None:
    """``"arm, aze"`` → ("ARM", "AZE"); empty → None. With ``strict`` a code that is not 2–5 capital
    letters is a usage error."""
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    out = tuple(c.strip().upper() for c in items if c.strip())
    if strict:
        for c in out:
            if not ACTOR_CODE.fullmatch(c):
                raise UsageError(f"not an actor code: {c!r}", hint="use ISO3 codes (ARM) or group codes (WEST, EU)")
    return out or None


__all__ = [
    "ACTOR_CODE", "ACTOR_GROUPS", "ALL_DOMAINS", "CHANGE_THRESHOLD", "DEFAULT_GROUPS", "DEFAULT_POWERS", "DOMAINS",
    "EU_FORMER_MEMBERS", "EU_MEMBERS", "GROUP_POWERS", "MIN_COVERAGE", "REGIONS", "Region", "STATE_CODE", "YEAR_RANGE",
    "is_state_code", "is_state_or_group", "parse_codes", "parse_years", "region"]
