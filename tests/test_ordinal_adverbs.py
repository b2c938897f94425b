"""A spelt ordinal right before a verb's past is an adverb of time, no count
(number_filters.adverb_before_verb). Sentences written here."""

from __future__ import annotations

import pytest

from compare.extract import Number, extract_claims
from compare.ingest import Source


def _ordinals(text: str) -> list[str]:
    claims = extract_claims(Source.from_text(text, id="t"))
    return [c.text for c in claims if isinstance(c, Number) and c.form == "ordinal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Engineers first spotted the crack in the dam wall at dawn.",
        "The fault was first reported by a night guard.",
        "The couple first met at a harbour cafe in 1998.",
    ],
)
def test_an_ordinal_before_a_verb_is_no_count(sentence: str) -> None:
    assert _ordinals(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "ordinal"),
    [
        ("The first reported case came from a harbour town.", "first"),
        ("Its third recorded flood hit the valley in May.", "third"),
        ("The ferry came third in the regatta.", "third"),
        ("The third stage of the race starts in Brill.", "third"),
    ],
)
def test_an_ordinal_that_ranks_a_noun_is_kept(sentence: str, ordinal: str) -> None:
    assert _ordinals(sentence) == [ordinal]
