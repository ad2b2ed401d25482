"""Where the event reader loses the gold events it says nothing about: no trigger, or a trigger whose event is dropped.

    python bench/event_drops.py [GOLD_DIR ...]      (default: every folder of tests/gold/written)

For each missed gold event (by ``multipolar eval``'s own matching) with no predicted event overlapping its quote,
it records whether a trigger fired inside the quote and, if ``EventStage._event`` dropped it, at which line it
returned ``None``; for the most common drop (no actor or no recipient) it tells which of the two was lacking. The
line is read with ``sys.settrace`` on that one method, so the reader's code is not changed. Prints counts only (no
text), so it can be run on a blind batch without reading it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from multipolar.api.evidence import extract_documents
from multipolar.extract import events as reader
from multipolar.extract.scoring import gold_document_path, load_gold, pick_prediction, score_document, summarise
from multipolar.sources.discover import read_inputs

REPO = Path(__file__).resolve().parents[1]
Seen = dict[str, list[tuple[int, str]]]


def _instrument(seen: Seen, current: dict[str, str]) -> None:
    """Record, per document, each trigger's character offset and what became of it."""
    event = reader.EventStage._event
    code = event.__code__

    def traced(self: Any, ctx: Any, tok: Any, trig: Any, sent: Any) -> Any:
        state: dict[str, Any] = {"line": 0}

        def tracer(frame: Any, what: str, arg: Any) -> Any:
            if frame.f_code is code:
                if what == "line":
                    state["line"] = frame.f_lineno
                elif what == "return":
                    state["actors"] = bool(frame.f_locals.get("actors"))
                    state["recipients"] = bool(frame.f_locals.get("recipients"))
                return tracer
            return None

        sys.settrace(tracer)
        try:
            out = event(self, ctx, tok, trig, sent)
        finally:
            sys.settrace(None)
        if out is not None:
            why = "event made"
        elif state.get("actors") is not None and not (state["actors"] and state["recipients"]) and \
                state["line"] == _no_roles_line(code):
            why = "dropped: " + {(True, False): "no recipient", (False, True): "no actor"}.get(
                (state["actors"], state["recipients"]), "no actor, no recipient")
        else:
            why = f"dropped at events.py:{state['line']}"
        seen[current["doc"]].append((ctx.char(tok.i), why))
        return out

    reader.EventStage._event = traced  # type: ignore[method-assign]


def _no_roles_line(code: Any) -> int:
    """The line of ``_event``'s "if not actors or not recipients: return None"."""
    lines = Path(code.co_filename).read_text().split("\n")
    start = code.co_firstlineno
    return next((i + 2 for i in range(start - 1, len(lines)) if lines[i].strip() == "if not actors or not recipients:"),
                -1)


def gold_documents(folders: list[Path]) -> Iterator[tuple[Path, dict[str, Any], Any]]:
    """Each gold file of the folders with its gold and its document (read), those whose document is found."""
    for gf in sorted(g for f in folders for g in f.glob("*.gold.json")):
        gold = load_gold(gf)
        path = gold_document_path(gf, gold, None)
        if path is not None:
            yield gf, gold, next(iter(read_inputs([path])))


def scored(gf: Path, gold: dict[str, Any], src: Any) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The document's evidence JSON, the prediction scored (as ``multipolar eval`` picks it) and its summary with
    errors."""
    evidence = json.loads(json.dumps(extract_documents([src])[0].as_json()))
    pred = pick_prediction(evidence, gold)
    scores = score_document(pred, gold, src.text)
    return evidence, pred, summarise({gf.name: scores}, with_errors=True)["per_document"][gf.name]


def drops(folders: list[Path]) -> Counter[str]:
    seen: Seen = defaultdict(list)
    current = {"doc": ""}
    _instrument(seen, current)
    counts: Counter[str] = Counter()
    for gf, gold, src in gold_documents(folders):
        current["doc"] = gf.name
        _, pred, summary = scored(gf, gold, src)
        errors = summary["errors"]
        by_id = {e["id"]: e for e in gold["events"]}
        for eid in dict.fromkeys(e for tag, e in errors.get("events", []) if tag == "missed"):
            quote = by_id[eid].get("quote", "")
            at = src.text.find(quote)
            if at < 0 or any(p["text"]["start"] < at + len(quote) and p["text"]["end"] > at for p in pred["events"]):
                continue  # (something was said there: a wrong type, pair or date, not silence)
            fates = {why for c, why in seen[gf.name] if at <= c < at + len(quote)}
            counts["missed, nothing said at the quote"] += 1
            counts["  no trigger in the quote" if not fates else "  a trigger fired, its event dropped"] += 1
            for why in fates - {"event made"}:
                counts["    " + why] += 1
    return counts


def main(argv: list[str]) -> None:
    folders = [Path(a) for a in argv] or sorted(p for p in (REPO / "tests/gold/written").iterdir() if p.is_dir())
    counts = drops(folders)
    for key, n in sorted(counts.items(), key=lambda kv: (len(kv[0]) - len(kv[0].lstrip()), -kv[1])):
        print(f"{n:5d}  {key}")


if __name__ == "__main__":
    main(sys.argv[1:])
