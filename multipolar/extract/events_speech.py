"""Speech acts: what a promise, an announced plan or a warning makes of the act it is about.

Following the PLOVER manual (and the annotation guide), a promise, offer, announced plan or stated readiness to
cooperate is itself an event that happened — AGREE, dated when it was said ("X will visit Y next month",
"X said it was ready to resume talks with Y", "X pledged to send aid to Y"); a stated intent to use force or
pressure is THREATEN ("X warned it would impose sanctions on Y"). Conditional, wished-for and obligatory acts
("if", "should", "could", "hopes to") stay hypothetical.
"""

from __future__ import annotations

import re
from typing import Any

from .context import sentence_of

#: verbs and adjectives whose "to"-complement is a commitment: "promised to", "agreed to", "is ready to"
COMMIT_HEADS = frozenset({"promise", "pledge", "vow", "offer", "agree", "undertake", "commit", "plan", "intend",
                          "decide", "prepare", "resolve", "volunteer", "guarantee", "swear", "ready", "willing",
                          "prepared", "determined", "set", "poised", "going", "propose"})
#: words of commitment whose "to" takes a gerund: "committed to deepening", "dedicated to expanding"
DEDICATED = frozenset({"commit", "committed", "dedicate", "dedicated", "devote", "devoted", "look"})
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
#: verbs of joint effort whose purpose clause is part of what is pledged ("ready to work with Y to deepen …")
_WORKING = frozenset({"work", "strive", "cooperate", "collaborate", "join", "partner", "team"})
_WEAK_MODALS = frozenset({"should", "could", "might", "may", "must", "can", "ca", "ought"})
#: auxiliaries of the future ("will deploy")
FUTURE_AUX = frozenset({"will", "'ll", "shall"})


_HEDGES = frozenset({"probably", "possibly", "likely", "perhaps", "maybe", "unlikely", "soon", "eventually",
                     "hopefully"})


def asked(tok: Any) -> bool:
    """Whether ``tok`` is the verb of a question ("Will Wang Yi discuss this with Türkiye?", "Does China plan to send
    aid?"): an auxiliary before the subject, in a sentence that ends with a question mark."""
    sent = sentence_of(tok.doc, tok.i)
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text != "?":
        return False
    v = tok
    for _ in range(3):
        aux = [c.i for c in v.children if c.dep_ in ("aux", "auxpass")]
        subj = [c.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if aux and subj and min(aux) < max(subj):
            return True
        if v.dep_ not in ("xcomp", "ccomp") or v.head.i == v.i:
            return False
        v = v.head
    return False


def commitment(verb: Any) -> str | None:
    """ "promise" or "threat" when the hypothetical ``verb`` is the content of a commitment made, "future" for a
    bare main-clause future ("X will visit Y"), else None (also when it is asked: "Will X visit Y?")."""
    if asked(verb):
        return None
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
        if any(a in FUTURE_AUX for a in auxes) or (v.lemma_ == "go" and v.tag_ == "VBG" and
                                                 any(c.dep_ == "xcomp" for c in v.children)):
            return _said(v) or ("future" if v.dep_ == "ROOT" or v.dep_ == "conj" and head.dep_ == "ROOT" else None)
        if "would" in auxes:
            return _said(v)
        earlier = list_item_of(v)
        if earlier is not None:  # "will maintain X, fully implement Y and …": the list's first verb
            v = earlier
            continue
        if v.dep_ == "advcl" and head.i != v.i and head.lemma_.lower() in _WORKING and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            v = head  # "ready to work together to enhance mutual support": what the work pledged is for
            continue
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
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and head.lower_ == "to" and head.head.i != head.i and (
                head.head.lemma_.lower() in DEDICATED or head.head.lower_ in DEDICATED):
            # "we are committed to deepening our partnership with X": a commitment made (a gerund after "to")
            return "promise" if _real(head.head) else None
        if v.dep_ == "acl" and head.lemma_.lower() in COMMIT_NOUNS:
            gov = head.head
            return "promise" if gov.i != head.i and _real(gov) else None
        if v.dep_ == "conj" and head.i != v.i:
            v = head
            continue
        return None
    return None


def list_item_of(verb: Any) -> Any | None:
    """A bare verb the parser hung as an adverbial clause (or on a finite verb) though it is an item of a list of
    acts — "will maintain the momentum, fully implement the consensus and …", "his desire to maintain ties, expand
    trade, and …": the nearest bare verb before it (the list's earlier item), or None. The item has no
    subject, marker or "to" of its own and follows a comma."""
    if verb.tag_ != "VB" or not (verb.dep_ in ("advcl", "dep", "xcomp") or
                                    verb.dep_ == "conj" and verb.head.tag_ != "VB") or any(
            c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    lead = verb.left_edge.i
    if lead == 0 or verb.doc[lead - 1].text != "," or any(t.dep_ != "advmod" for t in verb.doc[lead:verb.i]):
        return None
    for t in reversed(verb.doc[verb.sent.start:lead - 1]):
        if t.tag_ == "VB" and t.pos_ == "VERB":
            return t
    return None


def refused_in_words(verb: Any) -> bool:
    """A negated future reported by a verb of saying — "X said it would not attend the talks with Y", "X said it
    will not meet the demands" — a refusal made (CAMEO 12, PLOVER REJECT)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ in FUTURE_AUX | {"would", "wo"} for a in auxes):
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
        if c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ in _WEAK_MODALS | FUTURE_AUX | {"would"}):
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


# -- issue 12: the speaker's acts and what a speech reports (rule tests: tests/test_extract_events_speech_v6.py) ----

_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


def correlative(verb: Any) -> bool:
    """The first half of a correlative comparative — "the sooner X withdraws, the earlier the conflict ends",
    "the more Y invests, the …": a condition stated, not a happening."""
    v = verb
    for _ in range(3):
        for c in v.children:
            if c.tag_ in _COMPARATIVE_TAGS and c.i < v.i and c.i > 0 and c.doc[c.i - 1].lower_ == "the" and \
                    any(t.lower_ == "the" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ in _COMPARATIVE_TAGS
                        for t in t_after(v)):
                return True
        if v.dep_ == "conj" and v.head.i != v.i:
            v = v.head
            continue
        return False
    return False


def t_after(verb: Any) -> list[Any]:
    """The tokens of the verb's sentence after it (where the second "the …-er" half stands)."""
    sent = verb.sent if verb.doc.has_annotation("SENT_START") else verb.doc[:]
    return [t for t in sent if t.i > verb.i]


_AIM_HEADS = frozenset({"aim", "direct", "design", "gear", "intend", "target", "orient", "focus"})


def purpose(verb: Any) -> bool:
    """An act that is only what something was for: "efforts aimed at withdrawing the troops", "a plan
    designed to end the blockade", "with a view to resuming talks" — an aim, not a happening."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "aimed at achieving a breakthrough and withdrawing the troops"
    head = verb.head
    if verb.dep_ in ("pcomp", "pobj") and head.pos_ == "ADP" and head.lower_ in ("at", "towards", "toward", "to"):
        gov = head.head
        if gov.lemma_.lower() in _AIM_HEADS and gov.tag_ == "VBN":
            return True
        if head.lower_ == "to" and gov.lower_ == "view" and gov.head.lower_ == "with":
            return True  # "with a view to resuming talks"
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _AIM_HEADS and head.tag_ == "VBN":
        return True  # "a plan designed to end the blockade"
    return False


#: objects of "commit" that are crimes of violence: "committed genocide / war crimes / atrocities against X"
_VIOLENT_CRIMES = frozenset({"genocide", "massacre", "atrocity", "crime", "murder", "killing", "pogrom", "cleansing",
                             "aggression", "terror", "terrorism", "attack", "bombing", "slaughter", "carnage"})


def perpetrated(tok: Any) -> bool | None:
    """ "commit" with a direct object: True when the object is a crime of violence ("committed genocide against X":
    an assault), False for another object ("committed itself to peace", "committed troops to the mission": still a
    commitment), None without an object ("is committed to")."""
    if tok.lemma_.lower() != "commit" or tok.pos_ != "VERB":
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:
        return None
    named = [g for o in objs for g in (o, *(c for c in o.children if c.dep_ == "conj"))]
    named += [g for o in named if o.lemma_.lower() in ("act", "offence", "offense") for p in o.children
              if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]  # "acts of aggression"
    return any(o.lemma_.lower() in _VIOLENT_CRIMES for o in named)


#: people who are received, not guests of state: "hosted 16,000 refugees from Syria" is aid to those people's state
_DISPLACED = frozenset({"refugee", "migrant", "asylum", "asylum-seeker", "evacuee", "displaced", "orphan", "survivor",
                        "victim"})


def hosted_people(tok: Any) -> Any | None:
    """The object of "host"/"shelter"/"receive" when it is displaced people ("has hosted 16,000 refugees from
    Syria"): the hosting is aid to the state they came from (PLOVER AID, humanitarian). Returns the object."""
    if tok.lemma_.lower() not in ("host", "shelter", "accommodate", "house", "take", "welcome", "receive"):
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
             if g.dep_ == "pobj"]  # "thousands of displaced people"
    for c in objs:
        if (c.lemma_.lower() in _DISPLACED or any(
                g.dep_ == "amod" and g.lower_ in ("displaced", "fleeing", "stranded") for g in c.children)):
            return c
    return None


#: nouns of credit given: "X deserves praise / our gratitude / credit"
_CREDIT = frozenset({"praise", "gratitude", "thanks", "credit", "appreciation", "admiration", "recognition",
                     "commendation", "respect", "tribute"})


def credited(sent: Any) -> list[tuple[Any, list[Any]]]:
    """ "Germany and Sweden deserve praise", "It is Germany that deserves our gratitude", "Brazil merits
    credit for …": the speaker praises them (PLOVER SUPPORT, praise). Returns (verb, the noun phrases
    credited); the verb must be real (not negated, not modal, not conditional)."""
    out: list[tuple[Any, list[Any]]] = []
    for tok in sent:
        if tok.lemma_.lower() == "pay" and tok.pos_ == "VERB" and _real(tok) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("tribute", "homage") for c in tok.children) and all(
                c.lower_ in ("we", "i") for c in tok.children if c.dep_ == "nsubj"):
            paid = [g for c in [*tok.children, *(d for d in tok.children if d.dep_ == "dobj")] if c.dep_ == "prep"
                    and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            if paid:  # "We pay tribute to Uganda, Burundi and Kenya": praise
                out.append((tok, paid))
            continue
        if tok.lemma_.lower() not in ("deserve", "merit", "earn") or tok.pos_ != "VERB" or not _real(tok):
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in _CREDIT for c in tok.children):
            continue
        subs = [c for c in tok.children if c.dep_ == "nsubj"]
        if subs and subs[0].lower_ in ("that", "who", "which"):
            if tok.dep_ == "relcl":
                ante = tok.head
                while ante.dep_ == "conj" and ante.head.i != ante.i:
                    ante = ante.head  # "Germany, Sweden and other countries that deserve praise": all of them
                subs = [ante]  # "countries which deserve praise": the antecedent
            elif tok.dep_ == "ccomp" and tok.head.lemma_ == "be":
                subs = [c for c in tok.head.children if c.dep_ == "attr"]  # "it is Germany that deserves praise"
            else:
                subs = []
        elif tok.dep_ == "relcl" and not subs:
            subs = [tok.head]
        if subs:
            out.append((tok, subs))
    return out


#: bodies a request may be made of that are no state: "urged the international community to …"
_BODIES = frozenset({"community", "organization", "organisation", "council", "assembly", "world", "nations",
                     "donors", "agencies", "institutions", "members", "mankind", "humanity"})


def addressee_named(verb: Any) -> Any | None:
    """ "urged the international community to make statements": the body the request is made of — the direct
    object of a verb of asking that has a "to"-complement, when it is a body of many (community, organisation,
    council, assembly …) — or None ("urged the leaders to stop": the leaders may be the parties' own)."""
    if not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and (obj.lemma_.lower() in _BODIES or obj.lower_ in _BODIES) else None


_WRAP = re.compile(r"(\S)([ \t]*\n[ \t]*|[ \t]{2,})(?=\S)")


def unwrapped(text: str) -> str:
    """A hard-wrapped text ("Last \\nyear, we signed …") with each line break and run of spaces inside a paragraph
    made one space, the length kept (the spare spaces moved after the next word) so that offsets stay near."""
    if "\n" not in text and "  " not in text:
        return text
    out: list[str] = []
    pending = 0
    last = 0
    for m in _WRAP.finditer(text):
        if "\n\n" in m.group(2):
            continue
        piece = text[last:m.start(2)]
        if pending:
            cut = re.search(r"\s", piece)
            if cut:
                piece = piece[:cut.start()] + " " * pending + piece[cut.start():]
                pending = 0
        out.append(piece)
        out.append(" ")
        pending += len(m.group(2)) - 1
        last = m.end(2)
    tail = text[last:]
    if pending:
        cut = re.search(r"\s", tail)
        tail = tail[:cut.start()] + " " * pending + tail[cut.start():] if cut else tail + " " * pending
    out.append(tail)
    res = "".join(out)
    return res if len(res) == len(text) else text


def speaker_praise(ctx: Any, sent: Any, states_of: Any) -> list[Any]:
    """In a statement, "Germany and Sweden deserve praise for …": the speaker praises them (SUPPORT, praise),
    dated when said. ``states_of(tokens)`` gives the states named by a set of token indices."""
    out: list[Any] = []
    if ctx.speaker is None:
        return out
    for verb, subs in credited(sent) + thanked(sent):
        out += _speaker_supports(ctx, sent, states_of(_without_relative_clauses(subs)), verb)
    return out


def _without_relative_clauses(nodes: list[Any]) -> set[int]:
    """The tokens of the nodes' subtrees without the relative clauses hung in them ("the Armenians who were deported
    by X": X is no one praised or remembered)."""
    return {t.i for n in nodes for t in n.subtree} - {t.i for n in nodes for r in n.subtree if r.dep_ == "relcl"
                                                      for t in r.subtree}


def _speaker_supports(ctx: Any, sent: Any, states: list[str], trigger: Any) -> list[Any]:
    """The speaker's SUPPORT of each state named (not of its own), said in ``sent`` and dated when said."""
    from .evidence import Event, Span

    s0, s1 = ctx.span_chars(sent)
    return [Event(type="SUPPORT", actors=[ctx.speaker], recipients=[st], date=ctx.published, text=Span(s0, s1),
                  trigger=trigger.text) for st in dict.fromkeys(states) if st != ctx.speaker]


def retold(tok: Any) -> bool:
    """A pluperfect happening — "Armenia had agreed to end hostilities", "we had called for …": part of a story
    told with its own time, not something done as the speech is given."""
    v = tok
    for _ in range(4):
        if v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children):
            return True
        if v.dep_ in ("xcomp", "conj") and v.head.i != v.i:
            v = v.head
            continue
        return False
    return False


#: blame nouns whose "of"-phrase names the one to blame ("the aggression of X"); for other nouns ("the occupation of
#: X") the "of"-phrase is the victim, and only a "by"-phrase or a national adjective names the one to blame
_AGENT_OF = frozenset({"aggression", "provocation", "crime", "atrocity", "propaganda", "intransigence", "blackmail",
                       "hatred", "sabotage", "militarization", "militarisation", "aggressiveness", "policy",
                       "rhetoric", "action", "practice"})


def blame_noun(tok: Any) -> Any | None:
    """The noun a state's name is the agent of inside a noun phrase: "the aggression of X", "the occupation by X",
    "X-ian aggression" — or None. Whether the noun blames is for the caller to judge."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("of", "by") and head.head.pos_ == "NOUN" and head.head.i != head.i:
        noun = head.head
        if head.lower_ == "of" and (noun.lemma_.lower() not in _AGENT_OF or any(
                c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)):
            return None  # "the occupation of X": X suffers it
        return noun
    if tok.dep_ in ("amod", "compound") and head.pos_ == "NOUN" and tok.i < head.i:
        return head  # "Chilean aggression", "the Russian occupation"
    return None


def blame_words(noun: Any) -> str:
    """The blame noun with its adjectives: "aggressive policy", "illegal occupation"."""
    return " ".join(t.text for t in noun.children if t.dep_ == "amod" and t.i < noun.i) + " " + noun.text


def denied_or_supposed(noun: Any) -> bool:
    """ "no aggression by X", "if the aggression of X …": the blame noun is denied or only supposed."""
    if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not", "never") for c in noun.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "lest") for a in noun.ancestors
               for c in a.children)


def victims_of(noun: Any) -> set[int]:
    """The "of"-phrase of a blame noun that names who suffers it ("the occupation of X"), to leave out of the
    blamed; empty for nouns whose "of"-phrase is the agent ("the aggression of X")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in _AGENT_OF:
        return set()
    return {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}


def obliged(verb: Any) -> bool:
    """ "X has to withdraw", "X needs to return the captives": an obligation stated in the present — not done (the
    past "had to withdraw" was done)."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_ in ("have", "need") and \
        head.tag_ in ("VBZ", "VBP", "VB") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


_GRATEFUL = frozenset({"grateful", "thankful", "indebted", "obliged", "appreciative"})


def thanked(sent: Any) -> list[tuple[Any, list[Any]]]:
    """ "We are grateful to Brazil and Mexico for …", "I am thankful to X": the speaker thanks them (SUPPORT).
    Returns (adjective, the noun phrases thanked) when the one grateful is "we"/"I"."""
    out: list[tuple[Any, list[Any]]] = []
    for tok in sent:
        if tok.lower_ not in _GRATEFUL or tok.dep_ != "acomp":
            continue
        be = tok.head
        if not _real(be) or not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in be.children):
            continue
        objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                if g.dep_ == "pobj"]
        if not objs:  # "we are deeply grateful that the African Union and China stood with us"
            objs = [g for c in tok.children if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)
                    for g in c.children if g.dep_ == "nsubj"]
        for obj in list(objs):
            at = obj.right_edge.i + 1
            while at < sent.end and obj.doc[at].lower_ in (",", "here"):
                at += 1
            if at + 2 < sent.end and obj.doc[at].lower_ == "among" and obj.doc[at + 1].lower_ == "them":
                objs.append(obj.doc[at + 2])  # "the many States here, among them China, Russia and Spain, that …"
        if objs:
            objs += _more_thanked(sent, max(o.right_edge.i for o in objs) + 1)
            out.append((tok, objs))
    return out


def _more_thanked(sent: Any, at: int) -> list[Any]:
    """Further names in a repeated "to" list the parser broke up ("grateful to the OIC, to brotherly Turkey and to
    Pakistan for …"): the first word of each name after ", to" or "and to"."""
    doc, out = sent.doc, []
    while at < sent.end and doc[at].lower_ in (",", "and"):
        at += 1
        if at < sent.end and doc[at].lower_ == "to":
            j = at + 1
            while j < sent.end and doc[j].pos_ in ("DET", "ADJ") or j < sent.end and doc[j].tag_ == "VB" and \
                    doc[j].lower_.endswith("ly"):
                j += 1  # ("to brotherly Turkey", which the parser reads as a verb)
            if j >= sent.end or doc[j].pos_ != "PROPN":
                break
            out.append(doc[j])
            while j + 1 < sent.end and (doc[j + 1].pos_ == "PROPN" or doc[j + 1].lower_ == "of" and
                                        j + 2 < sent.end and doc[j + 2].pos_ == "PROPN"):
                j += 1
            at = j + 1
    return out


_TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})


def truce_violated(tok: Any) -> bool:
    """ "X violated the ceasefire": fire opened in breach of a truce (CAMEO 196, PLOVER ASSAULT), not a complaint."""
    return tok.lemma_.lower() == "violate" and tok.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _TRUCES or any(
            g.dep_ == "compound" and g.lemma_.lower() in _TRUCES for g in c.children)) for c in tok.children)


def in_noun_clause(tok: Any) -> bool:
    """A word inside a clause hung on a noun — "the ceasefire regime established in 1994", "the Minsk Group, which
    was set up in 1992": the time it gives is that thing's history, not the time of the story being told."""
    t = tok
    for _ in range(12):
        if t.dep_ in ("acl", "relcl") and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN"):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def name_conjuncts(noun: Any) -> set[int]:
    """Proper names the parser ran on as conjuncts of an event noun ("aggression against X, …, primarily A and B"
    parsed as "aggression … and A"): no party to the event. Their token indices."""
    if noun.pos_ != "NOUN":
        return set()
    return {t.i for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN" for t in c.subtree}


#: verbs of meeting, whose "together with" is a meeting, not joint work
_MEETING_VERBS = frozenset({"meet", "gather", "convene", "confer", "talk", "sit"})


def joint_work(ctx: Any, sent: Any, states_of: Any) -> list[Any]:
    """ "the railway, which we are building together with our Turkish and Azeri partners", "Peru works jointly with
    Brazil on …": those who act together with the named states cooperate with them (COOPERATE), when the acting is
    real (not negated, modal or conditional). ``states_of(tokens)`` gives the states named by token indices."""
    from .evidence import Event, Span

    out: list[Any] = []
    for tok in sent:
        if tok.lower_ not in ("together", "jointly") or tok.dep_ != "advmod":
            continue
        verb = tok.head
        if verb.pos_ != "VERB" or not _real(verb) or any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                                           for c in verb.children):
            continue
        if verb.lemma_.lower() in _MEETING_VERBS:
            continue  # "the five leaders met together with the President": a meeting (CONSULT), told as such
        partners = states_of({t.i for c in [*tok.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "with"
                              for t in c.subtree})  # ("together with X" parsed with "with" on the verb too)
        subs = [c for c in verb.children if c.dep_ == "nsubj"]
        actors = states_of({t.i for s in subs for t in s.subtree})
        if not actors and ctx.speaker and any(s.lower_ in ("we", "i") for s in subs):
            actors = [ctx.speaker]
        partners = [p for p in partners if p not in actors]
        if not actors or not partners:
            continue
        s0, s1 = ctx.span_chars(sent)
        out.append(Event(type="COOPERATE", actors=list(dict.fromkeys(actors)), recipients=partners,
                         date=ctx.published, text=Span(s0, s1), trigger=verb.text))
    return out


_SIGNING = frozenset({"sign", "conclude", "ratify", "ink", "seal"})
_DEALS = frozenset({"agreement", "treaty", "protocol", "accord", "memorandum", "deal", "declaration", "pact",
                    "convention", "mou", "charter", "roadmap"})


def signed_deal(tok: Any) -> bool:
    """ "signed the Association Agreement with Y", "the protocols were signed": signing a deal is SUPPORT (PLOVER)
    and the deal is an agreement reached (AGREE) — both are said."""
    if tok.lemma_.lower() not in _SIGNING or tok.pos_ != "VERB":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _DEALS for c in tok.children)


_ARRIVING = frozenset({"come", "visit", "travel", "arrive", "attend", "fly"})
_THANKING = frozenset({"thank", "salute", "commend", "applaud", "acknowledge", "welcome", "greet"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def _first_person_act(verb: Any) -> bool:
    """The verb is the speaker's own and real: "I thank", "we express", "let me express" (not negated or modal)."""
    v = verb
    if v.dep_ == "ccomp" and v.head.lemma_.lower() == "let":  # "let me express …"
        return any(c.lower_ in _FIRST_PERSON for c in v.children if c.dep_ in ("nsubj", "dobj"))
    subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if v.dep_ == "xcomp" and not subs:  # "I would like to thank", "we wish to express"
        subs = [c for c in v.head.children if c.dep_ == "nsubj"]
        v = v.head if v.head.lemma_.lower() in ("like", "wish", "want", "take") else v
    return bool(subs) and all(s.lower_ in _FIRST_PERSON for s in subs) and not any(
        c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in v.children)


def thanked_visitors(ctx: Any, sent: Any, states_of: Any, when: Any) -> list[Any]:
    """ "I thank the Presidents of A and B, who came to our capital on 12 May": the thanks carry a visit the ones
    thanked made (PLOVER CONSULT, visit) — to the place the clause names, else to the speaker's state — dated by
    the clause (``when(tokens)`` gives its date or None). ``states_of(tokens)`` gives the states named."""
    from .evidence import Event, Span

    speaker = ctx.speaker
    out: list[Any] = []
    if speaker is None:
        return out
    for verb in sent:
        if verb.lemma_.lower() not in _THANKING or verb.pos_ != "VERB" or not _first_person_act(verb):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if not objs:
            continue
        region = {t.i for o in objs for t in o.subtree}
        came = [t for t in sent if t.i in region and t.dep_ == "relcl" and t.lemma_.lower() in _ARRIVING and
                not any(c.dep_ in ("neg", "aux") and c.lower_ in _WEAK_MODALS | {"not", "n't", "never"}
                        for c in t.children)]
        for rel in came:
            rel_toks = {t.i for t in rel.subtree}
            visitors = [x for x in states_of(region - rel_toks) if x != speaker]
            to = {t.i for c in rel.children if c.dep_ == "prep" and c.lower_ in ("to", "in") for t in c.subtree}
            hosts = [x for x in states_of(to) if x not in visitors] or [speaker]
            s0, s1 = ctx.span_chars(sent)
            for v in visitors:
                out.append(Event(type="CONSULT", mode="visit", actors=[v], recipients=hosts,
                                 date=when(rel_toks) or ctx.published, text=Span(s0, s1), trigger=rel.text))
    return out


_AFFLICTING = frozenset({"hit", "strike", "affect", "devastate", "impact", "ravage", "kill", "claim", "sweep",
                         "batter", "destroy", "flood", "shake"})
_SORROW = frozenset({"condolence", "sympathy", "solidarity", "sorrow"})


def sympathy_reached(ctx: Any, sent: Any, states_of: Any) -> list[Any]:
    """ "We express our condolences to the victims of the floods that have hit A and the storms that struck B": the
    speaker's sympathy reaches the states the disaster struck (PLOVER SUPPORT, sympathize), named only in a clause
    hung on those mourned. ``states_of(tokens)`` gives the states named."""
    out: list[Any] = []
    if ctx.speaker is None:
        return out
    for noun in sent:
        if noun.lemma_.lower() not in _SORROW or noun.pos_ != "NOUN":
            continue
        verb = noun.head
        if noun.dep_ != "dobj" or not _first_person_act(verb):
            continue
        to = [c for c in [*verb.children, *noun.children] if c.dep_ == "prep" and c.lower_ in ("to", "with")]
        for p in to:
            for rel in p.subtree:
                if rel.dep_ != "relcl" or rel.lemma_.lower() not in _AFFLICTING or any(
                        c.dep_ == "neg" for c in rel.children):
                    continue
                struck = {t.i for c in rel.children if c.dep_ in ("dobj", "prep") for t in c.subtree}
                out += _speaker_supports(ctx, sent, states_of(struck), noun)
    return out


#: verbs of remembering the dead of a nation: "we remember the Armenians who …", "we honor the victims of …"
_REMEMBERING = frozenset({"remember", "honor", "honour", "mourn", "commemorate", "memorialize", "memorialise"})


def remembrance(ctx: Any, sent: Any, states_of: Any) -> list[Any]:
    """ "Today, we remember the one and a half million Armenians who were deported, massacred …", "we honor the
    memory of the Ukrainian victims": the speaker's remembrance of a nation's dead sides with that nation (PLOVER
    SUPPORT, sympathize). The people are named by a demonym or a state in the object."""
    out: list[Any] = []
    if ctx.speaker is None:
        return out
    for verb in sent:
        if verb.lemma_.lower() in _REMEMBERING and verb.pos_ == "VERB" and _first_person_act(verb):
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            out += _speaker_supports(ctx, sent, states_of(_without_relative_clauses(objects)), verb)
    return out
