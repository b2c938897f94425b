"""Dates and times become claims, resolved against the article's publication date."""

from __future__ import annotations

import pytest

from compare import Source
from compare.extract import Date, Number, Time, extract_claims


def dates_of(text: str, published: str = "") -> list[Date]:
    header = f"---\npublished: {published}\n---\n" if published else ""
    claims = extract_claims(Source.from_text(header + text), qualifiers=True)
    return [c for c in claims if isinstance(c, Date)]


def times_of(text: str) -> list[Time]:
    return [
        c for c in extract_claims(Source.from_text(text), qualifiers=True) if isinstance(c, Time)
    ]


def test_weekday_resolved_against_the_publication_date() -> None:
    # 13 January 2022 was a Thursday: the Tuesday before it is the 11th.
    [date] = dates_of("The envoys met on Tuesday in a hotel by the river.", "2022-01-13")
    assert date.text == "on Tuesday"
    assert date.value == "2022-01-11"
    assert date.basis == "weekday"
    assert date.frame is not None and date.frame.lemma == "meet"


def test_weekday_without_publication_date_stays_unresolved() -> None:
    [date] = dates_of("The envoys met on Tuesday in a hotel by the river.")
    assert date.value is None


def test_last_weekday_is_strictly_before_and_future_tense_looks_ahead() -> None:
    [last] = dates_of("The envoys met last Thursday in a hotel.", "2022-01-13")
    assert last.value == "2022-01-06"
    [ahead] = dates_of("The envoys will meet again on Monday in a hotel.", "2022-01-13")
    assert ahead.value == "2022-01-17"


def test_future_weekday_of_the_day_of_writing_is_that_day() -> None:
    # 13 January 2022 was a Thursday: a Thursday paper's "will ... Thursday" is that
    # day, as news names the day of writing by its weekday; "next Thursday" a week on
    [same] = dates_of("The museum will reopen at noon Thursday.", "2022-01-13")
    assert same.value == "2022-01-13"
    [next_] = dates_of("The museum will reopen next Thursday.", "2022-01-13")
    assert next_.value == "2022-01-20"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The bridge opened on 8 June 2013 after years of delay.", "2013-06-08"),
        ("The bridge opened on June 8, 2013, after years of delay.", "2013-06-08"),
        ("The bridge opened in June 2013 after years of delay.", "2013-06"),
        ("The bridge opened in 2013 after years of delay.", "2013"),
        # the preposition may open the sentence
        ("In 2013, the bridge opened after years of delay.", "2013"),
        ("Since 2013 the bridge has been closed twice.", "2013"),
        # a year before what it dates
        ("The bridge replaced a 1967 ferry service across the bay.", "1967"),
        ("It was the club's best side since the Rovers' 1987 League team.", "1987"),
    ],
)
def test_explicit_dates(sentence: str, value: str) -> None:
    [date] = dates_of(sentence)
    assert date.value == value
    assert date.basis == "explicit"


def test_day_and_month_take_the_nearest_year() -> None:
    [date] = dates_of("The bridge opened on 28 December after years of delay.", "2022-01-13")
    assert date.value == "2021-12-28"


def test_yesterday_is_the_day_before_publication() -> None:
    [date] = dates_of("The bridge reopened yesterday after repairs.", "2022-03-01")
    assert date.value == "2022-02-28"
    assert date.basis == "relative"


def test_a_year_is_not_a_counted_quantity_in_the_frame() -> None:
    claims = extract_claims(
        Source.from_text("The plant closed in 2019 and 300 workers left."), qualifiers=True
    )
    dates = [c for c in claims if isinstance(c, Date)]
    assert [d.value for d in dates] == ["2019"]
    workers = next(c for c in claims if isinstance(c, Number) and "300" in c.text)
    assert workers.frame is not None and workers.frame.lemma == "leave"


def test_date_fills_frame_of_claims_in_its_clause() -> None:
    source = Source.from_text(
        "---\npublished: 2022-01-13\n---\nGunmen killed four guards on Tuesday at the depot."
    )
    number = next(c for c in extract_claims(source, qualifiers=True) if isinstance(c, Number))
    assert number.frame is not None
    assert number.frame.date is not None and number.frame.date.text == "on Tuesday"
    assert number.frame.date_value == "2022-01-11"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The blast happened at 3.45pm near the station.", "15:45"),
        ("The blast happened at 15:45 near the station.", "15:45"),
        ("The blast happened shortly before 9 p.m. near the station.", "21:00"),
        ("The blast happened at noon near the station.", "12:00"),
        ("The blast happened at midnight near the station.", "00:00"),
        ("The blast happened at 12.30am near the station.", "00:30"),
        ("The blast happened at 9:15 PM near the station.", "21:15"),
        ("The blast happened at 6 A.M. near the station.", "06:00"),
        # the part of the day says which half of the clock an hour is in
        ("The blast happened at 8:05 in the evening near the station.", "20:05"),
        ("The blast happened at 7:30 in the morning near the station.", "07:30"),
        ("The blast happened at 11:15 at night near the station.", "23:15"),
        ("The blast happened at 12:20 at night near the station.", "00:20"),
    ],
)
def test_times(sentence: str, value: str) -> None:
    [found] = times_of(sentence)
    assert found.value == value
    assert found.frame is not None and found.frame.lemma == "happen"


def test_time_zone_is_kept() -> None:
    [found] = times_of("The polls closed at 22:00 GMT across the country.")
    assert found.value == "22:00"
    assert found.zone == "GMT"


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares closed at 10.40 after a quiet session.",
        "The home side won 3-1 and the lap record stands at 1:36.6 this year.",
        "Inflation rose 2.5 percent in the year to March.",
    ],
)
def test_prices_scores_and_decimals_are_not_times(sentence: str) -> None:
    assert times_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The plane dropped a 2000 pound bomb on the depot.",
        "The firm's 2000 workers went on strike.",
    ],
)
def test_a_figure_before_a_measure_or_after_a_determiner_is_no_year(sentence: str) -> None:
    assert dates_of(sentence) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ferry sailed at 17:06 pm local time.", "17:06"),
        ("The polls closed at 21:30 pm on Sunday.", "21:30"),
        ("The ferry sailed at 5:06 pm local time.", "17:06"),
    ],
)
def test_a_needless_pm_after_a_24_hour_time_is_not_read_as_its_minutes(
    text: str, value: str
) -> None:
    # "17:06 pm" once gave "06 pm", 18:00, and a false clock-time conflict with "5:06 p.m."
    assert [t.value for t in times_of(text)] == [value]


def test_a_weekday_of_last_or_next_week_is_that_calendar_week() -> None:
    # 13 January 2022 was a Thursday: "Tuesday of last week" is the 4th, not the 11th
    [last] = dates_of("The strike began on Tuesday of last week at the depot.", "2022-01-13")
    assert last.value == "2022-01-04"
    [ahead] = dates_of("Talks resume on Monday of next week in the city.", "2022-01-13")
    assert ahead.value == "2022-01-17"
