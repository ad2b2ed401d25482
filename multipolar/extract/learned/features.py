"""Sentence features for the learned event reader, read off the spaCy parse (no second pass over the text).

Also the CAMEO verb table: each verb of the CAMEO verb dictionary (and each verb + first pattern word) with
the PLOVER type its CAMEO code maps to, built at training time from the shared data and shipped beside
the model weights.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

_ARG_DEPS = {"dobj", "prep", "prt", "xcomp", "ccomp", "dative", "attr", "acomp", "agent", "nsubjpass", "oprd"}
_MODALS = {"will", "would", "shall", "should", "could", "might", "may", "must", "can", "'ll", "wo", "ca"}
_ENT_KINDS = {"GPE", "NORP", "ORG", "PERSON", "LOC"}
_OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


@dataclass
class CameoTable:
    """verb lemma → PLOVER type; (verb lemma, word) → PLOVER type."""

    verbs: dict[str, str] = field(default_factory=dict)
    patterns: dict[tuple[str, str], str] = field(default_factory=dict)

    def to_tsv(self) -> str:
        rows = [f"{v}\t\t{t}" for v, t in sorted(self.verbs.items())]
        rows += [f"{v}\t{w}\t{t}" for (v, w), t in sorted(self.patterns.items())]
        return "\n".join(rows) + "\n"

    @classmethod
    def from_tsv(cls, text: str) -> CameoTable:
        out = cls()
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            v, w, t = line.split("\t")
            if w:
                out.patterns[(v, w)] = t
            else:
                out.verbs[v] = t
        return out


#: CAMEO codes PLOVER drops that this project codes all the same: appeals ("urged", "called on", "encouraged")
#: are REQUEST in the project's rules and gold
PROJECT_CODES = {"02": "REQUEST"}


def read_cameo2plover(path: Path) -> dict[str, str]:
    """CAMEO code → PLOVER type, from ``CAMEO2PLOVER-2021.txt`` (plus :data:`PROJECT_CODES`)."""
    out: dict[str, str] = dict(PROJECT_CODES)
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            out[m.group(1)] = _OLD_NAMES.get(m.group(2), m.group(2))
    return out


def _plover(code: str, table: dict[str, str]) -> str | None:
    code = code.split(":")[0].strip()
    for k in (code, code[:3], code[:2]):
        if k in table:
            return table[k]
    return None


def read_cameo_verbs(path: Path, c2p: dict[str, str]) -> CameoTable:
    """The CAMEO verb dictionary (PETRARCH format) reduced to verbs and verb + first pattern word."""
    out = CameoTable()
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    try:
        start = next(i for i, x in enumerate(lines) if "VERB PATTERNS" in x)
    except StopIteration:
        return out
    block_verbs: list[str] = []
    block_code: str | None = None
    for raw in lines[start + 1:]:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if head:
            block_verbs, block_code = [], head.group(2).strip()
            continue
        codes = re.findall(r"\[([^\]]+)\]", line)
        if line.startswith("-"):
            ty = _plover(codes[-1], c2p) if codes else None
            words = [w.lower() for w in re.findall(r"(?<![&A-Z_])([A-Z][A-Z]+)(?![A-Z_])", line.split("[")[0])]
            if ty and words:
                for v in block_verbs:
                    out.patterns.setdefault((v, words[0]), ty)
            continue
        m = re.match(r"^([A-Z][A-Z_\-]*)", line.strip())
        if not m:
            continue
        parts = m.group(1).lower().strip("_").split("_")
        verb = parts[0]
        code = codes[0] if codes else block_code
        ty = _plover(code, c2p) if code and code != "---" else None
        if len(parts) > 1 and ty:
            out.patterns.setdefault((verb, parts[1]), ty)
        elif ty:
            out.verbs.setdefault(verb, ty)
        if verb not in block_verbs:
            block_verbs.append(verb)
    return out


#: width of the dense part: the mean of spaCy's context vectors (``doc.tensor``) over the sentence's words, and
#: the vector of the sentence's root
DENSE_WIDTH = 2 * 96


def sentence_vector(sent: Any) -> np.ndarray | None:
    """The sentence's context vectors from the tok2vec layer the parse already ran (``doc.tensor``; free).

    The mean over the sentence's words (not punctuation or space) followed by the root's own vector, or None
    when the pipeline keeps no tensor of that width."""
    tensor = getattr(sent.doc, "tensor", None)
    if tensor is None or getattr(tensor, "ndim", 0) != 2 or tensor.shape[1] * 2 != DENSE_WIDTH or \
            tensor.shape[0] < sent.end:
        return None
    idx = [t.i for t in sent if not (t.is_space or t.is_punct)] or [sent.root.i]
    rows = np.asarray(tensor[idx], dtype=np.float64)
    return np.concatenate([rows.mean(axis=0), np.asarray(tensor[sent.root.i], dtype=np.float64)])


def _lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


def sentence_features(sent: Any, cameo: CameoTable | None = None) -> list[str]:
    """Binary features of one sentence (a spaCy ``Span``)."""
    feats: set[str] = {"bias"}
    toks = [t for t in sent if not (t.is_space or t.is_punct)]
    words = {_lemma(t) for t in toks} | {t.lower_ for t in toks}
    kinds: dict[str, int] = {}
    for t in toks:
        lem = _lemma(t)
        if t.ent_type_ in _ENT_KINDS and t.ent_iob_ == "B":
            kinds[t.ent_type_] = kinds.get(t.ent_type_, 0) + 1
        if t.dep_ == "ROOT":
            feats.add("root:" + lem)
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            feats.add("v:" + lem)
            for c in t.children:
                if c.dep_ in _ARG_DEPS:
                    feats.add(f"vd:{lem}_{c.dep_}_{_lemma(c)}")
                    if c.dep_ == "prep":
                        for g in c.children:
                            if g.dep_ == "pobj":
                                feats.add(f"vp:{lem}_{_lemma(c)}_{_lemma(g)}")
                elif c.dep_ == "neg":
                    feats.add("neg")
                    feats.add("neg:" + lem)
                elif c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS:
                    feats.add("modal")
                    feats.add(f"modal:{c.lower_}")
            if t.tag_ in ("VBD", "VBN"):
                feats.add("past")
            if cameo is not None:
                ty = cameo.verbs.get(lem)
                if ty:
                    feats.add("cv:" + ty)
                    feats.add("cv+:" + ty)
                    if t.dep_ == "ROOT":
                        feats.add("cvr:" + ty)
                for w in words:
                    ty = cameo.patterns.get((lem, w))
                    if ty:
                        feats.add("cp:" + ty)
                        feats.add("cp+:" + ty)
        elif t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr"):
            feats.add(f"n:{t.dep_}:{lem}")
    for k, n in kinds.items():
        feats.add("e:" + k)
        if n > 1:
            feats.add("e2:" + k)
    n_ents = sum(kinds.values())
    feats.add(f"ents:{min(n_ents, 3)}")
    return sorted(feats)
