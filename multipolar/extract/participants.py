"""Participants across sentences: who "both sides", "the parties", "they", "the government" are.

Tracks, sentence by sentence, the last pair of states that met or agreed (a meeting of two leaders), the
parties of the conflict the text is about (the last attack between two states, or a sentence about fighting
naming exactly two), and the state the text is about (the speaker of a statement, else the state it names
most). Collective references are then resolved to states and registered for the event roles:

* "both sides", "the two sides", "the parties", "each other" → the pair (the conflict's parties when there is one);
* "the two leaders", "both presidents", "they" right after a meeting → the pair that met;
* "the government", "the authorities" (with no owner named) → the state the text is about.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from typing import Any

from ..domain import is_state_code
from .context import Context, sentence_of, topic_header

KEY = "multipolar_collective"
_COLLECTIVE = {"side", "party", "belligerent", "combatant", "adversary"}
#: nouns for states that, counted ("both countries", "the two nations"), stand for the two just named
_STATE_NOUNS = {"country", "nation", "state", "government", "neighbour", "neighbor", "republic", "capital", "army",
                "military", "navy", "rival"}
#: the speaker's fellows in a region ("our Central Asian friends", "our Baltic neighbours")
_FELLOWS = {"friend", "partner", "neighbour", "neighbor", "brother", "ally"}
#: those present at a meeting ("all participants", "the participants agreed")
_PRESENT = {"participant", "attendee"}
_LEADERS = {"leader", "president", "minister", "delegation", "counterpart", "foreign minister", "premier"}
#: leaders appearing together to make something known ("Biden joined Modi, Macron and Scholz to announce …")
_JOINED_TO_ANNOUNCE = re.compile(r"\bjoin(?:ed|s)?\b[^.;]*\bto\s+(?:announce|launch|unveil|sign|inaugurate|mark|"
                                 r"celebrate|open)\b", re.I)
#: nouns for a state's government ("the government", "the authorities")
GOVERNMENT_NOUNS = frozenset({"government", "authority", "regime", "leadership", "administration"})
_OK_MODIFIERS = {"the", "both", "two", "all", "warring", "conflicting", "opposing", "relevant", "concerned",
                 "respective", "belligerent", "these", "those", "involved"}
#: what a speaker calls another state or its leader ("our neighbour, Ukraine", "my brother, President Rahmon")
KIN_OF_SPEAKER = frozenset({"brother", "sister", "friend", "colleague", "counterpart", "neighbour", "neighbor"})
#: … and what it calls another state ("our partner, Georgia")
_KIN_STATES = KIN_OF_SPEAKER | {"partner", "ally"}
_CONFLICT_WORDS = re.compile(r"\b(?:fight\w*|fought|clash\w*|war|wars|warfare|conflict|shell\w*|hostilit\w*|"
                             r"cease-?fire|truce|attack\w*|offensive|skirmish\w*|firefight\w*|border incident|"
                             r"bombard\w*|aggression|invasion|invaded|"
                             r"artillery|frontline|front line|escalation|(?:border|territorial) disputes?|"
                             r"tensions|standoff|stand-off)\b", re.I)
#: a peace process between two states makes them the parties of a conflict ("peace talks between A and B")
_PEACE_WORDS = re.compile(r"\b(?:peace|peaceful settlement|normali[sz]ation|reconciliation|mediat\w+)\b", re.I)
#: an answer about the relationship with the state asked about ("work together", "bilateral relations")
_BILATERAL = re.compile(r"\b(?:bilateral|together|mutual\w*|relations(?:hip)?|cooperation|co-operation|friendship|"
                        r"partnership|ties|exchanges)\b", re.I)
#: … and not with many ("all parties", "the international community", "other countries")
_MANY = re.compile(r"\b(?:parties|international community|countries|nations|states|all sides|others)\b", re.I)
_DEALS = {"deal", "agreement", "accord", "treaty"}
#: a state referred to by a common noun ("the ex-Soviet country", "the landlocked nation")
_ONE_STATE = {"country", "nation", "republic", "kingdom", "emirate", "sultanate", "archipelago"}
#: … but not one that points elsewhere than back ("the other country", "each country", "the whole country")
_NOT_BACK = {"other", "whole", "entire", "same", "host", "home", "first", "second", "last", "next", "only", "every"}
_DEAL_MADE = {"sign", "conclude", "reach", "strike", "ink", "seal"}
#: a journalist's question opening at a press conference ("Q: …")
_QUESTION_MARK = re.compile(r"\s*\**\s*(?:Q|Question)\s*\**\s*[:：]")
#: counts above two that name the states listed just before ("all three governments", "the four countries")
_MORE_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6}
#: regions whose states a text may name together ("the Baltic states", "the five Central Asian republics")
_REGIONS = [(re.compile(r"\bBaltic\b"), ["EST", "LVA", "LTU"]),
            (re.compile(r"\bCentral Asian?\b"), ["KAZ", "KGZ", "TJK", "TKM", "UZB"]),
            (re.compile(r"\bNordic\b"), ["DNK", "FIN", "ISL", "NOR", "SWE"]),
            (re.compile(r"\bCaspian\b"), ["AZE", "IRN", "KAZ", "RUS", "TKM"]),  # ("the five Caspian states")
            (re.compile(r"\bWestern Balkans?\b"), ["ALB", "BIH", "MNE", "MKD", "SRB", "XKX"]),
            (re.compile(r"\b(?:Persian )?Gulf(?: Arab)?\b|\bGCC\b"), ["SAU", "ARE", "QAT", "KWT", "BHR", "OMN"])]
#: the permanent members of the UN Security Council
_PERMANENT_FIVE = ("CHN", "FRA", "RUS", "GBR", "USA")


def _subtree_text(tok: Any) -> str:
    """The text of a token's subtree."""
    return tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text


#: verbs whose object "it" is a state acted upon ("recognised it", "invaded it"), not a thing
_RECEIVING_VERBS = {"recognise", "recognize", "invite", "admit", "sanction", "invade", "attack", "visit", "warn",
                    "urge", "accuse", "thank", "congratulate", "support", "help", "assist", "welcome", "annex"}


class Participants:
    """The running pair, conflict and topic of one document (see the module docstring)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.pair: list[str] = []
        self.pair_kind = ""
        self.pair_at = -10
        self._k = 0
        self.conflict: list[str] = []
        self.conflicts: Counter[tuple[str, ...]] = Counter()  # every sighting of a pair fighting; the most seen wins
        self.sides: list[str] = []  # the two a third party spoke with in turn ("spoke with A … also spoke with B")
        self.last_meeting: tuple[str, str, int] | None = None
        self.group: list[str] = []  # everyone at the last meeting, its host first
        self.topic = ctx.speaker or _topic_state(ctx)
        self.deal: list[str] = []  # the states of the last agreement reached or signed ("the deal" after it)
        self.subject: str | None = None  # the one state the last sentence's main clause had as its subject
        self.subject_at = -10
        self.subjects: dict[int, str] = {}  # each sentence's one subject state, by sentence number
        self.subject_pair: list[str] = []  # the two states the last sentence's main clause had as its subject
        self.subject_pair_at = -10
        self.refs: dict[int, list[str]] = {}
        self.prev_named: list[str] = []  # the states the sentence before named
        self.prev_parties: list[str] = []  # … other than as where something happened
        self.told: list[tuple[int, list[str]]] = []  # each sentence's states named as parties (see _told_lately)
        self.prev_at = -10
        self.asked_about: list[str] = []  # the one state the last question of a press conference was about
        self._asked: list[str] = []
        self._asking = False
        self._sent: Any = None
        self._guests_at = -20
        self.group_at = -10  # when the group was told (a meeting of two as one subject told after it ends it)
        self.lead_pair: list[str] = []  # the two at the meeting a statement or readout opens with
        self.lead_date: str | None = None  # the day of that meeting (a meeting told as before it is no lead)
        self.lead_group: list[str] = []  # those at the meeting the text opens with (a summit's readout), 3 or more
        self.subject_group: list[str] = []  # the states a collective subject of the last sentence stood for
        self.subject_group_at = -10
        ctx.doc.user_data[KEY] = self.refs

    # -- before a sentence's events: resolve its collective words -----------------------------------------------
    def resolve(self, k: int, sent: Any) -> None:
        self._sent = sent
        self._k = k
        for tok in sent:
            states = self._refers_to(k, tok)
            if states:
                for i in range(tok.left_edge.i if tok.lower_ == "other" else tok.i, tok.i + 1):
                    self.refs[i] = states

    def _refers_to(self, k: int, tok: Any) -> list[str]:
        lemma = tok.lemma_.lower()
        recent = k - self.pair_at
        if _each_to_other(tok):
            # "Each side accused the other of firing first": the two sides, each towards the other
            group = self.conflict or self.sides or self.pair
            return list(group) if len(group) == 2 and (recent <= 8 or self.conflict) else []
        if lemma == "side" and tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            mods = " ".join(c.text for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i)
            region = next((list(states) for rx, states in _REGIONS if mods and rx.search(mods)), None)
            if region:
                return region  # "the Central Asian side reiterated …" (a readout's word for a region's states)
        if lemma in _COLLECTIVE and tok.tag_ == "NNS" and _plain(tok):
            if lemma == "party" and not any(c.lower_ in ("both", "two", "the", "all") for c in tok.children):
                return []
            if lemma == "party" and re.match(r"\s*,\s+(?:the\s+)?[A-Z]", tok.doc.text[tok.idx + len(tok.text):]) and \
                    re.search(r"\b(?:first of all|in particular|above all|especially|notably)\b", tok.sent.text):
                return []  # "We call on all parties, the United States and Iran first of all, …": those named
            counted = any(c.lower_ in ("both", "two") for c in tok.children)
            earlier = self._named_states_in(set(range(tok.sent.start, tok.left_edge.i)))
            if counted and len(earlier) == 2 and not _CONFLICT_WORDS.search(tok.sent.text):
                return earlier  # "X's crown prince visited Cairo, and the two sides signed …": those two
            met = next((g for g in (self.group, self.pair) if len(g) == 2), [])  # (the two who met, not their host)
            if counted and self.pair_kind == "meeting" and recent <= 2 and met and \
                    not self.sides:  # (not after a third party spoke with each side in turn)
                return list(met)  # "A held talks with B. The two sides agreed …": those two
            if counted and self._told_just_before(k, 2) and not _CONFLICT_WORDS.search(tok.sent.text) and \
                    not (len(set(earlier)) == 1 and set(earlier) < set(self._told_just_before(k, 2)) and
                         tok.dep_ not in ("nsubj", "nsubjpass")):
                # (not "Russia, Armenia's ally, … . Moscow called on both sides …": the one calling is no side)
                return self._told_just_before(k, 2)  # "Japan courts Fiji. The two sides signed a deal …": those two
            if counted and self.lead_pair and self.ctx.speaker and not _CONFLICT_WORDS.search(tok.sent.text):
                # a readout that opens with a meeting: "the two sides agreed to convene the next session" are those
                # who met, not the parties of a war they discussed
                return list(self.lead_pair)
            group = self.conflict or self.sides or self.pair
            if lemma == "party" and not counted and not (self.conflict or self.sides) and recent > 2:
                return []  # "we urge the parties to implement it": not two who met paragraphs before
            if group and (recent <= 8 or self.conflict):
                return list(group)
            # an article on two states' relations: "the two parties signed …" with no pair told lately are those two
            return list(self.ctx.relations_pair()) if counted and len(self.ctx.relations_pair()) == 2 else []
        speaker = self.ctx.speaker if self.ctx.speaker and is_state_code(self.ctx.speaker) else None
        if lemma in _STATE_NOUNS and tok.tag_ == "NNS" and speaker and any(
                c.lower_ in ("both", "two") for c in tok.children) and (any(
                c.dep_ == "poss" and c.lower_ == "our" for c in tok.children) or _plain(tok)):
            # a statement: "our two countries agreed …", "the two Governments initialled …" after a sentence naming
            # one other state — the speaker's and that state
            named_here = [s for s in self._named_states_in(set(range(tok.sent.start, tok.sent.end)) -
                                                           _subtree_ids(tok), demonyms=False) if s != speaker]
            named_before = [s for s in self.prev_named if s != speaker] if self.prev_at == k - 1 else []
            other = list(dict.fromkeys(named_here or named_before))
            if len(other) == 1 and (named_here or len(set(self.prev_named)) <= 2):
                return [speaker, other[0]]
        if lemma in _STATE_NOUNS and tok.tag_ == "NNS" and _plain(tok) and \
                any(c.lower_ in ("both", "two") for c in tok.children):
            # "the two countries", "both nations": the two the sentence before named, else the running pair
            earlier = self._named_states_in(set(range(tok.sent.start, tok.left_edge.i)), demonyms=False,
                                            places=False)  # (not the city where: "At the summit in Madrid …")
            if len(earlier) == 2:  # "A signed an agreement with B on the two countries' zones"
                return earlier
            others = [x for x in earlier if x != self.ctx.speaker]
            if len(others) == 2 and self.ctx.speaker:  # "Georgia stands ready to host Armenia and Azerbaijan …, and
                return others  # we urge both countries to …": the two besides the speaker
            if len(self.conflict) == 2 and _CONFLICT_WORDS.search(tok.sent.text) and not set(earlier) & set(
                    self.conflict):
                return list(self.conflict)  # "X urged both countries to respect the ceasefire": the warring pair
            if len(earlier) == 1 and self.topic and self.topic != earlier[0] and is_state_code(self.topic) and \
                    not _CONFLICT_WORDS.search(tok.sent.text):
                # "(Mongolia's) Prime Minister visited Washington, and the two countries signed …": the one named
                # and the state the text is about
                return [self.topic, earlier[0]]
            if self.ctx.relations_pair() and not _CONFLICT_WORDS.search(tok.sent.text):
                return self.ctx.relations_pair()  # "the two governments", in an article on two states' relations
            here = {m.state for m in self.ctx.mentions_in(set(range(tok.sent.start, tok.sent.end)) - _subtree_ids(tok))
                    if m.role not in ("demonym", "pronoun", "coref")}
            before = [s for s in self.prev_named if s not in here] if self.prev_at == k - 1 else []
            if len(before) == 2:  # "Georgia, bordering both countries": not the one the sentence itself names
                return before
            if self._told_just_before(k, 2):
                # "Japan is one of Mongolia's largest donors. The two countries signed an agreement in 2015,
                # Mongolia's first …": the two the sentence before named, one of them named again
                return self._told_just_before(k, 2)
            group = self.pair if self.pair_kind == "meeting" and recent <= 2 and self.pair else \
                self.conflict or self.pair
            return list(group) if group and (recent <= 8 or self.conflict) else []
        if lemma == "member" and tok.tag_ == "NNS" and any(c.lower_ == "permanent" for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ == "of" and "Security Council" in _subtree_text(c) for c in tok.children):
            return list(_PERMANENT_FIVE)  # "the five permanent members of the Security Council"
        if lemma in _STATE_NOUNS | _LEADERS and tok.tag_ == "NNS" and (region := self._region_named(tok)):
            return region  # "the Baltic states", "Central Asia's five presidents": the region's states
        if lemma in _FELLOWS and tok.tag_ == "NNS" and self.ctx.speaker and any(
                c.dep_ == "poss" and c.lower_ == "our" for c in tok.children) and (region := next(
                    (states for rx, states in _REGIONS if rx.search(tok.doc[tok.left_edge.i:tok.i].text)), None)):
            # a statement's "our Central Asian friends", "our Baltic partners": the region's states but the speaker's
            return [s for s in region if s != self.ctx.speaker]
        if lemma in _STATE_NOUNS and tok.tag_ == "NNS" and _plain(tok, _MORE_COUNTS) and \
                any(c.lower_ in _MORE_COUNTS for c in tok.children):
            # "Estonia, Latvia and Lithuania are small. All three governments back …": the ones named just before
            n = next(_MORE_COUNTS[c.lower_] for c in tok.children if c.lower_ in _MORE_COUNTS)
            # (states by name, not a city where it happened nor a body whose summit it was)
            earlier = [s for s in self._named_states_in(set(range(tok.sent.start, tok.left_edge.i)), demonyms=False,
                                                        places=False) if is_state_code(s)]
            if len(earlier) != n and self.lead_group and self.ctx.speaker and len(self.lead_group) == n:
                return list(self.lead_group)  # a summit's readout: "The three countries agreed …"
            if len(earlier) != n and self._met_lately(k) and len(self.group) == n:
                return list(self.group)  # "Biden hosted Marcos and Kishida. … The three countries agreed …"
            if len(earlier) == n or self._told_just_before(k, n):
                return earlier if len(earlier) == n else self._told_just_before(k, n)
            if region := self._region_of_text(n):
                return region
            group = self._told_lately(k, n) or self._title_group(n) or self._only_group(k, n)
            # (a sentence that names other states besides: "amid concern over China's island-building, officials of
            # the four states met": the group still, when none of them is one of it)
            return group if not earlier or not set(earlier) & set(group) else []
        if (lemma in _LEADERS or lemma == "man") and tok.tag_ == "NNS" and _plain_office(tok, _MORE_COUNTS) and \
                any(c.lower_ in _MORE_COUNTS for c in tok.children):
            # "Putin hosted Aliyev and Pashinyan in Sochi, where the three leaders agreed …": the leaders the
            # sentence itself named, when they are as many as it says
            n = next(_MORE_COUNTS[c.lower_] for c in tok.children if c.lower_ in _MORE_COUNTS)
            named = self._named_states_in(set(range(tok.sent.start, tok.left_edge.i)), demonyms=False, places=False)
            if len(named) == n:
                return named
            if not named and not self._met_lately(k) and not self.lead_group and (
                    lately := self._told_lately(k, n) or self._title_group(n)):
                return lately  # "… link China, Kyrgyzstan and Uzbekistan. … The three presidents signed …"
            if 0 < len(named) < n and (lately := self._told_lately(k, n)) and set(named) <= set(lately):
                return lately  # "Iran, Russia and Turkey … . At the summit hosted by Erdoğan, the three presidents
                # agreed …": the three told lately, among them the one the sentence names
        if lemma in _LEADERS and tok.tag_ == "NNS" and _plain_office(tok, _MORE_COUNTS) and \
                any(c.lower_ in _MORE_COUNTS for c in tok.children) and not (self.lead_group and self.ctx.speaker):
            # "China hosted the five presidents in Xi'an", in a text on Central Asia
            many = next(_MORE_COUNTS[c.lower_] for c in tok.children if c.lower_ in _MORE_COUNTS)
            region = self._title_group(many) or self._region_of_text(many)
            if region or not self._met_lately(k):
                return region  # (else "Putin hosted A and B. The three leaders agreed …": those who met)
        if lemma in _PRESENT and tok.tag_ == "NNS" and _plain(tok) and self.pair_kind == "meeting" and recent <= 3 \
                and any(c.lower_ in ("all", "the") for c in tok.children):
            return list(self.group or self.pair)  # "… held a video conference with A, B and C. All participants …"
        if tok.lower_ == "other" and any(c.lower_ == "each" for c in tok.children) and recent <= 2:
            return list(self.conflict or self.pair)
        if (lemma in _LEADERS or lemma == "head") and tok.tag_ == "NNS" and _plain_office(tok, _MORE_COUNTS) and \
                self.lead_group and self.ctx.speaker and _count_of(tok) in (None, len(self.lead_group)):
            return list(self.lead_group)  # a readout of a summit: "the (three) leaders" are those at the summit
        if (lemma in _LEADERS or lemma == "head") and tok.tag_ == "NNS" and _plain_office(tok, _MORE_COUNTS) and \
                self._met_lately(k) and (not (count := _count_of(tok)) or count == len(self._last_met())) and not (
                    count == 2 and len(self._named_states_in(set(range(tok.sent.start, tok.left_edge.i)),
                                                             places=False)) == 2):
            # "The leaders called on China …", "the three leaders agreed …" (not "he paid a visit to Dushanbe, and
            # the two presidents signed …": the two this sentence names, not two who met before)
            return self._last_met()
        if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass") and self.subject_group_at == k - 1 and \
                not _plural_noun_before(tok):
            return list(self.subject_group)  # "The three leaders reaffirmed … . They expressed …": the same
        if (lemma in _LEADERS or lemma in _STATE_NOUNS) and tok.tag_ == "NNS" and _count_of(tok) == 2 and \
                self._met_lately(k) and self.group_met_as_guests() and len(self.group) == 3:
            return self.group[1:]  # "Biden hosted Kishida and Yoon. The two leaders pledged …": the guests
        if (lemma in _LEADERS or lemma == "head" or lemma == "man" and any(
                c.lower_ in ("the", "both") for c in tok.children)) and tok.tag_ == "NNS" and _plain_office(tok) and \
                any(c.lower_ in ("two", "both") for c in tok.children):
            # "Erdogan and Aliyev pressed ahead: on 25 September the two men met …", "Xi visited Astana, where … the
            # two leaders signed …": the two the sentence named before them; else the two the sentence before named
            # ("Moldova and Romania share a language. … the two presidents …")
            earlier = self._named_states_in(set(range(tok.sent.start, tok.left_edge.i)), places=False)
            if len(earlier) == 2 and not _CONFLICT_WORDS.search(tok.sent.text):
                return earlier
            talked = self._talks_with_before(tok) if len(earlier) == 1 else []
            # (else, naming none, the two the title names: "Biden and Trong Announce the U.S.-Vietnam Partnership …
            # During their meeting, the two leaders reaffirmed …")
            named = earlier or self._named_states_in(set(range(tok.sent.start, tok.sent.end)) - _subtree_ids(tok),
                                                     places=False)
            return talked or self._told_just_before(k, 2) or ([] if named else self._title_group(2))
        if tok.lower_ == "all" and tok.dep_ == "nsubj" and self.pair_kind == "meeting" and recent <= 3 and \
                len(self.group or self.pair) > 2:
            return list(self.group or self.pair)  # "Sullivan met A and B. … All affirmed their commitment …"
        if tok.lower_ in ("they", "both") and tok.dep_ in ("nsubj", "nsubjpass") and \
                (meeting := _meeting_above(tok)) is not None:
            # "Erdogan met Putin in Sochi, where they agreed …", "Putin spoke by phone with Pashinyan, and both
            # agreed …": the two who met (or spoke) in this very sentence
            sides = self._named_states_in({t.i for c in meeting.children if c.dep_ in ("nsubj", "dobj", "prep")
                                           for t in c.subtree if t.i < tok.i}, places=False)
            if len(sides) < 2:  # "When the two presidents met in Sochi, they agreed …": whom those words stand for
                sides = next((r for c in meeting.children if c.dep_ == "nsubj" and c.tag_ == "NNS" and
                              len(r := self._refers_to(k, c)) >= 2), sides)
            if len(sides) >= 2:
                return sides
        if tok.lower_ in ("they", "them", "their") and self.pair_kind == "meeting" and recent <= 2 and \
                not _plural_noun_before(tok):
            return list(self.group or self.pair)
        if tok.lower_ in ("they", "them", "their") and len(self.subject_pair) == 2 and \
                self.subject_pair_at == k - 1 and not _plural_noun_before(tok):
            return list(self.subject_pair)  # "Chile and Peru clashed … . They accused each other …"
        if lemma == "counterpart" and tok.tag_ == "NNS" and self.group and recent <= 3:
            return [s for s in self.group[1:]]  # "thanked his counterparts": those he met
        if lemma in _ONE_STATE and tok.tag_ == "NN" and tok.dep_ not in ("compound", "amod", "poss") and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
                tok.i not in self.ctx.token_mentions and not any(
                    c.dep_ in ("poss", "compound", "prep", "relcl", "acl") or c.dep_ == "amod" and c.lower_ in _NOT_BACK
                    for c in tok.children):
            # "Russia … supplying the ex-Soviet country with weapons": the state last named before it, not the one
            # whose act this is
            return self._last_named_other(tok)
        if lemma == "regime" and tok.tag_ == "NN" and (
                _plain(tok) and any(c.lower_ == "the" for c in tok.children) or
                tok.dep_ in ("compound", "amod") and not list(tok.children)) and (owner := self._regime_owner(tok)):
            return [owner]  # "The regime of Bashar al-Assad … . Ankara blamed the regime", "Regime artillery killed …"
        if lemma in GOVERNMENT_NOUNS and self.topic and _plain(tok) and any(c.lower_ == "the" for c in tok.children):
            return [self.topic]
        if lemma == "ministry" and self.ctx.speaker and any(c.lower_ == "the" for c in tok.children) and all(
                c.dep_ in ("det", "punct") or c.lower_ == "foreign" for c in tok.children):
            return [self.ctx.speaker]  # "the Foreign Ministry", said in that ministry's statement: its state
        if tok.lower_ in ("two", "both") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ == "prep" for c in tok.children) and (tok.lower_ == "both" or tok.i > 0 and
                                                                        tok.doc[tok.i - 1].lower_ == "the"):
            # "the two have been discussing plans", "both signed"; right after a meeting, those who met
            group = self.pair if self.pair_kind == "meeting" and recent <= 2 and self.pair else \
                self.conflict or self.pair
            if group and (recent <= 8 or self.conflict):
                return list(group)
            # "… Iran's relations with China. For months the two have been discussing …": the two just named
            return list(self.prev_named) if len(self.prev_named) == 2 and self.prev_at == k - 1 else []
        if tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass") and self.subject and self.subject_at == k - 1 \
                and tok.head.lemma_ != "be" and not any(c.dep_ in ("ccomp", "csubj") for c in tok.head.children) \
                and not self._named_states_in(set(range(tok.sent.start, tok.i))):
            return [self.subject]  # "China signed … . It backed out of …": the state the sentence before was about
        if tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ != "be":
            # "Kazakhstan has also courted Brussels; in 2022 it signed a memorandum with the EU": the subject of the
            # clause before it in the same sentence
            subjects_before = [c for c in sentence_of(tok.doc, tok.i) if c.i < tok.i and
                               c.dep_ in ("nsubj", "nsubjpass") and c.head.pos_ in ("VERB", "AUX") and
                               c.head.i < tok.i and c.lower_ != "it"]
            # (a main clause's subject before a subordinate one's: "Bulgaria stopped importing gas after Gazprom cut
            # supplies, and in 2023 it imposed a transit tax": Bulgaria)
            main = [c for c in subjects_before if c.head.dep_ in ("ROOT", "conj")]
            subjects_before = main or subjects_before
            if subjects_before:
                named_there = self._named_states_in({t.i for t in subjects_before[-1].subtree}, places=False)
                if len(named_there) == 1 and is_state_code(named_there[0]):
                    return named_there
        if tok.lower_ == "it" and (tok.dep_ == "dative" or tok.dep_ == "compound" and tok.head.dep_ == "dobj" or
                                   tok.dep_ == "dobj" and tok.head.lemma_.lower() in _RECEIVING_VERBS) and \
                self.subject and self.subject_at == k - 1 and is_state_code(self.subject):
            # "Ukraine applied in February. In June the EU granted it candidate status": the state the sentence
            # before was about, when another acts on it here
            verb = tok.head.head if tok.dep_ == "compound" else tok.head
            own = {m.state for m in self.ctx.mentions_in({t.i for c in _subjects_of(verb) for t in c.subtree})
                   if m.state}
            if own and self.subject not in own:
                return [self.subject]
        return []

    def _region_named(self, tok: Any) -> list[str]:
        """The states of the region named on a plural noun for states or leaders ("the Baltic states", "the five
        Central Asian republics", "the leaders of Central Asia"), when its count, if any, fits."""
        doc = tok.doc
        words = doc[tok.left_edge.i:tok.i].text
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            words += " " + doc[of.i:of.right_edge.i + 1].text
        if any(c.dep_ == "poss" for c in tok.children):
            words += " " + " ".join(doc[c.left_edge.i:c.i + 1].text for c in tok.children if c.dep_ == "poss")
        count = _count_of(tok)
        bare = not count and not any(c.dep_ == "det" for c in tok.children) and not any(
            c.dep_ == "poss" for c in tok.children) and tok.lemma_.lower() in ("country", "state", "nation", "republic")
        if not bare and (tok.lemma_.lower() in ("neighbour", "neighbor") or not (count or any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children))):
            return []  # ("our Central Asian neighbours", "Central Asian leaders": no stated set; but "Central Asian
            # countries", bare, are the region's)
        for rx, states in _REGIONS:
            if rx.search(words) and (count is None or count == len(states)):
                return list(states)
        return []

    def _last_met(self) -> list[str]:
        """Those at the last meeting: its group, unless two met as one subject after it ("A and B agreed …")."""
        return list(self.group if self.group and self.group_at >= self.pair_at else self.pair)

    def hub_and_spokes(self, sent: Any, states: list[str]) -> tuple[str, list[str]] | None:
        """(host, guests) when ``states`` are everyone at the last meeting of one with three or more others ("Biden
        met the presidents of A, B, C, D and E. The leaders discussed …") and the sentence does not name the guests
        itself: what "the leaders" did there is the host's with each, not each guest's with every other."""
        last = [s for s in (self.group or self.pair) if is_state_code(s)] if self.pair_kind == "meeting" else []
        group = next((g for g in (last, self.lead_group) if len(g) >= 4 and set(states) == set(g)), None)
        if group is None:
            return None  # (the summit a readout opens with holds for the whole text)
        named = set(self._named_states(sent, demonyms=False))
        return (group[0], group[1:]) if len(named & set(group[1:])) < 2 else None

    def group_met_as_guests(self) -> bool:
        """The running group is a host's and its guests' (told by "X hosted A and B")."""
        return self._guests_at == self.pair_at

    def _met_before(self, k: int) -> bool:
        """A meeting of two was told in an earlier sentence (the one a readout opens with holds, not a later one)."""
        return self.pair_kind == "meeting" and self.pair_at < k

    def _met_lately(self, k: int) -> bool:
        """A meeting was told within the last three sentences, or opened the text (a readout: it holds for the
        whole text)."""
        return self.pair_kind == "meeting" and (k - self.pair_at <= 3 or self.pair_at <= 1 and
                                                self.ctx.speaker is not None)

    def _region_of_text(self, n: int) -> list[str]:
        """ "the five republics" in a text on Central Asia: the ``n`` states of the region the text names."""
        text = self.ctx.text
        return next((list(states) for rx, states in _REGIONS if len(states) == n and any(
            not _A_SEA.match(text, m.end()) for m in rx.finditer(text))), [])  # (not "the Baltic Sea")

    def _last_named_other(self, tok: Any) -> list[str]:
        subjects: set[int] = set()
        h = tok
        while h.head.i != h.i:  # the subjects of the clauses above the reference: whose act it is
            h = h.head
            subjects |= {t.i for c in h.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        own = {m.state for m in self.ctx.mentions_in(subjects) if m.state}
        lo = tok.sent.start
        before = [m for m in self.ctx.mentions_in(set(range(lo, tok.i)))
                  if m.state and is_state_code(m.state) and m.role not in ("pronoun", "coref")]
        here = [m.state for m in before if m.state and m.state not in own]
        if here:
            return [here[-1]]
        # the sentence names only the actor: the state the sentence before named last
        prev = [s for s in self.prev_named if s not in own]
        return [prev[-1]] if prev and self.prev_at == self._k - 1 else []

    def partners(self, k: int, actors: list[str]) -> list[str]:
        """Right after a meeting (anywhere in a text that opens with one), whom one of those who met acts towards
        when the sentence names no one ("President Biden underscored his desire to expand cooperation"): the others
        who met."""
        group = self.group or self.pair
        lead = self.pair_at <= 1  # a meeting the text opens with (a readout) holds for the whole text
        if self.pair_kind != "meeting" or (k - self.pair_at > 3 and not lead) or not set(actors) <= set(group):
            # a spokesperson's answer ("We stand ready to work together …"): the state the question was about
            if not self.asked_about or actors != [self.ctx.speaker] or self._sent is None or \
                    not _BILATERAL.search(self._sent.text) or _MANY.search(self._sent.text):
                return []
            return list(self.asked_about)
        if len(group) >= 4 and group[0] not in actors:
            return group[:1]  # a guest at a summit of one with many (see hub_and_spokes): towards the host
        if len(group) >= 4 and self._sent is not None:
            # the host towards the guests the sentence names ("a $150 million loan for a wind farm in Uzbekistan")
            named = [s for s in self._named_states(self._sent, demonyms=False) if s in group[1:]]
            if named:
                return named
        return [s for s in group if s not in actors]

    def _told_just_before(self, k: int, n: int) -> list[str]:
        """The states the sentence right before named, when it named exactly ``n`` of them (besides the speaker's
        own: "Armenia and Azerbaijan are both friendly countries to China. We hope the two sides …")."""
        if self.prev_at != k - 1:
            return []
        named = list(self.prev_parties)
        if len(named) == n + 1 and self.ctx.speaker in named:
            named.remove(self.ctx.speaker)
        return named if len(named) == n else []

    def _told_lately(self, k: int, n: int, back: int = 3) -> list[str]:
        """The ``n`` states the latest of the last ``back`` sentences that named exactly ``n`` states (as parties)
        named: "The railway will link China, Kyrgyzstan and Uzbekistan. Xi pledged … . The three countries signed
        …" — unless a sentence between named a different set of more than one."""
        for j, named in reversed(self.told):
            if j < k - back:
                break
            if len(named) == n:
                return list(named)
            if len(named) > 1:
                return []  # (a later sentence named another group: "the three" is not sure to be the first)
        return []

    def _talks_with_before(self, tok: Any) -> list[str]:
        """ "His talks with President Putin … , and the two heads of state agreed …": the talks' owner (a person told
        before, by a possessive) and the one they were with, when the clause names only the latter."""
        for t in tok.doc[tok.sent.start:tok.left_edge.i]:
            if t.lemma_.lower() not in _TALK_NOUNS or t.pos_ != "NOUN":
                continue
            owner = [m.state for c in t.children if c.dep_ == "poss" for m in self.ctx.mentions_in(set(_subtree_ids(c)))
                     if m.state and is_state_code(m.state)]  # ("his": the person last named as a subject)
            other = self._named_states_in({i for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                                           for i in _subtree_ids(c)}, places=False)
            if len(owner) == 1 and len(other) == 1 and owner != other:
                return owner + other
        return []

    def _only_group(self, k: int, n: int) -> list[str]:
        """The one set of ``n`` states the text has named together so far, however far back ("… from Kyrgyzstan and
        Tajikistan across Afghanistan to Pakistan. … The four governments signed …"); none when two differ."""
        sets = {frozenset(named) for j, named in self.told if j < k and len(set(named)) == n}
        if len(sets) != 1:
            return []
        first = next(named for j, named in self.told if j < k and len(set(named)) == n)
        return list(dict.fromkeys(first))

    def _title_group(self, n: int) -> list[str]:
        """The title's states when it names exactly ``n`` ("China–Kyrgyzstan–Uzbekistan railway": "the three
        countries")."""
        named = [x for x in dict.fromkeys(self.ctx.title_states) if is_state_code(x)]
        title = self.ctx.source.title or ""
        for rx, states in _REGIONS:  # ("India–Central Asia Summit": "the six leaders" are India's and the five's)
            if any(not _A_SEA.match(title, m.end()) for m in rx.finditer(title)):
                named += [x for x in states if x not in named]
        return named if len(named) == n else []

    def question_states(self) -> list[str]:
        """The states the last journalist's question at a press conference named (the speaker's own left out)."""
        return list(self._asked)

    # -- after a sentence's events: update the pair and the conflict -------------------------------------------
    def update(self, k: int, sent: Any, events: list[Any]) -> None:
        met_before = self._met_before(k)  # (a readout's opening meeting holds, not a summit it recalls after it)
        self.prev_named, self.prev_at = self._named_states(sent), k
        self.prev_parties = self._named_states(sent, places=False)  # (not "the summit in Samarkand")
        self.told.append((k, [x for x in self.prev_parties if is_state_code(x)]))
        asked = self.ctx.doc.user_data.get("multipolar_questions") or ()
        q_open = _QUESTION_MARK.match(sent.text) is not None  # ("Q: The EU's sanctions listed … What is your …?")
        if self.ctx.speaker and (sent.start in asked or q_open):  # a journalist's question: what the answer is about
            if not self._asking or q_open:
                self._asked = []
            self._asked += [s for s in self.prev_named if s != self.ctx.speaker and s not in self._asked]
            self.asked_about = list(self._asked) if len(self._asked) == 1 else []
        self._asking = sent.start in asked or q_open
        root = sent.root
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        where = {t.i for c in subj for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "near")
                 for t in p.subtree}  # (not the place a thing is: "Wheat futures in Chicago jumped")
        named = self._named_states_in({t.i for c in subj for t in c.subtree} - where) if subj else []
        if not named and len(subj) == 1 and subj[0].lower_ == "it" and len(self.refs.get(subj[0].i, [])) == 1:
            named = list(self.refs[subj[0].i])  # "It has implemented … . It has also accelerated …": still that state
        if len(named) == 1:
            self.subject, self.subject_at = named[0], k
            self.subjects[k] = named[0]
        self.subject_pair = named if len(named) == 2 and len(subj) == 1 and any(
            c.dep_ == "conj" for c in subj[0].children) else []  # "Chile and Peru clashed": the two as one subject
        self.subject_pair_at = k
        grouped = [self.refs.get(c.i, []) for c in subj if len(self.refs.get(c.i, [])) >= 2]
        if grouped:
            self.subject_group, self.subject_group_at = grouped[0], k
        for ev in events:
            if ev.negated or ev.hypothetical or ev.mode == "third-party":
                continue  # a mediator's act is no meeting of those it mediates between
            states = [s for s in dict.fromkeys(ev.actors + ev.recipients) if is_state_code(s)]
            recips = [r for r in dict.fromkeys(ev.recipients) if is_state_code(r) and r not in ev.actors]
            if ev.type == "CONSULT" and len(set(ev.actors)) == 1 and recips:
                if len(recips) == 2:
                    self.sides = recips  # "spoke with the foreign ministers of A and B"
                elif self.last_meeting and self.last_meeting[0] == ev.actors[0] and \
                        self.last_meeting[1] != recips[0] and k - self.last_meeting[2] <= 3:
                    # one who met each side in turn (not a speaker's visits to two partners told paragraphs apart)
                    self.sides = [self.last_meeting[1], recips[0]]
                self.last_meeting = (ev.actors[0], recips[0], k)
            if self.lead_pair and self.lead_date and ev.date and \
                    str(ev.date) < str(self.lead_date)[:len(str(ev.date))]:
                continue  # a readout's "The meeting followed yesterday's summit": the meeting read out holds
            # ("Biden joined Modi, Macron and Scholz to announce …": an appearance together, as a meeting)
            together = ev.type == "COOPERATE" and _JOINED_TO_ANNOUNCE.search(sent.text) is not None
            if (ev.type in ("CONSULT", "AGREE") or together) and len(set(ev.actors)) == 1 and len(recips) >= 2 and \
                    not (ev.type == "AGREE" and any(t.lower_ in ("will", "shall") for t in sent)):
                # (a visit promised to several hosts is no meeting yet: "Wang Yi will visit the six countries")
                self.group, self.pair_kind, self.pair_at = [ev.actors[0], *recips], "meeting", k
                self.group_at = k
                if k <= 4 and not self.lead_group and not met_before:
                    self.lead_group = list(self.group)
            guests = [a for a in dict.fromkeys(ev.actors) if is_state_code(a) and a not in recips]
            if ev.type == "CONSULT" and len(guests) >= 2 and len(recips) == 1:
                # "Biden hosted Marcos and Kishida": the host and its guests met
                self.group, self.pair_kind, self.pair_at = [recips[0], *guests], "meeting", k
                self._guests_at = self.group_at = k
                if k <= 4 and not self.lead_group and not met_before:
                    self.lead_group = list(self.group)
                continue
            if ev.type == "CONSULT" and len(set(ev.actors)) == 1 and len(states) > 2:
                states = states[:2]  # "Biden met Erdogan in Rome": the one met first
            if len(states) != 2:
                continue
            if ev.type in ("CONSULT", "AGREE"):
                self.pair, self.pair_kind, self.pair_at = states, "meeting", k
                if k <= 2 and not self.lead_pair:
                    self.lead_pair = list(states)
                    self.lead_date = str(ev.date) if ev.date and self.ctx.speaker else None
                if len(set(ev.actors)) == 1 and len(recips) == 1:
                    self.group, self.group_at = states, k
                continue
            elif ev.type in ("ASSAULT", "COERCE", "THREATEN", "MOBILIZE") and len(set(ev.actors)) == 1:
                self._saw_conflict(states)
                if not (self.pair_at == k and self.pair_kind == "meeting"):  # ("The two discussed Russia's war
                    # against Ukraine": the war is what they talked about; "the two" are still those who met)
                    self.pair, self.pair_kind, self.pair_at = states, "conflict", k
        for t in sent:  # "In 2015 Iran signed a deal with six world powers": "the deal" after it is theirs
            if t.lemma_.lower() in _DEALS and t.head.lemma_.lower() in _DEAL_MADE and t.dep_ in ("dobj", "nsubjpass"):
                named = self._named_states(sent, places=False)  # (not "signed a deal in Beijing")
                if named:
                    self.deal = named
            elif t.lemma_.lower() in _DEALS:  # "a draft peace agreement between Armenia and Azerbaijan"
                between = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "between"]
                named = self._named_states_in({i.i for c in between for i in c.subtree})
                if len(named) >= 2:
                    self.deal = named
        fighting = bool(_CONFLICT_WORDS.search(sent.text))
        peace = bool(_PEACE_WORDS.search(sent.text))
        if fighting and not self.conflict:
            named = self._named_states(sent, places=False)  # ("was attacked at a rally in Athens": no party)
            if len(named) == 2:  # the first sentence about fighting that names two states
                self._saw_conflict(named)
        speaker = self.ctx.speaker
        if fighting and not self.conflicts and speaker and is_state_code(speaker):
            # a statement by one side ("… was subjected to aggression by the Azerbaijani armed forces"): until two
            # states are seen fighting, the conflict is the speaker's with the one other state named with it
            others = [s for s in self._named_states(sent, demonyms=True) if s != speaker]
            if len(others) == 1 and not self._fighting_in(sent, others[0]):
                self.conflict = [others[0], speaker]
        for b in (t for t in sent if t.lower_ == "between"):  # "between A and B"
            named = self._named_states_in({t.i for t in b.subtree})
            if len(named) == 2:
                if fighting or peace:  # "the peace process between A and B": A and B are the conflict's parties
                    self._saw_conflict(named)
                if self.pair_at != k:
                    self.pair, self.pair_kind, self.pair_at = named, "conflict" if fighting else "named", k

    def _fighting_in(self, sent: Any, state: str) -> bool:
        """The fighting told as in the other state ("the conflict in the east of our neighbour, Ukraine"): the
        speaker's state looks on, it is no party."""
        for t in sent:
            if _CONFLICT_WORDS.fullmatch(t.text) and t.pos_ == "NOUN":
                where = {i.i for c in t.children if c.dep_ == "prep" and c.lower_ == "in" for i in c.subtree}
                if state in self._named_states_in(where) and not any(
                        self.ctx.doc[i].lower_ in ("our", "us", "we") and self.ctx.doc[i].head.lemma_.lower() not in
                        _KIN_STATES for i in where):
                    return True
        return False

    def _saw_conflict(self, states: list[str]) -> None:
        """Count a sighting of two states fighting; the conflict is the pair seen most (the latest on a tie)."""
        key = tuple(sorted(states))
        self.conflicts[key] += 1
        best = max(self.conflicts.values())
        if self.conflicts[key] == best:
            self.conflict = list(states)

    def _named_states(self, sent: Any, demonyms: bool = True, places: bool = True) -> list[str]:
        return self._named_states_in(set(range(sent.start, sent.end)), demonyms, places)

    def _regime_owner(self, tok: Any) -> str | None:
        """The state whose regime the text last named before ``tok`` ("the regime of Bashar al-Assad", "the Assad
        regime", "Syria's regime"), when the text names one state's regime only."""
        owners = []
        for r in self.ctx.doc[:tok.i]:
            if r.lemma_.lower() != "regime" or r.pos_ != "NOUN":
                continue
            near = {t.i for c in r.children if c.dep_ in ("poss", "compound") for t in c.subtree} | {
                c.i for c in r.children if c.dep_ == "amod"} | {  # (not "the Russian-backed Assad regime": Russia's)
                t.i for c in r.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
            owners += [s for s in self._named_states_in(near) if is_state_code(s)]
        return owners[-1] if len(set(owners)) == 1 else None

    def _named_states_in(self, tokens: set[int], demonyms: bool = True, places: bool = True) -> list[str]:
        """The states named in ``tokens``, in order; without ``places``, not a city or country named only as where
        something happened ("in Athens", "at a rally in Tbilisi")."""
        out: list[str] = []
        doc = self.ctx.doc
        for m in self.ctx.mentions_in(tokens):
            if m.role in ("pronoun", "coref") or not m.state or not is_state_code(m.state):
                continue
            if not demonyms and m.role == "demonym" or topic_header(doc, m.tok_start, m.tok_end):
                continue  # (nor what a sentence is about: "On Syria, …")
            if not places and m.role in ("capital", "name") and _where(doc[m.tok_end - 1]):
                continue
            if not places and m.role == "capital" and doc[m.tok_end - 1].dep_ == "compound":
                continue  # (a city naming a thing: "the Astana guarantors", "the Minsk agreements")
            if m.state not in out:
                out.append(m.state)
        return out


#: after a region's name, a sea or other water that shares it
_A_SEA = re.compile(r"\s+(?:Sea|Ocean|coast|shore)\b")


#: nouns of talks held with someone ("his talks with Putin", "her meeting with Xi")
_TALK_NOUNS = frozenset({"talk", "meeting", "conversation", "call", "summit", "discussion", "negotiation"})


def _where(tok: Any) -> bool:
    """The head word of a place named as where something happened: "in Athens", "at a rally in Tbilisi"."""
    while tok.dep_ == "compound":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near") and tok.head.dep_ == "prep"


def _each_to_other(tok: Any) -> bool:
    """ "each side" / "each country" as subject, or "the other" as what it acts on, in "each … the other"."""
    sent = tok.sent
    if tok.lemma_.lower() in _COLLECTIVE | _STATE_NOUNS and tok.tag_ == "NN" and \
            any(c.dep_ == "det" and c.lower_ == "each" for c in tok.children) or \
            tok.lower_ == "each" and tok.dep_ == "nsubj":
        return any(t.lower_ == "other" and t.i > tok.i and t.doc[t.i - 1].lower_ == "the" for t in sent)
    if tok.lower_ == "other" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" and tok.dep_ in ("dobj", "pobj"):
        return any(t.lower_ == "each" and t.i < tok.i for t in sent)
    return False


def _plain(tok: Any, counts: Container[str] = frozenset()) -> bool:
    """A bare collective noun: only articles, numbers and neutral adjectives ("the two warring sides")."""
    for c in tok.children:
        if c.dep_ in ("poss", "compound"):
            return False
        if c.dep_ in ("amod", "det", "nummod", "predet", "quantmod") and c.lower_ not in _OK_MODIFIERS and \
                c.lower_ not in counts:
            return False
        if c.dep_ == "prep" and c.lower_ in ("of", "in", "inside", "within"):
            return False  # ("the parties in Afghanistan": those of the place named, not a pair told before)
    return True


#: words of office that leave "the two foreign ministers", "both prime ministers" a plain reference
_OFFICE_WORDS = {"foreign", "prime", "defence", "defense", "finance", "economy", "trade", "deputy", "vice"}


def _plain_office(tok: Any, counts: Container[str] = frozenset()) -> bool:
    """Office holders referred to plainly: "the two leaders", "both foreign ministers", "the two heads of state"."""
    if tok.text[:1].isupper() and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN" or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i for c in tok.children):
        return False  # a title before the names: "Presidents Recep Tayyip Erdoğan and Ilham Aliyev"
    for c in tok.children:
        if c.dep_ in ("poss", "compound") and c.lower_ not in _OFFICE_WORDS:
            return False
        if c.dep_ in ("amod", "det", "nummod", "predet", "quantmod") and c.lower_ not in _OK_MODIFIERS and \
                c.lower_ not in _OFFICE_WORDS and c.lower_ not in counts:
            return False
        if c.dep_ == "prep" and c.lower_ == "of" and not (tok.lemma_.lower() == "head" and any(
                g.lower_ in ("state", "government", "states", "governments") for g in c.children)):
            return False
    return tok.lemma_.lower() != "head" or any(c.dep_ == "prep" for c in tok.children)


def _count_of(tok: Any) -> int | None:
    """The count on a plural noun ("the three leaders"), if any."""
    counts = {"two": 2, "both": 2, **_MORE_COUNTS}
    return next((counts[c.lower_] for c in tok.children if c.lower_ in counts), None)


def _subjects_of(verb: Any) -> list[Any]:
    """The verb's subjects, or those of the verb it is coordinated with ("… and granted it …")."""
    while True:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subj
        verb = speaker_of_misjoined_act(verb) or verb.head


def speaker_of_misjoined_act(verb: Any) -> Any | None:
    """ "Aliyev retorted that the parliament was a circus and accused France of …": the parser joined the second act
    to the reported clause's "was"; its doer is the one who spoke. "Zarif struck a defiant tone, blaming Washington":
    the parser hung the participle on the object; its doer is the clause's subject. The verb whose subject acts, else
    None."""
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and any(c.dep_ == "dobj" for c in verb.children) and \
            verb.head.lemma_ == "be" and verb.head.dep_ == "ccomp" and verb.head.head.i != verb.head.i and \
            verb.head.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb.head.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB" and \
            verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        return verb.head.head
    return None


def _subtree_ids(tok: Any) -> set[int]:
    return set(range(tok.left_edge.i, tok.right_edge.i + 1))


#: verbs of a meeting or a call that a clause about what was agreed there may hang on ("met X in Sochi, where they
#: agreed", "spoke by phone with X, and both agreed")
_MET_VERBS = frozenset({"meet", "host", "receive", "visit", "hold", "speak", "talk", "phone", "telephone"})


def _meeting_above(tok: Any) -> Any | None:
    """The verb of a meeting told earlier in the sentence that the clause of ``tok`` hangs on (or is joined to by
    "and"), else None."""
    clause = tok.head
    if clause.dep_ == "conj" and clause.head.lemma_.lower() in _MET_VERBS and clause.head.pos_ == "VERB" and \
            clause.head.i < tok.i:
        return clause.head
    when = next((c for c in clause.children if c.dep_ == "advcl" and c.i < tok.i and c.pos_ == "VERB" and
                 c.lemma_.lower() in _MET_VERBS), None)
    if when is not None:
        return when  # "When the two met in Sochi, they agreed …"
    if clause.dep_ not in ("relcl", "advcl"):
        return None
    return next((a for a in clause.ancestors if a.lemma_.lower() in _MET_VERBS and a.pos_ == "VERB" and a.i < tok.i),
                None)


def _plural_noun_before(tok: Any) -> bool:
    """Another plural noun earlier in the sentence that "they" may stand for."""
    sent_start = tok.sent.start if tok.doc.has_annotation("SENT_START") else 0
    # (not one inside a phrase of place, time or manner: "In these calls, they took stock …")
    return any(t.tag_ == "NNS" and t.dep_ != "pobj" for t in tok.doc[sent_start:tok.i])


def _topic_state(ctx: Context) -> str | None:
    """The state a text is about: the one its names (not pronouns) mention most, the first paragraph counting twice
    and the title's first state three times."""
    counts: Counter[str] = Counter()
    first_par_end = ctx.text.find("\n\n", ctx.offset + 1)
    for m in ctx.mentions:
        if m.role in ("pronoun", "coref") or not m.state or not is_state_code(m.state):
            continue
        counts[m.state] += 2 if first_par_end < 0 or m.start < first_par_end else 1
    for i, st in enumerate(ctx.title_states):
        counts[st] += 3 if i == 0 else 1  # the title says what the text is about, its first state most
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2) + [("", 0)]
    return best if n > rest[0][1] else None
