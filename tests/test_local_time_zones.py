"""“Local time” after a clock time is no zone of its own (compare.align.when_where.zone_of):
an article tells the place's own clock unless it says otherwise, so "3:42 a.m. local
time" and "5:12 a.m." are two readings of one clock, while GMT, UTC or ET stay zones
of their own (read in UTC by compare.extract.zones when both are known). Articles written here."""

from __future__ import annotations

import pytest
from conftest import time_verdicts

from compare import Conflict, Verdict
from compare.extract.temporal import find_times

PUBLISHED = "---\npublished: 2026-10-08\n---\n\n"
FILLER_A = "Officials gave few other details. The area was quiet by the evening."
FILLER_B = "Nobody answered calls on Thursday night. More reports are expected."


def _times(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    return time_verdicts(a, b, PUBLISHED, " " + FILLER_A, " " + FILLER_B)


@pytest.mark.parametrize(
    "a",
    [
        "The quake struck at 3:42 a.m. local time, waking the valley.",
        "The quake struck at 3:42 a.m. local, waking the valley.",
    ],
)
def test_local_time_against_a_time_with_no_zone_is_one_clock(a: str) -> None:
    b = "The earthquake hit at 5:12 a.m., residents said."
    assert (Verdict.DIFFER, Conflict.TIME) in _times(a, b)


def test_local_time_and_the_same_time_with_no_zone_agree() -> None:
    a = "The quake struck at 3:42 a.m. local time."
    b = "The earthquake hit at 3:42 a.m., residents said."
    assert _times(a, b) == [(Verdict.AGREE, None)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The quake struck at 3:42 a.m. GMT.", "The earthquake hit at 5:12 a.m. local time."),
        # an open zone ("IST": India's, Ireland's, Israel's) is read in no other
        ("The quake struck at 3:42 a.m. IST.", "The earthquake hit at 5:12 a.m. GMT."),
    ],
)
def test_named_zones_stay_zones(a: str, b: str) -> None:
    assert (Verdict.DIFFER, Conflict.TIME) not in _times(a, b)


def test_two_zones_read_in_utc_differ() -> None:
    # ET on 8 October is UTC-4: 07:42 GMT, not 5:12 (compare.extract.zones)
    a = "The quake struck at 3:42 a.m. ET."
    b = "The earthquake hit at 5:12 a.m. GMT."
    assert (Verdict.DIFFER, Conflict.TIME) in _times(a, b)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("at 3 p.m. local, police said", "local"),
        ("at 3 p.m. local residents gathered", None),
        ("at 3 p.m. ET on Friday", "ET"),
        ("at 5 p.m. Eastern time", "Eastern time"),
    ],
)
def test_zone_words_after_a_clock_time(text: str, zone: str | None) -> None:
    assert [f.zone for f in find_times(text, 0)] == [zone]
