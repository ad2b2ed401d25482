"""Stage `actors`: find the states, groups, people, organisations, places and projects a text names.

Requires: ``doc`` (tokens, sentences, entities). Provides: ``ctx.mentions``, ``ctx.actors``, ``ctx.speaker``.

Sources of mentions, in order of trust: the registry's aliases (names, capitals and
seats used as actors, demonyms), a person's surname after their full name or a
title, first-person pronouns in statements (the speaker's state), and spaCy's
named entities for people and organisations the registry does not know.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..domain import is_state_code, is_state_or_group
from ..resolve.cities import city_state, findable
from ..resolve.georgia import explain_georgia_sense
from ..resolve.phoenix_people import person_state
from ..resolve.registry import Actor, Alias, Registry, slugify
from .context import (
    GENERAL_DEBATE,
    JOINT_TITLE,
    Context,
    Mention,
    about_assembly_presidency,
    run_on_subject,
    sentence_of,
)
from .evidence import ActorRecord, Span

_TITLE_WORDS = {
    "president", "minister", "premier", "chancellor", "secretary", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr",
    "dr.", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "leader", "king", "queen", "emir",
    "prince", "general", "gen.", "foreign", "deputy", "speaker", "chairman", "head", "representative", "senator",
    "governor", "mayor", "commissioner", "ayatollah", "sheikh", "expert", "analyst",
    "chief", "commander", "marshal", "colonel", "official", "diplomat", "adviser", "advisor", "negotiator", "ruler",
    "strongman", "monarch", "crown",
}
_STATEMENT_WORDS = re.compile(
    r"\b(statement|speech|remarks|general debate|press conference|news conference|briefing|declaration|"
    r"communiqu[eé]|interview|op-ed|readout|press release|transcript|opening words|condolences?|q ?& ?a|toast)\b|"
    # (words that are verbs in a headline as often: "… Answer With Sanctions", "Iran Comments on …" is no statement;
    # "Answers to media questions", "Address to the nation", "the minister's message" is one)
    r"['’]s\s+(?:\w+\s+)?(?:address|letter|message|answers?|comments?|appeal)\b|"
    r"\b(?<!to )(?:address|letter|message|answers?|comments?|appeal)\b(?=\s+(?:to|by|of|from|at|for)\b|\s*$|"
    r"\s*[:(])", re.I)
#: a byline that is an organ of a state: what it publishes speaks for that state ("Ministry of Foreign Affairs of
#: the Republic of X", "Office of the President of X", "Embassy of X")
_OFFICIAL_BYLINE = re.compile(
    r"\b(?:ministry|spokes(?:person|man|woman)|presidency|president'?s office|office of the (?:president|prime "
    r"minister)|prime minister'?s office|embassy|permanent mission|white house|kremlin|state department|department "
    r"of state|foreign office|foreign ministry|cabinet of ministers|government of)\b", re.I)
_FIRST_PERSON_STATE = re.compile(
    r"^(?:we|us|our|ours|ourselves|i|me|my|myself)$", re.I)
_BARE_TITLES = {"secretary", "president", "minister", "premier", "chancellor", "ambassador", "envoy"}
_TITLE_MODIFIERS = {"vice", "prime", "foreign", "deputy", "defence", "defense"}
_REPORTING = {"say", "state", "declare", "tell", "note", "stress", "add", "announce", "write", "insist", "emphasize",
              "emphasise", "reiterate", "affirm", "assert"}
_NER_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
              "NORP": None}


class ActorStage:
    """Gazetteer + NER actor finder."""

    name: str = "actors"
    requires: tuple[str, ...] = ("doc",)
    provides: tuple[str, ...] = ("mentions", "actors", "speaker")

    def __init__(self, nlp: Any, registry: Registry):
        self.registry = registry
        self.ci = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cs = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.alias_of: dict[str, list[Alias]] = {}
        seen: set[tuple[str, bool]] = set()
        ci_patterns: list[str] = []
        cs_patterns: list[str] = []
        for alias in registry.aliases():
            for text in {alias.text, _ascii(alias.text)}:  # "Erdoğan" is often written "Erdogan"
                key = text if alias.case_sensitive else text.lower()
                self.alias_of.setdefault(key, []).append(alias)
                if (key, alias.case_sensitive) in seen:
                    continue
                seen.add((key, alias.case_sensitive))
                (cs_patterns if alias.case_sensitive else ci_patterns).append(text)
        self.ci.add("ALIAS", list(nlp.tokenizer.pipe(ci_patterns)))
        self.cs.add("ALIAS", list(nlp.tokenizer.pipe(cs_patterns)))
        self.titles = registry.office_titles()
        self.tokenizer = nlp.tokenizer

    # -- helpers ---------------------------------------------------------
    def state_of(self, actor_id: str) -> str | None:
        if is_state_or_group(actor_id):
            return actor_id
        a = self.registry.get(actor_id)
        return a.country if a else None

    def _choose(self, aliases: list[Alias], ctx: Context, seen_people: set[str],
                named: list[Mention] | None = None) -> Alias | None:
        """Pick one alias among several for the same surface (e.g. two Aliyevs)."""
        if len(aliases) == 1:
            return aliases[0]
        ids = {a.actor for a in aliases}
        if len(ids) == 1:
            return aliases[0]
        for a in aliases:  # a person already named in full wins
            if a.actor in seen_people:
                return a
        for known in ([ctx.speaker] if ctx.speaker else [], ctx.title_states, [m.actor for m in named or ()]):
            hit = next((a for a in aliases if a.actor in known), None)
            if hit is not None:  # "Congolese" in a speech by (or a text on, or after naming) the DR Congo: its own
                return hit
        on = ctx.published
        if on:
            holders = [a for a in aliases if self.registry.offices(person=a.actor, on=on)]
            if holders:
                return holders[0]
        non_surname = [a for a in aliases if a.role != "surname"]
        return (non_surname or aliases)[0]

    def _speaker(self, ctx: Context) -> tuple[str | None, str | None]:
        """The state whose voice a statement or speech is, from its metadata."""
        src = ctx.source
        meta = " ".join(x for x in (src.title or "", src.source or "") if x)
        if not _STATEMENT_WORDS.search(meta) and not (src.author and _STATEMENT_WORDS.search(src.title or "")) and \
                not _OFFICIAL_BYLINE.search(src.source or ""):
            return None, None
        person = None
        found: str | None = None
        for field_text in (src.source or "", src.title or ""):
            for tok in re.finditer(r"[A-Z][\w'’.-]+(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'’.-]+)*", field_text):
                for part in _name_parts(tok.group(0)):
                    for alias in self.registry.lookup(part):
                        state = self.state_of(alias.actor)
                        if alias.actor.startswith("person:"):
                            person = person or alias.actor
                        if state and is_state_or_group(state) and found is None:
                            found = state  # the first state named; the byline's person may come after it
                    if person:
                        break
        state = found or _state_of_url(src.url or "")
        if person and state and self.state_of(person) not in (None, state):
            person = None  # a person of another state the title names ("… Call with Prime Minister X of Y")
        return state, person

    def _alias_spans(self, doc: Any) -> list[Any]:
        """The registry's names in the text, also when a line break falls inside one ("the Russian\nFederation"):
        the matchers run over the words without the line breaks (never across a paragraph break)."""
        if not any(t.is_space and "\n\n" not in t.text for t in doc):
            return [doc[s:e] for _, s, e in self.ci(doc)] + [doc[s:e] for _, s, e in self.cs(doc)]
        keep = [t.i for t in doc if not (t.is_space and "\n\n" not in t.text)]
        flat = Doc(doc.vocab, words=[doc[i].text for i in keep])
        return [doc[keep[s]:keep[e - 1] + 1] for matcher in (self.ci, self.cs) for _, s, e in matcher(flat)]

    def _title_states(self, title: str) -> list[str]:
        """The states a title names (names, demonyms, capitals): what the text is about."""
        if not title.strip():
            return []
        doc = self.tokenizer(title)
        out: list[str] = []
        for span in filter_spans([doc[s:e] for _, s, e in self.ci(doc)] + [doc[s:e] for _, s, e in self.cs(doc)]):
            cands = self.alias_of.get(span.text, []) + self.alias_of.get(span.text.lower(), [])
            cands = [a for a in cands if (not a.case_sensitive or a.text == span.text) and a.role != "surname"]
            if not cands or not _capitalised(span.text):
                continue
            state = self.state_of(cands[0].actor)
            if state and is_state_code(state) and state not in out:
                out.append(state)
        return out

    # -- the stage -------------------------------------------------------
    def __call__(self, ctx: Context) -> None:
        doc = ctx.doc
        ctx.speaker, ctx.speaker_person = self._speaker(ctx)
        ctx.title_states = self._title_states(ctx.source.title or "")
        if ctx.speaker in ctx.title_states and len(ctx.title_states) >= 2 and \
                JOINT_TITLE.search(ctx.source.title or ""):
            # "Joint Statement of Japan, the Republic of Korea, and the United States": its "we" is all three
            ctx.joint = list(ctx.title_states)
        spans = self._alias_spans(doc)
        ents = list(doc.ents)
        person_ents = [e for e in ents if e.label_ == "PERSON" and len(e) > 1]
        spans = filter_spans(spans)
        seen_people: set[str] = set()
        seen_surnames: dict[str, str] = {}
        mentions: list[Mention] = []
        for span in spans:
            surface = _flat(span)  # "United \nStates": a name broken across lines is the name
            cands = self.alias_of.get(surface, []) + self.alias_of.get(surface.lower(), [])
            cands = [a for a in cands if not a.case_sensitive or a.text == surface]
            if not cands or not _capitalised(surface):
                continue
            inside = next((p for p in person_ents
                           if p.start <= span.start and span.end <= p.end and len(p) > len(span)), None)
            if inside is not None and \
                    all(a.role not in ("surname", "name") or not a.actor.startswith("person:") for a in cands):
                continue  # "Jordan" inside "Michael Jordan"
            surname_only = all(a.role == "surname" for a in cands)
            if surname_only and inside is not None and _clean_entity(_flat(inside)) != surface and not (
                    self.alias_of.get(_flat(inside)) or self.alias_of.get(_flat(inside).lower())):
                # (but "Mr Aliyev" is Aliyev)
                continue  # "Salvador Sánchez Cerén" is not Pedro Sánchez: a surname inside another's full name
            if surname_only:
                titled = span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in {t.rstrip(".") for t in
                                                                                        _TITLE_WORDS}
                known = [a for a in cands if a.actor in seen_people]
                distinctive = len({a.actor for a in cands}) == 1 and _proper(span) and (
                    len(surface) >= 5 or span[-1].ent_type_ == "PERSON" and inside is None or
                    span[-1].dep_ in ("nsubj", "nsubjpass", "poss") and (
                        len(surface) >= 4 or all(a.case_sensitive for a in cands)))
                # ("Modi visited Moscow", "Xi's visit", "Tokayev and Xi agreed": a leader's surname, a person)
                if not known and not titled and not distinctive and len(surface) >= 5 and \
                        _proper(span) and ctx.published:
                    # ("Blinken called Aliyev": of two Aliyevs, the one in office when the text was written)
                    holding = {a.actor for a in cands if self.registry.offices(person=a.actor, on=ctx.published)}
                    if len(holding) == 1:
                        known = [a for a in cands if a.actor in holding]
                if not known and not titled and not distinctive:
                    continue
                if known:
                    cands = known
            alias = self._choose(cands, ctx, seen_people, mentions)
            if alias is None or _part_of_a_name(doc, span, alias):
                continue
            if alias.actor == "GEO" and surface.startswith("Georgia") and not self._is_country_georgia(ctx, span):
                continue
            if alias.actor.startswith("person:"):
                seen_people.add(alias.actor)
                if alias.role != "surname" and len(surface.split()) >= 2:
                    _note_surname(seen_surnames, surface.split()[-1], alias.actor)
            mentions.append(self._mention(ctx, span, alias.actor, alias.role))
        covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
        # People and organisations the registry does not know, from spaCy's NER.
        for ent in ents:
            kind = _NER_KINDS.get(ent.label_)
            if kind is None:
                continue
            if any(i in covered for i in range(ent.start, ent.end)):
                self._record_named_unit(ctx, ent, covered, mentions)
                continue
            name = _clean_entity(ent.text)
            if not name or not re.search(r"[A-Za-z]", name) or not name[0].isupper() or \
                    _junk_name(name, self.registry) or "\n\n" in ent.text.strip() or _a_unit(doc, ent, name):
                continue
            if kind != "person" and (name in seen_surnames or person_state(name) and not city_state(name)):
                kind = "person"  # a person the parser took for a body or a place ("Aleksandar Vucic", "Sisi")
            if kind == "person":
                if len(name.split()) == 1 and seen_surnames.get(name):
                    actor_id = seen_surnames[name]
                elif len(name.split()) == 1:
                    continue  # a lone unknown word is too weak to be a person
                else:
                    actor_id = "person:" + slugify(name)
                    last = name.split()[-1]
                    _note_surname(seen_surnames, last, actor_id)
                    _note_surname(seen_surnames, re.sub(r"^(?:al|el|ad|as|ash|at|an|ar|az)-", "", last, flags=re.I),
                                  actor_id)  # "al-Sisi" is later "Sisi"
            elif city_state(name) and (kind == "place" or name == " ".join(ent.text.split())) and \
                    not _city_names_a_deal(doc, ent):
                kind = "place"  # a city the parser found (or took for an organisation: "Mariupol"): its state's
                actor_id = "place:" + slugify(name)
            elif kind == "organization":
                if len(name) < 3 and not name.isupper():
                    continue
                actor_id = "org:" + slugify(name)
            else:
                actor_id = "place:" + slugify(name)
            if actor_id.endswith(":"):
                continue
            if actor_id not in ctx.actors and self.registry.get(actor_id) is not None:
                ctx.actors[actor_id] = self._record(actor_id)  # a registry person's bare surname
            if actor_id not in ctx.actors:
                country = (self._listed_state(ctx, ent, name) or self._own_official(ctx, ent, mentions) or
                           self._nearby_state(ctx, ent, mentions)) \
                    if kind == "person" else city_state(name) if kind == "place" else \
                    self._prefixed_body_state(name) if kind == "organization" else None
                if kind == "person" and country is None and ctx.speaker and is_state_code(ctx.speaker) and \
                        GENERAL_DEBATE.search(ctx.source.title or "") and ent.start > 0 and \
                        doc[ent.start - 1].lower_ in ("president", "minister", "premier", "chancellor"):
                    country = ctx.speaker  # a UN speech's "President Aleksandar Vucic", no state named: its own
                ctx.actors[actor_id] = ActorRecord(actor_id, name, kind, country)
            mentions.append(self._mention(ctx, ent, actor_id, "name" if ctx.actors[actor_id].country else "ner"))
        mentions = self._defined_abbreviations(ctx, mentions)
        mentions.extend(self._bare_surnames(ctx, mentions, seen_surnames))
        mentions.extend(self._cities(ctx, mentions, person_ents))
        mentions.extend(self._bodies_by_short_name(ctx, mentions))
        # First-person voice of a statement: the speaker's state.
        if ctx.speaker:
            asked = doc.user_data["multipolar_questions"] = _question_tokens(doc)
            for tok in doc:
                if _FIRST_PERSON_STATE.match(tok.text) and not _in_quote(doc, tok.i) and tok.i not in asked:
                    mentions.append(Mention(ctx.char(tok.i), ctx.char(tok.i) + len(tok.text), tok.i, tok.i + 1,
                                            ctx.speaker, ctx.speaker, "pronoun"))
        mentions.extend(self._quoted_voice(ctx, mentions))
        mentions.extend(self._person_references(ctx, mentions))
        mentions.sort(key=lambda m: m.start)
        _relation_owners(doc, mentions)
        ctx.mentions = mentions
        for m in mentions:
            for i in range(m.tok_start, m.tok_end):
                ctx.token_mentions.setdefault(i, m)
            if m.role in ("pronoun", "coref"):
                continue
            rec = ctx.actors.get(m.actor)
            if rec is None:
                rec = self._record(m.actor)
                ctx.actors[m.actor] = rec
            rec.mentions.append(Span(m.start, m.end))
            if m.role == "capital":  # the city itself is a place too ("in Tbilisi")
                city = " ".join(ctx.text[m.start:m.end].split())  # (a name broken across lines: one line)
                pid = "place:" + slugify(city)
                ctx.actors.setdefault(pid, ActorRecord(pid, city, "place", m.state)).mentions.append(
                    Span(m.start, m.end))
        self._add_speaker_actor(ctx)

    def _quoted_voice(self, ctx: Context, mentions: list[Mention]) -> list[Mention]:
        """First-person words inside a quotation stand for the quoted speaker's state."""
        doc = ctx.doc
        by_token = {i: m for m in mentions for i in range(m.tok_start, m.tok_end)}
        out: list[Mention] = []
        for sent in ctx.sentences():
            if not any(t.text in ('"', "“", "”") for t in sent):
                continue
            speaker: str | None = None
            for tok in sent:
                if tok.lemma_ in _REPORTING and not _in_quote(doc, tok.i):
                    for child in tok.children:
                        if child.dep_ in ("nsubj", "nsubjpass"):
                            states = [by_token[i].state for i in range(child.left_edge.i, child.right_edge.i + 1)
                                      if i in by_token and by_token[i].state]
                            if states:
                                speaker = states[-1]
            if speaker is None:
                continue
            for tok in sent:
                if _FIRST_PERSON_STATE.match(tok.text) and _in_quote(doc, tok.i) and tok.i not in by_token:
                    out.append(Mention(ctx.char(tok.i), ctx.char(tok.i) + len(tok.text), tok.i, tok.i + 1,
                                       speaker, speaker, "pronoun"))
        return out

    def _prefixed_body_state(self, name: str) -> str | None:
        """The state of a unit the parser found whose name opens with a known body's abbreviation ("PLA Eastern
        Theater Command", "IRGC Navy"): that body's state."""
        first = name.split()[0]
        if len(name.split()) < 2 or not _ABBREVIATION.fullmatch(first):
            return None
        aliases = self.alias_of.get(first, [])
        states = {self.state_of(a.actor) for a in aliases}
        states.discard(None)
        return states.pop() if len(states) == 1 and not any(is_state_or_group(a.actor) for a in aliases) else None

    def _defined_abbreviations(self, ctx: Context, mentions: list[Mention]) -> list[Mention]:
        """A body of a known state named once with its abbreviation in brackets ("China Coast Guard (CCG)", "the PLA
        Eastern Theater Command (ETC)"): the abbreviation, where the registry does not know it, is that body from
        then on."""
        doc = ctx.doc
        named = [(m.tok_start, m.tok_end, m.actor, m.state) for m in mentions if not m.actor.startswith("person:")]
        for ent in doc.ents:  # units recorded with the state their name holds ("PLA Eastern Theater Command")
            rec = ctx.actors.get("org:" + slugify(_clean_entity(ent.text)))
            if rec is not None and rec.country and ent.label_ == "ORG":
                named.append((ent.start + (doc[ent.start].lower_ == "the"), ent.end, rec.id, rec.country))
        defined: dict[str, tuple[str, str | None, int]] = {}
        for lo, hi, actor, state in named:
            after = doc[hi:hi + 3]
            if not state or state == actor or len(after) < 3 or after[0].text != "(" or after[2].text != ")":
                continue  # (a body of a known state: a body the text leaves stateless gains nothing)
            owner = next((x.state for x in mentions if x.tok_end == lo - 1), None) \
                if lo and doc[lo - 1].tag_ == "POS" else None
            if owner and owner != state:
                continue  # "Ukraine's Main Intelligence Directorate (GUR)": not Russia's body of the same name
            before = doc[lo - 1] if lo else None
            if before is not None and before.lower_ != "the" and (
                    before.text[:1].isupper() or before.lower_ in ("of", "in", "for", "and", "-", "–", "—")):
                continue  # the end of a longer name ("Tehrik-e-Taliban Pakistan (TTP)"): not the mention's
            short = after[1].text
            if _ABBREVIATION.fullmatch(short) and short not in self.alias_of:
                defined.setdefault(short, (actor, state, after[1].i))
        if not defined:
            return mentions
        uses = {tok.i for tok in doc if tok.text in defined and tok.i >= defined[tok.text][2]}
        kept = [m for m in mentions if not (m.tok_end - m.tok_start == 1 and m.tok_start in uses)]
        taken = {i for m in kept for i in range(m.tok_start, m.tok_end)}
        for i in sorted(uses - taken):
            actor, state, _ = defined[doc[i].text]
            kept.append(Mention(ctx.char(i), ctx.char(i) + len(doc[i].text), i, i + 1, actor, state, "abbrev"))
        for gone in {m.actor for m in mentions} - {m.actor for m in kept}:
            ctx.actors.pop(gone, None)  # "CCG" taken for a body of its own
        return kept

    def _bodies_by_short_name(self, ctx: Context, mentions: list[Mention]) -> list[Mention]:
        """ "NATO … Finland became the thirty-first member of the Alliance", "the EU … the Union's budget": a body the
        text has named, by the short name its own texts use (capitalised, after "the", no name of its own after)."""
        doc = ctx.doc
        named = {m.actor for m in mentions}
        taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
        out: list[Mention] = []
        for tok in doc:
            body = _SHORT_BODY_NAMES.get(tok.text)
            if body is None or body not in named or tok.i in taken or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
                continue
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if after is not None and (after.lower_ in ("of", "for") or after.pos_ == "PROPN"):
                continue  # ("the Alliance of Sahel States", "the Union of South American Nations")
            if any(c.dep_ in ("amod", "compound") and c.i < tok.i for c in tok.children):
                continue  # ("the African Union", "the Eurasian Economic Union", "the Soviet Union")
            last = next((m for m in sorted(mentions, key=lambda m: -m.tok_start)
                         if m.tok_end <= tok.i and tok.text in _mention_words(doc, m)), None)
            if last is None or last.actor != body:
                continue  # ("the Eurasian Economic Union … the conjunction of the Union with …": the body last named)
            out.append(self._mention(ctx, doc[tok.i:tok.i + 1], body, "name"))
        return out

    def _bare_surnames(self, ctx: Context, mentions: list[Mention], surnames: dict[str, str]) -> list[Mention]:
        """ "Shehbaz Sharif … Sharif also thanked …": a surname alone, after the full name of the one person in
        the text who bears it, is that person (even one whose surname alone the registry does not trust)."""
        doc = ctx.doc
        taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
        first: dict[str, int] = {}
        for m in mentions:
            first.setdefault(m.actor, m.tok_start)
        out: list[Mention] = []
        for tok in doc:
            actor = surnames.get(tok.text)
            if not actor or tok.i in taken or tok.tag_ != "NNP" or first.get(actor, len(doc)) >= tok.i:
                continue
            if any(0 <= j < len(doc) and doc[j].tag_ == "NNP" and doc[j].text[:1].isupper() and
                   not doc[j].is_sent_start for j in (tok.i - 1, tok.i + 1)):
                continue  # part of another name ("Nawaz Sharif", "Sharif Chaudhry")
            out.append(self._mention(ctx, doc[tok.i:tok.i + 1], actor, "name"))
        return out

    def _person_references(self, ctx: Context, mentions: list[Mention]) -> list[Mention]:
        """ "The Secretary …", "He also spoke with …": the person named last, within two sentences."""
        doc = ctx.doc
        people = sorted((m for m in mentions if m.actor.startswith("person:") and m.state), key=lambda m: m.tok_start)
        if not people:
            return []
        taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
        out: list[Mention] = []
        for tok in doc:
            owner = tok.lower_ in ("his", "her") and tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass")
            if tok.i in taken or tok.dep_ not in ("nsubj", "nsubjpass") and not owner:
                continue  # (or the owner of a subject: "His talks with Putin were candid")
            is_pronoun = tok.lower_ in ("he", "she", "his", "her") and not _in_quote(doc, tok.i)
            mods = [c for c in tok.children if c.i < tok.i and c.lower_ in _TITLE_MODIFIERS and c.dep_ == "compound"]
            first = min([tok.i] + [c.i for c in mods])  # "the Vice President", "the Prime Minister"
            is_title = tok.lower_ in _BARE_TITLES and first > 0 and doc[first - 1].lower_ == "the" and \
                first + len(mods) == tok.i and not any(c not in mods and (
                    c.pos_ == "PROPN" or c.dep_ in ("poss", "amod", "compound")) for c in tok.children)
            if not (is_pronoun or is_title):
                continue
            sent_start = sentence_of(doc, tok.i).start
            prior = [m for m in people if m.tok_end <= tok.i]
            if not prior:
                continue
            subjects = [m for m in prior if _is_subject(doc, m)]
            last = subjects[-1] if is_pronoun and subjects else prior[-1]
            if is_title:  # "the Secretary": the person last introduced with that title
                words = [c.lower_ for c in mods] + [tok.lower_]
                titled = [m for m in prior if _titled_by(doc[max(0, m.tok_start - 5):m.tok_start], words)]
                own = [m for m in titled if ctx.speaker and m.state == ctx.speaker] if tok.text[0].isupper() else []
                # (a readout's "The President" is its own state's, not the guest last named with that title)
                last = own[-1] if own else titled[-1] if titled else last
            if sent_start - last.tok_end > 80:  # too far back to be sure
                continue
            lo = first - 1 if is_title else tok.i
            out.append(Mention(ctx.char(lo), ctx.char(tok.i) + len(tok.text), lo, tok.i + 1, last.actor, last.state,
                               "coref"))
        return out

    def _cities(self, ctx: Context, mentions: list[Mention], person_ents: list[Any]) -> list[Mention]:
        """Cities the parser did not mark ("Russian tanks shelled Kharkiv"): a proper noun of one to three words,
        not part of a person's name or another mention, that names a large city (or a town of the focus states)."""
        doc = ctx.doc
        covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
        covered |= {i for e in person_ents for i in range(e.start, e.end)}
        out: list[Mention] = []
        i = 0
        while i < len(doc):
            hit = None
            for n in (3, 2, 1):
                span = doc[i:i + n]
                if len(span) < n or any(t.i in covered or t.tag_ not in ("NNP", "NNPS") for t in span) or \
                        i + n < len(doc) and doc[i + n].tag_ in ("NNP", "NNPS") or \
                        i > 0 and doc[i - 1].tag_ in ("NNP", "NNPS"):
                    continue  # (not a part of a longer name: "Kharkiv Tractor Plant", "Yerevan Metro")
                name = " ".join(span.text.split())
                if findable(name) and not _city_names_a_deal(doc, span):
                    hit = span
                    break
            if hit is None:
                i += 1
                continue
            name = " ".join(hit.text.split())
            actor_id = "place:" + slugify(name)
            ctx.actors.setdefault(actor_id, ActorRecord(actor_id, name, "place", city_state(name)))
            out.append(self._mention(ctx, hit, actor_id, "name"))
            i = hit.end
        return out

    def _record_named_unit(self, ctx: Context, ent: Any, covered: set[int], mentions: list[Mention]) -> None:
        """An organisation or facility whose name holds a state's ("Resolute Support Mission in Afghanistan",
        "European Georgia") is an actor of its own; the state mention inside it stays as it is."""
        if ent.label_ not in ("ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART") or len(ent) < 2:
            return
        if all(i in covered for i in range(ent.start, ent.end)):
            return
        name = _clean_entity(ent.text)
        if not name or not name[0].isupper() or _junk_name(name, self.registry) or "\n\n" in ent.text.strip():
            return
        actor_id = "org:" + slugify(name)
        if actor_id.endswith(":"):
            return
        inside = {m.state for m in mentions if ent.start <= m.tok_start < ent.end and m.state and
                  is_state_code(m.state)}
        if not inside and ent.start >= 2 and ctx.doc[ent.start - 1].tag_ == "POS":
            # "Azerbaijan's State Border Service": the organ of the state that owns it
            inside = {m.state for m in mentions if m.tok_end == ent.start - 1 and m.state and is_state_code(m.state)}
        # an organ of the one state its name holds ("Government of Georgia", "the Armenian Foreign Ministry") is that
        # state's; a body only named after a place is not ("Resolute Support Mission in Afghanistan")
        country = next(iter(inside)) if len(inside) == 1 and _ORGAN.search(name) else \
            self._prefixed_body_state(name)
        rec = ctx.actors.setdefault(actor_id, self._record(actor_id) if self.registry.get(actor_id) else
                                    ActorRecord(actor_id, name, "organization", country))  # ("The Taiwan Affairs
        # Office": the body the registry knows)
        s, e = ctx.span_chars(ent)
        rec.mentions.append(Span(s, e))

    @staticmethod
    def _own_official(ctx: Context, ent: Any, mentions: list[Mention]) -> str | None:
        """In a state's statement, an official named by an office with no state in the title ("In Cairo, Special
        Envoy Zhai Jun …", not "Egyptian Foreign Minister Sameh Shoukry"): the speaker's state."""
        doc = ent.doc
        if not (ctx.speaker and is_state_code(ctx.speaker) and ent.start > 0 and
                doc[ent.start - 1].lower_ in _OWN_OFFICES):
            return None
        lo = ent.start - 1
        while lo > 0 and doc[lo - 1].is_title and not doc[lo - 1].is_punct and doc[lo - 1].ent_type_ != "GPE" and \
                doc[lo - 1].ent_type_ != "NORP" and lo > ent.start - 5:
            lo -= 1
        prev = doc[lo - 1] if lo > 0 else None
        if prev is not None and not prev.is_punct and (
                prev.ent_type_ in ("GPE", "NORP", "ORG") or prev.is_upper or prev.lower_ in ("'s", "’s") or
                any(m.tok_end == lo for m in mentions)):
            return None  # ("Egyptian Foreign Minister …", "Japan's Foreign Minister …": that state's)
        if ent.end < len(doc) and doc[ent.end].lower_ == "of":
            return None  # ("Special Envoy X of Japan": the state named after)
        return ctx.speaker

    def _add_speaker_actor(self, ctx: Context) -> None:
        if ctx.speaker and ctx.speaker not in ctx.actors:
            ctx.actors[ctx.speaker] = self._record(ctx.speaker)
        if ctx.speaker_person and ctx.speaker_person not in ctx.actors:
            ctx.actors[ctx.speaker_person] = self._record(ctx.speaker_person)

    def _record(self, actor_id: str) -> ActorRecord:
        a: Actor | None = self.registry.get(actor_id)
        if a is None:
            return ActorRecord(actor_id, actor_id, "state" if is_state_code(actor_id) else "other", None)
        return ActorRecord(a.id, a.name, a.kind, a.country)

    def _mention(self, ctx: Context, span: Any, actor_id: str, role: str) -> Mention:
        s, e = ctx.span_chars(span)
        state = self.state_of(actor_id)
        if state is None and actor_id in ctx.actors:
            state = ctx.actors[actor_id].country
        return Mention(s, e, span.start, span.end, actor_id, state, role)

    def _is_country_georgia(self, ctx: Context, span: Any) -> bool:
        s, e = ctx.span_chars(span)
        decision = explain_georgia_sense(ctx.text, s, e)
        # With no cue either way, the country: multipolar reads international-politics texts.
        return decision.sense == "country" or decision.default_used

    @staticmethod
    def _listed_state(ctx: Context, ent: Any, name: str) -> str | None:
        """The state the Phoenix dictionary gives a person, unless the sentence has them preside over the UN
        General Assembly: a President of the Assembly thanked or congratulated acts for the UN, not for a state."""
        state = person_state(name)
        sent = sentence_of(ctx.doc, ent.start).text
        if state and about_assembly_presidency(ctx.source.title, sent):
            return None
        return state

    def _nearby_state(self, ctx: Context, ent: Any, mentions: list[Mention] | None = None) -> str | None:
        """The state of an unknown person: first from the person's own noun phrase — a demonym or state before
        the name ("Zimbabwean Prime Minister X", "Kenya's leader X"), a title in apposition ("X, the president of
        Y"), "of Y" after the title; else from a title next to the name ("Georgia's prime minister, X") when no
        verb stands between the state and the name (the object of the person's act is not the person's state)."""
        doc = ctx.doc
        state_at = {i: m.state for m in mentions or [] if m.state and is_state_code(m.state)
                    for i in range(m.tok_start, m.tok_end)}
        head = ent.root
        for _ in range(4):
            if head.dep_ not in ("compound", "flat", "appos") or head.head.i == head.i or \
                    head.head.pos_ not in ("NOUN", "PROPN"):
                break
            head = head.head
        phrase = [t.i for t in _noun_phrase(head)]
        near = sorted((min(abs(i - ent.start), abs(i - ent.end + 1)), i) for i in phrase
                      if i in state_at and not ent.start <= i < ent.end)
        if near:
            return state_at[near[0][1]]
        sent = sentence_of(doc, ent.start)
        lo = max(sent.start, ent.start - 8)
        hi = min(sent.end, ent.end + 8)
        window = doc[lo:hi]
        if not any(t.lower_ in _TITLE_WORDS or t.lower_ in self.titles for t in window):
            return None
        best: tuple[int, str] | None = None
        for other in _alias_tokens(self, ctx, lo, hi):
            between = doc[other[0] + 1:ent.start] if other[0] < ent.start else doc[ent.end:other[0]]
            if any(t.pos_ in ("VERB", "AUX") for t in between):
                continue
            dist = min(abs(other[0] - ent.start), abs(other[0] - ent.end))
            if best is None or dist < best[0]:
                best = (dist, other[1])
        return best[1] if best else None


#: dependents that leave a person's noun phrase: clauses, conjuncts, and prepositions other than "of"
_OUT_OF_PHRASE = {"relcl", "acl", "advcl", "conj", "cc", "ccomp", "xcomp", "parataxis", "dep"}


#: offices a state's own statement names its officials by, with no state of their own ("Special Envoy Zhai Jun")
#: (not "minister": "Prime Minister X" in a statement is as often another state's leader)
_OWN_OFFICES = frozenset({"premier", "envoy", "councilor", "councillor", "spokesperson", "spokesman", "spokeswoman"})


def _noun_phrase(head: Any) -> Iterable[Any]:
    yield head
    for c in head.children:
        if c.dep_ in _OUT_OF_PHRASE or (c.dep_ == "prep" and c.lower_ != "of"):
            continue
        yield from _noun_phrase(c)


def _name_parts(name: str) -> list[str]:
    """A name and the names inside it, longest first: "Ministry of Foreign Affairs of the People's Republic of
    China" → itself, "Foreign Affairs of the People's Republic of China", …, "People's Republic of China", "China";
    "President Joe Biden" → …, "Joe Biden"."""
    words = name.split()
    out = [" ".join(words[i:]) for i in range(len(words)) if words[i] not in ("of", "the")]
    pieces = re.split(r"\s+of\s+(?:the\s+)?", name)
    out += [p for p in pieces if p not in out]
    return out


#: government web sites whose pages speak for their state (a statement's url when its byline names no state)
_GOV_SITES = {"whitehouse.gov": "USA", "state.gov": "USA", "fmprc.gov.cn": "CHN", "mfa.gov.cn": "CHN",
              "kremlin.ru": "RUS", "mid.ru": "RUS", "government.ru": "RUS", "mfa.am": "ARM", "primeminister.am": "ARM",
              "president.am": "ARM", "gov.am": "ARM", "mfa.gov.az": "AZE", "president.az": "AZE", "mfa.gov.ge": "GEO",
              "gov.ge": "GEO", "president.gov.ge": "GEO", "mfa.gov.tr": "TUR", "tccb.gov.tr": "TUR", "mfa.ir": "IRN",
              "president.ir": "IRN", "gov.uk": "GBR", "diplomatie.gouv.fr": "FRA", "elysee.fr": "FRA",
              "auswaertiges-amt.de": "DEU", "bundesregierung.de": "DEU", "eeas.europa.eu": "EU", "nato.int": "NATO"}


def _state_of_url(url: str) -> str | None:
    m = re.match(r"^[a-z]+://(?:www\.)?([^/:]+)", url.strip().lower())
    if not m:
        return None
    host = m.group(1)
    for site, state in _GOV_SITES.items():
        if host == site or host.endswith("." + site):
            return state
    return None


def _is_subject(doc: Any, m: Mention) -> bool:
    """Whether a mention is (part of) a clause subject — the likeliest antecedent of "he"/"she"."""
    t = doc[m.tok_end - 1]
    for _ in range(4):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        if run_on_subject(t):
            return True
        if t.dep_ not in ("compound", "appos", "flat", "amod", "poss") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _alias_tokens(stage: ActorStage, ctx: Context, lo: int, hi: int) -> Iterable[tuple[int, str]]:
    doc = ctx.doc
    for matcher in (stage.ci, stage.cs):
        for _, s, e in matcher(doc[lo:hi]):
            surface = doc[lo + s:lo + e].text
            for a in stage.alias_of.get(surface, []) + stage.alias_of.get(surface.lower(), []):
                st = stage.state_of(a.actor)
                if st and a.role != "surname" and not a.actor.startswith("person:"):
                    yield lo + s, st
                    break


_DEAL_HEADS = {"agreement", "agreements", "accord", "accords", "protocol", "protocols", "format", "process", "talks",
               "declaration", "memorandum", "communique", "statement", "peace", "ceasefire", "group", "discussions"}
_NAME_HEADS = {"group", "process", "agreement", "agreements", "protocol", "protocols", "declaration", "final",
               "principles", "format", "document", "accords", "summit", "initiative", "convention", "plan", "talks",
               "bank", "coast", "street", "statute", "treaty", "charter", "club", "consensus", "communique"}


def _note_surname(surnames: dict[str, str], surname: str, actor: str) -> None:
    """Remember whose a surname is in this text; two people bearing it make it no one's ("")."""
    if surnames.get(surname, actor) != actor:
        surnames[surname] = ""
    else:
        surnames[surname] = actor


def _part_of_a_name(doc: Any, span: Any, alias: Alias) -> bool:
    """A state's name inside another name: "Minsk Group", "Helsinki Final Act", "Gulf of Oman",
    "Latin America", "West Bank" — not the state itself."""
    j = span.end
    while j < len(doc) and doc[j].is_space:
        j += 1
    nxt = doc[j] if j < len(doc) else None
    hyphen_before = span.start > 0 and doc[span.start - 1].text.endswith("-")  # ("East- West": a broken line)
    hyphen_after = nxt is not None and nxt.text == "-"
    if alias.actor == "WEST" and (hyphen_before or hyphen_after):
        return True  # "East-West corridor"
    if alias.role in ("capital", "name", "short", "seat") and nxt is not None and nxt.text[:1].isupper() and \
            nxt.lower_ in _NAME_HEADS:
        return True
    if alias.role == "capital" and _city_names_a_deal(doc, span):
        return True
    if nxt is not None and nxt.lemma_.lower() in _MONEY_WORDS and span.start > 0 and (
            doc[span.start - 1].like_num or doc[span.start - 1].lower_ in _SCALE_WORDS):
        return True  # "9.4 US cents", "23 billion US dollars": a currency, not the state
    before = doc[max(0, span.start - 2):span.start].text.lower()
    if re.fullmatch(r"(?:spoke|speaks|speaking) in|(?:interpretation|translated) from", before) and \
            alias.role == "demonym":
        return True  # "(spoke in Spanish)" in a UN record: a language, not the state
    if re.search(r"\b(?:gulf|sea|bay|strait|straits|gulf) of$", before):
        return True
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    return span.text in ("America", "American", "Americas") and prev in ("latin", "south", "central", "north")


#: currency words after a state's name ("US dollars", "Hong Kong dollars", "Chinese yuan")
_MONEY_WORDS = frozenset({"dollar", "cent", "yuan", "renminbi", "rouble", "ruble", "lira", "rupee", "euro", "pound",
                          "yen", "won", "dram", "lari", "manat", "som", "somoni", "tenge", "sum", "hryvnia", "rial"})
#: scale words between a number and a currency ("23 billion US dollars")
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "bn", "m", "mn"})


def _city_names_a_deal(doc: Any, span: Any) -> bool:
    """A city naming a deal, format or process: "the Minsk agreements", "the Astana format", "the Geneva talks"."""
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.lower_ in _DEAL_HEADS and span.start > 0 and doc[span.start - 1].lower_ == "the"


#: the organs of a state: a body so named with one state's name in it belongs to that state
_ORGAN = re.compile(r"\b(?:government|ministry|embassy|parliament|presidency|presidential administration|cabinet|"
                    r"national assembly|armed forces|army|navy|air force|central bank|national bank|foreign office|"
                    r"state department|department of state|defen[cs]e forces|security service|border service|"
                    r"border guards?|general staff|intelligence service|coast guard|national guard)\b", re.I)


#: nouns of a relation between states: "Chile's ally Bolivia" names Bolivia as the one who acts
_RELATIONAL = {"ally", "partner", "neighbour", "neighbor", "rival", "adversary", "enemy", "foe", "protégé", "protege",
               "patron", "client", "proxy", "friend"}


def _relation_owners(doc: Any, mentions: list[Mention]) -> None:
    """The owner of a relation whose other end is named ("Chile's ally Bolivia", "Russia's neighbour Georgia"):
    the name is no party to what the phrase does — its mention stays for the actor, without a state to act."""
    starts = {m.tok_start: m for m in mentions if m.state}
    for m in mentions:
        if m.role in ("pronoun", "coref") or not m.state:
            continue
        tok = doc[m.tok_end - 1]
        if tok.lower_ in ("'s", "’s") and m.tok_end - 2 >= m.tok_start:
            tok = doc[m.tok_end - 2]
        rel = tok.head
        if tok.dep_ != "poss" or rel.lemma_.lower() not in _RELATIONAL:
            continue
        named = starts.get(rel.i + 1) or next((starts.get(c.i) for c in rel.children if c.dep_ == "appos"), None)
        if named is not None and named.state != m.state:
            m.state = None


def _flat(span: Any) -> str:
    """A span's text with the line breaks inside it read as single spaces."""
    return re.sub(r"\s+", " ", span.text) if any(t.is_space for t in span) or "\n" in span.text else span.text


def _ascii(text: str) -> str:
    """The alias without diacritics ("Erdoğan" → "Erdogan", "Çavuşoğlu" → "Cavusoglu")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode() or text


def _proper(span: Any) -> bool:
    """Every word of the name is a proper noun, but for a surname's article ("el-Sisi", "al-Sudani")."""
    return all(t.tag_ == "NNP" or t.lower_ in _NAME_ARTICLES or t.text == "-" for t in span) and span[-1].tag_ == "NNP"


_NAME_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "an", "ar", "az"})


def _capitalised(surface: str) -> bool:
    words = [w for w in surface.split() if w.lower() not in ("the", "of", "and", "for", "de")]
    article, _, rest = words[0].partition("-") if words else ("", "", "")
    return bool(words) and (words[0][:1].isupper() or article in _NAME_ARTICLES and rest[:1].isupper())
    # ("el-Sisi": a surname with its article)


#: words that name no particular actor when they stand alone ("the State", "Assembly", "East", "Markdown")
_GENERIC_NAMES = frozenset("""
state states assembly government governments organization organisation organizations co-chair co-chairs council
parliament spokesperson spokesman spokeswoman nation nations east west south north eastern western southern northern
jr sr markdown committee ministry department office agency party army police court union republic federation
administration cabinet senate president minister mission group secretariat commission summit conference forum
alliance coalition embassy consulate headquarters region province district city capital euro pan atlantic european
asian african american trans inter central middle near far upper lower new old great greater international national
regional global world covid-19 covid coronavirus ambassador secretary chairman chair member members side sides ai
""".split())


# units of measure that the parser may take for a body's initials ("a 130 MW plant", "968 MB")
_UNITS = frozenset("kw mw gw tw kwh mwh gwh twh kv mb gb tb kb bcm tcm mcm mt kt bpd".split())


def _a_unit(doc: Any, ent: Any, name: str) -> bool:
    """A unit written after a figure ("1,300 MW", "968 MB"), not an organisation or a place."""
    return name.lower() in _UNITS and ent.start > 0 and (doc[ent.start - 1].like_num or
                                                         bool(re.search(r"\d$", doc[ent.start - 1].text)))


def _junk_name(name: str, registry: Registry) -> bool:
    """A name that is no actor of its own: a generic word ("State", "Assembly"), a direction or an adjective
    ("North-South", "Euro-Atlantic"), or states' names the registry already knows ("Armenia-Azerbaijan")."""
    words = name.split()
    if len(words) != 1:
        return False
    parts = [p for p in re.split(r"[-–]", name) if p]
    if all(p.lower() in _GENERIC_NAMES for p in parts):
        return True
    return all(any(is_state_or_group(a.actor) for a in registry.lookup(p)) for p in parts)


def _clean_entity(text: str) -> str:
    text = re.sub(r"-\s+", "-", " ".join(text.split()))  # names broken across lines ("United \nNations")
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = re.sub(r"^(?:Mr|Mrs|Ms|Mme|Dr)\.?\s+(?=[A-Z])", "", text)  # ("Mr Aliyev": the Aliyev named before)
    text = re.sub(r"['’]s$", "", text)
    return text.strip(" \n\t*_[]()“”\"'.,;:")


def _mention_words(doc: Any, m: Mention) -> str:
    """The words of a mention, with the full name of a body known by an abbreviation ("EU": European Union)."""
    return doc[m.tok_start:m.tok_end].text + {"EU": " Union", "NATO": " Alliance"}.get(m.actor, "")


#: an abbreviation a text defines in brackets ("CCG", "MoD", "ETC"): capitals, perhaps with a small letter between
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,5}")


#: a body's short name in its own texts ("the Alliance" for NATO, "the Union" for the EU)
_SHORT_BODY_NAMES = {"Alliance": "NATO", "Union": "EU"}


def _question_tokens(doc: Any) -> set[int]:
    """Tokens of a press conference's questions ("Q: …" up to the answer): their "we"/"I" is the journalist's."""
    out: set[int] = set()
    text = doc.text
    for m in re.finditer(r"(?m)^[ \t]*(?:Q|Question|Journalist|Reporter|Correspondent)\s*(?:\d+\s*)?[:：].*$", text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _in_quote(doc: Any, i: int) -> bool:
    """Whether token i lies inside a quotation in its sentence (an odd number of quote marks before it)."""
    sent = sentence_of(doc, i)
    marks = 0
    for t in doc[sent.start:i]:
        if t.text in ('"', "“", "”", "«", "»"):
            marks += 1
    return marks % 2 == 1


def _titled_by(window: Any, words: list[str]) -> bool:
    """Whether a name's preceding words carry the whole title, in order ("Vice President Kamala Harris")."""
    lowers = [t.lower_ for t in window]
    return any(lowers[i:i + len(words)] == words for i in range(len(lowers) - len(words) + 1))
