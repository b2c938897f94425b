"""Clock times told in two named zones are put in UTC (compare.extract.zones) and
compared on one clock: one moment told for two readerships agrees, two moments
differ; each article's only zoned time pairs (compare.align.zoned_times). A zone the
words leave open is never guessed. Articles written here, in domains of their own."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import time_verdicts

from compare import Conflict, Verdict
from compare.extract.temporal import find_times
from compare.extract.zones import utc_clock

WINTER = "---\npublished: 2026-02-10\n---\n\n"
FILLER_A = "The firm gave few other details. Its shares were flat by the close."
FILLER_B = "Analysts were split on the move. More news is expected next month."


def _times(a: str, b: str, head: str = WINTER) -> list[tuple[Verdict, Conflict | None]]:
    return time_verdicts(a, b, head, " " + FILLER_A, " " + FILLER_B)


@pytest.mark.parametrize(
    ("value", "zone", "published", "utc"),
    [
        ("17:17", "Eastern time", dt.date(2026, 11, 23), "22:17"),
        ("17:17", "ET", dt.date(2026, 7, 1), "21:17"),
        ("17:17", "EST", dt.date(2026, 7, 1), "21:17"),  # "EST" in July: the region's clock
        ("22:41", "UK time", dt.date(2026, 7, 1), "21:41"),
        ("21:00", "JST", None, "12:00"),
        ("01:30", "PST", dt.date(2026, 1, 5), "09:30"),
        ("09:42", "GMT", None, "09:42"),
    ],
)
def test_a_named_zone_reads_in_utc(
    value: str, zone: str, published: dt.date | None, utc: str
) -> None:
    assert utc_clock(value, zone, published) == utc


@pytest.mark.parametrize(
    ("zone", "published"),
    [
        ("local time", dt.date(2026, 2, 10)),  # no dateline read: no zone guessed
        ("IST", dt.date(2026, 2, 10)),  # India's, Ireland's or Israel's
        ("CST", dt.date(2026, 2, 10)),  # China's or America's Central
        ("ET", None),  # daylight saving unknown without a date
        ("ET", dt.date(2026, 11, 2)),  # the clocks went back on Nov. 1
        (None, dt.date(2026, 2, 10)),
    ],
)
def test_an_open_zone_gives_no_utc(zone: str | None, published: dt.date | None) -> None:
    assert utc_clock("18:00", zone, published) is None


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("the show ended at 10.41pm UK time", "UK time"),
        ("the polls closed at 8 p.m. Eastern.", "Eastern"),
        ("the polls closed at 8 p.m. Eastern Standard Time", "Eastern Standard Time"),
        ("the ferry left at 7 a.m. Greenwich Mean Time", "Greenwich Mean Time"),
        ("trading opened at 9 a.m. Eastern Europe's markets", None),
    ],
)
def test_zone_words_after_a_clock_time(text: str, zone: str | None) -> None:
    assert [f.zone for f in find_times(text, 0)] == [zone]


def test_a_spelt_zone_reads_in_utc() -> None:
    assert utc_clock("20:00", "Eastern Standard Time", dt.date(2026, 2, 10)) == "01:00"
    assert utc_clock("20:00", "Pacific", dt.date(2026, 2, 10)) == "04:00"


def test_one_moment_in_two_zones_agrees() -> None:
    a = "The software update went live at 9 a.m. Pacific time, the company said."
    b = "Gamers could download the patch at 5pm UK time."
    assert _times(a, b) == [(Verdict.AGREE, None)]


def test_two_moments_in_two_zones_differ() -> None:
    a = "The software update went live at 9 a.m. Pacific time, the company said."
    b = "Gamers could download the patch at 6.30pm UK time."
    assert _times(a, b) == [(Verdict.DIFFER, Conflict.TIME)]


def test_one_clock_reading_in_two_zones_is_no_agreement() -> None:
    a = "The auction closed at 3 p.m. Eastern time with the painting unsold."
    b = "Bidding on the painting ended at 3pm GMT."
    assert (Verdict.AGREE, None) not in _times(a, b)


def test_a_time_with_no_zone_is_not_read_in_another() -> None:
    a = "The software update went live at 9 a.m. Pacific time, the company said."
    b = "Gamers could download the patch at 6.30pm."
    assert _times(a, b) == []


def test_two_zoned_times_in_one_article_do_not_pair_by_being_zoned() -> None:
    a = (
        "The software update went live at 9 a.m. Pacific time, the company said. "
        "A fix followed at 11 a.m. Pacific time."
    )
    b = "Gamers could download the patch at 6.30pm UK time."
    assert _times(a, b) == []
