"""Titles longer than four words before a name keep a rank word at their head
("Deputy chief water quality officer"), and a participle between two title words is
the title's own ("chief operating officer"), not a verb before it. Names, posts and
sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.extract.context import Context
from compare.extract.roles import extract_roles
from compare.ingest.source import Source


def _roles(text: str) -> list[tuple[str, str]]:
    return [(r.person, r.role) for r in extract_roles(Context(Source.from_text(text)))]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Deputy chief water quality officer Lena Brandt said the tests were clean.",
            "Deputy chief water quality officer",
        ),
        (
            "The tests were clean, said acting chief fire safety officer Lena Brandt.",
            "acting chief fire safety officer",
        ),
        ("Chief operating officer Lena Brandt said sales were up.", "Chief operating officer"),
        ("Sales were up, said chief marketing officer Lena Brandt.", "chief marketing officer"),
    ],
)
def test_the_whole_title_is_read(text, role):
    assert _roles(text) == [("Lena Brandt", role)]


def test_a_verb_before_a_title_is_still_left_out():
    assert _roles("The club said after hiring former coach Lena Brandt it was ready.") == [
        ("Lena Brandt", "former coach")
    ]


def role_verdicts(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "role"]


def test_the_deputy_of_a_long_title_is_another_post():
    a = "Lena Brandt, the chief water quality officer, said the tests were clean."
    b = "Deputy chief water quality officer Lena Brandt said the tests were clean."
    assert role_verdicts(a, b) == [(Verdict.DIFFER, Conflict.TITLE)]
