"""Each article's only figure of a counted thing: compared even when the sentences
around the two figures share no names or words (compare.align.sole_figures).
Sentences written here, in domains of their own."""

from __future__ import annotations

from compare import Source, Verdict, compare_texts
from compare.align.number_clues import Clues
from compare.align.numbers import unit_key
from compare.align.sole_figures import sole_figures
from compare.extract import Number, extract_claims


def _figure_conflicts(a: str, b: str) -> list[tuple[str, str]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        tuple(m.text for m in al.members)
        for al in comparison.alignments
        if al.kind == "number" and al.verdict == Verdict.DIFFER
    ]


def _numbers(text: str) -> list[Number]:
    return [c for c in extract_claims(Source.from_text(text, id="t")) if isinstance(c, Number)]


def test_one_toll_told_with_other_names_and_verbs_is_a_conflict():
    a = (
        "An avalanche swept over the lodge at Kestrel Pass on Sunday, killing 6 guides, "
        "the Alpine Rescue Service said.\n\nThe road to the pass stays closed."
    )
    b = (
        "Nine guides died when snow buried the lodge in the Varn valley, the mountain "
        "service said.\n\nThe road to the pass stays closed."
    )
    assert ("6", "Nine") in _figure_conflicts(a, b)


def test_one_measured_noun_ties_two_figures():
    a = "Stewards said a queue of 300 metres formed outside the Orla Arena before dawn."
    b = "By daybreak a queue of 500 metres stretched along Mill Road, police said."
    assert ("300", "500") in _figure_conflicts(a, b)


def test_deaths_against_injuries_stay_apart():
    a = "An avalanche swept over the lodge at Kestrel Pass on Sunday, killing 6 guides."
    b = "Fourteen guides were injured when snow buried the lodge in the Varn valley."
    assert _figure_conflicts(a, b) == []


def test_another_period_stays_apart():
    a = "An avalanche swept over the lodge at Kestrel Pass on Sunday, killing 6 guides."
    b = "In 2019, an avalanche in the Varn valley killed nine guides."
    assert _figure_conflicts(a, b) == []


def test_two_verbs_with_nothing_else_in_common_stay_apart():
    # each article's only count of volunteers, but of two things done
    a = "About 40 volunteers sorted donations at the Elm Street depot on Friday."
    b = "The charity said 65 volunteers drove meals to flooded homes in Bexford."
    assert _figure_conflicts(a, b) == []


def test_a_magnitude_is_no_sole_figure():
    numbers = _numbers("Water poured into hundreds of homes in Bexford overnight.")
    outcomes = [Clues.of(n).outcome for n in numbers]
    assert numbers and not sole_figures(numbers, unit_key, outcomes)


def test_two_values_of_one_thing_are_not_sole():
    numbers = _numbers(
        "The depot opened.\n\nAbout 40 volunteers sorted donations on Friday.\n\n"
        "By Saturday, 12 volunteers were still packing boxes."
    )
    outcomes = [Clues.of(n).outcome for n in numbers]
    assert len(numbers) == 2 and not sole_figures(numbers, unit_key, outcomes)
