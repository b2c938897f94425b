"""The clock time each article's lead gives its story (compare.align.lead_times)."""

from __future__ import annotations

from compare import compare_texts
from compare.align.model import Verdict

A = (
    "---\noutlet: Valley Courier\ntitle: Dam sluice fails\npublished: 2026-05-12\n---\n"
    "A sluice gate on the Orrin reservoir buckled at about 4.10am on Monday, sending water "
    "into the lower fields. Farmers moved their cattle to higher ground. "
    "The county engineer inspected the gate. "
    "Repairs finished at 6pm.\n"
)
B = (
    "---\noutlet: Highland Post\ntitle: Reservoir gate gives way\npublished: 2026-05-12\n---\n"
    "The old gate at the Orrin dam gave way shortly after 7am on Monday. "
    "Several pastures flooded. "
    "Herders drove their animals uphill.\n"
)


def _time_findings(a: str, b: str) -> list[str]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        f"{al.members[0].text} / {al.members[-1].text}"
        for al in comparison.alignments
        if al.kind == "time" and al.verdict == Verdict.DIFFER
    ]


def test_the_lead_times_of_two_articles_differ() -> None:
    # A gives two times, so neither is its only one; the first of each lead meets
    assert _time_findings(A, B) == ["at about 4.10am / shortly after 7am"]


def test_a_time_told_as_a_bound_is_no_lead_time() -> None:
    bound = B.replace("gave way shortly after 7am", "was shut by 7am")
    assert _time_findings(A, bound) == []


def test_a_plan_is_no_deed() -> None:
    plan = B.replace(
        "The old gate at the Orrin dam gave way", "Engineers were due to open the gate"
    )
    assert _time_findings(A, plan) == []


def test_a_beginning_and_an_end_are_two_moments() -> None:
    began = A.replace("A sluice gate on the Orrin reservoir buckled", "The drill began")
    ended = B.replace("The old gate at the Orrin dam gave way", "The drill ended")
    assert _time_findings(began, ended) == []


def test_a_time_far_into_the_article_is_not_the_leads() -> None:
    later = B.replace(
        "The old gate at the Orrin dam gave way shortly after 7am on Monday.",
        "The old gate at the Orrin dam gave way on Monday. Water covered 30 fields. "
        "Four roads shut. Two schools closed. Nine buses stopped. Herders lost 12 sheep. "
        "A shepherd saw water shortly after 7am.",
    )
    assert _time_findings(A, later) == []


DAY_A = (
    "---\noutlet: Lakeside Daily\ntitle: Ferry hits pier\npublished: 2026-09-17\n---\n"
    "A passenger ferry struck the Marlow pier on Tuesday, injuring four people, "
    "the harbour office said. Divers inspected the hull. "
    "The pier will reopen on 2 October.\n"
)
DAY_B = (
    "---\noutlet: Shore Gazette\ntitle: Pier closed after crash\npublished: 2026-09-17\n---\n"
    "Several travellers were hurt in a collision at the Marlow landing stage "
    "on Monday, 14 September. "
    "The vessel's hull was checked by divers.\n"
)


HURT = (
    "Several travellers were hurt in a collision at the Marlow landing stage "
    "on Monday, 14 September."
)


def _date_findings(a: str, b: str) -> list[str]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        f"{al.members[0].text} / {al.members[-1].text}"
        for al in comparison.alignments
        if al.kind == "date" and al.verdict == Verdict.DIFFER
    ]


def test_the_first_lead_days_of_two_articles_differ() -> None:
    # no word of the two happenings' sentences in common besides the town
    assert _date_findings(DAY_A, DAY_B) == ["on Tuesday / on Monday, 14 September"]


def test_a_day_told_as_a_start_of_a_stretch_is_no_lead_day() -> None:
    start = DAY_B.replace(
        HURT,
        "Repairs at the Marlow landing stage run from Monday, 14 September.",
    )
    assert _date_findings(DAY_A, start) == []


def test_a_standing_as_of_a_day_is_no_lead_day() -> None:
    standing = DAY_B.replace(
        HURT,
        "This is what we knew as of Monday, 14 September.",
    )
    assert _date_findings(DAY_A, standing) == []


def test_a_state_going_on_is_no_happening() -> None:
    going_on = DAY_B.replace(
        "Several travellers were hurt in a collision at the Marlow landing stage",
        "The Marlow landing stage was still closed",
    )
    assert _date_findings(DAY_A, going_on) == []


def test_two_lead_days_further_apart_than_a_week_are_two_happenings() -> None:
    # A tells a second day of its own, so neither article's day is its only one
    second = DAY_A.replace("Divers inspected the hull.", "Divers inspected the hull on Wednesday.")
    assert _date_findings(second, DAY_B) == ["on Tuesday / on Monday, 14 September"]
    trial = DAY_B.replace("on Monday, 14 September", "on 14 August 2026")
    assert _date_findings(second, trial) == []
