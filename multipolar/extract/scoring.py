"""Score evidence against gold annotations (``multipolar.gold/1``).

The matching rules are those of the evidence format (``docs/evidence-format.md``):
events as (type, actor-state, recipient-state, date) pairs, claims on measure,
subject, partner, value within 2 % and period, stances on holder, issue, target
and polarity, actors by id or name/alias, and spans checked against the text.
Figures agree with the shared reference scorer ``score_evidence.py``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import is_state_or_group
from ..errors import InputError

KINDS = ("events", "claims", "stances", "actors")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Tally) -> Tally:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def figures(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 3), "recall": round(r, 3),
                "f1": round(f, 3)}


@dataclass
class DocScore:
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    spans_total: int = 0
    spans_bad: int = 0
    qual_matched: int = 0
    qual_agree: int = 0
    errors: dict[str, list[tuple[str, Any]]] = field(default_factory=lambda: {k: [] for k in KINDS})


def _name_key(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"^(?:person|org|place|project):", "", s)
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def _reduce(actor: str | None, countries: dict[str, str | None]) -> str | None:
    if actor is None:
        return None
    if is_state_or_group(actor):
        return actor
    return countries.get(actor)


def _date_agrees(gold: str | None, pred: str | None) -> bool:
    return gold is None or (bool(pred) and str(pred).startswith(gold))


def _period_agrees(gold: str | None, pred: str | None) -> bool:
    if gold is None:
        return True
    if not pred:
        return False
    gy, py = re.findall(r"\d{4}", gold), re.findall(r"\d{4}", str(pred))
    return gy == py[:len(gy)] and (len(py) == len(gy) or "/" not in gold)


def _pairs(item: dict[str, Any], countries: dict[str, str | None]) -> set[tuple[str, str]]:
    acts = {_reduce(a, countries) for a in item.get("actors") or []} - {None}
    recs = {_reduce(r, countries) for r in item.get("recipients") or []} - {None}
    return {(a, r) for a in acts for r in recs if a != r}  # type: ignore[misc]


def _as_list(x: Any) -> list[Any]:
    return x if isinstance(x, list) else [x]


def _greedy(preds: list[Any], golds: list[dict[str, Any]], same: Any, tally: Tally,
            errors: list[tuple[str, Any]], on_match: Any = None) -> None:
    """Match each prediction to the first fitting gold item: required unused first, then used, then optional."""
    used = [False] * len(golds)
    for p in preds:
        order = sorted(range(len(golds)), key=lambda j: (bool(golds[j].get("optional")), used[j]))
        hit = next((j for j in order if same(p, golds[j])), None)
        if hit is None:
            tally.fp += 1
            errors.append(("false", p))
            continue
        was_used = used[hit]
        used[hit] = True
        if golds[hit].get("optional") or was_used:
            continue
        tally.tp += 1
        if on_match:
            on_match(p, golds[hit])
    for j, g in enumerate(golds):
        if not used[j] and not g.get("optional"):
            tally.fn += 1
            errors.append(("missed", g.get("id")))


def score_document(pred: dict[str, Any], gold: dict[str, Any], text: str | None = None) -> DocScore:
    out = DocScore()
    countries = {a.get("id"): a.get("country") for a in pred.get("actors") or []}
    gold_countries = {a.get("id"): a.get("country") for a in gold.get("actors") or []}

    gold_units = [{"id": g.get("id"), "types": _as_list(g["type"]), "pair": pair, "date": g.get("date"),
                   "optional": g.get("optional", False)}
                  for g in gold.get("events") or [] for pair in _pairs(g, gold_countries)]
    pred_units = [{"type": p.get("type"), "pair": pair, "date": p.get("date")}
                  for p in pred.get("events") or [] if not (p.get("negated") or p.get("hypothetical"))
                  for pair in _pairs(p, countries)]
    _greedy(pred_units, gold_units,
            lambda p, g: p["type"] in g["types"] and p["pair"] == g["pair"] and _date_agrees(g["date"], p["date"]),
            out.tallies["events"], out.errors["events"])

    def claim_same(p: dict[str, Any], g: dict[str, Any]) -> bool:
        if p.get("measure") not in _as_list(g["measure"]):
            return False
        if _reduce(p.get("subject"), countries) != g["subject"]:
            return False
        if g.get("partner") and _reduce(p.get("partner"), countries) != g["partner"]:
            return False
        try:
            value = float(p.get("value"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False
        return abs(value - g["value"]) <= 0.02 * abs(g["value"]) + 1e-9 and _period_agrees(g.get("period"),
                                                                                            p.get("period"))

    def qual(p: dict[str, Any], g: dict[str, Any]) -> None:
        out.qual_matched += 1
        out.qual_agree += int(p.get("qualifier") == g.get("qualifier"))

    _greedy(pred.get("claims") or [], gold.get("claims") or [], claim_same, out.tallies["claims"],
            out.errors["claims"], qual)
    _greedy(pred.get("stances") or [], gold.get("stances") or [],
            lambda p, g: (_reduce(p.get("holder"), countries) == g["holder"] and p.get("issue") == g["issue"]
                          and p.get("polarity") == g["polarity"]
                          and (g.get("target") is None or _reduce(p.get("target"), countries) == g["target"])),
            out.tallies["stances"], out.errors["stances"])
    _score_actors(pred.get("actors") or [], gold.get("actors") or [], out)
    for kind in ("events", "claims", "stances"):
        for item in pred.get(kind) or []:
            out.spans_total += 1
            t = item.get("text") or {}
            s, e = t.get("start"), t.get("end")
            if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s < e:
                out.spans_bad += 1
            elif text is not None and (e > len(text) or not text[s:e].strip()):
                out.spans_bad += 1
    return out


def _score_actors(preds: list[dict[str, Any]], golds: list[dict[str, Any]], out: DocScore) -> None:
    keys = [{g["id"], _name_key(g["id"])} | {_name_key(a) for a in g.get("aliases", [])} for g in golds]
    used = [False] * len(golds)
    tally = out.tallies["actors"]
    for p in preds:
        pk = {p.get("id"), _name_key(p.get("id") or ""), _name_key(p.get("name") or "")}
        hit = next((j for j, k in enumerate(keys) if pk & k), None)
        if hit is None:
            pid = p.get("id") or ""
            if is_state_or_group(pid):  # only states and groups count as false
                tally.fp += 1
                out.errors["actors"].append(("false", pid))
            continue
        if not used[hit] and not golds[hit].get("optional"):
            tally.tp += 1
        used[hit] = True
    for j, g in enumerate(golds):
        if not used[j] and not g.get("optional"):
            tally.fn += 1
            out.errors["actors"].append(("missed", g["id"]))


def pick_prediction(pred: Any, gold: dict[str, Any]) -> dict[str, Any]:
    """The evidence object that belongs to a gold file (by URL, or the only one)."""
    if isinstance(pred, dict):
        return pred
    url = gold.get("document", {}).get("url")
    for p in pred:
        if url and (p.get("document") or {}).get("url") == url:
            return p
    if len(pred) == 1:
        return pred[0]
    raise InputError("cannot tell which evidence object belongs to the gold document",
                     hint="pass one evidence object per gold file")


def summarise(scores: dict[str, DocScore], with_errors: bool = False) -> dict[str, Any]:
    """Micro-averaged figures over documents, and per document."""
    total = {k: Tally() for k in KINDS}
    spans = {"items": 0, "bad_spans": 0}
    qual = {"matched": 0, "qualifier_agrees": 0}
    per_doc: dict[str, Any] = {}
    for name, sc in scores.items():
        for k in KINDS:
            total[k] += sc.tallies[k]
        spans["items"] += sc.spans_total
        spans["bad_spans"] += sc.spans_bad
        qual["matched"] += sc.qual_matched
        qual["qualifier_agrees"] += sc.qual_agree
        per_doc[name] = {k: sc.tallies[k].figures() for k in KINDS}
        if with_errors:
            per_doc[name]["errors"] = sc.errors
    out: dict[str, Any] = {k: total[k].figures() for k in KINDS}
    out |= {"spans": spans, "qualifiers": qual, "documents": len(scores), "per_document": per_doc}
    return out


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read gold file: {exc}", source=str(path),
                         hint="give a multipolar.gold/1 JSON file") from None
    if not isinstance(gold, dict) or "events" not in gold:
        raise InputError("not a gold file (no 'events')", source=str(path), hint="give a multipolar.gold/1 JSON file")
    return gold


def gold_document_path(gold_path: Path, gold: dict[str, Any], docs: Path | None) -> Path | None:
    """Where the gold's document is: ``--docs DIR/NAME.*``, else its ``document.file`` relative to the gold."""
    name = gold_path.name.removesuffix(".gold.json")
    if docs is not None:
        for cand in sorted(docs.glob(f"{name}.*")):
            if not cand.name.endswith(".gold.json"):
                return cand
    rel = (gold.get("document") or {}).get("file")
    if rel:
        p = (gold_path.parent / rel).resolve()
        if p.exists():
            return p
    return None
