"""A vote told unanimous against the same vote told with a split (unanimous_votes.py).
Sentences written for these tests."""

from __future__ import annotations

from conftest import judged_statements

from compare.align.model import Judgement, Verdict

PUBLISHED = "---\npublished: 2025-05-08\n---\n\n"


def judge(a: str, b: str) -> Judgement:
    return judged_statements(a, b, PUBLISHED)


def test_a_unanimous_vote_against_a_split_vote_is_no_tick() -> None:
    judgement = judge(
        "The planning board voted unanimously to refuse the quarry extension on Tuesday.",
        "The planning board voted 6-3 to refuse the quarry extension on Tuesday.",
    )
    assert judgement.verdict != Verdict.AGREE or judgement.unchecked


def test_a_unanimous_vote_against_a_vote_with_none_against_agrees() -> None:
    judgement = judge(
        "The planning board voted unanimously to refuse the quarry extension on Tuesday.",
        "The planning board voted 9-0 to refuse the quarry extension on Tuesday.",
    )
    assert judgement.verdict == Verdict.AGREE and not judgement.unchecked
