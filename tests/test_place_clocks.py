"""A clock time told without a zone, or in "local time", is read on the clock of the
country or city its article names (compare.extract.place_clocks), so that it meets a
time told in GMT or UTC: one moment agrees, two moments differ. Articles written here,
on other stories than the sets'."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import time_verdicts

from compare import Conflict, Verdict
from compare.extract.place_clocks import named_zones, place_zone
from compare.extract.temporal import find_times

PUBLISHED = "---\npublished: 2026-10-08\n---\n\n"
DAY = dt.date(2026, 10, 8)


def _times(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    return time_verdicts(a, b, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Flooding in Nepal closed roads around Kathmandu.", "Asia/Kathmandu"),
        ("The ferry from Lagos sank in the lagoon.", "Africa/Lagos"),
        # Malaysia's two zones lie on one offset
        ("Flights across Malaysia were held.", "Asia/Kuala_Lumpur"),
        # two offsets, or a country of several: no clock
        ("The envoy flew from Tokyo to London for the talks.", None),
        ("Stocks fell across the United States on the news.", None),
        ("A dam burst above the village of Koto.", None),
        # a name inside a longer name is not read
        ("The governor of New Jersey spoke.", None),
    ],
)
def test_the_clock_of_the_places_an_article_names(text: str, zone: str | None) -> None:
    assert place_zone(text, "", DAY) == zone


def test_a_dateline_in_capitals_names_its_city() -> None:
    assert named_zones("The market reopened.", "KUALA LUMPUR") == {"Asia/Kuala_Lumpur"}


def test_a_four_digit_time_in_gmt_keeps_its_zone() -> None:
    assert [f.zone for f in find_times("The generator failed at 0912 GMT, staff said.", 0)] == [
        "GMT"
    ]


LAGOS_A = (
    "LAGOS — A fire swept through a fabric market in Lagos on Wednesday, traders said. "
    "The fire at the fabric market broke out at 3 p.m. near the main gate."
)


def test_a_local_time_and_its_gmt_agree() -> None:
    # Lagos is UTC+1 all year: 3 p.m. there is 14:00 GMT
    b = "The fire at the fabric market broke out at 14:00 GMT near the main gate."
    assert _times(LAGOS_A, b) == [(Verdict.AGREE, None)]


def test_a_local_time_and_another_gmt_time_differ() -> None:
    b = "The fire at the fabric market broke out at 16:00 GMT near the main gate."
    assert (Verdict.DIFFER, Conflict.TIME) in _times(LAGOS_A, b)


def test_local_time_words_read_on_the_place_clock() -> None:
    a = (
        "Rain cut power across Nepal on Wednesday. "
        "The substation in the valley tripped at 6.40am local time, engineers said."
    )
    b = "The substation in the valley tripped at 01:55 UTC, engineers said."
    # 6.40am in Nepal (UTC+5:45) is 00:55 UTC
    assert (Verdict.DIFFER, Conflict.TIME) in _times(a, b)


def test_an_article_of_no_one_clock_stays_undecided() -> None:
    a = (
        "Delegates from Japan and Britain met at the summit. "
        "The summit session opened at 3 p.m. in the main hall."
    )
    b = "The summit session opened at 09:00 GMT in the main hall."
    assert (Verdict.DIFFER, Conflict.TIME) not in _times(a, b)


def test_two_times_of_one_article_clock_compare_as_told() -> None:
    # two bare times: the place clock plays no part (both read on it, or neither)
    a = "Storms hit Nepal. The landslide blocked the highway at 4 p.m., police said."
    b = "The landslide blocked the highway at 4 p.m., police said."
    assert _times(a, b) == [(Verdict.AGREE, None)]
