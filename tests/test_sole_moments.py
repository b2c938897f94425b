"""Each article's only day of a happening (compare.align.sole_moments): two values are
a date conflict though the two sentences share no word; days both articles give are
their agreed days, and the one day each has left is paired the same way. Articles
with two days of their own, and two moments the clash rules part, are left alone.
Articles written here, on other stories than the sets'."""

from __future__ import annotations

from conftest import compare_on_a_friday, day_pairs

from compare import Conflict, Verdict
from compare.align.sole_moments import sole_moment_pairs

# published on Friday 14 March 2025: "on Tuesday" is 11 March, "on Wednesday" 12 March
FILLER = " The harbour board will meet again next month. Fishermen were not consulted."


def _pairs(a: str, b: str) -> list[tuple[str, str]]:
    return day_pairs(sole_moment_pairs, a + FILLER, b + FILLER)


def _date_conflicts(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_on_a_friday(a + FILLER, b + FILLER)
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "date"]


def test_each_articles_only_day_told_in_other_words_differs() -> None:
    a = "A tribunal on Tuesday struck off the harbour pilot."
    b = "On Wednesday, the pilot learned that his licence was gone."
    assert _pairs(a, b) == [("on Tuesday", "Wednesday")]
    assert (Verdict.DIFFER, Conflict.DATE) in _date_conflicts(a, b)


def test_a_day_both_give_leaves_each_articles_other_day() -> None:
    a = (
        "A tribunal on Tuesday struck off the harbour pilot. "
        "The grounding had happened on 3 February 2025."
    )
    b = (
        "A tribunal on Tuesday removed the pilot's licence. "
        "His trawler ran onto the reef on 5 February 2025."
    )
    assert _pairs(a, b) == [("on 3 February 2025", "on 5 February 2025")]


def test_two_days_of_ones_own_leave_the_days_unpaired() -> None:
    a = (
        "A tribunal on Tuesday struck off the harbour pilot. "
        "The grounding had happened on 3 February 2025."
    )
    b = "On Wednesday, the pilot learned that his licence was gone."
    assert _pairs(a, b) == []


def test_a_plan_against_a_deed_stays_apart() -> None:
    a = "The pilot will appeal on Tuesday."
    b = "On Wednesday, the pilot learned that his licence was gone."
    assert _pairs(a, b) == []


def test_one_day_told_both_ways_is_no_pair() -> None:
    a = "A tribunal on Tuesday struck off the harbour pilot."
    b = "On 11 March, the pilot learned that his licence was gone."
    assert _pairs(a, b) == []


def test_a_day_told_after_a_bound_is_no_days_own_moment() -> None:
    # "cleared by 1.30am on Saturday": the deadline's day, not the clearing's
    a = "A tribunal on Tuesday struck off the harbour pilot."
    b = "The quay had been cleared by 1.30am on Wednesday, the port said."
    assert _pairs(a, b) == []


def test_a_day_that_labels_a_noun_dates_nothing_told() -> None:
    # "the 3 February 2025 conspirator" labels a man by a happening; nothing is dated
    a = "A tribunal on Tuesday struck off the harbour pilot."
    b = "Among the crew was the 3 February 2025 conspirator Ivo Marsh."
    assert _pairs(a, b) == []
