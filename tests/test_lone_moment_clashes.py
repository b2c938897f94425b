"""Two sentences held for one fact that each tell one day, told in other words for the
deed, are a date discrepancy when nothing parts the two moments (lone_moment_clashes);
a bare weekday is set against a month's day only when the calendar puts that day on
another weekday (weekday_days). Sentences written here, in domains of their own."""

from __future__ import annotations

from conftest import compare_on_a_friday

from compare import Verdict
from compare.align.weekday_days import calendar_apart
from compare.extract import extract_claims
from compare.extract.claims import Claim, Date
from compare.ingest import Source

# Friday 14 March 2025: "on Tuesday" is 11 March; 12 March is a Wednesday.
PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"


def _date(text: str) -> Claim:
    claims = extract_claims(Source.from_text(PUBLISHED + text, id="x"))
    return next(c for c in claims if isinstance(c, Date))


def _date_alignments(a: str, b: str) -> list[tuple[Verdict, list[str]]]:
    comparison = compare_on_a_friday(a, b)
    return [
        (al.verdict, sorted(m.kind.value for m in al.members))
        for al in comparison.alignments
        if al.conflict is not None and al.conflict.value == "date"
    ]


def test_a_weekday_the_month_day_cannot_be_is_apart() -> None:
    assert calendar_apart(_date("The pier reopened on Tuesday."), _date("It reopened on 12 March."))


def test_a_weekday_the_month_day_may_be_is_not_apart() -> None:
    # 11 March 2025 is a Tuesday: the two may be one day, read a week apart or not
    assert not calendar_apart(_date("The pier reopened on Tuesday."), _date("on 11 March."))
    assert not calendar_apart(_date("on 12 March."), _date("on 19 March."))


def test_one_deed_told_in_other_words_on_two_days_differs() -> None:
    a = "Its description was published on Tuesday in the journal Lowland Birding Review."
    b = "The paper describing it appeared in Lowland Birding Review on 12 March."
    assert [verdict for verdict, _ in _date_alignments(a, b)] == [Verdict.DIFFER]


def test_a_weekday_told_alike_by_the_calendar_is_no_discrepancy() -> None:
    # 11 March 2025 is a Tuesday
    a = "Its description was published on Tuesday in the journal Lowland Birding Review."
    b = "The paper describing it appeared in Lowland Birding Review on 11 March."
    assert all(verdict != Verdict.DIFFER for verdict, _ in _date_alignments(a, b))


def test_a_saying_on_another_day_is_no_discrepancy() -> None:
    a = (
        "Its description was published in the journal Lowland Birding Review, "
        "the editors said on Tuesday."
    )
    b = "The paper describing it appeared in Lowland Birding Review on 12 March."
    assert _date_alignments(a, b) == []
