"""Runs of capitalised words (names.NAME_RE), written capital first for speed."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.extract import names
from compare.extract.names import NAME_RE, name_mentions

# The pattern as first written: the check of the character before the run comes
# first, and an initial ("C. Smith") is an alternative of its own.
PLAIN = re.compile(
    rf"(?<![\w'’\-])(?:{names._CAP}\.?|{names._INITIAL})"
    rf"(?:{names._GAP}(?:{names._PARTICLE}{names._GAP})?"
    rf"(?:{names._INITIAL}|{names._ABBREVIATED}|{names._CAP}))*"
)


def _runs(pattern: re.Pattern[str], text: str, start: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start)]


def test_a_run_starts_at_a_capital_that_opens_a_word() -> None:
    text = "McCain's aide, C. J. Smith-Jones, met al-Assad and Ángel Di Maria in O’Hare."
    assert [m.text for m in name_mentions(text)] == [
        "McCain",
        "C. J. Smith-Jones",
        "Ángel Di Maria",
        "O’Hare",
    ]
    # A capital inside a word ("al-Assad", "McCain") opens no run of its own.
    assert all(text[a - 1] not in "-lc" for a, _ in _runs(NAME_RE, text))


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="AaBCxé É.'’- \u00a0\nJ", max_size=24),
    st.integers(min_value=0, max_value=24),
)
def test_same_runs_as_the_plain_pattern(text: str, start: int) -> None:
    # Also from a start inside the text: the character before it is still read.
    start = min(start, len(text))
    assert _runs(NAME_RE, text, start) == _runs(PLAIN, text, start)
