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


def leading_conjuncts(tok: Any) -> list[Any]:
    """The names ``tok`` is a later conjunct of, nearest first ("Russia and China, who …": for China, Russia)."""
    out: list[Any] = []
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
        out.append(tok)
    return out


#: entity types of a fronted place or time ("Yesterday in Dushanbe, …"): never the subject
_PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "ORG", "DATE", "TIME"})


def run_on_subject(t: Any) -> bool:
    """A person the parser ran on as a conjunct of a fronted place or time, after a comma, before a main verb with
    no subject of its own ("Yesterday in Dushanbe, State Councilor and Foreign Minister Wang Yi met …")."""
    if t.dep_ != "conj" or t.ent_type_ != "PERSON" or t.pos_ != "PROPN":
        return False
    top = t
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    root = t.sent.root
    return top.dep_ == "pobj" and top.ent_type_ in _PLACE_OR_TIME and top.head.lower_ in ("in", "at", "on") and \
        root.pos_ == "VERB" and t.i < root.i and any(p.text == "," for p in t.doc[top.i:t.i]) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


#: openings that name what a sentence is about ("On Syria, …", "As for Afghanistan, …")
_TOPIC_OPENINGS = ("on", "regarding", "concerning", "as for", "as regards", "as to", "with regard to",
                   "with respect to", "turning to", "in relation to")


def topic_header(doc: Any, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` lie in a sentence's opening topic ("On Syria, together with Russia and Turkey,
    Iran hosted …"): what the sentence is about, no party to its acts."""
    sent = sentence_of(doc, start)
    cache = doc.user_data.setdefault("multipolar_topics", {})
    if sent.start not in cache:
        cache[sent.start] = _topic_span(doc, sent)
    span = cache[sent.start]
    return span is not None and span[0] <= start and end <= span[1]


def _topic_span(doc: Any, sent: Any) -> tuple[int, int] | None:
    """The tokens of a sentence's opening topic, between its opening words and the comma, if it has one."""
    first = next((t.i for t in sent if not t.is_space), sent.start)
    words = [t.lower_ for t in doc[first:min(sent.end, first + 4)]]
    opening = next((o for o in _TOPIC_OPENINGS if words[:len(o.split())] == o.split()), None)
    if opening is None or words[1:2] == ["behalf"]:
        return None  # (not "On behalf of Georgia, I …": for whom one speaks)
    lo = first + len(opening.split())
    comma = next((t.i for t in doc[lo:min(sent.end, lo + 7)] if t.text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") or t.like_num or t.ent_type_ in ("DATE", "TIME")
                            for t in doc[lo:comma]):
        return None
    return lo, comma


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


#: the heading of an encyclopedia page's back matter: what follows it cites or links, it reports nothing
_BACK_MATTER = re.compile(r"^[ \t]*#{0,6}[ \t]*(?:references|notes|notes and references|bibliography|external links|"
                          r"further reading|citations|footnotes|works cited)[ \t]*:?[ \t]*$", re.I | re.M)


def back_matter_start(text: str) -> int:
    """Where an encyclopedia page's references, notes or external links begin (the text's length if nowhere)."""
    m = next((m for m in _BACK_MATTER.finditer(text) if text[:m.start()].strip()), None)
    return m.start() if m else len(text)


def is_boilerplate(sentence_text: str) -> bool:
    """Page furniture that reports nothing: "Related article: …", "Read more: …", photo credits."""
    return bool(_BOILERPLATE.match(sentence_text))


#: the title of an article on two states' relations ("China–Kyrgyzstan relations")
FOREIGN_RELATIONS_TITLE = re.compile(r"^\W*Foreign\s+relations\s+of\b", re.I)
RELATIONS_TITLE = re.compile(r"^\W*[A-Z][\w .'-]*?\s*[–—-]\s*[A-Z][\w .'-]*?\s+relations\b")


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


#: the title of a statement in the UN General Assembly's general debate
GENERAL_DEBATE = re.compile(r"\bgeneral debate\b", re.I)
#: a statement several states make together ("Joint Statement of Japan, the Republic of Korea, and the United States")
JOINT_TITLE = re.compile(r"\b(?:joint|trilateral|quadrilateral)\s+(?:leaders['’]?\s+)?(?:statement|declaration|"
                         r"communiqu[eé])\b", re.I)
#: the first-person plural: in a joint statement, all its signatories
_WE = frozenset({"we", "us", "our", "ours", "ourselves"})

#: a sentence about the presidency of the UN General Assembly ("his election as President of the Assembly", "his
#: predecessor, Mr. X, for his able leadership")
_PRESIDES_OVER_ASSEMBLY = re.compile(r"\bpresid\w*\b[^.;]*\bAssembly\b|\bAssembly\b[^.;]*\bpresid|"
                                     r"\b(?:predecessor|outgoing President|previous session)\b|"
                                     r"\b(?:appointment|re-?appointment|re-?election|election) as (?:the )?"
                                     r"Secretary-General\b", re.I)
#: in a general-debate speech, the Assembly's President named by the office's words ("on his election", "his
#: able stewardship of the previous session")
_ASSEMBLY_OFFICE = re.compile(r"\b(?:his|her|your) (?:unanimous )?(?:election|assumption|stewardship)\b|"
                              r"\bleadership of the\b|\b(?:sixt|sevent|eight)\w*-\w+ session\b", re.I)


def about_assembly_presidency(title: str | None, sentence: str) -> bool:
    """The sentence is about the UN General Assembly's presiding officer, who acts for the UN, not for a state
    (thanked, congratulated on the election or on assuming the presidency of the session)."""
    return bool(_PRESIDES_OVER_ASSEMBLY.search(sentence) or GENERAL_DEBATE.search(title or "") and
                _ASSEMBLY_OFFICE.search(sentence))


@dataclass
class Context:
    """One document in the pipeline: input, spaCy doc and what each stage has added."""

    source: SourceDocument
    doc: Any  # spacy.tokens.Doc over text[offset:]
    offset: int  # character offset of the spaCy doc in the document text
    speaker: str | None = None  # the state whose voice the document is (speeches, statements)
    speaker_person: str | None = None
    title_states: list[str] = field(default_factory=list)  # the states the document's title names, in order
    joint: list[str] = field(default_factory=list)  # the states a joint statement speaks for (its "we")
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, ActorRecord] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    token_mentions: dict[int, Mention] = field(default_factory=dict)  # token index -> mention
    _sents: list[Any] | None = None

    def voices(self, m: Mention) -> list[str]:
        """The states a first-person mention speaks for: in a joint statement, "we" is all its signatories."""
        if self.joint and m.role == "pronoun" and m.state == self.speaker and \
                self.text[m.start:m.end].lower() in _WE:
            return list(self.joint)
        return [m.state] if m.state else []

    def title_pair(self) -> list[str]:
        """The two states the title names ("FACT SHEET: the U.S.–Kazakhstan partnership"), else nothing."""
        pair = list(dict.fromkeys(self.title_states))
        return pair if len(pair) == 2 else []

    def page_state(self, others: list[str]) -> str | None:
        """Whose acts an encyclopedia page tells when it names no doer ("Diplomatic relations with Russia were
        established in 1992"): on "Foreign relations of X", X; on "X–Y relations", the one of the pair not named."""
        if FOREIGN_RELATIONS_TITLE.search(self.source.title or "") and self.title_states:
            return self.title_states[0]
        pair = self.relations_pair()
        rest = [x for x in pair if x not in others]
        return rest[0] if len(rest) == 1 and len(pair) == 2 else None

    def relations_pair(self) -> list[str]:
        """The two states of an "X–Y relations" article (from its title), else nothing."""
        return self.title_pair() if RELATIONS_TITLE.search(self.source.title or "") else []

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def published(self) -> str | None:
        return self.source.published

    @property
    def anchor(self) -> str | None:
        """The date that relative times ("last December", "last month", "in July") are read from: the publication
        date, except that a statement in the UN General Assembly's general debate dated by its year only was given
        in September of that year (the debate opens in the second half of September). What is told without a time
        keeps the publication date as given."""
        pub = self.source.published
        # (the debate named in the title, or in the byline: "… (UN General Assembly, 76th session General Debate)")
        if pub and re.fullmatch(r"\d{4}", pub) and GENERAL_DEBATE.search(
                f"{self.source.title or ''} {self.source.source or ''}"):
            return f"{pub}-09"
        return pub

    def sentences(self) -> list[Any]:
        """The document's sentences without page furniture (cached)."""
        if self._sents is None:
            sentence_of(self.doc, 0) if len(self.doc) else None
            all_sents = self.doc.user_data["multipolar_sents"][0] if len(self.doc) else []
            end = back_matter_start(self.text)  # (a reference's headline is no report: "X, Y sign MoU", 2015)
            self._sents = [s for s in all_sents if not is_boilerplate(s.text) and self.char(s.start) < end]
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


def is_heading(ctx: Context, sent: Any) -> bool:
    """A heading line: Markdown "#", or a short line of its own without closing punctuation, followed by text."""
    s0, s1 = ctx.span_chars(sent)
    text = ctx.text[s0:s1].strip()
    if text.startswith("#"):
        return True
    if text.startswith("**") and text.endswith("**") and len(sent) <= 40:
        return True  # "**Chile and Peru sign a deal**": a bold line of its own
    if text[:1] in "-*•–" or re.match(r"\d", text):
        return False  # a list item ("- 9 April – Georgia and China sign …") reports
    before = ctx.text[max(0, s0 - 1):s0]
    after = ctx.text[s1:s1 + 2]
    own_line = (s0 == ctx.offset or before == "\n") and after.startswith("\n")
    return own_line and len(sent) <= 15 and not text.endswith((".", "!", "?", ":", ";", '"', "”", "’", ")")) and \
        bool(ctx.text[s1:].strip())


_FUNCTION_WORDS = frozenset({"of", "the", "and", "with", "in", "on", "to", "for", "a", "an", "at", "by", "from",
                             "as", "or", "'s", "’s", "vs", "via", "over", "after", "amid"})


def heading_line_end(ctx: Context, sent: Any) -> int:
    """Where a heading ends that a sentence begins with — a first line of its own, in Title Case and without
    closing punctuation ("Readout of President Biden's Meeting with President Erdogan\nPresident Biden met …") —
    else -1."""
    s0, s1 = ctx.span_chars(sent)
    text = ctx.text[s0:s1]
    nl = text.find("\n")
    if nl <= 0 or not text[nl:].strip() or not (s0 == ctx.offset or ctx.text[max(0, s0 - 1):s0] == "\n"):
        return -1
    line = text[:nl].strip()
    if not line or line.endswith((".", "!", "?", ":", ";", ",", '"', "”", ")", "]")) or line[:1] in "-*•–" or \
            line[:1].isdigit():
        return -1  # (a list item reports)
    words = [w for w in re.findall(r"[\w'’-]+", line) if w.lower() not in _FUNCTION_WORDS]
    if len(words) < 3 or sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) < 0.9 * len(words):
        return -1
    return s0 + nl
