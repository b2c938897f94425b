"""A plural without a final "s" ends the counted noun phrase, as a regular plural
does (compare.extract.number_units): "30 people needed hospital care" counts people,
not "people needed hospital". Sentences written here."""

from __future__ import annotations

import pytest

from compare import Source, Verdict, compare_texts
from compare.extract import Number, extract_claims


def _units(text: str) -> dict[str, str | None]:
    claims = extract_claims(Source.from_text(text, id="t"))
    return {c.text: c.unit for c in claims if isinstance(c, Number)}


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("More than 30 people needed hospital care after the heat.", "More than 30", "people"),
        ("Nearly 300 people needed medical help on Sunday.", "Nearly 300", "people"),
        ("The collision left two people dead.", "two", "people"),
        ("Six men faced charges over the brawl.", "Six", "men"),
        ("About 40 women joined the strike on Monday.", "About 40", "women"),
        ("Twelve children missed school for a week.", "Twelve", "children"),
        ("A 600 feet drop lay below the ridge.", "600", "feet"),
        # a phrase with no irregular plural keeps its words as before
        ("Ten riot police officers stood by.", "Ten", "riot police officers"),
    ],
)
def test_an_irregular_plural_ends_the_counted_phrase(sentence: str, figure: str, unit: str) -> None:
    assert _units(sentence)[figure] == unit


def _number_verdicts(a: str, b: str) -> list[Verdict]:
    comparison = compare_texts({"a": a, "b": b})
    return [al.verdict for al in comparison.alignments if al.kind == "number"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "At least 30 people were treated in hospital for smoke inhalation on Friday.",
            "More than 30 people needed hospital care for smoke inhalation, officials said.",
        ),
        (
            "Some 120 people needed shelter after the river burst its banks at Ardley.",
            "The river burst its banks at Ardley and about 120 people were given shelter.",
        ),
    ],
)
def test_one_count_of_people_told_with_a_verb_after_them_is_paired(a: str, b: str) -> None:
    verdicts = _number_verdicts(a, b)
    assert verdicts and Verdict.DIFFER not in verdicts


# Those taken to hospital are counted among the hurt, not the dead (number_clues).
@pytest.mark.parametrize(
    "b",
    [
        "Eight people needed hospital treatment for burns after the Corley depot blast.",
        "Eight people were taken to hospital after the Corley depot blast.",
        "After the Corley depot blast, eight people were treated in hospital.",
    ],
)
def test_people_killed_and_people_in_hospital_stay_apart(b: str) -> None:
    a = "Eight people died in the blast at the Corley depot, police said."
    assert Verdict.AGREE not in _number_verdicts(a, b)
