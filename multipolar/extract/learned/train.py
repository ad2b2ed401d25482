"""Train the learned event reader and write its artefact (``multipolar/extract/learned/model/``).

    python -m multipolar.extract.learned.train [--data ../shared/data] [--gold DIR ...] [--out DIR] [--cv]

Reads the PLOVER gold-standard records and the CAMEO dictionaries from ``--data`` and the sentences of our
development gold documents from ``--gold`` (the held-out documents — ``data.HELD_OUT_DOCS`` and
``bench/heldout.txt`` — are never read). ``--cv`` also reports 5-fold cross-validated macro-F1 and
coverage on the PLOVER records (fixed seed). CPU only; about a minute.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ...domain.vocab import EVENT_TYPES
from .data import (
    C2P_FILE,
    CAMEO_FILE,
    GSR_FILE,
    HELD_OUT_DOCS,
    Example,
    doc_name,
    gold_examples,
    gold_files,
    gsr_examples,
)
from .features import CameoTable, read_cameo2plover, read_cameo_verbs
from .model import NONE, LinearModel, fit

REPO = Path(__file__).resolve().parents[3]
MODEL_DIR = Path(__file__).resolve().parent / "model"
CLASSES = [NONE, *EVENT_TYPES]
SEED = 13
#: P(event) at which the model adds an event where the rules are silent (calibrated on the development gold,
#: leave-one-document-out: bench/learned_events.py)
THRESHOLD = 0.97
#: the most (actor, recipient) pairs an event the model adds to the rules' may have (chosen by the ablation)
MAX_PAIRS = 1
#: where the rules' role reading finds no actor or recipient for a model event, read them plainly (the
#: trigger's subjects act, the sentence's other states receive; chosen by the ablation)
PLAIN_ROLES = True
#: hyper-parameters of the shipped model (chosen by cross-validation on the PLOVER records)
PARAMS: dict[str, Any] = {"l2": 3e-3, "epochs": 150, "lr": 0.1, "class_weight": "sqrt", "min_count": 2,
                          "dense": True, "l2_dense": 0.1}
#: what the model is trained on, and under which terms (stored in meta.json)
DATA_LICENCES = {
    "plover_gsr_cameo/PLOVER_GSR_CAMEO.txt": "CC BY-SA 4.0 (Open Event Data Alliance, PLOVER)",
    "plover_gsr_cameo/CAMEO2PLOVER-2021.txt": "CC BY-SA 4.0 (Open Event Data Alliance)",
    "cameo_phoenix_dictionaries/CAMEO.2.0.txt": "MIT (Open Event Data Alliance, petrarch2)",
    "gold": "the project's own annotations (tests/gold, ../shared/corpus/gold) of its development documents; the "
            "documents' texts are read at training time and not shipped — the artefact holds only weights of lemma "
            "features and of spaCy context-vector dimensions",
}


def fit_examples(examples: Sequence[Example], params: dict[str, Any] | None = None) -> LinearModel:
    """The model fitted on ``examples`` with ``params`` (default :data:`PARAMS`)."""
    params = dict(params or PARAMS)
    dense = params.pop("dense", False)
    vectors = [e.vec for e in examples] if dense else None
    return fit([e.feats for e in examples], [e.label for e in examples], CLASSES, vectors=vectors, **params)


def default_data() -> Path:
    return REPO.parent / "shared" / "data"


def default_gold() -> list[Path]:
    return [REPO / "tests" / "gold", REPO.parent / "shared" / "corpus" / "gold"]


def build_cameo(data: Path) -> CameoTable:
    table = read_cameo_verbs(data / CAMEO_FILE, read_cameo2plover(data / C2P_FILE))
    # patterns that only repeat the verb's own type add nothing
    table.patterns = {k: t for k, t in table.patterns.items() if table.verbs.get(k[0]) != t and len(k[1]) > 2}
    return table


def cameo_examples(cameo: CameoTable | None) -> list[Example]:
    """Weak labels: each CAMEO verb with a type of its own, as a one-verb sentence of that type."""
    if cameo is None:
        return []
    return [Example(v, t, "cameo", ["bias", f"cv+:{t}", f"cv:{t}", f"cvr:{t}", f"root:{v}", f"v:{v}"])
            for v, t in sorted(cameo.verbs.items())]


def macro_f1(gold: Sequence[str], pred: Sequence[str | None]) -> float:
    f1s = []
    for t in sorted(set(gold)):
        tp = sum(p == t and g == t for p, g in zip(pred, gold, strict=True))
        fp = sum(p == t and g != t for p, g in zip(pred, gold, strict=True))
        fn = sum(g == t and p != t for p, g in zip(pred, gold, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def cv_predictions(gsr: list[Example], extra: list[Example], folds: int = 5, seed: int = SEED,
                   params: dict[str, Any] | None = None) -> list[tuple[float, str]]:
    """(P(event), most likely type) for each PLOVER record, from the fold that held it out.

    k-fold on the records, stratified by type and seeded; each fold trains on the rest plus ``extra``."""
    params = params or PARAMS
    rng = random.Random(seed)
    by_type: dict[str, list[int]] = {}
    for i, ex in enumerate(gsr):
        by_type.setdefault(ex.label, []).append(i)
    fold_of = [0] * len(gsr)
    k = 0
    for t in sorted(by_type):
        idx = by_type[t]
        rng.shuffle(idx)
        for i in idx:
            fold_of[i] = k % folds
            k += 1
    out: list[tuple[float, str]] = [(0.0, NONE)] * len(gsr)
    for f in range(folds):
        train = [ex for i, ex in enumerate(gsr) if fold_of[i] != f] + extra
        model = fit_examples(train, params)
        model.threshold = 0.0
        for i, ex in enumerate(gsr):
            if fold_of[i] == f:
                label, p_event, _ = model.predict(ex.feats, ex.vec)
                out[i] = (p_event, label or NONE)
    return out


def gsr_figures(gold: Sequence[str], pred: Sequence[str | None]) -> dict[str, float]:
    coded = sum(p is not None for p in pred)
    right = sum(p == g for p, g in zip(pred, gold, strict=True))
    return {"macro_f1": macro_f1(gold, pred), "coverage": coded / len(gold),
            "right_when_coded": right / max(1, coded), "accuracy": right / len(gold)}


def cross_validate(gsr: list[Example], extra: list[Example], folds: int = 5, seed: int = SEED,
                   params: dict[str, Any] | None = None, threshold: float = 0.5) -> dict[str, float]:
    """Cross-validated figures on the PLOVER records: at ``threshold`` and with every sentence typed."""
    preds = cv_predictions(gsr, extra, folds, seed, params)
    gold = [e.label for e in gsr]
    forced = gsr_figures(gold, [t for _, t in preds])
    out = gsr_figures(gold, [t if p >= threshold else None for p, t in preds])
    return out | {"macro_f1_forced": forced["macro_f1"], "accuracy_forced": forced["accuracy"]}


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def held_out_names() -> set[str]:
    """The gold documents kept for held-out evaluation (:data:`HELD_OUT_DOCS` and ``bench/heldout.txt``): never
    trained on, never scored by the ablation."""
    out = set(HELD_OUT_DOCS)
    listing = REPO / "bench" / "heldout.txt"
    if listing.exists():
        lines = listing.read_text(encoding="utf-8").splitlines()
        out |= {doc_name(Path(ln.strip())) for ln in lines if ln.strip() and not ln.startswith("#")}
    return out


def trainable_gold(folders: list[Path] | None = None, exclude: Sequence[str] = ()) -> list[Path]:
    """The development gold files the model trains on: every gold file in ``folders`` but the held-out ones."""
    return gold_files(folders if folders is not None else default_gold(), [*exclude, *held_out_names()])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m multipolar.extract.learned.train", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=default_data(), help="the shared data folder (default ../shared/data)")
    ap.add_argument("--gold", type=Path, nargs="*", default=None,
                    help="gold folders to train on (default tests/gold and ../shared/corpus/gold; the held-out "
                         "documents skipped)")
    ap.add_argument("--out", type=Path, default=MODEL_DIR, help="where to write the model (default: the package's)")
    ap.add_argument("--cv", action="store_true", help="also report 5-fold cross-validation on the PLOVER records")
    ap.add_argument("--no-cameo", action="store_true", help="without the CAMEO verb-dictionary features")
    ap.add_argument("--no-weak", action="store_true", help="without the CAMEO verbs as weakly labelled examples")
    ap.add_argument("--no-write", action="store_true", help="do not write the model")
    ap.add_argument("--exclude", nargs="*", default=[], help="gold documents (names) to leave out of training")
    ap.add_argument("--threshold", type=float, default=None, help="P(event) threshold stored with the model")
    args = ap.parse_args(argv)
    if not (args.data / GSR_FILE).exists():
        print(f"error: {args.data / GSR_FILE} not found (give --data)", file=sys.stderr)
        return 2
    from ..nlp import load_nlp

    t0 = time.perf_counter()
    nlp = load_nlp()
    cameo = None if args.no_cameo else build_cameo(args.data)
    gsr = gsr_examples(nlp, args.data, cameo)
    files = trainable_gold(args.gold, args.exclude)
    gold = gold_examples(nlp, files, cameo) + ([] if args.no_weak else cameo_examples(cameo))
    t_parse = time.perf_counter() - t0
    own = [e for e in gold if e.group != "cameo"]
    print(f"examples: {len(gsr)} PLOVER records, {len(own)} gold sentences from {len(files)} documents "
          f"({sum(e.label != NONE for e in own)} with an event), {len(gold) - len(own)} CAMEO verbs; "
          f"parsed in {t_parse:.1f} s")
    if args.cv:
        t1 = time.perf_counter()
        res = cross_validate(gsr, gold)
        print(f"5-fold CV on the PLOVER records (seed {SEED}, {time.perf_counter() - t1:.1f} s): macro-F1 "
              f"{res['macro_f1']:.3f} at coverage {res['coverage']:.0%} "
              f"(right when coded {res['right_when_coded']:.0%}); "
              f"every sentence typed: macro-F1 {res['macro_f1_forced']:.3f}, accuracy {res['accuracy_forced']:.0%}")
    if args.no_write:
        return 0
    t1 = time.perf_counter()
    model = fit_examples(gsr + gold)
    t_fit = time.perf_counter() - t1
    model.threshold = args.threshold if args.threshold is not None else THRESHOLD
    model.meta = {"seed": SEED, "params": PARAMS, "cameo_features": cameo is not None, "max_pairs": MAX_PAIRS,
                  "plain_roles": PLAIN_ROLES,
                  "data_licences": DATA_LICENCES,
                  "cameo_weak_examples": len(cameo_examples(cameo)) if not args.no_weak else 0,
                  "training": {"plover_gsr_records": len(gsr), "gold_documents": [f.name for f in files],
                               "gold_sentences": sum(e.group != "cameo" for e in gold),
                               "gold_sentences_with_event": sum(e.group != "cameo" and e.label != NONE
                                                                for e in gold),
                               "inputs_sha256": _digest([args.data / GSR_FILE, *files] +
                                                        ([args.data / C2P_FILE, args.data / CAMEO_FILE]
                                                         if cameo else []))}}
    model.save(args.out)
    cameo_path = args.out / "cameo_verbs.tsv"
    if cameo is not None:
        cameo_path.write_text("# verb\tword\tPLOVER type — from the CAMEO verb dictionary (MIT) via CAMEO2PLOVER-2021 "
                              "(CC BY-SA 4.0)\n" + cameo.to_tsv(), encoding="utf-8")
    elif cameo_path.exists():
        cameo_path.unlink()
    size = sum(p.stat().st_size for p in args.out.iterdir() if p.is_file())
    print(f"wrote {args.out} ({size / 1024:.0f} KiB; {len(model.weights)} features); fit {t_fit:.1f} s, "
          f"total {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
