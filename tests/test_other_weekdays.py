"""Two texts that name different weekdays tell two days (compare.align.frames.
other_weekdays), read one way by the frame comparison, the event times and the
sentence checks. Phrasings written here."""

from __future__ import annotations

import pytest

from compare.align.frames import other_weekdays


@pytest.mark.parametrize(
    ("a", "b", "two"),
    [
        ("on Saturday", "on Monday", True),
        ("Saturday morning", "late on Friday night", True),
        ("on Saturday", "Saturday morning", False),  # one day, other words
        ("on Saturday", "last week", False),  # nothing to tell them apart
        ("last week", "on Tuesday", False),
        ("on Monday or Tuesday", "on Tuesday", False),  # a day in common
        ("June 24", "June 25", False),  # no weekday: other rules read month-days
        ("WEDNESDAY", "on Thursday", True),
    ],
)
def test_other_weekdays(a: str, b: str, two: bool) -> None:
    assert other_weekdays(a, b) is two
    assert other_weekdays(b, a) is two
