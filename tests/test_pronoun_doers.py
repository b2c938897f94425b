"""The doer behind "he" / "she" and behind "who" (compare.extract.doers and the
relative clause of compare.extract.frames): the one person named just before,
never one of two. Articles written here."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.extract import extract_claims
from compare.ingest import Source

PUBLISHED = "---\npublished: 2026-10-08\n---\n\n"


def _actors(text: str) -> dict[str, str | None]:
    """Each statement's first words → its doer (the person a pronoun stands for) or
    else its frame's actor, as written."""
    found: dict[str, str | None] = {}
    for claim in extract_claims(Source.from_text(text, id="x.md")):
        if claim.kind.value == "statement" and claim.frame is not None:
            actor = claim.frame.doer or claim.frame.actor
            found[" ".join(claim.text.split()[:3])] = actor.text if actor else None
    return found


def test_he_takes_the_one_person_named_before() -> None:
    text = "Marcus Ellis scored 34 points on Friday. He hit the go-ahead three-pointer late."
    assert _actors(text)["He hit the"] == "Marcus Ellis"


@pytest.mark.parametrize(
    "text",
    [
        # two people named: either may be "he"
        "Tomas Ribeiro passed to Kwame Asante. He hit the post from ten yards.",
        # a surname the article never gives in full is a person too
        "Ellis passed to Jalen Brooks. He hit the go-ahead three-pointer.",
        # a person noun between the name and the pronoun
        "Marcus Ellis fouled the guard late on. He hit the go-ahead three-pointer.",
        # a pronoun inside a quotation points anywhere
        'Coach Dana Price was pleased. "He hit the shot of his life," she said.',
        # nobody named within two sentences
        "The storm passed. The roads flooded. Power failed. He hit the switch.",
    ],
)
def test_a_pronoun_with_no_single_antecedent_stays(text: str) -> None:
    assert _actors(text).get("He hit the", "He") == "He"


def test_who_gives_its_antecedent_as_the_doer() -> None:
    text = "The man who robbed the bank fled on foot, police said."
    assert _actors(text)["The man who"] == "The man"


def _statements(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a.md": PUBLISHED + a, "b.md": PUBLISHED + b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]


A_SHOT = (
    "Two officers went to the laundromat on Fifth Avenue. Officer Kevin Marsh fired the "
    "first shot at the suspect, police said."
)


def test_a_pronoun_for_another_doer_is_an_actor_conflict() -> None:
    b = (
        "Officer Ryan Castillo reached the parking lot first. He fired the first shot at the "
        "suspect, the department said."
    )
    found = _statements(A_SHOT, b)
    assert (Verdict.DIFFER, Conflict.ACTOR) in found
    assert (Verdict.AGREE, None) not in found


def test_a_pronoun_for_the_same_doer_agrees() -> None:
    b = (
        "Officer Kevin Marsh reached the parking lot first. He fired the first shot at the "
        "suspect, the department said."
    )
    assert _statements(A_SHOT, b) == [(Verdict.AGREE, None)]


def test_a_figure_told_of_a_resolved_pronoun_is_still_compared() -> None:
    a = "Marcus Ellis scored 34 points and the Portland Owls beat the Sacramento Hawks 112-104."
    b = "Marcus Ellis was the difference again. He scored 43 points, including 15 in the fourth."
    comparison = compare_texts({"a.md": PUBLISHED + a, "b.md": PUBLISHED + b})
    numbers = [
        (al.verdict, al.conflict, tuple(m.text for m in al.members))
        for al in comparison.alignments
        if al.kind == "number"
    ]
    assert (Verdict.DIFFER, Conflict.FIGURE, ("34", "43")) in numbers
