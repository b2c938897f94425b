"""The terminal coverage matrix draws every source's marks as one column of text
(compare.report.terminal._centred_row) because rich rendered a cell per source
slowly; the text must stay what one centred column per source gave."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.table import Table
from rich.text import Text

from compare.report.terminal import _centred_row

CLAIMS = [
    "statement: the council approved the budget after a long night of talks",
    "number: 12 people",
    "role: Dana Price: head coach of the visiting side",
]


def _rows(labels: list[str]) -> list[list[str]]:
    marks = "✓≠·≈"
    return [[marks[(r + k) % len(marks)] for k in range(len(labels))] for r in range(len(CLAIMS))]


def _text(table: Table, width: int) -> str:
    out = io.StringIO()
    Console(file=out, width=width, no_color=True, color_system=None).print(table)
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
    table.add_column(_centred_row([(label, "") for label in labels], widths), no_wrap=True)
    for claim, marks in zip(CLAIMS, _rows(labels), strict=True):
        table.add_row(Text(claim), _centred_row([(m, "green") for m in marks], widths))
    return table


# (sources, width) as the report draws the matrix: while 30 + (label + 1) * sources fit
@pytest.mark.parametrize(("sources", "width"), [(3, 60), (3, 100), (20, 70), (20, 100), (28, 200)])
def test_one_column_of_marks_reads_as_a_column_per_source(sources: int, width: int) -> None:
    labels = [chr(ord("A") + k) if k < 26 else "A" + chr(ord("A") + k - 26) for k in range(sources)]
    expected = _text(_per_source(labels), width)
    assert labels[-1] in expected.splitlines()[0]
    assert "budget" in expected
    assert _text(_one_column(labels), width) == expected
