"""A quote whose sentence also holds a statement ('"...," said Dascalu, whose family
has farmed the valley since 1951') meets its speaker's reported saying in another
article as a quote alone in its sentence does; shown once for the two sentences."""

from __future__ import annotations

import pytest
from conftest import quote_statement_verdicts

from compare.align import AGREE, compare_texts
from compare.align.reported_quotes import said_sentences
from compare.extract import Quote, Statement, extract_claims
from compare.ingest import Source

# the quote's sentence tells a statement of its own (the family's years in the valley)
QUOTED = (
    "Orchard owner Mirela Dascalu counted the damage on Sunday. "
    '"We lost nearly every blossom in one night, and the bees will go hungry this '
    'spring," said Dascalu, whose family has farmed the valley since 1951.'
)
REPORTED = (
    "Mirela Dascalu told the regional paper that the frost had {} almost all of the "
    "flowers overnight, leaving the hives short of food for the season."
)


mixed = quote_statement_verdicts


def test_the_quote_sentence_holds_a_statement() -> None:
    claims = extract_claims(Source.from_text(QUOTED, id="a"))
    quote = next(c for c in claims if isinstance(c, Quote))
    assert any(
        isinstance(c, Statement) and c.sentence_start == quote.sentence_start for c in claims
    )
    assert [claims[i] for i in said_sentences(claims)] == [quote]


def test_quote_beside_a_statement_meets_its_reported_saying() -> None:
    assert mixed(QUOTED, REPORTED.format("killed")) == [("statement", str(AGREE))]


@pytest.mark.parametrize(
    "reported",
    [
        REPORTED.format("not killed"),  # a denial set in: never a ✓
        REPORTED.format("killed").replace("Mirela Dascalu", "Neighbour Ion Pop"),  # another
    ],
)
def test_no_agreement_with_a_denial_or_another_speaker(reported: str) -> None:
    assert mixed(QUOTED, reported) == []


ICE = (
    "Harbour master Ilse Brandvold walked the frozen quay on Monday morning. "
    '"I have worked on this coast my whole life and never seen ice like this in the '
    'harbour," said Brandvold, who has run the port since 2009.'
)
ICE_REPORTED = (
    "The harbour master, Ilse Brandvold, told reporters she had never seen such ice in "
    "her years on the coast, and urged boat owners to check their moorings twice a day."
)


def test_two_sentences_a_statement_pair_shows_agreeing_get_no_second_tick() -> None:
    comparison = compare_texts({"a": ICE, "b": ICE_REPORTED})
    agreeing = [
        frozenset((m.source, m.sentence_start) for m in x.members)
        for x in comparison.alignments
        if x.verdict == AGREE and x.kind == "statement"
    ]
    assert len(agreeing) == 1
