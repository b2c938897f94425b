"""A clock time after "from" with no other end in its sentence is the moment a state
began ("the road was shut from noon"), told as another article tells it with "at"
("the road was closed at 7am"): two aligned statements that give the two are no
agreement (compare/align/sentence_days_places.times_clash). A span with both ends
("from 7am to 7pm") and a bound ("until 5am", "by noon") stay bounds; a bound both
sentences give alike is no unknown left. Articles written here."""

from __future__ import annotations

from conftest import verdicts_of

from compare import Verdict

CLOSED_AT = "The coastal road near the harbour was closed at 7am on Tuesday after a rockfall."


def test_a_start_told_with_from_is_no_agreement_with_another_hour() -> None:
    b = "The road by the harbour was shut from noon on Tuesday, after rocks fell."
    assert (Verdict.AGREE, None) not in verdicts_of(CLOSED_AT, b)


def test_a_start_told_with_from_agrees_with_its_own_hour() -> None:
    b = "The road by the harbour was shut from 7am on Tuesday, after rocks fell."
    assert (Verdict.AGREE, None) in verdicts_of(CLOSED_AT, b)


def test_a_span_with_both_ends_stays_a_bound() -> None:
    a = "The bus lane near the harbour is closed to cars from 7am to 7pm on weekdays."
    b = "The bus lane near the harbour is closed to cars between 7am and 7pm on weekdays."
    assert (Verdict.AGREE, None) in verdicts_of(a, b)


def test_a_bound_told_alike_leaves_the_other_hours_compared() -> None:
    a = (
        "Under the new rules the night ban on lorries on the coast road will begin at 8pm,"
        " and lorries will be barred until 5am."
    )
    b = "Under the new rules lorries will be banned from the coast road at 9pm until 5am."
    assert (Verdict.AGREE, None) not in verdicts_of(a, b)


def test_the_end_of_a_span_is_no_moment() -> None:
    a = (
        "The council said bottled water was handed out at the depot on Mill Lane"
        " from 9 a.m. to 6 p.m. daily."
    )
    b = "Until the order ends, bottled water is given out at the Mill Lane depot from 9 a.m."
    assert (Verdict.AGREE, None) in verdicts_of(a, b)
