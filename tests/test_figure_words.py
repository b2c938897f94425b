"""Written amounts as one figure (figure_words.py): number words and digits meet in
the mutual-best cosine, and a figure both sentences give ties a mutual-best pair."""

from __future__ import annotations

import pytest

from compare.align.best_agreements import best_agreement_pairs, shared_figures
from compare.align.figure_words import figure_words, figures
from compare.align.mutual_best import cosine, mutual_best, unit_vector
from compare.align.words import words
from tests.test_mutual_best import _articles, _pair_of, _pairs, _read, _shown_as_agreement


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sixty-two apprentices", ["62", "apprentices"]),
        ("ninety thousand tickets", ["90000", "tickets"]),
        ("about 90,000 tickets", ["about", "90000", "tickets"]),
        ("a nine-month delay", ["a", "9", "month", "delay"]),
        ("two dozen lorries", ["24", "lorries"]),
        ("no one was hurt", ["no", "one", "was", "hurt"]),  # a pronoun, not a count
        ("at 7 a.m. and at 7:15 p.m.", ["at", "7am", "and", "at", "7:15pm"]),
    ],
)
def test_written_amounts_become_their_digits(text: str, expected: list[str]) -> None:
    assert figure_words(words(text)) == expected


def test_figures_leave_years_and_clock_times_out() -> None:
    assert figures(words("In 2019 the mill cut 340 jobs at 9 a.m.")) == {"340"}


def test_a_figure_in_words_and_in_digits_is_one_word_of_the_cosine() -> None:
    spelled = unit_vector("The ferry carried sixty-seven cyclists across the estuary.")
    digits = unit_vector("Some 67 riders made the crossing by boat.")
    plain = unit_vector("Some riders made the crossing by boat.")
    assert cosine(spelled, digits) > cosine(spelled, plain)
    assert shared_figures("sixty-seven cyclists", "some 67 riders") == {"67"}


# One fact, its figure spelt out on one side only; the two sentences share no
# other uncommon word that is no name.
SPELT_APART = (
    "Forty-six lorries were stranded on the coast road overnight.",
    "Drivers of 46 trucks spent the night stuck near the shore.",
)


def test_a_figure_told_in_words_and_digits_ties_a_best_agreement() -> None:
    a, b = SPELT_APART
    texts = _articles(a, b)
    statements, sentences = _read(texts)
    pair = _pair_of(statements, a, b)
    best = {(statements[i].text, statements[j].text) for _, i, j in mutual_best(statements)}
    assert pair in best
    assert pair in _pairs(statements, best_agreement_pairs(statements, None, sentences))
    assert _shown_as_agreement(texts, pair)


def test_another_figure_in_words_is_no_agreement() -> None:
    a = "Forty-six lorries were stranded on the coast road overnight."
    b = "Drivers of 64 trucks spent the night stuck near the shore."
    texts = _articles(a, b)
    statements, sentences = _read(texts)
    pair = _pair_of(statements, a, b)
    assert pair not in _pairs(statements, best_agreement_pairs(statements, None, sentences))
    assert not _shown_as_agreement(texts, pair)
