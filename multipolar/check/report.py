"""Presenting verdicts: short table cells and a self-contained HTML page (no logic of its own)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

COLOURS = {"supported": "#1a7f37", "contradicted": "#cf222e", "insufficient_data": "#9a6700"}


def claim_text(v: dict[str, Any]) -> str:
    """The claim in one line: the quote if known, else its fields."""
    c = v.get("claim") or {}
    if v.get("quote"):
        return " ".join(str(v["quote"]).split())
    parts = [c.get("measure"), c.get("subject"), c.get("partner"), c.get("qualifier"), c.get("value"),
             c.get("unit"), c.get("period")]
    return " ".join(str(p) for p in parts if p not in (None, ""))


def value_text(v: dict[str, Any]) -> str:
    """What the data gives; the nearest evidence in brackets when the claimed period is not in the data."""
    from .checker import fmt_value

    if v.get("value") is None:
        n = v.get("nearest")
        return f"({fmt_value(n['value'], n['unit'])} in {n['period_used']})" if n else ""
    return fmt_value(v["value"], v.get("unit") or "")


def to_html(verdicts: Sequence[dict[str, Any]], *, title: str = "Claim check") -> str:
    """One HTML page: per document, each claim with its verdict, reason and the rows that decide it."""
    e = html.escape
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{e(title)}</title><style>"
           "body{font-family:system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#1f2328}"
           ".v{display:inline-block;padding:.1em .5em;border-radius:.3em;color:#fff;font-size:.85em}"
           "blockquote{margin:.3em 0;padding-left:.8em;border-left:3px solid #d0d7de;color:#59636e}"
           "table{border-collapse:collapse;font-size:.8em;margin:.3em 0 1em}td,th{border:1px solid #d0d7de;"
           "padding:.2em .4em;text-align:left}section{margin-bottom:1.5em}</style></head><body>",
           f"<h1>{e(title)}</h1>"]
    counts: dict[str, int] = {}
    for v in verdicts:
        counts[v["verdict"]] = counts.get(v["verdict"], 0) + 1
    out.append("<p>" + ", ".join(f"{n} {e(k.replace('_', ' '))}" for k, n in sorted(counts.items())) + "</p>")
    last_doc = None
    for v in verdicts:
        doc = v.get("document") or {}
        if doc.get("id") != last_doc:
            last_doc = doc.get("id")
            out.append(f"<h2>{e(str(doc.get('title') or doc.get('origin') or 'claims'))}</h2>")
            if doc.get("origin"):
                out.append(f"<p><small>{e(str(doc['origin']))} · {e(str(doc.get('published') or ''))}</small></p>")
        colour = COLOURS.get(v["verdict"], "#59636e")
        out.append("<section>")
        out.append(f"<blockquote>{e(claim_text(v))}</blockquote>")
        out.append(f"<span class='v' style='background:{colour}'>{e(v['verdict'].replace('_', ' '))}</span> "
                   f"{e(v['reason'])}")
        for label, block in (("Rows that decide it", v.get("rows") or []),
                             ("Nearest evidence (not a verdict)", (v.get("nearest") or {}).get("rows") or [])):
            if not block:
                continue
            cite = v.get("citation") or (v.get("nearest") or {}).get("citation") or ""
            out.append(f"<div><b>{label}</b> — {e(str(cite))}"
                       "<table><tr><th>dataset</th><th>indicator</th><th>from</th><th>to</th><th>period</th>"
                       "<th>value</th><th>unit</th><th>source</th></tr>")
            for r in block:
                out.append("<tr>" + "".join(f"<td>{e(str(x if x is not None else ''))}</td>" for x in (
                    r["dataset"], r["indicator"], r["from_actor"], r["to_actor"], r["period"], r["value"], r["unit"],
                    r.get("cite") or r.get("source_file"))) + "</tr>")
            out.append("</table></div>")
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out)
