"""Find time expressions in text and resolve them to ISO dates at the precision given.

Resolution uses two anchors: the publication date (``"in May"`` in an article of
2019-11-05 is 2019-05) and the date of the event before (``"the following month"``
after a May event is June).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
#: the twelve month names in full, as a regular-expression alternation ("January|…|December")
MONTH_NAMES = "|".join(m.capitalize() for m in list(MONTHS)[:12])
_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_YEAR = r"(?:1[89]\d\d|20\d\d)"

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "several": 0, "few": 0}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
#: a count of days, weeks, months or years in words or figures: "two", "Twenty", "thirty-five", "12"
_COUNT = (r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
          r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
          r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})")
#: the end of a span of days after its first ("27–28", "3-4th")
_TO_DAY = r"(?:\s?[-–]\s?\d{1,2}(?:st|nd|rd|th)?)?"
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
             "nineteenth", "twentieth"]
#: a day in figures or, before "of", in words: "5", "the fifth of June", "the twenty-first of March"
_DAY = (r"(\d{1,2}|(?i:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
        r"thirtieth|thirty[- ]first|" + "|".join(reversed(_ORDINALS)) + r")(?=\s+of\s))")
_COUNTED = re.compile(r"\b(" + _COUNT + r")\s+"
                      r"(days?|weeks?|months?|years?)\s+(later|earlier|ago|before(?=\s*[,.;:)—–]|\s*$))", re.I)


def _day_of(word: str) -> int:
    """ "5" → 5, "fifth" → 5, "twenty-first" → 21, "thirtieth" → 30."""
    if word.isdigit():
        return int(word)
    parts = re.split(r"[- ]", word.lower())
    tens = {"twenty": 20, "thirty": 30}.get(parts[0], 0) if len(parts) > 1 else 0
    last = parts[-1]
    return tens + (30 if last == "thirtieth" else _ORDINALS.index(last) + 1)


def _count_of(word: str) -> int:
    """ "12" → 12, "Twenty" → 20, "thirty-five" → 35, "several" → 0."""
    if word.isdigit():
        return int(word)
    parts = re.split(r"[- ]", word.lower())
    return _TENS.get(parts[0], 0) + _COUNTS.get(parts[-1], 0) if parts[0] in _TENS else _COUNTS[parts[0]]

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b({_YEAR})-(\d\d)-(\d\d)\b")),
    # (a span of days is its first: "on 27–28 February 2019", "February 27-28, 2019")
    ("dmy", re.compile(rf"\b{_DAY}(?:st|nd|rd|th)?{_TO_DAY}\s+(?:of\s+)?({_MON})\s*,?\s+({_YEAR})\b")),
    ("mdy", re.compile(rf"\b({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?{_TO_DAY}\s*,?\s+({_YEAR})\b")),
    ("span", re.compile(rf"\b(?:from|between)\s+({_YEAR})\s+(?:to|and|until|till|through)\s+({_YEAR})\b")),
    ("range", re.compile(rf"\b({_YEAR})\s*[-–—/]\s*({_YEAR}|\d\d)\b")),  # ("the 2022/23 fiscal year")
    ("mmy", re.compile(rf"\b({_MON})\s*[-–—]\s*{_MON}\s+({_YEAR})\b")),  # "October–November 2003": from October
    ("my", re.compile(rf"\b({_MON})\s+(?:of\s+)?({_YEAR})\b")),
    # "in February this year", "this May", "in March last year": a month of the year the text names by its own
    ("month_rel", re.compile(rf"\b(?:(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?({MONTH_NAMES})\s+(?:of\s+)?"
                             rf"(this|last|next)\s+year|[Tt]his\s+({MONTH_NAMES}))\b")),
    # "Eleven years have passed since Russia launched …": as "eleven years ago"
    ("passed", re.compile(r"\b(" + _COUNT + r")\s+"
                          r"(years?|months?)\s+(?:have|has)\s+(?:passed|elapsed|gone\s+by)\s+since\b", re.I)),
    # "last autumn", "this spring", "the summer of 2023", "in winter": a season, dated to its year
    ("season", re.compile(rf"\b(?:(?:((?i:last|this|this past|next|early|late))\s+)"
                          rf"(spring|summer|autumn|fall|winter)\b|"
                          rf"(spring|summer|autumn|fall|winter)(?:\s+of)?\s+({_YEAR})\b|"
                          rf"(?<=\b[Ii]n\s)(?:the\s+)?(spring|summer|autumn|winter)\b(?!\s+(?:of|session)\b))")),
    ("dm", re.compile(rf"\b{_DAY}(?:st|nd|rd|th)?{_TO_DAY}\s+(?:of\s+)?({_MON})(?![\w-])")),
    ("md", re.compile(rf"\b({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)")),
    ("year", re.compile(rf"(?:(?<![\d$€£.,-])|(?<=mid-)|(?<=early-)|(?<=late-))({_YEAR})"
                        rf"(?![\d%]|\s*(?:per\s*cent|percent|km|people|million|billion))")),  # (also "mid-2024")
    ("month", re.compile(rf"\b({MONTH_NAMES})\b")),
    ("rel", re.compile(
        r"\b(today|yesterday|tomorrow|last night|tonight|this morning|this year|last year|next year|this month|"
        r"last month|next month|this week|(?:over|at) the weekend|(?:this past|last) weekend|"
        r"last week|(?:the\s+)?(?:following|next|subsequent|previous)\s+(?:month|year|day|week)|"
        r"the\s+day\s+(?:before|after)|(?:a|one)\s+(?:month|year|day|"
        r"week)\s+later|(?:the\s+)?(?:previous|preceding)\s+(?:month|year)|(?:a|one)\s+(?:month|year)\s+(?:earlier|"
        r"before)|the same (?:month|year|day)|earlier this (?:year|month)|"
        r"(?:(?:later|earlier)\s+)?(?<!of )that\s+(?:same\s+)?(?:year|month)|"
        r"this past (?:year|month|week)|recently(?!\s+as\b)|currently|now)\b", re.I)),  # ("as recently as May": May)
    # "four days before,", "two weeks later", "three years earlier", "six months ago": counted from the date told
    # just before (or, for "ago", from publication). ("two days before the vote" counts from the vote: left alone.)
    ("count", _COUNTED),
    # "on Sunday", "last Friday" in a news story: the latest such day up to its publication ("Monday, 5 October" is
    # left to the date beside it)
    ("weekday", re.compile(r"\b(?:(?:[Oo]n|[Ll]ast|[Tt]his past|[Ff]rom|[Uu]ntil|[Nn]ext|[Bb]y)\s+)?"
                           r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           rf"\b(?!\s*,?\s*(?:\d|{_MON}))")),
]
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


#: a month in capitals ("ON SEPTEMBER 14th"); "MAY" only before a day (not the modal)
_CAPS_MONTH = re.compile(r"\b(?:" + MONTH_NAMES.upper().replace("|MAY|", "|") + r"|MAY(?=\s+\d))\b")
_MAY_MONTH = re.compile(r"(?:\bin|\bof|\bthe|\bsince|\buntil|\bby|\bearly|\blate|\bmid-?)\s+$", re.I)


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    kind: str  # absolute | month_only | relative | span
    value: str | None  # resolved ISO value, or None when it needs an anchor
    raw: str


def _mon(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")[:4].rstrip()] if s.lower().rstrip(".") not in MONTHS else MONTHS[
        s.lower().rstrip(".")]


def _pub_parts(published: str | None) -> tuple[int | None, int | None, int | None]:
    if not published:
        return None, None, None
    m = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", published)
    if not m:
        return None, None, None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None


def find_times(text: str, published: str | None = None, year_hint: int | None = None) -> list[TimeExpr]:
    """Time expressions in ``text``, non-overlapping, earliest first, resolved where they can be.

    A month named without a year takes the year of the span it opens ("from 30 September to 1 October 2006"),
    else a year the sentence named before it, else ``year_hint`` when given (the year a chronicle's section or the
    story is about), else the latest such month not after ``published``.
    """
    taken: list[tuple[int, int]] = []
    out: list[TimeExpr] = []
    py, pm, pd = _pub_parts(published)
    # a month in capitals opening a magazine piece ("ON SEPTEMBER 14th Xi Jinping …") is that month (same length)
    text = _CAPS_MONTH.sub(lambda m: m.group(0).capitalize(), text)
    # years the sentence names, for a month it names later without one ("In 2023 Russia began supplying gas under a
    # deal signed in June": June 2023); not a "since" year, nor one after publication
    years_named = [(m.start(), int(m.group(2))) for m in _YEAR_NAMED.finditer(text)
                   if not m.group(1) and (py is None or int(m.group(2)) <= py)]

    def hint_at(pos: int, end: int) -> int | None:
        # the year of a span the day opens ("from 30 September to 1 October 2006"), else one the sentence named
        # before it ("During the 2020 war, X accused Y on 1 October"), else the year the section or story is about
        closing = _SPAN_YEAR.match(text, end) or _LISTED_YEAR.match(text, end)
        if closing and (py is None or int(closing.group(1)) <= py):
            return int(closing.group(1))
        return next((y for at, y in reversed(years_named) if at < pos), None) or year_hint

    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            g = m.groups()
            value: str | None
            k = "absolute"
            if kind == "iso":
                value = f"{g[0]}-{g[1]}-{g[2]}"
            elif kind == "dmy":
                value = f"{g[2]}-{_mon(g[1]):02d}-{_day_of(g[0]):02d}"
            elif kind == "mdy":
                value = f"{g[2]}-{_mon(g[0]):02d}-{int(g[1]):02d}"
            elif kind == "span":
                value, k = f"{g[0]}/{g[1]}", "span"
            elif kind == "range":
                end = g[1] if len(g[1]) == 4 else g[0][:2] + g[1]
                if int(end) <= int(g[0]):
                    continue
                value, k = f"{g[0]}/{end}", "span"
            elif kind in ("my", "mmy"):
                value = f"{g[1]}-{_mon(g[0]):02d}"
            elif kind in ("dm", "md"):
                day_no, mon = (_day_of(g[0]), g[1]) if kind == "dm" else (int(g[1]), g[0])
                if not 1 <= day_no <= 31:
                    continue
                value, k = _month_in_context(_mon(mon), py, pm, hint_at(s, e)), "month_only"
                if value:
                    value = f"{value}-{day_no:02d}"
            elif kind == "passed":
                n = _count_of(g[0])
                if py is None or not n:
                    continue
                if g[1].lower().startswith("year"):
                    value = str(py - n)
                elif pm is not None:
                    value = _shift(f"{py}-{pm:02d}", months=-n)
                else:
                    continue
            elif kind == "month_rel":
                if py is None:
                    continue
                day, mon, which, this_mon = g
                shift = {"this": 0, "last": -1, "next": 1}[(which or "this").lower()]
                value = f"{py + shift}-{_mon(mon or this_mon):02d}"
                if day and 1 <= int(day) <= 31:
                    value += f"-{int(day):02d}"  # "on 9 August this year": the day too
            elif kind == "season":
                value, k = _season(g, py, pm, year_hint)
                if value is None:
                    continue
            elif kind == "year":
                if text[s - 1:s] == "-" and text[e:e + 1] == "s":
                    continue  # "since the mid-1970s": no one year, nor the whole decade
                value = g[0]
            elif kind == "month":
                # "may" is a modal verb: only the capitalised month name mid-sentence counts
                if g[0] == "May" and not _MAY_MONTH.search(text[max(0, s - 8):s]):
                    continue
                if re.match(r"\s+of\s+(?:the\s+)?[A-Z][a-z]", text[e:]):
                    continue  # a name: the "March of Georgians" rally, not the month
                value, k = _month_in_context(_mon(g[0]), py, pm, hint_at(s, e)), "month_only"
                listed = re.match(rf"\s*(?:,|and|or|,\s*and)\s+(?:{MONTH_NAMES})\s+(?:of\s+)?(this|last|next)\s+year\b",
                                  text[e:])
                if py is not None and listed:
                    # "in February and March of last year": the list's year is each month's
                    value = f"{py + {'this': 0, 'last': -1, 'next': 1}[listed.group(1)]}-{_mon(g[0]):02d}"
                elif py is not None and pm is not None and re.search(r"\b[Ll]ast\s+$", text[max(0, s - 6):s]):
                    # "last October", told in a text of April 2024: the October before publication, whatever year
                    # the sentence or the story names
                    value, k = f"{py if _mon(g[0]) < pm else py - 1}-{_mon(g[0]):02d}", "absolute"
            else:
                value, k = None, "relative"
            taken.append((s, e))
            out.append(TimeExpr(s, e, k, value, m.group(0)))
    out.sort(key=lambda t: t.start)
    return out


#: the rest of a span of days whose end names the year (" to 1 October 2006", " – October 2, 2006")
_SPAN_YEAR = re.compile(rf"\s*(?:to|until|till|through|and|-|–|—)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH_NAMES})"
                        r"\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(\d{4})\b")
#: the next date of a list, naming the year for both ("to Kyiv on 5 February and to Moscow on 6 February 2015")
_LISTED_YEAR = re.compile(rf"\s*,?\s*(?:and|then)\s+(?:[\w'’-]+\s+){{0,4}}?(?:on\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+"
                          rf"(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+(\d{{4}})\b")
#: "since" right before a date ("since early 2022"): where a span starts
SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]?)?$", re.I)
#: a year named in a sentence, and whether "since" comes before it
_YEAR_NAMED = re.compile(r"(\bsince\s+(?:(?:early|late|mid)[\s-]?)?)?\b(1[89]\d\d|20\d\d)\b(?![-–/]\d)", re.I)

#: the month each season ends in (winter: the February of the year after the one it starts in)
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 14}


def _season(g: tuple[str | None, ...], py: int | None, pm: int | None, year_hint: int | None) -> tuple[str | None, str]:
    """The year of a season: its own ("summer 2023"), the one before publication ("last autumn"), the publication's
    ("this spring"), else the latest such season begun by publication ("in winter")."""
    which_word, season, named_season, year, bare = g
    which = (which_word or "").lower().replace("this past", "last")  # ("This spring", "Last winter", "this past fall")
    if year:
        return year, "absolute"
    name = (season or bare or "").lower()
    if year_hint is not None and not which:
        return str(year_hint), "month_only"
    if py is None or pm is None:
        return (str(py), "month_only") if py is not None and which in ("this", "early", "late") else (None, "")
    begun = _SEASON_END[name] - 2 <= pm  # (the season had begun by the month of publication)
    if which in ("this", "early", "late") or not which:
        return str(py if begun or which == "this" else py - 1), "month_only"
    if which == "next":
        return str(py if not begun else py + 1), "month_only"
    ended = _SEASON_END[name] < pm  # "last": the latest season that had ended, else the one before
    return str(py if ended else py - 1), "month_only"


def _month_in_context(month: int, py: int | None, pm: int | None, year_hint: int | None = None) -> str | None:
    """A month named without a year: in the hinted year, else the latest such month not after publication."""
    if year_hint is not None and not (py is not None and pm is not None and year_hint == py and month > pm):
        return f"{year_hint}-{month:02d}"  # (a month after publication in its own year: the year before)
    if py is None:
        return None
    year = py if pm is None or month <= pm else py - 1
    return f"{year}-{month:02d}"


def _shift(anchor: str, months: int = 0, years: int = 0, keep: str = "month") -> str:
    parts = anchor.split("-")
    y = int(parts[0])
    if keep == "year" or len(parts) == 1:
        return str(y + years + (months // 12 if len(parts) == 1 else 0))
    m = int(parts[1]) + months
    y += years + (m - 1) // 12
    m = (m - 1) % 12 + 1
    return f"{y}-{m:02d}"


def counted(raw: str) -> bool:
    """ "four days before", "two years later" (not "… ago"): counted from a date told before."""
    m = _COUNTED.fullmatch(raw.strip())
    return bool(m) and m.group(3).lower() != "ago"  # type: ignore[union-attr]


def _counted(m: re.Match[str], base: str | None) -> str | None:
    """ "four days before" from the date told before, at the precision the count allows: days shift a day's date
    (a month's date stays the month it is), weeks likewise, months shift a month, years a year."""
    if not base:
        return None
    n = _count_of(m.group(1))
    unit = m.group(2).lower().rstrip("s")
    sign = 1 if m.group(3).lower() == "later" else -1
    parts = base.split("-")
    if unit == "year":
        return str(int(parts[0]) + sign * n)
    if unit == "month":
        return _shift(base, months=sign * n) if len(parts) > 1 else parts[0]
    if len(parts) < 3:  # "a week before" a month: that month (or the one before — not told)
        return "-".join(parts) if unit == "day" and n < 7 or len(parts) == 1 else None
    import datetime as dt

    d = dt.date(int(parts[0]), int(parts[1]), int(parts[2])) + dt.timedelta(days=sign * n * (7 if unit == "week"
                                                                                           else 1))
    return d.isoformat()


def resolve_relative(raw: str, published: str | None, anchor: str | None) -> str | None:
    """Resolve a relative expression against the publication date and the previous event's date."""
    r = raw.lower()
    py, pm, pd = _pub_parts(published)
    pub = published
    counted = _COUNTED.fullmatch(r.strip())
    if counted:
        return _counted(counted, published if counted.group(3) == "ago" else (anchor or published))
    if r in ("today", "currently", "now", "this week", "recently", "this past week", "tonight", "this morning"):
        if r in ("today", "tonight", "this morning"):
            return pub
        return f"{py}-{pm:02d}" if py and pm else (str(py) if py else None)
    day = r.split()[-1] if r else ""
    if day in WEEKDAYS:
        if not (py and pm and pd):
            return None
        import datetime as dt

        d = dt.date(py, pm, pd)
        back = (d.weekday() - WEEKDAYS.index(day)) % 7
        if r.startswith("last") and back == 0:
            back = 7
        if r.split()[0] in ("from", "until", "next", "by"):  # "exercises from Sunday to 10 September": ahead
            back = -((WEEKDAYS.index(day) - d.weekday()) % 7 or 7)
        return (d - dt.timedelta(days=back)).isoformat()
    if r == "last night":
        r = "yesterday"  # "Armenia last night accused Turkey …", in a paper of the 29th: the 28th
    if r in ("yesterday", "tomorrow"):
        if py and pm and pd:
            import datetime as dt

            d = dt.date(py, pm, pd) + dt.timedelta(days=-1 if r == "yesterday" else 1)
            return d.isoformat()
        return pub
    if r in ("this year", "earlier this year", "this past year"):
        return str(py) if py else None
    if r == "last year":
        return str(py - 1) if py else None
    if r == "next year":
        return str(py + 1) if py else None
    if r in ("last week", "over the weekend", "at the weekend", "last weekend", "this past weekend") and py and pm \
            and pd:
        import datetime as dt

        d = dt.date(py, pm, pd)  # the week before, or the last weekend before the day of writing: its month
        back = 7 if r == "last week" else (d.weekday() - 5) % 7 or 7
        return (d - dt.timedelta(days=back)).isoformat()[:7]
    if r in ("this month", "earlier this month", "last week", "this past month"):
        return f"{py}-{pm:02d}" if py and pm else None
    if r in ("last month", "next month") and py and pm:
        return _shift(f"{py}-{pm:02d}", months=-1 if r == "last month" else 1)
    base = anchor or pub
    if not base:
        return None
    if "month" in r:
        if len(base.split("-")) == 1:
            return base
        if "same" in r or "that" in r:  # ("later that month", "earlier that month"): the month told
            return "-".join(base.split("-")[:2])
        step = -1 if ("previous" in r or "preceding" in r or "earlier" in r or "before" in r) else 1
        return _shift(base, months=step)
    if "year" in r:
        if "same" in r or "that" in r:  # ("earlier that year", "that year"): the year told
            return base[:4]
        step = -1 if ("previous" in r or "preceding" in r or "earlier" in r or "before" in r) else 1
        return str(int(base[:4]) + step)
    if "day" in r:
        step = 1 if re.search(r"following|next|subsequent|after", r) else -1 if re.search(r"previous|before", r) else 0
        if step and re.fullmatch(r"\d{4}-\d\d-\d\d", base):
            import datetime as dt

            return (dt.date.fromisoformat(base) + dt.timedelta(days=step)).isoformat()  # "the following day"
        return base
    return None


_YEAR_HEADING = re.compile(r"^\s*#{1,6}\s*\**\s*((?:1[89]|20)\d\d)\s*\**\s*$", re.M)
_TITLE_YEAR = re.compile(r"^\s*((?:1[89]|20)\d\d)\b|\b(?:in|of|for)\s+((?:1[89]|20)\d\d)\b")


def topic_years(text: str, title: str | None) -> list[tuple[int, int]]:
    """(offset, year) pairs: the year a chronicle is about ("2017 in Georgia") from offset 0, then year headings.

    Month names without a year inside such a document belong to that year, not to the publication year.
    """
    out: list[tuple[int, int]] = []
    m = _TITLE_YEAR.search(title or "")
    if m:
        out.append((0, int(m.group(1) or m.group(2))))
    out.extend((h.start(), int(h.group(1))) for h in _YEAR_HEADING.finditer(text))
    return sorted(out)


def year_at(years: list[tuple[int, int]], offset: int) -> int | None:
    """The topic year in force at a character offset."""
    current = None
    for pos, y in years:
        if pos <= offset:
            current = y
    return current
