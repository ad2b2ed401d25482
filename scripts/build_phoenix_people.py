"""Build ``multipolar/resolve/data/phoenix_people.tsv``: named people → the state they act for.

Source: the Phoenix country-actor dictionary of the petrarch2 project (MIT licence, © 2014 Open Event Data
Alliance; ``../shared/data/cameo_phoenix_dictionaries/Phoenix.Countries.actors.txt``, PROVENANCE §12). Each person
entry lists its names and dated role codes (``EGYGOV > 140608``); the state is the code's first three letters. Kept:
names of two words or more, titles stripped ("PRESIDENT_X_Y" → "x y"), whose codes name one ISO state only; a name
that two entries give to different states is dropped. The dictionary ends in early 2014, so it knows no later
newcomer; the hand-written registry (``people.json``) is consulted first and wins.

    python scripts/build_phoenix_people.py [PATH_TO_Phoenix.Countries.actors.txt]
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import pycountry

from multipolar.resolve.phoenix_people import fold_name

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "cameo_phoenix_dictionaries" / "Phoenix.Countries.actors.txt"
OUT = ROOT / "multipolar" / "resolve" / "data" / "phoenix_people.tsv"
HEADER = """# People named in the Phoenix country-actor dictionary (petrarch2, commit 676801cd, 2014) and the state each
# acts for, built by scripts/build_phoenix_people.py. Columns: folded name (lower case, ASCII, hyphens as spaces)
# TAB ISO 3166-1 alpha-3 code.
#
# The MIT License (MIT) — Copyright (c) 2014 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
# documentation files (the "Software"), to deal in the Software without restriction, including without limitation
# the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and
# to permit persons to whom the Software is furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all copies or substantial portions
# of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED
# TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
# CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
# DEALINGS IN THE SOFTWARE.
"""
#: words of bodies, not people ("Communist Party of China", "Afghan National Army"): such entries are left out
ORG_WORDS = frozenset("""
party army forces force council committee ministry bank government congress police guard guards front movement
union league court assembly parliament agency service services corps brigade brigades militia rebels soldiers troops
republic state national people peoples people's company corporation organization organisation office school
university authority commission navy air group news of and for administration regime opposition junta cabinet
federation kingdom emirate institute foundation council's officials security intelligence supporters loyalists
""".split())
ISO3 = {c.alpha_3 for c in pycountry.countries}


def entries(lines: list[str]) -> list[tuple[list[str], list[str]]]:
    """(names, codes) per entry; country headers ("AFGHANISTAN_  [AFG]") are not people and are skipped."""
    out: list[tuple[list[str], list[str]]] = []
    names: list[str] = []
    codes: list[str] = []
    for line in lines:
        text = line.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        if text[0] in "\t ":
            codes += re.findall(r"\[([A-Z]+)", text)
            continue
        same_line = re.findall(r"\[([A-Z]+)", text)
        name = re.sub(r"\s*\[.*", "", text).strip().lstrip("+")
        if text.startswith("+") and names:
            names.append(name)
            continue
        if names:
            out.append((names, codes))
        names, codes = ([], []) if same_line and len(same_line[0]) == 3 else ([name], same_line)
    if names:
        out.append((names, codes))
    return out


def build(path: Path) -> dict[str, str]:
    states: dict[str, set[str]] = defaultdict(set)
    for names, codes in entries(path.read_text(encoding="latin-1").splitlines()):
        owners = {c[:3] for c in codes if len(c) > 3}
        if len(owners) != 1 or not owners <= ISO3:
            continue
        for raw in names:
            name = fold_name(raw)
            words = name.split()
            if len(words) < 2 or not re.fullmatch(r"[a-z' .]+", name) or ORG_WORDS & set(words):
                continue
            states[name] |= owners
            if len(words) >= 3 and len(words[0]) > 2 and len(words[-1]) > 2:
                states[f"{words[0]} {words[-1]}"] |= owners  # "Sameh Hassan Shoukry" is also "Sameh Shoukry"
    return {n: next(iter(s)) for n, s in sorted(states.items()) if len(s) == 1}


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    table = build(path)
    OUT.write_text(HEADER + "".join(f"{n}\t{s}\n" for n, s in table.items()), encoding="utf-8")
    print(f"{len(table)} names → {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
