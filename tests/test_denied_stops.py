"""A stopping denied ("never stopped", "did not cease") against a sentence that
tells of no stopping: a thing going on, no negation (stopping_verbs). Sentences
written here."""

from __future__ import annotations

import pytest
from conftest import verdicts_of

from compare import Conflict, Verdict
from compare.align.stopping_verbs import stop_denied_against_going_on


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The volunteers never stopped searching, even after dark.",
            "The volunteers kept searching through the night.",
        ),
        (
            "The bakery has not ceased trading since the flood.",
            "The bakery went on trading after the flood.",
        ),
        (
            "Fans of the club haven't stopped singing all season.",
            "Fans sang all season long.",
        ),
    ],
)
def test_a_denied_stop_is_a_thing_going_on(a: str, b: str) -> None:
    assert stop_denied_against_going_on(a, b)
    assert stop_denied_against_going_on(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the other side tells the stopping: the clash itself
        (
            "The mill never stopped production during the strike.",
            "The mill stopped production during the strike.",
        ),
        # no stopping denied
        (
            "The volunteers did not search after dark.",
            "The volunteers searched through the night.",
        ),
    ],
)
def test_no_denied_stop_against_going_on(a: str, b: str) -> None:
    assert not stop_denied_against_going_on(a, b)


def test_the_judge_reads_no_negation() -> None:
    a = "The volunteers never stopped searching the moor, even after dark."
    b = "The volunteers had always kept searching the moor, even after dark."
    assert (Verdict.DIFFER, Conflict.NEGATION) not in verdicts_of(a, b)


def test_a_denial_or_a_stopping_on_the_other_side_is_the_clash() -> None:
    denied = "We never stopped believing in the coach."
    assert not stop_denied_against_going_on(denied, "We never believed in the coach.")
    assert not stop_denied_against_going_on(
        "Work on the dam never stopped during the floods.",
        "Work on the dam was suspended during the floods.",
    )
