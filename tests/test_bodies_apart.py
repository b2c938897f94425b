"""One deed of a body on one side and of a named person of no word of it on the
other: never ✓ (bodies_apart.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import first_statement

from compare.align.bodies_apart import bodies_apart
from compare.align.statement_judge import judge_statements


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The national seismology institute raised the alert to its top level on Monday.",
            "Regional governor Ana Ruiz raised the alert to the highest level within the hour.",
        ),
        (
            "The water company lifted the hosepipe ban after a week of heavy rain.",
            "Environment Secretary Tom Baird lifted the hosepipe ban after the rain.",
        ),
    ],
)
def test_a_body_and_a_person_of_no_word_of_it(a: str, b: str) -> None:
    first, second = first_statement(a), first_statement(b)
    assert bodies_apart(first, second)
    assert bodies_apart(second, first)
    assert judge_statements([first, second]).unchecked


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the person's post is of the body's family
        (
            "The health ministry raised the alert level on Monday.",
            "Health Minister Ana Ruiz raised the alert level on Monday.",
        ),
        # the person named on both sides
        (
            "The institute, led by Ana Ruiz, raised the alert on Monday.",
            "Director Ana Ruiz raised the alert on Monday.",
        ),
        # a named firm, no person
        (
            "The company has received 41 complaints of kettles leaking.",
            "Kettlewell has received nearly 40 complaints of kettles leaking.",
        ),
        # speech is the speaker rules' business
        (
            "The institute said the volcano could erupt again within days.",
            "Director Ana Ruiz said the volcano could erupt again within days.",
        ),
        # a group of people against a person: group_doers' business
        (
            "Police arrested the driver at the scene on Friday.",
            "Sergeant Dana Klee arrested the driver at the scene on Friday.",
        ),
    ],
)
def test_one_doer_or_not_this_rule(a: str, b: str) -> None:
    first, second = first_statement(a), first_statement(b)
    assert not bodies_apart(first, second)
    assert not bodies_apart(second, first)
