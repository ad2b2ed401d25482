"""A document's text with its extracted facts marked at their spans, every character escaped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str      # 'actor', 'event', 'claim', 'stance'
    label: str     # shown on hover
    anchor: str = ""


def highlight(text: str, spans: Sequence[Span]) -> Markup:
    """``text`` as HTML: plain stretches escaped, covered stretches in ``<mark>`` (overlaps merge their
    kinds and labels). Spans outside the text are clipped; empty ones are dropped."""
    n = len(text)
    good = [s for s in spans if 0 <= s.start < s.end and s.start < n]
    cuts = sorted({0, n, *(s.start for s in good), *(min(s.end, n) for s in good)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[a:b])
        cover = [s for s in good if s.start <= a and min(s.end, n) >= b]
        if not cover:
            out.append(str(piece))
            continue
        kinds = " ".join(sorted({f"hl-{s.kind}" for s in cover}))
        label = "; ".join(dict.fromkeys(s.label for s in cover))
        anchor = next((s.anchor for s in cover if s.anchor), "")
        data = f' data-ref="{escape(anchor)}"' if anchor else ""
        out.append(f'<mark class="{kinds}" title="{escape(label)}"{data}>{piece}</mark>')
    return Markup("".join(out))
