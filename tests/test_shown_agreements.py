"""Contradictions once shown as ✓: a state a linking verb states ("would stay open")
against its opposite ("will close"), an age set off after a person noun.
Sentences written here."""

from __future__ import annotations

from compare import compare_texts

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def statement_outcomes(a: str, b: str) -> list[tuple[str, str | None]]:
    comparison = compare_texts(
        {"a": PUBLISHED + "The council met on Monday.\n\n" + a, "b": PUBLISHED + b}
    )
    return [
        (al.verdict.value, al.conflict.value if al.conflict else None)
        for al in comparison.alignments
        if al.kind == "statement"
    ]


def test_stay_open_against_close_is_an_opposite() -> None:
    a = "The council said the swimming pool would stay open through the winter."
    b = "The swimming pool will close for the winter, the council said."
    assert ("differ", "opposite") in statement_outcomes(a, b)


def test_stay_open_against_open_agrees() -> None:
    a = "The council said the swimming pool would stay open through the winter."
    b = "The swimming pool will open through the winter, the council said."
    assert ("differ", "opposite") not in statement_outcomes(a, b)


def test_an_age_set_off_after_a_person_noun_is_compared() -> None:
    a = "The driver, 52, was taken to hospital in Dunmore."
    b = "The 25-year-old driver was taken to hospital in Dunmore."
    assert ("differ", "figure") in statement_outcomes(a, b)
