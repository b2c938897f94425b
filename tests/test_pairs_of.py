"""Two told as "a pair of" ("A pair of hikers were rescued") is a figure of two; a pair
that names one thing ("a pair of scissors") is none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Source, compare_texts
from compare.extract import Number, extract_claims


def figures(text: str) -> list[tuple[str, float, str | None]]:
    source = Source.from_text("The council met.\n\n" + text, id="t")
    return [(c.text, c.value, c.unit) for c in extract_claims(source) if isinstance(c, Number)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A pair of hikers were rescued near Kelso.", [("A pair of", 2.0, "hikers")]),
        ("A pair of fishermen were missing.", [("A pair of", 2.0, "fishermen")]),
        ("A pair of the crates held paint.", [("A pair of the", 2.0, "crates")]),
        ("Police found a pair of scissors in the car.", []),
        ("She bought a pair of boots in Kelso.", []),
    ],
)
def test_a_pair_of(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text) == expected


def test_a_pair_agrees_with_two() -> None:
    published = "---\npublished: 2025-03-10\n---\n\n"
    comparison = compare_texts(
        {
            "a": published
            + "Two hikers suffered minor injuries when the Kelso footbridge gave way.",
            "b": published + "A pair of hikers suffered minor injuries as the Kelso footbridge "
            "collapsed.",
        }
    )
    verdicts = [a.verdict.value for a in comparison.alignments if a.kind == "number"]
    assert verdicts == ["agree"]
