"""A figure told as a total below another figure of the thing is no whole of it
(total_bounds): the part and total clue no longer parts the two. Sentences written
here."""

from __future__ import annotations

from compare import Source, compare_texts
from compare.align.number_clues import Clues
from compare.align.total_bounds import told_as_total, total_exceeded, without_total_exceeded
from compare.extract import Number, extract_claims

PUBLISHED = "---\npublished: 2025-09-03\n---\n\n"


def _figure(text: str, source: str) -> Number:
    return next(
        c
        for c in extract_claims(Source.from_text(PUBLISHED + text, id=source))
        if isinstance(c, Number)
    )


def _exceeded(a_text: str, b_text: str) -> bool:
    a, b = _figure(a_text, "a"), _figure(b_text, "b")
    return total_exceeded(a, b, Clues.of(a), Clues.of(b))


def test_a_total_below_the_other_figure_is_exceeded() -> None:
    assert _exceeded(
        "A total of 14 choirs entered the harvest festival.",
        "Nineteen choirs sang at the harvest festival this year.",
    )


def test_a_total_above_the_other_figure_may_be_its_whole() -> None:
    assert not _exceeded(
        "A total of 19 choirs entered the harvest festival.",
        "Fourteen choirs sang at the harvest festival on Saturday.",
    )


def test_hedges_that_reach_each_other_leave_the_total() -> None:
    assert not _exceeded(
        "A total of about 19 choirs entered the harvest festival.",
        "Twenty choirs sang at the harvest festival this year.",
    )


def test_the_whole_of_a_part_is_not_read_as_a_stated_total() -> None:
    assert not _exceeded(
        "Five of the 14 choirs came from the valley.",
        "Nineteen choirs sang at the harvest festival this year.",
    )


def test_the_clues_lose_their_total_only_when_exceeded() -> None:
    a = _figure("A total of 14 choirs entered the harvest festival.", "a")
    b = _figure("Nineteen choirs sang at the harvest festival this year.", "b")
    ca, cb = Clues.of(a), Clues.of(b)
    assert ca.total and not cb.total
    after_a, after_b = without_total_exceeded(a, b, ca, cb)
    assert not after_a.total and not after_b.total
    c = _figure("Eleven choirs sang at the harvest festival this year.", "b")
    assert without_total_exceeded(a, c, ca, Clues.of(c)) == (ca, Clues.of(c))


def _number_verdicts(a: str, b: str) -> list[tuple[str, list[str]]]:
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    return [
        (str(al.verdict), [m.text for m in al.members])
        for al in comparison.alignments
        if al.kind == "number"
    ]


def test_a_total_below_the_only_other_count_is_reported() -> None:
    a = (
        "The harvest festival in Corrow drew choirs from across the valley. "
        "A total of 14 choirs entered the festival, organisers said."
    )
    b = (
        "Choirs from across the valley came to Corrow for the harvest festival. "
        "Nineteen choirs took part in the festival this year."
    )
    assert _number_verdicts(a, b) == [("differ", ["14", "Nineteen"])]


def test_a_total_above_the_other_count_stays_a_whole_and_its_part() -> None:
    a = (
        "The harvest festival in Corrow drew choirs from across the valley. "
        "A total of 19 choirs entered the festival, organisers said."
    )
    b = (
        "Choirs from across the valley came to Corrow for the harvest festival. "
        "Fourteen choirs took part in the festival this year."
    )
    assert _number_verdicts(a, b) == []


def test_a_total_word_far_from_the_figure_is_another_noun_s() -> None:
    assert not told_as_total(
        _figure("The top scorer of the whole league campaign, Ruiz has 44 goals this year.", "a")
    )
    assert not _exceeded(
        "The top scorer of the whole league campaign, Ruiz has 44 goals this year.",
        "She has scored 47 goals in the league this year.",
    )


def test_a_total_said_after_the_counted_noun_is_one() -> None:
    assert told_as_total(_figure("Divers brought up nine amphorae in total.", "a"))
    assert told_as_total(_figure("In all, 40 amphorae were raised from the wreck.", "a"))
