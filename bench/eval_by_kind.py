"""Extraction scored against all our gold, per document kind (issue 12): events, claims, stances, actors F1.

    python bench/eval_by_kind.py [--reader rules|model|rules+model] [GOLD_DIR ...]

Runs ``multipolar eval --format json`` once per gold folder (default: tests/gold and ../shared/corpus/gold) and
sums true/false positives and misses per kind (micro F1, as ``eval`` does overall). The kind is read from the
document's file name. Run from a worktree of an older commit (PYTHONPATH=that worktree) for "before" figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = [REPO / "tests" / "gold", REPO.parent / "shared" / "corpus" / "gold"]
KINDS = (("whitehouse", "White House statement/readout"), ("chinamfa", "foreign-ministry press conference"),
         ("economist", "magazine analysis"), ("dailymail", "news story"), ("moscowtimes", "news story"),
         ("isw", "think-tank commentary"), ("rusi", "think-tank commentary"), ("pen0", "think-tank commentary"),
         ("ungdc", "UN speech"), ("wiki", "encyclopedia entry"))
PARTS = ("events", "claims", "stances", "actors")


def kind_of(name: str) -> str:
    return next((k for key, k in KINDS if f"_{key}_" in f"_{name}_" or name.startswith(key)), "other")


def f1(c: dict[str, int]) -> float:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str]) -> None:
    reader = []
    if argv[:1] == ["--reader"]:
        reader, argv = ["--reader", argv[1]], argv[2:]
    folders = [Path(a) for a in argv] or [g for g in GOLD if g.exists()]
    per_kind: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: {p: defaultdict(int) for p in PARTS})
    docs: dict[str, int] = defaultdict(int)
    seen: set[str] = set()
    for folder in folders:
        out = subprocess.run([sys.executable, "-m", "multipolar", *reader, "eval", str(folder), "--format", "json"],
                             capture_output=True, text=True, check=True, env={**os.environ}).stdout
        for name, scores in json.loads(out)["per_document"].items():
            if name in seen:  # the seed's gold is in both folders' reach only once
                continue
            seen.add(name)
            for k in (kind_of(name), "all"):
                docs[k] += 1
                for p in PARTS:
                    for x in ("tp", "fp", "fn"):
                        per_kind[k][p][x] += scores[p][x]
    print(f"{'kind':36s} {'docs':>4s} " + " ".join(f"{p:>8s}" for p in PARTS))
    for k in sorted(per_kind, key=lambda k: (k == "all", k)):
        print(f"{k:36s} {docs[k]:4d} " + " ".join(f"{f1(per_kind[k][p]):8.3f}" for p in PARTS))


if __name__ == "__main__":
    main(sys.argv[1:])
