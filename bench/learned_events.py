"""Ablation of the events reader — rules / model / rules+model — on the development gold, and the learned
model's cross-validated figures on the PLOVER gold-standard records.

Every development gold document (tests/gold and ../shared/corpus/gold without the held-out documents, which
this script never opens) is trained on by the shipped model, so each is scored leave-one-document-out: by a
model trained on the PLOVER records, the CAMEO weak examples and the *other* development documents. The
combination (P(event) threshold, the cap on (actor, recipient) pairs of an added event) is calibrated on these
leave-one-document-out scores, reported for the two halves of the development set (even / odd positions in
name order) as well.

Variants (each scored leave-one-document-out): ``old`` = the previous model's data (sparse features; only
the 11 documents it trained on, the others unseen), ``sparse`` = every development document, sparse
features, ``dense`` = every development document, sparse features + spaCy context vectors (shipped).

    python bench/learned_events.py [--thresholds ...] [--pairs ...] > bench/results/learned_events_ablation.txt
"""

from __future__ import annotations

import argparse
import json
import re
import time
from typing import Any

from multipolar.extract.actors import ActorStage
from multipolar.extract.context import Context
from multipolar.extract.events import EventStage
from multipolar.extract.learned.data import doc_name, gold_examples, gsr_records
from multipolar.extract.learned.stage import LearnedEventStage, load_model
from multipolar.extract.learned.train import (
    MAX_PAIRS,
    PARAMS,
    SEED,
    THRESHOLD,
    build_cameo,
    cameo_examples,
    cv_predictions,
    default_data,
    fit_examples,
    gsr_examples,
    gsr_figures,
    trainable_gold,
)
from multipolar.extract.nlp import load_nlp
from multipolar.extract.pipeline import Extractor, to_evidence
from multipolar.extract.scoring import Tally, gold_document_path, load_gold, score_document
from multipolar.resolve.registry import Registry
from multipolar.sources.discover import read_inputs
from multipolar.sources.document import SourceDocument

KINDS = [(r"ungdc", "UN speech"), (r"wiki", "encyclopedia"), (r"whitehouse", "statement/readout"),
         (r"chinamfa", "press conference"), (r"economist", "magazine analysis"), (r"dailymail|moscowtimes", "news"),
         (r"isw|rusi|pen0", "think-tank commentary")]
#: the documents the previous model (before the development gold was used) trained on
OLD_DOCS = {"001_ungdc_arm_2008_sargsyan", "004_ungdc_aze_2010_aliyev", "007_ungdc_geo_2015_garibashvili",
            "011_ungdc_arm_2020_pashinyan", "013_ungdc_arm_2021_pashinyan", "036_ungdc_rus_2008_lavrov",
            "042_wiki_transport_in_armenia", "012_ungdc_geo_2020_gakharia", "017_wiki_2017_in_georgia",
            "040_ungdc_arm_2017_sargsyan", "moscowtimes-2019-11-05-china-south-caucasus"}
VARIANTS: dict[str, dict[str, Any]] = {
    "old": {"docs": OLD_DOCS, "params": PARAMS | {"dense": False}, "stage": {"plain_roles": False}},
    "sparse": {"docs": None, "params": PARAMS | {"dense": False}, "stage": {"plain_roles": False}},
    "dense": {"docs": None, "params": PARAMS, "stage": {"plain_roles": False}},
    "dense+plain": {"docs": None, "params": PARAMS, "stage": {"plain_roles": True}},
}


def kind_of(name: str) -> str:
    return next((k for pat, k in KINDS if re.search(pat, name)), "other")


def plover_records(nlp, gsr, extra, thresholds, params) -> None:  # type: ignore[no-untyped-def]
    """Rules, model (5-fold CV) and rules+model on the PLOVER gold-standard records, sentence by sentence."""
    recs = gsr_records(default_data())
    gold = [r["label"] for r in recs]
    ex = Extractor(nlp=nlp, reader="rules")
    docs = [SourceDocument(text=r["text"], origin=r["id"], kind="text") for r in recs]
    rules: list[str | None] = []
    for ev in ex.extract_many(docs):
        happened = [e for e in sorted(ev.events, key=lambda e: e.text.start) if not (e.negated or e.hypothetical)]
        rules.append(happened[0].type if happened else None)
    for vname, p in params.items():
        t0 = time.perf_counter()
        cv = cv_predictions(gsr, extra, params=p)
        print(f"PLOVER gold-standard records [{vname}]: {len(gold)} sentences, one gold type each; model figures "
              f"5-fold cross-validated (seed {SEED}, stratified by type; {time.perf_counter() - t0:.0f} s)")
        rows: list[tuple[str, list[str | None]]] = [("rules", rules)]
        rows.append(("model, every sentence typed", [t for _, t in cv]))
        for thr in thresholds:
            rows.append((f"model @{thr:g}", [t if pe >= thr else None for pe, t in cv]))
        for thr in thresholds:
            rows.append((f"rules+model @{thr:g}", [r if r else (t if pe >= thr else None)
                                                  for r, (pe, t) in zip(rules, cv, strict=True)]))
        print(f"{'reader':32s} {'macro-F1':>9s} {'coverage':>9s} {'right when coded':>17s} {'accuracy':>9s}")
        for name, pred in rows:
            f = gsr_figures(gold, pred)
            print(f"{name:32s} {f['macro_f1']:9.3f} {f['coverage']:9.0%} {f['right_when_coded']:17.0%} "
                  f"{f['accuracy']:9.0%}")
        print()
    print("published references (on the 1,033-sentence set): NLI zero-shot coder macro-F1 0.82; CAMEO dictionary "
          "coder 0.37 at 60% coverage\n")


def one_sentence_speed(nlp) -> None:  # type: ignore[no-untyped-def]
    """Sentences per second on one-sentence documents (the PLOVER records): bare spaCy and each reader."""
    recs = gsr_records(default_data())
    texts = [r["text"] for r in recs]
    docs = [SourceDocument(text=t, origin=str(i), kind="text") for i, t in enumerate(texts)]
    list(nlp.pipe(texts[:10]))
    t0 = time.process_time()
    list(nlp.pipe(texts, batch_size=8))
    bare = time.process_time() - t0
    line = f"one-sentence documents ({len(texts)}), CPU time: bare spaCy nlp.pipe {len(texts) / bare:.0f} sentences/s"
    for reader in ("rules", "rules+model", "model"):
        ex = Extractor(nlp=nlp, reader=reader)
        list(ex.extract_many(docs[:10]))
        t0 = time.process_time()
        for ev in ex.extract_many(docs):
            json.dumps(ev.as_json())
        t = time.process_time() - t0
        line += f"; {reader} {len(texts) / t:.0f}/s (×{t / bare:.2f})"
    print(line + "\n")


def _cell(t: Tally) -> str:
    f = t.figures()
    return f"{f['f1']:.3f} {f['tp']}/{f['fp']}/{f['fn']}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--thresholds", type=float, nargs="*", default=[0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95])
    ap.add_argument("--pairs", type=int, nargs="*", default=[1, 2, 4, 99])
    ap.add_argument("--variants", nargs="*", default=list(VARIANTS))
    ap.add_argument("--no-plover", action="store_true", help="skip the PLOVER records and the speed lines")
    args = ap.parse_args()
    nlp = load_nlp()
    registry = Registry.default()
    data = default_data()
    cameo = build_cameo(data)
    t0 = time.perf_counter()
    gsr = gsr_examples(nlp, data, cameo)
    files = trainable_gold()
    names = [doc_name(f) for f in files]
    half = {n: ("even" if i % 2 == 0 else "odd") for i, n in enumerate(sorted(names))}
    examples = {doc_name(f): gold_examples(nlp, [f], cameo) for f in files}
    weak = cameo_examples(cameo)
    if not args.no_plover:
        one_sentence_speed(nlp)
        plover_records(nlp, gsr, [e for exs in examples.values() for e in exs] + weak, args.thresholds,
                       {v: VARIANTS[v]["params"] for v in args.variants
                        if v != "old" and VARIANTS[v]["params"] not in
                        [VARIANTS[u]["params"] for u in args.variants[:args.variants.index(v)]]})
    _, shipped_cameo = load_model()
    actor_stage = ActorStage(nlp, registry)
    rules_stage = EventStage()
    low = min(args.thresholds)
    # per document: gold, text, rule events, and per variant the model's candidates (P(event), event)
    per_doc: list[dict[str, Any]] = []
    for gf in files:
        name = doc_name(gf)
        g = load_gold(gf)
        path = gold_document_path(gf, g, None)
        if path is None:
            continue
        src = next(iter(read_inputs([path])))
        ctx = Context(source=src, doc=nlp(src.text[src.body_start:]), offset=src.body_start)  # type: ignore[union-attr]
        actor_stage(ctx)
        rules_stage(ctx)
        rule_events = list(ctx.events)
        item: dict[str, Any] = {"name": name, "gold": g, "text": src.text, "ctx": ctx,  # type: ignore[union-attr]
                                "rules": rule_events, "add": {}, "alone": {}}
        fitted: dict[str, Any] = {}
        for v in args.variants:
            docs = VARIANTS[v]["docs"]
            key = json.dumps([sorted(docs or []), VARIANTS[v]["params"]], sort_keys=True)
            if key not in fitted:
                rest = gsr + [e for n, exs in examples.items() if n != name and (docs is None or n in docs)
                              for e in exs] + weak
                fitted[key] = fit_examples(rest, VARIANTS[v]["params"])
            model, opts = fitted[key], VARIANTS[v]["stage"]
            ctx.events = list(rule_events)
            item["add"][v] = LearnedEventStage("add", model=model, cameo=shipped_cameo, **opts).candidates(ctx, low)
            ctx.events = []
            item["alone"][v] = LearnedEventStage("model", model=model, cameo=shipped_cameo,
                                                 **opts).candidates(ctx, low)
        ctx.events = rule_events
        per_doc.append(item)
    print(f"# prepared {len(per_doc)} development gold documents, {len(args.variants)} variants x "
          f"{len(per_doc)} leave-one-document-out fits, in {time.perf_counter() - t0:.0f} s")

    def score(item: dict[str, Any], events: list[Any]) -> Tally:
        ctx = item["ctx"]
        ctx.events = events
        pred = json.loads(json.dumps(to_evidence(ctx).as_json()))
        ctx.events = item["rules"]
        return score_document(pred, item["gold"], item["text"]).tallies["events"]

    def groups(name: str) -> list[str]:
        return ["all", f"half: {half[name]}", "kind: " + kind_of(name), name]

    configs: list[tuple[str, Any]] = [("rules", lambda it: it["rules"])]
    for v in args.variants:
        for thr in args.thresholds:
            configs.append((f"{v} model@{thr:g}", lambda it, v=v, thr=thr: [e for p, e in it["alone"][v]
                                                                           if p >= thr]))
        for thr in args.thresholds:
            for cap in args.pairs:
                configs.append((f"{v} rules+model@{thr:g} pairs<={cap}",
                                lambda it, v=v, thr=thr, cap=cap: it["rules"] + [
                                    e for p, e in it["add"][v]
                                    if p >= thr and len(e.actors) * len(e.recipients) <= cap]))
    table: dict[str, dict[str, Tally]] = {}
    for cname, pick in configs:
        rows: dict[str, Tally] = {}
        for item in per_doc:
            t = score(item, pick(item))
            for key in groups(item["name"]):
                rows.setdefault(key, Tally())
                rows[key] += t
        table[cname] = rows
    print("Development gold, events F1 tp/fp/fn; every model leave-one-document-out; "
          f"shipped: dense rules+model@{THRESHOLD:g} pairs<={MAX_PAIRS}")
    print(f"{'reader':40s} {'all':>18s} {'half: even':>18s} {'half: odd':>18s}")
    for cname, rows in table.items():
        print(f"{cname:40s} " + " ".join(f"{_cell(rows[k]):>18s}" for k in ("all", "half: even", "half: odd")))
    best = max((c for c in table if "rules+model" in c),
               key=lambda c: (table[c]["all"].figures()["f1"], -table[c]["all"].fp))
    shown = ["rules", f"dense rules+model@{THRESHOLD:g} pairs<={MAX_PAIRS}", best]
    shown = [c for c in dict.fromkeys(shown) if c in table]
    print(f"\nPer kind and per document (best rules+model by F1 on all: {best})")
    print(f"{'':46s}" + "".join(f"{c[:30]:>32s}" for c in shown))
    keys = [k for k in table["rules"] if k.startswith("kind:")] + sorted(n for n in table["rules"] if n in half)
    for k in keys:
        print(f"{k[:46]:46s}" + "".join(f"{_cell(table[c][k]):>32s}" for c in shown))


if __name__ == "__main__":
    main()
