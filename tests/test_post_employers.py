"""One post held for two bodies ("spokeswoman for the transport authority" /
"spokeswoman for the regional police") names two posts: a title conflict, not ✓.
One body told two ways (a name and its kind, a shorter and a longer name, a word
of the other's sentence) is one post. Names, posts and sentences written for these
tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts


def role_verdicts(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "role"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            '"No comment," said Lena Brandt, spokeswoman for the city\'s transport authority.',
            "Lena Brandt, a spokeswoman for the regional police, declined to comment.",
        ),
        (
            "The dig will resume in June, said Piet Varga, director of the county museum.",
            "Piet Varga, director of the national archive, said the dig would resume in June.",
        ),
    ],
)
def test_one_post_for_two_bodies_is_two_posts(a, b):
    assert (Verdict.DIFFER, Conflict.TITLE) in role_verdicts(a, b)
    assert (Verdict.AGREE, None) not in role_verdicts(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            '"No comment," said Lena Brandt, spokeswoman for the regional police.',
            "Lena Brandt, a spokeswoman for Marrow Valley Police, declined to comment.",
        ),
        (
            '"No comment," said Lena Brandt, spokeswoman for the company.',
            "Lena Brandt, a spokeswoman for Corlen Holdings, declined to comment.",
        ),
        (
            "The dig will resume in June, said Piet Varga, director of the museum.",
            "Piet Varga, director of the county museum, said the dig would resume in June.",
        ),
        (
            '"No comment," said Lena Brandt, spokeswoman for the city\'s transport authority.',
            "Lena Brandt, a spokeswoman for the transport agency, declined to comment.",
        ),
    ],
)
def test_one_body_told_two_ways_is_one_post(a, b):
    assert (Verdict.DIFFER, Conflict.TITLE) not in role_verdicts(a, b)
