"""A verb of saying and its own noun date one act (compare.align.saying_acts):
"confirmed" / "confirmation", "reported" / "the first reports". A plain verb of
saying still dates nothing but the saying. Articles written here."""

from __future__ import annotations

import pytest

from compare import Verdict, compare_texts
from compare.align.saying_acts import nominal_head

PUBLISHED = "---\npublished: 2026-06-12\n---\n\n"
FILLER_A = "Officials gave few other details. The area was quiet by the evening."
FILLER_B = "Nobody answered calls on Thursday night. More reports are expected."


def _differs(a: str, b: str, kind: str) -> bool:
    comparison = compare_texts(
        {"a.md": PUBLISHED + a + " " + FILLER_A, "b.md": PUBLISHED + b + " " + FILLER_B}
    )
    return any(al.kind == kind and al.verdict == Verdict.DIFFER for al in comparison.alignments)


SAYING_AND_ITS_NOUN = [
    (
        "The company announced the recall on Monday, June 8.",
        "The announcement of the recall came on Wednesday, June 10.",
    ),
    (
        "Laboratory tests confirmed the outbreak at the dairy on Monday.",
        "Confirmation of the outbreak came on Wednesday, June 10.",
    ),
    (
        "Hikers first reported the rockfall on Tuesday, June 9.",
        "The first reports came in on Sunday, June 7.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAYING_AND_ITS_NOUN)
def test_a_saying_and_its_own_noun_are_one_act(a: str, b: str) -> None:
    assert _differs(a, b, "date")


SAYING_APART = [
    # "said" dates the saying, not the event its clause tells of
    ("Police said on Monday that the outbreak had spread.", "The outbreak began on Wednesday."),
    # a verb of saying and another act's noun
    ("Tests confirmed the outbreak on Monday.", "The cull came on Wednesday, June 10."),
    # the saying tells of another thing than the noun's "of" phrase
    (
        "The company announced the recall on Monday, June 8.",
        "The announcement of the merger came on Wednesday, June 10.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAYING_APART)
def test_a_saying_dates_no_other_act(a: str, b: str) -> None:
    assert not _differs(a, b, "date")


def test_the_head_of_a_nominalisation_is_the_verbs_noun() -> None:
    assert nominal_head("confirmation of the new strain".split()) == ["confirmation"]
    assert nominal_head("the arrival of the ferry".split()) == ["the", "arrival"]
    # a noun of quantity or of a thing is no head of that kind
    assert nominal_head("a series of blasts".split()) == "a series of blasts".split()
    assert nominal_head("the roof of the tunnel".split()) == "the roof of the tunnel".split()
