"""GitHub-flavoured Markdown report: the terminal report's content, for reading on GitHub."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from compare.align import Alignment, Comparison, DiffOp
from compare.align.words import trimmed_ends
from compare.extract import Claim, Number, Quote, Role
from compare.extract.claims import figure_text
from compare.report.findings import (
    AGREEMENT,
    APPROXIMATION,
    DISCREPANCY,
    SECTION_TITLES,
    UNIQUE,
    Filters,
    Finding,
    coverage_marks,
    diff_for,
    findings,
    subject,
)
from compare.report.terminal import letters, summary_line


def comparison_to_markdown(
    comparison: Comparison, filters: Filters | None = None, output: Path | None = None
) -> str:
    items = findings(comparison, filters)
    names = letters(comparison)
    out: list[str] = []
    out.append(f"# claimdiff: {len(comparison.sources)} sources compared\n")
    out.append("| | outlet | title | published | file |")
    out.append("|---|---|---|---|---|")
    for source in comparison.sources:
        meta = source.metadata
        title = cell(meta.title or source.headline)
        link = _file_link(source.path, None, output, source.id)
        out.append(
            f"| **{names[source.id]}** | {cell(source.label)} | {title} "
            f"| {cell(meta.published)} | {link} |"
        )
    out.append("")
    out.append(summary_line(comparison, names, items) + ".")
    for section in (DISCREPANCY, APPROXIMATION):
        chosen = [f for f in items if f.section == section]
        if not chosen:
            continue
        out.append(f"\n## {SECTION_TITLES[section]} ({len(chosen)})\n")
        for number, finding in enumerate(chosen, 1):
            out.extend(_detailed(comparison, names, finding, number, output))
    agreements = [f for f in items if f.section == AGREEMENT]
    if agreements:
        out.append(f"\n## {SECTION_TITLES[AGREEMENT]} ({len(agreements)})\n")
        out.append("| kind | claim | where |")
        out.append("|---|---|---|")
        for finding in agreements:
            label = finding.title if finding.kind != "quote" else subject(finding.claims[0])
            places = ", ".join(_place(comparison, names, c, output) for c in finding.claims)
            out.append(f"| {finding.kind} | {cell(label)} | {places} |")
    unique = [f for f in items if f.section == UNIQUE]
    if unique:
        out.append(f"\n## {SECTION_TITLES[UNIQUE]} ({len(unique)})")
        for source in comparison.sources:
            own = [f for f in unique if f.claims[0].source == source.id]
            if not own:
                continue
            out.append(f"\n### {names[source.id]}: {cell(source.label)} ({len(own)})\n")
            out.append("| line | kind | claim |")
            out.append("|---|---|---|")
            for finding in own:
                claim = finding.claims[0]
                link = _file_link(source.path, claim.line, output, str(claim.line))
                out.append(f"| {link} | {claim.kind} | {cell(subject(claim, limit=400))} |")
    if len(comparison.sources) >= 3:
        out.append("\n## Coverage\n")
        out.append("✓ carries it · ≠ differs · ≈ close figure · blank: absent\n")
        out.append("| claim | " + " | ".join(names[s.id] for s in comparison.sources) + " |")
        out.append("|---|" + "---|" * len(comparison.sources))
        for finding in items:
            if finding.alignment is None:
                continue
            marks = coverage_marks(finding, [s.id for s in comparison.sources])
            cells = [mark or " " for mark in marks]
            out.append(
                f"| {cell(finding.kind + ': ' + finding.title)} | " + " | ".join(cells) + " |"
            )
    out.append("")
    return "\n".join(out)


def _detailed(
    comparison: Comparison,
    names: dict[str, str],
    finding: Finding,
    number: int,
    output: Path | None,
) -> list[str]:
    alignment = finding.alignment
    assert alignment is not None
    lines = [f"### {number}. {finding.kind}: {escape(finding.title)}\n"]
    lines.append("| | where | what it says |")
    lines.append("|---|---|---|")
    for member in alignment.members:
        lines.append(
            f"| **{names[member.source]}** | {_place(comparison, names, member, output)} "
            f"| {evidence(alignment, member)} |"
        )
    lines.append("")
    return lines


def evidence(alignment: Alignment, member: Claim) -> str:
    if isinstance(member, Quote):
        ops = diff_for(alignment, member)
        words = diff_markdown(ops) if ops else cell(member.text)
        speaker = f" — {cell(member.speaker)}" if member.speaker else ""
        return f"“{words}”{speaker}"
    if isinstance(member, Number):
        unit = f" {cell(member.unit)}" if member.unit else ""
        by = f", per {cell(member.reported_by)}" if member.reported_by else ""
        sentence = cell(" ".join(member.sentence.split()))
        return f"**{cell(figure_text(member))}**{unit}{by}<br>{sentence}"
    if isinstance(member, Role):
        return f"**{cell(member.person)}**: {cell(member.role)}"
    return cell(member.text)


def diff_markdown(ops: Sequence[DiffOp]) -> str:
    """Removed words struck through, added words in bold: renders on GitHub."""
    cut_start, middle, cut_end = trimmed_ends(tuple(ops))
    parts = ["…"] if cut_start else []
    for op in middle:
        if op.op == "equal":
            parts.append(cell(op.b))
            continue
        if op.a:
            parts.append(f"~~{cell(op.a)}~~")
        if op.b:
            parts.append(f"**{cell(op.b)}**")
    if cut_end:
        parts.append("…")
    return " ".join(p for p in parts if p)


def _place(comparison: Comparison, names: dict[str, str], claim: Claim, output: Path | None) -> str:
    source = comparison.source(claim.source)
    label = f"{source.path or source.id}:{claim.line}"
    return _file_link(source.path, claim.line, output, label)


def _file_link(path: str | None, line: int | None, output: Path | None, label: str) -> str:
    """A link to the source file (relative to the report), with a GitHub line anchor."""
    if not path:
        return cell(label)
    base = Path(output).parent if output is not None else Path.cwd()
    target = os.path.relpath(Path(path).resolve(), base.resolve()).replace(os.sep, "/")
    anchor = f"#L{line}" if line else ""
    return f"[{cell(label)}]({target.replace(' ', '%20')}{anchor})"


def escape(text: str) -> str:
    """Markdown-inert text: no emphasis, links, headings or HTML from article words."""
    for ch in "\\`*_{}[]<>#|~":
        text = text.replace(ch, "\\" + ch)
    return text


def cell(text: str | None) -> str:
    """Text safe inside a table cell: escaped, one line."""
    return escape(" ".join((text or "").split()))
