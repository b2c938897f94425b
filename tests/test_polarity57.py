"""Opposite predicates read through forms the antonym table's suffix rules miss, and
adjectives denied by "un" (issue 13, stop 57), on sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Alignment, Conflict, Verdict, compare_texts
from compare.align.antonyms import lemmas, opposite
from compare.align.prefix_denials import un_denied
from tests.conftest import FILLER_A, FILLER_B, statement_findings


def statement_alignments(a: str, b: str) -> list[Alignment]:
    comparison = compare_texts({"a": FILLER_A + a, "b": FILLER_B + b})
    return [al for al in comparison.alignments if al.kind == "statement"]


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


@pytest.mark.parametrize("word", ["unhurt", "unharmed"])
def test_un_adjectives_of_a_word_are_denials(word):
    assert un_denied(word)


@pytest.mark.parametrize(
    "word", ["union", "under", "uniform", "unique", "until", "unit", "unionized", "undone"]
)
def test_words_that_merely_begin_with_un_are_no_denials(word):
    assert not un_denied(word)


def test_injured_against_unhurt_is_no_agreement():
    verdicts = [
        al.verdict
        for al in statement_alignments(
            "The goalkeeper was injured during the warm-up before kick-off on Saturday.",
            "The goalkeeper was unhurt during the warm-up before kick-off on Saturday.",
        )
    ]
    assert Verdict.AGREE not in verdicts


def test_unhurt_against_another_denial_stays_an_agreement():
    # both sides deny the harm: one fact told two ways
    verdicts = [
        al.verdict
        for al in statement_alignments(
            "The goalkeeper was not injured during the warm-up before kick-off on Saturday.",
            "The goalkeeper was unhurt during the warm-up before kick-off on Saturday.",
        )
    ]
    assert Verdict.DIFFER not in verdicts
