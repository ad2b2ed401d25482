"""Extraction scored against all our gold, per document kind (issue 12): events, claims, stances, actors F1.

    python bench/eval_by_kind.py [--reader rules|model|rules+model] [GOLD_DIR ...]
    python bench/eval_by_kind.py --heldout [--before REV] [GOLD_DIR ...]

Runs ``multipolar eval --format json`` once per gold folder (default: tests/gold and ../shared/corpus/gold) and
sums true/false positives and misses per kind (micro F1, as ``eval`` does overall). The kind is read from the
document's file name. Run from a worktree of an older commit (PYTHONPATH=that worktree) for "before" figures.

``--heldout`` splits the documents into the development set and the held-out set named in bench/heldout.txt (rule
writers do not look at the held-out documents' texts or error lists) and prints one table per set; with
``--before REV`` it also scores the code of git revision REV (exported with ``git archive`` into a temporary
folder and put first on PYTHONPATH) and writes both to bench/results/eval_heldout.txt.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GOLD = [REPO / "tests" / "gold", REPO.parent / "shared" / "corpus" / "gold"]
KINDS = (("whitehouse", "White House statement/readout"), ("chinamfa", "foreign-ministry press conference"),
         ("economist", "magazine analysis"), ("dailymail", "news story"), ("moscowtimes", "news story"),
         ("isw", "think-tank commentary"), ("rusi", "think-tank commentary"), ("pen0", "think-tank commentary"),
         ("ungdc", "UN speech"), ("wiki", "encyclopedia entry"))
PARTS = ("events", "claims", "stances", "actors")
HELDOUT = REPO / "bench" / "heldout.txt"
Counts = dict[str, dict[str, dict[str, int]]]


def kind_of(name: str) -> str:
    return next((k for key, k in KINDS if f"_{key}_" in f"_{name}_" or name.startswith(key)), "other")


def f1(c: dict[str, int]) -> float:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def heldout_names() -> set[str]:
    lines = HELDOUT.read_text(encoding="utf-8").splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}


def score(folders: list[Path], reader: list[str], pythonpath: str | None = None) -> dict[str, dict[str, Any]]:
    """Per-document eval scores over the gold folders (a document in two folders counted once)."""
    env = {**os.environ}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    per_doc: dict[str, dict[str, Any]] = {}
    for folder in folders:
        out = subprocess.run([sys.executable, "-m", "multipolar", *reader, "eval", str(folder), "--format", "json"],
                             capture_output=True, text=True, check=True, env=env, cwd=pythonpath or None).stdout
        for name, scores in json.loads(out)["per_document"].items():
            per_doc.setdefault(name, scores)  # the seed's gold is in both folders' reach only once
    return per_doc


def by_kind(per_doc: dict[str, dict[str, Any]], keep: set[str] | None = None) -> tuple[Counts, dict[str, int]]:
    per_kind: Counts = defaultdict(lambda: {p: defaultdict(int) for p in PARTS})
    docs: dict[str, int] = defaultdict(int)
    for name, scores in per_doc.items():
        if keep is not None and name not in keep:
            continue
        for k in (kind_of(name), "all"):
            docs[k] += 1
            for p in PARTS:
                for x in ("tp", "fp", "fn"):
                    per_kind[k][p][x] += scores[p][x]
    return per_kind, docs


def table(per_kind: Counts, docs: dict[str, int]) -> str:
    rows = [f"{'kind':36s} {'docs':>4s} " + " ".join(f"{p:>8s}" for p in PARTS)]
    for k in sorted(per_kind, key=lambda k: (k == "all", k)):
        rows.append(f"{k:36s} {docs[k]:4d} " + " ".join(f"{f1(per_kind[k][p]):8.3f}" for p in PARTS))
    return "\n".join(rows)


def split_tables(per_doc: dict[str, dict[str, Any]]) -> str:
    held = heldout_names() & set(per_doc)
    dev = set(per_doc) - held
    return "\n".join([f"# development set ({len(dev)} documents)", table(*by_kind(per_doc, dev)), "",
                      f"# held-out set ({len(held)} documents: bench/heldout.txt)", table(*by_kind(per_doc, held))])


def export(rev: str, into: Path) -> str:
    """The code of git revision ``rev`` (its multipolar package), unpacked under ``into``; returns the folder."""
    data = subprocess.run(["git", "archive", "--format=tar", rev, "multipolar"], cwd=REPO, capture_output=True,
                          check=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return str(into)


def main(argv: list[str]) -> None:
    reader: list[str] = []
    if argv[:1] == ["--reader"]:
        reader, argv = ["--reader", argv[1]], argv[2:]
    heldout = "--heldout" in argv
    argv = [a for a in argv if a != "--heldout"]
    before = None
    if argv[:1] == ["--before"]:
        before, argv = argv[1], argv[2:]
    folders = [Path(a) for a in argv] or [g for g in GOLD if g.exists()]
    if not heldout:
        print(table(*by_kind(score(folders, reader))))
        return
    after = split_tables(score(folders, reader))
    if before is None:
        print(after)
        return
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                          check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        old = split_tables(score(folders, reader, export(before, Path(tmp))))
    name = reader[1] if reader else "rules"
    text = "\n".join([
        f"# python bench/eval_by_kind.py --heldout --before {before}",
        f"# {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; micro F1 per document kind; reader: {name}",
        "# held-out documents: bench/heldout.txt (rule writers did not look at their texts or error lists)",
        "", f"## BEFORE (code of {before})", old, "", f"## AFTER (working tree at {head})", after, ""])
    print(text)
    (REPO / "bench" / "results" / "eval_heldout.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
