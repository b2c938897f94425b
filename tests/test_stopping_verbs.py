"""A denial told by a verb of stopping on one side and by "no" on the other is
one fact (compare/align/stopping_verbs.py). Sentences invented here."""

from __future__ import annotations

from compare import Verdict, compare_texts
from compare.align.stopping_verbs import denial_told_by_verb


def verdicts(a: str, b: str) -> list[Verdict]:
    found = compare_texts({"a": a, "b": b}).alignments
    return [x.verdict for x in found if len(x.sources) == 2]


def test_a_verb_of_stopping_denies_what_it_takes() -> None:
    assert denial_told_by_verb(
        "Organisers called the harvest parade off on Friday.",
        "There will be no harvest parade on Friday.",
    )
    assert denial_told_by_verb(
        "No trains will run on the coast line tomorrow.",
        "The operator has suspended services on the coast line tomorrow.",
    )


def test_the_stopping_verb_itself_denied_is_left_to_the_judge() -> None:
    assert not denial_told_by_verb(
        "The league suspended all junior fixtures this weekend.",
        "The league did not suspend any junior fixtures this weekend.",
    )
    # no negator on either side: nothing to read
    assert not denial_told_by_verb("The vote was postponed.", "The vote was delayed.")


def test_halted_crossings_and_no_crossings_agree() -> None:
    assert verdicts(
        "Port authorities halted all ferry crossings on Sunday.",
        "No ferry crossings ran on Sunday, port authorities said.",
    ) == [Verdict.AGREE]
    assert Verdict.DIFFER in verdicts(
        "The league suspended all junior fixtures this weekend.",
        "The league did not suspend any junior fixtures this weekend.",
    )


def test_a_stopping_denied_in_other_words_is_left_to_the_judge() -> None:
    assert not denial_told_by_verb(
        "The council halted work on the bypass in March.",
        "Work on the bypass has not stopped, the council said.",
    )
    assert not denial_told_by_verb(
        "The airline cancelled 40 flights on Monday.",
        "No flights were cancelled or delayed on Monday.",
    )
