"""Stage ``events`` from the learned model, alone or added to the rules' events.

``LearnedEventStage(mode="model")`` replaces the rules (requires ``doc``, ``mentions``, ``speaker``; provides
``events``). ``mode="add"`` runs after the rules' :class:`~multipolar.extract.events.EventStage` (requires
``events`` too) and adds an event only to a sentence where the rules coded none and the model's P(event)
reaches the threshold: where both speak, the rules win.

Roles, negation, modality and dates come from the rule machinery around the sentence's strongest trigger
(the verb or noun whose features weigh most for the predicted type), so an event the model adds reads its
participants exactly as a rule event would.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from ...resolve.dates import find_times, topic_years, year_at
from .. import events as rules
from ..context import Context
from ..evidence import Event, Span
from ..pipeline import READERS as READERS  # the ``reader`` choices of the Extractor
from .features import CameoTable, sentence_features, sentence_vector
from .model import LinearModel

MODES = ("model", "add")
#: the most (actor, recipient) pairs an event added to the rules' may have, unless the model's meta sets it
#: (chosen by the ablation)
MAX_PAIRS = 2


@functools.lru_cache(maxsize=1)
def load_model() -> tuple[LinearModel, CameoTable | None]:
    """The shipped model and its CAMEO verb table."""
    folder = resources.files("multipolar.extract.learned").joinpath("model")
    model = LinearModel.load(folder)
    cameo = None
    if model.meta.get("cameo_features"):
        cameo = CameoTable.from_tsv(folder.joinpath("cameo_verbs.tsv").read_text(encoding="utf-8"))
    return model, cameo


class LearnedEventStage:
    name: str = "events"
    provides: tuple[str, ...] = ("events",)

    def __init__(self, mode: str = "model", model: LinearModel | None = None, cameo: CameoTable | None = None,
                 threshold: float | None = None, require_cameo: bool | None = None,
                 type_threshold: float | None = None, max_pairs: int | None = None,
                 plain_roles: bool | None = None):
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        self.mode = mode
        self.name = "events-model" if mode == "add" else "events"
        self.requires: tuple[str, ...] = ("doc", "mentions", "speaker") + (("events",) if mode == "add" else ())
        if model is None:
            model, cameo = load_model()
        self.model = model
        self.cameo = cameo
        self.threshold = model.threshold if threshold is None else threshold
        #: P(type | event) below which the sentence is left alone
        self.type_threshold = float(model.meta.get("type_threshold", 0.0)) if type_threshold is None else type_threshold
        #: add only where the trigger's CAMEO verb type agrees with the model's type
        self.require_cameo = bool(model.meta.get("require_cameo")) if require_cameo is None else require_cameo
        #: in "add" mode, the most (actor, recipient) pairs an added event may have
        self.max_pairs = int(model.meta.get("max_pairs", MAX_PAIRS)) if max_pairs is None else max_pairs
        #: where the rules' role reading around the trigger finds no actor or no recipient, read them plainly
        #: (the trigger's subjects act, the sentence's other states receive)
        self.plain_roles = bool(model.meta.get("plain_roles")) if plain_roles is None else plain_roles
        self.rules = rules.EventStage()

    def __call__(self, ctx: Context) -> None:
        added = [ev for p_event, ev in self.candidates(ctx)
                 if self.mode != "add" or len(ev.actors) * len(ev.recipients) <= self.max_pairs]
        ctx.events = (ctx.events if self.mode == "add" else []) + added

    def candidates(self, ctx: Context, threshold: float | None = None) -> list[tuple[float, Event]]:
        """(P(event), event) for each sentence the model would code at ``threshold`` (default the stage's), before
        the pair cap; in "add" mode only sentences without a rule event."""
        threshold = self.threshold if threshold is None else threshold
        added: list[tuple[float, Event]] = []
        coded = [(e.text.start, e.text.end) for e in ctx.events] if self.mode == "add" else []
        years = topic_years(ctx.text, ctx.source.title)
        none = self.model.classes.index("NONE")
        for sent in ctx.sentences():
            s0, s1 = ctx.span_chars(sent)
            if any(a < s1 and b > s0 for a, b in coded):
                continue
            feats = sentence_features(sent, self.cameo)
            p = self.model.proba(feats, sentence_vector(sent) if self.model.dense is not None else None)
            p_event = 1.0 - float(p[none])
            if p_event < threshold:
                continue
            p[none] = -1.0
            k = int(p.argmax())
            if p[k] / p_event < self.type_threshold:
                continue
            ev = self._event(ctx, sent, self.model.classes[k], k, years)
            if ev is not None:
                added.append((p_event, ev))
        return added

    def _trigger(self, sent: Any, k: int) -> Any:
        """The verb or noun whose own features weigh most for class ``k`` (the sentence's root on a tie)."""
        best, best_w = sent.root, float("-inf")
        w = self.model.weights
        for t in sent:
            if t.pos_ not in ("VERB", "AUX", "NOUN") and t.dep_ != "ROOT":
                continue
            lem = t.lemma_.lower()
            names = [f"v:{lem}", f"n:{t.dep_}:{lem}"] + ([f"root:{lem}"] if t.dep_ == "ROOT" else [])
            score = sum(float(w[f][k]) for f in names if f in w)
            if self.cameo is not None and self.cameo.verbs.get(lem) == self.model.classes[k]:
                score += 1.0
            if score > best_w or (score == best_w and t.dep_ == "ROOT"):
                best, best_w = t, score
        return best

    def _event(self, ctx: Context, sent: Any, etype: str, k: int, years: list[tuple[int, int]]) -> Event | None:
        tok = self._trigger(sent, k)
        if self.require_cameo and (self.cameo is None or self.cameo.verbs.get(tok.lemma_.lower()) != etype):
            return None
        head = tok
        if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr", "nsubjpass", "pobj") and \
                tok.head.pos_ in ("VERB", "AUX"):
            head = tok.head
        try:
            if rules._verbal(head):
                actors, recipients = self.rules._verb_roles(ctx, head, tok)
            else:
                actors, recipients = self.rules._noun_roles(ctx, tok)
            negated = rules._negated(head)
            hypothetical = rules._hypothetical(head)
        except (AttributeError, TypeError):  # the rule module changed shape: read roles plainly
            actors, recipients = _plain_roles(ctx, sent, head)
            negated = hypothetical = False
        if self.plain_roles and (not actors or not recipients):
            plain_actors, plain_recipients = _plain_roles(ctx, sent, head)
            actors = actors or plain_actors
            recipients = recipients or plain_recipients
        actors = list(dict.fromkeys(actors))
        symmetric = len(actors) > 1 and etype in ("AGREE", "COOPERATE", "CONSULT")
        recipients = [r for r in dict.fromkeys(recipients) if r not in actors or symmetric]
        if not actors or not recipients or (len(actors) == 1 and set(actors) == set(recipients)):
            return None
        s0, s1 = ctx.span_chars(sent)
        ev = Event(type=etype, actors=actors, recipients=recipients, date=None, text=Span(s0, s1),
                   negated=negated, hypothetical=hypothetical, trigger=tok.text)
        times = find_times(ctx.text[s0:s1], ctx.published, year_at(years, s0))
        try:
            ev.date = self.rules._date(ctx, tok, sent, times, None, None, ev)[0]
        except (AttributeError, TypeError):
            ev.date = ctx.published
        return ev


def _plain_roles(ctx: Context, sent: Any, head: Any) -> tuple[list[str], list[str]]:
    """Subjects' states act, the other states in the sentence receive; "we"/"I" is the speaker."""
    subj: set[int] = set()
    for c in head.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            subj |= {t.i for t in c.subtree}
    in_sent = set(range(sent.start, sent.end))
    actors = [m.state for m in ctx.mentions_in(subj) if m.state]
    if not actors and ctx.speaker and any(sent.doc[i].lower_ in ("we", "i") for i in subj):
        actors = [ctx.speaker]
    recipients = [m.state for m in ctx.mentions_in(in_sent - subj) if m.state]
    return actors, recipients
