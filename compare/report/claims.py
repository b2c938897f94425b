"""Rendering extracted claims: a terminal listing and JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from compare.extract import Claim, Date, Number, Place, Quote, Role, Time
from compare.extract.claims import format_number
from compare.ingest import Source
from compare.report.terminal import clean_lines

CLAIMS_SCHEMA = "claimdiff.claims/1"


def claims_to_dict(results: Sequence[tuple[Source, Sequence[Claim]]]) -> dict[str, Any]:
    return {
        "schema": CLAIMS_SCHEMA,
        "sources": [source.to_dict() for source, _ in results],
        "claims": [claim.to_dict() for _, claims in results for claim in claims],
    }


def claims_to_json(results: Sequence[tuple[Source, Sequence[Claim]]]) -> str:
    return json.dumps(claims_to_dict(results), ensure_ascii=False, indent=2) + "\n"


def describe(claim: Claim) -> str:
    """One line of plain text saying what the claim is (used by several reports)."""
    if isinstance(claim, Quote):
        who = claim.speaker or "unattributed"
        if claim.speaker_mention and claim.speaker_mention != claim.speaker:
            who += f" (as “{claim.speaker_mention}”)"
        partial = ", partial" if claim.partial else ""
        cue = f", {claim.cue}" if claim.cue else ""
        return f"“{claim.text}” — {who}{cue}{partial}"
    if isinstance(claim, Number):
        interval = ""
        if (claim.low, claim.high) != (claim.value, claim.value):
            interval = f" [{format_number(claim.low)}–{format_number(claim.high)}]"
        hedge = f" ({claim.hedge})" if claim.hedge else ""
        unit = f" {claim.unit}" if claim.unit else ""
        by = f", per {claim.reported_by}" if claim.reported_by else ""
        figure = format_number(claim.value)
        if claim.pair is not None:  # a tally or score: both sides, never one
            figure, interval = "–".join(format_number(side) for side in claim.pair), ""
        return f"{figure}{unit}{interval}{hedge}: “{claim.text}”{by}"
    if isinstance(claim, Role):
        return f"{claim.person}: {claim.role}"
    if isinstance(claim, (Date, Time)):
        zone = f" {claim.zone}" if isinstance(claim, Time) and claim.zone else ""
        return f"{claim.value or 'unresolved'}{zone}: “{claim.text}”"
    if isinstance(claim, Place):
        return f"{claim.name}: “{claim.text}”"
    return claim.text  # a statement


def print_claims(console: Console, results: Sequence[tuple[Source, Sequence[Claim]]]) -> None:
    """Per source: a header naming the file, then one row per claim: line, kind, what."""
    with clean_lines(console):
        _print_claims(console, results)


def _print_claims(console: Console, results: Sequence[tuple[Source, Sequence[Claim]]]) -> None:
    for source, claims in results:
        title = source.metadata.title or source.headline
        console.print(f"[bold]{escape(source.label)}[/bold] — {escape(title)}")
        console.print(f"[dim]{escape(source.path or source.id)} · {len(claims)} claims[/dim]")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(justify="right", style="dim", no_wrap=True)
        grid.add_column(no_wrap=True, style="bold")
        grid.add_column(overflow="fold")
        for claim in claims:
            grid.add_row(str(claim.line), claim.kind, escape(describe(claim)))
        console.print(grid)
        console.print()
