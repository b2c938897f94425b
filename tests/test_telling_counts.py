"""One large, precise count told with two nouns for what it counts is one fact
(figure_statements: "about 180 passengers" / "180 people on board"); round counts
are too common to say so. Sentences written here."""

from __future__ import annotations

from compare.align.figure_statements import figure_statement_pairs
from compare.align.sentence_claims import SentenceClaims
from compare.extract import Statement, extract_claims
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def figure_pairs(a: str, b: str) -> list[tuple[float, int, int]]:
    claims = []
    for source_id, text in (("a", a), ("b", b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    statements = [c for c in claims if isinstance(c, Statement)]
    return figure_statement_pairs(statements, None, SentenceClaims.index(claims))


def test_a_precise_count_with_two_nouns_pairs() -> None:
    a = "The ferry was carrying about 240 travellers."
    b = "There were 240 people on board the island ferry."
    assert figure_pairs(a, b)


def test_a_round_count_with_two_nouns_does_not_pair() -> None:
    a = "The ferry was carrying about 300 travellers."
    b = "There were 300 people on board the island ferry."
    assert figure_pairs(a, b) == []
