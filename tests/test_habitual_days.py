"""A weekday told as a kind of day ("on a typical Sunday", "every Monday") names a
habit, not the day of an event: no day reading pairs it."""

from __future__ import annotations

import pytest

from compare.align.same_days import dates_an_event
from compare.extract import extract_claims
from compare.extract.claims import Date
from compare.ingest import Source


def _day(sentence: str) -> Date:
    found = [c for c in extract_claims(Source.from_text(sentence, id="a")) if isinstance(c, Date)]
    assert found, sentence
    return found[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "On a typical Sunday, some 3,000 visitors walk through the botanical gardens.",
        "The market is held every Thursday in the old square.",
        "On an ordinary Tuesday the ward treats about forty patients.",
    ],
)
def test_a_kind_of_day_dates_no_event(sentence: str) -> None:
    assert not dates_an_event(_day(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The botanical gardens reopened to visitors on Sunday.",
        "The mayor said in a statement Thursday that the square would close.",
    ],
)
def test_a_day_of_an_event_still_dates_it(sentence: str) -> None:
    assert dates_an_event(_day(sentence))
