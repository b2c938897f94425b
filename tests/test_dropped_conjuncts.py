"""An item of a list left out of a quotation is a changed quote, not a ✓ (quotes.py)."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.align.quotes import dropped_conjunct


def quote_verdicts(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "quote"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            '"We will not close the libraries and swimming pools this winter," said '
            "Councillor Rita Vance.",
            '"We will not close the swimming pools this winter," said Councillor Rita Vance.',
        ),
        (
            '"The plan protects nurses, teachers and bus drivers from the cuts," the union '
            "leader, Omar Haddad, said.",
            '"The plan protects nurses and bus drivers from the cuts," the union leader, '
            "Omar Haddad, said.",
        ),
    ],
)
def test_a_listed_item_left_out_is_a_wording_conflict(a: str, b: str) -> None:
    assert quote_verdicts(a, b) == [(Verdict.DIFFER, Conflict.WORDING)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a comma put in or taken out changes no word
        (
            '"We will find the people who did this and bring them to court," said Chief '
            "Inspector Lena Moss.",
            '"We will find the people who did this, and bring them to court," said Chief '
            "Inspector Lena Moss.",
        ),
        # a word left out that is not a listed item
        (
            '"The new bridge has been a long time coming for this town," said Mayor Ivo Marsh.',
            '"The new bridge has been a long time coming for the town," said Mayor Ivo Marsh.',
        ),
    ],
)
def test_other_shortenings_still_agree(a: str, b: str) -> None:
    assert quote_verdicts(a, b) == [(Verdict.AGREE, None)]


@pytest.mark.parametrize(
    ("lacked", "item"),
    [
        ("firemen and", True),
        ("and the schools", True),
        ("or ferries", True),
        ("really", False),  # a modifier, the other rules' business
        ("and then", False),  # no item: little words only
        ("is dangerous and", False),  # a predicate, not a listed item
        ("and we will also look at it", False),  # a clause, not an item
    ],
)
def test_dropped_conjunct(lacked: str, item: bool) -> None:
    assert dropped_conjunct(lacked) is item
