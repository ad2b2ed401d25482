"""What a user types for a state or a group, as the code the door takes: ISO3 (``GEO``, ``geo``), ISO2 (``GE``)
or a name (``Georgia``, ``Türkiye``, ``the United States``); the group powers by code or name."""

from __future__ import annotations

import functools

from ..domain import GROUP_POWERS, STATE_CODE

_NAME_ROLES = frozenset({"name", "short", "abbrev", "alias"})


@functools.lru_cache(maxsize=1)
def state_names() -> dict[str, str]:
    """Every state code we know (registry states and ISO 3166 countries) → its name; group powers included."""
    import pycountry

    from ..resolve.registry import Registry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        out[str(c.alpha_3)] = str(getattr(c, "common_name", None) or c.name)
    for a in Registry.default().actors():
        if a.kind == "state" and STATE_CODE.fullmatch(a.id):
            out[a.id] = a.name
        if a.id in GROUP_POWERS:
            out[a.id] = a.name
    return out


def state_code(text: str, *, groups: bool) -> str | None:
    """The code of the state (or, with ``groups``, the group power) ``text`` names; None when none does."""
    from ..resolve import codes
    from ..resolve.registry import Registry

    s = text.strip()
    u = s.upper()
    known = state_names()
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
