"""Rendering extracted claims: a terminal listing and JSON."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from compare.align.model import member_dict
from compare.extract import Claim, Date, Number, Place, Quote, Role, Time
from compare.extract.claims import field_names, format_number
from compare.ingest import Source
from compare.report.json import (
    dump_with_list,
    dumps,
    finite,
    indented_record,
    only_finite,
    sentence_table,
)
from compare.report.terminal import clean_lines

CLAIMS_SCHEMA = "claimdiff.claims/2"


def claims_to_dict(results: Sequence[tuple[Source, Sequence[Claim]]]) -> dict[str, Any]:
    """Each claim points at its sentence by offsets; each source lists those
    sentences once (see compare.report.json)."""
    claims = only_finite([member_dict(claim) for _, found in results for claim in found])
    sources = []
    for source, _ in results:
        entry = source.to_dict()
        entry["sentences"] = sentence_table(source, claims)
        sources.append(entry)
    return {"schema": CLAIMS_SCHEMA, "sources": sources, "claims": claims}


def claims_to_json(results: Sequence[tuple[Source, Sequence[Claim]]]) -> str:
    return dumps(claims_to_dict(results))


def write_claims_json(results: Sequence[tuple[Source, Sequence[Claim]]], stream: TextIO) -> None:
    """What claims_to_json gives, written claim by claim: on 10 MB of quotes the
    dicts of every claim at once took hundreds of megabytes."""
    spans: dict[str, set[tuple[int, int]]] = {source.id: set() for source, _ in results}
    # Whether each claim is written, decided once: the checks on records rather
    # than on their dicts, so each claim becomes a dict only as it is written.
    keep = bytearray()
    for _, found in results:
        for claim in found:
            keep.append(finite(claim))
            if keep[-1]:
                spans[claim.source].add((claim.sentence_start, claim.sentence_end))
    dropped = keep.count(0)
    if dropped:
        only_finite([{"value": math.inf}] * dropped)  # the same warning as claims_to_dict
    sources = []
    for source, _ in results:
        entry = source.to_dict()
        entry["sentences"] = [
            {"start": s, "end": e, "text": source.text[s:e]} for s, e in sorted(spans[source.id])
        ]
        sources.append(entry)
    everything = (claim for _, found in results for claim in found)
    claims = (claim for claim, kept in zip(everything, keep, strict=True) if kept)
    head = {"schema": CLAIMS_SCHEMA, "sources": sources}
    dump_with_list(head, "claims", claims, stream, encode=_member_json)


_NOT_MEMBERS = frozenset(("source", "sentence"))
_MEMBER_NAMES: dict[type, tuple[str, ...]] = {}


def _member_json(claim: Claim, newline: str) -> str:
    """indented(member_fields(claim), newline), without making the dict."""
    kind = type(claim)
    names = _MEMBER_NAMES.get(kind)
    if names is None:
        fields = field_names(kind) or ()
        names = ("source", "kind", *(name for name in fields if name not in _NOT_MEMBERS))
        _MEMBER_NAMES[kind] = names
    return indented_record(claim, names, newline)


def member_fields(claim: Claim) -> dict[str, Any]:
    """member_dict(claim) with its frame and spans left as records: the JSON writer
    reads their fields itself, without building a dict for each."""
    names = field_names(type(claim)) or ()
    return {
        "source": claim.source,
        "kind": claim.kind,
        **{name: getattr(claim, name) for name in names if name not in _NOT_MEMBERS},
    }


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


def print_sentences(console: Console, sources: Sequence[Source]) -> None:
    """Each source's sentences as read, with file:line and the sentence's role."""
    for source in sources:
        console.print(f"[bold]{escape(source.label)}[/bold] — {escape(source.metadata.title)}")
        for sentence in source.sentences:
            where = f"{source.path}:{source.line_of(sentence.start)}"
            console.print(f"  [dim]{where}[/dim] \\[{sentence.role}] {escape(sentence.text)}")


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
