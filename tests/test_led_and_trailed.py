"""A score told with converse verbs ("led" / "trailed 58-50"), on sentences
written for these tests."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts
from compare.align.frames import same_predicate


def _statements(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]


def test_leading_and_trailing_are_no_one_predicate():
    # WordNet groups the two verbs; the news opposites say they turn a fact round
    assert not same_predicate("lead", "trail")
    assert same_predicate("lead", "led")


def test_one_team_leading_and_trailing_by_one_score_is_a_tally_conflict():
    a = "The Herons trailed 41-37 at halftime."
    b = "The Herons led 41-37 at the interval in Galway on Saturday."
    assert _statements(a, b) == [(Verdict.DIFFER, Conflict.TALLY)]


def test_two_teams_one_leading_and_one_trailing_is_no_conflict():
    a = "The Herons trailed 41-37 at halftime."
    b = "The Falcons led 41-37 at the interval in Galway on Saturday."
    assert not [v for v, _ in _statements(a, b) if v == Verdict.DIFFER]
