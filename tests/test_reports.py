"""Report snapshots: the terminal at a fixed width, and the committed Markdown example.

Set UPDATE_SNAPSHOTS=1 to rewrite the snapshots after an intended change, then
review the diff like any other change.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from conftest import ROOT, run_cli
from rich.console import Console

import compare
from compare.report.findings import Filters
from compare.report.markdown import comparison_to_markdown
from compare.report.terminal import render

SNAPSHOTS = Path(__file__).parent / "snapshots"
EXAMPLE = ROOT / "reports" / "vienna-talks-2022-01-13.md"
SOURCES = ["sources/boston-globe-2022-01-13.txt", "sources/financial-times-2022-01-13.md"]


@pytest.fixture(scope="module")
def seeds():
    old = Path.cwd()
    os.chdir(ROOT)
    try:
        yield compare.compare_files(SOURCES)
    finally:
        os.chdir(old)


def check(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.write_text(text, "utf-8")
    assert path.exists(), f"missing snapshot {path}; run with UPDATE_SNAPSHOTS=1"
    assert text == path.read_text("utf-8")


def plain_report(comparison, width: int, filters: Filters | None = None) -> str:
    console = Console(
        file=io.StringIO(), width=width, record=True, color_system=None, no_color=True
    )
    render(console, comparison, filters)
    return "\n".join(line.rstrip() for line in console.export_text().splitlines()) + "\n"


def test_terminal_report_at_80_columns(seeds):
    text = plain_report(seeds, 80)
    check("seeds-terminal-80.txt", text)
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "[-loud-]{+loudly+}" in text
    assert "106,000" in text and "roughly 100,000" in text


def test_terminal_report_filters(seeds):
    text = plain_report(seeds, 100, Filters(only=frozenset({"differ"}), kinds=frozenset({"role"})))
    assert "described differently" in text
    assert "drumbeat" not in text and "Agreements" not in text and "Only in one source" not in text


def test_committed_markdown_example_is_current(seeds, monkeypatch):
    monkeypatch.chdir(ROOT)
    text = comparison_to_markdown(seeds, None, Path("reports") / EXAMPLE.name)
    if os.environ.get("UPDATE_SNAPSHOTS"):
        EXAMPLE.write_text(text, "utf-8")
    assert text == EXAMPLE.read_text("utf-8"), (
        "reports/ is stale: claimdiff compare sources/* --format markdown "
        f"--output reports/{EXAMPLE.name}"
    )


def test_markdown_carries_what_the_terminal_shows(seeds):
    markdown = comparison_to_markdown(seeds, None, Path("reports/x.md"))
    assert "~~loud~~ **loudly**" in markdown
    assert "**106,000**" in markdown and "roughly 100,000" in markdown
    assert "#L33" in markdown  # line anchors into the source files
    for alignment in seeds.alignments:
        for member in alignment.members:
            assert f":{member.line}]" in markdown


def test_markdown_cells_escape_pipes_and_newlines():
    from compare.report.markdown import cell

    assert cell("a | b\nc *d*") == "a \\| b c \\*d\\*"


def test_piped_compare_has_no_colour_and_always_forces_it():
    plain = run_cli("compare", *SOURCES)
    assert plain.returncode == 0, plain.stderr
    assert "\x1b[" not in plain.stdout
    coloured = run_cli("compare", *SOURCES, "--color", "always")
    assert "\x1b[" in coloured.stdout
    no_color = run_cli("compare", *SOURCES, "--color", "always", env={"NO_COLOR": "1"})
    assert "\x1b[" in no_color.stdout  # an explicit --color always wins over NO_COLOR
    auto = run_cli("compare", *SOURCES, env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert "\x1b[3" not in auto.stdout  # NO_COLOR: no colours even when a terminal is forced


def test_markdown_output_file(tmp_path):
    out = tmp_path / "sub" / "r.md"
    result = run_cli("compare", *SOURCES, "--format", "markdown", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text("utf-8").startswith("# claimdiff")
    assert not list(out.parent.glob(".*.tmp"))


def test_coverage_matrix_with_three_sources():
    base = "The council met on Monday night to discuss the old bridge.\n\n"
    comparison = compare.compare_texts(
        {
            "a": base + "“The bridge must close before the winter,” said Ana Ruiz.",
            "b": base + "“The bridge must close before the spring,” said Ana Ruiz.",
            "c": base + "Repairs will take two years, officials said on Monday night.",
        }
    )
    text = plain_report(comparison, 100)
    coverage = text.split("Coverage", 1)[1]
    row = next(line for line in coverage.splitlines() if "Ana Ruiz" in line)
    assert row.split()[-3:] == ["✓", "≠", "·"]
    markdown = comparison_to_markdown(comparison, None, Path("reports/x.md"))
    assert "## Coverage" in markdown
    assert "| ✓ | ≠ |   |" in markdown
