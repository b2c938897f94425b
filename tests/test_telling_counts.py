"""One large, precise count told with two nouns for what it counts is one fact
(figure_statements: "about 180 passengers" / "180 people on board"); round counts
are too common to say so. Sentences written here."""

from __future__ import annotations

from compare.align.figure_statements import figure_statement_pairs
from compare.align.sentence_claims import SentenceClaims
from compare.extract import Number, Statement, extract_claims
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


def test_two_estimates_of_one_round_figure_do_not_pair_by_the_figure_alone() -> None:
    # one event holds many counts near a round figure: two different facts
    a = "About 300 people were evacuated from the riverside streets."
    b = "Nearly 300 homes were damaged when the levee gave way."
    assert figure_pairs(a, b) == []
    # nor a flat round figure against an estimate
    c = "Close to the border, nearly 400 flights were cancelled."
    assert figure_pairs(c, "The airline said 400 departures had been scrapped.") == []


def test_a_vague_count_is_no_estimate() -> None:
    a = "Hundreds of residents gathered outside the town hall."
    b = "About 100 people were hurt in the clashes."
    assert figure_pairs(a, b) == []


def test_a_hedge_opening_a_sentence_is_no_name() -> None:
    # "Route 66" is a numbered name; "Nearly 300" is an estimate
    numbers = [
        c
        for c in extract_claims(Source.from_text("Nearly 300 operations were postponed.", id="a"))
        if isinstance(c, Number)
    ]
    assert [(n.value, n.hedge) for n in numbers] == [(300.0, "nearly")]
    counted = extract_claims(Source.from_text("All 14 divers came out alive.", id="a"))
    assert [n.value for n in counted if isinstance(n, Number)] == [14.0]
    assert not [
        c
        for c in extract_claims(Source.from_text("Route 66 was closed to traffic.", id="a"))
        if isinstance(c, Number)
    ]
