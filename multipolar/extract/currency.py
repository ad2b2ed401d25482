"""Currencies as texts write them, kept as given: lower-case ISO 4217 codes (``usd``, ``eur``, ``gbp`` …).

No amount is ever converted here: converting needs a loaded, cited exchange-rate source, and the reader has none.
A sign before the figure ("€", "£", "US$", "HK$", "¥"), a code before it ("EUR 3bn", "USD 40 million") or a word
after it ("3 billion euros", "500 million Canadian dollars", "2 bn roubles") names the currency.
"""

from __future__ import annotations

import re

#: signs and codes written before a figure, longest first
PREFIX = {
    "us$": "usd", "u.s.$": "usd", "hk$": "hkd", "nz$": "nzd", "a$": "aud", "au$": "aud", "c$": "cad", "ca$": "cad",
    "s$": "sgd", "nt$": "twd", "r$": "brl", "$": "usd", "€": "eur", "£": "gbp", "₽": "rub", "₾": "gel", "₺": "try",
    "₼": "azn", "֏": "amd", "₹": "inr", "₩": "krw", "¥": "jpy", "cn¥": "cny", "jp¥": "jpy", "rmb": "cny",
    "usd": "usd", "eur": "eur", "gbp": "gbp", "rub": "rub", "cny": "cny", "jpy": "jpy", "chf": "chf", "gel": "gel",
    "amd": "amd", "azn": "azn", "try": "try", "irr": "irr", "inr": "inr", "kzt": "kzt", "uah": "uah",
    "rs": "inr", "rs.": "inr",
}
_CODES = "usd|eur|gbp|rub|cny|jpy|chf|gel|amd|azn|try|irr|inr|kzt|uah|rmb"
#: the sign or code before a figure (codes only in capitals and followed by a space: "USD 40 million")
PREFIX_RE = (r"(?:US\$|U\.S\.\$|HK\$|NZ\$|AU?\$|CA?\$|S\$|NT\$|R\$|CN¥|JP¥|\$|€|£|₽|₾|₺|₼|֏|₹|₩|¥|(?-i:Rs\.?\s)|"
             rf"(?-i:(?:{_CODES.upper()})\s))")

#: words after a figure; a qualifying word before "dollars" picks the dollar
_WORDS = {
    "dollar": "usd", "euro": "eur", "pound": "gbp", "sterling": "gbp", "rouble": "rub", "ruble": "rub",
    "yuan": "cny", "renminbi": "cny", "yen": "jpy", "lari": "gel", "dram": "amd", "manat": "azn", "lira": "try",
    "liras": "try", "lire": "try", "rial": "irr", "tenge": "kzt", "hryvnia": "uah", "hryvnias": "uah",
    "rupee": "inr", "franc": "chf", "som": "kgs", "somoni": "tjs", "sum": "uzs",
}
_DOLLARS = {"us": "usd", "u.s.": "usd", "american": "usd", "canadian": "cad", "australian": "aud",
            "hong kong": "hkd", "singapore": "sgd", "new zealand": "nzd", "taiwan": "twd", "taiwanese": "twd"}
_POUNDS = {"egyptian": "egp", "lebanese": "lbp", "syrian": "syp", "sudanese": "sdg"}
_LIRA = {"turkish": "try", "lebanese": "lbp"}
_MANAT = {"azerbaijani": "azn", "turkmen": "tmt"}
_AFTER_RE = re.compile(
    r"\s*(?:of\s+)?(?P<q>us|u\.s\.|american|canadian|australian|hong kong|singapore|new zealand|taiwan(?:ese)?|"
    r"egyptian|lebanese|syrian|sudanese|turkish|azerbaijani|turkmen|swiss|russian|chinese|armenian|georgian|"
    r"iranian|indian|japanese|kazakh|ukrainian)?\s*"
    r"(?P<w>dollars?|euros?|pounds?(?:\s+sterling)?|sterling|roubles?|rubles?|yuan|renminbi|yen|lari|drams?|"
    r"manats?|lira[s]?|lire|rials?|tenge|hryvnias?|rupees?|francs?|somoni|som|sum)\b"
    rf"|\s*(?-i:(?P<code>{_CODES.upper()}))\b",
    re.I)


def currency_prefix(sign: str) -> str:
    return PREFIX.get(sign.strip().lower(), "usd")


def currency_after(after: str) -> tuple[str, int] | None:
    """The currency named right after a figure ("billion euros", "Canadian dollars", "EUR"): (code, length)."""
    m = _AFTER_RE.match(after)
    if not m:
        return None
    if m.group("code"):
        return PREFIX[m.group("code").lower()], m.end()
    word = m.group("w").lower().split()[0]
    q = (m.group("q") or "").lower()
    stem = word.rstrip("s") if word not in ("lari", "tenge", "som", "sum", "somoni", "yen", "yuan") else word
    if stem.startswith("dollar"):
        code = _DOLLARS.get(q, "usd")
    elif stem.startswith("pound"):
        code = _POUNDS.get(q, "gbp")
    elif stem in ("lira", "lire"):
        code = _LIRA.get(q, "try")
    elif stem == "manat":
        code = _MANAT.get(q, "azn")
    elif stem == "franc":
        code = "chf" if q in ("swiss", "") else "xof"
    else:
        code = _WORDS.get(stem) or _WORDS.get(word, "usd")
    return code, m.end()


#: the state that issues a currency (for exchange rates: "the rial traded at 3,800 to the dollar" is Iran's)
ISSUER = {"irr": "IRN", "rub": "RUS", "try": "TUR", "amd": "ARM", "azn": "AZE", "gel": "GEO", "cny": "CHN",
          "uah": "UKR", "kzt": "KAZ", "inr": "IND", "jpy": "JPN", "gbp": "GBR", "chf": "CHE", "kgs": "KGZ",
          "tjs": "TJK", "uzs": "UZB", "tmt": "TKM", "egp": "EGY", "lbp": "LBN", "syp": "SYR", "sdg": "SDN",
          "cad": "CAN", "aud": "AUS", "nzd": "NZL", "hkd": "HKG", "sgd": "SGP", "twd": "TWN", "brl": "BRA",
          "krw": "KOR", "usd": "USA", "byn": "BLR", "mdl": "MDA", "ars": "ARG", "ves": "VEN"}
_NAMED_RE = re.compile(r"\b(?P<q>[A-Z][a-z]+\s+)?(?P<w>rials?|roubles?|rubles?|lira|liras|lire|drams?|manats?|lari|"
                       r"yuan|renminbi|yen|hryvnias?|tenge|rupees?|pounds?|francs?|som|somoni|soms|bolivars?|pesos?)\b")
_NAMED_EXTRA = {"bolivar": "ves", "peso": "ars"}


def currency_named(text: str) -> str | None:
    """The first currency other than the dollar and the euro named in a text ("its currency, the rial", "Turkish
    lira"), or None."""
    m = _NAMED_RE.search(text)
    if not m:
        return None
    w = m.group("w").lower()
    stem = w.rstrip("s") if w not in ("lari", "tenge", "som", "yen", "yuan") else w
    if stem in _NAMED_EXTRA:
        return _NAMED_EXTRA[stem]
    found = currency_after(f" {(m.group('q') or '').strip()} {w}") or currency_after(f" {w}")
    return found[0] if found else None


_POUND_WORD = re.compile(r"\s*(?:[-\s]?pounds?|lbs?\.?)\b(?!\s+sterling)", re.I)
_MONEY_AFTER_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|public\s+|taxpayers['’]?\s+)?(?:aid|funding|funds|"
                             r"investment|money|support|spending|cash|revenue|debt|assistance|subsidies|grants?|"
                             r"loans?|sales|exports|imports|trade|goods|damage|compensation)\b", re.I)


def pounds_of_weight(before: str, after: str) -> bool:
    """ "40,000 pounds of potato chips", "it weighed 69 pounds", "a 300-pound bomb": pounds of weight, not of money
    (a pound sign, "pounds sterling" or "pounds of aid" is money)."""
    m = _POUND_WORD.match(after)
    if m is None:
        return False
    rest = after[m.end():]
    if re.match(r"\s+of\s+\w", rest) and not _MONEY_AFTER_OF.match(rest):
        return True  # "40,000 pounds of potato chips"
    return bool(re.search(r"\b(?:weigh\w*|heavy|heavier|lighter|lost|gained|lift\w*|carr\w+)\b[^.;]{0,25}$", before,
                          re.I))


#: a currency's name right after a state word: the state only qualifies the money ("US dollars", "Turkish lira")
QUALIFIER = re.compile(r"\$|\s*(?:dollars?|euros?|pounds?|lira|liras|roubles?|rubles?|yuan|renminbi|yen|"
                       r"manats?|drams?|lari|rials?|tenge|hryvnias?|rupees?|francs?)\b", re.I)
