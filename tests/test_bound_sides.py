"""A figure told alike beside a figure bound to it as the other side of one count
("nine of its 14 trains" / "eleven of its 14 trains", "posted 171 for 6" / "171 for
4") is one count told two ways: a tally conflict, never a ✓. Sentences written here."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts


def _verdicts(a: str, b: str) -> list[tuple[str, Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(str(al.kind), al.verdict, al.conflict) for al in comparison.alignments]


def test_a_part_of_one_whole_told_two_ways_is_a_tally_conflict() -> None:
    found = _verdicts(
        "Storms on the coast line cancelled nine of its 16 ferry sailings on Monday.",
        "The operator called off twelve of its 16 ferry sailings on Monday.",
    )
    assert ("number", Verdict.DIFFER, Conflict.TALLY) in found
    assert not any(v == Verdict.AGREE for k, v, _ in found if k == "number")


def test_a_record_told_two_ways_is_no_agreement() -> None:
    found = _verdicts(
        "The Ostrava welterweight improves his record to 21 wins and four defeats.",
        "The Ostrava welterweight now has 21 victories against five losses.",
    )
    assert not any(v == Verdict.AGREE for k, v, _ in found if k == "number")


def test_one_part_of_one_whole_told_alike_agrees() -> None:
    found = _verdicts(
        "Storms on the coast line cancelled nine of its 16 ferry sailings on Monday.",
        "The operator called off nine of its 16 ferry sailings on Monday.",
    )
    assert ("number", Verdict.AGREE, None) in found
    assert not any(v == Verdict.DIFFER for _, v, _ in found)
