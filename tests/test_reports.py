"""Report snapshots: the terminal at a fixed width, and the committed Markdown example.

Set UPDATE_SNAPSHOTS=1 to rewrite the snapshots after an intended change, then
review the diff like any other change.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from conftest import ROOT, run_cli
from rich.cells import cell_len
from rich.console import Console

import compare
from compare.report.findings import Filters
from compare.report.markdown import comparison_to_markdown
from compare.report.terminal import diff_text, render
from compare.report.worddiff import DELETE, INSERT, pieces

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


def plain_report(
    comparison, width: int, filters: Filters | None = None, colour: bool = False
) -> str:
    stream = io.StringIO()
    if colour:
        console = Console(file=stream, width=width, force_terminal=True, color_system="standard")
    else:
        console = Console(file=stream, width=width, color_system=None, no_color=True)
    render(console, comparison, filters)
    return stream.getvalue()


def test_terminal_report_at_80_columns(seeds):
    text = plain_report(seeds, 80)
    check("seeds-terminal-80.txt", text)
    assert all(cell_len(line) <= 80 for line in text.splitlines())
    assert not [line for line in text.splitlines() if line != line.rstrip()]
    assert text.startswith("claimdiff: 2 sources · ")  # the summary line comes first
    assert "Michael Carpenter: loud → loudly" in text  # a variant, on one line
    assert "106,000" in text and "roughly 100,000" in text
    assert "statementstatement" not in text


def test_terminal_report_filters_keep_honest_counts(seeds):
    text = plain_report(seeds, 100, Filters(only=frozenset({"differ"}), kinds=frozenset({"role"})))
    assert "Lukashevich" in text
    assert (
        "drumbeat" not in text and "Agreements (" not in text and "Only in one source" not in text
    )
    summary, hidden = text.splitlines()[:2]
    agreements = re.search(r"(\d+) agreements", summary)
    assert agreements and int(agreements.group(1)) > 0  # counted before the filter, never 0
    assert hidden.startswith("not shown: ") and f"{agreements.group(1)} agreements" in hidden


def test_sections_come_in_order_of_severity():
    base = "The council met on Monday night to discuss the old bridge.\n\n"
    comparison = compare.compare_texts(
        {
            "a": base + "Officials said 40 people were evacuated from nearby homes.\n\n"
            "“The repairs are going slowly,” said Ana Ruiz.\n\n"
            "The repair crews have worked on the bridge for about 100 days.",
            "b": base + "Officials said 70 people were evacuated from nearby homes.\n\n"
            "“The repairs are going slow,” said Ana Ruiz.\n\n"
            "The repair crews have worked on the bridge for 97 days.",
        }
    )
    text = plain_report(comparison, 80)
    conflicts = text.index("Conflicts (")
    variants = text.index("Variants (")
    agreements = text.index("Agreements (")
    assert conflicts < variants < agreements
    assert "40 vs 70" in text[conflicts:variants]
    assert "CD201" in text[conflicts:variants]
    assert "slowly → slow" in text[conflicts:variants]  # a quote's words changed
    assert "about 100" in text[variants:agreements]  # a figure the hedge covers


def test_word_diff_keeps_every_character_of_the_quote():
    reference = "It is serious [for Russia], and 5% of them agree."
    other = "It is grave [for Russia], and 7% of them agree!"
    items = pieces(reference, other)
    assert "".join(p.text + p.space for p in items if p.op != DELETE) == other
    assert [p.text for p in items if p.op == DELETE] == ["serious", "5%"]
    assert [p.text for p in items if p.op == INSERT] == ["grave", "7%"]
    plain = diff_text(items, plain=True).plain
    assert "[-serious-]{+grave+}" in plain and "[for Russia]," in plain and "%" in plain


def test_colour_diff_keeps_the_markers_and_no_trailing_spaces():
    comparison = compare.compare_texts(
        {
            "a": "“The bridge must close before the winter, at a cost of 5%,” said Ana Ruiz.",
            "b": "“The bridge must close before the spring, at a cost of 5%,” said Ana Ruiz.",
        }
    )
    text = plain_report(comparison, 60, colour=True)
    bare = re.sub(r"\x1b\[[0-9;]*m", "", text)
    assert "\x1b[" in text
    assert "[-winter,-]{+spring,+} at a cost of 5%,”" in bare
    assert not re.search(r" (\x1b\[[0-9;]*m)*$", text, re.MULTILINE)


def test_unique_statements_only_with_all(seeds):
    default = plain_report(seeds, 100)
    every = plain_report(seeds, 100, Filters(all=True))
    listed = default.split("Only in one source", 1)[1]
    assert " statement " not in listed
    assert " statement " in every.split("Only in one source", 1)[1]
    assert "--all shows statements" in default


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
    # every alignment listed (past the ten agreements shown by default), each anchored
    markdown = comparison_to_markdown(seeds, Filters(all=True), Path("reports/x.md"))
    assert "Michael Carpenter: loud → loudly" in markdown
    assert "106,000 vs roughly 100,000" in markdown
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


def test_coverage_with_many_sources_stays_within_the_width():
    base = "The council met on Monday night to discuss the old bridge.\n\n"
    texts = {
        f"outlet-{i:02d}": base + f"Officials said {40 if i % 5 else 45} people were evacuated."
        for i in range(30)
    }
    comparison = compare.compare_texts(texts)
    text = plain_report(comparison, 80)
    assert all(cell_len(line) <= 80 for line in text.splitlines())
    coverage = text.split("Coverage", 1)[1]
    assert "AD" in coverage  # the 30th source is named
    assert "absent" in coverage or "✓" in coverage
    markdown = comparison_to_markdown(comparison, None, Path("reports/x.md"))
    table_rows = [line for line in markdown.split("## Coverage", 1)[1].splitlines() if "|" in line]
    assert not table_rows  # listed per claim, not as a 31-column table


def test_the_engines_conflict_severity_and_title_lead_the_report():
    import attrs

    from compare.align import Conflict, Severity, Verdict

    base = "The council met on Monday night.\n\n"
    comparison = compare.compare_texts(
        {
            "a": base + "The council approved the new bridge plan on Monday.",
            "b": base + "The council approved the new bridge plan on Monday.",
        }
    )
    statement = next(a for a in comparison.alignments if "bridge" in a.members[0].text)
    judged = attrs.evolve(
        statement,
        verdict=Verdict.DIFFER,
        conflict=Conflict.OPPOSITE,
        severity=Severity.CONFLICT,
        title="approved vs rejected",
    )
    others = tuple(a for a in comparison.alignments if a is not statement)
    comparison = attrs.evolve(comparison, alignments=(*others, judged))
    text = plain_report(comparison, 80)
    assert "1 conflict (1 statement)" in text.splitlines()[0]
    conflicts = text.split("Conflicts (1)", 1)[1]
    assert "CD302 statement  approved vs rejected" in conflicts
    markdown = comparison_to_markdown(comparison, None, Path("reports/x.md"))
    assert "### 1. CD302 statement: approved vs rejected" in markdown


def test_asking_for_statements_by_kind_lists_them(seeds):
    text = plain_report(seeds, 100, Filters(kinds=frozenset({"statement"})))
    assert " statement " in text.split("Only in one source", 1)[1]
