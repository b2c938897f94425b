"""A direct quote in one article, the same thing as a statement or indirect speech in
another: paired as an agreement, never when anything in them differs."""

from __future__ import annotations

import pytest
from conftest import quote_statement_verdicts

from compare.align import AGREE, registry

QUOTED = '"The ferry terminal on Quay Lane will shut in October as it loses money," Okafor said.'
TOLD = "Okafor said the Quay Lane ferry terminal would shut in {} as it was losing money."


mixed = quote_statement_verdicts


def test_registered_across_kinds() -> None:
    assert "quote as statement" in [spec.name for spec in registry.cross_kinds()]


@pytest.mark.parametrize(
    "told",
    [
        TOLD.format("October"),  # indirect speech: tense and person shifted
        # the article's own words, nobody named
        "The ferry terminal on Quay Lane will shut in October as it is losing money.",
    ],
)
def test_quote_told_as_statement_agrees(told: str) -> None:
    assert mixed(QUOTED, told) == [("statement", str(AGREE))]


@pytest.mark.parametrize(
    "told",
    [
        TOLD.format("October").replace("Okafor", "Lindqvist"),  # another speaker named
        TOLD.format("December"),  # another month
        TOLD.format("October").replace("would shut", "would not shut"),  # denied
        # the same speaker and place, another thing said
        "Okafor said ticket prices on the Quay Lane ferry would rise by a fifth next spring.",
    ],
)
def test_quote_and_statement_that_differ_stay_apart(told: str) -> None:
    assert mixed(QUOTED, told) == []


def test_quote_with_its_own_statement_is_left_to_the_statement_matcher() -> None:
    # the quote's sentence says enough besides the quote to be a statement itself
    quoted = (
        "Speaking at the council meeting in the old town hall on Thursday evening, Okafor "
        'said "the terminal will shut in October".'
    )
    assert mixed(quoted, TOLD.format("October")) == []
