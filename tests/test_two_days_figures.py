"""Two statements giving a figure each on its own day, none shared, tell two days'
work (statement_judge: same_days.days_apart), not one figure told two ways; a day told
two ways for one event stays a date conflict. Sentences written here, in domains of
their own."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts

HEAD = "---\npublished: 2025-03-17\n---\n\n"


def _found(a: str, b: str) -> list[tuple[str, Verdict, Conflict | None]]:
    comparison = compare_texts({"a.md": HEAD + a, "b.md": HEAD + b})
    return [
        (al.kind, al.verdict, al.conflict) for al in comparison.alignments if al.kind != "unique"
    ]


def test_two_days_work_is_no_figure_conflict() -> None:
    found = _found(
        "Volunteers removed 4,200 gallons of oil from the beach on Saturday.",
        "Crews removed 6,800 gallons of oil from the beach on Sunday.",
    )
    assert not [f for f in found if f[1] == Verdict.DIFFER]
    assert not [f for f in found if f[0] == "statement" and f[1] == Verdict.AGREE]


def test_one_day_two_figures_is_a_figure_conflict() -> None:
    found = _found(
        "Volunteers removed 4,200 gallons of oil from the beach on Saturday.",
        "Volunteers removed 6,800 gallons of oil from the beach on Saturday.",
    )
    assert ("statement", Verdict.DIFFER, Conflict.FIGURE) in found


def test_one_event_on_two_days_stays_a_date_conflict() -> None:
    found = _found(
        "The ferry ran aground off the headland on Saturday, stranding 40 passengers.",
        "The ferry ran aground off the headland on Sunday, stranding 55 passengers.",
    )
    assert ("date", Verdict.DIFFER, Conflict.DATE) in found
