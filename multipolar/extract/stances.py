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
import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..domain import ACTOR_GROUPS, is_state_code
from .context import Context, heading_line_end, is_heading, leading_conjuncts, sentence_of
from .evidence import Span, Stance
from .participants import KEY as COLLECTIVE_KEY

#: an issue two hold for each other ("each other's territorial integrity", "the sovereignty of the other")
_EACH_OTHERS = re.compile(r"\b(?:each other|one another)['’]s?\s|\b(?:of|for) the other\b(?!\s+(?:side|party)\b)")
_OPPOSE_VERBS = {"oppose", "reject", "condemn", "violate", "disregard", "undermine", "deny", "threaten", "ignore",
                 "infringe", "encroach", "disrespect", "nullify", "annul", "negate", "suspend", "revoke", "cancel",
                 "abolish", "curtail", "restrict", "deprive", "terminate", "repeal", "disrupt", "hamper", "hinder",
                 "stall", "stymie", "prevent", "preclude", "spoil",
                 "breach", "resist", "attack", "trample", "flout", "abandon", "criticize", "criticise", "denounce",
                 "against", "question", "refuse", "dispute", "contest", "challenge", "dismiss", "break", "wreck",
                 "derail", "sabotage", "block", "obstruct", "scuttle", "torpedo", "jeopardize", "jeopardise",
                 "renege", "scrap", "thwart", "frustrate", "veto", "boycott", "withdraw", "quit", "exit", "drop",
                 "drift", "backtrack", "backpedal", "distance", "retreat"}
_SUBJ = {"nsubj", "nsubjpass"}
#: verbs of leaving a bloc or putting one's place in it on hold ("will leave the CSTO", "froze its membership"), beyond
#: the opposing verbs that say so of anything ("withdraw", "quit", "exit", "suspend")
_LEAVING = {"leave", "freeze"}
#: verbs that name what something is ("calls X a threat", "views X as a provocation")
_NAMING_VERBS = {"call", "consider", "regard", "describe", "view", "see", "label", "brand", "deem", "term"}
#: … and the names that say it harms the one naming it
_HARMS = {"threat", "danger", "provocation", "menace", "mistake", "risk", "challenge", "aggression"}
#: a state's bid to join a body, which others may back or block ("Sweden's bid to join NATO")
_BIDS = frozenset({"bid", "application", "request", "ambition", "aspiration", "quest", "drive", "attempt", "effort",
                   "push", "entry", "accession", "membership", "path", "hope", "desire", "candidacy", "integration"})
#: verbs of stopping another's bid
_BLOCK_VERBS = {"block", "veto", "obstruct", "torpedo", "thwart", "delay", "stall", "hold"}
#: nouns of refusing what their "to"-clause names ("Serbia's refusal to impose sanctions")
_REFUSAL_NOUNS = {"refusal", "reluctance", "unwillingness"}
#: verbs that refuse what their "to"-clause names
_REFUSING = {"refuse", "decline", "resist", "reject", "balk", "baulk", "hesitate"}
_ECON_ISSUE = {"CHN": "economic_ties_with_china", "RUS": "economic_ties_with_russia", "EU": "economic_ties_with_eu",
               "USA": "economic_ties_with_usa", "TUR": "economic_ties_with_turkey", "IRN": "economic_ties_with_iran"}
_ECON_MOD = (r"(?:ever|closer|deeper|stronger|good|friendly|pragmatic|constructive|mutually|beneficial|strategic|"
             r"practical|bilateral|comprehensive|enhanced|responsible|political|economic|trade|investment|energy|"
             r"business|commercial|financial|transport|connectivity|high-quality|normal|legitimate|lawful|and|,)")
_ECON = re.compile(
    rf"\b(?P<mods>(?:{_ECON_MOD}\s+){{0,6}})(?P<noun>free[- ]trade(?: agreement| area| regime| deal)?|"
    r"(?:deep and comprehensive )?free trade area|(?:association|partnership|cooperation|trade) agreement|"
    r"ties|relations|relationship|co-?operation|partnership|links|integration|engagement|trade|turnover|exchanges|"
    r"investments?|loans?|funding|credits?)\s+(?P<prep>with|from|between)\s+(?:the\s+)?", re.I)
_ECON_BARE = {"ties", "relations", "relationship", "cooperation", "co-operation", "partnership", "links", "integration",
              "engagement", "trade", "turnover", "investment", "investments", "loans", "loan", "funding", "credits",
              "credit", "exchanges"}
# ties called normal, legitimate or lawful are defended: "normal cooperation between China and Iran … is not targeted
# at any third party and should not be disrupted" holds them (the negations deny attacks on them)
_DEFENDED = re.compile(r"\b(?:normal|legitimate|lawful)\b", re.I)
# a goal set for trade is a position on the ties, though its verb ("raise", "double") alone tells only a figure: "agreed
# to raise bilateral trade to $100bn", "set the goal of bringing trade with Russia to $30bn"
_TRADE_GOAL = re.compile(r"\b(?:agree[sd]?|agreeing|vow(?:s|ed)?|pledg(?:e|es|ed)|aim(?:s|ed)? to|plan(?:s|ned)? to|"
                         r"promis(?:e|es|ed)|commit(?:s|ted)? to|decided|intend(?:s|ed)?|"
                         r"(?:set|setting|sets) (?:a|the|an|(?:an? )?(?:new|ambitious|joint) )(?:goal|target|aim)|"
                         r"(?:goal|target|aim) (?:is|of))\b"
                         r"[^.;:]{0,30}?\b(?:rais(?:e|ing)|boost(?:ing)?|doubl(?:e|ing)|tripl(?:e|ing)|increas(?:e|ing)|"
                         r"bring(?:ing)?|expand(?:ing)?|lift(?:ing)?)\b", re.I)
# ties that are political when nothing qualifies them ("relations with X"); "economic", "closer", "pragmatic" … ties
# are the ones the issue vocabulary counts as economic ties
_POLITICAL_TIES = {"ties", "relations", "relationship", "links", "engagement"}
_ECON_WORD = re.compile(r"\b(?:econom\w*|trade|trading|investment|business|commercial|financial|energy|free|"
                        r"strategic|pragmatic|practical|friendly|good|closer|deeper|stronger|enhanced)\b", re.I)
_MARKET_OF = {"eu": "EU", "european union": "EU", "european": "EU", "chinese": "CHN", "china's": "CHN",
              "russian": "RUS", "russia's": "RUS", "iranian": "IRN", "turkish": "TUR", "american": "USA", "us": "USA"}
_MARKET = re.compile(r"\b(?:integrat\w*|access|entry|enter\w*) (?:into|to|in) (?:the )?(?P<who>EU|European Union|"
                     r"European|Chinese|China's|Russian|Russia's|Iranian|Turkish|American|(?-i:U\.?S\.?))(?:['’]s)? "
                     r"(?:internal |single |common |domestic )?markets?\b", re.I)
#: a power's money or firms named by its adjective ("Chinese capital", "Russian state companies")
_CAPITAL_OF = re.compile(r"\b(?P<who>Chinese|Russian|Iranian|Turkish|American|European)\s+(?:state(?:-owned)?\s+)?"
                         r"(?:investments?|investors|companies|firms|capital|loans|financing|funding|money|business(?:es)?)"
                         r"\b")
#: verbs of seeking a power's money ("invited Chinese firms to bid", "courting Chinese capital")
_SEEKING_CAPITAL = frozenset({"invite", "welcome", "court", "attract", "lure", "seek", "woo", "encourage", "need",
                              "want"})
#: verbs of warning, and the harm a warning about a power's money names
_WARNING_VERBS = frozenset({"warn", "caution"})
_HARM_OF_TIES = re.compile(r"\b(?:coercion|debt|vulnerab\w*|dependen\w*|trap|leverage|risks?)\b", re.I)
_BRI = re.compile(r"\b(?:Belt and Road|BRI|One Belt,? One Road)\b")
_SOUR = re.compile(r"\b(?:deteriorat\w*|worsen\w*|sour\w*|strain\w*|tensions?|frozen|freez\w*|sever\w*|cut off|"
                   r"broke|broken|downgrad\w*|crisis|hostil\w*|rupture\w*|dependence|dependent|reliance)\b", re.I)
_BUILD_VERBS = {"speak", "praise", "join", "respect", "uphold", "defend", "protect", "safeguard",
                "develop", "strengthen", "forge", "build", "improve", "normalize", "normalise", "deepen", "expand",
                "value", "want", "seek", "welcome", "need", "pursue", "boost", "enhance", "promote", "intensify",
                "broaden", "push", "advance", "diversify", "restore", "establish", "elevate", "upgrade", "support",
                "favour", "favor", "prioritize", "prioritise", "benefit", "open", "increase", "align", "dovetail",
                "synergize", "synergise"}


# ties named without "with": economic by a word of their own, or bilateral
_ECON_PAIR = re.compile(r"\b(?:(?:bilateral|economic|trade|investment|energy|commercial|business|financial|annual|"
                        r"two-way|mutual)"
                        r"(?:,? (?:and )?(?:economic|trade|investment|energy|commercial|business|financial|military|"
                        r"political|technical|cultural|security))*|bilateral) (?:ties|relations|co-?operation|"
                        r"partnership|trade|links|integration|turnover|exchanges?)\b(?!\s+(?:with|between)\b)|"
                        # ("agreed to deepen cooperation in energy, transport and banking": economic by its fields)
                        r"\bco-?operation\s+in\s+(?:the\s+)?(?:(?:fields?|areas?|spheres?|sectors?)\s+(?:of|such\s+as|like)\s+)?"
                        r"(?:trade|energy|the\s+economy|economic|investment|transport\w*|banking|finance|agricultur\w*|"
                        r"industr\w*|infrastructure|connectivity|logistics)\b", re.I)
_APPROVE_ADJ = {"reasonable", "legitimate", "lawful", "normal", "beneficial", "important", "necessary", "essential",
                "vital", "natural", "crucial", "key", "valuable", "welcome", "justified", "legal"}


def _approved(verb: Any) -> bool:
    """Ties built, wanted or valued: "should be respected and upheld", "is reasonable and legitimate"."""
    if verb is None:
        return False
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return any(v.lemma_ in _BUILD_VERBS for v in verbs) or any(
        c.dep_ in ("acomp", "conj") and c.lemma_ in _APPROVE_ADJ for v in verbs for c in v.children) or any(
        c.dep_ == "acomp" and any(g.dep_ == "conj" and g.lemma_ in _APPROVE_ADJ for g in c.children)
        for c in verb.children)


def _goal_owners(ctx: Context, verb: Any) -> list[str]:
    """ "… are long-standing Russian and Iranian goals": the states that own the goal a subject is said to be."""
    if verb is None or verb.lemma_ not in ("be", "remain", "become"):
        return []
    out: list[str] = []
    for c in verb.children:
        if c.dep_ == "attr" and c.lemma_ in _STANCE_NOUNS | {"goal", "aim", "objective", "priority", "interest"}:
            for g in c.children:
                if g.dep_ in ("amod", "poss", "compound", "nmod"):
                    out += [st for st in _holder_states_of(ctx, {x.i for x in g.subtree}) if st not in out]
    return out


_WARM = re.compile(r"\b(?:closer|deeper|stronger|enhanced|expand\w*|deepen\w*|strengthen\w*|boost\w*|develop\w*|"
                   r"promot\w*|broaden\w*|intensif\w*|need|importance)\b", re.I)


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
        out.append(IssuePattern(re.compile(_spaces(rx), re.I), issue, rule, "inverted" in flags))
    return out


def _spaces(rx: str) -> str:
    """A space in a lexicon pattern matches any run of white space (texts break lines inside phrases)."""
    out, depth, esc = [], 0, False
    for ch in rx:
        if esc:
            out.append(ch)
            esc = False
            continue
        if ch == "\\":
            esc = True
        elif ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        out.append(r"\s+" if ch == " " and depth == 0 else ch)
    return "".join(out)


class StanceStage:
    name: str = "stances"
    requires: tuple[str, ...] = ("doc", "mentions", "speaker")
    provides: tuple[str, ...] = ("stances",)

    def __init__(self) -> None:
        self.patterns = load_issue_patterns()
        self._match_ids: set[int] = set()

    def __call__(self, ctx: Context) -> None:
        out: list[Stance] = []
        _mark_names_inside(ctx)
        self._sanctioned: list[str] = []  # the state that sanctions were last said to target
        seen: set[tuple[str, str, str | None, str]] = set()
        sentences = list(ctx.sentences())
        for sent in sentences:
            s0, s1 = ctx.span_chars(sent)
            text = ctx.text[s0:s1]
            if len(sentences) > 1 and is_heading(ctx, sent):
                continue  # "## Readout of … Meeting on Peace Talks": a heading names what the text is about
            headed = heading_line_end(ctx, sent)  # a heading the parser ran into the sentence: nothing from it
            matches = [(pat, m) for pat in self.patterns for m in pat.rx.finditer(text) if s0 + m.start() > headed]
            breaches = [(pat.issue, m.start(), m.end()) for pat, m in matches if pat.inverted]
            matches = [(pat, m) for pat, m in matches if pat.inverted or not any(
                issue == pat.issue and a <= m.start() and m.end() <= b for issue, a, b in breaches)]
            # (a phrase inside a breach of the same issue is that breach's: "changes to the internationally
            # recognised borders")
            found = [st for pat, m in matches for st in self._stances(ctx, sent, s0, m, pat)] + \
                self._economic_ties(ctx, sent, s0) + \
                self._sanctions(ctx, sent, s0) + self._recognition(ctx, sent, s0)
            for st in found:
                key = (st.holder, st.issue, st.target, st.polarity)
                if key in seen:
                    continue
                seen.add(key)
                out.append(st)
        # a position held on an issue without a target adds nothing when the same holder holds it on a target
        targeted = {(st.holder, st.issue, st.polarity) for st in out if st.target is not None}
        ctx.stances = [st for st in out if st.target is not None or (st.holder, st.issue, st.polarity) not in targeted]

    def _sanctions(self, ctx: Context, sent: Any, s0: int) -> list[Stance]:
        """ "imposed sanctions on Russia", "the arms embargo on Iran", "has sanctioned Belarusian banks", "called for
        lifting the sanctions against Tehran": sanctions_on_<target>, held by whoever imposes, backs or opposes them."""
        out: list[Stance] = []
        self._match_ids = set()
        text = ctx.text[s0:ctx.span_chars(sent)[1]]
        if _is_question(text):
            # a journalist's question holds no position, but it names what the answer is about: "… from Iran,
            # otherwise there will be unilateral sanctions. How will China cope?" — "China opposes unilateral
            # sanctions" is on Iran
            if _SANCTION_RE.search(text):
                self._sanctioned = self._question_targets(ctx, sent) or self._sanctioned
            return out
        span = Span(s0, s0 + len(text.rstrip()))
        stoppers = _curbing_evasion(sent) if _SANCTION_RE.search(text) else []  # (one look per sentence)
        for m in _SANCTION_RE.finditer(text):
            toks = [t for t in sent if s0 + m.start() <= ctx.char(t.i) < s0 + m.end()]
            if not toks:
                continue
            anchor = toks[-1]
            targets = self._sanction_targets(ctx, anchor, s0 + m.end())
            if not targets and _imposer_named(ctx, anchor):
                # "sanctions imposed by the EU have crippled Russia's banks": the state they harm is their target
                targets = _harmed_states(ctx, anchor)
            if targets:
                self._sanctioned = targets
            elif self._sanctioned and any(c.lower_ in ("unilateral", "these", "such", "the", "those", "further",
                                                       "new", "an", "a", "any", "more", "tougher", "additional",
                                                       "harsher", "stronger", "fresh", "western", "international",
                                                       "existing") for c in anchor.children) and \
                    (v0 := _governing_verb(anchor)) is not None and (v0.lemma_ in _UNDO_SANCTIONS | _BACK_SANCTIONS or
                                                                     _agentless_ought(v0)):
                targets = self._sanctioned  # "China opposes unilateral sanctions": those named before in the text
            elif stoppers and (evaders := _evaders(ctx, sent)):
                targets = evaders  # "to prevent Russia from evading the sanctions": Russia's
            else:
                continue
            if stoppers:
                # "urged vigilance to ensure that Western sanctions against Russia are not circumvented", "warned that
                # companies helping Moscow evade sanctions will face consequences": whoever stops the evasion backs
                # the sanctions (the nearest verb of stopping that names a state; else the speaker)
                curbers = next((hs for v in stoppers if (hs := self._holder(ctx, v)[0])), []) or (
                    [ctx.speaker] if ctx.speaker else [])
                out.extend(Stance(h, f"sanctions_on_{self._slug(ctx, t)}", t, "support", ctx.published, span)
                           for h in curbers for t in targets if h != t)
                continue
            verb = anchor if anchor.pos_ == "VERB" else _governing_verb(anchor)
            if verb is not None and verb.lemma_ in _TOPIC_VERBS:
                continue
            if verb is not None and _hedged(verb, anchor):
                continue  # "urged caution on new sanctions": reluctance voiced, neither backing nor rejection
            holders: list[str] = []
            for c in anchor.children:  # "America's sanctions", "Western sanctions", "sanctions imposed by the EU"
                if c.dep_ in ("poss", "amod") and ctx.token_mentions.get(c.i) is not None or c.dep_ == "agent" or \
                        c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children):
                    holders += [h for h in _states_of(ctx, {x.i for x in c.subtree}) if h not in targets]
                elif c.dep_ == "poss" and c.lower_ in ("their", "its"):
                    # "… could weaken their sanctions on Russia": the owner "their" stands for
                    holders += [h for h in _pronoun_owner(ctx, c) if h not in targets and h not in holders]
            imposers = list(holders)
            negated = False
            undo = False
            if verb is not None and verb is not anchor or anchor.pos_ == "VERB":
                subj_states, negated = self._holder(ctx, verb)
                holders += [h for h in subj_states if h not in holders]  # (a target may oppose them: see below)
                chain = _chain(anchor, verb)
                undo = any(t.lemma_ in _UNDO_SANCTIONS or t.lower_ in _UNDO_SANCTIONS for t in chain) or any(
                    c.lower_ == "unilateral" for c in anchor.children)
                up, refused = _xcomp_top(verb)
                if refused:
                    undo = not undo  # "refused to join EU sanctions on Russia", "declined to support them"
                if up.dep_ == "acl" and up.head.lemma_ in _REFUSAL_NOUNS:
                    undo = not undo  # "Serbia's refusal to impose sanctions on Russia"
            if verb is not None and _judged_wrong(verb, anchor) and (holders or ctx.speaker):
                # "the sanctions … are not in line with international law": whoever says so (in a statement, the
                # speaker) opposes them
                inside = set(imposers) | set(_states_of(ctx, {x.i for c in verb.children if c.dep_ in _SUBJ
                                                              for x in c.subtree}))  # who imposed them
                holders = [h for h in holders if h not in inside] or (
                    [ctx.speaker] if ctx.speaker and ctx.speaker not in targets else [])
                undo, negated = True, False
            if not holders and ctx.speaker and ctx.speaker not in targets:
                holders = [ctx.speaker] if verb is not None and (
                    _first_person_subject(verb) or _agentless_ought(verb)) else []
            polarity = "oppose" if undo != negated else "support"
            if polarity == "support":
                holders = [h for h in holders if h not in targets]  # ("China opposes sanctions on Chinese firms")
            if polarity == "oppose":
                # "pressure from the EU not to enforce EU sanctions on transit goods": the owner of the sanctions
                # limiting or waiving its own measures is no opposition to them
                owners = set(imposers) | set(_states_of(ctx, {x.i for c in anchor.children if c.dep_ == "compound"
                                                               for x in c.subtree}))
                holders = [h for h in holders if h not in owners]
            for h in holders:
                for t in targets:
                    out.append(Stance(h, f"sanctions_on_{self._slug(ctx, t)}", t, polarity, ctx.published, span))
        return out

    def _recognition(self, ctx: Context, sent: Any, s0: int) -> list[Stance]:
        """ "Russia recognised Abkhazia and South Ossetia as independent states": against the territorial integrity of
        the state the regions belong to; "would not recognise the Donetsk and Luhansk republics": for it."""
        text = ctx.text[s0:ctx.span_chars(sent)[1]]
        if _is_question(text):
            return []
        out: list[Stance] = []
        span = Span(s0, s0 + len(text.rstrip()))
        for v in sent:
            if v.pos_ != "VERB" or v.lemma_.lower() not in ("recognise", "recognize"):
                continue
            objs = {x.i for c in v.children if c.dep_ in ("dobj", "nsubjpass") for x in c.subtree}
            parents = list(dict.fromkeys(
                m.state for m in ctx.mentions_in(objs) if m.state and is_state_code(m.state) and
                m.actor in ctx.actors and ctx.actors[m.actor].kind == "region"))
            if not parents:
                continue
            holders, negated = self._holder(ctx, v)
            if _xcomp_top(v)[1]:
                negated = not negated  # "declined to recognise the self-proclaimed republics"
            part_of = bool(re.search(r"\bas (?:an? )?(?:integral |inalienable |inseparable )?part of\b",
                                     ctx.text[ctx.char(v.i):span.end]))
            polarity = "support" if negated != part_of else "oppose"
            for h in holders:
                for p in parents:
                    if h != p:
                        out.append(Stance(h, "territorial_integrity", p, polarity, ctx.published, span))
        return out

    def _question_targets(self, ctx: Context, sent: Any) -> list[str]:
        """The state a question about sanctions is about: the one it names that neither speaks nor acts (the
        subjects of its verbs would impose them)."""
        named = [m for m in ctx.mentions_in(set(range(sent.start, sent.end)))
                 if m.state and is_state_code(m.state) and m.role not in ("pronoun", "coref")]
        acting = {m.state for m in named if any(t.dep_ in _SUBJ for t in ctx.doc[m.tok_start:m.tok_end]) or
                  ctx.doc[m.tok_start:m.tok_end].root.dep_ in _SUBJ}
        rest = [st for st in dict.fromkeys(m.state for m in named) if st not in acting and st != ctx.speaker]
        return rest if len(rest) == 1 else []  # type: ignore[return-value]

    def _sanction_targets(self, ctx: Context, anchor: Any, end: int) -> list[str]:
        if anchor.pos_ == "VERB":  # "sanctioned Russian banks"
            objs = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
            return [st for st in _states_of(ctx, {x.i for c in objs for x in c.subtree})
                    if is_state_code(st)]
        out: list[str] = []
        for c in anchor.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "targeting", "upon"):
                # "… on Russia, Iran and possibly China": a state named as a mere possibility is no target
                maybe = {x.i for x in c.subtree if x.dep_ in ("conj", "appos", "pobj") and any(
                    g.dep_ == "advmod" and g.lower_ in _MAYBE for g in x.children) for x in x.subtree}
                out += _states_of(ctx, {x.i for x in c.subtree} - maybe)
        for c in [*anchor.children, *(g for cj in anchor.conjuncts if cj.i > anchor.i for g in cj.children)]:
            if c.dep_ in ("acl", "relcl") and c.lemma_ in ("target", "impose"):
                # ("sanctions imposed on X", "sanctions and long-arm jurisdiction that the US imposes on X"; not
                # "imposed after the invasion of Ukraine")
                for g in c.children:
                    if g.dep_ == "dobj" or g.dep_ == "prep" and g.lower_ in ("on", "against", "upon"):
                        out += _states_of(ctx, {x.i for x in g.subtree})
        if not out:  # the parse may attach "on X" to the verb: read the text right after
            for nxt in (m for m in ctx.mentions if end <= m.start <= end + 40 and m.state and m.role != "pronoun"):
                if _SANCTION_ON.match(ctx.text[end:nxt.start] + " "):
                    out.append(nxt.state)  # type: ignore[arg-type]
                    break
        return [st for st in dict.fromkeys(out) if is_state_code(st)]

    @staticmethod
    def _slug(ctx: Context, state: str) -> str:
        name = _SANCTION_NAMES.get(state) or (ctx.actors[state].name if state in ctx.actors else state)
        return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")

    def _economic_ties(self, ctx: Context, sent: Any, s0: int) -> list[Stance]:
        """ "a free trade agreement with China", "economic ties with Russia": economic_ties_with_<partner>."""
        out: list[Stance] = []
        self._match_ids = set()
        text = ctx.text[s0:ctx.span_chars(sent)[1]]
        if _is_question(text):
            return out
        span = Span(s0, s0 + len(text.rstrip()))
        found: list[tuple[int, int, list[str], list[str]]] = []  # (start, end, partners, the pair's other states)
        for m in _ECON.finditer(text):
            at = s0 + m.end()
            if m.group("prep").lower() == "between":
                pair = [mm.state for mm in ctx.mentions if at - 5 <= mm.start <= at + 60 and mm.state and
                        mm.role != "pronoun"][:2]
                partners = [p for p in dict.fromkeys(pair) if p in _ECON_ISSUE]
                others = [p for p in dict.fromkeys(pair) if p not in partners]
                if len(set(pair)) < 2:
                    continue
            else:
                nxt = next((mm for mm in ctx.mentions if at - 5 <= mm.start <= at + 25 and mm.state and
                            mm.role != "pronoun"), None)
                partner = nxt.state if nxt is not None and nxt.state in _ECON_ISSUE else None
                partners = [partner] if partner else []
                # "Russia pushed for closer integration with Minsk": ties with the power that seeks them
                others = ["~" + nxt.state] if nxt is not None and nxt.state and partner is None else []
                if others:
                    partners = ["*"]
            if not partners:
                continue
            bare = m.group("noun").lower() in _ECON_BARE and not _ECON_WORD.search(m.group("mods"))
            if bare and m.group("noun").lower() in _POLITICAL_TIES:
                continue  # "improving relations with Iran", "normalization of relations with X": diplomacy, not trade
            found.append((m.start(), m.end(), partners if not bare else ["?" + p for p in partners], others))
        for m in _BRI.finditer(text):
            found.append((m.start(), m.end(), ["?CHN"], []))
        for m in _CAPITAL_OF.finditer(text):
            out.extend(self._capital_sought(ctx, sent, s0, m, span))
        for m in _MARKET.finditer(text):  # "integrating into the EU internal market", "access to the Chinese market"
            found.append((m.start(), m.end(), [_MARKET_OF[m.group("who").lower().replace(".", "")]], []))
        for m in _ECON_PAIR.finditer(text):
            if not any(a <= m.start() < b for a, b, *_ in found):
                found.append((m.start(), m.end(), ["&"], []))  # "China and Iran work towards economic co-operation"
        for start, end, partners, others in found:
            toks = [t for t in sent if s0 + start <= ctx.char(t.i) < s0 + end]
            verb = _governing_verb(toks[-1]) if toks else None
            if verb is not None and verb.lemma_ in ("sign", "conclude", "ratify", "initial") and not (
                    ctx.speaker and self._holder(ctx, verb)[0] == [ctx.speaker]):
                continue  # signing a deal is an event (AGREE), not a stated position — unless the speaker tells of
                # its own ("we were the first to sign a free-trade agreement with X")
            window = text[max(0, start - 40):end + 40]
            goal = bool(_TRADE_GOAL.search(text[max(0, start - 80):end]))
            if verb is not None and verb.lemma_ in _TOPIC_VERBS and not (_WARM.search(window) or goal):
                continue  # "trade with China reached $1bn", "they discussed trade with Iran": a topic, no position
            if _SOUR.search(window):
                continue  # "relations with Russia deteriorated": a state of affairs, not a position
            defended = bool(_DEFENDED.search(text[max(0, start - 40):end + 60]))
            if any(p.startswith("?") for p in partners):
                # bare "relations with X": a position only when it is built, wanted or valued
                if not (_WARM.search(window) or _approved(verb) or defended or goal):
                    continue
                partners = [p[1:] for p in partners]
            holders, negated = self._holder(ctx, verb)
            negated = negated and not defended
            if partners == ["&"]:
                # ties named without a partner: the two states whose ties they are — the subject ("China and Iran are
                # working towards …") or the owners of a goal they are said to be ("… are Russian and Iranian goals")
                two = holders or _goal_owners(ctx, verb) or (
                    _goal_owners(ctx, verb.head) if verb is not None and verb.dep_ in ("csubj", "csubjpass") else [])
                if len(two) == 2 and two[0] != two[1] and (verb is None or verb.lemma_ not in _TOPIC_VERBS or goal):
                    for h, p in ((two[0], two[1]), (two[1], two[0])):
                        if p in _ECON_ISSUE:
                            out.append(Stance(h, _ECON_ISSUE[p], None, "oppose" if negated else "support",
                                              ctx.published, span))
                continue
            if partners == ["*"]:
                small = others[0][1:]
                for h in holders:
                    if h in _ECON_ISSUE and h != small:
                        out.append(Stance(h, _ECON_ISSUE[h], small, "oppose" if negated else "support",
                                          ctx.published, span))
                continue
            if len(partners) == 2:  # "cooperation between China and Iran": each with the other
                pairs = [(partners[0], partners[1]), (partners[1], partners[0])]
                voiced = holders or ([ctx.speaker] if ctx.speaker in partners else [])
                pairs = [(h, p) for h, p in pairs if not voiced or h in voiced]
            else:
                hs = [h for h in holders if h != partners[0]] or others or ([ctx.speaker] if ctx.speaker else [])
                pairs = [(h, partners[0]) for h in hs if h != partners[0]]
            for h, p in pairs:
                out.append(Stance(h, _ECON_ISSUE[p], None, "oppose" if negated else "support", ctx.published, span))
        return out

    def _capital_sought(self, ctx: Context, sent: Any, s0: int, m: re.Match[str], span: Span) -> list[Stance]:
        """ "invited Chinese companies to bid", "are welcoming Chinese capital": the ties with that power wanted;
        "warned that Chinese investment could expose Georgia to economic coercion": opposed, for the state exposed."""
        partner = _MARKET_OF[m.group("who").lower()]  # (the same adjectives as a power's market)
        toks = [t for t in sent if s0 + m.start() <= ctx.char(t.i) < s0 + m.end()]
        if not toks:
            return []
        noun = toks[-1]
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return []
        warner = next((a for a in [verb, *verb.ancestors] if a.lemma_.lower() in _WARNING_VERBS), None)
        if warner is not None and _HARM_OF_TIES.search(sent.text):
            holders, _ = self._holder(ctx, warner)
            exposed = [st for st in _states_of(ctx, {t.i for t in sent}) if st not in holders and st != partner and
                       is_state_code(st)]
            return [Stance(h, _ECON_ISSUE[partner], exposed[0] if len(exposed) == 1 else None, "oppose",
                           ctx.published, span) for h in holders if h != partner]
        if verb.lemma_.lower() not in _SEEKING_CAPITAL:
            return []
        holders, negated = self._holder(ctx, verb)
        return [Stance(h, _ECON_ISSUE[partner], None, "oppose" if negated else "support", ctx.published, span)
                for h in holders if h != partner]

    def _stances(self, ctx: Context, sent: Any, s0: int, m: re.Match[str], pat: IssuePattern) -> list[Stance]:
        cs, ce = s0 + m.start(), s0 + m.end()
        toks = [t for t in sent if ctx.char(t.i) >= cs and ctx.char(t.i) < ce]
        if not toks or _is_question(m.string):
            return []  # a journalist's question holds no position
        anchor = toks[-1]
        if _in_a_name(toks):
            return []  # "the Syrian Observatory for Human Rights", "the Peace Corps": a name, not a position
        if pat.issue == "armenian_genocide_recognition" and not _the_armenian_genocide(ctx, anchor, m.group(0)):
            return []  # "the prevention of genocide", "the X genocide": genocide in general or another one
        verb = _governing_verb(anchor)
        ids = {t.i for t in toks}
        if pat.inverted and verb is not None and verb.i in ids and verb.i != anchor.i:
            # "any change to internationally recognised borders" (the parser took "recognised" for the verb): the
            # breach is the phrase's root, governed from outside it
            anchor = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), anchor)
            verb = _governing_verb(anchor)
        joiners: list[str] = []
        if pat.target_rule == "holder" and verb is not None and anchor.i != verb.i and \
                verb.i in {t.i for t in toks} and verb.tag_ == "VBG" and \
                verb.dep_ in ("pcomp", "pobj", "acl", "dobj", "ccomp", "advcl") and \
                not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            # "dropped its objections to Finland and Sweden joining NATO": the ones joining are the issue's target;
            # who holds it is the clause above
            joiners = [st for st in _states_of(ctx, {x.i for c in verb.children if c.dep_ in _SUBJ for x in c.subtree})
                       if is_state_code(st)]
            if not joiners and verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj"):
                # "opposes Ukraine joining the EU" (the joiner parsed as the object the joining hangs on)
                joiners = [st for st in _states_of(ctx, {verb.head.i}) if is_state_code(st)]
            before = ctx.doc[verb.i - 1] if verb.i > 0 else None
            while before is not None and before.dep_ == "conj" and before.head.i < before.i:
                before = before.head  # "… to Finland and Sweden joining NATO": the whole list
            if not joiners and before is not None and before.dep_ in ("pobj", "dobj") and \
                    before.i in ctx.token_mentions:
                # "dropped its objections to Albania joining NATO" (the gerund parsed apart from its subject)
                joiners = [st for st in _states_of(ctx, {before.i} | {c.i for c in before.conjuncts})
                           if is_state_code(st)]
            if not joiners and verb.dep_ == "pcomp" and verb.head.lower_ in ("against", "from") and \
                    verb.head.head.i != verb.head.i:
                # "warned Chisinau against joining NATO", "kept Kyiv from joining": the one warned or kept out
                joiners = _object_states(ctx, verb.head.head)
            if joiners:
                verb = _governing_verb(verb.head)
        if not joiners and pat.target_rule == "holder" and verb is not None and verb.dep_ == "ccomp" and \
                verb.head.lemma_.lower() in _STATING and verb.i in {t.i for t in toks} and \
                verb.lemma_.lower() in ("become", "join", "enter") and verb.head.dep_ != "relcl" and any(
                    c.dep_ == "nsubj" for c in verb.children):
            # "NATO stated clearly that Georgia will become a member of NATO": the one who says so holds it, for the
            # state that is to join
            joiners = [st for st in _states_of(ctx, {x.i for c in verb.children if c.dep_ == "nsubj"
                                                     for x in c.subtree}) if is_state_code(st)]
            if joiners:
                verb = verb.head
        elif pat.target_rule == "holder" and verb is not None and verb.dep_ == "xcomp" and \
                verb.i in {t.i for t in toks} and not any(c.dep_ in _SUBJ for c in verb.children):
            # "urged Kyiv to join NATO", "warned Finland not to join": the one urged or warned is who would join
            joiners = _object_states(ctx, verb.head)
        chain = _chain(anchor, verb)
        if joiners and verb is not None:
            # "dropped its objections to / warned against X joining": what the verb does to the joining
            chain = chain[:-1] + [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in _OPPOSE_NOUNS or
                                  c.dep_ == "prep" and c.lower_ == "against" and c.i < anchor.i] + chain[-1:]
        if verb is not None and verb.lemma_ in _TOPIC_VERBS and not any(
                t.lemma_ in _STANCE_NOUNS | _NEED_WORDS | _CONDEMN_NOUNS | _OPPOSE_NOUNS for t in chain) and not (
                verb.lemma_ == "reach" and verb.dep_ in ("xcomp", "ccomp", "advcl")) and not _own_policy_told(verb):
            return []  # "the leaders discussed humanitarian aid": a topic named, no position taken (but "called on
            # both to reach a ceasefire" asks for it)
        if verb is not None and (verb.lemma_ in _EXPERIENCE_VERBS or verb.dep_ == "relcl" and
                                 verb.lemma_ in _EXPERIENCE_VERBS):
            return []  # "those who perished in the genocide", "after enduring the occupation": undergone, not held
        issue_np = _phrase(_np_head(anchor))
        self._climbed: Any = None
        self._match_ids = {t.i for t in toks}  # "bound by the Iran nuclear deal", "NATO membership bids": named in
        # the issue's own words, a state is what the issue is about, never who holds it — nor one listed with them
        # ("to join the European Union and NATO")
        j = toks[-1].i + 1
        while j + 1 < len(ctx.doc) and ctx.doc[j].lower_ in ("and", "or", ",") and j - toks[-1].i <= 3:
            nxt = j + 2 if ctx.doc[j + 1].lower_ == "the" else j + 1
            m2 = ctx.token_mentions.get(nxt) if nxt < len(ctx.doc) else None
            if m2 is None or m2.state not in ACTOR_GROUPS:
                break
            self._match_ids |= set(range(m2.tok_start, m2.tok_end))
            j = m2.tok_end
        holder_states, negated = self._holder(ctx, verb)
        climbed = self._climbed
        np_head = _np_head(anchor)
        pursuers = [c for c in np_head.children if c.dep_ == "relcl" and c.lemma_ in _PURSUING]
        if pursuers:
            # "the multi-vector foreign policies that Astana and Tashkent have pursued": those who pursue it hold it
            holder_states = [m.state for c in pursuers for s_ in c.children if s_.dep_ in _SUBJ
                             for m in ctx.mentions_in({t.i for t in s_.subtree}) if m.state] or holder_states
            holder_states = list(dict.fromkeys(holder_states))
        if verb is not None and any(t.dep_ in _SUBJ and t.head.i == verb.i and
                                    t.lemma_ in _STANCE_NOUNS | _OPPOSE_NOUNS and
                                    any(c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in ctx.token_mentions
                                        for c in t.children) for t in chain):
            holder_states = []  # "the US withdrawal from the deal is …": the noun's owner holds it (below)
        if pat.issue == "humanitarian_access" and _giving(chain, verb):
            return []  # "providing humanitarian assistance", "a recipient of aid": aid given (an event), no position
        holder_states = [h for h in holder_states if not _only_inside(ctx, h, issue_np, verb)]
        named_in = [m for m in ctx.mentions_in(set(range(sent.start, sent.end))) if m.state in holder_states]
        holder_states = [h for h in holder_states if h == ctx.speaker or not any(m.state == h for m in named_in) or
                         not all(m.tok_start in self._match_ids for m in named_in if m.state == h)]
        if verb is not None and _coerced(verb):
            holder_states = []  # "X was forced to request a ceasefire", "pressured into accepting": not X's choice
            negated = False
        if verb is not None and verb.lemma_ in _ACCEPT_VERBS and verb.dep_ == "xcomp" and \
                verb.head.lemma_ in ("refuse", "decline") and any(t.lemma_ in _BREACH_NOUNS for t in chain):
            negated = True  # "Kazakhstan has refused to recognise Russia's annexation of …": a refusal on principle
        elif verb is not None and _unfulfilled(verb):
            holder_states = []  # "Russia has yet to fulfil the ceasefire": the speaker's complaint, not Russia's view
            negated = False
        if anchor.dep_ in ("compound", "amod", "nmod") and anchor.head.lemma_ in _TOPIC_NOUNS:
            return []  # "a human rights issue", "the ceasefire question": a topic named, no position taken
        if anchor.dep_ in ("compound", "amod", "nmod") and anchor.head.lemma_.lower() in _NAMED_BY_ISSUE:
            return []  # "a human rights lawyer", "peace talks envoy", "a human rights treaty": a kind of someone or
            # something named by the issue, no position taken
        if any(c.dep_ == "amod" and c.lower_ in _BAD_ISSUE for t in toks + [_np_head(anchor)] for c in t.children) or \
                re.search(r"\bso-called\s+$", m.string[max(0, m.start() - 12):m.start()], re.I):
            return []  # "a bad peace deal", "a so-called ceasefire": not the issue itself but a wrong form of it
        inside = {t.i for t in toks}
        if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _OTHER_DOMAIN and c.i not in inside
               for t in toks + [_np_head(anchor)] for c in t.children):
            return []  # "digital sovereignty", "food sovereignty": another domain's notion, not the issue itself
        if pat.issue == "ceasefire" and _against_a_group(ctx, toks):
            return []  # "an end to violence against women": violence done to a group of people, not hostilities
        if _no_substitute(anchor, verb):
            return []  # "a fragile ceasefire cannot be a substitute for lasting peace": the ceasefire is not endorsed
        if _a_topic(_np_head(anchor), verb):
            return []  # "the technical aspects of the ceasefire", "X remains one of the most salient issues"
        if any(t.lemma_ in _PART_NOUNS for t in chain[1:]) and not any(
                t.lemma_ in _STANCE_NOUNS or t.lemma_ in _OPPOSE_NOUNS for t in chain[1:]):
            return []  # "wants no Western involvement in the peace process": a position on who takes part, not on it
        if _merely_near(chain, verb, anchor):
            return []  # "arrived after talks on a ceasefire", "hosted a round of negotiations on a peace deal"
        breach_tok = next((t for t in chain if t.lemma_ in _BREACH_NOUNS), None)
        agent = self._breach_agent(ctx, breach_tok, verb, holder_states) if breach_tok is not None else []
        if breach_tok is None and pat.inverted and anchor.pos_ in ("VERB", "NOUN") and verb is not None and \
                not (verb.lemma_ in _OPPOSE_VERBS or verb.lemma_ in _ACCEPT_VERBS):
            agent = list(holder_states)  # "Russia annexed …", "continues to occupy X's territory": the subject breaches
        breach_before = _BREACH_BEFORE.search(m.string[max(0, m.start() - 25):m.start()])
        verb_breach = bool(breach_before and breach_tok is None and verb is not None and
                           breach_before.group(0).lower().startswith(verb.text.lower()))
        if verb_breach or breach_tok is None and pat.inverted and agent:
            # "Russia violates its territorial integrity": the subject of the verb breaches
            agent = _holder_states_of(ctx, {x.i for c in verb.children if c.dep_ in _SUBJ for x in c.subtree})
        # "Georgia says (that) Russia violates …": the one who says so holds what is breached
        sayers = [h for h in self._sayers(ctx, verb) if h not in agent and h not in holder_states] \
            if verb_breach or breach_tok is not None or pat.inverted else []
        accuser = _accuser_verb(verb) if verb_breach or pat.inverted and breach_tok is None or (
            verb is not None and verb.lemma_ in _OPPOSE_VERBS) else None
        if accuser is not None:
            # "X and Y accused each other of violating the ceasefire": the accusers hold it; the accused are its
            # object ("accused Russia of violating …")
            agent = _holder_states_of(ctx, {x.i for c in accuser.children if c.dep_ in ("dobj", "dative")
                                            for x in c.subtree})
            sayers = [h for h in holder_states if h not in agent]
            holder_states = list(agent)
        holder_states = [h for h in holder_states if h not in sayers]
        self._more_targets: list[str] = joiners[1:]
        target = joiners[0] if joiners else \
            self._target(ctx, sent, anchor, toks, pat, holder_states, exclude=agent, sayers=sayers)
        if target is None and pat.inverted and pat.target_rule == "of" and ctx.speaker and \
                is_state_code(ctx.speaker) and ctx.speaker not in agent:
            target = ctx.speaker  # "the occupation", said in a statement: of the speaker's own land
        breach = pat.inverted or breach_tok is not None or bool(breach_before)
        if breach_before and breach_tok is None and not pat.inverted and verb is not None and \
                breach_before.group(0).lower().startswith(verb.text.lower()):
            breach = False  # "Bolivia blocked the peace deal": the verb itself breaches — its subject opposes
        verb_opp = verb_breach or verb is not None and (verb.lemma_ in _OPPOSE_VERBS or any(
            c.lemma_ in _OPPOSE_VERBS for c in verb.children if c.dep_ == "xcomp") or any(
                t.lemma_ == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)
                for t in [verb, *verb.ancestors][:3]))  # ("rules out joining NATO")
        # "undermines the prospects of achieving a settlement": the clause the phrase belongs to opposes it
        verb_opp = verb_opp or climbed is not None and climbed.lemma_ in _OPPOSE_VERBS
        verb_opp = verb_opp or pat.issue.endswith("_membership") and verb is not None and verb.lemma_ in _LEAVING
        if verb is not None and _xcomp_top(verb)[1]:
            verb_opp = not verb_opp  # "declining to join either NATO or the CSTO", "refused to recognise …"
        if verb is not None and not pat.inverted and anchor.i != verb.i and verb.lemma_ in _SEIZE_VERBS and \
                breach_tok is None and holder_states:
            # "continues to occupy two regions of X's sovereign territory": the one who seizes opposes
            verb_opp = True
            agent = list(holder_states)
        if breach_tok is not None:
            # a breach named as a noun ("Russia's occupation of …", "violations of the ceasefire"): its agent opposes
            # the issue; whoever condemns, suffers or names it holds it — unless they are the agent themselves
            if holder_states and set(holder_states) <= set(agent):
                polarity = "oppose"
            elif verb is not None and verb.lemma_ in _ACCEPT_VERBS:
                polarity = "oppose"  # "accept the occupation" (negated below: "will never accept occupation")
            else:
                polarity = "support"
                negated = False  # "does not only condemn the annexation": still held
        elif breach:
            # a breach named as a verb ("Russia annexed …", "interfere in"): its subject opposes the issue; "an end to
            # foreign interference" asked for holds it
            ended = any(t.lemma_ in ("end", "halt", "cessation", "stop") for t in chain[1:]) or _refrained(verb)
            polarity = "support" if verb_opp or ended else "oppose"
        else:
            # "builds its policy on the justification of the genocide", "pursues the rejection of the deal": a noun
            # of denial between the issue and the verb turns the verb's position round
            deny = any(t.lemma_ in _OPPOSE_NOUNS or t.lemma_ in _DENY_NOUNS or t.lower_ == "against" and
                       t.dep_ == "prep" for t in chain[1:])  # "protests against the peace deal"
            polarity = "oppose" if verb_opp != deny else "support"
        namer = next((a for a in anchor.ancestors if a.lemma_ in _NAMING_VERBS), None)
        if namer is not None and not breach and any(t.lemma_.lower() in _HARMS for t in
                                                   ctx.doc[anchor.i + 1:namer.right_edge.i + 1]
                                                   if t.i not in self._match_ids):
            polarity = "oppose"  # "the Kremlin calls NATO enlargement a direct threat to its security"
        if negated and re.search(r"\bno alternative to\b", m.string, re.I):
            negated = False  # "there is no alternative to a peaceful resolution": support
        if negated and verb is not None and (
                sum(c.dep_ in ("dobj", "oprd") for c in verb.children) >= 2 or any(c.dep_ == "oprd"
                                                                                  for c in verb.children)):
            negated = False  # "never made recognition of X a precondition for …": the complement is denied, not X
        if negated:
            polarity = "oppose" if polarity == "support" else "support"
        span = Span(s0, s0 + len(ctx.text[s0:ctx.span_chars(sent)[1]].rstrip()))
        date = ctx.published
        out: list[Stance] = []
        # holders inside the noun phrase: "their support for …", "thanked Georgia for its role in …"
        up = climbed or (_clause_above(verb) if verb is not None and not holder_states else None)
        np_holders = self._np_holders(ctx, sent, chain if up is None else _chain(anchor, up), verb, holder_states)
        np_pol = "support"
        if any(t.lemma_ in _OPPOSE_NOUNS for t in chain):
            np_pol = "support" if breach else "oppose"
        elif breach and breach_tok is None:
            np_pol = "oppose"
        elif verb is not None and verb.lemma_ in _OPPOSE_VERBS and verb.dep_ in ("acl", "relcl") and \
                verb.head.lemma_ in _STANCE_NOUNS:
            np_pol = "oppose"  # "his call to block Ukraine from NATO membership", "their bid to derail the truce"
        np_holders = [h for h in np_holders if h not in agent]
        if np_holders and holder_states and not set(np_holders) & set(holder_states) and polarity == "support" and \
                verb is not None and verb.lemma_ not in _ENDORSE_VERBS and not _approved(verb):
            # "China lashed out at Japan's concern over human rights", "noted Y's support for …": another's position
            # named by one who neither shares nor endorses it is not the subject's
            holder_states = []
        for h in np_holders:
            if h not in holder_states:
                out.append(Stance(h, pat.issue, self._own_target(pat, target, h), np_pol, date, span))
        # the agent of a breach described by someone else ("their condemnation of Russia's annexation") holds no
        # stated position here: what it did is an event, not a stance
        if verb is not None and verb.lemma_ in _THANK_VERBS and not negated:
            polarity = np_pol  # the thanker holds what it thanks for ("does not recognize …" stays turned round)
        if sayers and (polarity == "oppose" or agent):
            each = target in sayers and any(t.lower_ == "their" and t.dep_ == "poss"
                                            for t in ctx.doc[max(0, anchor.i - 3):anchor.i])
            for h in sayers:  # a state that says another violates X holds X itself ("their own": each its own)
                out.append(Stance(h, pat.issue, h if each and pat.target_rule != "none" else target, "support", date,
                                  span))
        elif (polarity == "oppose" or agent) and ctx.speaker and ctx.speaker not in holder_states and \
                ctx.speaker not in np_holders and ctx.speaker not in agent:
            # a statement that blames another state for violating X holds X itself
            out.append(Stance(ctx.speaker, pat.issue, target, "support", date, span))
        holders = holder_states or ([ctx.speaker] if ctx.speaker and polarity == "support" and not np_holders and
                                    not _described(anchor, verb) else [])
        if polarity == "oppose" and (_by_deed(verb, agent, pat, breach_tok, verb_breach, accuser) or
                                     climbed is not None and climbed.lemma_ in _DEED_VERBS):
            # "Russia violated / occupied / blocked …", "accused X of violating …": what a state is said to do is an
            # event, not a position it states — unless it is the speaker's own
            holders = [h for h in holders if h == ctx.speaker]
        mutual = len(set(holders)) == 2 and bool(_EACH_OTHERS.search(sent.text))
        for h in holders:
            t = self._own_target(pat, target, h)
            if t == h and pat.issue in _PLACED:
                t = None  # "Peru's view that a ceasefire is needed": a truce named by its holder is not of the holder
            if mutual and pat.target_rule != "none":
                t = next(o for o in holders if o != h)  # "commitment to each other's territorial integrity"
            if t is None and pat.issue in _GOVERNANCE and is_state_code(h) and _REFORM.search(sent.text) and \
                    _own_voice(ctx, sent, h) and not [st for st in _states_of(ctx, set(range(sent.start, sent.end)))
                                                      if st != h and is_state_code(st)]:
                t = h  # "our reform agenda puts an emphasis on the rule of law": the holder's own governance
            if t is None and pat.issue in _SCENE_ISSUES and is_state_code(h):
                t = self._governed(ctx, sent, h, holders, pat.issue)
            out.append(Stance(h, pat.issue, t, polarity, date, span))
        judged = self._bid_judged(ctx, anchor, toks, pat, date, span)
        out = [o for o in out if o.holder not in {j.holder for j in judged}] + judged  # (the judge's own reading
        # of the bid replaces the plain one: "holding up Sweden's application" is against Sweden's membership)
        if target is not None and self._more_targets:  # "membership for Finland and Sweden": each that would join
            out += [Stance(st.holder, st.issue, t, st.polarity, st.date, st.text) for st in list(out)
                    if st.target == target for t in self._more_targets if t != st.holder]
        return out

    @staticmethod
    def _governed(ctx: Context, sent: Any, holder: str, holders: list[str], issue: str) -> str | None:
        """Whose rights, peace or truce a position is about when its phrase names no one. Rights and the rule of law:
        the one other state the sentence names ("urged the authorities in Minsk to release …", "raised with
        Uzbekistan the importance of …"). Peace, a truce, aid let through, non-interference: the one state the
        sentence names as the place or party of the conflict ("no military solution to the Afghan conflict", "we
        call on Armenia to …"), or, when it names no other state, the one the sentence before named ("… Yemen. We
        call for an immediate ceasefire") — never the speaker, a place of meeting, a mediator or a helper."""
        governance = issue in _GOVERNANCE
        addressed = issue != "non_interference"  # (the one called on not to interfere is not whose affairs they are)
        sents = ctx.sentences()
        at = next((k for k, s in enumerate(sents) if s.start == sent.start), None)
        back = [sent] + ([sents[at - 1]] if at and not governance else [])
        for k, s in enumerate(back):
            if k and "\n\n" in ctx.text[ctx.char(s.end - 1):ctx.char(sent.start)]:
                break  # (not across a paragraph)
            named = [m for m in ctx.mentions if s.start <= m.tok_start < s.end and m.state and
                     m.state not in holders and m.state != holder and (governance or m.state != ctx.speaker)]
            here = {m.state for m in named if m.state and is_state_code(m.state) and (
                m.role != "pronoun" if governance else _a_party_named(ctx, m, told_before=k > 0, addressed=addressed))}
            if named:  # (a sentence naming any other state is read alone)
                return here.pop() if len(here) == 1 else None
        return None

    def _bid_judged(self, ctx: Context, anchor: Any, toks: list[Any], pat: IssuePattern, date: str | None,
                    span: Span) -> list[Stance]:
        """ "Turkey backed (blocked) Finland's bid to join NATO", "holding up the applications of Sweden and Finland",
        "stopped blocking Sweden's entry into NATO": the one who backs or blocks another's bid to join holds the issue
        for the bidder, for or against."""
        bid = _owned_bid(ctx, anchor, toks) if pat.target_rule == "holder" else None
        if bid is None or bid.dep_ not in ("dobj", "pobj"):
            return []
        bidders = [st for st in _states_of(ctx, _bid_owner_tokens(bid)) if is_state_code(st)]
        judge = bid.head if bid.dep_ == "dobj" else bid.head.head
        if not bidders or judge.pos_ not in ("VERB", "AUX"):
            return []
        lemma = judge.lemma_.lower()
        polarity = "oppose" if lemma in _OPPOSE_VERBS or lemma in _BLOCK_VERBS else \
            "support" if lemma in _ENDORSE_VERBS else None
        if polarity is not None and (_neg(judge) or judge.dep_ == "xcomp" and judge.head.lemma_.lower() in _CEASING):
            polarity = "support" if polarity == "oppose" else "oppose"  # ("stopped blocking Sweden's entry")
        doer = judge.head if judge.dep_ == "xcomp" else judge
        judges = [st for st in _holder_states_of(ctx, {x.i for c in doer.children if c.dep_ in _SUBJ
                                                       for x in c.subtree}) if st not in bidders]
        return [Stance(j, pat.issue, b, polarity, date, span) for j in judges for b in bidders] if polarity else []

    def _sayers(self, ctx: Context, verb: Any) -> list[str]:
        """The states that say, warn or complain that what a clause reports is so: the subject of a verb of saying
        above it ("Georgia says that Russia …", "both maintain that …")."""
        v = verb
        for _ in range(3):
            if v is None or v.head.i == v.i or v.dep_ not in ("ccomp", "conj", "relcl", "advcl"):
                return []
            if v.dep_ == "relcl":  # "… claims that infringe upon …": up to the noun's clause
                v = _governing_verb(v.head)
                continue
            v = v.head
            if v.lemma_ in _SAY_VERBS or v.lemma_ in _BLAME_VERBS:
                states, _ = self._holder(ctx, v)
                return states
        return []

    @staticmethod
    def _own_target(pat: IssuePattern, target: str | None, holder: str) -> str | None:
        if pat.target_rule == "holder" and target is None and holder not in ACTOR_GROUPS:
            return holder  # "Georgia's intent to join NATO": Georgia's own membership
        return target

    def _np_holders(self, ctx: Context, sent: Any, chain: list[Any], verb: Any, subjects: list[str]) -> list[str]:
        """States that hold an issue from inside a noun phrase: the possessor of a stance noun ("the EU's support
        for", "their commitment to", "its role in") and the one thanked for it ("thanked Georgia for …")."""
        out: list[str] = []
        for t in chain:
            if t.lemma_ not in _STANCE_NOUNS and t.lemma_ not in _OPPOSE_NOUNS and t.lemma_ not in _CONDEMN_NOUNS:
                continue
            for c in t.children:
                if c.i in self._match_ids:
                    continue
                if c.dep_ in ("amod", "compound", "nmod") and ctx.token_mentions.get(c.i) is not None:
                    for st in _holder_states_of(ctx, {c.i}):  # "Iranian support for …", "the US withdrawal from …"
                        if st not in out:
                            out.append(st)
                if c.dep_ != "poss":
                    continue
                for st in self._possessor_states(ctx, sent, c, subjects):
                    if st not in out:
                        out.append(st)
        if verb is not None and any(t.lower_ == "for" for t in chain):
            thanked = [c for c in verb.children if c.dep_ in ("dobj", "dative")] if verb.lemma_ in _THANK_VERBS \
                else []
            # "we are grateful to the United States … for their support for …": those one is grateful to
            thanked += [p for c in verb.children if c.dep_ == "acomp" and c.lemma_ in _GRATEFUL
                        for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]
            for c in thanked:
                for st in _holder_states_of(ctx, {x.i for x in c.subtree}):
                    if st not in out and st not in subjects:
                        out.append(st)
        return out

    def _breach_agent(self, ctx: Context, tok: Any, verb: Any = None, subjects: list[str] | None = None) -> list[str]:
        """Who commits a breach named as a noun: its possessor ("Russia's occupation"), shared with the nouns it is
        listed with ("Russia's rhetoric and violations of …") or held by the noun it is "of" ("its policy of
        occupation"), its "by" agent; or the subject of a verb that commits it or says what it is ("X continued the
        occupation", "X's attacks constitute a violation of …")."""
        out: list[str] = []
        owners = [tok]
        t = tok
        for _ in range(3):
            if t.dep_ in ("conj", "compound", "appos") and t.head.pos_ in ("NOUN", "PROPN"):
                t = t.head  # "Russia's rhetoric and violations of …", "the fortification of the occupation line"
            elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_ in _DEED_NOUNS:
                t = t.head.head
            else:
                break
            owners.append(t)
        for c in (c for o in owners for c in o.children):
            if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her"):
                out += self._possessor_states(ctx, sentence_of(ctx.doc, c.i), c, [])  # "continues its occupation"
            elif c.dep_ == "poss" and c.lower_ not in ("our", "my"):
                out += _states_of(ctx, {x.i for x in c.subtree})
            elif c.dep_ == "amod" and ctx.token_mentions.get(c.i) is not None:
                out += _states_of(ctx, {c.i})  # "the Russian occupation"
            elif c.dep_ == "prep" and c.lower_ == "by" and c.head.i == tok.i:
                out += _states_of(ctx, {x.i for x in c.subtree})
        if not out:  # "the occupation of its regions by Russia": a "by" phrase inside the breach's own phrase
            for x in tok.subtree:
                if x.dep_ == "prep" and x.lower_ == "by" and x.head.pos_ in ("NOUN", "PROPN"):
                    out += _states_of(ctx, {y.i for y in x.subtree})
        if not out and verb is not None and not any(c.dep_ == "nsubjpass" for c in verb.children):
            for c in verb.children:  # "condemned the occupation of its regions by Russia": "by" hung on the verb
                if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                    out += _states_of(ctx, {x.i for x in c.subtree})
        top = owners[-1]
        if not out and top.dep_ == "pobj" and top.head.lower_ in ("in", "through"):
            # "launched an offensive in violation of the ceasefire": who acts so breaches it
            act = top.head.head
            if act.pos_ in ("NOUN", "PROPN") and act.lemma_ in _DEED_NOUNS:
                act = _governing_verb(act)
            if act is not None and act.pos_ in ("VERB", "AUX"):
                out += _holder_states_of(ctx, {x.i for c in act.children if c.dep_ in _SUBJ for x in c.subtree})
        if not out and subjects and verb is not None and top.head.i == verb.i and top.dep_ in ("dobj", "attr") and (
                verb.lemma_ in _PERPETRATE_VERBS or verb.lemma_ in ("be", "constitute", "represent", "amount")):
            out += subjects
        return list(dict.fromkeys(out))

    def _possessor_states(self, ctx: Context, sent: Any, poss: Any, subjects: list[str]) -> list[str]:
        low = poss.lower_
        if low in ("our", "my"):
            return [ctx.speaker] if ctx.speaker else []
        if low == "their":
            if subjects:
                return subjects
            verb = _governing_verb(poss)
            if verb is not None and any(c.dep_ in _SUBJ and c.lower_ in _GROUP_SUBJECTS for c in verb.children):
                return _participants(ctx, verb)
            named = [m.state for m in ctx.mentions if m.tok_end <= poss.i and m.tok_start >= sent.start and m.state
                     and m.role != "pronoun" and _holds(m)]
            return list(dict.fromkeys(named))[-2:]
        if low in ("its", "his", "her"):
            # "its" stands for the last owner named before it
            named = [m.state for m in ctx.mentions if m.tok_end <= poss.i and m.state and m.role != "pronoun"
                     and m.tok_start >= sentence_of(ctx.doc, poss.i).start - 60 and _holds(m)]
            return named[-1:]
        own = _holder_states_of(ctx, {x.i for x in poss.subtree})
        if not own and (poss.lower_ in _GROUP_SUBJECTS or any(c.lower_ in ("both", "two", "all") for c in
                                                            poss.children)):
            # "He welcomed both leaders' commitment to …": the states named just before, beside the one who speaks
            prev = sentence_of(ctx.doc, sent.start - 1) if sent.start > 0 else sent
            named = [m.state for m in ctx.mentions if prev.start <= m.tok_start < poss.i and m.state and
                     m.role not in ("pronoun", "coref") and _holds(m) and m.state not in subjects]
            named = list(dict.fromkeys(named))
            return named[-4:] if len(named) >= 2 else []
        return own

    def _holder(self, ctx: Context, verb: Any, outer: bool = True) -> tuple[list[str], bool]:
        if verb is None:
            return [], False
        v = verb
        negated = _neg(v)
        for _ in range(4):
            by = [c for c in v.children if c.dep_ == "agent"]
            if by and any(c.dep_ == "nsubjpass" for c in v.children):
                # "Russia's annexation was condemned by the EU": the one by whom it was done, not the subject
                done_by = _holder_states_of(ctx, {x.i for c in by for x in c.subtree} - self._match_ids)
                if done_by:
                    return done_by, negated
            subj = [c for c in v.children if c.dep_ in _SUBJ and c.lower_ not in ("there", "it")]
            if v.dep_ == "relcl" and not subj and _refers_back(v):
                # "… the massacre which it calls a genocide": "it" is the one the sentence is about — the subject
                # of the clause above, not the state last named inside the noun phrase
                up = _subject_above(ctx, v)
                if up:
                    return up, negated
            wish = _wish_above(v) if subj else None
            if wish is not None:
                # "I hope that Russia will fulfil the ceasefire", "Moscow called for both sides to stop the fighting":
                # the hope or the call is the position of the one who voices it
                v = wish
                negated = _neg(v)
                continue
            if subj:
                states: list[str] = []
                for s in subj:
                    if not _can_hold(ctx, s):
                        continue  # "the right of X to …", "the X conflict": a thing, not someone who holds a view
                    for mm in ctx.mentions_in(_head_tokens(s)):
                        if mm.state and _holds(mm):
                            states.extend(st for st in ctx.voices(mm) if st not in states)
                if states:
                    return states + [st for st in _companions(ctx, v) if st not in states], negated
                if any(t.lower_ in ("we", "i") or _own_title(t) for t in subj) and ctx.speaker:
                    return [ctx.speaker], negated  # "we", and in a statement "the President", "the Government"
                referred = [st for t in subj for st in (ctx.doc.user_data.get(COLLECTIVE_KEY) or {}).get(t.i, [])]
                if referred:  # "the two countries", "all three governments": the states the text named for them
                    return list(dict.fromkeys(referred)), negated
                if any(t.lower_ in _GROUP_SUBJECTS for t in subj):
                    return _participants(ctx, v), negated
                if v.dep_ in ("acl", "ccomp", "appos") and v.head.pos_ == "NOUN" and v.head.lemma_ in _SAY_NOUNS:
                    # "X's statement that a peace deal will help …": whose statement it is
                    said = _holder_states_of(ctx, _head_tokens(v.head) - {x.i for x in v.subtree})
                    if said:
                        return said, negated
                if v.dep_ == "ccomp" and v.head.i != v.i and v.head.lemma_ in _SAY_VERBS:
                    v = v.head  # "Greece argues that the waters are under its sovereignty": the one who argues
                    negated = negated or _neg(v)
                    continue
                if v.dep_ == "relcl":
                    ante = {t.i for t in v.head.subtree}.union(  # ("Russia and China, who have supported …")
                        *(_head_tokens(first) for first in leading_conjuncts(v.head)))
                    found = _holder_states_of(ctx, ante - {t.i for t in v.subtree})
                    if not found and v.head.dep_ == "attr" and v.head.head.lemma_ in ("be", "remain", "become"):
                        # "Serbia remains the only candidate country that has refused to …": the one it is said of
                        found = _holder_states_of(ctx, {t.i for c in v.head.head.children if c.dep_ in _SUBJ
                                                        for t in c.subtree})
                    return found, negated
                return [], negated
            if v.dep_ == "pobj" and v.head.dep_ == "prep" and v.head.head.pos_ in ("AUX", "ADJ") and \
                    v.head.head.i != v.head.i:
                v = v.head.head  # "has been clear on the need to forge …", "committed to the goal of …"
                negated = negated or _neg(v)
                continue
            if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.i != v.head.i:
                v = v.head.head  # "called for lifting the sanctions", "interested in pursuing": up past the preposition
                negated = negated or _neg(v)
                continue
            if v.dep_ in ("xcomp", "conj", "advcl", "acl", "ccomp", "pcomp", "relcl", "acomp", "attr") and \
                    v.head.i != v.i:
                if v.dep_ == "acl" and v.head.dep_ == "dobj" and v.head.head.lemma_ in _ENDORSE_VERBS and \
                        v.head.lemma_ in _STRIVING and not _neg(v.head.head):
                    # "China supports Serbia's efforts to safeguard its sovereignty": the one who backs the efforts
                    # holds what they are for
                    backers = _holder_states_of(ctx, {t.i for c in v.head.head.children if c.dep_ == "nsubj"
                                                      for t in c.subtree})
                    if backers:
                        return backers, negated
                if v.dep_ in ("relcl", "acl"):
                    st = _holder_states_of(ctx, {t.i for t in v.head.subtree} - {t.i for t in v.subtree})
                    if st:
                        return st[:1], negated
                v = v.head
                negated = negated or _neg(v)
                continue
            break
        found = _companions(ctx, v) or _possessive_antecedent(ctx, verb)
        if not found and outer:
            up = _clause_above(v)
            if up is not None:
                # "All affirmed their commitment to negotiations with the goal of finalizing a peace agreement": a
                # clause inside a noun phrase is held by the clause the noun phrase belongs to
                self._climbed = up
                states, neg2 = self._holder(ctx, up, outer=False)
                return states, negated or neg2
        return found, negated

    def _target(self, ctx: Context, sent: Any, anchor: Any, toks: list[Any], pat: IssuePattern,
                holders: list[str], exclude: list[str] | None = None, sayers: list[str] | None = None) -> str | None:
        if pat.target_rule == "none":
            return None
        head = toks[-1]
        # "territorial integrity of Georgia" / "Georgia's territorial integrity"
        np_tokens: set[int] = set()
        for t in toks:
            np_tokens |= _phrase(t)
        head_np = head
        while head_np.dep_ in ("conj", "compound", "amod", "nmod") and head_np.head.i != head_np.i and \
                head_np.head.pos_ in ("NOUN", "PROPN", "ADJ"):
            head_np = head_np.head  # ("its sovereignty and territorial integrity", parsed "sovereignty" as a
            # modifier of "integrity": the whole phrase is its)
        np_tokens |= _phrase(head_np)
        own = [c for t in toks for c in t.children if c.dep_ == "poss"] + \
              [c for c in head_np.children if c.dep_ == "poss"]
        if any(c.lower_ in ("our", "my") for c in own) and ctx.speaker:
            return ctx.speaker
        # "the annexation and Russia's disregard for …": who breaches is not whose the issue is
        breachers = {x.i for i in np_tokens for c in ctx.doc[i].children
                     if ctx.doc[i].lemma_ in _BREACH_NOUNS and c.dep_ == "poss" for x in c.subtree}
        states = [m.state for m in ctx.mentions_in(np_tokens - breachers)
                  if m.state and is_state_code(m.state) and m.role != "pronoun"
                  and m.state not in (exclude or []) and not _BROKER_AFTER.match(ctx.text, m.end)]
        if pat.issue.endswith("_membership"):  # the state that would join, never the organisation
            holders = [h for h in holders if h not in ACTOR_GROUPS]
        if pat.target_rule == "holder":
            # "welcomed the liberation of the territories by X": X's own land, not the one who welcomes it
            gv = _governing_verb(anchor)
            near = [ctx.doc[i] for i in np_tokens] + ([c for c in gv.children] if gv is not None and not any(
                c.dep_ == "nsubjpass" for c in gv.children) else [])  # "by X" may hang on an active verb
            doer = [st for t in near if t.dep_ in ("prep", "agent") and t.lower_ == "by"
                    for st in _states_of(ctx, {x.i for x in t.subtree}) if is_state_code(st)]
            if doer:
                return doer[0]
            # "Finnish and Swedish NATO membership", "EU membership for Ukraine", "Sweden's bid to join": the state
            # named in the membership's own phrase joins, not the one who backs it
            named = [st for st in states if st not in holders and not any(
                m.state == st and m.tok_start in self._match_ids for m in ctx.mentions_in(np_tokens))]
            if named:
                self._more_targets = named[1:]
                return named[0]
            if head_np.dep_ == "pobj" and head_np.head.lower_ in ("from", "out") and head_np.head.head.pos_ == "VERB":
                # "block Ukraine from NATO membership", "keep Georgia out of the EU": the one kept out
                kept = [st for c in head_np.head.head.children if c.dep_ == "dobj"
                        for st in _states_of(ctx, {x.i for x in c.subtree}) if is_state_code(st)]
                if kept:
                    return kept[0]
            return holders[0] if holders else (states[0] if states else None)
        if states:
            listed = [m.state for m in ctx.mentions_in(np_tokens - breachers) if m.state and is_state_code(m.state)
                      and m.state not in (exclude or []) + [states[0]] and _in_a_list(ctx, m)]
            if listed:
                # "the sovereignty and territorial integrity of Ukraine, Georgia and the Republic of Moldova": each
                self._more_targets = list(dict.fromkeys(listed))
            return states[0]
        refs = ctx.doc.user_data.get(COLLECTIVE_KEY) or {}
        many = list(dict.fromkeys(st for i in sorted(np_tokens) for st in refs.get(i, ()) if is_state_code(st) and
                                  st not in (exclude or []) + holders))
        if len(many) > 1:
            # "support for the sovereignty … of the five Central Asian nations": each of them
            self._more_targets = many[1:]
            return many[0]
        of = _of_target(ctx, sent, ctx.char(toks[-1].i) + len(toks[-1].text)) or _poss_target(ctx, ctx.char(toks[0].i))
        if of in (exclude or []):
            of = None
        if of:
            return of
        # possessive pronoun "its/our territorial integrity" -> the holder; never the one said to breach it
        # ("Georgia says Russia violates its sovereignty": Georgia's)
        if any(ctx.doc[i].lower_ in ("its", "our", "their", "my") for i in np_tokens) and \
                pat.issue not in ("peace_agreement", "ceasefire", "human_rights", "rule_of_law"):
            # "settle their dispute": the parties', no target; "their freedom of movement": the people's
            helped = _helped_in(ctx, head_np)
            if helped:
                return helped[0]  # "support Kazakhstan in defending its territorial integrity": Kazakhstan's
            its = [i for i in np_tokens if ctx.doc[i].lower_ == "its"]
            before = [m.state for m in ctx.mentions if its and sent.start <= m.tok_start and m.tok_end <= its[0]
                      and m.state and is_state_code(m.state) and m.role not in ("pronoun", "demonym")]
            if before and before[-1] not in (exclude or []) + (sayers or []) + holders + [ctx.speaker]:
                return before[-1]  # "We stand with the people of Ukraine and support its sovereignty": Ukraine's
            own_holders = [h for h in (sayers or []) + holders if h not in (exclude or [])]
            if own_holders:
                return own_holders[0]
            return ctx.speaker if ctx.speaker not in (exclude or []) else None
        if pat.issue == "sovereignty" and any(c.dep_ == "prep" and c.lower_ == "over" for c in head.children):
            # "China claims sovereignty over the Spratly Islands", no owner named: the claimant's own
            return next((h for h in holders if h not in (exclude or []) and is_state_code(h)), None)
        return None


def _in_a_list(ctx: Context, m: Any) -> bool:
    """The mention is a later item of a list of names ("…, Georgia and the Republic of Moldova")."""
    toks = [ctx.doc[i] for i in range(m.tok_start, m.tok_end)]
    return any(t.dep_ == "conj" or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "conj" and
               t.head.head.lemma_.lower() in ("republic", "kingdom", "state", "federation")
               for t in toks)


#: verbs by which a state keeps a policy ("the multi-vector policy that Astana has pursued")
_PURSUING = frozenset({"pursue", "follow", "adopt", "maintain", "keep", "practise", "practice", "champion", "embrace"})
_TOPIC_VERBS = {"discuss", "talk", "address", "review", "raise", "mention", "cover", "include", "focus", "concern",
                "relate", "pertain", "appear", "brief", "debate", "exchange", "touch", "examine", "explore", "study",
                "ask", "inquire", "report", "describe", "cite", "reach", "amount", "total", "fall", "rise", "grow",
                "decline", "increase", "account", "stand", "jump", "climb", "rank", "score", "place", "rate", "top"}
_NEED_WORDS = {"need", "importance", "necessity", "commitment", "support", "call", "priority", "imperative",
               "essential", "vital", "crucial", "key", "necessary", "important"}
_STANCE_NOUNS = {"support", "commitment", "backing", "call", "insistence", "adherence", "dedication", "respect",
                 "recognition", "effort", "role", "contribution", "work", "leadership", "engagement", "appreciation",
                 "push", "endorsement", "advocacy", "pursuit", "desire", "aspiration", "bid", "plan", "intention",
                 "intent", "readiness", "willingness", "determination", "resolve", "quest", "goal", "drive",
                 "position", "stance", "stand", "policy", "mediation", "initiative", "pledge", "promise", "demand",
                 "appeal", "need", "emphasis", "priority", "attention", "attachment"}
_EXPERIENCE_VERBS = {"perish", "die", "suffer", "survive", "endure", "flee", "witness", "undergo", "experience"}
_ACCEPT_VERBS = {"accept", "tolerate", "recognize", "recognise", "allow", "legitimize", "legitimise", "welcome",
                 "support", "endorse", "justify", "condone", "back"}
# people, bodies and instruments an issue only names the kind of ("a human rights activist", "a ceasefire monitor")
_NAMED_BY_ISSUE = {"activist", "lawyer", "defender", "campaigner", "group", "organisation", "organization", "watchdog",
                   "body", "commissioner", "council", "court", "tribunal", "treaty", "convention", "charity", "ngo",
                   "researcher", "expert", "monitor", "observer", "envoy", "negotiator", "official", "chief", "award",
                   "prize", "laureate", "day", "week", "prisoner", "worker", "volunteer", "office", "commission",
                   "committee", "institute", "center", "centre", "foundation", "network", "movement", "mission",
                   "advocate", "director", "head", "spokesman", "spokeswoman", "spokesperson", "team",
                   "delegation", "delegate", "reporter", "journalist", "scholar", "lawmaker"}
_TOPIC_NOUNS = {"issue", "question", "problem", "matter", "topic", "agenda", "dimension", "aspect", "situation",
                "implication", "file", "debate", "discussion", "dossier"}
_OPPOSE_NOUNS = {"opposition", "rejection", "objection", "resistance", "criticism", "refusal", "denial", "withdrawal",
                 "exit", "pullout", "abandonment", "repudiation", "renunciation", "walkout"}
_DENY_NOUNS = {"justification", "distortion", "falsification", "glorification", "negation", "trivialization",
               "trivialisation", "whitewashing", "revision", "relativization", "repeal", "dismantling", "erosion"}
_CONDEMN_NOUNS = {"condemnation", "concern", "protest", "denunciation", "outrage", "alarm"}
_BREACH_NOUNS = {"violation", "breach", "disregard", "erosion", "encroachment", "infringement", "assault", "attack",
                 "threat", "undermining", "collapse", "obstruction", "blockade", "disruption", "denial", "lack",
                 "absence", "suspension", "annexation", "occupation", "impediment", "restriction", "closure"}
# verbs of taking or entering another's land: whoever does so opposes its integrity and sovereignty
# opposing by deed, not by word: a statement that says another state does this holds the issue itself
_BREAK_VERBS = {"violate", "breach", "undermine", "disregard", "trample", "flout", "break", "wreck", "derail",
                "sabotage", "obstruct", "scuttle", "torpedo", "jeopardize", "jeopardise", "renege", "thwart",
                "frustrate", "threaten", "ignore", "infringe", "encroach", "disrespect", "nullify", "abandon",
                "attack", "deny", "block", "suspend", "revoke", "cancel", "abolish", "curtail", "restrict", "deprive",
                "terminate", "repeal", "annul"}
# opposing by deed (what a state does to an issue, reported by others), as against by word (oppose, reject, refuse …)
_DEED_VERBS = {"violate", "breach", "undermine", "disregard", "trample", "flout", "break", "wreck", "derail",
               "sabotage", "obstruct", "scuttle", "torpedo", "jeopardize", "jeopardise", "thwart", "frustrate",
               "threaten", "ignore", "infringe", "encroach", "disrespect", "nullify", "attack", "block", "curtail",
               "restrict", "deprive", "disrupt", "hamper", "hinder", "stall", "stymie", "prevent", "preclude", "spoil"}


def _by_deed(verb: Any, agent: list[str], pat: IssuePattern, breach_tok: Any, verb_breach: bool,
             accuser: Any) -> bool:
    """The position would only be read off a deed: a breach by its agent, a verb that breaks or takes what the issue
    names, or an accusation of doing so."""
    if accuser is not None:
        return True
    if verb is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
            verb.head.lemma_ in _STANCE_NOUNS or verb.head.lemma_ in _WISH_VERBS or verb.head.lemma_ in _INTEND_VERBS):
        return False  # "its call to block …", "vowed to scrap …": an intention stated, not a deed
    if verb_breach or (breach_tok is not None and agent):
        return True
    if verb is None:
        return bool(pat.inverted)
    return verb.lemma_ in _DEED_VERBS or verb.lemma_ in _SEIZE_VERBS or pat.inverted and \
        verb.lemma_ not in _OPPOSE_VERBS and verb.lemma_ not in _ACCEPT_VERBS


_SEIZE_VERBS = {"occupy", "annex", "invade", "seize", "capture", "infiltrate", "grab", "enter", "overrun", "conquer"}
# verbs by which the subject commits or keeps up what their object names ("continued the occupation")
_PERPETRATE_VERBS = {"continue", "intensify", "pursue", "maintain", "expand", "escalate", "conduct", "perpetrate",
                     "commit", "complete", "consolidate", "carry", "step", "deepen", "prolong", "extend", "launch",
                     "keep", "sustain", "finalize", "finalise", "legalize", "legalise", "formalize", "formalise"}
_BREACH_BEFORE = re.compile(r"\b(?:violat\w*|breach\w*|undermin\w*|disregard\w*|flout\w*|imped\w*|"
                            r"obstruct\w*|block\w*|threat\w* to|attacks? on|assaults? on|encroach\w* (?:up)?on|"
                            r"infiltrat\w*|invad\w*|incursions? into|(?:seiz|captur)\w*|control over(?: \w+)?|"
                            r"infring\w*(?: (?:up)?on)?|trampl\w* (?:up)?on|disrespect\w*)\s+"
                            r"(?:the\s+|its\s+|their\s+|\w+['’]s\s+)?(?:own\s+)?$", re.I)
# a state named as the one who brokered or backs a deal ("a US-brokered peace declaration"): not whose it is
_BROKER_AFTER = re.compile(r"[-–](?:brokered|mediated|backed|led|sponsored|hosted|drafted|proposed|funded)\b", re.I)
# issues whose target is the place their phrase names ("a ceasefire in Yemen"), never the holder's own possessive
_PLACED = {"ceasefire", "non_interference", "humanitarian_access"}
_GRATEFUL = {"grateful", "thankful", "indebted", "appreciative"}
_THANK_VERBS = {"thank", "commend", "praise", "applaud", "congratulate", "appreciate", "salute", "laud", "hail",
                "acknowledge", "recognize", "recognise"}
# verbs by which a subject makes another's stated position its own ("welcomed / shares / backs X's commitment to …")
# words that judge a form of an issue wrong ("a bad peace deal", "an unjust settlement"): no position on the issue
_BAD_ISSUE = {"bad", "unjust", "unfair", "shameful", "humiliating", "fake", "sham", "rotten", "lousy", "imposed",
              "dictated", "one-sided", "premature", "false", "phony", "phoney", "bogus"}
# governance issues a state speaks of at home when it tells of its own reforms
_GOVERNANCE = {"rule_of_law", "human_rights", "democratic_backsliding"}
# issues whose target, when their phrase names none, is the state the sentence (or the one before) names as the place
# or party of the conflict ("no military solution to the Afghan conflict", "… Yemen. We call for a ceasefire")
_SCENE_ISSUES = _GOVERNANCE | {"peace_agreement", "ceasefire", "humanitarian_access", "non_interference"}
_REFORM = re.compile(r"\b(?:reforms?|reforming|programmes?|programs?|national|domestic|judiciary|judicial|"
                     r"governance|institutions|institutional|legislation|constitution(?:al)?|our (?:country|society|"
                     r"people|citizens|government|state|nation)|in the country|corruption|public administration)\b",
                     re.I)
_ENDORSE_VERBS = {"welcome", "share", "echo", "join", "support", "endorse", "back", "reaffirm", "reiterate", "affirm",
                  "express", "voice", "confirm", "underline", "underscore", "stress", "emphasize", "emphasise",
                  "hail", "salute", "praise", "commend", "applaud", "thank", "appreciate", "congratulate", "laud",
                  "acknowledge", "recognize", "recognise", "value", "encourage", "count", "rely", "need", "want",
                  "accept", "be", "remain", "have", "make", "take", "give", "lend", "offer", "provide", "extend",
                  "demonstrate", "show", "continue", "ratify", "approve", "grant", "greenlight"}
_WISH_VERBS = {"hope", "urge", "call", "demand", "expect", "want", "ask", "insist", "encourage", "wish", "press",
               "invite", "appeal"}


_GROUP_SUBJECTS = {"leaders", "sides", "parties", "all", "both", "they", "ministers", "presidents", "delegations",
                   "participants", "counterparts"}


def _participants(ctx: Context, verb: Any) -> list[str]:
    """ "The leaders reaffirmed …", "They agreed …": the states named before the verb in the sentence, else those of
    the sentence before (the meeting that was reported) — never the states the position is about."""
    sent = sentence_of(ctx.doc, verb.i)
    prev = sentence_of(ctx.doc, sent.start - 1) if sent.start > 0 else None
    spans = [(sent.start, verb.i)] + ([(prev.start, prev.end)] if prev is not None else [])
    for lo, hi in spans:
        named = list(dict.fromkeys(m.state for m in ctx.mentions if lo <= m.tok_start < hi and m.state
                                   and m.role != "pronoun" and _holds(m)))
        if len(named) >= 2 or (named and lo == sent.start and ctx.speaker in named):
            return named[:4]
    return []


_ORG_WORDS = {"watch", "council", "commission", "committee", "observatory", "court", "ministry", "institute",
              "foundation", "center", "centre", "office", "agency", "department", "fund", "programme", "program",
              "mission", "corps", "prize", "award", "network", "forum", "league", "society", "dialogue", "dialog",
              "summit", "conference", "day", "week", "platform", "initiative"}


def _in_a_name(toks: list[Any]) -> bool:
    """Issue words that are part of an organisation's name (capitalised, next to a word like Council or Watch)."""
    if not any(t.text[:1].isupper() for t in toks) or toks[0].i == toks[0].sent.start:
        return False
    doc = toks[0].doc
    near = [doc[i] for i in (toks[0].i - 1, toks[0].i - 2, toks[-1].i + 1) if 0 <= i < len(doc)]
    ids = {t.i for t in toks}
    wider = any(t.ent_type_ == "ORG" and any(e.start <= t.i < e.end and (e.start < min(ids) or e.end > max(ids) + 1)
                                             for e in doc.ents) for t in toks)
    return wider or any(t.lower_ in _ORG_WORDS and t.text[:1].isupper() for t in near)


def _head_tokens(tok: Any) -> set[int]:
    """The tokens of a subject that name who it is: its possessor, compounds, conjuncts, appositions and "of"/"from"
    phrases ("the presidents of Chile and Peru"), not what it is about ("the EU's response to Russia's annexation",
    "the EU, which counts Greece as a member")."""
    out = {tok.i}
    for c in tok.children:
        if c.dep_ in ("relcl", "acl", "advcl", "punct", "cc") or (c.dep_ == "prep" and c.lower_ not in ("of", "from")):
            continue
        if c.dep_ == "appos" and c.pos_ == "NOUN" and tok.pos_ == "PROPN":
            continue  # "Turkey, a NATO member, …": a description of the one named, no holder of its own
        out |= _head_tokens(c)
    return out


_SAY_NOUNS = {"statement", "declaration", "claim", "assertion", "view", "belief", "position", "argument", "insistence",
              "assurance", "warning", "remark", "comment", "announcement", "message", "conviction", "stance"}
_BLAME_VERBS = {"accuse", "complain", "warn", "charge", "allege", "protest", "deplore", "lament", "regret",
                "fear", "worry", "object"}
_SAY_VERBS = {"say", "argue", "insist", "maintain", "claim", "believe", "stress", "state", "declare", "assert",
              "contend", "think", "consider", "note", "emphasize", "emphasise", "reiterate", "affirm", "reaffirm"}
_COMPANION = re.compile(r"^(?:in addition to|along with|together with|alongside|as well as|like)\b", re.I)


def _companions(ctx: Context, verb: Any) -> list[str]:
    """ "In addition to the EU and Russia, France has urged …", "along with Turkey": holders beside the subject."""
    out: list[str] = []
    for c in verb.children:
        if c.dep_ == "prep" and _COMPANION.match(" ".join(t.text for t in c.subtree)):
            out += _holder_states_of(ctx, {t.i for t in c.subtree})
    return out


#: verbs of leaving off a deed ("stop interfering", "refrain from interfering")
_LEAVING_OFF = frozenset({"stop", "cease", "refrain", "end", "halt", "avoid", "quit", "abstain", "desist"})


def _refrained(verb: Any) -> bool:
    """A breach told as what someone is to stop or refrain from ("urged the US to stop interfering in …", "agreed to
    refrain from interfering in each other's internal affairs"): the issue upheld."""
    if verb is None or verb.tag_ != "VBG":
        return False
    up = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "from" else verb.head \
        if verb.dep_ in ("xcomp", "dobj") else None
    return up is not None and up.i != verb.i and up.lemma_.lower() in _LEAVING_OFF


#: marks of an adverbial clause told beside another, not as what is asked for ("…, while Y said …")
_OWN_CLAUSE_MARKS = frozenset({"while", "whereas", "although", "though", "as", "when", "after", "before", "because",
                               "since", "if", "unless", "until", "whilst"})


def _wish_above(v: Any) -> Any:
    """A verb of hoping or calling above a clause ("hope that …", "called for X to …", "urged X to …") that has a
    subject of its own, or None."""
    t = v
    for _ in range(3):
        if t.head.i == t.i or t.dep_ not in ("ccomp", "xcomp", "advcl", "pcomp", "pobj", "prep", "dobj"):
            return None
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OWN_CLAUSE_MARKS for c in t.children):
            return None  # "X called to offer his backing, while Y said …": a clause of its own, not what is called for
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lemma_ in _WISH_VERBS and any(c.dep_ in _SUBJ for c in t.children):
            return t
    return None


_SANCTION_RE = re.compile(r"\b(?:sanctions|sanction(?:ed|ing)|(?:arms |oil |trade )?embargo(?:es)?|"
                          r"restrictive measures|(?:maximum|economic) pressure(?: campaign)?|export (?:controls|bans)|"
                          r"asset freezes?|visa bans|price caps?)\b", re.I)
# between the word "sanctions" and the state they target: "sanctions on X", "sanctions the US imposed on X"
_SANCTION_ON = re.compile(r"\s+(?:(?:the\s+)?[\w.]+\s+)?(?:(?:(?:has|have|had|must|should|will|would|be|been|was|"
                          r"were|is|are)\s+){0,3}(?:imposed|introduced|placed|slapped|"
                          r"levied|reimposed)\s+)?(?:on|against|targeting)\s+(?:the\s+)?"
                          # words between, never those that open another clause ("sanctions on oligarchs if X …")
                          r"(?:(?!(?:if|unless|when|whether|should|as|after|before|over|because|while|until|and|or|"
                          r"but|for|to|by|in|amid|despite|following)\b)[\w-]+\s+){0,2}$", re.I)
_BACK_SANCTIONS = {"support", "impose", "reimpose", "extend", "back", "welcome", "call", "urge", "demand", "favour",
                   "favor", "endorse", "tighten", "expand", "join", "enforce", "implement", "maintain", "uphold"}
_UNDO_SANCTIONS = {"lift", "ease", "remove", "end", "scrap", "relax", "drop", "waive", "suspend", "oppose", "reject",
                   "criticize", "criticise", "condemn", "denounce", "lifting", "easing", "removal", "unilateral",
                   "dispute", "question", "resist", "abandon", "block", "veto", "obstruct", "torpedo"}
# qualifiers that make an issue word another domain's notion ("digital sovereignty", "food sovereignty")
_OTHER_DOMAIN = {"digital", "data", "cyber", "food", "technological", "technology", "tech", "internet", "monetary",
                 "fiscal", "vaccine", "health", "information", "seed", "water", "energy", "consumer", "body", "bodily",
                 "reproductive", "personal", "individual", "culinary", "sporting", "musical"}


#: words of getting round sanctions, and the verbs above them of stopping that
_EVADING = frozenset({"circumvent", "circumvention", "evade", "evasion", "bypass", "dodge", "skirt", "diversion",
                      "divert"})
_CURBING = frozenset({"prevent", "ensure", "stop", "curb", "counter", "combat", "crack", "warn", "urge", "underscore",
                      "tighten", "block", "deter", "vigilance", "commitment", "pledge", "vow", "target", "punish",
                      "penalize", "penalise", "sanction", "face"})


#: verbs of ceasing what their complement names ("stopped blocking")
_CEASING = frozenset({"stop", "cease", "end", "quit", "drop", "abandon"})
#: verbs that state a bloc's decision ("stated that Georgia will become a member")
_STATING = frozenset({"state", "declare", "say", "agree", "decide", "affirm", "reaffirm", "confirm", "pledge",
                      "promise", "announce"})


def _owned_bid(ctx: Context, anchor: Any, toks: list[Any]) -> Any:
    """The noun of a bid to join, owned by a state ("Sweden's entry", "the applications of Sweden and Finland"), that
    the membership words are, or hang on."""
    def owned(t: Any) -> bool:
        return t.pos_ == "NOUN" and t.lemma_.lower() in _BIDS and any(
            ctx.token_mentions.get(i) is not None for i in _bid_owner_tokens(t))

    for t in [*toks, *list(anchor.ancestors)[:4]]:
        if owned(t):
            return t
        if t.pos_ == "VERB" and t.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                     for c in t.children):
            # "holding up the applications of Sweden and Finland to join NATO" (the parser hangs "to join" on
            # the verb): the bid its verb's object is
            return next((c for c in t.head.children if c.dep_ == "dobj" and owned(c)), None)
        if t.pos_ == "VERB" and t.dep_ not in ("acl", "relcl") and t not in toks:
            return None
    return None


def _bid_owner_tokens(bid: Any) -> set[int]:
    return {x.i for c in bid.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" and c.i > bid.i
            for x in c.subtree}


def _own_policy_told(verb: Any) -> bool:
    """ "Astana describes its foreign policy as multi-vector": a state telling what its own policy is holds it (not
    a topic named)."""
    return verb.lemma_ == "describe" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("policy", "approach", "diplomacy", "course") and any(
            g.dep_ == "poss" for g in c.children) for c in verb.children)


def _curbing_evasion(sent: Any) -> list[Any]:
    """The verbs that stop a getting round of sanctions, nearest first: "to prevent Russia from evading the
    sanctions", "ensure that sanctions are not circumvented", "not to allow its territory to be used to circumvent
    sanctions", "warned that companies helping Moscow evade sanctions will face consequences"."""
    for t in sent:
        if t.lemma_.lower() not in _EVADING:
            continue
        negated = any(c.dep_ == "neg" for c in t.children)
        found = []
        for a in t.ancestors:
            negated = negated or any(c.dep_ == "neg" for c in a.children)
            if a.lemma_.lower() in _CURBING or negated and a.lemma_.lower() in ("allow", "let", "permit"):
                found.append(a)
        if found:
            return found
    return []


def _evaders(ctx: Context, sent: Any) -> list[str]:
    """Who gets round the sanctions, their target: "to prevent Russia from evading the sanctions"."""
    return [st for t in sent if t.lemma_.lower() in _EVADING for c in t.children if c.dep_ in _SUBJ
            for st in _states_of(ctx, {x.i for x in c.subtree}) if is_state_code(st)][:1]


def _against_a_group(ctx: Context, toks: list[Any]) -> bool:
    """ "violence against women", "attacks against journalists": the words of hostilities aimed at a group of people
    that no state mention names."""
    for t in toks:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("against", "towards", "toward", "on"):
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs and not _states_of(ctx, {x.i for g in objs for x in g.subtree}) and \
                        all(g.pos_ in ("NOUN", "PRON") for g in objs):
                    return True
    return False


def _refers_back(v: Any) -> bool:
    """A relative clause whose subject is a pronoun and whose relative pronoun is its object ("which it calls …",
    "that they describe as …")."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "he", "she") for c in v.children) and any(
        c.dep_ in ("dobj", "nsubjpass", "oprd") and c.lower_ in ("which", "that", "what", "whom") for c in v.children)


def _subject_above(ctx: Context, v: Any) -> list[str]:
    """The states named as the subject of the nearest clause above v that has one."""
    t = v.head
    for _ in range(10):
        if t.pos_ in ("VERB", "AUX"):
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "there")]
            if subj:
                return [st for st in _holder_states_of(ctx, {i for c in subj for i in _head_tokens(c)})
                        if is_state_code(st)]
        if t.head.i == t.i:
            break
        t = t.head
    return []


_MAYBE = {"possibly", "perhaps", "maybe", "potentially", "eventually", "conceivably", "likely"}
# nouns of hedging: "urged caution on new sanctions", "counselled restraint over the embargo"
_HEDGE_NOUNS = {"caution", "prudence", "restraint", "care", "moderation", "patience", "carefulness", "circumspection"}
# verbs of harm done by sanctions to a state's economy: "have crippled Iran's economy", "hit Russia's banks"
_HARM_VERBS = {"cripple", "strangle", "hit", "hurt", "batter", "halve", "push", "damage", "squeeze", "choke",
               "devastate", "weaken", "cut", "slash", "ravage", "pummel", "starve", "hobble", "wreck", "paralyse",
               "paralyze", "isolate", "drive", "depress", "shrink", "sap", "bite", "punish", "harm", "curb"}


def _hedged(verb: Any, anchor: Any) -> bool:
    """A call for caution about sanctions: a verb of wishing or saying whose object is a noun of hedging and the
    sanctions hang on that noun or verb ("X urges prudence over sanctions on Y")."""
    if verb.lemma_ not in _WISH_VERBS and verb.lemma_ not in _SAY_VERBS and verb.lemma_ not in (
            "counsel", "advise", "recommend", "advocate", "show", "exercise", "preach"):
        return False
    hedge = [c for c in verb.children if c.dep_ in ("dobj", "pobj", "attr") and c.lemma_ in _HEDGE_NOUNS] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
        if g.dep_ == "pobj" and g.lemma_ in _HEDGE_NOUNS]
    return bool(hedge) and anchor.i not in {h.i for h in hedge}


def _imposer_named(ctx: Context, anchor: Any) -> bool:
    """Sanctions whose imposer the phrase names: "America's sanctions", "sanctions imposed by the EU"."""
    for c in anchor.children:
        if c.dep_ in ("poss", "amod") and ctx.token_mentions.get(c.i) is not None or c.dep_ == "agent":
            return True
        if c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children):
            return True
    return False


def _harmed_states(ctx: Context, anchor: Any) -> list[str]:
    """Sanctions as the subject of a verb of harm: the state owning what they harm ("… have strangled Iran's
    economy", "… hit Russian banks") is the state they target."""
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = anchor.head
    if verb.lemma_ not in _HARM_VERBS:
        return []
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    out: list[str] = []
    for o in objs:
        owners = {x.i for c in o.children if c.dep_ in ("poss", "amod", "compound", "nmod") for x in c.subtree}
        owners |= {o.i} if ctx.token_mentions.get(o.i) is not None else set()
        out += [st for st in _states_of(ctx, owners) if is_state_code(st) and st not in out]
    return out


def _pronoun_owner(ctx: Context, poss: Any) -> list[str]:
    """The state a possessive pronoun stands for: the clause's naming subject or, failing that, the last state named
    before it in the sentence."""
    found = _possessive_antecedent(ctx, poss)
    if found:
        return found
    sent = sentence_of(ctx.doc, poss.i)
    before = [m for m in ctx.mentions if sent.start <= m.tok_start and m.tok_end <= poss.i and m.state and
              m.role not in ("pronoun", "coref")]
    return [before[-1].state] if before and before[-1].state else []


_SANCTION_NAMES = {"RUS": "russia", "IRN": "iran", "CHN": "china", "TUR": "turkey", "PRK": "north_korea",
                   "SYR": "syria", "BLR": "belarus", "VEN": "venezuela", "USA": "united_states",
                   "GBR": "united_kingdom"}


_WRONG = re.compile(r"\b(?:not in line with|not in accordance with|(?:contrary|counter) to|in violation of|"
                    r"(?:violat|contraven|breach|undermin)\w*|illegal|illegitimate|unlawful|unjustified|"
                    r"unacceptable|wrong|counterproductive|no legal basis|(?:the )?root cause of|to blame for|"
                    # judged harmful or futile: "the sanctions would hurt Europe more than Russia"
                    r"hurt\w*|harm\w*|damag\w*|backfir\w*|ineffective|useless|pointless|futile|self-defeating|"
                    r"a mistake|a failure|failed|do(?:es)? not work|did not work)\b", re.I)


def _judged_wrong(verb: Any, anchor: Any) -> bool:
    """ "The sanctions … are not in line with international law", "these sanctions violate the UN Charter": the
    sanctions are the subject of a predicate that condemns them."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and anchor.i in {x.i for x in c.subtree} for c in verb.children):
        return False
    pred = " ".join(t.text for c in verb.children if c.dep_ not in _SUBJ for t in c.subtree)
    return bool(_WRONG.search(f"{verb.text} {pred}"))


_COPULAS = {"be", "remain", "become", "constitute", "represent", "mean", "require", "need", "deserve", "lie", "rest",
            "stay", "seem", "appear", "prove", "envisage", "envision", "entail", "presuppose", "imply", "demand",
            "involve", "necessitate", "depend", "hinge"}
_UPHOLD_VERBS = {"respect", "uphold", "protect", "guarantee", "ensure", "observe", "honour", "honor", "implement",
                 "safeguard", "preserve", "maintain", "enforce", "fulfil", "fulfill", "secure", "achieve", "reach"}
_DEONTIC = {"must", "should", "ought", "shall", "need"}


def _own_voice(ctx: Context, sent: Any, state: str) -> bool:
    """The sentence speaks of a state in its own voice or by its name: its main subject is "we"/"our …", the state
    itself, or a thing ("the reform agenda") — not a person or group told of in the third person ("He emphasized
    …", "The leaders discussed …", as in a readout of a meeting)."""
    subj = next((c for c in sent.root.children if c.dep_ in _SUBJ), None)
    if subj is None or subj.lower_ in ("we", "i") or any(x.lower_ in ("our", "my") for x in subj.subtree):
        return True
    if subj.lower_ in ("he", "she", "they") or subj.ent_type_ == "PERSON" or subj.lower_ in _GROUP_SUBJECTS or \
            subj.lemma_.lower() in _GROUP_SUBJECTS:
        return False
    named = [m for m in ctx.mentions_in(_head_tokens(subj)) if m.role != "pronoun"]
    if named:
        return any(m.state == state and not m.actor.startswith("person:") for m in named)
    return not (subj.lemma_.lower() in _AGENT_NOUNS and subj.lemma_.lower() not in ("government", "country", "state"))


def _described(anchor: Any, verb: Any) -> bool:
    """The issue is the subject of a clause that tells what happens to it ("peace talks are expected to resume", "the
    ceasefire has largely held", "the truce was signed in 1994"): a statement describing it voices no position —
    unlike one that judges it ("a peaceful settlement is the only way") or calls for it ("must be respected")."""
    if verb is None or verb.lemma_ in _COPULAS or verb.lemma_ in _BUILD_VERBS or verb.lemma_ in _ACCEPT_VERBS or \
            verb.lemma_ in _UPHOLD_VERBS or any(c.dep_ == "xcomp" and c.lemma_ in _COPULAS for c in verb.children):
        return False  # "human rights are respected", "has proved to be a powerful incentive": valued or judged
    if any(x.lower_ in ("our", "my") for x in _np_head(anchor).subtree):
        return False  # "the steady arc of our Euro-Atlantic path …": the speaker's own course
    t = _np_head(anchor)
    for _ in range(4):
        if t.dep_ in _SUBJ:
            break
        if t.dep_ not in ("pobj", "prep", "compound", "conj", "appos") or t.head.i == t.i:
            return False
        t = t.head
    if t.dep_ not in _SUBJ or t.head.i != verb.i and not (t.head.dep_ == "xcomp" or verb.dep_ == "xcomp"):
        return False
    v = verb
    for _ in range(3):  # "is expected to resume": up the chain of verbs the subject belongs to
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _DEONTIC for c in v.children) or v.lemma_ in _COPULAS:
            return False
        if _neg(v) and any(c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "will", "ca", "wo") for c in
                           v.children):
            return False  # "cannot be suspended", "will not be accepted": a principle stated
        if v.dep_ != "xcomp" or v.head.i == v.i:
            break
        v = v.head
    return True


def _no_substitute(anchor: Any, verb: Any) -> bool:
    """The issue is the subject of "… cannot be / is no substitute (replacement) for …"."""
    if verb is None or verb.lemma_ not in _COPULAS:
        return False
    subj = [c for c in verb.children if c.dep_ in _SUBJ]
    if not subj or not any(anchor.i in {x.i for x in c.subtree} for c in subj):
        return False
    attrs = [c for c in verb.children if c.dep_ == "attr" and c.lemma_ in ("substitute", "replacement", "alternative")]
    return bool(attrs) and (_neg(verb) or any(g.lower_ == "no" for a in attrs for g in a.children))


def _agentless_ought(verb: Any) -> bool:
    """ "Sanctions must be imposed on X", "the embargo should be lifted": an agentless passive of obligation — in a
    statement, the speaker's own call."""
    ought = any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought", "need") for c in verb.children)
    if ought and verb.lemma_ in ("remain", "stay", "continue") and any(c.dep_ == "nsubj" for c in verb.children):
        return True  # "Sanctions against Russia must remain in place": the speaker's own call to keep them
    return any(c.dep_ == "nsubjpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children) \
        and ought


def _first_person_subject(verb: Any) -> bool:
    return any(c.dep_ in _SUBJ and c.lower_ in ("we", "i") for c in verb.children)


def _is_question(sentence: str) -> bool:
    s = sentence.strip().strip("\"'”’)*_ ")
    return s.endswith("?") or bool(re.match(r"\W*(?:Q|Question)\s*[:：]", sentence))


def _phrase(tok: Any) -> set[int]:
    """The tokens of the phrase a token heads; for a verb ("annexed parts of X") without its subject."""
    if tok.pos_ not in ("VERB", "AUX") and not any(c.dep_ in _SUBJ for c in tok.children):
        # (a clause told of it is no part of it: "a peace deal that the United States supports")
        return {c.i for c in tok.subtree} - {x.i for c in tok.children if c.dep_ == "relcl" for x in c.subtree}
    return {tok.i} | {x.i for c in tok.children if c.dep_ not in _SUBJ and c.dep_ not in ("aux", "auxpass", "neg")
                      for x in c.subtree}


# prepositions that set a scene for a clause rather than give it its object
_SETTING_PREPS = {"after", "before", "despite", "at", "during", "amid", "amidst", "since", "until", "following",
                  "near", "beside", "without", "notwithstanding", "throughout", "within"}
# verbs whose object (or what it is about) is an issue the subject takes a position on
_POSITION_VERBS = {"commit", "pledge", "reach", "achieve", "attain", "secure", "find", "ensure", "implement", "fulfil",
                   "fulfill", "comply", "observe", "honour", "honor", "work", "strive", "contribute", "help",
                   "facilitate", "mediate", "broker", "negotiate", "agree", "be", "remain", "become", "stand",
                   "express", "underline", "underscore", "emphasize", "emphasise", "highlight", "regard", "view",
                   "aim", "intend", "plan", "prepare", "engage", "participate", "propose", "offer", "initiate",
                   "recognize", "recognise", "guarantee", "preserve", "maintain", "keep", "consolidate", "reinforce",
                   "endorse", "advocate", "champion", "invest", "lead", "play", "take", "make", "monitor", "enforce",
                   "resume", "return", "hold", "bring", "lay", "silence", "cease", "halt", "stop", "end",
                   "resolve", "settle", "restore", "regain", "liberate", "allow", "permit", "grant", "provide",
                   "attach", "continue", "stress", "reiterate", "confirm", "declare", "announce", "adhere", "abide",
                   "uphold", "apply", "submit", "describe", "consider", "call"}


def _merely_near(chain: list[Any], verb: Any, anchor: Any) -> bool:
    """An issue that only sets the scene of a clause ("arrived after talks on a ceasefire", "spoke at a conference
    on human rights", "launched an offensive despite the ceasefire") or hangs on a thing the clause is about rather
    than on the clause ("hosted a round of negotiations on a peace deal"): no position of the clause's subject —
    unless a word of position lies between (support, commitment, call, need, violation …)."""
    if verb is None or len(chain) < 2 or verb.pos_ not in ("VERB", "AUX") or any(
            t.lemma_ in _STANCE_NOUNS or t.lemma_ in _NEED_WORDS or t.lemma_ in _CONDEMN_NOUNS or
            t.lemma_ in _OPPOSE_NOUNS or t.lemma_ in _BREACH_NOUNS or t.lemma_ in _DENY_NOUNS for t in chain[1:]):
        return False
    if any(c.dep_ == "dobj" and (c.lemma_ in _STANCE_NOUNS or c.lemma_ in _NEED_WORDS or c.lemma_ in _CONDEMN_NOUNS
                                 or c.lemma_ in _OPPOSE_NOUNS) for c in verb.children):
        return False  # "puts a strong emphasis on …", "lends support to …": a light verb with a noun of position
    top = chain[-2] if chain[-1].i == verb.i else chain[-1]
    if top.dep_ == "prep" and top.lower_ == "against":
        return False  # "warned Chisinau against joining NATO": a position against it
    head = _np_head(anchor)
    if any(x.lemma_ in _BREAK_VERBS or x.lemma_ in ("strip", "rob") or x.lemma_ == "take" and any(
            c.lower_ == "away" for c in x.children) for x in top.subtree):
        return False  # "live with their freedom of movement taken away": the issue breached, not a scene
    if top.dep_ == "prep" and top.lower_ in _SETTING_PREPS and (
            top.lower_ not in ("at", "near", "within") or not any(c.i == head.i for c in top.children)):
        return True  # "after talks on …", "at a conference on …" — but "aiming at European integration" is its aim
    if verb.lemma_ in _POSITION_VERBS or verb.lemma_ in _BUILD_VERBS or verb.lemma_ in _OPPOSE_VERBS or \
            verb.lemma_ in _WISH_VERBS or verb.lemma_ in _SAY_VERBS or verb.lemma_ in _THANK_VERBS or \
            verb.lemma_ in _ACCEPT_VERBS or verb.lemma_ in _BREAK_VERBS or verb.lemma_ in _SEIZE_VERBS or \
            verb.lemma_ in _PERPETRATE_VERBS or verb.lemma_ in _ACCUSE_VERBS:
        return False
    return top.dep_ in ("dobj", "prep", "attr", "dative") and top.i != head.i and top.i != anchor.i


def _a_topic(np: Any, verb: Any) -> bool:
    """An issue named as a topic or a setting, not as the object of a position: "aspects of the ceasefire", "the
    question of sovereignty" (a topic noun it belongs to), "a tool within this peace process" (where something
    happens), "the peaceful resolution of X remains one of the most salient issues" (said to be a topic)."""
    t = np
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.dep_ == "prep":
        prep, owner = t.head.lower_, t.head.head
        if prep in ("of", "on", "about", "regarding", "concerning", "over") and owner.lemma_ in _TOPIC_NOUNS:
            return True
        if prep in ("within", "during", "throughout", "amid", "amidst") and owner.lemma_ not in _STANCE_NOUNS:
            return True
    if verb is not None and verb.lemma_ in ("be", "remain", "become", "constitute") and any(
            c.dep_ in _SUBJ and np.i in {x.i for x in c.subtree} for c in verb.children):
        for c in verb.children:
            if c.dep_ == "attr":
                head = c
                if c.lower_ == "one" and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children):
                    head = next(g for g in c.children if g.dep_ == "prep" and g.lower_ == "of")
                    head = next((x for x in head.children if x.dep_ == "pobj"), head)
                if head.lemma_ in _TOPIC_NOUNS and not any(x.lower_ in _PRIORITY_WORDS for x in c.subtree):
                    return True  # "… is an issue for the talks" — but "one of the most salient issues": a priority
    return False


_ACCUSE_VERBS = {"accuse", "blame", "charge", "criticize", "criticise", "condemn", "denounce", "fault", "reproach",
                 "indict"}


def _accuser_verb(verb: Any) -> Any:
    """ "accused X of violating …", "blamed X for breaking …": the verb of accusing above a breaching verb."""
    if verb is None or verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "for"):
        return None
    up = verb.head.head
    return up if up.lemma_ in _ACCUSE_VERBS else None


def _xcomp_top(verb: Any) -> tuple[Any, bool]:
    """The verb an xcomp chain hangs from, and whether it is one of refusing ("declined to join …"): the climb stops
    at the first verb of refusing."""
    up = verb
    while up.dep_ == "xcomp" and up.head.i != up.i:
        up = up.head
        if up.lemma_ in _REFUSING:
            return up, True
    return up, False


def _clause_above(v: Any) -> Any:
    """The verb of the clause a noun phrase belongs to, for a word inside it ("affirmed their commitment to
    negotiations with the goal of …" → affirmed), or None."""
    t = v
    for _ in range(8):
        if t.head.i == t.i or t.dep_ in _SUBJ:
            return None
        if t.dep_ not in ("pobj", "prep", "dobj", "attr", "conj", "appos", "pcomp", "acl", "compound", "amod", "nmod",
                          "npadvmod"):
            return None
        if t.dep_ == "prep" and (t.lower_ in ("without", "than", "despite") or
                                 any(c.lower_ in ("instead", "rather") for c in t.children)):
            return None  # "instead of negotiating …": what the clause's subject does not do
        t = t.head
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJ for c in t.children):
            return None if t.lemma_ in _TOPIC_VERBS else t
    return None


def _np_head(tok: Any) -> Any:
    t = tok
    while t.dep_ in ("conj", "compound", "amod") and t.head.i != t.i:
        t = t.head
    return t


def _chain(anchor: Any, verb: Any) -> list[Any]:
    """The tokens from the issue word up to the verb that governs it (the noun phrases it is embedded in)."""
    out = [anchor]
    t = anchor
    for _ in range(10):
        if verb is not None and t.i == verb.i or t.head.i == t.i:
            break
        t = t.head
        out.append(t)
    return out


def _only_inside(ctx: Context, state: str, issue_np: set[int], verb: Any) -> bool:
    """A state named only inside the issue phrase ("Georgia's territorial integrity") is its target, not a holder."""
    if verb is None:
        return False
    subj_tokens = {t.i for c in verb.children if c.dep_ in _SUBJ for t in c.subtree}
    named = [m for m in ctx.mentions_in(subj_tokens) if m.state == state]
    return bool(named) and all(m.tok_start in issue_np for m in named)


_INTEND_VERBS = {"vow", "pledge", "promise", "threaten", "plan", "intend", "want", "seek", "aim", "decide", "propose",
                 "offer", "resolve", "announce", "declare", "mean", "wish", "prefer", "prepare", "agree", "refuse"}
# words that make an issue said to be a topic a priority ("remains one of the most salient issues in our region")
_PRIORITY_WORDS = {"most", "key", "important", "central", "salient", "pressing", "top", "main", "major", "crucial",
                   "vital", "critical", "fundamental", "paramount", "utmost", "priority", "foremost", "urgent"}
# taking part in something: a position on the participation is not one on what is taken part in
_PART_NOUNS = {"involvement", "participation", "presence", "meddling", "intervention", "influence", "say", "seat"}
_COERCE_VERBS = {"force", "compel", "coerce", "pressure", "pressurize", "pressurise", "blackmail", "bully"}


def _coerced(verb: Any) -> bool:
    """ "was forced to request …", "must not be pressured into accepting …": what one is made to do is no position."""
    v = verb
    for _ in range(3):
        if v.lemma_ in _COERCE_VERBS and any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
            return True
        if v.head.i == v.i or v.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "advcl"):
            return False
        v = v.head
    return False


def _unfulfilled(verb: Any) -> bool:
    """ "has yet to fulfil", "failed to implement", "refuses to respect": a complaint about someone, not their view."""
    v = verb
    for _ in range(2):
        if v.dep_ == "xcomp" and v.head.lemma_ in ("fail", "refuse", "neglect") or any(
                c.lower_ == "yet" for c in v.head.children) and v.dep_ == "xcomp":
            return True
        if v.lemma_ in ("fail", "refuse") or any(c.lower_ == "yet" and c.dep_ in ("advmod", "dep", "attr", "dobj")
                                                 for c in v.children):
            return True
        if v.head.i == v.i:
            break
        v = v.head
    return False


def _neg(v: Any) -> bool:
    """A negated clause: "not", "never", or a "no" object ("has no interest in")."""
    for c in v.children:
        if c.dep_ == "neg" or c.lower_ == "never":
            return True
        if c.dep_ in _SUBJ and (c.lower_ == "neither" or any(
                g.lower_ == "neither" and g.dep_ in ("preconj", "det", "cc") for g in c.children)):
            return True  # "Neither Moscow nor Tehran wants …"
        if c.dep_ in ("dobj", "attr") and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children) and \
                v.lemma_ not in ("spare", "leave") and not any(g.dep_ == "prep" and g.lower_ == "without"
                                                               for g in c.children):
            # ("will spare no effort to …", "leave no stone unturned": all; "there is no democracy without the rule
            # of law": what is named after "without" is held needed)
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
            # "… the mediators, who continue their efforts": "their" is the clause's subject when it names someone
            # (its relative pronoun stands for the noun it follows), else the last state named before it
            clause = _governing_verb(t)
            subj = next((c for c in clause.children if c.dep_ in _SUBJ), None) if clause is not None else None
            if subj is not None and subj.lower_ in ("who", "which", "that") and clause.dep_ == "relcl":
                subj = clause.head
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.i < pron[0].i:
                return _holder_states_of(ctx, _head_tokens(subj))
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
        if re.search(r"[.;]|\bwhich\b|\bthat\b", between) or not re.search(r"\b(?:of|in)\s+(?:the\s+)?$", between):
            continue
        if _HELPER_OF.search(between):
            return None  # "the ceasefire agreed through the mediation of the Russian Federation": a helper's
        return m.state
    return None


def _poss_target(ctx: Context, start_char: int) -> str | None:
    """ "Armenia's sovereignty and territorial integrity": the state whose issue it is, named just before."""
    for m in reversed(ctx.mentions):
        if m.end > start_char or start_char - m.end > 60 or not m.state or m.role in ("pronoun", "coref"):
            continue
        between = ctx.text[m.end:start_char]
        if re.match(r"['’]s\s+(?:(?!(?:for|to|of|in|on|with|towards?|about|over)\b)[\w-]+,?\s+(?:and\s+)?){0,4}$",
                    between, re.I):
            return m.state
        return None
    return None


#: what a state is backed in doing ("supports Serbia's efforts to safeguard …"; not a membership bid, whose joiner
#: is told apart by _bid_judged)
_STRIVING = frozenset({"effort", "endeavour", "endeavor", "struggle", "right", "fight", "work", "determination"})


def _governing_verb(tok: Any) -> Any:
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "prep"):  # "including …" is a preposition
            return t
        if t.head.i == t.i:  # the root; a verb mistagged as an adjective still has its subject ("X annexed Y")
            return t if t.pos_ in ("VERB", "AUX") or any(c.dep_ in _SUBJ for c in t.children) else None
        t = t.head
    return None


_ARMENIAN_GENOCIDE = re.compile(r"\bArmenian\s+genocide\b|\bgenocide\s+(?:of|against)\s+(?:the\s+)?Armenians\b|"
                                r"\bMedz?\s+Yeghern\b", re.I)


def _the_armenian_genocide(ctx: Context, anchor: Any, matched: str) -> bool:
    """ "Armenian genocide" names it; a bare "genocide" refers to it only in a text that has named it, as one
    event ("the genocide", "the term 'genocide'"), not genocide in general ("prevention of genocide", "crimes of
    genocide", "genocides") nor another one named by its own modifier ("the X genocide")."""
    if _ARMENIAN_GENOCIDE.search(matched) or "armenian" in matched.lower():
        return True
    if anchor.tag_ in ("NNS", "NNPS"):
        return False
    if not _ARMENIAN_GENOCIDE.search(ctx.text) and not re.search(r"\bArmenians?\b", anchor.sent.text):
        return False
    for c in anchor.children:  # "genocide against Azerbaijanis": another people's
        if c.dep_ == "prep" and c.lower_ in ("of", "against") and \
                "armenian" not in " ".join(x.lower_ for x in c.subtree):
            return False
    if any(c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.ent_type_) and c.lower_ != "armenian"
           for c in anchor.children):
        return False
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in (
            "prevention", "crime", "act", "risk", "punishment", "convention", "prevent", "denial", "victim"):
        return False
    return not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no") for c in anchor.children)


_GIVE_VERBS = {"provide", "send", "give", "deliver", "receive", "donate", "dispatch", "ship", "supply", "allocate",
               "disburse", "airlift", "distribute", "get", "accept", "pledge"}
_GIVE_NOUNS = {"recipient", "donor", "provider", "provision", "supplier", "shipment", "consignment", "tonne", "ton",
               "package", "worth"}


def _giving(chain: list[Any], verb: Any) -> bool:
    """Aid given, sent or received ("is providing humanitarian assistance", "a recipient of humanitarian aid")."""
    if any(t.lemma_ in _GIVE_NOUNS for t in chain):
        return True
    return verb is not None and verb.lemma_ in _GIVE_VERBS and not any(
        t.lemma_ in _NEED_WORDS or t.lemma_ in _STANCE_NOUNS for t in chain)


_TITLES = {"president", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "chancellor", "premier",
           "government", "ministry", "administration", "delegation", "leadership", "cabinet"}


def _own_title(t: Any) -> bool:
    """ "The President reaffirmed …", "the Government remains committed …" in a statement: a bare title with no state
    of its own ("the President of X", "X's government" name one) stands for the speaker."""
    if t.lemma_.lower() not in _TITLES or t.tag_ in ("NNS", "NNPS"):
        return False
    return not any(c.dep_ in ("poss", "prep", "amod", "compound", "appos", "nmod") or c.dep_ == "det" and
                   c.lower_ != "the" for c in t.children)


def _holds(m: Any) -> bool:
    """A mention that can stand for one who holds a position: a state, group, person or organisation, or a state's
    capital ("Moscow said"); never a region, town or a break-away region's capital ("the people of Karabakh",
    "Tskhinvali") — a place is what a position is about, and its state is not the one speaking."""
    # a state named inside an organisation's name ("the American Medical Association", "the Armenian Assembly of
    # America") is part of the name, not the state speaking
    return not m.actor.startswith("place:") and id(m) not in getattr(_READING, "in_a_name", ())


#: per thread, the mentions (by id) of the document being read that lie inside an organisation's name (documents
#: are read in threads by the web app and by parallel ingest)
_READING = threading.local()


def _mark_names_inside(ctx: Context) -> None:
    orgs = [(sp.start, sp.end, a.country) for a in ctx.actors.values() if a.kind in ("organization", "company")
            for sp in a.mentions]
    inside: set[int] = set()
    _READING.in_a_name = inside
    for m in ctx.mentions:
        around = [country for s, e, country in orgs if s <= m.start and m.end <= e and e - s > m.end - m.start]
        if around and is_state_code(m.state or "") and m.state not in around and (
                m.role == "demonym" or m.tok_start > 0 and ctx.doc[m.tok_start - 1].lower_ in ("of", "in", "for")):
            inside.add(id(m))  # "the American Medical Association", "the Assembly of America"


# nouns that name someone who can hold a view (beside names, pronouns and stance nouns): the subject of a verb is a
# holder only when it is one of these or a name — "the right of X to …", "the X conflict" hold nothing
_AGENT_NOUNS = {"government", "president", "minister", "leader", "leadership", "official", "administration",
                "ministry", "authority", "side", "party", "country", "state", "nation", "people", "parliament",
                "delegation", "spokesperson", "spokesman", "spokeswoman", "envoy", "ambassador", "diplomat",
                "representative", "chancellor", "premier", "king", "queen", "regime", "army", "force", "troop",
                "military", "unit", "soldier", "serviceman", "union", "alliance", "bloc", "council", "commission",
                "assembly", "congress", "senate",
                "court", "office", "department", "cabinet", "secretary", "counterpart", "member", "partner", "ally",
                "neighbour", "neighbor", "republic", "kingdom", "federation", "coalition", "movement", "opposition",
                "presidency", "embassy", "mission", "team", "chief", "head", "house", "capital", "power",
                "organization", "organisation", "community", "body", "agency", "group", "bank", "company", "firm",
                "mediator", "co-chair", "chair", "chairman", "deputy", "vice", "emir", "sultan", "monarch", "prince",
                "junta", "rebel", "separatist", "militia", "negotiator", "lawmaker", "legislator", "legislature",
                "MP", "senator", "politician", "candidate", "duma", "kremlin", "establishment",
                "elite", "camp", "majority", "bureau", "foreign", "participant", "signatory", "sponsor", "donor",
                "guarantor", "observer", "proponent", "supporter", "critic", "advocate", "backer", "friend",
                "statement", "declaration", "communique", "communiqué", "resolution", "readout", "report", "letter",
                "speech", "address", "remark", "decision", "constitution", "law", "strategy", "doctrine", "concept",
                "document", "programme", "program", "treaty", "agreement", "charter", "summit", "meeting", "talk",
                "conference", "visit", "call"}
_DEED_NOUNS = {"attack", "action", "aggression", "provocation", "shelling", "bombardment", "bombing", "offensive",
               "war", "invasion", "incursion", "operation", "strike", "act", "activity", "practice", "conduct",
               "behaviour", "behavior", "move", "step", "measure", "deployment", "presence", "policy", "rhetoric",
               "campaign", "intervention", "interference", "troops", "fortification", "construction", "installation",
               "militarization", "militarisation", "borderization", "borderisation", "build-up", "buildup",
               "expansion", "entrenchment"}


def _can_hold(ctx: Context, subj: Any) -> bool:
    if subj.pos_ not in ("NOUN",) or subj.i in ctx.token_mentions:
        return True
    low, lemma = subj.lower_, subj.lemma_.lower()
    return (lemma in _AGENT_NOUNS or low in _AGENT_NOUNS or lemma in _STANCE_NOUNS or lemma in _OPPOSE_NOUNS or
            lemma in _CONDEMN_NOUNS or lemma in _DEED_NOUNS or low in _GROUP_SUBJECTS or lemma in _BREACH_NOUNS)


def _helped_in(ctx: Context, noun: Any) -> list[str]:
    """ "support Kazakhstan in defending its independence": the one helped in doing what the noun is the object of."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    act = noun.head
    if noun.dep_ != "dobj" or act.tag_ != "VBG" or act.dep_ != "pcomp" or act.head.lower_ not in ("in", "for"):
        return []
    return _object_states(ctx, act.head.head)


def _object_states(ctx: Context, verb: Any) -> list[str]:
    """The states named as the verb's direct object ("urged Kyiv …", "warned Finland and Sweden …")."""
    return [st for st in _states_of(ctx, {x.i for c in verb.children if c.dep_ == "dobj" for x in c.subtree})
            if is_state_code(st)]


def _holder_states_of(ctx: Context, tokens: set[int]) -> list[str]:
    return list(dict.fromkeys(m.state for m in ctx.mentions_in(tokens) if m.state and _holds(m)
                              and m.role != "pronoun"))


#: nouns whose "of X" names a helper, not a party ("thanks to the mediation of the Russian Federation")
_HELP_NOUNS = {"mediation", "efforts", "effort", "help", "support", "involvement", "facilitation", "assistance",
               "offices", "auspices", "invitation", "hospitality"}
#: the end of a helper's "of" phrase, right before the state it names
_HELPER_OF = re.compile(r"\b(?:" + "|".join(sorted(_HELP_NOUNS)) + r")\s+of\s+(?:the\s+)?$", re.I)


def _a_party_named(ctx: Context, m: Any, told_before: bool = False, addressed: bool = True) -> bool:
    """A state named as the place or party of a conflict, not a place of meeting, a mediator or a helper: "the Afghan
    conflict", "the Syrian Government", "peace in Afghanistan", "In Syria, …", "we call on Armenia to …", "urge
    Russia and Ukraine to agree …", "the authorities in Minsk"."""
    span = [ctx.doc[i] for i in range(m.tok_start, m.tok_end)]
    tok = next((t for t in span if not m.tok_start <= t.head.i < m.tok_end or t.head.i == t.i), span[-1])
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # ("urge Russia and Ukraine to agree": both are called on)
    if _BROKER_AFTER.match(ctx.text, m.end):
        return False
    for t in [tok, *tok.ancestors][:4]:
        if t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ == "by" or \
                t.dep_ == "prep" and t.lower_ == "of" and t.head.lemma_.lower() in _HELP_NOUNS:
            return False  # ("talks mediated by the United States", "thanks to the mediation of Russia")
    if m.role == "demonym":
        return tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in _SCENE_NOUNS
    if m.role not in ("name", "capital") or m.role == "name" and m.actor != m.state:
        return False  # (a city or region by name is where, not whose: "a ceasefire agreed in Samarkand")
    head = tok.head
    if told_before and m.role == "name" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
            head.lemma_.lower() not in _MEETING_VERBS and head.head.lemma_.lower() not in _MEETING_VERBS:
        return True  # "Yemen has suffered for four years. We call for an immediate ceasefire."
    if tok.dep_ == "pobj" and head.lower_ in ("in", "on", "upon", "of", "over", "across", "for", "inside", "within"):
        above = head.head
        if head.lower_ in ("on", "upon") and above.lemma_.lower() in ("call", "appeal", "prevail"):
            return addressed  # "we call on Armenia to …"
        if m.role == "capital":
            return above.pos_ in ("NOUN", "PROPN") and above.lemma_.lower() in _SCENE_NOUNS  # "authorities in Minsk"
        if above.pos_ in ("NOUN", "PROPN"):
            return above.lemma_.lower() in _SCENE_NOUNS  # "peace in Afghanistan", "the situation in Syria"
        return above.lemma_.lower() not in _MEETING_VERBS and head.lower_ != "of"  # "In Syria, we support …"
    if m.role == "name" and (tok.dep_ == "dobj" or tok.dep_ == "nsubj" and head.dep_ in ("ccomp", "xcomp")) and \
            (head.lemma_.lower() in _WISH_VERBS or head.head.lemma_.lower() in _WISH_VERBS):
        return addressed  # "urge Russia and Ukraine to agree to an early ceasefire"
    return False


#: nouns for a conflict, its parties or its place, whose state is the one a truce, peace or rights are of
_SCENE_NOUNS = {"conflict", "war", "crisis", "problem", "question", "issue", "situation", "people", "peoples",
                "parties", "party", "government", "authorities", "authority", "regime", "peninsula", "territory",
                "refugees", "settlement", "dialogue", "talks", "peace", "ceasefire", "truce", "violence", "fighting",
                "hostilities", "civilians", "population", "process", "solution", "stability", "sides", "factions",
                "opposition", "leadership", "junta", "forces", "region", "tragedy", "dispute"}
#: verbs of meeting and agreeing whose "in X" is where it happened, not what it is about
_MEETING_VERBS = {"meet", "agree", "sign", "hold", "host", "gather", "convene", "attend", "visit", "conclude",
                  "reach", "travel", "talk", "negotiate", "speak", "announce", "say", "tell", "take"}


def _states_of(ctx: Context, tokens: set[int]) -> list[str]:
    out: list[str] = []
    for m in ctx.mentions_in(tokens):
        if m.state and m.state not in out:
            out.append(m.state)
    return out

