"""The clock time each article's lead gives its story (compare.align.lead_times)."""

from __future__ import annotations

from conftest import differing_texts

from compare import Source, compare_texts
from compare.align.lead_times import lead_event_day, within_a_week
from compare.align.model import Verdict
from compare.align.sentence_claims import NO_SENTENCES as NO
from compare.extract import Date, extract_claims

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
    return differing_texts(a, b, "time")


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
    "A passenger ferry struck the Marlow landing stage on Tuesday, injuring four people, "
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


def _day(text: str) -> Date:
    source = Source.from_text("---\npublished: 2026-09-17\n---\n\n" + text, id="x")
    return next(c for c in extract_claims(source) if isinstance(c, Date))


def test_a_day_told_as_a_start_or_a_standing_is_no_lead_day() -> None:
    assert lead_event_day(_day("The crew docked at the pier on Monday, 14 September."), NO)
    assert not lead_event_day(_day("Repairs run from Monday, 14 September."), NO)
    assert not lead_event_day(_day("This is what we knew as of Monday, 14 September."), NO)


def test_a_state_going_on_is_no_happening() -> None:
    going_on = DAY_B.replace(
        "Several travellers were hurt in a collision at the Marlow landing stage",
        "The Marlow landing stage was still closed",
    )
    assert _date_findings(DAY_A, going_on) == []


def test_two_lead_days_further_apart_than_a_week_are_two_happenings() -> None:
    tuesday = _day("The ferry struck the pier on Tuesday.")
    assert within_a_week(tuesday, _day("The ferry hit the pier on Monday, 14 September."))
    assert not within_a_week(tuesday, _day("The ferry hit the pier on 14 August 2026."))
