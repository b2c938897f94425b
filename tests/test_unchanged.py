"""Something kept unchanged against the same thing changed, on sentences written
for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts


def _statements(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]


@pytest.mark.parametrize(
    "b",
    [
        "Corvane lowered its dividend for the second quarter.",
        "The bank raised its dividend for the second quarter.",
    ],
)
def test_a_dividend_kept_unchanged_and_changed_is_an_opposite(b):
    a = "The bank kept its second-quarter dividend unchanged, citing steady deposits."
    assert _statements(a, b) == [(Verdict.DIFFER, Conflict.OPPOSITE)]


def test_another_thing_changed_is_no_opposite():
    a = "The bank kept its second-quarter dividend unchanged, citing steady deposits."
    b = "Corvane raised its savings rate for the second quarter."
    assert (Verdict.DIFFER, Conflict.OPPOSITE) not in _statements(a, b)


def test_another_named_doer_is_no_opposite():
    # two names: two banks, each may do its own thing
    a = "Mirella Bank kept its second-quarter dividend unchanged, citing steady deposits."
    b = "Corvane lowered its dividend for the second quarter."
    assert (Verdict.DIFFER, Conflict.OPPOSITE) not in _statements(a, b)
