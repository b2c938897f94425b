"""GitHub-flavoured Markdown report: the terminal report's content, for reading on GitHub."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from compare.align import Alignment, Comparison
from compare.extract import Claim, Number, Quote, Role
from compare.extract.claims import Date, Place, Time, figure_text
from compare.report.findings import (
    AGREEMENT,
    CONFLICT,
    SECTION_TITLES,
    UNIQUE,
    VARIANT,
    Filters,
    Finding,
    coverage_marks,
    diff_for,
    findings,
    heading,
    side,
    subject,
)
from compare.report.terminal import (
    AGREEMENTS_SHOWN,
    grouped_marks,
    hidden_line,
    letters,
    summary_line,
)
from compare.report.worddiff import DELETE, INSERT, Piece, pieces, trimmed

# Past this many sources the coverage table is too wide to read; each claim
# then lists its sources by mark.
COVERAGE_TABLE_SOURCES = 12


def comparison_to_markdown(
    comparison: Comparison, filters: Filters | None = None, output: Path | None = None
) -> str:
    filters = filters or Filters()
    items = findings(comparison, filters)
    names = letters(comparison)
    out: list[str] = []
    out.append(f"# claimdiff: {len(comparison.sources)} sources compared\n")
    out.append("**" + escape(summary_line(comparison, names).removeprefix("claimdiff: ")) + "**")
    hidden = hidden_line(comparison, items, filters)
    if hidden:
        out.append(f"\n_{escape(hidden)}_")
    out.append("")
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
    conflicts = [f for f in items if f.section == CONFLICT]
    if conflicts:
        out.append(f"\n## {SECTION_TITLES[CONFLICT]} ({len(conflicts)})\n")
        for number, finding in enumerate(conflicts, 1):
            out.extend(_detailed(comparison, names, finding, number, output))
    variants = [f for f in items if f.section == VARIANT]
    if variants:
        out.append(f"\n## {SECTION_TITLES[VARIANT]} ({len(variants)})\n")
        out.append("| rule | kind | what differs | where |")
        out.append("|---|---|---|---|")
        for finding in variants:
            places = _short_places(comparison, names, finding, output)
            out.append(f"| {finding.code} | {finding.kind} | {cell(heading(finding))} | {places} |")
    agreements = [f for f in items if f.section == AGREEMENT]
    if agreements:
        out.append(f"\n## {SECTION_TITLES[AGREEMENT]} ({len(agreements)})\n")
        shown = agreements if filters.all else agreements[:AGREEMENTS_SHOWN]
        out.append("| kind | claim | where |")
        out.append("|---|---|---|")
        for finding in shown:
            places = _short_places(comparison, names, finding, output)
            out.append(f"| {finding.kind} | {cell(heading(finding))} | {places} |")
        if len(shown) < len(agreements):
            out.append(f"\n… {len(agreements) - len(shown)} more (`--all` lists every one)")
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
    aligned = [f for f in items if f.alignment is not None]
    if len(comparison.sources) >= 3 and aligned:
        out.append("\n## Coverage\n")
        out.extend(_coverage(comparison, names, aligned))
    out.append("")
    return "\n".join(out)


def _coverage(comparison: Comparison, names: dict[str, str], items: list[Finding]) -> list[str]:
    ids = [s.id for s in comparison.sources]
    out = ["✓ carries it · ≠ differs · ≈ close figure · blank: absent\n"]
    if len(ids) <= COVERAGE_TABLE_SOURCES:
        out.append("| claim | " + " | ".join(names[i] for i in ids) + " |")
        out.append("|---|" + "---|" * len(ids))
        for finding in items:
            cells = [mark or " " for mark in coverage_marks(finding, ids)]
            label = cell(f"{finding.kind}: {heading(finding)}")
            out.append(f"| {label} | " + " | ".join(cells) + " |")
        return out
    for finding in items:
        marks = grouped_marks(coverage_marks(finding, ids), [names[i] for i in ids])
        listed = " · ".join(f"{mark or 'absent:'} {labels}" for mark, labels in marks)
        out.append(f"- {cell(finding.kind + ': ' + heading(finding))}: {escape(listed)}")
    return out


def _detailed(
    comparison: Comparison,
    names: dict[str, str],
    finding: Finding,
    number: int,
    output: Path | None,
) -> list[str]:
    alignment = finding.alignment
    assert alignment is not None
    lines = [f"### {number}. {finding.code} {finding.kind}: {escape(heading(finding))}\n"]
    lines.append("| | where | what it says |")
    lines.append("|---|---|---|")
    for member in alignment.members:
        lines.append(
            f"| **{names[member.source]}** | {_place(comparison, member, output)} "
            f"| {evidence(alignment, member)} |"
        )
    lines.append("")
    return lines


def evidence(alignment: Alignment, member: Claim) -> str:
    if isinstance(member, Quote):
        if diff_for(alignment, member):
            words = diff_markdown(pieces(alignment.members[0].text, member.text))
        else:
            words = cell(member.text)
        speaker = f" — {cell(member.speaker)}" if member.speaker else ""
        return f"“{words}”{speaker}"
    if isinstance(member, Number):
        unit = f" {cell(member.unit)}" if member.unit else ""
        by = f", per {cell(member.reported_by)}" if member.reported_by else ""
        sentence = cell(" ".join(member.sentence.split()))
        return f"**{cell(figure_text(member))}**{unit}{by}<br>{sentence}"
    if isinstance(member, Role):
        return f"**{cell(member.person)}**: {cell(member.role)}"
    if isinstance(member, (Date, Time, Place)):
        return f"**{cell(subject(member))}**<br>{cell(member.sentence)}"
    disputed = side(alignment, member)
    if disputed:
        return f"**{cell(disputed)}**<br>{cell(member.text)}"
    return cell(member.text)


def diff_markdown(items: Sequence[Piece]) -> str:
    """Removed words struck through, added words in bold (renders on GitHub); every
    character of the quote kept."""
    cut_start, items, cut_end = trimmed(list(items))
    parts: list[str] = ["… "] if cut_start else []
    for i, piece in enumerate(items):
        if piece.op == DELETE:
            following = items[i + 1].op if i + 1 < len(items) else None
            parts.append(f"~~{cell(piece.text)}~~" + (" " if following == INSERT else piece.space))
        elif piece.op == INSERT:
            parts.append(f"**{cell(piece.text)}**" + piece.space)
        else:
            parts.append(cell(piece.text) + piece.space)
    if cut_end:
        parts.append(" …")
    return " ".join("".join(parts).split())


def _place(comparison: Comparison, claim: Claim, output: Path | None) -> str:
    source = comparison.source(claim.source)
    label = f"{source.path or source.id}:{claim.line}"
    return _file_link(source.path, claim.line, output, label)


def _short_places(
    comparison: Comparison, names: dict[str, str], finding: Finding, output: Path | None
) -> str:
    """'A:27, B:33', each linked to its line."""
    links = []
    for claim in finding.claims:
        source = comparison.source(claim.source)
        label = f"{names[claim.source]}:{claim.line}"
        links.append(_file_link(source.path, claim.line, output, label))
    return ", ".join(dict.fromkeys(links))


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
