"""Train the claim-role ranker (``claim_roles.py``) from our gold, with cross-validation over folders.

    python -m multipolar.extract.learned.train_claim_roles [--cv] [--no-write]

Each development gold document is read by the rule stages up to the claims; every claim whose measure and value
match a gold claim quoted in its sentence becomes a training case, labelled with the gold subject and partner
(for a symmetric trade pair the rules' order is taken as right). A conditional logit over the candidates is fitted
for each role (full-batch gradient descent with L2; deterministic). ``--cv`` leaves out one gold folder at a time
(a folder is one batch of documents written or annotated together), scores the left-out documents' claims with
the evaluation's own matching, and picks the margin by which the model must beat the rules' choice. Held-out
documents (``data.HELD_OUT_DOCS``, ``bench/heldout.txt``) are never read.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from ..scoring import _as_list, load_gold, score_document
from .claim_roles import PARTNER, SUBJECT, SYMMETRIC, ClaimCase, ClaimRoleModel, claim_cases
from .data import HELD_OUT_DOCS, doc_name, find_quote
from .train import MODEL_DIR, REPO, held_out_names

MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)
L2 = 0.05
EPOCHS = 300
LR = 0.1
MIN_COUNT = 2


def default_folders() -> list[Path]:
    written = REPO / "tests" / "gold" / "written"
    subs = sorted(p for p in written.iterdir() if p.is_dir()) if written.is_dir() else []
    return [REPO / "tests" / "gold", *subs, REPO.parent / "shared" / "corpus" / "gold"]


@dataclass
class DocCases:
    name: str
    folder: str
    gold: dict[str, Any]
    actors: list[dict[str, Any]]
    cases: list[ClaimCase]
    labels: list[tuple[str | None, str | None] | None]  # per case: gold (subject, partner), or None if no match


def _label(case: ClaimCase, text: str, golds: list[dict[str, Any]]) -> tuple[str | None, str | None] | None:
    c = case.claim
    for g in golds:
        if g.get("optional") or c.measure not in _as_list(g["measure"]):
            continue
        if abs(c.value - float(g["value"])) > 0.02 * abs(float(g["value"])) + 1e-9:
            continue
        spans = find_quote(text, g.get("quote") or "")
        if not any(a < c.text.end and b > c.text.start for a, b in spans):
            continue
        subj, partner = g.get("subject"), g.get("partner")
        if c.measure in SYMMETRIC and subj and partner and {subj, partner} == {c.subject, c.partner}:
            return c.subject, c.partner
        return subj, partner
    return None


def read_folder_docs(folders: list[Path]) -> list[DocCases]:
    """Every trainable gold document in the folders, read by the rules up to the claims."""
    from ...sources.discover import ReadFailure, read_inputs
    from ..actors import ActorStage
    from ..claims import ClaimStage
    from ..context import Context
    from ..events import EventStage
    from ..nlp import load_nlp
    from ..pipeline import _checked_body, to_evidence
    from ...resolve.registry import Registry
    from ..scoring import gold_document_path

    nlp, reg = load_nlp(), Registry.default()
    stages = [ActorStage(nlp, reg), EventStage(), ClaimStage()]
    skip = held_out_names() | set(HELD_OUT_DOCS)
    out: list[DocCases] = []
    seen: set[str] = set()
    for folder in folders:
        for gf in sorted(folder.glob("*.gold.json")):
            name = doc_name(gf)
            if name in skip or name in seen:
                continue
            seen.add(name)
            gold = load_gold(gf)
            path = gold_document_path(gf, gold, None)
            if path is None or not path.exists():
                continue
            src = next(iter(read_inputs([path])))
            if isinstance(src, ReadFailure):
                continue
            ctx = Context(source=src, doc=nlp(_checked_body(src, nlp.max_length)), offset=src.body_start)
            for st in stages:
                st(ctx)  # type: ignore[operator]
            cases = claim_cases(ctx)
            ev = to_evidence(ctx).as_json()
            labels = [_label(c, src.text, gold.get("claims") or []) for c in cases]
            out.append(DocCases(name, folder.name, gold, ev.get("actors") or [], cases, labels))
    return out


# -- the conditional logit ---------------------------------------------------------------------------------------
def _design(docs: list[DocCases], role: str, index: dict[str, int] | None = None
            ) -> tuple[dict[str, int], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(feature index, feature ids, their row ids, group start per row-group, gold row flags) for one role."""
    rows: list[list[str]] = []
    starts, gold_rows = [], []
    for d in docs:
        for case, lab in zip(d.cases, d.labels, strict=True):
            if lab is None:
                continue
            want = lab[0] if role == SUBJECT else lab[1]
            if want not in case.states:
                continue
            starts.append(len(rows))
            for st, f in zip(case.states, case.feats[role], strict=True):
                rows.append(f)
                gold_rows.append(st == want)
    if index is None:
        counts: dict[str, int] = {}
        for f in rows:
            for x in f:
                counts[x] = counts.get(x, 0) + 1
        index = {x: i for i, x in enumerate(sorted(k for k, n in counts.items() if n >= MIN_COUNT))}
    fid, rid = [], []
    for r, f in enumerate(rows):
        for x in f:
            if x in index:
                fid.append(index[x])
                rid.append(r)
    return index, np.array(fid, dtype=np.int64), np.array(rid, dtype=np.int64), np.array(starts + [len(rows)]), \
        np.array(gold_rows, dtype=float)


def fit(docs: list[DocCases]) -> dict[str, float]:
    weights: dict[str, float] = {}
    for role in (SUBJECT, PARTNER):
        index, fid, rid, starts, y = _design(docs, role)
        n_rows, n_feat = len(y), len(index)
        if not n_rows:
            continue
        group = np.repeat(np.arange(len(starts) - 1), np.diff(starts))
        w = np.zeros(n_feat)
        m, v = np.zeros(n_feat), np.zeros(n_feat)
        n_groups = len(starts) - 1
        for t in range(1, EPOCHS + 1):
            z = np.bincount(rid, weights=w[fid], minlength=n_rows)
            zmax = np.maximum.reduceat(z, starts[:-1])
            e = np.exp(z - zmax[group])
            p = e / np.add.reduceat(e, starts[:-1])[group]
            g_row = (p - y) / n_groups
            grad = np.bincount(fid, weights=g_row[rid], minlength=n_feat) + L2 * w / n_groups
            m = 0.9 * m + 0.1 * grad
            v = 0.999 * v + 0.001 * grad ** 2
            w -= LR * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        weights.update({f: float(w[i]) for f, i in index.items()})
    return weights


# -- evaluation with the scorer's own matching ---------------------------------------------------------------
def claims_tally(docs: list[DocCases], model: ClaimRoleModel | None) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for d in docs:
        claims = []
        for case in d.cases:
            c = case.claim
            if model is not None:
                s, p = model.choose(case)
                c = replace(c, subject=s, partner=p)
            claims.append(c.as_json())
        t = score_document({"actors": d.actors, "claims": claims}, d.gold).tallies["claims"]
        tp, fp, fn = tp + t.tp, fp + t.fp, fn + t.fn
    return tp, fp, fn


def f1(t: tuple[int, int, int]) -> float:
    tp, fp, fn = t
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def cross_validate(docs: list[DocCases], margins: tuple[float, ...] = MARGINS) -> dict[str, Any]:
    """Leave one folder out: the rules' and the model's claims F1 on each left-out folder, per margin."""
    folders = sorted({d.folder for d in docs})
    per: dict[str, dict[str, Any]] = {}
    totals = {mg: np.zeros(3, dtype=int) for mg in margins}
    base_total = np.zeros(3, dtype=int)
    for fold in folders:
        test = [d for d in docs if d.folder == fold]
        w = fit([d for d in docs if d.folder != fold])
        base = claims_tally(test, None)
        base_total += base
        per[fold] = {"docs": len(test), "rules": round(f1(base), 3)}
        for mg in margins:
            t = claims_tally(test, ClaimRoleModel(w, mg))
            totals[mg] += t
            per[fold][f"margin {mg}"] = round(f1(t), 3)
    best = max(margins, key=lambda mg: (f1(tuple(totals[mg])), mg))
    return {"folders": per, "rules": round(f1(tuple(base_total)), 4),
            "model": {str(mg): round(f1(tuple(totals[mg])), 4) for mg in margins}, "margin": best}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m multipolar.extract.learned.train_claim_roles", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, nargs="*", default=None,
                    help="gold folders (default tests/gold, each folder of tests/gold/written, ../shared/corpus/gold)")
    ap.add_argument("--cv", action="store_true", help="leave-one-folder-out cross-validation; picks the margin")
    ap.add_argument("--margin", type=float, default=None, help="the margin to store (default: chosen by --cv, else 1.0)")
    ap.add_argument("--no-write", action="store_true", help="do not write the model")
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    args = ap.parse_args(argv)
    folders = args.gold if args.gold is not None else default_folders()
    docs = read_folder_docs([f for f in folders if f.is_dir()])
    n_cases = sum(1 for d in docs for lab in d.labels if lab is not None)
    print(f"{len(docs)} documents, {sum(len(d.cases) for d in docs)} claims, {n_cases} matched to gold", file=sys.stderr)
    margin = args.margin if args.margin is not None else 1.0
    report: dict[str, Any] = {}
    if args.cv:
        report = cross_validate(docs)
        for fold, row in report["folders"].items():
            print(fold, row)
        print("all folders: rules", report["rules"], "model by margin", report["model"], "chosen", report["margin"])
        if args.margin is None:
            margin = report["margin"]
    weights = fit(docs)
    digest = hashlib.sha256("".join(f"{d.folder}/{d.name}" for d in docs).encode()).hexdigest()[:16]
    meta = {"trained_on": {"documents": len(docs), "cases": n_cases, "folders": sorted({d.folder for d in docs}),
                           "names_sha256": digest},
            "params": {"l2": L2, "epochs": EPOCHS, "lr": LR, "min_count": MIN_COUNT},
            "licence": "the project's own annotations (MIT); no text is stored, only feature weights"}
    if report:
        meta["cv"] = {"rules": report["rules"], "model": report["model"]}
    model = ClaimRoleModel({k: v for k, v in weights.items() if abs(v) >= 5e-4},
                           margin, meta)
    if not args.no_write:
        tsv, js = model.dump()
        (args.out / "claim_roles.tsv").write_text(tsv, encoding="utf-8")
        (args.out / "claim_roles.json").write_text(js, encoding="utf-8")
        print(f"wrote {args.out / 'claim_roles.tsv'} ({len(model.weights)} weights), margin {margin}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
