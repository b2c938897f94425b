"""The names of place_clocks' table are found by a scan keyed by their first two
characters (place_clocks.names_in) instead of one compiled alternation of every name:
it must find what that regular expression finds, on invented text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.extract.place_clocks import _table, names_in


def _by_one_pattern(text: str) -> list[tuple[int, str]]:
    """The regular expression the scan stands for: the names as alternatives,
    longest first, each whole."""
    zones, _ = _table()
    alternatives = "|".join(re.escape(n) for n in sorted(zones, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ferries from Lagos to Accra were held, Ghana's port authority said.",
        "Flights to the U.S. and to the U.S.S.R. museum resumed.",
        "Aid reached the Central African Rep. late on Monday.",
        "Chadwick flew to Chad, then to Guinea-Bissau and Papua New Guinea.",
        "_Nepal and Nepal_ and 3Nepal and Nepal3 and (Nepal).",
        "Nepal",
        "Ne",
        "",
        "Côte d’Ivoire and Curaçao, and Tokyo's mayor in Tokyo.",
    ],
)
def test_the_scan_finds_what_the_pattern_finds(text: str) -> None:
    assert list(names_in(text)) == _by_one_pattern(text)


def test_the_scan_finds_names() -> None:
    found = [name for _, name in names_in("Talks in Nepal moved to Papua New Guinea.")]
    assert found == ["Nepal", "Papua New Guinea"]


_NAMES = sorted(_table()[0])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_NAMES),
            st.sampled_from([" ", "-", "_", "a", "'s", ".", ",", "New ", "x", "1", "’"]),
        ),
        max_size=12,
    )
)
def test_the_scan_finds_what_the_pattern_finds_in_any_mix(parts: list[str]) -> None:
    text = "".join(parts)
    assert list(names_in(text)) == _by_one_pattern(text)
