"""Training data for the learned event reader, read from the shared data and gold folders (never copied here).

* PLOVER gold-standard records (``plover_gsr_cameo/PLOVER_GSR_CAMEO.txt``, CC BY-SA 4.0, Open Event Data
  Alliance): one news sentence each with its PLOVER type (draft-0.5 names mapped to the 2021 ones).
* Our gold (``multipolar.gold/1``): each sentence of an annotated document is labelled with the first type
  of the gold event quoted in it, or ``NONE`` when no gold event is quoted there (sentences holding only
  optional events are left out).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...domain.vocab import EVENT_TYPES
from ..context import is_boilerplate
from .features import _OLD_NAMES, CameoTable, sentence_features
from .model import NONE

GSR_FILE = "plover_gsr_cameo/PLOVER_GSR_CAMEO.txt"
C2P_FILE = "plover_gsr_cameo/CAMEO2PLOVER-2021.txt"
CAMEO_FILE = "cameo_phoenix_dictionaries/CAMEO.2.0.txt"
#: dev2 gold (101_… to 199_…) is kept for evaluation and never trained on
HELD_OUT = re.compile(r"^1\d\d_")


@dataclass
class Example:
    text: str
    label: str
    group: str  # "gsr" or "gold:<document>"
    feats: list[str]


def gsr_records(data: Path) -> list[dict[str, Any]]:
    recs = json.loads((data / GSR_FILE).read_text(encoding="utf-8"))
    out = []
    for r in recs:
        ty = _OLD_NAMES.get(r.get("event", ""), r.get("event", ""))
        if ty in EVENT_TYPES and r.get("text"):
            out.append({"id": r["id"], "text": r["text"], "label": ty})
    return out


def gsr_examples(nlp: Any, data: Path, cameo: CameoTable | None) -> list[Example]:
    recs = gsr_records(data)
    out = []
    for r, doc in zip(recs, nlp.pipe([r["text"] for r in recs], batch_size=32), strict=True):
        out.append(Example(r["text"], r["label"], "gsr", sentence_features(doc[:], cameo)))
    return out


def _find(text: str, quote: str) -> tuple[int, int] | None:
    i = text.find(quote)
    if i >= 0:
        return i, i + len(quote)
    words = re.findall(r"\w+", quote)
    if not words:
        return None
    m = re.search(r"\W+".join(re.escape(w) for w in words), text)
    return (m.start(), m.end()) if m else None


def gold_files(folders: Iterable[Path], held_out: bool = False) -> list[Path]:
    """Gold files in the folders: the trainable ones, or (``held_out``) the dev2 ones kept for evaluation."""
    out = []
    for folder in folders:
        for f in sorted(folder.glob("*.gold.json")):
            if bool(HELD_OUT.match(f.name)) == held_out:
                out.append(f)
    return out


def gold_examples(nlp: Any, files: list[Path], cameo: CameoTable | None) -> list[Example]:
    from ...sources.discover import ReadFailure, read_inputs
    from ..scoring import gold_document_path, load_gold

    out: list[Example] = []
    for gf in files:
        gold = load_gold(gf)
        path = gold_document_path(gf, gold, None)
        if path is None:
            continue
        src = next(iter(read_inputs([path])))
        if isinstance(src, ReadFailure):
            continue
        text = src.text
        spans: list[tuple[int, int, str | None]] = []
        for ev in gold.get("events") or []:
            hit = _find(text, ev.get("quote") or "")
            if hit:
                types = ev["type"] if isinstance(ev["type"], list) else [ev["type"]]
                spans.append((hit[0], hit[1], None if ev.get("optional") else types[0]))
        doc = nlp(text[src.body_start:])
        name = gf.name.removesuffix(".gold.json")
        for sent in doc.sents:
            if is_boilerplate(sent.text) or not sent.text.strip():
                continue
            s0, s1 = src.body_start + sent.start_char, src.body_start + sent.end_char
            over = [lab for a, b, lab in spans if a < s1 and b > s0]
            labels = [lab for lab in over if lab]
            if over and not labels:
                continue  # only optional events here: neither an event to learn nor a negative
            out.append(Example(sent.text, labels[0] if labels else NONE, f"gold:{name}",
                               sentence_features(sent, cameo)))
    return out
