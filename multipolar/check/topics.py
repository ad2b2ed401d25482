"""What a claim is about, where trade figures would not measure it: security, arms, military ties.

The extractor reads "Russia is Armenia's main security partner" as a partner rank (``trade_partner_rank``,
value 1): its rank pattern does not look at the word before "partner". A trade table must not decide
such a claim. :func:`security_topic` finds the words that make a claim one about security, from the
claim's measure and ``about`` and from the quoted sentence:

* for a rank, the rank phrase itself ("largest **military** partner", "main **arms** supplier") whose
  rank is the claim's (so that in "Russia is Armenia's largest military partner, while China is its
  second-biggest trading partner" only the first rank is a security one);
* otherwise (or when no rank phrase is found) a security word next to a word of trade or partnership
  ("**arms** imports", "**defence** cooperation", "supplies … **weapons**").

A topic is ``arms_supplier`` only when the phrase clearly says so: an arms / weapons word with supplier,
provider, source or exporter ("main arms supplier"); ``arms`` when it speaks of arms otherwise ("arms
imports"); everything else is ``security``: arms supplies are part of it, but alliances, bases and
exercises are too, so no one dataset decides it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.evidence import Claim

SECURITY = (r"security|arms|military|militarily|weapons?|weaponry|defen[cs]e|armaments?|munitions?|"
            r"armou?red|army|armies")
_SECURITY_RE = re.compile(rf"\b(?:{SECURITY})\b", re.I)
_ARMS_RE = re.compile(r"\b(?:arms|weapons?|weaponry|armaments?|munitions?|military (?:equipment|hardware|"
                      r"goods|supplies))\b", re.I)
_SUPPLIER_RE = re.compile(r"\b(?:suppliers?|providers?|sources?|exporters?|sellers?|vendors?)\b", re.I)
_TRADE_WORDS = (r"partners?|partnerships?|suppliers?|supplies|providers?|sources?|exporters?|importers?|buyers?|"
                r"customers?|clients?|sellers?|vendors?|allies|ally|alliances?|imports?|exports?|trade|purchases?|"
                r"sales|deliveries|procurement|cooperation|ties|relations|spending|budget|market|transfers?|deals?")
# a security word, then (up to two words later) a word of trade or partnership: "arms imports", "main security
# partner", "defence and trade cooperation"
_NEAR_RE = re.compile(rf"\b(?:{SECURITY})\b(?:[\s-]+[\w'’]+){{0,2}}?[\s-]+(?:{_TRADE_WORDS})\b", re.I)
# a word of supplying or buying, then (up to three words later) a security word: "supplies most of its weapons"
_VERB_RE = re.compile(rf"\b(?:suppl(?:y|ies|ied|ying)|sells?|sold|buys?|bought|purchas\w*|deliver\w*|"
                      rf"imports?\s+of|exports?\s+of|provid\w*)\b(?:\W+[\w'’]+){{0,3}}?\W+(?:{SECURITY})\b", re.I)

_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10}
_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "twenty": 20}
_SUPERLATIVE = r"biggest|largest|leading|main|top|greatest|principal|chief|key|primary|major"
# the extractor's rank phrase, widened to the nouns a security rank ends in
_RANK_RE = re.compile(
    rf"\b(?:(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    rf"[- ](?:{_SUPERLATIVE})|(?P<top>{_SUPERLATIVE})|one of the (?:country's |[\w’']+['’]s )?top (?P<topn>\w+))"
    r"\b(?P<mid>[^.;]{0,40}?)\b(?P<noun>partners?|suppliers?|providers?|sources?|exporters?|ally|allies)\b", re.I)


@dataclass(frozen=True)
class Topic:
    kind: str  # 'arms_supplier' | 'arms' | 'security'
    phrase: str  # the words that say so, as written


def _rank_value(m: re.Match[str]) -> float | None:
    if m.group("ord"):
        o = m.group("ord").lower()
        return float(_ORDINAL.get(o) or int(re.sub(r"\D", "", o) or 0))
    if m.group("topn"):
        n = m.group("topn").lower()
        return float(_NUMBER[n]) if n in _NUMBER else float(n) if n.isdigit() else None
    return 1.0


def _topic_of(phrase: str) -> Topic | None:
    if not _SECURITY_RE.search(phrase):
        return None
    kind = "security"
    if _ARMS_RE.search(phrase):
        kind = "arms_supplier" if _SUPPLIER_RE.search(phrase) else "arms"
    return Topic(kind, " ".join(phrase.split()))


def security_topic(claim: Claim, quote: str | None) -> Topic | None:
    """The security topic of a claim, or None when nothing in it speaks of security, arms or the military."""
    for field in (claim.measure.replace("_", " "), claim.about or ""):
        if _SECURITY_RE.search(field):
            return _topic_of(field)
    if not quote:
        return None
    if claim.measure.endswith("_rank"):
        phrases = [m for m in _RANK_RE.finditer(quote) if claim.value is not None and
                   _rank_value(m) == float(claim.value)]
        if phrases:
            for m in phrases:
                topic = _topic_of(m.group(0))
                if topic is not None:
                    return topic
            return None
    for rx in (_NEAR_RE, _VERB_RE):
        if m2 := rx.search(quote):
            return _topic_of(m2.group(0))
    return None
