"""One figure each article gives only once for its counted thing (numbers.py,
`told_once`): the evidence that would report two such figures differing ties two
equal ones, though the sentences around them share no word."""

from __future__ import annotations

from compare.align import AGREE, DIFFER, compare_texts
from compare.align.numbers import number_pairs
from compare.extract import Number, extract_claims
from compare.ingest import Source

A = (
    "A fire broke out in the paint warehouse on Canal Street on Sunday. "
    "Firefighters led 38 workers out through a loading bay. "
    "The owner said the building was insured."
)
B = (
    "Flames tore through a paint store on Canal Street on Sunday. "
    "All 38 workers on the night shift were got out safely by the brigade. "
    "Its owner told reporters the loss was covered by insurance."
)


def _numbers(a: str, b: str) -> list[tuple[str, tuple[str, ...]]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        (str(al.verdict), tuple(m.text for m in al.members))
        for al in comparison.alignments
        if al.kind == "number"
    ]


def test_one_figure_each_told_once_agrees() -> None:
    assert (str(AGREE), ("38", "38")) in _numbers(A, B)


def test_one_of_two_figures_of_the_thing_is_left_to_the_words() -> None:
    # the other article counts workers twice: 38 is no longer its only figure of them,
    # so the number matcher leaves the pair to the words ...
    b = B.replace("Its owner", "Another 12 workers were on a break outside. Its owner")
    numbers = [
        c
        for source_id, text in (("a", A), ("b", b))
        for c in extract_claims(Source.from_text(text, id=source_id))
        if isinstance(c, Number)
    ]
    assert not [
        (i, j) for _, i, j in number_pairs(numbers) if numbers[i].value == numbers[j].value == 38
    ]
    # ... and the value, 38 given once in each article, ties them (same_figures)
    assert (str(AGREE), ("38", "38")) in _numbers(A, b)


def test_deaths_and_rescues_of_one_figure_stay_apart() -> None:
    b = B.replace("All 38 workers on the night shift were got out safely", "38 workers died")
    assert not any(verdict in (str(AGREE), str(DIFFER)) for verdict, _ in _numbers(A, b))
