"""The shared state that extraction stages read and write for one document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..sources.document import SourceDocument
from .evidence import ActorRecord, Claim, Event, Stance

_BOILERPLATE = re.compile(
    r"^\W*(?:related(?: articles?| stories| story| coverage)?|read (?:more|also)|see also|also read|more on this|"
    r"subscribe|sign up|follow us|photo|image|credit|advertisement)\b", re.I)


def sentence_of(doc: Any, i: int) -> Any:
    """The sentence holding token ``i`` — cached per doc (spaCy's ``Token.sent`` rescans the whole doc)."""
    cache = doc.user_data.get("multipolar_sents")
    if cache is None:
        sents = list(doc.sents)
        index = [0] * len(doc)
        for k, sent in enumerate(sents):
            for j in range(sent.start, sent.end):
                index[j] = k
        cache = doc.user_data["multipolar_sents"] = (sents, index)
    sents, index = cache
    return sents[index[i]]


def is_boilerplate(sentence_text: str) -> bool:
    """Page furniture that reports nothing: "Related article: …", "Read more: …", photo credits."""
    return bool(_BOILERPLATE.match(sentence_text))


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
    title_states: list[str] = field(default_factory=list)  # the states the document's title names, in order
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, ActorRecord] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    token_mentions: dict[int, Mention] = field(default_factory=dict)  # token index -> mention
    _sents: list[Any] | None = None

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def published(self) -> str | None:
        return self.source.published

    def sentences(self) -> list[Any]:
        """The document's sentences without page furniture (cached)."""
        if self._sents is None:
            sentence_of(self.doc, 0) if len(self.doc) else None
            all_sents = self.doc.user_data["multipolar_sents"][0] if len(self.doc) else []
            self._sents = [s for s in all_sents if not is_boilerplate(s.text)]
        return self._sents

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
