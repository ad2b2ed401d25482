"""A learned chooser for the participant an event trigger lacks.

The rules drop an event whose trigger fired but whose actor or recipient they could not read from the sentence
("The two sides agreed to expand trade", "Fighting resumed on Tuesday"). This module proposes the states that could
fill the lacking role — those the sentence names, the running pair, the conflict, the last meeting's group, the
last deal's parties, the last subject, the sentence before, the question asked, the speaker, the text's topic and
title, the last event — describes each by where it came from and how the trigger reads, and scores it with a
binary logistic regression trained on the project's gold. The best candidate fills the role when its score reaches
the model's threshold; otherwise the event stays dropped. It plugs into the reader's ``EventStage.chooser`` hook;
``bench/learned_roles.py`` measures it (it is not part of the reader: it adds about as many false events as true
ones on documents it was not trained on).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from multipolar.domain import is_state_code, is_state_or_group
from multipolar.extract.context import Context

#: words standing for two or more parties as a subject ("the two sides", "both", "they")
_COLLECTIVE = frozenset({"they", "both", "sides", "parties", "countries", "leaders", "nations", "states",
                         "governments", "ministers", "presidents", "two", "three", "all", "each", "we", "it"})
_INDEX_KEY = "multipolar_role_index"


@dataclass
class Candidate:
    """One way to fill the lacking role(s), with the binary features that describe it."""

    actors: list[str]
    recipients: list[str]
    features: list[str] = field(default_factory=list)


@dataclass
class Drop:
    """An event the rules dropped for want of a participant, and the candidates that could complete it."""

    type: str
    actors: list[str]
    recipients: list[str]
    sentence: int
    char: int
    candidates: list[Candidate]


def _index(ctx: Context, sentences: list[Any]) -> dict[str, Any]:
    """Per document (cached): the states each sentence names, and each state's share of the named mentions."""
    cached = ctx.doc.user_data.get(_INDEX_KEY)
    if cached is not None:
        return dict(cached)
    per_sent: list[list[str]] = [[] for _ in sentences]
    starts = [s.start for s in sentences]
    counts: Counter[str] = Counter()
    for m in ctx.mentions:
        if not m.state or not is_state_or_group(m.state) or m.role in ("pronoun", "coref"):
            continue
        k = int(np.searchsorted(starts, m.tok_start, side="right")) - 1
        if 0 <= k < len(per_sent):
            per_sent[k].append(m.state)
            counts[m.state] += 1
    index = {"per_sent": per_sent, "counts": counts, "total": max(1, sum(counts.values()))}
    ctx.doc.user_data[_INDEX_KEY] = index
    return index


def _since(per_sent: list[list[str]], k: int, state: str) -> int:
    """Sentences back to the last one naming ``state`` (0: this one), capped at 6."""
    for back in range(0, 6):
        if k - back < 0:
            break
        if state in per_sent[k - back]:
            return back
    return 6


def _trigger_features(tok: Any, head: Any, trig_type: str, lacking: str, sent: Any) -> list[str]:
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    subj_words = {t.lower_ for c in subj for t in c.subtree}
    feats = [f"type={trig_type}", f"lack={lacking}", f"pos={tok.pos_}", f"tag={head.tag_}", f"dep={tok.dep_}",
             f"type={trig_type}&lack={lacking}", f"pos={tok.pos_}&lack={lacking}"]
    if subj_words & _COLLECTIVE:
        feats.append("subj=collective")
    if not subj:
        feats.append("subj=none")
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "should", "may", "might", "must", "can")
           for c in head.children):
        feats.append("modal")
    if head.dep_ == "ROOT":
        feats.append("root")
    if any(t.text in ('"', "“", "”") for t in sent):
        feats.append("quoted")
    if any(c.dep_ == "neg" for c in head.children):
        feats.append("negated")
    feats.append(f"lemma={tok.lemma_.lower()}")
    objs = [c for c in head.children if c.dep_ in ("dobj", "pobj")] + [
        g for c in head.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "against", "on", "for")
        for g in c.children if g.dep_ == "pobj"]
    if objs:
        feats.append("has_object")
        if any(o.ent_type_ in ("PERSON", "ORG") for o in objs):
            feats.append("object_named")
    return feats


def drop_of(stage: Any, ctx: Context, tok: Any, head: Any, trig_type: str, sent: Any, actors: list[str],
            recipients: list[str]) -> Drop | None:
    """The candidates that could complete an event lacking one role (events lacking both are left dropped)."""
    if bool(actors) == bool(recipients):
        return None
    lacking = "recipient" if actors else "actor"
    have = actors or recipients
    sentences = stage._sents
    k = stage._k
    parts = stage._parts
    idx = _index(ctx, sentences)
    per_sent, counts, total = idx["per_sent"], idx["counts"], idx["total"]
    last = next((e for e in reversed(stage._so_far) if not (e.negated or e.hypothetical)), None)
    sources: dict[str, list[str]] = {
        "sent": list(per_sent[k]),
        "prev": list(per_sent[k - 1]) if k > 0 else [],
        "pair": list(parts.pair) if k - parts.pair_at <= 3 else [],
        "oldpair": list(parts.pair) if k - parts.pair_at > 3 else [],
        "conflict": list(parts.conflict),
        "group": list(parts.group),
        "deal": list(parts.deal),
        "subject": [parts.subject] if parts.subject and k - parts.subject_at <= 2 else [],
        "lead": list(parts.lead_pair),
        "asked": list(parts.asked_about),
        "speaker": [ctx.speaker] if ctx.speaker else [],
        "topic": [parts.topic] if parts.topic else [],
        "title": list(ctx.title_states),
        "last": [*last.actors, *last.recipients] if last is not None else [],
        "partners": parts.partners(k, actors) if actors else [],
    }
    base = _trigger_features(tok, head, trig_type, lacking, sent)
    if ctx.speaker and ctx.speaker in have:
        base.append("have=speaker")
    pool = [s for src in sources.values() for s in src if s and s not in have and is_state_or_group(s)]
    ranked = [s for s, _ in Counter(pool).most_common()]
    trig_char = ctx.char(tok.i)
    sent_mentions = ctx.mentions_in({t.i for t in sent})
    cands: list[Candidate] = []
    for state in ranked[:12]:
        feats = list(base)
        srcs = [name for name, src in sources.items() if state in src]
        feats += [f"src={name}" for name in srcs]
        feats += [f"src={name}&lack={lacking}" for name in srcs]
        feats += [f"src={name}&type={trig_type}" for name in srcs if name in ("sent", "pair", "conflict", "speaker")]
        feats.append(f"nsrc={min(len(srcs), 5)}")
        feats.append(f"since={_since(per_sent, k, state)}")
        share = counts.get(state, 0) / total
        feats.append(f"share={min(4, int(share * 10))}")
        feats.append(f"ncand={min(len(ranked), 5)}")
        if not is_state_code(state):
            feats.append("group")
        if last is not None and set(have) & set(last.actors) and state in last.recipients or \
                last is not None and set(have) & set(last.recipients) and state in last.actors:
            feats.append("last_partner")
        in_sent = [m for m in sent_mentions if m.state == state]
        for m in in_sent[:2]:
            root = ctx.doc[m.tok_end - 1]
            feats.append(f"cdep={root.dep_}:{root.head.lower_ if root.dep_ == 'pobj' else ''}")
            if root.head.i == head.i or root.head.head.i == head.i:
                feats.append("cand_on_head")
        if any(e.type == trig_type and state in [*e.actors, *e.recipients] and set(have) & {*e.actors, *e.recipients}
               for e in stage._so_far):
            feats.append("told_already")
        if in_sent:
            feats.append("before_trigger" if in_sent[0].start < trig_char else "after_trigger")
            if any(m.role in ("pronoun", "coref") for m in in_sent):
                feats.append("pronoun_in_sent")
        if ranked and state == ranked[0]:
            feats.append("top")
        fill = [state]
        cands.append(Candidate(actors=list(actors) or fill, recipients=list(recipients) or fill, features=feats))
    if not cands:
        return None
    return Drop(type=trig_type, actors=list(actors), recipients=list(recipients), sentence=k, char=trig_char,
                candidates=cands)


@dataclass
class RoleModel:
    """A binary logistic regression over candidate features, with the threshold a candidate must reach."""

    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict[str, Any] = field(default_factory=dict)

    def score(self, feats: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def choose(self, drop: Drop) -> Candidate | None:
        p, best = max(((self.score(c.features), c) for c in drop.candidates), key=lambda x: x[0],
                      default=(0.0, None))
        return best if best is not None and p >= self.threshold else None


def fit(rows: list[list[str]], labels: list[int], l2: float = 1.0, steps: int = 400) -> tuple[dict[str, float], float]:
    """Full-batch gradient descent (Adam) on the logistic loss with L2; deterministic."""
    names = sorted({f for r in rows for f in r})
    col = {f: j for j, f in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for f in r:
            x[i, col[f]] = 1.0
    y = np.asarray(labels, dtype=float)
    w = np.zeros(len(names))
    b = 0.0
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    n = max(1, len(rows))
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w + b, -30, 30)))
        g = x.T @ (p - y) / n + l2 * w / n
        gb = float((p - y).mean())
        m_w = b1 * m_w + (1 - b1) * g
        v_w = b2 * v_w + (1 - b2) * g * g
        m_b = b1 * m_b + (1 - b1) * gb
        v_b = b2 * v_b + (1 - b2) * gb * gb
        w -= lr * (m_w / (1 - b1 ** t)) / (np.sqrt(v_w / (1 - b2 ** t)) + eps)
        b -= lr * (m_b / (1 - b1 ** t)) / (math.sqrt(v_b / (1 - b2 ** t)) + eps)
    return {f: float(w[col[f]]) for f in names}, b


def hook(choose: Any) -> Any:
    """``EventStage.chooser`` from a function of a :class:`Drop` (returning a Candidate or None)."""
    def chooser(stage: Any, ctx: Context, tok: Any, head: Any, kind: str, sent: Any, actors: list[str],
                recipients: list[str]) -> tuple[list[str], list[str]] | None:
        drop = drop_of(stage, ctx, tok, head, kind, sent, actors, recipients)
        best = choose(drop) if drop is not None else None
        return (best.actors, best.recipients) if best is not None else None
    return staticmethod(chooser)
