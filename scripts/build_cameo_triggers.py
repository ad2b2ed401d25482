"""Derive the CAMEO verb-pattern triggers (``multipolar/extract/lexicons/cameo_triggers.tsv``), run by hand.

Reads two public files from the shared data folder (not copied into this repository):

* ``cameo_phoenix_dictionaries/CAMEO.2.0.txt`` — the CAMEO verb-pattern dictionary of PETRARCH2
  (openeventdata/petrarch2 @ 676801c, MIT licence, © 2015 Open Event Data Alliance; patterns from the
  TABARI/CAMEO dictionaries by Parus Analytics and WordNet synonym sets);
* ``plover_gsr_cameo/CAMEO2PLOVER-2021.txt`` — the CAMEO→PLOVER conversion table (PLOVER draft 0.8,
  openeventdata/PLOVER @ 5e0c24f, CC BY-SA 4.0, © Open Event Data Alliance).

and writes a compact, lemma-level lexicon: one row per verb pattern —

    verb  particle  preposition  object  PLOVER-type  mode  CAMEO-code

``particle``/``preposition``/``object`` empty where the pattern does not need them; ``object`` is the head noun of
the verb's object (or of the preposition's object when a preposition is given). Only patterns that map to one
PLOVER type are kept: a key whose CAMEO patterns fall into two PLOVER types is dropped, patterns conditioned on the
words before the verb are dropped, and the bare-verb entries of very general verbs ("take", "make", "hold") are
dropped (their particle and object patterns stay). Usage::

    python scripts/build_cameo_triggers.py [SHARED_DATA_DIR]
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "multipolar/extract/lexicons/cameo_triggers.tsv"
PARTICLES = {"out", "up", "down", "off", "back", "away", "over", "forward", "aside", "through", "around", "along",
             "in", "on"}
PREPS = {"to", "with", "for", "against", "on", "in", "at", "from", "into", "of", "by", "about", "over", "upon",
         "toward", "towards", "between", "among", "across", "behind", "under", "after", "before", "onto", "like",
         "as", "without", "within", "through", "around", "along", "near"}
# Verbs too general to be an event on their own in CAMEO's sense; their particle/object patterns are kept.
GENERAL = {"be", "have", "do", "make", "take", "get", "give", "go", "come", "put", "set", "hold", "keep", "let", "see",
           "say", "tell", "call", "ask", "show", "run", "move", "use", "work", "bring", "turn", "leave", "send",
           "find", "look", "seem", "appear", "become", "begin", "start", "end", "stop", "open", "close", "meet",
           "raise", "place", "play", "pass", "lead", "carry", "follow", "stand", "sit", "lay", "lie", "draw",
           "break", "cut", "pull", "push", "drop", "fall", "rise", "grow", "change", "continue", "remain", "stay",
           "receive", "accept", "return", "include", "involve", "release", "issue", "express", "offer", "want",
           "need", "try", "plan", "hope", "expect", "believe", "think", "know", "feel", "consider", "note",
           "report", "state", "add", "point", "mark", "sign", "act", "face", "address", "reach", "handle", "seek",
           "form", "press", "fire", "launch", "file", "order", "charge", "cover", "check", "deal", "head", "back",
           "lift", "post", "base", "stage", "pose", "position", "station", "situate", "arrange", "format",
           "visit", "travel", "fly", "drive", "walk", "enter", "cross", "pay", "spend", "buy", "sell", "win",
           "lose", "fail", "miss", "serve", "join", "share", "mean", "hear", "read", "write", "speak", "talk",
           "build", "develop", "produce", "create", "establish", "provide", "supply", "deliver", "extend", "expand",
           "increase", "reduce", "cause", "allow", "permit", "enable", "help", "assist", "support", "protect",
           "defend", "watch", "observe", "monitor", "review", "examine", "study", "test", "discover", "identify",
           "indicate", "suggest", "propose", "decide", "determine", "choose", "elect", "vote", "rule", "govern",
           "control", "manage", "direct", "guide", "hit", "touch", "catch", "shoot", "beat", "kill", "attack",
           "fight", "strike", "hurl", "empty", "fell", "crawl", "dock", "draft", "drag", "emerge", "enjoy",
           "endure", "experience", "exhibit", "finish", "freeze", "fuel", "fulfill", "hack", "hide", "implant",
           "invoke", "instruct", "intercept", "evacuate", "evade", "erupt", "decorate", "dispel", "distance",
           "despatch", "dispatch", "eliminate", "embrace", "immigrate", "cite", "claim", "insist", "complain",
           "list", "name", "term", "label", "describe", "refer", "mention", "respond", "reply", "answer", "comment",
           "approach", "contact", "link", "connect", "tie", "bind", "hand", "pick", "fix", "clear", "clean",
           "wind", "light", "shut", "split", "spread", "stretch", "throw", "toss", "kick", "knock", "wave",
           "block", "ban", "bar", "limit", "restrict", "curb", "step", "jump", "sweep", "storm"}
# Bare verbs whose CAMEO block code is not what the verb alone reports in news and statements ("die" → ASSAULT,
# "compensate" → ACCUSE, "negotiate" → CONCEDE): judged by hand on the derived list; their patterns stay.
BARE_DENY = set("""
abate accord admit affect aim amass amplify analyse appropriate argue arm arrive ascertain assemble assign associate
assure attach attend attire augment aver avow award best better benefit bill blend blow boost brand brave cable chain
circle cluster coalesce combine comb command compensate compete compound conduct conflate confront conglomerate
constellate constitute contain contemplate contend contrast correlate corrupt counter cry curse deepen defer delay
depart detach dictate die differ dig disarm disarray disorder dishonor dishonour dock ease egress elicit embark
embolden enact encounter endeavor endeavour engage enhance enjoin enlarge enlist enliven enroll ensure entrust equip
escalate exaggerate excogitate exchange expediate explore expose extract exuberate fill flock found furnish fuse
gather gear grieve groom guard hang heighten huddle humble impact impair import improve influence inhabit innovate
insert inspire institute integrate intend intensify interact interfere intermediate introduce journey learn lecture
magnify master match meditate merge mine mitigate moderate mourn muse mull necessitate negotiate mediate oversee
overshadow overtake parade persuade pirate pit pluck ponder postpone prefer prepare prescribe profess promote quarrel
rag rake rally reason reconsider redouble regulate reinforce relate remit remove render reside resign resolve
resurrect resuscitate retard retire reveal revitalize revive revolutionise revolutionize ring rip risk rouse ruminate
satify savage scan search settle shelve signal simplify skim speculate spoil spur stabilise stabilize stall steer
stock strive struggle subscribe surmount surround suspect swear synchronise synchronize table task tax tear tease
tempt tend tender toast trade train triumph undo unearth unify unite unveil upset value verify vitiate wail ward weep
weigh whine withhold mar cooperate collaborate agree approve ratify withdraw retreat aid coordinate correlate concert
harmonise harmonize integrate organise organize orchestrate forgave forgiven touring conform confide confess divulge
advertise advertize bargain barter haggle celebrate commemorate bless cheer clap exult rejoice sanctify glorify
exalt esteem prize invigorate galvanize legitimise legitimize impugn implicate finance fund invest purchase loan lend
bankroll underwrite sponsor swap allocate allot apportion bequeath bestow endow administer supervise supervize
outfit stock furnish certify comply volunteer ready demonstrate march picket exhibit display prevent hinder impede
hamper stymie forestall inhibit discourage counter
""".split())


def read_plover(path: Path) -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?", line)
        if m and m.group(1) not in table:
            table[m.group(1)] = (m.group(2), (m.group(3) or "").strip().replace(" ", ""))
    return table


def plover_of(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    code = code.split(":")[0].strip()
    if not re.fullmatch(r"\d{2,4}", code):
        return None
    return table.get(code)


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    name = None
    for line in lines:
        line = line.split("#")[0].rstrip()
        if line.startswith("&"):
            name = line.strip()
            sets[name] = []
        elif line.startswith("+") and name:
            sets[name].append(line[1:].strip().strip("_").replace("_", " ").lower())
        elif not line.strip():
            continue
        else:
            name = None
    return sets


def heads(element: str, synsets: dict[str, list[str]]) -> tuple[str, list[str]] | None:
    """The head nouns a pattern element stands for ("{ARMS SHIPMENT}" → shipment; "&FOOD" → its members),
    with the synonym set's name where there is one."""
    element = element.strip("{}")
    if not element or any(ch in element for ch in "$^%()"):
        return None
    words = element.split()
    last = words[-1]
    if last.startswith("&"):
        members = synsets.get(last)
        return (last, sorted({m.split()[-1] for m in members})) if members else None
    if not re.fullmatch(r"[A-Z][A-Z'-]*", last):
        return None
    return "", [last.lower()]


Key = tuple[str, str, str, str]


def parse(cameo: Path, table: dict[str, tuple[str, str]],
          groups: dict[Key, list[str]]) -> dict[Key, set[tuple[str, str, str]]]:
    lines = cameo.read_text(encoding="latin-1").splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("####### VERB PATTERNS"))
    synsets = read_synsets(lines[:start])
    keys: dict[Key, set[tuple[str, str, str]]] = defaultdict(set)
    block_code = "---"
    verbs: list[tuple[str, str]] = []  # (lemma, particle)
    new_block = True
    for raw in lines[start + 1:]:
        line = raw.split("#")[0].rstrip()
        if not line.strip() or raw.startswith("~"):
            continue
        m = re.match(r"^---\s+\S+\s+\[([^\]]*)\]\s+---", line)
        if m:
            block_code = m.group(1).strip()
            new_block = True
            continue
        if line.startswith("-"):
            new_block = False
            m = re.match(r"^-\s*(.*?)\*(.*?)\[([^\]]*)\]", line)
            if not m or m.group(1).strip():
                continue  # patterns conditioned on the words before the verb: too weak for us
            mapped = plover_of(m.group(3), table)
            if mapped is None:
                continue
            elems = [e for e in re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", m.group(2)) if e not in ("$", "^", "%")]
            particle = ""
            if elems and elems[0].lower() in PARTICLES and not elems[0].startswith("("):
                particle = elems.pop(0).lower()
            if len(elems) > 1:
                continue
            prep, objs, label = "", [""], ""
            if elems:
                el = elems[0]
                if el.startswith("("):
                    inner = el.strip("()").split(maxsplit=1)
                    prep = inner[0].lower()
                    if prep not in PREPS:
                        continue
                    if len(inner) > 1:
                        h = heads(inner[1], synsets)
                        if h is None:
                            continue
                        label, objs = h
                else:
                    h = heads(el, synsets)
                    if h is None:
                        continue
                    label, objs = h
            for verb, vpart in verbs:
                if vpart and particle and vpart != particle:
                    continue
                for obj in objs:
                    keys[(verb, vpart or particle, prep, obj)].add((mapped[0], mapped[1], m.group(3).split(":")[0]))
                if label:
                    groups[(verb, vpart or particle, prep, label)] = objs
            continue
        # a verb line: "WORD {irregular forms} [code]" or "+WORD_PARTICLE {…} [code]"
        if new_block:
            verbs = []
            new_block = False
        if any(x.startswith("-") for x in [line]):
            continue
        m = re.match(r"^\s*(\+?[A-Z][A-Z_+'-]*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?", line)
        if not m:
            continue
        word = m.group(1)
        code = (m.group(2) or block_code).strip()
        parts = word.split("_")
        if "+" in word and not word.startswith("+"):
            continue  # "WIRE_+TAP": the verb is not the first word
        parts = [p.lstrip("+").lower() for p in parts if p]
        if len(parts) > 2 or (len(parts) == 2 and parts[1] not in PARTICLES | PREPS):
            continue
        verb, vpart = parts[0], (parts[1] if len(parts) == 2 else "")
        verbs.append((verb, vpart))
        mapped = plover_of(code, table) if code != "---" else None
        if mapped and (vpart or verb not in GENERAL | BARE_DENY):
            if vpart in PREPS and vpart not in PARTICLES:
                keys[(verb, "", vpart, "")].add((mapped[0], mapped[1], code.split(":")[0]))
            else:
                keys[(verb, vpart, "", "")].add((mapped[0], mapped[1], code.split(":")[0]))
    return keys


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data"
    table = read_plover(shared / "plover_gsr_cameo/CAMEO2PLOVER-2021.txt")
    groups: dict[Key, list[str]] = {}
    keys = parse(shared / "cameo_phoenix_dictionaries/CAMEO.2.0.txt", table, groups)
    kept: dict[Key, tuple[str, str, str]] = {}
    dropped = 0
    for key, vals in keys.items():
        types = {t for t, _, _ in vals}
        if len(types) != 1:
            dropped += 1
            continue
        modes = {m for _, m, _ in vals}
        codes = sorted({c for _, _, c in vals})
        kept[key] = (types.pop(), modes.pop() if len(modes) == 1 else "", ",".join(codes))
    # A pattern that says no more than the verb (with its particle or preposition) alone is left out.
    for key in sorted(kept, key=lambda k: -sum(bool(x) for x in k)):
        verb, particle, prep, obj = key
        parents = [(verb, particle, prep, ""), (verb, particle, "", ""), (verb, "", "", "")]
        parent = next((kept[p] for p in parents if p != key and p in kept), None)
        if parent is not None and parent[0] == kept[key][0]:
            del kept[key]
    # Write a synonym set once where all its members kept the same type for a verb, not member by member.
    used_sets: dict[str, list[str]] = {}
    for (verb, particle, prep, label), members in sorted(groups.items()):
        found = [kept.get((verb, particle, prep, m)) for m in members]
        if len(members) > 1 and all(v is not None for v in found) and len({v[0] for v in found if v}) == 1:
            first = found[0]
            assert first is not None
            for m in members:
                del kept[(verb, particle, prep, m)]
            kept[(verb, particle, prep, label)] = first
            used_sets[label] = members
    rows = ["\t".join([verb, particle, prep, obj, *val]) for (verb, particle, prep, obj), val in sorted(kept.items())]
    sets = [f"{label}\t{' '.join(members)}" for label, members in sorted(used_sets.items())]
    header = [
        "# CAMEO verb patterns mapped to PLOVER types — generated by scripts/build_cameo_triggers.py; do not edit.",
        "# Sources: CAMEO.2.0.txt verb dictionary of PETRARCH2 (openeventdata/petrarch2 @ 676801c, MIT licence,",
        "#   (c) 2015 Open Event Data Alliance; TABARI/CAMEO patterns by Parus Analytics, WordNet synonym sets);",
        "#   CAMEO2PLOVER-2021.txt (openeventdata/PLOVER @ 5e0c24f, CC BY-SA 4.0, (c) Open Event Data Alliance).",
        "#   This derived table is shared under CC BY-SA 4.0.",
        f"# {len(rows)} patterns kept; {dropped} dropped: their CAMEO codes fall into more than one PLOVER type.",
        "# Synonym sets (&NAME, head words) are listed first; an object written &NAME stands for any of them.",
        "# verb\tparticle\tpreposition\tobject\ttype\tmode\tcameo",
    ]
    OUT.write_text("\n".join(header + sets + rows) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} patterns, {dropped} ambiguous dropped)")


if __name__ == "__main__":
    main()
