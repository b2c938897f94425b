"""An ordinal before a name is the player's rank or position ("third Jenna Sauvé",
"second Tom Brewster"), not a verb: the clause's verb and its doer come after it.
After "to" or an auxiliary it is still the verb ("will second the motion")."""

from __future__ import annotations

import pytest

from compare import Source
from compare.extract import Statement, extract_claims


def frame_of(text: str) -> tuple[str | None, str | None]:
    statement = next(c for c in extract_claims(Source.from_text(text)) if isinstance(c, Statement))
    assert statement.frame is not None
    actor = statement.frame.actor
    return statement.frame.lemma, actor.text if actor else None


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("In the last end, third Ada Lindqvist played the winning draw.", "Ada Lindqvist"),
        ("Second Tomas Berg swept the stone into the house.", "Tomas Berg"),
    ],
)
def test_an_ordinal_before_a_name_is_a_rank(text: str, doer: str) -> None:
    lemma, actor = frame_of(text)
    assert lemma in ("play", "sweep")
    assert actor is not None and actor.endswith(doer)


def test_an_ordinal_after_an_auxiliary_is_a_verb() -> None:
    lemma, _ = frame_of("Councillor Reyes will second the motion at the next meeting.")
    assert lemma == "second"
