"""Extract: claims (quotes, numbers, roles, statements, dates, times, places) from a Source."""

from __future__ import annotations

from compare.extract.claims import (
    DATE,
    KINDS,
    NUMBER,
    PLACE,
    QUOTE,
    ROLE,
    STATEMENT,
    TIME,
    Claim,
    Date,
    Frame,
    Kind,
    Number,
    Place,
    Quote,
    Role,
    Span,
    Statement,
    Time,
)
from compare.extract.collection import fewer_collections
from compare.extract.context import Context
from compare.extract.doers import resolve_doers
from compare.extract.frames import add_frames
from compare.extract.numbers import extract_numbers
from compare.extract.quoting import extract_quotes
from compare.extract.roles import extract_roles
from compare.extract.run_on import run_on_characters, warn_run_on
from compare.extract.statements import extract_statements
from compare.ingest import Source

__all__ = [
    "DATE",
    "KINDS",
    "NUMBER",
    "PLACE",
    "QUOTE",
    "ROLE",
    "STATEMENT",
    "TIME",
    "Claim",
    "Date",
    "Frame",
    "Kind",
    "Number",
    "Place",
    "Quote",
    "Role",
    "Span",
    "Statement",
    "Time",
    "extract_claims",
]


# Dates, times and places as claims of their own (kinds "date", "time", "place"),
# besides filling every claim's frame.date / time / place. A call can leave them out
# with extract_claims(source, qualifiers=False).
QUALIFIER_CLAIMS = True


def extract_claims(source: Source, *, qualifiers: bool | None = None) -> tuple[Claim, ...]:
    """Every claim in the source, in text order."""
    with fewer_collections():
        return _extract_claims(source, qualifiers=qualifiers)


def _extract_claims(source: Source, *, qualifiers: bool | None) -> tuple[Claim, ...]:
    ctx = Context(source)
    quotes = extract_quotes(ctx)
    claims: list[Claim] = [*quotes]
    claims.extend(extract_numbers(ctx, quotes))
    claims.extend(extract_roles(ctx))
    run_on = run_on_characters(source)
    statements = extract_statements(ctx, quotes)
    if run_on:  # a piece of text without sentence ends is no statement
        statements = [s for s in statements if not ctx.sentence_at(s.start).run_on]
    claims.extend(statements)
    # Each claim gets the frame of its clause; dates, times and places join as claims.
    emit = QUALIFIER_CLAIMS if qualifiers is None else qualifiers
    claims = add_frames(ctx, claims, as_claims=emit)
    claims = resolve_doers(ctx, claims)
    if run_on:
        warn_run_on(source, run_on)
    order = {kind: i for i, kind in enumerate(KINDS)}
    return tuple(sorted(claims, key=lambda c: (c.start, order[c.kind], c.end)))
