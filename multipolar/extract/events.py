"""Stage `events`: PLOVER events from trigger words and the dependency parse.

Requires: ``doc`` (parse), ``mentions``, ``speaker``. Provides: ``ctx.events``.

A trigger (a verb or noun in the lexicon) opens a clause; its subject's actors
act, the actors in the rest of the clause receive. Negated, future, modal and
conditional clauses are marked, and only events that happened are kept for export.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

from ..domain import BACK_REFERENCES, GROUP_POWERS, is_state_code, is_state_or_group
from ..resolve.dates import (
    MONTH_NAMES,
    MONTHS,
    SINCE_BEFORE,
    counted,
    find_times,
    resolve_relative,
    topic_years,
    year_at,
)
from ..resolve.registry import Registry
from .cameo_triggers import load_cameo_table
from .context import (
    Context,
    about_assembly_presidency,
    heading_line_end,
    is_heading,
    leading_conjuncts,
    run_on_subject,
    sentence_of,
    topic_header,
)
from .currency import QUALIFIER as CURRENCY_QUALIFIER
from .events_speech import (
    COMMIT_NOUNS,
    COOPERATIVE,
    DEDICATED,
    FORCEFUL,
    REPORTING,
    THREAT_HEADS,
    WANT_HEADS,
    addressee_named,
    asked,
    blame_noun,
    blame_words,
    commitment,
    correlative,
    denied_or_supposed,
    hosted_people,
    in_noun_clause,
    joint_work,
    list_item_of,
    name_conjuncts,
    obligation_clause,
    obliged,
    perpetrated,
    purpose,
    recast,
    refused_in_words,
    remembrance,
    retold,
    signed_deal,
    speaker_praise,
    sympathy_reached,
    thanked_visitors,
    truce_violated,
    unwrapped,
    victims_of,
)
from .evidence import Event, Span
from .gatherings import OCCASIONS, visits_to_hosts
from .numbers import change_base
from .participants import GOVERNMENT_NOUNS, KIN_OF_SPEAKER, Participants, speaker_of_misjoined_act
from .participants import KEY as COLLECTIVE_KEY
from .peacekeeping import serving_abroad
from .ties_cut import HALTING, ties_cut

_CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "parataxis", "acl"}
_SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
#: what one comes to ("came to the aid of Baghdad", "rushed to Armenia's defence"): aid given
_RESCUE = frozenset({"aid", "rescue", "assistance", "help", "defence", "defense"})
#: conjunctions that open a clause before the main one ("After the talks ended, …")
_OPENING_MARKS = frozenset({"after", "when", "once", "as", "since", "while", "before", "although", "though", "because"})
_LIGHT_VERBS = {"extend", "establish", "seize", "tighten",
                "give", "make", "hold", "conduct", "pay", "carry", "sign", "express", "have", "launch", "take",
                "receive", "offer", "voice", "elicit", "draw", "provoke", "show", "lend", "issue", "reach",
                "announce", "undertake", "deliver", "provide", "render", "convey", "reaffirm", "affirm", "reiterate",
                "underscore", "confirm", "renew"}
_MODALS = {"will", "would", "shall", "should", "could", "might", "may", "must", "can", "'ll", "wo", "ca"}
_INTENT = {"plan", "intend", "want", "wish", "hope", "seek", "aim", "expect", "prepare", "suppose",
           "propose", "promise", "threaten", "ready", "willing", "able", "need", "going", "urge", "call",
           "ask", "invite", "encourage", "interest", "determine", "strive", "like", "prefer", "would", "mean",
           "important", "necessary", "vital", "essential", "possible", "impossible", "unable", "fail",
           "refuse", "yet", "stand", "remain", "keen", "eager", "appeal", "demand", "request", "design",
           "press", "push", "pressure", "pressurise", "pressurize"}
_NEG_EVAL = re.compile(
    r"\b(?:illegal(?:ly)?|aggress(?:ion|ive|or)|occup(?:y|ies|ation|ied|ying|ier)|annex(?:ation|ed|ing)?|violat(?:e|es|ed|ing|"
    r"ion|ions)|disregard(?:s|ed|ing)?|crimes?|atrocit(?:y|ies)|hatred|hate|unfair|preposterous|provocat(?:ion|ions|ive)|"
    r"destructive|destabiliz\w*|ethnic cleansing|massacres?|propaganda|unacceptable|irresponsible|invasion|"
    r"deportation|borderization|creeping|undermin(?:e|es|ed|ing)|sabotag\w*|militari[sz]\w*|blackmail|"
    r"intransigen\w*|obstruct\w*|refus(?:e|es|ed|ing) to|unfortunate(?:ly)?|regrettabl[ey]|deplorabl[ey]|"
    # (conduct described as wrong: "has been smearing China", "grossly interfere in internal affairs", "is using gas as
    # a weapon", "abused export controls to suppress Chinese companies")
    r"smear(?:s|ed|ing)?|slander\w*|disinformation|interfer(?:e|es|ed|ing|ence)|abus(?:e|es|ed|ing) (?:of )?"
    r"(?:its |their |state )?(?:power|position|measures|controls|the concept)|maliciously|coerci(?:on|ve)|"
    r"bully(?:ing)?|hegemon(?:y|ism|ic)|weaponi[sz](?:e|es|ed|ing)|as a weapon|overthrow|intru(?:de|des|ded|ding|sion)|"
    # ("troops remain stationed on our territory without the consent of the host State", "are persecuted by the
    # occupation authorities")
    r"without (?:the |our |its |their )?(?:consent|permission|approval|authori[sz]ation)|persecut\w*|repress(?:ed|es|"
    r"ing|ion|ive)|harass\w*|oppress\w*|discriminat\w*)"
    r"\b", re.I)
_PERFORMATIVE = {"thank", "congratulate", "welcome", "condemn", "express", "commend", "urge", "call", "appeal",
                 "reiterate", "reaffirm", "support", "recognize", "recognise", "invite", "praise", "appreciate",
                 "acknowledge", "salute", "denounce", "reject", "stress", "emphasize", "ask", "encourage"}
_SPEECH_ACTS = {"warn", "threaten", "urge", "demand", "accuse", "condemn", "criticize", "criticise", "denounce",
                "call", "appeal", "protest", "reject", "blame"}
_HOPE_VERBS = {"hope", "expect", "trust", "insist", "demand", "wish", "believe", "urge"}
_NAME_ENTS = {"ORG", "EVENT", "WORK_OF_ART", "LAW", "FAC", "PRODUCT"}
_GIVING_VERBS = {"provide", "grant", "deliver", "supply", "give", "send", "ship", "dispatch", "transfer", "hand"}
_AID_WORDS = re.compile(r"\b(?:assistance|aid|loans?|grants?|fund\w*|financ\w*|credit|weapons|arms|equipment|supplies|"
                        r"help|vaccines?|food|money|donations?|budget support|humanitarian|relief|shelter|rescue|"
                        r"rescuers|doctors|nurses|medics|paramedics|firefighters|ammunition|military|rice|grain|flour|wheat|medicines?|medical|drugs|tents|blankets|asylum|refuge|sanctuary|"
                        r"drones?|missiles?|rockets?|munitions|tanks|howitzers|artillery|helicopters|fighter jets|"
                        r"air defen[cs]es?|(?:patrol|coast guard|naval)\s+(?:boats?|vessels?|ships?|craft)|radars?|"
                        r"armou?red\s+(?:[\w-]+\s+)?(?:vehicles|cars)|personnel carriers)\b")
_ARMS = re.compile(r"\b(?:weapons?|arms|armaments?|ammunition|munitions|missiles?|rockets?|drones?|tanks|howitzers|"
                   r"artillery|helicopters|jets|fighters|warplanes|aircraft|warships|submarines|frigates|"
                   r"air[- ]defen[cs]es?|military equipment|systems)\b")
#: nouns of talking that are talks only when had or held with someone
_TALK_NOUNS = {"conference", "videoconference", "communication", "dialogue"}
#: verbs whose coordinated subjects each act on their own ("A and B invested in their railways"), not on each other
_SOLO_VERBS = {"invest", "build", "construct", "contribute", "provide", "supply", "deliver", "donate", "grant",
               "assist", "help", "involve", "deploy", "mobilize", "mobilise", "impose", "expel", "suspend", "withdraw"}
#: verbs that end a deal one is party to ("revoked its agreement with X")
_ENDING_DEALS = frozenset({"scrap", "cancel", "terminate", "revoke", "annul", "rescind", "tear", "renounce",
                           "repudiate", "abandon"})
_UNDOING = {"withdraw", "back", "walk", "pull", "quit", "exit", "reject", "renege", "violate", "breach", "denounce",
            "suspend", "leave", "backtrack", "disavow"} | _ENDING_DEALS
#: acts done with others when "alongside" or "side by side with" them: comrades, not foes
_SIDE_BY_SIDE_VERBS = frozenset({"fight", "serve", "stand", "work", "operate", "train", "patrol", "deploy", "battle"})
#: words of an amount given: "billions of dollars in aid", "$2bn in loans"
_AMOUNT_WORDS = frozenset({"billion", "million", "thousand", "hundred", "dollar", "euro", "pound", "yuan", "rouble",
                           "ruble", "$", "€", "£", "bn", "m", "sum", "amount", "tranche"})
#: verbs of routing an enemy's forces ("drove X's troops out of", "pushed the fleet back", "sank the flagship")
_ROUTING = frozenset({"push", "drive", "force", "oust", "chase", "expel", "rout", "repel", "repulse", "sink",
                      "destroy", "beat", "throw"})
#: ships and aircraft, as targets of force
_CRAFT = frozenset({"fleet", "navy", "ship", "vessel", "flagship", "cruiser", "frigate", "submarine", "aircraft",
                    "jet", "plane", "helicopter", "drone", "boat", "rig"})
#: receivers of help that are no one state: "aid to developing countries", "assistance to the refugees"
_RECEIVERS = frozenset({"country", "nation", "state", "people", "population", "refugee", "victim", "community",
                        "family", "child", "region", "economy", "migrant", "person"})
_TRAVEL = frozenset({"fly", "travel", "go", "head", "come", "arrive", "journey", "jet", "rush", "hurry"})
#: verbs of angering someone: the one angered disapproves of the one who did it ("the visit angered Beijing")
_ANGERING = frozenset({"anger", "infuriate", "irritate", "irk", "enrage", "outrage", "incense", "upset", "annoy",
                       "alarm", "dismay", "rile", "antagonize", "antagonise", "alienate", "exasperate", "vex"})
_ANGERED = "(angered)"
_JOINTLY = "(jointly)"  # the trigger word of an act told as done jointly (see _done_jointly)
_PAPER, _BOND = "(joint paper)", "(bond)"  # the trigger words of a relationship act (see _bond_affirmed)
_MISSION = "(mission opened)"  # the trigger word of an embassy or consulate opened (see _mission_opened)
_STATIVE_PASSIVE = {"involve", "engage", "interest", "commit", "dedicate", "devote", "determine", "prepare",
                    "oppose"}  # ("Israel is opposed to X": a stand taken, no passive)
_NP_DEPS = {"compound", "amod", "poss", "det", "nmod", "appos", "conj", "cc", "case", "nummod", "flat", "quantmod",
            "predet", "punct"}
#: nouns of fighting whose parties are never the subject of the verb that mentions them ("released footage of
#: fighting"): their own modifiers, "between X and Y", or the conflict's parties named before
CONFLICT_NOUNS = frozenset({"fighting", "clash", "shelling", "hostility", "bombardment", "skirmish", "firefight",
                            "gunfight", "duel", "brawl", "disengagement",
                            "battle", "war", "conflict", "violence", "escalation", "truce", "ceasefire", "cease-fire",
                            "armistice"})
_TRUCE = {"truce", "ceasefire", "cease-fire", "armistice", "peace", "deal", "agreement"}
_TRUCE_WORDS = frozenset({"truce", "ceasefire", "cease-fire", "armistice"})
#: what a truce does when it fails ("the truce collapsed", "broke down", "unravelled")
_TRUCE_FAILED = frozenset({"collapse", "break", "fail", "falter", "unravel", "crumble", "fall", "founder"})
#: acts whose "of" names their target once a demonym has named who did them ("the Russian invasion of Ukraine")
_TARGETED_ACTS = frozenset({"invasion", "annexation", "occupation", "attack", "bombing", "bombardment", "blockade",
                            "shelling", "seizure", "recognition", "intervention", "incursion", "takeover", "conquest"})
#: nouns of acts whose demonym says whose they are ("the Russian invasion of Ukraine": Russia's)
_ACT_NOUNS = frozenset({"invasion", "operation", "campaign", "presence", "occupation", "aggression", "offensive",
                        "possession", "purchase", "acquisition", "intervention", "involvement", "policy", "effort",
                        "quest", "bid", "attempt", "contribution", "role", "decision", "move", "step",
                        "sale", "delivery", "transfer", "export", "shipment"})  # ("the US arms sales to Taiwan")
#: words whose "in" names what they act on, not where ("invested in Georgia", "interference in Ukraine")
_IN_OBJECT = frozenset({"invest", "investment", "intervene", "intervention", "interfere", "interference",
                        "participate", "participation", "involve", "involvement", "engage", "stake", "interest",
                        "meddle", "meddling", "believe", "confidence", "trust", "faith"})
#: those a speaker holds dear in a state: "we stand by our brothers in Saudi Arabia" (the state, not a place)
_HELD_DEAR = frozenset({"brother", "sister", "brethren", "friend", "ally", "partner", "colleague", "counterpart",
                        "compatriot", "neighbour", "neighbor", "kin", "kinsman"})
#: reactions, and what they may be to: "condemned the move", "expressed regret over this"
_REACTIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "PROTEST"})
#: verbs by which a statement judges a deed it names ("we regret the withdrawal of X last year")
#: verbs by which a deed is condemned ("condemned the strikes on Odesa")
_CONDEMNING = frozenset({"condemn", "denounce", "deplore", "decry", "criticise", "criticize", "slam", "censure"})
_SAID_OF_A_DEED = frozenset({"regret", "deplore", "condemn", "denounce", "welcome", "applaud", "commend", "praise",
                             "lament", "decry"})
_ANAPHORIC_ACTS = frozenset({"this", "that", "move", "decision", "step", "action", "act", "announcement", "measure",
                             "development", "deal", "agreement", "visit", "statement", "remark", "comment", "it",
                             "strike", "attack", "incident", "landing", "seizure", "raid", "shelling", "bombing",
                             "incursion", "killing", "arrest", "detention", "expulsion", "ban", "blockade", "test",
                             "launch", "referendum", "vote", "election", "law", "sanction", "sanctions",
                             "offensive", "invasion", "aggression", "assault", "annexation", "crackdown", "massacre",
                             "exercise", "drill", "manoeuvre", "maneuver", "patrol", "deployment"})
#: a complaint lodged with no one named: against whoever did what the sentence before told ("Hanoi lodged a protest")
_COMPLAINTS = frozenset({"protest", "complaint", "objection", "representation", "representations", "demarche"})
#: nouns that brand an act when it is "called" or "described as" one ("called it a hijacking")
_BRANDS = re.compile(r"\b(?:terror\w*|hijack\w*|piracy|barbar\w*|provocat\w*|crime|criminal|sham|farce|lies?|"
                     r"aggression|act of war|war crime|outrage\w*|illegal|unacceptable|violation|blackmail|"
                     r"genocide|atrocit\w*|invasion|annexation|kidnap\w*|state terrorism|"
                     # ("called the Lithuanians hysterical", "branded the vote illegitimate")
                     r"hysterical|absurd|ridiculous|nonsense|baseless|groundless|hostile|aggressive|illegitimate|"
                     r"puppets?|fascists?|nazis?|russophob\w*|irresponsible|threat|enem(?:y|ies)|traitors?|"
                     # ("described China as the greatest strategic challenge", "branded Iran a menace")
                     r"strategic challenge|danger|menace|adversar(?:y|ies)|destabili[sz]\w*|"
                     # ("described Western pressure as gross interference", "called the detentions unfriendly")
                     r"interference|meddl\w*|unfriendly|unlawful|unjust|coercion|bullying|hegemon\w*|"
                     # ("called the jailing a serious setback for democracy", "called the decision unfair, unjustified
                     # and unreasonable", "called the strike reckless")
                     r"setback|unfair|unjustified|unjustifiable|unreasonable|reckless|deplorable|disgrace\w*|"
                     r"shameful|appalling|politically motivated|blatant|flagrant|"
                     # ("called the bans discriminatory", "called the charges fabricated")
                     r"discriminat\w*|protectionis\w*|hypocri\w*|dangerous|unwarranted|unfounded|unscientific|"
                     r"fabricat\w*|malicious\w*|slander\w*|smear\w*|double standards?|blockade|economic war\w*|"
                     # ("called the decision 'a stab in the back'", "called the deal a betrayal")
                     r"stab in the back|betray\w*|blunder|catastroph\w*|cynical|insult\w*|blow to)\b",
                     re.I)
_ABOUT = frozenset({"over", "about", "at", "with", "to", "on", "for"})
#: what a request to the fighting parties asks for: "urged a ceasefire", "called for an end to the shelling"
_TRUCE_ASKED = frozenset({"halt", "end", "stop", "cessation", "ceasefire", "cease-fire", "truce", "armistice",
                          "de-escalation", "deescalation", "restraint", "calm"})
#: two-word names of acts: "declared martial law"
_NOUN_PAIRS = {("martial", "law"): "MOBILIZE", ("military", "rule"): "MOBILIZE", ("military", "mobilisation"):
               "MOBILIZE", ("military", "mobilization"): "MOBILIZE", ("general", "mobilisation"): "MOBILIZE",
               ("general", "mobilization"): "MOBILIZE", ("ethnic", "cleansing"): "ASSAULT"}
_WANTING = frozenset({"want", "wish", "seek", "pursue", "hope", "aim", "expect", "plan", "intend", "propose", "need",
                      "desire", "envisage", "envision", "favour", "favor", "prefer", "prepare", "plot"})
_GO_BETWEEN = frozenset({"broker", "mediate", "facilitate", "host", "sponsor", "guarantee", "witness", "oversee",
                         "monitor", "propose", "draft"})
#: a deal told twice may be told once as signed (SUPPORT) and once as agreed (AGREE)
_DEAL_WORDS = ("sign", "agree", "deal", "memor", "treat", "accord", "mou", "conclu", "ratif", "pact")
_ALONG = frozenset({"in", "along", "alongside", "like", "together", "besides"})
_JUDGING = frozenset({"condemn", "denounce", "criticize", "criticise", "deplore", "decry", "welcome", "praise",
                       "applaud", "hail", "commend", "deny", "regret", "reject", "oppose", "protest", "slam", "blast",
                       "lament", "mourn", "celebrate", "appreciate", "recall", "remember", "commemorate"})
_ASKING = frozenset({"seek", "request", "ask", "solicit", "appeal", "beg", "plead", "canvass", "court", "enlist"})
#: verbs of saying that make what is said of another an allegation ("said that Russia was waging a hybrid war")
_SAYING_OF_OTHERS = frozenset({"say", "claim", "allege", "charge", "insist", "state", "assert", "tell", "add",
                               "write", "argue", "warn", "declare", "note", "contend", "maintain"})
#: wrongs a state is said to do, beyond force ("said the West was meddling in its affairs")
_WRONGDOING = frozenset({"interfere", "meddle", "violate", "breach", "undermine", "destabilise", "destabilize",
                         "spy", "pressure", "pressurise", "pressurize", "provoke", "sabotage", "occupy", "wage",
                         "blackmail", "bully", "intimidate", "harass"})
#: nouns of doing whose "of" names the act done ("the imposition of sanctions", "the deployment of troops")
_DOING_OF = frozenset({"imposition", "introduction", "use", "deployment", "expansion", "extension", "escalation",
                       "continuation", "resumption", "supply", "transfer", "delivery"})
#: wrongs one is said to be engaged in or to run ("engaged in blatant interference", "ran a campaign of slander")
_WRONG_NOUNS = frozenset({"interference", "meddling", "slander", "aggression", "provocation", "propaganda",
                          "disinformation", "sabotage", "espionage", "blackmail", "intimidation", "subversion",
                          "bullying", "coercion", "smear"})


def _doing_wrong(verb: Any) -> bool:
    """A clause telling a wrong as what its subject is engaged in, runs or wages: "the West was engaged in blatant
    interference in Georgia's affairs", "Western governments had run a campaign of slander against his country"."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objs += [g for c in verb.children if c.dep_ in ("prep", "acomp") for p in [c, *c.children] if p.dep_ == "prep"
             and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]
    objs += [g for o in list(objs) for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]  # ("a campaign of slander")
    return any(o.lemma_.lower() in _WRONG_NOUNS for o in objs)


#: verbs that tell a saying as an allegation
_CLAIMING = frozenset({"claim", "allege", "charge", "contend"})
#: what one is alleged to ready or back: "preparing a provocation", "stood behind the attack"
_READYING = frozenset({"prepare", "plan", "plot", "organise", "organize", "orchestrate", "stage", "fund", "finance",
                       "sponsor", "arm", "train", "instigate", "incite", "mastermind"})
_HARMS = frozenset({"provocation", "attack", "attacks", "aggression", "invasion", "coup", "sabotage", "terrorism",
                    "terrorists", "militants", "insurgents", "rebels", "separatists", "unrest", "riots", "war",
                    "offensive", "strike", "strikes", "bombing", "assassination", "plot", "operation"})
#: wrongs told as what one wants or tries ("wants to drag Georgia into the war")
_AIMING = frozenset({"want", "seek", "try", "attempt", "aim", "intend", "plan"})
#: the mark of a refusal told with no object ("Kyrgyzstan declined"): it answers the request just before
_BARE_REFUSAL = "(bare refusal)"
#: what one is asked, and may refuse ("rejected those demands")
_ASKED_THINGS = frozenset({"demand", "request", "ultimatum", "condition", "precondition", "call", "list"})
#: what one is charged with, and may deny: "rejected the accusations", "dismissed the claim", "a charge Baku rejected"
_CHARGES = frozenset({"accusation", "allegation", "claim", "charge", "report", "assertion", "suggestion", "criticism",
                      "smear", "slander", "explanation"})
#: a refusal stated as what one will never do ("will never accept it", "would not tolerate any change")
_REFUSED_NOW = "(refused now)"
_ACCEPTING = frozenset({"accept", "tolerate", "recognise", "recognize", "countenance", "allow", "permit"})
#: a state's organs and people, who act for it ("its president telephoned …", "their troops entered …")
_STATE_ORGANS = frozenset({"president", "leader", "government", "minister", "premier", "chancellor", "army",
                           "troops", "forces", "military", "navy", "parliament", "ministry", "authorities",
                           "diplomats", "ambassador", "envoy", "officials", "delegation", "king", "emir", "cabinet",
                           "spokesman", "spokeswoman", "spokesperson", "legislature", "regime", "junta"})
_TELLING = frozenset({"tell", "assure", "reassure", "promise", "inform", "notify", "guarantee", "pledge", "vow"})
_LEAVING = frozenset({"removal", "withdrawal", "pullout", "pull-out", "departure", "exit", "evacuation", "expulsion"})
#: regions that broke away from (or are held apart from) the state they belong to
BREAKAWAY = frozenset({"place:abkhazia", "place:south-ossetia", "place:nagorno-karabakh", "place:transnistria",
                       "place:northern-cyprus", "place:crimea", "place:donetsk", "place:luhansk", "place:donbas"})
_FRIENDLY = frozenset({"SUPPORT", "AGREE", "AID", "COOPERATE", "CONSULT"})
_CLAIMS = frozenset({"claim", "accusation", "allegation", "charge", "report", "assertion", "suggestion"})
#: a part in a wrong one is charged with ("denied any involvement")
_CHARGED_PARTS = frozenset({"involvement", "responsibility", "role", "part", "complicity", "wrongdoing",
                            "participation", "link", "links"})
_EFFORT_NOUNS = frozenset({"effort", "attempt", "initiative", "process", "mission", "role", "bid", "format"})
_DEAL_NOUNS = frozenset({"agreement", "deal", "treaty", "accord", "declaration", "statement", "memorandum",
                         "protocol", "pact", "ceasefire", "truce", "armistice"})
#: verbs of making towards a deal: "working towards an agreement", "moving towards a deal"
_HEADING_FOR = frozenset({"work", "move", "head", "push", "inch", "edge", "press", "progress", "strive"})
_DEAL_SIGNING = frozenset({"sign", "conclude", "ink", "seal", "ratify"})
#: what force wears down: "degraded the group's military leadership", "degraded Russia's air defences"
_MILITARY_ASSETS = frozenset({"leadership", "capability", "capabilities", "force", "defence", "defense", "arsenal",
                              "infrastructure", "command", "military", "stockpile", "network"})
#: courtesies a speaker pays the Assembly's officers
_COURTESIES = frozenset({"congratulate", "thank", "greet", "commend", "salute", "welcome", "felicitate",
                         "congratulation", "gratitude", "tribute", "appreciation", "greeting"})
_ASSEMBLY_OFFICE = re.compile(r"\b(?:election|elected|elevation|assum\w+|presidency|presid(?:e|es|ing)|"
                              r"predecessor|President of the (?:General )?Assembly)\b", re.I)
_ASSEMBLY_WORDS = re.compile(r"\b(?:General Assembly|the Assembly|this Assembly|(?:this|the|its|our) [\w-]+ session|"
                             r"predecessor)\b", re.I)
#: verbs by which a round of penalties is put in force: "adopted its 13th package of sanctions"
_PENALTY_ADOPTING = frozenset({"adopt", "impose", "announce", "approve", "unveil", "slap", "introduce", "levy"})
#: plural nouns for states, whose named examples ("governments, including Germany") are the states meant
_STATES_AS_A_KIND = frozenset({"government", "country", "state", "nation", "ally", "partner", "member", "capital",
                               "neighbour", "neighbor", "power", "democracy"})
#: people and means sent by a state: "officers from Greece and Turkey", "ships from Italy and France"
_SENT_FROM = frozenset({"official", "officer", "delegation", "delegate", "representative", "diplomat", "minister",
                        "leader", "troop", "force", "soldier", "expert", "member", "envoy", "ship", "vessel",
                        "warship", "jet", "aircraft", "unit", "team", "servicemember", "personnel",
                        # and people of a state abroad: "doctors from Italy", "advisers from Japan"
                        "doctor", "volunteer", "citizen", "national", "student", "journalist", "activist", "engineer",
                        "adviser", "advisor", "worker", "businessman", "investor", "militiaman", "fighter",
                        "militant", "rebel", "guerrilla", "refugee", "migrant", "hacker", "specialist"})
#: a build-up of forces: "strengthened its forces in X", "massed troops on the border with X"
_BUILDUP_VERBS = frozenset({"strengthen", "reinforce", "bolster", "mass", "amass", "boost", "increase", "build",
                            "station", "concentrate", "move", "send", "dispatch"})
#: the source or address of an encyclopedia page
_ENCYCLOPEDIA = re.compile(r"wikipedia|encyclop", re.I)
#: addressees that are everyone rather than a state ("call upon all Member States", "the international community")
_ALL_OF_US = frozenset({"state", "states", "community", "country", "nation", "member", "partner", "government",
                        "everyone", "all", "world", "organization", "organisation", "society"})
#: prepositions that make a noun a point in time ("after the invasion", "since the war")
_TIME_PREPS = frozenset({"after", "before", "since", "following", "during", "until", "till", "throughout"})
#: contests won at the ballot box, not on a battlefield
_CONTESTS = frozenset({"election", "vote", "poll", "ballot", "runoff", "run-off", "race", "referendum", "primary",
                       "contest", "round"})
#: verbs that cut a flow another state lives on, and the flows: "restricted imports of X's fruit", "cut off gas to X"
_CUTTING = frozenset({"restrict", "curb", "cut", "halt", "stop", "shut", "block", "suspend", "throttle", "choke",
                      "halve"})
_FLOWS = frozenset({"gas", "oil", "supply", "delivery", "import", "export", "electricity", "power", "flight",
                    "transit", "shipment", "flow", "fuel", "water", "remittance"})
#: verbs that restart or open such a flow ("resumed gas exports to X", "began electricity deliveries to Y")
_RESTARTING = frozenset({"resume", "restart", "restore", "reopen", "begin", "start", "launch", "open"})
_FORCE_NOUNS = frozenset({"force", "troop", "soldier", "tank", "presence", "contingent", "garrison", "army",
                          "unit", "battalion", "brigade", "division", "warship", "aircraft", "jet", "warplane",
                          "awacs", "bomber", "frigate", "destroyer", "submarine", "peacekeeper", "paratrooper"})
#: words of a stated grievance a protest is held to show: "blocked roads to show their anger at X's policies"
_GRIEVANCE = frozenset({"protest", "denounce", "condemn", "oppose", "show", "express", "voice", "demonstrate",
                        "demand", "decry", "reject"})
#: acts done in words: the place they were said in is not whom they are addressed to
_SAID_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})
#: what a state blocks that is another's proposal or step (not "blocked a road": a protest)
_BLOCKED = frozenset({"bid", "proposal", "resolution", "accession", "membership", "deal", "decision", "agreement",
                      "plan", "request", "application", "package", "candidacy", "initiative", "motion", "draft",
                      "sanction", "statement", "declaration", "communique", "communiqué", "talk", "negotiation",
                      "opening", "start", "launch"})
#: laws a state makes for itself, whose content (not a deal with anyone) says what they do to others
_LAW_NOUNS = frozenset({"law", "bill", "act", "decree", "legislation", "order", "package"})
#: … when that content punishes: "a bill imposing sanctions on X", "the Countering X's Adversaries Act"
_PUNITIVE = re.compile(r"\b(?:sanction\w*|embargo\w*|countering|restrictions?|punitive|penalt\w+|ban\w*)\b")
#: a day named relative to the text's date: a weekday, "yesterday"
_DAY_WORD = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b", re.I)
#: those who block roads in protest, not as a blockade
_PROTESTERS = frozenset({"demonstrator", "protester", "protestor", "activist", "crowd", "farmer", "worker", "student",
                         "striker", "supporter", "resident", "villager", "trucker", "driver", "people"})
#: verbs of starting or carrying on a war, and the wars they start ("waged a war against X")
_WAGING = frozenset({"wage", "wag", "launch", "start", "begin", "unleash", "conduct", "continue", "escalate"})
_WARS = frozenset({"war", "invasion", "aggression", "offensive", "bombardment", "incursion", "hostility",
                   "hostilities"})
#: wars of another kind than force ("a trade war", "an information war")
_NOT_FIGHTING = frozenset({"trade", "tariff", "price", "currency", "information", "propaganda", "word", "media",
                           "legal", "diplomatic", "economic", "sanction", "sanctions", "tech", "technology", "chip",
                           "cold", "culture", "cultural"})
#: verbs of recognising, whose "never"/"not" is a refusal ("will never recognise the referendums")
_RECOGNISING = frozenset({"recognize", "recognise", "accept", "acknowledge", "legitimize", "legitimise"})
#: a vote's verdict, whose recognition a state may refuse ("did not recognise the results of the election"; a plain
#: "did not recognise the government of X" stays a negation)
_VERDICTS = frozenset({"result", "election", "vote", "referendum", "outcome"})
#: auxiliaries that make "not" a refusal ("will not recognise"; a plain "did not recognise" is a negation)
_REFUSING_AUX = frozenset({"will", "shall", "can", "ca", "wo", "would"})
#: states of mind by which a state voices disapproval ("is deeply concerned about …", "remains alarmed by …")
_CONCERNED = frozenset({"concerned", "worried", "alarmed", "troubled", "disturbed", "dismayed", "appalled",
                        "outraged", "disappointed"})
#: words of worry, whose object may be people felt for rather than anyone accused
_WORRY = frozenset({"concern", "worry", "alarm", "anxiety"}) | _CONCERNED
#: nouns that make a demonym a people ("Armenian civilians", "ethnic Armenians")
_PEOPLE_HEADS = frozenset({"civilian", "people", "population", "refugee", "resident", "minority", "community",
                           "citizen", "child", "family"})
#: words a statement names its enemy by ("the aggressor", "the occupying power")
_FOE = re.compile(r"^(?:aggressor|occupier|occupiers|occupying)$", re.I)
#: marks a trigger of aid received ("received a loan from X"), whose giver is the "from" state
_RECEIVED = "<received>"
#: verbs of a purpose that makes money given aid ("$12 million to help Vietnam …"), and money
_HELPING = frozenset({"help", "support", "assist", "enable", "strengthen", "rebuild", "fund", "finance"})
_MONEY = re.compile(r"[$€£]|\b(?:million|billion|dollars|euros)\b")
#: gatherings of many, whose place is no party to what is done there
_GATHERINGS = frozenset({"summit", "conference", "forum", "session", "gathering", "congress", "expo", "exhibition",
                         "fair", "games", "olympics", "festival", "ministerial", "plenary"})
#: a sentence that opens with a day or month and no year ("On 7 May a NATO aircraft …", "In August he signed …")
_OPENS_WITH_MONTH = re.compile(r"\s*(?:(?:On|In|By|From|Until|Early|Late|In early|In late|In mid-?)\s+)?"
                               rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH_NAMES})\b(?!\s*,?\s*\d{{4}})")
#: weapons and forces, whose hitting something is an attack ("missiles hit", not "the storm hit")
_ARMED = frozenset({"drone", "missile", "rocket", "shell", "strike", "airstrike", "bomb", "artillery", "force", "troop",
                    "jet", "warplane", "aircraft", "army", "navy", "mortar", "shelling", "projectile", "munition",
                    "bomber", "fighter", "helicopter", "tank", "warship", "gunboat", "soldier"})
#: a sentence that goes on about the two just met: "The two sides signed …", "Both leaders agreed …"
#: a sentence opening with those who met ("The three leaders agreed …", "The two sides agreed …")
_AT_A_MEETING = re.compile(r"\s*(?:The|Both)\s+(?:(?:two|three|four|five|six)\s+)?(?:sides|leaders|presidents|"
                           r"ministers|delegations|heads\s+of\s+state)\b|\s*They\b")
#: those sent to another state to talk for the sender ("sent a delegation to Baku"): a visit made
_SENT_TO_TALK = re.compile(r"\b(?:delegations?|envoys?|emissar(?:y|ies)|ministers?|representatives?|president|"
                           r"prime minister|secretary|advis[eo]rs?|negotiators?|ambassadors?)\b")
#: verbs of keeping up what one already gives ("will continue its assistance to X")
_KEEPING_UP = frozenset({"continue", "maintain", "sustain", "increase", "expand"})
#: a sentence about one who met someone just before: "He asked Pakistan to …"
_ONE_WHO_MET = re.compile(r"\s*(?:He|She)\b")
_THE_TWO = re.compile(r"\s*(?:(?:The|Both)\s+(?:two\s+)?(?:sides|leaders|countries|presidents|ministers|delegations|"
                      r"parties|heads\s+of\s+state|governments|nations)|They)\b")
#: verbs of people harmed
_HARM_LEMMAS = frozenset({"kill", "wound", "injure", "die", "hurt", "destroy", "damage"})
#: peoples a state is home to
_PEOPLES = frozenset({"community", "communities", "diaspora", "minority", "minorities", "population", "populations"})
#: where a protest is held: "in Tbilisi", "outside the embassy in Chisinau", "across Serbia"
_PROTEST_PLACE_PREPS = frozenset({"in", "at", "outside", "near", "across", "throughout", "around"})
#: hardships a state overcomes or fights, which are no one it attacks
_HARDSHIPS = frozenset({"crisis", "difficulty", "problem", "challenge", "obstacle", "consequence", "pandemic",
                        "recession", "hardship", "poverty", "inflation", "shortage", "disease", "epidemic",
                        "drought", "disaster", "deadlock", "stalemate", "impasse", "legacy", "barrier"})
#: verbs of setting up a body or a project: "launched a joint task force", "set up a common fund"
_SETTING_UP = frozenset({"launch", "set", "create", "establish", "form", "found", "build", "open", "inaugurate",
                         "start"})
#: the trigger's marker for a deal brokered by someone, whose parties are those who made the deal
_BROKERED = "<brokered>"
#: edges of a state's land or sea, named as where something happened ("near the Polish border", "off the coast")
_EDGES = frozenset({"border", "frontier", "coast", "shore", "boundary", "waters", "line"})
#: parts of a state's land, which its possessor does not own as an act ("Russia's Krasnodar region")
_LAND_PARTS = frozenset({"region", "province", "oblast", "district", "territory", "city", "town", "village", "soil",
                         "airspace", "capital", "port", "republic", "krai", "county", "state", "area"})
#: verbs of arriving somewhere, a visit when a leader or envoy arrives ("landed in Budapest", "arrived in Baku")
_ARRIVING = frozenset({"arrive", "land", "touch", "come"})
#: verbs of signing a deal: a signing reacts to no one
#: what one acts with from another: "with the support of X", "with Russia's backing"
_BACKING_NOUNS = frozenset({"support", "backing", "help", "assistance", "blessing", "approval", "consent", "aid"})
#: negotiating formats named after the city that gave them their name ("the Astana process", "the Astana guarantors")
_NAMED_FORMATS = frozenset({"guarantor", "process", "format", "talks", "group", "troika"})
_SIGNING = frozenset({"sign", "ratify", "conclude", "initial", "initialle"})
#: bodies a state applies to join (the groups of states, not the West as a camp)
_BODIES = frozenset(GROUP_POWERS) - {GROUP_POWERS[0]}  # (the groups open with the West, a camp one joins no treaty of)
#: rulers one calls on ("called on the emir")
_HOSTS = frozenset({"emir", "king", "queen", "sultan", "pope", "president", "shah", "crown", "prince", "sheikh"})
#: those whose arrival is a visit (not troops, whose arrival is a deployment)
_VISITORS = frozenset({"president", "minister", "leader", "delegation", "envoy", "secretary", "chancellor", "premier",
                       "king", "queen", "prince", "emperor", "official", "spokesperson", "ambassador", "counterpart",
                       "chairman", "head", "diplomat", "emissary"})
#: verbs of valuing what one has with another: "praised its cooperation with X"
_APPRAISING = frozenset({"praise", "value", "cherish", "appreciate", "commend", "hail", "laud", "welcome"})
#: what one agrees with when it endorses another's words: "agrees with X's position"
_VIEWS = frozenset({"position", "view", "comment", "remark", "assessment", "stance", "statement", "opinion",
                    "analysis", "approach", "characterization", "description", "words", "conclusion"})
#: what a state seeks from another: backing, money, arms
_ASKED_FOR = frozenset({"backing", "support", "loan", "aid", "assistance", "help", "funding", "financing", "credit",
                        "investment", "protection", "guarantee", "weapon", "arm", "endorsement", "blessing",
                        "concession"})
#: people a force is used on
_PEOPLE_WORDS = frozenset({"civilian", "people", "resident", "soldier", "troop", "inhabitant", "refugee", "family",
                           "citizen", "national", "villager", "child", "woman"})
#: ways in and out that a blockade shuts: "blocked the Lachin corridor", "blocked the roads to X"
_ROUTES = frozenset({"corridor", "road", "route", "highway", "pass", "port", "access", "supply", "passage", "crossing",
                     "checkpoint", "railway", "border"})
#: parts of a whole: "the Turkish and Greek sides of the island"
_PARTS = frozenset({"side", "part", "community", "half", "section", "sector", "wing", "zone"})
#: ways of being, not of acting ("live together with")
_BEING = frozenset({"be", "live", "coexist", "exist", "remain", "stay", "sit", "belong", "grow"})
#: relations made or unmade between states
_MAKING_TIES = frozenset({"restore", "establish", "upgrade", "resume", "normalize", "normalise", "reestablish",
                          "re-establish", "renew"})
#: verbs of relations made ("established / restored diplomatic relations"), not merely raised or renewed
_TIES_MADE = _MAKING_TIES - {"upgrade", "renew"}
_DEEPENING_TIES = frozenset({"strengthen", "deepen", "expand", "boost", "bolster", "enhance", "improve", "develop",
                             "forge", "cement", "consolidate", "intensify", "broaden", "advance", "elevate"})
_BREAKING_TIES = frozenset({"sever", "break", "cut", "suspend", "downgrade", "freeze", "rupture"})
#: verbs of judging someone for something: whom, not what for ("criticised Hungary for blocking aid to Ukraine")
_JUDGED_FOR = frozenset({"criticize", "criticise", "condemn", "blame", "praise", "thank", "commend", "punish",
                         "sanction", "fault", "rebuke", "reprimand", "congratulate", "chide", "denounce", "attack",
                         "slam", "castigate", "penalize", "penalise", "reward", "honour", "honor"})
#: the grounds of a measure ("arrested on charges of …"): what they name is no party to it
_GROUNDS = frozenset({"charge", "suspicion", "ground", "accusation", "allegation"})
#: bodies and crowds of the place they are in: "security forces in X", "demonstrators in X's capital" (when the
#: phrase names no other state: not "Russian troops in X")
_LOCAL_BODIES = frozenset({"authority", "police", "policeman", "government", "court", "prosecutor", "parliament",
                           "lawmaker", "legislator", "opposition", "demonstrator", "protester", "protestor", "rioter",
                           "crowd", "resident", "villager", "student", "worker", "rebel", "insurgent", "militant",
                           "guerrilla", "official", "officer"})
_COMPARING = frozenset({"after", "like", "unlike", "than", "besides", "following", "amid", "during", "before",
                        "since", "despite"})  # comparisons and times: "invaded following a coup by …"
_SYMMETRIC_TYPES = frozenset({"AGREE", "COOPERATE", "CONSULT"})
_TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})
#: texts voted on or issued, whose "on X" is their topic ("a resolution on Syria")
_PAPERS = frozenset({"statement", "resolution", "declaration", "report", "draft", "text", "conclusion", "communique",
                     "communiqué", "motion", "bill", "document", "proposal", "initiative", "letter"})
_ANAPHORIC_ADJ = frozenset({"neighbouring", "neighboring", "other", "remaining", "respective", "aforementioned",
                            "above-mentioned", "said", "same", "warring", "rival", "feuding"})
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2, "all three": 3}


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    pos: str  # V, N or *
    words: tuple[str, ...]


def load_triggers() -> dict[str, list[Trigger]]:
    """The trigger lexicon, keyed by the first lemma."""
    out: dict[str, list[Trigger]] = {}
    text = resources.files("multipolar.extract").joinpath("lexicons/events.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        words = tuple(parts[0].split())
        trig = Trigger(parts[2], parts[3] if len(parts) > 3 and parts[3] else None, parts[1], words)
        out.setdefault(words[0], []).append(trig)
    for cands in out.values():  # the longest phrase first: "back out" before "back", "stand by" before "stand"
        cands.sort(key=lambda t: -len(t.words))
    return out


class EventStage:
    name: str = "events"
    requires: tuple[str, ...] = ("doc", "mentions", "speaker")
    provides: tuple[str, ...] = ("events",)

    def __init__(self) -> None:
        self.triggers = load_triggers()
        self.cameo = load_cameo_table()
        self.cameo.event_nouns = frozenset(w for w, ts in self.triggers.items() if any(t.pos in ("N", "*") for t in ts))
        self._headed = -1
        self._encyclopedia = False  # (the document read is an encyclopedia entry: set per document)

    #: a hook for measuring ways to complete an event the rules drop for want of an actor or a recipient
    #: (``bench/learned_roles.py``): called as ``chooser(stage, ctx, tok, head, type, sent, actors, recipients)``,
    #: it returns the roles to use, or None to drop the event. None (the reader's setting): drop it.
    chooser: Any = None

    def __call__(self, ctx: Context) -> None:
        self._said: set[tuple[Any, ...]] = set()
        anchor: str | None = None
        events: list[Event] = []
        self._prior = events  # (the events told so far: see _RESOLVED and _CHARGES)
        para_date: str | None = None
        para_start = 0
        years = topic_years(ctx.text, ctx.source.title)
        self._parts = parts = Participants(ctx)
        self._so_far = events
        self._deal_date: str | None = None  # when the last deal reported with a date of its own was signed
        self._deal_at = 0  # where the sentence telling that deal starts
        self._told: str | None = None  # the last date the text told (for "four days before")
        self._relative_seen: dict[tuple[int, int], str] = {}  # relative phrases resolved already
        self._silent: list[Event] = []  # acts with no state to receive them (towards a break-away region)
        self._unreceived: list[Event] = []  # hostile acts and refusals told with no state to receive them
        self._sents = sentences = ctx.sentences()
        story_year: int | None = None  # the year the paragraph tells of
        pub_year = int(ctx.published[:4]) if ctx.published and re.match(r"\d{4}", ctx.published) else None
        self._encyclopedia = encyclopedia = bool(_ENCYCLOPEDIA.search(f"{ctx.source.source or ''} "
                                                                      f"{ctx.source.url or ''}"))
        def states_of(tokens: set[int]) -> list[str]:
            """The sovereign states named by ``tokens`` (no groups, no places of their own)."""
            return [x for x in _states(ctx, tokens) if is_state_code(x)]

        for k, sent in enumerate(sentences):
            self._k: int = k
            if len(sentences) > 1 and is_heading(ctx, sent):
                continue  # "## Armenia recognises …": a heading announces what the text reports, it reports nothing
            parts.resolve(k, sent)
            first = len(events)
            dated_own: set[int] = set()  # the sentence's events dated by a time of their own
            s0, s1 = ctx.span_chars(sent)
            if "\n\n" in ctx.text[max(ctx.offset, s0 - 2):s0 + 1] or sent.start == 0:
                para_date, para_start, story_year = None, s0, None
            # a day or month without a year, in a paragraph telling an earlier year ("In 1999 NATO bombed Serbia.
            # On 7 May …"), is of that year
            # (only a sentence that opens with its day or month, right after a sentence that named the year)
            hint = year_at(years, s0) or (story_year if story_year and pub_year and story_year < pub_year and
                                          (_OPENS_WITH_MONTH.match(ctx.text, s0) or encyclopedia) else None)
            # (an encyclopedia tells history: "In August 2008 … A ceasefire was agreed on 12 August" is of 2008)
            times = find_times(unwrapped(ctx.text[s0:s1]), ctx.anchor, hint)
            if not times and k > 0 and ctx.text[s0:s0 + 1].islower():
                # a sentence the parser split after a colon ("X and Y pressed ahead: on 25 September 2023 | the two
                # men met …"): the time that closes the part before it is its own
                p0, p1 = ctx.span_chars(sentences[k - 1])
                colon = ctx.text.rfind(":", p0, p1)
                if colon >= 0 and ctx.text[colon + 1:p1].strip():
                    times = [replace(t, start=t.start - (s0 - colon - 1), end=t.end - (s0 - colon - 1)) for t in
                             find_times(unwrapped(ctx.text[colon + 1:p1]), ctx.anchor, hint)]
            story_year = next((int(t.value[:4]) for t in reversed(times) if t.kind == "absolute" and t.value and
                               re.fullmatch(r"\d{4}(?:-\d\d){0,2}", t.value) and
                               not re.match(r"(?i)since\b", ctx.text[max(s0, s0 + t.start - 6):s0 + t.start].strip())
                               and not re.search(r"\b(?:of|the)\s+$", ctx.text[max(s0, s0 + t.start - 5):s0 + t.start],
                                                 re.I)  # (not a year naming a thing: "the war of 2020")
                               and not _a_figures_year(ctx.text, s0 + t.start, s0 + t.end)), None)
            reached: list[Event] = []
            self._headed = headed = heading_line_end(ctx, sent)  # a heading the parser ran into the sentence
            for tok in sent:
                if ctx.char(tok.i) < headed:
                    continue
                trig = self._trigger(tok)
                if trig is None:
                    continue
                ev = self._event(ctx, tok, trig, sent)
                if ev is None or trig.words == (_BEEN_THERE,) and ev.recipients != [
                        x for x in _states(ctx, {t.i for p in [*tok.children, *(a for c in tok.children if
                                                                              c.dep_ == "advmod" for a in c.children)]
                                                 if p.dep_ == "prep" and p.lower_ == "in" for t in p.subtree})
                        if x not in ev.actors][:1]:
                    continue  # (one who "was in" his own capital, or the place is not the one met: no visit)
                date, explicit = self._date(ctx, tok, sent, times, anchor, para_date, ev)
                their_meeting = _meeting_of(events, ev, para_start) if ev.type in ("AGREE", "SUPPORT") and \
                    _AT_A_MEETING.match(ctx.text, s0) else None  # (the meeting of those who now act together)
                if their_meeting is None and _ONE_WHO_MET.match(ctx.text, s0) and _past(tok):
                    # "Wang Yi met Qureshi in Dushanbe yesterday. … He asked Pakistan to …": said at that meeting
                    their_meeting = _meeting_of(events, ev, para_start, one_way=True)
                if their_meeting is not None and (their_meeting.date == ctx.published or times):
                    their_meeting = None  # (a meeting told without a time of its own, or a sentence with its own time)
                if (ev.text.start, ev.type, tuple(ev.actors), tuple(ev.recipients)) in self._said and ctx.published:
                    # a promise is dated when it was made, not when kept: a time inside the promised act ("are
                    # expected to meet on Saturday", "will visit Beijing in May") dates the act, not the promise
                    promised = _promised_chars(ctx, tok)
                    said_at = [t for t in times if s0 + t.start not in promised]
                    date, explicit = self._date(ctx, tok, sent, said_at, anchor, para_date, ev) if said_at else \
                        (None, False)
                    if their_meeting is not None and not said_at:
                        date, explicit = their_meeting.date, True  # "… met in Samarkand on 15 September. The three
                        # leaders agreed to extend …": promised at that meeting
                    elif not explicit or date is None or date[:len(ctx.published)] > ctx.published[:len(date)]:
                        date, explicit = ctx.published, True
                elif ev.type == "AGREE" and date and ctx.published and \
                        date[:len(ctx.published)] > ctx.published[:len(date)]:
                    date, explicit = ctx.published, True  # "agreed to meet again next year": agreed now
                if not explicit and self._deal_date and _retold_deal(tok) and not (
                        para_date and self._deal_at < para_start):  # (a paragraph dated of its own keeps its date)
                    date, explicit = self._deal_date, True  # "the trilateral declaration signed by …": signed then
                if not explicit and _THE_TWO.match(ctx.text, s0) and events and events[-1].date and \
                        events[-1].text.start < s0 and set(events[-1].actors) | set(events[-1].recipients) == \
                        set(ev.actors) | set(ev.recipients) and not (events[-1].negated or events[-1].hypothetical):
                    date, explicit = events[-1].date, True  # "On Monday, X held talks with Y. The two sides
                    # signed …": on that Monday
                if not explicit and their_meeting is not None:
                    date, explicit = their_meeting.date, True  # "Xi met Putin and Khurelsukh on 15 September. …
                    # The three leaders agreed …": at that meeting
                if not explicit and _AT_THAT_MEETING.search(sent.text):
                    met = next((e for e in reversed(events) if e.type == "CONSULT" and e.date and
                                e.text.start < s0 and not (e.negated or e.hypothetical)), None)
                    if met is not None:
                        date, explicit = met.date, True  # "During the visit, the two signed …": on that visit
                if not explicit:
                    same = _earlier_same(events, ev, para_start)
                    if same is not None and not (para_date and same.text.start < para_start):
                        date = same.date  # (a paragraph dated of its own, a chronicle's entry, keeps its date)
                ev.date = date
                if any(e.type == ev.type and e.actors == ev.actors and e.recipients == ev.recipients and
                       e.text.start == ev.text.start and not (e.negated or e.hypothetical) and
                       not (ev.negated or ev.hypothetical) and not _dated_apart(e, ev, explicit, dated_own)
                       for e in events[first:]):
                    continue  # "the alliance agreed to send air defences to X": one promise, told by two words
                if explicit:
                    dated_own.add(id(ev))
                if not (ev.negated or ev.hypothetical) and date and re.match(r"\d{4}", date) and \
                        any(t.kind != "relative" for t in times) | any(t.kind == "relative" for t in times):
                    anchor = date
                events.append(ev)
                for again in _meetings_again(ctx, tok, ev, times, s0):
                    events.append(again)  # "met in Sochi in August and in Newport in September": two meetings
                events.extend(_as_did(ctx, tok, ev))  # "X recognised Kosovo in 2008, as did A and B"
                events.extend(_hosted_talks(ctx, tok, ev))  # "Turkey hosted talks between Russia and Ukraine"
                if ev.type == "CONSULT" and ev.mode == "host" and not (ev.negated or ev.hypothetical) and \
                        ev.recipients and set(ev.actors) - set(ev.recipients):
                    # "Çavuşoğlu hosted Lavrov and Kuleba in Antalya": the guests came to the host, and the host met
                    # them (the host side of the visit)
                    events.append(replace(ev, mode=None, actors=list(ev.recipients),
                                          recipients=[x for x in ev.actors if x not in ev.recipients]))
                if ev.type in ("AGREE", "SUPPORT", "ACCUSE", "REQUEST") and not (ev.negated or ev.hypothetical) and \
                        _verbal(tok) and any(c.dep_ in ("agent", "prep") and c.lower_ in ("by", "over") and any(
                            g.lemma_.lower() in ("telephone", "phone") for g in c.children) for c in tok.children):
                    events.append(replace(ev, type="CONSULT", mode=None))  # "agreed by telephone": a call made
                if ev.type == "SUPPORT" and (signed_deal(tok) or _ties_made(tok)):
                    # a deal signed is also an agreement reached; so are relations established or restored
                    reached.append(replace(ev, type="AGREE", mode=None))
            events.extend(self._reported_demands(ctx, sent, times, para_date))
            events.extend(self._blamed(ctx, sent, times, para_date))
            events.extend(self._reported_accusations(ctx, sent, times, para_date))
            events.extend(self._judged_acts(ctx, sent, times, para_date))
            events.extend(joint_work(ctx, sent, lambda ts: _states(ctx, ts)))
            for tok, actors, recipients in _joint_drills(ctx, sent, events[first:]):
                told = [e for e in events[first:] if e.type in ("COOPERATE", "MOBILIZE") and e.trigger == tok.text]
                if told:  # the exercise coded already (among all its states, or as one side's): guests and host
                    for e in told:
                        e.type, e.actors, e.recipients = "COOPERATE", actors, recipients
                    continue
                if any(e.type == "COOPERATE" for e in events[first:]):
                    continue
                s0, s1 = ctx.span_chars(sent)
                ev = Event(type="COOPERATE", mode=None, actors=actors, recipients=recipients, date=None,
                           text=Span(s0, s1), trigger=tok.text)
                ev.date = self._date(ctx, tok, sent, times, anchor, para_date, ev)[0]
                events.append(ev)
            events.extend(self._invited(ctx, sent, events[first:]))
            events[first:], attended = visits_to_hosts(ctx, sent, states_of, _not_done, events[first:])
            for verb, ev in [*_described_as(ctx, sent), *_visiting_guests(ctx, sent), *attended,
                             *serving_abroad(ctx, sent, states_of), *ties_cut(ctx, sent, states_of)]:
                ev.date = self._date(ctx, verb, sent, times, anchor, para_date, ev)[0]
                events.append(ev)
            if ctx.speaker:
                events.extend(_dismissed_charges(ctx, sent))
                events.extend(self._speaker_accusations(ctx, sent, events))
                events.extend(self._speaker_requests(ctx, sent))
                events.extend(speaker_praise(ctx, sent, states_of))
                events.extend(thanked_visitors(ctx, sent, states_of, functools.partial(_date_within, ctx, s0, times)))
                events.extend(sympathy_reached(ctx, sent, states_of))
                events.extend(remembrance(ctx, sent, states_of))
            if ctx.published and _GO_ON_DOING.search(sent.text):
                # "we have provided $2.2 billion in assistance …, and we will continue to do so": a promise to go on
                # with the act just told (AGREE, dated when said)
                done = next((e for e in events[first:] if e.type in COOPERATIVE and not (e.negated or e.hypothetical)
                             and e.recipients), None)
                if done is not None:  # (told after the meeting tracker has read the sentence: no meeting)
                    reached.append(replace(done, type="AGREE", mode=None, date=ctx.published))
            joined = _joined_subjects(ctx, sent)
            for e in [*events[first:], *reached]:
                if (addressed := _paper_addressed(ctx, sent, e)):
                    e.recipients = addressed  # (a joint paper about a third state: the makers' act towards it)
                    continue
                # (the last meeting of one with many, or one state with a group named by one plural noun: "Xi
                # Jinping and the five Central Asian leaders signed the Xi'an Declaration")
                hub = parts.hub_and_spokes(sent, e.actors) or _host_and_a_group(ctx, sent, e) or \
                    _host_by_venue(ctx, sent, e) or _speaker_hub(ctx, e) if set(e.actors) == set(e.recipients) \
                    else None
                if hub is not None:  # (each guest with the host too, never guest with guest)
                    e.actors, e.recipients = [hub[0]], hub[1]
                    reached.append(replace(e, actors=list(hub[1]), recipients=[hub[0]]))
                elif e.type == "CONSULT" and e.mode == "meet" and len(set(e.actors)) >= 3 and \
                        len(e.recipients) == 1 and e.recipients[0] not in e.actors and not e.negated and \
                        e.recipients[0] in _summit_hosts(ctx, sent):
                    # "the summit hosted by President Biden, at which the leaders of A, B, C, D and E met with him":
                    # the host meets each guest too
                    reached.append(replace(e, actors=list(e.recipients), recipients=list(e.actors)))
                elif joined and e.type in _JOINT_ACTS and (set(e.actors) == set(e.recipients) or
                                                            set(e.recipients) <= set(joined)):
                    # "A and B, together with C and D, signed the agreement": all four, each with the others
                    e.actors = list(dict.fromkeys(e.actors + joined))
                    e.recipients = list(e.actors)
            events[first:] = [e for e in events[first:] if not _among_a_body(ctx, sent, e)]
            reached = [e for e in reached if not _among_a_body(ctx, sent, e)]
            events[first:] = _thanked_in_a_list(ctx, sent, events[first:])
            parts.update(k, sent, events[first:])
            events.extend(reached)
            dated = [t.value for t in times if t.kind in ("absolute", "month_only") and t.value and "/" not in t.value]
            if dated and any(t.lemma_.lower() in _DEAL_NOUNS and t.head.lemma_.lower() in _DEAL_SIGNING for t in sent):
                self._deal_date, self._deal_at = dated[0], s0  # "On November 9, a trilateral ceasefire statement
                # was signed"
            # (a "since" date is where a span starts, not when the story is: "the biggest protests since 2013")
            # (nor the year a figure is compared with: "… $31bn last year, up by a third on 2020. In Samarkand, they
            # signed …" is not of 2020)
            times = [t for t in times if not SINCE_BEFORE.search(ctx.text, max(0, s0 + t.start - 12), s0 + t.start)
                     and not _a_figures_year(ctx.text, s0 + t.start, s0 + t.end)]
            self._told = next((str(t.value) for t in reversed(times) if t.kind in ("absolute", "month_only") and
                               t.value and "/" not in str(t.value)), self._told)
            main_dated = False
            for t in times:
                at = next((x for x in sent if ctx.char(x.i) >= s0 + t.start), sent[-1])
                sub = any(a.dep_ in ("advcl", "relcl", "acl", "ccomp") for a in [at, *at.ancestors])
                if t.kind in ("absolute", "month_only") and t.value and not in_noun_clause(at) and \
                        not _names_noun(at) and not (sub and main_dated):
                    para_date = t.value  # (not "the regime established in 1994": that regime's history; nor "the
                    # ceasefire agreement of 2008", "the 2008 war": a date that names a thing; nor, after the main
                    # clause's date, one in a clause hung on it: "visited Bishkek in October, a week after the court
                    # issued a warrant in March. There he signed …" is October's)
                    main_dated = main_dated or not sub
                elif t.kind == "relative" and _DAY_WORD.search(t.raw) and not in_noun_clause(at):
                    # "met … on Monday. They signed a treaty …": the story goes on that day
                    raw = t.raw
                    if re.match(r"(?i)(?:by|until)\s", raw) and (at.head.tag_ in ("VBD", "VBN") or any(
                            c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in at.head.children)):
                        raw = "on " + raw.split(None, 1)[1]  # "by Friday both armies were using tanks": gone by
                    para_date = resolve_relative(raw, ctx.anchor, None) or para_date
        # (never a state towards itself, nor some of the actors towards others of them: "A and B met with A")
        ctx.events = _same_told_twice([e for e in _dedupe(events)
                                       if any(a != r for a in e.actors for r in e.recipients) and
                                       not set(e.recipients) < set(e.actors)])

    def _invited(self, ctx: Context, sent: Any, so_far: list[Event]) -> list[Event]:
        """ "At the invitation of President Xi, the following leaders will attend: the President of Kenya …":
        accepting an invitation is a promise to the host (AGREE, dated when announced)."""
        text = sent.text
        at = text.lower().find("at the invitation of")
        root = sent.root
        if at < 0 or not ctx.published or not any(c.dep_ == "aux" and c.lower_ in ("will", "shall")
                                                  for c in root.children) or _negated(root):
            return []
        prep = next((t for t in sent if t.lower_ == "invitation" and t.i > 0 and t.doc[t.i - 1].lower_ == "the"), None)
        if prep is None:
            return []
        inviter_toks = {t.i for c in prep.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
        # ("At the invitation of President Xi, President Aliyev of Azerbaijan will pay a visit", parsed with the guest
        # as an apposition to the host and no subject: the guest)
        hung = {t.i for i in inviter_toks for c in ctx.doc[i].children if c.dep_ == "appos" and
                ctx.doc[c.i - 1].text != "," and ctx.doc[c.left_edge.i - 1].text == "," for t in c.subtree} \
            if not _subjects(root) else set()
        hung = {i for i in inviter_toks if i >= min(hung)} if hung else hung  # (and the guests listed after it)
        inviter_toks -= hung
        hosts = list(dict.fromkeys(st for st in _states(ctx, inviter_toks) if is_state_code(st)))
        if not hosts:
            return []
        guests_toks = {t.i for c in _subjects(root) for t in c.subtree} | hung
        colon = next((t for t in sent if t.text == ":" and t.i > root.i), None)
        if colon is not None:
            guests_toks |= set(range(colon.i + 1, sent.end))  # "… will attend the Expo: the President of Kenya …"
        named = sorted((m for m in ctx.mentions_in({t.i for t in sent}) if m.state and is_state_code(m.state) and
                        m.role not in ("pronoun", "coref")), key=lambda m: m.start)
        last_host = max((m for m in named if m.state in hosts), key=lambda m: m.start, default=None)
        for m in named:  # (a list of hosts the parser cut short: "… of A, B, C, D and E, Wang Yi will …")
            if last_host is not None and m.start > last_host.start and _LIST_GLUE.fullmatch(
                    ctx.text, last_host.end, m.start):
                if m.state and m.state not in hosts:
                    hosts.append(m.state)
                last_host = m
        guests = [m.state for m in ctx.mentions_in(guests_toks - inviter_toks)
                  if m.state and is_state_code(m.state) and m.role not in ("pronoun", "coref") and
                  m.state not in hosts]
        s0, s1 = ctx.span_chars(sent)
        for e in so_far:
            if guests and e.text.start == s0 and set(e.actors) & set(hosts) and set(e.actors) - set(hosts) <= set(
                    guests):
                # "At the invitation of the governments of A, B, …, and F, Wang Yi will visit the six countries": the
                # parser split the hosts' list between the two sides; the guest goes to every host
                e.actors, e.recipients = list(dict.fromkeys(guests)), hosts
        done = {a for e in so_far if e.type == "AGREE" and hosts[0] in e.recipients for a in e.actors}
        return [Event(type="AGREE", actors=[g], recipients=list(hosts), date=ctx.published, text=Span(s0, s1),
                      trigger="invitation") for g in dict.fromkeys(guests) if g not in hosts and g not in done]

    def _met_in_sentence(self, ctx: Context, sent: Any, actors: list[str]) -> list[str]:
        """The others at a meeting the same sentence told before, when the actors were there: "I met President Putin
        in St Petersburg, and we agreed to revive TurkStream", "… hosted the leaders in Avaza, where we agreed …"."""
        s0 = ctx.span_chars(sent)[0]
        for e in reversed(self._so_far):
            if e.text.start < s0:
                break
            present = [*e.actors, *e.recipients]
            if e.type == "CONSULT" and not (e.negated or e.hypothetical) and set(actors) <= set(present):
                return [x for x in dict.fromkeys(present) if x not in actors]
        return []

    def _reported_demands(self, ctx: Context, sent: Any, times: list[Any], para_date: str | None) -> list[Event]:
        """ "Russia said on Tuesday that Sudan must return the helicopter": Russia demands it of Sudan."""
        out: list[Event] = []
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            said = obligation_clause(tok)
            if said is None:
                continue
            clause = tok.head if tok.dep_ == "xcomp" else tok
            subs = _subjects(said)
            actors = _states(ctx, set().union(*(_np_core(c) for c in subs))) if subs else []
            if not actors and ctx.speaker and _first_person_or_none({c.i for c in subs}, ctx.doc) and \
                    said.i not in ctx.doc.user_data.get("multipolar_questions", ()):
                actors = [ctx.speaker]
            targets = _subjects(clause) or _subjects(tok)
            recipients = [x for x in _states(ctx, set().union(*(_np_core(c) for c in targets))) if x not in actors] \
                if targets else []
            if not actors or not recipients:
                continue
            s, e = ctx.span_chars(sent)
            ev = Event(type="REQUEST", actors=actors, recipients=recipients, date=None, text=Span(s, e),
                       trigger=said.text)
            ev.date, _ = self._date(ctx, said, sent, times, None, para_date, ev)
            out.append(ev)
        return out

    def _reported_accusations(self, ctx: Context, sent: Any, times: list[Any], para_date: str | None) -> list[Event]:
        """ "Poland's prime minister said on Friday that Russia was waging a hybrid war against Europe": one who says
        that another state did or does harm accuses it (PLOVER: an accusation made), dated when it was said."""
        out: list[Event] = []
        for tok in sent:
            said = tok.head
            if tok.dep_ == "acl" and said.lower_ in ("evidence", "proof") and said.head.dep_ == "prep" and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
                said = said.head.head  # ("claimed without evidence that Ukraine was preparing …")
            alleging = said.lemma_.lower() in _CLAIMING  # (whose scare quotes are the alleger's own words)
            if tok.dep_ != "ccomp" and said is tok.head or tok.pos_ not in ("VERB", "AUX") or \
                    said.lemma_.lower() not in _SAYING_OF_OTHERS or \
                    _negated(said) or _hypothetical(said) or _in_quotes(ctx, tok) and not alleging or any(
                        c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children) or _negated(tok):
                continue
            told = [tok, *(c for c in tok.children if c.dep_ in ("conj", "xcomp") and c.pos_ == "VERB")]
            if not (any(self._harmful(v) or _doing_wrong(v) for v in told) or
                    alleging and _alleged_wrong(tok, self._harmful)):
                continue  # ("said Indian troops had crossed the LAC and attacked …", "had attempted to attack …")
            teller = said.head if said.dep_ == "advcl" and said.tag_ == "VBG" and not _subjects(said) else said
            sayers = _sayers(ctx, teller)
            # ("Poland's prime minister said": Poland; "X went further, claiming that …": X)
            # (or the agent of a passive: "Aliyev said the aircraft had been damaged by Russian air defences")
            doing = {i for c in _subjects(tok) if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and _doing_wrong(tok)
                     for i in _np_core(c)} | {
                i for c in tok.children if c.dep_ == "agent" for i in _subtree(c)}
            doers = [x for x in _states(ctx, doing) if x not in sayers]
            if not sayers or not doers:
                continue
            s, e = ctx.span_chars(sent)
            ev = Event(type="ACCUSE", mode="allege", actors=sayers, recipients=doers, date=None, text=Span(s, e),
                       trigger=said.text)
            ev.date, _ = self._date(ctx, said, sent, times, None, para_date, ev)
            out.append(ev)
        return out

    def _judged_acts(self, ctx: Context, sent: Any, times: list[Any], para_date: str | None) -> list[Event]:
        """ "President Biden said the strikes showed the utter brutality of Putin's war", "Cleverly said the strikes
        were a demonstration of weakness": one who says damning words of a hostile act told before accuses its doer
        (the owner named in the words, else the doer of that act, else of the last attack told)."""
        out: list[Event] = []
        for tok in sent:
            said = tok.head
            if tok.dep_ != "ccomp" or said.lemma_.lower() not in REPORTING | _SAYING_OF_OTHERS or _negated(said) or \
                    _hypothetical(said) or _negated(tok):
                continue
            acts = [c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in self._hostile_nouns and
                    any(d.lower_ in ("the", "this", "these", "that", "such") for d in c.children)]
            act = _subtree(acts[0]) if acts else set()
            if not acts or not {t.lemma_.lower() for t in tok.subtree if t.i not in act} & _DAMNING:
                continue
            sayers = _sayers(ctx, said)
            if not sayers or _states(ctx, act):
                continue  # (an act told with its doer here is read where it is told)
            owners = _states(ctx, {i for t in tok.subtree if t.dep_ == "poss" and t.head.lemma_.lower() in
                                   self._hostile_nouns for i in _subtree(t)})
            doers = [x for x in owners or self._doer_of(ctx, acts[0].lemma_.lower(), ("ASSAULT",))
                     if x not in sayers and is_state_or_group(x)]
            if not doers:
                continue
            s, e = ctx.span_chars(sent)
            ev = Event(type="ACCUSE", mode=None, actors=sayers, recipients=list(dict.fromkeys(doers)), date=None,
                       text=Span(s, e), trigger=said.text)
            ev.date, _ = self._date(ctx, said, sent, times, None, para_date, ev)
            out.append(ev)
        return out

    def _harmful(self, tok: Any) -> bool:
        """A verb of force, coercion or threat, or a wrong beyond force ("meddling")."""
        trig = self._trigger(tok)
        return trig is not None and trig.type in ("ASSAULT", "COERCE", "THREATEN") or tok.lemma_.lower() in _WRONGDOING

    def _blamed(self, ctx: Context, sent: Any, times: list[Any], para_date: str | None) -> list[Event]:
        """ "'The Lebanese government is responsible for everything fired from its territory,' Katz said": the one who
        says a state is to blame for harm accuses it."""
        out: list[Event] = []
        for tok in sent:
            be = tok.head
            borne = tok.lower_ == "responsibility" and tok.dep_ == "dobj" and be.lemma_.lower() in (
                "bear", "carry", "shoulder") and not any(c.dep_ == "poss" or c.lower_ in ("no", "some")
                                                         for c in tok.children)  # "X bears the greatest responsibility"
            if not borne and (tok.lower_ not in ("responsible", "to blame", "culpable", "accountable") or
                              tok.dep_ != "acomp" or be.lemma_ != "be" or not any(
                                  c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) and
                              tok.lower_ != "to blame") or _negated(be):
                continue
            said = be.head if be.dep_ in ("ccomp", "parataxis") and be.head.lemma_.lower() in REPORTING \
                else None
            subs = _subjects(said) if said is not None else []
            actors = _states(ctx, set().union(*(_np_core(c) for c in subs))) if subs else []
            if not actors and said is None and ctx.speaker and be.dep_ == "ROOT":
                actors = [ctx.speaker]  # a statement's own "X is responsible for the attacks"
            blamed = [x for x in _states(ctx, {i for c in _subjects(be) for i in _np_core(c)}) if x not in actors]
            if not actors or not blamed or _hypothetical(be):
                continue
            s, e = ctx.span_chars(sent)
            ev = Event(type="ACCUSE", mode="disapprove", actors=actors, recipients=blamed, date=None, text=Span(s, e),
                       trigger=tok.text)
            ev.date, _ = self._date(ctx, said if said is not None else be, sent, times, None, para_date, ev)
            out.append(ev)
        return out

    def _speaker_requests(self, ctx: Context, sent: Any) -> list[Event]:
        """ "We hope that the Russian Federation will fulfil its obligations": the speaker asks that state."""
        out: list[Event] = []
        for tok in sent:
            if tok.lemma_ not in _HOPE_VERBS | {"want"} or not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we")
                                                         for c in tok.children):
                continue
            if any(c.dep_ == "xcomp" for c in tok.children):  # "We expect Argentina to fulfil its obligations"
                for obj in (c for c in tok.children if c.dep_ == "dobj"):
                    for st in _states(ctx, _np_core(obj)):
                        if ctx.speaker and st != ctx.speaker and is_state_code(st):
                            s, e = ctx.span_chars(sent)
                            out.append(Event(type="REQUEST", actors=[ctx.speaker], recipients=[st],
                                             date=ctx.published, text=Span(s, e), trigger=tok.text))
            for comp in tok.children:
                if comp.dep_ != "ccomp" or not any(c.lower_ in ("will", "would", "should", "must", "can") or
                                                   c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
                    continue  # ("we expect Argentina to fulfil …" too)
                for subj in _subjects(comp):
                    for st in _states(ctx, _np_core(subj)):
                        if st != ctx.speaker and ctx.speaker:
                            s, e = ctx.span_chars(sent)
                            out.append(Event(type="REQUEST", actors=[ctx.speaker], recipients=[st],
                                             date=ctx.published, text=Span(s, e), trigger=tok.text))
        for tok in sent:
            # "We call upon the great Powers, and first of all the United States, Russia and China, to restore trust":
            # every state named between "call on" and what they are asked to do (a list the parser hangs elsewhere)
            if tok.lemma_.lower() != "call" or not ctx.speaker or not any(
                    c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children) or _negated(tok):
                continue
            on = next((c for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and
                       c.i > tok.i), None)  # (not a topic before it: "On Yemen, we call on Iran to …")
            asked_to = next((t for t in sent if on is not None and t.i > on.i and t.tag_ == "TO"), None)
            if on is None or asked_to is None:
                continue
            named = [x for x in _states(ctx, set(range(on.i, asked_to.i))) if x != ctx.speaker and
                     is_state_or_group(x)]
            if named:
                s, e = ctx.span_chars(sent)
                out.append(Event(type="REQUEST", actors=[ctx.speaker], recipients=list(dict.fromkeys(named)),
                                 date=ctx.published, text=Span(s, e), trigger=tok.text))
        for tok in sent:
            # "We propose to complete the return of prisoners without delay": the speaker's proposal asks it of the
            # states its content names, else of the other side of the speaker's conflict
            if tok.lemma_.lower() not in ("propose", "suggest") or not ctx.speaker or not any(
                    c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children) or any(
                    c.dep_ in ("dative", "prep") and c.lower_ == "to" for c in tok.children) or _negated(tok):
                continue
            content = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
            if not content:
                continue
            named = [x for x in _states(ctx, set().union(*(_subtree(c) for c in content)))
                     if x != ctx.speaker and is_state_code(x)]
            others = named or ([p for p in self._parts.conflict if p != ctx.speaker]
                               if ctx.speaker in self._parts.conflict else [])
            if others:
                s, e = ctx.span_chars(sent)
                out.append(Event(type="REQUEST", actors=[ctx.speaker], recipients=list(dict.fromkeys(others)),
                                 date=ctx.published, text=Span(s, e), trigger=tok.text))
        # "The US should give up its wrong approach", "Russia must withdraw its troops": a main clause that says
        # what another state should do is, in a statement, the speaker asking it of that state
        asked = ctx.doc.user_data.get("multipolar_questions", ())
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX") or tok.i in asked or not (
                    tok.dep_ == "ROOT" or tok.dep_ == "conj" and tok.head.dep_ == "ROOT" or
                    tok.dep_ in ("ccomp", "parataxis") and _own_voice(ctx, tok.head)):
                continue
            if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "must", "ought") for c in tok.children) \
                    and not any(obliged(c) for c in tok.children):  # ("Russia has to withdraw its troops")
                continue
            if any(c.dep_ == "mark" for c in tok.children) or _in_quotes(ctx, tok):
                continue
            subs = [c for c in _subjects(tok) if c.dep_ == "nsubj"]
            states = [m.state for m in ctx.mentions_in(set().union(*(_np_core(c) for c in subs)) if subs else set())
                      if m.state and is_state_code(m.state) and m.role not in ("pronoun", "coref")]
            for st in dict.fromkeys(states):
                if st != ctx.speaker and ctx.speaker:
                    s, e = ctx.span_chars(sent)
                    out.append(Event(type="REQUEST", actors=[ctx.speaker], recipients=[st], date=ctx.published,
                                     text=Span(s, e), trigger=tok.text))
        return out

    def _speaker_accusations(self, ctx: Context, sent: Any, so_far: list[Event]) -> list[Event]:
        """In a statement, a clause that blames another state ("Russia continues its illegal occupation")
        is the speaker accusing that state."""
        speaker = ctx.speaker
        if speaker is None or not _NEG_EVAL.search(sent.text):
            return []
        out: list[Event] = []
        for tok in sent:
            noun = blame_noun(tok) if tok.dep_ not in ("nsubj", "nsubjpass", "poss") else None
            if noun is not None:  # "the aggression of X", "the occupation by X", "X-ian aggression"
                if not _NEG_EVAL.search(blame_words(noun)) or denied_or_supposed(noun):
                    continue
            elif tok.dep_ not in ("nsubj", "nsubjpass", "poss") and not (
                    tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.i != tok.head.i):
                continue  # (and "are persecuted by the occupation authorities": the agent of a passive)
            # ("the occupation of X": X suffers; "migrants from X": X is where they come from)
            core = _np_core(tok) - (victims_of(tok) if _NEG_EVAL.search(tok.text) else set()) - _origin_of(tok)
            states = [m.state for m in ctx.mentions_in(core) if m.state and m.role != "pronoun"]
            head = tok.head.head if tok.dep_ == "pobj" else tok.head
            if tok.dep_ == "nsubj" and head.lemma_.lower() in REPORTING and any(c.dep_ == "ccomp"
                                                                                 for c in head.children):
                continue  # "Russia's foreign ministry said the visit was a clear provocation": Russia judges, the
                # speaker only reports it
            # (not the wrong of those the act is aimed at: "imposed sanctions on those responsible for the
            # aggression" blames the aggressor, not those who impose them)
            aimed = {i for t in head.subtree if t.lower_ in ("responsible", "accountable") or
                     t.dep_ == "prep" and t.lower_ in ("on", "against") and t.head.lemma_.lower() in ("sanction",
                                                                                                     "measure")
                     for i in _subtree(t)}
            # (nor a wrong the clause only supposes: "… will not contribute to any act that would violate it")
            aimed |= {i for t in head.subtree if t.i != head.i and t.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in t.children)
                for i in _subtree(t)}
            window = " ".join(t.text for t in head.subtree if t.i not in aimed) if tok.dep_ != "poss" else head.text
            if noun is None and not _NEG_EVAL.search(window) and not _NEG_EVAL.search(head.text) and \
                    not _judged_wrong(head):
                continue
            for st in states:
                if st == speaker or not is_state_code(st):
                    continue
                if any(e.type == "ACCUSE" and e.actors == [speaker] and st in e.recipients and
                       e.text.start == ctx.span_chars(sent)[0] for e in so_far + out):
                    continue
                s, e = ctx.span_chars(sent)
                out.append(Event(type="ACCUSE", mode="disapprove", actors=[speaker], recipients=[st],
                                 date=ctx.published, text=Span(s, e), trigger=tok.text))
        return out

    # -- triggers ----------------------------------------------------------
    def _trigger(self, tok: Any) -> Trigger | None:
        if _readiness_to_deliver(tok):
            return Trigger("AGREE", None, "V", (tok.lemma_.lower(),))  # "stands ready to supply uranium to Iran"
        if tok.lemma_.lower() == "admit" and _verbal(tok) and _admitted_member(tok):
            return Trigger("SUPPORT", None, "V", ("admit",))  # "NATO admitted Finland": a member accepted (057)
        if _statehood_upheld(tok):
            return Trigger("SUPPORT", None, "N" if tok.pos_ == "NOUN" else "V", (tok.lemma_.lower(),))
            # ("reaffirmed its commitment to Georgia's sovereignty": backing, not a promise)
        if _dated_truce(tok):
            return Trigger("AGREE", None, "N", (tok.lower_,))  # "the August 12, 2008 Ceasefire Agreement"
        implied = _undertaking_on_conflict(tok)
        if implied:  # "would seek to end the violence", "vowed to retake the region by force"
            return Trigger(implied, None, "V", (_IMPLIED,))
        if tok.lower_ in ("mediated", "brokered") and tok.dep_ == "amod" and _hyphen_owner(tok) is not None:
            return Trigger("CONSULT", "third-party", "V", (tok.lemma_.lower(),))  # "the EU-mediated ceasefire"
        if tok.lower_ in ("mediated", "brokered", "facilitated") and tok.dep_ == "acl" and any(
                c.dep_ == "agent" for c in tok.children) and tok.head.lemma_.lower() in _DEAL_NOUNS | {"ceasefire"}:
            return Trigger("CONSULT", "third-party", "V", (tok.lemma_.lower(), _BROKERED))  # "a deal brokered by X"
        if tok.lemma_.lower() in _TRUCE_WORDS and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                      for c in tok.children) and len(list(tok.children)) == 1 and (
                tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _TRUCE_FAILED or
                tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in ("break", "violate", "breach", "shatter")):
            return None  # "the truce collapsed within minutes", "the ceasefire was broken": the truce told before
            # failed — no new truce ("Three ceasefires, brokered by …, were violated" were agreed: kept)
        if tok.lemma_.lower() in ("offer", "provide") and _verbal(tok) and any(
                t.lemma_.lower() in ("platform", "venue") for c in tok.children if c.dep_ in ("dobj", "prep")
                for t in c.subtree if t.head.i == c.i or t.i == c.i) and any(
                t.lower_ == "between" for t in tok.subtree):
            return Trigger("AGREE", None, "V", (tok.lemma_.lower(),))  # "ready to offer Tbilisi as a platform for
            # dialogue between Yerevan and Baku": an offer to those between whom it would be
        if _meeting_as_a_time(tok):
            return None  # "Beijing protested to all four capitals before the first meeting": a time, not a meeting
        if tok.pos_ == "PROPN" or tok.ent_type_ in _NAME_ENTS or (tok.dep_ == "amod" and tok.tag_ == "VBN"):
            return None  # "Resolute Support Mission", "occupied Nagorno-Karabakh": names and adjectives, not acts
        if (mission := _mission_opened(tok)) is not None:  # "Iran opened a consulate in Kapan", "the Turkish embassy
            # in Baku opened": an embassy comes with diplomatic ties (CAMEO 050, PLOVER SUPPORT); a consulate or trade
            # office is cooperation
            typ = "SUPPORT" if mission.lemma_.lower() == "embassy" else "COOPERATE"
            return Trigger(typ, None, "V", (tok.lemma_.lower(), _MISSION))
        bond = _bond_affirmed(tok)
        if bond:  # "issued a joint statement", "upgraded ties to a strategic partnership", "reaffirmed the alliance"
            return Trigger("AGREE", None, "V", (tok.lemma_.lower(), bond))
        lemma = tok.lemma_.lower()
        if lemma in ("institute", "bring", "file", "launch", "initiate", "lodge") and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("proceeding", "proceedings", "case", "lawsuit",
                                                                        "suit", "complaint", "claim", "application")
                for c in tok.children) and any(p.dep_ == "prep" and p.lower_ == "against" for c in [tok, *tok.children]
                                              for p in c.children):
            return Trigger("ACCUSE", None, "V", (lemma,))  # "instituted proceedings against X before the ICJ"
        if lemma in ("adopt", "introduce", "slap", "apply", "approve", "unveil") and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in ("sanction", "embargo") or (
                    c.lemma_.lower() in ("measure", "restriction") and any(
                        a.lower_ in ("coercive", "restrictive", "punitive", "economic") for a in c.subtree)) or (
                    c.lemma_.lower() in ("wave", "round", "package", "series") and any(
                        g.lemma_.lower() in ("sanction", "measure") for g in tok.subtree)))
                for c in tok.children) and any(
                p.dep_ == "prep" and p.lower_ in ("against", "on") for c in [tok, *tok.children] for p in c.subtree):
            # "adopted unilateral coercive measures against Belarus", "slapped sanctions on X": sanctions imposed
            return Trigger("SANCTION", None, "V", (lemma,))
        if lemma in ("call", "appeal") and tok.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "acl" and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in tok.children):
            return Trigger("REQUEST", None, "N", (lemma,))  # "we reiterate our call for the withdrawal of …"
        if lemma == "regret" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
                "express", "voice", "convey") and not any(
                c.dep_ in ("prep", "acl", "relcl", "ccomp") and c.lower_ not in ("to", "for")
                for c in [*tok.children, *tok.head.children]):  # (not "expressed its regret over this": displeasure)
            return Trigger("CONCEDE", None, "N", (lemma,))  # "expressed regret (to China)": an apology (CAMEO 055)
        if lemma in ("apologise", "apologize") and _verbal(tok) or lemma == "apology" and tok.pos_ == "NOUN" and \
                tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in ("offer", "issue", "make", "extend",
                                                                                 "express", "convey", "send"):
            return Trigger("CONCEDE", None, "V" if lemma != "apology" else "N", (lemma,))  # "apologised to X"
        if lemma in ("open", "establish", "build", "set") and _verbal(tok) and _past(tok) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("base", "outpost", "garrison") and any(
                    a.lower_ in ("military", "naval", "air", "overseas", "army") for a in c.children)
                for c in tok.children):
            return Trigger("MOBILIZE", None, "V", (lemma,))  # "Turkey opened a military base in Mogadishu"
        if _summons(tok):
            # "summoned China's ambassador", "called in the Russian envoy": a diplomatic summons is a formal complaint
            # to the envoy's state (PLOVER ACCUSE), not a meeting
            return Trigger("ACCUSE", None, "V", (lemma,))
        if lemma in ("dismiss", "refute", "rebuff", "rebut") and _verbal(tok) and (any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CHARGES for c in tok.children) or
                _rejected_charge(tok)):
            return Trigger("REJECT", None, "V", (lemma,))  # "The Kremlin dismissed the accusation as baseless"
        if lemma == "be" and tok.tag_ == "VBD" and tok.dep_ in ("ROOT", "conj") and any(
                c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in tok.children) and any(
                p.dep_ == "prep" and p.lower_ == "in" and any(g.dep_ == "pobj" and g.ent_type_ == "GPE"
                                                              for g in p.children)
                for p in [*tok.children, *(a for c in tok.children if c.dep_ == "advmod" for a in c.children)]) and \
                not any(c.dep_ in ("attr", "acomp", "neg") for c in tok.children):
            # "Mr Aliyev was in Moscow signing …", "X was back in Baku in April for …": a visit made there
            return Trigger("CONSULT", "visit", "V", (_BEEN_THERE,))
        if lemma == "take" and _verbal(tok) and any(c.dep_ == "dobj" and c.lemma_.lower() == "side" and any(
                g.dep_ == "poss" and g.pos_ == "PROPN" for g in c.children) for c in tok.children):
            return Trigger("SUPPORT", None, "V", (lemma,))  # "Turkey took Baku's side": backed it
        if lemma == "return" and _verbal(tok) and _past(tok) and not any(
                c.dep_ in ("dobj", "dative") for c in tok.children) and any(
                p.dep_ == "prep" and p.lower_ == "to" and any(g.dep_ == "pobj" and (g.ent_type_ == "GPE" or (
                    g.lemma_.lower() == "capital" and any(a.ent_type_ in ("NORP", "GPE") for a in g.children)))
                                                              for g in p.children) for p in tok.children):
            return Trigger("CONSULT", "visit", "V", (lemma,))  # "Tokayev returned to Beijing for the forum": a visit
            # ("returned to the Chinese capital in August 2017")
        if (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in tok.children) or
                lemma == "participate") and _verbal(tok) and any(
                p.dep_ == "prep" and p.lower_ == "in" and any(g.lemma_.lower() in _TAKEN_PART_IN for g in p.children)
                for p in [*tok.children, *(c for d in tok.children if d.lower_ == "part" for c in d.children)]):
            return Trigger("CONSULT", "meet", "V", (lemma,))  # "I took part in the Belt and Road Forum in Beijing"
        if _verbal(tok) and _retaliation_vowed(tok):
            return Trigger("THREATEN", None, "V", (lemma, _RESOLVED))  # "China will take firm measures to …", "Iran
            # would take reciprocal action", "reserved the right to respond with all its might to any attack"
        if _sent_out(tok):
            return Trigger("SANCTION", None, "V", (lemma,))  # "kicked 60 Russian diplomats out", "threw out one"
        if lemma in ("order", "tell", "give", "declare") and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass", "dative", "ccomp") for c in tok.children) and (
                any(t.lemma_.lower() in _ENVOYS or _counted_nationals(t) for c in tok.children
                    if c.dep_ in ("dobj", "nsubjpass", "dative") for t in c.subtree) and any(
                    c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_.lower() in ("leave", "depart")
                    for c in tok.children) or
                "non grata" in " ".join(t.lower_ for c in tok.children if c.dep_ != "conj" for t in c.subtree)):
            # "ordered three Russian diplomats to leave", "declared two envoys persona non grata": an expulsion
            return Trigger("SANCTION", None, "V", (lemma,))
        if lemma in ("add", "put", "place", "include") and _verbal(tok) and any(
                p.dep_ == "prep" and p.lower_ in ("to", "on", "in") and any(_blacklist(g) for g in p.children)
                for p in tok.children):
            return Trigger("SANCTION", None, "V", (lemma,))  # "added 12 Chinese companies to its Entity List"
        if lemma == "expect" and _verbal(tok) and tok.tag_ in ("VBZ", "VBP") and any(
                c.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and any(
                    g.dep_ in ("nsubj", "dobj") and g.pos_ == "PROPN" for g in [*c.children, *tok.children])
                for c in tok.children):
            return Trigger("REQUEST", None, "V", (lemma,))  # "The EU expects Serbia to cooperate fully": a demand
        if lemma == "call" and _verbal(tok) and _past(tok) and any(
                c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and any(
                    g.dep_ == "pobj" and (g.lemma_.lower() in _VISITORS | _HOSTS or g.ent_type_ == "PERSON")
                    for g in c.children) for c in tok.children) and not any(
                c.dep_ in ("xcomp", "advcl", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in tok.children):
            return Trigger("CONSULT", "visit", "V", (lemma,))  # "Modi called on the emir in Doha": a courtesy call
        if lemma in ("share", "donate", "ship") and _verbal(tok) and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in _RELIEF_GOODS or c.lower_ == "doses") for c in tok.children):
            return Trigger("AID", None, "V", (lemma,))  # "shared 1.4 million doses of vaccine with Ukraine"
        if lemma in ("call", "ring") and _purpose_of_call(tok) is not None:
            return Trigger("CONSULT", None, "V", (lemma,))  # "Trump called Modi on Tuesday to condemn the attack"
        if lemma in ("remain", "go", "leave") and _verbal(tok) and any(c.dep_ == "neg" for c in tok.children) and any(
                c.dep_ in ("acomp", "oprd") and c.lower_ in ("unanswered", "unpunished") or c.dep_ == "prep" and
                c.lower_ == "without" and any(g.lemma_.lower() in ("response", "answer", "reaction", "consequence")
                                              for g in c.children) for c in tok.children):
            return Trigger("THREATEN", None, "V", (lemma, _RESOLVED))  # "will not remain without a response"
        if lemma in ("regard", "consider", "view", "see", "deem", "qualify", "assess") and _verbal(tok) and any(
                c.dep_ == "prep" and c.lower_ == "as" and any(
                    a.lower_ in _HOSTILE_ADJ or a.lemma_.lower() in _HARMFUL_ACTS for g in c.children
                    for a in g.subtree) for c in tok.children) and any(
                c.dep_ == "dobj" and c.lower_ in ("this", "that", "it", "these", "such") or
                c.dep_ == "dobj" and any(d.lower_ in ("this", "these", "such") for d in c.children)
                for c in tok.children):
            return Trigger("ACCUSE", "disapprove", "V", (lemma, _RESOLVED))  # "We regard this as an unfriendly step"
        if lemma in ("withdraw", "pull") and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ENVOYS for c in tok.children):
            return Trigger("SANCTION", "withdraw", "V", (lemma,))  # "withdrew their ambassadors from Caracas": a cut
        worried = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ in _CONCERNED and any(
            p.dep_ == "prep" and p.lower_ in ("about", "over", "by", "at") or
            p.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in p.children)
            for p in c.children)), None) \
            if lemma in ("be", "remain", "feel") and _verbal(tok) else None
        if worried is not None:
            return Trigger("ACCUSE", "disapprove", "V", (worried.lower_,))  # "China is deeply concerned about …"
        if lemma in ("hit", "pound", "slam") and _verbal(tok) and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _ARMED for c in tok.children):
            return Trigger("ASSAULT", None, "V", (lemma,))  # "Ukrainian drones hit an oil refinery in Ryazan"
        if lemma in ("come", "rush", "go", "hasten") and _verbal(tok) and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() in _RESCUE
                                                             for g in c.children) for c in tok.children):
            return Trigger("AID", None, "V", (lemma,))  # "came to the aid of Baghdad", "rushed to Armenia's rescue"
        if lemma == "host" and _verbal(tok) and any(c.dep_ == "dobj" and (c.lemma_.lower() in _PEOPLES or any(
                g.dep_ == "prep" and g.lower_ == "of" and any(h.lemma_.lower() in _PEOPLES for h in g.children)
                for g in c.children)) for c in tok.children):
            return None  # "Iran hosts one of the oldest Armenian communities": people living there, no meeting
        if lemma == "host" and _verbal(tok) and any(c.dep_ == "dobj" and any(n.dep_ == "nummod" and any(
                q.lower_ in ("million", "thousand", "hundred") or re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{3,}", q.text)
                for q in n.subtree) for n in c.children) for c in tok.children):
            return Trigger("AID", None, "V", (lemma,))  # "Turkey hosts 3.6 million Syrians": refuge given (CAMEO
            # 075, asylum), no meeting
        if lemma == "thank" and any(c.dep_ == "dobj" and c.lower_ in ("you", "all", "everyone", "everybody")
                                    for c in tok.children):
            return None  # "Thank you.": the audience thanked, no state
        if lemma in ("call", "appeal", "plea", "demand") and tok.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and any(g.dep_ == "pobj" for g in c.children)
                for c in tok.children):
            return Trigger("REQUEST", None, "N", (lemma,))  # "we reiterate our call on X to withdraw", "our appeal
            # to Turkey to …": a request to X
        if lemma in ("defeat", "beat", "trounce", "oust") and _verbal(tok) and any(
                t.lemma_.lower() in _CONTESTS for t in tok.subtree):
            return None  # "Sandu defeated Dodon in the presidential election": a vote won, no attack
        if lemma == "retaliate" and any(c.dep_ == "prep" and c.lower_ == "by" and any(
                g.tag_ == "VBG" for g in c.children) for c in tok.children):
            return None  # "Moscow retaliated by expelling five diplomats": the act is the expulsion, coded there
        if lemma == "abstain" and not any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
            return None  # "abstained in the vote on X's war": no side taken, nothing yielded
        if lemma in ("receive", "obtain", "secure", "get") and _verbal(tok) and (any(
                c.dep_ == "prep" and c.lower_ == "from" for c in tok.children) or _owned_gift(tok) is not None) and any(
                c.dep_ == "dobj" and (_AID_WORDS.search(" ".join(t.lower_ for t in c.subtree)) or
                                      _MONEY.search(" ".join(t.text for t in c.subtree))) for c in tok.children):
            return Trigger("AID", None, "V", (lemma, _RECEIVED))  # "Armenia received a $500m loan from Iran"
        if lemma in ("receive", "welcome", "greet") and _verbal(tok) and any(
                c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in _VISITORS) for c in tok.children):
            return Trigger("CONSULT", "host", "V", (lemma,))  # "Tokayev received Putin in Astana": a visit hosted
        if lemma in ("receive", "welcome", "greet") and _verbal(tok) and any(c.dep_ == "agent" for c in tok.children) \
                and any(c.dep_ == "nsubjpass" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in _VISITORS or
                                                   c.lower_ in ("he", "she")) for c in tok.children):
            return Trigger("CONSULT", "host", "V", (lemma,))  # "He was received by President Xi in Chengdu"
        if lemma == "bring" and _verbal(tok) and any(c.lower_ == "together" for c in tok.children) and any(
                c.dep_ == "dobj" for c in tok.children):
            return Trigger("CONSULT", None, "V", (lemma,))  # "we brought together the foreign ministers of A and B"
        if lemma == "play" and _verbal(tok) and any(c.dep_ == "dobj" and c.lemma_.lower() == "host" for c in
                                                     tok.children) and any(
                g.dep_ == "prep" and g.lower_ == "to" for c in tok.children for g in [c, *c.children]):
            return Trigger("CONSULT", "host", "V", (lemma,))  # "Hanoi played host to Joe Biden"
        if lemma in ("call", "brand", "label", "term", "describe", "denounce", "dub") and _verbal(tok) and any(
                c.dep_ == "dobj" for c in tok.children) and any(
                _BRANDS.search(" ".join(t.text for t in c.subtree))
                for c in [*_called(tok), *(c for c in tok.children if c.dep_ == "ccomp")]):
            return Trigger("ACCUSE", "disapprove", "V", (lemma,))  # "called the landing an act of state terrorism"
        called = _callees(tok) if lemma in ("call", "phone", "ring", "telephone") and _verbal(tok) else []
        if any(c.dep_ in ("dobj", "oprd") and (c.ent_type_ == "PERSON" or c.lemma_.lower() in _VISITORS or
                                               c.pos_ == "PROPN") for c in called) and not any(
                c.dep_ in ("xcomp", "ccomp", "oprd", "advcl", "acomp") and c not in called or
                c.dep_ == "prep" and c.lower_ in ("for", "upon") or
                c.dep_ == "prep" and c.lower_ == "on" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)
                for c in tok.children):
            return Trigger("CONSULT", None, "V", (lemma,))  # "Putin called Pashinyan on Sunday": a phone call
        if lemma in _WAGING and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _WARS or c.tag_ == "WDT" and tok.dep_ ==
                                                     "relcl" and tok.head.lemma_.lower() in _WARS) and not any(
                    m.dep_ in ("compound", "amod") and m.lemma_.lower() in _NOT_FIGHTING for m in c.children)
                for c in tok.children):  # (and "the war that X launched")
            return Trigger("ASSAULT", None, "V", (lemma,))  # "is waging a war against X", "launched a war on X"
        if lemma in ("cross", "violate", "breach") and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("border", "frontier", "boundary") and
                c.tag_ != "NNS" or c.dep_ == "dobj" and c.lemma_.lower() == "border" and any(
                    a.lower_ in ("state", "international", "internationally") for a in c.subtree)
                for c in tok.children) and any(
                    g.pos_ == "PROPN" or g.lemma_.lower() in _FORCE_NOUNS
                    for c in tok.children if c.dep_ == "nsubj" for g in c.subtree):
            return Trigger("COERCE", "seize", "V", (lemma,))  # "units of X's army crossed the State border of Y"
        if lemma == "hold" and _verbal(tok) and any(
                _held_people(g) and (
                    g.i == c.i or g.dep_ == "pobj" and g.head.head.i == c.i and g.head.lower_ == "of")
                for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for g in c.subtree):
            return Trigger("COERCE", None, "V", (lemma,))  # "continues to hold dozens of Armenian prisoners of war"
        if lemma in ("release", "free", "return", "repatriate", "hand") and any(
                _held_people(g) or _nationals(g) for c in tok.children if c.dep_ in ("dobj", "nsubjpass") or
                c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "NOUN" for g in c.subtree if g.head.i == c.i or
                g.i == c.i):
            return Trigger("RETREAT", "release", "*", (lemma,))  # "Azerbaijan released 15 Armenian detainees", "the
            # release of the prisoners by X" (CAMEO 0841: return, release persons)
        if lemma in ("deploy", "send", "dispatch") and _verbal(tok) and any(
                g.lemma_.lower() in _PEACE_MISSIONS for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                for g in c.subtree if g.i == c.i or g.head.i == c.i and g.dep_ in ("compound", "amod", "pobj")):
            return Trigger("AID", None, "V", (lemma,))  # "the EU deployed a civilian monitoring mission to
            # Armenia", "Russia deployed peacekeepers" (CAMEO 074: military protection or peacekeeping)
        if lemma == "lay" and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("stone", "cornerstone", "foundation")
                for c in tok.children):
            return Trigger("COOPERATE", None, "V", (lemma, _JOINTLY))  # "A and B laid the foundation stone of …"
        if lemma == "rally" and _verbal(tok) and any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            return None  # "rallied its allies", "rallied support for X": gathering others, no protest
        if lemma in _CUTTING and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _FLOWS for c in tok.children):
            return Trigger("SANCTION", None, "V", (lemma,))  # "restricted imports of X fruit", "cut off gas to X"
        if lemma in _RESTARTING and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _FLOWS and c.lemma_.lower() != "water" and any(
                    g.dep_ == "prep" and g.lower_ in ("to", "for") for g in [*c.children, *tok.children])
                for c in tok.children):
            return Trigger("COOPERATE", None, "V", (lemma,))  # "resumed gas exports to X": a flow restored
        if lemma in _BUILDUP_VERBS and _verbal(tok) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _FORCE_NOUNS for c in tok.children):
            return Trigger("MOBILIZE", None, "V", (lemma,))  # "strengthened its forces in X", "massed troops near X"
        if _verbal(tok) and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("relation", "tie") and
                                c.tag_ == "NNS" for c in tok.children):
            if lemma in _MAKING_TIES:  # "restored diplomatic relations", "upgraded their ties"
                return Trigger("SUPPORT", None, "V", (lemma,))
            if lemma in _BREAKING_TIES:  # "severed diplomatic ties with X"
                return Trigger("SANCTION", None, "V", (lemma,))
            if lemma in _DEEPENING_TIES:  # "strengthened its ties with X": cooperation expanded (PLOVER COOPERATE)
                return Trigger("COOPERATE", None, "V", (lemma,))
        if lemma in ("raise", "upgrade", "elevate", "lift") and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("relation", "relationship", "tie", "ties")
                for c in tok.children) and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                    t.lemma_.lower() in ("partnership", "level", "alliance") for t in c.subtree) for c in tok.children):
            return Trigger("AGREE", None, "V", (lemma,))  # "raised their relationship to a strategic partnership"
        if lemma == "attend" and _verbal(tok) and _past(tok) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in OCCASIONS for c in tok.children) and any(
                s.ent_type_ == "PERSON" or s.lemma_.lower() in _VISITORS for s in _subjects(tok)):
            return Trigger("CONSULT", "visit", "V", (lemma,))  # "Nikolić attended the Victory Day parade in Moscow"
        if _verbal(tok) and _applies_to_join(tok):
            return Trigger("REQUEST", None, "V", (lemma,))  # "applied for EU membership", "submitted a bid to join"
        if lemma in ("join", "accede") and _verbal(tok) and tok.dep_ != "xcomp" and any(
                c.dep_ in ("dobj", "pobj") and c.lemma_.lower() not in _JOINED_ACTS and _INSTITUTION.search(
                    _LED_BY.sub("", "".join(t.text_with_ws for t in c.subtree)))
                for c in [*tok.children, *(g for p in tok.children if p.dep_ == "prep" for g in p.children)]):
            return Trigger("SUPPORT", None, "V", (lemma,))  # "Finland joined NATO": accession (CAMEO 057)
        if lemma == "become" and _verbal(tok) and any(
                c.dep_ == "attr" and c.lemma_.lower() in ("member", "state") and _INSTITUTION.search(
                    _LED_BY.sub("", "".join(t.text_with_ws for t in c.subtree))) for c in tok.children):
            return Trigger("SUPPORT", None, "V", (lemma,))  # "Sweden became NATO's 32nd member": accession
        if lemma in ("block", "blockade", "seal") and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ROUTES for c in tok.children) and not any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _PROTESTERS for c in tok.children):
            # (not "demonstrators blocked a road": an obstruction, CAMEO's protest)
            return Trigger("COERCE", "restrict", "V", (lemma,))  # "blocked the Lachin corridor": a blockade
        if (lemma in _THWARTING or lemma == "stall" or lemma == "hold" and any(
                c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)) and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _BLOCKED for c in tok.children):
            return Trigger("REJECT", None, "V", (lemma,))  # "blocked Sweden's bid to join NATO"
        if lemma in ("press", "push", "pressure", "pressurise", "pressurize", "lean") and _verbal(tok) and any(
                c.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                for c in tok.children) and (any(c.dep_ == "dobj" for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ in ("for", "on") for c in tok.children) or any(
                m.dep_ == "mark" and m.lower_ == "for" for c in tok.children for m in c.children)):
            return Trigger("REQUEST", None, "V", (lemma,))  # "pressed Russia to withdraw", "pushed for X to join"
        if lemma == "seek" and _verbal(tok) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("refuge", "asylum", "shelter") for c in tok.children):
            return Trigger("REQUEST", None, "V", (lemma,))  # "sought refuge in X": asked of X
        if lemma == "decline" and _verbal(tok) and any(c.dep_ == "dobj" for c in tok.children):
            return Trigger("REJECT", None, "V", (lemma,))  # "declined a request from X" (not "exports declined")
        if lemma in _ACCEPTING and _verbal(tok) and _negated(tok) and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo") for c in tok.children):
            return Trigger("REJECT", None, "V", (lemma, _REFUSED_NOW))  # "he will never accept it": refused now
        if lemma in ("decline", "refuse") and _verbal(tok) and _past(tok) and not any(
                c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "attr", "acomp", "npadvmod") for c in tok.children):
            return Trigger("REJECT", None, "V", (lemma, _BARE_REFUSAL))  # "X asked Y to close them. Y declined."
        if lemma in _ENDING_DEALS and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _DEAL_NOUNS for c in tok.children):
            return Trigger("REJECT", None, "V", (lemma,))  # "revoked its military agreement with the United States"
        if lemma in ("leave", "quit") and _verbal(tok) and _past(tok) and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _FORCE_NOUNS | _TRAINERS for c in tok.children) and any(
                c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children):
            return Trigger("RETREAT", None, "V", (lemma,))  # "the last American troops left Niger": a withdrawal
        if lemma in _ARRIVING and _verbal(tok) and _past(tok) and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _FORCE_NOUNS | _TRAINERS for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ in ("in", "to", "into", "at") for c in tok.children):
            if any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("deliver", "bring", "supply", "carry")
                   for c in tok.children):
                return Trigger("AID", None, "V", (lemma,))  # "Chinese transport aircraft landed at Belgrade airport
                # to deliver missiles": a delivery of arms
            return Trigger("MOBILIZE", None, "V", (lemma,))  # "Russian instructors arrived in Niamey": a deployment
        if lemma in _ARRIVING and _verbal(tok) and _past(tok) and any(
                c.dep_ == "prep" and c.lower_ in ("in", "to", "into", "at") for c in tok.children) and any(
                s.ent_type_ == "PERSON" or s.lemma_.lower() in _VISITORS for s in _subjects(tok)):
            return Trigger("CONSULT", "visit", "V", (lemma,))  # "Xi Jinping landed in Budapest": a visit made
        if lemma in ("transfer", "delivery", "shipment", "supply", "supplies") and tok.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ == "of" and _ARMS.search(" ".join(t.lower_ for t in c.subtree))
                for c in tok.children) and any(c.dep_ == "prep" and c.lower_ == "to" for c in [
                *tok.children, *(tok.head.children if tok.dep_ == "dobj" else ())]):
            return Trigger("AID", None, "N", (lemma,))  # "completed the transfer of nuclear weapons to Belarus"
        if lemma == "agree" and _verbal(tok) and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _VIEWS for g in c.children) for c in tok.children):
            return Trigger("SUPPORT", None, "V", (lemma,))  # "agrees with Russia's position": endorsed (CAMEO 051)
        if lemma in ("seek", "pursue", "solicit", "court") and _verbal(tok) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _ASKED_FOR for c in tok.children):
            return Trigger("REQUEST", None, "V", (lemma,))  # "sought Putin's backing", "is seeking loans from China"
        if lemma in ("fire", "launch", "lob", "hurl") and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _MUNITIONS for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "against", "toward", "towards", "upon")
                for d in [tok, *(c for c in tok.children if c.dep_ == "dobj")] for c in d.children):
            return Trigger("ASSAULT", None, "V", (lemma,))  # "fired shells at X", "launched rockets into X"
        if lemma in _ROUTING and _verbal(tok) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _FORCE_NOUNS | _CRAFT for c in tok.children) and (
                lemma in ("sink", "rout", "repel", "repulse", "destroy") or
                any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("out", "back", "from") for c in tok.children)):
            return Trigger("ASSAULT", None, "V", (lemma,))  # "drove Russian troops out of X", "sank the X flagship"
        if lemma in ("close", "shut") and _verbal(tok) and any(c.dep_ == "dobj" for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in _FORCE_NOUNS | _CRAFT | {
                    "flight", "airline", "carrier", "truck", "lorry", "goods", "import", "export"}
                    for g in c.subtree) for c in tok.children):
            return Trigger("COERCE", "restrict", "V", (lemma,))  # "closed the straits to Russian warships"
        if _joint_project(tok):
            return Trigger("COOPERATE", None, "V", (lemma, _JOINTLY))  # "Azerbaijan, Georgia and Turkey are
            # implementing the Baku-Tbilisi-Kars railway project": a project of them all
        if lemma in ("close", "shut", "seal") and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("checkpoint", "crossing", "border",
                                                                         "frontier", "airspace", "border-crossing")
                for c in tok.children):
            return Trigger("COERCE", "restrict", "V", (lemma,))  # "closed four checkpoints on the border with Russia"
        if lemma == "violate" and _verbal(tok) and any(c.dep_ == "dobj" and c.lemma_.lower() in (
                "airspace", "border", "frontier", "waters") for c in tok.children):
            return Trigger("COERCE", None, "V", (lemma,))  # "Turkish aircraft violated Greek airspace": an incursion
            # done (a complaint of one told in the passive stays one: "our airspace has been violated by …")
        if lemma == "degrade" and _verbal(tok) and any(c.dep_ == "dobj" and any(
                t.lemma_.lower() in _MILITARY_ASSETS for t in c.subtree) for c in tok.children):
            return Trigger("ASSAULT", None, "V", (lemma,))  # "has degraded Hezbollah's military leadership": by force
        if lemma in _ANGERING and _verbal(tok) and any(c.dep_ == "dobj" for c in tok.children):
            return Trigger("ACCUSE", "disapprove", "V", (lemma, _ANGERED))  # "the deal angered Washington"
        if lemma == "shoot" and _verbal(tok) and any(c.lower_ == "dead" for c in tok.children):
            return Trigger("ASSAULT", None, "V", (lemma,))  # "soldiers of X were shot dead by Y's troops"
        if tok.i >= 1 and (tok.doc[tok.i - 1].lower_, lemma) in _NOUN_PAIRS and tok.pos_ == "NOUN":
            return Trigger(_NOUN_PAIRS[(tok.doc[tok.i - 1].lower_, lemma)], None, "N", (lemma,))
        if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].head.i == tok.i:
            lemma = f"{tok.doc[tok.i - 2].lower_}-{tok.lower_}"  # "dressing-down"
        cands = self.triggers.get(lemma) or self.triggers.get(tok.lower_)
        if lemma == "oppose" and tok.tag_ == "VBN" and (any(
                c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP", "VBD")
                for c in tok.children) or tok.dep_ == "acomp" and tok.head.lemma_ == "be" and tok.head.tag_ in (
                "VBZ", "VBP", "VBD")) and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            pass  # "Israel is opposed to French mediation": a stand taken, as "opposes"
        elif lemma == "oppose" and tok.tag_ not in ("VBZ", "VBP", "VBD"):
            return None  # "China opposes X" states a position; "long cooperated in opposing the US" a habit
        if lemma == "join" and tok.pos_ == "VERB" and not (_past(tok) and any(
                c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "ORG")) for c in tok.children)):
            return None  # "Kazakhstan joined Russia and Belarus in a customs union", "Armenia joined the EAEU in
            # 2015": done with a state or body named (not "joined the talks", nor a bid to join)
        if lemma in ("war", "warfare") and tok.pos_ == "NOUN" and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in _FIGURATIVE_WARS for c in tok.children):
            return None  # "the sanctions war between Russia and the West", "a trade war": no fighting
        if lemma in ("mobilise", "mobilize") and tok.pos_ == "VERB" and any(
                c.dep_ == "dobj" and _MONEY.search(" ".join(t.text for t in c.subtree)) for c in tok.children):
            return None  # "mobilised €36 million for our health system": money raised (told as aid), no forces
        if lemma == "strike" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _STRUCK_NOT_HIT
                                     for c in tok.children):
            return None  # "struck a defiant tone", "struck a deal" (told as an agreement): no blow
        if lemma == "offer" and tok.pos_ == "VERB" and not (_past(tok) or any(c.dep_ == "xcomp" for c in tok.children)):
            return None  # "offered troops to Y", "offers to mediate" — not "the company offers flights to Y"
        if lemma == "offer" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("condolence", "sympathy")
                                    for c in tok.children):
            return None  # "offered its condolences": sorrow expressed (SUPPORT, by the noun), no offer made
        if _verbal(tok) and lemma in _SIDE_BY_SIDE_VERBS and (
                any(c.dep_ == "prep" and c.lower_ == "alongside" for c in tok.children) or
                any(c.lower_ == "side" and any(g.lower_ == "by" for g in c.children) or
                    c.lower_ == "by" and any(g.lower_ == "side" for g in c.children) for c in tok.children)):
            return Trigger("COOPERATE", None, "V", (lemma,))  # "fought side by side with X", "served alongside X"
        together = [a for a in tok.children if a.dep_ == "advmod" and a.lower_ in ("together", "jointly")]
        if not cands and together and tok.pos_ == "VERB" and lemma not in _BEING and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in [*tok.children, *together[0].children]):
            return Trigger("COOPERATE", None, "V", (lemma,))  # "implementing the project together with X"
        if _done_jointly(tok) and lemma not in _BEING | {"host", "grant", "meet", "gather", "convene"} and not any(
                t.type in ("ASSAULT", "COERCE", "THREATEN", "ACCUSE", "REJECT", "REQUEST", "SANCTION", "PROTEST",
                           "MOBILIZE") for t in cands or ()):
            # "launched the initiative together with X", "A and B jointly launched …", "co-hosted it with X"
            return Trigger("COOPERATE", None, "V", (lemma, _JOINTLY))
        if lemma == "designate" and _verbal(tok) and _blacklisting(tok):
            return Trigger("SANCTION", None, "V", (lemma,))  # "the Treasury designated two Armenian companies"
        if lemma in _TARIFF_RAISING and _verbal(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _TARIFFS for c in tok.children) and any(
                g.dep_ == "prep" and g.lower_ in ("on", "against") and g.head.lemma_.lower() in _TARIFFS | {lemma}
                for g in tok.subtree):
            return Trigger("SANCTION", None, "V", (lemma,))  # "raised the tariff on steel imported from Turkey"
        if not cands:
            return self._cameo_trigger(tok)
        pos = "V" if _verbal(tok) else "N" if tok.pos_ in ("NOUN", "PROPN") else "?"
        for trig in cands:
            if trig.pos not in ("*", pos):
                continue
            if len(trig.words) > 1:
                rest = [c.lower_ for c in tok.children if c.dep_ in ("prt", "prep") and not any(
                    g.ent_type_ in ("DATE", "TIME") for g in c.children)] + \
                       [t.lower_ for t in tok.doc[tok.i + 1:tok.i + len(trig.words) + 1]]
                if not all(w in rest for w in trig.words[1:]):
                    continue
            elif any(len(t.words) > 1 for t in cands if t.words[0] == lemma) and trig.type == "SUPPORT" and \
                    lemma == "stand":
                continue
            return trig
        return self._cameo_trigger(tok)  # "lodged a complaint": the hand lexicon knows only "lodged representations"

    def _angering(self, ctx: Context, verb: Any) -> list[str]:
        """Who angered: the states of the whole subject ("the decision by Georgia alarmed Moscow"); for ", which
        angered X" after a clause, the subject of that clause ("Taiwan's president visited the US, which angered
        China": Taiwan)."""
        subs = _subjects(verb)
        if verb.dep_ == "relcl" and any(c.lower_ == "which" for c in subs) and verb.head.i != verb.i and \
                verb.i >= 2 and any(verb.doc[i].text == "," for i in range(verb.head.i + 1, verb.i)):
            clause_verb = verb.head.head if verb.head.head.pos_ in ("VERB", "AUX") else None
            if clause_verb is not None:
                return _states(ctx, {i for c in _subjects(clause_verb) for i in _subtree(c)})
        angered = set(_states(ctx, {i for c in verb.children if c.dep_ == "dobj" for i in _subtree(c)}))
        return [x for x in _states(ctx, {i for c in subs for i in _subtree(c)}) if x not in angered]

    def _cameo_trigger(self, tok: Any) -> Trigger | None:
        """A verb the hand lexicon does not know, typed by the CAMEO verb patterns."""
        if tok.pos_ != "VERB" or tok.dep_ in ("amod", "compound") or not (
                _past(tok) or tok.tag_ == "VBZ" or _told_on(tok)):
            return None  # a derived pattern needs a reported happening or a stand taken ("Chile rebuffs Peru"):
            # "promoting cooperation" is a policy
        pat = self.cameo.match(tok)
        if pat is None:
            return None
        if pat.type in FORCEFUL and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _HARDSHIPS
                                        for c in tok.children):
            return None  # "overcame the energy crisis", "beat the pandemic": a hardship, no one attacked
        if pat.type == "AGREE" and (tok.lemma_.lower() in _TRAVEL or tok.lemma_.lower() == "lead" and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "delegation" for c in tok.children)) and _past(tok) and any(
                c.dep_ == "prep" and c.lower_ in ("to", "into") for c in tok.children):
            # ("led a government delegation to China": went there)
            return Trigger("CONSULT", "visit", "V", (tok.lemma_.lower(),))  # "flew to Sochi" (CAMEO 036, an intent
            # to meet, when said ahead): the trip was made, a visit
        return Trigger(pat.type, pat.mode, "V", (tok.lemma_.lower(),))

    # -- roles ---------------------------------------------------------------
    def _event(self, ctx: Context, tok: Any, trig: Trigger, sent: Any) -> Event | None:
        if trig.type in ("SUPPORT", "CONSULT") and tok.lemma_.lower() in _COURTESIES and \
                _ASSEMBLY_OFFICE.search(sent.text) and _ASSEMBLY_WORDS.search(sent.text):
            return None  # "I congratulate you, Mr. Shahid of the Maldives, on your election": courtesy to the chair
            # of the Assembly (or to the one before), no act towards his state
        if trig.type == "PROTEST" and tok.lemma_.lower() == "protest" and _lodged(tok):
            # "summoned X's ambassador to protest", "lodged a formal protest": a complaint made officially (PLOVER
            # ACCUSE), not a demonstration
            trig = Trigger("ACCUSE", trig.mode, trig.pos, trig.words)
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                tok.head.head.lemma_.lower() in ("war", "campaign"):
            return None  # "Russia's war of aggression against Ukraine": the war is the act, "aggression" its kind
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                tok.head.head.lemma_.lower() in ("sideline", "sidelines", "margin", "margins"):
            return None  # "met X on the sidelines of the SCO meeting": the gathering is where, not what, was done
        if tok.pos_ == "NOUN" and _a_record(tok) and (tok.dep_ == "appos" or tok.dep_ == "dobj" and any(
                c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children)) and any(
                    c.dep_ == "prep" and c.lower_ in ("between", "among") for c in tok.subtree):
            return None  # "signed a treaty, the first such agreement between Central Asian states": the deal told
            # again as a record of its kind
        if tok.lemma_.lower() in ("come", "return", "rise", "sweep") and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in ("power", "office")
                                                              for g in c.children)
                for c in tok.children):
            return None  # "the government that came to power in 2012": no visit
        head = tok
        if tok.pos_ in ("ADJ", "VERB") and tok.dep_ in ("acomp", "amod") and tok.tag_ in ("JJ", "VBN") and \
                trig.type in ("ACCUSE", "SUPPORT") and tok.head.lemma_ in ("be", "feel", "remain", "appear", "seem",
                                                                          "become"):
            # "China was strongly dissatisfied with the Turkish remarks": a state of displeasure stated; "we are
            # grateful to the EU": thanks given
            if not any(c.dep_ in ("prep", "agent") and (
                    c.lower_ in ("with", "about", "over", "at", "by") and trig.type == "ACCUSE" or
                    c.lower_ == "to" and (tok.lemma_ == "oppose" or trig.type == "SUPPORT")) for c in tok.children):
                return None
            head = tok.head
        # A trigger noun that is the object of a light verb takes its roles from the verb:
        # "gave a dressing-down", "paid a visit", "expressed support".
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "attr", "nsubjpass", "pobj") and \
                tok.head.lemma_ in _LIGHT_VERBS:
            head = tok.head
        elif tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "to" and \
                tok.head.head.lemma_ in ("subject", "expose") and tok.head.head.pos_ == "VERB" and \
                trig.type in ("ASSAULT", "COERCE"):
            head = tok.head.head  # "Armenian forces subjected towns and villages to heavy shelling": they shelled
        elif tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into") and \
                tok.head.head.lemma_ in ("engage", "participate", "enter") and tok.head.head.pos_ == "VERB" and \
                tok.lemma_.lower() not in _DRILLS:  # (exercises: joint_exercises, which tells no direction among 3+)
            head = tok.head.head  # "ready to engage in dialogue with X", "entered into negotiations with X"
        elif tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and \
                tok.head.head.lemma_ in _LIGHT_VERBS and tok.head.head.pos_ == "VERB" and any(
                c.dep_ == "dobj" and any(t.like_num or t.lemma_.lower() in _AMOUNT_WORDS for t in c.subtree)
                for c in tok.head.head.children):
            head = tok.head.head  # "provided billions of dollars in military aid to X": the aid given
        elif tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and \
                tok.head.head.dep_ == "dobj" and (tok.head.head.like_num or tok.head.head.lemma_.lower() in
                                                  _AMOUNT_WORDS) and tok.head.head.head.lemma_ in _LIGHT_VERBS | {
                    "pledge", "commit", "allocate", "approve", "unveil"} and tok.head.head.head.pos_ == "VERB":
            head = tok.head.head.head  # "is announcing $135 million in new assistance to Moldova": the sum's verb
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in ("tour", "trip", "visit", "journey") and \
                tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.pos_ in ("VERB", "AUX") and \
                tok.head.head.lemma_.lower() in _SETTING_OUT:
            head = tok.head.head  # "set out on a ten-day tour of A and B", "embarked on a trip to X": the journey made
        elif (scope := _scope_of(tok)) is not None and scope.dep_ in ("dobj", "pobj") and commitment(
                verb := scope.head if scope.dep_ == "dobj" else scope.head.head) in ("promise", "future"):
            head = verb  # "her desire to expand areas of cooperation", "will strive for more outcomes of cooperation"
        elif tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() not in CONFLICT_NOUNS:
            head = _governing_clause_verb(tok) or tok  # (not "released footage of fighting": no fighter there)
            if head.i != tok.i and head.lemma_.lower() in _DESCRIBING and _in_branding(head, tok):
                return None  # "branded the strike an act of aggression": what the act is called, no act of its own
            if head.i != tok.i and head.lemma_.lower() in _JUDGING | _DESCRIBING and (tok.head.i == head.i or (
                    tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.head.i == head.i and
                    tok.head.head.lemma_.lower() in _DOING_OF)):  # ("opposes the imposition of sanctions … by the US")
                head = tok  # "China condemned the strike on Syria": the strike is not China's; its own words say whose
            elif head.i != tok.i and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != head.i \
                    and any(c.dep_ in ("poss", "amod", "compound") and ctx.mentions_in(_subtree(c))
                            for c in tok.children):
                head = tok  # "the war showed the limits of Western support": the West's support, not the war's
        verb_like = _verbal(head)
        if tok.lemma_.lower() in _DEAL_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in ("toward", "towards") \
                and tok.head.head.lemma_.lower() in _HEADING_FOR and tok.head.head.pos_ == "VERB":
            head = tok.head.head  # "China and Iran are working towards an agreement": negotiating it
            trig = Trigger("CONSULT", None, "V", trig.words)
        verb_like = _verbal(head)
        promised = tok.pos_ == "NOUN" and tok.dep_ == "dobj" and (commitment(tok.head) in ("promise", "threat") or (
            tok.head.lemma_.lower() in _KEEPING_UP and trig.type in ("AID", "SUPPORT", "COOPERATE") and
            commitment(tok.head) == "future" and any(c.dep_ == "prep" and c.lower_ in ("to", "for") and _states(
                ctx, _subtree(c)) for c in [*tok.children, *tok.head.children])))  # ("will continue its assistance
        # to Bangladesh": a promise)
        owned_now = not verb_like and any(c.dep_ == "poss" for c in tok.children) and \
            tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.i < tok.head.head.i  # "With its aid to Y, …"
        if not verb_like and not promised and not owned_now and not _specific_noun(tok) and not (
                trig.type in ("AID", "SUPPORT") and _thanked_for(tok) is not None) and \
                not _going_on(tok, trig) and not (
                tok.lemma_.lower() in CONFLICT_NOUNS and (len(_conflict_between(ctx, tok)) >= 2 or
                                                          _owned_war(ctx, tok)) and _reported(tok)):
            return None
        if tok.lemma_.lower() in _TALK_NOUNS and not ((tok.dep_ == "dobj" and tok.head.lemma_ in _LIGHT_VERBS or
                                                      head.i != tok.i and head.lemma_ in ("engage", "enter")) and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in [*tok.children, *tok.head.children])):
            return None  # "held a video conference with X", "had communication with X" are talks; "at the press
            # conference", "the dialogue on security" are a setting or a topic
        undoer = tok.head
        ended_with = False  # ("it ended with a pledge of aid": what it ended with, not what was ended)
        while undoer.dep_ in ("prep", "prt", "pobj") and undoer.head.i != undoer.i:
            ended_with = ended_with or undoer.dep_ == "prep" and undoer.lower_ in ("with", "by", "in")
            undoer = undoer.head  # "backed out of a deal": up past the prepositions
        if trig.type == "AGREE" and tok.pos_ == "NOUN" and undoer.lemma_ in _UNDOING:
            return None  # "backed out of a deal", "withdrew from the agreement": the deal is what is undone
        if undoer.lemma_.lower() in ("opening", "start", "launch", "resumption") and undoer.dep_ in (
                "dobj", "nsubjpass") and tok.pos_ == "NOUN":
            undoer = undoer.head  # "blocked the opening of accession talks": the talks were what was blocked
        if tok.pos_ == "NOUN" and trig.type in ("CONSULT", "AGREE", "COOPERATE") and (
                undoer.lemma_ in _THWARTING or undoer.lemma_ == "stall"):
            return None  # "vetoed the agreement", "blocked the opening of talks": the veto is the act (REJECT)
        if tok.pos_ == "NOUN" and trig.type in ("REQUEST", "CONSULT", "AGREE") and _refused(undoer):
            return None  # "declined a request from X", "turned down an invitation": the refusal is the act (REJECT)
        if trig.type == "CONSULT" and tok.pos_ == "NOUN" and undoer.lemma_ in _SKIPPING:
            return None  # "skipped the bloc's summit in Minsk": no meeting was had
        if trig.type in ("SANCTION", "COERCE") and tok.pos_ == "NOUN" and undoer.lemma_ in _EASING | _THWARTING:
            return None  # "eased the arms embargo": the easing is the act (CONCEDE), the embargo what is undone;
            # "vetoed EU sanctions on X": the veto is the act (REJECT), the sanctions never came
        if trig.type in ("AID", "COOPERATE", "CONSULT") and tok.pos_ == "NOUN" and undoer.lemma_ in HALTING and \
                not ended_with:
            trig = Trigger("SANCTION", None, trig.pos, trig.words)  # "halted economic aid to Y": aid cut
        if tok.lemma_.lower() == "protest" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
                tok.head.lemma_.lower() in ("lodge", "file", "register", "deliver", "issue", "send"):
            trig = Trigger("ACCUSE", "disapprove", trig.pos, trig.words)  # "lodged a protest with Y": a complaint
        if tok.pos_ == "NOUN" and trig.type in FORCEFUL and _threatened(tok):
            trig = Trigger("THREATEN", None, trig.pos, trig.words)  # "threatened sanctions against X"
        if _not_an_act(tok, trig.type, self._hostile_nouns):
            return None
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("any", "no", "every") for c in tok.children):
            return None  # "warned Israel against any attack", "no talks": no act that happened
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("this", "these", "that", "those")
                                      for c in tok.children) and self._told_before(ctx, trig.type):
            return None  # "In these calls, they …": the calls told just before, not new ones
        if tok.lemma_.lower() in ("sign", "enact", "adopt", "pass") and any(
                c.dep_ in ("dobj", "nsubjpass", "npadvmod", "attr") and c.lemma_.lower() in _LAW_NOUNS and
                _PUNITIVE.search(" ".join(t.lower_ for t in c.subtree)) for c in tok.children):
            trig = Trigger("SANCTION", None, trig.pos, trig.words)  # "signed into law a bill imposing sanctions on X"
        if tok.lemma_.lower() == "meet" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _DEMANDS
                                                for c in tok.children):
            trig = Trigger("CONCEDE", None, trig.pos, trig.words)  # "met Peru's demands": yielded, no meeting
        crime = perpetrated(tok)
        if crime is None and truce_violated(tok):
            crime = True  # "violated the ceasefire": fire opened, not a complaint
        if crime:  # "committed genocide against X": the crime is the act (ASSAULT), not a commitment
            trig = Trigger("ASSAULT", None, trig.pos, trig.words)
        if _alleged(head):
            return None  # "accused Turkey of supporting Azerbaijan": the accusation happened; the support is alleged
        if tok.pos_ in ("NOUN", "PROPN") and _topic_of_talks(tok):
            return None  # "discussed the delivery of assistance to Afghans": a topic, not an act
        if trig.type == "AID" and tok.lemma_ in ("help", "assist") and any(
                c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" for c in tok.children) and not (
                commitment(tok) in ("promise", "future") and _states(ctx, {
                    i for c in tok.children if c.dep_ in ("dobj", "ccomp") for g in c.children
                    if g.dep_ == "nsubj" or c.dep_ == "dobj" for i in _np_core(g if c.dep_ == "ccomp" else c)})):
            return None  # "help advance the talks": helping along, not aid ("ready to help X implement it": a
            # promise made to X, below)
        if trig.type == "CONCEDE" and tok.lemma_.lower() in _RETAKING and _land_taken(ctx, tok):
            trig = Trigger("ASSAULT", None, trig.pos, trig.words)  # "liberated Kherson", "retook the district": land
            # won back by force, no captives freed
        if trig.type == "MOBILIZE" and tok.lemma_ in ("exercise", "drill") and (
                any(c.lower_ == "joint" for c in tok.children) or
                any(c.dep_ in ("prep", "acl") and c.lower_ in ("between", "with") for c in tok.subtree) or
                tok.dep_ == "dobj" and tok.head.lemma_ == "host") and not any(
                c.dep_ == "prep" and c.lower_ in ("around", "surrounding", "encircling") for c in tok.children):
            # (but "a joint exercise around Taiwan": the services of one state drilling around another)
            trig = Trigger("COOPERATE", None, trig.pos, trig.words)  # joint exercises with partners ("hosted an
            # American exercise": with the guests)
        if trig.type == "AID" and tok.lemma_.lower() in ("sell", "sale"):
            objects = " ".join(t.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass") or
                               c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree)
            if not _ARMS.search(objects) or not any(c.dep_ in ("prep", "dative") and c.lower_ == "to"
                                                    for c in tok.children) or _hypothetical(tok):
                return None  # "sold weapons to X", "the sale of missiles to X": arms supplied; not "sold gas"
        if trig.type == "MOBILIZE" and tok.lemma_.lower() == "move" and not _sent_into_waters(tok) and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in _FORCE_NOUNS | _CRAFT for c in tok.children):
            return None  # (forces moved, or "moved the oil rig into our exclusive economic zone", show force; "moved
            # its headquarters" does not)
        if trig.type == "AID" and tok.lemma_ in ("send", "dispatch", "deploy") and _sent_into_waters(tok):
            trig = Trigger("MOBILIZE", None, trig.pos, trig.words)  # "sent its drilling ships into the exclusive
            # economic zone of the Republic of Cyprus": a show of force in another's waters, no aid
        if trig.type == "AID" and tok.lemma_ in _GIVING_VERBS:
            objects = " ".join(t.lower_ for c in tok.children if c.dep_ in ("dobj", "dative", "attr") or
                               c.dep_ == "prep" and (c.lower_ == "with" or c.lower_ == "of" and tok.pos_ == "NOUN")
                               for t in c.subtree)  # "provide X with a loan", "the transfer of weapons to X"
            helped = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _HELPING]
            handed = any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
            dispatched = " ".join(t.lower_ for c in tok.children if c.dep_ == "dobj" for t in c.subtree)
            envoy = tok.lemma_ in ("send", "dispatch") and handed and (_SENT_TO_TALK.search(dispatched) or any(
                c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in tok.children))
            if envoy and not _AID_WORDS.search(objects):
                trig = Trigger("CONSULT", None, trig.pos, trig.words)  # "Armenia sent a delegation to Baku": a visit
            elif not _AID_WORDS.search(objects) and not ((helped or handed) and _MONEY.search(objects)):
                # ("USAID provided $3 million to Turkmenistan": money handed to someone is aid)
                # ("will provide $12 million to help Vietnam build …": money given to help is aid)
                if tok.lemma_ != "grant":
                    return None
                granted = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
                trig = Trigger("SUPPORT" if any(_admitted_status(c) for c in granted) else "AGREE", None, trig.pos,
                               trig.words)  # "granted Georgia candidate status": a standing given, backing it
        if verb_like:
            actors, recipients = self._verb_roles(ctx, head, tok)
            if head.lemma_.lower() in _JUDGING and trig.type == "ACCUSE" and any(
                    c.dep_ == "dobj" for c in head.children):
                # "condemned the strikes as a violation of Yemen's sovereignty": the one wronged is not the one
                # condemned (the strikes' doers are, told before)
                standing = [w for c in head.children if c.dep_ == "prep" and c.lower_ == "as" for w in c.subtree
                            if w.dep_ == "poss" and _STANDING.search(" ".join(x.text for x in w.head.subtree))]
                wronged = _states(ctx, {i for w in standing for i in _subtree(w)})
                recipients = [r for r in recipients if r not in wronged]
            if (owners := _decided_by(ctx, head)) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
                # "the decision of the United States to withdraw from the agreement and to reimpose sanctions on Iran"
                actors, recipients = owners, [x for x in recipients if x not in owners]
            if not actors and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
                # "In June 2024 China, Kyrgyzstan and Uzbekistan signed …" parsed with the states joined to the month:
                # they are the subject
                # ("On 25 May 1992 presidents Nazarbayev and Yeltsin signed …": the words of the time phrase that
                # are no time)
                dated = {t.i for p in head.children if p.dep_ == "prep" and p.i < head.i and
                         any(t.ent_type_ == "DATE" for t in p.subtree) for g in p.children if g.dep_ == "pobj"
                         for t in _named_with(g) if t.ent_type_ != "DATE"}
                actors = _states(ctx, dated)  # (the recipients named with them: each other, when symmetric)
                if not actors:  # ("Under the Budapest Memorandum, the United States, the United Kingdom and Russia
                    # undertook …" parsed with the states joined to the memorandum)
                    joined = {t for p in head.children if p.dep_ == "prep" and p.i < head.i for g in p.children
                              if g.dep_ == "pobj" for c in g.conjuncts if c.i > g.i for t in _np_core(c)}
                    actors = _states(ctx, joined)
                    recipients = [r for r in recipients if r not in actors]
            if not actors and trig.type in ("SUPPORT", "AGREE") and head.dep_ == "relcl" and \
                    head.head.lemma_.lower() in ("visit", "meeting", "talks", "summit", "trip", "session") and \
                    any(c.dep_ == "nsubjpass" for c in head.children):
                # "Putin paid a state visit to Uzbekistan, during which agreements worth $27 billion were signed": by
                # those at the visit
                actors, recipients = self._noun_roles(ctx, head.head)
            if actors and not recipients and trig.type in ("ACCUSE", "REJECT"):
                # "China firmly opposes the unilateral sanctions that the US imposes on Iran": the doer of the thing
                # opposed, told in its relative clause
                done = [o for c in head.children if c.dep_ == "dobj" for o in [c, *c.conjuncts]]
                done += [g for t in {head, tok} for c in t.children if c.dep_ == "prep" and c.lower_ in _ABOUT
                         for g in c.children if g.dep_ == "pobj"]  # ("expressed deep concern over the military
                # operations that Azerbaijan launched")
                recipients = [x for o in done for r in o.children if r.dep_ == "relcl" for c in r.children
                              if c.dep_ == "nsubj" for x in _states(ctx, _subtree(c)) if x not in actors]
            if ctx.speaker in actors and len(set(actors)) > 1 and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in KIN_OF_SPEAKER and any(
                        g.dep_ == "poss" and g.lower_ in ("my", "our") for g in c.children) for c in head.children):
                # "my brother, President Emomali Rahmon, came to Tashkent": the one so called, not the speaker
                actors = [a for a in actors if a != ctx.speaker]
            if _ANGERED in trig.words:  # "X's support for Y infuriated Ankara": Ankara disapproves of X
                actors, recipients = recipients, self._angering(ctx, head) or actors
        else:
            actors, recipients = self._noun_roles(ctx, tok)
            if tok.dep_ == "dobj" and (owners := _decided_by(ctx, tok.head)):
                actors, recipients = owners, [x for x in recipients if x not in owners]  # "… to reimpose sanctions"
            if promised and tok.head.lemma_.lower() in _KEEPING_UP:
                recipients = [x for c in [*tok.children, *tok.head.children] if c.dep_ == "prep" and c.lower_ in (
                    "to", "for") for x in _states(ctx, _subtree(c)) if x not in actors] or recipients  # "its
                # assistance to X": X
            if trig.type in _HOSTILE_TYPES and tok.dep_ == "pobj" and tok.head.lower_ in _TOPIC_PREPS | {"on"} and \
                    (tok.head.head.lemma_.lower() in _PAPERS or tok.head.head.lemma_.lower() in _PAPER_BACKING and
                     any(t.lemma_.lower() in _PAPERS for t in tok.head.head.subtree)) and not any(
                        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
                actors = []  # "voted for every resolution on the aggression against Ukraine": what the text is
                # about, not an act of those who back it
            asked_at = tok.lemma_.lower() in ("request", "behest") and tok.dep_ == "pobj" and \
                tok.head.lower_ in _ASKED_AT
            askers = _askers(ctx, tok) if asked_at else []
            asked_act = tok.head.head
            doers = [x for x in _states(ctx, {i for c in _subjects(asked_act) for i in _np_core(c)})
                     if x not in askers] if askers and asked_act.pos_ in ("VERB", "AUX") else []
            if doers:  # "Ankara sent a drone at Iran's request", "activated the service after a request from Tehran"
                actors, recipients = askers, doers
            elif asked_at and tok.head.lower_ in ("at", "upon", "on") and any(
                    c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "poss" and c.lower_ in ("its", "their")
                    for c in tok.children):  # ("came to the aid of X at their request": X asked)
                actors, recipients = recipients, actors  # "at the request of Armenia, Russia sent …": Armenia asked
                if any(g.lemma_.lower() in ("party", "side") for c in tok.children if c.lower_ == "of"
                       for g in c.children) or any(m.actor and not m.state for m in ctx.mentions_in(_subtree(tok))):
                    actors = []  # ("at the request of the parties": whose, a speech does not say; "at the request
                    # of the World Health Organization": a body of no state asked)
            under = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "under" else None
            by = next((c for c in under.head.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"),
                      None) if under is not None and under.head.pos_ in ("VERB", "AUX") else None
            if under is not None and by is not None and by.i == tok.right_edge.i + 1:
                # "the territory of Azerbaijan remained under occupation by Armenia" (the parser hangs "by Armenia"
                # on the verb): the occupier acts on the land's state
                doers = _states(ctx, _subtree(by))
                held = [x for c in under.head.children if c.dep_ in ("nsubj", "nsubjpass")
                        for x in _states(ctx, _subtree(c)) if x not in doers]
                if doers and held:
                    actors, recipients = doers, held
            parties = _between_states(ctx, tok) if trig.type == "CONSULT" else []
            if len(parties) >= 2 and set(actors) <= set(parties):
                # "hosted negotiations between the Russian and Ukrainian delegations": the two talked to each
                # other; the host is no party to their talks (its hosting is its own event)
                recipients = list(parties)
        if tok.lemma_ == "expel" and not actors and verb_like and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in _ENVOYS for c in tok.children):
            # "Russian diplomats were expelled from Chisinau": the state whose soil they had to leave expelled them
            actors = [m.state for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for m in
                      ctx.mentions_in({g.i for g in p.children if g.dep_ == "pobj"}) if m.state][:1]
            recipients = [r for r in recipients if r not in actors]
        granted_to = [c for c in tok.children if c.dep_ == "nsubjpass"] if verb_like else []
        if trig.type in ("AGREE", "SUPPORT") and tok.lemma_ == "grant" and (not actors or granted_to) and verb_like:
            if granted_to:  # "it was granted candidate status together with Ukraine": it and Ukraine receive it
                recipients = _unique(actors + _states(ctx, {i for c in granted_to for i in _np_core(c)}) + [
                    x for c in tok.children if c.dep_ == "advmod" and c.lower_ == "together"
                    for p in c.children if p.dep_ == "prep" for x in _states(ctx, _subtree(p))] + [
                    x for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" and p.i > 0 and
                    tok.doc[p.i - 1].lower_ == "together" for x in _states(ctx, _subtree(p))])
                actors = []
                granter = _states(ctx, {i for c in tok.children if c.dep_ == "agent" for i in _subtree(c)})
                if granter:  # "Moldova was granted candidate status by the EU": the body named grants it
                    actors, recipients = granter[:1], [r for r in recipients if r not in granter]
            # "Moldova was granted EU candidate status": the body whose standing it is granted it
            status = [c for c in tok.children if c.dep_ == "dobj" and _admitted_status(c)]
            actors = actors or [m.state for c in status for m in ctx.mentions_in(
                {g.i for g in c.children if g.dep_ == "compound"}) if m.state][:1]
            if status and not actors:  # "applied for EU membership …, and it was granted candidate status": that body
                actors = [m.state for m in ctx.mentions_in(set(range(tok.sent.start, tok.i)))
                          if m.state in _BODIES][-1:]
            recipients = [r for r in recipients if r not in actors]
        if trig.type == "AID" and verb_like and tok.lemma_ in _GIVING_VERBS and not [
                r for r in recipients if r not in actors]:
            # "will provide $12 million to help Vietnam build …": the one helped
            helped_ones = {i for h in tok.children if h.dep_ in ("advcl", "xcomp") and h.lemma_.lower() in _HELPING
                           for g in h.children for i in (
                               _np_core(g) if g.dep_ == "dobj" else
                               {j for x in g.children if x.dep_ == "nsubj" for j in _np_core(x)}
                               if g.dep_ in ("ccomp", "xcomp") else set())}
            recipients = [x for x in _states(ctx, helped_ones) if x not in actors] or recipients
        if trig.type in ("AID", "SUPPORT") and (thanker := _thanked_for(tok)) is not None:
            # "Sandu thanked Biden for the generous assistance", "I thank China for its consistent support": the
            # thanked gave it, the thanker received it
            thanked = {i for c in thanker.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "to"
                       for i in _subtree(c)}
            givers = _states(ctx, thanked)
            if givers:
                takers = _states(ctx, {i for c in _subjects(thanker) for i in _np_core(c)}) or actors
                actors, recipients = givers, [x for x in takers if x not in givers]
        if _RECEIVED in trig.words and verb_like:
            # aid received: from whom it came, to the one who received it
            givers = _states(ctx, {i for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                                   for i in _subtree(c)})
            if not givers and (gift := _owned_gift(tok)) is not None:  # "Mali received Soviet economic aid"
                givers = _states(ctx, {i for g in gift.children if g.dep_ in ("amod", "poss", "compound") and
                                       g.ent_type_ in ("NORP", "GPE") for i in _subtree(g)})
            actors, recipients = givers, [x for x in actors if x not in givers]
        if tok.i != head.i and tok.pos_ == "NOUN" and head.lemma_ in _DRAWING:
            # "visits Abkhazia, drawing condemnation from Georgia and the EU": those it came from condemn the visitor
            source = {i for c in [*tok.children, *head.children] if c.dep_ == "prep" and c.lower_ in ("from", "by")
                      for i in _subtree(c)}
            source |= _drawn_tail(head.head if head.dep_ in ("advcl", "xcomp", "conj") else head)
            subj = _states(ctx, {i for c in _subjects(head) for i in _np_core(c)}) or (
                actors if head.dep_ in ("advcl", "xcomp", "conj") else [])
            actors, recipients = _states(ctx, source), [x for x in subj if x not in _states(ctx, source)]
        if verb_like and head.lemma_ in _ALLEGING:  # "accused Turkey of supporting Azerbaijan": Turkey is accused
            accused = _states(ctx, {i for c in head.children if c.dep_ == "dobj" for i in _np_core(c)})
            recipients = [r for r in recipients if r in accused] or recipients
        elif verb_like and any(c.dep_ == "prep" and c.lower_ == "for" and (
                head.lemma_ in _JUDGED_FOR or any(g.dep_ == "pcomp" for g in c.children)) for c in head.children):
            # "criticised Hungary for blocking EU aid to Ukraine", "thanked Georgia for its support to Ukraine",
            # "deported 168 Liberians for travelling on a Swedish ship": the one judged, not those the reason names
            judged = _states(ctx, {i for c in _judged_ones(head) for i in _np_core(c)})
            # ("thank the United States for its assistance, and France, whose …": a name hung on the verb is thanked)
            recipients = [r for r in recipients if r in judged] or recipients
        asked = self._asked_for(ctx, tok, trig.type)
        asker = None
        if asked is not None:  # "Lukashenko sought Putin's backing": a request to Putin, not Putin's support
            actors, recipients, asker = asked
            trig = Trigger("REQUEST", None, "N", trig.words)
        owned, placed = self._buried_states(ctx, head, tok, recipients, trig.type)
        if trig.type == "REJECT" and tok.lemma_.lower() in _ENDING_DEALS:
            owned, placed = type(owned)(), type(placed)()  # "revoked its agreement with X": the deal's other party
        if tok.lemma_.lower() in ("condolence", "sympathy"):
            placed = type(placed)()  # "condolences to the victims of the earthquake in Mexico": to Mexico
            # ("condolences for the victims of the Russian missile strike on Dnipro": not to the striker)
            grieved = list(head.subtree if head.i != tok.i else tok.subtree)
            strikers = _states(ctx, {i for t in grieved if t.lemma_.lower() in self._hostile_nouns
                                     for c in t.children if c.dep_ in ("amod", "poss", "compound")
                                     for i in _subtree(c)})
            owned = {r for r in strikers if set(recipients) - set(strikers)}  # (the struck place is the victims')
        if owned and tok.lemma_.lower() in _SIGNING:
            concerned = set(_states(ctx, {t.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and
                                          c.lemma_.lower() in _DEAL_NOUNS for g in c.children
                                          if g.dep_ == "prep" and g.lower_ in ("on", "regarding", "concerning")
                                          for t in g.subtree}))
            owned = type(owned)(r for r in owned if r not in concerned or r in actors)  # "signed a joint
            # declaration on Mongolia's nuclear-weapon-free status": to the state the deal is about
        if owned or placed:
            # "backed Azerbaijan in its war with Armenia", "cooperation in Syria and Venezuela": a state inside
            # someone else's act, or only where it happened, is no recipient
            recipients = [r for r in recipients if r not in owned]
            rest = [r for r in recipients if r not in placed]
            if rest:
                recipients = rest
            elif len(set(actors)) > 1 and (trig.type in _SYMMETRIC_TYPES or tok.lemma_.lower() in (
                    "sign", "ratify", "conclude", "initial")):
                recipients = list(actors)  # "Russia and Iran increased their cooperation in Syria": each other
        breached = _breached(ctx, head) if verb_like and trig.type in ("ACCUSE", "REJECT", "PROTEST") else None
        if breached is not None:
            # "condemned the violation of Iraq's sovereignty by Iran": Iran is accused; "opposes any violation of
            # Iran's sovereignty": no one is, and Iran is backed
            victims, doers = breached
            if doers:
                recipients = [d for d in doers if d not in actors]
            elif victims:
                trig = Trigger("SUPPORT", None, trig.pos, trig.words)
                recipients = [v for v in victims if v not in actors]
        if len(set(actors)) >= 2 and recipients and not set(recipients) & set(actors):
            # "the ministers of A and B met in Paris and agreed to …": where they met is no party; each with the other
            where = {i for t in sent if t.dep_ == "prep" and t.lower_ in ("in", "at", "on") for i in _subtree(t)}
            venues = {m.state for m in ctx.mentions_in(where) if m.role == "capital" or m.actor.startswith("place:") or
                      trig.type == "CONSULT" and verb_like and head.lemma_.lower() == "meet"}  # ("met … on the
            # island of St Vincent and the Grenadines": where two met)
            venues -= set(_states(ctx, {t.i for t in sent} - where))  # ("signed with Turkey … in Istanbul")
            if set(recipients) <= venues:
                recipients = list(actors)
        said_in = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "at") and c.i < head.i
                   for t in c.subtree} if verb_like and recipients and trig.type in _SAID_TYPES else set()
        if said_in and set(recipients) <= {m.state for m in ctx.mentions_in(said_in) if m.role == "capital"}:
            # "In Baku, the United States challenged countries to …": where it was said, not to whom (unless the
            # clause names that state too: "In Lima, Chile warned Peru")
            recipients = [r for r in recipients if r in _states(ctx, _clause(head) - said_in)]
        if verb_like and len(set(actors)) > 1 and trig.type in _SYMMETRIC_TYPES and any(
                c.dep_ == "advmod" and c.lower_ in ("together", "jointly") and not any(
                    g.dep_ == "prep" and g.lower_ == "with" for g in [*c.children, *head.children])
                for c in head.children):
            # (not "met together with the President": the one met)
            recipients = list(actors)  # "A and B will together be involved in the design of the Trans-X railway"
        if verb_like and trig.type == "CONSULT" and len(recipients) > 1:
            # "met Erdogan in Rome": the city where they met is no partner when a partner is named
            where = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for t in c.subtree}
            # (not a state also met in person: "met Mr Lukashenko in Minsk")
            places = {m.state for m in ctx.mentions_in(where) if m.role == "capital"} - set(
                _states(ctx, _clause(head) - where))
            rest = [r for r in recipients if r not in places]
            recipients = rest or recipients
        if verb_like and head.lemma_ in _TOPIC_VERBS and trig.type == "CONSULT":
            # "the leaders discussed Syria": whom they talked with, not what about
            partners = {t.i for c in head.children if c.dep_ == "prep" and (c.lower_ == "with" or c.lower_ == "to" and
                                                                        head.lemma_ in ("talk", "speak"))
                        for t in c.subtree}  # ("ready to talk to Russia")
            recipients = _states(ctx, partners) if partners else ([] if len(set(actors)) < 2 else list(actors))
        if trig.type == "SUPPORT" and tok.lemma_.lower() in ("recognize", "recognise", "recognition"):
            recipients = _without_breakaway(ctx, head if verb_like else tok, recipients)
        if trig.type in _FRIENDLY and verb_like and recipients:
            # "backed Peru against Chile", "defended X against criticism from Y": whom the help is against is no
            # recipient of it
            against = _states(ctx, {t.i for c in [*head.children, *(g for c in head.children if c.dep_ == "dobj"
                                                                     for g in c.children)]
                                    if c.dep_ == "prep" and c.lower_ == "against" for t in c.subtree})
            recipients = [r for r in recipients if r not in against] or recipients
        if trig.type in _FRIENDLY and recipients:  # "built homes for those displaced by the X-ian occupation": X is
            blamed = _states(ctx, {t.i for t in head.subtree if (n := blame_noun(t)) is not None and  # no partner
                                   _NEG_EVAL.search(blame_words(n)) and in_noun_clause(n)})  # (but "supported the
            # X-ian invasion": X is supported)
            recipients = [r for r in recipients if r not in blamed]
            # "Russia signed a treaty with Abkhazia", "Putin visited breakaway South Ossetia": a friendly act towards
            # a break-away region is none towards the state it broke from, unless that state is itself named
            kept = _not_via_breakaway(ctx, (_clause(head) if verb_like else _subtree(head)) | _subtree(tok),
                                      recipients)
            if actors and not [r for r in kept if r not in actors]:  # an act others may still react to
                s0, s1 = ctx.span_chars(sent)
                self._silent.append(Event(type=trig.type, actors=_unique(actors), recipients=[], date=None,
                                          text=Span(s0, s1)))
            recipients = kept
        proposer = tok if tok.lemma_.lower() in ("propose", "proposal") else head
        if proposer.lemma_.lower() in ("propose", "proposal"):
            # a proposal is made to someone: "proposed to Armenia", "a proposal to Baku" — not to what it mentions
            to = {t.i for c in proposer.children
                  if c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in ("to", "with") for t in c.subtree}
            recipients = _states(ctx, to)
        people = hosted_people(tok) if verb_like else None
        if people is not None and tok.dep_ in ("pcomp", "xcomp", "acl", "advcl"):
            return None  # ("provided aid to Moldova to support the Moldovan people in hosting refugees from
            # Ukraine": the hosting is not the giver's, and its host is not told as a subject)
        if people is not None:  # "hosted 16,000 refugees from Syria": aid to the state they fled
            recipients = [x for x in _states(ctx, _subtree(people) | {i for c in tok.children if c.dep_ == "prep" and
                                                                      c.lower_ == "from" for i in _subtree(c)})
                          if x not in actors]
            trig = Trigger("AID", None, trig.pos, trig.words)
        elif tok.lemma_ == "host" and verb_like and any(c.dep_ == "dobj" and c.lemma_.lower() in _FORCE_NOUNS | {
                "battlegroup", "base", "mission", "deployment", "fleet", "fighter", "mercenary"} or
                c.lemma_.lower() in _DRILLS or any(g.dep_ == "compound" and g.lemma_.lower() in _DRILLS
                                                    for g in c.children) for c in tok.children):
            trig = Trigger("COOPERATE", None, trig.pos, trig.words)  # "Romania hosts a NATO battlegroup", "Armenia
            # hosted a US military exercise": military cooperation between host and guest, no meeting
        elif (tok.lemma_ == "host" and trig.type != "AID" or trig.mode == "host") and verb_like:
            # "Tbilisi hosts the NATO assembly": the guests come to the host (refugees hosted are given refuge)
            actors, recipients = [x for x in recipients if x not in actors] or recipients, actors
        conflict_noun = (not verb_like or _bare_gerund(tok)) and (tok.lemma_.lower() in CONFLICT_NOUNS or
                                                                  tok.lower_ in CONFLICT_NOUNS)
        named_by = ctx.mentions_in({i for c in tok.children if c.dep_ in ("compound", "amod", "nmod")
                                    for i in _subtree(c)})
        if conflict_noun and named_by and all(m.actor.startswith("place:") for m in named_by):
            actors = []  # "the Karabakh clashes": where they were fought, not who fought
        if conflict_noun and not actors:
            # "fighting between A and B", "fighting raged between A and B", "fighting left dozens dead": the
            # conflict's parties fight each other
            between = _conflict_between(ctx, tok)
            with_whom = len(set(recipients)) == 1 and any(c.dep_ == "prep" and c.lower_ == "with"
                                                          for c in tok.children)
            fighter = [x for x in self._owner_or_subject(ctx, tok) if x not in recipients] if with_whom else []
            if len(set(between)) >= 2 and not fighter:
                actors = between  # "closed its borders with A and B because of fighting between C and D": C and D
            elif len(set(recipients)) >= 2:
                actors = list(recipients)
            elif fighter:  # "Iran emerged from an eight-year war with Iraq", "Russia's war with Georgia"
                actors = fighter[:1] + list(recipients)
            elif len(between) >= 2:
                actors = between
            elif tok.lemma_.lower() not in ("war", "conflict") and (tok.dep_ in ("nsubj", "nsubjpass") or any(
                    t.ent_type_ == "DATE" and re.search(r"\d{4}", t.text) for t in tok.subtree if t.i > tok.i)):
                # "fighting left dozens dead", "during the Karabakh clashes in April 2016": the conflict's parties
                actors = list(self._parts.conflict)
            recipients = list(actors)
        if not verb_like and trig.type in _SYMMETRIC_TYPES | {"SUPPORT"}:
            # "after talks between A and B", "the signing of the agreement between A and B": its parties, each
            # with the others
            between = _between_states(ctx, tok) or [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                                    for g in c.children if g.dep_ == "pobj"
                                                    for x in _between_states(ctx, g)]
            if len(set(between)) >= 2 and (not actors or set(actors) <= set(between)):
                actors, recipients = _unique(between), _unique(between)
        if verb_like and not actors and trig.type in ("AGREE", "SUPPORT") and len(self._parts.deal) >= 2 and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in _DEAL_NOUNS and c.text.islower() and any(
                    d.lower_ in ("the", "this") for d in c.children) for c in head.children):
            actors = list(self._parts.deal)  # "… an agreement between A and B. … the draft agreement has been
            recipients = list(actors)        # finalised": by its parties
        if verb_like and not actors and trig.type in ("AGREE", "SUPPORT") and len(ctx.relations_pair()) == 2 and \
                head.lemma_.lower() in ("sign", "conclude", "ratify") and (
                    head.dep_ == "acl" and head.tag_ == "VBN" and any(
                        a.lemma_.lower() in _DEAL_NOUNS for a in list(head.ancestors)[:6]) or any(
                        c.dep_ == "nsubjpass" and c.lemma_.lower() in _DEAL_NOUNS for c in head.children)) and \
                set(_states(ctx, _subtree(head if head.dep_ != "acl" else next(
                    a for a in head.ancestors if a.lemma_.lower() in _DEAL_NOUNS)))) <= set(ctx.relations_pair()):
            actors = list(ctx.relations_pair())  # "the agreement on the lease of Baikonur, signed on 28 March
            recipients = list(actors)  # 1994", in an article on two states' relations: between those two
        topic = {i for c in head.children if c.dep_ == "nsubjpass" or c.dep_ == "prep" and c.lower_ in
                 _TOPIC_PREPS | {"on", "over"} for i in _subtree(c)}  # (not "an agreement on Iran's programme")
        if verb_like and not actors and trig.type in ("AGREE", "SUPPORT") and self._parts.conflict and set(
                _states(ctx, topic)) <= set(self._parts.conflict) and any(
                c.dep_ == "nsubjpass" and (c.lemma_.lower() in _TRUCE and (
                    c.lemma_.lower() in _TRUCE_WORDS or not any(d.lower_ in ("a", "an") for d in c.children) or
                    _to_cease_fire(c) or any(d.dep_ == "compound" and d.lemma_.lower() in _TRUCE_WORDS
                                             for d in c.children)) or  # ("a ceasefire agreement was reached")
                    c.tag_ == "WDT" and head.dep_ == "relcl" and head.head.lemma_.lower() in _TRUCE)
                for c in head.children):  # ("a historic agreement was reached on X's programme": not theirs)
            actors = list(self._parts.conflict)  # "a ceasefire was agreed": by the conflict's parties
            recipients = list(actors)
            conflict_noun = True
        truce_named = _dated_truce(tok) and bool(self._parts.conflict) and (
            not actors or set(actors) <= set(self._parts.conflict))
        if truce_named:
            # "the 12 August 2008 ceasefire agreement": agreed then by the conflict's parties, whatever is said of it
            actors = list(self._parts.conflict)
            recipients = list(actors)
            conflict_noun = True
        go_between = _hyphen_owner(tok) if trig.mode == "third-party" and tok.dep_ == "amod" else None
        if go_between is not None:  # "the EU-mediated ceasefire agreement": the mediator, between the parties
            actors = _states(ctx, {go_between.i})
            recipients = [x for x in _between_states(ctx, tok.head) if x not in actors] if len(
                _between_states(ctx, tok.head)) >= 2 else []
        if _BROKERED in trig.words and actors and not [r for r in recipients if r not in actors]:
            # "A and B initialled an agreement, in a deal brokered by X": X mediated between those who made it
            maker = next((t for t in tok.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
            recipients = [x for x in _states(ctx, {i for c in _subjects(maker) for i in _np_core(c)})
                          if x not in actors] if maker is not None else []
        if trig.mode == "third-party" and actors and not [r for r in recipients if r not in actors] \
                and self._parts.conflict:
            recipients = [p for p in self._parts.conflict if p not in actors]  # "a ceasefire brokered by the EU"
        if tok.lemma_.lower() in ("war", "conflict") and len(set(actors)) == 1 and not verb_like:
            foe = [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                   for x in _states(ctx, _subtree(c)) if x not in actors]
            if len(foe) == 1:  # "Georgia's 2008 war with Russia": the two fought each other
                actors = recipients = actors + foe
        if tok.lemma_.lower() in ("war", "conflict") and len(set(actors)) < 2 and not _owned_war(ctx, tok):
            return None  # a war is an event only between the two states named with it ("X's war against Y" too)
        if actors and not recipients and trig.type == "REQUEST" and verb_like:
            # "underscored the need for the two countries to resume talks": whom the request is for
            toks = {t.i for c in head.children if c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "dative", "oprd") or
                    c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                    for t in c.subtree}  # ("called for the US to withdraw its troops")
            toks -= {i for j in list(toks) if head.doc[j].dep_ == "relcl" for i in _subtree(head.doc[j])}
            # ("requested a ceasefire, which was agreed thanks to the mediation of X": X is asked nothing)
            recipients = [x for x in _unique(_states(ctx, toks) + self._group_refs(ctx, toks, actors))
                          if x not in actors]
        if verb_like and trig.type == "REQUEST" and head.lemma_ in _DEMANDING:
            # "demanded that Hamas renounce its struggle against Israel": of whom the demand is, not what it is about
            for c in head.children:
                if c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                    said_of = {t for g in c.children if g.dep_ in ("nsubj", "nsubjpass") for t in _np_core(g)}
                    if said_of:
                        named = _states(ctx, said_of)
                        content = set(_states(ctx, _subtree(c) - said_of)) - set(named)
                        recipients = [r for r in recipients if r not in content or r in named]
        if verb_like and trig.type == "REQUEST" and any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in head.children):
            # "call on Russia to withdraw its forces from Ukraine", "urged Armenia to leave Azerbaijan's lands": the
            # one asked, not the places or owners its asked-for act names
            addressed = {t for c in head.children if c.dep_ == "dobj" for t in _np_core(c)} | {
                t for c in [*head.children, *(tok.children if tok.i != head.i else [])]
                if c.dep_ == "prep" and c.lower_ in ("on", "upon") + (("to",) if tok.i != head.i else ())
                for g in c.children if g.dep_ == "pobj" for t in _np_core(g)}  # (and "our call on X to …")
            addressed = {t for t in addressed if not (ctx.doc[t].dep_ == "poss" and ctx.doc[t].pos_ == "PRON")} | {
                t for c in head.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and (
                    p.lower_ == "including" or p.lower_ == "in" and p.i + 1 < len(p.doc) and
                    p.doc[p.i + 1].lower_ == "particular") for g in p.children if g.dep_ == "pobj"
                for t in _np_core(g) | {x.i for x in g.conjuncts}}  # ("our creditors, in particular China and
            # India": those named among them; "our" is the asker's own word)
            named = _states(ctx, addressed)
            everyone = not named and any(ctx.doc[i].lemma_.lower() in _ALL_OF_US and ctx.doc[i].dep_ == "pobj" or
                                         ctx.doc[i].dep_ == "dobj" and ctx.doc[i].lemma_.lower() in _ALL_OF_US
                                         for i in addressed)
            # ("call upon all Member States to maintain the sanctions against Russia": all are asked, not Russia;
            # but "call on the international community to compel Armenia to withdraw": Armenia is what is asked for)
            pressed = set(_states(ctx, {t for c in head.children if c.dep_ in ("xcomp", "ccomp", "advcl")
                                        for v in c.subtree if v.pos_ in ("VERB", "AUX")
                                        for g in v.children if g.dep_ in ("dobj", "nsubj", "nsubjpass")
                                        for t in _np_core(g)}))
            recipients = [r for r in recipients if r in pressed] if everyone else \
                [r for r in recipients if r in named] or recipients
        if actors and not recipients and trig.type == "PROTEST" and verb_like:
            # "demonstrators blocked a road to show their anger at X's policies": whom the protest is against
            why = {t.i for c in head.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _GRIEVANCE
                   for t in c.subtree}
            recipients = [x for x in _states(ctx, why) if x not in actors]
        if actors and not [r for r in recipients if r not in actors] and trig.type in _REACTIONS and verb_like and \
                head.lemma_.lower() not in _SIGNING | {"conclude", "decide", "find"}:
            # "Mongolia appreciates that the five permanent members … signed a declaration": those who did what is
            # reacted to, as the clause names them ("A and B complained that …": not to each other)
            recipients = [x for x in _states(ctx, {i for c in head.children if c.dep_ == "ccomp" and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for g in c.children
                if g.dep_ == "nsubj" for i in _subtree(g)}) if x not in actors] or recipients
        if actors and (not recipients or len(set(actors)) == 1 and set(recipients) <= set(actors) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _ANAPHORIC_ACTS for c in head.children)) and \
                trig.type in _REACTIONS and head.lemma_.lower() not in _SIGNING:
            # (signing a deal reacts to no one; "In June Turkey condemned …" with the month read as its recipient)
            recipients = self._reacted_to(ctx, head, tok, actors)  # "expressed its regret over this": whose act
        if actors and not [r for r in recipients if r not in actors] and trig.type in ("ACCUSE", "PROTEST") and \
                verb_like and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self._hostile_nouns | {"crime", "atrocity", "provocation"}
                and any(d.lower_ in ("this", "these", "that", "those", "such") for d in c.children)
                for c in head.children):
            # "Azerbaijani forces shelled our villages. Armenia strongly condemns these crimes": their doers
            recipients = self._doers_told_before(("ASSAULT", "COERCE"), actors, set(), whole=True,
                                                 since=self._start_back(ctx, 3))
        act = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in self._hostile_nouns), None) \
            if actors and trig.type in ("ACCUSE", "PROTEST") and verb_like and head.lemma_.lower() in _CONDEMNING \
            else None
        if act is not None:
            # "condemned Israeli air strikes in Syria", "condemned Moscow's strikes on Ukrainian cities": the doer the
            # act is owned by; "Russian missiles struck Odesa. … Borrell condemned the strikes on Odesa": the doer of
            # the last such act on the place — never the place struck
            owner = {i for c in act.children if c.dep_ in ("poss", "amod", "compound") for i in _subtree(c)}
            doers = [x for x in _states(ctx, owner) if x not in actors]
            struck = [x for c in act.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "against", "of")
                      for x in _states(ctx, _subtree(c)) if x not in actors and x not in doers]
            if not doers and struck:
                doers = self._doers_told_before(("ASSAULT", "COERCE"), actors, set(struck),
                                                since=self._start_back(ctx, 4))
            if doers or struck:
                recipients = doers or [r for r in recipients if r not in struck]
        if actors and trig.type == "SUPPORT" and not verb_like and tok.dep_ == "pobj" and tok.head.lower_ == "with" \
                and tok.lemma_.lower() in _BACKING_NOUNS and tok.head.head.pos_ in ("VERB", "AUX"):
            backed = [x for x in _states(ctx, {i for c in _subjects(tok.head.head) for i in _np_core(c)})
                      if x not in actors]
            recipients = backed or recipients  # "A, with the support of B, unleashed …": B backs A
        if actors and trig.type == "SUPPORT" and not [r for r in recipients if r not in actors]:
            # "we are grateful to the parliaments that have recognized it, including the German Bundestag": the
            # thanked named among those thanked (wherever the parser hung "including")
            recipients = [x for x in _thanked_members(ctx, tok) if x not in actors] or recipients
        denied = self._denied_claim(ctx, head, tok, trig.type) if verb_like else None
        if denied is not None:  # "Armenia accused Turkey of …, a claim which Ankara denies": denied to Armenia
            recipients = [x for x in denied if x not in actors]
        outsiders = [r for r in recipients if r not in actors]
        if actors and not recipients:
            # "Peru has benefitted from Chilean support of its territorial integrity": "its" is the one the clause
            # is about (its subject), when that is not who acts
            whose = self._pronoun_owner(ctx, tok, actors) or self._person_state(ctx, head, tok, actors, trig.type)
            if whose:
                recipients = outsiders = whose
        asked_of = _states(ctx, {i for c in head.children if c.dep_ == "dobj" for i in _np_core(c)}) if (
            verb_like and trig.type == "REQUEST" and any(
                c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                for c in head.children)) else []
        if [x for x in asked_of if x not in actors]:  # "urged Serbia to recognise Kosovo": asked of Serbia only
            recipients = outsiders = [x for x in asked_of if x not in actors]
        addressee = addressee_named(head) if verb_like and trig.type == "REQUEST" else None
        if addressee is not None and addressee.pos_ != "PRON" and not _states(ctx, _subtree(addressee)):
            pass  # "urged the international community to …": asked of those named, not of the conflict's parties
        elif actors and not outsiders and trig.type in ("REQUEST", "ACCUSE", "SUPPORT") and self._parts.conflict and (
                any(t.lemma_.lower() in _TRUCE_ASKED for t in head.subtree) if trig.type == "REQUEST" else
                any(t.lemma_.lower() in CONFLICT_NOUNS for t in head.subtree) if trig.type == "ACCUSE" else
                verb_like and any(c.dep_ == "dobj" and c.lemma_.lower() in _TRUCE_WORDS for c in head.children)):
            # "welcomed the ceasefire": the parties that made it
            # "urged a halt to the shelling", "France and Italy have urged a ceasefire": the parties fighting
            recipients = [p for p in self._parts.conflict if p not in actors]
        if actors and not outsiders and trig.words == (_IMPLIED,):
            # "the US would seek to end the violence", "Azerbaijan vowed to take back the region by force": the
            # parties to the conflict (those the undertaking is towards), the actor's adversary when it is one
            recipients = [p for p in self._parts.conflict if p not in actors]
        if actors and not outsiders and crime and set(actors) < set(self._parts.conflict):
            recipients = [p for p in self._parts.conflict if p not in actors]  # "X committed war crimes, killing …"
        if actors and not outsiders and trig.type == "ASSAULT" and verb_like and head.lemma_.lower() in _WAGING and \
                set(actors) < set(self._parts.conflict) and any(
                    c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _WARS or c.tag_ == "WDT")
                    for c in head.children):
            recipients = [p for p in self._parts.conflict if p not in actors]  # "Azerbaijan launched an offensive"
        if actors and not outsiders and trig.type in _OWN_SOIL and set(recipients) <= set(actors) and \
                _past(done := head if head.pos_ in ("VERB", "AUX") else head.head) and not _hypothetical(done) and \
                set(actors) < set(self._parts.conflict) and any(
                    c.dep_ == "prep" and c.lower_ in _OWN_SOIL[trig.type] and (soil := set(_states(ctx, _subtree(c))))
                    and soil <= set(actors) for h in {tok, head, tok.head} for c in h.children):
            # "Ukrainian forces completed their withdrawal from Avdiivka", "continued counteroffensive operations near
            # Bakhmut": a town of their own given up to, or fighting on their own soil against, the side they fight
            recipients = [p for p in self._parts.conflict if p not in actors]
        if actors and not outsiders and trig.type == "MOBILIZE" and verb_like and \
                set(actors) < set(self._parts.conflict):
            recipients = [p for p in self._parts.conflict if p not in actors]  # "Armenia declared martial law"
        deal = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in _DEAL_NOUNS), None) \
            if verb_like and head.lemma_.lower() in _DEAL_SIGNING and _past(head) and actors else None
        if deal is None and verb_like and head.lemma_.lower() in _DEAL_SIGNING and (
                _past(head) or head.tag_ == "VBN" and head.dep_ == "acl"):
            # "the Armenian-Turkish protocols were signed in Zurich", "the A-B treaty, signed in 2001": its parties
            deal = next((c for c in head.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in _DEAL_NOUNS),
                        head.head if head.dep_ == "acl" and head.head.lemma_.lower() in _DEAL_NOUNS else None)
        parties = _states(ctx, {i for c in deal.children if c.dep_ in ("amod", "compound", "nmod")
                                for i in _subtree(c)}) or _between_states(ctx, deal) if deal is not None else []
        if len(set(parties)) >= 2 and set(actors) <= set(parties):
            actors, recipients = list(parties), list(parties)  # "we signed the A-B protocols": both signed them
        actors = _unique(actors)
        # "both sides accused each other", "Armenia and Azerbaijan fought over Karabakh": each acts on the other
        reciprocal = head.lemma_ == "exchange" or any(  # ("exchanged fire")
            t.lower_ == "other" and any(c.lower_ in ("each", "the") for c in t.children) or
            t.lower_ == "another" and t.i > 0 and t.doc[t.i - 1].lower_ == "one" for t in head.subtree)
        intransitive = trig.type == "ASSAULT" and verb_like and not any(
            c.dep_ == "dobj" and c.lemma_.lower() not in CONFLICT_NOUNS for c in head.children)  # "fought (a war)"
        refs = ctx.doc.user_data.get(COLLECTIVE_KEY) or {}
        collective = verb_like and any(t.i in refs for c in _subjects(head) for t in c.subtree)  # "both sides staged"
        mutual = len(actors) > 1 and set(recipients) <= set(actors) and (
            (bool(recipients) and (reciprocal or intransitive) and
             trig.type in ("ASSAULT", "ACCUSE", "THREATEN", "COERCE", "REJECT")) or
            (collective and (trig.type in ("ASSAULT", "ACCUSE", "THREATEN", "COERCE", "MOBILIZE") or
                             trig.type == "RETREAT" and trig.mode != "ceasefire") and
             set(actors) <= set(self._parts.conflict)))  # (not allies who met: "They expressed concerns …")
        if mutual:
            recipients = list(actors)
        derived = tok.lemma_.lower() not in self.triggers and tok.lower_ not in self.triggers  # a CAMEO pattern
        # SUPPORT (PLOVER), between signatories
        signing = tok.lemma_.lower() in ("sign", "ratify", "conclude", "finalise", "finalize", "signing",
                                         "ratification", "initial")
        ties = verb_like and tok.lemma_.lower() in _MAKING_TIES | _BREAKING_TIES | _DEEPENING_TIES | {"raise", "lift"} \
            and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("relation", "relationship", "tie")
                    for c in tok.children)
        derived = derived and not {_JOINTLY, _PAPER, _BOND} & set(trig.words)  # (an act done jointly, a joint
        # statement issued, a partnership upgraded: between those who did it)
        symmetric = len(actors) > 1 and ((trig.type in ("AGREE", "COOPERATE", "CONSULT") or signing) and (
            not derived or verb_like and _jointly(head)) or  # ("A, B and C pledged to develop a joint programme")
                                         conflict_noun or mutual or ties)  # ("A and B restored relations")
        # "Georgia and the US refused to recognise the elections in Abkhazia": the region, not Georgia itself, is
        # acted on — for the others it is the state it broke from
        around = _clause(head) | (_np_tokens(head.head) if head.dep_ in ("acl", "relcl") else set()) \
            if verb_like else _subtree(tok)  # ("the election in South Ossetia, condemned by A and B")
        regional = {m.state: m.actor for m in ctx.mentions_in(around)
                    if m.actor in BREAKAWAY and m.state} if len(actors) > 1 and not symmetric else {}
        recipients = [regional.get(r, r) if r in actors else r for r in _unique(recipients)
                      if r not in actors or symmetric or r in regional]
        if symmetric and recipients and not [r for r in recipients if r not in actors]:
            recipients = list(actors)  # "A and B signed a deal in <A's capital>", "held talks in Moscow": each other
        if signing and verb_like and head.dep_ in ("acl", "relcl") and len(set(actors)) >= 2:
            # "we welcome the agreement signed by A and B": bound to each other, not to us — or to the party they
            # signed with ("signed in Istanbul by Russia and Ukraine with Türkiye and the UN")
            recipients = [x for x in _states(ctx, {i for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                                                   for i in _subtree(c)}) if x not in actors] or list(actors)
        if trig.type == "COOPERATE" and tok.lemma_ == "lay" and len(set(actors)) >= 2:
            recipients = list(actors)  # "A and B laid the foundation stone of a pipeline to cut reliance on C": theirs
        if actors and not recipients and ctx.speaker and ctx.speaker not in actors and not signing and \
                trig.type in ("SUPPORT", "AID", "COOPERATE") and not (verb_like and head.dep_ in ("acl", "advcl")
                                                                      and head.tag_ == "VBG") and not (
                verb_like and any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" and
                                  any(g.dep_ == "pobj" for g in c.children) for c in head.children)):
            # (not when a receiver is named that is no state: "continues to provide weapons to the YPG")
            # (not a participle describing a thing: "held the Zapad exercise, involving 200,000 troops")
            recipients = [ctx.speaker]  # "the unwavering support of the United States": support for us
        if actors and not recipients and ctx.speaker and trig.type in ("COERCE", "MOBILIZE", "ASSAULT", "THREATEN") \
                and (ctx.speaker in self._parts.conflict and set(actors) < set(self._parts.conflict) or all(any(
                    e.type == "ACCUSE" and e.actors == [ctx.speaker] and a in e.recipients for e in self._so_far)
                    for a in actors)):
            recipients = [ctx.speaker]  # a speech: "Russia continues the process of borderization": against us
        if actors and not recipients and trig.type == "REJECT" and verb_like and any(
                t.lemma_.lower() in ("negotiation", "negotiate", "talk", "dialogue", "meeting", "meet")
                for c in head.children if c.dep_ in ("xcomp", "dobj") for t in c.subtree) and \
                set(actors) < set(self._parts.conflict):
            # "Armenia once again refused to begin substantive negotiations": talks with the other side
            recipients = [p for p in self._parts.conflict if p not in actors]
        if actors and not recipients and trig.type in ("ASSAULT", "COERCE") and \
                _attacked_place(ctx, head if verb_like else tok, actors):
            # "Azerbaijan launched an offensive against Nagorno-Karabakh", "shelled the town of Jermuk": force used
            # on a place of the actor's own or of no known state is used on the other side of the running conflict,
            # or, in a statement, on the speaker's state
            if set(actors) < set(self._parts.conflict):
                recipients = [p for p in self._parts.conflict if p not in actors]
            elif ctx.speaker and is_state_code(ctx.speaker) and ctx.speaker not in actors:
                recipients = [ctx.speaker]
        if actors and not recipients and trig.type in ("AGREE", "COOPERATE", "SUPPORT", "CONSULT", "AID") and \
                verb_like and head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.pos_ in ("VERB", "AUX"):
            # "The EU sought closer ties with Azerbaijan, signing a gas deal": the participle's other party is the
            # one its clause's verb acts with or on
            main = head.head
            recipients = [x for x in _states(ctx, {i for c in main.children if c.dep_ in ("dobj", "dative") or (
                c.dep_ == "prep" and c.lower_ in ("with", "to")) for i in _subtree(c)} | {
                i for c in main.children if c.dep_ == "dobj" for p in c.children
                if p.dep_ == "prep" and p.lower_ in ("with", "to") for i in _subtree(p)}) if x not in actors]
        if actors and not recipients and trig.type in ("AGREE", "COOPERATE", "SUPPORT", "CONSULT", "AID") and not (
                verb_like and _names_other_receiver(ctx, head)) and not (
                derived and self._parts.group_met_as_guests()) and not (verb_like and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _DEAL_NOUNS and c.text[:1].isupper()
                    for c in head.children)) and not (
                len(set(actors)) > 1 and trig.type in ("AGREE", "CONSULT", "COOPERATE")):
            # ("signed the Association Agreement": its own; "Tokayev and Xi agreed to build a pipeline", after a
            # summit of more: with each other)
            recipients = self._parts.partners(self._k, actors)  # implied: the one just met (not when the sentence
            # names who else receives: "allocated aid to developing countries"; nor, after a host received several
            # guests, for a verb only the CAMEO patterns know: "appoints four new ministers")
            if not recipients and verb_like and _subjects(head) and all(c.pos_ == "PRON" for c in _subjects(head)):
                recipients = self._met_in_sentence(ctx, sent, actors)  # "met President Putin, and we agreed to …"
        if actors and not recipients and (trig.type == "AID" or trig.type == "AGREE" and head.lemma_ == "offer" or
                                          trig.type == "SUPPORT" and tok.lemma_.lower() in ("condolence", "sympathy")
                                          and head.lemma_ in ("offer", "express", "send")) \
                and verb_like and not any(c.dep_ in ("prep", "dative") and any(
                    g.lemma_.lower() in ("country", "nation", "state", "republic") for g in c.children)
                    for c in head.children):  # ("sent aid to the other country": a country the text does not name)
            recipients = self._described_just_before(ctx, sent, actors)  # "Haiti is suffering from gang violence.
            # In July, Kenya offered to lead a security mission": to the state the text was just telling of
            if not recipients and trig.type == "SUPPORT" and (bereaved := self._parts.topic) and \
                    is_state_code(bereaved) and bereaved not in actors and not ctx.speaker:
                recipients = [bereaved]  # "the State Department offered its condolences", in a story on Iran's loss
        if actors and not recipients and trig.type in ("RETREAT", "REJECT") and verb_like and any(
                t.lower_ in ("deal", "agreement", "accord", "treaty") and any(c.lower_ == "the" for c in t.children)
                for t in head.subtree):
            # "Iran signed a deal with six powers. … America walked out of the deal": the deal's other parties
            recipients = [s for s in self._parts.deal if s not in actors]
        if trig.type == "ACCUSE" and verb_like and (trig.mode == "disapprove" and head.lemma_.lower() in _DESCRIBING
                                                    or head.lemma_.lower() in _JUDGING):
            # "described Western pressure on Tbilisi as interference", "condemned the Russian strikes on Odesa": the
            # act's doer, not whom it is aimed at
            aimed_at = {i for c in head.children if c.dep_ == "dobj" for p in [c, *c.children]
                        if p.dep_ == "prep" and p.lower_ in ("on", "against", "toward", "towards") for i in _subtree(p)}
            aimed_at |= {i for p in head.children if p.dep_ == "prep" and p.lower_ in ("on", "against") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self._hostile_nouns | _DONE_TO_NOUNS | _AIMED_ACTS
                for c in head.children)
                for i in _subtree(p)}  # (parsed "condemned [the strikes] [on Odesa]")
            spared = set(_states(ctx, aimed_at))
            if [r for r in recipients if r not in spared]:
                recipients = [r for r in recipients if r not in spared]
        if trig.type == "ACCUSE" and actors and not recipients and set(trig.words) & _CONCERNED and verb_like:
            # "The United States is deeply concerned that Kyrgyzstan's law would restrict civil society": the state
            # the worry is about
            feared = {t.i for c in head.children if c.dep_ == "acomp" for p in c.children if p.dep_ == "ccomp"
                      for t in p.subtree}
            recipients = [x for x in _states(ctx, feared) if x not in actors][:1]
        if trig.type == "ACCUSE" and {tok.lemma_.lower(), head.lemma_.lower(), *trig.words} & _WORRY:
            # "expressed concern about the situation facing ethnic Armenians": those it is felt for are not accused
            felt_for = {m.state for m in ctx.mentions_in(_subtree(head) | _subtree(tok)) if m.role == "demonym" and (
                ctx.doc[m.tok_end - 1].tag_ in ("NNPS", "NNS") or m.tok_end < len(ctx.doc) and
                ctx.doc[m.tok_end].lemma_.lower() in _PEOPLE_HEADS)}
            recipients = [r for r in recipients if r not in felt_for]
        if trig.type == "THREATEN" and head.lemma_.lower() == "warn":
            # "warned against any change to Armenia's borders": the one it would harm is not threatened
            warned_of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children
                         if g.dep_ == "pobj"]
            if warned_of:
                own = {i for g in warned_of for c in g.children if c.dep_ in ("poss", "amod", "compound")
                       for i in _subtree(c)}  # ("warned Israel against any attack": the one warned stays)
                own |= {i for c in head.children if c.dep_ == "dobj" for i in _subtree(c)}
                recipients = [r for r in recipients if r in _states(ctx, own)]
        if actors and not recipients and trig.type in ("AID", "MOBILIZE", "COOPERATE") and verb_like:
            # "activated its mapping service after a request from Tehran": for the one who asked
            recipients = [x for p in head.children if p.dep_ == "prep" and p.lower_ in _ASKED_AT
                          for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() == "request"
                          for x in _askers(ctx, g) if x not in actors]
        if actors and not recipients and trig.type == "THREATEN" and _RESOLVED in trig.words and verb_like:
            # "would respond with all its might to any regime attack", "will take countermeasures against the US":
            # the one the reply would be against, or whose attack it would answer
            recipients = [x for x in _states(ctx, {i for c in head.children if c.dep_ == "prep" and c.lower_ in (
                "against", "to", "from", "on") for i in _subtree(c)}) if x not in actors]
        if actors and not recipients and trig.type == "ASSAULT" and verb_like and head.dep_ == "advcl" and \
                head.head.lemma_.lower() in _HARM_LEMMAS:
            # "49 Armenian soldiers were killed when Azerbaijani forces shelled towns": whom the attack harmed
            harmed = {i for c in head.head.children if c.dep_ in ("nsubjpass", "dobj") for i in _np_core(c)}
            recipients = [x for x in _states(ctx, harmed) if x not in actors]
        if not actors and recipients and trig.type == "PROTEST":
            # "protesters rallied in Tbilisi against Russia", "staged a rally against X near Gori": the people of
            # the place it happened in, else of the one state a chronicle is about ("2017 in Georgia")
            verb = head if verb_like else next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), tok)
            where = {t.i for v in {verb, tok} for c in v.children if c.dep_ == "prep" and
                     c.lower_ in _PROTEST_PLACE_PREPS for t in c.subtree}
            actors = [x for x in _states(ctx, where) if x not in recipients][:1] or [
                x for x in ctx.title_states[:1] if len(ctx.title_states) == 1 and x not in recipients]
        measure = _backed_measure(tok, head, trig.type, verb_like)
        if measure is not None:
            # "We support the sanctions imposed on Russia (by the international community)": the measure's
            # imposers are backed (not its target), and the backer imposed nothing itself
            imposers = _states(ctx, {t.i for c in measure.children if c.dep_ in ("poss", "amod", "compound")
                                     for t in c.subtree} | {t.i for c in measure.children if c.dep_ == "acl"
                                                            for g in c.children if g.dep_ == "agent"
                                                            for t in g.subtree})
            if trig.type == "SUPPORT":
                recipients = [x for x in imposers if x not in actors]
            else:
                actors = imposers
                recipients = [r for r in recipients if r not in actors]
        reached_by = [g for c in tok.subtree if c.dep_ == "acl" and c.lemma_ in ("reach", "conclude", "sign", "agree")
                      for g in c.children if g.dep_ == "agent"] if trig.type == "AGREE" and not verb_like else []
        if reached_by and len(_states(ctx, {t.i for g in reached_by for t in g.subtree})) > 1:
            # "the agreement (on a cessation of hostilities) reached by the United States and Russia": with each
            # other, however the parser hung the participle
            actors = _states(ctx, {t.i for g in reached_by for t in g.subtree})
            recipients = list(actors)
        if not actors and verb_like and trig.type in ("AGREE", "SUPPORT", "COOPERATE", "CONSULT") and \
                ctx.relations_pair() and any(c.dep_ == "auxpass" for c in head.children) and \
                not any(c.dep_ == "agent" for c in head.children):
            # "Diplomatic relations were established in 1992", "A border treaty was signed in 2010", in an article
            # on the two states' relations: between the two
            actors = list(dict.fromkeys(ctx.title_states))
            recipients = list(actors)
        if trig.type == "REJECT" and verb_like and actors and not recipients and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _CHARGES for c in head.children):
            # "We reject these groundless accusations": those who made them, told just before
            recipients = self._doers_told_before(("ACCUSE",), actors, set(actors))
        if trig.type == "REJECT" and verb_like and actors and not recipients and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ASKED_THINGS and any(
                    d.lower_ in ("these", "those", "the", "such", "their", "this", "that") for d in c.children)
                for c in head.children):
            # "They presented thirteen demands to Qatar. … We rejected those demands": those who made them
            recipients = self._doers_told_before(("REQUEST",), actors, set(actors))
        if trig.type in ("REQUEST", "CONSULT") and verb_like and actors and not recipients and any(
                head.doc[i].lemma_.lower() in _ADMISSION for i in _clause(head)):
            # "Serbia is a committed EU candidate. It applied for membership in December 2009": the union named last
            since = self._start_back(ctx, 1)
            bodies = [m.state for m in ctx.mentions if m.state in GROUP_POWERS and since <= m.start < ctx.char(tok.i)]
            recipients = bodies[-1:] if bodies and bodies[-1] not in actors else []
        if trig.type in ("REQUEST", "ACCUSE") and verb_like and actors and not recipients and any(
                t.lemma_.lower() in ("sanction", "measure", "restriction", "embargo") and any(
                    c.lower_ in ("these", "those", "such", "the") for c in t.children)
                for t in head.subtree):
            # "… have adopted wave after wave of sanctions. We demand that these unlawful measures be lifted": of
            # those who imposed them, told before
            recipients = _unique([a for e in reversed(self._prior[-12:]) if e.type == "SANCTION" and
                                  set(actors) & set(e.recipients) and not (e.negated or e.hypothetical)
                                  for a in e.actors if a not in actors])
        if trig.type == "ACCUSE" and verb_like and actors and not recipients:
            # "Russia invaded Ukraine … Serbia condemned the invasion of Ukraine": the invader told before
            victims = _states(ctx, {i for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in _DONE_TO_NOUNS
                                    for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for i in _subtree(p)})
            recipients = self._doers_told_before(("ASSAULT", "COERCE"), actors, set(victims), whole=True) \
                if victims else []
        taken = [c for t in {head, tok, *(x for x in head.children if x.dep_ == "xcomp")}
                 if t.lemma_.lower() in ("recognise", "recognize", "accept") for c in t.children
                 if c.dep_ == "dobj" and c.lemma_.lower() in _DONE_TO_NOUNS and not any(g.dep_ == "poss"
                                                                                       for g in c.children)] \
            if trig.type in ("REJECT", "SUPPORT") and actors else []
        victims = _states(ctx, {i for c in taken for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                for i in _subtree(p)}) if taken else []
        if victims and set(recipients) <= set(victims) | set(actors):
            # "refused to recognise the annexation of Ukrainian regions" (or "recognised the annexation of …"):
            # rejected (backed) is the annexer, told before or the victim's foe in the conflict told of, not its
            # victim
            foes = self._doers_told_before(("ASSAULT", "COERCE"), actors, set(victims)) or [
                x for x in self._parts.conflict if x not in victims and x not in actors and victims[0] in
                self._parts.conflict]
            recipients = foes or recipients
        if trig.type == "REJECT" and verb_like and not [r for r in recipients if r not in actors] and \
                tok.lemma_.lower() in ("deny", "reject", "dismiss", "refute", "rebuff") and (any(
                c.dep_ == "ccomp" or c.dep_ == "dobj" and c.lemma_.lower() in _CHARGES for c in head.children) or
                _rejected_charge(head)):
            # "Azerbaijan accused Armenia of firing … Yerevan denied that its troops had fired": the accuser, just
            # before
            recipients = self._doers_told_before(("ACCUSE",), actors, set(actors),
                                                 since=self._start_back(ctx, 2))
        if _REFUSED_NOW in trig.words and not [r for r in recipients if r not in actors]:
            # "Azerbaijan demands a corridor. … Pashinyan has said he will never accept it": those who asked, just
            # before; else, in a conflict, the other side
            recipients = self._doers_told_before(("REQUEST",), actors, set(actors),
                                                 since=self._start_back(ctx, 2)) or (
                [p for p in self._parts.conflict if p not in actors] if set(actors) < set(self._parts.conflict)
                else [])
        if _BARE_REFUSAL in trig.words:
            # "In 2017 Turkey asked Kyrgyzstan to close the schools. Kyrgyzstan declined.": those who asked, just
            # before; a bare "declined" that answers no request is a fall, not a refusal ("exports declined")
            recipients = self._doers_told_before(("REQUEST",), actors, set(actors),
                                                 since=self._start_back(ctx, 1))
            if not recipients:
                return None
        if _RESOLVED in trig.words and not actors and ctx.speaker and verb_like and not any(
                ctx.mentions_in(_subtree(c)) for c in _subjects(head)):
            actors = [ctx.speaker]  # a spokesperson's "Such actions will not remain without a response"
        if _RESOLVED in trig.words and trig.type == "ACCUSE" and verb_like and recipients:
            # "We regard these steps as a direct threat to the security of Belarus and Russia": those threatened
            # are not accused
            threatened = _states(ctx, {i for c in head.children if c.dep_ == "prep" and c.lower_ == "as"
                                       for i in _subtree(c)})
            recipients = [r for r in recipients if r not in threatened]
        if _RESOLVED in trig.words and actors and not recipients:
            # a spokesperson's "We will take firm measures …": a warning to the one just protested to, else to the
            # state the question was about
            if trig.type == "ACCUSE":
                # "NATO is deploying troops near our borders. We regard these steps as a direct threat": those who
                # took the steps, told in the sentences just before
                recipients = self._doers_told_before(("MOBILIZE", "ASSAULT", "COERCE", "SANCTION", "THREATEN"),
                                                     actors, set(actors),
                                                     since=self._start_back(ctx, 3))
            protested = next((e.recipients for e in reversed(self._prior) if e.actors == actors and e.type in (
                "ACCUSE", "PROTEST", "REJECT") and not e.negated and not e.hypothetical), [])
            recipients = recipients or [x for x in protested or self._parts.question_states() if x not in actors][:1]
        if trig.type == "SANCTION" and verb_like and actors and not recipients and "non grata" in sent.text.lower():
            # "declared the Romanian ambassador persona non grata" (the envoy parsed as the subject of a clause)
            recipients = [x for x in _states(ctx, {t.i for c in head.children if c.dep_ == "ccomp" for t in c.subtree})
                          if x not in actors]
        if not verb_like and trig.type == "ASSAULT" and tok.lemma_.lower() in _WARS | CONFLICT_NOUNS:
            targets = [x for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "against", "on", "in", "into")
                       for x in _states(ctx, _subtree(c)) if x not in actors]
            if targets:  # "Since Russia's invasion of Ukraine, the US has provided $774 million to Moldova": of Ukraine
                recipients = [r for r in recipients if r in targets] or targets
        deal = head.head if head.dep_ == "relcl" else head
        if deal.lemma_.lower() not in _DEAL_NOUNS and deal.dep_ == "pobj" and deal.head.lower_ == "with":
            deal = deal.head.head  # (the parser may hang "which" on the party the deal is with)
        if verb_like and not actors and trig.type in ("SUPPORT", "AGREE") and head.dep_ == "relcl" and \
                deal.lemma_.lower() in _DEAL_NOUNS and any(c.dep_ == "auxpass" for c in head.children) and \
                not any(c.dep_ == "agent" for c in head.children):
            # "initialled an Association Agreement with the EU, which was signed in June 2014": by the deal's
            # parties, the one that took it up and the one it is with
            parties = _states(ctx, {i for c in deal.children if c.dep_ == "prep" and c.lower_ == "with"
                                    for i in _subtree(c)})
            taker = deal.head if deal.dep_ in ("dobj", "pobj") else None
            while taker is not None and taker.pos_ not in ("VERB", "AUX") and taker.head.i != taker.i:
                taker = taker.head
            if taker is not None:
                parties = _unique(_states(ctx, {i for c in _subjects(taker) for i in _np_core(c)}) + parties)
            if len(parties) >= 2:
                actors, recipients = parties, list(parties)
        if verb_like and actors and not recipients and trig.type in (
                "MOBILIZE", "SANCTION", "THREATEN", "ACCUSE", "PROTEST", "COERCE", "REJECT"):
            # "Maduro ordered troops into drills after Britain sent a warship to Guyana": a reaction to the one whose
            # act it follows
            prompted = [g for v in [head, *(x for x in head.children if x.dep_ == "xcomp")] for c in v.children
                        if c.dep_ == "advcl" and any(
                mk.dep_ == "mark" and mk.lower_ in ("after", "because") for mk in c.children) for g in _subjects(c)]
            recipients = [x for x in _states(ctx, {i for g in prompted for i in _np_core(g)})
                          if x not in actors and is_state_code(x)]
        if verb_like and actors and not [r for r in recipients if r not in actors] and trig.type in _REACTIONS and \
                head.dep_ == "acl" and any(c.dep_ == "agent" for c in head.children) and \
                head.head.lemma_.lower() in _ANAPHORIC_ACTS - _DEAL_NOUNS and head.lemma_.lower() not in _SIGNING:
            recipients = self._reacted_to(ctx, head, tok, actors)  # "…, a move welcomed by the EU and Russia"
        if recipients and trig.type == "SUPPORT" and about_assembly_presidency(ctx.source.title, sent.text):
            # "I congratulate Mr. Abdulla Shahid of Maldives on his election as President of the General Assembly":
            # the presiding officer serves the Assembly, not his state
            recipients = [r for r in recipients if r not in _states(ctx, {
                t.i for c in head.children if c.dep_ in ("dobj", "dep", "npadvmod") and c.pos_ == "PROPN"
                for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree} | {
                t.i for c in head.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos"
                for t in a.subtree}) and r in {
                m.state for m in ctx.mentions_in(set(range(sent.start, sent.end)))
                if not m.actor.startswith("person:") and m.role != "pronoun" or _leads_a_state(ctx, m)}]
            # ("I congratulate you, Ambassador X of Y, on your election"; "Mr. Lajčák on his election", "Mr. Guterres
            # upon his appointment": the officer named, or meant by "his", is no state's envoy here)
        if ctx.speaker and actors == [ctx.speaker] and not recipients and verb_like and trig.type in (
                "REJECT", "ACCUSE", "PROTEST") and any(c.dep_ == "dobj" and c.lower_ in ("this", "that", "it")
                                                       for c in head.children):
            # a spokesperson's answer "China firmly opposes this": to the state the question was about
            in_question = [x for x in self._parts.question_states() if x not in actors]
            recipients = in_question if len(in_question) <= 2 else []
        if trig.type == "SANCTION" and verb_like and actors and not recipients and \
                head.lemma_.lower() in ("adopt", "introduce", "impose"):
            # "have adopted wave after wave of coercive measures against Belarus" (the parser hangs the measures on
            # "after"): those the measures are against
            recipients = [x for x in _states(ctx, {i for p in head.subtree if p.dep_ == "prep" and
                                                   p.lower_ in ("against", "on") for i in _subtree(p)})
                          if x not in actors]
        if not actors and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and head.i == tok.head.i and \
                head.lemma_.lower() in _REAFFIRM | {"express", "voice", "pledge", "offer"}:
            owners = [x for x in _states(ctx, {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree})
                      if is_state_or_group(x)]
            if owners:  # "The President reaffirmed the United States' support for Armenia's sovereignty": the one
                # whose support it is, when the subject names no state
                actors, recipients = owners, [r for r in recipients if r not in owners]
        if trig.type == "AID" and verb_like and actors and not recipients and head.lemma_ in ("help", "assist"):
            # "ready to help Afghanistan keep the airport open": the one helped is the subject of what it is helped do
            recipients = [x for x in _states(ctx, {i for c in head.children if c.dep_ in ("ccomp", "xcomp")
                                                   for g in c.children if g.dep_ == "nsubj" for i in _np_core(g)})
                          if x not in actors]
        if actors and not recipients and verb_like and trig.type in ("AGREE", "COOPERATE", "SUPPORT", "CONSULT") and \
                (met := _meeting_of_where_clause(head)) is not None and not any(
                    c.dep_ == "nsubj" and c.lower_ in ("he", "she", "it", "they") for c in head.children):
            # "I met President Tokayev in Astana, where we agreed to expand trade": with those met there
            recipients = [x for x in _states(ctx, {t.i for c in met.children if c.dep_ in ("nsubj", "dobj")
                                                   for t in c.subtree} - _subtree(head)) if x not in actors]
        if _MISSION in trig.words:
            actors, recipients = _mission_roles(ctx, tok, actors)
        bodies = [r for r in recipients if r not in actors]  # (not a founder named by its capital: "in Astana")
        if trig.type in ("SUPPORT", "AGREE") and len(set(actors)) >= 2 and bodies and \
                set(bodies) <= _BODIES and _founding_treaty(ctx, head, bodies):
            recipients = list(actors)  # "Kazakhstan, Russia and Belarus signed the Treaty on the Eurasian Economic
            # Union": its founders bound to each other, not to the body they founded
        if actors and trig.type == "SANCTION" and verb_like and (wrong := _responsible_for(head, self._hostile_nouns)):
            # "imposed sanctions on those responsible for the aggression": on the aggressor, not its victim
            doers = self._doer_of(ctx, wrong, ("ASSAULT", "COERCE"))
            recipients = [x for x in doers if x not in actors] or recipients
        if actors and not recipients and trig.type in ("AGREE", "AID") and verb_like and head.dep_ == "relcl":
            recipients = [x for x in _destination(ctx, head) if x not in actors]  # "the systems that Berlin has
            # promised would arrive in Ukraine": promised to where they go
        if not actors and recipients and head.lemma_.lower() in _SUMMONING and \
                any(c.dep_ == "auxpass" for c in head.children) and not any(c.dep_ == "agent" for c in head.children):
            actors = _summoner(ctx, head)  # "Russia's ambassador was summoned (to the Moldovan foreign ministry)"
            recipients = [x for x in recipients if x not in actors]
        if trig.type == "SANCTION" and actors and not recipients and (verb_like or tok.dep_ == "pobj" and (
                tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ("package", "round", "wave", "set"))):
            # "The EU imposed sanctions on Russia in 2014. … In December the EU adopted its 12th package of
            # sanctions": on the one the same sanctioner's sanctions were last told against
            recipients = next((list(e.recipients) for e in reversed(self._prior) if e.type == "SANCTION" and
                               set(e.actors) & set(actors) and not (e.negated or e.hypothetical)), [])
            if not recipients and tok.pos_ == "NOUN" and head.lemma_.lower() in _PENALTY_ADOPTING and not (
                    _negated(head) or _hypothetical(head)):
                # "Biden announced 500 new sanctions against Russia. … the EU adopted its 13th package of sanctions":
                # with none of its own told before, a round falls on whoever bore the last sanctions told just before
                recipients = self._receivers_told_before(("SANCTION",), actors, since=self._start_back(ctx, 12))
        if trig.type in ("AGREE", "COOPERATE") and verb_like and len(set(actors)) >= 2 and recipients and \
                not set(recipients) & set(actors) and _only_described(ctx, sent, recipients):
            # "Both Presidents committed their governments to share information on fighters returning from Syria and
            # Iraq": states that only describe a thing promised are no party to the promise — the two promise each other
            recipients = list(actors)
        if len(recipients) >= 2 and (described := [r for r in recipients if _only_beside(ctx, sent, r)]) and \
                len(described) < len(recipients) and not set(described) & set(actors):
            # "support for the right of the Palestinian people to an independent State living side by side with
            # Israel": a state that only describes a thing named is no receiver beside the one the act is for
            recipients = [r for r in recipients if r not in described]
        if trig.type == "REJECT" and verb_like and head.lemma_.lower() == "veto" and actors and not recipients:
            # "Russia vetoed a draft resolution that would have renewed the sanctions regime on Mali": a veto is
            # towards the state the draft was about
            recipients = _unique([x for c in head.children if c.dep_ in ("dobj", "nsubjpass")
                                  for x in _states(ctx, _subtree(c)) if x not in actors])
        if trig.type == "SANCTION" and verb_like and _bare_count_expelled(head):
            # "… kicked 60 Russian diplomats out. Germany, France and Poland each expelled four, Lithuania three
            # apiece": as many of the envoys told just before — the states named beside the count are expellers too
            told = next((list(e.recipients) for e in reversed(self._prior) if e.type == "SANCTION" and e.recipients
                         and e.text.start >= self._start_back(ctx, 8) and not (e.negated or e.hypothetical)), [])
            if [x for x in told if x not in actors]:
                actors = _unique(actors + [x for x in recipients if x not in told and is_state_code(x)])
                recipients = [x for x in told if x not in actors]
        if trig.type == "ASSAULT" and not actors and not recipients and (sides := _border_sides(ctx, head)):
            actors, recipients = sides, list(sides)  # "fighting broke out along the border between A and B"
        if not actors and recipients and trig.type in ("ASSAULT", "COERCE") and verb_like and \
                any(c.dep_ == "auxpass" for c in head.children) and not any(c.dep_ == "agent" for c in head.children):
            # "Russian forces seized three Ukrainian vessels … . Two gunboats and a tug were captured on Sunday night":
            # a hostile act told without its doer, right after the same kind of act on the same state, is that doer's
            actors = self._doers_told_before(("ASSAULT", "COERCE"), [], set(recipients),
                                             since=self._start_back(ctx, 3))
            recipients = [r for r in recipients if r not in actors]
        if (not actors or not recipients) and self.chooser is not None:
            actors, recipients = self.chooser(self, ctx, tok, head, trig.type, sent, actors, recipients) or (
                actors, recipients)
        if actors and not recipients and trig.type in _HOSTILE_TYPES | {"REJECT"} and verb_like and \
                _in_response(head) and not (_negated(head) or _hypothetical(head)):
            # "Ankara sent its drilling ships into Cyprus's zone. The EU responded in July by suspending
            # negotiations": the answer is to the doer of the last hostile act told just before
            recipients = _unique(self._doers_told_before(_HOSTILE_TYPES, actors, None, since=self._start_back(ctx, 2)))
        if actors and not recipients and trig.type in ("SUPPORT", "REJECT") and verb_like and \
                _those_decisions(head) and not (_negated(head) or _hypothetical(head)):
            # "The EU responded by cutting pre-accession funds … . Greece fully supported those decisions": the
            # decisions are those of the last act told just before
            recipients = next((_unique([a for a in e.actors if a not in actors])
                               for e in reversed(self._prior) if e.text.start >= self._start_back(ctx, 1) and
                               e.text.start < ctx.span_chars(sent)[0] and not (e.negated or e.hypothetical)), [])
        if actors and not recipients and verb_like and trig.type in _HOSTILE_TYPES | {"REJECT", "RETREAT"} and \
                head.dep_ in ("ROOT", "conj") and _past(head) and not (_negated(head) or _hypothetical(head)):
            # "Russia declined to renew the grain deal. … Kenya called the decision 'a stab in the back'": an act
            # with no state named to receive it that others may still react to
            s0, s1 = ctx.span_chars(sent)
            self._unreceived.append(Event(type=trig.type, actors=_unique(actors), recipients=[], date=None,
                                          text=Span(s0, s1)))
        if trig.type == "SUPPORT" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
                tok.head.lemma_.lower() in _HAVING_BACKING and not _negated(tok.head):
            # "Finland had the bloc's full backing", "Kyiv enjoys the support of the EU": the owner of the backing
            # backs the one who has it
            owners = _states(ctx, {i for c in tok.children if c.dep_ == "poss" or c.dep_ == "prep" and
                                   c.lower_ == "of" for i in _subtree(c)})
            holders = [x for x in _states(ctx, {i for c in _subjects(tok.head) for i in _np_core(c)})
                       if x not in owners]
            if owners and holders:
                actors, recipients = owners, holders
        if not actors and recipients and verb_like and trig.type in ("ASSAULT", "PROTEST", "COERCE") and any(
                c.lemma_.lower() in _CROWDS for c in _subjects(head)):
            # "Crowds ransacked the Iranian embassy in Damascus", "protesters had attacked the French embassy in
            # Niamey": people of the city's state, against the embassy's
            hosts = {m.state for m in ctx.mentions_in(set(range(sent.start, sent.end)))
                     if (m.role == "capital" or m.actor.startswith("place:")) and m.state and m.state not in recipients}
            actors = list(hosts) if len(hosts) == 1 else actors
        if actors and trig.type == "ASSAULT" and tok.lemma_.lower() in _RETAKING:
            # "Ukrainian forces liberated Kherson City": won back from whoever seized it ("the territory Russia
            # seized"), else from the last one told attacking or seizing the victor's land — no one else
            held = [x for c in tok.children if c.dep_ in ("dobj", "prep") for x in _states(ctx, _subtree(c))
                    if x not in actors]
            recipients = held or self._doers_told_before(("ASSAULT", "COERCE"), actors, set(actors),
                                                         since=self._start_back(ctx, 8))
        if not actors or not recipients:
            return None
        if set(actors) == set(recipients) and len(actors) == 1:
            return None
        if set(recipients) & set(actors) and not set(actors) <= set(recipients):
            # "the five Central Asian republics signed a declaration with the EU in Astana": a party is not also
            # its own counterpart (one named where it happened)
            recipients = [r for r in recipients if r not in actors]
        negated = _negated(head) or (head.i != tok.i and _negated(tok))
        refuser = _refuser(head) if (negated or head.dep_ == "pcomp") and trig.type in COOPERATIVE else None
        if refuser is None and negated and trig.type in COOPERATIVE and verb_like and refused_in_words(head):
            refuser = head.head  # "X said it would not attend the talks": the refusal was said
        nots = [c for c in head.children if c.dep_ == "neg"] if refuser is None and negated and verb_like and \
            head.lemma_.lower() in _RECOGNISING and not any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                                          for c in head.children) else []
        # a recognition refused: "will never recognise", "will not recognise"; or, in any tense, a vote's verdict
        # ("The EU did not recognise the results of the election")
        vowed = bool(nots) and (any(c.lower_ == "never" for c in nots) or any(
            a.dep_ == "aux" and a.lower_ in _REFUSING_AUX for a in head.children) or any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _VERDICTS for c in head.children))
        if vowed:
            refuser = head  # "Serbia will never recognise Kosovo's independence": a refusal, stated now
        hypothetical = _hypothetical(head) or correlative(head) or purpose(head) or obliged(head) or (
            tok.i != head.i and head.lemma_ in _WANTING and tok.dep_ in (
            "dobj", "pobj")) or _asked_for_noun(tok)  # "Iran wants a strategic partnership with China": wanted,
        # not had; "called for talks with Y": asked for, not held
        if asker is not None:
            hypothetical = _hypothetical(asker)
        if hypothetical and not negated and _said_on_call(head):
            hypothetical = False  # "called Modi to condemn the attack and offer support": said on the call
        if truce_named:  # the named truce was agreed on its day, whatever is now said or hoped of it
            negated = hypothetical = False
        if hypothetical and ctx.speaker and head.lemma_ in _PERFORMATIVE and actors == [ctx.speaker] and \
                _performative_frame(head):
            hypothetical = False
        s, e = self._evidence_span(ctx, head, sent)
        typ, mode = trig.type, trig.mode
        if tok.i != head.i and head.lemma_ in _REAFFIRM and (typ == "COOPERATE" or typ == "CONSULT" and
                                                             head.lemma_ != "renew"):  # ("renewed talks": talks)
            typ, mode = "AGREE", None  # "reaffirmed our defense partnership": a commitment renewed
        if refuser is not None and tok.lemma_.lower() in ("recognize", "recognise", "accept") and verb_like:
            seized = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _DONE_TO_NOUNS]
            if seized:  # "refused to recognise the annexation of Ukrainian regions (by Russia)": refused to the one
                # who annexed, not to the one whose land it was
                land_of = set(_states(ctx, {t.i for c in seized[0].children if c.dep_ == "prep" and c.lower_ == "of"
                                            for t in c.subtree}))
                doers = [x for x in _states(ctx, {t.i for c in seized[0].children if c.dep_ in ("poss", "amod") or
                                                  c.dep_ == "prep" and c.lower_ == "by" for t in c.subtree})
                         if x not in land_of]
                told = [x for x in self._doer_of(ctx, seized[0].lemma_.lower(), ("COERCE", "ASSAULT"))
                        if x not in actors] \
                    if not doers and not land_of else []  # ("Russia annexed Crimea. … does not recognize the
                # annexation": the annexer)
                recipients = doers or told or [p for p in self._parts.conflict if p not in land_of and
                                               p not in actors] or [r for r in recipients if r not in land_of]
        if refuser is not None:  # "refused to recognise the vote", "declined to meet X": the refusal happened
            typ, mode, negated, hypothetical = "REJECT", None, False, not vowed and _hypothetical(refuser)
        if _RESOLVED in trig.words and trig.type == "THREATEN" and head.lemma_.lower() in ("remain", "go", "leave"):
            negated = False  # "will not remain without a response": the "not" is the warning's own
        if _REFUSED_NOW in trig.words:
            negated = False  # "will never accept it": the "never" is the refusal's own, made as it is said
            hypothetical = any(_hypothetical(a) or _negated(a) for a in head.ancestors if a.pos_ in ("VERB", "AUX"))
            if any(a.lemma_.lower() in ("warn", "threaten", "vow") for a in head.ancestors):
                typ = "THREATEN"  # "warned that Iran would not tolerate changes to its border": a warning
        if (trig.words == (_IMPLIED,) or _RESOLVED in trig.words or
                _decided_by(ctx, head if verb_like else tok.head)) and not negated:
            hypothetical = False  # (the undertaking was found made when the trigger was; a warning is made now; a
            # state's decision to do a thing is told as done: "the decision of the US to reimpose sanctions")
        if hypothetical and not negated:
            kind = commitment(head)
            if kind is None and head.i == tok.i and tok.pos_ == "NOUN" and tok.dep_ == "dobj":
                kind = commitment(tok.head)  # "pledged to expand its cooperation with Y": the verb it is done by
            if kind == "future" and ctx.speaker and ctx.speaker not in actors and not (
                    typ == "CONSULT" and ctx.speaker in recipients):
                kind = None  # a speech foretelling others' acts ("Azerbaijan will recognize …") promises nothing
            said = recast(typ, kind)
            if said:  # "pledged to send aid to Y", "said it will visit Y": the promise itself happened
                if said == "AGREE" and mode == "host" and tok.lemma_.lower() == "host":
                    actors, recipients = recipients, actors  # "stands ready to host A and B": the host's offer
                typ, mode, hypothetical = said, None, False
                self._said.add((s, typ, tuple(actors), tuple(recipients)))
        return Event(type=typ, mode=mode, actors=actors, recipients=recipients, date=None,
                     text=Span(s, e), negated=negated, hypothetical=hypothetical, trigger=tok.text)

    def _start_back(self, ctx: Context, back: int) -> int:
        """Where the sentence ``back`` sentences before the current one starts (for "told just before")."""
        return ctx.span_chars(self._sents[max(0, self._k - back)])[0]

    def _reaction_date(self, ctx: Context, tok: Any, ev: Event) -> str | None:
        """A reaction to a hostile act just told ("… attacked the embassy on 27 January. Ankara swiftly condemned the
        attack"), with no time of its own: of the act's month (on or after its day, not necessarily on it)."""
        if ev.type not in ("ACCUSE", "SUPPORT", "REJECT", "PROTEST") or not _verbal(tok) or not any(
                c.dep_ == "dobj" and c.lemma_.lower() in self._hostile_nouns and
                any(d.lower_ in ("the", "this", "that") for d in c.children) and
                not any(g.dep_ == "prep" for g in c.children) for c in tok.children):
            return None
        since = self._start_back(ctx, 3)
        done = next((e for e in reversed(self._so_far) if e.type in ("ASSAULT", "COERCE") and e.date and
                     re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", e.date) and since <= e.text.start < ev.text.start and
                     not (e.negated or e.hypothetical)), None)
        return done.date[:7] if done is not None and done.date else None

    def _doers_told_before(self, types: Collection[str], actors: list[str], done_to: set[str] | None,
                           since: int = 0, whole: bool = False) -> list[str]:
        """The doers, other than ``actors``, of the last act of ``types`` told before (from character ``since``)
        that happened and was done to one of ``done_to`` (to all of them when ``whole``; to anyone when None); none
        if there is none."""
        for e in reversed(self._prior):
            if e.type in types and e.text.start >= since and not (e.negated or e.hypothetical) and (
                    done_to is None or (done_to <= set(e.recipients) if whole else done_to & set(e.recipients))):
                return [a for a in e.actors if a not in actors]
        return []

    def _receivers_told_before(self, types: tuple[str, ...], actors: list[str], since: int = 0) -> list[str]:
        """The states, other than ``actors``, that received the last act of ``types`` told before (from character
        ``since``) that happened; none if there is none."""
        for e in reversed(self._prior):
            if e.type in types and e.text.start >= since and not (e.negated or e.hypothetical):
                return [r for r in e.recipients if r not in actors and is_state_code(r)]
        return []

    def _told_before(self, ctx: Context, typ: str) -> bool:
        """An event of this type was reported in the last three sentences (before this one)."""
        if self._k == 0:
            return False
        since = self._start_back(ctx, 3)
        here = ctx.span_chars(self._sents[self._k])[0]
        return any(e.type == typ and since <= e.text.start < here for e in self._so_far)

    def _asked_for(self, ctx: Context, tok: Any, typ: str) -> tuple[list[str], list[str], Any] | None:
        """ "X sought Y's support", "X asked for help from Y", "X requested assistance from Y": X's REQUEST of Y."""
        if typ not in ("SUPPORT", "AID", "COOPERATE", "AGREE") or tok.pos_ != "NOUN":
            return None
        if tok.dep_ == "dobj":
            head = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.i != tok.head.i:
            head = tok.head.head
        else:
            return None
        if head.lemma_.lower() not in _ASKING:
            return None
        seekers = _states(ctx, {i for c in _subjects(head) if c.dep_ == "nsubj" for i in _np_core(c)})
        giver = {t.i for c in tok.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("from", "of")
                 for t in c.subtree}
        giver |= {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree}
        giver |= {t.i for c in head.children if c.dep_ == "dobj" and c.i != tok.i for t in c.subtree}  # "asked Y for"
        asked = [x for x in _states(ctx, giver) if x not in seekers]
        return (seekers, asked, head) if seekers and asked else None

    def _person_state(self, ctx: Context, head: Any, tok: Any, actors: list[str], typ: str) -> list[str]:
        """A person of no known state on the receiving end ("warm congratulations to Mr. Gomes on his reelection"):
        the one other state the sentence, else the sentence before, names."""
        if typ not in ("SUPPORT", "CONSULT"):
            return []
        subj = {i for c in _subjects(head) for i in _subtree(c)}
        region = (_subtree(head) | _subtree(tok)) - subj
        if not any(ctx.doc[i].ent_type_ == "PERSON" and (i not in ctx.token_mentions or not ctx.token_mentions[i].state)
                   for i in region):
            return []
        if any(ctx.doc[i].ent_type_ == "PERSON" and (m := ctx.token_mentions.get(i)) is not None and not m.state and
               m.role in ("name", "surname") for i in region):
            return []  # "I thank Secretary-General Guterres for his work": one known to serve no state
        sent = sentence_of(ctx.doc, tok.i)
        for toks in ({*range(sent.start, sent.end)} - subj, {*range(self._sents[self._k - 1].start,
                                                               self._sents[self._k - 1].end)} if self._k else set()):
            named = [m.state for m in ctx.mentions_in(toks) if m.state and is_state_code(m.state)
                     and m.role not in ("pronoun", "coref") and m.state not in actors and m.state != ctx.speaker]
            if named:
                return [named[-1]] if len(set(named)) == 1 else []
        return []

    def _owner_or_subject(self, ctx: Context, noun: Any) -> list[str]:
        """Whose a noun's act is: its possessor ("Russia's war"), else the subject of the verb it hangs from."""
        poss = [c for c in noun.children if c.dep_ == "poss"]
        if poss:
            return _states(ctx, set().union(*(_np_core(c) for c in poss)))
        gov = noun.head
        while gov.dep_ in ("prep", "pobj", "dobj") and gov.head.i != gov.i and gov.pos_ not in ("VERB", "AUX"):
            gov = gov.head
        if gov.pos_ not in ("VERB", "AUX"):
            return []
        return _states(ctx, {i for c in _subjects(gov) if c.dep_ == "nsubj" for i in _np_core(c)})

    def _others_plan(self, ctx: Context, noun: Any) -> bool:
        """A noun owned by a state other than the speaker's ("Israel's plans", "the attempt by Azerbaijan")."""
        owners = {i for c in noun.children if c.dep_ == "poss" for i in _np_core(c)} | {
            i for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
            for g in c.children if g.dep_ == "pobj" for i in _np_core(g)}
        return any(st != ctx.speaker for st in _states(ctx, owners))

    def _pronoun_owner(self, ctx: Context, tok: Any, actors: list[str]) -> list[str]:
        """The state "its"/"their" stands for inside an event's recipient phrase ("support of its integrity",
        "respect for their sovereignty"): the subject of the sentence's main clause, when it is not the actor."""
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "with")]
        pron = [t for c in preps for t in c.subtree if t.dep_ == "poss" and t.lower_ in ("its", "their")]
        if not pron or ctx.mentions_in({t.i for t in pron}):
            return []
        sent = sentence_of(ctx.doc, tok.i)
        subj = _states(ctx, {i for c in _subjects(sent.root) if c.dep_ in ("nsubj", "nsubjpass")
                             for i in _np_core(c)})
        subj = [x for x in subj if x not in actors and is_state_code(x)]
        if len(subj) == 1:
            return subj
        # "condemn the attacks against Pakistan and express our solidarity with its people": the state just named
        before = [m.state for m in ctx.mentions_in(set(range(sent.start, pron[0].i))) if m.state and
                  is_state_code(m.state) and m.role not in ("pronoun", "coref")]
        return [before[-1]] if before and before[-1] not in actors and not subj else []

    def _denied_claim(self, ctx: Context, head: Any, tok: Any, typ: str) -> list[str] | None:
        """Whom a denial answers when what is denied is "a claim", "the accusations" with no one's name on them:
        those who made the accusation just reported (in this sentence, else the one before); None when the
        object is no such claim."""
        if typ != "REJECT" or head.lemma_.lower() not in ("deny", "reject", "dismiss", "refute", "rebuff"):
            return None
        objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        if head.dep_ == "relcl" and head.head.i != head.i:
            objs.append(head.head)  # "a claim which Ankara denies"
        claim = next((o for o in objs if o.lemma_.lower() in _CLAIMS), None)
        unnamed = claim is None  # (a charge told without its name: answered only when an accuser was just told)
        if claim is None and head.lemma_.lower() == "deny":
            # "Pakistan denied any involvement", "Tehran denied launching anything", "denied that it had …": the
            # charge denied, told without its name
            claim = next((o for o in objs if o.lemma_.lower() in _CHARGED_PARTS), None) or next(
                (c for c in head.children if c.dep_ in ("xcomp", "ccomp") or c.dep_ == "dobj" and c.tag_ == "VBG"),
                None)
        if claim is None or any(c.dep_ == "poss" for c in claim.children) or \
                _states(ctx, {t.i for c in claim.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                              for t in c.subtree}):
            return None
        sent = sentence_of(ctx.doc, tok.i)
        here = [e for e in self._so_far if e.type == "ACCUSE" and not (e.negated or e.hypothetical) and
                ctx.span_chars(sent)[0] <= e.text.start < ctx.span_chars(sent)[1]]
        if not here and self._k:
            p0, p1 = ctx.span_chars(self._sents[self._k - 1])
            here = [e for e in self._so_far if e.type == "ACCUSE" and not (e.negated or e.hypothetical) and
                    p0 <= e.text.start < p1]
        return _unique([a for e in here for a in e.actors]) or (None if unnamed else [])

    def _described_just_before(self, ctx: Context, sent: Any, actors: list[str]) -> list[str]:
        """The state the sentence before was about (its subject) when it did nothing there ("Pakistan has suffered
        devastating floods") and this sentence names no other state: whom an offer of help with no one named is to."""
        here = ctx.span_chars(sent)[0]
        back = next((b for b in range(self._k - 1, max(self._k - 4, -1), -1) if b in self._parts.subjects), None)
        if back is None:
            return []
        subj = self._parts.subjects[back]
        p0 = ctx.span_chars(self._sents[back])[0]
        if subj in actors or not is_state_code(subj) or "\n\n" in ctx.text[p0:here]:
            return []  # (the paragraph's, within three sentences)
        if any(p0 <= e.text.start < here and subj in e.actors for e in self._so_far + self._silent):
            return []  # ("Russia invaded Ukraine. Germany pledged to …": the one who acted is not the one helped)
        if [x for x in _states(ctx, {t.i for t in sent}) if x not in actors and x != subj]:
            return []
        return [subj]

    def _reacted_to(self, ctx: Context, head: Any, tok: Any, actors: list[str]) -> list[str]:
        """A reaction to an act named only by "this", "the move", "the decision" is to whoever did the act the
        sentence before reported ("Russia signed a treaty with Abkhazia. Georgia condemned the move.")."""
        if head.dep_ in ("relcl", "acl") and head.head.lemma_.lower() in _ANAPHORIC_ACTS - {"it", "this", "that"} and \
                head.head.dep_ in ("dobj", "appos", "npadvmod", "attr", "conj") and not _backers_of_paper(head.head):
            # (not "issued a statement welcoming the deal": the statement is the reaction, not the act reacted to)
            # "Russia seized a Ukrainian vessel, a move Kyiv condemned as piracy", "Moldova formed a new government,
            # a move welcomed by the EU": the act of the clause it sums up, else (told by no event) that clause's doer
            s0 = ctx.span_chars(self._sents[self._k])[0]
            done = [e for e in self._so_far if e.text.start == s0 and e.type not in _REACTIONS and not e.negated]
            if done:
                return _unique([a for e in done for a in e.actors if a not in actors])
            if head.dep_ == "acl" and head.head.head.pos_ in ("VERB", "AUX"):
                doers = _states(ctx, {i for c in _subjects(head.head.head) for i in _np_core(c)})
                return [x for x in doers if x not in actors]
        objs = [c for c in [*head.children, *tok.children] if c.dep_ in ("dobj", "nsubjpass")]
        objs += [g for c in [*head.children, *tok.children] if c.dep_ == "prep" and c.lower_ in _ABOUT
                 for g in c.children if g.dep_ == "pobj"]
        if not any((o.lemma_.lower() in _ANAPHORIC_ACTS or o.lower_ in ("them", "these")) and (
                o.lower_ in ("this", "that", "it", "them", "these") or any(
                c.lower_ in ("the", "this", "that", "such") for c in o.children)) and not _states(ctx, _subtree(o))
                for o in objs) and not (tok.lemma_.lower() in _COMPLAINTS and not [o for o in objs if o.i != tok.i]
                                        and not any(c.dep_ == "prep" for c in tok.children)):
            return []
        if self._k == 0:
            return []
        earlier: list[Event] = []
        # ("them", "these": acts only when they were hostile — "Russia fired missiles at Kyiv. Borrell called them
        # barbaric" — else they may be people or states)
        named_so = [o for o in objs if o.lemma_.lower() in _ANAPHORIC_ACTS or o.lower_ in ("them", "these")]
        plural = bool(named_so) and all(o.lower_ in ("them", "these") for o in named_so)
        # acts told with no one to receive them, when what is reacted to is a move, not an attack ("Russia declined to
        # renew the deal. Kenya called the decision 'a stab in the back'")
        moves = [] if any(o.lemma_.lower() in self._hostile_nouns for o in objs) else self._unreceived
        for back in range(self._k - 1, max(self._k - (5 if plural else 3), -1), -1):  # the sentence before, else
            p0, p1 = ctx.span_chars(self._sents[back])  # the one before it (a hostile act: up to four back)
            earlier = [e for e in self._so_far + self._silent + moves if p0 <= e.text.start < p1 and not e.negated
                       and (e.type not in _REACTIONS or e.type == "REJECT" and e in moves) and
                       (not plural or e.type in _HOSTILE_TYPES)]  # (a refusal others react to: "declined to renew")
            if earlier:
                break
        if plural and not earlier:
            return []
        if not earlier and len(self._parts.deal) == 2 and any(
                o.lemma_.lower() in _DEAL_NOUNS and any(c.lower_ in ("the", "this", "that") for c in o.children)
                for o in objs):
            # "A and B signed a deal. … (three sentences on) Egypt welcomed the deal": to the deal's parties
            return [x for x in self._parts.deal if x not in actors]
        if not earlier and any(o.lemma_.lower() in self._hostile_nouns for o in objs):
            # ("… blamed Iran. Ankara condemned the attack": the subject told before may be its victim); the same
            # act named before with its doer ("Azerbaijan's army overran X in a one-day offensive. The Parliament
            # condemned the offensive") is that doer's
            return [x for x in self._doer_of_noun_told(ctx, {o.lemma_.lower() for o in objs}) if x not in actors]
        if not earlier:  # "The US withdrew from the treaty. Russia expressed its regret over this."
            subj = self._parts.subject
            return [subj] if subj and self._parts.subject_at == self._k - 1 and subj not in actors else []
        last = max(e.text.start for e in earlier)
        return _unique([a for e in earlier if e.text.start == last for a in e.actors if a not in actors])

    def _doer_of(self, ctx: Context, lemma: str, kinds: tuple[str, ...]) -> list[str]:
        """Who did a hostile act named by a noun of ``lemma``: the doer of that act told in the two sentences before,
        else the actors of the last event of ``kinds`` that happened."""
        return self._doer_of_noun_told(ctx, {lemma}) or next(
            (e.actors for e in reversed(self._so_far) if e.type in kinds and not (e.negated or e.hypothetical)), [])

    def _doer_of_noun_told(self, ctx: Context, lemmas: set[str]) -> list[str]:
        """The states doing the act a noun of ``lemmas`` named in one of the two sentences before: its owner ("X's
        offensive") or the subject of the verb it hangs on ("X's army overran Y in an offensive")."""
        for back in range(self._k - 1, max(self._k - 3, -1), -1):
            for t in self._sents[back]:
                if t.lemma_.lower() not in lemmas or t.pos_ not in ("NOUN", "ADJ") or t.dep_ == "amod":
                    continue
                owner = {i for c in t.children if c.dep_ in ("poss", "compound", "amod") for i in _subtree(c)}
                verb = t.head.head if t.dep_ == "pobj" else t.head if t.dep_ in ("dobj", "nsubj") else t
                if verb.pos_ == "VERB" and t.dep_ != "nsubj":
                    owner |= {i for c in _subjects(verb) for i in _np_core(c)}
                doers = [x for x in _states(ctx, owner) if is_state_code(x)] or [
                    # ("Azerbaijan's army overran …" with the verb misparsed: the forces' state)
                    x for x in _states(ctx, {i for c in self._sents[back] if c.i < t.i and c.dep_ == "poss" and
                                             c.head.lemma_.lower() in _FORCE_NOUNS for i in _subtree(c)})
                    if is_state_code(x)]
                if doers:
                    return doers
        return []

    def _buried_states(self, ctx: Context, head: Any, tok: Any, recipients: list[str],
                       typ: str = "") -> tuple[set[str], set[str]]:
        """States the event's clause names only inside another's act ("support for Chile in its quest to retake
        islands held by Argentina", "concerns over Turkey's purchase of the Russian missiles": the owner of the act
        is who it is about) or only as where it happened ("cooperation in Syria"; "invested in Georgia" and the like
        excepted). Returns the states named only in others' acts, and those named only as places."""
        if not recipients:
            return set(), set()
        region = (_clause(head) if _verbal(head) else _subtree(head)) | _subtree(tok)
        accusing = typ in ("ACCUSE", "REJECT", "PROTEST", "REQUEST")
        on_path = {t.i for t in tok.ancestors} | {tok.i, head.i} | {t.i for t in head.ancestors}
        hidden: set[int] = set()
        places: set[int] = set()
        for i in sorted(region):
            n = ctx.doc[i]
            if i in on_path:
                continue
            if n.pos_ in ("NOUN", "PROPN") and n.dep_ not in ("compound", "poss", "appos", "conj") and \
                    n.lemma_.lower() not in _LAND_PARTS:  # ("a refinery in Russia's Krasnodar region": Russia)
                act = n.lemma_.lower() in self._act_nouns
                # ("praised its cooperation with X": the praiser's own, towards X)
                # ("a children's hospital in Kyiv": a possessor that names no one owns no state named in it)
                owners = [c for c in n.children if c.dep_ == "poss" and (
                    act or c.pos_ != "PRON" and bool(ctx.mentions_in(_subtree(c)))) and not (
                    c.pos_ == "PRON" and n.head.i == head.i and head.lemma_.lower() in _APPRAISING)]
                if not owners and n.lemma_.lower() in _LEAVING:  # "requested the removal of the EU mission from X"
                    owners = [c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"]
                if not owners and act:
                    owners = [c for c in n.children if c.dep_ in ("amod", "compound", "nmod") and c.i < n.i
                              and any(m.state for m in ctx.mentions_in(_subtree(c)))]  # ("the Japanese arms
                    # sales"; not "the Association Agreement with the EU": a name that is no one's)
                if owners:
                    keep = set().union(*(_subtree(o) for o in owners))
                    hidden |= _subtree(n) - keep
            if not accusing and n.dep_ == "agent" and n.head.dep_ == "acl" and n.head.tag_ == "VBN" and \
                    head.lemma_.lower() not in _APPRAISING | {"host", "thank", "support", "back", "endorse"}:
                hidden |= _subtree(n)  # "joined the sanctions imposed by the EU against Russia": the EU's own act
            if accusing and n.pos_ == "NOUN" and any(
                    c.dep_ == "prep" and c.lower_ == "by" and ctx.mentions_in(_subtree(c)) for c in [
                        *n.children, *(n.head.children if n.dep_ == "dobj" and not any(
                            g.dep_ in ("auxpass", "nsubjpass") for g in n.head.children) else [])]):
                # "refused to recognise the annexation of Ukrainian territory by Moscow": the one it is done by, not
                # the one it is done to
                hidden |= {i for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for i in _subtree(c)}
            if accusing and n.dep_ == "prep" and (n.lower_ in ("against", "on", "upon", "in", "at", "near") or
                                                  n.lower_ == "of" and n.head.lemma_.lower() in _DONE_TO_NOUNS) and \
                    n.head.lemma_.lower() in self._hostile_nouns | _DONE_TO_NOUNS and n.head.i != tok.i:
                # "condemned the attacks against Pakistan", "the terrorist attack in Moscow": the victim, or where it
                # was struck, is not accused
                hidden |= _subtree(n)
            elif n.dep_ == "prep" and n.lower_ in ("on", *_TOPIC_PREPS) and n.head.i != n.i and (
                    n.head.lemma_.lower() in _PAPERS or any(  # (the parser may hang "on X" on the verb)
                        c.dep_ == "dobj" and c.lemma_.lower() in _PAPERS and c.i < n.i for c in n.head.children)) \
                    and typ in ("REJECT", "SUPPORT", "AGREE", "REQUEST"):
                hidden |= _subtree(n)  # "vetoed an EU statement on China", "backed a resolution on Syria": the topic
            elif n.dep_ == "prep" and n.head.i == head.i and any(c.dep_ == "dobj" for c in head.children) and (
                    n.lower_ in ("from", "via", "through", "across") and typ in ("ASSAULT", "MOBILIZE", "COERCE") or
                    n.lower_ in ("via", "through") and typ in ("AID", "COOPERATE")):
                hidden |= _subtree(n)  # "invaded Ukraine from Belarusian territory", "aid to Gaza through Egypt": the
                # way, not whom
            elif n.dep_ == "prep" and n.lower_ in _TOPIC_PREPS and typ in _SYMMETRIC_TYPES:
                places |= _subtree(n)  # "talks with Russia about China's missiles": what about, not with whom
            elif n.dep_ == "prep" and n.lower_ == "because" and n.head.i in on_path:
                hidden |= _subtree(n)  # "closed its borders with A because of fighting between B and C": the reason
            elif n.dep_ == "prep" and n.lower_ == "according":
                hidden |= _subtree(n)  # "deployed troops to Belarus, according to Ukrainian intelligence": a source
            elif n.dep_ == "prep" and n.lower_ in _COMPARING:
                hidden |= _subtree(n)  # "the most troops after the United States": a comparison, no party
            elif n.dep_ == "prep" and n.lower_ in ("on", "under") and any(
                    c.dep_ == "pobj" and c.lemma_.lower() in _GROUNDS for c in n.children):
                hidden |= _subtree(n)  # "ordered the arrest of two men on charges of mismanaging talks with X"
            elif n.dep_ == "prep" and n.head.i != n.i and (
                    n.lower_ == "over" and not accusing or n.lower_ == "ahead" or n.lower_ == "on" and any(
                        c.dep_ == "pobj" and c.lemma_.lower() == "eve" for c in n.children)):
                # "threatened to cut ties with A and B over their ties with C", "… on the eve of a visit by D": the
                # reason or the time names no party when the act names one
                places |= _subtree(n)
            elif n.dep_ == "prep" and n.lower_ == "in" and n.head.lemma_.lower() not in _IN_OBJECT and \
                    n.head.i != n.i and not _kin_in(n.head) and not (
                        n.i + 1 < len(n.doc) and n.doc[n.i + 1].lower_ == "particular"):  # ("our creditors, in
                # particular China and India": those named, not a place)
                # ("met X in Minsk, the most senior American visit in years": an apposition the parser hung on the
                # place describes the whole act, and names no party)
                remark = {i for g in n.children if g.dep_ == "pobj" for a in g.children if a.dep_ == "appos" and
                          a.lemma_.lower() in self._act_nouns for i in _subtree(a)}
                places |= _subtree(n) - remark
                hidden |= remark
            elif n.dep_ == "prep" and n.head.i != n.i and typ in _SYMMETRIC_TYPES and (
                    n.lower_ in ("near", "along", "off", "beside") or n.lower_ in ("to", "from") and
                    n.head.lower_ in ("close", "next", "adjacent")) and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _EDGES for g in n.children):
                hidden |= _subtree(n)  # "joint exercises near the Polish border": beside that state, not with it
            elif n.dep_ == "prep" and n.lower_ in ("at", "on", "upon") and n.head.i != n.i and typ == "CONSULT" and \
                    any(g.dep_ == "pobj" and g.lemma_.lower() in ("invitation", "initiative", "behest", "suggestion")
                        for g in n.children):
                hidden |= _subtree(n)  # "at the invitation of X's prime minister, I met President Maduro": who
                # invited, not whom met (a fronted phrase runs to the subject, however the parser cut it)
                if n.i < head.i and (subs := _subjects(head)):
                    hidden |= set(range(n.i, min(s.left_edge.i for s in subs)))
            elif n.dep_ == "prep" and n.lower_ == "with" and n.head.i == head.i and typ in _FORCE_TYPES and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _ABETTING for g in n.children):
                hidden |= _subtree(n)  # "A, with the direct involvement of B, unleashed a war against C": B abets
                # A's act (told as such by those who blame it), it is no target of it
            elif n.dep_ == "prep" and n.lower_ in ("between", "among") and n.head.i != n.i and \
                    n.head.pos_ == "NOUN" and (_a_record(n.head) or n.head.lemma_.lower() == "kind"):
                hidden |= _subtree(n)  # "signed a treaty, the first such agreement between Central Asian states":
                # a kind of deal the record is counted among, not its parties
            elif n.dep_ == "prep" and n.lower_ == "at" and n.head.i != n.i and any(
                    m.role in ("capital", "seat") or m.actor.startswith("place:")
                    for m in ctx.mentions_in(_subtree(n))):
                places |= _subtree(n)  # "initialled an agreement at the White House": where, not with whom
            elif n.dep_ == "prep" and (n.lower_ in ("under", "with", "through") or n.lower_ == "to" and
                                       n.head.lower_ in _PRESUPPOSING_TO) and any(
                    g.dep_ == "pobj" and g.lower_ in ("auspices", "mediation", "facilitation", "help", "offices")
                    for g in n.children) and typ in ("AGREE", "SUPPORT", "CONSULT", "COOPERATE"):
                places |= _subtree(n)  # "concluded an agreement under the auspices of the EU", "thanks to the
                # mediation of X, the parties agreed": the go-between
            elif n.dep_ == "acl" and n.lemma_.lower() in _GO_BETWEEN:
                hidden |= {i for g in n.children if g.dep_ == "agent" for i in _subtree(g)}  # ("in a deal brokered
                # by X": the broker is no party to the deal)
        if not hidden and not places:
            return set(), set()
        outside = set(_states(ctx, region - hidden - places))
        owned = {r for r in _states(ctx, region & hidden) if r in recipients and r not in outside}
        where = {r for r in _states(ctx, region & places - hidden) if r in recipients and r not in outside}
        return owned, where - owned

    @functools.cached_property
    def _hostile_nouns(self) -> frozenset[str]:
        return frozenset(w for w, ts in self.triggers.items() if any(
            t.pos in ("N", "*") and t.type in ("ASSAULT", "COERCE", "THREATEN", "SANCTION") for t in ts)) | \
            CONFLICT_NOUNS

    @functools.cached_property
    def _act_nouns(self) -> frozenset[str]:
        return frozenset(w for w, ts in self.triggers.items() if any(t.pos in ("N", "*") for t in ts)) | \
            CONFLICT_NOUNS | _ACT_NOUNS

    def _verb_roles(self, ctx: Context, verb: Any, trig_tok: Any) -> tuple[list[str], list[str]]:
        subj_tokens: set[int] = set()
        agent_tokens: set[int] = set()
        passive = False
        v = verb
        # "With Azerbaijan requesting the removal of …", "with Russia supplying arms": the absolute phrase's noun
        absolute = [c for c in verb.head.children if c.dep_ == "pobj" and c.i < verb.i] if (
            verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.tag_ == "VBG" and not _subjects(verb)) else []
        if not absolute and verb.dep_ in ("relcl", "acl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.head.dep_ == "attr" and \
                not _subjects(verb) and verb.head.head.lemma_ == "be":
            # "Romania was the first state to recognise X": the subject of "was" did it
            absolute = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
        if not absolute and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN") and \
                not _subjects(verb) and verb.head.dep_ in ("nsubj", "nsubjpass"):
            # "Olaf Scholz, visiting Belgrade on 10 June, urged …": the one the participle is hung on does it
            absolute = [verb.head]
        if not absolute and (verb.dep_ == "acl" and verb.tag_ == "VBG" and not _subjects(verb) or (
                verb.dep_ == "relcl" and _subjects(verb) and all(
                    c.lower_ in ("that", "which") for c in _subjects(verb)))):
            # "Serbia voted for the UN resolution condemning Russia's invasion", "… for the resolution that
            # condemned Russia's aggression": the resolution's backers do it
            backers = _backers_of_paper(verb.head)
            absolute = backers if _states(ctx, {i for b in backers for i in _np_core(b)}) else []
        if not absolute and verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.tag_ == "VBG" and \
                not _subjects(verb) and verb.head.head.lemma_.lower() not in _UNDERTAKING:
            # "deported 168 Liberians for travelling on a Swedish ship", "thanked X for helping Y": the one judged
            absolute = [c for c in _judged_ones(verb.head.head) if c.dep_ != "conj"]
        # conjoined / complement verbs share the subject of their head
        while not absolute:
            subs = _subjects(v)
            if not subs and v.pos_ == "NOUN" and v.lemma_.lower() in COMMIT_NOUNS and v.dep_ == "dobj" and \
                    v.head.i != v.i:
                v = v.head  # "expressed readiness to help Y": who expressed it
                continue
            if subs or v.dep_ not in ("conj", "xcomp", "advcl", "acl", "pcomp", "prep", "acomp") or v.head.i == v.i:
                break
            v = speaker_of_misjoined_act(v) or v.head
        subj_full: set[int] = set()
        for c in absolute:
            subj_tokens |= _np_core(c) - _subtree(verb)
            subj_full |= _subtree(c) - _subtree(verb)  # (not the participle's own clause hung on its doer)
        for c in _subjects(v):
            if c.dep_ in _SUBJ and c.tag_ in ("WP", "WDT") and (focus := _cleft_focus(v)) is not None:
                # "It was the United States that withdrew … and reimposed sanctions": the one the cleft puts first
                subj_tokens |= _np_core(focus)
                subj_full |= _subtree(c)
            elif c.dep_ in _SUBJ and c.tag_ in ("WP", "WDT") and v.dep_ == "relcl" and v.head.i != v.i and (
                    v.head.pos_ == "PROPN" or v.head.pos_ == "NOUN" and v.head.lemma_.lower() in _GOVERNMENTS):
                # "Lukashenko, who met Putin in Sochi, …": the relative pronoun is its antecedent
                subj_tokens |= _np_core(v.head) - _subtree(v)
                subj_full |= _subtree(c)
                for first in leading_conjuncts(v.head):  # "Russia and China, who have supported …": both
                    subj_tokens |= _np_core(first) - _subtree(v)
            elif c.dep_ in _SUBJ or c.dep_ in ("pobj", "conj", "npadvmod", "appos"):  # (a name the parser hung on a
                # fronted phrase, or took for an adverb)
                subj_tokens |= _np_core(c) - _state_appositions(ctx, c) - _whole_of_parts(ctx, c) | _together_with(c)
                subj_full |= _subtree(c)
                if c.dep_ == "nsubjpass" and (v.i == verb.i or verb.dep_ != "xcomp"):
                    passive = True  # "Putin is expected to visit China": Putin visits
        for c in verb.children:
            if c.dep_ == "agent" and any(g.lemma_.lower() in _MEANS for g in c.children):
                continue  # "agreed by telephone", "met by video link": the means, no agent
            if c.dep_ == "agent":
                agent_tokens |= {c.i} | {t for g in c.children for t in _np_core(g)}
                subj_full |= _subtree(c)
                passive = True
            if c.dep_ == "nsubjpass":
                passive = True
        for c in v.children:
            # "In addition to the EU and Russia, France and Italy have urged a ceasefire", "Along with Russia, China
            # condemned …": those the fronted phrase names act too
            if c.dep_ == "prep" and c.i < v.i and c.lower_ in _ALONG and v.dep_ in ("ROOT", "conj") and (
                    c.lower_ != "in" or c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "addition"):
                subj_tokens |= _subtree(c)
                subj_full |= _subtree(c)
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            passive = True  # "the agreement signed between A and B": a reduced passive
        if v.dep_ in ("relcl", "acl") and not subj_tokens:  # "the company that built…", "a deal signed by…"
            subj_tokens |= _np_tokens(v.head)
        clause = _clause(verb)
        if trig_tok.i != verb.i:
            clause |= _np_tokens(trig_tok)  # (not the clauses hung on it: "aggression, containing which …")
        clause -= _drawn_tail(verb)  # "visits X, drawing condemnation from A, B and C": they are no visit's party
        clause -= {t.i for c in verb.subtree if c.dep_ == "prep" and c.lower_ in ("without", "excluding")
                   for t in c.subtree}  # "the summit took place without Russia": Russia took no part
        clause -= {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _BACKING_NOUNS for g in c.children) for t in c.subtree}
        # ("A, with the support of B, unleashed an aggression against C": B backs the act, it is not acted on)
        clause -= {t.i for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "regarding", "concerning") and
                   any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) and
                   not c.doc[sentence_of(c.doc, c.i).start:c.i].text.strip() and c.right_edge.i + 1 < len(c.doc) and
                   c.doc[c.right_edge.i + 1].text == "," and not any(g.text == "," for g in c.subtree)
                   for t in c.subtree}  # "On Syria, A hosted …": a topic
        clause -= {t.i for t in verb.subtree if t.lower_ == "astana" and t.dep_ == "compound" and
                   t.head.lemma_.lower() in _NAMED_FORMATS}  # "the Astana guarantors": a format, not Kazakhstan
        clause -= name_conjuncts(trig_tok)  # (a name the parser ran on as the event noun's conjunct: no party)
        clause -= {t.i for a in verb.subtree if a.dep_ == "amod" and a.lemma_.lower() in _BROKERING
                   for t in a.subtree}  # "signed a US-brokered declaration": the broker is no signatory
        if verb.lemma_.lower() in ("sign", "initial") and len(_states(ctx, subj_tokens)) >= 2:
            clause -= {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
                       for t in c.subtree}  # "A and B signed a declaration at the White House": the venue
        if self._headed >= 0:  # the heading run into this sentence names no party to it
            subj_tokens = {i for i in subj_tokens if ctx.char(i) >= self._headed}
            clause = {i for i in clause if ctx.char(i) >= self._headed}
        subj_states = _states(ctx, subj_tokens) or _states(ctx, _local_of(_subjects(v)))
        agent_states = _states(ctx, agent_tokens) or _states(ctx, _local_of(
            [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]))
        rest = clause - subj_tokens - agent_tokens - subj_full
        rest_states = _states(ctx, rest) + self._group_refs(ctx, rest, subj_states + agent_states)
        if passive and not agent_states:
            # "a memorandum was signed between A, B and C", "talks were held between A and B": the parties act
            between = {t.i for c in [*verb.children, *(g for s in _subjects(v) for g in s.children)]
                       if c.dep_ == "prep" and c.lower_ == "between" for t in c.subtree}
            agent_states = _states(ctx, between) if len(_states(ctx, between)) >= 2 else []
            if agent_states:
                rest_states = list(agent_states)  # each with the others (a city they met in is no party)
            elif (cause := _cause_agent(verb)):
                # "Armenians were displaced as a result of the attack by Azerbaijan", "… following Russia's
                # invasion": the one who caused it did it
                agent_states = _states(ctx, cause)
                rest_states = [x for x in rest_states if x not in agent_states]
        if passive and (agent_states or verb.lemma_ not in _STATIVE_PASSIVE):
            if agent_states and not subj_states:  # "the election in South Ossetia was condemned by X": what is
                # acted on is the whole subject, as the object would be in "X condemned the election in …"
                whole = set().union(*(_subtree(c) for c in _subjects(v) if c.dep_ == "nsubjpass"), set())
                subj_states = _unique([m.state for m in ctx.mentions_in(whole) if m.state and m.role != "capital"
                                       and m.state not in agent_states])  # (not "the talks in Moscow")
            actors = agent_states
            recipients = subj_states + rest_states
        else:
            actors = subj_states
            recipients = rest_states
        if not actors and subj_tokens and all(verb.doc[i].lower_ in ("it", "they", "he", "she") for i in subj_tokens):
            actors = _reporter_states(ctx, v)  # "Hungary said it will support…": it = Hungary
        if not actors and subj_tokens and any(verb.doc[i].lower_ in ("its", "their") and verb.doc[i].dep_ == "poss"
                                              for i in subj_tokens) and any(
                a.lemma_.lower() in ("say", "state", "announce", "report", "claim", "tell", "add", "note", "admit",
                                     "acknowledge", "confirm", "concede") for a in v.ancestors):
            actors = _reporter_states(ctx, v)  # "Azerbaijan said its troops had repelled an attack": Azerbaijan's
            # ("Iran admitted that its military shot down the airliner")
        if not actors and ctx.speaker and ctx.speaker in self._parts.conflict and any(
                _FOE.search(verb.doc[i].text) for i in subj_tokens | agent_tokens):
            # a statement's "the occupying power", "the aggressor": the other side of the speaker's conflict
            foes = [p for p in self._parts.conflict if p != ctx.speaker]
            actors = foes if len(foes) == 1 else []
            recipients = [r for r in recipients if r not in actors]
        if not actors and not passive and subj_tokens and v.dep_ in ("ROOT", "conj"):
            actors = self._subject_told_before(ctx, v, subj_tokens) or self._organ_of_subject(ctx, v)
            recipients = [r for r in recipients if r not in actors]
        if not actors and ctx.speaker and not passive and _first_person_or_none(subj_tokens, verb.doc) and \
                verb.i not in verb.doc.user_data.get("multipolar_questions", ()) and not (
                    not subj_tokens and verb.dep_ == "acl" and v.pos_ in ("NOUN", "PROPN") and (
                        verb.tag_ == "VBG" or self._others_plan(ctx, v))):
            # (not a participle hung on a thing: "held the Zapad exercise, involving some 200,000 troops"; nor
            # another's plan: "the plans of Israel to annex parts of the West Bank are null and void for us")
            actors = [ctx.speaker]  # not in a journalist's question at a press conference
        if actors and not recipients and verb.lemma_ in _SPEECH_ACTS:
            # "Brussels warned that the law would block Georgia's path": whom the warning is about
            comp = {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
            recipients = [x for x in _states(ctx, comp) if x not in actors][:1]
        if actors and not recipients and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _TELLING:
            # "Putin told Lukashenko that Russia would provide a loan": to the one told
            told = {t.i for c in verb.head.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
            recipients = [x for x in _states(ctx, told) if x not in actors]
        if actors and (not recipients or not [r for r in recipients if r not in actors] and any(
                c.dep_ == "dobj" and c.lower_ in ("them", "him", "her") for c in verb.children)) and \
                verb.dep_ == "conj" and _verbal(verb.head) and not (
                _subjects(verb) and len(actors) >= 2):  # ("…, and Kyrgyzstan and China concluded …": each other)
            # "Pashinyan met Putin in Moscow and asked for more weapons": asked Putin
            head_rest = _clause(verb.head) - subj_full - subj_tokens
            recipients = [x for x in _states(ctx, head_rest) if x not in actors]
        calling = verb.head.lemma_.lower() in ("call", "phone", "ring", "telephone") or bool(_phoned_with(verb.head))
        if actors and calling and verb.dep_ in ("advcl", "xcomp") and verb.lemma_.lower() in _ASKING_ON_CALL and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "spoke by phone with Aliyev and Pashinyan to press for an end to the fighting between the two sides":
            # asked of those called
            asked = [x for x in _states(ctx, {t for c in _callees(verb.head) for t in _np_core(c)}) if x not in actors]
            recipients = asked or recipients
        if actors and not recipients and (verb.dep_ == "advcl" or verb.dep_ == "xcomp" and calling) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and _verbal(verb.head):
            # "summoned X's ambassador to complain", "called in the envoy of X to protest": to the one summoned
            callees = _callees(verb.head) if calling else []
            met = {t for c in [*verb.head.children, *callees]
                   if c.dep_ in ("dobj", "dative") or c in callees for t in _np_core(c)}
            if not (_said_on_call(verb) and verb.lemma_.lower() in ("condemn", "express", "voice")) or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ("support", "solidarity", "condolence", "sympathy",
                                                              "gratitude", "appreciation") for c in verb.children):
                # ("telephoned Erdoğan to express his support": support for the one called)
                recipients = [x for x in _states(ctx, met) if x not in actors]  # (on a call, condemning an attack
                # accuses no one of those called)
        by = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "by" else None
        if actors and not recipients and by is not None and _verbal(by):
            # "X eases the suffering of the Syrian people by providing aid": those the means serve
            recipients = [x for x in _states(ctx, _clause(by) - _subtree(verb.head) - subj_full - subj_tokens)
                          if x not in actors]
        others = [x for x in recipients if x != ctx.speaker] or [
            x for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in ("relation", "tie")
            for p in c.children if p.dep_ == "prep" and p.lower_ == "with" for x in _states(ctx, _subtree(p))
            if x != ctx.speaker]  # ("relations with Russia were established")
        teller = ctx.speaker if ctx.speaker and is_state_code(ctx.speaker) else \
            ctx.page_state(others) if self._encyclopedia else None
        if not actors and others and teller and teller not in others and (
                verb.lemma_.lower() in _SIGNING or verb.lemma_.lower() == "establish" and any(
                    c.dep_ == "nsubjpass" and c.lemma_.lower() in ("relation", "tie") for c in verb.children)) \
                and any(c.dep_ == "auxpass" for c in verb.children) and not any(
                c.dep_ == "agent" for c in verb.children) and any(c.dep_ == "prep" and c.lower_ == "with"
                                                                  for c in [*verb.children, *(
                    t for c in verb.children if c.dep_ == "nsubjpass" for t in c.children)]):
            # a statement: "(during my visit to Moscow,) agreements were signed with the Russian Federation": by us;
            # a page on a state's relations: "Diplomatic relations with Russia were established in 1992": by it
            actors, recipients = [teller], others
        # symmetric events between coordinated subjects: "China and Georgia signed an agreement" — not when each
        # acts on its own: "Uzbekistan and Kazakhstan have invested in their railways"
        if len(set(actors)) > 1 and not recipients and not (verb.lemma_ in _SOLO_VERBS and not _jointly(verb)) and \
                not (verb.lemma_ in _INVITING and any(c.dep_ == "dobj" and c.lower_ not in ("each", "one") and
                                                      c.lemma_.lower() != "other" for c in verb.children)):
            # (not "Beijing, Moscow and Berlin have all invited the region's five presidents": others invited)
            recipients = list(actors)
        return actors, recipients

    def _organ_of_subject(self, ctx: Context, v: Any) -> list[str]:
        """A state's own organ or people as subject, owned by a pronoun ("Ghana condemned the coup, and its
        president telephoned …", "… Its foreign minister visited Bamako"): the state the clause before had as its
        subject — the first clause of the same sentence, else the sentence before in the same paragraph."""
        subj = next((c for c in _subjects(v) if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in _STATE_ORGANS or not any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children):
            return []
        if v.dep_ == "conj" and _verbal(v.head):
            states = _unique([m.state for t in _subjects(v.head) for m in ctx.mentions_in(_np_core(t))
                              if m.state and m.role != "pronoun" and is_state_code(m.state)])
            return states if len(states) == 1 else []
        return [s for s in self._subject_told_before(ctx, v, set(), "it") if is_state_code(s)]

    def _subject_told_before(self, ctx: Context, v: Any, subj_tokens: set[int], kind: str = "") -> list[str]:
        """A subject that points back ("It froze €22bn for Hungary", "The bloc imposed sanctions", "The alliance
        agreed …"): the state or group the sentence before (in the same paragraph) had as its subject, when the name
        can stand for it (domain.BACK_REFERENCES)."""
        doc = v.doc
        words = [doc[i].lower_ for i in sorted(subj_tokens)]
        kind = kind or (words[-1] if words[:1] == ["the"] and len(words) == 2 else words[0] if len(words) == 1 else "")
        wanted = BACK_REFERENCES.get(kind)
        if wanted is None:
            return []
        k = next((j for j, sent in enumerate(self._sents) if sent.start <= v.i < sent.end), 0)
        if k == 0 or "\n\n" in ctx.text[ctx.span_chars(self._sents[k - 1])[1]:ctx.span_chars(self._sents[k])[0]]:
            return []
        prev = self._sents[k - 1]
        subjects = [t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("ROOT", "conj")]
        states = _unique([m.state for t in subjects for m in ctx.mentions_in(_np_core(t)) if m.state and
                          m.role != "pronoun"])
        if len(states) != 1 or wanted and states[0] not in wanted:
            return []
        return states

    def _noun_roles(self, ctx: Context, noun: Any) -> tuple[list[str], list[str]]:
        actor_tokens: set[int] = set()
        recip_tokens: set[int] = set()
        words = noun
        if noun.dep_ == "compound" and noun.head.lemma_.lower() in _EFFORT_NOUNS:
            words = noun.head  # "the mediation efforts of Russia", "the EU's mediation attempts": the effort's words
        owned = any(c.dep_ == "poss" for c in words.children) or noun.lemma_.lower() in _TARGETED_ACTS and any(
            c.dep_ == "amod" and any(m.state for m in ctx.mentions_in({c.i})) or c.dep_ == "prep" and c.lower_ == "by"
            for c in words.children)
        # ("the Russian invasion of Ukraine", "the invasion of Ukraine by Russia": who acted is named otherwise, "of"
        # is whom the act is against)
        for c in words.children:
            if c.i == noun.i:
                continue
            if c.dep_ == "poss" or (c.dep_ == "compound" and c.i < noun.i) or c.dep_ == "amod":
                actor_tokens |= _subtree(c)
            elif c.dep_ == "prep" and c.lower_ == "of" and owned:
                recip_tokens |= _subtree(c)  # "Russia's annexation of Crimea", "their condemnation of X"
            elif c.dep_ == "prep" and c.lower_ == "from" and noun.lemma_.lower() in _LEAVING:
                recip_tokens |= _subtree(c)  # "the withdrawal of the troops from Moldova": Moldova is left
            elif c.dep_ == "prep" and c.lower_ in ("of", "by", "from") and (kin := _kin_of_owner(c)) is not None:
                # "the support of our partners, primarily the US and the EU": the partners (named in apposition)
                # act, towards those whose partners they are
                owner_toks = set().union(*(_subtree(g) for g in kin.children if g.dep_ == "poss"))
                actor_tokens |= set().union(*(_subtree(a) for a in [*kin.children, *words.children]
                                              if a.dep_ == "appos"), _subtree(kin) - owner_toks) - _told_apart(kin)
                recip_tokens |= owner_toks
            elif c.dep_ == "prep" and c.lower_ in ("of", "by", "from"):
                core = _np_core(c)
                actor_tokens |= core
                # ("the support of our partners, which imposed sanctions on Russia": the clause tells of another act)
                told = {i for g in c.subtree if g.dep_ == "relcl" for i in _subtree(g)}
                # "the withdrawal of Russian troops from Moldova": where from, or to whom, is received
                recip_tokens |= {i for g in c.subtree if g.i not in core and g.dep_ == "prep" and g.lower_ in
                                 ("from", "to", "into", "against", "with", "on") for i in _subtree(g)} - told
                actor_tokens |= _subtree(c) - recip_tokens - _told_apart(c)
            elif c.dep_ == "prep" and c.lower_ in ("in", "at") and noun.lemma_.lower() in _GATHERINGS:
                pass  # "met Xi at the summit in Samarkand": where many met, not whom they met
            elif c.dep_ == "relcl" and c.lemma_.lower() in _PARTIES_MAKE and not _negated(c) and \
                    noun.lemma_.lower() in _DEAL_NOUNS | _TRUCE_WORDS:
                # "the ceasefire that Azerbaijan and Armenia signed …": those who made it are its parties
                made_by = {i for g in c.children if g.dep_ == "nsubj" for i in _subtree(g)}
                if len(_states(ctx, made_by)) >= 2:
                    actor_tokens |= made_by
                    recip_tokens |= made_by
            elif c.dep_ == "prep":
                recip_tokens |= _subtree(c)
            elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ not in _GO_BETWEEN | _JUDGING:
                # "sanctions reimposed by America on Iran" (not "the agreement brokered by the EU": no party; nor
                # "the annexation, condemned by the EU": a reaction to it)
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ == "between" and len(_states(ctx, _subtree(g))) >= 2:
                        actor_tokens |= _subtree(g)  # "the agreement reached between Georgia and Russia"
                        recip_tokens |= _subtree(g)
                    elif g.dep_ == "agent":
                        actor_tokens |= _subtree(g)
                    elif g.dep_ == "prep" and g.lower_ in ("on", "against", "to", "with"):
                        recip_tokens |= _subtree(g)
        actor_tokens -= {i for t in words.subtree if t.dep_ == "amod" and t.tag_ == "VBN" and t.lemma_ in _GO_BETWEEN
                         for i in _subtree(t)}  # "the US-brokered ceasefire": the broker is no party to it
        gov = noun.head.head if noun.dep_ == "pobj" and noun.head.head.i != noun.head.i else None
        if gov is not None and gov.pos_ in ("VERB", "AUX") and noun.lemma_.lower() in ("mediation", "auspices") and \
                noun.head.lower_ in ("through", "with", "under", "via", "thanks"):
            # "the ceasefire that A and B signed through the mediation of X": the mediator's parties, those who signed
            recip_tokens |= {i for c in gov.children if c.dep_ == "nsubj" for i in _subtree(c)}
        if gov is not None and gov.pos_ in ("VERB", "AUX"):
            for c in gov.children:
                if c.dep_ == "prep" and c.lower_ in ("to", "with", "against", "toward", "towards") and \
                        c.i != noun.head.i:
                    recip_tokens |= _subtree(c)
        actors = _states(ctx, actor_tokens)
        recipients = _states(ctx, recip_tokens) + self._group_refs(ctx, recip_tokens, actors)
        judge = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
        if not actors and judge is not None and judge.lemma_.lower() in _JUDGED_FOR and any(
                c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in noun.children):
            # "thanked Norway for its support to Somalia": "its" is the one thanked
            actors = _states(ctx, {i for c in judge.children if c.dep_ == "dobj" for i in _np_core(c)})
            recipients = [r for r in recipients if r not in actors]
        elif not actors and noun.dep_ == "pobj" and noun.head.lower_ in ("for", "over") and any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
            # "imposed sanctions on Russia for its aggression", "criticised Moscow over its annexation of Crimea":
            # "its" is the one acted on for it, not the one acting
            gov = noun.head.head
            while gov.dep_ in ("prep", "pobj", "dobj") and gov.head.i != gov.i and gov.pos_ not in ("VERB", "AUX"):
                gov = gov.head
            acted_on = {t.i for c in [*gov.children, *(d for c in gov.children if c.dep_ == "dobj"
                                                       for d in c.children)]
                        if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("on", "against", "to")
                        for t in c.subtree if t.i < noun.head.i}
            owners = [x for x in _states(ctx, acted_on) if is_state_code(x)]
            if owners:
                actors = owners[-1:]
                recipients = [r for r in recipients if r not in actors]
        if not actors and noun.head.i != noun.i and noun.lemma_.lower() not in CONFLICT_NOUNS and \
                noun.head.lemma_.lower() not in _JUDGING and not (  # ("condemned the strike on Syria": not theirs)
                    noun.dep_ == "pobj" and noun.head.lower_ in ("amid", "amidst", "despite")) and not (
                    noun.dep_ == "pobj" and noun.head.lower_ in _TIME_PREPS and
                    noun.lemma_.lower() in self._hostile_nouns):
            # ("chose Dushanbe for his first trip after the invasion": a war named as a time is not the chooser's)
            # ("flew to Moscow amid mass protests at home": the backdrop is no act of the one who flew)
            # "Wang's visit" handled above; "the visit ... by X" or the governing verb's subject
            gov = words.head if words.i != noun.i else noun.head  # ("launched a mediation effort": the effort's)
            while gov.dep_ in ("prep", "pobj") and gov.head.i != gov.i:
                gov = gov.head
            if gov.pos_ in ("VERB", "AUX"):
                a, r = self._verb_roles(ctx, gov, noun)
                actors = a
                recipients = recipients or [x for x in r if x not in a] or (
                    list(r) if len(set(a)) == 2 and set(r) == set(a) else [])  # "A and B engaged in talks": each
                # other (among three or more, no direction is told)
        if actors and not recipients and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
            # "Sanctions reimposed by America have strangled Iran's economy": who the act's effect fell on
            hit = {t.i for c in noun.head.children if c.dep_ == "dobj" for t in c.subtree}
            recipients = [x for x in _states(ctx, hit) if x not in actors]
        return actors, recipients

    def _group_refs(self, ctx: Context, tokens: set[int], exclude: list[str]) -> list[str]:
        """ "all three countries", "both countries": the last N states named before."""
        doc = ctx.doc
        out: list[str] = []
        for i in sorted(tokens):
            t = doc[i]
            if t.lemma_ in ("country", "state", "nation", "republic") and t.tag_ == "NNS":
                n = None
                for c in t.children:
                    if c.lower_ in _COUNT_WORDS and c.dep_ in ("nummod", "det", "predet", "amod"):
                        n = _COUNT_WORDS[c.lower_]
                if n is None or any(c.dep_ in ("compound", "nmod") or c.dep_ == "amod" and c.lower_ not in _COUNT_WORDS
                                    and c.lower_ not in _ANAPHORIC_ADJ for c in t.children):
                    continue  # "the five nuclear-weapon states", "three Baltic states": a kind named, no anaphora
                prior: list[str] = []
                start = sentence_of(ctx.doc, t.i).start
                here = list(dict.fromkeys(m.state for m in ctx.mentions if start <= m.tok_start and m.tok_end <= t.i
                                          and m.state and is_state_code(m.state)))
                if len(here) >= n:  # "Greece signed an agreement with Egypt on the two countries' zones": these two
                    out.extend(x for x in here[-n:] if x not in exclude)
                    continue
                skip = exclude
                if t.dep_ == "pobj" and t.head.lower_ == "between":
                    # "the Armenian army shelled the border between the two countries": those named here are of the
                    # two, the rest are the last named before
                    prior, skip = list(reversed(here)), []
                    if set(exclude) & set(self._parts.conflict) and len(self._parts.conflict) == n:
                        prior = list(reversed(self._parts.conflict))  # the two at war, the actor one of them
                for m in reversed([m for m in ctx.mentions if m.tok_end <= start]):
                    if len(prior) >= n:
                        break
                    st = m.state
                    if st and is_state_code(st) and st not in skip and st not in prior:
                        prior.append(st)
                    if len(prior) == n:
                        break
                out.extend(x for x in reversed(prior) if x not in exclude)
        return out

    def _evidence_span(self, ctx: Context, head: Any, sent: Any) -> tuple[int, int]:
        return ctx.span_chars(sent)

    # -- dates -----------------------------------------------------------------
    def _date(self, ctx: Context, tok: Any, sent: Any, times: list[Any], anchor: str | None,
              para_date: str | None, ev: Event) -> tuple[str | None, bool]:
        s0, _ = ctx.span_chars(sent)
        tpos = ctx.char(tok.i) - s0
        best = None
        own = _own_clause_chars(ctx, tok, s0)
        verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)
        verb_clause = {ctx.char(i) for i in _clause(verb)} if verb is not None else set()
        denied = {ctx.char(x.i) for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i for x in c.subtree} \
            if ev.type == "REJECT" and _verbal(tok) else set()  # "denied that its troops had fired on Monday" (not a
        # clause before it the parser hung there: "In August 2002 X proposed …; Y rejected the idea")
        if ev.type in _REACTIONS and _verbal(tok) and ctx.speaker and ctx.speaker in ev.actors and \
                tok.lemma_.lower() in _SAID_OF_A_DEED and _present_simple(tok):
            # a statement's "we regret the withdrawal of X from the agreement last year": regretted as it is said;
            # a time it names is the deed's
            return ctx.published, False
        if ev.type == "REQUEST" and _verbal(tok) and ctx.speaker and ev.actors == [ctx.speaker] and \
                _present_simple(tok) and not any(t.kind == "relative" for t in times):
            return ctx.published, False  # "We call on X to fulfil the Agreement of 12 August 2008": asked now
        deal = tok.head if tok.dep_ in ("acl", "relcl") and _verbal(tok) else tok
        if deal.i != tok.i and deal.ent_type_ == "DATE" and deal.dep_ == "pobj" and deal.head.lower_ == "of":
            deal = deal.head.head  # (the parser may hang "signed by …" on the date: "the statement of 9 November")
        if deal.lemma_.lower() in _DATED_PAPERS and deal.pos_ == "NOUN":
            # "the trilateral statement of November 9, 2020, signed by …", "the ceasefire agreement of 12 August
            # 2008, which was brokered by the EU": the paper's own date is when it was made
            of_date = {ctx.char(x.i) for p in deal.children if p.dep_ == "prep" and p.lower_ == "of"
                       for x in p.subtree}
            dated = next((t for t in times if t.kind == "absolute" and t.value and s0 + t.start in of_date), None)
            if dated is not None:
                return str(dated.value), True
        noted = {ctx.char(x.i) for c in (verb.children if verb is not None else []) if c.dep_ == "advcl" and
                 c.lemma_.lower() in _NOTING and c.i > tok.i for x in c.subtree}
        for t in times:
            if s0 + t.start in denied or s0 + t.start in noted:
                continue  # (the time of what is denied, not of the denial; "discussed ways to expand ties, noting
                # that trade reached $700 million last year": the time of what is noted, not of the talks)
            if _in_a_since_clause(ctx, sent, s0 + t.start, tok):
                continue  # "met Putin for the first time since Russia invaded Ukraine in February": that clause's
            if t.kind == "span" or _aside(ctx, tok, s0 + t.start) or _year_of_a_thing(ctx, tok, sent, s0 + t.start, t):
                continue
            if ctx.char(tok.i) > s0 + t.start and \
                    _present_perfect(next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), tok)) and \
                    re.search(r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+[^,;]{0,60}?)?$",
                                                   ctx.text[max(s0, s0 + t.start - 80):s0 + t.start], re.I):
                continue  # "has committed $56 billion since February 2022": a total up to now, not an act then
            if re.search(r"\b(?:first|last)\s+time\s+(?:in\s+[\w\s]{1,20}?\s+)?since\s+(?:the\s+)?$",
                         ctx.text[max(s0, s0 + t.start - 60):s0 + t.start], re.I):
                continue  # "sending troops for the first time since 2003": the act is not of 2003
            if t.value and ctx.published and str(t.value) > ctx.published[:len(str(t.value))] and re.search(
                    r"\b(?:by|until|till|through)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?$",
                    ctx.text[max(s0, s0 + t.start - 30):s0 + t.start]):  # ("until the end of 2028")
                continue  # "ordered them to leave by April 30", "extending the lease until 2044": a term ahead, not
                # when the act was done
            # a time in the trigger's own clause before one in a clause joined to it ("signed X in 2014 and applied
            # for Y in March 2022": the application is of 2022)
            if own is not None and not own[0] <= t.start < own[1] and _present_simple(tok):
                continue  # "Lithuania supports Ukraine, and last month I went to Kyiv": the support is now
            dist = abs(t.start - tpos) + (0 if own is None or own[0] <= t.start < own[1] else 10_000) + (
                0 if not verb_clause or s0 + t.start in verb_clause else 5_000) + (  # ("relations are now being
                # normalized: I met Putin on 9 August": a time of the verb's own clause first)
                3_000 if verb is not None and _dates_a_thing(ctx, verb, tok, s0 + t.start, s0 + t.end) else 0)
            # ("Days after Russia's invasion on 24 February, Georgia applied … on 3 March": the invasion's day)
            if best is None or dist < best[0]:
                best = (dist, t)
        if best is not None:
            t = best[1]
            if t.kind == "relative":  # ("four days before", "in the same year": of the date told last, whatever
                # happened then)
                told = counted(t.raw) or re.search(r"\b(?:same|that)\s+(?:year|month|day)\b", t.raw, re.I) or (
                    re.search(r"\bday\b", t.raw, re.I) and re.fullmatch(r"\d{4}-\d\d-\d\d", self._told or ""))
                key = (s0, t.start)  # (one phrase dates every act it governs alike: "telephoned … the following
                # day to express support" — not a day later again for the support)
                here = next((str(x.value) for x in reversed(times) if x.start < t.start and x.value and
                             x.kind in ("absolute", "month_only") and "/" not in str(x.value)), None) \
                    if counted(t.raw) or told else None  # ("On 26 August Russia recognised …; Georgia responded …
                # three days later": counted from the date told before it in the sentence; "In June 2009 …;
                # Lukashenko retaliated … later that month": that June)
                value = self._relative_seen.get(key) or resolve_relative(
                    t.raw, ctx.anchor, here or (self._told if told else None) or anchor)
                if value:
                    self._relative_seen[key] = value
                    return value, True
            elif t.value:
                at = next((x for x in sent if ctx.char(x.i) >= s0 + t.start), tok)
                ahead = ev.hypothetical or any(c.dep_ == "aux" and c.lower_ == "to" for c in (
                    verb.children if verb is not None else tok.children)) and not (
                    verb is not None and verb.dep_ == "xcomp" and
                    not verb.left_edge.i <= at.i <= verb.right_edge.i) or \
                    bool(re.search(r"\b(?:for|until|till)\s+(?:the\s+)?$", ctx.text[max(s0, s0 + t.start - 12):
                                                                                   s0 + t.start]))
                # ("proposed to hold the next meeting in November", "a second wave for November": the coming one)
                return _ahead_if_future(str(t.value), t.kind, sent, ctx.anchor, ahead), True
        after = _after_a_dated_happening(ctx, tok, times, s0) or self._reaction_date(ctx, tok, ev)
        if after:
            return after, True
        if ctx.speaker and ctx.speaker in ev.actors and not (para_date and (
                retold(tok) or _story_goes_on(tok, para_date, ctx.published))):
            return ctx.published, False  # (what the speaker's state had done is dated by the story told around it)
        if _ongoing(tok):
            return ctx.published, True  # "X continues to shell …": going on as the text is written, not a retelling
        if _present_perfect(tok):
            return ctx.published, False  # "X has worked with Y": up to the time of writing, not the story's date
        if para_date is None and self._encyclopedia and \
                tok.tag_ in ("VBD", "VBN"):
            # an encyclopedia tells history, not news: a past act with no date of its own is of the year the text
            # told last ("## Transnistria War … Shortly after independence, Russian troops attacked …"), not of the
            # day the page was saved
            return (self._told[:4] if self._told else None), False
        return para_date or ctx.published, False


#: the word of a visit told as a stay ("was in Moscow")
_BEEN_THERE = "(was in)"
#: gatherings one takes part in ("took part in the second Belt and Road Forum"): a meeting
_TAKEN_PART_IN = frozenset({"forum", "summit", "conference", "meeting", "talk", "talks", "session", "ceremony",
                            "congress", "celebration", "commemoration", "parade", "dialogue", "consultation"})
#: what a war is waged with when no one fights ("a sanctions war", "the trade war", "an information war")
_FIGURATIVE_WARS = frozenset({"sanction", "sanctions", "trade", "tariff", "price", "information", "propaganda",
                              "currency", "gas", "media", "word", "words", "culture", "cultural", "diplomatic",
                              "economic", "legal", "lawfare", "cold", "bidding"})
#: participles that add what was said or noted to an act ("…, noting that trade reached $700m last year")
_NOTING = frozenset({"note", "say", "add", "recall", "point", "mention", "observe", "remark", "cite", "acknowledge"})


def _a_figures_year(text: str, start: int, end: int) -> bool:
    """A year that dates a figure ("trade grew by a third in 2017 to some $2 billion", "up by a third on 2020"), not
    the story a paragraph tells: a day or month told next without a year is not of it."""
    return change_base(text, start) or bool(
        _FIGURE_VERB.search(text, max(0, start - 50), start) and _FIGURE.search(text[max(0, start - 60):end + 60]))


#: a verb that tells a figure's size ("grew by a third", "reached $2bn")
_FIGURE_VERB = re.compile(r"\b(?:grew|grown|rose|risen|fell|fallen|increased|decreased|declined|doubled|tripled|"
                          r"reached|totall?ed|amounted|stood)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}$", re.I)  # ("$11.2bn")
#: a sum, share or count
_FIGURE = re.compile(r"[$€£]\s?\d|\b\d[\d.,]*\s?(?:%|per\s?cent|percent|bn|billion|million|trillion)\b", re.I)


#: between two items of a list of names ("A, B and the C")
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


#: means by which something is done, never its doer ("agreed by telephone")
_MEANS = frozenset({"telephone", "phone", "videoconference", "video", "link", "letter", "email", "mail", "decree",
                    "consensus", "acclamation", "majority", "referendum", "cable", "fax", "post"})
#: verbs of setting out on a journey ("went on a tour of …", "embarked on a trip to …")
_SETTING_OUT = frozenset({"go", "set", "embark", "leave", "depart", "head", "be", "begin", "start", "travel", "fly",
                          "wrap", "complete", "end", "finish", "continue"})
#: what a hostile act is called ("We regard these steps as a direct threat to our security")
_HARMFUL_ACTS = frozenset({"threat", "provocation", "violation", "aggression", "interference", "escalation"})
#: hostile acts whose "of X" is the one they are done to ("condemned the invasion of Ukraine": not Ukraine's)
_DONE_TO_NOUNS = frozenset({"invasion", "occupation", "annexation", "bombing", "shelling", "bombardment",
                            "blockade", "seizure", "dismemberment", "partition"})
#: words that call an act hostile ("an unfriendly step")
_HOSTILE_ADJ = frozenset({"unfriendly", "hostile", "provocative", "illegal", "illegitimate", "aggressive",
                          "destructive", "irresponsible", "unacceptable", "confrontational", "provocation"})
#: asking done on a telephone call, of the one called ("called Aliyev to urge restraint")
_ASKING_ON_CALL = frozenset({"urge", "press", "push", "ask", "request", "appeal", "demand", "encourage", "warn"})
#: goods given in relief ("shared doses of vaccine with X", "shipped medical supplies to Y")
_RELIEF_GOODS = frozenset({"dose", "vaccine", "supply", "medicine", "food", "equipment", "aid", "assistance", "tent",
                           "blanket", "ventilator", "mask", "grain", "wheat", "rice", "fuel", "generator"})
#: what a telephone call is made to do ("called Modi to condemn the attack and offer support")
_CALL_PURPOSES = frozenset({"condemn", "discuss", "express", "offer", "congratulate", "convey", "thank", "reaffirm",
                            "exchange", "brief", "extend", "pledge", "assure", "voice", "underscore", "stress"}) | \
    _ASKING_ON_CALL


def _story_goes_on(tok: Any, para_date: str, published: str | None) -> bool:
    """A past act of the speaker's own told after a dated one, in a speech known only by its year ("In June I met Xi
    and Putin. We agreed to speed up the corridor"): of that month, not just of the year."""
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), tok)
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
        published is not None and len(published) == 4 and para_date[:4] == published and len(para_date) > 4


def _after_a_dated_happening(ctx: Context, tok: Any, times: list[Any], s0: int) -> str | None:
    """An act told as following a happening dated in a clause of its own ("After the earthquake that struck
    Morocco on 8 September 2023, Spain dispatched a rescue team"): of that month — on or after the day, not
    necessarily on it."""
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), tok)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("after", "following"):
            continue
        within = {ctx.char(i) for i in _subtree(prep)}
        for t in times:
            if t.kind in ("absolute", "month_only") and t.value and "/" not in str(t.value) and \
                    s0 + t.start in within:
                return str(t.value)[:7]
    return None


#: verbs of backing a text put to a vote ("voted for", "co-sponsored", "backed" the resolution)
_PAPER_BACKING = frozenset({"vote", "support", "back", "sponsor", "co-sponsor", "cosponsor", "endorse", "approve",
                            "adopt", "join", "sign", "issue", "release", "publish"})
#: nouns for a state's government, antecedents of "which" ("Pashinyan's government, which …")
_GOVERNMENTS = GOVERNMENT_NOUNS | {"cabinet", "ministry"}
#: verbs by which the parties to a deal make it ("the truce that A and B signed")
_PARTIES_MAKE = frozenset({"sign", "conclude", "reach", "strike", "ink", "seal", "agree", "negotiate", "initial"})
#: verbs of answering with a paper ("responded with a statement accusing X"): the one answering issued it
_ANSWERING = frozenset({"respond", "reply", "react", "answer", "retort", "hit"})


def _to_cease_fire(deal: Any) -> bool:
    """A deal whose content is a truce: "an agreement was reached to cease hostilities"."""
    return any(c.dep_ in ("acl", "advcl", "xcomp") and c.lemma_.lower() in ("cease", "stop", "end", "halt") and any(
        g.dep_ == "dobj" and g.lemma_.lower() in ("hostility", "hostilities", "fire", "fighting", "fight")
        for g in c.children) for c in [*deal.children, *deal.head.children])  # (or on the verb: "was reached to …")


def _dates_a_thing(ctx: Context, verb: Any, trigger: Any, c0: int, c1: int) -> bool:
    """A time hung on a happening named by a noun on its way to the verb ("after Russia's invasion on 24
    February"), not on the verb itself."""
    tok = next((t for t in verb.sent if ctx.char(t.i) == c0), None)
    x = tok
    for _ in range(12):
        if x is None or x.i == verb.i or x.head.i == x.i:
            return False
        x = x.head
        if x.i in (verb.i, trigger.i):
            return False  # (the trigger's own time: "the invasion on 24 February")
        if x.pos_ in ("NOUN", "PROPN") and not c0 <= ctx.char(x.i) < c1 and x.lemma_.lower() not in _TIME_NOUNS:
            return x.lemma_.lower() in _HAPPENINGS | _WARS | CONFLICT_NOUNS | {"invasion", "attack", "war"}
    return False


def _judged_wrong(clause: Any) -> bool:
    """A "that" clause a speaker judges wrong: "I find it unacceptable that X continues to …", "It is regrettable
    that X …"."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or clause.head.i == clause.i:
        return False
    frame = clause.head
    words = [frame.text, *(c.text for c in frame.children if c.dep_ in ("acomp", "oprd", "ccomp") and c.pos_ == "ADJ")]
    return bool(_NEG_EVAL.search(" ".join(words)))


def _going_on(noun: Any, trig: Trigger) -> bool:
    """A hostile act told as going on: "Russia's aggression against Ukraine continues", "the occupation of our
    territories persists" (the act is being done as the text is written)."""
    if noun.dep_ == "appos" and noun.head.dep_ == "nsubj" and noun.head.lower_ in ("president", "chair", "chairman"):
        noun = noun.head  # "Mr. President, Russia's aggression … continues": the parser hangs it on the address
    return trig.type in ("ASSAULT", "COERCE", "SANCTION") and noun.dep_ == "nsubj" and \
        noun.head.lemma_.lower() in ("continue", "persist") and noun.head.pos_ == "VERB" and \
        not _negated(noun.head) and not _hypothetical(noun.head)


def _kin_in(noun: Any) -> bool:
    """"Our brothers in X", "his friends in Y": the people of a state named by a speaker's bond to them."""
    return noun.lemma_.lower() in _HELD_DEAR and any(c.dep_ == "poss" for c in noun.children)


def _meeting_of_where_clause(verb: Any) -> Any:
    """The meeting verb a "where"/"at which" clause hangs from ("hosted the leaders in Avaza, where we agreed …",
    "met X in Astana, where …"), or None."""
    if verb.dep_ != "relcl" or not any(t.lower_ == "where" and t.dep_ == "advmod" for t in verb.subtree
                                       if t.i < verb.i or t.head.i == verb.i or t.head.head.i == verb.i):
        return None
    gov = verb.head
    while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
        gov = gov.head
    return gov if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in _MEETING_HEADS else None


#: verbs of a meeting a "where" clause can hang from
_MEETING_HEADS = frozenset({"meet", "host", "visit", "receive", "welcome", "hold", "attend", "gather", "convene"})


#: who a peacekeeping or monitoring deployment sends
_PEACE_MISSIONS = frozenset({"peacekeeper", "peacekeepers", "peacekeeping", "monitor", "monitors", "observer",
                             "observers", "monitoring"})
#: people held by another state, whose release is a concession
_HELD = frozenset({"prisoner", "captive", "hostage", "detainee", "pow", "pows", "serviceman", "servicemen"})


def _nationals(tok: Any) -> bool:
    """People named by their nation, counted ("215 Ukrainians", "dozens of Armenians"): released, they were held."""
    return tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS") and any(
        c.like_num or c.lemma_.lower() in ("dozen", "hundred", "thousand", "some", "several") for c in tok.children)


def _held_people(tok: Any) -> bool:
    """A noun for people held by another state ("15 Armenian detainees", "prisoners of war", "the captives")."""
    return tok.lemma_.lower() in _HELD or tok.lower_ in _HELD


def _backers_of_paper(paper: Any) -> list[Any]:
    """The subjects who backed a resolution or statement ("voted for / in favour of / co-sponsored the resolution"),
    when the sentence says they did; none for those who voted against it or abstained."""
    if paper.lemma_.lower() not in ("resolution", "statement", "declaration", "motion", "draft", "text"):
        return []
    gov = paper.head
    if paper.dep_ == "pobj" and gov.lower_ == "for":
        gov = gov.head
    elif paper.dep_ == "pobj" and gov.lower_ == "of" and gov.head.lower_ in ("favour", "favor", "support") and \
            gov.head.head.pos_ == "ADP":
        gov = gov.head.head.head  # "voted in favour of the resolution"
    elif paper.dep_ == "pobj" and gov.lower_ == "with" and gov.head.lemma_.lower() in _ANSWERING:
        return [c for c in gov.head.children if c.dep_ == "nsubj"]  # "responded with a statement accusing X"
    elif paper.dep_ != "dobj":
        return []
    if gov.pos_ != "VERB" or gov.lemma_.lower() not in _PAPER_BACKING or _negated(gov):
        return []
    return [c for c in gov.children if c.dep_ == "nsubj"]


def _said_on_call(verb: Any) -> bool:
    """The purpose of a telephone call that happened ("called Modi to condemn …and offer …"): done on the call."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    purpose = _purpose_of_call(verb.head) if verb.dep_ in ("advcl", "xcomp") else None
    return purpose is not None and purpose.i == verb.i


def _phoned_with(verb: Any) -> list[Any]:
    """Those a past "spoke/talked by phone with …" was with; none for other verbs."""
    if verb.lemma_.lower() not in ("speak", "talk") or not _past(verb) or not any(
            c.dep_ == "prep" and c.lower_ in ("by", "over", "on") and any(
                g.lemma_.lower() in ("phone", "telephone") for g in c.children) for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
            if g.dep_ == "pobj"]


def _callees(call: Any) -> list[Any]:
    """Whom a call was made to: its object ("called Erdogan on Tuesday"), also when the parser took a lone name for
    the object's complement (as in "called him a liar"), or those one "spoke by phone with"."""
    if with_ := _phoned_with(call):
        return with_
    objs = [c for c in call.children if c.dep_ == "dobj"]
    return objs or [c for c in call.children if c.dep_ == "oprd" and c.pos_ == "PROPN" and c.ent_type_ in (
        "PERSON", "GPE", "ORG")]


def _purpose_of_call(call: Any) -> Any:
    """A telephone call that happened, told by the call's purpose: "called Indian Prime Minister Modi on Tuesday to
    condemn the attack" (not "called on X to …" nor "called for …"). Returns the purpose verb, or None."""
    if _phoned_with(call):  # "spoke by phone with Aliyev to press for an end to the fighting"
        pass
    elif call.lemma_.lower() not in ("call", "ring", "phone", "telephone") or not _past(call) or any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "for") and not any(
                g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in call.children) or not any(
            c.dep_ in ("dobj", "oprd") and (c.ent_type_ in ("PERSON", "GPE") or c.pos_ == "PROPN")
            for c in _callees(call)):
        return None
    return next((c for c in call.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _CALL_PURPOSES
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _in_a_since_clause(ctx: Context, sent: Any, at: int, tok: Any) -> bool:
    """Whether the time at char ``at`` lies in a "since …" clause ("for the first time since Russia invaded Ukraine in
    February") that does not hold the act's word ``tok``."""
    word = next((x for x in sent if ctx.char(x.i) >= at), None)
    if word is None:
        return False
    for a in [word, *word.ancestors]:
        if a.pos_ in ("VERB", "AUX") and any(c.lower_ == "since" and c.dep_ == "mark" and c.i < a.i
                                             for c in a.children):
            return tok.i not in {x.i for x in a.subtree}
    return False


#: nouns for ground, which no date names ("territory of 13 September" is a misparse of "the attack … of 13 September")
_GROUND = frozenset({"territory", "soil", "land", "region", "area", "border", "city", "village", "town", "coast"})


def _year_of_a_thing(ctx: Context, tok: Any, sent: Any, at: int, t: Any) -> bool:
    """A date that names a thing rather than when the act happened ("urged Caracas to respect the 1899 boundary",
    "under the 1951 Mutual Defense Treaty", "the July 12, 2016 arbitral award", "a state on the lines of 4 June
    1967"): not the event's date. A deal signed or ratified ("signed the 2014 Association Agreement") and the event
    noun itself ("the 2008 war") keep it."""
    span = [x for x in sent if at <= ctx.char(x.i) < at + len(t.raw.rstrip())]
    if not span or span[0].i == 0 or span[-1].i + 1 >= len(sent.doc):
        return False
    before, after = sent.doc[span[0].i - 1], sent.doc[span[-1].i + 1]
    if before.lower_ == "of" and before.head.lemma_.lower() in _PAPERS and tok.dep_ in ("acl", "advcl") and (
            tok.head.i == before.head.i or tok.head.i in {a.i for a in before.head.ancestors}):
        return False  # "voted for the resolution of 2 March 2022 condemning …": the day it was voted and said
    if before.lower_ == "of" and before.head.pos_ == "NOUN" and before.head.i != tok.i and \
            before.head.lemma_.lower() not in _TIME_NOUNS | _HAPPENINGS | _WARS | CONFLICT_NOUNS | _MISFORTUNES and \
            before.head.lemma_.lower() not in _GROUND:
        # (not ground the parser hung it under: "the attack on Armenian territory of 13 September" is of that day)
        return True  # "on the lines of 4 June 1967"; not "condemned the coup of 18 August 2020": what it answers
    if before.lower_ not in ("the", "its", "their", "a", "an") or after.pos_ not in ("NOUN", "ADJ", "PROPN") or \
            after.is_punct:  # (also "under a 1997 friendship treaty")
        return False
    thing = after
    while thing.dep_ in ("amod", "compound") and thing.head.i > thing.i and thing.head.pos_ in ("NOUN", "PROPN"):
        thing = thing.head  # "the 1951 Mutual Defense Treaty": the treaty
    ids = {x.i for x in span}
    if not re.fullmatch(r"\d{4}", t.raw.strip()) and thing.lemma_.lower() in _DEAL_NOUNS | _WARS | CONFLICT_NOUNS | {
            "ceasefire", "truce"}:
        return False  # "the 12 August 2008 ceasefire agreement": a deal named by its day is the one then reached
    if thing.i == tok.i or thing.lemma_.lower() in _TIME_NOUNS or thing.pos_ not in ("NOUN", "PROPN") or not (
            any(x.head.i == thing.i for x in span) or thing.head.i in ids):
        return False  # (the date must be hung on the thing: not "in the summer of 2020 Belarus expelled …")
    if thing.lemma_.lower() in _HAPPENINGS | _WARS | CONFLICT_NOUNS:
        return False  # "did not recognise the results of the 2020 election", "started the 2008 war": what it answers
    return not (thing.head.i == tok.i and thing.dep_ in ("dobj", "nsubjpass") and thing.lemma_.lower() in _DEAL_NOUNS)


#: an act told as done at the meeting told before ("During the summit, …", "signed … during the visit")
_AT_THAT_MEETING = re.compile(r"\b(?:[Dd]uring|[Aa]t|on the (?:sidelines|margins) of)\s+(?:the|that|this|his|her)\s+"
                              r"(?:[\w-]+\s+)?(?:summit|visit|talks|meeting|trip|conference|forum)\b")
#: verbs of bringing others to oneself: what they invite or host is not each other
_INVITING = frozenset({"invite", "host", "receive", "welcome", "court", "woo"})
#: military people sent abroad who are not troops ("Russian military instructors arrived in Niamey")
_TRAINERS = frozenset({"instructor", "adviser", "advisor", "trainer", "mercenary", "personnel", "contractor"})
#: things that happen on a day ("the coup attempt of 15 July 2016", "the earthquake of 6 February 2023")
_MISFORTUNES = frozenset({"attempt", "bombing", "shooting", "massacre", "earthquake", "disaster", "flood", "floods",
                          "explosion", "assassination", "killing", "crash", "tragedy", "events", "incident"})
#: happenings a year names ("the 2020 election"): an act on them is dated by them when nothing else dates it
_HAPPENINGS = frozenset({"election", "referendum", "vote", "poll", "coup", "summit", "revolution", "uprising",
                         "protest", "crisis", "invasion", "attack", "visit", "meeting", "talks", "games", "olympics",
                         "operation", "earthquake", "crash", "incident", "explosion", "blast", "flood", "floods"})



def _ahead_if_future(value: str, kind: str, sent: Any, published: str | None, ahead: bool = False) -> str:
    """A month or day named without a year in a sentence about the future ("will visit China on November 2", in a
    text of 29 October), or for an act still ahead (``ahead``), is the coming one, not the one of the year before
    ("last October" has its year)."""
    if kind != "month_only" or not published or len(published) < 7 or not value[:4].isdigit():
        return value
    future = ahead or any(t.dep_ == "aux" and t.lower_ in ("will", "shall", "'ll") and not any(
        a.dep_ in ("relcl", "acl") for a in [t.head, *t.head.ancestors]) for t in sent)
    # (not a deal's content: "In November, Putin and Tokayev signed an agreement under which Gazprom will supply gas")
    if future and int(value[:4]) == int(published[:4]) - 1 and value[5:7] > published[5:7]:
        return published[:4] + value[4:]
    return value


_PAST = {"VBD", "VBN"}
_MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"}


#: verbs whose "to"-complement is undertaken, not done: the commitment is the event (events_speech.commitment)
_UNDERTAKING = frozenset({"promise", "pledge", "vow", "offer", "agree", "undertake", "commit", "volunteer",
                          "guarantee", "swear", "resolve", "threaten", "warn"}) | WANT_HEADS
_REAFFIRM = {"reaffirm", "affirm", "reiterate", "renew", "confirm", "underscore", "underline"}
_ALLEGING = {"accuse", "blame", "charge", "suspect"}
#: verbs by which an act draws a reaction from others: "drawing condemnation from X", "sparked protests by X"
_DRAWING = {"draw", "provoke", "elicit", "spark", "prompt", "attract", "earn", "receive", "face", "trigger", "incur"}


#: verbs that undo a sanction or a coercive measure: "lifted the embargo", "eased the restrictions"
_EASING = frozenset({"lift", "ease", "end", "remove", "relax", "loosen", "scrap", "rescind", "revoke", "waive",
                     "cancel", "repeal"})
#: verbs that stop another's measure or proposal before it is made: "blocked Sweden's bid", "vetoed the sanctions"
_THWARTING = frozenset({"block", "veto", "torpedo", "thwart", "obstruct"})
#: verbs by which a meeting is stayed away from: "skipped the summit", "boycotted the talks"
_SKIPPING = frozenset({"skip", "boycott", "miss", "snub", "shun", "avoid"})
#: what a release or an involvement is of when it is no act between states: "released footage", "involved in a
#: collision"
_RELEASED_MATTER = frozenset({"footage", "video", "image", "photo", "photograph", "picture", "statement", "report",
                              "data", "figure", "detail", "information", "list", "result", "recording", "tape",
                              "document", "communique", "communiqué", "text", "transcript", "book", "album", "film",
                              "budget", "forecast", "estimate", "map", "plan", "version", "update", "poster", "clip",
                              "graphic", "cartoon", "animation", "readout", "paper", "guideline", "strategy"})
_MISHAPS = frozenset({"collision", "incident", "accident", "standoff", "stand-off", "dispute", "crash", "scandal",
                      "row", "spat", "controversy"})


_DEMANDS = frozenset({"demand", "requirement", "condition", "precondition", "request", "obligation", "commitment",
                      "deadline", "target", "expectation", "criterion", "criteria", "standard", "need", "goal"})


def _threatened(noun: Any) -> bool:
    """A forceful act named as what was threatened: "threatened sanctions against X", "threatened X with
    sanctions", "warned of reprisals"."""
    h = noun.head
    if noun.dep_ == "dobj" and h.lemma_.lower() in THREAT_HEADS:
        return True
    return noun.dep_ == "pobj" and h.lower_ in ("with", "of") and h.head.i != h.i and \
        h.head.lemma_.lower() in THREAT_HEADS


#: verbs by which one has another's backing ("had the EU's full backing", "enjoys the support of")
_HAVING_BACKING = frozenset({"have", "enjoy", "receive", "get", "win", "gain", "secure", "retain", "keep"})
#: crowds that act for no state by name ("protesters stormed the embassy")
_CROWDS = frozenset({"crowd", "protester", "protestor", "demonstrator", "mob", "rioter"})
#: verbs of winning land back ("liberated Kherson", "retook the district", "recaptured 12 villages")
_RETAKING = frozenset({"liberate", "retake", "retook", "retaken", "recapture", "reclaim"})
#: what is won back: land, not people
_LAND_WORDS = frozenset({"city", "town", "village", "settlement", "territory", "land", "area", "region", "district",
                         "oblast", "province", "kilometre", "kilometer", "mile", "bank", "island", "port", "airport",
                         "hill", "height", "heights", "enclave", "part", "half", "rest", "control", "ground"})


def _land_taken(ctx: Context, tok: Any) -> bool:
    """The verb's object is land: a place named ("liberated Kherson City") or a word for land ("12 settlements",
    "more than 8,000 square kilometres")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in _LAND_WORDS or o.ent_type_ in ("GPE", "LOC", "FAC") or any(
        m.actor.startswith("place:") or m.role in ("capital", "name") and m.actor == m.state
        for m in ctx.mentions_in(set(_np_core(o)))) for o in objs)


def _leads_a_state(ctx: Context, m: Any) -> bool:
    """The person mentioned headed their state or government when the text was written ("We congratulate President
    Hassan Sheikh Mohamud on his election": Somalia's president, not the Assembly's)."""
    published = ctx.published
    return m.actor.startswith("person:") and published is not None and any(
        o.office in ("head_of_state", "head_of_government") and o.state == m.state
        for o in Registry.default().offices(person=m.actor, on=published[:4]))


def _not_an_act(tok: Any, typ: str, hostile: frozenset[str]) -> bool:
    """Trigger words used of something that is no act between states: "released the footage" (no concession),
    "were involved in a collision" (no cooperation), "calls to exercise a right" (no phone call)."""
    lemma = tok.lemma_.lower()
    if lemma == "undertake":
        return not any(c.dep_ == "xcomp" for c in tok.children)  # "undertook to respect …", not "measures undertaken"
    if lemma == "release" and typ == "CONCEDE":  # ("footage released by X": the matter the release is of)
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _RELEASED_MATTER for c in tok.children) \
            or tok.dep_ == "acl" and tok.head.lemma_.lower() in _RELEASED_MATTER
    if lemma == "build" and typ == "COOPERATE" and any(c.dep_ == "prep" and c.lower_ in ("on", "upon")
                                                       for c in tok.children):
        return True  # "builds its policies on traditions of …": bases, constructs nothing
    if lemma == "involve" and typ == "COOPERATE":
        return any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in _MISHAPS or g.lemma_.lower() in hostile) for g in c.children)
            for c in tok.children)
    if typ in ("AID", "SUPPORT") and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
            tok.head.lemma_.lower() in ("need", "require", "lack", "await") or typ in ("AID", "SUPPORT") and \
            tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lemma_.lower() in ("need", "want", "lack"):
        return True  # "18 million Afghans now need humanitarian assistance", "left 24 million Yemenis in need of
        # humanitarian assistance": a need, no aid given
    if lemma == "call" and typ == "CONSULT" and tok.pos_ == "NOUN":  # "calls for a ceasefire", "calls to leave"
        nxt = tok.doc[tok.i + 1:tok.i + 3]  # (by the words: the parser hangs "for" on the verb as often)
        return len(nxt) > 0 and (nxt[0].lower_ == "for" or nxt[0].lower_ == "to" and len(nxt) > 1 and
                                 nxt[1].tag_ == "VB")
    return False


#: verbs of asking for: what they ask for has not happened ("called for talks", "urged a ceasefire")
_ASKING_FOR = frozenset({"call", "urge", "demand", "request", "ask", "appeal", "press", "push", "plead", "seek"})


def _asked_for_noun(noun: Any) -> bool:
    """A nominal trigger named as what is asked for: "urged a ceasefire", "called for talks with Y"."""
    h = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or h.i == noun.i:
        return False
    if noun.dep_ == "dobj":
        return h.lemma_.lower() in _ASKING_FOR
    return noun.dep_ == "pobj" and h.lower_ == "for" and h.head.i != h.i and h.head.lemma_.lower() in _ASKING_FOR


_IMPLIED = "(undertaking on the conflict)"
#: verbs of ending a conflict, and the conflict words they end: "seek to end the violence", "pledged to stop the war"
_ENDING = frozenset({"end", "stop", "halt", "resolve", "settle", "de-escalate", "defuse", "calm"})
_CONFLICT_WORDS = CONFLICT_NOUNS | {"violence", "bloodshed", "crisis", "dispute", "tension", "tensions"}
_BY_FORCE = re.compile(r"\b(?:by (?:military )?force|militarily|military force|force of arms|by arms)\b", re.I)


def _undertaking_on_conflict(verb: Any) -> str | None:
    """A verb that is the content of an undertaking made about a conflict — "AGREE" for one to end it ("the US
    would seek to end the violence", "pledged to help stop the fighting"), "THREATEN" for one to act by force ("vowed
    to take back the region, using military force if necessary") — else None. The undertaking must have been made
    (events_speech.commitment), and the verb have no trigger of its own."""
    if verb.pos_ != "VERB" or verb.dep_ != "xcomp" and not any(c.dep_ == "aux" and c.lower_ in ("will", "would")
                                                               for c in verb.children):
        return None
    kind = commitment(verb)
    if kind not in ("promise", "threat"):
        return None
    if verb.lemma_.lower() in _ENDING and any(c.dep_ == "dobj" and c.lemma_.lower() in _CONFLICT_WORDS
                                              for c in verb.children):
        return "AGREE"
    if kind == "threat" or verb.head.lemma_.lower() in ("vow", "pledge", "promise", "swear"):
        text = " ".join(t.text for t in verb.subtree if t.i > verb.i)
        if _BY_FORCE.search(text):
            return "THREATEN"
    return None


def _refuser(verb: Any) -> Any | None:
    """The verb of refusing whose content ``verb`` is ("refused to recognise", "declined to meet"), when the
    refusal itself happened (not negated, not modal); None otherwise."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in ("refrain", "abstain", "desist"):
        verb, head = head, head.head  # "refrained from ratifying the protocols": a refusal
    elif verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in ("refuse", "decline"):
        return None
    if any(c.dep_ == "neg" for c in verb.children) or _negated(head):
        return None
    return head


def _drawn_tail(verb: Any) -> set[int]:
    """The list of those an act drew a reaction from, "…, drawing condemnation from A, the B and the C", to the
    end of the sentence: the parser often hangs the list's later items on the main verb."""
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and c.i > verb.i and c.lemma_.lower() in _DRAWING:
            near = [*c.children, *(g for d in c.children if d.dep_ == "dobj" for g in d.children)]
            src = next((g for g in near if g.dep_ == "prep" and g.lower_ in ("from", "by")), None)
            if src is None:
                return set()
            tail = range(src.i, sentence_of(verb.doc, src.i).end)
            if any(verb.doc[i].pos_ == "VERB" for i in tail):
                return set()  # a clause of its own follows
            return set(tail)
    return set()


def _alleged(verb: Any) -> bool:
    """The act an accusation is about: "accused X of supporting Y", "blamed X for shelling Y"."""
    v = verb
    for _ in range(3):
        if v.dep_ == "pcomp" and v.head.lower_ in ("of", "for") and v.head.head.lemma_ in _ALLEGING:
            return True
        if v.dep_ not in ("xcomp", "conj", "pcomp", "advcl") or v.head.i == v.i:
            return False
        v = v.head
    return False


#: the words of a state's mission abroad ("an embassy", "a consulate general", "a trade and tourism representation
#: office")
_MISSIONS = frozenset({"embassy", "consulate", "consulate-general", "representation"})
_MISSION_KINDS = frozenset({"trade", "representation", "tourism", "liaison", "commercial", "diplomatic", "economic"})


def _a_mission_abroad(noun: Any) -> bool:
    """The noun is a mission a state keeps abroad: an embassy, a consulate, a trade or representation office."""
    words = {g.lemma_.lower() for g in [noun, *noun.children]}  # (and "a consulate general")
    return bool(words & _MISSIONS) or noun.lemma_.lower() in ("office", "mission") and bool(
        {g.lemma_.lower() for g in noun.subtree if g.i < noun.i} & _MISSION_KINDS)


def _aside(ctx: Context, tok: Any, at: int) -> bool:
    """A time said inside a clause about something else ("criticized the Minsk group, which was set up in 1992"):
    a relative clause or apposition that neither holds the trigger nor modifies it."""
    sent = sentence_of(ctx.doc, tok.i)
    t = next((x for x in sent if ctx.char(x.i) >= at), None)
    if t is None:
        return False
    if any(a.dep_ == "agent" and a.head.i == tok.i for a in t.ancestors):
        return False  # "the declaration signed by A, B and C of November 9": said of the signing, however parsed
    if tok.lemma_.lower() in _UNDERTAKING and any(
            c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) and
            c.left_edge.i <= t.i <= c.right_edge.i for c in tok.children):
        return True  # "agreed with Y to hold talks in May": when the talks are to be, not when it was agreed
    if re.search(r",\s*(?:in|on)\s+$", ctx.text[max(0, at - 8):at]) and t.i > tok.i and not any(
            x.pos_ in ("VERB", "AUX") or x.text in (",", ";") for x in ctx.doc[t.i:sent.end]):
        return False  # "opened a consulate in Kapan, the capital of X's Syunik province, in October 2022": a time
        # closing the sentence after a comma dates its act, wherever the parser hung it
    trig_tree = {tok.i, tok.head.i}
    for _ in range(12):
        if (t.dep_ in ("relcl", "appos") or t.dep_ == "acl" and tok.tag_ in ("VBP", "VBZ")) and \
                t.head.i not in trig_tree and not (t.left_edge.i <= tok.i <= t.right_edge.i):
            return True  # ("We welcome the agreement reached on 9 September": the welcome is said now)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _jointly(verb: Any) -> bool:
    """ "… together", "jointly", "with each other", "one another": the subjects act with each other."""
    return any(t.lower_ in ("together", "jointly", "mutually", "other", "another", "joint", "bilateral", "bilaterally")
               for t in verb.subtree) or _joint_project(verb)


#: works that several states carry out as one ("the Baku-Tbilisi-Kars railway project")
_PROJECTS = frozenset({"project", "railway", "railroad", "pipeline", "corridor", "highway", "bridge", "canal",
                       "interconnector", "cable"})


def _joint_project(verb: Any) -> bool:
    """Coordinated subjects carrying out one named work: "Azerbaijan, Georgia and Turkey are implementing the
    Baku-Tbilisi-Kars railway project", "China and Kyrgyzstan are building the railway"."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ("implement", "build", "construct", "develop", "complete",
                                                           "launch", "finance", "carry") and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" and any(g.dep_ == "conj" and g.pos_ == "PROPN" for g in c.children)
        for c in verb.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PROJECTS and any(g.dep_ == "det" and g.lower_ == "the"
                                                                   for g in c.children) for c in verb.children)


def _own_voice(ctx: Context, verb: Any) -> bool:
    """A clause the speaker frames in its own voice: "We believe (that) …", or a head with no subject of its own."""
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not subs or any(c.lower_ in ("we", "i") or ctx.speaker in _states(ctx, _np_core(c)) for c in subs)


def _in_quotes(ctx: Context, tok: Any) -> bool:
    """Inside a quotation: an odd number of quote marks before the token in its sentence."""
    sent = sentence_of(ctx.doc, tok.i)
    return sum(1 for t in ctx.doc[sent.start:tok.i] if t.text in ('"', "“", "”")) % 2 == 1


#: papers two or more states put out together ("a joint statement", "the Xi'an Declaration")
_JOINT_PAPERS = {"statement", "declaration", "communiqué", "communique"}
#: papers whose "of <date>" tells when they were made ("the trilateral statement of November 9, 2020")
_DATED_PAPERS = frozenset(_DEAL_NOUNS | _TRUCE_WORDS | _JOINT_PAPERS)
#: verbs by which states put such a paper out ("signed" is told as SUPPORT by the lexicon)
_ISSUING = {"issue", "adopt", "release", "publish", "endorse", "approve"}
#: the bond between states that a relationship act makes, raises or renews
_BONDS = {"partnership", "alliance", "friendship"}
#: verbs that make, raise or renew a bond ("reaffirm" and the like: see _REAFFIRM)
_BONDING = {"establish", "upgrade", "elevate", "raise", "form", "forge", "launch"}
#: every verb of a relationship act (checked first: the test runs on every token)
_RELATING = frozenset(_ISSUING | _REAFFIRM | _BONDING | {"announce"})


#: verbs of opening a mission abroad
_OPENING = {"open", "reopen", "inaugurate", "establish"}


def _mission_opened(tok: Any) -> Any | None:
    """The embassy, consulate or trade office a verb opens ("Israel opened an embassy in Baku", "the Turkish embassy
    in Baku opened later that month", "the embassy in Tel Aviv was inaugurated by …", "Azerbaijan opened a trade
    office in Tel Aviv"); else None."""
    if tok.lemma_.lower() not in _OPENING or not _verbal(tok):
        return None  # (one only planned, "will open a consulate in Shusha", is a promise: see commitment)
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "nsubj") and _a_mission_abroad(c):
            return c
    return None


def _mission_roles(ctx: Context, tok: Any, subjects: list[str]) -> tuple[list[str], list[str]]:
    """Whose mission was opened, and in which state: its owner ("the Israeli embassy", "its embassy", "an Iranian
    consulate") or else the one that opened it; the state of the place it is "in" ("in Baku", "in Kapan, the capital
    of Armenia's Syunik province")."""
    mission = _mission_opened(tok)
    if mission is None:
        return subjects, []
    where = {i for h in (mission, tok) for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
             for i in _subtree(p)}
    hosts = _states(ctx, where)
    owned = _states(ctx, {i for c in mission.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                          for i in _subtree(c)} - where)
    by = _states(ctx, {i for c in tok.children if c.dep_ == "agent" for i in _subtree(c)})
    owners = [x for x in (owned or by or subjects) if x not in hosts]
    return owners, [x for x in hosts if x not in owners][:1]


def _bond_affirmed(tok: Any) -> str | None:
    """What a relationship act puts on record: a joint paper issued ("the two presidents issued a joint statement",
    "adopted the Trabzon Declaration") or a bond made, raised or renewed ("upgraded ties to a strategic partnership",
    "reaffirmed the alliance between our countries", "announced the establishment of a strategic partnership"): a
    commitment of the parties to each other (PLOVER AGREE). None for any other word."""
    lemma = tok.lemma_.lower()
    if lemma not in _RELATING or not _verbal(tok) or not (_past(tok) or tok.tag_ == "VBZ"):
        return None  # ("will issue a statement", "seek to upgrade ties": a plan, not a bond on record)
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma in _ISSUING and any(o.lemma_.lower() in _JOINT_PAPERS and (
            any(m.dep_ in ("amod", "compound") and m.lower_ in ("joint", "common") for m in o.children) or
            o.text[:1].isupper() and any(m.dep_ == "compound" and m.pos_ == "PROPN" for m in o.children))
            for o in objects):
        return _PAPER
    bonds = [t for o in objects for t in o.subtree if t.lemma_.lower() in _BONDS]
    if lemma in _REAFFIRM and bonds:
        return _BOND
    if lemma in _BONDING and (bonds or any(o.lemma_.lower() in ("relation", "relations", "tie") and any(
            p.dep_ == "prep" and p.lower_ == "to" for p in tok.children) for o in objects)):
        return _BOND
    if lemma == "announce" and any(o.lemma_.lower() == "establishment" and any(
            t.lemma_.lower() in _BONDS for t in o.subtree) for o in objects):
        return _BOND
    return None


#: duties on goods, and the verbs that put them up ("raised the tariff on steel from Turkey", "slapped duties on
#: Chinese cars")
_TARIFFS = frozenset({"tariff", "duty", "levy"})
_TARIFF_RAISING = frozenset({"raise", "impose", "hike", "slap", "increase", "levy", "double", "triple", "introduce"})
#: what tells that a state or body designated is blacklisted, not appointed
_BLACKLIST_WORDS = re.compile(r"\b(?:sanction\w*|Treasury|OFAC|blacklist\w*|Entity List|terrorist|"
                              r"Specially Designated|asset freezes?|frozen)\b")


def _blacklisting(tok: Any) -> bool:
    """ "designated" as a blacklisting: a sanctioning body or word in the sentence or the two before it, and no
    post it is designated to or as ("designated him as envoy" is an appointment)."""
    if any(c.dep_ == "prep" and c.lower_ in ("as", "to") and not any(
            g.lemma_.lower() in ("terrorist", "organization", "organisation", "entity", "sponsor")
            for g in c.subtree) for c in tok.children):
        return False
    doc = tok.doc
    start = tok.sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    return bool(_BLACKLIST_WORDS.search(doc[start:tok.sent.end].text))


#: what a reply in force is given with or to ("respond with all its might", "retaliate to any attack")
_FORCE_WORDS = frozenset({"force", "might", "strength", "measure", "countermeasure", "weapon", "arm"})
_ATTACK_WORDS = frozenset({"attack", "aggression", "provocation", "strike", "incursion", "escalation", "assault"})
#: what one is ready or vows to do a thing in reply with ("ready to respond", "reserved the right to retaliate")
_READY_TO = frozenset({"ready", "prepared", "determined", "right", "vow", "pledge", "promise", "threaten"})


def _retaliation_vowed(tok: Any) -> bool:
    """A reply in force said to come: "will take countermeasures", "said Iran would take reciprocal action",
    "reserved the right to respond with all its might to any attack", "would exact a price from Iran"."""
    lemma = tok.lemma_.lower()
    coming = any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "'ll") for a in tok.children) or (
        tok.dep_ in ("xcomp", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children) and
        tok.head.lemma_.lower() in _READY_TO)
    if not coming or any(c.dep_ == "neg" for c in tok.children):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    firm = _RESOLUTE if any(a.dep_ == "aux" and a.lower_ in ("will", "shall", "'ll") for a in tok.children) else \
        _RESOLUTE - {"necessary", "all", "strong"}  # ("would take the necessary steps" is no warning of its own)
    if lemma in ("take", "adopt") and any(o.lemma_.lower() in ("countermeasure", "countermeasures") or (
            o.lemma_.lower() in ("measure", "step", "action", "response") and
            any(a.lower_ in firm for a in o.children)) for o in objs):
        return True
    if lemma == "exact" and any(o.lemma_.lower() == "price" for o in objs):
        return True
    if lemma in ("respond", "retaliate", "react"):
        preps = [(p.lower_, g) for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        return lemma == "retaliate" or any(
            w == "with" and g.lemma_.lower() in _FORCE_WORDS or
            w == "to" and g.lemma_.lower() in _ATTACK_WORDS and any(d.lower_ in ("any", "every") for d in g.children)
            for w, g in preps)
    return False


#: how an act is told as asked for ("at X's request", "after a request from X", "following a request by X")
_ASKED_AT = frozenset({"at", "upon", "on", "after", "following"})


def _askers(ctx: Context, request: Any) -> list[str]:
    """Whose a request is: its possessor or its "of"/"from"/"by" phrase ("Iran's request", "a request from Tehran")."""
    return _states(ctx, {i for c in request.children if c.dep_ == "poss" or c.dep_ == "prep" and
                         c.lower_ in ("of", "from", "by") for i in _subtree(c)})


def _decided_by(ctx: Context, verb: Any) -> list[str]:
    """The states whose decision or move a "to" clause tells: "the decision of the United States to withdraw …
    and to reimpose sanctions", "Tehran's decision to arm Moscow"."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in ("decision", "move", "choice") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    return _states(ctx, {i for c in noun.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "by")
                         for i in _np_core(c)})  # (not "the decision of the summit in Madrid": where it was taken)


def _past(tok: Any) -> bool:
    """A verb in the past: "attacked", "has attacked", "were expelled"."""
    if tok.tag_ == "VBD":
        return True
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBN" and any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return True
    if tok.dep_ == "conj" and tok.tag_ in ("VBN", "VBD") and tok.head.i != tok.i and tok.head.pos_ == "VERB" and \
            not auxes:
        return _past(tok.head)
    return False


def _verbal(tok: Any) -> bool:
    """A verb — or a word the tagger took for a noun but that heads a clause with a subject and an object
    ("Kvirikashvili and Tillerson sign the agreement" in headline style)."""
    if tok.pos_ in ("VERB", "AUX"):
        return True
    deps = {c.dep_ for c in tok.children}
    return tok.dep_ == "ROOT" and "nsubj" in deps and bool(deps & {"dobj", "prep", "ccomp"})


#: prepositions that take what they name as having happened: "after talks between A and B", "thanks to the
#: mediation of C"
_PRESUPPOSING = frozenset({"after", "following", "since", "during", "amid", "upon"})
_PRESUPPOSING_TO = frozenset({"thanks", "due", "owing"})
_PRESUPPOSING_OF = frozenset({"result", "wake", "aftermath", "because"})


def _presupposed(noun: Any) -> bool:
    """A nominal trigger in a phrase that takes it as having happened: "after the signing of the deal", "since
    their May meeting", "thanks to the mediation efforts of X", "in the wake of the visit"."""
    n = noun.head if noun.dep_ == "compound" and noun.head.i != noun.i else noun
    if n.dep_ != "pobj" or n.head.i == n.i:
        return False
    p = n.head
    if p.lower_ in _PRESUPPOSING:
        return True
    return (p.lower_ == "to" and p.head.lower_ in _PRESUPPOSING_TO) or (
        p.lower_ == "of" and p.head.lower_ in _PRESUPPOSING_OF)


#: words of resolve that make measures to come a warning ("will take firm measures", "all necessary measures")
_RESOLUTE = frozenset({"firm", "resolute", "necessary", "forceful", "decisive", "strong", "all", "reciprocal",
                       "countermeasures", "retaliatory", "tough", "strict"})
_RESOLVED = "(resolute measures)"
#: an article on two states' relations ("Moldova–Romania relations", "Foreign relations of Kosovo" is not one)
#: what one is accused of, rejected as a whole ("rejected the accusations", "dismissed the claims")
#: a breach of a state's standing: "any violation of Iran's sovereignty", "interference in X's internal affairs"
_BREACHES = frozenset({"violation", "breach", "infringement", "encroachment", "interference", "intrusion",
                       "undermining", "erosion"})
_STANDING = re.compile(r"\b(?:sovereignty|territorial\s+integrity|independence|borders?|internal\s+affairs|"
                       r"airspace|territory)\b", re.I)


def _breached(ctx: Context, verb: Any) -> tuple[list[str], list[str]] | None:
    """The states whose sovereignty (or the like) a condemned or opposed breach is of, and those it is done by;
    None when the verb's object names no such breach."""
    for n in verb.children:
        if n.dep_ != "dobj" or n.lemma_.lower() not in _BREACHES:
            continue
        of = [p for p in n.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "on", "against", "upon")]
        words = {t.i for p in of for t in p.subtree}
        if not of or not _STANDING.search(" ".join(ctx.doc[i].text for i in sorted(words))):
            continue
        by = {t.i for c in [*n.subtree, *verb.children] if c.dep_ in ("prep", "agent") and c.lower_ == "by"
              for t in c.subtree}
        words -= by
        doers = _states(ctx, by) + _states(ctx, {t.i for c in n.children if c.dep_ in ("amod", "poss", "compound")
                                                  for t in c.subtree})
        return [v for v in _states(ctx, words) if v not in doers], doers
    return None


#: verbs of backing a measure someone else takes
_BACKING = frozenset({"support", "back", "welcome", "endorse", "praise", "applaud", "hail", "favour", "favor",
                      "approve", "commend"})
#: measures taken against a state
_MEASURES = frozenset({"sanction", "embargo", "restriction", "measure"})


def _backed_measure(tok: Any, head: Any, typ: str, verb_like: bool) -> Any:
    """The measure against a state that a verb of backing takes as its object ("support the sanctions imposed on
    Russia"), for the backing (SUPPORT) or for the measure itself (a SANCTION noun so backed); else None."""
    if typ == "SUPPORT" and verb_like and tok.lemma_.lower() in _BACKING:
        return next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _MEASURES), None)
    if typ == "SANCTION" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.lemma_.lower() in _MEASURES and \
            tok.head.lemma_.lower() in _BACKING:
        return tok
    return None


def _founding_treaty(ctx: Context, verb: Any, bodies: list[str]) -> bool:
    """ "signed the Treaty on the Eurasian Economic Union", "the treaty establishing the EAEU": a deal named after
    the body it founds, the body named inside the deal's own phrase."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("treaty", "charter", "agreement", "convention"):
            inner = {t.i for g in c.children if g.dep_ in ("prep", "acl") and g.lower_ in ("on", "establishing",
                                                                                         "of", "creating")
                     for t in g.subtree}
            if inner and set(bodies) <= set(_states(ctx, inner)):
                return True
    return False


def _thanked_members(ctx: Context, tok: Any) -> list[str]:
    """The states named by "including", "notably" or "in particular" among a plural of those thanked ("I thank all
    the countries that helped us, including Japan")."""
    if tok.lemma_.lower() not in ("thank", "grateful", "thankful"):
        return []
    thanked = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
               if g.dep_ == "pobj"] + [c for c in tok.children if c.dep_ == "dobj"]
    found: set[int] = set()
    for noun in thanked:
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
            continue
        for t in noun.subtree:
            if t.lower_ == "including" or t.lower_ in ("notably", "especially", "particularly") or (
                    t.lower_ == "in" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "particular"):
                # ("notably Italy" hangs on the name; "including Japan" heads it)
                found |= {g.i for g in t.head.subtree if g.i > t.i} if t.dep_ == "advmod" else {g.i for g in t.subtree}
    return _states(ctx, found)


def _thanked_for(noun: Any) -> Any:
    """ "thanked Biden for the generous assistance", "I thank Germany for its aid", "we are grateful to Japan for
    its assistance": what the thanks are for was given. Returns the word of thanks, or None."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    thanker = noun.head.head
    for _ in range(8):  # "thank Japan, China, …, Australia and other partners for their assistance": the parser may
        # hang "for …" on one of those thanked
        if thanker.pos_ not in ("PROPN", "NOUN") or thanker.dep_ not in ("conj", "appos", "dobj", "pobj"):
            break
        thanker = thanker.head
    if thanker.lemma_ == "be":  # (the parser hangs "for …" on "are" beside "grateful")
        thanker = next((c for c in thanker.children if c.dep_ == "acomp"), thanker)
    return thanker if thanker.lemma_.lower() in ("thank", "grateful", "thankful", "appreciate") else None


def _specific_noun(noun: Any) -> bool:
    """A nominal trigger names a specific happening ("the May visit", "Wang's visit … elicited"),
    not a general activity ("Chinese cooperation with the region is growing")."""
    if _presupposed(noun):
        return True
    sub = list(noun.subtree)
    if any(t.lower_ in _MONTH_NAMES or t.ent_type_ == "DATE" for t in sub if t.i < noun.i + 4):
        return True
    if any(t.ent_type_ == "DATE" or t.lower_ in _MONTH_NAMES for c in noun.children if c.dep_ == "acl" and
           c.tag_ == "VBN" for t in c.subtree):
        return True  # "sanctions reimposed by America in 2018"
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ == "between"
                                                       for g in c.children) for c in noun.children):
        return True  # "the agreement reached between Georgia and Russia", "sanctions imposed by the EU"
    if any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in noun.children):
        return True  # the speaker's own "my visits to …"
    kids = [*noun.children, *(noun.head.children if noun.dep_ == "compound" else ())]  # "the mediation efforts of X"
    has_agent = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in kids)
    gov = noun.head
    while gov.i != noun.i and gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
        gov = gov.head
    past_gov = gov.pos_ in ("VERB", "AUX") and (gov.tag_ in _PAST or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBD", "VBZ", "VBP") and c.lemma_ == "have" or
                                          c.tag_ == "VBD" and c.lemma_ == "do") for c in gov.children))
    if any(t.lower_ in _MONTH_NAMES or t.ent_type_ == "DATE" for c in noun.children
           if c.dep_ == "prep" and c.lower_ in ("in", "on") for t in c.subtree):
        return True  # "the meeting between A and B in Newport in September"
    past_in_sentence = any(t.tag_ == "VBD" for t in sentence_of(noun.doc, noun.i))
    return (has_agent and (past_gov or past_in_sentence)) or (past_gov and gov.tag_ == "VBD")


def _unique(xs: list[str]) -> list[str]:
    out: list[str] = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


#: names of the alliances, unions and organisations that states join
_INSTITUTION = re.compile(r"\b(?:NATO|EU|EAEU|CSTO|CIS|SCO|WTO|BRICS|OSCE|ASEAN|GUAM|[A-Z][a-z]+ (?:Union|Alliance|"
                          r"Organi[sz]ation|Community|Council|Pact|Partnership)|Partnership for Peace|"
                          r"Commonwealth of Independent States|alliance|bloc|the (?:Alliance|Union))\b")
#: "NATO-led", "EU-brokered": an institution named as who leads something else
_LED_BY = re.compile(r"\S+\s?-\s?(?:led|brokered|backed|mediated|sponsored|funded)\b")
#: acts one joins that are no body to accede to ("joined the sanctions imposed by the EU")
_JOINED_ACTS = frozenset({"sanction", "sanctions", "measure", "measures", "embargo", "effort", "efforts", "call",
                          "statement", "declaration", "boycott", "restriction", "restrictions", "campaign"})
#: what a state applies for when it asks to be let in
_ADMISSION = frozenset({"membership", "accession", "admission", "candidacy", "candidate"})


#: verbs of refusing what another asks or offers
_REFUSING = frozenset({"decline", "reject", "refuse", "rebuff", "spurn", "dismiss"})


def _refused(verb: Any) -> bool:
    """ "declined", "rejected", "turned down": a verb refusing its object."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in _REFUSING or lemma == "turn" and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children))


def _blacklist(noun: Any) -> bool:
    """ "the Entity List", "its sanctions list", "a blacklist": a list of those a state punishes."""
    return noun.dep_ == "pobj" and (noun.lemma_.lower() in ("blacklist", "black-list") or noun.lemma_.lower() == "list"
                                    and any(c.dep_ in ("compound", "amod") and c.lower_ in (
                                        "entity", "sanction", "sanctions", "black", "terrorist", "watch", "control")
                                        for c in noun.children) or noun.lemma_.lower() == "list" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and any(
            a.dep_ == "amod" and a.lower_ in _HOSTILE_ADJ for a in g.children) for g in c.children)
        for c in noun.children))  # "its list of unfriendly states"


def _admitted_status(noun: Any) -> bool:
    """ "observer status", "partner status", "candidate status": a standing in a body one is admitted to."""
    return noun.lemma_.lower() == "status" and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("observer", "candidate", "member", "partner",
                                                                 "associate", "dialogue") for c in noun.children)


def _applies_to_join(verb: Any) -> bool:
    """ "applied for EU membership", "applied to join NATO", "submitted its application for membership": a request to
    be admitted (PLOVER REQUEST), not a concession."""
    lemma = verb.lemma_.lower()
    if lemma == "apply":
        return any(p.dep_ == "prep" and p.lower_ == "for" and any(
            c.dep_ == "pobj" and (c.lemma_.lower() in _ADMISSION or _admitted_status(c)) for c in p.children)
            for p in verb.children) or any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ("join", "become", "accede") for c in verb.children)
    if lemma in ("submit", "file", "lodge", "present", "hand"):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ("application", "bid", "request") and any(
            t.lemma_.lower() in _ADMISSION | {"join"} for t in c.subtree) for c in verb.children)
    return False


def _told_on(tok: Any) -> bool:
    """A participle that tells what a past act went on to do ("attacked the region, forcing thousands to flee"): it
    happened with it."""
    return tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.i != tok.i and _past(tok.head) and not any(
        c.dep_ in ("mark", "aux", "nsubj") for c in tok.children) and any(
        c.dep_ == "dobj" and any(t.pos_ == "PROPN" or t.lemma_.lower() in _PEOPLE_WORDS for t in c.subtree)
        for c in tok.children)  # (done to a state or its people: "forcing thousands of Armenians to flee")


#: nouns of a state's relations to others: "our partners", "its allies"
_KIN = frozenset({"partner", "friend", "ally", "neighbour", "neighbor", "donor", "supporter", "sponsor"})


def _kin_of_owner(prep: Any) -> Any | None:
    """The object of "of"/"by" when it is an owner's partners or allies ("the support of our partners"), or None."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is not None and pobj.lemma_.lower() in _KIN and any(g.dep_ == "poss" for g in pobj.children):
        return pobj
    return None


#: nouns of a cause: "as a result of X", "in the wake of X"
_CAUSE_NOUNS = frozenset({"result", "consequence", "wake", "aftermath"})


def _cause_agent(verb: Any) -> set[int]:
    """The doer named in the cause of an agentless passive ("displaced as a result of the attack by X", "expelled
    following X's invasion"): the tokens of the cause noun's "by" phrase or possessor; empty when there is none."""
    causes = []
    for p in verb.children:
        if p.dep_ != "prep":
            continue
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            if p.lower_ in ("following", "after", "amid", "through") or p.lower_ in ("to", "of") and \
                    p.head.lower_ in ("due", "because"):
                causes.append(g)
            elif g.lemma_.lower() in _CAUSE_NOUNS:  # "as a result of the attack", "in the wake of X's invasion"
                causes += [h for q in g.children if q.dep_ == "prep" and q.lower_ == "of" for h in q.children
                           if h.dep_ == "pobj"]
    out: set[int] = set()
    for c in causes:
        for k in c.children:
            if k.dep_ == "poss" or k.dep_ == "prep" and k.lower_ == "by":
                out |= _subtree(k)
    return out


def _present_simple(tok: Any) -> bool:
    """A trigger told in the simple present ("supports", "condemn"), its own or its governing verb's."""
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _promised_chars(ctx: Context, tok: Any) -> set[int]:
    """The characters of a promised act's own clause (a verb trigger's clause, a noun trigger's phrase), where a time
    dates the act promised rather than the promise."""
    tokens = _clause(tok) if _verbal(tok) else _subtree(tok)
    return {c for i in tokens for c in range(ctx.char(i), ctx.char(i) + len(ctx.doc[i]))}


def _own_clause_chars(ctx: Context, tok: Any, s0: int) -> tuple[int, int] | None:
    """The character span (relative to the sentence) of a verb trigger's own clause when another verb's clause is
    coordinated with it ("signed X in 2014 and applied for Y in 2022"), else None. A noun trigger takes the clause
    of the verb it is the object of ("deployed troops in 1992 and held exercises last autumn")."""
    while not _verbal(tok) and tok.dep_ in ("dobj", "pobj", "prep", "attr", "nsubjpass") and tok.head.i != tok.i:
        tok = tok.head
    if not _verbal(tok):
        return None
    conj = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        last = max(t.i for t in tok.subtree)
        return ctx.char(min(t.i for t in tok.subtree)) - s0, ctx.char(last) + len(tok.doc[last]) - s0
    if not conj:
        return None
    start = min(t.i for t in tok.subtree)
    end = min(min(t.i for t in c.subtree) for c in conj)  # up to the first coordinated clause
    return ctx.char(start) - s0, ctx.char(end) - s0


def _as_did(ctx: Context, tok: Any, ev: Event) -> list[Event]:
    """ "The United States recognised Kosovo in 2008, as did France and Albania": the same act by the ones the
    elliptical "as did" clause names, towards the same recipients."""
    if ev.negated or ev.hypothetical or not _verbal(tok):
        return []
    clause = tok  # (also of a clause hung on the act: "A and B issued statements welcoming the deal, as did C")
    while clause.dep_ in ("acl", "xcomp", "dobj") and clause.head.i != clause.i:
        clause = clause.head
    out: list[Event] = []
    for c in clause.children:
        if c.dep_ == "advcl" and c.lemma_ == "do" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            doers = [st for st in _states(ctx, {t.i for s in c.children if s.dep_ == "nsubj" for t in s.subtree})
                     if st not in ev.actors and st not in ev.recipients]
            if doers:
                out.append(replace(ev, actors=doers))
    return out


def _hosted_talks(ctx: Context, tok: Any, ev: Event) -> list[Event]:
    """ "Turkey hosted talks between Russia and Ukraine": besides the host's meeting with them, the two talked with
    each other."""
    parties = _between_states(ctx, tok) if ev.type == "CONSULT" and tok.pos_ == "NOUN" else []
    if len(parties) < 2 or set(ev.actors) <= set(parties) or ev.negated or ev.hypothetical:
        return []
    return [replace(ev, actors=parties, recipients=parties, mode=None)]


def _meetings_again(ctx: Context, tok: Any, ev: Event, times: list[Any], s0: int) -> list[Event]:
    """The further meetings of a verb of meeting dated by several coordinated times ("met in Sochi in August and in
    Newport in September"): one more event per further date, each a meeting that happened."""
    if ev.type != "CONSULT" or ev.negated or ev.hypothetical or not _verbal(tok) or not ev.date:
        return []
    own = _subtree(tok) - set().union(*(_subtree(c) for c in tok.subtree if c.i != tok.i and c.dep_ in (
        "relcl", "advcl", "ccomp", "xcomp", "conj")))  # (not the times of clauses hung on it)
    dates = []
    for t in times:
        at = next((x for x in tok.sent if ctx.char(x.i) >= s0 + t.start), None)
        if t.kind in ("absolute", "month_only") and t.value and "/" not in str(t.value) and at is not None and \
                at.i in own and str(t.value) != ev.date and at.dep_ == "pobj" and at.head.lower_ in ("in", "on"):
            dates.append(str(t.value))
    return [replace(ev, date=d) for d in dict.fromkeys(dates)]


def _attacked_place(ctx: Context, head: Any, actors: list[str]) -> bool:
    """Whether force is aimed at a named place of the actor's own or of no known state ("shelled the town of
    Jermuk", "an offensive against Karabakh"): the place is the verb's object or follows "against", "on", "at"."""
    aims = {c for c in head.children if c.dep_ in ("dobj", "nsubjpass")} | {
        c for p in head.children if p.dep_ == "prep" and p.lower_ in ("against", "on", "at", "in", "into")
        for c in p.children if c.dep_ == "pobj"}
    tokens = set().union(*(_subtree(c) for c in aims)) if aims else set()
    return any(m.actor.startswith("place:") and (m.state is None or m.state in actors) for m in ctx.mentions_in(tokens))


def _subtree(tok: Any) -> set[int]:
    return {t.i for t in tok.subtree}


def _subjects(verb: Any) -> list[Any]:
    """The verb's subjects, also where the parser hung them on its auxiliary."""
    subs = [c for c in verb.children if c.dep_ in _SUBJ]
    if not subs:
        for aux in verb.children:
            if aux.dep_ in ("aux", "auxpass"):
                subs += [c for c in aux.children if c.dep_ in _SUBJ]
    if not subs and verb.dep_ == "ROOT":
        # "In 2022 Olaf Scholz visited Vienna": the parser took the name for the object of the fronted time
        subs = [g for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.lower_ in ("in", "on", "during")
                for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.lower_ not in MONTHS and any(
                    d.dep_ in ("nummod", "compound", "nmod") and d.ent_type_ == "DATE" for d in g.children)]
    if not subs and verb.dep_ == "ROOT":
        # "On 27 September 2020, Azerbaijan, with the support of Turkey, attacked …": the parser hung the name on the
        # fronted date as an apposition
        subs = [a for c in verb.children if c.dep_ == "prep" and c.i < verb.i for g in c.children
                if g.dep_ == "pobj" and g.ent_type_ == "DATE" for a in g.children
                if a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ not in ("DATE", "TIME")][:1]
    if not subs and verb.dep_ == "ROOT":
        # "On 9 September in Geneva, Russia and the United States agreed …": the parser ran the subjects on as
        # conjuncts of the fronted place
        subs = [t for c in verb.children if c.dep_ == "prep" and c.i < verb.i for t in c.subtree
                if t.dep_ == "conj" and t.head.dep_ == "pobj" and (t.head.ent_type_ in ("GPE", "LOC", "FAC") or
                                                                   t.ent_type_ == "GPE" != t.head.ent_type_) and
                t.pos_ == "PROPN" and any(p.is_punct for p in t.doc[t.head.i:t.i])][:1]
        # ("Under the Budapest Memorandum, the United States, the UK and Russia undertook …": run on the paper)
    if not subs and verb.dep_ == "ROOT":
        # "Yesterday in Dushanbe, State Councilor and Foreign Minister Wang Yi met …": a person run on as a conjunct
        # of the fronted place, after a comma
        subs = [t for t in verb.sent if t.i < verb.i and run_on_subject(t)]
    opening = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i else next(
        (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i), None)
    if not subs and opening is not None and any(c.dep_ in ("mark", "prep") and c.lower_ in _OPENING_MARKS and
                                                c.i < opening.i for c in opening.children):
        # "After the deal eased sanctions on Tehran, India and Iran signed …": the parser ran the main clause's
        # subjects on as conjuncts of the opening clause's last noun (and may have joined the main verb to it)
        comma = next((i for i in range(verb.i - 1, opening.i, -1) if verb.doc[i].text == ","), None)
        subs = [] if comma is None else [t for t in verb.doc[comma + 1:verb.i] if t.dep_ in ("conj", "appos") and
                                         t.pos_ == "PROPN" and t.head.i < comma][:1]
    if not subs and verb.pos_ == "VERB" and verb.tag_ == "VBD":
        # "Nauru severed ties with Taiwan": the parser took a name opening the sentence for an adverb of the verb
        subs = [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < verb.i and
                c.left_edge.i == c.sent.start and c.ent_type_ != "DATE"]
    return subs


def _cleft_focus(verb: Any) -> Any | None:
    """ "It was the United States that withdrew …", "it is Washington that practises coercion": the phrase the cleft
    sentence puts first (the attribute of "it was"), whose act the clause after "that" or "who" tells; else None."""
    be = verb.head
    if verb.dep_ not in ("ccomp", "relcl") or be.i == verb.i or be.i > verb.i:
        return None
    if verb.dep_ == "relcl":
        be = be.head  # ("It was the US [that …]": the clause hung on the attribute)
    if be.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children):
        return None
    return next((c for c in be.children if c.dep_ == "attr" and c.i < verb.i), None)


def _bare_gerund(tok: Any) -> bool:
    """ "Shelling continued overnight": a gerund standing as the subject with no subject or object of its own is the
    noun of the act (whose doers are the conflict's parties)."""
    return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "poss") for c in tok.children)


def _judged_ones(verb: Any) -> list[Any]:
    """Those a verb of judging or thanking is about: its object ("thanked Georgia for …"), a name hung on the verb
    after it ("thank the United States for its assistance, and France, …"), and a name the parser hangs on the verb
    beside a plain object ("we thank our partners, the United States first among them, for standing by us"). An
    object that is only the speaker's own group ("our partners") gives way to the name that says who they are."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = [c for c in verb.children if c.i > verb.i and c.pos_ == "PROPN" and (
        c.dep_ == "conj" or c.dep_ in ("dep", "appos", "npadvmod") and objects and c.i > objects[0].i)]
    if named and objects and all(c.pos_ == "NOUN" and any(g.dep_ == "poss" and g.lower_ in ("our", "my")
                                                            for g in c.children) for c in objects):
        return named
    return objects + named


def _alleged_wrong(verb: Any, harmful: Any, depth: int = 0) -> bool:
    """What an allegation says another did: readied or backed a harm ("was preparing an armed provocation",
    "stood behind the attack"), armed another ("was intensively arming Armenia"), dragged or destroyed, or wants or
    tries to do harm."""
    lemma = verb.lemma_.lower()
    if lemma in ("drag", "destroy", "push", "lure", "arm") or lemma in ("stand", "be") and any(
            c.dep_ == "prep" and c.lower_ == "behind" for c in verb.children):
        return True
    if lemma in _READYING and any(c.dep_ == "dobj" and c.lemma_.lower() in _HARMS for c in verb.children):
        return True
    return depth == 0 and lemma in _AIMING and any(
        c.dep_ == "xcomp" and (harmful(c) or _alleged_wrong(c, harmful, 1)) for c in verb.children)


def _np_core(tok: Any) -> set[int]:
    """A noun phrase's own words: modifiers, appositions, coordination and "of" phrases, not other preps."""
    out = {tok.i}
    for c in tok.children:
        if c.dep_ in _NP_DEPS or (c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "from" and
                                                         tok.lemma_.lower() in _SENT_FROM)):
            out |= _np_core(c)  # ("officers from Greece and Turkey": theirs)
        elif c.dep_ == "prep" and c.lower_ == "including" and tok.tag_ == "NNS" and \
                tok.lemma_.lower() in _STATES_AS_A_KIND and any(g.dep_ == "pobj" and g.pos_ == "PROPN"
                                                                 for g in c.children):
            out |= _np_core(c)  # "several European governments, including Germany and France": those named
        elif c.dep_ == "pobj" and tok.dep_ == "prep":
            out |= _np_core(c)
        elif c.dep_ == "npadvmod" and c.ent_type_ == "GPE" and c.i > tok.i and tok.ent_type_ == "GPE" and \
                c.doc[c.i - 1].text == "," and any(g.dep_ == "conj" for g in c.children):
            out |= _np_core(c)  # a list the parser broke: "The United Arab Emirates, Qatar, Turkey and Egypt"
        elif tok.lemma_.lower() == "lead" and tok.dep_ in ("amod", "acl") and (
                c.dep_ == "npadvmod" or c.dep_ == "agent"):
            out |= _subtree(c)  # "the Saudi-led coalition", "a coalition led by Saudi Arabia": its leader's
        if c.dep_ == "acl" and c.lemma_.lower() == "lead" and c.tag_ == "VBN":
            out |= _np_core(c)
    return out


def _state_appositions(ctx: Context, head: Any) -> set[int]:
    """ "Peru, a key Chilean ally, …", "Norway, a NATO member, …": what a state named in full is said to be names
    no other party to its act."""
    m = ctx.token_mentions.get(head.i)
    if m is None or not m.state or not is_state_code(m.state):
        return set()
    return {i for c in head.children if c.dep_ == "appos" and not _listed_state(ctx, c) for i in _subtree(c)}


def _listed_state(ctx: Context, appos: Any) -> bool:
    """ "Saudi Arabia, the UAE and Kuwait pledged …": a state parsed as an apposition but closing a list with "and"
    is one more of the list, not what the first is said to be."""
    own = ctx.token_mentions.get(appos.i)
    chain = [appos]  # ("Kazakhstan, Azerbaijan, Georgia and Turkey signed": the list runs on through conjuncts)
    while (nxt := next((c for c in chain[-1].children if c.dep_ == "conj"), None)) is not None and len(chain) < 12:
        chain.append(nxt)
    return bool(own is not None and own.state and is_state_code(own.state) and any(
        c.dep_ == "cc" and c.lower_ in ("and", "or") for t in chain for c in t.children) and all(
        (cm := ctx.token_mentions.get(t.i)) is not None and cm.state for t in chain[1:]) and len(chain) > 1)


def _whole_of_parts(ctx: Context, head: Any) -> set[int]:
    """ "The Turkish and Greek sides of Cyprus", "the Armenian part of the border": the parts are the parties, the
    whole they are parts of is not."""
    if head.lemma_.lower() not in _PARTS:
        return set()
    if not ctx.mentions_in({t.i for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                            for t in c.subtree}):
        return set()
    return {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}


def _told_apart(tok: Any) -> set[int]:
    """Active relative clauses under ``tok``: another act told of the same actors ("the support of our partners,
    which imposed sanctions on Russia"), not who they are; a passive one ("which is held in X every year") stays."""
    return {i for g in tok.subtree if g.dep_ == "relcl" and not any(a.dep_ == "auxpass" for a in g.children)
            for i in _subtree(g)}


def _hyphen_owner(tok: Any) -> Any | None:
    """ "EU-mediated", "Russian-brokered": the name before the hyphen."""
    if tok.i < 2 or tok.doc[tok.i - 1].text != "-":
        return None
    owner = tok.doc[tok.i - 2]
    return owner if owner.head.i == tok.i and owner.pos_ == "PROPN" else None


def _local_of(heads: list[Any]) -> set[int]:
    """ "Security forces in X", "demonstrators in Y's capital": the place a body or crowd is in, for its state."""
    out: set[int] = set()
    for h in heads:
        if h.lemma_.lower() not in _LOCAL_BODIES and not (h.lemma_.lower() == "force" and any(
                c.lemma_.lower() in ("security", "government", "police") for c in h.children)):
            continue
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "from"):
                out |= {i for g in c.children if g.dep_ == "pobj" for i in _np_core(g)}
    return out


def _np_tokens(tok: Any) -> set[int]:
    """A noun phrase without its clauses."""
    out = {tok.i}
    for c in tok.children:
        if c.dep_ not in _CLAUSE_DEPS and c.dep_ != "punct":
            out |= _np_tokens(c)
    return out


def _clause(verb: Any) -> set[int]:
    """The verb's tokens without embedded clauses of their own."""
    out = {verb.i}
    for c in verb.children:
        if c.dep_ in _CLAUSE_DEPS or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
            continue
        out |= _clause_of(c)
    return out


def _clause_of(tok: Any) -> set[int]:
    out = {tok.i}
    for c in tok.children:
        if c.dep_ in ("relcl", "advcl", "ccomp", "parataxis") or _finite_conj(c):
            continue
        out |= _clause_of(c)
    return out


def _states(ctx: Context, tokens: set[int]) -> list[str]:
    out: list[str] = []
    for m in ctx.mentions_in(tokens):
        if m.role == "demonym" and m.tok_end > 0 and ctx.doc[m.tok_end - 1].head.lemma_.lower() == "origin":
            continue  # "drugs, the bulk of them of Afghan origin": where goods come from, no party
        if m.state and not CURRENCY_QUALIFIER.match(ctx.text, m.end) and not _at_a_border(ctx, m) and \
                not _a_gathering_where(ctx, m) and not _a_things_city(ctx, m) and \
                not topic_header(ctx.doc, m.tok_start, m.tok_end):
            # (not "US" in "a loan of 1 billion US dollars"; a joint statement's "we" is all who make it)
            out.extend(st for st in ctx.voices(m) if st not in out)
    refs = ctx.doc.user_data.get(COLLECTIVE_KEY)
    if refs:  # "both sides", "the parties", "the government": resolved by the participants tracker
        for i in sorted(tokens):
            for st in refs.get(i, ()):
                if st not in out and (i not in ctx.token_mentions or not ctx.token_mentions[i].state):
                    out.append(st)
    return out


#: a promise to go on with what was just told ("and we will continue to do so")
_GO_ON_DOING = re.compile(r"\b(?:will|shall)\s+(?:continue|keep)\s+(?:to\s+do\s+so|doing\s+so|to\s+do\s+that)\b",
                          re.I)


#: acts several states can do together, each with the others
_JOINT_ACTS = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE"})


#: words that praise a state when it is described as them (CAMEO 051 praise: SUPPORT)
_WARM_WORDS = frozenset({"friendly", "reliable", "brotherly", "fraternal", "trusted", "valuable",
                         "indispensable", "neighbourly", "neighborly", "ally", "friend", "partner", "brother"})
#: words that criticise a state when it is described as them (CAMEO 111 criticise: ACCUSE)
_COLD_WORDS = _HOSTILE_ADJ | frozenset({"unsuitable", "unreliable", "dangerous", "threat", "aggressor", "enemy",
                                        "terrorist", "occupier", "adversary", "rogue", "unfriendly", "hostile",
                                        "challenge", "menace", "rival"})
#: nouns of acts done to another that the lexicon's hostile nouns lack ("condemned the pressure on Tbilisi")
_AIMED_ACTS = frozenset({"pressure", "interference", "assault", "raid", "incursion", "arrest"})
#: damning words said of an act ("the strikes showed the utter brutality of the war", "were a sign of weakness")
_DAMNING = _COLD_WORDS | frozenset({"brutality", "brutal", "barbaric", "barbarism", "barbarity", "atrocity",
                                    "atrocious", "crime", "criminal", "terror", "terrorism", "cowardly", "cowardice",
                                    "despicable", "heinous", "horrific", "appalling", "outrageous", "abhorrent",
                                    "reprehensible", "unprovoked", "weakness", "desperation", "desperate", "savage",
                                    "savagery", "inhumane", "inhuman", "cynical", "shameful", "disgraceful",
                                    "reckless", "aggression", "violation", "evil", "indiscriminate", "cruelty",
                                    "cruel", "wanton", "vile", "monstrous"})
_DESCRIBING = frozenset({"describe", "call", "label", "brand", "characterize", "characterise", "term", "dub"})


def _called(verb: Any) -> list[Any]:
    """What a describing verb calls its object: "an act of aggression" in "branded the strike an act of aggression"
    (a second object), "as gross interference", "illegal" in "called the sanctions illegal" — with the objects
    themselves, on which the parser often hangs the name given ("called the jailing 'a serious setback'")."""
    return [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "dobj") or c.dep_ == "prep" and c.lower_ == "as"]


def _in_branding(verb: Any, tok: Any) -> bool:
    """Whether ``tok`` is in what a describing verb calls its object (the words, no act of their own)."""
    return any(tok.i in {t.i for t in c.subtree} for c in _called(verb))


def _described_as(ctx: Context, sent: Any) -> list[tuple[Any, Event]]:
    """ "Rouhani described Armenia as a friendly country" (SUPPORT), "the State Department described CCCC as an
    unsuitable partner", "troop moves near the border, which Baku described as unfriendly" (ACCUSE): a state named as
    what it is, praised or criticised by the one who says so — of the described act's doer in a relative clause.
    Each with its verb (for the date)."""
    out: list[tuple[Any, Event]] = []
    for tok in sent:
        if tok.lemma_.lower() not in _DESCRIBING or tok.pos_ != "VERB" or _negated(tok):
            continue
        first = next((c for c in tok.children if c.dep_ == "dobj"), None)
        as_ = next((c for c in _called(tok) if c.dep_ != "xcomp" and (first is None or c.i != first.i)), None)
        # ("as a friendly country", "called Azerbaijan a reliable partner")
        if as_ is None:
            continue
        words = {t.lemma_.lower() for t in as_.subtree}
        kind = "ACCUSE" if words & _COLD_WORDS else "SUPPORT" if words & _WARM_WORDS else None
        if kind is None:
            continue
        actors = [st for st in _states(ctx, set().union(*(_np_core(c) for c in _subjects(tok))))
                  if is_state_or_group(st)]
        if not actors and ctx.speaker and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in tok.children):
            actors = [ctx.speaker]
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        targets = [st for c in objs for st in _states(ctx, _subtree(c) - _subtree(as_))]
        if not targets and tok.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("which", "that")
                                                       for c in tok.children):
            # "… near the border, which Baku described as unfriendly": the doer of what is described
            described = tok.head
            clause = described.head if described.dep_ in ("pobj", "dobj") else described
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            targets = [st for c in _subjects(clause) for st in _states(ctx, _np_core(c))]
        recipients = [st for st in dict.fromkeys(targets) if st not in actors and is_state_or_group(st)]
        if actors and recipients:
            s0, s1 = ctx.span_chars(sent)
            out.append((tok, Event(type=kind, mode=None, actors=list(dict.fromkeys(actors)), recipients=recipients,
                                   date=None, text=Span(s0, s1), trigger=tok.text)))
    return out


#: what a host does to a visiting guest ("told visiting President X")
_TOLD_GUEST = frozenset({"tell", "meet", "greet", "receive", "host", "assure", "inform", "brief", "thank", "welcome"})


def _visiting_guests(ctx: Context, sent: Any) -> list[tuple[Any, Event]]:
    """ "Khamenei told visiting Turkish President Erdoğan that …", "Aliyev met the visiting Chinese foreign
    minister": the guest's visit to the state of the one who received him (CONSULT visit), with its verb."""
    out: list[tuple[Any, Event]] = []
    for tok in sent:
        if tok.lower_ != "visiting":
            continue
        if tok.dep_ == "amod":
            guest, verb = tok.head, tok.head.head
        elif tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _TOLD_GUEST:
            # (parsed "told [visiting Erdoğan]" as "told while visiting")
            guest = next((c for c in tok.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"), None)
            verb = tok.head
            if guest is None:
                continue
        else:
            continue
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or _negated(verb):
            continue
        guests = [st for st in _states(ctx, _np_core(guest)) if is_state_code(st)]
        hosts = [st for c in _subjects(verb) for st in _states(ctx, _np_core(c)) if is_state_code(st)]
        if len(guests) == 1 and hosts and guests[0] not in hosts:
            s0, s1 = ctx.span_chars(sent)
            out.append((verb, Event(type="CONSULT", mode="visit", actors=guests, recipients=hosts[:1], date=None,
                                    text=Span(s0, s1), trigger=tok.text)))
    return out


def _thanked_in_a_list(ctx: Context, sent: Any, events: list[Event]) -> list[Event]:
    """ "our gratitude to China, which donated doses to Kyrgyzstan, to Russia for the supplies of vaccine, and to
    Japan, which …": the parser hangs the later "to" phrases on the first one's relative clause; they are thanked
    too, and receive nothing of what the first gave."""
    for noun in sent:
        if noun.lemma_.lower() not in ("gratitude", "thanks", "appreciation"):
            continue
        first = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
                      if g.dep_ == "pobj"), None)
        rel = next((c for c in first.children if c.dep_ == "relcl"), None) if first is not None else None
        if rel is None:
            continue
        tos = [c for c in rel.children if c.lower_ == "to" and c.dep_ in ("prep", "conj")]
        extra = [x for p in tos[1:] if ctx.doc[p.i - 1].lower_ in (",", "and") for g in p.children
                 if g.dep_ == "pobj" for x in _states(ctx, _np_core(g))]
        if not extra:
            continue
        thanked = set(_states(ctx, _np_core(first)))
        for e in events:
            if e.type == "SUPPORT" and thanked & set(e.recipients):
                e.recipients = _unique(e.recipients + [x for x in extra if x not in e.actors])
            elif e.trigger == rel.text:
                e.recipients = [r for r in e.recipients if r not in extra]
        events = [e for e in events if e.recipients or e.trigger != rel.text]
    return events


def _named_with(tok: Any) -> list[Any]:
    """A noun and the names joined to it by apposition, coordination or compounding (not its prepositions: "a
    meeting in Prague")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("conj", "appos", "compound", "amod"):
            out.extend(_named_with(c))
    return out


#: a state's envoys: summoned to hear a complaint, or expelled in a cut in relations with that state
_ENVOYS = frozenset({"ambassador", "envoy", "chargé", "charge", "diplomat", "representative", "attaché", "attache",
                     "consul"})
#: acts on one's own soil in a war, by the word that names the place: a town withdrawn from, fighting near or in one
_OWN_SOIL = {"RETREAT": ("from",), "ASSAULT": ("near", "in", "around", "outside")}
#: verbs that, with "out", put people out of a country ("kicked 60 diplomats out", "threw out one")
_PUTTING_OUT = frozenset({"kick", "throw", "boot", "turf", "chuck"})
#: people a state sends away ("officials", "spies") besides its envoys
_SENT_AWAY = _ENVOYS | {"official", "spy", "officer", "staff", "agent", "intelligence"}


def _only_described(ctx: Context, sent: Any, states: list[str]) -> bool:
    """Every mention of ``states`` in the sentence is inside a participle hung on a noun ("fighters returning from
    Syria"): the states describe a thing, they take no part."""
    inside = {t.i for v in sent if v.dep_ == "acl" and v.tag_ in ("VBG", "VBN") for t in v.subtree}
    where = [m for m in ctx.mentions_in(set(range(sent.start, sent.end))) if m.state in states]
    return bool(where) and all(set(range(m.tok_start, m.tok_end)) <= inside for m in where)


def _only_beside(ctx: Context, sent: Any, state: str) -> bool:
    """Every mention of ``state`` in the sentence names the neighbour a thing is to live beside ("an independent
    State living side by side with Israel")."""
    where = [m for m in ctx.mentions_in(set(range(sent.start, sent.end))) if m.state == state]
    s0 = ctx.span_chars(sent)[0]
    return bool(where) and all(_BESIDE.search(ctx.text, s0, m.start) is not None for m in where)


#: a state named as the neighbour a thing is to live beside ("a State living side by side in peace with Israel")
_BESIDE = re.compile(r"\bside[- ]by[- ]side\b[^.;]{0,40}\bwith\s+(?:the\s+(?:State\s+of\s+)?)?$", re.I)


def _owned_gift(verb: Any) -> Any | None:
    """The object of a receiving verb owned by its giver ("received Soviet aid", "got Russian weapons", "secured
    China's loan"), else None."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _GIFTS and any(
        g.dep_ in ("amod", "poss", "compound") and g.ent_type_ in ("NORP", "GPE") for g in c.children)), None)


#: what a state receives from another as help ("Soviet aid", "Chinese loans", "Russian weapons")
_GIFTS = frozenset({"aid", "assistance", "loan", "credit", "grant", "weapon", "arm", "weaponry", "funding", "help",
                    "subsidy", "donation", "equipment", "vaccine", "support"})


def _meeting_as_a_time(tok: Any) -> bool:
    """ "before the first meeting", "after the summit": a gathering told as the time of another act — no one in the
    sentence meets anyone (not "after his meeting with Putin", "before talks between A and B")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ("meeting", "summit", "talk", "session", "round") and \
        tok.dep_ == "pobj" and tok.head.lower_ in ("before", "after", "until", "since") and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
        all(c.dep_ in ("det", "amod") for c in tok.children)


def _counted_nationals(tok: Any) -> bool:
    """People counted by nationality ("four Russians"): in "ordered four Russians to leave", envoys sent away."""
    return tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS") and any(c.dep_ == "nummod" for c in tok.children)


def _bare_count_expelled(verb: Any) -> bool:
    """An expulsion of a number told without the people ("Germany expelled four", "the 23 that May expelled"): as
    many of those expelled just before."""
    if verb.lemma_.lower() not in _PUTTING_OUT | {"expel", "send", "order"}:
        return False
    if verb.dep_ == "relcl" and verb.head.pos_ == "NUM" and any(
            c.dep_ == "dobj" and c.lower_ in ("that", "which", "whom") for c in verb.children):
        return True
    return any(c.dep_ == "dobj" and c.pos_ == "NUM" and not (
        c.i + 1 < len(verb.doc) and (verb.doc[c.i + 1].pos_ in ("NOUN", "PROPN") or verb.doc[c.i + 1].ent_type_ ==
                                     "NORP")) for c in verb.children)  # (not "expelling four Azerbaijani diplomats")


def _sent_out(tok: Any) -> bool:
    """ "kicked 60 Russian diplomats out of the United States", "threw out one", "sent Russian officials packing": an
    expulsion (PLOVER SANCTION, CAMEO 166) — of envoys or officials, or of a number of them."""
    lemma = tok.lemma_.lower()
    if not _verbal(tok) or lemma not in _PUTTING_OUT | {"send"}:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs or not any(c.pos_ == "NUM" or c.lemma_.lower() in _SENT_AWAY or _counted_nationals(c) or any(
            t.lemma_.lower() in _ENVOYS for t in c.subtree) for c in objs):
        return False
    if lemma == "send":
        return any(c.lower_ == "packing" for c in tok.children)
    return any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out" for c in tok.children)


def _summons(tok: Any) -> bool:
    """A state's envoy summoned ("summoned X's ambassador", "called in the envoy of X", "summoning the chargé"; "the
    chargé d'affaires", which the parser may read as an adjective on "d'affaires")."""
    lemma = tok.lemma_.lower()
    if not _verbal(tok) or not (lemma == "summon" or lemma == "call" and any(
            c.dep_ == "prt" and c.lower_ == "in" for c in tok.children)):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _ENVOYS or any(
        g.dep_ in ("compound", "amod") and g.lemma_.lower() in _ENVOYS for g in c.children)) for c in tok.children)


def _lodged(tok: Any) -> bool:
    """A protest made through diplomacy: the purpose of summoning or recalling an envoy ("summoned the ambassador to
    protest", "recalled its ambassador in protest"), or one lodged, formal or official."""
    if any(a.lemma_.lower() in ("summon", "recall", "lodge", "hand", "deliver", "send") for a in
           list(tok.ancestors)[:3]):
        return True
    return any(c.lemma_.lower() in ("formal", "official", "diplomatic", "strong") for c in tok.children)


def _host_and_a_group(ctx: Context, sent: Any, e: Event) -> tuple[str, list[str]] | None:
    """(the one, the group) when an act's parties, each with the others, are one state and a group named by one
    plural noun ("Xi Jinping and the five Central Asian leaders"), else None."""
    if len(set(e.actors)) < 4:
        return None
    refs = ctx.doc.user_data.get(COLLECTIVE_KEY) or {}
    for i in range(sent.start, sent.end):
        group = list(dict.fromkeys(st for st in refs.get(i, ()) if st in e.actors))
        rest = set(e.actors) - set(group)
        if len(group) >= 3 and len(rest) == 1 and ctx.doc[i].dep_ in ("conj", "nsubj"):
            return rest.pop(), group
    return None


#: hostile acts, which a text can be about without its backers doing them
_HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION"})
#: places a meeting is held in ("in the Kazakh port city of Aktau")
_TOWNS = frozenset({"city", "town", "port", "capital", "resort", "village"})


def _host_by_venue(ctx: Context, sent: Any, e: Event) -> tuple[str, list[str]] | None:
    """(host, guests) when three or more states act each with the others in a place of one of them ("in the Kazakh
    port city of Aktau, the presidents of A, B, Kazakhstan, C and D signed …"): the host's act with each guest."""
    parties = list(dict.fromkeys(e.actors))
    if len(parties) < 3 or e.type not in _JOINT_ACTS:
        return None
    where = {t.i for tok in sent if tok.dep_ == "prep" and tok.lower_ == "in" and tok.head.pos_ in ("VERB", "AUX")
             for g in tok.children if g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC") or
                                                             g.lemma_.lower() in _TOWNS) for t in tok.subtree}
    hosts = [st for st in _states(ctx, where) if st in parties]
    return (hosts[0], [p for p in parties if p != hosts[0]]) if len(set(hosts)) == 1 else None


#: what a joint paper's content clause does towards a state ("a joint declaration affirming that they will respect
#: Mongolia's status", "a joint statement announcing that they would cancel their agreements with Iran")
_PAPER_CONTENT = frozenset({"affirm", "reaffirm", "announce", "pledge", "commit", "guarantee", "promise", "assure",
                            "condemn", "urge", "call", "demand", "welcome", "support", "recognise", "recognize",
                            "respect", "warn", "express", "provide", "offer"})


def _paper_addressed(ctx: Context, sent: Any, e: Event) -> list[str]:
    """The states outside its makers that a joint paper of two or more states is about, when its content is told
    ("the five permanent members signed a joint declaration affirming that they will respect Mongolia's status": the
    makers' act towards Mongolia, not towards each other). Else nothing."""
    makers = set(e.actors)
    if len(makers) < 2 or makers != set(e.recipients) or e.type not in ("SUPPORT", "AGREE"):
        return []
    for verb in sent:
        if verb.lemma_.lower() not in _ISSUING | {"sign"} or not _verbal(verb):
            continue
        papers = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _JOINT_PAPERS]
        if not papers:
            continue
        content = [c for h in (verb, *papers) for c in h.children if c.dep_ in ("advcl", "acl", "xcomp") and
                   c.tag_ == "VBG" and c.lemma_.lower() in _PAPER_CONTENT]
        outside = [x for c in content for x in _states(ctx, _subtree(c)) if x not in makers and is_state_code(x)]
        if outside and set(_states(ctx, {i for c in verb.children if c.dep_ in ("nsubj", "agent")
                                         for i in _subtree(c)})) <= makers:
            return list(dict.fromkeys(outside))
    return []


#: nouns of a hand lent to another's act ("with the involvement of X", "with the backing of Y")
_ABETTING = frozenset({"involvement", "participation", "help", "support", "backing", "assistance", "complicity",
                       "connivance", "blessing", "encouragement"})
#: the types of force an abettor may lend a hand to
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})


def _border_sides(ctx: Context, head: Any) -> list[str]:
    """The two states of "the border between A and B" in a clause telling fighting with no fighters named ("fighting
    broke out along the disputed border between Kyrgyzstan and Tajikistan"): each side against the other."""
    verb = next((a for a in [head, *head.ancestors] if a.pos_ in ("VERB", "AUX")), head)
    for t in verb.subtree:
        if t.lemma_.lower() in ("border", "frontier", "boundary") and t.pos_ == "NOUN":
            sides = _states(ctx, {i for c in t.children if c.dep_ == "prep" and c.lower_ == "between"
                                  for i in _subtree(c)})
            if len(sides) == 2 and all(is_state_code(x) for x in sides):
                return sides
    return []


#: what one "strikes" without a blow ("struck a defiant tone", "struck a deal", "struck a balance")
_STRUCK_NOT_HIT = frozenset({"tone", "note", "chord", "balance", "pose", "deal", "bargain", "compromise", "agreement",
                             "accord", "pact", "posture", "figure"})


def _meeting_of(events: list[Event], ev: Event, para_start: int, one_way: bool = False) -> Event | None:
    """The dated meeting, told before in the paragraph, of the very states of ``ev`` acting together (with
    ``one_way``: of just the one who acts and the one acted on)."""
    parties = set(ev.actors) | set(ev.recipients)
    if (len(parties) != 2 or len(set(ev.actors)) != 1) if one_way else (
            len(parties) < 2 or set(ev.actors) != set(ev.recipients)):
        return None
    return next((e for e in reversed(events) if e.text.start >= para_start and e.type == "CONSULT" and e.date and
                 not (e.negated or e.hypothetical) and set(e.actors) | set(e.recipients) == parties), None)


def _ties_made(tok: Any) -> bool:
    """ "established / restored / normalised diplomatic relations": ties made by agreement."""
    return tok.lemma_.lower() in _TIES_MADE and _verbal(tok) and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("relation", "relations", "tie", "ties")
        for c in tok.children)


def _a_record(noun: Any) -> bool:
    """A noun told as a record of its kind: "the first such agreement", "the largest deal of its kind"."""
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "det", "predet")}
    return bool(mods & {"first", "such", "only"} or any(c.tag_ == "JJS" for c in noun.children if c.dep_ == "amod")
                or any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() == "kind" for g in c.children)
                       for c in noun.children))


def _speaker_hub(ctx: Context, e: Event) -> tuple[str, list[str]] | None:
    """(speaker, the others) when four or more states, the speaker's among them, act each with the others in a
    speech or statement ("India, Saudi Arabia, the UAE, the United States, France, Germany, Italy and the EU agreed to
    build the corridor"): what the speaker tells is its own act with each partner."""
    parties = list(dict.fromkeys(e.actors))
    if ctx.speaker is None or ctx.speaker not in parties or len(parties) < 4 or ctx.joint:
        return None
    return ctx.speaker, [p for p in parties if p != ctx.speaker]


def _summit_hosts(ctx: Context, sent: Any) -> list[str]:
    """States the sentence names as hosting ("the summit hosted by President Biden", "Xi hosted …")."""
    out: list[str] = []
    for tok in sent:
        if tok.lemma_.lower() == "host" and tok.pos_ == "VERB":
            by = {i for c in tok.children if c.dep_ in ("agent", "nsubj") for i in _subtree(c)}
            out.extend(_states(ctx, by))
    return out


def _joined_subjects(ctx: Context, sent: Any) -> list[str]:
    """States a subject takes along ("A and B, together with C and D, signed …", "A, along with B, agreed …")."""
    out: list[str] = []
    for tok in sent:
        if tok.lower_ == "with" and tok.i > sent.start and ctx.doc[tok.i - 1].lower_ in ("together", "along") and (
                any(a.dep_ in ("nsubj", "nsubjpass") for a in [tok.head, *tok.head.ancestors][:3]) or
                tok.i < sent.root.i and ctx.doc[tok.i - 2].lower_ == ","):  # (the parser may hang it elsewhere)
            out.extend(st for st in _states(ctx, _subtree(tok)) if is_state_code(st) and st not in out)
    return out


#: a third party's part in a deal ("a US-brokered declaration", "the Turkish-mediated grain deal")
_BROKERING = frozenset({"broker", "mediate", "facilitate"})


def _together_with(subj: Any) -> set[int]:
    """Those a subject acts together with ("The United States, together with the European Union, has imposed …",
    "Russia, alongside Iran, …"): they act too."""
    return {g.i for c in subj.children if c.dep_ == "prep" and (
        c.lower_ == "with" and any(a.dep_ == "advmod" and a.lower_ in ("together", "along", "jointly") for a in
                                   c.children) or c.lower_ == "alongside" or
        c.lower_ == "along" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "with")
        for g in c.subtree if g.dep_ in ("pobj", "conj", "compound", "det", "appos")}


def _origin_of(tok: Any) -> set[int]:
    """Where people come from ("4,000 migrants from Iraq and Syria"): their origin, not a doer."""
    if tok.lemma_.lower() not in _MOVERS:
        return set()
    return {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree}


#: people who move from one state to another
_MOVERS = frozenset({"migrant", "refugee", "immigrant", "emigrant", "asylum-seeker", "seeker", "worker", "pilgrim",
                     "tourist", "visitor", "student", "national", "citizen", "people", "person", "family", "evacuee"})


def _responsible_for(verb: Any, hostile: frozenset[str]) -> str | None:
    """The hostile act whose authors a verb's act is aimed at ("sanctions on those responsible for the aggression"):
    the act's lemma, or None."""
    for t in verb.subtree:
        if t.lower_ in ("responsible", "accountable") and t.head.lower_ in ("those", "people", "persons",
                                                                              "individuals", "officials"):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "for":
                    act = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if act is not None and act.lemma_.lower() in hostile:
                        return str(act.lemma_.lower())
    return None


def _destination(ctx: Context, relcl: Any) -> list[str]:
    """Where the things a relative clause is hung on go, as the clause above them tells ("the first of four systems
    that Berlin has promised would arrive in Ukraine", "the tanks Germany pledged were delivered to Kyiv")."""
    thing = relcl.head
    while thing.dep_ == "pobj" and thing.head.dep_ == "prep" and thing.head.lower_ == "of":
        thing = thing.head.head  # ("the first of four systems …")
    verb = thing.head
    if thing.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return []
    if verb.lemma_.lower() not in ("arrive", "go", "reach", "deliver", "send", "ship", "head", "transfer", "come"):
        return []
    return _states(ctx, {i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "into")
                         for i in _subtree(c)})


#: diplomatic acts only a government does to another's envoy
_SUMMONING = frozenset({"summon", "expel"})


def _summoner(ctx: Context, verb: Any) -> list[str]:
    """Who summoned or expelled an envoy the text names only as summoned: the state of the ministry he was summoned to
    ("summoned to the Moldovan foreign ministry"), else the one who says so ("Popescu said Russia's ambassador had
    been summoned")."""
    to = _states(ctx, {i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "by") for i in _subtree(c)})
    if to:
        return to
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING | _SAYING_OF_OTHERS:
        return _sayers(ctx, verb.head)
    return []


def _sayers(ctx: Context, said: Any) -> list[str]:
    """The states of the subject of a verb of saying ("Poland's prime minister said …": Poland)."""
    return _states(ctx, {i for c in _subjects(said) if c.dep_ == "nsubj" for i in _subtree(c)})


#: nouns for states as parties to a joint act ("the four governments signed …")
_PARTY_STATE_NOUNS = frozenset({"country", "government", "state", "nation", "republic"})


#: a meeting held beside another one ("on the sidelines of the ASEAN summit"): not that gathering itself
_ON_THE_MARGINS = re.compile(r"\b(?:sidelines?|margins?|fringes?)\s+of\s+(?:the\s+|a\s+|an\s+)?[^,;.]*?\bsummit\b",
                             re.I)


def _among_a_body(ctx: Context, sent: Any, e: Event) -> bool:
    """A joint act of many states none of whom is named ("the five permanent members of the Security Council signed
    a joint declaration"): a body acting as one, not each member with every other."""
    if len(set(e.actors)) < 4 or set(e.actors) != set(e.recipients):
        return False
    named = {m.state for m in ctx.mentions_in(set(range(sent.start, sent.end)))
             if m.role not in ("group-ref", "pronoun", "coref")}
    if len(named & set(e.actors)) >= 2:
        return False
    if ctx.speaker in e.actors:
        return True  # (the speaker's own summit: "During the summit, the six countries signed …" is the host's)
    refs = ctx.doc.user_data.get(COLLECTIVE_KEY) or {}
    if not any(set(refs.get(i, ())) == set(e.actors) and ctx.doc[i].lemma_.lower() in _PARTY_STATE_NOUNS
               for i in range(sent.start, sent.end)) or \
            re.search(r"\bsummit\b", _ON_THE_MARGINS.sub("", sent.text), re.I):
        return True  # (only states as such — "the four governments", "the four countries" — not "the six leaders"
        # of a summit, whom a host gathered)
    told: dict[int, set[str]] = {}  # (unless an earlier sentence named them all: "… from Kyrgyzstan and Tajikistan
    for m in ctx.mentions:  # across Afghanistan to Pakistan. … The four governments signed …": those four, each with
        if m.tok_end <= sent.start and m.state and m.role not in ("group-ref", "pronoun", "coref"):  # the others)
            told.setdefault(sentence_of(ctx.doc, m.tok_start).start, set()).add(m.state)
    return not any(set(e.actors) <= named_there for named_there in told.values())


def _a_things_city(ctx: Context, m: Any) -> bool:
    """A city where a body or site is, or whose status is at stake ("the Constitutional Committee in Geneva", "the
    status of East Jerusalem"): a place, not a party to what is done about the thing."""
    if m.tok_end <= 0 or not (m.role in ("capital", "seat") or m.actor.startswith("place:")):
        return False
    tok = ctx.doc[m.tok_end - 1]
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "of"):
        return False
    thing = tok.head.head.lemma_.lower()
    return thing in _SITTING_BODIES if tok.head.lower_ == "in" else thing in _STATUS_WORDS


#: bodies and sites that sit in a city ("the Constitutional Committee in Geneva", "the tribunal in The Hague")
_SITTING_BODIES = frozenset({"committee", "commission", "court", "tribunal", "office", "headquarters", "secretariat",
                             "museum", "monument", "memorial", "university", "institute", "mosque", "church",
                             "cathedral", "shrine", "centre", "center"})
#: what is at stake about a city ("the status of Jerusalem")
_STATUS_WORDS = frozenset({"status", "future", "fate", "character", "identity"})


def _a_gathering_where(ctx: Context, m: Any) -> bool:
    """A body or state naming the gathering where something was done ("on the sidelines of the SCO summit", "at the
    EU–China summit", "during the CICA forum"): a venue, not a party to what was done there."""
    if m.tok_end <= 0:
        return False
    tok = ctx.doc[m.tok_end - 1]
    if tok.dep_ == "appos":
        tok = tok.head  # ("… of the Shanghai Co-operation Organisation (SCO)")
    gathering = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") else tok.head
    if tok.dep_ in ("compound", "nmod") and gathering.dep_ == "poss" and gathering.head.lemma_.lower() == "meeting":
        gathering = gathering.head  # ("on the sidelines of the SCO foreign ministers' meeting")
    # (its name's compound, its "of", or the city it was held in: "at the NATO summit in Vilnius", "for a summit of
    # the SCO")
    if tok.dep_ not in ("compound", "nmod", "pobj") or gathering.lemma_.lower() not in ("summit", "forum",
                                                                                          "conference", "meeting"):
        return False
    prep = gathering.head if gathering.dep_ == "pobj" else None
    aside = prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in ("sideline", "sidelines",
                                                                                      "margin", "margins")
    return prep is not None and (prep.lower_ in ("at", "during", "for") and gathering.lemma_.lower() != "meeting"
                                 or aside)


#: verbs of gathering forces somewhere: troops massed near a state's border are mobilised against it
_MASSING = frozenset({"mass", "amass", "concentrate", "deploy", "station", "gather", "build", "move", "send"})


def _at_a_border(ctx: Context, m: Any) -> bool:
    """A state's adjective naming where something happened ("shot down a bomber near the Syrian border", "exercises
    along the Iranian frontier"): a place, not a party."""
    if m.role != "demonym" or m.tok_end <= 0:
        return False
    tok = ctx.doc[m.tok_end - 1]
    return tok.dep_ == "amod" and tok.head.lemma_.lower() in ("border", "frontier", "coast", "shore", "airspace") \
        and tok.head.dep_ == "pobj" and tok.head.head.lower_ in ("near", "along", "on", "at", "across", "by", "off",
                                                                 "over", "to") and \
        next((a.lemma_.lower() for a in tok.head.head.ancestors if a.pos_ == "VERB"), "") not in _MASSING
    # ("massed troops near the Ukrainian border": against it)


def _reporter_states(ctx: Context, verb: Any) -> list[str]:
    """The states of the subject of the clause that reports or frames ``verb`` ("Hungary said it …")."""
    v = verb
    for _ in range(3):
        if v.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or v.head.i == v.i:
            return []
        v = v.head
        subs = _subjects(v)
        if subs:
            return _states(ctx, set().union(*(_np_core(c) for c in subs)))
    return []


def _first_person_or_none(subj_tokens: set[int], doc: Any) -> bool:
    if not subj_tokens:
        return True
    return any(doc[i].lower_ in ("we", "i", "us") for i in subj_tokens)


def _not_done(tok: Any) -> bool:
    """The act the word tells is denied, or only planned or wished."""
    return _negated(tok) or _hypothetical(tok)


def negated_clause(tok: Any) -> bool:
    """The act the word tells is denied ("did not provide")."""
    return _negated(tok)


def hypothetical_clause(tok: Any) -> bool:
    """The act the word tells may happen, or was only wished or planned ("would provide", "plans to lend")."""
    return _hypothetical(tok)


def _negated(tok: Any) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or c.lower_ in ("never",):
            return True
        if c.dep_ == "det" and c.lower_ == "no":
            return True
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in c.children):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "preconj" and g.lower_ == "neither"
                                                    for g in c.children):
            return True  # "Neither Moscow nor anyone else came to Armenia's aid"
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("nobody", "noone", "none", "nothing"):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ in ("neg", "det") and g.lower_ in ("not", "no")
                                                    for g in c.children):
            return True  # "Not a single Belarusian soldier has taken part", "No Turkish troops were sent"
    head = tok.head
    if tok.dep_ == "xcomp" and head.i != tok.i and (head.lemma_ in ("fail", "refuse", "decline") or
                                                     any(c.lower_ == "yet" for c in head.children) or
                                                     _negated(head)):
        return True
    if any(c.lower_ == "yet" for c in tok.children) and any(c.lemma_ == "have" for c in tok.children):
        return True
    intent = head.head if tok.dep_ == "pcomp" and head.lower_ == "of" else head
    if tok.dep_ in ("acl", "xcomp", "pcomp") and intent.lemma_.lower() in _INTENT_NOUNS and any(
            c.dep_ == "det" and c.lower_ == "no" for c in intent.children):
        return True  # "had no plans to join NATO", "has no intention of joining": nothing planned
    return False


#: nouns of meaning to do something ("no plans to join", "no intention of joining")
_INTENT_NOUNS = frozenset({"plan", "intention", "intent", "desire", "wish", "interest", "ambition", "appetite",
                           "aspiration", "aim", "need", "reason", "mandate"})


def _retold_deal(tok: Any) -> bool:
    """A signing of "the" deal told before: "the trilateral declaration signed by …", "signed the agreement"."""
    if tok.lemma_.lower() in _DEAL_NOUNS:
        deal = tok
    elif tok.lemma_.lower() in _DEAL_SIGNING:
        deal = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _DEAL_NOUNS),
                    tok.head if tok.dep_ == "acl" and tok.head.lemma_.lower() in _DEAL_NOUNS else None)
        if deal is None:
            return False
    else:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in deal.children)


def _finite_conj(tok: Any) -> bool:
    """A past-tense verb the parser coordinated with an infinitive ("urged X to push for Y and accused Z"): a
    clause of its own, of the finite verb above."""
    return tok.dep_ == "conj" and tok.tag_ == "VBD" and tok.head.tag_ in ("VB", "VBG") and tok.head.i != tok.i


def _hypothetical(tok: Any) -> bool:
    earlier = list_item_of(tok)  # "her desire to maintain ties, expand trade, …": as the list's first item
    if earlier is not None and _hypothetical(earlier):
        return True
    if asked(tok):
        return True  # a question asks whether it will happen; it reports nothing
    if tok.dep_ == "pcomp" and tok.head.lower_ == "against":
        return True  # "warned Georgia against joining NATO": what is warned against is not done
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS:
            return True
        if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "lest"):
            return True
        if c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once", "until", "after", "before") and \
                c.i < tok.i and tok.dep_ == "advcl" and \
                tok.tag_ in ("VBZ", "VBP") and tok.head.i != tok.i and any(
                    g.dep_ == "aux" and g.lower_ in _MODALS for g in tok.head.children):
            return True  # "peace will come when Russia withdraws from Ukraine": a condition told in the present
        if c.dep_ == "mark" and c.lower_ == "until" and tok.head.i != tok.i and (
                tok.head.lemma_.lower() in ("refuse", "decline", "reject", "wait") or _negated(tok.head)):
            return True  # "refused to revive the deal until the West lifted restrictions": a condition, not done
        if c.dep_ == "aux" and c.lower_ == "to" and tok.dep_ in ("xcomp", "advcl", "acl", "ccomp", "csubj",
                                                                   "relcl", "pcomp", "dep"):
            head = tok.head
            if head.pos_ == "NOUN" and tok.dep_ in ("relcl", "acl") and head.dep_ == "attr" and \
                    head.head.tag_ == "VBD" and any(a.lower_ in ("first", "last", "only", "second", "third")
                                                    for a in head.children):
                continue  # "Romania was the first state to recognise Moldova": it did
            if head.lemma_ in _INTENT or _hypothetical(head) or head.pos_ in ("ADJ", "NOUN"):
                return True
    if tok.dep_ in ("ccomp", "acl") and tok.head.i != tok.i and tok.head.lemma_.lower() in _DEMANDING and \
            any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) and not any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in tok.children):
        return True  # "demanded that Israel ease restrictions": asked for (subjunctive), not done
    if tok.tag_ == "VB" and tok.dep_ in ("ccomp", "acl") and any(c.dep_ == "nsubj" for c in tok.children) and \
            any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) and \
            not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return True  # "reiterated its demand that Peru ease …": a bare verb after a subject is a subjunctive
    if (tok.dep_ in ("xcomp", "ccomp") or tok.dep_ == "advcl" and tok.tag_ == "VB") and tok.head.i != tok.i:
        head = tok.head  # (a bare-infinitive purpose clause: "will come to China to co-host …")
        if tok.dep_ == "xcomp" and head.lemma_.lower() in _UNDERTAKING:
            return True  # "agreed to hold talks", "vowed to impose sanctions": promised, not (yet) done
        if head.lemma_ in _INTENT or head.lemma_ in ("be",) and any(c.lower_ in _INTENT for c in head.children):
            return True
        if _hypothetical(head):
            return True
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "to" and tok.head.head.i != tok.head.i and (
            tok.head.head.lemma_.lower() in DEDICATED or tok.head.head.lower_ in DEDICATED):
        return True  # "committed to deepening ties with X", "look forward to visiting X": undertaken, not (yet) done
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("at", "toward", "towards") and \
            tok.head.head.lemma_.lower() in ("aim", "direct", "target", "gear", "orient"):
        return True  # "efforts aimed at achieving a breakthrough and withdrawing the troops": a purpose
    if _finite_conj(tok):
        return False
    if tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX") and not (
            # ("The EU should do more, and Yerevan has asked Brussels …": a clause with its own subject and tense)
            any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and (
                tok.tag_ in ("VBD", "VBZ", "VBP") or
                any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in tok.children))):
        return _hypothetical(tok.head)
    if tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "AUX", "ADP"):
        h = tok.head if tok.head.pos_ != "ADP" else tok.head.head
        if h.i != tok.i and h.pos_ in ("VERB", "AUX"):
            return _hypothetical(h) if h.i != tok.i else False
    return False


_DEMANDING = frozenset({"demand", "request", "insist", "urge", "ask", "propose", "suggest", "recommend", "require",
                        "call", "appeal", "plead"})


def _earlier_same(events: list[Event], ev: Event, since: int = 0) -> Event | None:
    """An earlier mention of the same happening: same type, same parties (an act done by one side to the other, the
    same doer: "Armenia accused Russia …" is not the accusation Russia then made of Armenia)."""
    parties = set(ev.actors) | set(ev.recipients)
    stem = (ev.trigger or "").lower()[:4]
    mutual = ev.type in _MUTUAL_TYPES

    def same(e: Event) -> bool:
        return e.type == ev.type and set(e.actors) | set(e.recipients) == parties and \
            not (e.negated or e.hypothetical) and (mutual or set(e.actors) == set(ev.actors))

    for e in reversed(events):  # the same act first ("signed" … "signing")
        if same(e) and stem and (e.trigger or "").lower()[:4] == stem:
            return e
    return next((e for e in reversed(events) if same(e) and (e.text.start >= since or not any(
        (e.trigger or "").lower().startswith(w[:5]) for w in _TIES_MADE))), None)  # (ties established long ago
    # are no earlier telling of a later act of support; a trigger word is matched on its stem: "restored")


#: acts two sides do together, whoever is named first
_MUTUAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "RETREAT", "SUPPORT"})


#: nouns for the extent of an activity: "areas of cooperation", "more outcomes of cooperation"
_SCOPE_NOUNS = frozenset({"area", "field", "sphere", "domain", "avenue", "outcome", "level", "scope", "range"})


def _scope_of(noun: Any) -> Any | None:
    """The noun of extent a trigger noun hangs on ("expand areas of cooperation": areas), or None."""
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.lower() in _SCOPE_NOUNS and noun.head.head.i != noun.head.i:
        return noun.head.head
    return None


def _governing_clause_verb(noun: Any) -> Any:
    """The verb whose object a trigger noun is ("continues the process of illegal borderization" → continues),
    when that verb has a subject of its own; None otherwise."""
    t = noun
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head  # "the process of X", "a policy of X"
    while t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i != t.i and \
            noun.lemma_.lower() in _RELIEF_GOODS:
        t = t.head  # "channelled food and medical aid": an object listed with another
    own_agent = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children)
    if t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.lemma_ != "be" and _subjects(t.head) and not own_agent:
        return t.head
    return None


_FEARED = {"fear", "risk", "avoid", "prevent", "warn", "threaten", "erupt", "escalate", "turn", "become", "spark",
           "trigger", "provoke", "avert", "worry", "raise", "lead", "spiral", "descend", "slide", "drag"}


#: verbs of turning into: a war they lead to is real when they are ("escalated into war"), feared when they are
_BECOMING = frozenset({"escalate", "turn", "spiral", "descend", "slide", "erupt", "become"})


def _reported(noun: Any) -> bool:
    """A war or conflict told as real, not one feared or warned of ("fear a proxy war between A and B")."""
    t = noun
    for _ in range(5):
        if t.head.i == t.i:
            return True
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            if t.lemma_.lower() in _BECOMING and not _hypothetical(t) and not _negated(t):
                # "escalating into war in 1991": real, unless itself feared ("threatened to escalate into war")
                up = t.head if t.dep_ in ("xcomp", "pcomp", "ccomp") else None
                up = up.head if up is not None and up.pos_ == "ADP" else up
                return up is None or up.lemma_.lower() not in _FEARED - _BECOMING
            return t.lemma_.lower() not in _FEARED and not _hypothetical(t) and not _negated(t)
        if t.lemma_.lower() in ("fear", "risk", "threat", "danger", "prospect", "possibility"):
            return False
    return True


def _date_within(ctx: Context, s0: int, times: list[Any], tokens: set[int]) -> str | None:
    """The date a sentence's time expression gives when it stands among ``tokens`` (``s0``: the sentence's start)."""
    return next((t.value for t in times if t.kind in ("absolute", "month_only") and t.value and "/" not in t.value
                 and any(ctx.char(i) == s0 + t.start for i in tokens)), None)


def _admitted_member(verb: Any) -> bool:
    """A state admitted into a body ("the SCO admitted Iran", "Iran was admitted to the SCO as its ninth member"), not
    a fact admitted ("Russia admitted that …", "admitted its mistake")."""
    if verb.tag_ == "VBG" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False  # (nor "the procedure for admitting Iran": a step towards it)
    named = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    into = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "as")]
    return any(n.ent_type_ in ("GPE", "NORP") for n in named) and (bool(into) or any(
        c.dep_ == "nsubj" and c.ent_type_ in ("ORG", "GPE", "NORP") or c.lemma_.lower() in ("member", "members")
        for c in verb.children))


#: a state's readiness to act ("is ready to", "stands ready to", "remains willing to")
_READY = frozenset({"ready", "willing", "prepared"})
#: acts a state stands ready to do for another: an offer (PLOVER AGREE), whether or not the act is a trigger itself
_OFFERED_ACTS = frozenset({"supply", "provide", "sell", "deliver", "share", "return", "resume", "invest",
                           "build", "export", "transfer", "train", "send", "grant", "extend", "continue", "offer"})


def _readiness_to_deliver(tok: Any) -> bool:
    """The act offered in "Kazakhstan stands ready to supply uranium to Iran", "Egypt is ready to return to the
    table" (the verb of the act)."""
    ready = tok.head
    if tok.dep_ != "xcomp" or tok.lemma_.lower() not in _OFFERED_ACTS or ready.lemma_.lower() not in _READY or \
            ready.dep_ != "acomp" or ready.head.lemma_.lower() not in ("be", "stand", "remain", "stay"):
        return False
    if any(c.dep_ == "neg" for c in ready.head.children):
        return False
    # (to a state or body the act itself names: "to Iran", "with Ethiopia", "under the auspices of the EU", "officers
    # from SCO member states" — not one told elsewhere, nor those a purpose names: "its territory for talks between …")
    return any((c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ not in ("for", "between")) and any(
        t.ent_type_ in ("GPE", "ORG", "NORP") for t in c.subtree) for c in tok.children)


#: what a state is held to have when its sovereignty is upheld ("Georgia's sovereignty and territorial integrity")
_STATEHOOD = frozenset({"sovereignty", "integrity", "independence", "security", "unity", "inviolability"})
#: pledges a state is held to ("its commitment to Georgia's sovereignty", "adherence to the one-China principle")
_PLEDGES = frozenset({"commitment", "adherence", "attachment", "dedication", "devotion"})
#: verbs that uphold what they name ("reaffirmed the sovereignty and territorial integrity of Somalia")
_UPHOLDING = frozenset({"reaffirm", "affirm", "reiterate", "uphold", "underline", "underscore"})
#: the one-China principle and policy ("abides by the one-China principle")
_ONE_CHINA = re.compile(r"(?i)\bone[- ]china\b")


def _statehood_upheld(tok: Any) -> bool:
    """A pledge to a state's sovereignty or to the one-China principle, or a verb upholding a state's sovereignty:
    backing for that state (PLOVER SUPPORT), not a promise to act (AGREE)."""
    lemma = tok.lemma_.lower()
    if lemma in _PLEDGES and tok.pos_ == "NOUN":
        things = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pobj"]
    elif lemma in _UPHOLDING and tok.pos_ == "VERB":
        things = [c for c in tok.children if c.dep_ == "dobj"]
    elif lemma in ("commit", "committed", "dedicate", "dedicated", "devote", "devoted") and tok.dep_ == "acomp":
        things = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pobj"]  # "We remain committed to the sovereignty of X"
    else:
        return False
    for thing in things:
        heads = [thing, *(c for c in thing.children if c.dep_ == "conj")]
        if any(h.lemma_.lower() in _STATEHOOD and any(c.dep_ in ("poss", "prep") for c in h.children) and not any(
                t.lower_ in ("other", "another") for t in h.subtree) for h in heads):
            return True  # (not "each other's territorial integrity": a pledge between the two, told as such)
        if len(heads) == 1 and tok.pos_ == "NOUN" and _ONE_CHINA.search("".join(t.text_with_ws for t in thing.subtree)):
            return True
    return False


def _dated_truce(tok: Any) -> bool:
    """A ceasefire or agreement named with the day it was made: "the 12 August 2008 ceasefire agreement"."""
    if tok.lower_ not in ("agreement", "ceasefire", "cease-fire", "truce", "armistice", "accord"):
        return False
    return any(t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4 for t in tok.doc[tok.left_edge.i:tok.i])


def _conflict_between(ctx: Context, tok: Any) -> list[str]:
    """ "fighting between A and B", "fighting raged between A and B", "escalating into war in 1991 between A's
    troops and B's forces": the "between" phrase on the noun, or on the verb it is the subject or object of."""
    found = _between_states(ctx, tok)
    if len(found) < 2 and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        found = _between_states(ctx, tok.head)
    if len(found) < 2 and tok.dep_ == "pobj" and tok.head.head.i != tok.head.i:
        found = _between_states(ctx, tok.head.head)
    return found


#: what a charge is called when it is dismissed ("the accusation is groundless")
_DISMISSED = frozenset({"groundless", "baseless", "unfounded", "false", "untrue", "absurd", "fabricated", "nonsense",
                        "slanderous", "ridiculous"})


def _rejected_charge(verb: Any) -> bool:
    """The verb tells of a charge it rejects in a clause hung on the charge: "a claim the Kremlin dismissed as
    unfounded", "a charge Azerbaijan rejected"."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in _CHARGES and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _dismissed_charges(ctx: Context, sent: Any) -> list[Event]:
    """In a state's statement, another state's charge called groundless ("The Philippine accusation is groundless",
    "the so-called allegations by the US are baseless"): the speaker rejects it, as it speaks."""
    out: list[Event] = []
    speaker = ctx.speaker
    if not (speaker and is_state_code(speaker)):
        return out
    for tok in sent:
        if not (tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in _CHARGES and tok.head.lemma_ == "be"):
            continue
        said = [c for c in tok.head.children if c.dep_ in ("acomp", "attr") and (
            c.lemma_.lower() in _DISMISSED or any(g.lemma_.lower() in _DISMISSED for g in c.children))]
        if not said or any(c.dep_ == "neg" for c in tok.head.children):
            continue
        owners = [st for st in _states(ctx, {t.i for c in tok.children if c.dep_ in ("amod", "poss", "compound") or
                                             c.dep_ == "prep" and c.lower_ in ("by", "from", "of") for t in c.subtree})
                  if st != speaker and is_state_code(st)]
        s0, s1 = ctx.span_chars(sent)
        out += [Event(type="REJECT", mode=None, actors=[speaker], recipients=[st], date=ctx.published,
                      text=Span(s0, s1), trigger=tok.text) for st in dict.fromkeys(owners)]
    return out


def _owned_war(ctx: Context, tok: Any) -> bool:
    """ "Russia's war against Ukraine", "Armenia's aggression against Azerbaijan": a war with its wager and its target
    named is a real one, as "the war between A and B" is."""
    owners = _states(ctx, {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree} |
                     {t.i for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _WAGING
                      for g in c.children if g.dep_ == "agent" for t in g.subtree})  # ("the war against Yemen,
    # launched in 2015 by Saudi Arabia": the one who launched it)
    heads = [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.lemma_.lower() in ("aggression", "conquest", "attrition")]
    targets = _states(ctx, {t.i for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in (
        "against", "on") for t in c.subtree})  # ("Russia's war of aggression against Ukraine")
    return bool(owners) and bool([t for t in targets if t not in owners])


def _between_states(ctx: Context, tok: Any) -> list[str]:
    """The states of a "between A and B" or "with B" phrase hanging on ``tok`` ("war with Iraq" gives one)."""
    toks = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "between" for t in c.subtree}
    return _states(ctx, toks)


_SECESSION = re.compile(r"\b(?:independen\w+|statehood|sovereignty|secession|separat\w+|breakaway|break-away)\b",
                        re.I)


def _without_breakaway(ctx: Context, head: Any, recipients: list[str]) -> list[str]:
    """ "Russia recognised the independence of Abkhazia": support for the region, not for Georgia, the state it
    broke from — a state counts as recipient only where it is itself named."""
    sub = _clause(head) if _verbal(head) else {t.i for t in head.subtree}  # (not "…, drawing protests from Georgia")
    if not _SECESSION.search(" ".join(ctx.doc[i].text for i in sorted(sub))):
        return recipients
    named = {m.state for m in ctx.mentions_in(sub) if m.state and m.actor == m.state}
    via_region = {m.state for m in ctx.mentions_in(sub) if m.state and m.actor != m.state and
                  m.actor.startswith(("place:", "org:"))}
    return [r for r in recipients if r in named or r not in via_region]


def _not_via_breakaway(ctx: Context, tokens: set[int], recipients: list[str]) -> list[str]:
    named = {m.state for m in ctx.mentions_in(tokens) if m.state and m.actor not in BREAKAWAY}
    via = {m.state for m in ctx.mentions_in(tokens) if m.actor in BREAKAWAY}
    return [r for r in recipients if r in named or r not in via]


_TOPIC_VERBS = {"discuss", "debate", "review", "address", "talk", "consider", "raise", "exchange"}


def _topic_of_talks(noun: Any) -> bool:
    """A nominal trigger inside what talks were about ("discussed the delivery of aid to X") — not the talkers' own
    ("discussed their support for Ukraine")."""
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    t = noun
    for _ in range(6):
        if t.head.i == t.i:
            return False
        if t.dep_ not in ("pobj", "prep", "dobj", "conj", "appos", "compound", "nsubjpass"):
            return False
        t = t.head
        if t.pos_ == "VERB":
            return t.lemma_ in _TOPIC_VERBS and not (t.lemma_ == "exchange" and noun.lemma_.lower() in _BLOWS)
            # ("exchanged artillery and drone strikes": blows traded, not a topic)
    return False


#: what warring sides trade ("exchanged fire", "exchanged artillery strikes")
_BLOWS = frozenset({"fire", "strike", "shelling", "blow", "gunfire", "shot", "salvo", "attack", "barrage"})


def _performative_frame(verb: Any) -> bool:
    """ "I would like to thank", "we wish to express", "let me congratulate": said, not hypothetical."""
    h = verb.head if verb.dep_ == "xcomp" else verb
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in ("opportunity", "occasion", "chance") and \
            verb.head.dep_ == "dobj":
        h = verb.head.head  # "I take this opportunity to thank …", "let me use this occasion to express …"
    if h.lemma_ in ("like", "wish", "want", "let", "take", "must", "have") or verb.i == h.i:
        subj = [c for c in h.children if c.dep_ in ("nsubj", "dobj")]
        return any(c.lower_ in ("i", "we", "me", "us") for c in subj) or h.lemma_ == "let"
    return False


def _same_told_twice(events: list[Event]) -> list[Event]:
    """An event told twice, once with a vaguer date ("in July, an agreement was signed between A and B" … "on 18
    July an MoU was signed between A and B"): the vaguer telling adds nothing."""
    def key(e: Event) -> tuple[Any, ...]:
        deal = e.type in ("AGREE", "SUPPORT") and (e.trigger or "").lower().startswith(_DEAL_WORDS)
        return "DEAL" if deal else e.type, frozenset(e.actors), frozenset(e.recipients), e.negated, e.hypothetical
    dated: dict[tuple[Any, ...], list[str]] = {}
    for e in events:
        if e.date:
            dated.setdefault(key(e), []).append(e.date)
    return [e for e in events if not (e.date and any(d != e.date and d.startswith(e.date) and d[len(e.date)] == "-"
                                                     for d in dated.get(key(e), [])))]


def _dated_apart(earlier: Event, ev: Event, explicit: bool, dated_own: set[int]) -> bool:
    """Two acts of one kind between the same states in one sentence, each with its own day or month: "relations were
    established on 20 March 1992, and a treaty was signed on 10 June 1992" — two events, not one told twice."""
    return explicit and id(earlier) in dated_own and bool(earlier.date and ev.date) and \
        len(str(ev.date)) >= 7 and len(str(earlier.date)) >= 7 and earlier.date != ev.date


def _dedupe(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    seen: set[tuple[Any, ...]] = set()
    for e in events:
        key = (e.type, tuple(e.actors), tuple(e.recipients), e.date, e.text.start, e.negated, e.hypothetical)
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out


_MUNITIONS = frozenset({"shell", "rocket", "missile", "mortar", "bomb", "round", "shot", "bullet", "grenade",
                        "projectile", "salvo", "volley", "artillery", "drone", "torpedo", "barrage", "munition"})
_DRILLS = frozenset({"exercise", "drill", "wargame", "manoeuvre", "maneuver", "manoeuver"})
_DRILL_MODS = frozenset({"military", "naval", "joint", "air", "army", "tactical", "combat", "live", "fire",
                         "live-fire", "command", "staff", "amphibious", "anti", "counter", "multinational",
                         "trilateral", "bilateral", "annual", "field", "navy", "border", "defence", "defense"})
_DRILL_TROOPS = frozenset({"troop", "soldier", "force", "ship", "warship", "jet", "unit", "sailor", "marine",
                           "aircraft", "navy", "army", "serviceman", "personnel", "paratrooper", "vessel",
                           "member", "contingent", "airman", "officer", "submarine", "pilot"})
_DRILL_DOING = frozenset({"take", "participate", "join", "launch", "hold", "conduct", "stage", "begin", "start",
                          "carry", "complete", "organize", "organise", "host", "lead", "kick", "wrap", "end",
                          "finish", "involve", "engage", "perform", "undertake"})
_DRILL_SPELLS = frozenset({"day", "week", "month", "round", "series", "phase", "stage", "set", "part", "week-long"})
_HOSTING = frozenset({"host", "organize", "organise", "lead", "sponsor"})
_DRILL_PLACE = frozenset({"in", "at", "near", "off", "on"})


def _drill_noun(tok: Any) -> bool:
    """ "a joint exercise", "military drills", "war games", "the annual manoeuvres": a military exercise."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN":
        return False
    if lemma == "game":
        return any(c.lower_ == "war" for c in tok.children)
    if lemma not in _DRILLS:
        return False
    mods = {t.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree}
    return lemma != "exercise" or bool(mods & (_DRILL_MODS | {"led", "hosted"})) or any(
        c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in tok.children)  # "exercise Noble Partner"


def _joint_drills(ctx: Context, sent: Any, so_far: list[Event]) -> list[tuple[Any, list[str], list[str]]]:
    """ "Troops from A, B and C took part in a joint exercise in C", "A and B warships launched war games",
    "drills involving soldiers from A and B took place in B", "the A-led exercise took place in B": those who
    exercise together cooperate (COOPERATE). The guests cooperate with the host (the state the exercise is held in,
    when it takes part), the organiser with the others; with no host nor organiser only two states are each other's
    partners (among three or more no direction is told). Not when the exercise did not happen (negated, modal,
    intended) nor when the sentence has coded it already."""
    out: list[tuple[Any, list[str], list[str]]] = []
    for tok in sent:
        if not _drill_noun(tok):
            continue
        verb = tok.head
        while verb.head.i != verb.i and (verb.pos_ == "ADP" or verb.pos_ == "NOUN" and verb.lemma_.lower() in
                                         _DRILL_SPELLS and verb.i < tok.i):
            verb = verb.head  # "took part in a joint exercise", "launched five days of war games"
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _DRILL_DOING:
            continue
        if _negated(verb) or _hypothetical(verb) or any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in verb.children):
            continue
        subj = {i for c in _subjects(verb) if c.i != tok.i for i in _subtree(c)}
        own = {t.i for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss") for t in c.subtree}
        with_ = {t.i for h in (tok, verb) for c in h.children if c.dep_ in ("prep", "acl") and
                 c.lower_ in ("with", "between", "involving", "among", "including") for t in c.subtree}
        by = {t.i for h in (tok, verb) for c in h.children if c.dep_ == "agent" or (c.dep_ == "acl" and
              c.lemma_.lower() in _HOSTING) for t in c.subtree if t.i != c.i}
        place = {t.i for h in (tok, verb) for c in h.children if c.dep_ == "prep" and c.lower_ in _DRILL_PLACE
                 for t in c.subtree}
        for c in tok.children:  # "drills, involving …, took place in B": the noun is the subject of taking place
            if c.dep_ == "acl" and c.lemma_.lower() in ("hold", "conduct", "stage"):
                place |= {t.i for g in c.children if g.dep_ == "prep" and g.lower_ in _DRILL_PLACE
                          for t in g.subtree}
        troops = any(ctx.doc[i].lemma_.lower() in _DRILL_TROOPS for i in subj | with_)
        participants = _states(ctx, (subj if troops or verb.lemma_.lower() != "host" else set()) | own | with_)
        hosts = [h for h in _states(ctx, place) if is_state_code(h)]
        leaders = _states(ctx, by)
        if verb.lemma_.lower() in _HOSTING and not troops:
            leaders = leaders or _states(ctx, subj)
        hyphen = [t for t in ctx.doc[tok.left_edge.i:tok.i] if t.lower_ in ("led", "hosted", "organised",
                                                                              "organized")]
        if hyphen:  # "the A-led exercise"
            leaders = leaders or _states(ctx, {t.i for t in ctx.doc[tok.left_edge.i:hyphen[0].i]})
        participants = [p for p in participants if p not in leaders]
        if len(hosts) == 1 and (hosts[0] in participants or leaders and hosts[0] not in leaders):
            guests = [p for p in dict.fromkeys(participants + leaders) if p != hosts[0]]
            if guests:
                out.append((tok, guests, hosts))
            continue
        if leaders:
            others = [p for p in participants if p not in leaders]
            if others:
                out.append((tok, list(dict.fromkeys(leaders)), others))
            continue
        if any(c.lower_ in ("or", "nor") for i in with_ for c in ctx.doc[i].children):
            continue  # "war games with either A or B": which of them is not told
        if any(e.type == "COOPERATE" for e in so_far):
            continue
        if with_:  # "A held drills with B": A exercised with B (the partners of the subject, not of each other)
            partners = [p for p in _states(ctx, with_) if p not in leaders]
            doers = [p for p in participants if p not in partners]
            if doers and partners:
                out.append((tok, doers, partners))
            continue
        together = any(c.lower_ in ("joint", "combined", "bilateral") for c in tok.children) or \
            any(c.dep_ == "cc" for i in subj | own for c in ctx.doc[i].children)  # (not "both sides staged drills")
        if len(participants) == 2 and together:
            out.append((tok, participants, list(participants)))
    return out


def _names_noun(tok: Any) -> bool:
    """A date that is part of a thing's name or description, not when the story happens: "the ceasefire agreement of
    2008", "the 2008 war", "the August 2008 aggression"."""
    t = tok
    while t.dep_ in ("nummod", "compound", "npadvmod", "appos") and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN",
                                                                                                      "NUM"):
        t = t.head
        if t.pos_ == "NOUN":
            return t.lemma_.lower() not in _TIME_NOUNS
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" and \
        t.head.head.lemma_.lower() not in _TIME_NOUNS  # (but "in the fall of 2020" is when)


#: nouns of a stretch of time: "the fall of 2020", "the end of 2019", "the 2019 summer" are dates
_TIME_NOUNS = frozenset({"fall", "autumn", "spring", "summer", "winter", "end", "beginning", "start", "middle", "half",
                         "quarter", "course", "month", "year", "week", "day", "session", "period", "part", "turn",
                         "close", "outset", "eve", "dawn", "wake", "aftermath", "height", "run-up", "months", "years",
                         "night", "morning", "evening", "afternoon", "weekend", "date", "season", "decade", "term",
                         "hour", "hours", "nights", "days"})


def _ongoing(tok: Any) -> bool:
    """ "The aggressor continues to shell our villages": an act going on at the time of writing (a present-tense
    "continue(s)" or "keep(s)" it hangs on)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.lemma_ in ("continue", "keep") and \
        verb.head.tag_ in ("VBZ", "VBP")


def _present_perfect(tok: Any) -> bool:
    """The clause of a trigger is in the present perfect ("has worked", "have strengthened"): told up to now."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _done_jointly(verb: Any) -> bool:
    """An act told as done jointly: "jointly launched", "launched the initiative together with X", "co-hosted the
    conference with X", "co-chairs the group with X"."""
    if verb.pos_ != "VERB" or verb.dep_ in ("amod", "compound"):
        return False
    doc = verb.doc
    co = verb.lower_.startswith("co-") or (verb.i >= 2 and doc[verb.i - 1].text == "-" and
                                            doc[verb.i - 2].lower_ == "co")
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]
    withs = [c for c in near if c.dep_ == "prep" and c.lower_ == "with" and not any(
        g.dep_ == "pobj" and g.lemma_.lower() in _DEAL_NOUNS for g in c.children)]  # (not "signed X together with
    # a treaty on the border": a second paper, no partner)
    adv = any(c.dep_ == "advmod" and c.lower_ in ("jointly", "together") for c in [*near, *(g for w in withs
                                                                                           for g in w.children)])
    joint_subject = any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)
    # "A, B and C launched a joint task force": a joint body set up by those who set it up
    joint_made = verb.lemma_.lower() in _SETTING_UP and any(c.dep_ == "dobj" and any(
        g.dep_ == "amod" and g.lower_ in ("joint", "common") for g in c.children) for c in verb.children)
    return (adv and (bool(withs) or joint_subject)) or (co and bool(withs)) or (joint_made and joint_subject)


def _sent_into_waters(verb: Any) -> bool:
    """ "sent its drilling ships into the exclusive economic zone of Cyprus", "deployed warships to its territorial
    waters": craft or forces sent into another's waters, zone or airspace."""
    sent = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CRAFT | _FORCE_NOUNS]
    return bool(sent) and any(c.dep_ == "prep" and c.lower_ in ("into", "to", "inside") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("zone", "waters", "water", "airspace", "shelf", "territory")
        for g in c.children) for c in verb.children)


def _in_response(verb: Any) -> bool:
    """The act is how someone answered: "responded by suspending talks", "retaliated by expelling …"."""
    up = verb
    while up.dep_ in ("pcomp", "pobj", "prep", "advcl", "conj") and up.head.i != up.i:
        up = up.head
        if up.lemma_.lower() in ("respond", "retaliate", "react", "answer", "reply") and up.pos_ == "VERB":
            return True
    return False


def _those_decisions(verb: Any) -> bool:
    """ "those decisions", "these measures" are the verb's object: a back reference to acts just told."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("decision", "measure", "step", "move", "action") and any(
        d.dep_ == "det" and d.lower_ in ("this", "these", "those", "that") for d in c.children)
        for c in verb.children)


def _names_other_receiver(ctx: Context, verb: Any) -> bool:
    """The verb names a receiver that is no state: "allocated aid to developing countries", "helped the refugees",
    "has stood with the United Nations"."""
    for c in verb.children:
        if c.dep_ in ("dative", "prep") and c.lower_ in ("to", "for") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _RECEIVERS for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in ("with", "behind", "beside") and any(
                g.dep_ == "pobj" and (m := ctx.token_mentions.get(g.i)) is not None and m.actor.startswith("org:")
                and not m.state and m.role != "ner" for g in c.children):
            return True  # (a body of no state, named where a state would stand)
    return False
