"""Training data for the learned event reader, read from the shared data and gold folders (never copied here).

* PLOVER gold-standard records (``plover_gsr_cameo/PLOVER_GSR_CAMEO.txt``, CC BY-SA 4.0, Open Event Data
  Alliance): one news sentence each with its PLOVER type (draft-0.5 names mapped to the 2021 ones).
* Our gold (``multipolar.gold/1``): each sentence of an annotated development document is labelled with the
  first type of the gold event quoted in it, or ``NONE`` when no gold event is quoted there (sentences holding
  only optional events are left out). The held-out documents (:data:`HELD_OUT_DOCS`, and any listed in
  ``bench/heldout.txt``) are never read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ...domain.vocab import EVENT_TYPES
from ..context import is_boilerplate
from .features import _OLD_NAMES, CameoTable, sentence_features, sentence_vector
from .model import NONE

GSR_FILE = "plover_gsr_cameo/PLOVER_GSR_CAMEO.txt"
C2P_FILE = "plover_gsr_cameo/CAMEO2PLOVER-2021.txt"
CAMEO_FILE = "cameo_phoenix_dictionaries/CAMEO.2.0.txt"
#: the gold documents kept for held-out evaluation of the reader (issue 12): never read for training, never
#: scored by the ablation (bench/heldout.txt lists them too; both lists are honoured)
HELD_OUT_DOCS = frozenset({
    "005_ungdc_aze_2014_mammadyarov", "014_ungdc_geo_2023_garibashvili", "015_ungdc_arm_2024_pashinyan",
    "020_wiki_politics_of_armenia", "037_ungdc_tur_2008_gul", "041_ungdc_arm_2018_pashinyan",
    "104_whitehouse_2022-10-02_sullivan-kalin-istanbul",
    "110_chinamfa_2019-02-11_hua-chunying-press-conference-turkey",
    "115_economist_2020-10-17_turkey-locks-up-kurdish-mayors",
    "118_dailymail_2020-09-14_lukashenko-seeks-putin-backing-sochi", "123_rusi_2025-08-22_eu-black-sea-strategy",
})


@dataclass
class Example:
    text: str
    label: str
    group: str  # "gsr", "gold:<document>" or "cameo"
    feats: list[str]
    vec: np.ndarray | None = None  # the sentence's context vectors (features.sentence_vector), if parsed


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
        out.append(Example(r["text"], r["label"], "gsr", sentence_features(doc[:], cameo), sentence_vector(doc[:])))
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


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Where a gold quote lies in the text: the quote itself, else each of its pieces — annotators join distant
    pieces with " / " or "...", and add notes in brackets ("(the host side)"), which the text does not hold."""
    hit = _find(text, quote)
    if hit:
        return [hit]
    out = []
    for piece in re.split(r" / |\s*(?:\.\.\.|…)\s*", quote):
        piece = re.sub(r"\s*\([^()]*\)\s*$", "", piece.strip()).strip(" .…")
        hit = _find(text, piece) if len(piece) > 3 else None
        if hit:
            out.append(hit)
    return out


def doc_name(path: Path) -> str:
    return path.name.removesuffix(".gold.json")


def gold_files(folders: Iterable[Path], exclude: Iterable[str] = ()) -> list[Path]:
    """The trainable gold files in the folders: every one but the held-out documents and ``exclude`` (names
    without ``.gold.json``), each name once (the first folder wins), sorted by name."""
    skip = set(HELD_OUT_DOCS) | {doc_name(Path(n)) for n in exclude}
    out: dict[str, Path] = {}
    for folder in folders:
        for f in sorted(folder.glob("*.gold.json")):
            if doc_name(f) not in skip:
                out.setdefault(doc_name(f), f)
    return [out[n] for n in sorted(out)]


def gold_examples(nlp: Any, files: list[Path], cameo: CameoTable | None) -> list[Example]:
    from ...sources.discover import ReadFailure, read_inputs
    from ..scoring import gold_document_path, load_gold

    out: list[Example] = []
    for gf in files:
        if doc_name(gf) in HELD_OUT_DOCS:
            raise ValueError(f"{gf.name} is held out: never trained on")
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
            types = ev["type"] if isinstance(ev["type"], list) else [ev["type"]]
            for a, b in find_quote(text, ev.get("quote") or ""):
                spans.append((a, b, None if ev.get("optional") else types[0]))
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
                               sentence_features(sent, cameo), sentence_vector(sent)))
    return out
