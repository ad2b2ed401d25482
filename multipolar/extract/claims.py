"""Stage `claims`: quantitative statements a fact-checker could check.

Requires: ``doc``, ``mentions``. Provides: ``ctx.claims``.

A number with a unit (percent, times, money, people, km, a rank word) opens a
claim; the words around it choose the measure (exports, imports, trade, partner
rank, people…), possessives and nationality words choose subject and partner,
and time expressions in the same sentence choose the period.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from typing import Any

from ..domain import is_state_code, is_state_or_group
from ..resolve.dates import SINCE_BEFORE, find_times, topic_years, year_at
from . import numbers as N
from .context import GENERAL_DEBATE, Context, Mention, sentence_of
from .currency import ISSUER, currency_after, currency_named, currency_prefix, pounds_of_weight
from .currency import PREFIX_RE as CURRENCY_PREFIX
from .currency import QUALIFIER as CURRENCY_QUALIFIER
from .evidence import Claim, Span

_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
            "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20}
_QUAL = [  # "not less than" is at least, "no more than" at most: those first
    ("at_least", r"(?:at least|no less than|not less than|no fewer than|not fewer than|a minimum of)"),
    ("at_most", r"(?:at most|up to|no more than|not more than|a maximum of)"),
    ("more_than", r"(?:more than|over|above|in excess of|upwards of|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|"
                  r"topped|tops|greater than)"),
    ("less_than", r"(?:less than|under|below|fewer than)"),
    ("approx", r"(?:nearly|almost|about|around|approximately|roughly|some|close to|an estimated|estimated|"
               r"approx\.?|circa|~)"),
]
_NUMBER_RE = re.compile(
    rf"(?P<cur>{CURRENCY_PREFIX})?\s?(?P<num>{N.DIGITS}|\b{N.SPELLED}\b){N.SCALE}?\s?"
    rf"(?P<unit>%|per\s?cent\b|percent\b|times\b|-fold\b|fold\b|km2\b|km²|sq\.? ?km\b|square kilomet(?:re|er)s\b|"
    rf"mi2\b|mi²|sq\.? ?mi(?:les?)?\b|square miles?\b|-?(?:km|kilomet(?:re|er)s?|miles?)\b|mi\b)?", re.I)
#: a deal for a number of things ("signed a contract with France … for 36 howitzers")
_DEAL_FOR = re.compile(r"\b(?:contracts?|deals?|orders?|agreements?|purchases?)\b[^.;]*\bfor\s+(?:up to\s+|some\s+|"
                       r"about\s+|another\s+|a further\s+)?$", re.I)
#: a total broken down into parts, the parts told after a dash, colon or bracket ("46,000 — over 40,000 in …")
_BREAKDOWN = re.compile(r"(?:—|–|\(|:|\bincluding\b|\bof (?:them|whom)\b)\s*(?:[\w$€£]+\s+){0,3}$")
_MEASURE_WORDS = [
    ("export", re.compile(r"\bexport(?!-import\s+bank)", re.I)),  # (not a lender's name: "the Export-Import Bank")
    ("import", re.compile(r"(?<!export-)\bimport(?!an)", re.I)),  # (not "importance", "important")
    ("trade", re.compile(r"\b(?:trade|turnover|trading)\b", re.I)),
    ("investment", re.compile(r"\binvest|\bstakes?\b|\bpoured\b|\b(?:sunk|sank|ploughed|plowed|put)\b(?=[^.;]{0,60}"
                              r"\binto\b)|\bacqui(?:red|sition)\b", re.I)),
    ("aid", re.compile(r"\b(?:aid|assistance|grant|donat|funding\b|(?<!sanctions )(?<!debt )relief\b|"
                       r"(?:financial|economic|support|aid|assistance)\s+"
                       r"package)",
                       re.I)),
    ("loan", re.compile(r"\b(?:loan|credit|lend|lent\b|borrow|bail-?out|rescue\s+package|owe[sd]?\b|owing\b)",
                        re.I)),
]
# money that changes hands in a sale is a flow of goods: "sold gas worth $3bn to Italy" (an export), "bought drones
# worth $1bn from Israel" (an import) — for money figures only, never for shares ("sold a 20% stake")
_SALE_WORDS = [
    ("export", re.compile(r"\b(?:sold|sells?|selling|sales\s+to|shipped|ships|supplied|supplies)\b", re.I)),
    ("import", re.compile(r"\b(?:bought|buys?|buying|purchased|purchases?|purchasing)\b", re.I)),
]
#: a price or rate: money per unit ("$3.75 an hour", "$132/kWh", "$7,000 per kid", "80 euros a barrel")
_PER_UNIT = re.compile(r"\s*(?:/\s?|per\s+|an?\s+(?=(?:hour|day|week|month|year|night|head|person|barrel|tonne|ton|"
                       r"litre|liter|gallon|share|kilo|kilogram|pound|unit|dose|seat|ticket)\b"
                       r"(?!\s+(?:later|earlier|ago|before|after|on)\b)))([A-Za-z][A-Za-z]*)\b")
# ("released €10.2 billion a year later": a time, no rate)
#: a rate per unit of time is still a flow's worth ("trade of $5bn a year"); per unit of goods it is a price
_RATE_OF_TIME = frozenset({"hour", "day", "week", "month", "year", "annum", "night", "quarter"})
#: a sentence that points back at an event told before ("In that attack", "during those clashes", "the same day")
_BACK_TO_EVENT = re.compile(r"\b(?:that|those|the\s+same)\s+(?:\w+\s+)?(?:attacks?|war|offensive|assaults?|day|"
                            r"clash(?:es)?|fighting|operations?|incidents?|bombardments?|shelling|escalation|strikes?|"
                            r"raids?|battles?|massacre|hostilities|events?|elections?|vote|referendum|summit)\b", re.I)
#: the count of the United Nations' membership ("the number of Member States grew from 51 to 193")
_MEMBERSHIP = re.compile(r"\bnumber\s+of\s+(?:the\s+)?(?:United\s+Nations\s+|UN\s+)?"
                         r"(?:Member\s+States|States\s+Members|[Mm]embers|member\s+states)\b")
#: a state word that begins the name of a sea or landform is no state ("the Indian Ocean", "the South China Sea")
_SEA_NAME = re.compile(r"\s+(?:Ocean|Sea|Gulf|Peninsula|Subcontinent|Basin|Plateau|Desert)\b")
_SALE_VERB = re.compile(r"(?:sold|sells?|selling|sales|shipped|ships|supplied|supplies|bought|buys?|buying|"
                        r"purchased|purchases?|purchasing)", re.I)


#: a figure given again in other units, in brackets right after it: "17 km (11 mi)", "$2.1bn (€1.9bn)"
_CONVERTED = re.compile(r"\s*(?:[A-Za-z%]{1,12}\.?)?\s*\(\s*(?:about|some|around|approx\.|c\.|roughly|nearly|almost|"
                        r"over|more than|less than)?\s*[$€£¥]?")
_CONVERTED_AFTER = re.compile(r"\s*(?:[A-Za-z%]{1,12}\.?)?\s*\)")


def _states_trade(ctx: Context, sent: Any, s0: int, c0: int, c1: int, mentions: list[Mention]) -> bool:
    """A sale or purchase is a flow of goods between states only when a state sells or buys: the verb's subject (or
    the subject of the verb it completes: "raised $20m to buy drones"), its agent, its indirect object or its "to" /
    "from" object names a state ("Russia sold gas worth $3bn to Italy", "Chinese firms bought …"). A company, a
    person or a household selling ("insiders sold $500m in stock", "a Ukrainian TV host raised $20m to buy …") is
    no export or import."""
    for t in sent:
        rel = ctx.char(t.i) - s0
        if not (c0 <= rel < c1) or not _SALE_VERB.fullmatch(t.text):
            continue
        toks: set[int] = set()
        v = t
        for _ in range(3):
            for ch in v.children:
                if ch.dep_ in ("nsubj", "nsubjpass", "agent", "dative", "iobj", "poss") or (
                        ch.dep_ == "prep" and ch.lower_ in ("to", "from", "by", "into")) or (
                        v.pos_ == "NOUN" and ch.dep_ in ("amod", "compound")):
                    toks |= {x.i for x in ch.subtree}
            if any(ch.dep_ in ("nsubj", "nsubjpass") for ch in v.children) or v.head.i == v.i:
                break
            v = v.head
        for mm in mentions:
            if mm.tok_start in toks and mm.state and is_state_or_group(mm.state):
                head = ctx.doc[mm.tok_end - 1].head
                if mm.role == "demonym" and head.i != mm.tok_end - 1 and head.tag_ in ("NN", "NNP"):
                    continue  # "a Ukrainian TV host": a person of a state, not the state
                return True
    return False


#: a sum aimed at ("set a target of $3bn", "the goal of raising trade to $5 billion")
_TARGET = re.compile(r"\b(?:target|goal|aim|objective)\s+of\s+(?:(?:raising|increasing|bringing|boosting|lifting)"
                     r"\s+[\w\s-]{0,40}?\bto\s+)?(?:some\s+|about\s+|around\s+)?(?:US)?[$€£]?\s*$", re.I)
#: a state's population told before its size ("Kazakhstan's population of some 19.8 million")
_POPULATION_OF = re.compile(r"['’]s?\s+population\s+of\s+(?:(?:some|about|around|nearly|almost|roughly|over|"
                            r"more\s+than|just\s+under|just\s+over)\s+)?$", re.I)
#: a figure told as of some years before the year told ("… two years earlier")
_YEARS_EARLIER = re.compile(r"\s*(?:\w+\s+){0,2}?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                            r"years?\s+(?:earlier|before|previously)\b", re.I)
_PEOPLE_NOUNS = re.compile(
    r"^(?:people|persons|individuals|nationals|citizens|civilians|soldiers|servicemen|troops|refugees|"
    r"migrants|fighters|militants|residents|children|women|men|victims|hostages|prisoners|officers|"
    r"police officers|protesters|journalists|peacekeepers|IDPs|internally displaced persons|displaced persons|"
    r"members|deaths|casualties|families|service\s*members|airmen|sailors|seamen|marines|pilots|crew\s*members|"
    r"colleagues|employees|engineers|doctors|nurses|teachers|students|pilgrims|tourists|diplomats|volunteers|"
    r"detainees|demonstrators|U\.S\.\s+(?:service\s*members|troops|soldiers|forces|"
    r"personnel|citizens|nationals)|(?-i:[A-Z][a-z]+(?:ans|is|ese))(?!\s+(?:[a-z-]+\s+)?[a-z]{3,}s\b)|"
    r"(?-i:Jews|Kurds|Turks|Tajiks|Uzbeks|Kazakhs|Turkmens|Uyghurs|Uighurs|Poles|Greeks|Arabs|Serbs|Croats|Czechs|"
    r"Slovaks|Swedes|Finns|Danes|Balts|Scots|Roma|Kyrgyz)(?!\s+[a-z]{3,}s\b))\b", re.I)
#: a force counted after it is named ("Turkish troops, numbering some 35,000")
_COUNTED_FORCE = re.compile(r"\b(?:troops|soldiers|forces|servicemen|personnel|contingent|refugees)\s*,?\s*"
                            r"(?:numbering|totall?ing)\s+(?:(?:some|about|around|roughly|nearly|almost|over|"
                            r"more than)\s+)?$", re.I)
# (a people by nationality: "40 Armenians", not "400 Chinese companies")
# "10 Georgian and one Iranian nationals", "two Russian tourists": people of a nationality
_NATIONALS = re.compile(r"\s*[A-Z][a-z]+(?:\s+and\s+(?:[\w-]+\s+)?[A-Z][a-z]+)?\s+(?:nationals|citizens|tourists|"
                        r"soldiers|servicemen|civilians|journalists|people|pilgrims|workers|students|peacekeepers|"
                        r"troops|prisoners|hostages|refugees|fighters|diplomats|officials|airmen|sailors|pilots|"
                        r"colleagues|engineers|employees|crew\s*members)\b")
_PEOPLE_WORDS = frozenset(
    "people persons individuals nationals citizens civilians soldiers servicemen troops refugees migrants fighters "
    "militants residents children women men victims hostages prisoners officers policemen protesters demonstrators "
    "journalists peacekeepers idps deaths casualties families gunmen attackers assailants suspects tourists pilgrims "
    "workers students activists detainees inmates officials diplomats volunteers mercenaries rebels insurgents "
    "combatants servicemembers personnel patients cases voters lawmakers deputies mps members cartographers "
    "researchers teachers doctors nurses farmers miners drivers passengers migrants employees detainees "
    "soldiers sailors pilots crew evacuees deportees lives boys girls teenagers schoolboys schoolgirls schoolchildren "
    "pupils youths adults babies infants relatives pensioners seafarers fishermen kids teens visitors travellers "
    "travelers emigrants immigrants expatriates graduates inhabitants arrivals "
    # ranks, offices and fighters named by what they do
    "generals colonels commanders lieutenants sergeants justices judges senators legislators ministers invaders "
    "occupiers separatists gunmen conscripts recruits reservists guards marines paratroopers instructors advisers "
    "advisors contractors specialists experts engineers trainers operatives agents spies "
    # those a mission is counted in ("a mission of some 40 observers", "around 100 staff")
    "observers monitors inspectors staff rescuers "
    # peoples whose names do not end like "Armenians" ("30,000 Jews", "some 2 million Kurds")
    "jews kurds turks tajiks uzbeks kazakhs turkmens uyghurs uighurs poles greeks arabs serbs croats czechs slovaks "
    "swedes finns danes balts scots".split())
_NOT_ADJ = frozenset("of in to and or from which that who were are was is have has had with for by on at as".split())


#: words that end like people nouns ("refugees", "activists") and are not people
_NOT_PEOPLE_EES = frozenset("degrees fees trees committees guarantees decrees pedigrees jamborees levees "
                            "dungarees marquees soirees toffees coffees".split())


#: machines counted, never people ("six Chinese Y-20 transport aircraft", "40 T-72 tanks")
_EQUIPMENT = re.compile(r"\s*(?:[A-Z][\w-]*\s+|[\w]+-\d+\w*\s+|(?:transport|combat|fighter|military|attack|cargo|"
                        r"armou?red|unmanned|surface-to-air|air-defen[cs]e|patrol|naval|used|new|modern|"
                        r"self-propelled|multiple)\s+){0,4}"
                        r"(aircraft|jets?|planes?|helicopters?|drones?|tanks?|ships?|warships?|vessels?|boats?|"
                        r"missiles?|rockets?|vehicles?|trucks?|batteries|systems?|howitzers?|launchers?)\b")


def _people_head(after: str) -> bool:
    """The figure counts people when one of the next three words is a people noun before any preposition or verb
    ("Three gunmen", "two 16-year-old suspects", "40 local residents")."""
    words = re.findall(r"[\w-]+", re.split(r"[,;:()]|\s[-–—]\s", after[:60])[0])  # not past a comma
    for i, w in enumerate(words[:3]):
        if re.fullmatch(r"[A-Z][a-z]+(?:ans|is)", w):
            return True  # a people named by nationality: "Chileans", "Azerbaijanis"
        w = w.lower()
        if w in _PEOPLE_WORDS or (re.fullmatch(r"[a-z]{3,}(?:ists|ians|ees)", w) and w not in _NOT_PEOPLE_EES):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if re.fullmatch(r"[a-z]{3,}[^s]s", nxt) and nxt not in _PEOPLE_WORDS and \
                    not re.search(r"(?:ists|ians|ees|ers|ors)$", nxt):
                return False  # the people word names a kind of thing: "three crew flights", "40 refugee boats"
            return True
        if w in _NOT_ADJ:
            return False
    return False


# a figure that is itself the people: "about 40,000 displaced", "21 are injured", "12 were reported killed"
_PEOPLE_STATE = re.compile(
    r"\s*(?:(?:were|are|was|have been|had been|being)\s+(?:reportedly\s+|reported\s+|confirmed\s+|also\s+)?)?"
    r"(?:displaced|killed|dead|wounded|injured|missing|detained|arrested|evacuated|homeless|displaced|uprooted|"
    r"executed|abducted|kidnapped|deported|expelled|eliminated|neutrali[sz]ed|liquidated|"
    # ("8 hospitalized", "3 shot", not "3 shot glasses")
    r"(?:hospitali[sz]ed|shot|stabbed|hurt|rescued|trapped)(?!\s+(?:glass|gun|put)|\s+[a-z]+s\b))\b", re.I)
_ABOUT_PEOPLE = [
    ("killed", re.compile(r"\b(?:kill|die|dead|death|fallen|perish|lost their lives|casualt|claim\w* the lives|toll|"
                          r"eliminat|neutrali[sz]|liquidat)",
                          re.I)),
    ("wounded", re.compile(r"\b(?:wound|injur|hospitali[sz]ed\b|shot\b(?!\s+(?:glass|gun|put)|\s+[a-z]+s\b)|stabbed\b)",
                           re.I)),
    ("displaced", re.compile(r"\b(?:displaced|IDP|refugee|expelled|deport|fled|flee|fleeing|evacuat|uprooted|"
                             r"forced (?:out|from)|left their homes)", re.I)),
]
# the partner words: a trading partner, an export market or destination, an import supplier or source
_PARTNER_WORD = r"(?:partner|market|destination|buyer|customer|supplier|source\s+of\s+(?:[\w-]+['’]s\s+)?imports)"
_RANK_RE = re.compile(
    r"\b(?:(?:one of|among|(?P<outside>outside)(?: of)?|within) (?:the |its |their |[\w-]+['’]s )*(?:\w+\s+)?"
    r"top (?P<topn>\w+)|"
    r"(?:one of|among|outside(?: of)?) (?:the |its |their |[\w-]+['’]s )*(?P<nbig>two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+) "
    r"(?:biggest|largest|leading|main|top|greatest)|"
    r"(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|"
    r"six|seven|eigh|nine)teenth|twentieth|\d+(?:st|nd|rd|th))"
    r"(?:[- ](?:biggest|largest|leading|main|top|greatest|(?=(?:trading|trade|export|import)\s))|"
    r"(?=\s+among\s+[\w-]+['’]s\s+(?:trading|trade|export|import))|"  # ("ranked ninth among X's trading partners")
    r"(?=\s+place\s+(?:among|in)\s+[\w-]+['’]s\s+))|"  # ("slipped to second place among Turkey's suppliers")
    r"(?P<top>biggest|largest|leading|main|top))\b[^.;]{0,40}?\b" + _PARTNER_WORD, re.I)
# ("Mongolia is Russia's 40th trading partner": an ordinal right before the kind of partner)
_NEAR_RE = re.compile(r"(?:nearly|almost|about|roughly|more than)\s*$")
# the state a multiple compares with: "five times that of India", "more than Chile", "as much as Peru"
_THAN = re.compile(r"\b(?:than|as|that\s+of|those\s+of)\s+(?:the\s+)?(?:\w+\s+)?$")
_MULTIPLES = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "twofold": 2.0, "threefold": 3.0,
              "fourfold": 4.0, "fivefold": 5.0, "sixfold": 6.0, "sevenfold": 7.0, "eightfold": 8.0, "ninefold": 9.0,
              "tenfold": 10.0, "twentyfold": 20.0, "hundredfold": 100.0}
_MULTIPLE_RE = re.compile(r"\b(doubled|tripled|trebled|quadrupled|"
                          r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)fold)\b", re.I)
_RANGE_RE = re.compile(r"(?:\s?[-–]\s?|\s*\bor\s+)(?:US\$|\$|€|£)?\d[\d,.]*"
                       r"(?:\s?(?P<scale>million|billion|thousand|trillion|bn)\b|"
                       r"(?:m|mn|k)\b)?\s?(?P<unit>%|per\s?cent\b|percent\b)?")
#: the upper end of "between X and Y" people
_BETWEEN_AND = re.compile(r"\s*and\s+\d[\d,.]*")
_RANGE_END = re.compile(r"(?<![\d/.-])[1-9][\d,.]*(?:m|mn|bn|k|%)?(?:\s?[-–]\s?|\s+or\s+)(?:US\$|\$|€|£)?$")
_LIST_FIRST = re.compile(r"\b\d[\d,.]*\s+(places|points|positions|seats|notches|spots)\s+(?:in|for|on)\b[^.;]*$",
                         re.I)
_STEP_UNITS = {"places", "points", "positions", "seats", "notches", "spots"}
_TIMELESS = {"area", "distance"}
#: a superlative whose "since YEAR" is the comparison's base ("the lowest level since 1969"), not the figure's period
_SUPERLATIVE = (r"\b(?:lowest|highest|largest|biggest|smallest|strongest|weakest|fastest|slowest|worst|best|first|"
                r"most|least|record)\b")
#: words that carry a past-tense figure up to the time of writing ("Since then, 40 were killed", "so far")
_UP_TO_NOW = re.compile(r"\b(?:since|so\s+far|to\s+date|thus\s+far|until\s+now|up\s+to\s+now|now|today|"
                        r"currently|still)\b", re.I)
#: words of people harmed or held, after which members of a body are people counted ("two MPs were arrested")
_HARMED = re.compile(r"\b(?:kill\w*|died|dead|wound\w*|injur\w*|arrest\w*|detain\w*|jail\w*|sentenc\w*|"
                     r"abduct\w*|kidnap\w*|shot|beaten|expell\w*|sanction\w*)\b", re.I)
#: land held or taken: an area occupied, controlled, seized or freed is a figure of its time, not geography
_HELD_LAND = re.compile(r"\b(?:occup\w*|control\w*|seiz\w*|captur\w*|liberat\w*|annex\w*|recaptur\w*|"
                        r"retak\w*|retook|lost|held|hold|holds|holding)\b", re.I)
_CLOCK_UNITS = {"hours", "minutes", "seconds"}
#: states listed as each doing what the figure measures ("Estonia, Latvia and Lithuania each spend 3%")
_EACH = re.compile(r"(?:[A-Z][\w-]+(?:\s[A-Z][\w-]+)?,\s+)*[A-Z][\w-]+(?:\s[A-Z][\w-]+)?,?\s+and\s+(?:the\s+)?"
                   r"[A-Z][\w-]+(?:\s[A-Z][\w-]+)?\s+each\b[^.;,]*$")
#: a share of the public polled ("70 per cent of respondents", "60% of Serbians surveyed")
_POLLED = re.compile(r"\s*(?:%|per\s?cent|percent)?\s*of\s+(?:the\s+)?(?:(?P<dem>[A-Z][\w-]+)\s+)?(?:respondents|"
                     r"(?:those|people|adults|citizens|voters)\s+(?:polled|surveyed|asked|questioned)|"
                     r"polled|surveyed)\b")
#: a line of a bulleted or numbered list ("- Ishenim: 12.3%, 12 seats", "2. Yntymak: 9.6%")
_LIST_ITEM = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])\s+")
_TIME_UNITS = _CLOCK_UNITS | {"years", "months", "weeks", "days", "decades"}
#: nouns after which a number is a quantity, not a label ("a population 3 …", "a total 40 …")
_NOT_LABEL = frozenset("total population number sum amount rate toll tally count figure score share age aged".split())
_CHECKED = ("trade_", "export_", "import_")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: months as news writes them short ("Jan. 6", "Nov 11th"): capitalised, with or without a full stop
_MONTHS_SHORT = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_NOT_A_NAME = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "In", "On", "By", "Some", "About", "Around", "Nearly", "Almost", "Over",
               "Only", "Just", "All", "The", "Of", "At", "For", "With", "And", "But", "Than", "Had", "Has", "Have",
               "Were", "Are", "Was", "Is", "Since", "Until", "From", "To", "Between", "Among", "Including", "Total",
               "Roughly", "Approximately", "Estimated", "Least", "Most", "Up", "Under", "Below", "Above", "Another",
               "US", "U.S.", "Every", "Each", "After", "Before", "During", "Last", "Within", "Across"}
#: a flow said to be between two states told of elsewhere: "bilateral trade", "trade between the two"
_BETWEEN_THE_TWO = re.compile(r"\bbetween (?:the|our) two\b", re.I)
_BILATERAL = re.compile(rf"\b(?:bilateral|two-way)\b|{_BETWEEN_THE_TWO.pattern}", re.I)
_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:rose|rise[sn]?|rising|grew|grow(?:s|n|ing)?|increas\w*|decreas\w*|fell|falls?|fallen|falling|dropp\w*|"
    r"drops?|declin\w*|jump\w*|shr[ai]nk\w*|contract\w*|plung\w*|plummet\w*|surg\w*|soar\w*|slump\w*|"
    r"(?<!\bmade )(?<!\bmakes )(?<!\bmake )(?<!\bmaking )up|down|"
    r"higher|lower|growth|increase|decrease|decline|drop|fall|rise)\s+(?:by\s+|of\s+)?(?:(?:just|only|some|about|around|"
    r"nearly|almost|roughly|more than|over|a|less|awful|mere|further|another)\s+){0,3}|by\s+)$", re.I)
# a figure governed by a negated or hedged verb: "not going to park $10bn", "will not send 500 troops", "likely
# killing the three crew", "could provide up to 300" ("not less than", "not only" are no negation of the figure)
_NEGATED = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno longer)\s+(?:going\s+to\s+|able\s+to\s+|be\s+)?"
                      r"(?!(?:less|more|fewer|over|under|below|above|only|just|even|exceed\w*)\b)[a-z]+\s+"
                      r"(?:[a-z]+\s+){0,2}$", re.I)
_HEDGED = re.compile(r"\b(?:likely|possibly|probably|perhaps|could|might|may)\s+(?:have\s+(?:been\s+)?)?"
                     r"[a-z]+\s+(?:the\s+|some\s+|about\s+|up\s+to\s+|as\s+many\s+as\s+|for\s+(?:as\s+much\s+as\s+)?)?$",
                     re.I)
_CHANGE_AFTER = re.compile(r"\s*(?:year-on-year\s+|annual\s+|yearly\s+)?(?:increase|rise|growth|decrease|decline|drop|"
                           r"fall|jump|gain|reduction|contraction|expansion|surge|slump|plunge)\b", re.I)
_CHANGED = re.compile(r"\b(?:rose|risen|grew|grown|increased|decreased|fell|fallen|dropped|declined|jumped|shrank|"
                      r"plunged|surged|soared|slumped|climbed)\b", re.I)
_OTHER_FIGURE = re.compile(r"\d(?:[\d,.]*)\s?(?:%|per\s?cent|percent|million|billion|bn|m\b|thousand)|[$€£]\s?\d")
# "the number of newly confirmed cases per day has hovered around 10": the figure counts the words after "number of"
_NUMBER_OF = re.compile(r"\b(?:number|numbers|tally|toll|count|that|those)\s+of\s+((?:[\w-]+\s+){0,4})(?:[^\d.;]*)$",
                        re.I)
_TALLY = re.compile(r"\b(?:tally|toll|total|figure|number)\s+(?:\w+\s+)?(?:to|at|of)\s+(?:\w+\s+)?$", re.I)
_PLACE_NOUN = re.compile(r"\s+(?:border|borders|frontier|coast|coastline|shore|waters|airspace|territory|province|"
                         r"region|mainland|capital|enclave)\b", re.I)
# "rose by nearly a third in 2022", "a quarter of the vote": a fraction ("a third country", "a fifth term" are ordinals)
_A_FRACTION = re.compile(r"\b(?P<num>an?)[- ](?P<den>third|quarter|fifth|tenth)\b(?=\s+(?:of|in|since|from|over|"
                         r"between|last|this)\b(?!\s+a\s+(?:century|mile|hour|day|year))|\s*[.,;:])", re.I)
# a whole that is no state's: the world, the UN membership, the international community
_WORLD_WHOLE = re.compile(r"(?:[\s-]*(?:thirds?|fifths?|quarters?|fourths?|tenths?|halves|half|per\s?cent|percent|%))?"
                          r"\s*of\s+(?:the\s+)?(?:world|globe|global|planet|humanity|mankind|international community|"
                          r"United Nations|UN|General Assembly|membership|Member States|members)\b", re.I)
# "nearly half of Mongolia's imports", "half of the territory": fifty per cent ("the first half of 2020", "half of the
# year" are times)
_HALF = re.compile(r"\b(?P<num>half)\s+of\s+(?!(?:the\s+|this\s+|last\s+|next\s+)?(?:year|century|decade|month|week|"
                   r"day|session|season|term|(?:19|20)\d\d)\b|(?:what|that|those|this|these|it|them|which|us|you)\b)",
                   re.I)
# "fell by a third.", "more than a quarter," — before a stop a fraction needs a word of quantity ("with a third, X-2"
# is an ordinal)
_FRACTION_LEAD = re.compile(r"\b(?:by|than|to|about|nearly|almost|roughly|some|around|over|under|just|only|barely|"
                            r"exactly|approximately)\s+$", re.I)
# a figure said of a region, not a state: "That region accounts for two thirds of the world's population"
_REGION_SUBJ = re.compile(r"\s*(?:That|This|The|These|Those)\s+(?:[\w-]+\s+)?(?:region|regions|bloc|continent|world|"
                          r"area|zone|subregion|basin)\b")
_ROW_LABEL = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Za-z ]{2,30}:\s*$")
# a date right after another figure is that figure's: "from 390,457 in 2011 to 457,878 in 2015"
_FIGURE_THEN = re.compile(r"\d[\d,.]*\s*(?:%|per\s?cent|percent|million|billion|bn|m|thousand)?\s+(?:in|by|as of)\s+$")
# a year in brackets right after a sentence: "825 km of gauge (1995)", "(2006 est.)"
_YEAR_AFTER = re.compile(r"\s*\((?:as of\s+)?((?:19|20)\d\d)(?:\s+est\.?)?\)")
# a span of years, with months or days if given: "from 2010 to 2015", "between March 2020 and October 2021"
_SPAN_MONTH = r"(?:(?:early|late|mid-?)\s*)?(?:(?-i:[A-Z][a-z]{2,8})\.?\s+(?:\d{1,2},?\s+)?)?"
_PAST_YEARS = re.compile(r"\b(?:over|in|during|within|for)\s+the\s+(?:past|last|previous)\s+"
                         r"(?:(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+)?(?P<unit>years|decades?)\b", re.I)
_SPAN_RE = re.compile(rf"\b(?:from|between)\s+{_SPAN_MONTH}(\d{{4}})\s+(?:to|and|until|through)\s+{_SPAN_MONTH}"
                      r"(\d{4})\b", re.I)


#: words of a country's own statistics
_STATISTICS = r"economy|economic growth|GDP|gross domestic product|unemployment|poverty|inflation|debt|growth"
_STATISTIC = re.compile(rf"\b(?:{_STATISTICS}|deficit|budget)\b", re.I)
#: a statement's figures about its own state: the first person or the words of national accounts
_NATIONAL_FIGURE = re.compile(rf"\b(?:we|our|us|{_STATISTICS}|exports?|imports?|foreign trade|trade turnover|"
                              r"investments?|budget|tourism|tourists|"
                              r"salaries|wages|pensions|reserves|revenues?)\b", re.I)
#: a country's own statistics, told without naming it in a story about it
_NATIONAL_STAT = re.compile(rf"\b(?:{_STATISTICS}|jobless|deficit|currency|birth rate|turnout|"
                            r"(?:of|the) (?:popular )?vote|election|referendum|parliament\w*)\b", re.I)
#: … and figures about the world, the UN or a region, which are no one state's
_NOT_NATIONAL = re.compile(r"\b(?:world|worldwide|global|globe|humanity|mankind|Member States|Members|States|"
                           r"countries|nations|region|regions|continent|United Nations|Organization|Assembly|"
                           r"Council|resolution)\b")
# a currency that rises or falls is its issuer's figure: "the lira has fallen by 25% against the dollar"
_CURRENCY_SUBJ = re.compile(r"\b(?:lira|liras|rouble|ruble|rial|yuan|renminbi|yen|manat|dram|lari|tenge|hryvnia|rupee|"
                            r"franc|pound|currency)s?\b[^.;]{0,40}?\b(?:fell|fallen|falls|lost|loses|rose|risen|gained|"
                            r"dropped|slumped|plunged|weakened|strengthened|depreciated|appreciated|devalued)\b", re.I)


class _Seen(list):  # type: ignore[type-arg]
    """The states named so far (last 12), with ``owners``: those named as a clause's subject or a possessor — what
    "its"/"their" stand for ("Armenia buys its gas from Russia. Its imports …" → Armenia, not Russia)."""

    owners: list[str]


def _goods_subject(ctx: Context, s0: int, pos: int, mentions: list[Mention]) -> Any:
    """The subject of the clause a share is in, when it is a good and names no state ("gold accounts for 80 percent
    of its exports"), else None."""
    tok = next((t for t in ctx.doc if ctx.char(t.i) >= s0 + pos), None)
    v = tok
    for _ in range(6):
        if v is None or v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None) if v is not None else None
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or ctx.mentions_in({t.i for t in subj.subtree}):
        return None
    return subj if subj.lemma_.lower() not in ("country", "state", "nation", "partner", "market", "bloc") else None


def _antecedent(seen: list[str], exclude: Any = ()) -> str | None:
    """The state "its"/"their" stands for: the last owner named that is not excluded, else the last state named."""
    owners = getattr(seen, "owners", [])
    return next((st for st in reversed(owners) if st not in exclude), None) or next(
        (st for st in reversed(seen) if st not in exclude), None)


def _sentence_owners(ctx: Context, mentions: list[Mention]) -> list[str]:
    """States a sentence names as a clause subject or a possessor ("Armenia buys …", "Georgia's exports", "Armenian
    exports grew"), from the parse."""
    out: list[str] = []
    for mm in mentions:
        if not (mm.state and is_state_or_group(mm.state)) or mm.role == "pronoun":
            continue
        tok = ctx.doc[mm.tok_end - 1]
        dep = tok.dep_
        if dep in ("compound", "amod") and tok.head.i >= mm.tok_end:
            dep = tok.head.dep_ if tok.dep_ == "compound" else ("poss" if tok.head.dep_.startswith("nsubj") else dep)
        if dep in ("nsubj", "nsubjpass", "poss") or ctx.text[mm.end:mm.end + 2] in ("'s", "’s"):
            out.append(mm.state)
        elif dep == "pobj" and tok.head.lower_ == "for" and (tok.head.i == tok.sent.start or (
                tok.head.i == tok.sent.start + 1 and ctx.doc[tok.sent.start].lower_ == "as")):
            out.append(mm.state)  # a topic put first: "For Azerbaijan the attractions are obvious. … its exports"
    return out


class ClaimStage:
    name: str = "claims"
    requires: tuple[str, ...] = ("doc", "mentions")
    provides: tuple[str, ...] = ("claims",)

    def __call__(self, ctx: Context) -> None:
        out: list[Claim] = []
        last_states = _Seen()
        last_states.owners = []
        self._years = topic_years(ctx.text, ctx.source.title)
        self._hint: int | None = None
        self._told: int | None = None
        self._last_flow: tuple[str, str | None, str | None] | None = None
        self._prev_step: Claim | None = None
        self._prev_subject: str | None = None
        self._last = last_states
        self._main = _main_state(ctx)
        self._pub = ctx.published or ""
        self._main_named = sum(1 for mm in ctx.mentions if mm.state == self._main and mm.role != "pronoun" and
                               not _SEA_NAME.match(ctx.text, mm.end))
        self._speaker = ctx.speaker if ctx.speaker and is_state_code(ctx.speaker) else None
        prev_year: int | None = None
        story_year: int | None = None  # the year the sentence before named (see "told" below)
        story_end = 0
        list_year: int | None = None  # the year a list's lead-in named (see "item" below)
        after_list = False
        for sent in ctx.sentences():
            s0, s1 = ctx.span_chars(sent)
            text = ctx.text[s0:s1]
            hint = self._hint = year_at(self._years, s0)
            self._times: list[Any] = find_times(text, ctx.anchor, hint)
            named_year = _last_year_named(self._times, ctx.anchor, text)
            self._rel: list[tuple[int, int, str]] = N.relative_periods(text, ctx.anchor, named_year or hint)
            if named_year is None and not self._rel and prev_year is not None and _BACK_TO_EVENT.search(text):
                # "In that attack, six civilians were killed" after a sentence about April 2016: that event's year
                self._hint = prev_year
            prev_year = named_year or prev_year
            # a state word that qualifies a currency ("US dollars", "Turkish lira") is no party to a figure
            sent_mentions = [m for m in ctx.mentions if sent.start <= m.tok_start < sent.end and
                             not CURRENCY_QUALIFIER.match(ctx.text, m.end) and
                             not _SEA_NAME.match(ctx.text, m.end) and
                             not _LEANING.search(ctx.text, max(0, m.start - 5), m.start)]
            # "In 2018 Peru's exports fell. They dropped by 10 percent.": a past-tense sentence with no date of its
            # own goes on telling the year the sentence before it (in the same paragraph) named
            told = self._told = story_year if named_year is None and not self._rel and _past_told(sent) and \
                "\n\n" not in ctx.text[story_end:s0] and not _UP_TO_NOW.search(text) else None
            # a list under a lead-in ("Results of the election of 28 November 2021:", "- Ishenim: 12.3%, 12 seats"),
            # and the past-tense line right after it ("Turnout was 34.6%."), tell the lead-in's year
            line = ctx.text.rfind("\n", 0, s0) + 1
            item = _LIST_ITEM.match(ctx.text, line) is not None and (
                _LIST_ITEM.fullmatch(ctx.text, line, s0) is not None or not ctx.text[line:s0].strip())
            listed = item and list_year is not None
            if listed or (list_year is not None and after_list and named_year is None and not self._rel and
                          _past_told(sent)):
                told = self._told = list_year
            after_list = listed
            if not item:
                list_year = (named_year or prev_year) if text.rstrip(" \n-*•–").endswith(":") else None
            # ("$160 billion since 2005": a span up to now, no year for the story to go on in)
            goes_on = None if re.search(rf"\bsince\s+(?:\w+\s+)?{named_year}\b", text) else named_year
            story_year, story_end = goes_on if named_year is not None else told, s0 + len(text.rstrip())  # (a
            # story goes on)
            self._sent_people: Claim | None = None
            self._first_people: Claim | None = None  # the sentence's first people count (not a part "including …")
            first = len(out)  # (every figure of the sentence, ranks and multiples too, takes the dating below)
            self._out, self._first = out, first  # (the sentence's figures read so far: see _share)
            out.extend(self._ranks(ctx, sent, text, s0, sent_mentions, last_states))
            out.extend(self._standings(text, s0, sent_mentions, last_states))
            out.extend(self._scores(text, s0, sent_mentions, last_states))
            for mx in _MULTIPLE_RE.finditer(text):
                q = "approx" if _NEAR_RE.search(text[:mx.start()]) else "exact"
                measure = "trade_growth" if re.search(r"\btrade|turnover", text, re.I) else "other"
                subj, partner = _bilateral(sent_mentions, last_states) if measure == "trade_growth" else (
                    _first_state(sent_mentions) or (None if _MEMBERSHIP.search(text) else self._main), None)
                c0, c1 = _clause_bounds(text, mx.start())
                flow = _nearest_flow(text[c0:c1], mx.start() - c0)
                if measure == "other" and flow in ("export", "import"):
                    # "Chile's exports to Peru doubled": the flow's roles
                    subj, partner = _flow_roles(ctx, text, s0, c0, c1, flow, sent_mentions, last_states)
                per = self._period_near(text, mx.start())
                since = re.search(r"\bsince\s+((?:19|20)\d\d)\b", text)
                if measure == "trade_growth" and since and not _SPAN_RE.search(text) and ctx.published and \
                        re.match(r"\d{4}", ctx.published) and since.group(1) < ctx.published[:4]:
                    per = f"{since.group(1)}/{ctx.published[:4]}"  # "grown tenfold since 2005": over 2005 to now
                out.append(Claim(measure, subj, partner, _MULTIPLES[mx.group(1).lower()], "times", q, per,
                                 Span(s0, s0 + len(text.rstrip())), about=_about(text) if measure == "other" else None))
            for fx in _A_FRACTION.finditer(text):
                if re.match(r"\s*[.,;:]", text[fx.end():]) and not _FRACTION_LEAD.search(text[:fx.start()]):
                    continue
                den = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}[fx.group("den").lower()]
                out.append(self._fraction(ctx, sent, text, s0, fx, round(100 / den, 2), sent_mentions, last_states))
            for hx in _HALF.finditer(text):
                if not re.search(r"\b(?:first|second|latter|former|other|the|a|and|one|two|three)\s+$",
                                 text[:hx.start()], re.I):
                    out.append(self._fraction(ctx, sent, text, s0, hx, 50.0, sent_mentions, last_states))
            read_until: int | None = None  # where the last figure read as a claim ends
            last_end = 0  # where the last figure kept as a claim ends
            parts = False  # the last figure kept was a part of a total of people ("— over 40,000 in Türkiye and …")
            for m in _NUMBER_RE.finditer(text):
                if _CLOCK.match(text, m.end("num")) or _CLOCK_BEFORE.search(text, max(0, m.start("num") - 3),
                                                                            m.start("num")):
                    continue  # "Published: 10:42 BST": a time of day, no figure
                if read_until is not None and _CONVERTED.fullmatch(text, read_until, m.start()) and \
                        _CONVERTED_AFTER.match(text, m.end()):
                    continue  # "17 km (11 mi)", "$2.1bn (€1.9bn)": the figure just read, converted — one count
                claim = self._claim(ctx, sent, text, s0, m, sent_mentions, last_states)
                read_until = m.end() if claim is not None else None
                if claim is not None:
                    gapped = _gapped_owner(text, s0, m.start("num"), sent_mentions) if claim.measure == "other" and any(
                        c.unit not in _TIME_UNITS for c in out[first:]) else None  # (a list: a figure before)
                    claim.subject = gapped or claim.subject  # "…, while Romania has budgeted 2.5% and Bulgaria 2.2%"
                    each = _EACH.search(text[:m.start("num")]) if claim.measure in ("other", "people_count") else None
                    owners = [mm.state for mm in sent_mentions if mm.state and is_state_code(mm.state) and
                              each.start() <= mm.start - s0 < each.end()] if each else []
                    if len(set(owners)) > 1:
                        # "Estonia, Latvia and Lithuania each spend more than 3%": the figure is each one's
                        out.extend(replace(claim, subject=st) for st in dict.fromkeys(owners))
                        continue
                    if claim.measure in ("other", "people_count") and _PEOPLE_OF.match(text, m.end()) or \
                            claim.measure == "people_count" and (_ITS_PEOPLE.search(text[:m.start("num")]) or
                                                                 _POPULATION_OF.search(text[:m.start("num")])):
                        # "Ethnic Russians make up about 15% of its 19m people", "its 19m people", "Kazakhstan's
                        # population of some 19.8 million": the country's population, not the demonym's state
                        whose = self._population_owner(ctx, text, s0, m, sent_mentions, last_states)
                        claim.subject = whose or claim.subject
                    if claim.partner is None and claim.subject and claim.measure in _FLOW_MEASURES:
                        claim.partner = _other_party(text, s0, m, sent_mentions, claim.subject,
                                                     strict=claim.measure == "other")
                    if claim.measure == "other" and claim.unit not in ("count", "percent", "people") and \
                            _TARGET.search(text[:m.start("num")]):
                        # "trade reached $710m in 2023, and the two governments have set a target of $3bn": the
                        # trade aimed at, between the same two
                        trade = next((c for c in reversed(out[first:]) if c.measure == "trade_value"), None)
                        if trade is not None:
                            claim = replace(claim, measure="trade_value", subject=trade.subject,
                                            partner=trade.partner, about=None)
                    head = out[-1] if gapped and len(out) > first else None
                    if head is not None and head.measure == "people_count" and claim.unit == "count":
                        # "… number about 23,000 personnel, Latvia's around 7,000": the list's people, like the first
                        claim = replace(claim, measure="people_count", unit="people", about=head.about)
                    between = text[last_end:m.start("num")]
                    part = claim.measure == "other" and claim.unit == "count" and len(out) > first and \
                        out[-1].measure == "people_count" and (_BREAKDOWN.search(between) or parts and
                                                               re.fullmatch(r"[^.;:—–()]*", between) is not None)
                    if part:
                        # "the death toll at more than 46,000 — over 40,000 in Türkiye and close to 6,000 in Syria":
                        # the parts of a count of people are people
                        where = next((mm.state for mm in sent_mentions if mm.state and is_state_code(mm.state) and
                                      0 <= mm.start - s0 - m.end() <= 12), None)  # ("… close to 6,000 in Syria")
                        claim = replace(claim, measure="people_count", unit="people", about=out[-1].about,
                                        subject=where if where and re.match(r"\s*(?:in|from)\s", text[m.end():])
                                        else claim.subject)
                    if claim.measure == "other" and claim.unit == "count" and claim.partner is None and \
                            claim.subject and _DEAL_FOR.search(text[:m.start("num")]):
                        # "Armenia signed a contract with France for 36 howitzers": the other party to the deal
                        other = next((mm.state for mm in sent_mentions if mm.state and is_state_code(mm.state) and
                                      mm.state != claim.subject and mm.start - s0 < m.start("num") and
                                      re.search(r"\b(?:with|from)\s+(?:the\s+)?$", text[:mm.start - s0])), None)
                        claim = replace(claim, partner=other)
                    out.append(claim)
                    last_end, parts = m.end(), bool(part)
            year_after = _YEAR_AFTER.match(ctx.text, s1)
            national = not any(mm.state and is_state_or_group(mm.state) and mm.role != "pronoun"
                               for mm in sent_mentions) and not _NOT_NATIONAL.search(text)
            for i, c in enumerate(out[first:]):
                rank = next((r for r in out[first:] if r.measure.endswith("_partner_rank") and r.partner and
                             r.subject == c.subject and r.measure.split("_")[0] == c.measure.split("_")[0]), None)
                ranked = next((r for r in out[first:first + i] if r.measure.endswith("_partner_rank") and r.partner
                               and r.subject and r.measure.split("_")[0] == c.measure.split("_")[0]), None)
                lent = next((b for b in out[first:first + i] if b.measure == "loan_value" and b.subject and
                             b.partner), None)
                if lent is not None and c.measure == "other" and c.unit == "percent" and _DEBT_SHARE.search(text):
                    # "… held $1.7 billion of Kyrgyz government debt, some 40% of the country's external debt": the
                    # borrower's debt, owed to the lender
                    c.subject, c.partner = lent.subject, lent.partner
                if c.measure.endswith("_share") and ranked is not None and c.partner == ranked.partner and \
                        c.subject not in (None, ranked.subject) and re.search(r"\b(?:its|their)\b", text):
                    # "China is Georgia's third-largest trading partner after Turkey and Russia, accounting for 12.6%
                    # of its total trade": the ranked state's whole, not the last state named
                    c.subject = ranked.subject
                if c.measure.endswith("_share") and c.subject is None and ranked is not None:
                    # "That made Russia the biggest source of Turkey's imports, ahead of China and Germany, and gave it
                    # a share of roughly 16% of the total": the ranked pair's share, not a state compared with
                    c.subject, c.partner = ranked.subject, ranked.partner
                if c.measure.endswith("_share") and c.partner is None and rank is not None:
                    c.partner = rank.partner  # "China is Kazakhstan's largest trading partner, with about 22 percent
                    # of the country's foreign trade": the ranked partner's share
                if c.subject is None and c.partner is not None and c.measure.endswith("_share"):
                    # "China took 35 percent of its imports, while Russia's share was 28 percent": the same whole
                    # as the sentence's share before
                    c.subject = next((b.subject for b in reversed(out[first:first + i]) if b.measure == c.measure
                                      and b.subject not in (None, c.partner)), None)
                if national and c.measure != "people_count" and self._speaker is not None and (
                        c.subject is None or c.subject != self._speaker and not c.measure.startswith(_CHECKED) and
                        _STATISTIC.search(text) and not re.search(r"\b(?:its|their|his|her)\b", text, re.I)) and \
                        _NATIONAL_FIGURE.search(text):
                    # ("Public debt has been reduced to 52 percent of GDP" after a sentence about trade with Russia:
                    # the speaker's own accounts, not the state named before)
                    # a statement's own figures: "Unemployment has fallen to 16 per cent", "exports grew by 38%"
                    # in a speech that names no state are the speaker's
                    c.subject = self._speaker
                elif national and c.measure == "other" and self._speaker is None and (
                        self._main_named > 2 or ctx.title_states == [self._main]) and \
                        (_NATIONAL_STAT.search(text) or listed) and \
                        not re.search(r"\b(?:its|their|his|her)\b", text, re.I):
                    # "Inflation hit 34.6 percent in September" in a story about Moldova: the country's, not the
                    # state named last
                    c.subject = self._main
                if c.period is None and year_after:
                    c.period = year_after.group(1)
                if c.period is None and told is not None and c.measure not in _TIMELESS:
                    c.period = str(told)
                timeless = c.measure in _TIMELESS and not (c.measure == "area" and _HELD_LAND.search(text))
                if c.period is None and not timeless and not c.measure.startswith(_CHECKED):
                    # a figure given without a date is as of the text; trade figures keep None, so that the checker
                    # takes the latest year up to the publication date and says it did not know the year
                    c.period = self._as_published(ctx)
            self._prev_subject = next((mm.state for mm in sent_mentions if mm.state and
                                       is_state_code(mm.state) and mm.role != "pronoun"), None)
            if re.search(r"[a-z]", text):  # a page header between two halves of a sentence keeps the list open
                self._prev_step = next((c for c in reversed(out[first:]) if c.unit in _STEP_UNITS), None)
            for mm in sent_mentions:
                if mm.state and is_state_code(mm.state):
                    last_states.append(mm.state)
            last_states[:] = last_states[-12:]
            last_states.owners = (last_states.owners + _sentence_owners(ctx, sent_mentions))[-12:]
        ctx.claims = out

    def _population_owner(self, ctx: Context, text: str, s0: int, m: re.Match[str], mentions: list[Mention],
                          last_states: list[str]) -> str | None:
        """Whose population a share or a head count is of: the state named as its owner ("of Moldova's
        population"), else, for "its" or "the population", the last state named that is not a people the sentence
        counts ("Ethnic Russians …"), else the state the text is about."""
        tail = _PEOPLE_OF.match(text, m.end())
        owner = [mm.state for mm in mentions if mm.state and is_state_code(mm.state) and tail and
                 tail.start() <= mm.start - s0 < tail.end() and mm.role != "pronoun"]
        if owner:
            return owner[0]
        counted = {mm.state for mm in mentions if mm.role == "demonym" and mm.start - s0 < m.start()}
        named = [mm.state for mm in mentions if mm.state and is_state_code(mm.state) and mm.role != "pronoun" and
                 mm.start - s0 < m.start() and mm.state not in counted]
        if named:
            return named[-1]
        prior = [x for x in last_states if is_state_code(x) and x not in counted]
        return prior[-1] if prior else self._main


    # -- one number ----------------------------------------------------------
    def _claim(self, ctx: Context, sent: Any, text: str, s0: int, m: re.Match[str],
               mentions: list[Mention], last_states: list[str]) -> Claim | None:
        raw = m.group("num")
        value = N.parse_number(raw)
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
        if raw.lower() == "one" and not (unit_word or cur or scale) and \
                re.match(r"\s*(?:(?:of|against|for|from|with|by|in|on|to|that|which|who)\b|[,.;:!?)]|$)", after,
                         re.I) and \
                not re.match(rf"\s*(?:in|out\s+of)\s+(?:every\s+|each\s+)?(?:\d|{N.SPELLED}\b)", after, re.I):
            return None  # "one" standing for a thing named before ("referrals, including one against X", "one of
            # its banks"): a pronoun, no count ("one in five", "one out of ten" are ratios, read as such)
        if re.match(r"[.)](?:\s|$)", text[m.end("num"):]) and not (unit_word or cur or scale) and \
                re.search(r"(?:^|\n)[ \t(]*$", text[:m.start("num")]):
            return None  # a numbered list's marker: "1. The EU should …", "3) Ukraine's corridor …"
        if re.match(r"\s?\+\s?\d", text[m.end("num"):]) or re.search(r"\d\s?\+\s?$", before):
            return None  # names of formats: "the 3+3 format", "P5+1", "2+2 dialogue"
        group = re.search(r"(?<![.,])\b(\d+)\s$", before)
        if not (unit_word or cur or scale) and (re.fullmatch(r"0\d+", raw) or (raw[0].isdigit() and (
                (group and not re.fullmatch(r"(?:1[89]|20)\d\d", group.group(1))) or
                re.match(r"\s?\d{2,}\b", text[m.end("num"):])))):
            return None  # phone numbers, codes and digit groups ("012 498 0335"): no quantity
        if _NEGATED.search(before) or _HEDGED.search(before):
            return None  # "they're not going to park $10bn", "likely killing the three crew": not a reported fact
        rng = _RANGE_RE.match(text, m.end()) if re.fullmatch(r"[1-9][\d,.]*", raw) else None
        upper = _BETWEEN_AND.match(text, m.end()) if re.search(r"\bbetween\s*$", before, re.I) else None
        if re.fullmatch(r"[1-9][\d,.]*", raw) and upper is not None and _people_head(text[upper.end():]):
            return None  # "between 50,000 and 70,000 Jews": read at the upper figure, which names them
        lower = re.search(r"\bbetween\s+([1-9][\d,.]*)\s+and\s*$|(?<!from )\b([1-9][\d,.]*)\s+to\s*$", before, re.I)
        lower_value = N.parse_number(lower.group(1) or lower.group(2)) if lower and _people_head(
            text[m.end("num"):]) else None  # ("3,000 to 4,000 Russian servicemen": at least 3,000)
        if re.fullmatch(r"[1-9][\d,.]*", raw) and not re.search(r"\bfrom\s*$", before, re.I) and (
                to_upper := re.match(r"\s+to\s+\d[\d,.]*", text[m.end("num"):])) and \
                _people_head(text[m.end("num") + to_upper.end():]):
            return None  # the lower end, read with the upper figure that names the people
        if rng is not None and (scale or m.group("abbr") or unit_word or cur or rng.group("scale") or
                                rng.group("unit")):
            # "5m-6m people", "10-15%", "$3-4bn": the lower bound, at least
            after = text[rng.end():rng.end() + 60]
            unit_word = unit_word or (rng.group("unit") or "").lower()
            scale = scale or rng.group("scale")
        else:
            rng = None
        if _RANGE_END.search(before):
            return None  # the upper bound of a range read with its lower one
        if not (cur or unit_word or scale) and re.search(r"\b(?:Volume|Vol|Issue|No|Number|Page|pp?|Chapter|Section|"
                                                        r"Paragraph|Para)\.?:?\s*$", before):
            return None  # a publication's numbering ("Volume: 20 Issue: 172", "No. 5"): no quantity
        if re.match(r"\s*(?:GMT|UTC|CET|EST|hrs|hours GMT|a\.m\.|p\.m\.|am\b|pm\b|local time)", after) or \
                re.search(r"[A-Za-z]-$|\b\d{1,2}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?\s*\($", before):
            return None  # model names (T-72, F-16) and clock times (2100 GMT)
        if not (cur or unit_word or scale) and (re.match(rf"\s*(?:{_MONTHS}|{_MONTHS_SHORT}(?!\w))", after) or
                                                 re.search(rf"\b(?:{_MONTHS}|{_MONTHS_SHORT})\s+$", before)):
            return None  # a day of a month: "14 July", "July 14"
        prev = self._out[-1] if len(self._out) > self._first else None
        if prev is not None and prev.unit == "seats" and not (cur or unit_word or scale or m.group("abbr")) and \
                raw[0].isdigit() and re.search(r"[A-Za-z]\s$", before) and re.match(r"\s*(?:,|\band\b|\.|;|$)", after):
            # "the Socialists won 35 seats, the Democratic Party 30, the ACUM bloc 26": the list's further seats
            return Claim(prev.measure, prev.subject, prev.partner, float(raw), prev.unit, "exact", prev.period,
                         Span(s0, s0 + len(text.rstrip())), about=prev.about)
        named = re.search(r"\b([A-Z][\w]*)\s$", before)
        if named and not (cur or unit_word or scale or m.group("abbr")) and "," not in raw and raw[0].isdigit() and \
                named.group(1) not in _NOT_A_NAME and not re.match(r"\s+(?:of|per|to|in|and|or)\b", after) and not (
                    re.match(r"\s*(?:[\w-]+\s+){0,2}[a-z]+s\b", after) and any(
                        mm.state and is_state_code(mm.state) and mm.end - s0 == ns - 1 and
                        _handed_to(text[:mm.start - s0]) for mm in mentions)):
            # (a state's name before a count is the receiver of a double object: "sell Armenia 36 howitzers")
            return None  # names with a number: "Resolution 2231", "Qihoo 360", "Boeing 737", "Article 5"
        if raw[0].isupper() and re.search(r"\b[A-Z][a-z]+\s+of\s+$", before):
            return None  # a name: "the Group of Eight", "the Committee of Twenty"
        frac = re.match(r"(?:\s*|-)(thirds?|fifths?|quarters?|fourths?|tenths?|halves|half)\b", after, re.I)
        if frac and raw.lower() in N.WORDS and not cur:
            den = {"third": 3, "fifth": 5, "quarter": 4, "fourth": 4, "tenth": 10, "halve": 2, "half": 2}.get(
                frac.group(1).lower().rstrip("s"), 0)
            if den and value < den:
                return self._fraction(ctx, sent, text, s0, m, round(100 * value / den, 2), mentions, last_states)
        dur = self._duration(ctx, sent, text, s0, m, value, before, after, mentions, last_states)
        if dur is not None:
            return dur
        if re.match(r"\s*(?:st|nd|rd|th)\b", after) or \
                re.search(r"[A-Za-z/]$|[A-Za-z]\.$|\d[-/.]$|\]\s*$|\[$", before) or \
                re.match(r"[-/]\d|\.\d|\]", after) or (re.match(r"-(?!strong\b)[a-z]", after) and not unit_word) or \
                re.match(r"-(?i:years?|months?|weeks?|days?)-(?i:old)\b", after):
            return None  # document codes (08-51845, 22/55, A/70/PV.22, No.5), reference marks [8], "16-year-old"
        if not re.search(r"[A-Za-z]{3,}", text) and not _ROW_LABEL.search(ctx.text[max(0, s0 - 40):s0]):
            return None  # page headers (a row's figure cut from its label "Total:" is read)
        if re.search(rf"\bout of (?:every\s+|each\s+)?$|\b{N.ORDINAL}\s+(?:\w+\s+)?(?:of|among)\s+(?:the\s+)?$|"
                     rf"\b(?:{N.SPELLED}|\d+) in (?:every\s+)?$", before, re.I) and \
                not cur and not unit_word:
            return None  # "one out of every nine", "35th out of 180": the base of a ratio or a rank
        cur_word = currency_after(after)
        if cur_word and cur_word[0] == "gbp" and not cur and pounds_of_weight(before, after):
            return None  # "40,000 pounds of potato chips", "it weighed 69 pounds": a weight, not money
        abbr = m.group("abbr")
        if abbr and not (cur or cur_word) and abbr.lower() in ("b",):
            return None  # "5b": a paragraph mark, not five billion, unless money is named
        if not (scale and re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", raw)):
            value *= N.scale_of(scale or abbr)  # "2,856,673 million people" is a slip for 2,856,673
        qualifier = "at_least" if rng is not None or lower_value is not None else _qualifier(before)
        if lower_value is not None and not (scale or m.group("abbr")):
            value = lower_value  # "between 50,000 and 70,000 Jews": at least 50,000
        period = self._period_near(text, ns)
        if re.match(r"\s*(?:%|per\s?cent|percent)?\s*(?:of\s+(?:the\s+)?[\w-]+\s+)?"
                    r"(?:today|now|at present|currently)\b", text[m.end("num"):], re.I):
            period = self._as_published(ctx)  # "from 70 percent of GDP in 2015 to 52 percent of GDP today"
        if period and (cur or unit_word) and re.search(r"\bfrom\s+$", text[max(0, ns - 6):ns]) and \
                re.match(rf"\s*to\s+(?:{CURRENCY_PREFIX})?\s?\d", after) and _CHANGED.search(text):
            # "imports decreased by 62% this year, from $10.1bn to $3.9bn": the figure changed from is the year
            # before's (a figure with its own date, "from $2bn in 2018", keeps it)
            period = str(int(period[:4]) - 1)
        back = _YEARS_EARLIER.match(after)
        told_year = re.findall(r"\b((?:19|20)\d\d)\b", text[:ns]) if back else []
        if back and told_year:  # "reached $134.6m in 2023, compared with $95.2m two years earlier": of 2021
            n = int(N.parse_number(back.group(1).lower()) or 0)
            period = str(int(told_year[-1]) - n) if n else period
        window = text[max(0, m.start() - 120):m.end() + 120]
        span = Span(s0, s0 + len(text.rstrip()))
        if re.search(r"\bliv\w*\s+on\s+(?:less than\s+|under\s+|below\s+)?$", before, re.I):
            return None  # "people who live on less than $2 a day": a poverty line, not a figure of a state
        # ("fell by 25% against the dollar" is a change, no rate)
        rate = None if unit_word else self._exchange_rate(text, before, after, cur, cur_word, value, qualifier, period,
                                                          span, last_states)
        if rate is not None:
            return rate
        if cur or cur_word:
            currency = currency_prefix(cur) if cur else cur_word[0]  # type: ignore[index]
            measure = "other"
            c0, c1 = _clause_bounds(text, ns)
            clause_text = text[c0:c1]
            sent_states = mentions
            mentions = [mm for mm in mentions if c0 <= mm.start - s0 < c1] or mentions
            kind = _nearest_flow(clause_text, ns - c0, sales=True)
            if kind != _nearest_flow(clause_text, ns - c0) and not _states_trade(ctx, sent, s0, c0, c1, mentions):
                # "insiders sold $500m in stock", "bought a home for $27,000": a sale between no states is no flow
                kind = _nearest_flow(clause_text, ns - c0)
            kind = _own_flow(text[m.end():]) or kind  # (a sum's own "in loans" before the nearest flow word)
            if kind in ("trade", "export", "import") and _HANDED_SUM.search(clause_text) and _PURPOSE_FLOW.match(
                    after) and not _FLOW_NAMED.search(text[c0:ns]):
                kind = "aid"  # "will provide an additional $20 million to expand trade routes": money given, for trade
            if kind in ("loan", "aid", "investment") and re.match(r"\W*(?:[a-z]+\s+)?(?:cost|price\s+tag)\b", after):
                kind = None  # "agreed to lend €1.3bn of the line's estimated €1.6bn cost": the cost is no loan
            unit_rate = _PER_UNIT.match(after)
            priced = None
            if kind is not None and unit_rate and unit_rate.group(1).lower() not in _RATE_OF_TIME:
                priced, kind = kind, None  # "gas bought at around $128 per thousand cubic metres": a price, not the
                # flow's worth
            elif kind is None and unit_rate and unit_rate.group(1).lower() not in _RATE_OF_TIME and re.search(
                    r"\b(?:supplies|supplied|sells|sold|delivers|delivered)\b", clause_text[:ns - c0]):
                priced = "export"  # "Gazprom supplies 87% of the gas Armenia consumes, at $165 per thousand cubic
                # metres": the supplier's sale
            # "the United States alone committed $1 billion, and the European Commission up to €500 million", "…
            # €270 million in grants and Washington $65m": a gift whose verb is left out, to the receiver of the gift
            # the sentence told, by the state named before the sum
            gapped = (_GAPPED_GIVER.fullmatch(text, c0, ns) if kind is None else None) or \
                _AND_GIVER.search(text, c0, ns)
            earlier_gift = self._gift_told_before(_GIFT_MEASURES, since=s0) if gapped else None
            if gapped and earlier_gift is not None:
                giver = next((mm.state for mm in sent_states if mm.state and is_state_or_group(mm.state) and
                              gapped.start() <= mm.start - s0 < ns), None)
                if giver is not None and giver != earlier_gift.subject:
                    return Claim(earlier_gift.measure, earlier_gift.subject, giver, value, currency, qualifier,
                                 period, span)
            if kind is None and _HANDED_SUM.search(clause_text) and any(
                    mm.state and is_state_or_group(mm.state) for mm in sent_states):
                kind = "aid"  # "will provide $12 million through USAID to modernise customs", "a voluntary
                # contribution of $10 million to the WHO" (not "the company provided $5 million to its shareholders")
            if kind is None and c0 > 2 and re.search(r"\bit\b", text[c0:ns]):
                # "Uzbekistan's trade with Central Asia grew by 20 percent, and with Kazakhstan alone it exceeded $1
                # billion": "it" is the flow the clause before named
                pc0 = _clause_bounds(text, c0 - 3)[0]
                before_flow = _nearest_flow(text[pc0:c0], c0 - pc0)
                if before_flow in ("trade", "export", "import"):
                    c0, kind = pc0, before_flow
                    clause_text = text[c0:c1]
                    mentions = [mm for mm in sent_states if c0 <= mm.start - s0 < c1] or sent_states
            deal = re.match(r"[^.;,]{0,30}?\b(?:deal|contract|project|agreement|plan|scheme)\s+to\s+(?:develop|build|"
                            r"construct|moderni[sz]e|upgrade|expand|finance)\b", text[m.end():])
            if kind is None and re.match(r"[^.;]{0,30}?\b(?:under|from|through)\s+(?:the\s+|its\s+|their\s+)?"
                                         r"(?:[A-Z][\w-]*\s+){0,3}(?:Plan|Facility|Instrument|Programme)\b", after):
                kind = "aid"  # "Moldova received €1.9 billion under its Growth Plan"
            if kind is None and re.match(r"\s*(?:(?:[A-Z][\w-]*|economic|recovery|growth|support|financial|"
                                         r"reform|assistance)\s+){0,3}(?:[Pp]lan|[Ff]acility|[Pp]ackage|"
                                         r"[Ii]nstrument)\b", after) and not re.match(r"\s*(?:\w+\s+){0,2}"
                                                                         r"(?:investment|trade|stimulus)", after) and (
                    re.search(r"\b(?:EU|European|Brussels|Commission|World Bank|IMF|donors?|grants?|aid|assistance)\b",
                              text) or any(mm.state == "EU" for mm in sent_states)):
                kind = "aid"  # "a €1.9 billion Growth Plan for Moldova", "the €50 billion Ukraine Facility"
            if kind is None and deal:
                # "a $5bn deal to develop Iran's South Pars gasfield": an investment in the state named after the
                # verb, by the clause's agent ("It" = the state named last before)
                host = next((mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                             mm.start - s0 >= m.end() + deal.end()), None)
                if host is not None:
                    by = _agent(ctx, sent, s0, ns, mentions, last_states, self._prev_subject)
                    by = by if by != host else next((st for st in reversed(last_states) if st != host), None)
                    return Claim("investment_value", host, by, value, currency, qualifier, period, span)
            backer = _backer_of(text, s0, sent_states, kind)
            if backer is not None:
                # "China was Hungary's largest foreign investor, with commitments worth €7.6bn": Hungary receives
                return Claim(f"{kind}_value", backer[0], backer[1], value, currency, qualifier, period, span)
            if kind is not None:
                measure = f"{kind}_value"
                subj, partner = _flow_roles(ctx, text, s0, c0, c1, kind, mentions, last_states)
                owed = re.search(r"\bow(?:e[sd]?|ing)\b", clause_text[:ns - c0]) if kind == "loan" else None
                if owed is not None:
                    # "Tonga owes about $108 million to the Export-Import Bank of China": the debtor owes, the
                    # creditor (a bank's state) is owed
                    owers = [mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                             mm.start - s0 < c0 + owed.start()]
                    # ("Egypt is the IMF's second-largest borrower after Argentina, owing the Fund $11 billion": the
                    # participle's subject is the sentence's first state)
                    debtors = owers[:1] if owed.group(0).lower() == "owing" else owers[-1:]
                    debtor = debtors[0] if debtors else None
                    creditor = next((rec.country if (rec := ctx.actors.get(mm.actor)) is not None and rec.country
                                     else mm.state for mm in mentions if mm.start - s0 > ns and
                                     (mm.state or mm.actor.startswith("org:"))), None)
                    if debtor is not None:
                        subj, partner = debtor, creditor if creditor != debtor else None
                held = _DEBT_HELD.match(after) if kind == "loan" else None
                if held is not None:
                    # "The Export-Import Bank of China held about $1.7 billion of Kyrgyz government debt": the holder
                    # (a bank's state) lends, the state whose debt it is borrows
                    holder = next((rec.country if (rec := ctx.actors.get(mm.actor)) is not None and rec.country
                                   else mm.state for mm in mentions if c0 <= mm.start - s0 < ns and
                                   (mm.state or mm.actor.startswith("org:"))), None)
                    debtor = next((mm.state for mm in mentions if m.end() <= mm.start - s0 <= m.end() + held.end()
                                   and mm.state and is_state_code(mm.state)), None) or \
                        _antecedent(last_states, {holder} if holder else set())
                    if debtor is not None and holder is not None and debtor != holder:
                        subj, partner = debtor, holder
                if kind in ("investment", "aid", "loan") and partner is None and subj is not None:
                    # "Skopje signed loans worth €574 million with China Exim Bank": the lender's state gives
                    partner = next((rec.country for mm in mentions if mm.actor.startswith("org:") and
                                    c0 <= mm.start - s0 < c1 and (rec := ctx.actors.get(mm.actor)) is not None and
                                    rec.country and is_state_code(rec.country) and rec.country != subj), None)
                if kind in ("investment", "aid", "loan") and partner is None and subj is not None and \
                        re.search(r"^[^.;]{0,40}\bthere\b", text[m.end():]):
                    # "Ghana is the newest frontier. Turkish firms hold $1.5 billion in investment there": the place
                    # told before receives, the clause's state gives
                    host = _antecedent(last_states, {subj})
                    if host is not None:
                        subj, partner = host, subj
                told_rank = next((c for c in reversed(self._out) if c.measure == "trade_partner_rank" and c.subject
                                  and c.partner and c.text.start >= s0 - 300), None) \
                    if kind == "trade" and subj is None and partner is None else None
                if told_rank is not None:
                    # "China has climbed to second place among Armenia's trading partners. Turnover reached $1.16
                    # billion in 2020": the pair the rank just told
                    subj, partner = told_rank.subject, told_rank.partner
                if kind == "trade" and subj is not None and _BILATERAL.search(clause_text):
                    self._last_flow = (kind, subj, partner)  # "Bilateral trade, about $700m in 2023, …": the two the
                    # text told of last, not the pair of a flow told paragraphs before
                elif kind in ("export", "import", "trade"):
                    # (a state named before the clause in the same sentence counts as named: "But China is catching
                    # up: bilateral trade reached $41bn")
                    subj, partner = self._same_pair(subj, partner, kind, [mm.state for mm in mentions if mm.state and
                                                                          mm.start - s0 < c1])
                rank = next((c for c in self._out[self._first:] if c.measure.endswith("_partner_rank") and
                             c.subject and c.partner), None) if kind == "trade" else None
                if rank is not None and {x for x in (subj, partner) if x} <= {rank.subject, rank.partner}:
                    pair = (rank.subject, rank.partner)
                    if _RANK_RE.search(text[:m.start()]) or not (subj or partner):
                        # "Russia remains Georgia's second-largest trading partner, with turnover of $2.5bn": the pair
                        # the rank tells, the same way round
                        subj, partner = pair
                    else:
                        # a rank told after the sum ("trade with Russia reached $4.4bn, making Russia Azerbaijan's
                        # third partner", "…, making Kyrgyzstan China's second partner") fills in the missing end only
                        known = subj or partner
                        other = next(x for x in pair if x != known)
                        subj, partner = (subj, other) if subj else (other, partner)
            else:
                subj, partner = _subject_partner(mentions, last_states, text, m.start())
                ranked = next((c for c in self._out[self._first:] if c.measure.endswith("_partner_rank") and
                               c.subject and c.partner), None)
                if ranked is not None and {subj, partner} == {ranked.subject, ranked.partner} and \
                        re.search(r"\bwith\s+(?:\w+\s+){0,5}$", text[c0:ns]):
                    # "India has become Armenia's largest arms supplier, with contracts worth $1.5 billion": the
                    # rank's pair, the same way round
                    subj, partner = ranked.subject, ranked.partner
                if priced in ("export", "import"):
                    # a price is the buyer's, paid to the seller ("Gazprom supplies Armenia's gas at $165 per thousand
                    # cubic metres": Armenia pays Russia)
                    a, b = _flow_roles(ctx, text, s0, c0, c1, priced, mentions, last_states)
                    buyer, seller = (b, a) if priced == "export" else (a, b)
                    if buyer is None and seller is not None:
                        # ("Gazprom supplies 87% of the gas Armenia consumes, at $165 per …": the other state named)
                        buyer = next((mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                                      mm.state != seller and mm.role != "pronoun"), None)
                    if buyer is not None:
                        subj, partner = buyer, seller
                if subj is not None and not any(mm.state for mm in mentions) and not self._speaker and sum(
                        1 for mm in ctx.mentions if mm.state == subj and mm.role != "pronoun") < 2:
                    subj = None  # a sum in a sentence naming no state is not a state's named once in passing
            if measure in _GIFT_MEASURES and partner is not None and (
                    subj is None or subj == partner):
                # "President Biden announced an additional $20 million for the initiative": no one named receives,
                # the giver's figure; "The United States will provide $325 million to repair Ukraine's energy grid"
                # (read as the giver's to itself): the other state the clause names receives
                other = next((mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                              mm.state != partner), None) if subj == partner else None
                subj, partner = (other, partner) if other else (partner, None)
            if subj is None and partner is None and measure in _GIFT_MEASURES and \
                    re.search(r"\b(?:further|another|additional)\b", text[c0:m.end() + 25]):
                # "Russia provided a $3 billion loan in 2011, and a further $2 billion loan was granted in 2013": the
                # same lender and borrower as the loan told just before
                earlier = self._gift_told_before({measure}, since=s0 - 399)
                if earlier is not None:
                    subj, partner = earlier.subject, earlier.partner
            first_person = self._speaker and (re.search(r"\b(?:our|my|we)\b", clause_text, re.I) or re.search(
                r"\b(?:provid|gave|give|grant|lent|lend|offer)\w*\s+us\b", clause_text))  # ("provided us with $1bn")
            if subj is None and first_person:
                subj = self._speaker  # "our official development assistance exceeded $700 million"
            elif partner is None and first_person and subj != self._speaker and measure in _GIFT_MEASURES:
                partner = self._speaker  # "we allocated $1.5 million in aid to Georgia"
            about = None if measure != "other" else _about(text)
            rate_of = _PER_UNIT.match(after[cur_word[1]:] if cur_word and not cur else after)
            if rate_of and measure == "other":
                currency = f"{currency}_per_{rate_of.group(1).lower()}"  # "$3.75 an hour", "$132/kWh": a rate
            return Claim(measure, subj, partner, value, currency, qualifier, period, span, about=about)
        if unit_word in ("%", "per cent", "percent", "per  cent") or unit_word.startswith("per"):
            if value == 100 and re.match(r"\s*(?:[a-z]+ed|sure|certain|confident|behind|right|correct|safe)\b", after):
                return None  # "we are 100 per cent committed": an intensifier, not a share
            return self._share(ctx, text, m, value, qualifier, period, span, mentions, last_states)
        if unit_word in ("times", "-fold", "fold"):
            if re.match(r"\s*(?:a|per)\s+(?:day|week|month|year)|\s*daily|\s*weekly", after):
                return Claim("other", _first_state(mentions) or self._main, None, value, "count", qualifier, period,
                             span, about=_about(text))
            if re.match(r"\s*(?:that|this|as much|as many|the\s+\w+\s+of|more|less|higher|larger|bigger|greater)\b",
                        after, re.I):
                # "Saudi Arabia spent almost five times that": the clause's state against the one named before
                c0, _ = _clause_bounds(text, ns)
                states_before = [mm.state for mm in mentions if mm.state and is_state_code(mm.state)
                         and mm.start - s0 < ns]
                subj = next((mm.state for mm in mentions if mm.state in states_before and c0 <= mm.start - s0 < ns),
                            None) or _first_state(mentions)
                than = next((mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                             mm.start - s0 > m.end() and _THAN.search(text[m.end():mm.start - s0])), None)
                partner = than or next((st for st in reversed(states_before) if st != subj), None) or next(
                    (st for st in reversed(last_states) if st != subj), None)
                if subj is not None:
                    return Claim("other", subj, partner, value, "times", qualifier, period, span, about=_about(text))
            if not re.search(r"\b(?:grow|grew|grown|increas|rose|risen|expand|multipl|jump)", window, re.I):
                if re.search(r"\b(?:met|meet|spoken|spoke|talked|visited|called|held|phoned|travell?ed|clashed|"
                             r"fought|come to the brink of war|came to the brink of war|gone to war|went to war)\b"
                             r"[\w\s,]{0,30}$", before, re.I):
                    # "have spoken at least four times": a count of meetings, between the first two states named
                    met = list(dict.fromkeys(mm.state for mm in mentions if mm.state and
                                             is_state_code(mm.state)))
                    if not met and re.search(r"\b(?:the|both)\s+(?:two\s+)?(?:neighbours|neighbors|sides|"
                                             r"countries|rivals|states)\b", before, re.I):
                        met = list(dict.fromkeys(reversed(last_states)))[:2][::-1]  # "the neighbours": the last two
                    return Claim("other", met[0] if met else self._main, met[1] if len(met) > 1 else None,
                                 value, "count", qualifier, period, span, about=_about(text))
                return None
            subj, partner = _bilateral(mentions, last_states)
            sp = _SPAN_RE.search(text)
            per = f"{sp.group(1)}/{sp.group(2)}" if sp else period
            measure = "trade_growth" if re.search(r"\btrade|turnover", window, re.I) else "other"
            return Claim(measure, subj, partner, value, "times", qualifier, per, span)
        if unit_word:
            miles = "mi" in unit_word.lower()  # ("miles", "sq mi", "mi²"; no kilometre word holds "mi")
            if any(w in unit_word.lower() for w in ("2", "²", "sq", "square")):
                unit = "mi2" if miles else "km2"
            else:
                unit = "mi" if miles else "km"
            measure = "area" if unit in ("km2", "mi2") else "distance"
            subj, partner = _ends(text, span.start, m, mentions)
            led = next((mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                        mm.start - span.start < m.start() and
                        re.match(r"-(?:led|built|backed|funded|financed|owned|run)\b", ctx.text[mm.end:mm.end + 10])),
                       None)
            if led is not None:
                # "the Russia-led corridor …, a 7,200-kilometer corridor": the state that leads it
                subj, partner = led, (partner if partner != led else None)
            if measure == "area":  # "200 square kilometres of the sovereign territory of Armenia": Armenia's land
                owner = next((mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                              0 <= mm.start - span.start - m.end() <= 80 and re.search(
                                  r"\b(?:territory|territories|land|lands|soil)\b",
                                  text[m.end():mm.start - span.start + 30], re.I)), None)
                subj = owner or subj
            border = re.search(r"\b(?:share[sd]?|sharing|ha[sd]|have)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,5}?"
                               r"(?:border|frontier|boundary)\b", text) if measure == "distance" else None
            if border is not None and not any(mm.start - span.start < border.start() for mm in mentions
                                              if mm.state and is_state_code(mm.state) and mm.role != "pronoun"):
                # "It shares a 7,600km border with Russia", "The two countries share a border of 970 km": the one
                # told before, with the one named after (or the pair told before)
                across = [mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                          mm.role != "pronoun" and mm.start - span.start > border.start()]
                it = next((mm.state for mm in mentions if mm.role == "pronoun" and mm.state and
                           mm.start - span.start < border.start() and mm.state not in across), None)
                pair = _bilateral([], last_states) if not across else (None, None)
                subj, partner = (it or _antecedent(last_states, set(across)), across[0]) if across else pair
                if re.search(r"\b(?:the|our)\s+two\s+(?:countries|neighbou?rs|nations|states)\b|\bboth\s+"
                             r"(?:countries|nations|states)\b", text[:border.start()], re.I):
                    # "The two neighbours share a land border of 273 km, running … to the tripoint with Armenia": the
                    # pair told of (a page's two states), not a state named along the border
                    two = ctx.relations_pair() or _salient_pair(last_states)
                    if len(two) == 2:
                        subj, partner = _bilateral([], list(two)[::-1])
            elif border is not None:
                sharer = next((mm for mm in mentions if mm.state and is_state_code(mm.state) and
                               re.fullmatch(r"(?:\s*,?\s*(?:which|that|who)\s+)?\s*",
                                            text[mm.end - span.start:border.start()])), None)
                # ("Algeria, which shares a border of nearly 1,000km with Niger": the one the clause is of)
                other = next((mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                              sharer is not None and mm.state != sharer.state), None)
                if sharer is not None and other is not None:
                    # "the Russian Federation, with whom we share a 7,500-km border": the one who shares it, with
                    # the other named
                    subj, partner = sharer.state, other
            inside = next((mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                           mm.role != "pronoun" and _WITHIN_STATE.fullmatch(text[m.end():max(m.end(),
                                                                                           mm.start - span.start)])),
                          None) if measure == "distance" and border is None else None
            if inside is not None:  # "some 55 kilometers of Iranian territory", "around 30 km in Uzbekistan": the
                subj, partner = inside, None  # stretch within that state
            subj = subj or _first_state(mentions) or (last_states[-1] if last_states else None)
            return Claim(measure, subj, partner if measure == "distance" and partner != subj else None, value, unit,
                         qualifier, period, span, about=_about(text))
        ratio = re.match(rf"\s*(?:out\s+of\s+(?:every\s+)?|in\s+(?:every\s+)?)({N.DIGITS}|{N.SPELLED})\b"
                         r"(?!\s*(?:%|per))", after, re.I)
        den_r = N.parse_number(ratio.group(1)) if ratio else None
        if ratio and den_r and value < den_r and value <= 10 and re.match(r"[\s\w-]*$", ratio.group(1)) and (
                _people_head(after[ratio.end():]) or _PEOPLE_NOUNS.search(after[ratio.end():].strip())):
            # "one out of every nine people", "one in five Chileans": a share of people
            subj = _nationality(ctx, sent, text, m, mentions) or (
                self._speaker if re.search(r"\b(?:my|our)\s+(?:country|nation)\b", text, re.I) else None) or \
                _place(text, s0, m, mentions)
            return Claim("other", subj, None, round(100 * value / den_r, 2), "percent", qualifier, period, span,
                         about=_about(text))
        # a bare count: people, or nothing we can check
        num_tok = next((t for t in sent if ctx.char(t.i) >= s0 + m.start("num")), None)
        if num_tok is not None and num_tok.i + 1 < sent.end and ctx.doc[num_tok.i + 1].tag_ in ("JJS", "RBS") and \
                ctx.doc[num_tok.i + 1].lower_ not in ("least", "most"):
            return None  # "the 10 richest men", "five biggest banks": a group named by a superlative, not a count
        if num_tok is not None and num_tok.i > sent.start and raw[0].isdigit() and not scale and (
                ctx.doc[num_tok.i - 1].tag_ == "NN" and ctx.doc[num_tok.i - 1].is_lower and
                ctx.doc[num_tok.i - 1].lower_ not in _NOT_LABEL and
                (num_tok.i + 1 >= sent.end or ctx.doc[num_tok.i + 1].tag_ not in ("NNS", "NNPS"))):
            return None  # a label: "season 2", "phase 3", "beta 3", "article 5" (the noun names, the figure numbers)
        if re.search(r"\b(?:mother|father|parent|mom|dad|grandmother|grandfather)\s+of\s+$", before, re.I):
            return None  # "the mother of two": a description of a person
        if raw in ("911", "999", "112") and re.match(r"\s*(?:calls?|call\s+\w+|dispatch\w*|operators?|system|"
                                                     r"cent(?:er|re)s?|lines?|services?)\b", after, re.I):
            return None  # an emergency number ("911 calls"), no quantity
        follow = re.match(r"\s*(?:of\s+(?:the\s+|them\s+|its\s+|their\s+|our\s+|my\s+|these\s+|those\s+)?)?"
                          r"(?:other\s+|more\s+|additional\s+)?"  # ("28 other Chinese colleagues")
                          r"((?:[A-Z][a-z]+\s+|U\.S\.\s+)?[\w-]+(?:\s+\w+)?)",
                          after)
        noun_phrase = follow.group(1) if follow else ""
        people = _PEOPLE_NOUNS.search(noun_phrase) or re.match(r"\s*(?:[A-Z]\w+\s+)?(?:nationals|citizens|people)\b",
                                                               after) or _COUNTED_FORCE.search(before) or \
            re.match(r"\s*(?:died|perished|were\s+killed|lost\s+their\s+lives)\b", after)
        # ("Turkish troops, numbering some 35,000", "of whom around 1,600 died": people; not "two peoples", nations)
        of_them = re.match(r"\s*of them\b", after) or (re.search(
            r"\b(?:of|among)\s+(?:whom|them)\s+(?:(?:some|about|around|nearly|almost|more than|over|at least)\s+)?$",
            before, re.I) if self._sent_people is not None else None)  # ("90,000 people fled, of whom some 40,000 …")
        if of_them and re.search(r"\b(?:states|countries|nations|republics)\b[^.;]{0,30}$", before, re.I):
            return None  # "six states, three of them EU members": a part of states named before, not people
        nationals = _NATIONALS.match(after)
        harm_verb = re.search(r"\b(?:killed|killing|kills|kill|injured|injuring|injures|injure|wounded|wounding|wounds|"
                              r"wound|displaced|displacing|displaces|displace|uprooted|uprooting|uproots)\s+"
                              r"(?:(?:at\s+least|about|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$", before,
                              re.I)
        # ("kills seven people and injures 15 others": the figure with "others" or "more" is people too)
        killed_n = harm_verb if harm_verb and (
            not re.match(r"\s*(?:[\w-]+\s+){0,2}[a-z]+s\b", after) or re.match(r"\s*(?:others|more)\b", after)) and \
            not (cur or unit_word or scale) else None
        lone_victim = raw.lower() == "one" and not of_them and not re.match(
            r"\s*(?:of|had|has|have|was|were|is|are|would|could|will|that|which|and|or|dead|killed|wounded|injured|"
            r"hurt)\b|\s*[^\sA-Za-z]", after) and (
            killed_n or _PEOPLE_STATE.match(after) or re.match(r"\s*(?:[\w-]+\s+){1,4}?(?:was|is)\s+(?:\w+\s+)?"
                                                              r"(?:killed|wounded|injured|dead)\b|"
                                                              r"\s*(?:[\w-]+\s+){1,4}?(?:dead|killed)\b", after))
        # ("killing one police officer", "One special forces officer was killed": a victim counted)
        # ("a blast that killed 4": the figure is the people killed; "a 2,000-strong contingent", "the force, around
        # 2,000 strong": its people)
        is_people = bool(killed_n or lone_victim or people or nationals or _PEOPLE_STATE.match(after) or
                         _people_head(after) or _STRONG.match(after) or any(
            # a people named by a plural demonym: "20,000 Serbs", "some 300 Kurds"
            mm.role == "demonym" and re.fullmatch(r"\s*(?:[a-z-]+\s+)?", text[m.end():mm.start - s0]) and
            ctx.doc[mm.tok_end - 1].tag_ in ("NNPS", "NNS") for mm in mentions if mm.start - s0 >= m.end()))
        is_people = is_people and not _EQUIPMENT.match(after)  # ("six Chinese Y-20 transport aircraft")
        if re.match(r"\s*(?:[\w-]+\s+){0,2}(?:members|states|countries|nations)\b", after) and re.search(
                r"\b(?:NATO|EU|Union|Alliance|alliance|bloc|[A-Z]{2,6})['’]s\s+(?:[\w-]+\s+)?$", before):
            return None  # "NATO's three littoral members": states of a body counted, no people
        tally = _TALLY.search(before) if self._sent_people is not None else None
        if not is_people and not re.match(r"\s*(?:[a-z-]+\s+)?[a-z]+s\b", after):
            # "the number of new cases has hovered around 10", "bringing the tally to 49,856" (after a people count)
            c0, _ = _clause_bounds(text, ns)
            of = _NUMBER_OF.search(text[c0:ns])
            of_words = [w.lower() for w in of.group(1).split()] if of else []
            is_people = bool(tally) or bool(of_words and any(w in _PEOPLE_WORDS for w in of_words) and not any(
                w in ("states", "countries", "nations", "republics", "parties") for w in of_words)) or \
                bool(re.search(r"\b(?:death|casualty|civilian)\s+tolls?\b[^.;]{0,40}$", text[c0:ns], re.I)) or \
                bool(re.search(r"\bpopulation\b[^;]{0,90}$", text[c0:ns], re.I) and (scale or m.group("abbr") or
                                                                                 "," in raw))
            # "the population of the region has grown from 5.55 million in 1978 to 11.65 million": people
        if re.match(r"\s*(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))\b", after, re.I):
            is_people = False  # "Two years earlier, 15 people were killed": a time, not people
        if not (is_people or of_them or (raw[0].isupper() and re.search(r"\bhave fallen|were killed", after) and
                                         not re.match(r"\s*(?:years?|months?|weeks?|days?|decades?)\b", after))):
            return self._count(ctx, sent, text, m, after, value, qualifier, period, span, mentions, raw)
        if (value < 2 and not raw.isdigit() and not nationals and not lone_victim) or (
                re.search(r"\b(?:all|the|these|those)\s+$", before, re.I) and not raw[0].isdigit() and not scale):
            return None  # "all three ministers", "the three crew": people counted before
        both = bool(re.match(r"[^.;]{0,40}?\b(?:(?:from|on|of)\s+both\s+sides|on\s+either\s+side)\b", after) or
                    # "four foreign diplomats": not the sayer's or the place's people
                    re.match(r"\s*(?:[\w-]+\s+)?foreign\b", after) or
                    # "bringing the global total to 83": the world's count, not the sentence's state's
                    (tally and re.search(r"\b(?:global|world(?:wide)?|international)\s+(?:\w+\s+)?$",
                                         before[:tally.start() + 1 + len(tally.group(0).split()[0])])))
        # (a statement's "15 of our prisoners were released": the speaker's people)
        ours = self._speaker if self._speaker and re.match(r"\s*of\s+(?:our|my)\s+", after) else None
        subj = None if both else ours or _mission_owner(text, s0, m, mentions) or _apposed_force(
            text, s0, m, mentions) or _nationality(ctx, sent, text, m, mentions)
        if both:
            pass  # "17 soldiers from both sides": no one state's people
        elif subj is None and tally is not None and self._sent_people is not None:
            subj = self._sent_people.subject  # the tally of the people counted before it
        elif subj is None and of_them and last_states:
            subj = last_states[-1]
        elif subj is None and self._first_people is not None and re.match(
                r"\s*(?:were|are|was|had been|have been)\s", after) and _PEOPLE_STATE.match(after):
            subj = self._first_people.subject  # "six Georgian soldiers were killed and 26 were wounded": the same
        if of_them and self._sent_people is not None and self._sent_people.subject:
            subj = self._sent_people.subject  # "600,000 Ukrainians entered, and 90,000 of them remain": Ukrainians
        others = {mm.state for mm in mentions if mm.state and is_state_code(mm.state) and mm.role != "pronoun"} - {
            ctx.speaker}
        if subj is None and ctx.speaker and re.search(r"\b(?:our|my|we)\b", text, re.I) and \
                not _HOSTING.search(before) and not (
                others and _ABOUT_PEOPLE[0][1].search(text[m.end():m.end() + 40] + before[-40:]) and
                not re.search(r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}$", before, re.I)):
            # (not "my condolences to the people of Pakistan, whose floods killed 1,500": another state's dead)
            subj = ctx.speaker
            prior = [mm for mm in mentions if mm.state and is_state_code(mm.state) and mm.role != "pronoun" and
                     mm.end - s0 <= m.start()]
            if prior and prior[-1].state != ctx.speaker and not re.search(
                    r"\b(?:our|my|we|us|I)\b", text[prior[-1].end - s0:m.start()]) and re.search(
                    r"\b(?:war|conflict|crisis|fighting|violence|famine|earthquake|floods?)\s+(?:in|of)\s+(?:the\s+)?$",
                    text[:prior[-1].start - s0]):
                subj = prior[-1].state  # "troubled by the war in Sudan, which has displaced 5 million people"
        about = None
        # the people's own state word, right after them ("nine officers injured", "40 civilians were killed")
        if killed_n:
            about = "killed" if re.search(r"kill", killed_n.group(0), re.I) else "displaced" if re.search(
                r"displac|uproot", killed_n.group(0), re.I) else "wounded"  # "killed 5 and injured 40"
        state = None if killed_n else _PEOPLE_STATE.match(after) or re.match(
            r"\s*(?:[\w-]+\s+){1,2}?" + _PEOPLE_STATE.pattern.lstrip("\\s*"), after, re.I)
        for label, rx in _ABOUT_PEOPLE:
            if state and rx.search(state.group(0)):
                about = label
                break
        held_text = text[m.end():]
        held = re.match(r"[^.;:]{0,100}?\b(?:arrested|charged|detained|sentenced|convicted|accused|suspected|"
                        r"indicted|jailed|remanded|sued|fired|suspended)\b", held_text)
        near = m.start() - max(0, m.start() - 120)  # (where the figure stands in the window)
        for label, rx in sorted(_ABOUT_PEOPLE, key=lambda lr: _nearest(lr[1], window, near, near + len(m.group(0)))):
            if about is None and rx.search(window) and not (held and not rx.search(held_text[:held.end()])) and \
                    not re.search(r"\b(?:prevent\w*|avert\w*|sav(?:e|ed|es|ing))\b[^.;]{0,80}$", before, re.I):
                # ("vaccines prevented 235,000 deaths": deaths that did not happen)
                # ("two men charged over a blast that killed four": the two were charged, not killed)
                # ("claimed the lives of 9,500, and 1.7 million have fled": the word nearest the figure says)
                about = label
                break
        if subj is None and not both:
            # "Azerbaijan says five members of a family died", "leaders in the Armenian enclave say that 58 servicemen
            # …": a state's own count of its people
            subj = _sayer(text, s0, ns, mentions)
        if subj is None and not both and self._speaker and about in ("killed", "wounded", "displaced"):
            states_named = {mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                            mm.role != "pronoun" and not mm.actor.startswith("place:")}  # (a village of the
            # speaker's own, "in Fuzuli district", names no other people)
            harmer = _harmer(ctx, sent, s0, m.start("num"), mentions) if about != "displaced" else None
            if harmer is not None and harmer != self._speaker and states_named <= {harmer}:
                # a speech: "Armenia committed war crimes, killing 613 peaceful residents of Khojaly" — people a
                # foreign state killed, with no other nationality named, are the speaker's people
                subj = self._speaker
            elif about == "displaced" and states_named <= {self._speaker} and not _HOSTING.search(before):
                subj = self._speaker  # a speech: "close to 1 million refugees and displaced persons" are its own
        if subj is None and not both and about not in ("killed", "wounded"):
            # "100,000 protesters in Minsk" are Belarusians; people killed in a city or state are not said to be its
            # (the format: null when the text does not say whose)
            subj = _place(text, s0, m, mentions)
        home = re.search(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:country|nation|state|republic|land)\s+of\s+"
                         r"(?:(?:some|about|around|nearly|almost|more than|over|fewer than|just)\s+)?$", text[:ns],
                         re.I)
        if home is not None:
            # "Moldova, a country of 2.6 million people wedged between Romania and Ukraine": the population of the
            # state the apposition is hung on
            subj = next((mm.state for mm in reversed(mentions) if mm.state and is_state_code(mm.state) and
                         mm.role != "pronoun" and mm.end - s0 <= home.start()), None) or subj
        if subj is None and re.search(r"\bpopulation\b", text[max(0, m.start() - 40):m.start()], re.I):
            # "Chile has a population of …"
            subj = _agent(ctx, sent, s0, m.start("num"), mentions, last_states, self._prev_subject)
        period = period or self._as_published(ctx)
        if subj is None and about is None and not any(mm.state for mm in mentions) and re.search(
                r"\b(?:world|worldwide|globe|global|globally|planet|humanity|mankind)\b", text, re.I):
            both = True  # "a billion people in the world go hungry": the world's people, not the text's state's
        if subj is None and about is None and not of_them and not both:
            # passengers, protesters, detainees with no other owner: the state their clause names ("passenger flow at
            # the airports of Peru"), else the state the text is about
            c0, c1 = _clause_bounds(text, ns)
            subj = _first_state([mm for mm in mentions if c0 <= mm.start - s0 < c1 and mm.role != "demonym"]) or \
                _first_state([mm for mm in mentions if mm.role != "demonym"]) or \
                (self._main if self._main_named > 1 or self._speaker else None)  # (a headline's one state is no topic)
        if about in (None, "killed") and re.search(r"\blos(?:t|e|es|ing)\s+(?:(?:some|about|around|nearly|almost|"
                                                   r"over|more than|at least|up to)\s+)?$", before, re.I):
            about = "killed"  # "Russia lost 34,000 troops": losses of people, not a force's strength
            subj = subj or _agent(ctx, sent, s0, m.start("num"), mentions, last_states, self._prev_subject)
        about = about or _about(text[m.start():])
        if _STRONG.match(after) and not both:
            # "Russia's 2,000-strong contingent", "the Russian force, around 2,000 strong": the force's state, named
            # before the figure in its clause
            c0, _ = _clause_bounds(text, ns)
            subj = next((mm.state for mm in reversed(mentions) if mm.state and is_state_code(mm.state) and
                         mm.role != "pronoun" and c0 <= mm.start - s0 < ns), None) or subj
        if about not in ("killed", "wounded", "displaced") and not both and re.search(
                r"\b(?:team|contingent|delegation|detachment|unit|group|mission)\s+of\s+(?:(?:some|about|around|nearly|"
                r"almost|over|more\s+than|up\s+to|at\s+least)\s+)?$", text[:ns], re.I):
            # "Kazakhstan sent a rescue team of 56 people": the team's, the one who sent or has it
            subj = _agent(ctx, sent, s0, m.start("num"), mentions, last_states, self._prev_subject, groups=True,
                          antecedent=True) or subj
        if about not in ("killed", "wounded", "displaced") and re.match(
                r"\s*(?:(?:[A-Z][a-z]+\s+|[a-z-]+\s+){0,2}?(?:troops|soldiers|servicemen|servicemembers|personnel|"
                r"peacekeepers|fighters|mercenaries|observers|monitors|inspectors|rescuers)|staff)\b", after) and \
                not re.search(
                r"\b(?:sentenc\w*|convict\w*|arrest\w*|detain\w*|captur\w*|releas\w*|freed|exchang\w*|handed\s+over|"
                r"return\w*|repatriat\w*|tried|charg\w*|held\s+captive|captive|prisoners?)\b", text, re.I):
            # "it maintains 35,000 troops in northern Cyprus": a force's strength, not a count of people hurt; the
            # force is its nationality's, else the clause agent's. Its people are of that nationality: a people count
            # (the format's "people of the subject nationality"), told apart by its "about"
            if not both:
                subj = _apposed_force(text, s0, m, mentions) or _nationality(ctx, sent, text, m, mentions) or _agent(
                    ctx, sent, s0, m.start("num"), mentions, last_states, self._prev_subject, groups=True,
                    antecedent=True) or subj
                # ("KFOR has some 4,500 troops in Kosovo": the alliance's force)
            return Claim("people_count", subj, None, value, "people", qualifier, period, span, about=about)
        if about not in ("killed", "wounded", "displaced") and re.match(
                r"\s*(?:[a-z-]+\s+){0,2}?(?:members|deputies|MPs|lawmakers|legislators|senators|seats)\b", after) and \
                re.search(r"\b(?:parliament\w*|assembly|congress|senate|legislat\w*|chamber|council|house|"
                          r"duma|rada|majlis|milli)\b", text, re.I) and not _HARMED.search(text):
            # "the National Assembly has 101 members": the size of a body (seats), not people counted
            return Claim("other", subj, None, value, "count", qualifier, period, span, about=about)
        claim = Claim("people_count", subj, None, value, "people", qualifier, period, span, about=about)
        self._sent_people = claim
        self._first_people = self._first_people or claim
        return claim

    def _duration(self, ctx: Context, sent: Any, text: str, s0: int, m: re.Match[str], value: float, before: str,
                  after: str, mentions: list[Mention], last_states: list[str]) -> Claim | None:
        """How long something lasted: "the war that lasted forty-four days", "sentenced them to 6 to 20 years",
        "the CIA's 11-year-long programme against Chinese sectors"."""
        span = Span(s0, s0 + len(text.rstrip()))
        states = [mm for mm in mentions if mm.state and is_state_code(mm.state) and mm.role != "pronoun"]
        unit_re = r"(years?|months?|weeks?|days?)"
        long = re.match(rf"-{unit_re}-long\b", after, re.I) or re.match(rf"\s*{unit_re}\s+long\b", after, re.I)
        if long:
            owner = next((mm.state for mm in reversed(states) if mm.start - s0 < m.start() and
                          re.match(r"['’]s\b", ctx.text[mm.end:mm.end + 2])), None)
            owner = owner or next((mm.state for mm in states if mm.start - s0 < m.start()), None) or (
                self._speaker if re.search(r"\b(?:our|my)\s+(?:state|country|nation)['’]s\s+$", before, re.I) else None)
            against = next((mm.state for mm in states if mm.start - s0 > m.end() and mm.state != owner and
                            re.search(r"\b(?:against|on|with|into)\s+(?:\w+\s+){0,2}$",
                                      text[max(0, mm.start - s0 - 25):mm.start - s0])), None)
            unit = long.group(1).lower().rstrip("s") + "s"
            return Claim("other", owner, against, value, unit, "exact", None, span, about="duration: " + _about(text))
        # ("the war that lasted 44 days" is not read: the war's year is rarely in its sentence)
        term = re.search(r"\bsentenced\b[^.;]{0,40}?\bto\s+$", before, re.I)
        unit_m = re.match(rf"\s*(?:to\s+\d+\s+)?{unit_re}\b", after, re.I)
        if term is None and unit_m:
            # a prison term told otherwise: "jailed for five years", "gets 6 years in prison", "was given 4 years
            # behind bars" (what is sought or faced is no term: "faces up to 8 years", "seek 30 years")
            lead = r"(?:(?:more\s+than|over|nearly|almost|about|at\s+least)\s+)?$"
            term = re.search(r"(?<!should be )(?<!could be )(?<!would be )(?<!must be )(?<!might be )(?<!may be )"
                             r"(?<!to be )\b(?:jailed|imprisoned|locked\s+up)\s+for\s+" + lead, before, re.I) or (
                re.search(r"\b(?:gets?|got|given|receives?|received|handed|serv(?:e|es|ed|ing))\s+(?:\w+\s+)?" + lead,
                          before, re.I) and
                re.match(r"\s+(?:in\s+(?:prison|jail)|behind\s+bars|of\s+imprisonment)\b", after[unit_m.end():],
                         re.I))
        if not (unit_m and term):
            return None
        unit = unit_m.group(1).lower().rstrip("s") + "s"
        qualifier = "at_least" if re.match(r"\s*to\s+\d", after) else _qualifier(before)
        if term:
            # a prison term is the sentenced people's: their nationality, else a state the sentence names that is
            # not the court's (the clause's agent)
            agent = _agent(ctx, sent, s0, m.start("num"), mentions, last_states, self._prev_subject) or (
                states[0].state if states else None)
            held = next((mm.state for mm in states if re.search(
                r"\b(?:citizens|nationals|residents|people|prisoners|captives|soldiers|servicemen|members)\s+of\s+"
                r"(?:the\s+)?(?:Republic\s+of\s+)?$", text[max(0, mm.start - s0 - 40):mm.start - s0])), None)
            subj = held or next((mm.state for mm in states if mm.state != agent), None) or self._main
            if re.search(r"\d\s+to\s+$", before):
                qualifier = "at_most"  # the upper bound of "6 to 20 years"
            return Claim("other", subj, None, value, unit, qualifier, self._as_published(ctx), span,
                         about="prison term: " + _about(text))
        return None

    def _exchange_rate(self, text: str, before: str, after: str, cur: str | None, cur_word: tuple[str, int] | None,
                       value: float, qualifier: str, period: str | None, span: Span,
                       last_states: list[str]) -> Claim | None:
        """ "the rial traded at 3,800 to the dollar", "a dollar costs 29,500 rials", "80 roubles per euro": units of
        the local currency per dollar (or euro), the issuing state's figure."""
        if cur:
            return None
        rest = after[cur_word[1]:] if cur_word else after
        to = re.match(r"\s*(?:to|per|against)\s+(?:the|one|a|1|each)?\s*(?:US\s+|U\.S\.\s+)?(dollar|euro)s?\b", rest,
                      re.I)
        cost = re.search(r"\b(?:a|one|the|each)\s+(?:US\s+)?(dollar|euro)\s+(?:now\s+)?(?:costs?|buys?|fetch(?:es)?|"
                         r"is worth|was worth|trades? at|traded at|sells? for|sold for|equals?)\s+(?:\w+\s+){0,2}$",
                         before, re.I)
        if not (to or (cost and cur_word)):
            return None
        base = "usd" if (to or cost).group(1).lower() == "dollar" else "eur"  # type: ignore[union-attr]
        local = cur_word[0] if cur_word and cur_word[0] not in ("usd", "eur") else currency_named(text)
        if local is None or local == base:
            return None
        subj = ISSUER.get(local) or (last_states[-1] if last_states else None)
        return Claim("other", subj, None, value, f"{local}_per_{base}", qualifier, period, span,
                     about="exchange rate: " + _about(text)[:60])

    def _gift_told_before(self, measures: Collection[str], since: int) -> Claim | None:
        """The last aid, loan or investment figure read (of ``measures``, with a receiver) in a sentence starting at
        ``since`` or later."""
        return next((c for c in reversed(self._out) if c.measure in measures and c.subject and
                     c.text.start >= since), None)

    def _fraction(self, ctx: Context, sent: Any, text: str, s0: int, m: re.Match[str], pct: float,
                  mentions: list[Mention], last_states: list[str]) -> Claim:
        """ "one fifth of the territory", "two-thirds of Chileans", "trade fell by about one-third": a percentage."""
        before = text[max(0, m.start("num") - 60):m.start("num")]
        qualifier = _qualifier(before)
        period = self._period_near(text, m.start("num"))
        span = Span(s0, s0 + len(text.rstrip()))
        c0, c1 = _clause_bounds(text, m.start("num"))
        kind = _nearest_flow(text[c0:c1], m.start("num") - c0)
        if _CHANGE_BEFORE.search(before) and kind in ("export", "import", "trade"):
            subj, partner = _flow_roles(ctx, text, s0, c0, c1, kind, mentions, last_states)
            if kind == "trade" and partner is None:
                subj, partner = _bilateral([mm for mm in mentions if c0 <= mm.start - s0 < c1], last_states)
            return Claim("other", subj, partner, pct, "percent", qualifier, period, span,
                         about=f"change in {kind}: " + _about(text[c0:c1])[:60])
        if kind in ("export", "import", "trade") and re.match(
                r"(?:\s*|-)\w*\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|my\s+)?(?:[\w-]+['’]s\s+|[A-Z][\w-]+\s+)?"
                r"(?:(?:total|overall|foreign)\s+){0,2}(?:exports|imports|trade|turnover)\b", text[m.end("num"):]):
            # "Russia accounts for roughly a third of Armenia's trade": a share of a flow
            return self._share(ctx, text, m, pct, qualifier, period, span, mentions, last_states)
        bought = _bought_share(text, s0, c0, m.start("num"), m.end(), mentions, last_states, self._prev_subject)
        if bought is not None:
            return Claim(bought[0], bought[1], bought[2], pct, "percent", qualifier, period, span)
        pair = _supply_pair(text, s0, c0, m.start("num"), m.end(), mentions, last_states)  # (after the whole
        # fraction)
        if pair is not None:
            return Claim("import_share", pair[0], pair[1], pct, "percent", qualifier, period, span)
        its = re.match(r"(?:\s*|-)\w*\s+of\s+(?:its|their)\b", text[m.end("num"):])
        if its:
            # "Vietnam buys about a fifth of its weapons from Russia": "its" is the clause's owner; the state the goods
            # come from (go to) the partner; a verb of buying (selling) makes it an import (export) share
            owner = next((mm.state for mm in mentions if mm.state and is_state_or_group(mm.state) and
                          mm.role != "pronoun" and c0 <= mm.start - s0 < m.start("num")), None) or \
                _antecedent(last_states)
            tail = m.end("num") + its.end()
            other = next((mm.state for mm in mentions if mm.state and is_state_or_group(mm.state) and
                          mm.state != owner and tail <= mm.start - s0 < c1 and
                          re.search(r"\b(?:from|to|with)\s+(?:the\s+)?$", text[max(0, mm.start - s0 - 10):
                                                                              mm.start - s0])), None)
            verb = _nearest_flow(text[c0:m.start("num")], m.start("num") - c0, sales=True)
            measure = f"{verb}_share" if verb in ("export", "import") and other else "other"
            return Claim(measure, owner, other, pct, "percent", qualifier, period, span,
                         about=None if measure != "other" else _about(text))
        # the state a share is of: not one in a leading "Though …," clause, nor the object of a preposition ("lost
        # half of that equipment in a war with Iraq")
        lead = re.match(r"\s*(?:Though|Although|While|Whereas|Despite|After|Before|When|Because|As|Since|If)\b[^,;]*,",
                        text)
        cands = [mm for mm in mentions if not (lead and mm.start - span.start < lead.end()) and not re.search(
            r"\b(?:with|against|to|from|by|on|over|between)\s+(?:the\s+)?$",
            text[max(0, mm.start - span.start - 12):mm.start - span.start], re.I)]
        subj = _whole_owner(text, s0, m.end(), mentions) or _nationality(ctx, sent, text, m, mentions) or \
            _first_state(cands) or (
            None if _REGION_SUBJ.match(text) else self._main)
        if _WORLD_WHOLE.match(text, m.end()):
            # "four fifths of the United Nations membership abstained": no one state's share; "China accounts for
            # a third of the world's steel": the clause's subject state's
            subj = _agent(ctx, sent, s0, m.start("num"), mentions, last_states, self._prev_subject)
        return Claim("other", subj, None, pct, "percent", qualifier, period, span, about=_about(text))

    def _same_pair(self, subj: str | None, partner: str | None, kind: str,
                   clause_states: list[str]) -> tuple[str | None, str | None]:
        """A flow whose clause names no owner ("Exports have held up better, dropping by 7%", "Those from the UAE
        are up by 11%") is the same state's as the flow before it; a partner it does not name is that one's too."""
        if subj not in clause_states and self._last_flow is not None and self._last_flow[1] is not None:
            last_subj, last_partner = self._last_flow[1], self._last_flow[2]
            partner = partner if partner in clause_states else last_partner
            subj = last_subj if last_subj != partner else subj
        self._last_flow = (kind, subj, partner)
        return subj, partner

    def _share(self, ctx: Context, text: str, m: re.Match[str], value: float, qualifier: str,
               period: str | None, span: Span, mentions: list[Mention], last_states: list[str]) -> Claim:
        c0b, _ = _clause_bounds(text, m.start("num"))
        bought = _bought_share(text, span.start, c0b, m.start("num"), m.end(), mentions, last_states,
                               self._prev_subject)
        if bought is not None:
            return Claim(bought[0], bought[1], bought[2], value, "percent", qualifier, period, span)
        unbanked = _unbanked(text)  # (blanked whole, then cut: a lender's name cut in half is still no flow)
        window_after = unbanked[m.end():m.end() + 90]
        brk = _CLAUSE_BREAK.search(window_after)  # ("…, and Norway's trade with Russia shrank": another clause's)
        window_after = window_after[:brk.start()] if brk else window_after
        window = unbanked[max(0, m.start() - 90):m.end()] + window_after
        kind = None
        after = [(w.start(), name) for name, rx in _MEASURE_WORDS[:3] for w in rx.finditer(window_after)]
        if _INVESTMENT_WHOLE.match(text, m.end()):
            after, window = [], ""  # "60 per cent of the stock of foreign direct investment": no trade share
        if after:  # ("6 per cent of Romania's imports, and … Romania's export market": the whole named right after)
            kind = min(after)[1]
        for name, rx in _MEASURE_WORDS[:3]:
            if kind is None and rx.search(window):
                kind = name
                break
        if kind is None and self._last_flow is not None and re.match(r"\s*(?:Those|These)\s+(?:from|to|with)\b", text):
            kind = self._last_flow[0]  # "Those from the UAE are up by 11%": the flow of the sentence before
        if kind is None:
            c0, _ = _clause_bounds(text, m.start("num"))
            pair = _supply_pair(text, span.start, c0, m.start("num"), m.end("num"), mentions, last_states)
            if pair is not None:  # "Russia supplies around 85% of Armenia's natural gas"
                return Claim("import_share", pair[0], pair[1], value, "percent", qualifier, period, span)
            listed = _list_item(ctx, text, span.start, m.start("num"), mentions, last_states)
            if listed is not None:
                # "its main partners are Russia, followed by China (12 %)": a list of partners, markets or suppliers
                return Claim(f"{_head_kind(text[:m.start('num')])}_share", listed[0], listed[1], value, "percent",
                             qualifier, period, span)
        if kind is None:
            issuer = ISSUER.get(currency_named(text) or "") if _CURRENCY_SUBJ.search(text) else None
            whole = _whole_owner(text, span.start, m.end(), mentions, self._speaker)
            the_country = re.match(r"\s*(?:per\s?cent|percent|%)?\s*of\s+(?:the\s+)?(?:country|nation)['’]s\b",
                                   text[m.end():]) if not whole else None
            polled = _POLLED.match(text, m.end())
            if polled:
                # "70 per cent of respondents opposed …": the public polled, the state told about (not one named in
                # what they were asked)
                whole = next((mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                              polled.start("dem") <= mm.start - span.start < polled.end("dem")), None) if \
                    polled.group("dem") else None
                whole = whole or _antecedent(last_states) or self._main
                return Claim("other", whole, None, value, "percent", qualifier, period, span, about=_about(text))
            subj = (self._main if the_country and self._main_named > 1 else None) or whole or issuer or \
                _pronoun_whole(text, span.start, m.start("num"), mentions, last_states) or _first_state(mentions) or (
                    _antecedent(last_states) if last_states and not _REGION_SUBJ.match(text) else None)
            if _WORLD_WHOLE.match(text, m.end()):
                # "60 per cent of the world's GDP": no one state's share unless a state is the clause's subject
                sent = next((st for st in ctx.sentences() if ctx.span_chars(st)[0] == span.start), None)
                subj = _agent(ctx, sent, span.start, m.start("num"), mentions, last_states, self._prev_subject) \
                    if sent is not None else None
            return Claim("other", subj, None, value, "percent", qualifier, period, span, about=_about(text))
        before = text[max(0, m.start("num") - 60):m.start("num")]
        if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(window_after):
            # "imports from Iran decreased by 62%", "exports are up by 11%", "€3bn, a 12 per cent increase": a change,
            # not a share
            c0, c1 = _clause_bounds(text, m.start("num"))
            subj, partner = _flow_roles(ctx, text, span.start, c0, c1, kind, mentions, last_states)
            subj, partner = self._same_pair(subj, partner, kind, [mm.state for mm in mentions if mm.state and
                                                                  c0 <= mm.start - span.start < c1])
            return Claim("other", subj, partner, value, "percent", qualifier, period, span,
                         about=f"change in {kind}: " + _about(text[c0:c1])[:60])
        measure = f"{kind}_share"
        earlier = next((c for c in reversed(self._out[self._first:]) if c.measure == measure and c.subject), None)
        if earlier is not None and re.search(r"\b(?:and|while|whereas)\s+(?:(?:about|around|some|nearly|almost|"
                                             r"roughly|over|more than)\s+)?$", text[:m.start("num")]):
            # "Georgia sends 14% of its exports to Turkey and 12% to Russia": the same whole, the next partner
            to = next((mm.state for mm in mentions if mm.state and is_state_or_group(mm.state) and re.fullmatch(
                r"\s*(?:to|from|with|into)\s+(?:the\s+)?", text[m.end():mm.start - span.start])), None)
            if to is not None and to != earlier.subject:
                return Claim(measure, earlier.subject, to, value, "percent", qualifier, period, span)
        if earlier is not None and re.search(r"\b(?:up|down|rising|falling|increasing|decreasing)\s+from\s+$",
                                             text[:m.start("num")], re.I):
            # "65% of total Moldovan exports, up from 54% in 2014": the same share at another time
            return Claim(measure, earlier.subject, earlier.partner, value, "percent", qualifier, period, span)
        listed = _list_item(ctx, text, span.start, m.start("num"), mentions, last_states)
        if listed is not None:
            lkind = _nearest_flow(text[:m.start("num")], m.start("num"))
            lmeasure = f"{lkind}_share" if lkind in ("export", "import", "trade") else measure
            return Claim(lmeasure, listed[0], listed[1], value, "percent", qualifier, period, span)
        its = re.match(r"\s*of\s+(?:its|their|the country['’]s|the bloc['’]s)\b", window_after, re.I)
        if its:
            # "the EU imported 45% of its gas from Norway": "its" is the owner named before, the partner the state
            # it comes from or goes to
            owners = [mm.state for mm in mentions if mm.state and is_state_or_group(mm.state) and
                      mm.start - span.start < m.start() and mm.role != "pronoun" and
                      not _COMPARED.search(text[max(0, mm.start - span.start - 12):mm.start - span.start])]
            # ("Turkey was Azerbaijan's second-largest partner, after Italy, accounting for 12% of its trade": a
            # state named only to compare with owns nothing here)
            subj = owners[-1] if owners else _antecedent(last_states)
            partner = next((mm.state for mm in mentions if mm.state and is_state_or_group(mm.state) and
                            mm.start - span.start >= m.end() and mm.state != subj and
                            re.search(r"\b(?:from|to|with)\s+(?:the\s+)?$",
                                      text[max(0, mm.start - span.start - 10):mm.start - span.start])), None)
            takes = re.search(r"\b(?:account\w*\s+for|mak\w+\s+up|represent\w*|tak\w+|took|buy\w*|bought|"
                              r"receiv\w*|absorb\w*|suppl\w+|provid\w+)\s+(?:\w+\s+){0,2}$", text[:m.start("num")],
                              re.I)
            good = _goods_subject(ctx, span.start, m.start("num"), mentions) if takes and partner is None else None
            if good is not None:
                # "Mali depends on Russia for grain, while gold accounts for 80 percent of its exports": a good's
                # share of the owner's exports, the owner a clause's subject or possessor named before
                named = _sentence_owners(ctx, [mm for mm in mentions if mm.start - span.start < m.start()])
                return Claim(measure, named[-1] if named else subj, None, value, "percent", qualifier, period, span)
            if partner is None and takes and len(set(owners)) == 1:
                # "Germany alone takes 9% of its exports": the taker is the partner, "its" the owner named before
                before_owner = _antecedent(last_states, set(owners))
                if before_owner is not None:
                    subj, partner = before_owner, owners[0]
            if partner is None and takes:
                # "The EU is Armenia's largest partner, accounting for 20% of its trade": the clause's subject
                partner = next((st for st in owners if st != subj), None)
            return Claim(measure, subj, partner, value, "percent", qualifier, period, span)
        # whose exports: "of Georgian exports", "of China's total trade"
        subj = _possessor(mentions, text, m.end(), ctx)
        partner = None
        sh = re.search(r"\bshare\s+of\s+(?:the\s+)?", text[:m.start()])
        if subj is None and sh:
            # "Turkey's share of Georgian imports was 17%": the whole is the subject's, the share's owner the partner
            subj = next((mm.state for mm in mentions if mm.state and is_state_or_group(mm.state) and
                         sh.end() <= mm.start - span.start <= sh.end() + 15), None)
        states_after = [mm for mm in mentions if mm.state and is_state_or_group(mm.state) and mm.state != subj and
                        mm.start - span.start >= m.end()]
        dest = next((mm.state for mm in states_after if re.search(
            r"\b(?:to|from|with|into)\s+(?:the\s+)?$", text[max(0, mm.start - span.start - 10):mm.start - span.start])
                     and not _CLAUSE_BREAK.search(text[m.end():mm.start - span.start])), None)
        before_states = [mm.state for mm in mentions if mm.start - span.start < m.start() and mm.state and
                         not _COMPARED.search(text[max(0, mm.start - span.start - 12):mm.start - span.start])]
        # ("Russia is now Turkey's largest source of imports, ahead of China, and supplied 45% of …": a state named
        # only to compare with has no share here)
        for st in reversed(before_states):
            if st != subj and st is not None and is_state_or_group(st):
                partner = st
                break
        if partner is None:
            # "40 percent of Azerbaijan's exports go to Italy": the destination (origin) named after the whole; in an
            # article on two states' relations, "accounted for 22% of Kyrgyzstan's foreign trade" is the other's share
            partner = dest or _other_of_pair(ctx, subj) or next((st for st in reversed(last_states) if st != subj),
                                                                None)
        partner_of = [mm.state for mm in mentions if mm.state and is_state_or_group(mm.state) and
                      mm.start - span.start < m.start() and
                      re.match(r"['’]s\s+(?:[\w-]+\s+){0,3}" + _PARTNER_WORD, ctx.text[mm.end:mm.end + 60])]
        if subj is None and partner_of:
            # "Russia is Kyrgyzstan's second largest trading partner, accounting for 27% of total trade": the whole is
            # the possessor's, the share the clause subject's
            subj = partner_of[-1]
            partner = next((st for st in before_states if st != subj and is_state_or_group(st)), None)
        if subj is None and partner is not None and re.search(r"\b(?:its|their)\b", text[:m.start()], re.I):
            # "Romania is its second-largest market, taking 12% of exports": the whole is the antecedent's
            subj = _antecedent(last_states, {partner})
        scope = None
        if re.search(r"\bwith the region\b|\bin the region\b|\bregion's\b", window_after):
            scope = _region_states(ctx)
        return Claim(measure, subj, partner, value, "percent", qualifier, period, span, scope=scope)

    @staticmethod
    def _equipment_owner(ctx: Context, sent: Any, m: re.Match[str], after: str, mentions: list[Mention]) -> str | None:
        """The one state or body named among the words between a figure and the machines it counts ("49 PLA
        aircraft", "three Russian cruise missiles"); None when there is none or more than one."""
        eq = _EQUIPMENT.match(after)
        if eq is None or re.match(r"\s+(?:had\s+|have\s+|has\s+)?(?:landed|arrived|touched|docked|flew)\b",
                                  after[eq.end():]):
            return None  # ("six Chinese Y-20 transport aircraft landed at Belgrade airport": a visit, no count kept)
        lo = ctx.span_chars(sent)[0] + m.end()
        hi = lo + eq.start(1)
        owners = {mm.state for mm in mentions if lo <= mm.start and mm.end <= hi and mm.state and mm.role != "pronoun"
                  and not re.match(r"-(?:made|built|supplied|designed|produced)\b", ctx.text[mm.end:mm.end + 12])}
        return owners.pop() if len(owners) == 1 else None  # (not "three US-made armoured vehicles": a maker)

    def _count(self, ctx: Context, sent: Any, text: str, m: re.Match[str], after: str, value: float, qualifier: str,
               period: str | None, span: Span, mentions: list[Mention], raw: str) -> Claim | None:
        """ "11 airports", "four resolutions", "90,000 new jobs", "2 trillion cubic metres": a count of things."""
        owner = self._equipment_owner(ctx, sent, m, after, mentions)
        if owner:
            # "49 PLA aircraft", "seven CCG ships", "four Azerbaijani helicopters": machines counted are their owner's
            return Claim("other", owner, None, value, "count", qualifier, period or self._as_published(ctx), span,
                         about=_about(text))
        # the counted noun, after up to two modifiers — lower-case words, demonyms, or a name ("14 United Nations
        # conventions", "176 of 184 Member States")
        noun = re.match(r"\s*(?:(?:[a-z-]+|[a-z]+-[A-Za-z-]+|[A-Z][a-z]+(?:an|ian|ese|i|ish)|United\s+Nations|"
                        r"European\s+Union|[A-Z]{2,8}|(?:[A-Z]\.){2,}|(?:[A-Z]\.){2,}-[a-z]+|[A-Z][a-z]+-[a-z]+|"
                        r"[A-Z]{1,4}-\d+[A-Z]?)\s+){0,3}?([a-z]+s|States|Countries|Nations|Members|(?-i:[A-Z]{2,5}s))\b",
                        after) or \
            re.match(r"\s*of\s+(?:the\s+|its\s+|their\s+)?\d[\d,]*\s+(?:(?:[a-z-]+|[A-Z][a-z]+)\s+){0,2}?"
                     r"([a-z]+s|States|Countries|Nations|Members)\b", after) or \
            (_EQUIPMENT.match(after) if _TRANSFERRED.search(text[:m.start("num")]) else None)
        # ("sold … 60 Harop drones", "bought 12 Su-30 jets": arms handed over, not "six aircraft landed")
        # "269 of the 279 outcomes": the part counts the whole's noun
        vote = re.match(r"\s*(?:votes?\s+|members\s+|deputies\s+|MPs\s+|lawmakers\s+)?(?:voting\s+|voted\s+)?"
                        r"(?:in\s+favou?r|against)\b", after)
        if vote and noun is None:
            # "adopted with 117 voting in favour and two against": a count of votes
            subj = _first_state(mentions) or self._main
            return Claim("other", subj, None, value, "count", qualifier, period or self._as_published(ctx), span,
                         about="votes: " + _about(text)[:60])
        if noun is None and re.search(r"\brank(?:ing|ings)?\s+(?:\w+\s+)?by\s+$|\b(?:increase|rise|improvement|"
                                      r"jump|gain|climb|drop|fall|decline)\s+in\s+(?:the\s+|its\s+)?rank(?:ing|ings)?\s+of\s+$",
                                      text[:m.start("num")], re.I):
            # "raised Georgia's ranking by 77", "an increase in rankings of 28": places moved in a ranking
            subj = _first_state(mentions) or self._main
            return Claim("other", subj, None, value, "places", qualifier,
                         period or self._period_near(text, m.start("num")), span, about=_about(text))
        colon = bool(re.search(r":\s*$", text[:m.start("num")]) or (  # table rows: "Total: 10"
            not text[:m.start("num")].strip() and _ROW_LABEL.search(ctx.text[max(0, span.start - 40):span.start])))
        if noun is None and raw[0].isdigit() and re.match(r"\s*(?:in|for|on)\s", after):
            # "jumped 13 places in A, 16 in B and 19 in C": later figures of a list share the first one's noun
            # page-header lines (no lower-case letter: "A/70/PV.22 01/10/2015") do not end the list
            first = _LIST_FIRST.search(re.sub(r"\n[^a-z\n]*(?=\n)", lambda h: " " * len(h.group(0)),
                                              text[:m.start("num")]))
            if first:
                subj = _agent(ctx, sent, span.start, first.start(), mentions, self._last, self._prev_subject) or \
                    _first_state(mentions) or self._main
                return Claim("other", subj, None, value, first.group(1).lower(), qualifier,
                             period or self._period_near(text, first.start()), span, about=_about(text))
            prev = self._prev_step
            if prev is not None and re.match(r"(?:[\sA-Z0-9/.-]*\n)?\s*[a-z]", text) and \
                    not _OTHER_FIGURE.search(text[:m.start("num")]):
                # a list cut by a page break: "… 22 in political [page header] stability, and 23 in corruption"
                return Claim("other", prev.subject, None, value, prev.unit, qualifier, prev.period, span,
                             about=_about(text))
        mass = re.match(r"\s*(?:metric\s+)?(tonnes?|tons?|barrels?|bcm|tcm|cubic\s+met(?:re|er)s)\b", after, re.I)
        if mass:
            # "the stockpile has exceeded one tonne", "1.9m barrels": a quantity in its unit
            subj = _agent(ctx, sent, span.start, m.start("num"), mentions, self._last, self._prev_subject) or (
                None if _stateless_relative(ctx, sent, span.start, m.start("num"), mentions) else
                _first_state([mm for mm in mentions if not (mm.role == "demonym" and
                                                            _PLACE_NOUN.match(ctx.text, mm.end))]) or self._main)
            c0, c1 = _clause_bounds(text, m.start("num"))
            flow = _nearest_flow(text[c0:c1], m.start("num") - c0)
            partner = None
            if flow in ("export", "import"):
                # "Iran's oil exports to China averaged 600,000 barrels per day": the flow's two ends
                subj, partner = _flow_roles(ctx, text, span.start, c0, c1, flow, mentions, self._last)
                subj = subj or self._main
            word = mass.group(1).lower()
            # "11.8 bcm" stays in the unit given (the format: values in the unit the text gives); "11.8 billion
            # cubic metres" is a figure scaled by its word, in cubic metres
            unit = {"ton": "tonnes", "tonne": "tonnes", "barrel": "barrels", "bcm": "bcm", "tcm": "tcm"}.get(
                word.rstrip("s"), "m3")
            if re.match(r"\s*(?:per|a)\s+day\b|\s*daily\b", after[mass.end():], re.I):
                unit += "_per_day"
            if partner is None and flow not in ("export", "import"):
                partner = _volume_partner(text, span.start, m.end(), c1, mentions, subj)
            relief = _RELIEF_SENT.match(after, mass.end())
            if relief is not None and flow not in ("export", "import"):
                # "our country has sent more than 1,000 tonnes of humanitarian aid to Ukraine": like aid, the
                # receiver's, from the giver
                taker = next((mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                              mm.start - span.start >= m.end() + relief.start("to") and
                              (is_state_code(mm.actor) or mm.role == "demonym")), None)  # (not a region's place)
                giver = subj if subj != taker else None
                if taker is not None:
                    subj, partner = taker, giver
            return Claim("other", subj, partner, value, unit, qualifier, period or self._as_published(ctx), span,
                         about=_about(text))
        if noun is None and raw[0].isalnum():
            # "reducing the number of self-governing cities from twelve to five": the figure counts that noun
            c0, _ = _clause_bounds(text, m.start("num"))
            of = re.search(r"\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?([a-z]+s|States|Members|Nations|Countries)\b[^\d.;]*"
                           r"(?:\bfrom\s+[\d,.]+\s+to\s+(?:today['’]s\s+)?)?$",
                           text[c0:m.start("num")])  # "cut the number of ministries from 19 to 14": both counted
            if of and of.group(1) not in _NOT_COUNTED:
                noun = of
        if (value < 2 or (value < 3 and not raw[0].isdigit())) and not colon:
            return None
        if noun is None and not colon and not (raw[0].isdigit() and "," in raw):
            return None
        if noun is not None and noun.group(1) in _NOT_COUNTED:
            return None
        if re.match(r"\s*(?:hours|minutes|days|weeks|months|years)\s+(?:later|earlier|afterwards|before)\b", after):
            return None  # "reappears 24 hours later": a time, not a figure
        if noun is not None and re.match(r"(?i:countries|states|nations)$", noun.group(1)) and \
                re.match(r"\s*(?:[-–—:(]|,\s+(?:namely\s+)?)\s*[A-Z][\w ]+,\s*[A-Z]", after[noun.end():]):
            return None  # "five European countries - Belgium, Estonia, …": the list's length, not a new figure
        if re.match(r"\s*(?:(?:to|-|–|and|or)\s*\d[\d,.]*\s*)?-?(?:m|ft|feet|foot|metres?|meters?|kg|kilograms?|"
                    r"tons|tonnes|mw|kw|kwh|gw|megawatts?|gigawatts?|hectares|ha|°|mm|cm|millimet(?:re|er)s?|"
                    r"centimet(?:re|er)s?|inch(?:es)?|calibre|caliber|degrees?|volts?|kv|hz|gb|mb|mph|kph|km/h|"
                    r"knots|miles\s+(?:per|an)\s+hour)\b", after,
                    re.I):
            return None  # a measurement, not a count
        whose = next((mm for mm in mentions if mm.state and is_state_code(mm.state) and mm.role != "pronoun" and
                      re.fullmatch(r"['’]s\s+", text[mm.end - span.start:m.start("num")])), None)
        if whose is None and not re.search(r"\b(?:today|yesterday|tomorrow|year)['’]s\s+$", text[:m.start("num")],
                                           re.I) and (
                re.search(r"(?:\bthe|\bits|\btheir|['’]s|\bthese|\bthose|\bboth|\btop|\bour|\bmy|\bremaining|"
                          r"\bother|\bfirst|\blast|\bnext)\s+$|\ball\s+(?=[a-z]+\s+$)", text[:m.start("num")],
                          re.I) or (
                re.search(r"\ball\s+$", text[:m.start("num")], re.I) and not raw[0].isdigit())):
            return None  # a definite description ("the three countries", "top ten"), not a new figure (a state's
            # own things are: "Azerbaijan's 270 vessels"; so are today's: "from 51 to today's 193")
        # "40 German-made tanks", "U.S.-built jets": the maker names where the things come from, not whose they are
        made = [mm for mm in mentions if re.match(r"-(?:made|built|designed|produced|manufactured|supplied|"
                                                  r"origin|era)\b", ctx.text[mm.end:mm.end + 14])]
        mentions = [mm for mm in mentions if mm not in made]
        own = next((mm for mm in mentions if mm.role == "demonym" and mm.state and
                    mm.start - span.start >= m.end("num") and
                    re.fullmatch(r"\s*(?:[a-z-]+\s+)?", text[m.end("num"):mm.start - span.start])), None)
        # "from the Syrian border", "off the Turkish coast": a demonym naming a place is not the owner of a count
        owners = [mm for mm in mentions if not (mm.role == "demonym" and _PLACE_NOUN.match(ctx.text, mm.end))]
        if own is not None and re.match(r"\s*(?:and|or|,)\s+[A-Z]", ctx.text[own.end:]):
            own_state: str | None = None  # "eight Russian and Chinese warships": two states' things, no one's
            subj = None
        else:
            own_state = own.state if own is not None else None
            subj = own_state or _agent(ctx, sent, span.start, m.start("num"), mentions, self._last,
                                       self._prev_subject, groups=True)  # "NATO increased forces to 300,000"
        if own is None and subj is None:
            if _figure_is_subject(ctx, sent, span.start, m.start("num")) and not ctx.speaker:
                # "33 countries called for sanctions on Russian clubs", "3,000 dolphins died since the Russian
                # invasion": a state named after the figure in another role does not own it; where it is counted
                # ("in Azerbaijan") or a state named before it does
                subj = _first_state([mm for mm in owners if mm.start - span.start < m.start("num") or (
                    mm.role != "demonym" and re.search(r"\b(?:in|across|throughout|inside|within)\s+(?:the\s+)?"
                                                       r"(?:[a-z]+\s+)?$",
                                                       text[max(0, mm.start - span.start - 25):mm.start - span.start]))
                ]) or (self._main if self._main_named > 1 else None)  # the state a longer text is about
            else:
                subj = _first_state(owners) or self._main  # "four Azerbaijani helicopters": the nationality
        whole = re.match(r"\s+(?:\w+\s+)?of\s+(?:the\s+)?(?:Republic\s+of\s+)?", after[noun.end():]) if noun else None
        if whole is not None and noun is not None:
            # "seven districts of Azerbaijan", "two regions of our country": parts counted of a state's whole
            at = m.end() + noun.end() + whole.end()
            part_of = next((mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                            mm.role != "pronoun" and abs(mm.start - span.start - at) <= 1), None)
            if part_of is None and self._speaker and re.match(r"(?:our|my)\s+(?:country|nation|state|republic)\b",
                                                              after[noun.end() + whole.end():]):
                part_of = self._speaker
            subj = part_of or subj
        if whose is not None:
            subj = whose.state  # "Azerbaijan's 270 vessels"
        elif noun is not None and re.fullmatch(r"(?i:countries|states|nations)", noun.group(1)) and self._speaker:
            subj = self._speaker  # "guests from 140 countries": a count of states is the speaker's (host's) figure
        if noun is not None and re.fullmatch(r"districts|regions|provinces|villages|towns|cities|settlements|areas|"
                                             r"territories|oblasts|raions", noun.group(1)):
            # "occupies Azerbaijani territory, including … seven adjacent districts": parts of that state's territory
            terr = next((mm.state for mm in mentions if mm.state and is_state_code(mm.state) and mm.role != "pronoun"
                         and mm.start - span.start < m.start("num") and re.match(
                             r"(?:['’]s)?\s+(?:sovereign\s+|internationally\s+recognized\s+|own\s+)?(?:territory|"
                             r"territories|lands?|soil)\b,?\s+(?:including|among\s+them|such\s+as)\b[^.;]*$",
                             text[mm.end - span.start:m.start("num")])), None)
            subj = terr or subj
        if noun is not None and (_MEMBERSHIP.search(text) or re.match(
                r"\s*(?:Member\s+States|States\s+Members|members)\s+(?:of|in)\s+(?:the\s+|this\s+)?(?:United\s+Nations|"
                r"UN|Organization)\b", after)):
            subj = None  # "the number of Member States grew from 51 to 193": the Organization's membership
        if noun is not None and re.fullmatch(r"(?i:countries|states|nations|members|delegations)", noun.group(1)) and \
                re.search(r"\b(?:vot\w*|in favou?r|abstain\w*)\b", text, re.I) and \
                not re.search(r"\b(?:receiv\w*|won|elected|secur\w*|obtain\w*|garner\w*)\b", text, re.I):
            subj = None  # "adopted with 39 States voting in favour": the membership's votes, no one state's figure
        if noun is not None and re.fullmatch(r"(?i:points|issues|questions|things|remarks|observations|messages|"
                                             r"priorities|words|reasons|lessons|ideas|thoughts|topics|aspects)",
                                             noun.group(1)) and re.search(
                r"\b(?:make|raise|highlight|emphasi[sz]e|stress|share|outline|mention|address|touch\s+on|offer|"
                r"focus\s+on|underline|underscore|discuss|put\s+forward|draw\s+attention\s+to)\s+(?:the\s+)?"
                r"(?:following\s+)?$", text[:m.start("num")], re.I):
            return None  # "I would like to make three points": the speech's own outline, no figure
        if noun is not None and noun.group(1) in _CLOCK_UNITS and re.search(
                r"\b(?:past|last|next|first|previous|coming|within)\s+$", text[:m.start("num")], re.I):
            return None  # a window of time ("in the past 24 hours", "within 48 hours"), not a figure
        unit = noun.group(1).lower() if noun is not None and noun.group(1).lower() in _STEP_UNITS | _CLOCK_UNITS \
            else "count"  # a time is in its unit ("talked for 8 hours", "trains run every five minutes")
        partner = None
        if re.search(r"\b(?:received|receives?|bought|buys?|purchased|acquired|obtained|imported|got)\s+"
                     r"(?:(?:some|about|around|nearly|almost|over|more than|at least)\s+)?$", text[:m.start("num")]):
            # "the Kremlin had received 46 drones …, and … Iran could provide up to 300": the supplier is the partner
            partner = next((mm.state for mm in mentions if mm.state and is_state_code(mm.state) and
                            mm.state != subj and mm.start - span.start > m.end("num") and (
                                re.search(r"\bfrom\s+(?:the\s+)?$", text[:mm.start - span.start]) or
                                re.match(r"\s+(?:\w+\s+){0,2}(?:provide|supply|supplie|deliver|sell|sold|send|sent|"
                                         r"ship)", text[mm.end - span.start:]))), None)
        taker = next((mm.state for mm in mentions if mm.state and is_state_code(mm.state) and re.fullmatch(
            r"\s+(?:with\s+)?(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?",
            text[mm.end - span.start:m.start("num")]) and _handed_to(text[:mm.start - span.start])), None)
        if taker is not None and noun is not None:
            # "France agreed to sell Armenia 36 howitzers", "Israel supplied Azerbaijan with 60 drones": the things
            # go to the state named as the verb's object, from the clause's subject
            subj, partner = taker, (subj if subj != taker else None)
        return Claim("other", subj, partner, value, unit, qualifier, period or self._as_published(ctx), span,
                     about=_about(text))

    def _as_published(self, ctx: Context) -> str | None:
        """A count reported without a date is as of the text (its publication month): casualties, arrests, seats —
        unless the text is about another year (a chronicle of 2017 read in 2019): then that year."""
        pub = ctx.published or ""
        if self._told is not None:
            return str(self._told)  # the year the story is being told of
        if self._hint is not None and str(self._hint) != pub[:4]:
            return str(self._hint)
        return pub[:7] if re.match(r"\d{4}", pub) else None

    def _period_near(self, text: str, pos: int) -> str | None:
        """The period of a figure: a "from Y1 to Y2" span in the sentence, else the time expression nearest to it."""
        sp = _SPAN_RE.search(text)
        if sp:
            return f"{sp.group(1)}/{sp.group(2)}"
        best: tuple[int, str, int, int] | None = None
        cands = [(t.start, t.end, t.value[:7]) for t in self._times if t.kind not in ("relative", "span") and t.value]
        # a span of two years written with a dash ("the report for 2016-2017"): the span
        cands += [(t.start, t.end, t.value) for t in self._times if t.kind == "span" and t.value and
                  re.fullmatch(r"(?:19|20)\d\d\s?[-–/]\s?(?:19|20)?\d\d", text[t.start:t.end])]
        cands += self._rel  # "last year", "two years ago": against the publication date
        pub_year = int(self._pub[:4]) if re.match(r"\d{4}", self._pub) else None
        for c0, c1, value in cands:
            named = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(0, c0 - 20):c0])
            if named and named.group(1) not in _NOT_A_NAME and re.fullmatch(r"\d{4}", text[c0:c1]) and \
                    not re.match(r"\s+(?:[A-Z][a-z]+\s+)?(?:Olympic|Games|World|Cup|Championships?|Summit|Expo|"
                                 r"Elections?|Census|Forum|Congress)\b", text[c1:]):
                continue  # a year in a name: "the Transformation Strategy 2050", "Vision 2030" (not an event's
                # year: "the Rio 2016 Olympic Games")
            if _names_document(text, c0, c1):
                continue  # "operates under a 1995 treaty": the year names a document, not the figure's time
            if re.search(r"\bfor\s+the\s+(?:years?|period|term)\s+(?:(?:19|20)\d\d\s*(?:to|-|–|and|until)\s*)?$",
                         text[max(0, c0 - 40):c0], re.I) and re.search(r"[,;]", text[min(c1, pos):max(c0, pos)]):
                continue  # "elected … for the years 2017 to 2019, after a vote in which 176 …": a term, not the date
            if c0 >= pos and re.search(rf"{_SUPERLATIVE}[^.;,]{{0,30}}\bsince\s+$", text[pos:c0], re.I):
                continue  # "199,000, the lowest level since 1969": the year is the comparison's base, not the figure's
            if c0 >= pos and pub_year and value[:4].isdigit() and int(value[:4]) > pub_year and \
                    re.search(r"\bto\s+[A-Za-z]+\b", text[pos:c0]):
                continue  # "$5m to prepare for the 2026 World Cup", "70% don't want him to run in 2024": a later
                # year in an infinitive clause is that verb's, not the figure's
            if c1 <= pos and re.search(r"\s[-–—]\s|;", text[c1:pos]) and re.search(
                    r"\b(?:still|now|currently|today|remain\w*)\b", text[c1:], re.I):
                continue  # "Russia invaded in 2008 - nearly 300,000 are still displaced": the date is another clause's
            if N.BASE_PERIOD.search(text[max(0, c0 - 40):c0]) and not re.search(r"\b\d{1,2}\b", text[c0:c1]) and \
                    N.CHANGE_NEAR.search(text[max(0, min(pos, c0) - 40):c0]):
                continue  # "fell 3% from last year", "up 12% compared with 2020": the base of a change, not the
                # figure's own period (that is the text's, or a period named elsewhere)
            d = c0 - pos if c0 >= pos else (pos - c1) * 1.5  # prefer the date after the number
            between = text[pos:c0] if c0 >= pos else text[c1:pos]
            if c0 >= pos:
                between = re.sub(r"^\S*", "", between)  # the figure itself
            if c0 >= pos and c0 - pos > 80 and re.search(r"\b(?:to|of)\s+[a-z]+(?:ing)?\b", between):
                continue  # a date far after the figure, past an infinitive or "of …ing", is that verb's ("arrested two
                # cartographers on charges of mismanaging talks to define the border 14 years ago")
            if re.search(r"[.!?](?:\[\d+\])*\s+[A-Z]", between):
                continue  # a date in another sentence the splitter joined ("… adopted in 2014.[55] According to …")
            if c0 < pos and re.search(r"\bfrom\s+(?:[a-z]+\s+){0,2}(?:{0})?\s?\d[\d,.]*\s*(?:%|per\s?cent|percent|"
                                      r"[a-z]+)?\s+(?:in|by|as of)\s+$".replace("{0}", CURRENCY_PREFIX),
                                      text[max(0, c0 - 60):c0], re.I) and \
                    re.fullmatch(r"\s*to\s+(?:[a-z]+\s+){0,2}", text[c1:pos], re.I):
                continue  # "from 40% in 2004 to 5%": the date is the starting figure's; the end figure is now
            if c0 >= pos and _OTHER_FIGURE.search(between) and re.search(
                    r"\b(?:up|down|rising|falling|increasing|decreasing|compared\s+with)?\s*from\s+\S+\s*(?:%|per\s?cent|"
                    r"percent|[a-z]+)?\s+(?:in|by|as of)\s+$", text[max(pos, c0 - 40):c0], re.I):
                continue  # "65% of exports, up from 54% in 2014": the year is the earlier figure's
            if _OTHER_FIGURE.search(between):
                d += 1000  # the date belongs to another figure between them ("7.6% last year after a 5.4% …")
            elif c0 < pos and (_OTHER_FIGURE.search(text[max(0, c0 - 25):c0]) or
                               _FIGURE_THEN.search(text[max(0, c0 - 25):c0])):
                d += 500  # a date right after another figure is that figure's ("from 49% in 2003 to 11% in 2009")
            elif c0 < pos and re.search(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", text[max(0, c0 - 12):c0], re.I) and \
                    re.search(r"[,;]", text[c1:pos]):
                d += 300  # "since February 2022" closes what comes before it ("$300m … since 2022, including $80m …")
            if c0 >= pos and re.fullmatch(r"\S*\s+(?:[a-z]+\s+){0,2}?(?:in|during|over)\s+(?:the\s+)?(?:whole\s+of\s+|"
                                          r"(?:first|second|last)\s+(?:half|quarter|six\s+months)\s+of\s+)?",
                                          text[pos:c0]):
                d = 0  # "from $83 million in the whole of 2020": the date right after the figure is its own
            if best is None or d < best[0]:
                best = (int(d), value, c0, c1)
        if best is None and pub_year and re.search(r"\b(?:months|weeks|half|quarter)\s+of\s+(?:the|this)\s+year\b",
                                                   text[:pos + 80], re.I):
            return str(pub_year)  # "doubled in the first ten months of the year, to $47.7bn": this year's (also for a
            # figure told further on: "In the first ten months of the year exports rose …, while imports … $48bn")
        if best is None:
            return _past_span(text, pub_year)
        year = best[1]
        if re.fullmatch(r"(?:19|20)\d0", year) and text[best[3]:best[3] + 1] == "s":
            return f"{year}/{int(year) + 9}"  # "during the 1990s": the decade
        if pub_year and re.fullmatch(r"(?:19|20)\d\d", year) and int(year) < pub_year and \
                SINCE_BEFORE.search(text[max(0, best[2] - 16):best[2]]) and not \
                re.search(rf"{_SUPERLATIVE}[^.;,]{{0,30}}$", text[max(0, best[2] - 50):best[2]], re.I):
            return f"{year}/{pub_year}"  # "reduced poverty by 10 points since 2012": over 2012 to the time of writing
        return year

    # -- scores on a scale: "a score of 45 out of 100", "scored 7.2/10" ------------------------------------------
    def _scores(self, text: str, s0: int, mentions: list[Mention], last_states: list[str]) -> list[Claim]:
        out: list[Claim] = []
        for m in _SCORE_RE.finditer(text):
            value, scale = N.parse_number(m.group("v")), N.parse_number(m.group("of"))
            if value is None or not scale or value > scale:
                continue
            before = [mm.state for mm in mentions if mm.state and is_state_code(mm.state) and mm.role != "pronoun"
                      and mm.start - s0 < m.start()]
            subj = before[-1] if before else (last_states[-1] if last_states else self._main)
            about = " ".join(text[max(0, m.start() - 40):m.end()].split())
            out.append(Claim("other", subj, None, float(value), f"points_of_{scale:g}", "exact",
                             self._period_near(text, m.start()), Span(s0, s0 + len(text.rstrip())), about=about))
        return out

    # -- standings: "placed 35th out of 180", "the fifteenth easiest place", "ranked 35th" -----------------
    def _standings(self, text: str, s0: int, mentions: list[Mention], last_states: list[str]) -> list[Claim]:
        out: list[Claim] = []
        for m in _STANDING_RE.finditer(text):
            value = N.parse_ordinal(m.group("ord") or m.group("ord2") or m.group("ord3"))
            if value is None or re.match(rf"[^.;]{{0,40}}?\b{_PARTNER_WORD}s?\b", text[m.end():], re.I):
                continue  # trade-partner ranks are read by _ranks
            if any(c.measure.endswith("_partner_rank") and c.unit == "rank" and c.value == float(value)
                   for c in self._out[self._first:]) and _ELIDED_RANK.search(text[max(0, m.start() - 12):m.end() + 30]):
                continue  # "… of Turkmenistan and the second largest of Kazakhstan": read by _ranks, as a partner rank
            if re.match(r"(?i)first place\b", m.group(0)) and re.search(r"(?i)\bin the\s+$", text[:m.start()]):
                continue  # "and on Azerbaijan and Turkey in the first place": above all, no standing
            states = [mm for mm in mentions if mm.state and is_state_code(mm.state)
                      and mm.role != "pronoun"]
            before = [mm.state for mm in states if mm.start - s0 < m.start()]
            subj = before[-1] if before else None
            if subj is None and self._speaker and re.search(r"\b(?:my|our) (?:country|nation|government)\b|\bwe\b",
                                                            text[:m.start()], re.I):
                subj = self._speaker
            subj = subj or next((mm.state for mm in states), None) or (last_states[-1] if last_states else self._main)
            tail = re.match(r"[^.;,()]{0,60}", text[m.start():])
            about = " ".join((tail.group(0) if tail else m.group(0)).split())
            if m.group("of"):
                about += f" (of {m.group('of')})" if m.group("of") not in about else ""
            ranked = self._ranked_as_source(text, s0, m.start(), m.end(), states)
            subj, partner = ranked if ranked is not None else (subj, None)
            out.append(Claim("other", subj, partner, float(value), "rank", "exact", self._period_near(text, m.start()),
                             Span(s0, s0 + len(text.rstrip())), about=about))
            more = re.match(rf"[^.;]{{0,80}}?\band\s+(?P<ord>{N.ORDINAL})\s+(?:overall\s+)?(?:(?:out\s+)?of\s+\d+\s+)?"
                            rf"(?:at|in|on|for|among)\b",
                            text[m.end():], re.I)
            value2 = N.parse_ordinal(more.group("ord")) if more else None
            if more and value2 and not _STANDING_RE.search(text, m.end(), m.end() + more.start("ord")):
                # "came second at the European Games and first at the Islamic Games": a second standing
                out.append(Claim("other", subj, None, float(value2), "rank", "exact",
                                 self._period_near(text, m.end() + more.start("ord")),
                                 Span(s0, s0 + len(text.rstrip())), about=about))
        return out

    @staticmethod
    def _ranked_as_source(text: str, s0: int, start: int, end: int,
                          states: list[Mention]) -> tuple[str, str] | None:
        """(owner, state ranked) for "the United States is Kazakhstan's fourth-largest source of foreign direct
        investment", "Japan remains Uzbekistan's second-biggest donor": the state the copula ranks is the partner."""
        if not _SOURCE_WORD.match(text, end):
            return None
        owner = next((mm for mm in reversed(states) if mm.end - s0 <= start and
                      re.fullmatch(r"['’]s\s+", text[mm.end - s0:start])), None)
        if owner is None:
            return None
        ranked = next((mm for mm in reversed(states) if mm.end <= owner.start and mm.state != owner.state and
                       _RANKED_AS.fullmatch(text[mm.end - s0:owner.start - s0])), None)
        return (owner.state, ranked.state) if ranked is not None and owner.state and ranked.state else None

    # -- ranks ---------------------------------------------------------------
    def _ranks(self, ctx: Context, sent: Any, text: str, s0: int, mentions: list[Mention],
               last_states: list[str]) -> list[Claim]:
        out: list[Claim] = []
        for m in _RANK_RE.finditer(text):
            if m.group("ord"):
                o = m.group("ord").lower()
                value = float(_ORDINAL.get(o, int(re.sub(r"\D", "", o) or 0)))
                qualifier = "exact"
            elif m.group("topn") or m.group("nbig"):
                n = N.parse_number(m.group("topn") or m.group("nbig"))
                if n is None:
                    continue  # ("one of Kazakhstan's two largest partners": among the first two)
                value, qualifier = n, "more_than" if m.group(0).lower().startswith("outside") else "at_most"
                # ("outside its top ten", "outside Armenia's ten largest partners")
            elif re.search(r"\bone of (?:the |its |their |[\w-]+['’]s )*(?:\w+\s+)?$", text[:m.start()], re.I):
                continue  # "one of Georgia's largest trading partners": some rank, not the first
            else:
                value, qualifier = 1.0, "exact"
            if re.search(r"\b(?:region|world|bloc|continent|union|alliance)['’]s\s+$", text[max(0, m.start() - 30):
                                                                                             m.start()], re.I):
                continue  # "China has overtaken Russia as the region's leading economic partner": no state's rank
            window = text[max(0, m.start() - 80):m.end() + 40]
            kind = "trade"
            word = re.search(r"\w+$", m.group(0))
            own = re.search(r"\b(export|import|trade|trading)", m.group(0), re.I)
            if own:
                # the rank's own words first: "largest trading partner and its second-largest export market"
                kind = {"trading": "trade"}.get(own.group(1).lower(), own.group(1).lower())
            elif word and word.group(0).lower() != "partner":
                kind = {"imports": "import", "supplier": "import"}.get(word.group(0).lower(), "export")
            elif re.search(r"\bexport", window, re.I):
                kind = "export"
            elif re.search(r"\bimport(?!an)", window, re.I):
                kind = "import"
            states = [mm for mm in mentions if mm.state and is_state_or_group(mm.state)]
            partner = None
            subj = None
            # "China is Armenia's second-biggest partner": partner = the clause subject, subject = the possessor
            pos = [mm for mm in states if ctx.text[mm.end:mm.end + 2] in ("'s", "’s") and mm.start - s0 < m.start()]
            if pos:
                subj = pos[-1].state
            appos = next((mm for mm in states if re.fullmatch(r"\s+(?:as\s+)?(?:its|their)\s+(?:\w+\s+)?",
                                                             text[mm.end - s0:m.start()])), None)
            if not pos and appos is not None:
                # "Turkey exported goods worth $262bn, with Germany its biggest market": the state before "its" is
                # the partner, "its" the owner named before it
                partner = appos.state
                subj = next((mm.state for mm in reversed(states) if mm.start < appos.start and
                             mm.state != partner), None) or _antecedent(last_states, {partner})
            elif re.search(r"\b(?:the country['’]s|its|their)\b", text[max(0, m.start() - 30):m.end()], re.I):
                # "its" stands for the last owner named: a state before it that is not the clause's partner
                first_before = next((mm.state for mm in states if mm.start - s0 < m.start()), None)
                # (not a state named to compare: "Kazakhstan's second-largest partner after China and its largest
                # source of imports")
                earlier = [mm.state for mm in states if mm.start - s0 < m.start() and not _COMPARED.search(
                    text[max(0, mm.start - s0 - 24):mm.start - s0])] if first_before else []
                subj = next((st for st in reversed(earlier[1:]) if st and st != first_before), None) or \
                    _antecedent(last_states, {first_before})
            word_end = m.end() + len(re.match(r"\w*", text[m.end():]).group(0))  # type: ignore[union-attr]
            if subj is None and partner is None and self._speaker and is_state_code(self._speaker) and re.search(
                    r"\b(?:our|my)\s+(?:[\w-]+\s+)?$", text[max(0, m.start() - 20):m.start()], re.I):
                # "… has made China our third-largest trading partner": the speaker's partner, the state named last
                subj = self._speaker
                partner = next((mm.state for mm in reversed(states) if mm.start - s0 < m.start() and
                                mm.role != "pronoun" and mm.state != subj), None)
            if subj is None:  # "the main export destinations of Kyrgyzstan were …": the owner after the word
                subj = next((mm.state for mm in states if mm.start - s0 >= word_end and re.fullmatch(
                    r"\s+of\s+(?:the\s+)?", text[word_end:mm.start - s0])), None)
            clause_at = text.rfind(";", 0, m.start()) + 1  # (a state of another clause is no partner of this one)
            for mm in states:
                if partner is None and mm.state != subj and clause_at <= mm.start - s0 < m.start():
                    partner = mm.state
                    break
            if partner is None and subj is not None:
                # "its main partners are Russia, followed by China": the first item of the list
                cop = re.match(r"[^.;]{0,30}?\b(?:are|is|was|were|remains?|remained|include[sd]?)\s+(?:the\s+)?",
                               text[m.end():])
                if cop:
                    at = m.end() + cop.end()
                    partner = next((mm.state for mm in states if at <= mm.start - s0 <= at + 3 and mm.state != subj),
                                   None)
            if subj is None and states:
                subj = next((mm.state for mm in states if mm.state != partner), None)
            if subj is None:
                continue
            if partner == subj:
                partner = None
            if partner is None and qualifier == "exact" and value == 1.0 and text[:word_end].endswith("s"):
                continue  # "its main partners", no first one named: a list, no rank
            period = self._period_near(text, m.start())
            out.append(Claim(f"{kind}_partner_rank", subj, partner, value, "rank", qualifier, period,
                             Span(s0, s0 + len(text.rstrip()))))
        return out + self._elided_ranks(ctx, text, s0, mentions, out)

    def _elided_ranks(self, ctx: Context, text: str, s0: int, mentions: list[Mention],
                      ranks: list[Claim]) -> list[Claim]:
        """A second rank whose kind of partner is left out: "China is the largest trading partner of Turkmenistan
        and the second largest of Kazakhstan", "… of Georgia and Armenia's third-biggest": the same partner, another
        owner."""
        if not ranks or ranks[-1].partner is None:
            return []
        last = ranks[-1]
        out: list[Claim] = []
        for m in _ELIDED_RANK.finditer(text):
            value = float(_ORDINAL.get(m.group("ord").lower(), 0) or int(re.sub(r"\D", "", m.group("ord")) or 0))
            if not value or re.match(rf"[^.;]{{0,40}}?\b{_PARTNER_WORD}", text[m.end():], re.I):
                continue  # (a rank with its own kind of partner is read above)
            at = m.start("ord") + s0
            owner = next((mm.state for mm in mentions if mm.state and is_state_or_group(mm.state) and (
                m.group("of") and mm.start - s0 >= m.end() and not text[m.end():mm.start - s0].strip(" the") or
                not m.group("of") and m.start() + s0 <= mm.start and mm.end <= at and
                ctx.text[mm.end:at].strip() in ("'s", "’s"))), None)
            if owner is None or owner in (last.partner, last.subject):
                continue
            out.append(Claim(last.measure, owner, last.partner, value, "rank", "exact", last.period,
                             Span(s0, s0 + len(text.rstrip()))))
        return out


# a standing in a table or index: a ranking verb or superlative with an ordinal ("ranked 35th", "placed 35th out of
# 180", "the fifteenth easiest place", "the world's 12th-largest economy", "35th place")
#: a score on a stated scale: "a score of 45 out of 100", "scored 7.2 out of 10", "rated 3/7"
_SCORE_RE = re.compile(r"\b(?:scor(?:e|es|ed|ing)|rat(?:ing|ed|es)|grade[sd]?|mark(?:s|ed)?|points?)\s+"
                       r"(?:(?:was|is|were|are|stood\s+at|stands\s+at|reached|fell\s+to|rose\s+to|of|at)\s+)?"
                       r"(?P<v>\d+(?:\.\d+)?)\s*(?:out\s+of|/|on\s+a\s+scale\s+of(?:\s+\d+\s+to)?)\s*"
                       r"(?P<of>\d+(?:\.\d+)?)\b", re.I)
_STANDING_RE = re.compile(
    rf"(?:\b(?:rank(?:s|ed|ing)?|rat(?:es|ed|ing)|plac(?:es|ed|ing)|came|comes|finish(?:es|ed)|st(?:oo|a)nds?|sits?|sat|"
    rf"(?:rose|rise[sn]?|fell|falls?|fallen|dropped|drops|slipped|climbed|jumped|moved|improved)\s+to)\s+"
    rf"(?:\w+\s+(?:as\s+|at\s+)?|at\s+)?(?:(?:the|a|an)\s+)?(?:world['’]s\s+)?(?P<ord>{N.ORDINAL})(?!\s+(?:century|session|"
    rf"anniversary|time|round|day|year|congress|summit|meeting|term|convocation|edition))\b"
    rf"|\b(?P<ord2>{N.ORDINAL})(?:[- ](?:place|position)\b|(?:-\s?|\s)(?:largest|biggest|\w+iest|highest|lowest|"
    rf"strongest|weakest|richest|poorest|most|least|best|worst)\b)"
    # a copula with a bare ordinal and where it stands: "Georgia is 35th in the index", "was second among 40"
    rf"|\b(?:is|was|are|were|remains|remained|now)\s+(?P<ord3>{N.ORDINAL})(?=\s+(?:in|on|among|out\s+of|of\s+\d)\b))"
    rf"(?:[^.;]{{0,60}}?\b(?:out of|among)\s+(?P<of>\d+|{N.SPELLED})\b)?", re.I)

#: after a standing, what the state is ranked as for another: "… source of investment", "… donor", "… lender"
_SOURCE_WORD = re.compile(r"[^.;,]{0,30}?\b(?:source|investor|donor|lender|creditor|supplier|financier|provider)s?\b",
                          re.I)
#: between the state ranked and the owner of the ranking: "… is", "… has become", "… remains"
_RANKED_AS = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:is|was|remains|remained|become|became|been)\s+"
                        r"(?:now\s+|still\s+|already\s+)?")

_NOT_COUNTED = {"years", "months", "weeks", "days", "decades", "centuries", "times", "pages", "paragraphs", "ones",
                "his", "hers", "ours", "yours", "theirs", "whereas", "unless", "towards", "afterwards", "besides",
                "perhaps", "sometimes", "always", "plus", "less",
                # a listicle's items ("5 takeaways from …", "7 signs that …") are no figure of the world
                "takeaways", "tips", "facts", "signs", "secrets", "tricks", "moments", "myths", "habits", "mistakes",
                "highlights", "trends", "predictions", "reads", "picks",
                "others", "sessions", "was", "is", "has", "does", "its", "this", "thus", "us", "as",
                # abstract nouns: "three purposes", "three things", "four zeroes" are no figure a checker can check
                # (named goals, priorities and pillars of a strategy are counted: "a strategy with 16 mega goals")
                "things", "purposes", "reasons", "ways", "questions", "issues", "principles", "dimensions",
                "factors", "lessons", "elements", "aspects", "challenges", "words", "zeroes", "zeros", "digits",
                "options", "scenarios", "stages",
                "phases", "levels", "tiers", "parts", "sides", "directions", "concerns", "conditions"}


def _nearest(rx: re.Pattern[str], window: str, start: int, end: int) -> int:
    """How far the match of rx nearest to the figure at window[start:end] lies from it (large when there is none)."""
    return min((start - x.end() if x.end() <= start else max(0, x.start() - end) for x in rx.finditer(window)),
               default=10 ** 6)


def _last_year_named(times: list[Any], anchor: str | None = None, text: str = "") -> int | None:
    """The year a sentence names (for "the previous year"); not one after the text's own ("until the end of 2028",
    told in 2025: a term ahead, no year the story is in), nor the base a change is measured from ("an increase of
    8.4% compared with 2022": the story is in the year the figure is of)."""
    years = [int(t.value[:4]) for t in times if t.value and t.kind == "absolute" and
             not (anchor and anchor[:4].isdigit() and int(t.value[:4]) > int(anchor[:4])) and
             not N.change_base(text, t.start) and not _names_document(text, t.start, t.end)]
    return years[-1] if years else None


def _names_document(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` names a document ("under a 1995 treaty"), not a time told of."""
    return bool(re.search(r"\b(?:a|an|the|its|their)\s+$", text[max(0, start - 6):start]) and
                re.fullmatch(r"\d{4}", text[start:end]) and _DOCUMENT_NOUN.match(text, end))


def _main_state(ctx: Context) -> str | None:
    """The state a document is mostly about: the speaker's, else the most mentioned state."""
    if ctx.speaker and is_state_code(ctx.speaker):
        return ctx.speaker
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        if m.state and is_state_code(m.state) and m.role != "pronoun" and not _SEA_NAME.match(ctx.text, m.end):
            counts[m.state] = counts.get(m.state, 0) + 1
    if not counts and len(ctx.title_states) == 1:
        return ctx.title_states[0]  # a page named for its state ("Politics of Mongolia") that names it no more
    return max(counts, key=lambda k: counts[k]) if counts else None


# clauses: ";", ":", ", and/but/while", " — ", a result told after (", making Kyrgyzstan China's second partner"), the
# next flow after a sum ("… came to $9.1bn and imports from Russia to $17.7bn"), and a full stop the sentence splitter
# missed ("… was €300m. Japan …")
_CLAUSE_BREAK = re.compile(r";\s|:\s|,\s+(?:and|but|while|whereas)\s|\s+[—–-]\s|"
                           r",\s+(?=(?:thus\s+)?making\s|which\s+made\s)|"
                           # ("…, driven partly by Armenian re-exports of Western goods to Russia": the cause's states
                           # are not the figure's)
                           r",\s+(?=(?:\w+ly\s+)?(?:driven|fuell?ed|helped|boosted|spurred|buoyed|propelled)\s+"
                           r"(?:\w+ly\s+)?by\s)|"
                           r"(?:(?<=\d)|(?<=bn)|(?<=\dm)|(?<=illion))\s+and\s+(?=(?:[\w-]+\s+)?(?:exports|imports)\b)|"
                           r"(?:(?<=[a-z]{3})|(?<=\d)|(?<=\d[mkb])|(?<=bn)|(?<=%)|(?<=\)))\.\s+(?=[A-Z])")


_DASHED_ASIDE = re.compile(r"\s[—–-]\s[^—–;:.]{1,80}?\s[—–-]\s(?=[a-z])")


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause of the sentence that holds position ``pos`` (split at ";", ":", ", and", ", while", " — ")."""
    start, end = 0, len(text)
    # (an aside between two dashes is no break: "imports from China – chiefly machinery – totalled $1.35bn"; a figure
    # inside the aside keeps it as its clause: "a banker - who repaid a $2m loan - opened an office")
    text = _DASHED_ASIDE.sub(lambda m: m.group(0) if m.start() <= pos < m.end() else
                             re.sub(r"(?<=\s)[—–-](?=\s)", " ", m.group(0)), text)
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
        if re.search(rx + rf"\s*(?:the\s+)?(?:{CURRENCY_PREFIX})?\s*$", tail, re.I):
            return name
    return "exact"


def _subject_partner(mentions: list[Mention], last_states: list[str], text: str,
                     pos: int) -> tuple[str | None, str | None]:
    """For money figures: the first state named in the sentence is the subject, the next one the partner."""
    named = list(dict.fromkeys(m.state for m in mentions if m.state and is_state_or_group(m.state)))
    if not named:
        return (last_states[-1] if last_states else None), None
    # the state the money is about (where it goes) first; a group (EU) only when no state is named
    states = [x for x in named if is_state_code(x)] or named
    subject = states[0]
    partner = next((x for x in named if x != subject), None)
    return subject, partner


#: a state named only to compare with: "after Italy", "behind China", "ahead of Russia", "than Turkey"
_ACCORDING_TO = re.compile(r"\b(?:according\s+to|data\s+from|figures\s+from)\s+(?:the\s+)?$", re.I)
#: a rank whose kind of partner is left out, after one that names it ("and the second largest of Kazakhstan")
_ELIDED_RANK = re.compile(r"\b(?:and|but|while|as well as)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?"
                          r"(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                          r"[- ](?:biggest|largest|leading|main|top)"
                          r"(?:\s+one)?(?P<of>\s+(?:of|for)\b)?", re.I)
_COMPARED = re.compile(r"\b(?:after|behind|ahead\s+of|than|unlike|like|overt(?:ake[ns]?|aking|ook)|surpass(?:e[sd])?|"
                       r"replac(?:e[sd]|ing)|displac(?:e[sd]|ing)|outstrip(?:s|ped|ping)?|"
                       r"(?:has|have|had)\s+(?:now\s+)?(?:overtaken|surpassed|replaced|displaced))\s+(?:the\s+)?$",
                       re.I)
# ("China has overtaken Russia as the country's biggest trading partner": the state overtaken is compared, no owner)
_RECEIVE = re.compile(r"\b(?:receiv|attract|secur(?:e[ds]?|ing)\b|obtain|got\b|gets\b|borrow|accept)", re.I)


#: a state's debt, named by its kind ("government debt", "external public debt")
_DEBT = r"(?:(?:total|government|public|external|sovereign|foreign|state)\s+){0,3}debt\b"
#: a sum of a state's debt ("$1.7 billion of Kyrgyz government debt", "$3bn of Pakistan's external debt")
_DEBT_HELD = re.compile(r"\s*of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+|its\s+|their\s+|the\s+country['’]s\s+)"
                        + _DEBT)
#: a share of a state's debt ("some 40% of the country's external public debt")
_DEBT_SHARE = re.compile(r"(?:%|per\s?cent|percent)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?"
                         + _DEBT)
#: a force counted by its strength ("a 2,000-strong contingent", "the force, around 2,000 strong")
_STRONG = re.compile(r"(?:-|\s*)strong\b")


#: goods of relief sent to a state ("… tonnes of flour and medical supplies to Kyrgyzstan")
_RELIEF_SENT = re.compile(r"\s+of\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}?(?:aid|assistance|relief|supplies|flour|food|"
                          r"medicines?|grain|wheat|fuel|goods|cargo)\b[^.;]{0,80}?(?P<to>\bto\s+)(?:the\s+)?[A-Z]")


#: a number that is the hour or the minutes of a time of day ("10:42 BST", "at 09:30")
_CLOCK = re.compile(r":[0-5]\d\b")
_CLOCK_BEFORE = re.compile(r"\b(?:[01]?\d|2[0-3]):$")


def _own_flow(after: str) -> str | None:
    """The flow a sum names itself: "€5 billion in macro-financial assistance loans", "$1.1 billion in development,
    economic, and health assistance", "€1.8 billion in investments"."""
    noun = re.match(r"\s*(?:(?:soft|concessional|preferential|emergency|interest-free|low-interest|new|"
                    r"additional)\s+)?(loans?|credits?|credit line|grants?|investments?)\b", after, re.I)
    if _DEBT_HELD.match(after):
        return "loan"  # "held about $1.7 billion of Kyrgyz government debt": a loan owed to the holder
    if noun:  # "a $2 billion loan and $150 million in aid": the noun the figure itself modifies
        return next((n for n, rx in _MEASURE_WORDS if rx.match(noun.group(1))), None)
    own = re.match(r"[^.;,]{0,25}?\bin\s+((?:[\w-]+,?\s+){0,6}[\w-]+)", after)
    if own is None:
        return None
    words = []
    for w in own.group(1).replace(",", " ").split():
        if w.lower() in ("of", "to", "from", "for", "with", "in", "on", "by", "that", "which", "whereas", "while",
                         "but") or w[0].isdigit():
            break  # ("$270 million in 2022, whereas imports …": a year, then the next clause's flow)
        words.append(w)
    if words and re.fullmatch(r"financ(?:ing|e)", words[-1], re.I):
        return "loan"  # "up to $900 million in financing" from export-credit and development banks: lent money
    return next((n for w in reversed(words) for n, rx in _MEASURE_WORDS if rx.match(w)), None)  # the head noun last


#: a giver named right before its sum, and the words that may stand between ("the European Commission up to")
_GIVER_BEFORE_SUM = (r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,4}(?:alone\s+)?(?:(?:up to|about|around|some|nearly|almost|"
                     r"over|more than|less than|another|a further)\s+)?(?:US)?[$€£]?\s*")
#: a clause of a list whose verb is left out: a name, then its sum ("…, and the European Commission up to €500m")
_GAPPED_GIVER = re.compile(r"\s*(?:and\s+|while\s+|whereas\s+)?" + _GIVER_BEFORE_SUM)
#: … or a name joined by "and" right before its sum, the verb left out ("… and Washington $65 million")
_AND_GIVER = re.compile(r"\band\s+" + _GIVER_BEFORE_SUM + "$")
#: a sum handed over, the object of a verb of giving, or a contribution ("provided an additional $2.5 million")
_HANDED_SUM = re.compile(r"\b(?:provid(?:ed|es|ing|e)|give[sn]?|gave|giving|allocat(?:ed|es|ing|e)|"
                         r"donat(?:ed|es|ing|e)|disburs(?:ed|es|ing|e))\s+(?:an?\s+)?"
                         r"(?:additional\s+|further\s+|extra\s+|another\s+)?(?:US)?[$€£]\s?\d|"
                         r"\bcontributions?\s+of\s+(?:US)?[$€£]\s?\d", re.I)
#: a sum given for a purpose that names a flow ("$20 million to expand trade routes", "to boost exports")
_PURPOSE_FLOW = re.compile(r"[^.;]{0,40}?\bto\s+[a-z]+\s+(?:[\w'-]+\s+){0,3}?(?:trade|exports?|imports?|turnover)\b",
                           re.I)
#: a flow named (before a sum)
_FLOW_NAMED = re.compile(r"\b(?:trade|turnover|exports?|imports?)\b", re.I)
#: the money one state hands another: its subject receives, its partner gives
_GIFT_MEASURES = frozenset({"aid_value", "loan_value", "investment_value"})


def _nearest_flow(clause: str, pos: int, sales: bool = False) -> str | None:
    """The flow word nearest a money figure in its clause (exports, imports, trade, investment, aid, loans)."""
    best: tuple[int, str] | None = None
    clause = _unbanked(clause)
    if not any(rx.search(clause) for _, rx in _MEASURE_WORDS) and re.search(
            r"\bpledg|\bcommit(?:ted|s)\b(?! to\s+\w+ing\b)|\bcontribut(?:ed|es|ing|e)\b|\bearmark(?:ed|s|ing)?\b|"
            # ("the €6 billion it promised", "€10 million in humanitarian support": money promised or given in support)
            r"\bpromis(?:ed|es|ing|e)\b|\b(?:budget|humanitarian|financial|macro-financial|development)\s+support\b|"
            r"\bdedicat(?:ed|es|ing|e)\s+(?:an?\s+)?(?:additional\s+|further\s+)?(?:US)?[$€£]\s?\d|"
            r"\bappeal(?:ed|s|ing)?\s+for\b|"
            r"\bannounc(?:ed|es|ing|e)\s+(?:an?\s+)?(?:additional|further|new)?\s*(?:US)?[$€£]\s?\d[^.;]{0,25}?\bfor\b|"
            r"\b(?:provid\w*|giv\w*|gave|allocat\w*|announc\w*|sen[dt]\w*|mobili[sz]\w*|dedicat\w*)\b[^.;]{0,60}?"
            r"\bto (?:help|assist|support)\b|"
            # ("mobilised a package of €183 million to help Georgia", "approved €12.75 million in support for X")
            r"(?:US)?[$€£]\s?\d[\d.,]*[^.;]{0,25}?\b(?:to (?:help|assist)|in support (?:of|for|to))\s+"
            r"(?:the\s+)?(?-i:[A-Z])|"
            # ("USAID provided $3 million to Turkmenistan", "gave Kyrgyzstan $100 million": money handed to a state)
            r"\b(?:provid(?:ed|es|ing|e)|gave|give[sn]?|donat\w*|grant(?:ed|s|ing)?)\s+(?:[A-Z][\w-]*\s+)?"
            r"(?:[a-z]+\s+){0,3}(?:US)?[$€£]\s?\d[^.;]{0,25}?\bto\s+(?:the\s+)?(?-i:[A-Z])|"
            r"\b(?:gave|give[sn]?|grant(?:ed|s)?)\s+(?-i:[A-Z])[\w-]*\s+(?:[a-z]+\s+){0,3}(?:US)?[$€£]\s?\d|"
            # ("the 1 million US dollars in cash that China has provided to the Palestinian Authority")
            r"\d[^.;]{0,40}?\b(?:that|which)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}"
            r"(?:has|had|have)\s+(?:already\s+)?(?:provided|given|donated|granted|allocated|disbursed)\s+to\b|"
            # ("provided us with over $1 billion", "lent the country $300 million")
            r"\b(?:provid(?:ed|es|ing|e)|gave|give[sn]?|grant(?:ed|s)?|lent|lends?)\s+(?-i:us|our\s+country|the\s+"
            r"country)\s+(?:with\s+)?(?:[a-z]+\s+){0,3}(?:US)?[$€£]\s?\d",
            clause, re.I):
        # "pledged $200 million": a pledge names aid when no other flow is named ("pledged loans"); so does money
        # given to help ("will provide $12 million to help Vietnam …", "$80 million in budget support")
        return "aid"
    for name, rx in _MEASURE_WORDS + (_SALE_WORDS if sales else []):
        for w in rx.finditer(clause):
            # (a flow word before the figure first: "exports amounted to $2.1bn while imports stood at $10.2bn")
            d = pos - w.start() if w.start() < pos else (w.start() - pos) * (
                10 if re.search(r"\b(?:and|while|whereas|but)\s+(?:[\w-]+\s+)?$", clause[pos:w.start()]) else 2)
            # ("Kazakh exports to Russia came to $9.1bn and imports from Russia to $17.7bn": the next item's word
            # is not the figure's)
            if best is None or d < best[0]:
                best = (d, name)
    return best[1] if best else None


#: lenders' names that hold a flow word: no export or import is told by them
_BANK_NAMES = re.compile(r"\bExport[-–]Import Bank\b|\bEXIM\b|\bExim\s?[Bb]ank\b|\bExport Credit Agency\b|"
                         # (and compounds that name no flow: "reach new export markets", "Export Control … program")
                         r"\b[Ee]xport\s+(?:[Cc]ontrols?|markets?|licen[cs]\w*)\b")


def _unbanked(text: str) -> str:
    """``text`` with lenders' names blanked out (same length): "owed to the Export-Import Bank of China" tells no
    export."""
    return _BANK_NAMES.sub(lambda b: " " * len(b.group(0)), text)


_FLOW_NOUN = re.compile(r"\s+(?:\w+\s+)?(?:loans?|credits?|investments?|aid|assistance|grants?|funds?|funding|money|"
                        r"exports?|imports?|goods|products)\b", re.I)
_SUPPLY_VERB = re.compile(r"\b(?:supplies|supplied|supply|supplying|sells|sold|sell|selling|ships|shipped|provides|"
                          r"provided|provide|providing)\s+(?:the\s+)?$", re.I)


def _role(ctx: Context, text: str, s0: int, mm: Mention) -> str:
    """How a state stands to a flow: "to X" (destination), "from X" (origin), "with X", "between X", or the
    flow's owner ("Turkish exports", "Turkey's exports", "Turkey exported")."""
    before = text[max(0, mm.start - s0 - 30):mm.start - s0]
    if _ACCORDING_TO.search(before):
        return "source"  # "According to Azerbaijan's customs committee, …": who counted, no end of the flow
    if re.search(r"\b(?:with|to|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+or\s+(?:the\s+)?$", before):
        return "or"  # "a fraction of Azerbaijan's trade with Turkey or Russia": another partner, not an owner
    if _GIVEN_TO.search(before):
        return "to"  # "Japan granted Armenia $5 million", "Russia provided Belarus with a loan": the one given to
    prep = re.search(r"\b(to|into|in|for|towards|from|by|with|between|and)\s+(?:the\s+|(?:our|its|their)\s+"
                     r"(?:\w+\s+)?(?:neighbou?r|partner|ally|friend)\s+)?$", before, re.I)  # ("with our neighbour X")
    if prep and prep.group(1).lower() in ("in", "for", "with", "by") and _FLOW_NOUN.match(text, mm.end - s0):
        return "owner"  # "received $2bn in Chinese loans": the demonym names the flow's giver, not where it goes
    if re.search(r"\d[\d.,]*\s?(?:m|mn|bn|million|billion|trillion)?\s+(?:of\s+|worth\s+of\s+)?$", before, re.I) and \
            re.match(r"\s+(?:\w+\s+)?(?:loans?|credits?|investments?|aid|assistance|grants?|funds?|funding|money)\b",
                     text[mm.end - s0:], re.I):
        return "from"  # "built with a €350m Chinese loan", "$1.3bn of Chinese loans": the giver
    where = mm.actor.startswith("place:") or mm.role in ("capital", "seat")
    if prep and prep.group(1).lower() == "in" and where and not re.search(
            r"\binvest\w*\b[^.;]*\s+in\s+(?:the\s+)?$|(?:\d[\d.,]*\s*(?:[mk]|mn|bn|million|billion)?|projects?|plants?|"
            r"spen[dt]\w*|rubles?|roubles?|dollars?|euros?|yuan|pounds?)\s+in\s+(?:the\s+)?$",
            before, re.I):
        return "at"  # "when the two met in Sochi, Putin promised a loan": where, not where the money goes
    if prep:
        p = prep.group(1).lower()
        return {"into": "to", "in": "to", "for": "to", "towards": "to", "by": "from"}.get(p, p)
    if mm.role == "demonym" and re.match(r"\s+(?:state-owned\s+|state\s+)?(?:firms|companies|investors|banks|"
                                         r"businesses|lenders|developers|contractors)\b", text[mm.end - s0:]) and \
            re.search(r"\b(?:invest|poured|pour|sunk|sank|ploughed|plowed|lent|lend|loan|financ|fund|built|build)",
                      text[mm.end - s0:mm.end - s0 + 80], re.I):
        return "from"  # "Chinese firms have poured $1.5bn into a park near Minsk": the investors' state gives
    if re.search(r"\b(?:reconstruction|rebuilding|recovery|development|people|benefit|budget)\s+of\s+(?:the\s+)?$|"
                 r"\bbenefit(?:s|ed|ing)?\s+(?:directly\s+)?(?:the\s+)?$", before, re.I):
        return "to"  # "$200 million for the reconstruction of Afghanistan"
    if _GIVE.match(text, mm.end - s0):
        return "from"  # "Turkey has pledged $200 million …": the giver
    return "owner"


#: a document a year can name ("a 1995 treaty", "the 2013 agreement")
_DOCUMENT_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?(?:treaty|agreement|accord|deal|law|constitution|memorandum|protocol|"
                            r"convention|charter|declaration|resolution|contract)\b", re.I)
#: a verb of arms changing hands, somewhere before a count of equipment
_TRANSFERRED = re.compile(r"\b(?:sell|sold|suppl|deliver|bought|buy|purchas|acquir|order|receiv|transfer|sen[dt]|"
                          r"gave|give|provid|donat)\w*", re.I)
#: a giving verb right before a state names its receiver, of money or of things (the indirect object: "gave Georgia
#: $3 million", "delivered Armenia 36 howitzers"; selling and supplying are ``_SUPPLY_VERB``'s)
_GIVEN_TO = re.compile(r"\b(?:gave|give[sn]?|granted|grants|lent|lends|loaned|offered|offers|promised|promises|"
                       r"awarded|handed(?:\s+over)?|provided|provides|deliver(?:s|ed)?|sen[dt]s?|transfer(?:s|red)|"
                       r"donat(?:es|ed))\s+(?:the\s+)?$", re.I)


def _handed_to(before: str) -> bool:
    """A verb that hands things or money over ends ``before``: the state named next receives them ("sell Armenia 36
    howitzers", "gave Georgia $3 million")."""
    return bool(_SUPPLY_VERB.search(before) or _GIVEN_TO.search(before))


_GIVE = re.compile(r"(?:['’]s\s+\w+\s+)?\s+(?:has\s+|have\s+|had\s+|will\s+|also\s+|already\s+){0,2}(?:pledged|pledges|"
                   r"gave|gives|given|provided|provides|allocated|allocates|granted|grants|donated|donates|lent|lends|"
                   r"offered|offers|promised|promises|committed|commits|disbursed|extended|extends|sent|sends|"
                   r"delivered|delivers|"
                   # ("China agreed to lend Laos $900 million")
                   r"(?:agreed|promised|pledged|offered|decided|undertook)\s+to\s+(?:lend|provide|give|grant|"
                   r"allocate|donate))\b", re.I)


def _volume_partner(text: str, s0: int, start: int, c1: int, mentions: list[Mention], subj: str | None) -> str | None:
    """The other end of a volume shipped, told after the figure in its clause: "supplied 8.1bcm to the EU", "32
    bcm came from Turkmenistan", "1bcm of Russian gas" (the goods' origin)."""
    for mm in mentions:
        at = mm.start - s0
        if not (start <= at < c1) or not mm.state or not is_state_or_group(mm.state) or mm.role == "pronoun" or \
                mm.state == subj:
            continue
        if re.search(r"\b(?:to|from)\s+(?:the\s+)?$", text[start:at], re.I) or mm.role == "demonym" and re.match(
                r"\s+(?:natural\s+|pipeline\s+|liquefied\s+natural\s+)?(?:gas|oil|crude|LNG)\b", text[mm.end - s0:]):
            return mm.state
    return None


def _flow_roles(ctx: Context, text: str, s0: int, c0: int, c1: int, kind: str, mentions: list[Mention],
                last_states: list[str]) -> tuple[str | None, str | None]:
    """Subject and partner of a money flow from the roles the clause gives its states.

    Exports: the exporter is the subject, the destination ("to X") the partner; imports: the importer, the origin
    ("from X"); trade: the owner ("Georgia's trade with China"), the partner ("with X"), a pair "between X and Y"
    read as bilateral; investment, aid and loans: the state the money goes to ("in X", "to X", or the one that
    receives it), the giver ("from X", "Chinese investment") the partner. "its" stands for the last owner named.
    """
    clause = [mm for mm in mentions if mm.state and is_state_or_group(mm.state) and c0 <= mm.start - s0 < c1
              and mm.role != "pronoun"]
    roles: dict[str, list[str]] = {}
    for mm in clause:
        r = _role(ctx, text, s0, mm)
        if r == "at":
            continue  # (a place where something else happened has no part in the flow)
        if kind == "trade" and re.match(r"(?:['’]s)?\s+(?:exports?|imports?)\b", text[mm.end - s0:], re.I):
            continue  # "trade reached $134 million, of which Indian exports made up $110 million": that flow's owner
        if r == "and" and re.fullmatch(r"\W*(?:the\s+)?", text[c0:mm.start - s0]):
            r = "owner"  # "…, and the United States will provide $2.5 million": the clause's own subject
        if mm.state and mm.state not in sum((v for k, v in roles.items() if k != "source"), []):
            roles.setdefault(r, []).append(mm.state)  # (a state that only counted may take a part after)

    def first(role: str) -> str | None:
        return roles[role][0] if roles.get(role) else None

    owner = first("owner")
    if owner is None and re.search(r"\b(?:its|their|the country['’]s|the nation['’]s)\b|^\W*(?:\w+\W+){0,4}?(?:the|"
                                   r"this) (?:country|nation)\b(?!['’])", text[c0:c1], re.I):
        # ("The country borrowed $944 million from China": the state told about before)
        owner = _antecedent(last_states, set(sum(roles.values(), [])))
    elif (its := re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:exports?|imports?|trade|turnover|purchases|"
                           r"sales)\b", text[c0:c1], re.I)) and not re.search(
            r"['’]s\s+(?:[\w-]+\s+){0,2}(?:exports?|imports?|trade)\b", text[c0:c1]) and not any(
            # ("Uzbekistan doubled its gas imports from Russia": the clause's own subject is what "its" stands for)
            mm.start - s0 < c0 + its.start() and _role(ctx, text, s0, mm) == "owner" for mm in clause):
        # "its imports of Russian gas": the flow is the antecedent's; the state named with the goods is the other end
        taken = set(sum(roles.values(), [])) - set(roles.get("owner", []))
        goods = [st for st in roles.pop("owner", []) if st]
        owner = _antecedent(last_states, taken)
        if goods and owner not in goods:
            roles.setdefault("from" if kind == "import" else "to", []).extend(goods)
    if owner is None and roles.get("source") and kind in ("trade", "export", "import") and (
            roles.get("with") or roles.get("to") or roles.get("from")):
        owner = roles["source"][0]  # "According to Azerbaijan's customs committee, trade with Iran amounted to …"
    if owner is None and ctx.speaker and is_state_code(ctx.speaker) and re.search(
            r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}(?:exports?|imports?|trade|turnover)\b", text[c0:c1], re.I):
        owner = ctx.speaker  # "our trade with the EU": the speaker's
    to, frm = first("to"), first("from")
    if kind == "import" and owner is not None and frm is None and any(
            mm.state == owner and re.search(r"\bimports\s+of\s+(?:the\s+)?$", text[c0:mm.start - s0], re.I)
            for mm in clause):
        # "imports of Russian oil, gas and coal reached $58.8bn": the goods' state is the origin; the importer is the
        # state told of
        frm, owner = owner, None
    if kind == "trade":
        if "between" in roles:
            pair = roles["between"] + roles.get("and", [])
            return _bilateral([m for m in clause if m.state in pair], [])
        if ctx.speaker and is_state_code(ctx.speaker) and re.search(
                r"\bbetween\s+our\s+(?:two\s+)?(?:countries|nations|states)\b", text[c0:c1], re.I):
            other = _antecedent(last_states, {ctx.speaker})
            if other is not None:  # a speech: "Russia is our ally … Trade between our countries reached $24bn"
                return _bilateral([], [other, ctx.speaker])
        two = _BETWEEN_THE_TWO.search(text[c0:c1])
        named = list(dict.fromkeys(mm.state for mm in ctx.mentions if mm.state and is_state_code(mm.state) and
                                   mm.role not in ("pronoun", "demonym") and
                                   0 <= mm.start - s0 < c0 + two.start())) if two else []
        if len(named) >= 2:
            # "Turkey has refused to join Western sanctions on Russia, and trade between the two reached $62bn": the
            # two the sentence named before (by their names, not an adjective)
            return _bilateral([], named[-2:])
        figure = re.search(r"\d", text[c0:c1])
        if two and not named and len(pair := _salient_pair(last_states)) == 2 and figure and \
                two.start() < figure.start():
            # "Armenia still depends on Russia. Trade between the two countries reached $7.3bn, more than a third of
            # Armenia's total": the two told of, whoever owns the other figure after it
            return _bilateral([], pair)
        subj = owner or frm or to
        partner = first("with") or next((x for x in (to, frm) if x and x != subj), None)
        earlier = [mm.state for mm in mentions if mm.state and is_state_code(mm.state) and mm.start - s0 < c0 and
                   mm.role != "pronoun"]
        if subj is None and earlier and re.search(r"\b(?:bilateral|two-way)\s+(?:\w+\s+)?(?:trade|turnover)\b",
                                                  text[c0:c1], re.I):
            # "But China is catching up: bilateral trade reached $41bn": the state just named, with the one told of
            return _bilateral([], [x for x in [_antecedent(last_states, {earlier[-1]})] if x] + [earlier[-1]])
        if subj is None and partner is None and ctx.relations_pair():
            # "Trade turnover reached $3.5bn in 2023", "Bilateral trade fell" on a page on two states' relations
            return _bilateral([], ctx.relations_pair()[::-1])
        if subj is None and partner is not None and re.match(r"\W*(?:[\w-]+\s+){0,2}?(?:trade|turnover)\s+with\b",
                                                              text[c0:c1], re.I):
            subj = _antecedent(last_states, {partner})  # "Trade with Russia hit $26bn" in a story about Kazakhstan
        if subj is None and re.search(r"\b(?:bilateral|two-way|mutual)\b|\bbetween (?:the|our) two\b|\bboth "
                                      r"(?:countries|nations|sides|states)\b", text[c0:c1], re.I):
            # "bilateral trade reached …", "trade between the two countries": the two states named most of late
            return _bilateral([], _salient_pair(last_states))
        hyphened = re.search(r"\b[A-Z][\w.]*(?:\s[A-Z][\w.]*)?[-–][A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s+(?:bilateral\s+)?"
                             r"(?:trade|turnover|commerce)\b", text[c0:c1])
        if partner is None and hyphened and len(roles.get("owner", [])) >= 2:
            return _bilateral([m for m in clause if m.state in roles["owner"][:2]], [])  # "China-Kazakhstan trade"
        if partner is None and subj is not None and re.search(r"\b(?:bilateral|two-way)\s+(?:\w+\s+)?"
                                                              r"(?:trade|turnover|commerce)\b", text[c0:c1], re.I):
            # "China is Peru's largest partner, with bilateral trade exceeding $36 billion", "Mr. Sullivan noted that
            # bilateral trade reached $3.6 billion": the subject and the other state named with it or last
            in_clause = [m for m in clause if m.state]  # ("China is our second partner, and our bilateral trade
            # reached $19.9bn": ours, with the state named before in the sentence, else the one told of)
            other = next((x for x in reversed(earlier) if x != subj), None) or _antecedent(last_states, {subj})
            return _bilateral(in_clause, [x for x in [other] if x] + ([] if in_clause else [subj]))
        if subj is None and partner is not None and ctx.speaker and is_state_code(ctx.speaker) and \
                partner != ctx.speaker:
            subj = ctx.speaker  # a statement: "With our neighbour Uzbekistan, trade grew to $2 billion": ours
        return subj, partner
    last = next((st for st in reversed(last_states) if st not in (to, frm)), None)
    if ctx.speaker and is_state_code(ctx.speaker) and ctx.speaker not in (to, frm) and kind in ("export", "import"):
        last = ctx.speaker  # a statement: "exports to China reached $1bn" with no owner named are the speaker's
    group = re.search(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:countries|states|nations|republics)\b",
                      text[c0:c1])
    if kind == "export" and group and frm is None and not any(
            mm.state == owner and mm.start - s0 > text.rfind(",", c0, c0 + group.start()) for mm in clause):
        return None, to  # "exports from Central Asian countries to Russia": no one state's
    if kind == "export" and to is None:
        # "Russia supplies Armenia with gas worth $400m": the state right after a verb of supply receives it
        to = next((mm.state for mm in clause if mm.state != owner and
                   _SUPPLY_VERB.search(text[max(c0, mm.start - s0 - 25):mm.start - s0])), None)
    if kind == "export":
        subj = (owner if owner != to else None) or frm or last
        # ("Indian exports made up $110 million" on a page on Armenia–India relations: to the other of the two)
        return subj, (to if to != subj else None) or _other_of_pair(ctx, subj)
    if kind == "import":
        extra = [st for st in roles.get("owner", [])[1:] if st not in (frm, to)]
        if to and owner and owner != to and frm is None:
            return to, owner  # "Chinese imports into Georgia": Georgia imports, from China
        subj = (owner if owner != frm else None) or to or last
        if frm is None and extra:
            frm = extra[0]  # "Georgia's imports of Chinese goods": the goods' state is the origin
        return subj, (frm if frm != subj else None) or _other_of_pair(ctx, subj)
    # investment, aid, loans: where the money goes
    country = re.search(r"\b(?:in|into|to)\s+the\s+(?:country|nation|republic)\b(?!['’])", text[c0:c1], re.I)
    ours = ctx.speaker if ctx.speaker and is_state_code(ctx.speaker) and re.search(
        r"\b(?:in|into|to)\s+our\s+(?:[\w-]+\s+){0,2}?(?:country|nation|economy|energy|sectors?|infrastructure|"
        r"projects?|industry|regions?)\b", text[c0:c1], re.I) else None
    if to is None and ours is not None and ours not in (frm, owner):
        to = ours  # "has brought more than $25 billion of investment into our energy and transport sectors": ours
    if to is None and country:
        # "The United States is Kazakhstan's fourth-largest investor; American companies have invested $62 billion
        # in the country": the state named last before, not the giver (nor one named to compare: "after the
        # Netherlands")
        giving = {x for x in (frm, owner) if x}
        to = next((mm.state for mm in reversed(ctx.mentions) if mm.start < s0 + c0 + country.start() and mm.state and
                   is_state_code(mm.state) and mm.state not in giving and mm.role != "pronoun" and
                   not _COMPARED.search(ctx.text, max(0, mm.start - 12), mm.start)), None)
    by = re.search(r"\b(?:funded|financed|co-financed|backed|sponsored|paid for)\s+by\b", text[c0:c1], re.I)
    if by:
        # "a $1.5bn project funded by the Asian Development Bank, European Investment Bank …": the funders give
        givers = [mm.state for mm in clause if mm.start - s0 >= c0 + by.end() and mm.state]
        hosts = [mm.state for mm in clause if mm.state and mm.state not in givers]
        subj = to if to and to not in givers else (hosts[0] if hosts else next(
            (st for st in reversed(last_states) if st not in givers), None))
        return subj, next((g for g in givers if g != subj), None)
    if to is None:
        # "will provide $12 million to help Vietnam build …": the one helped; "will invest $7.5 million to upgrade
        # Armenia's laboratories", "to help the Government of Armenia": the state whose things the money serves
        to = next((mm.state for mm in clause if mm.state != owner and re.search(
            r"\bto\s+(?:help|assist|support)\s+(?:the\s+)?$", text[max(c0, mm.start - s0 - 25):mm.start - s0],
            re.I)), None) or next((st for mm in mentions if c0 <= mm.start - s0 < c1 and (st := mm.state or (
                rec.country if (rec := ctx.actors.get(mm.actor)) is not None else None)) and is_state_code(st) and
            st != (frm or owner) and _SERVED.search(text[max(c0, mm.start - s0 - 45):mm.start - s0]) and (
                mm.role == "demonym" or re.match(r"['’]s\b", text[mm.end - s0:]) or mm.state is None or
                re.search(r"\bof\s+(?:the\s+)?$", text[c0:mm.start - s0]))), None)
    if owner and not to and _RECEIVE.search(text[c0:c1]):
        # "Kazakhstan received $2bn in Chinese loans": the receiver, and the giver named with the money
        to, owner = owner, next((st for st in roles.get("owner", [])[1:] if st != owner), None)
    if frm is None and owner is None and to is None:
        # "Putin promised a $1.5bn loan": a leader who gives, for the state he leads
        frm = next((rec.country for mm in mentions if not mm.state and c0 <= mm.start - s0 < c1 and
                    (rec := ctx.actors.get(mm.actor)) is not None and rec.country and is_state_code(rec.country) and
                    _GIVE.match(text, mm.end - s0)), None)
    giver = frm or owner
    if to is None and giver is not None and re.search(r"\b(?:to|for|in)\s+the\s+(?:region|continent|bloc|"
                                                      r"neighbourhood|neighborhood)\b", text[c0:c1], re.I):
        return None, giver  # "Beijing pledged 26 billion yuan in financing and grants to the region": no one state
    titled = ctx.title_pair()
    if to is None and giver is not None and giver in titled and not (
            owner and frm and owner != frm) and _GIVING.search(text[c0:c1]) and not _RECEIVE.search(text[c0:c1]):
        # "The United States will provide $12 million to modernise customs" in a fact sheet on the U.S.–Kazakhstan
        # partnership: the other state the title names receives
        return next(x for x in titled if x != giver), giver
    if to is None and giver is not None and not ctx.speaker and len({x for x in (frm, owner) if x}) == 1 and \
            _GIVING.search(text[c0:c1]) and not _RECEIVE.search(text[c0:c1]):
        # "The EU pledged €250 million in budget support" in a story about Moldova: the giver is the partner, the
        # one the money goes to the state told about before (not named again)
        main = _main_state(ctx)
        taker = main if main is not None and main != giver and sum(
            1 for mm in ctx.mentions if mm.state == main and mm.role != "pronoun") > 1 else \
            _antecedent(last_states, {giver})
        if taker is not None:
            return taker, giver
    if to is None and giver is not None and ctx.speaker and is_state_code(ctx.speaker) and giver != ctx.speaker and \
            (_GIVING.search(text[c0:c1]) or GENERAL_DEBATE.search(ctx.source.title or "") and re.search(
                r"\bannounc\w*|^\W*and\s", text[c0:c1], re.I)) and not _RECEIVE.search(text[c0:c1]):
        # (in a speech to the Assembly, also "has announced $50 million in humanitarian assistance, and the United
        # Kingdom £16.5 million")
        return ctx.speaker, giver  # a speech: "The United States has provided $300 million in assistance": to us
    if to is None and giver is not None and giver == ctx.speaker and (
            _GIVING.search(text[c0:c1]) or re.search(r"\bannounc\w*", text[c0:c1], re.I)):
        return None, giver  # a statement's own money with no state named to receive it: given by the speaker
    subj = to or owner or frm
    partner = next((x for x in (frm, owner) if x and x != subj), None)
    return subj, partner


#: a purpose told after money given, ending where the served state is named: "to upgrade (Armenia's labs)", "to help
#: (the Government of Armenia)", "to expand lending to firms in (Armenia's regions)" — never one worked against
_SERVED = re.compile(r"\bto\s+(?:help\s+|assist\s+)?(?:upgrade|moderni[sz]e|build|rebuild|strengthen|expand|improve|"
                     r"develop|support|boost|reconstruct|restore|repair|equip|train|secure|protect|diversify|help|"
                     r"assist)\s+(?:[\w-]+\s+){0,6}?(?:the\s+)?$", re.I)


#: verbs of giving money: the giver is the partner of an aid, loan or investment figure
_GIVING = re.compile(r"\b(?:pledg\w*|provid\w*|gave|give[sn]?|giving|grant\w*|offer\w*|allocat\w*|disburs\w*|"
                     r"dedicat\w*|deliver(?:ed|s|ing)?|"
                     r"extend\w*|lent|lend\w*|donat\w*|approv\w*|earmark\w*|promis\w*|committ\w*)\b", re.I)


_ITEM_RE = re.compile(r"\s*(?:\(\s*(?:about|around|some|nearly|almost|over|more than|less than|roughly)?\s*|"
                      r"(?:with|at|on|for)\s+(?:about|around|some|nearly|almost|over|more than|roughly)?\s*|"
                      r"[:–—-]\s*|,\s+)$", re.I)
_LIST_HEAD = re.compile(r"\b(?:partners?|destinations?|markets?|suppliers?|sources?|buyers?|customers?|exports?|"
                        r"imports?|trade)\b", re.I)


def _list_item(ctx: Context, text: str, s0: int, pos: int, mentions: list[Mention],
               last_states: list[str]) -> tuple[str | None, str] | None:
    """A share given to an item of a list: "its main partners are Russia (13 %), followed by China (12 %)".

    The partner is the state right before the figure; the subject is the list's own subject — the state whose
    partners they are ("Georgia's main partners", "Georgian exports go to …"), or for "its"/"the country's" the
    last state named before the list that is not one of its items.
    """
    named = [mm for mm in mentions if mm.state and is_state_or_group(mm.state) and mm.role != "pronoun"]
    item = next((mm for mm in reversed(named) if mm.end - s0 <= pos and _ITEM_RE.fullmatch(text[mm.end - s0:pos])),
                None)
    if item is None:
        return None
    head = None
    for h in _LIST_HEAD.finditer(text[:item.start - s0]):
        head = h
    if head is None:
        return None
    of_owner = next((mm for mm in named if mm.start - s0 >= head.end() and re.fullmatch(
        r"\s+of\s+(?:the\s+)?", text[head.end():mm.start - s0])), None)
    if of_owner is not None and of_owner is not item:
        return of_owner.state, item.state  # type: ignore[return-value]  # ("The main export destinations of
        # Kyrgyzstan were the United Kingdom (41.5%), …")
    items = {mm.state for mm in named if mm.start - s0 >= head.end()}
    owners = [mm for mm in named if mm.end - s0 <= head.start() and mm.state not in items]
    subj: str | None = None
    near = text[max(0, head.start() - 40):head.start()]
    if owners and (re.search(r"['’]s\s+(?:[\w-]+\s+){0,3}$", text[owners[-1].end - s0:head.start()]) or
                   owners[-1].role == "demonym" or re.fullmatch(r"\s*(?:[\w-]+\s+){0,3}", text[owners[-1].end - s0:
                                                                                              head.start()])):
        subj = owners[-1].state
    elif re.search(r"\b(?:its|their|the country['’]s|the nation['’]s)\s+(?:[\w-]+\s+){0,3}$", near, re.I):
        subj = next((mm.state for mm in reversed(owners) if mm.state and mm.state not in items), None) or \
            _antecedent(last_states, items)
    elif owners:
        subj = owners[0].state
    if subj is None or subj == item.state:
        return None
    return subj, item.state  # type: ignore[return-value]


_HEAD_KIND = {"market": "export", "destination": "export", "buyer": "export", "customer": "export",
              "supplier": "import", "source": "import"}


def _head_kind(before: str) -> str:
    """The flow a list head names: "export markets", "main suppliers", "partners" (trade)."""
    flow = None
    for h in _LIST_HEAD.finditer(before):
        flow = h.group(0).lower().rstrip("s")
    flow = {"export": "export", "import": "import"}.get(flow or "", _HEAD_KIND.get(flow or "", "trade"))
    kind = _nearest_flow(before, len(before))
    return kind if kind in ("export", "import", "trade") else flow


_REGIONS = [("SCAUC", re.compile(r"\bSouth(?:ern)? Caucasus\b|\bTranscaucasi", re.I), ["ARM", "AZE", "GEO"]),
            ("CASIA", re.compile(r"\bCentral Asia", re.I), ["KAZ", "KGZ", "TJK", "TKM", "UZB"])]


def _region_states(ctx: Context) -> list[str] | None:
    """The states "the region" stands for in a text: the region it names (the South Caucasus, Central Asia)."""
    for code, rx, states in _REGIONS:
        if any(mm.state == code for mm in ctx.mentions) or rx.search(ctx.text):
            return states
    return None


_WHOLE_OF = re.compile(r"(?:[\s-]*(?:thirds?|fifths?|quarters?|fourths?|tenths?|halves|half|per\s?cent|percent|%))?"
                       r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?:(?:[a-z][\w-]*\s+){0,3}of\s+(?:the\s+)?)?")


def _supply_pair(text: str, s0: int, c0: int, num_start: int, num_end: int,
                 mentions: list[Mention], last_states: list[str] | None = None) -> tuple[str, str] | None:
    """(taker, giver) of a share of a state's supply of goods: "Russia supplies around 85% of Armenia's natural gas",
    "Armenia depends on Russia for around 85% of its natural gas" — the taker's import share from the giver."""
    qual = r"(?:(?:about|around|nearly|almost|some|over|more than|roughly|up to|at least)\s+)?(?:an?\s+)?"
    states = [mm for mm in mentions if mm.state and is_state_or_group(mm.state) and mm.role != "pronoun"]
    supplied = _SUPPLIED_SHARE.match(text, num_end)
    supplies = re.search(rf"\b(?:supplies|supplied|provides|provided|delivers|delivered|sells|sold)\s+{qual}$",
                         text[c0:num_start], re.I)
    if supplied and supplies:
        taker = next((mm.state for mm in states if num_end <= mm.start - s0 < supplied.end()), None)
        giver = next((mm.state for mm in states if c0 <= mm.start - s0 < num_start), None)
        if taker is None and re.search(r"\b(?:country|nation)['’]s", text[num_end:supplied.end()]):
            # "Russia also supplies almost 90 per cent of the country's natural gas": the state told of
            taker = _antecedent(last_states or [], {giver} if giver else set())
        return (taker, giver) if taker and giver and taker != giver and is_state_code(taker) else None
    if supplies and _ITS_GOODS.match(text, num_end):
        # "Turkey buys most of its energy abroad, and Russia supplies over 40% of its gas": "its" is the taker named
        # before the supplier
        giver = next((mm.state for mm in states if c0 <= mm.start - s0 < num_start), None)
        before = [mm.state for mm in states if mm.start - s0 < c0 and mm.state != giver]
        taker = before[-1] if before else _antecedent(last_states or [], {giver})
        return (taker, giver) if taker and giver and taker != giver and is_state_code(taker) else None
    relied = re.search(rf"\b(?:depends?|depended|relies|relied|rely|dependent|reliant)\s+(?:\w+\s+)?on\s+"
                       rf"(?:the\s+)?([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+for\s+{qual}$", text[c0:num_start])
    if relied and _ITS_GOODS.match(text, num_end):
        giver = next((mm.state for mm in states if c0 + relied.start(1) <= mm.start - s0 < c0 + relied.end(1)), None)
        taker = next((mm.state for mm in states if c0 <= mm.start - s0 < c0 + relied.start() and mm.state != giver),
                     None)
        return (taker, giver) if taker and giver and is_state_code(taker) else None
    return None


#: buying verbs before a share ("China now buys more than a quarter of Saudi oil exports")
_BUYS = re.compile(r"\b(?:buys|bought|buy|buying|purchases|purchased|takes|took|absorbs|absorbed)\s+(?:now\s+)?"
                   r"(?:(?:about|around|nearly|almost|some|over|more than|roughly|up to|at least|well over)\s+)?"
                   r"(?:an?\s+)?$", re.I)


def _bought_share(text: str, s0: int, c0: int, num_start: int, num_end: int, mentions: list[Mention],
                  last_states: list[str], prev_subject: str | None = None) -> tuple[str, str, str] | None:
    """(measure, subject, partner) of a share one state buys of another's goods: "China buys a quarter of Saudi
    crude exports" (Saudi Arabia's export share to China), "Hungary buys 80% of its gas from Russia" (Hungary's
    import share from Russia)."""
    if not _BUYS.search(text[c0:num_start]):
        return None
    states = [mm for mm in mentions if mm.state and is_state_code(mm.state) and mm.role != "pronoun"]
    buyer = next((mm.state for mm in states if c0 <= mm.start - s0 < num_start), None) or \
        next((mm.state for mm in reversed(states) if mm.start - s0 < c0), None) or (
            prev_subject if re.match(r"\s*It\b", text[c0:]) else None) or _antecedent(last_states)
    # ("China is Saudi Arabia's biggest customer. It buys …": the sentence before's subject)
    whole = re.match(r"(?:\s*(?:%|per\s?cent|percent))?\s*of\s+(?:the\s+)?((?:[\w-]+['’]s\s+|[A-Z][\w-]+\s+)"
                     r"(?:[\w-]+\s+){0,2}?)(?:exports|sales)\b", text[num_end:])
    if whole:
        seller = next((mm.state for mm in states if num_end + whole.start(1) <= mm.start - s0 <
                       num_end + whole.end(1)), None)
        return ("export_share", seller, buyer) if seller and buyer and seller != buyer else None
    bought = re.match(r"(?:\s*(?:%|per\s?cent|percent))?\s*of\s+(?:its|their)\s+" + _GOODS +
                      r"\s+(?:imports\s+)?from\s+(?:the\s+)?", text[num_end:])
    if bought:
        seller = next((mm.state for mm in states if mm.start - s0 == num_end + bought.end()), None)
        return ("import_share", buyer, seller) if seller and buyer and seller != buyer else None
    return None


#: goods a state gets a share of from another ("its natural gas", "Armenia's wheat")
_GOODS = r"(?:[\w-]+\s+){0,2}?(?:gas|oil|fuel|energy|electricity|wheat|grain|arms|weapons|imports|power|coal|uranium)\b"
#: "… of its natural gas", "… of their oil imports": the goods a share of a state's own supply is of
_ITS_GOODS = re.compile(r"\s*(?:%|per\s?cent|percent)?\s*of\s+(?:its|their)\s+" + _GOODS)
#: a share of a state's supply of goods: "85% of Armenia's natural gas"
_NAME = r"[A-Z][\w-]*(?:\s[A-Z][\w-]*)?"
#: ("85% of the gas that Serbia consumes", "40% of the gas Turks burned": the taker named in the relative clause)
_SUPPLIED_SHARE = re.compile(r"\s*(?:%|per\s?cent|percent)\s+of\s+(?:(?:the\s+)?(?:" + _NAME +
                             r"|country|nation)['’]s\s+" + _GOODS +
                             r"|the\s+" + _GOODS + r"\s+(?:(?:that|which)\s+)?(?:the\s+)?" + _NAME +
                             r"\s+(?:consumes?|consumed|uses?|used|imports?|imported|buys?|bought|needs?|needed|"
                             r"burns?|burned|burnt)\b)")
#: a share of the speaker's land named by its state's common noun: "36.2 per cent of the territory of the Republic"
_OF_THE_REPUBLIC = re.compile(r"\s*(?:per\s?cent|percent|%)?\s*of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:territory|territories|"
                              r"lands?)\s+of\s+the\s+(?:Republic|country|State)\b(?!\s+of\b)")
#: a share of the speaker's land: "20 per cent of the territory of my country", "a fifth of our territory"
_OF_MY_LAND = re.compile(r"\s*(?:per\s?cent|percent|%)?\s*of\s+(?:(?:the\s+)?(?:[\w-]+\s+)?(?:territory|territories|"
                         r"lands?|soil)\s+of\s+(?:my|our)\b|(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:territory|territories|"
                         r"lands?|soil|country)\b)", re.I)


def _whole_owner(text: str, s0: int, end: int, mentions: list[Mention], speaker: str | None = None) -> str | None:
    """The state whose whole a share is of: "20 per cent of Georgia's territory", "a fifth of the territory of
    Azerbaijan", "15 % of Armenian land" — the state named right after "of", or after "of the NOUN of"; not the
    clause's subject ("Russia occupies …"); in a statement, "of the territory of my country" (or "… of the Republic")
    is the speaker's."""
    mine = _OF_MY_LAND.match(text, end)
    if mine:
        return next((mm.state for mm in mentions if mm.role == "pronoun" and mm.state and
                     end <= mm.start - s0 <= mine.end()), None)
    if speaker and _OF_THE_REPUBLIC.match(text, end):
        return speaker
    for mm in mentions:
        rel = mm.start - s0
        if rel < end or not (mm.state and is_state_code(mm.state)) or mm.role == "pronoun":
            continue
        if _WHOLE_OF.fullmatch(text, end, rel) and (mm.role == "demonym" or re.match(
                r"['’]s\b", text[mm.end - s0:mm.end - s0 + 2]) or re.search(r"\bof\s+(?:the\s+)?$", text[end:rel])
                and re.search(r"\s(?:[a-z][\w-]*\s+)of\s+(?:the\s+)?$", text[end:rel])):
            return mm.state
        return None
    return None


def _pronoun_whole(text: str, s0: int, pos: int, mentions: list[Mention], last_states: list[str]) -> str | None:
    """The owner "its"/"their" stands for when it opens the clause a figure is in and no state is named before the
    figure ("Its economy grew by 7% in 2023, driven by remittances from Russia": the economy is the antecedent's, not
    Russia's)."""
    c0 = max(text.rfind(";", 0, pos), text.rfind(":", 0, pos)) + 1
    if not re.match(r"\s*(?:[A-Z][\w ,]{0,40},\s*)?(?:its|their)\s", text[c0:pos], re.I):
        return None
    if any(mm.state and mm.role != "pronoun" and c0 <= mm.start - s0 < pos for mm in mentions):
        return None
    own = next((mm.state for mm in mentions if mm.role == "pronoun" and mm.state and c0 <= mm.start - s0 < pos), None)
    return own or _antecedent(last_states)


def _backer_of(text: str, s0: int, mentions: list[Mention], kind: str | None) -> tuple[str, str] | None:
    """(receiver, giver) when the sentence names a state as another's investor, lender, creditor or donor ("China
    was Hungary's largest foreign investor")."""
    if kind not in ("investment", "loan", "aid"):
        return None
    states = [mm for mm in mentions if mm.state and is_state_or_group(mm.state) and mm.role != "pronoun"]
    for mm in states:
        if re.match(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:investor|lender|creditor|donor|financier|backer)s?\b",
                    text[mm.end - s0:]):
            giver = next((o.state for o in states if o.state != mm.state), None)
            return (mm.state, giver) if giver else None  # type: ignore[return-value]
    return None


def _first_state(mentions: list[Mention]) -> str | None:
    for m in mentions:
        if m.state and is_state_code(m.state):
            return m.state
    return None


def _other_of_pair(ctx: Context, state: str | None) -> str | None:
    """In an article on two states' relations, the other of the two (none when ``state`` is not one of them)."""
    pair = ctx.relations_pair()
    return next((x for x in pair if x != state), None) if state in pair else None


def _salient_pair(last_states: list[str]) -> list[str]:
    """The two states named most often of late, the later named first on a tie ("Turkey declined sanctions on Russia
    after its invasion of Ukraine … trade between the two countries": Turkey and Russia, not Ukraine named once), in
    the order ``_bilateral`` reads them (last named at the end)."""
    order = list(dict.fromkeys(reversed(last_states)))
    top = sorted(order, key=lambda st: (-last_states.count(st), order.index(st)))[:2]
    return [st for st in reversed(order) if st in top]


def _bilateral(mentions: list[Mention], last_states: list[str]) -> tuple[str | None, str | None]:
    """Subject and partner of bilateral figures: the smaller state is the subject, the power the partner."""
    states = [m.state for m in mentions if m.state and is_state_or_group(m.state)]
    pool = list(dict.fromkeys(states + list(reversed(last_states))))[:2]
    if not pool:
        return None, None
    if len(pool) == 1:
        return pool[0], None
    powers = ["USA", "CHN", "RUS", "DEU", "FRA", "GBR", "JPN", "IND", "TUR", "IRN"]
    a, b = pool
    if not is_state_code(a) and is_state_code(b):
        return b, a  # a group (EU, EAEU) is the partner of a state
    if a in powers and (b not in powers or powers.index(a) < powers.index(b)):
        return b, a
    return a, b


#: between a state and its figure in a list whose verb is left out or said again: "Bulgaria 2.2%", "Kyrgyzstan's
#: around 11,000", "Romania has budgeted 2.5%"
_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:has|have|had|is|was|will|now)\s+)?(?:[a-z]+ed\s+|spends?\s+|takes?\s+)?"
                  r"(?:(?:about|around|some|nearly|almost|roughly|over|more than|just|only|a further|another)\s+)?"
                  r"(?:US)?[$€£]?")


def _gapped_owner(text: str, s0: int, pos: int, mentions: list[Mention]) -> str | None:
    """The state named right before a figure after "and", a comma, "while" or "whereas" ("…, while Romania has
    budgeted 2.5% and Bulgaria 2.2%"): an item of a list whose verb is left out, owned by that state."""
    before = [mm for mm in mentions if mm.state and is_state_code(mm.state) and mm.end - s0 <= pos]
    if not before:
        return None
    mm = max(before, key=lambda x: x.end)
    if _GAP.fullmatch(text[mm.end - s0:pos]) and re.search(r"(?:,|\band|\bwhile|\bwhereas|\bbut)\s+(?:the\s+)?$",
                                                          text[:mm.start - s0]):
        return mm.state
    return None


def _possessor(mentions: list[Mention], text: str, after: int, ctx: Context) -> str | None:
    """The state (or trading group: "of EU imports") whose total a share is of: the first named after the number,
    in its clause ("…, and Norway's trade with Russia shrank" is another's)."""
    brk = _CLAUSE_BREAK.search(text, after)
    for m in mentions:
        if m.state and is_state_or_group(m.state):
            offs = m.start - _sent_start(ctx, m)
            if offs >= after and (brk is None or offs < brk.start()):
                return m.state
    return None


#: a share of a population ("15% of its 19m people", "29% of the population")
_PEOPLE_OF = re.compile(r"\s*(?:%|per\s?cent|percent)?\s*of\s+(?:the\s+|its\s+|their\s+|the\s+country['’]s\s+|"
                        r"[A-Z][\w-]+['’]s\s+)?(?:(?:total\s+)?[\d.,]+\s*(?:m|million|bn|billion)?\s+)?"
                        r"(?:population|people|inhabitants|residents|citizens)\b")
#: "its 19m people": a state's whole population
_ITS_PEOPLE = re.compile(r"\b(?:its|the\s+country['’]s)\s+$", re.I)
#: a leaning, not a nationality: "the pro-Serbian coalition won 13 seats" (Montenegro's seats)
_LEANING = re.compile(r"\b(?:pro|anti)-$", re.I)
#: measures whose second party a sentence may name beside the figure: flows and shares between two parties, and
#: ("other") figures of no flow, which take one only when the clause ties it to them (see _other_party)
_FLOW_MEASURES = frozenset({"aid_value", "loan_value", "investment_value", "trade_value", "export_value",
                            "import_value", "export_share", "import_share", "trade_share", "other"})


def _other_party(text: str, s0: int, num: re.Match[str], mentions: list[Mention], subject: str,
                 strict: bool = False) -> str | None:
    """The one other state the figure's clause names, beside its subject ("Japan pledged $50 million in aid to
    Mongolia": the giver; "buys about 80% of its gas from Russia"): the figure's second party, when there is exactly
    one; for a figure of no flow (``strict``) only when the clause ties that state to the figure."""
    c0, c1 = _clause_bounds(text, num.start())
    inside = [m for m in mentions if c0 <= m.start - s0 < c1 and m.state and is_state_or_group(m.state) and
              m.role not in ("pronoun", "coref")]
    others = {m.state for m in inside if m.state != subject}
    if len(others) != 1:
        return None
    if not strict:
        return others.pop()
    # a figure of no flow ("other") takes a second party only when the clause ties it to the figure: "… to X",
    # "from X", or X acting on the subject's whole ("China holds 17% of Uzbekistan's external debt")
    party = next(m for m in inside if m.state in others)
    rel = party.start - s0
    linked = re.search(r"\b(?:to|from|with|by|against|towards?)\s+(?:the\s+)?$", text[max(c0, rel - 20):rel]) and \
        num.end() <= rel and "," not in text[num.end():rel]  # (not "grew by 7.2%, driven by remittances from Russia")
    acting = rel < num.start() and any(m.state == subject and m.start - s0 > num.end() for m in inside)
    return party.state if linked or acting else None


_MISSION = re.compile(r"(?:(?P<its>\b[Ii]ts)\s+|(?P<own>\b[A-Z][\w-]+(?:['’]s)?)\s+)(?:[a-z][\w-]*\s+)?"
                      r"(?i:embassy|embassies|consulate|high commission|diplomatic mission|mission)\b")


#: a share of a stock or flow of investment ("60 per cent of the stock of foreign direct investment in Serbia")
_INVESTMENT_WHOLE = re.compile(r"\s*(?:%|per\s?cent|percent)?\s*of\s+(?:[\w'’-]+\s+){0,5}?"
                               r"(?:investments?|FDI)\b", re.I)
#: a force named, then counted in apposition ("Russian troops, some 1,500 soldiers")
_FORCE_THEN_COUNT = re.compile(r"^\s+(?:(?:troops|forces|soldiers|servicemen|military|contingent|peacekeepers)\s*,\s*"
                               r"(?:(?:numbering|totall?ing)\s+)?|"
                               # ("the Russian peacekeeping contingent of about 2,000", "an ethnic Azerbaijani
                               # minority of some 230,000 people")
                               r"(?:[\w-]+\s+){0,2}(?:contingent|garrison|minority|community|diaspora|mission|"
                               r"deployment)\s+of\s+)"
                               r"(?:(?:some|about|around|roughly|nearly|almost|over|more than|up to)\s*)?$", re.I)


def _apposed_force(text: str, s0: int, m: re.Match[str], mentions: list[Any]) -> str | None:
    """The state whose force a figure counts in apposition ("the operational group of Russian troops, some 1,500
    soldiers, remains …"): the force's nationality, not the place it stands in."""
    for mm in reversed(mentions):
        end = mm.end - s0
        if mm.state and is_state_or_group(mm.state) and 0 <= end <= m.start() and \
                _FORCE_THEN_COUNT.match(text[end:m.start()]):
            return str(mm.state)
    return None


#: the words between a distance and the state it lies within ("55 km of Iranian territory", "30 km in Uzbekistan",
#: "213 km lie in China")
_WITHIN_STATE = re.compile(r"\s*(?:(?:lie|lies|lay|run|runs|ran)\s+)?(?:of|in|inside|within)\s+(?:the\s+)?", re.I)


def _mission_owner(text: str, s0: int, num: re.Match[str], mentions: list[Mention]) -> str | None:
    """Whose diplomats: the state whose embassy the clause names ("left the Russian embassy with about 25 diplomats",
    "cut the strength of India's High Commission to 30 diplomats", "ordered Russia to cut the staff of its embassy
    by 45 diplomats": "its" is the state named last before it)."""
    staff = re.match(r"\s*(?:[\w-]+\s+)?(?:diplomats|diplomatic staff|staff|employees|personnel)\b", text[num.end():])
    if not staff:
        return None
    if any(m.state and is_state_code(m.state) and num.end() <= m.start - s0 < num.end() + staff.end()
           for m in mentions):
        return None  # "injuring three Kyrgyz employees" of the Chinese embassy: the people's own nationality
    c0, c1 = _clause_bounds(text, num.start())
    for mx in _MISSION.finditer(text, c0, c1):
        if mx.group("its"):
            before = [m.state for m in mentions if m.state and is_state_code(m.state) and m.role != "pronoun" and
                      m.end - s0 <= mx.start()]
            if before:
                return before[-1]
            continue
        owner = [m.state for m in mentions if m.state and is_state_code(m.state) and
                 mx.start("own") <= m.start - s0 < mx.end("own")]
        if owner:
            return owner[0]
    return None


def _sent_start(ctx: Context, m: Mention) -> int:
    return ctx.offset + sentence_of(ctx.doc, m.tok_start).start_char


_NOT_WHOSE = re.compile(
    r"\b(?:and|or|including|among|to|into|towards|toward|for|by|in|at|near|across|outside|inside|along|around|"
    r"through|throughout|within|fled|were|are|was|"
    r"is|have|has|had|arrived|entered|"
    r"crossed|returned|went|sent|deployed|killed|died|remain|remained|live|lived|stay|stayed|"
    # ("40 injured when Russian missiles struck": another clause's)
    r"when|while|after|before|because|since|during|amid|following|until|as|injured|wounded|hurt|displaced)\b", re.I)


_PLACE_PREP = re.compile(r"\b(?:in|across|throughout|of|at|on|around|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                         re.I)


def _place(text: str, s0: int, num: re.Match[str], mentions: list[Mention]) -> str | None:
    """Where people are counted, when the text does not say whose they are: a state or capital named in the same
    clause after the figure with "in", "across", "of the capital" ("100,000 protesters took to the streets of
    Minsk")."""
    c0, c1 = _clause_bounds(text, num.start())
    for m in mentions:
        rel = m.start - s0
        if not (num.end() <= rel < c1) or not m.state or not is_state_code(m.actor) and m.role != "capital":
            continue  # states and capitals only: a town names where, not whose
        if m.role == "demonym" and not _PLACE_NOUN.match(text, m.end - s0) and text[m.end - s0 - 1] != "s":
            nxt = re.match(r"\s+([a-z]+)", text[m.end - s0:])
            if not (nxt and nxt.group(1) in _PEOPLE_WORDS):
                continue  # "the reality of the Syrian conflict": a demonym on no place and no people names neither
                # ("one in five Chileans", "1 in 8 Chilean deaths" do)
        if _PLACE_PREP.search(text[max(num.end(), rel - 40):rel]) and not re.search(r"\b(?:from|to|into|by|with|"
                                                                                     r"against)\s+(?:the\s+)?\S*\s*$",
                                                                                     text[num.end():rel]):
            return m.state
    return None


_HARM = frozenset("kill shoot murder massacre slaughter execute wound injure shell bomb attack target strike "
                  "bombard maim".split())


def _harmer(ctx: Context, sent: Any, s0: int, pos: int, mentions: list[Mention]) -> str | None:
    """The state that harmed the people a figure counts: the subject of the verb of harm that governs the figure, or of
    the clause that verb hangs from ("Armenia committed war crimes, killing 613 …" → Armenia)."""
    tok = next((t for t in sent if ctx.char(t.i) >= s0 + pos), None)
    v = tok
    harm = False
    for _ in range(8):
        if v is None:
            return None
        if v.pos_ == "VERB" and v.lemma_.lower() in _HARM:
            harm = True
        if harm and v.pos_ in ("VERB", "AUX"):
            subj = [c for c in v.children if c.dep_ == "nsubj"] or [
                c for c in v.children if c.dep_ == "agent"]  # ("613 civilians were killed by Armenian forces")
            if subj:
                idx = {t.i for t in subj[0].subtree}
                return next((mm.state for mm in mentions if mm.tok_start in idx and mm.state and
                             is_state_code(mm.state) and mm.role != "pronoun"), None)
        if v.head.i == v.i:
            return None
        v = v.head
    return None


def _figure_is_subject(ctx: Context, sent: Any, s0: int, pos: int) -> bool:
    """The figure is (in) its clause's subject: "33 countries called for …", "3,000 dolphins have died …"."""
    tok = next((t for t in sent if ctx.char(t.i) >= s0 + pos), None)
    if tok is None:
        return False
    v = tok
    for _ in range(6):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    return any(t.i == tok.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree) or \
        (tok.head.i == v.i and tok.dep_ in ("nsubj", "nsubjpass")) or v.i == tok.i


def _agent(ctx: Context, sent: Any, s0: int, pos: int, mentions: list[Mention], last_states: list[str],
           prev_subject: str | None = None, groups: bool = False, antecedent: bool = False) -> str | None:
    """The state that does what is counted: the subject of the clause that holds the figure ("In northern Syria, it
    has launched three offensives" → the state "it" stands for), read from the parse."""
    tok = next((t for t in sent if ctx.char(t.i) >= s0 + pos), None)
    if tok is None:
        return None
    v = tok
    for _ in range(6):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
    if not subj or any(t.i == tok.i for t in subj[0].subtree):
        return None  # the figure is itself the subject ("40 tanks were transported")
    idx = {t.i for t in subj[0].subtree}
    if antecedent and subj[0].tag_ in ("WDT", "WP") and v.dep_ == "relcl" and v.head.i != v.i:
        # "the EU Monitoring Mission, which has some 200 monitors": the one the relative pronoun stands for
        idx = {t.i for t in v.head.subtree} - {t.i for t in v.subtree}
    for m in mentions:
        if m.tok_start in idx and m.state and (is_state_or_group(m.state) if groups else is_state_code(m.state)):
            return m.state
    if subj[0].lower_ in ("it", "they") and last_states:
        if subj[0].i == sent.start and prev_subject:
            return prev_subject  # "It backed out of …" opening a sentence: the previous sentence's first state
        return last_states[-1]  # "it has launched …": the last state named before
    return None


def _stateless_relative(ctx: Context, sent: Any, s0: int, pos: int, mentions: list[Mention]) -> bool:
    """The figure is told in a relative clause about a thing no state is named in ("welcomed the extension of the
    Grain Initiative, which has shipped over 5 million tons"): no state of the main clause owns it."""
    tok = next((t for t in sent if ctx.char(t.i) >= s0 + pos), None)
    v = tok
    for _ in range(8):
        if v is None or v.head.i == v.i:
            return False
        if v.dep_ == "relcl":
            break
        v = v.head
    else:
        return False
    if v is None or v.dep_ != "relcl" or not any(c.tag_ in ("WDT", "WP") and c.dep_ in ("nsubj", "nsubjpass")
                                                  for c in v.children):
        return False
    antecedent = {t.i for t in v.head.subtree} - {t.i for t in v.subtree}
    return not any(mm.tok_start in antecedent and mm.state for mm in mentions)


_SAYS = re.compile(r"(?P<who>[^,;:]{0,80}?)\b(?:says?|said|claims?|claimed|reports?|reported|announced|stated)\s+"
                   r"(?:that\s+)?(?:(?:it|they)\s+(?:had\s+|has\s+|have\s+)?lost\s+)?"  # ("Baku said it had lost 192")
                   r"(?:(?:only|at least|some|about|around|nearly|almost|more than|over)\s+)?$", re.I)


def _sayer(text: str, s0: int, pos: int, mentions: list[Mention]) -> str | None:
    """The state that says a figure of people right after its verb of saying ("Azerbaijan says five …")."""
    c0, _ = _clause_bounds(text, pos)
    m = _SAYS.search(text, c0, pos)
    if m is None:
        return None
    who = [mm.state for mm in mentions if mm.state and is_state_code(mm.state) and mm.role != "pronoun"
           and m.start("who") <= mm.start - s0 < m.end("who")]
    return who[-1] if who else None


def _ends(text: str, s0: int, num: re.Match[str], mentions: list[Mention]) -> tuple[str | None, str | None]:
    """The two ends of a distance: "X is 1.2 miles from Y", "a 272 km line from A in X to B on the Y border"."""
    c0, c1 = _clause_bounds(text, num.start())
    after = [m for m in mentions if num.end() <= m.start - s0 < c1 and m.state and is_state_code(m.state)]
    before = [m for m in mentions if c0 <= m.start - s0 < num.start() and num.start() - (m.end - s0) <= 40
              and m.state and is_state_code(m.state)]
    frm = next((m.state for m in after if re.search(r"\bfrom\b[^,;]*$", text[num.end():m.start - s0])), None)
    to = next((m.state for m in after if m.state != frm and re.search(r"\bto\b", text[num.end():m.start - s0])), None)
    if frm is not None and to is not None:  # "a line from A in X to B in Y"
        return frm, to
    subj = before[-1].state if before else None
    partner = next((m.state for m in after if m.state != subj), None)
    return subj, partner


def _nationality(ctx: Context, sent: Any, text: str, num: re.Match[str], mentions: list[Mention]) -> str | None:
    """Whose people: "900 people from Azerbaijan", "200 Georgian nationals", "Thirty-two of them (Georgians)"."""
    s0 = ctx.offset + sent.start_char
    lo, hi = s0 + num.start(), s0 + num.end()
    best: tuple[int, str] | None = None
    for m in mentions:
        if not (m.state and is_state_code(m.state)):
            continue
        if m.start >= hi and m.start - hi <= 25:
            if _NOT_WHOSE.search(ctx.text[hi:m.start]) or re.search(r"[,;:]", ctx.text[hi:m.start]):
                continue  # "refugees fled to Poland": where they went, not whose they are; "175,000 troops, U.S.
                # intelligence warns": past a comma, another phrase's
            if re.search(r"\bfrom\b", ctx.text[hi:m.start]) and _TAKEN_AWAY.search(text[:num.start()]):
                continue  # "Germany withdrew its 1,100 troops from Mali": where they left, not whose they are
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


#: verbs of giving refuge ("we host more than five million migrants"): the people are others'
_HOSTING = re.compile(r"\b(?:host\w*|shelter\w*|accommodat\w*|tak(?:e|es|en|ing)\s+in|took\s+in|receiv\w*|"
                      r"welcom\w*|gave\s+refuge|give\s+refuge)\b", re.I)
#: verbs of taking people out of a place ("withdrew 1,100 troops from Mali")
_TAKEN_AWAY = re.compile(r"\b(?:withdr[ae]w\w*|pull\w*|evacuat\w*|remov\w*|redeploy\w*|expel\w*|relocat\w*|"
                         r"brought home|bring home)\b", re.I)


def _about(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip())[:80]


def _past_span(text: str, pub_year: int | None) -> str | None:
    """ "over the past decade", "in the last 15 years": the span of years to the time of writing."""
    m = _PAST_YEARS.search(text)
    if m is None or pub_year is None:
        return None
    n = N.parse_number(m.group("n") or "1")
    if not n or n != int(n) or not 1 <= n <= 60:
        return None
    years = int(n) * (10 if m.group("unit").lower().startswith("decade") else 1)
    return f"{pub_year - years}/{pub_year}"


def _past_told(sent: Any) -> bool:
    """A sentence told in the past tense ("They dropped by 10 percent", "had fallen"), not the present or perfect."""
    root = sent.root
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "will", "is", "are") for c in root.children):
        return False
    return root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had")
                                     for c in root.children)
