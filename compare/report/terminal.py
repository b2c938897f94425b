"""The terminal diff report (rich): header, tally, discrepancies with evidence,
close figures, agreements, what only one source carries, and a coverage matrix
when there are three or more sources."""

from __future__ import annotations

from collections.abc import Sequence
from string import ascii_uppercase

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from compare.align import Alignment, Comparison, DiffOp
from compare.align.words import trimmed_ends
from compare.extract import Claim, Number, Quote, Role
from compare.extract.claims import figure_text
from compare.report.findings import (
    ABSENT,
    AGREEMENT,
    APPROXIMATION,
    CARRIES,
    CLOSE,
    DIFFERS,
    DISCREPANCY,
    SECTION_TITLES,
    UNIQUE,
    Filters,
    Finding,
    coverage_marks,
    diff_for,
    findings,
    subject,
    tally,
)


def letters(comparison: Comparison) -> dict[str, str]:
    """A short column name per source: A, B, C, ... AA, AB, ..."""
    names = {}
    for i, source in enumerate(comparison.sources):
        name = ascii_uppercase[i % 26]
        if i >= 26:
            name = ascii_uppercase[i // 26 - 1] + name
        names[source.id] = name
    return names


def where(comparison: Comparison, claim: Claim) -> str:
    source = comparison.source(claim.source)
    return f"{source.path or source.id}:{claim.line}"


def render(console: Console, comparison: Comparison, filters: Filters | None = None) -> None:
    items = findings(comparison, filters)
    names = letters(comparison)
    plain = console.no_color or console.color_system is None
    _header(console, comparison, names, items)
    for section in (DISCREPANCY, APPROXIMATION):
        chosen = [f for f in items if f.section == section]
        if not chosen:
            continue
        console.print()
        console.print(Text(f"{SECTION_TITLES[section]} ({len(chosen)})", style="bold underline"))
        for number, finding in enumerate(chosen, 1):
            console.print()
            _detailed(console, comparison, names, finding, number, plain)
    agreements = [f for f in items if f.section == AGREEMENT]
    if agreements:
        console.print()
        console.print(
            Text(f"{SECTION_TITLES[AGREEMENT]} ({len(agreements)})", style="bold underline")
        )
        for finding in agreements:
            _compact(console, comparison, names, finding)
    unique = [f for f in items if f.section == UNIQUE]
    if unique:
        console.print()
        console.print(Text(f"{SECTION_TITLES[UNIQUE]} ({len(unique)})", style="bold underline"))
        for source in comparison.sources:
            own = [f for f in unique if f.claims[0].source == source.id]
            if not own:
                continue
            console.print(Text(f"{names[source.id]}  {source.label} ({len(own)})", style="bold"))
            grid = Table.grid(padding=(0, 1))
            grid.add_column(justify="right", style="dim", no_wrap=True)
            grid.add_column(no_wrap=True, style="cyan")
            grid.add_column(overflow="fold")
            for finding in own:
                claim = finding.claims[0]
                grid.add_row(f"{claim.line}", claim.kind, subject(claim, limit=400))
            console.print(Padding(grid, (0, 0, 0, 3)))
    if len(comparison.sources) >= 3:
        console.print()
        console.print(Text("Coverage", style="bold underline"))
        console.print(coverage_table(comparison, names, items))


def _header(
    console: Console, comparison: Comparison, names: dict[str, str], items: Sequence[Finding]
) -> None:
    console.print(Text(f"claimdiff: {len(comparison.sources)} sources", style="bold"))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column(overflow="fold")
    for source in comparison.sources:
        meta = source.metadata
        line = Text(source.label, style="bold")
        details = [d for d in (meta.title or source.headline, meta.published) if d]
        if details:
            line.append(" · " + " · ".join(details))
        line.append(f" ({source.path or source.id})", style="dim")
        grid.add_row(names[source.id], line)
    console.print(Padding(grid, (0, 0, 0, 2)))
    summary = Text(summary_line(comparison, names, items), style="italic")
    console.print(Padding(summary, (0, 0, 0, 2)))


def summary_line(comparison: Comparison, names: dict[str, str], items: Sequence[Finding]) -> str:
    """'3 discrepancies (2 role, 1 quote); 1 close figure; 4 agreements; only in one ...'"""
    counts = tally(items)
    parts = [plural(counts.discrepancy_total, "discrepancy", "discrepancies")]
    if counts.discrepancies:
        by_kind = ", ".join(f"{n} {k}" for k, n in counts.discrepancies.most_common())
        parts[-1] += f" ({by_kind})"
    parts.append(plural(counts.approximate, "close figure", "close figures"))
    parts.append(plural(counts.agreements, "agreement", "agreements"))
    if counts.unique:
        per_source = [
            f"{names[s.id]} {counts.unique[s.id]}"
            for s in comparison.sources
            if counts.unique[s.id]
        ]
        parts.append("only in one source: " + ", ".join(per_source))
    return "; ".join(parts)


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _detailed(
    console: Console,
    comparison: Comparison,
    names: dict[str, str],
    finding: Finding,
    number: int,
    plain: bool,
) -> None:
    alignment = finding.alignment
    assert alignment is not None
    title = Text(f"{number}. ", style="bold")
    title.append(finding.kind.upper(), style="bold magenta")
    title.append("  " + finding.title, style="bold")
    console.print(title)
    rows: list[Text | Padding] = []
    for member in alignment.members:
        label = Text(f"{names[member.source]}  ", style="bold")
        label.append(where(comparison, member), style="dim")
        rows.append(label)
        rows.append(Padding(_evidence(alignment, member, plain), (0, 0, 0, 3)))
    console.print(Padding(Group(*rows), (0, 0, 0, 3)))


def _evidence(alignment: Alignment, member: Claim, plain: bool) -> Text:
    if isinstance(member, Quote):
        ops = diff_for(alignment, member)
        text = Text("“")
        text.append_text(diff_text(ops, plain) if ops else Text(member.text))
        text.append("”")
        if member.speaker:
            text.append(f" — {member.speaker}", style="italic")
            if member.speaker_mention and member.speaker_mention != member.speaker:
                text.append(f" (as “{member.speaker_mention}”)", style="dim")
        return text
    if isinstance(member, Number):
        text = Text(figure_text(member), style="bold")
        if member.unit:
            text.append(f" {member.unit}")
        if member.reported_by:
            text.append(f", per {member.reported_by}", style="italic")
        text.append("\n")
        text.append(_excerpt(member), style="dim")
        return text
    if isinstance(member, Role):
        text = Text(member.person + ": ", style="bold")
        text.append(member.role)
        return text
    return Text(member.text)


def diff_text(ops: Sequence[DiffOp], plain: bool) -> Text:
    """Inline word diff: removed words struck red, added green; in plain output
    wdiff's [-removed-]{+added+}."""
    cut_start, middle, cut_end = trimmed_ends(tuple(ops))
    text = Text("… " if cut_start else "", style="dim")
    for op in middle:
        if text and (op.a or op.b):
            text.append(" ")
        if op.op == "equal":
            text.append(op.b)
            continue
        if op.a:
            text.append(f"[-{op.a}-]" if plain else op.a, style="" if plain else "red strike")
        if op.b:
            text.append(f"{{+{op.b}+}}" if plain else op.b, style="" if plain else "bold green")
    if cut_end:
        text.append(" …", style="dim")
    return text


def _excerpt(claim: Claim, width: int = 160) -> str:
    """The sentence around a claim, trimmed to about `width` characters around it."""
    sentence = " ".join(claim.sentence.split())
    if len(sentence) <= width:
        return sentence
    at = max(0, sentence.find(" ".join(claim.text.split())))
    start = max(0, at - width // 2)
    end = min(len(sentence), start + width)
    return (
        ("…" if start else "") + sentence[start:end].strip() + ("…" if end < len(sentence) else "")
    )


def _compact(
    console: Console, comparison: Comparison, names: dict[str, str], finding: Finding
) -> None:
    line = Text("  ✓ ", style="green")
    line.append(f"{finding.kind:<9}", style="cyan")
    line.append(finding.title if finding.kind != "quote" else subject(finding.claims[0]))
    places = "  " + " ".join(f"{names[c.source]}:{c.line}" for c in finding.claims)
    line.append(places, style="dim")
    console.print(line)


def coverage_table(
    comparison: Comparison, names: dict[str, str], items: Sequence[Finding]
) -> Table:
    """Claim × source: ✓ carries it, ≠ differs from the first carrier, ≈ close figure, · absent."""
    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
    table.add_column("claim", overflow="fold")
    for source in comparison.sources:
        table.add_column(names[source.id], justify="center", no_wrap=True)
    styles = {CARRIES: "green", DIFFERS: "bold red", CLOSE: "bold red", ABSENT: "dim"}
    for finding in items:
        if finding.alignment is None:
            continue
        marks = coverage_marks(finding, [s.id for s in comparison.sources])
        cells = [Text(mark or "·", style=styles[mark]) for mark in marks]
        table.add_row(f"{finding.kind}: {finding.title}", *cells)
    return table
