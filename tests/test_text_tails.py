"""Patterns anchored at the end, searched over the last runs of words only, find the
match they find over the whole text: the same start and the same groups."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.align.measures import _NOUN_IS, _NOUN_OF
from compare.align.sentence_facts import _WHOLE_OF
from compare.align.text_tails import last_runs


@pytest.mark.parametrize(
    ("text", "count", "tail"),
    [
        ("a total of about ", 3, "total of about "),
        ("a total of about ", 5, "a total of about "),
        ("  landed 28 of his  ", 3, "28 of his  "),
        ("one", 3, "one"),
        ("", 3, ""),
        ("   ", 2, "   "),
        ("x\u00a0y\tz\n", 2, "y\tz\n"),  # any space str.isspace knows
        ("turnout was", 1, "was"),
    ],
)
def test_last_runs(text: str, count: int, tail: str) -> None:
    assert last_runs(text, count) == tail


_PIECES = st.sampled_from(
    [
        "the", "total", "number", "of", "about", "some", "nearly", "Turnout", "was",
        "is", "stood", "at", "reached", "rose", "to", "landed", "28", "two", "Twenty",
        "thousands", "his", "an", "A", "x-ray", "US-based", "1,000", "OF", "The",
        "\u017fome", "toll", "'s", ",",
    ]
)  # fmt: skip
_SPACES = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", ""])


@st.composite
def _befores(draw: st.DrawFn) -> str:
    """Text before a figure: words with spaces (sometimes none) between them."""
    pieces = draw(st.lists(_PIECES, max_size=9))
    return "".join(p + draw(_SPACES) for p in pieces)


def _same_match(pattern: re.Pattern[str], text: str) -> None:
    whole, tail = pattern.search(text), pattern.search(last_runs(text, 3))
    assert (whole is None) == (tail is None)
    if whole is not None and tail is not None:
        assert whole.group(0) == tail.group(0)
        assert whole.groups() == tail.groups()


@settings(max_examples=600, derandomize=True, deadline=None)
@given(_befores())
def test_end_patterns_find_the_same_match_in_the_last_three_runs(before: str) -> None:
    for pattern in (_NOUN_OF, _NOUN_IS, _WHOLE_OF):
        _same_match(pattern, before)


@pytest.mark.parametrize(
    ("pattern", "before", "noun"),
    [
        (_NOUN_OF, "It drew a crowd of about ", "crowd"),
        (_NOUN_OF, "Police said a total of ", "total"),
        (_NOUN_IS, "The death toll stood at ", "toll"),
        (_NOUN_IS, "Turnout was ", "Turnout"),
        (_WHOLE_OF, "He landed 28 of his ", None),
        (_WHOLE_OF, "Two of the ", None),
    ],
)
def test_end_patterns_in_news_phrasings(pattern: re.Pattern[str], before: str, noun: str) -> None:
    found = pattern.search(last_runs(before, 3))
    assert found is not None
    assert found.group(0) == pattern.search(before).group(0)  # type: ignore[union-attr]
    if noun is not None:
        assert found.group(1) == noun
