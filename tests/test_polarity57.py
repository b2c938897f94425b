"""Opposite predicates read through forms the antonym table's suffix rules miss
(issue 13, stop 57), on sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict
from compare.align.antonyms import lemmas, opposite
from tests.conftest import statement_findings


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("grew", "grow"),  # an irregular form of a verb that stands for "increase"
        ("shrank", "shrink"),
        ("banned", "ban"),  # a doubled consonant before -ed / -ing
        ("shutting", "shut"),
        ("upheld", "uphold"),
    ],
)
def test_forms_the_suffix_rules_miss_are_read(form, lemma):
    assert lemma in lemmas(form)


def test_words_of_no_verb_with_an_opposite_get_no_reading():
    assert lemmas("cabinet") == frozenset()
    assert lemmas("went") == frozenset()  # "go" has no opposite in the table


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("grew", "shrank"),
        ("banned", "allowed"),
        ("upheld", "overturned"),
    ],
)
def test_irregular_and_doubled_forms_are_opposites(a, b):
    assert opposite(a, b)
    assert opposite(b, a)


def test_one_membership_grew_and_shrank_is_an_opposite():
    found = statement_findings(
        "Membership of the rowing club grew sharply last year, the treasurer told members.",
        "Membership of the rowing club shrank sharply last year, the treasurer told members.",
        Conflict.OPPOSITE,
    )
    assert found and all(al.verdict == Verdict.DIFFER for al in found)


def test_one_club_grew_twice_is_no_opposite():
    found = statement_findings(
        "Membership of the rowing club grew sharply last year, the treasurer told members.",
        "Membership of the rowing club grew quickly last year, the treasurer told members.",
        Conflict.OPPOSITE,
    )
    assert found == []
