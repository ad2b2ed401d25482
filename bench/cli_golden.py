"""Every CLI command's output on the seed and the starter pack, normalised, for a before/after comparison.

    python bench/cli_golden.py OUT_DIR            # writes OUT_DIR/NN-name.txt (stdout, stderr, exit status)
    python bench/cli_golden.py --normalise DIR    # re-normalise a folder written by an older version of this
    diff -r BEFORE_DIR AFTER_DIR                  # a renovation must leave every file the same

Builds a store with ``demo`` (starter pack + example texts) in a temporary folder, ingests the seed, then runs
each read command in both its formats. Temporary paths, timestamps, durations and run ids' clocks are
replaced by placeholders so that two runs of the same code give the same files.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "corpus" / "seed"
TEXTS = REPO / "multipolar" / "examples" / "texts"
GOLD = REPO / "tests" / "gold"

_NORMALISE = (
    (re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d| UTC)?"), "<TIME>"),
    (re.compile(r"brief\.html \(\d+ chars\)"), "brief.html"),
    (re.compile(r"\b\d+(\.\d+)?\s?(s|ms|seconds)\b"), "<DURATION>"),
    (re.compile(r"\b\d+(\.\d+)? (documents|docs|rows)/s\b"), "<RATE>"),
)
#: floats with many digits: DuckDB's parallel sums differ in the last bits from run to run
_LONG_FLOAT = re.compile(r"-?\d+\.\d{9,}(e-?\d+)?")


def _round(m: re.Match[str]) -> str:
    return f"{float(m.group(0)):.9g}"


def _commands(db: str, tmp: str) -> list[tuple[str, list[str]]]:
    seed = str(SEED)
    one = str(TEXTS / "01-china-georgia-fta.md")
    cmds: list[tuple[str, list[str]]] = [
        ("demo", ["demo", "--db", db]),
        ("ingest-seed", ["ingest", seed, "--db", db]),
        ("ingest-seed-again", ["ingest", seed, "--db", db]),
        ("extract-seed-json", ["extract", seed]),
        ("extract-seed-table", ["extract", seed, "--format", "table"]),
        ("extract-text", ["extract", one]),
        ("eval-gold", ["eval", str(GOLD), "--format", "table"]),
        ("eval-gold-json", ["eval", str(GOLD), "--format", "json"]),
    ]
    for kind in ("events", "claims", "stances", "actors"):
        for fmt in ("table", "json", "csv"):
            cmds.append((f"{kind}-{fmt}", [kind, "--format", fmt, "--db", db]))
    cmds += [
        ("events-filtered", ["events", "--actor", "CHN", "--recipient", "GEO", "--from", "2015", "--format", "json",
                             "--db", db]),
        ("claims-arm", ["claims", "--actor", "ARM", "--db", db]),
        ("datasets-table", ["datasets", "--db", db]),
        ("datasets-json", ["datasets", "--format", "json", "--db", db]),
        ("status", ["status", "--db", db]),
        ("status-json", ["status", "--format", "json", "--db", db]),
    ]
    for target in ("GEO", "ARM", "AZE"):
        cmds.append((f"influence-{target}", ["influence", "--target", target, "--db", db]))
        cmds.append((f"influence-{target}-json", ["influence", "--target", target, "--format", "json", "--db", db]))
    cmds += [
        ("influence-powers", ["influence", "--target", "Georgia", "--powers", "CHN,RUS,WEST,TUR,IRN", "--years",
                              "2010-2020", "--db", db]),
        ("hedging", ["hedging", "--targets", "ARM,AZE,GEO", "--db", db]),
        ("hedging-json", ["hedging", "--targets", "ARM,AZE,GEO", "--format", "json", "--db", db]),
        ("explain", ["explain", "--power", "CHN", "--target", "GEO", "--year", "2018", "--db", db]),
        ("explain-json", ["explain", "--power", "RUS", "--target", "ARM", "--year", "2019", "--format", "json",
                          "--db", db]),
        ("validate-fbic", ["validate", "fbic", "--power", "CHN", "--format", "json", "--db", db]),
        ("check-text", ["check", one, "--db", db, "--format", "json"]),
        ("check-seed", ["check", seed, "--db", db]),
        ("check-stored", ["check", "--db", db]),
        ("brief", ["brief", "--region", "south-caucasus", "-o", os.path.join(tmp, "brief.html"), "--db", db]),
        ("verify", ["verify", "--db", db]),
        ("bad-code", ["influence", "--target", "XXQ", "--db", db]),
        ("bad-year", ["explain", "--power", "CHN", "--target", "GEO", "--year", "1700", "--db", db]),
        ("bad-db", ["datasets", "--db", str(REPO / "README.md")]),
    ]
    return cmds


def _normalise(text: str, tmp: str) -> str:
    text = text.replace(tmp, "<TMP>").replace(str(REPO), "<REPO>")
    for pattern, placeholder in _NORMALISE:
        text = pattern.sub(placeholder, text)
    return _LONG_FLOAT.sub(_round, text)


def main() -> None:
    if sys.argv[1] == "--normalise":  # re-apply the normalisation to a folder written before it changed
        for f in Path(sys.argv[2]).glob("*.txt"):
            f.write_text(_normalise(f.read_text(encoding="utf-8"), "\0"), encoding="utf-8")
        return
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "COLUMNS": "160", "NO_COLOR": "1", "TERM": "dumb"}
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "golden.duckdb")
        for n, (name, args) in enumerate(_commands(db, tmp), 1):
            done = subprocess.run([sys.executable, "-m", "multipolar", *args], capture_output=True, text=True,
                                  env=env, cwd=REPO, timeout=600)
            body = (f"$ multipolar {' '.join(args)}\nexit {done.returncode}\n--- stdout\n{done.stdout}"
                    f"--- stderr\n{done.stderr}")
            if name == "brief":
                html = Path(tmp, "brief.html").read_text(encoding="utf-8")
                body += f"--- brief.html ({len(html)} chars)\n" + re.sub(r"data:[^\"')]+", "<DATA-URI>", html)
            (out / f"{n:02d}-{name}.txt").write_text(_normalise(body, tmp), encoding="utf-8")
            print(f"{n:02d} {name}: exit {done.returncode}", flush=True)


if __name__ == "__main__":
    main()
