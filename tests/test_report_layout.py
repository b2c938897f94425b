"""The terminal report draws its coverage matrix and its lists of claims one source
carries as text laid out by compare.report.layout, because rich renders a table
cell by cell slowly; the text must stay what the rich tables gave."""

from __future__ import annotations

import io

import pytest
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from compare.report.layout import centred_row, grid_lines

CLAIMS = [
    "statement: the council approved the budget after a long night of talks",
    "number: 12 people",
    "role: Dana Price: head coach of the visiting side",
]


def _rows(labels: list[str]) -> list[list[str]]:
    marks = "✓≠·≈"
    return [[marks[(r + k) % len(marks)] for k in range(len(labels))] for r in range(len(CLAIMS))]


def _console(out: io.StringIO, width: int) -> Console:
    return Console(file=out, width=width, no_color=True, color_system=None)


def _text(table: RenderableType, width: int) -> str:
    out = io.StringIO()
    _console(out, width).print(table)
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines())


def _per_source(labels: list[str]) -> Table:
    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
    table.add_column("claim", overflow="fold")
    for label in labels:
        table.add_column(label, justify="center", no_wrap=True)
    for claim, marks in zip(CLAIMS, _rows(labels), strict=True):
        table.add_row(Text(claim), *(Text(m, style="green") for m in marks))
    return table


def _one_column(labels: list[str]) -> Table:
    widths = [len(label) for label in labels]
    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
    table.add_column("claim", overflow="fold")
    table.add_column(centred_row([(label, "") for label in labels], widths), no_wrap=True)
    for claim, marks in zip(CLAIMS, _rows(labels), strict=True):
        table.add_row(Text(claim), centred_row([(m, "green") for m in marks], widths))
    return table


# (sources, width) as the report draws the matrix: while 30 + (label + 1) * sources fit
@pytest.mark.parametrize(("sources", "width"), [(3, 60), (3, 100), (20, 70), (20, 100), (28, 200)])
def test_one_column_of_marks_reads_as_a_column_per_source(sources: int, width: int) -> None:
    labels = [chr(ord("A") + k) if k < 26 else "A" + chr(ord("A") + k - 26) for k in range(sources)]
    expected = _text(_per_source(labels), width)
    assert labels[-1] in expected.splitlines()[0]
    assert "budget" in expected
    assert _text(_one_column(labels), width) == expected


UNIQUE_ROWS = [
    ("7", "number", "12 people: Twelve people were hurt when the roof of the old mill gave way"),
    ("115", "date", "Tuesday"),
    ("31", "statement", "A-very-long-compound-word-that-cannot-be-broken-at-a-space-anywhere-here"),
    ("2", "quote", "“We will rebuild,” said the mayor\nat the scene"),
]


@pytest.mark.parametrize("width", [32, 40, 60, 100, 200])
def test_claim_lines_read_as_the_grid(width: int) -> None:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", style="dim", no_wrap=True)
    grid.add_column(no_wrap=True, style="cyan")
    grid.add_column(overflow="fold")
    for number, kind, text in UNIQUE_ROWS:
        grid.add_row(number, kind, Text(text))
    expected = _text(grid, width)
    assert "Tuesday" in expected
    rows = [(number, kind, Text(text)) for number, kind, text in UNIQUE_ROWS]
    lines = grid_lines(_console(io.StringIO(), width), rows, width)
    assert lines is not None
    assert _text(Group(*lines), width) == expected


def test_claim_lines_leave_a_narrow_console_to_rich() -> None:
    rows = [(number, kind, Text(text)) for number, kind, text in UNIQUE_ROWS]
    assert grid_lines(_console(io.StringIO(), 20), rows, 20) is None
