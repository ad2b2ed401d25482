"""Troops serving abroad under a mission: "Since October 2018, a company of 120 Kazakh peacekeepers has served in the
United Nations Interim Force in Lebanon", "some 870 of our troops are deployed with the United Nations Mission in the
Republic of South Sudan", "Armenian peacekeepers serve in Lebanon, Afghanistan and Kosovo".

The troops' state works with the state they serve in (PLOVER COOPERATE, military); a deployment still to come ("will
deploy next month") is an announced plan to do so (AGREE, as the annotation guide reads a promise to cooperate).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .events_speech import FUTURE_AUX
from .evidence import Event, Span

#: who serve abroad
_TROOPS = frozenset({"peacekeeper", "troop", "soldier", "serviceman", "servicemen", "contingent", "company",
                     "battalion", "personnel", "unit", "officer", "specialist", "deminer", "helmet"})
#: what they do there
_SERVING = frozenset({"serve", "deploy", "station", "participate"})
#: where they are told to be
_WHERE = frozenset({"in", "with", "to"})
#: the missions they serve in ("the United Nations Interim Force in Lebanon")
_MISSIONS = frozenset({"mission", "force", "operation", "unifil", "minusma", "unmiss", "monusco", "minusca", "kfor"})


def serving_abroad(ctx: Any, sent: Any, states_of: Callable[[set[int]], list[str]]) -> list[tuple[Any, Event]]:
    """Each troop deployment abroad the sentence tells, with its verb (for the date)."""
    out: list[tuple[Any, Event]] = []
    for verb in sent:
        if verb.lemma_.lower() not in _SERVING or verb.pos_ != "VERB" or any(
                c.dep_ == "neg" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        troops = {t.i for s in subjects for t in s.subtree}
        if not any(verb.doc[i].lemma_.lower() in _TROOPS for i in troops):
            continue
        owners = states_of(troops)
        if not owners and ctx.speaker and any(verb.doc[i].lower_ in ("our", "we") for i in troops):
            owners = [ctx.speaker]
        where = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in _WHERE
                 for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in _TROOPS for t in g.subtree}
        where -= {t.i for i in where if verb.doc[i].lemma_.lower() in _TROOPS for t in verb.doc[i].subtree}
        # (not those served beside: "in the Interim Force in Lebanon together with the Indian battalion")
        mission = any(verb.doc[i].lemma_.lower() in _MISSIONS for i in where)
        peacekeeping = any(verb.doc[i].lower_.startswith("peacekeep") for i in troops)
        if not (mission or peacekeeping and verb.lemma_.lower() == "serve"):
            continue  # (troops "deployed in Karabakh" are a force moved, not a mission served)
        hosts = [x for x in states_of(where) if x not in owners]
        if len(owners) != 1 or not hosts:
            continue
        planned = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
        s0, s1 = ctx.span_chars(sent)
        out.append((verb, Event(type="AGREE" if planned else "COOPERATE", mode=None, actors=owners,
                                recipients=hosts, date=None, text=Span(s0, s1), trigger=verb.text)))
    return out
