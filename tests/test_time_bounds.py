"""A time that bounds an act rather than dates it ("by 7 a.m.", "until noon"), and
the gap between two clock times as told, read one way by when_where, event_times and
the sentence checks (compare.align.when_where.a_bound, gap_as_told). Sentences
written here."""

from __future__ import annotations

import pytest

from compare import Source
from compare.align.when_where import a_bound, gap_as_told
from compare.extract import extract_claims
from compare.extract.claims import Date, Time


def _when(sentence: str) -> Time | Date:
    found = [
        c for c in extract_claims(Source.from_text(sentence, id="a")) if isinstance(c, Time | Date)
    ]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "bound"),
    [
        ("The road was reopened by 7 a.m., the council said.", True),
        ("Crews kept digging until noon.", True),
        ("The office is open from 9 a.m. for anyone affected.", True),
        ("Nobody has seen the hiker since 6 p.m.", True),
        ("The two men left the bar after 11 p.m.", True),
        ("The blast happened at 7:15 a.m.", False),
        ("Police arrived shortly before 10 p.m.", False),  # told loosely, not a bound
        ("The plane landed around 4:25 p.m.", False),
        ("The council voted on Tuesday.", False),
    ],
)
def test_a_bound_is_a_time_after_by_until_from_since_or_after(sentence: str, bound: bool) -> None:
    assert a_bound(_when(sentence)) is bound


def _time(sentence: str) -> Time:
    found = _when(sentence)
    assert isinstance(found, Time)
    return found


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [
        ("The alarm sounded at 6:41 p.m.", "The alarm sounded at 6:41 p.m. sharp.", 0),
        ("The alarm sounded at 7 a.m.", "The alarm sounded at 7 p.m.", 12 * 60),
        # no half of the day on one side: the nearer reading, the evening's 6:41
        ("The alarm sounded at 6:41.", "The alarm sounded at 6:50 p.m.", 9),
        ("The ferry left at 11:50 p.m.", "The ferry left at 12:10 a.m.", 20),  # past midnight
        ("The plane landed at 9:15 a.m.", "The plane landed at 10:45 a.m.", 90),
    ],
)
def test_gap_as_told(a: str, b: str, gap: int) -> None:
    assert gap_as_told(_time(a), _time(b)) == gap
    assert gap_as_told(_time(b), _time(a)) == gap
