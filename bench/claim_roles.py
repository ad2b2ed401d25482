"""An experiment (issue 12): who a figure is about, learned — a ranker that picks a claim's subject and partner among
the states around it, and a keep-or-drop model over each claim. Not part of the reader: the cross-validation in
``bench/learned_claims.py`` found no gain on real documents (bench/results/learned_claims_ablation.txt).

The rules (:class:`~multipolar.extract.claims.ClaimStage`) read each figure with its measure, value, period and a
subject and partner. This stage looks at every claim again and scores each candidate state — every state named in
the claim's sentence or the one before, the speaker's, the document's main state, and "nobody" — by a linear
model over general features of how the state stands to the figure: its grammatical role (possessor, subject,
object of "to"/"from"/"with"/"between"…), whether it is a demonym, a capital or "we", its order and distance from
the figure, and whether the rules chose it, each crossed with the kind of measure. The subject is the best
candidate, the partner the best other one. The rules' choice is kept unless the model prefers another candidate
by more than the stored margin (chosen by cross-validation over documents, ``train_claim_roles``).

Trained and measured by ``python bench/learned_claims.py`` from our own gold only (tests/gold, tests/gold/written and
../shared/corpus/gold, held-out documents never read).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from multipolar.domain import is_state_or_group
from multipolar.extract.claims import _main_state
from multipolar.extract.context import Context, Mention
from multipolar.extract.evidence import Claim

SUBJECT, PARTNER = "s", "p"
#: measures whose subject and partner are a symmetric pair ("trade between A and B"): the rules' order stands
SYMMETRIC = frozenset({"trade_value", "trade_growth"})
_GROUPS = {"trade_value": "trade", "export_value": "trade", "import_value": "trade", "trade_growth": "trade",
           "export_share": "share", "import_share": "share", "trade_share": "share",
           "export_partner_rank": "rank", "import_partner_rank": "rank", "trade_partner_rank": "rank",
           "investment_value": "money", "aid_value": "money", "loan_value": "money",
           "people_count": "people", "area": "place", "distance": "place"}
_SCALE = {"thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12, "tn": 1e12, "crore": 1e7, "lakh": 1e5}
_FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "my"})


def measure_group(measure: str) -> str:
    return _GROUPS.get(measure, "other")


@dataclass
class ClaimCase:
    """One claim with its candidates and their features (per role)."""

    claim: Claim
    states: list[str | None]
    feats: dict[str, list[list[str]]] = field(default_factory=dict)  # role -> per candidate
    own: list[str] = field(default_factory=list)  # the claim's own features (for the keep-or-drop model)


def _number_token(sent: Any, value: float) -> Any:
    """The token of the figure in the sentence: the number whose written value (times a scale word after it)
    comes nearest to the claim's value, else the sentence's first number."""
    best, best_err = None, math.inf
    for tok in sent:
        if not (tok.like_num or re.search(r"\d", tok.text)):
            continue
        raw = re.sub(r"[^\d.]", "", tok.text)
        try:
            base = float(raw) if raw and raw != "." else None
        except ValueError:
            base = None
        if base is None:
            if best is None:
                best, best_err = tok, math.inf - 1
            continue
        nxt = tok.nbor(1).lower_ if tok.i + 1 < sent.end else ""
        suffix = re.sub(r"^[\d.,]+", "", tok.lower_)
        scale = _SCALE.get(suffix) or _SCALE.get(nxt) or 1.0
        for cand in (base, base * scale):
            err = abs(cand - value) / max(abs(value), 1e-9)
            if err < best_err:
                best, best_err = tok, err
    return best if best is not None else sent.root


def _mention_head(ctx: Context, m: Mention) -> Any:
    toks = ctx.doc[m.tok_start:m.tok_end]
    return toks.root if len(toks) else None


def _governing_verb(tok: Any) -> Any:
    seen = 0
    while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head is not tok and seen < 8:
        tok, seen = tok.head, seen + 1
    return tok


def _mention_feats(ctx: Context, m: Mention, num: Any, order: str) -> list[str]:
    head = _mention_head(ctx, m)
    out = [f"role={m.role}", f"order={order}"]
    if head is None:
        return out
    dep = head.dep_
    out.append(f"dep={dep}")
    if dep == "pobj":
        prep = head.head.lower_
        out += [f"prep={prep}", f"pp={head.head.head.lemma_.lower()}_{prep}"]
    elif dep in ("compound", "amod", "poss"):
        out.append(f"mod={dep}_{head.head.lemma_.lower()}")
    verb = _governing_verb(head)
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        out.append(f"verb={verb.lemma_.lower()}_{dep}")
    if num is not None:
        gap = head.i - num.i
        out.append("side=before" if gap < 0 else "side=after")
        dist = abs(gap)
        out.append("dist=" + ("0-3" if dist <= 3 else "4-8" if dist <= 8 else "9+"))
        # the figure and the mention on one path up the tree (the figure's noun is owned by the state)
        anc = {t.i for t in num.ancestors}
        if head.head.i in anc or head.head.i == num.i:
            out.append("attached=figure_path")
        if num.i in {t.i for t in head.ancestors}:
            out.append("attached=under_figure")
    return out


def claim_case(ctx: Context, claim: Claim, sents: list[Any], main_state: str | None) -> ClaimCase:
    """The claim's candidates and their features for both roles."""
    sent_i = next((i for i, s in enumerate(sents) if ctx.span_chars(s)[0] <= claim.text.start < ctx.span_chars(s)[1]),
                  None)
    sent = sents[sent_i] if sent_i is not None else None
    prev = sents[sent_i - 1] if sent_i else None
    here: list[Mention] = ctx.mentions_in(set(range(sent.start, sent.end))) if sent is not None else []
    before: list[Mention] = ctx.mentions_in(set(range(prev.start, prev.end))) if prev is not None else []
    num = _number_token(sent, claim.value) if sent is not None else None
    in_sent = [m for m in here if m.state and is_state_or_group(m.state)]
    order_states = list(dict.fromkeys(m.state for m in in_sent))
    nearest = None
    if num is not None and in_sent:
        nearest = min(in_sent, key=lambda m: abs((_mention_head(ctx, m) or num).i - num.i)).state
    states: list[str | None] = [None]
    for st in [claim.subject, claim.partner, *order_states,
               *(m.state for m in before if m.state and is_state_or_group(m.state)), ctx.speaker, main_state]:
        if st and is_state_or_group(st) and st not in states:
            states.append(st)
    group = measure_group(claim.measure)
    case = ClaimCase(claim, states, {SUBJECT: [], PARTNER: []}, _own_features(ctx, claim, sent, num, here, group))
    n_here = min(len(order_states), 3)
    for st in states:
        base: list[str] = []
        if st is None:
            base += ["none", f"none:n={n_here}"]
        else:
            ms = [m for m in in_sent if m.state == st]
            if ms:
                pos = order_states.index(st)
                order = "only" if len(order_states) == 1 else "first" if pos == 0 else \
                    "last" if pos == len(order_states) - 1 else "middle"
                m = min(ms, key=lambda m: abs((_mention_head(ctx, m) or num).i - num.i)) if num is not None else ms[0]
                base += ["where=sentence", *_mention_feats(ctx, m, num, order)]
                if st == nearest:
                    base.append("nearest")
                if any(ctx.text[x.start:x.end].lower() in _FIRST_PERSON for x in ms):
                    base.append("we")
            elif any(m.state == st for m in before):
                base.append("where=previous")
            else:
                base.append("where=document")
            if st == ctx.speaker:
                base.append("speaker")
            if st == main_state:
                base.append("main")
            if st in ctx.title_states:
                base.append("title")
        for role, mine, other in ((SUBJECT, claim.subject, claim.partner), (PARTNER, claim.partner, claim.subject)):
            feats = list(base)
            if st == mine:
                feats.append("rule")
            if st is not None and st == other:
                feats.append("rule_other")
            case.feats[role].append([f"{role}:{f}" for f in ["bias", *feats]] +
                                    [f"{role}:{group}:{f}" for f in ["bias", *feats]])
    return case


_HEDGE = frozenset({"estimate", "estimated", "reportedly", "reported", "expected", "projected", "planned", "could",
                    "would", "may", "might", "target", "aim", "plan", "forecast", "if", "up"})


def _own_features(ctx: Context, claim: Claim, sent: Any, num: Any, here: list[Mention], group: str) -> list[str]:
    """What a claim is, apart from whose: its measure and unit, which fields the rules filled, and how its figure
    sits in the sentence (the words governing it, hedges, how many figures and states share the sentence)."""
    c = claim
    out = [f"m={c.measure}", f"u={c.unit}", f"g={group}", f"q={c.qualifier}", f"g={group}:u={c.unit}",
           f"subj={'none' if c.subject is None else 'speaker' if c.subject == ctx.speaker else 'state'}",
           f"partner={'none' if c.partner is None else 'state'}",
           f"period={'none' if not c.period else 'span' if '/' in c.period else len(c.period)}",
           f"about={'yes' if c.about else 'no'}", f"scope={'yes' if c.scope else 'no'}"]
    out += [f"{group}:{f}" for f in out[5:8]]
    if sent is None:
        return out
    nums = sum(1 for t in sent if t.like_num or (t.pos_ == "NUM"))
    states = {m.state for m in here if m.state}
    out += [f"nnum={min(nums, 4)}", f"nstates={min(len(states), 3)}", f"len={min(len(sent) // 15, 4)}"]
    if num is not None:
        head = num.head.lemma_.lower()
        out += [f"numdep={num.dep_}", f"numhead={head}", f"{group}:numhead={head}"]
        verb = _governing_verb(num)
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            out += [f"verb={verb.lemma_.lower()}", f"{group}:verb={verb.lemma_.lower()}"]
            if any(ch.dep_ == "neg" for ch in verb.children):
                out.append("negated")
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    out += [f"hedge={w}" for w in sorted(words & _HEDGE)]
    if words & _FIRST_PERSON:
        out.append("first_person")
    return out


@dataclass
class ClaimRoleModel:
    weights: dict[str, float]
    margin: float = 0.0
    meta: dict[str, Any] = field(default_factory=dict)

    def score(self, feats: list[str]) -> float:
        return sum(self.weights.get(f, 0.0) for f in feats)

    def choose(self, case: ClaimCase) -> tuple[str | None, str | None]:
        """(subject, partner): the rules' pair unless the model prefers another by more than the margin."""
        c = case.claim
        subj = self._pick(case, SUBJECT, c.subject, exclude=None)
        partner = self._pick(case, PARTNER, c.partner, exclude=subj)
        if c.measure in SYMMETRIC and {subj, partner} == {c.subject, c.partner}:
            return c.subject, c.partner
        return subj, partner

    def _pick(self, case: ClaimCase, role: str, rule: str | None, exclude: str | None) -> str | None:
        scores = {st: self.score(f) for st, f in zip(case.states, case.feats[role], strict=True)
                  if st is None or st != exclude}
        best = max(scores, key=lambda s: scores[s])
        kept = rule if rule in scores else None
        if kept in scores and scores[best] - scores[kept] <= self.margin:
            return kept
        return best


def claim_cases(ctx: Context) -> list[ClaimCase]:
    sents = ctx.sentences()
    main = _main_state(ctx)  # the claims reader's own: the speaker's, else the state named most
    return [claim_case(ctx, c, sents, main) for c in ctx.claims]
