"""One amount told in two metric units is compared in its base unit, whether the two
agree or differ ("about 600 metres of cable" / "around 1.2 kilometres of cable").
Sentences written here."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts


def _numbers(a: str, b: str) -> list[tuple[Verdict, Conflict | None, str]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        (al.verdict, al.conflict, al.title) for al in comparison.alignments if al.kind == "number"
    ]


def test_an_amount_in_two_metric_units_that_differs_is_a_figure_conflict() -> None:
    found = _numbers(
        "Vandals ripped out about 800 metres of fibre cable along the Ostra canal.",
        "Vandals ripped out nearly 2.4 kilometres of fibre cable along the Ostra canal.",
    )
    assert [(v, c) for v, c, _ in found] == [(Verdict.DIFFER, Conflict.FIGURE)]
    assert "metres" in found[0][2] and "kilometres" in found[0][2]


def test_an_amount_in_two_metric_units_that_agrees_is_no_conflict() -> None:
    found = _numbers(
        "Vandals ripped out about 800 metres of fibre cable along the Ostra canal.",
        "Vandals ripped out about 0.8 kilometres of fibre cable along the Ostra canal.",
    )
    assert all(v != Verdict.DIFFER for v, _, _ in found)
