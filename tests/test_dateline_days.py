"""A wire dateline's day ("OSLO, March 3 (Nordwire) -") stamps the story, not the
event of the lead that follows it: the frame takes the clause's own day."""

from __future__ import annotations

import pytest

from compare import Source
from compare.extract import Statement, extract_claims
from compare.extract.dateline_days import dateline_day


def lead_frame_date(text: str) -> str | None:
    source = Source.from_text("---\npublished: 2031-03-05\n---\n" + text)
    claims = extract_claims(source, qualifiers=True)
    statement = next(c for c in claims if isinstance(c, Statement))
    assert statement.frame is not None
    return statement.frame.date.text if statement.frame.date else None


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, March 4 (Nordwire) - A ferry carrying 40 passengers ran aground off the "
        "coast on Monday evening, the operator said.",
        "TAMPERE, Finland, 4 March (FNB) — A ferry carrying 40 passengers ran aground "
        "near the harbour on Monday evening.",
        "LYON, Mar 4 - A ferry carrying 40 passengers ran aground on the river on Monday.",
    ],
)
def test_the_lead_takes_its_own_day_not_the_datelines(text: str) -> None:
    assert (lead_frame_date(text) or "").endswith(("Monday evening", "Monday"))


def test_a_dateline_day_alone_dates_no_event() -> None:
    text = "OSLO, March 4 (Nordwire) - A ferry carrying 40 passengers ran aground off the coast."
    assert lead_frame_date(text) is None


def test_a_day_inside_the_sentence_is_the_events() -> None:
    # no dateline: the day written after the verb is the event's own
    text = "A ferry carrying 40 passengers ran aground off the coast on March 4, police said."
    assert lead_frame_date(text) == "on March 4"


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        ("OSLO, March 4 (Nordwire) - A ferry ran aground.", "March 4", True),
        ("BERGEN, Norway, 4 March - A ferry ran aground.", "4 March", True),
        ("The ferry ran aground on March 4 - the second time this year.", "March 4", False),
        ("Police said March 4 - a Monday - was the busiest day.", "March 4", False),
    ],
)
def test_dateline_day(sentence: str, date: str, expected: bool) -> None:
    start = sentence.index(date)
    assert dateline_day(sentence, 0, start, start + len(date)) is expected
