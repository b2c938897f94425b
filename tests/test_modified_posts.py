"""A post after a title word that modifies it is part of the title ("Chief Executive
Harriet Moss"), so two posts of one person are compared whole. Names and titles
written for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.extract.names import split_title


@pytest.mark.parametrize(
    ("name", "title", "person"),
    [
        ("Chief Executive Harriet Moss", "Chief Executive", "Harriet Moss"),
        ("Chief Operating Officer Harriet Moss", "Chief Operating Officer", "Harriet Moss"),
        ("Deputy Director Ana Ruiz", "Deputy Director", "Ana Ruiz"),
        ("Acting Commissioner Tom Hale", "Acting Commissioner", "Tom Hale"),
        ("Chief Economist Dev Rao", "Chief Economist", "Dev Rao"),
        ("Assistant Director Dev Rao", "Assistant Director", "Dev Rao"),
        ("Senator Baker Jones", "Senator", "Baker Jones"),  # a name, not a post
        ("President Joe Biden", "President", "Joe Biden"),
    ],
)
def test_split_title(name, title, person):
    assert split_title(name) == (title, person)


@pytest.mark.parametrize(
    ("post_b", "verdict"),
    [
        ("Chief Operating Officer", Verdict.DIFFER),
        ("Chief Financial Officer", Verdict.DIFFER),
        ("Chief Executive", Verdict.AGREE),
    ],
)
def test_two_posts_of_one_person(post_b, verdict):
    comparison = compare_texts(
        {
            "a": "Chief Executive Harriet Moss said the bank was sorry.",
            "b": f"{post_b} Harriet Moss apologised on behalf of the bank.",
        }
    )
    roles = [al for al in comparison.alignments if al.kind == "role"]
    assert roles
    assert roles[0].verdict is verdict
    if verdict is Verdict.DIFFER:
        assert roles[0].conflict is Conflict.TITLE
