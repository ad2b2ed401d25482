"""Numbers as texts write them: digits, spelled words, abbreviations, ordinals and relative periods.

* figures: "40,000", "1.2", "two and a half", "one hundred and twenty", "half a" (million), "a" (thousand),
  "a dozen"; the scale that follows is read separately ("thousand", "million", "bn", "m" glued to digits);
* ordinals: "35th", "fifteenth", "twenty-first";
* relative periods: "last year", "this year", "two years ago", "the previous year" resolved against the
  publication date (and, for "previous"/"following", against the year the sentence speaks of).
"""

from __future__ import annotations

import re

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
WORDS = {**UNITS, **TEENS, **TENS, "hundred": 100, "dozen": 12, "a": 1, "half": 0.5, "quarter": 0.25}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9,
          "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "k": 1e3, "crore": 1e7,
          "crores": 1e7, "lakh": 1e5, "lakhs": 1e5}

_U = "|".join(UNITS)
_T = "|".join(TEENS)
_D = "|".join(TENS)
_BASE = rf"(?:(?:{_D})(?:[-\s](?:{_U}))?|(?:{_T})|(?:{_U}))"
_BIG = r"(?:thousand|million|billion|trillion)"
#: a spelled figure, without the final scale word ("two and a half" thousand, "half a" million)
SPELLED = (rf"(?:(?:{_U}|{_T})\s+dozen\b"  # "two dozen" = 24
           rf"|(?:{_BASE}|a)\s+hundred(?:\s+(?:and\s+)?{_BASE})?(?:\s+and\s+a\s+(?:half|quarter))?"
           rf"|{_BASE}(?:\s+and\s+a\s+(?:half|quarter))?"
           rf"|half\s+a(?=\s+{_BIG}\b)|a\s+(?:quarter|half)\s+of\s+a(?=\s+{_BIG}\b)|a(?=\s+{_BIG}\b)|a\s+dozen)")
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
#: the scale after a figure: a word ("million"), or an abbreviation glued to digits ("1.2m", "$3bn", "40k")
SCALE = (r"(?:\s?(?P<scale>thousand|million|billion|trillion|mln|bln|bn|tn|trn|crores?|lakhs?)\b"
         r"|(?<=\d)(?P<abbr>m|mn|b|k)(?![\w²]))")

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
            "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
            "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
            "eightieth": 80, "ninetieth": 90, "hundredth": 100}
_ORD_UNITS = {k: v for k, v in ORDINALS.items() if v < 10}
ORDINAL = (rf"(?:\d+(?:st|nd|rd|th)|(?:{_D})[-\s](?:{'|'.join(_ORD_UNITS)})|"
           rf"{'|'.join(sorted(ORDINALS, key=len, reverse=True))})")


def parse_number(s: str) -> float | None:
    """The value of a figure written with digits or words (without its scale word), or None."""
    s = s.strip().lower()
    if re.fullmatch(DIGITS, s):
        return float(s.replace(",", ""))
    if s in ("a dozen", "dozen"):
        return 12.0
    words = [w for w in re.split(r"[-\s]+", s) if w and w not in ("and", "of")]
    if not words or any(w not in WORDS for w in words):
        return None
    total = 0.0
    current = 0.0
    for i, w in enumerate(words):
        if w == "a":
            # "a hundred", "a thousand": one; "and a half": the fraction follows
            if i + 1 < len(words) and words[i + 1] in ("half", "quarter"):
                continue
            current += 1
        elif w in ("half", "quarter"):
            frac = WORDS[w]
            # "half a" million → 0.5; "two and a half" → 2.5; "a quarter of a" → 0.25
            if current or total:
                current += frac
            else:
                current = frac
                if i + 1 < len(words) and words[i + 1] == "a":
                    break
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "dozen":
            current = (current or 1) * 12
        else:
            current += WORDS[w]
    return total + current


def scale_of(word: str | None) -> float:
    return SCALES.get((word or "").lower(), 1.0)


def parse_ordinal(s: str) -> int | None:
    s = s.strip().lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", s)
    if m:
        return int(m.group(1))
    if s in ORDINALS:
        return ORDINALS[s]
    parts = re.split(r"[-\s]+", s)
    if len(parts) == 2 and parts[0] in TENS and parts[1] in _ORD_UNITS:
        return TENS[parts[0]] + _ORD_UNITS[parts[1]]
    return None


_REL_PERIOD = re.compile(
    r"\b(?:(?P<this>this|the current) year|(?:in\s+)?(?P<last>last|past) year|(?P<next>next) year|"
    r"(?P<ago>a|one|two|three|four|five|\d+) years? ago|(?P<dec>a|one|two|three) decades? ago|"
    r"(?P<prev>(?:the )?(?:previous|preceding|prior) year|(?:a|the) year (?:earlier|before))|"
    r"(?P<lastm>last) month|(?P<thism>this) month)\b", re.I)


def relative_periods(text: str, published: str | None, year_hint: int | None = None) -> list[tuple[int, int, str]]:
    """Relative time expressions that name a period: (start, end, "YYYY" or "YYYY-MM").

    "last year" in a text of 2021-05-17 → 2020; "two years ago" → 2019; "the previous year" after a sentence about
    2018 (``year_hint``) → 2017, else the year before publication. "past year" alone ("over the past year") is the
    twelve months to publication, read as the publication year's previous year only after "last"/"in the".
    """
    m0 = re.match(r"(\d{4})(?:-(\d\d))?", published or "")
    if not m0:
        return []
    py = int(m0.group(1))
    pm = int(m0.group(2)) if m0.group(2) else None
    out: list[tuple[int, int, str]] = []
    for m in _REL_PERIOD.finditer(text):
        value: str | None = None
        if m.group("this"):
            value = str(py)
        elif m.group("last"):
            if m.group("last").lower() == "past" and not re.search(r"\b(?:in|during)\s+(?:the\s+)?$",
                                                                    text[:m.start()], re.I):
                continue  # "over the past year": the last twelve months, not a calendar year
            value = str(py - 1)
        elif m.group("next"):
            value = str(py + 1)
        elif m.group("ago"):
            n = parse_number(m.group("ago"))
            value = str(py - int(n)) if n else None
        elif m.group("dec"):
            n = parse_number(m.group("dec"))
            value = str(py - 10 * int(n)) if n else None  # "a decade ago": ten years before publication
        elif m.group("prev"):
            value = str((year_hint or py) - 1)
        elif m.group("lastm") and pm:
            value = f"{py - 1}-12" if pm == 1 else f"{py}-{pm - 1:02d}"
        elif m.group("thism") and pm:
            value = f"{py}-{pm:02d}"
        if value:
            out.append((m.start(), m.end(), value))
    return out


#: before a period, the words that make it the base a change is measured from ("from 2019", "compared with 2020",
#: "on a year earlier", "than in 2019", "versus the same month of 2021")
BASE_PERIOD = re.compile(r"\b(?:from|compared\s+(?:with|to)|than(?:\s+in)?|versus|vs\.?|on|over)\s+"
                         r"(?:(?:the\s+)?same\s+(?:period|month|quarter|week|time)\s+(?:of|in|last)\s+|the\s+|a\s+)?$",
                         re.I)
#: a change word a little before that base ("rose 12%", "a 5% drop", "up 3 percent")
CHANGE_NEAR = re.compile(r"\b(?:rose|rise[sn]?|rising|grew|grow(?:s|n|ing)?|increas\w*|decreas\w*|fell|falls?|"
                         r"fallen|falling|dropp\w*|drops?|declin\w*|jump\w*|shr[ai]nk\w*|contract\w*|plung\w*|"
                         r"plummet\w*|surg\w*|soar\w*|slump\w*|climb\w*|up|down|higher|lower|growth|more|less)\b",
                         re.I)


def change_base(text: str, start: int) -> bool:
    """Whether the period at ``start`` is the base a change is measured from ("an increase of 8.4% compared with
    2022", "up by a third on 2020"), not the period of a figure or of the story."""
    before = re.split(r"[.;]\s", text[max(0, start - 60):start])[-1]  # (the change told in the same sentence)
    return bool(BASE_PERIOD.search(before) and CHANGE_NEAR.search(before))
