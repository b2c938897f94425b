"""A figure someone asks for against one given or offered (number_facts.wanted): two
parties' figures, which the statement judge neither reports nor shows agreeing.
Sentences written here."""

from __future__ import annotations

import pytest
from conftest import figure_valued, verdicts_of

from compare import Conflict, Verdict
from compare.align.number_facts import asked, wanted


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The nurses' union has asked for an 8 per cent pay rise this spring.", 8),
        ("Residents are demanding 2 million pounds in compensation.", 2_000_000),
        ("The club called for a further 300 seats in the away end.", 300),
    ],
)
def test_a_verb_of_asking_before_the_figure(text: str, value: float) -> None:
    assert asked(figure_valued(text, value))
    assert wanted(figure_valued(text, value))


def test_a_need_is_wanted_but_not_asked() -> None:
    needed = figure_valued("The crews would need about nine weeks to clear the site.", 9)
    assert wanted(needed)
    assert not asked(needed)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The hospital trust has offered the nurses a rise of 4 per cent.", 4),
        ("The council paid 2 million pounds in compensation.", 2_000_000),
        ("The request, filed in May, covered 300 seats.", 300),
    ],
)
def test_no_wanting(text: str, value: float) -> None:
    assert not wanted(figure_valued(text, value))
    assert not asked(figure_valued(text, value))


def test_asked_for_and_offered_is_no_figure_conflict() -> None:
    a = "The nurses' union has asked for an 8 per cent pay rise, citing rents in the city."
    b = "The hospital trust has offered the nurses' union a 4 per cent pay rise."
    assert (Verdict.DIFFER, Conflict.FIGURE) not in verdicts_of(a, b)


def test_a_figure_after_another_clause_is_not_asked_for() -> None:
    text = "She is seeking re-election after winning 52 percent of the vote in 2022."
    assert not asked(figure_valued(text, 52))
