"""Speech acts: what a promise, an announced plan or a warning makes of the act it is about.

Following the PLOVER manual (and the annotation guide), a promise, offer, announced plan or stated readiness to
cooperate is itself an event that happened — AGREE, dated when it was said ("X will visit Y next month",
"X said it was ready to resume talks with Y", "X pledged to send aid to Y"); a stated intent to use force or
pressure is THREATEN ("X warned it would impose sanctions on Y"). Conditional, wished-for and obligatory acts
("if", "should", "could", "hopes to") stay hypothetical.
"""

from __future__ import annotations

from typing import Any

#: verbs and adjectives whose "to"-complement is a commitment: "promised to", "agreed to", "is ready to"
COMMIT_HEADS = frozenset({"promise", "pledge", "vow", "offer", "agree", "undertake", "commit", "plan", "intend",
                          "decide", "prepare", "resolve", "volunteer", "guarantee", "swear", "ready", "willing",
                          "prepared", "determined", "set", "poised", "going", "propose"})
#: verbs and adjectives of wanting: a stated wish to cooperate with a state is an intent expressed (CAMEO 03,
#: PLOVER AGREE) — "Washington wanted to hold talks with Moscow", "Baku is keen to expand trade with Ankara"
WANT_HEADS = frozenset({"want", "wish", "desire", "seek", "hope", "aim", "keen", "eager", "interested", "look"})
#: passives announcing a plan: "X is expected to visit Y", "talks are scheduled to resume"
SCHEDULED = frozenset({"expect", "schedule", "slate", "plan"})
#: nouns whose "to"-complement is a commitment: "announced plans to", "expressed readiness to"
COMMIT_NOUNS = frozenset({"plan", "intention", "readiness", "willingness", "decision", "commitment", "pledge",
                          "promise", "offer", "determination", "agreement", "desire", "resolve", "wish"})
THREAT_HEADS = frozenset({"threaten", "warn"})
#: verbs that report what was said: "said it would", "announced that it will"
REPORTING = frozenset({"say", "announce", "state", "declare", "tell", "confirm", "promise", "pledge", "vow", "assure",
                       "warn", "threaten", "insist", "stress", "add", "note", "reiterate", "reaffirm", "indicate",
                       "signal", "inform", "write", "report", "emphasize", "emphasise", "affirm", "underline"})
#: verbs a commitment may run through: "will continue to support", "will start to withdraw"
ASPECT = frozenset({"continue", "keep", "start", "begin", "resume", "remain", "stay", "seek", "try", "work", "strive",
                    "help", "further"})
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE", "CONCEDE", "RETREAT"})
FORCEFUL = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})
_WEAK_MODALS = frozenset({"should", "could", "might", "may", "must", "can", "ca", "ought"})
_FUTURE = frozenset({"will", "'ll", "shall"})


_HEDGES = frozenset({"probably", "possibly", "likely", "perhaps", "maybe", "unlikely", "soon", "eventually",
                     "hopefully"})


def commitment(verb: Any) -> str | None:
    """ "promise" or "threat" when the hypothetical ``verb`` is the content of a commitment made, "future" for a
    bare main-clause future ("X will visit Y"), else None."""
    v = verb
    ultimatum = any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless" for g in c.children)
                    for c in verb.children)  # "will withdraw its troops unless Y agrees": a threat
    kind = _commitment(v)
    return "threat" if ultimatum and kind in ("promise", "future") else kind


def _commitment(verb: Any) -> str | None:
    v = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "lest")
               for c in v.children):
            return None
        if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in v.children):
            return None
        auxes = [c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(a in _WEAK_MODALS for a in auxes) or any(c.dep_ == "neg" for c in v.children):
            return None
        head = v.head
        if any(a in _FUTURE for a in auxes) or (v.lemma_ == "go" and v.tag_ == "VBG" and
                                                 any(c.dep_ == "xcomp" for c in v.children)):
            return _said(v) or ("future" if v.dep_ == "ROOT" or v.dep_ == "conj" and head.dep_ == "ROOT" else None)
        if "would" in auxes:
            return _said(v)
        if v.dep_ == "xcomp" and head.i != v.i:
            lemma = head.lemma_.lower()
            if lemma in THREAT_HEADS:
                return "threat" if _real(head) else None
            if lemma in COMMIT_HEADS or lemma in WANT_HEADS or (head.pos_ == "ADJ" and head.lower_ in
                                                                  COMMIT_HEADS | WANT_HEADS):
                if _real(head):
                    return "promise"
                v = head  # "said it would seek to end …": the seeking may itself be what was said
                continue
            if (lemma in SCHEDULED and any(c.dep_ == "auxpass" for c in head.children)) or head.lower_ == "due":
                return "promise" if _real(head) else None  # "is expected to visit", "is scheduled to meet"
            if lemma in ASPECT or lemma == "be":
                v = head
                continue
            return None
        if v.dep_ == "acl" and head.lemma_.lower() in COMMIT_NOUNS:
            gov = head.head
            return "promise" if gov.i != head.i and _real(gov) else None
        if v.dep_ == "conj" and head.i != v.i:
            v = head
            continue
        return None
    return None


def refused_in_words(verb: Any) -> bool:
    """A negated future reported by a verb of saying — "X said it would not attend the talks with Y", "X said it
    will not meet the demands" — a refusal made (CAMEO 12, PLOVER REJECT)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ in _FUTURE | {"would", "wo"} for a in auxes):
        return False
    if not (any(c.dep_ == "neg" for c in verb.children) or any(g.dep_ == "neg" for a in auxes for g in a.children)):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") or c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children) for c in verb.children):
        return False  # ("would not attend if …": a condition set, not a refusal)
    head = verb.head
    return verb.dep_ in ("ccomp", "parataxis") and head.i != verb.i and head.lemma_.lower() in REPORTING and \
        head.lemma_.lower() not in ("warn", "threaten") and _real(head)


def _said(v: Any) -> str | None:
    """A future clause reported by a verb of saying: "said it will", "warned that it would"."""
    head = v.head
    if v.dep_ in ("ccomp", "parataxis") and head.i != v.i and head.lemma_.lower() in REPORTING and _real(head):
        return "threat" if head.lemma_.lower() in THREAT_HEADS else "promise"
    if v.dep_ == "ROOT":  # "X will support Y, the minister said"
        for c in v.children:
            if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in REPORTING and c.i > v.i:
                return "promise"
    return None


def _real(verb: Any) -> bool:
    """The verb of saying or committing itself happened: not negated, not modal, not conditional."""
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ in _WEAK_MODALS | _FUTURE | {"would"}):
            return False
        if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
            return False
    return True


def recast(event_type: str, said: str | None) -> str | None:
    """The type of the commitment event: AGREE for a promise to cooperate, THREATEN for a stated intent of force."""
    if said is None:
        return None
    if said == "threat":
        return "THREATEN"  # "threatened to withdraw from the deal", "will leave the talks unless …"
    if event_type in FORCEFUL:
        return "THREATEN" if said != "future" else None  # "will continue to occupy" foretells, threatens no one
    if event_type == "PROTEST" and said in ("promise", "threat"):
        return "THREATEN"  # "said they would boycott all contact with Y": a threat to protest
    if said in ("promise", "future") and event_type in COOPERATIVE:
        return "AGREE"
    return None


_OBLIGATION = frozenset({"must", "should", "ought"})


def obligation_clause(verb: Any) -> Any | None:
    """The verb of saying that reports ``verb`` as an obligation — "X said Y must withdraw", "X insisted that Y
    should pay" — or None. The saying itself must have happened (not negated, not modal)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    obliged = any(a in _OBLIGATION for a in auxes) or (
        verb.dep_ == "xcomp" and verb.head.lemma_ in ("have", "need") and verb.head.dep_ == "ccomp")
    if not obliged:
        return None
    clause = verb.head if verb.dep_ == "xcomp" else verb
    if any(c.dep_ == "neg" for c in clause.children) or any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
                                                            for c in clause.children):
        return None
    head = clause.head
    if clause.dep_ != "ccomp" or head.i == clause.i:
        return None
    if head.lemma_.lower() not in REPORTING | {"insist", "demand", "declare", "reiterate", "urge", "argue", "assert",
                                               "maintain", "believe", "think"}:
        return None
    return head if _real(head) else None
