"""One figure of things named by two synonyms ("three diggers" / "three excavators")
is one count; one noun in two forms, or differing figures, are not paired so.
Sentences written for these tests."""

from __future__ import annotations

from conftest import compare_on_a_friday as compare
from conftest import number_verdicts

from compare.align.synonym_counts import two_synonyms


def test_one_figure_of_two_synonyms_agrees() -> None:
    # "two" is told twice in each article, so no rule of figures told once ties them
    comparison = compare(
        "The landslide buried three houses in Kirkton. Crews have just two mechanical "
        "diggers at the slip. Two roads were shut.",
        "The landslide buried three houses in Kirkton. Only two excavators had got up "
        "the damaged track by Friday. Two bridges were shut.",
    )
    assert ("agree", ["two", "two"]) in number_verdicts(comparison)


def test_two_figures_of_two_synonyms_are_not_paired() -> None:
    comparison = compare(
        "The landslide buried three houses in Kirkton. Crews have just two mechanical "
        "diggers at the slip. Two roads were shut.",
        "The landslide buried three houses in Kirkton. Only four excavators had got up "
        "the damaged track by Friday. Two bridges were shut.",
    )
    assert ("agree", ["three", "three"]) in number_verdicts(comparison)
    assert all("four" not in members for _, members in number_verdicts(comparison))


def test_synonyms_are_two_nouns() -> None:
    assert two_synonyms("families", "households")
    assert not two_synonyms("judge", "judges")  # one noun in two forms
    assert not two_synonyms("ambulances", "vehicles")  # a kind of the other
