"""CAMEO verb patterns as event triggers: a verb with its particle, preposition and object → PLOVER type.

The table ``lexicons/cameo_triggers.tsv`` is derived by ``scripts/build_cameo_triggers.py`` from the CAMEO verb
dictionary of PETRARCH2 (MIT) and the CAMEO→PLOVER table (CC BY-SA 4.0); see its header. The hand-written
lexicon (``events.tsv``) is consulted first; these patterns fill in the verbs it does not know.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class CameoPattern:
    type: str
    mode: str | None
    code: str


Key = tuple[str, str, str]  # verb, particle, preposition

#: verbs of more or less ("increase", "step up"): typed by their object only, never alone
RAMP_VERBS = frozenset({"increase", "step", "intensify", "boost", "expand", "escalate", "ramp", "deepen", "strengthen",
                        "enhance", "widen", "broaden", "raise", "double", "redouble", "accelerate", "speed", "scale",
                        "send", "continue", "resume", "renew"})
RAMP_PHRASES = frozenset({("step", "up"), ("beef", "up"), ("build", "up"), ("scale", "up"), ("ramp", "up")})


@dataclass
class CameoTable:
    plain: dict[Key, CameoPattern]  # patterns without an object
    objects: dict[Key, dict[str, CameoPattern]]  # patterns that name the object's head noun
    event_nouns: frozenset[str] = frozenset()  # nouns that are triggers of their own (set by the event stage)

    def match(self, tok: Any) -> CameoPattern | None:
        """The most specific pattern the verb token matches, or None."""
        lemma = tok.lemma_.lower()
        if (lemma, "", "") not in self.plain and lemma not in self.verbs:
            return None
        prts = [c.lower_ for c in tok.children if c.dep_ == "prt"]
        prt = prts[0] if prts else ""
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        preps = [(c.lower_, [g for g in c.children if g.dep_ == "pobj"]) for c in tok.children if c.dep_ == "prep"]
        if lemma in RAMP_VERBS or (lemma, prt) in RAMP_PHRASES:
            return None  # "stepped up strikes", "increased cooperation": the object is the event
        if objs and any(o.lemma_.lower() in self.event_nouns for o in objs):
            return None  # "made a visit": left to the object's own trigger
        parts = [prt, ""] if prt else [""]
        for p in parts:
            for prep, pobjs in preps:
                found = self._object(lemma, p, prep, pobjs)
                if found:
                    return found
            found = self._object(lemma, p, "", objs)
            if found:
                return found
        for p in parts:  # "infiltrated the territory" for the pattern "infiltrate into territory"
            for key in self.by_verb.get((lemma, p), ()):
                found = self._object(*key, objs)
                if found:
                    return found
        for p in parts:
            for prep, _ in preps:
                pat = self.plain.get((lemma, p, prep))
                if pat and not (objs and not p):  # "sent X to Y": a bare preposition says little with an object
                    return pat
        if prt:
            return self.plain.get((lemma, prt, ""))
        return self.plain.get((lemma, "", ""))

    def _object(self, lemma: str, prt: str, prep: str, nouns: list[Any]) -> CameoPattern | None:
        table = self.objects.get((lemma, prt, prep))
        if not table:
            return None
        for n in nouns:
            pat = table.get(n.lemma_.lower()) or table.get(n.lower_)
            if pat:
                return pat
        return None

    @functools.cached_property
    def by_verb(self) -> dict[tuple[str, str], list[Key]]:
        """The object patterns of each verb and particle that name a preposition, for a direct object instead."""
        out: dict[tuple[str, str], list[Key]] = {}
        for key in self.objects:
            if key[2]:
                out.setdefault((key[0], key[1]), []).append(key)
        return out

    @functools.cached_property
    def verbs(self) -> set[str]:
        return {k[0] for k in self.plain} | {k[0] for k in self.objects}


@functools.lru_cache(maxsize=1)
def load_cameo_table() -> CameoTable:
    text = resources.files("multipolar.extract").joinpath("lexicons/cameo_triggers.tsv").read_text(encoding="utf-8")
    sets: dict[str, list[str]] = {}
    plain: dict[Key, CameoPattern] = {}
    objects: dict[Key, dict[str, CameoPattern]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if line.startswith("&"):
            sets[parts[0]] = parts[1].split()
            continue
        verb, prt, prep, obj, typ, mode, code = parts
        pat = CameoPattern(typ, mode or None, code)
        if not obj:
            plain[(verb, prt, prep)] = pat
            continue
        table = objects.setdefault((verb, prt, prep), {})
        for noun in sets.get(obj, [obj]):
            table.setdefault(noun, pat)
    return CameoTable(plain, objects)
