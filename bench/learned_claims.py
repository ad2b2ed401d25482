"""Ablation (issue 12): can a model learned from our gold read claims better than the rules? Two learned parts, each
measured by leave-one-folder-out cross-validation with the evaluation's own matching.

    python bench/learned_claims.py [--write]

* **roles** — a ranker (``bench/claim_roles.py``) re-picks each claim's subject and partner among the states around
  it (every state named in its sentence or the one before, the speaker's, the main state, nobody), from general
  features of how the state stands to the figure, the rules' own choice among them; it overrides the rules only when
  it prefers another candidate by more than a margin.
* **keep** — a logistic model over each claim's own features (measure, unit, which fields the rules filled, the
  words governing its figure, hedges) drops claims it judges unlikely to be right.

Training data: every gold document in tests/gold, each folder of tests/gold/written and ../shared/corpus/gold, read
by the rule stages up to the claims; the held-out documents (bench/heldout.txt and the learned reader's list) are
never read. A "folder" is one batch written or annotated together; tests/gold with the shared gold is the folder
"gold" (real documents). ``--write`` saves the report to bench/results/learned_claims_ablation.txt.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claim_roles import PARTNER, SUBJECT, SYMMETRIC, ClaimCase, ClaimRoleModel, claim_cases  # noqa: E402

from multipolar.extract.learned.data import doc_name, find_quote  # noqa: E402
from multipolar.extract.learned.train import REPO, held_out_names  # noqa: E402
from multipolar.extract.scoring import _as_list, _period_agrees, _reduce, load_gold, score_document  # noqa: E402

MARGINS = (0.0, 0.5, 1.0, 2.0, 3.0)
KEEP_THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5)
L2, EPOCHS, LR, MIN_COUNT = 0.05, 300, 0.1, 2
OUT = REPO / "bench" / "results" / "learned_claims_ablation.txt"
Tally = np.ndarray


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
    """The gold (subject, partner) of the required gold claim with the claim's measure and value quoted where it
    stands (for a symmetric trade pair the rules' order counts as right), else None."""
    c = case.claim
    for g in golds:
        if g.get("optional") or c.measure not in _as_list(g["measure"]):
            continue
        if abs(c.value - float(g["value"])) > 0.02 * abs(float(g["value"])) + 1e-9:
            continue
        if not any(a < c.text.end and b > c.text.start for a, b in find_quote(text, g.get("quote") or "")):
            continue
        subj, partner = g.get("subject"), g.get("partner")
        if c.measure in SYMMETRIC and subj and partner and {subj, partner} == {c.subject, c.partner}:
            return c.subject, c.partner
        return subj, partner
    return None


def read_docs(folders: list[Path]) -> list[DocCases]:
    """Every trainable gold document in the folders, read by the rules up to the claims."""
    from multipolar.extract.actors import ActorStage
    from multipolar.extract.claims import ClaimStage
    from multipolar.extract.context import Context
    from multipolar.extract.events import EventStage
    from multipolar.extract.nlp import load_nlp
    from multipolar.extract.pipeline import _checked_body, to_evidence
    from multipolar.extract.scoring import gold_document_path
    from multipolar.resolve.registry import Registry
    from multipolar.sources.discover import ReadFailure, read_inputs

    nlp = load_nlp()
    stages = [ActorStage(nlp, Registry.default()), EventStage(), ClaimStage()]
    skip, seen = held_out_names(), set()
    out: list[DocCases] = []
    for folder in folders:
        for gf in sorted(folder.glob("*.gold.json")):
            name = doc_name(gf)
            if name in skip or name in seen:
                continue
            seen.add(name)
            gold = load_gold(gf)
            path = gold_document_path(gf, gold, None)
            src = next(iter(read_inputs([path]))) if path is not None and path.exists() else None
            if src is None or isinstance(src, ReadFailure):
                continue
            ctx = Context(source=src, doc=nlp(_checked_body(src, nlp.max_length)), offset=src.body_start)
            for st in stages:
                st(ctx)  # type: ignore[operator]
            cases = claim_cases(ctx)
            group = "gold" if folder.name in ("gold",) else folder.name
            out.append(DocCases(name, group, gold, to_evidence(ctx).as_json().get("actors") or [], cases,
                                [_label(c, src.text, gold.get("claims") or []) for c in cases]))
    return out


# -- the roles ranker: a conditional logit over each claim's candidates, per role ------------------------------
def _design(docs: list[DocCases], role: str) -> tuple[dict[str, int], Any, Any, Any, Any]:
    rows: list[list[str]] = []
    starts, gold_rows = [], []
    for d in docs:
        for case, lab in zip(d.cases, d.labels, strict=True):
            want = None if lab is None else lab[0] if role == SUBJECT else lab[1]
            if lab is None or want not in case.states:
                continue
            starts.append(len(rows))
            for st, f in zip(case.states, case.feats[role], strict=True):
                rows.append(f)
                gold_rows.append(st == want)
    return (*_index(rows), np.array([*starts, len(rows)]), np.array(gold_rows, dtype=float))


def _index(rows: list[list[str]]) -> tuple[dict[str, int], Any, Any]:
    counts: dict[str, int] = {}
    for f in rows:
        for x in f:
            counts[x] = counts.get(x, 0) + 1
    index = {x: i for i, x in enumerate(sorted(k for k, n in counts.items() if n >= MIN_COUNT))}
    pairs = [(index[x], r) for r, f in enumerate(rows) for x in f if x in index]
    fid = np.array([p[0] for p in pairs], dtype=np.int64)
    rid = np.array([p[1] for p in pairs], dtype=np.int64)
    return index, fid, rid


def _adam(grad_of: Any, n_feat: int) -> Any:
    w, m, v = np.zeros(n_feat), np.zeros(n_feat), np.zeros(n_feat)
    for t in range(1, EPOCHS + 1):
        g = grad_of(w)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g ** 2
        w -= LR * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def fit_roles(docs: list[DocCases]) -> dict[str, float]:
    weights: dict[str, float] = {}
    for role in (SUBJECT, PARTNER):
        index, fid, rid, starts, y = _design(docs, role)
        if not len(y):
            continue
        group = np.repeat(np.arange(len(starts) - 1), np.diff(starts))
        n_groups = len(starts) - 1

        def grad(w: Any, fid: Any = fid, rid: Any = rid, starts: Any = starts, y: Any = y, group: Any = group,
                 n_groups: int = n_groups, n: int = len(index)) -> Any:
            z = np.bincount(rid, weights=w[fid], minlength=len(y))
            e = np.exp(z - np.maximum.reduceat(z, starts[:-1])[group])
            p = e / np.add.reduceat(e, starts[:-1])[group]
            return np.bincount(fid, weights=((p - y) / n_groups)[rid], minlength=n) + L2 * w / n_groups

        w = _adam(grad, len(index))
        weights.update({f: float(w[i]) for f, i in index.items()})
    return weights


# -- the keep-or-drop model: a logistic regression over each claim's own features ----------------------------------
def _right(d: DocCases, case: ClaimCase) -> int | None:
    """1 when the claim matches a required gold claim, 0 when it matches none, None when only an optional one."""
    countries = {a.get("id"): a.get("country") for a in d.actors}
    c = case.claim

    def same(g: dict[str, Any]) -> bool:
        return c.measure in _as_list(g["measure"]) and _reduce(c.subject, countries) == g["subject"] and \
            (not g.get("partner") or _reduce(c.partner, countries) == g["partner"]) and \
            abs(c.value - g["value"]) <= 0.02 * abs(g["value"]) + 1e-9 and _period_agrees(g.get("period"), c.period)

    hits = [g for g in d.gold.get("claims") or [] if same(g)]
    return 1 if any(not g.get("optional") for g in hits) else None if hits else 0


def fit_keep(docs: list[DocCases]) -> tuple[dict[str, float], float]:
    data = [(case.own, y) for d in docs for case in d.cases if (y := _right(d, case)) is not None]
    index, fid, rid = _index([f for f, _ in data])
    y = np.array([lab for _, lab in data], dtype=float)
    n = len(y)
    bias = float(np.log((y.mean() + 1e-6) / (1 - y.mean() + 1e-6)))

    def grad(w: Any) -> Any:
        p = 1 / (1 + np.exp(-(np.bincount(rid, weights=w[fid], minlength=n) + bias)))
        return np.bincount(fid, weights=((p - y) / n)[rid], minlength=len(index)) + L2 * w / n

    w = _adam(grad, len(index))
    return {f: float(w[i]) for f, i in index.items()}, bias


def keep_p(model: tuple[dict[str, float], float], feats: list[str]) -> float:
    w, b = model
    return float(1 / (1 + np.exp(-(b + sum(w.get(x, 0.0) for x in feats)))))


# -- scoring with the evaluation's matching ------------------------------------------------------------------------
def tally(docs: list[DocCases], roles: ClaimRoleModel | None = None,
          keep: tuple[tuple[dict[str, float], float], float] | None = None) -> Tally:
    out = np.zeros(3, dtype=int)
    for d in docs:
        claims = []
        for case in d.cases:
            c = case.claim
            if keep is not None and keep_p(keep[0], case.own) < keep[1]:
                continue
            if roles is not None:
                s, p = roles.choose(case)
                c = replace(c, subject=s, partner=p)
            claims.append(c.as_json())
        t = score_document({"actors": d.actors, "claims": claims}, d.gold).tallies["claims"]
        out += (t.tp, t.fp, t.fn)
    return out


def f1(t: Tally) -> float:
    tp, fp, fn = (int(x) for x in t)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def cross_validate(docs: list[DocCases]) -> dict[str, dict[str, Tally]]:
    """Per set ("gold": real documents; "written": the written folders), the rules' tally and each variant's, every
    folder scored by models trained on the others."""
    sums: dict[str, dict[str, Tally]] = {}
    for fold in sorted({d.folder for d in docs}):
        test, train = [d for d in docs if d.folder == fold], [d for d in docs if d.folder != fold]
        roles, keep = fit_roles(train), fit_keep(train)
        row = sums.setdefault("gold" if fold == "gold" else "written", {})
        variants: dict[str, Tally] = {"rules": tally(test)}
        variants |= {f"roles, margin {m}": tally(test, ClaimRoleModel(roles, m)) for m in MARGINS}
        variants |= {f"keep, P >= {t}": tally(test, keep=(keep, t)) for t in KEEP_THRESHOLDS[1:]}
        for k, v in variants.items():
            row[k] = row.get(k, np.zeros(3, dtype=int)) + v
    return sums


def report(docs: list[DocCases], sums: dict[str, dict[str, Tally]], seconds: float) -> str:
    n_docs = {k: sum(1 for d in docs if (d.folder == "gold") == (k == "gold")) for k in sums}
    lines = [f"# python bench/learned_claims.py — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {len(docs)} documents, "
             f"{sum(len(d.cases) for d in docs)} claims read by the rules, "
             f"{sum(1 for d in docs for lab in d.labels if lab is not None)} matched to a gold claim; "
             f"leave-one-folder-out, {seconds:.0f} s",
             "# claims micro F1 (tp/fp/fn) on each left-out folder, summed; 'gold' = tests/gold + "
             "../shared/corpus/gold (real documents, one folder), 'written' = the folders of tests/gold/written"]
    for k, row in sums.items():
        lines.append(f"\n## {k} ({n_docs[k]} documents)")
        lines += [f"{name:24s} {f1(t):.3f}  {int(t[0])}/{int(t[1])}/{int(t[2])}" for name, t in row.items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    t0 = time.perf_counter()
    docs = read_docs([f for f in default_folders() if f.is_dir()])
    text = report(docs, cross_validate(docs), time.perf_counter() - t0)
    print(text, end="")
    if "--write" in argv:
        OUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
