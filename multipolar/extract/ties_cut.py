"""Ties cut: "Azerbaijan suspended the work of its embassy in Tehran", "Turkey halted all trade with Israel", "India
stopped importing Iranian oil", "the EU froze €30 million in military assistance to Georgia", "Baku cancelled all
Russian cultural events", "called off a planned visit by Russia's deputy prime minister".

A state that stops, halts, suspends, freezes, pauses, cancels, ends or calls off a tie with another state —
trade, aid, a visit, an exercise, flights, purchases, its embassy — reduces its relations with it: PLOVER SANCTION
(the PLOVER manual counts halting aid, cooperation and diplomatic activity there). The one who stops is the verb's
subject; the one the tie was with is the state the stopped thing names ("trade with Israel", "Russian cultural
events", "its embassy in Tehran") or the one it is taken from ("evacuated its diplomats from Iran"). A tie stopped
in the future or only threatened is left to the rules of promises and threats.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .evidence import Event, Span

#: verbs of stopping a tie ("halted aid", "suspended cooperation", "evacuated its diplomats"); the event reader turns a
#: cooperative act these stop into SANCTION too ("halted economic aid to Y")
HALTING = frozenset({"halt", "suspend", "cut", "stop", "end", "freeze", "cancel", "prohibit", "withhold", "terminate",
                     "curtail", "discontinue", "scrap", "pause", "sever", "evacuate", "recall"})
#: the ties that can be stopped
_TIES = frozenset({"trade", "aid", "assistance", "funding", "loan", "visit", "trip", "exercise", "drill", "flight",
                   "import", "export", "purchase", "supply", "delivery", "shipment", "talk", "negotiation",
                   "cooperation", "embassy", "event", "programme", "program", "participation", "certification",
                   "account", "diplomat", "ambassador", "staff", "agreement", "contract", "licence", "license",
                   "card", "payment", "tie", "relation", "link", "service", "transit", "work", "operation"})
#: acts of buying and selling that can be stopped ("stopped importing Iranian oil")
_TRADING = frozenset({"buy", "import", "accept", "supply", "export", "sell", "purchase", "ship", "deliver"})
#: "the work of its embassy", "the operations of the mission": the tie is the embassy's
_OF_AN_OFFICE = frozenset({"work", "operation", "service"})
#: auxiliaries of what is yet to come or may be
_NOT_YET = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall"})


def _objects(verb: Any) -> list[Any]:
    """What the verb stops: its object, or its subject when passive."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


#: prepositions naming whom a tie was with ("trade with Israel", "aid to Georgia", "its diplomats from Iran")
_TIE_PREPS = frozenset({"with", "to", "from"})


def _phrase(noun: Any) -> set[int]:
    """The stopped thing's own phrase: its modifiers and what it is with, to, from, of, in or by — not a clause hung on
    it ("Iranian oil after the US waivers expired": the waivers are no party)."""
    out = {noun.i}
    for c in noun.children:
        if c.dep_ in ("relcl", "acl", "advcl", "appos") or c.dep_ == "prep" and c.lower_ not in _TIE_PREPS | {
                "of", "in", "for", "by"}:
            continue
        out |= _phrase(c) if c.dep_ in ("prep", "pobj") else {t.i for t in c.subtree}
    return out


def _tie(noun: Any) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in _OF_AN_OFFICE:
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(
            g.lemma_.lower() in ("embassy", "mission", "consulate", "bank") for g in p.children) for p in noun.children)
    return lemma in _TIES


def ties_cut(ctx: Any, sent: Any, states_of: Callable[[set[int]], list[str]]) -> list[tuple[Any, Event]]:
    """Each tie with another state the sentence tells was stopped, with its verb (for the date)."""
    out: list[tuple[Any, Event]] = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in HALTING | {"call"} or verb.dep_ in ("xcomp", "amod", "acl"):
            continue  # ("threatened to halt …", "the suspended talks": no act told)
        if lemma == "call" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
            continue  # ("called off a visit", not "called for talks")
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _NOT_YET for c in verb.children):
            continue
        objects = _objects(verb)
        stopped = [o for o in objects if _tie(o)]
        trading = [c for c in verb.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG" and
                   c.lemma_.lower() in _TRADING]
        if not stopped and not trading:
            continue
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        teller = verb
        while teller.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in teller.children):
            teller = teller.head  # "Azerbaijan suspended … and called off …": the first verb's subject
        doers = [t.i for c in teller.children if (c.dep_ == "nsubj" and not passive) for t in c.subtree] + [
            t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree]
        actors = states_of(set(doers))
        if len(set(actors)) != 1:
            continue
        named = {i for o in [*stopped, *trading] for i in _phrase(o)} | {
            t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in _TIE_PREPS for t in c.subtree}
        recipients = [x for x in dict.fromkeys(states_of(named)) if x not in actors]
        if not recipients:
            continue
        s0, s1 = ctx.span_chars(sent)
        out.append((verb, Event(type="SANCTION", mode=None, actors=list(dict.fromkeys(actors)),
                                recipients=recipients, date=None, text=Span(s0, s1), trigger=verb.text)))
    return out
