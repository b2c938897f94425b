"""One decision told unanimous by one article and split by the other is a tally
conflict (unanimous_splits.py). Sentences written for these tests."""

from __future__ import annotations

from compare import compare_texts
from compare.align.model import Conflict, Verdict
from compare.align.unanimous_splits import SPLIT, WHOLE, reading

PUBLISHED = "---\npublished: 2025-09-02\n---\n\n"


def tally_findings(a: str, b: str) -> list[str]:
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    return [
        al.title
        for al in comparison.alignments
        if al.verdict == Verdict.DIFFER and al.conflict == Conflict.TALLY
    ]


UNANIMOUS = (
    "The tribunal dismissed the orchard owners' complaint on Friday. "
    "The five-member tribunal ruled unanimously against the owners."
)


def test_unanimous_against_a_split_tally_is_a_tally_conflict() -> None:
    split = (
        "The tribunal dismissed the orchard owners' complaint on Friday. "
        "The tribunal split three to two against the owners."
    )
    assert tally_findings(UNANIMOUS, split) == ["unanimous vs 3–2"]


def test_unanimous_against_a_dissent_is_a_tally_conflict() -> None:
    split = (
        "The tribunal dismissed the orchard owners' complaint on Friday. "
        "One member of the tribunal was dissenting."
    )
    assert tally_findings(UNANIMOUS, split) == ["unanimous vs split"]


def test_an_article_telling_both_readings_pairs_nothing() -> None:
    split = (
        "The tribunal dismissed the orchard owners' complaint on Friday. "
        "The tribunal split three to two against the owners. "
        "A separate appeal was rejected unanimously by the tribunal."
    )
    assert tally_findings(UNANIMOUS, split) == []


def test_two_sentences_sharing_no_word_pair_nothing() -> None:
    split = "Harbour commissioners voted 4-1 in favour of dredging the estuary."
    assert tally_findings(UNANIMOUS, split) == []


def test_two_unanimous_votes_are_no_conflict() -> None:
    other = "The tribunal was unanimous in finding against the owners."
    assert tally_findings(UNANIMOUS, other) == []


def test_a_rule_of_unanimity_is_no_vote_held() -> None:
    rule = (
        "The tribunal dismissed the orchard owners' complaint on Friday. "
        "Under the tribunal's rules, complaints can only be dismissed by a unanimous vote."
    )
    split = (
        "The tribunal dismissed the orchard owners' complaint on Friday. "
        "The tribunal split three to two against the owners."
    )
    assert tally_findings(rule, split) == []


def test_readings() -> None:
    assert reading("The jury was unanimous.", ()) == (WHOLE, None)
    assert reading("The jury's verdict was not unanimous.", ()) == (SPLIT, None)
    assert reading("The jury failed to reach a unanimous verdict.", ()) == (SPLIT, None)
    assert reading("The jury was unanimous, with one juror dissenting.", ()) is None
    assert reading("The jury retired to consider its verdict.", ()) is None
