"""A plan word dates a plan only in the clause of the day or time it is read with
(compare/align/event_times.planned): "began on Monday ... and is due to run for ten
days" tells a beginning that happened; "told the exchange at 7am that the chief would
step down" tells a saying that happened. A plan word before the day, or in its own
clause, still makes it a plan. Articles written here."""

from __future__ import annotations

import pytest
from test_event_times import _differs, _kinds

from compare.align.event_times import planned
from compare.extract import extract_claims
from compare.extract.claims import Date, Time
from compare.ingest import Source

PUBLISHED = "---\npublished: 2026-10-08\n---\n\n"


def _first_dated(sentence: str) -> Date | Time:
    claims = extract_claims(Source.from_text(PUBLISHED + sentence, id="a"))
    return next(c for c in claims if isinstance(c, (Date, Time)))


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry service began on Monday in the north, and is due to run for ten days.",
        "The firm told the exchange at 7am on Friday that its chief would step down.",
        "The dam gave way at 4 a.m., which was sooner than engineers expected.",
    ],
)
def test_a_plan_in_a_later_clause_is_not_the_day_s(sentence: str) -> None:
    assert not planned(_first_dated(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry service is due to begin on Monday in the north.",
        "The vote is expected on Monday.",
        "Crews will walk out from Tuesday 10 March.",
        "The council expects work to begin on 11 January.",
        "Engineers plan to reopen the bridge at 6 a.m. on Monday.",
        "The new rates take effect March 1.",
        "The match was set to start at 3pm, but rain fell.",
        "The cup final is set for 12 May, and the winners will take home a trophy.",
        "The recital has been rescheduled for 2 June, with the tour going ahead as planned.",
        # no deed told done in the day's clause: the later plan word tells its time
        "The strike starts on Monday and will last three days.",
        "The final on Saturday, which will be played behind closed doors, is sold out.",
        "The ferry leaves Hull on Monday and is due to reach Rotterdam on Tuesday.",
        # a forecast is an expectation: the day meant, not the day it happened
        "The storm is forecast to make landfall on Tuesday.",
        "The outbreak is likely to peak on 3 June, officials said.",
        "Sales were projected to pass a million units on 1 May.",
    ],
)
def test_a_plan_in_the_day_s_clause_is_a_plan(sentence: str) -> None:
    assert planned(_first_dated(sentence))


def test_a_beginning_told_beside_a_later_plan_meets_its_other_day() -> None:
    a = "The vaccine drive began on Monday in the harbour district, and is due to last a week."
    b = "The vaccine drive began on Tuesday in the harbour district."
    assert _differs(_kinds(a, b), "date")


def test_a_day_opening_the_sentence_before_its_past_verb_is_no_plan() -> None:
    # the day's clause tells the deed done after the day: the later "will" is another clause's
    assert not planned(
        _first_dated("On Monday the tanker docked at Rotterdam, and will stay a week.")
    )
