"""The day a new price or rule starts to hold, told as its coming into force or as
people starting to act on it (compare.align.onsets). Articles written here."""

from __future__ import annotations

import pytest

from compare import Verdict, compare_texts

PUBLISHED = "---\npublished: 2026-06-12\n---\n\n"
FILLER_A = "Officials gave few other details. The office was closed by the evening."
FILLER_B = "Nobody answered calls on Thursday night. More changes are expected."


def _differs(a: str, b: str) -> bool:
    comparison = compare_texts(
        {"a.md": PUBLISHED + a + " " + FILLER_A, "b.md": PUBLISHED + b + " " + FILLER_B}
    )
    return any(al.kind == "date" and al.verdict == Verdict.DIFFER for al in comparison.alignments)


ONE_ONSET = [
    (
        "The new parking fees take effect on Sept. 1.",
        "Motorists will start paying the fees on Oct. 1.",
    ),
    (
        "The higher tariff comes into force on 1 September.",
        "Households will begin paying the higher tariff on 1 October.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ONE_ONSET)
def test_coming_into_force_and_starting_to_pay_are_one_onset(a: str, b: str) -> None:
    assert _differs(a, b)


APART = [
    # another noun: another thing starting
    (
        "The new parking fees take effect on Sept. 1.",
        "Drivers will start paying the tolls on Oct. 1.",
    ),
    # a coming into force done, against a plan
    (
        "The new parking fees took effect on Sept. 1.",
        "Motorists will start paying the fees on Oct. 1.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_another_thing_or_a_deed_done_stays_apart(a: str, b: str) -> None:
    assert not _differs(a, b)


def test_the_same_onset_agrees() -> None:
    comparison = compare_texts(
        {
            "a.md": PUBLISHED + ONE_ONSET[0][0] + " " + FILLER_A,
            "b.md": PUBLISHED + ONE_ONSET[0][1].replace("Oct. 1", "Sept. 1") + " " + FILLER_B,
        }
    )
    assert not any(al.verdict == Verdict.DIFFER for al in comparison.alignments)
