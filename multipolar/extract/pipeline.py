"""The extraction pipeline: spaCy, then our own stages, each with declared inputs and outputs.

Stages are plain callables over a :class:`Context`; each declares ``requires`` and
``provides`` so a better backend (a larger model, an LLM behind an
OpenAI-compatible endpoint) can replace one stage without touching the others.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

from ..errors import ExtractionError
from ..resolve.registry import Registry
from ..sources.document import SourceDocument
from .actors import ActorStage
from .claims import ClaimStage
from .context import Context
from .events import EventStage
from .evidence import DocumentInfo, Evidence
from .money_events import MoneyEventStage
from .nlp import load_nlp
from .stances import StanceStage
from .version import EXTRACTOR_VERSION as EXTRACTOR_VERSION  # the one constant (stamped on every ingest run)


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, ctx: Context) -> None: ...


# -- events reader: rules, the learned model, or both (multipolar/extract/learned/) ---------------------------
#: the default events reader, chosen by the ablation in bench/results/learned_events.txt
DEFAULT_READER = "rules"
READERS = ("rules", "model", "rules+model")


def current_reader(reader: str | None = None) -> str:
    """``reader``, else $MULTIPOLAR_READER (what ``--reader`` sets), else :data:`DEFAULT_READER`."""
    out = reader or os.environ.get("MULTIPOLAR_READER") or DEFAULT_READER
    if out not in READERS:
        raise ValueError(f"events reader must be one of {', '.join(READERS)}, not {out!r}")
    return out


def event_stages(reader: str | None = None) -> list[Stage]:
    """The stages that provide ``events`` for a reader ("rules+model": the model adds where the rules are silent)."""
    reader = current_reader(reader)
    if reader == "rules":
        return [EventStage()]
    from .learned import LearnedEventStage

    if reader == "model":
        return [LearnedEventStage("model")]
    return [EventStage(), LearnedEventStage("add")]
# -----------------------------------------------------------------------------------------------------------------


class Extractor:
    """Reads :class:`SourceDocument` objects into :class:`Evidence`."""

    def __init__(self, nlp: Any = None, registry: Registry | None = None, stages: Sequence[Stage] | None = None,
                 reader: str | None = None):
        self.nlp = nlp if nlp is not None else load_nlp()
        self.registry = registry or Registry.default()
        self.stages: list[Stage] = list(stages) if stages is not None else [
            ActorStage(self.nlp, self.registry), *event_stages(reader), ClaimStage(), MoneyEventStage(),
            StanceStage()]
        self._check_contracts()

    def _check_contracts(self) -> None:
        have = {"doc"}
        for st in self.stages:
            missing = set(st.requires) - have
            if missing:
                raise ValueError(f"stage {st.name!r} needs {sorted(missing)} which no earlier stage provides")
            have |= set(st.provides)

    def extract(self, source: SourceDocument) -> Evidence:
        return next(iter(self.extract_many([source])))

    def extract_many(self, sources: Iterable[SourceDocument], batch_size: int = 8) -> Iterator[Evidence]:
        """Extract from many documents, parsing them in batches with ``nlp.pipe``."""
        items = ((_checked_body(s, self.nlp.max_length), s) for s in sources)
        for doc, source in self.nlp.pipe(items, as_tuples=True, batch_size=batch_size):
            ctx = Context(source=source, doc=doc, offset=source.body_start)
            for st in self.stages:
                st(ctx)
            yield to_evidence(ctx)


def _checked_body(source: SourceDocument, limit: int) -> str:
    body = source.text[source.body_start:]
    if len(body) > limit:
        raise ExtractionError(f"the document is too long to read ({len(body):,} characters; the limit is {limit:,})",
                              source=source.origin, hint="split it into smaller documents")
    return body


def to_evidence(ctx: Context) -> Evidence:
    src = ctx.source
    info = DocumentInfo(id=src.id, title=src.title, published=src.published, url=src.url, source=src.source)
    actors = sorted(ctx.actors.values(), key=lambda a: (a.mentions[0].start if a.mentions else -1, a.id))
    events = sorted(ctx.events, key=lambda e: e.text.start)
    return Evidence(document=info, actors=actors, events=events, claims=ctx.claims, stances=ctx.stances)


def default_extractor() -> Extractor:
    return _default_extractor(current_reader())


@functools.lru_cache(maxsize=3)
def _default_extractor(reader: str) -> Extractor:
    return Extractor(reader=reader)
