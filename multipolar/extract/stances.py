"""Stage `stances`: positions actors hold on issues (the issue vocabulary of the evidence format).

Requires: ``doc``, ``mentions``, ``speaker``. Provides: ``ctx.stances``.

An issue phrase in a sentence is held by the subject of the clause it sits in
(or by the speaker of a statement when the clause is first-person or subjectless);
its polarity is ``oppose`` when the holder's verb rejects or violates it, and the
target is the state the issue phrase is about ("territorial integrity of Georgia").
When a third state is said to violate the issue in a statement, the speaker holds
it in support.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .context import Context, sentence_of
from .evidence import Span, Stance

_OPPOSE_VERBS = {"oppose", "reject", "condemn", "violate", "disregard", "undermine", "deny", "threaten", "ignore",
                 "breach", "resist", "attack", "trample", "flout", "abandon", "criticize", "criticise", "denounce",
                 "against", "question", "refuse"}
_SUBJ = {"nsubj", "nsubjpass"}
_ORGANISATIONS = {"EU", "NATO", "EAEU", "CIS", "SCO", "WEST", "SCAUC"}
_ECON_ISSUE = {"CHN": "economic_ties_with_china", "RUS": "economic_ties_with_russia", "EU": "economic_ties_with_eu",
               "USA": "economic_ties_with_usa", "TUR": "economic_ties_with_turkey", "IRN": "economic_ties_with_iran"}
_ECON = re.compile(
    r"\b(?:free[- ]trade(?: agreement| area| regime| deal)?|"
    r"trade(?: and economic)? (?:ties|relations|links|cooperation)|"
    r"(?:economic|trade)(?: and (?:economic|trade))? (?:ties|relations|relationship|cooperation|partnership|links)|"
    r"(?:deep and comprehensive )?free trade area|association agreement|strategic (?:economic )?partnership|trade|"
    r"investments?|loans?|funding|credits?)\s+(?:with|from|between\s+\w+\s+and)\s+(?:the\s+)?", re.I)


@dataclass(frozen=True)
class IssuePattern:
    rx: re.Pattern[str]
    issue: str
    target_rule: str
    inverted: bool = False


def load_issue_patterns() -> list[IssuePattern]:
    text = resources.files("multipolar.extract").joinpath("lexicons/stances.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rx, issue, rule, *flags = line.split("\t")
        out.append(IssuePattern(re.compile(rx, re.I), issue, rule, "inverted" in flags))
    return out


class StanceStage:
    name: str = "stances"
    requires: tuple[str, ...] = ("doc", "mentions", "speaker")
    provides: tuple[str, ...] = ("stances",)

    def __init__(self) -> None:
        self.patterns = load_issue_patterns()

    def __call__(self, ctx: Context) -> None:
        out: list[Stance] = []
        seen: set[tuple[str, str, str | None, str]] = set()
        for sent in ctx.sentences():
            s0, s1 = ctx.span_chars(sent)
            text = ctx.text[s0:s1]
            found = [st for pat in self.patterns for m in pat.rx.finditer(text)
                     for st in self._stances(ctx, sent, s0, m, pat)] + self._economic_ties(ctx, sent, s0)
            for st in found:
                key = (st.holder, st.issue, st.target, st.polarity)
                if key in seen:
                    continue
                seen.add(key)
                out.append(st)
        ctx.stances = out

    def _economic_ties(self, ctx: Context, sent: Any, s0: int) -> list[Stance]:
        """ "a free trade agreement with China", "economic ties with Russia": economic_ties_with_<partner>."""
        out: list[Stance] = []
        text = ctx.text[s0:ctx.span_chars(sent)[1]]
        for m in _ECON.finditer(text):
            at = s0 + m.end()
            partner = next((mm.state for mm in ctx.mentions if at <= mm.start <= at + 25 and mm.state in _ECON_ISSUE
                            and mm.role != "pronoun"), None)
            if partner is None:
                continue
            toks = [t for t in sent if ctx.char(t.i) >= s0 + m.start() and ctx.char(t.i) < at]
            verb = _governing_verb(toks[-1]) if toks else None
            if verb is not None and verb.lemma_ in ("sign", "conclude", "ratify", "initial"):
                continue  # signing a deal is an event (AGREE), not a stated position
            holders, negated = self._holder(ctx, verb)
            holders = [h for h in holders if h != partner] or ([ctx.speaker] if ctx.speaker else [])
            span = Span(s0, s0 + len(text.rstrip()))
            for h in holders:
                if h != partner:
                    out.append(Stance(h, _ECON_ISSUE[partner], None, "oppose" if negated else "support",
                                      ctx.published, span))
        return out

    def _stances(self, ctx: Context, sent: Any, s0: int, m: re.Match[str], pat: IssuePattern) -> list[Stance]:
        cs, ce = s0 + m.start(), s0 + m.end()
        toks = [t for t in sent if ctx.char(t.i) >= cs and ctx.char(t.i) < ce]
        if not toks:
            return []
        anchor = toks[-1]
        verb = _governing_verb(anchor)
        holder_states, negated = self._holder(ctx, verb)
        target = self._target(ctx, sent, anchor, toks, pat, holder_states)
        polarity = "support"
        if verb is not None and (verb.lemma_ in _OPPOSE_VERBS or any(c.lemma_ in _OPPOSE_VERBS for c in
                                                                       verb.children if c.dep_ == "xcomp")):
            polarity = "oppose"
        if negated and re.search(r"\bno alternative to\b", m.string, re.I):
            negated = False  # "there is no alternative to a peaceful resolution": support
        if pat.inverted:
            polarity = "support" if negated else "oppose"
        elif negated:
            polarity = "oppose" if polarity == "support" else "support"
        span = Span(s0, s0 + len(ctx.text[s0:ctx.span_chars(sent)[1]].rstrip()))
        date = ctx.published
        out: list[Stance] = []
        if polarity == "oppose" and ctx.speaker and ctx.speaker not in holder_states:
            # a statement that blames another state for violating X holds X itself
            out.append(Stance(ctx.speaker, pat.issue, target, "support", date, span))
        holders = holder_states or ([ctx.speaker] if ctx.speaker and polarity == "support" else [])
        for h in holders:
            t = target
            if pat.target_rule == "holder" and t is None and h not in _ORGANISATIONS:
                t = h  # "Georgia's intent to join NATO": Georgia's own membership
            out.append(Stance(h, pat.issue, t, polarity, date, span))
        return out

    def _holder(self, ctx: Context, verb: Any) -> tuple[list[str], bool]:
        if verb is None:
            return [], False
        v = verb
        negated = _neg(v)
        for _ in range(4):
            subj = [c for c in v.children if c.dep_ in _SUBJ and c.lower_ not in ("there", "it")]
            if subj:
                states: list[str] = []
                for s in subj:
                    for mm in ctx.mentions_in({t.i for t in s.subtree}):
                        if mm.state and mm.state not in states:
                            states.append(mm.state)
                if states:
                    return states, negated
                if any(t.lower_ in ("we", "i") for t in subj) and ctx.speaker:
                    return [ctx.speaker], negated
                if v.dep_ == "relcl":
                    return _states_of(ctx, {t.i for t in v.head.subtree} - {t.i for t in v.subtree}), negated
                return [], negated
            if v.dep_ in ("xcomp", "conj", "advcl", "acl", "ccomp", "pcomp", "relcl", "acomp", "attr") and \
                    v.head.i != v.i:
                if v.dep_ in ("relcl", "acl"):
                    st = _states_of(ctx, {t.i for t in v.head.subtree} - {t.i for t in v.subtree})
                    if st:
                        return st[:1], negated
                v = v.head
                negated = negated or _neg(v)
                continue
            break
        return _possessive_antecedent(ctx, verb), negated

    def _target(self, ctx: Context, sent: Any, anchor: Any, toks: list[Any], pat: IssuePattern,
                holders: list[str]) -> str | None:
        if pat.target_rule == "none":
            return None
        head = toks[-1]
        # "territorial integrity of Georgia" / "Georgia's territorial integrity"
        np_tokens: set[int] = set()
        for t in toks:
            np_tokens |= {c.i for c in t.subtree}
        head_np = head
        while head_np.dep_ in ("conj", "compound", "amod") and head_np.head.i != head_np.i:
            head_np = head_np.head
        np_tokens |= {c.i for c in head_np.subtree}
        own = [c for t in toks for c in t.children if c.dep_ == "poss"] + \
              [c for c in head_np.children if c.dep_ == "poss"]
        if any(c.lower_ in ("our", "my") for c in own) and ctx.speaker:
            return ctx.speaker
        states = [m.state for m in ctx.mentions_in(np_tokens)
                  if m.state and re.fullmatch(r"[A-Z]{3}", m.state) and m.role != "pronoun"]
        if pat.issue.endswith("_membership"):  # the state that would join, never the organisation
            holders = [h for h in holders if h not in _ORGANISATIONS]
        if pat.target_rule == "holder":
            return holders[0] if holders else (states[0] if states else None)
        if states:
            return states[0]
        of = _of_target(ctx, sent, ctx.char(toks[-1].i) + len(toks[-1].text)) or _poss_target(ctx, ctx.char(toks[0].i))
        if of:
            return of
        # possessive pronoun "its/our territorial integrity" -> the holder
        if any(ctx.doc[i].lower_ in ("its", "our", "their", "my") for i in np_tokens):
            return holders[0] if holders else ctx.speaker
        return None


def _neg(v: Any) -> bool:
    """A negated clause: "not", "never", or a "no" object ("has no interest in")."""
    for c in v.children:
        if c.dep_ == "neg" or c.lower_ == "never":
            return True
        if c.dep_ in ("dobj", "attr") and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children):
            return True
    return False


def _possessive_antecedent(ctx: Context, verb: Any) -> list[str]:
    """ "its stated intent to join NATO": the state "its" refers to — the last state named before it."""
    t = verb
    for _ in range(4):
        if t.head.i == t.i:
            break
        t = t.head
        pron = [c for c in t.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")]
        if pron:
            before = [m for m in ctx.mentions if m.tok_end <= pron[0].i and m.state and m.role != "pronoun"
                      and m.tok_start >= sentence_of(ctx.doc, pron[0].i).start - 60]
            return [before[-1].state] if before and before[-1].state else []
    return []


def _of_target(ctx: Context, sent: Any, end_char: int) -> str | None:
    """ "… and territorial integrity of Georgia": a state in an "of" phrase right after the issue words."""
    text = ctx.text
    for m in ctx.mentions:
        if m.start < end_char or m.start - end_char > 60 or not m.state or m.role == "pronoun":
            continue
        between = text[end_char:m.start]
        if re.search(r"[.;]|\bwhich\b|\bthat\b", between) or not re.search(r"\bof\s+(?:the\s+)?$", between):
            continue
        return m.state
    return None


def _poss_target(ctx: Context, start_char: int) -> str | None:
    """ "Armenia's sovereignty and territorial integrity": the state whose issue it is, named just before."""
    for m in reversed(ctx.mentions):
        if m.end > start_char or start_char - m.end > 60 or not m.state or m.role in ("pronoun", "coref"):
            continue
        between = ctx.text[m.end:start_char]
        if re.match(r"['’]s\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}$", between):
            return m.state
        return None
    return None


def _governing_verb(tok: Any) -> Any:
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod",):
            return t
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


def _states_of(ctx: Context, tokens: set[int]) -> list[str]:
    out: list[str] = []
    for m in ctx.mentions_in(tokens):
        if m.state and m.state not in out:
            out.append(m.state)
    return out

