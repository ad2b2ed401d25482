"""One place where the CLI turns what a user types into codes and years the door accepts.

States are accepted by ISO3 (``GEO``, ``geo``), ISO2 (``GE``, ``ge``) or name (``Georgia``, ``Türkiye``,
``the United States``); the group powers WEST, EU, NATO, EAEU, CIS and SCO by code or name. A code that
does not resolve, or that the store holds no data on, is a :class:`UsageError` (exit 2) naming it and the
nearest valid ones. Year ranges are checked against the years the store's observations cover, dates
against the formats the queries accept.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable

from .. import api
from ..api import GROUP_POWERS, state_code, state_names
from ..domain import parse_years
from ..errors import UsageError

_DATE_FORMATS = "YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2015, 2015-06, 2015-06-30)"
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _label(code: str) -> str:
    name = state_names().get(code)
    return f"{code} ({name})" if name else code


def _nearest(text: str, pool: Iterable[str], n: int = 5) -> list[str]:
    """The codes in ``pool`` nearest to ``text``, by code and by name."""
    known = state_names()
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


def resolve_codes(text: str | None, *, option: str, store: api.DbLike | None, groups: bool,
                  what: str = "state") -> tuple[str, ...] | None:
    """``"Georgia, arm"`` → ("GEO", "ARM"); None for None. Unknown codes and codes the store has no data
    on are a usage error naming them and the nearest valid ones."""
    if text is None:
        return None
    items = [t.strip() for t in text.split(",") if t.strip()]
    if not items:
        raise UsageError(f"{option} is empty", hint=f"give one or more {what}s, e.g. {option} GEO")
    have = api.actors_with_data(db=store) if store is not None else None
    out: list[str] = []
    for item in items:
        code = state_code(item, groups=groups)
        valid_pool = [c for c in state_names() if groups or c not in GROUP_POWERS]
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
                or _nearest(state_names().get(code, code), [c for c in pool_with_data if c not in GROUP_POWERS])
            raise UsageError(f"the store has no data on {what} {_label(code)} (from {option} {item!r})",
                             source=str(api.store_path(store)),
                             hint=(f"states with data nearby: {', '.join(_label(c) for c in near)}; " if near
                                   else "") + "load a dataset that covers it (see `multipolar status`)")
        if code not in out:
            out.append(code)
    return tuple(out)


def resolve_one(text: str, *, option: str, store: api.DbLike | None, groups: bool, what: str = "state") -> str:
    codes = resolve_codes(text, option=option, store=store, groups=groups, what=what)
    assert codes
    if len(codes) > 1:
        raise UsageError(f"{option} takes one {what}, not {len(codes)}", hint=f"e.g. {option} {codes[0]}")
    return codes[0]


def check_years(text: str | None, store: api.DbLike, *, option: str = "--years") -> str | None:
    """``--years`` parsed and checked against the store: a range outside the data is a usage error naming
    the data's range. Returns the range as ``"Y0-Y1"`` (the form the APIs take)."""
    if text is None:
        return None
    asked = parse_years(text, option=option)
    assert asked is not None  # text is a string
    y0, y1 = asked
    span = api.data_years(db=store)
    if span is None:
        raise UsageError("the store holds no observations yet", source=str(api.store_path(store)),
                         hint="load datasets first (multipolar load …, or multipolar demo)")
    if y1 < span[0] or y0 > span[1]:
        raise UsageError(f"{option} {text} is outside the data: the store's observations cover "
                         f"{span[0]}–{span[1]}", source=str(api.store_path(store)),
                         hint=f"choose years within {span[0]}–{span[1]}")
    return f"{y0}-{y1}"


def check_year(year: int, store: api.DbLike, *, option: str = "--year") -> int:
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
