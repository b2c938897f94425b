"""A speaker described first and named after, in apposition ("the agency's head of
operations, Lena Vasquez, told reporters", "said the island's governor, 'Ana
Folau, who ..."), is the person named: one quotation credited so on one side and
to another named person on the other is a speaker conflict, never a ✓. Control:
the same person, described and named on one side and named on the other (or by
surname after the full name), still agrees.

The sentences are written for these tests; none comes from a benchmark or corpus.
"""

from __future__ import annotations

import pytest

from compare import Comparison, Conflict, Verdict, compare_texts

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"
OPENING = "The harbour reopened on Tuesday after the storm. "
QUOTE = "The channel is safe and the ships are moving normally again"

DESCRIBED = [
    f'"{QUOTE}," the agency\'s head of operations, Lena Vasquez, told reporters.',
    f'"{QUOTE}," said the port\'s harbour master, Lena Vasquez, who led the clean-up.',
    f"\"{QUOTE},\" said the island's governor, 'Lena Vasquez, who led the clean-up.",
]


def compare_pair(a: str, b: str) -> Comparison:
    return compare_texts({"a": PUBLISHED + OPENING + a, "b": PUBLISHED + OPENING + b})


def quote_alignments(comparison: Comparison) -> list[tuple[Verdict, Conflict | None]]:
    return [(al.verdict, al.conflict) for al in comparison.alignments if str(al.kind) == "quote"]


@pytest.mark.parametrize("described", DESCRIBED[:2])
def test_described_then_named_speaker_is_the_name(described: str) -> None:
    comparison = compare_pair(described, f'"{QUOTE}," said Omar Haddad.')
    assert quote_alignments(comparison) == [(Verdict.DIFFER, Conflict.SPEAKER)]


def test_a_name_opening_with_an_apostrophe_is_taken_too() -> None:
    comparison = compare_pair(DESCRIBED[2], f'"{QUOTE}," said Omar Haddad.')
    assert (Verdict.AGREE, None) not in quote_alignments(comparison)


@pytest.mark.parametrize("described", DESCRIBED[:2])
@pytest.mark.parametrize("other", ["said Lena Vasquez", "Vasquez said"])
def test_the_same_person_described_and_named_still_agrees(described: str, other: str) -> None:
    intro = "Lena Vasquez spoke at the quay. " if other.startswith("Vasquez") else ""
    b = f'{intro}"{QUOTE}," {other}.'
    assert quote_alignments(compare_pair(described, b)) == [(Verdict.AGREE, None)]
