"""The door to scoring extraction against gold annotations: :func:`evaluate` and its frozen results."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..extract.scoring import KINDS, gold_document_path, load_gold, pick_prediction, score_document, summarise
from ..sources.discover import ReadFailure, read_inputs
from ..sources.document import SourceDocument
from .evidence import extract_documents


@dataclass(frozen=True)
class Figures:
    """Matches of one kind of item (events, claims, stances or actors): counts, precision, recall and F1."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Figures:
        return cls(row["tp"], row["fp"], row["fn"], row["precision"], row["recall"], row["f1"])

    def as_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision, "recall": self.recall,
                "f1": self.f1}


def _by_kind(row: Mapping[str, Any]) -> Mapping[str, Figures]:
    return {k: Figures.of(row[k]) for k in KINDS}


@dataclass(frozen=True)
class DocumentScores:
    """One gold document's figures by kind and, when asked for, its misses and false hits by kind."""

    name: str
    figures: Mapping[str, Figures]  # by kind, in the order of KINDS
    errors: Mapping[str, tuple[tuple[str, Any], ...]] | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: f.as_json() for k, f in self.figures.items()}
        if self.errors is not None:
            out["errors"] = {k: list(v) for k, v in self.errors.items()}
        return out


@dataclass(frozen=True)
class Evaluation:
    """Extraction against gold: figures by kind over all documents (micro-averaged), spans outside their
    text, qualifiers that agree, and the figures per document."""

    figures: Mapping[str, Figures]  # by kind, in the order of KINDS
    spans: int
    bad_spans: int
    qualifiers_matched: int
    qualifiers_agree: int
    documents: tuple[DocumentScores, ...]

    @classmethod
    def of(cls, summary: Mapping[str, Any]) -> Evaluation:
        docs = tuple(DocumentScores(name, _by_kind(d), {k: tuple(v) for k, v in d["errors"].items()}
                                    if "errors" in d else None) for name, d in summary["per_document"].items())
        return cls(_by_kind(summary), summary["spans"]["items"], summary["spans"]["bad_spans"],
                   summary["qualifiers"]["matched"], summary["qualifiers"]["qualifier_agrees"], docs)

    def as_json(self) -> dict[str, Any]:
        """The dict of ``multipolar eval --format json``."""
        out: dict[str, Any] = {k: f.as_json() for k, f in self.figures.items()}
        return out | {"spans": {"items": self.spans, "bad_spans": self.bad_spans},
                      "qualifiers": {"matched": self.qualifiers_matched, "qualifier_agrees": self.qualifiers_agree},
                      "documents": len(self.documents), "per_document": {d.name: d.as_json() for d in self.documents}}


def _gold_files(gold: Path) -> list[Path]:
    if gold.is_dir():
        files = sorted(gold.glob("*.gold.json"))
        if not files:
            raise InputError("no *.gold.json files in this folder", source=str(gold))
        return files
    if gold.exists():
        return [gold]
    raise InputError("no such gold file or folder", source=str(gold))


def evaluate(gold: str | Path, *, docs: str | Path | None = None, with_errors: bool = False) -> Evaluation:
    """Extract the documents behind gold files and score them, per document and overall."""
    docs_dir = Path(docs) if docs else None
    pairs: list[tuple[str, dict[str, Any], SourceDocument]] = []
    for gf in _gold_files(Path(gold)):
        g = load_gold(gf)
        doc_path = gold_document_path(gf, g, docs_dir)
        if doc_path is None:
            raise InputError("cannot find the document of this gold file", source=str(gf),
                             hint="pass --docs DIR holding NAME.md (or .txt/.html) for each NAME.gold.json")
        items = list(read_inputs([doc_path]))
        if not items or isinstance(items[0], ReadFailure):
            raise items[0].error if items else InputError("nothing read", source=str(doc_path))  # type: ignore
        pairs.append((gf.name.removesuffix(".gold.json"), g, items[0]))  # type: ignore[arg-type]
    evidences = extract_documents([p[2] for p in pairs])
    scores = {}
    for (name, g, src), ev in zip(pairs, evidences, strict=True):
        pred = pick_prediction(json.loads(json.dumps(ev.as_json())), g)
        scores[name] = score_document(pred, g, src.text)
    return Evaluation.of(summarise(scores, with_errors=with_errors))
