"""Two towns "in" which one deed was done are compared by the statement judge; a
region, an area's name, a site or a place told by another preposition is left
as before (compare.align.in_towns, sentence_days_places.places_clash)."""

from __future__ import annotations

import pytest
from conftest import judged_statements

from compare.align import Conflict, Verdict
from compare.align.in_towns import in_town
from compare.extract.claims import Place
from compare.ingest.source import Source
from compare.pipeline import extract


def test_two_towns_of_one_deed_are_a_place_conflict() -> None:
    judgement = judged_statements(
        "The treaty was signed in Corwick after two days of talks.",
        "The treaty was signed in Ambleford after two days of talks.",
    )
    assert judgement.verdict == Verdict.DIFFER
    assert judgement.conflict == Conflict.PLACE


def test_one_town_twice_agrees() -> None:
    judgement = judged_statements(
        "The treaty was signed in Corwick after two days of talks.",
        "The treaty was signed in Corwick after long talks.",
    )
    assert judgement.conflict != Conflict.PLACE


@pytest.mark.parametrize(
    "other",
    [
        "in Poland",  # a country of the time-zone table
        "in Texas",  # a name with a people's word ("Texan")
        "in Marlow County",  # an area's own word
        "across north Dalesham",  # not "in": a town may lie across a district
    ],
)
def test_a_region_or_another_preposition_is_no_conflict(other: str) -> None:
    judgement = judged_statements(
        "The treaty was signed in Corwick after two days of talks.",
        f"The treaty was signed {other} after two days of talks.",
    )
    assert judgement.conflict != Conflict.PLACE


def _place(sentence: str) -> Place:
    claims = extract([Source.from_text(sentence, id="x")])[0]
    return next(c for c in claims if isinstance(c, Place))


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("The treaty was signed in Corwick.", True),
        ("The treaty was signed in Dublin.", True),  # a zone's own city is a town
        ("The treaty was signed in Poland.", False),
        ("The treaty was signed in Kessel Province.", False),
        ("The treaty was signed near Corwick.", False),
    ],
)
def test_in_town(sentence: str, town: bool) -> None:
    assert in_town(_place(sentence)) is town
