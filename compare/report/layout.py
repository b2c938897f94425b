"""Rows of a terminal report laid out as rich lays out a table, without the table.

rich measures and pads every cell of a Table apart, about a millisecond per row:
a 20-article event's report spent ~0.5 s CPU drawing its coverage matrix (a column
per source) and ~0.1 s its lists of claims only one source carries. These
helpers build the same text directly; tests/test_report_layout.py holds them to
the tables they replace.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text


def centred_row(cells: Sequence[tuple[str, str]], widths: Sequence[int]) -> Text:
    """(text, style) cells, each centred in its width as rich centres a cell (the
    odd space on the right), two spaces apart as a table's padding puts them."""
    row = Text()
    for k, ((text, style), width) in enumerate(zip(cells, widths, strict=True)):
        left = (width - cell_len(text)) // 2
        row.append(("  " if k else "") + " " * left)
        row.append(text, style=style)
        row.append(" " * (width - cell_len(text) - left))
    return row


def grid_lines(
    console: Console, rows: Sequence[tuple[str, str, Text]], width: int
) -> list[Text] | None:
    """Rows of a right-aligned number, a word and a text that folds, one space
    apart, as Table.grid(padding=(0, 1)) draws them with the number column dim and
    the word column cyan; None when the text would get under 10 cells (rich then
    shrinks every column, which this does not copy)."""
    first = max(cell_len(number) for number, _, _ in rows)
    second = max(cell_len(word) for _, word, _ in rows)
    room = width - first - second - 2
    if room < 10:
        return None
    indent = " " * (first + second + 2)
    out = []
    for number, word, text in rows:
        lines = text.wrap(console, room, justify="left", overflow="fold")
        for k, line in enumerate(lines):
            row = Text()
            if k == 0:
                row.append(" " * (first - cell_len(number)) + number, style="dim")
                row.append(" ")
                row.append(word + " " * (second - cell_len(word)), style="cyan")
                row.append(" ")
            else:
                row.append(indent)
            row.append_text(line)
            out.append(row)
    return out
