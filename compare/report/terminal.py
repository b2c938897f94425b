"""The terminal report (rich): a summary line, the sources, conflicts with their
evidence, variants one line each, agreements in short, what only one source
carries, and a coverage matrix from three sources.

Output never carries trailing spaces or lines wider than the console: rich pads
table cells, so the rendered text is trimmed line by line before it is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from string import ascii_uppercase

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from compare.align import Alignment, Comparison
from compare.extract import Claim, Number, Quote, Role
from compare.extract.claims import Date, Place, Time, figure_text
from compare.report.findings import (
    ABSENT,
    AGREEMENT,
    CARRIES,
    CLOSE,
    CONFLICT,
    DIFFERS,
    SECTION_TITLES,
    UNIQUE,
    VARIANT,
    Filters,
    Finding,
    coverage_marks,
    diff_for,
    every_finding,
    findings,
    heading,
    side,
    subject,
    tally,
)
from compare.report.layout import centred_row, grid_lines
from compare.report.worddiff import DELETE, INSERT, Piece, pieces, trimmed

# Agreements listed without --all; the rest are counted.
AGREEMENTS_SHOWN = 10
# The coverage matrix is a table while every source gets a column and the claim
# column keeps this many characters; beyond that each claim lists its sources.
CLAIM_COLUMN = 30

_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
_TRAILING = re.compile(r"(?:[ \t]|\x1b\[[0-9;]*m)+$", re.MULTILINE)


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
    with clean_lines(console):
        _render(console, comparison, filters or Filters())


@contextmanager
def clean_lines(console: Console) -> Iterator[None]:
    """Print through a capture and drop the spaces rich pads lines with."""
    with console.capture() as captured:
        yield
    text = _TRAILING.sub(lambda m: "".join(_ESCAPE.findall(m.group())), captured.get())
    console.file.write(text)
    console.file.flush()


def _render(console: Console, comparison: Comparison, filters: Filters) -> None:
    items = findings(comparison, filters)
    names = letters(comparison)
    plain = console.no_color or console.color_system is None
    console.print(Text(summary_line(comparison, names), style="bold"))
    hidden = hidden_line(comparison, items, filters)
    if hidden:
        console.print(Text(hidden, style="italic"))
    _sources(console, comparison, names)
    conflicts = [f for f in items if f.section == CONFLICT]
    if conflicts:
        _title(console, f"{SECTION_TITLES[CONFLICT]} ({len(conflicts)})")
        for number, finding in enumerate(conflicts, 1):
            console.print()
            _detailed(console, comparison, names, finding, number, plain)
    variants = [f for f in items if f.section == VARIANT]
    if variants:
        _title(console, f"{SECTION_TITLES[VARIANT]} ({len(variants)})")
        console.print(_one_liners(variants, names, marks=True))
    agreements = [f for f in items if f.section == AGREEMENT]
    if agreements:
        _title(console, f"{SECTION_TITLES[AGREEMENT]} ({len(agreements)})")
        shown = agreements if filters.all else agreements[:AGREEMENTS_SHOWN]
        console.print(_one_liners(shown, names, marks=False))
        if len(shown) < len(agreements):
            rest = len(agreements) - len(shown)
            console.print(Text(f"  … {rest} more (--all lists every one)", style="dim"))
    unique = [f for f in items if f.section == UNIQUE]
    if unique:
        _title(console, f"{SECTION_TITLES[UNIQUE]} ({len(unique)})")
        _unique(console, comparison, names, unique)
    aligned = [f for f in items if f.alignment is not None]
    if len(comparison.sources) >= 3 and aligned:
        _title(console, "Coverage")
        console.print(coverage(comparison, names, aligned, console.width))


def _title(console: Console, text: str) -> None:
    console.print()
    console.print(Text(text, style="bold underline"))


def summary_line(comparison: Comparison, names: dict[str, str]) -> str:
    """'claimdiff: 2 sources · 1 conflict (quote) · 3 variants · 4 agreements · ...'
    Counted before any filter, so a filter never makes a count look like zero."""
    counts = tally(every_finding(comparison))
    conflicts = plural(counts.conflict_total, "conflict", "conflicts")
    if counts.conflicts:
        conflicts += " (" + ", ".join(f"{n} {k}" for k, n in counts.conflicts.most_common()) + ")"
    parts = [
        plural(len(comparison.sources), "source", "sources"),
        conflicts,
        plural(counts.variants, "variant", "variants"),
        plural(counts.agreements, "agreement", "agreements"),
        f"{counts.unique_total} only in one source",
    ]
    return "claimdiff: " + " · ".join(parts)


def hidden_line(comparison: Comparison, shown: Sequence[Finding], filters: Filters) -> str:
    """What the filters (or the default listing) leave out, counted."""
    everything = tally(every_finding(comparison))
    now = tally(shown)
    gaps = [
        (everything.conflict_total - now.conflict_total, "conflict", "conflicts"),
        (everything.variants - now.variants, "variant", "variants"),
        (everything.agreements - now.agreements, "agreement", "agreements"),
        (
            everything.unique_total - now.unique_total,
            "claim only in one source",
            "claims only in one source",
        ),
    ]
    parts = [plural(n, one, many) for n, one, many in gaps if n]
    if not parts:
        return ""
    statements = [f for f in shown if f.section == UNIQUE and f.kind == "statement"]
    hint = "" if filters.all or statements else " (--all shows statements)"
    return "not shown: " + ", ".join(parts) + hint


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _sources(console: Console, comparison: Comparison, names: dict[str, str]) -> None:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column(overflow="fold")
    for source in comparison.sources:
        meta = source.metadata
        line = Text(source.label, style="bold")
        details = [d for d in (meta.title or source.headline, meta.published) if d]
        if details:
            line.append(" · " + " · ".join(details))
        line.append(f"\n{source.path or source.id}", style="dim")
        grid.add_row(names[source.id], line)
    console.print(Padding(grid, (0, 0, 0, 2)))


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
    title = Text(f"{finding.code} {finding.kind}", style="bold magenta")
    title.append("  " + heading(finding), style="bold")
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column(overflow="fold")
    grid.add_row(Text(f"{number}."), title)
    console.print(grid)
    rows: list[RenderableType] = []
    for member in alignment.members:
        label = Text(f"{names[member.source]}  ", style="bold")
        label.append(where(comparison, member), style="dim")
        rows.append(label)
        rows.append(Padding(evidence(alignment, member, plain), (0, 0, 0, 3)))
    console.print(Padding(Group(*rows), (0, 0, 0, 3)))


def evidence(alignment: Alignment, member: Claim, plain: bool) -> Text:
    """What one source says, with the quote's changes against the reference marked."""
    if isinstance(member, Quote):
        text = Text("“")
        if diff_for(alignment, member):
            text.append_text(diff_text(pieces(alignment.members[0].text, member.text), plain))
        else:
            text.append(member.text)
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
        text.append(excerpt(member), style="dim")
        return text
    if isinstance(member, Role):
        text = Text(member.person + ": ", style="bold")
        text.append(member.role)
        return text
    if isinstance(member, (Date, Time, Place)):
        text = Text(subject(member), style="bold")
        text.append("\n")
        text.append(excerpt(member), style="dim")
        return text
    disputed = side(alignment, member)
    if disputed:
        text = Text(disputed, style="bold")
        text.append("\n")
        text.append(member.text)
        return text
    return Text(member.text)


def diff_text(items: Sequence[Piece], plain: bool) -> Text:
    """Inline word diff in wdiff's notation, [-removed-]{+added+}, readable with or
    without colour; in colour the removed words are also red and struck, the added
    ones green."""
    cut_start, items, cut_end = trimmed(list(items))
    text = Text("… " if cut_start else "", style="dim")
    for i, piece in enumerate(items):
        if piece.op == DELETE:
            text.append(f"[-{piece.text}-]", style="" if plain else "red strike")
            following = items[i + 1].op if i + 1 < len(items) else None
            text.append("" if following == INSERT else piece.space)
        elif piece.op == INSERT:
            text.append(f"{{+{piece.text}+}}", style="" if plain else "bold green")
            text.append(piece.space)
        else:
            text.append(piece.text + piece.space)
    text.rstrip()
    if cut_end:
        text.append(" …", style="dim")
    return text


def excerpt(claim: Claim, width: int = 160) -> str:
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


def _one_liners(items: Sequence[Finding], names: dict[str, str], marks: bool) -> Table:
    """One row per finding: mark, rule code and kind, what it is, where (A:27 B:33);
    long rows wrap under their own column."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True, style="cyan")
    grid.add_column(overflow="fold")
    for finding in items:
        if marks:
            mark = Text(" ≈" if finding.verdict == "approximate" else " ~", style="yellow")
            label = f"{finding.code} {finding.kind}"
        else:
            mark = Text(" ✓", style="green")
            label = finding.kind
        line = Text(heading(finding))
        places = " ".join(dict.fromkeys(f"{names[c.source]}:{c.line}" for c in finding.claims))
        line.append("  " + places, style="dim")
        grid.add_row(mark, Text(label), line)
    return grid


def _unique(
    console: Console, comparison: Comparison, names: dict[str, str], unique: Sequence[Finding]
) -> None:
    for source in comparison.sources:
        own = [f for f in unique if f.claims[0].source == source.id]
        if not own:
            continue
        console.print(Text(f"{names[source.id]}  {source.label} ({len(own)})", style="bold"))
        rows = [
            (f"{f.claims[0].line}", f.claims[0].kind, Text(subject(f.claims[0], limit=400)))
            for f in own
        ]
        lines = grid_lines(console, rows, console.width - 3)
        if lines is not None:
            console.print(Padding(Group(*lines), (0, 0, 0, 3)))
            continue
        grid = Table.grid(padding=(0, 1))
        grid.add_column(justify="right", style="dim", no_wrap=True)
        grid.add_column(no_wrap=True, style="cyan")
        grid.add_column(overflow="fold")
        for finding in own:
            claim = finding.claims[0]
            grid.add_row(f"{claim.line}", claim.kind, Text(subject(claim, limit=400)))
        console.print(Padding(grid, (0, 0, 0, 3)))


def coverage(
    comparison: Comparison, names: dict[str, str], items: Sequence[Finding], width: int
) -> RenderableType:
    """Claim × source: ✓ carries it, ≠ differs from the first carrier, ≈ close figure,
    · absent. A table while the sources fit beside a readable claim column; past
    that, one line per claim naming its sources by mark."""
    ids = [s.id for s in comparison.sources]
    column = max(len(n) for n in names.values()) + 1
    styles = {CARRIES: "green", DIFFERS: "bold red", CLOSE: "bold red", ABSENT: "dim"}
    if CLAIM_COLUMN + column * len(ids) <= width:
        table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
        table.add_column("claim", overflow="fold")
        # The marks are one column laid out as rich would lay out a centred column per
        # source: rich took ~0.5 s CPU to render a 20-source event's 2,000 cells.
        labels = [names[i] for i in ids]
        widths = [max(cell_len(label), 1) for label in labels]
        table.add_column(centred_row([(label, "") for label in labels], widths), no_wrap=True)
        for finding in items:
            marks = coverage_marks(finding, ids)
            cells = [(mark or "·", styles[mark]) for mark in marks]
            table.add_row(Text(f"{finding.kind}: {heading(finding)}"), centred_row(cells, widths))
        return table
    grid = Table.grid(padding=(0, 1))
    grid.add_column(overflow="fold")
    for finding in items:
        line = Text(f"{finding.kind}: {heading(finding)}  ")
        for mark, label in grouped_marks(coverage_marks(finding, ids), [names[i] for i in ids]):
            line.append(f" {mark or '·'} {label}", style=styles[mark])
        grid.add_row(line)
    return grid


def grouped_marks(marks: Sequence[str], labels: Sequence[str]) -> list[tuple[str, str]]:
    """[(mark, 'A B D'), ...] with the absent counted, not named: '· 17 absent'."""
    out = []
    for mark in (CARRIES, DIFFERS, CLOSE):
        chosen = [label for m, label in zip(marks, labels, strict=True) if m == mark]
        if chosen:
            out.append((mark, " ".join(chosen)))
    absent = sum(1 for m in marks if m == ABSENT)
    if absent:
        out.append((ABSENT, f"{absent} absent"))
    return out
