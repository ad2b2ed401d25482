"""Money handed from one state to another, told as a sum ("USAID provided $255 million in humanitarian assistance
to Kenya", "Romania approved a further loan of €100 million to help Moldova"): the act of giving (PLOVER AID), or
of promising to give (AGREE, per the PLOVER manual), read from the aid and loan claims the claims stage found —
when the event rules coded nothing between the two states in that sentence."""
from __future__ import annotations

from typing import Any

from .context import Context
from .events import hypothetical_clause, negated_clause
from .evidence import Claim, Event, Span
from .numbers import parse_number

#: verbs of handing money over: an act of aid when done
_GIVING = frozenset({"provide", "give", "grant", "disburse", "deliver", "send", "transfer", "allocate", "contribute",
                     "approve", "extend", "lend", "loan", "donate", "release", "spend", "channel", "pay", "mobilise",
                     "mobilize"})
#: what money is given to do ("… €36 million to support our health system"): the giving, not words of support
_PURPOSE_VERBS = frozenset({"support", "supporting", "help", "helping", "assist", "assisting"})
#: verbs of promising money: an agreement (PLOVER: a promise to help is AGREE), dated when said
_PROMISING = frozenset({"pledge", "promise", "commit", "announce", "offer", "earmark", "unveil"})
#: verbs of a plan told as one's own ("intends to provide", "plans to lend"): an announced plan (AGREE)
_PLANNING = frozenset({"intend", "plan", "decide", "aim"})
#: the money measures whose subject receives and whose partner gives
_HANDED = frozenset({"aid_value", "loan_value"})
#: those someone calls theirs who are others ("our friends", "its partners")
_OTHERS_OF = frozenset({"friend", "partner", "ally", "neighbour", "neighbor", "donor", "colleague", "creditor"})
#: event types that already tell the two states' money dealings in a sentence
_TOLD = frozenset({"AID", "AGREE", "COOPERATE", "SUPPORT"})


class MoneyEventStage:
    """Adds the giving or promising of aid and loans that only the claims saw."""

    name = "money-events"
    requires: tuple[str, ...] = ("doc", "events", "claims")
    provides: tuple[str, ...] = ("events",)

    def __call__(self, ctx: Context) -> None:
        added: list[Event] = []
        by_start = {ctx.span_chars(sent)[0]: sent for sent in ctx.sentences()}  # (a claim spans its sentence)
        for claim in ctx.claims:
            sent = by_start.get(claim.text.start)
            ev = _event_of(ctx, claim, sent) if sent is not None else None
            if ev is None:
                continue
            purpose = next((e for e in ctx.events if e.type == "SUPPORT" and _same_pair(e, ev) and
                            e.trigger.lower() in _PURPOSE_VERBS), None) if ev.type == "AID" else None
            if purpose is not None:
                # "the EU mobilised €36 million to support our health system": money given, not words of support
                purpose.type = "AID"
                continue
            if any(_same_pair(e, ev) for e in [*ctx.events, *added]):
                continue
            added.append(ev)
        ctx.events.extend(added)


def _event_of(ctx: Context, claim: Claim, sent: Any) -> Event | None:
    """The giving or promising a money claim tells, with the giver acting on the receiver."""
    if claim.measure not in _HANDED or not claim.subject or not claim.partner or claim.subject == claim.partner:
        return None
    verb = _verb_of_sum(claim, sent)
    if verb is None or negated_clause(verb):
        return None
    lemma = verb.lemma_.lower()
    kind = "AID" if lemma in _GIVING else "AGREE" if lemma in _PROMISING else None
    promised = hypothetical_clause(verb)
    if promised:
        # "The United States will provide $12 million …": said as what will be done, a promise (AGREE, dated when
        # said); "would provide", "could lend" stay unsaid
        will = any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children)
        planned = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PLANNING and verb.head.tag_ in (
            "VBZ", "VBP", "VBD") and not negated_clause(verb.head)
        # ("announced that the United States intends to provide an additional $5 million": a plan announced)
        kind = "AGREE" if (will or planned) and kind is not None else None
    if kind is None:
        return None
    doer = verb
    while not any(c.dep_ == "nsubj" for c in doer.children) and doer.dep_ in ("conj", "xcomp") and \
            doer.head.i != doer.i:
        doer = doer.head  # "… and in 2023 it provided a grant": the subject the verbs share
    givers = {m.state for c in doer.children if c.dep_ == "nsubj"
              for m in ctx.mentions_in({t.i for t in c.subtree if not (t.dep_ == "poss" and t.head.lemma_.lower() in
                                                                       _OTHERS_OF)}) if m.state}
    # ("our friends pledged $4.5 billion": not we; "my Government allocated": we)
    pair = [claim.subject, claim.partner]
    giver = next((s for s in pair if s in givers), None)
    if giver is None:
        return None  # the parse does not say which of the two gave
    receiver = claim.subject if giver == claim.partner else claim.partner
    subject_part = {t.i for c in doer.children if c.dep_ == "nsubj" for t in c.subtree}
    if receiver not in {m.state for m in ctx.mentions_in({t.i for t in verb.subtree} - subject_part)} and \
            {giver, receiver} != set(ctx.title_pair()):
        return None  # ("pledged 26 billion yuan to the region": no state named receives — unless the two are those
        # the title names: a fact sheet on the U.S.–Kazakhstan partnership)
    date = claim.period if claim.period and "/" not in claim.period else None
    if promised and ctx.published and (date is None or ctx.published.startswith(date)):
        date = ctx.published  # a promise told with no other time: made when said
    return Event(type=kind, actors=[giver], recipients=[receiver], date=date,
                 text=Span(claim.text.start, claim.text.end), trigger=verb.text)


def _verb_of_sum(claim: Claim, sent: Any) -> Any | None:
    """The verb whose clause holds the sum's figure ("provided $255 million …": provided)."""
    tok = next((t for t in sent if _figures(t, claim.value)), None)
    for _ in range(8):
        if tok is None or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok
    return None


def _same_pair(told: Event, new: Event) -> bool:
    """An event the rules told already between the same giver and receiver in the same sentence."""
    return told.type in _TOLD and told.text.start <= new.text.start < max(told.text.end, told.text.start + 1) and \
        set(new.actors) <= set(told.actors) and set(new.recipients) <= set(told.recipients)


def _figures(tok: Any, value: float) -> bool:
    """The token is the sum's figure ("255" of "$255 million" for 255000000)."""
    n = parse_number(tok.text) if tok.like_num else None
    return n is not None and n > 0 and any(abs(n * scale - value) <= 0.01 * value
                                           for scale in (1, 1e3, 1e6, 1e9, 1e12))
