"""People the hand-written registry does not list, and the state each acts for, from the Phoenix actor dictionary.

``data/phoenix_people.tsv`` is built by ``scripts/build_phoenix_people.py`` from the petrarch2 project's Phoenix
country-actor dictionary (MIT licence, © 2014 Open Event Data Alliance; the licence is in the file's header). It
holds some 26,000 names of office holders, officers and public figures up to early 2014 ("abdel fattah al sisi" →
EGY). The reader asks it only for a person spaCy found whose state the text does not give.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "phoenix_people.tsv"
#: titles and articles before a name, never part of it
TITLES = frozenset({
    "president", "prime", "minister", "premier", "king", "queen", "prince", "sheikh", "general", "gen",
    "chancellor", "foreign", "defense", "defence", "secretary", "vice", "deputy", "leader", "chairman", "dr", "mr",
    "mrs", "ms", "sir", "lord", "emir", "sultan", "colonel", "col", "marshal", "ayatollah", "speaker", "senator",
    "ambassador", "governor", "mayor", "former", "late", "the"})


def fold_name(raw: str) -> str:
    """A name as the table keys it: ASCII, lower case, hyphens and underscores as spaces, no leading title
    ("President Abdel Fattah al-Sisi" → "abdel fattah al sisi")."""
    ascii_ = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
    words = re.sub(r"[_\-]+", " ", ascii_).lower().split()
    while words and words[0] in TITLES:
        words = words[1:]
    return " ".join(words)


@cache
def _table() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, state = line.split("\t")
            out[name] = state
    return out


def person_state(name: str) -> str | None:
    """The state a named person acts for, when the dictionary knows the full name (two words or more)."""
    key = fold_name(name)
    return _table().get(key) if len(key.split()) >= 2 else None
