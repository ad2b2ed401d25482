"""Extraction scored on the written gold (tests/gold/written), per wave: events, claims, stances, actors F1.

    python bench/eval_written.py [--before REV] [--extra LABEL=DIR ...]

Each folder of tests/gold/written is one batch of documents written blind for the project (see its README); a
"wave" is the batch written in one round. Runs ``multipolar eval --format json`` per folder (``bench/eval_by_kind``)
and sums true/false positives and misses per wave (micro F1). ``--before REV`` scores the code of git revision
REV too (exported with ``git archive``). ``--extra LABEL=DIR`` adds a gold folder outside the repository under its
own row (a blind batch not yet read, say).
"""

from __future__ import annotations

import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_by_kind import PARTS, REPO, export, f1, score  # noqa: E402

WRITTEN = REPO / "tests" / "gold" / "written"
#: the round's batch each folder belongs to (in the order they were written)
WAVES = {"w1-3": "h30un h31tt h32news h33un h34mix h35ency h36tt h37un", "w4": "h38ency h39tt h40un",
         "w5": "h41un h42ency h43tt h44mix", "w6": "h45un h46st h47pr", "w7": "h48et h49un h50mix",
         "w8": "h51ency h52tw h53un", "w9": "h54un h55mix h56ency", "w10": "h57un h58mix h59ency",
         "w11": "h60un h61mix h62tt", "w12": "h63un h64mix h65tt", "w13": "h66un h67mix h68tt",
         "w14": "h69un h70mix h71tt", "w15": "h72un h73mix h74tt",
         "w16": "h75un h76mix h77tt", "w17": "h78un h79mix h80tt",
         "w18": "h81un h82mix h83tt", "w19": "h84un h85mix h86tt", "w20": "h87un h88mix h89tt",
         "w21": "h90un h91mix h92tt", "w23": "h96un h97mix h98tt",
         "w24": "h99un h100mix h101tt", "w25": "h102un h103mix h104tt",
         "w26": "h105un h106mix h107tt", "w27": "h108un h109mix h110tt",
         "w28": "h111un h112mix h113tt", "w29": "h114un h115mix h116tt",
         "w30": "h117un h118mix h119tt"}  # (wave 22 was lost before it was copied in)


def wave_folders(extra: list[tuple[str, Path]]) -> list[tuple[str, Path]]:
    out = [(w, WRITTEN / f) for w, fs in WAVES.items() for f in fs.split() if (WRITTEN / f).is_dir()]
    return out + extra


def per_wave(folders: list[tuple[str, Path]], pythonpath: str | None = None) -> dict[str, dict[str, Any]]:
    sums: dict[str, dict[str, Any]] = defaultdict(lambda: {"docs": 0, **{p: defaultdict(int) for p in PARTS}})
    for wave, folder in folders:
        for scores in score([folder], [], pythonpath).values():
            for w in (wave, "all"):
                sums[w]["docs"] += 1
                for p in PARTS:
                    for x in ("tp", "fp", "fn"):
                        sums[w][p][x] += scores[p][x]
    return sums


def table(sums: dict[str, dict[str, Any]]) -> str:
    rows = [f"{'wave':10s} {'docs':>4s} " + " ".join(f"{p:>8s}" for p in PARTS)]
    for w in sorted(sums, key=lambda w: w == "all"):
        s = sums[w]
        rows.append(f"{w:10s} {s['docs']:4d} " + " ".join(f"{f1(s[p]):8.3f}" for p in PARTS))
    return "\n".join(rows)


def main(argv: list[str]) -> None:
    before = None
    if argv[:1] == ["--before"]:
        before, argv = argv[1], argv[2:]
    extra = []
    if argv[:1] == ["--extra"]:
        extra = [(a.split("=", 1)[0], Path(a.split("=", 1)[1])) for a in argv[1:]]
    folders = wave_folders(extra)
    if before:
        with tempfile.TemporaryDirectory() as tmp:
            print(f"## BEFORE (code of {before})\n{table(per_wave(folders, export(before, Path(tmp))))}\n")
    print(f"## AFTER (working tree)\n{table(per_wave(folders))}")


if __name__ == "__main__":
    main(sys.argv[1:])
