"""A zone abbreviation several clocks share ("IST": India's, Ireland's, Israel's;
"CST": China's or America's Central) is read on the one of them its article's place
keeps (compare/extract/zones.open_zone), so that "7 pm IST" in a story from India meets
"2.30 pm UK time". Articles written here, on other stories than the sets'."""

from __future__ import annotations

import datetime as dt

from conftest import time_verdicts

from compare import Conflict, Verdict
from compare.extract.zones import open_zone

PUBLISHED = "---\npublished: 2026-11-09\n---\n\n"
DAY = dt.date(2026, 11, 9)


def test_an_open_zone_takes_the_reading_of_the_article_place() -> None:
    assert open_zone("IST", "Asia/Kolkata", DAY) == "Asia/Kolkata"
    assert open_zone("IST", "Europe/Dublin", DAY) == "Europe/Dublin"
    assert open_zone("CST", "Asia/Shanghai", DAY) == "Asia/Shanghai"


def test_an_open_zone_stays_open_without_a_fitting_place() -> None:
    assert open_zone("IST", None, DAY) is None
    assert open_zone("IST", "Asia/Tokyo", DAY) is None  # none of its readings
    assert open_zone("GMT", "Asia/Kolkata", DAY) is None  # no open zone


CHENNAI_A = (
    "Heavy rain fell across Chennai in India on Sunday. "
    "The ferry service across the harbour resumed at 6 pm IST, officials said."
)


def test_a_moment_in_an_open_zone_meets_one_in_a_named_zone() -> None:
    # 6 pm in India (UTC+5:30) is 12:30 UTC, 12:30 in London in November
    b = "The ferry service across the harbour resumed at 1.45 pm UK time, officials said."
    assert (Verdict.DIFFER, Conflict.TIME) in time_verdicts(CHENNAI_A, b, PUBLISHED)
    same = "The ferry service across the harbour resumed at 12.30 pm UK time, officials said."
    assert time_verdicts(CHENNAI_A, same, PUBLISHED) == [(Verdict.AGREE, None)]


def test_an_open_zone_in_an_article_of_no_place_stays_undecided() -> None:
    a = "The ferry service across the harbour resumed at 6 pm IST, officials said."
    b = "The ferry service across the harbour resumed at 1.45 pm UK time, officials said."
    assert (Verdict.DIFFER, Conflict.TIME) not in time_verdicts(a, b, PUBLISHED)
