"""A dotted clock time ("20.30", "4.30") after a word of time is a clock time when it is
told as one: with its part of the day, or on its own with no noun after it and no word
of level before it. A dotted price stays a number. Sentences written here, from no set."""

from __future__ import annotations

import pytest
from conftest import kind_verdicts

from compare import Verdict
from compare.extract.temporal import find_times


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The roof fell in at around 4.30 in the morning, neighbours said.", "04:30"),
        ("The first train crossed the bridge just after 9.15 in the evening.", "21:15"),
        ("Kick-off was at 19.45.", "19:45"),
        ("The treaty was signed on Friday at 11.00 at the foreign ministry.", "11:00"),
        ("The power came back shortly before 06.10, the utility said.", "06:10"),
    ],
)
def test_a_dotted_time_told_as_a_time_is_read(sentence: str, value: str) -> None:
    assert [f.value for f in find_times(sentence, 0)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Petrol sells for about 1.85 euros a litre in the north.",
        "The shares closed at 14.20.",
        "The bonds were priced at 9.75 pounds each.",
        "Analysts put the rate at 3.25 for next year.",
        "The index stood at 12.40 on Friday.",
    ],
)
def test_a_dotted_price_or_level_is_no_time(sentence: str) -> None:
    assert find_times(sentence, 0) == []


# Five pairs of one deed at two hours, one of them dotted.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The match started at 20.30 in Split.", "The match started at 7pm in Split."),
        (
            "Throw-off was at 16.45 in the new arena.",
            "The match threw off at 4.15pm in the new arena.",
        ),
        ("The levee broke at around 2.30 in the morning.", "The levee broke at 5am."),
        ("The ferry docked at 22.10 in Oban.", "The ferry docked at 8.40pm in Oban."),
        ("The ceasefire took effect at 06.00, the army said.", "The ceasefire took effect at 9am."),
    ],
)
def test_one_deed_at_two_hours_is_no_agreement(a: str, b: str) -> None:
    assert Verdict.AGREE not in kind_verdicts(a, b, "statement") + kind_verdicts(a, b, "time")
    assert Verdict.DIFFER in kind_verdicts(a, b, "time")
