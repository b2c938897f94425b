"""A short sentence that denies its own subject's predicate ("The parachute did not
open.") states a whole fact, so it is a statement though under six words, and a
telling of the deed in the other article is its negation."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.extract import extract_claims
from compare.extract.claims import Kind
from compare.ingest import Source

AROUND_A = (
    "The student rocket lifted off from the range at dawn on Thursday.",
    "It reached a height of about 80 kilometres before the payload separated.",
    "The team hopes to fly a second payload next winter.",
)
AROUND_B = (
    "A rocket built by students lifted off from the range early on Thursday.",
    "The payload separated at a height of about 80 kilometres.",
    "A second flight is planned for next winter, the team said.",
)


def _statements(text: str) -> list[str]:
    claims = extract_claims(Source.from_text(text, id="a"))
    return [c.text.strip() for c in claims if c.kind == Kind.STATEMENT]


@pytest.mark.parametrize(
    "sentence",
    ["The parachute did not open.", "The hatch was not sealed.", "Its fins weren't damaged."],
)
def test_a_short_denial_is_a_statement(sentence: str) -> None:
    assert sentence in _statements(f"The rocket landed in the hills. {sentence}")


@pytest.mark.parametrize(
    "sentence",
    ["He did not say.", "It was not.", "They did not open.", "The village is not alone."],
)
def test_a_pronoun_subject_or_more_after_the_verb_is_no_short_denial(sentence: str) -> None:
    assert sentence not in _statements(f"The rocket landed in the hills. {sentence}")


def test_a_short_denial_is_the_negation_of_the_deed_told() -> None:
    a = " ".join(
        (AROUND_A[0], "The payload's parachute opened as planned over the hills.", *AROUND_A[1:])
    )
    b = " ".join((AROUND_B[0], "The parachute did not open.", *AROUND_B[1:]))
    shown = [
        al
        for al in compare_texts({"a": a, "b": b}).alignments
        if al.verdict == Verdict.DIFFER and any("did not open" in m.text for m in al.members)
    ]
    assert shown and shown[0].conflict == Conflict.NEGATION
