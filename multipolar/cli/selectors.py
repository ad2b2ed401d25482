"""One place where the CLI turns what a user types into codes the measure and present APIs accept.

States are accepted by ISO3 (``GEO``, ``geo``), ISO2 (``GE``, ``ge``) or name (``Georgia``, ``Türkiye``,
``the United States``); the group powers WEST, EU, NATO, EAEU, CIS and SCO by code or name. A code that
does not resolve, or that the store holds no data on, is a :class:`UsageError` (exit 2) naming it and the
nearest valid ones. Year ranges are checked against the years the store's observations cover, dates
against the formats the queries accept.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Iterable

from ..errors import UsageError
from ..store import Store

#: Groups that are valid powers (the measures compute them from their members by year).
GROUP_POWERS: tuple[str, ...] = ("WEST", "EU", "NATO", "EAEU", "CIS", "SCO")
_NAME_ROLES = frozenset({"name", "short", "abbrev", "alias"})
_DATE_FORMATS = "YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2015, 2015-06, 2015-06-30)"
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@functools.lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    """Every state code we know (registry states and ISO 3166 countries) → its name; groups included."""
    import pycountry

    from ..resolve.registry import Registry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        out[str(c.alpha_3)] = str(getattr(c, "common_name", None) or c.name)
    reg = Registry.default()
    for a in reg.actors():
        if a.kind == "state" and re.fullmatch(r"[A-Z]{3}", a.id):
            out[a.id] = a.name
        if a.id in GROUP_POWERS:
            out[a.id] = a.name
    return out


def _resolve_one(text: str, *, groups: bool) -> str | None:
    from ..resolve import codes
    from ..resolve.registry import Registry

    s = text.strip()
    u = s.upper()
    known = _known()
    if u in GROUP_POWERS:
        return u if groups else None
    if len(u) == 3 and u.isalpha() and u in known:
        return u
    if len(u) == 2 and u.isalpha():
        iso3 = codes.iso2_to_iso3(u)
        if iso3 and iso3 in known:
            return iso3
    found = {a.actor for a in Registry.default().lookup(s) if a.role in _NAME_ROLES}
    found = {c for c in found if c in known and (groups or c not in GROUP_POWERS)}
    if len(found) == 1:
        return found.pop()
    code = codes.name_to_iso3(s)
    if code and code in known:
        return code
    return None


def _label(code: str) -> str:
    name = _known().get(code)
    return f"{code} ({name})" if name else code


def _nearest(text: str, pool: Iterable[str], n: int = 5) -> list[str]:
    """The codes in ``pool`` nearest to ``text``, by code and by name."""
    known = _known()
    pool = sorted(set(pool))
    keys: dict[str, str] = {}
    for c in pool:
        keys.setdefault(c.lower(), c)
        if c in known:
            keys.setdefault(known[c].lower(), c)
    out: list[str] = []
    for cutoff in (0.5, 0.0):
        for k in difflib.get_close_matches(text.strip().lower(), list(keys), n=n * 3, cutoff=cutoff):
            if keys[k] not in out:
                out.append(keys[k])
        if out:
            break
    return out[:n]


def _store_actors_query(store: Store) -> frozenset[str]:
    from ..store.lake import lake_runs_table

    lake = ("UNION ALL SELECT unnest(l.actors) FROM lake_runs l JOIN load_runs r ON r.id = l.load_run "
            "WHERE r.status = 'ok' AND l.observations > 0 " if lake_runs_table(store.con) else "")
    rows = store.query("SELECT DISTINCT a FROM (SELECT from_actor AS a FROM observations UNION ALL "
                       f"SELECT to_actor FROM observations UNION ALL SELECT actor FROM un_votes {lake}) "
                       "WHERE a IS NOT NULL")
    return frozenset(str(r["a"]) for r in rows)


def store_actors(store: Store) -> frozenset[str]:
    """Codes the store holds any observation or UN vote on."""
    return _store_actors_query(store)


def resolve_codes(text: str | None, *, option: str, store: Store | None, groups: bool,
                  what: str = "state") -> tuple[str, ...] | None:
    """``"Georgia, arm"`` → ("GEO", "ARM"); None for None. Unknown codes and codes the store has no data
    on are a usage error naming them and the nearest valid ones."""
    if text is None:
        return None
    items = [t.strip() for t in text.split(",") if t.strip()]
    if not items:
        raise UsageError(f"{option} is empty", hint=f"give one or more {what}s, e.g. {option} GEO")
    have = store_actors(store) if store is not None else None
    out: list[str] = []
    for item in items:
        code = _resolve_one(item, groups=groups)
        valid_pool = [c for c in _known() if groups or c not in GROUP_POWERS]
        if have is not None:
            pool_with_data = [c for c in valid_pool if c in have or c in GROUP_POWERS]
        else:
            pool_with_data = valid_pool
        if code is None:
            near = _nearest(item, pool_with_data)
            kinds = "a state (ISO3, ISO2 or name)" + (" or a group (" + ", ".join(GROUP_POWERS) + ")"
                                                      if groups else "")
            raise UsageError(f"unknown {what} {item!r} in {option}",
                             hint=(f"did you mean {', '.join(_label(c) for c in near)}? " if near else "")
                             + f"give {kinds}")
        if have is not None and code not in GROUP_POWERS and code not in have:
            near = _nearest(item, [c for c in pool_with_data if c not in GROUP_POWERS]) \
                or _nearest(_known().get(code, code), [c for c in pool_with_data if c not in GROUP_POWERS])
            raise UsageError(f"the store has no data on {what} {_label(code)} (from {option} {item!r})",
                             source=store.path if store is not None else None,
                             hint=(f"states with data nearby: {', '.join(_label(c) for c in near)}; " if near
                                   else "") + "load a dataset that covers it (see `multipolar status`)")
        if code not in out:
            out.append(code)
    return tuple(out)


def resolve_one(text: str, *, option: str, store: Store | None, groups: bool, what: str = "state") -> str:
    codes = resolve_codes(text, option=option, store=store, groups=groups, what=what)
    assert codes
    if len(codes) > 1:
        raise UsageError(f"{option} takes one {what}, not {len(codes)}", hint=f"e.g. {option} {codes[0]}")
    return codes[0]


def data_years(store: Store) -> tuple[int, int] | None:
    """First and last year of the store's observations (the inputs of every score)."""
    from ..store.lake import lake_runs_table

    lake = (" UNION ALL SELECT first_year FROM lake_runs l JOIN load_runs r ON r.id = l.load_run "
            "WHERE r.status = 'ok' AND l.observations > 0 UNION ALL SELECT last_year FROM lake_runs l "
            "JOIN load_runs r ON r.id = l.load_run WHERE r.status = 'ok' AND l.observations > 0"
            if lake_runs_table(store.con) else "")
    row = store.query(f"SELECT min(year) AS lo, max(year) AS hi FROM (SELECT year FROM observations{lake})")
    if not row or row[0]["lo"] is None:
        return None
    return int(row[0]["lo"]), int(row[0]["hi"])


def check_years(text: str | None, store: Store, *, option: str = "--years") -> str | None:
    """``--years`` parsed and checked against the store: a range outside the data is a usage error naming
    the data's range. Returns the range as ``"Y0-Y1"`` (the form the APIs take)."""
    if text is None:
        return None
    t = text.strip().replace("–", "-").replace("..", "-")
    m = re.fullmatch(r"(\d{4})(?:\s*-\s*(\d{4}))?", t)
    if not m:
        raise UsageError(f"not a year range: {option} {text!r}", hint="write e.g. 1995-2023 or 2014")
    y0 = int(m.group(1))
    y1 = int(m.group(2) or y0)
    if y0 > y1:
        raise UsageError(f"the range {option} {text!r} ends before it starts", hint="write the earlier year first")
    span = data_years(store)
    if span is None:
        raise UsageError("the store holds no observations yet", source=store.path,
                         hint="load datasets first (multipolar load …, or multipolar demo)")
    if y1 < span[0] or y0 > span[1]:
        raise UsageError(f"{option} {text} is outside the data: the store's observations cover "
                         f"{span[0]}–{span[1]}", source=store.path,
                         hint=f"choose years within {span[0]}–{span[1]}")
    return f"{y0}-{y1}"


def check_year(year: int, store: Store, *, option: str = "--year") -> int:
    check_years(str(year), store, option=option)
    return year


def check_date(text: str | None, *, option: str) -> str | None:
    """A date filter as the queries take it: YYYY, YYYY-MM or YYYY-MM-DD (a real date)."""
    if text is None:
        return None
    t = text.strip()
    m = _DATE.fullmatch(t)
    ok = bool(m)
    if m and m.group(2):
        try:
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:
            ok = False
    if not ok:
        raise UsageError(f"not a date: {option} {text!r}", hint=f"write {_DATE_FORMATS}")
    return t
