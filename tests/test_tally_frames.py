"""Two tallies of one result told with two verbs are one result (tally_frames); two
opponents, two days, or verbs that turn the result round keep them apart. Sentences
written here."""

from __future__ import annotations

from compare import Source, Verdict, compare_texts
from compare.align.tally_frames import one_result_told_two_ways
from compare.align.words import words
from compare.extract import Number, extract_claims


def _differing(a: str, b: str) -> list[tuple[str, ...]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        tuple(m.text for m in al.members)
        for al in comparison.alignments
        if al.kind == "number" and al.verdict == Verdict.DIFFER
    ]


def _tally(text: str) -> Number:
    return next(
        c
        for c in extract_claims(Source.from_text(text, id="t"))
        if isinstance(c, Number) and c.pair is not None
    )


def test_a_score_told_with_two_verbs_is_one_result():
    a = "The Harbour Kestrels beat the Millbrook Otters 71-64 in the league final on Saturday."
    b = "The Kestrels held off the Millbrook Otters 71-60 in the league final on Saturday."
    assert ("71-64", "71-60") in _differing(a, b)


def test_two_opponents_beaten_are_two_results():
    a = "The Harbour Kestrels beat the Millbrook Otters 71-64 in the league final on Saturday."
    b = "The Kestrels held off the Dunmore Foxes 71-60 in the league semi-final on Saturday."
    assert ("71-64", "71-60") not in _differing(a, b)


def test_scores_of_two_days_are_two_results():
    a = "The Harbour Kestrels beat the Millbrook Otters 71-64 on Saturday."
    b = "The Kestrels held off the Millbrook Otters 71-60 on Wednesday."
    assert ("71-64", "71-60") not in _differing(a, b)


def test_verbs_that_turn_the_result_round_are_left_to_the_frames():
    text_a = "The Harbour Kestrels beat the Millbrook Otters 71-64."
    text_b = "The Millbrook Otters lost to the Harbour Kestrels 71-60."
    named = set(words(text_a))
    assert not one_result_told_two_ways(_tally(text_a), _tally(text_b), named, named)
