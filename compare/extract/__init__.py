"""Extract: claims (quotes, numbers, roles, statements) from a Source."""

from __future__ import annotations

from compare.extract.claims import (
    KINDS,
    NUMBER,
    QUOTE,
    ROLE,
    STATEMENT,
    Claim,
    Number,
    Quote,
    Role,
    Statement,
)
from compare.extract.context import Context
from compare.extract.quoting import extract_quotes
from compare.ingest import Source

__all__ = [
    "KINDS",
    "NUMBER",
    "QUOTE",
    "ROLE",
    "STATEMENT",
    "Claim",
    "Number",
    "Quote",
    "Role",
    "Statement",
    "extract_claims",
]


def extract_claims(source: Source) -> tuple[Claim, ...]:
    """Every claim in the source, in text order."""
    ctx = Context(source)
    claims: list[Claim] = []
    claims.extend(extract_quotes(ctx))
    order = {kind: i for i, kind in enumerate(KINDS)}
    return tuple(sorted(claims, key=lambda c: (c.start, order[c.kind], c.end)))
