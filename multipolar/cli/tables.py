"""Terminal tables that fit: by default fewer, narrower columns sized to an 80-column terminal; ``--wide``
shows every column. Numbers and codes are never cut or wrapped (their column is as wide as its widest
cell); only text columns (names, sentences, reasons) wrap, at spaces. CSV and JSON output do not pass
through here and keep every column."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

WIDE_HELP = "show every column (the default fits an 80-column terminal; CSV and JSON always have every column)"



@dataclass(frozen=True)
class Col:
    """One column: ``text`` columns may wrap; others (numbers, codes, years) are never cut.
    ``wide`` columns are shown only with ``--wide``."""

    header: str
    text: bool = False
    wide: bool = False
    right: bool = False
    cut: bool = False  # a text column that may be cut (marked "…") in the narrow form, e.g. a quoted sentence
    markup: bool = False  # cells are Rich markup (e.g. a coloured verdict); otherwise shown literally


def _text(cell: str | Text, col: Col) -> Text:
    if isinstance(cell, Text):
        return cell
    return Text.from_markup(cell) if col.markup else Text(cell)


def _plain(cell: str | Text, col: Col) -> str:
    return _text(cell, col).plain


def show(console: Console, cols: Sequence[Col], rows: Sequence[Sequence[str | Text]], *, wide: bool,
         title: str | None = None, show_lines: bool = False) -> None:
    """Print ``rows`` under ``cols``; in the narrow form only the columns not marked ``wide``, and ``cut`` text
    to about three lines of what the terminal leaves it (marked "…")."""
    all_cols = list(cols)
    keep = [i for i, c in enumerate(cols) if wide or not c.wide]
    if not wide:
        rows = _shorten_text(console.width, [cols[i] for i in keep], [[r[i] for i in keep] for r in rows])
        cols, keep = [cols[i] for i in keep], list(range(len(keep)))
    table = Table(title=title, box=box.SIMPLE_HEAD, collapse_padding=True, pad_edge=False, show_lines=show_lines,
                  title_justify="left")
    need = least = 0
    for i in keep:
        c = cols[i]
        cells = [_plain(r[i], c) for r in rows]
        if c.text:
            longest_word = max((len(w) for w in c.header.split()), default=1)  # headers are never split
            table.add_column(c.header, overflow="fold", min_width=longest_word)
            need += min(max((len(x) for x in cells), default=0), 40) + 2
            least += longest_word + 2
        else:
            width = max([len(c.header)] + [len(line) for x in cells for line in x.splitlines() or [""]])
            table.add_column(c.header, no_wrap=True, min_width=width, justify="right" if c.right else "left")
            need += width + 2
            least += width + 2
    for r in rows:
        table.add_row(*(_text(r[i], cols[i]) for i in keep))
    width = need if wide else least
    if width > console.width:  # wider than the terminal: overflow it rather than cut a number
        Console(file=console.file, width=width, force_terminal=console.is_terminal, color_system=None
                if not console.color_system else "auto", highlight=False).print(table, crop=False)
    else:
        console.print(table)
    hidden = [c.header for c in all_cols if c.wide] if not wide else []
    if hidden and rows:
        console.print(f"[dim]more columns with --wide: {', '.join(hidden)}[/]", highlight=False)


def _shorten_text(width: int, cols: Sequence[Col], rows: Sequence[Sequence[str | Text]]) -> list[list[str | Text]]:
    fixed = sum(max([len(c.header)] + [len(_plain(r[i], c)) for r in rows]) for i, c in enumerate(cols)
                if not c.text)
    texts = [i for i, c in enumerate(cols) if c.text]
    if not any(cols[i].cut for i in texts):
        return [list(r) for r in rows]
    room = max((width - fixed - 2 * len(cols)) // len(texts), 12) * 3
    out: list[list[str | Text]] = []
    for r in rows:
        row = list(r)
        for i in texts:
            cell = row[i]
            if not cols[i].cut:
                continue
            if isinstance(cell, str) and len(cell) > room:
                row[i] = cell[:room - 1].rstrip() + "…"
        out.append(row)
    return out
