"""Gatherings attended: "The summit in Ankara was attended by the presidents of Azerbaijan and Kazakhstan", "Xi hosted
the summit in Xi'an, attended by the leaders of the five Central Asian states", "Mirziyoyev was among the leaders who
attended the parade in Moscow".

Each state that attends a gathering held by another (the one named as hosting or convening it, else the state of the
place it was held in) went to that host (PLOVER CONSULT, a visit); a host named as such also met its guests. A
gathering with no host to be found is left to the other rules (its guests met one another).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..domain import is_state_code
from .evidence import Event, Span

#: occasions a leader attends abroad, a visit to their host ("attended the Victory Day parade in Moscow")
OCCASIONS = frozenset({"parade", "ceremony", "summit", "inauguration", "celebration", "funeral", "commemoration",
                       "forum", "festivities", "anniversary", "games", "olympics", "coronation", "swearing-in"})
#: gatherings one attends
GATHERINGS = OCCASIONS | frozenset({"meeting", "conference", "session", "talks", "congress", "gathering", "jubilee",
                                    "opening", "launch", "exhibition", "expo", "festival", "consultations"})
#: verbs naming who holds a gathering
_HOSTING = frozenset({"host", "convene", "organise", "organize"})
#: verbs naming who chairs a gathering (its host when no place is named)
_CHAIRING = frozenset({"chair", "preside"})
#: the mentions that name a place (a city is its state's, a place of its own names none)
_PLACE_ROLES = frozenset({"capital", "seat"})


def _relative_head(verb: Any) -> list[Any]:
    """Who a relative clause's "who" stands for; "X was among the leaders who attended" stands for X."""
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ == "be":
        return [c for c in noun.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [noun]


def _last_gathering(verb: Any) -> Any:
    """The gathering named last before the verb in its sentence, or None."""
    return next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.lemma_.lower() in GATHERINGS), None)


def _attendees_and_gathering(verb: Any) -> tuple[list[Any], Any] | None:
    """The attending phrases and the gathering noun of a form of "attend", active or passive."""
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        # "Xi hosted the summit in Xi'an, attended by …", "At the Samarkand summit, attended by …, they …": the
        # gathering the participle follows
        gathering = _last_gathering(verb)
    elif verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)):
        gathering = verb.head if verb.dep_ == "acl" else next(
            (c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if gathering is None and verb.dep_ == "conj":  # "was held in Samarkand and was also attended by …"
            gathering = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    else:
        gathering = None
    if verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return (agents, gathering) if gathering is not None and agents else None
    gathering = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if gathering is None and verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "Xi chaired the summit, and the presidents of A and B attended": the gathering the first clause names
        gathering = next((c for c in verb.head.children if c.dep_ == "dobj" and c.lemma_.lower() in GATHERINGS), None)
    if gathering is not None and gathering.tag_ == "WDT" and verb.dep_ == "relcl":
        # "the summit in Cholpon-Ata, which Orbán attended" (or the gathering last named, where the parser hung the
        # clause on a date: "the summit in Cholpon-Ata in September, which …")
        gathering = verb.head if verb.head.lemma_.lower() in GATHERINGS else _last_gathering(verb)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and subjects and subjects[0].tag_ in ("WP", "WDT") and subjects[0].lower_ != "which":
        subjects = _relative_head(verb)
    elif not subjects and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "arrived in Baku and attended …"
    return (subjects, gathering) if gathering is not None and subjects else None


def _hosts(ctx: Any, verb: Any, gathering: Any, states_of: Callable[[set[int]], list[str]]) -> tuple[list[str], bool]:
    """The gathering's host states, and whether the text names them as hosting (not only as the place)."""
    sent = verb.sent
    for h in sent:
        if h.lemma_.lower() not in _HOSTING or h.pos_ != "VERB":
            continue
        if h.dep_ == "acl" and h.head.i == gathering.i:  # "the summit hosted by X"
            by = {t.i for c in h.children if c.dep_ == "agent" for t in c.subtree}
        elif any(c.dep_ == "dobj" and c.i == gathering.i for c in h.children):  # "X hosted the summit, attended by"
            by = {t.i for c in h.children if c.dep_ == "nsubj" for t in c.subtree}
        else:
            continue
        named = states_of(by)
        if named:
            return named, True
    where: set[int] = set()
    for head in (gathering, verb, *([verb.head] if verb.dep_ == "conj" else [])):  # ("was held in X and attended")
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                where |= {t.i for g in c.children if g.dep_ == "pobj" for t in g.subtree if t.i != gathering.i}
    named_for = {c.i for c in gathering.children if c.dep_ in ("compound", "nmod")}  # "the Samarkand summit"
    # (read from the mentions: the reader's venue rule keeps a gathering's city out of its parties)
    places = list(dict.fromkeys(m.state for m in ctx.mentions_in(where | named_for) if m.state and
                                is_state_code(m.state) and (m.role in _PLACE_ROLES or m.actor.startswith("place:") or
                                                            m.actor == m.state)))
    chair = gathering.head if gathering.dep_ == "dobj" and gathering.head.lemma_.lower() in _CHAIRING else None
    if not places and chair is not None:
        # "Xi chaired the summit, and …": with no place named, the one who chaired it held it
        chairs = states_of({t.i for c in chair.children if c.dep_ == "nsubj" for t in c.subtree})
        if chairs:
            return chairs, True
    return places, False


#: whether the act a verb tells is denied, planned or wished (the reader's own test, passed in)
NotDone = Callable[[Any], bool]


def attended_gatherings(ctx: Any, sent: Any, states_of: Callable[[set[int]], list[str]],
                        not_done: NotDone) -> list[tuple[Any, Event]]:
    """Each visit to a gathering's host the sentence tells (and the host's meeting with its guests), with the verb
    of attending (for the date)."""
    out: list[tuple[Any, Event]] = []
    for verb in sent:
        if verb.lemma_.lower() != "attend" or verb.pos_ != "VERB" or not_done(verb):
            continue
        found = _attendees_and_gathering(verb)
        if found is None or found[1].lemma_.lower() not in GATHERINGS:
            continue
        phrases, gathering = found
        hosts, named = _hosts(ctx, verb, gathering, states_of)
        if len(set(hosts)) != 1:
            continue
        host = hosts[0]
        guests = [st for st in states_of({t.i for p in phrases for t in p.subtree}) if st != host]
        if not guests:
            continue
        s0, s1 = ctx.span_chars(sent)
        out.append((verb, Event(type="CONSULT", mode="visit", actors=guests, recipients=[host], date=None,
                                text=Span(s0, s1), trigger=verb.text)))
        if named:
            out.append((verb, Event(type="CONSULT", mode="host", actors=[host], recipients=guests, date=None,
                                    text=Span(s0, s1), trigger=verb.text)))
    return out


def guests_at_a_hosted_gathering(ctx: Any, sent: Any, states_of: Callable[[set[int]], list[str]],
                                 not_done: NotDone) -> list[tuple[Any, Event]]:
    """ "At a summit hosted by President Erdoğan in Istanbul, the leaders of A, B and C adopted …": those who act at a
    gathering the sentence names a host of went to that host (CONSULT visit), with the clause's verb."""
    out: list[tuple[Any, Event]] = []
    for gathering in sent:
        prep = gathering.head
        if gathering.lemma_.lower() not in GATHERINGS or gathering.dep_ != "pobj" or \
                prep.lower_ not in ("at", "during") or prep.head.pos_ not in ("VERB", "AUX") or \
                not any(c.dep_ == "acl" and c.lemma_.lower() in _HOSTING for c in gathering.children):
            continue
        verb = prep.head
        if not_done(verb) or verb.lemma_.lower() == "attend":
            continue
        hosts, named = _hosts(ctx, verb, gathering, states_of)
        if not named or len(set(hosts)) != 1:
            continue
        guests = [st for st in states_of({t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree})
                  if st != hosts[0]]
        if guests:
            s0, s1 = ctx.span_chars(sent)
            out.append((verb, Event(type="CONSULT", mode="visit", actors=guests, recipients=hosts[:1], date=None,
                                    text=Span(s0, s1), trigger=gathering.text)))
    return out


def visits_to_hosts(ctx: Any, sent: Any, states_of: Callable[[set[int]], list[str]], not_done: NotDone,
                    told: list[Event]) -> tuple[list[Event], list[tuple[Any, Event]]]:
    """The sentence's events told so far, less the guests' meeting one another where the sentence names the
    gathering's host, and the visits to hosts the sentence tells that those events do not tell already."""
    attended = [*attended_gatherings(ctx, sent, states_of, not_done),
                *guests_at_a_hosted_gathering(ctx, sent, states_of, not_done)]
    if not attended:
        return told, []
    words = {v.text for v, _ in attended} | {t.text for t in sent if t.lemma_.lower() in GATHERINGS}
    parties = [set(e.actors) | set(e.recipients) for _, e in attended]
    kept = [e for e in told if not (e.type == "CONSULT" and e.trigger in words and set(e.actors) == set(e.recipients)
                                    and any(set(e.actors) <= p for p in parties))]
    pairs = {(a, r) for e in kept if e.type == "CONSULT" for a in e.actors for r in e.recipients}
    # (a visit told already, by a host's verb: "X hosted the summit of A, B and X, attended also by …")
    return kept, [(v, e) for v, e in attended if not {(a, r) for a in e.actors for r in e.recipients} <= pairs]
