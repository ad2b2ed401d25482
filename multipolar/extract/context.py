"""The shared state that extraction stages read and write for one document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..sources.document import SourceDocument
from .evidence import ActorRecord, Claim, Event, Stance


@dataclass
class Mention:
    """An actor mentioned in the text: character offsets into the whole document text, and token indices."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    actor: str
    state: str | None  # the state or group the actor reduces to
    role: str  # name, capital, seat, demonym, surname, ner, pronoun, group-ref


@dataclass
class Context:
    """One document in the pipeline: input, spaCy doc and what each stage has added."""

    source: SourceDocument
    doc: Any  # spacy.tokens.Doc over text[offset:]
    offset: int  # character offset of the spaCy doc in the document text
    speaker: str | None = None  # the state whose voice the document is (speeches, statements)
    speaker_person: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, ActorRecord] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    token_mentions: dict[int, Mention] = field(default_factory=dict)  # token index -> mention

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def published(self) -> str | None:
        return self.source.published

    def char(self, token_idx: int) -> int:
        return self.offset + self.doc[token_idx].idx

    def span_chars(self, span: Any) -> tuple[int, int]:
        """Character offsets (into the document text) of a spaCy span."""
        return self.offset + span.start_char, self.offset + span.end_char

    def mentions_in(self, tokens: set[int]) -> list[Mention]:
        seen: list[Mention] = []
        for i in sorted(tokens):
            m = self.token_mentions.get(i)
            if m is not None and (not seen or seen[-1] is not m):
                if m not in seen:
                    seen.append(m)
        return seen
