"""Stage `claims`: quantitative statements a fact-checker could check.

Requires: ``doc``, ``mentions``. Provides: ``ctx.claims``.

A number with a unit (percent, times, money, people, km, a rank word) opens a
claim; the words around it choose the measure (exports, imports, trade, partner
rank, people…), possessives and nationality words choose subject and partner,
and time expressions in the same sentence choose the period.
"""

from __future__ import annotations

import re
from typing import Any

from ..resolve.dates import find_times, topic_years, year_at
from .context import Context, Mention, sentence_of
from .evidence import Claim, Span

_WORDNUM = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10}
_SCALE = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
          "tn": 1e12}
_CURRENCY = {"$": "usd", "us$": "usd", "usd": "usd", "dollar": "usd", "dollars": "usd", "€": "eur", "eur": "eur",
             "euro": "eur", "euros": "eur", "£": "gbp", "gbp": "gbp", "pound": "gbp", "pounds": "gbp",
             "rouble": "rub", "roubles": "rub", "ruble": "rub", "rubles": "rub", "yuan": "cny", "rmb": "cny",
             "lari": "gel", "dram": "amd", "drams": "amd", "manat": "azn", "manats": "azn", "lira": "try"}
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORDNUM_RE = r"(?:" + "|".join(sorted(_WORDNUM, key=len, reverse=True)) + r")(?:[-\s](?:" + \
    "|".join(k for k in _WORDNUM if _WORDNUM[k] < 10) + r"))?"
_QUAL = [
    ("more_than", r"(?:more than|over|above|in excess of|upwards of|exceeding|greater than)"),
    ("less_than", r"(?:less than|under|below|fewer than)"),
    ("at_least", r"(?:at least|no less than|not less than|a minimum of)"),
    ("at_most", r"(?:at most|up to|no more than|not more than|a maximum of)"),
    ("approx", r"(?:nearly|almost|about|around|approximately|roughly|some|close to|an estimated|estimated|"
               r"approx\.?|circa|~)"),
]
_NUMBER_RE = re.compile(
    rf"(?P<cur>US\$|\$|€|£)?\s?(?P<num>{_NUM}|\b{_WORDNUM_RE}\b)(?:\s?(?P<scale>thousand|million|billion|trillion|"
    rf"mln|bn|tn)\b)?\s?(?P<unit>%|per\s?cent\b|percent\b|times\b|-fold\b|fold\b|km2\b|sq\.? ?km\b|square kilometres\b|"
    rf"square kilometers\b|km\b|kilometres\b|kilometers\b|miles\b|mi\b)?", re.I)
_MEASURE_WORDS = [
    ("export", re.compile(r"\bexport", re.I)),
    ("import", re.compile(r"\bimport", re.I)),
    ("trade", re.compile(r"\b(?:trade|turnover|trading)\b", re.I)),
    ("investment", re.compile(r"\binvest", re.I)),
    ("aid", re.compile(r"\b(?:aid|assistance|grant|donat)", re.I)),
    ("loan", re.compile(r"\b(?:loan|credit|lend)", re.I)),
]
_PEOPLE_NOUNS = re.compile(
    r"^(?:people|persons|individuals|nationals|citizens|civilians|soldiers|servicemen|troops|refugees|"
    r"migrants|fighters|militants|residents|children|women|men|victims|hostages|prisoners|officers|"
    r"police officers|protesters|journalists|peacekeepers|IDPs|internally displaced persons|displaced persons|"
    r"members|deaths|casualties|families|Armenians|Azerbaijanis|Georgians|Russians)\b", re.I)
_ABOUT_PEOPLE = [
    ("killed", re.compile(r"\b(?:kill|die|dead|death|fallen|perish|lost their lives|casualt)", re.I)),
    ("wounded", re.compile(r"\b(?:wound|injur)", re.I)),
    ("displaced", re.compile(r"\b(?:displaced|IDP|refugee|expelled|deport)", re.I)),
]
_RANK_RE = re.compile(
    r"\b(?:(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"[- ](?:biggest|largest|leading|main|top|greatest)|(?P<top>biggest|largest|leading|main|"
    r"top)|one of the (?:country's |\w+'s )?top (?P<topn>\w+))\b[^.;]{0,40}?\bpartner", re.I)
_STATEISH = re.compile(r"[A-Z]{3}|EU|NATO|EAEU|CIS|SCO|WEST|SCAUC")  # states and the groups that trade and lend
_NEAR_RE = re.compile(r"(?:nearly|almost|about|roughly|more than)\s*$")
_MULTIPLES = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0}
_MULTIPLE_RE = re.compile(r"\b(doubled|tripled|trebled|quadrupled)\b", re.I)
_SPAN_RE = re.compile(r"\b(?:from|between)\s+(\d{4})\s+(?:to|and|until)\s+(\d{4})\b")


def _to_number(s: str) -> float | None:
    s = s.strip().lower()
    if re.fullmatch(_NUM, s):
        return float(s.replace(",", ""))
    parts = re.split(r"[-\s]", s)
    total = 0.0
    for p in parts:
        if p not in _WORDNUM:
            return None
        total += _WORDNUM[p]
    return total


class ClaimStage:
    name: str = "claims"
    requires: tuple[str, ...] = ("doc", "mentions")
    provides: tuple[str, ...] = ("claims",)

    def __call__(self, ctx: Context) -> None:
        out: list[Claim] = []
        last_states: list[str] = []
        self._years = topic_years(ctx.text, ctx.source.title)
        self._main = _main_state(ctx)
        for sent in ctx.sentences():
            s0, s1 = ctx.span_chars(sent)
            text = ctx.text[s0:s1]
            self._times = find_times(text, ctx.published, year_at(self._years, s0))
            sent_mentions = [m for m in ctx.mentions if sent.start <= m.tok_start < sent.end]
            out.extend(self._ranks(ctx, sent, text, s0, sent_mentions, last_states))
            for mx in _MULTIPLE_RE.finditer(text):
                q = "approx" if _NEAR_RE.search(text[:mx.start()]) else "exact"
                measure = "trade_growth" if re.search(r"\btrade|turnover", text, re.I) else "other"
                subj, partner = _bilateral(sent_mentions, last_states) if measure == "trade_growth" else (
                    _first_state(sent_mentions) or self._main, None)
                out.append(Claim(measure, subj, partner, _MULTIPLES[mx.group(1).lower()], "times", q,
                                 self._period_near(text, mx.start()), Span(s0, s0 + len(text.rstrip())),
                                 about=_about(text) if measure == "other" else None))
            for m in _NUMBER_RE.finditer(text):
                claim = self._claim(ctx, sent, text, s0, m, sent_mentions, last_states)
                if claim is not None:
                    out.append(claim)
            for mm in sent_mentions:
                if mm.state and re.fullmatch(r"[A-Z]{3}", mm.state):
                    last_states.append(mm.state)
            last_states[:] = last_states[-12:]
        ctx.claims = out

    # -- one number ----------------------------------------------------------
    def _claim(self, ctx: Context, sent: Any, text: str, s0: int, m: re.Match[str],
               mentions: list[Mention], last_states: list[str]) -> Claim | None:
        raw = m.group("num")
        value = _to_number(raw)
        if value is None:
            return None
        unit_word = (m.group("unit") or "").lower()
        cur = m.group("cur")
        scale = m.group("scale")
        ns = m.start("cur") if cur else m.start("num")
        after = text[m.end():m.end() + 60]
        before = text[max(0, ns - 60):ns]
        if re.fullmatch(r"(1[89]|20)\d\d", raw) and not unit_word and not cur and not scale:
            return None  # a year
        if re.match(r"\s*(?:st|nd|rd|th)\b", after) or re.search(r"[A-Za-z/]$|\d[-/.]$|\]\s*$|\[$", before) or \
                re.match(r"[-/]\d|\.\d|\]", after) or (re.match(r"-[a-z]", after) and not unit_word):
            return None  # document codes (08-51845, 22/55, A/70/PV.22), reference marks [8], "16-year-old"
        if not re.search(r"[A-Za-z]{3,}", text):
            return None  # page headers
        cur_word = re.match(r"\s*(dollars?|euros?|pounds|roubles?|rubles?|yuan|lari|drams?|manats?|USD|EUR)\b",
                            after, re.I)
        if scale:
            value *= _SCALE[scale.lower()]
        qualifier = _qualifier(before)
        period = self._period_near(text, ns)
        window = text[max(0, m.start() - 120):m.end() + 120]
        span = Span(s0, s0 + len(text.rstrip()))
        if cur or cur_word:
            currency = _CURRENCY.get((cur or cur_word.group(1) if cur_word else "$").lower(), "usd")  # type: ignore
            measure = "other"
            c0, c1 = _clause_bounds(text, ns)
            clause_text = text[c0:c1]
            mentions = [mm for mm in mentions if c0 <= mm.start - s0 < c1] or mentions
            for name, rx in _MEASURE_WORDS:
                if rx.search(clause_text):
                    measure = {"export": "export_value", "import": "import_value", "trade": "trade_value",
                               "investment": "investment_value", "aid": "aid_value", "loan": "loan_value"}[name]
                    break
            subj, partner = _subject_partner(mentions, last_states, text, m.start())
            about = None if measure != "other" else _about(text)
            return Claim(measure, subj, partner, value, currency, qualifier, period, span, about=about)
        if unit_word in ("%", "per cent", "percent", "per  cent") or unit_word.startswith("per"):
            return self._share(ctx, text, m, value, qualifier, period, span, mentions, last_states)
        if unit_word in ("times", "-fold", "fold"):
            if re.match(r"\s*(?:a|per)\s+(?:day|week|month|year)|\s*daily|\s*weekly", after):
                return Claim("other", _first_state(mentions) or self._main, None, value, "count", qualifier, period,
                             span, about=_about(text))
            if not re.search(r"\b(?:grow|grew|grown|increas|rose|risen|expand|multipl|jump)", window, re.I):
                return None
            subj, partner = _bilateral(mentions, last_states)
            sp = _SPAN_RE.search(text)
            per = f"{sp.group(1)}/{sp.group(2)}" if sp else period
            measure = "trade_growth" if re.search(r"\btrade|turnover", window, re.I) else "other"
            return Claim(measure, subj, partner, value, "times", qualifier, per, span)
        if unit_word:
            unit = "km2" if ("2" in unit_word or "sq" in unit_word or "square" in unit_word) else (
                "mi" if unit_word.startswith("mi") else "km")
            measure = "area" if unit == "km2" else "distance"
            subj = _first_state(mentions) or (last_states[-1] if last_states else None)
            return Claim(measure, subj, None, value, unit, qualifier, period, span, about=_about(text))
        frac = re.match(r"\s+(thirds?|fifths?|quarters?|fourths?|tenths?)\b", after)
        den = {"third": 3, "fifth": 5, "quarter": 4, "fourth": 4, "tenth": 10}.get(frac.group(1).rstrip("s"), 0) \
            if frac else 0
        if frac and raw.lower() in _WORDNUM and value < den:
            subj = _first_state(mentions) or self._main
            return Claim("other", subj, None, round(100 * value / den, 2), "percent", qualifier, period, span,
                         about=_about(text))
        # a bare count: people, or nothing we can check
        follow = re.match(r"\s*(?:of\s+(?:the\s+|them\s+|its\s+|their\s+)?)?((?:[A-Z][a-z]+\s+)?[\w-]+(?:\s+\w+)?)",
                          after)
        noun_phrase = follow.group(1) if follow else ""
        people = _PEOPLE_NOUNS.search(noun_phrase) or re.match(r"\s*(?:[A-Z]\w+\s+)?(?:nationals|citizens|people)",
                                                               after)
        of_them = re.match(r"\s*of them\b", after)
        if not (people or of_them or (raw[0].isupper() and re.search(r"\bhave fallen|were killed", after))):
            return self._count(ctx, text, m, after, value, qualifier, period, span, mentions, raw)
        if value < 2 and not raw.isdigit():
            return None
        subj = _nationality(ctx, sent, text, m, mentions)
        if subj is None and of_them and last_states:
            subj = last_states[-1]
        if subj is None and ctx.speaker and re.search(r"\b(?:our|my|we)\b", text, re.I):
            subj = ctx.speaker
        about = None
        for label, rx in _ABOUT_PEOPLE:
            if rx.search(window):
                about = label
                break
        about = about or _about(text[m.start():])
        return Claim("people_count", subj, None, value, "people", qualifier, period, span, about=about)

    def _share(self, ctx: Context, text: str, m: re.Match[str], value: float, qualifier: str,
               period: str | None, span: Span, mentions: list[Mention], last_states: list[str]) -> Claim:
        window_after = text[m.end():m.end() + 90]
        window = text[max(0, m.start() - 90):m.end() + 90]
        kind = None
        for name, rx in _MEASURE_WORDS[:3]:
            if rx.search(window_after) or rx.search(window):
                kind = name
                break
        if kind is None:
            subj = _first_state(mentions) or (last_states[-1] if last_states else None)
            return Claim("other", subj, None, value, "percent", qualifier, period, span, about=_about(text))
        measure = f"{kind}_share"
        # whose exports: "of Georgian exports", "of China's total trade"
        subj = _possessor(mentions, text, m.end(), ctx)
        partner = None
        before_states = [mm.state for mm in mentions if mm.start - span.start < m.start() and mm.state]
        for st in reversed(before_states):
            if st != subj and st is not None and _STATEISH.fullmatch(st):
                partner = st
                break
        if partner is None:
            partner = next((st for st in reversed(last_states) if st != subj), None)
        scope = None
        if re.search(r"\bwith the region\b|\bin the region\b|\bregion's\b", window_after):
            scope = ["ARM", "AZE", "GEO"]
        return Claim(measure, subj, partner, value, "percent", qualifier, period, span, scope=scope)

    def _count(self, ctx: Context, text: str, m: re.Match[str], after: str, value: float, qualifier: str,
               period: str | None, span: Span, mentions: list[Mention], raw: str) -> Claim | None:
        """ "11 airports", "four resolutions", "90,000 new jobs", "2 trillion cubic metres": a count of things."""
        noun = re.match(r"\s*(?:[a-z-]+\s+){0,2}?([a-z]+s)\b", after)
        colon = bool(re.search(r":\s*$", text[:m.start("num")]))  # table rows: "Total: 10"
        if (value < 2 or (value < 3 and not raw[0].isdigit())) and not colon:
            return None
        if noun is None and not colon and not (raw[0].isdigit() and "," in raw):
            return None
        if noun is not None and noun.group(1) in _NOT_COUNTED:
            return None
        if re.match(r"\s*(?:m|ft|feet|foot|metres|meters|kg|tons|tonnes|mw|kw|kwh|gw|hectares|ha|°)\b", after, re.I):
            return None  # a measurement, not a count
        if re.search(r"(?:\bthe|\bits|\btheir|['’]s|\bthese|\bthose|\ball|\bboth|\btop|\bour|\bmy)\s+$",
                     text[:m.start("num")]):
            return None  # a definite description ("the three countries", "top ten"), not a new figure
        subj = _first_state(mentions) or self._main
        return Claim("other", subj, None, value, "count", qualifier, period, span, about=_about(text))

    def _period_near(self, text: str, pos: int) -> str | None:
        """The period of a figure: a "from Y1 to Y2" span in the sentence, else the time expression nearest to it."""
        sp = _SPAN_RE.search(text)
        if sp:
            return f"{sp.group(1)}/{sp.group(2)}"
        best: tuple[int, str] | None = None
        for t in self._times:
            if t.kind in ("relative", "span") or not t.value:
                continue
            d = t.start - pos if t.start >= pos else (pos - t.end) * 1.5  # prefer the date after the number
            if best is None or d < best[0]:
                best = (int(d), t.value[:7])
        return best[1] if best else None

    # -- ranks ---------------------------------------------------------------
    def _ranks(self, ctx: Context, sent: Any, text: str, s0: int, mentions: list[Mention],
               last_states: list[str]) -> list[Claim]:
        out: list[Claim] = []
        for m in _RANK_RE.finditer(text):
            if m.group("ord"):
                o = m.group("ord").lower()
                value = float(_ORDINAL.get(o, int(re.sub(r"\D", "", o) or 0)))
                qualifier = "exact"
            elif m.group("topn"):
                n = _to_number(m.group("topn"))
                if n is None:
                    continue
                value, qualifier = n, "at_most"
            else:
                value, qualifier = 1.0, "exact"
            window = text[max(0, m.start() - 80):m.end() + 40]
            kind = "trade"
            if re.search(r"\bexport", window, re.I):
                kind = "export"
            elif re.search(r"\bimport", window, re.I):
                kind = "import"
            states = [mm for mm in mentions if mm.state and _STATEISH.fullmatch(mm.state)]
            partner = None
            subj = None
            # "China is Armenia's second-biggest partner": partner = the clause subject, subject = the possessor
            pos = [mm for mm in states if ctx.text[mm.end:mm.end + 2] in ("'s", "’s") and mm.start - s0 < m.start()]
            if pos:
                subj = pos[-1].state
            elif re.search(r"the country's|its\b", text[max(0, m.start() - 30):m.end()]):
                others = [mm.state for mm in states if mm.state]
                subj = next((st for st in reversed(others + last_states) if st and st != (
                    states[0].state if states else None)), None)
            for mm in states:
                if mm.state != subj and mm.start - s0 < m.start():
                    partner = mm.state
                    break
            if subj is None and states:
                subj = next((mm.state for mm in states if mm.state != partner), None)
            if subj is None:
                continue
            if partner == subj:
                partner = None
            period = self._period_near(text, m.start())
            out.append(Claim(f"{kind}_partner_rank", subj, partner, value, "rank", qualifier, period,
                             Span(s0, s0 + len(text.rstrip()))))
        return out


_NOT_COUNTED = {"years", "months", "weeks", "days", "decades", "centuries", "times", "pages", "paragraphs", "ones",
                "others", "sessions", "was", "is", "has", "does", "its", "this", "thus", "us", "as"}


def _main_state(ctx: Context) -> str | None:
    """The state a document is mostly about: the speaker's, else the most mentioned state."""
    if ctx.speaker and re.fullmatch(r"[A-Z]{3}", ctx.speaker):
        return ctx.speaker
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        if m.state and re.fullmatch(r"[A-Z]{3}", m.state) and m.role != "pronoun":
            counts[m.state] = counts.get(m.state, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


_CLAUSE_BREAK = re.compile(r";\s|:\s|,\s+(?:and|but|while|whereas)\s|\s+—\s")


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause of the sentence that holds position ``pos`` (split at ";", ":", ", and", ", while", " — ")."""
    start, end = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _qualifier(before: str) -> str:
    tail = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", before)[-40:].lower()  # Markdown links: "[more](#) than"
    for name, rx in _QUAL:
        if re.search(rx + r"\s*(?:the\s+)?(?:US\$|\$|€|£)?\s*$", tail):
            return name
    return "exact"


def _subject_partner(mentions: list[Mention], last_states: list[str], text: str,
                     pos: int) -> tuple[str | None, str | None]:
    """For money figures: the first state named in the sentence is the subject, the next one the partner."""
    named = list(dict.fromkeys(m.state for m in mentions if m.state and _STATEISH.fullmatch(m.state)))
    if not named:
        return (last_states[-1] if last_states else None), None
    # the state the money is about (where it goes) first; a group (EU) only when no state is named
    states = [x for x in named if re.fullmatch(r"[A-Z]{3}", x)] or named
    subject = states[0]
    partner = next((x for x in named if x != subject), None)
    return subject, partner


def _first_state(mentions: list[Mention]) -> str | None:
    for m in mentions:
        if m.state and re.fullmatch(r"[A-Z]{3}", m.state):
            return m.state
    return None


def _bilateral(mentions: list[Mention], last_states: list[str]) -> tuple[str | None, str | None]:
    """Subject and partner of bilateral figures: the smaller state is the subject, the power the partner."""
    states = [m.state for m in mentions if m.state and _STATEISH.fullmatch(m.state)]
    pool = list(dict.fromkeys(states + list(reversed(last_states))))[:2]
    if not pool:
        return None, None
    if len(pool) == 1:
        return pool[0], None
    powers = ["USA", "CHN", "RUS", "DEU", "FRA", "GBR", "JPN", "IND", "TUR", "IRN"]
    a, b = pool
    if a in powers and (b not in powers or powers.index(a) < powers.index(b)):
        return b, a
    return a, b


def _possessor(mentions: list[Mention], text: str, after: int, ctx: Context) -> str | None:
    """The state whose total a share is of: the first state named after the number."""
    for m in mentions:
        if m.state and re.fullmatch(r"[A-Z]{3}", m.state):
            offs = m.start - _sent_start(ctx, m)
            if offs >= after:
                return m.state
    return None


def _sent_start(ctx: Context, m: Mention) -> int:
    return ctx.offset + sentence_of(ctx.doc, m.tok_start).start_char


def _nationality(ctx: Context, sent: Any, text: str, num: re.Match[str], mentions: list[Mention]) -> str | None:
    """Whose people: "900 people from Azerbaijan", "200 Georgian nationals", "Thirty-two of them (Georgians)"."""
    s0 = ctx.offset + sent.start_char
    lo, hi = s0 + num.start(), s0 + num.end()
    best: tuple[int, str] | None = None
    for m in mentions:
        if not (m.state and re.fullmatch(r"[A-Z]{3}", m.state)):
            continue
        if m.start >= hi and m.start - hi <= 25:
            d = m.start - hi
        elif m.end <= lo and lo - m.end <= 3:
            d = lo - m.end
        else:
            continue
        if best is None or d < best[0]:
            best = (d, m.state)
    if best:
        return best[1]
    return None


def _about(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip())[:80]
