"""A deed told as a gerund after a verb of denial or admission, and two voices of
one government, on sentences written for these tests."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts
from compare.align.one_side import one_side
from compare.extract import extract_claims
from compare.extract.claims import Span
from compare.ingest import Source


def _frame(text: str):
    claims = extract_claims(Source.from_text(text, id="a"))
    return next(c for c in claims if c.kind == "statement").frame


def _span(text: str) -> Span:
    return Span(0, len(text), text)


def test_the_object_of_a_denied_gerund_is_the_thing_denied():
    frame = _frame("Ardenian officials denied carrying out the raid on the port.")
    assert (frame.lemma, frame.thing.text) == ("deny", "the raid")
    frame = _frame("The treasurer admitted moving the funds to a private account.")
    assert frame.thing is not None and frame.thing.text == "the funds"


def test_one_government_speaks_through_its_ministry_and_officials():
    assert one_side(_span("The Ardenian interior ministry"), _span("Ardenian officials"))
    assert one_side(_span("the Ardenian government"), _span("Ardenian authorities"))
    # another country, or a body that is not an official one, is another side
    assert not one_side(_span("The Ardenian interior ministry"), _span("Tolvian officials"))
    assert not one_side(_span("Ardenian rebels"), _span("Ardenian officials"))
    assert not one_side(_span("the ministry"), _span("officials"))


def test_one_government_confirming_and_denying_a_raid_is_an_opposite():
    comparison = compare_texts(
        {
            "a": "The Ardenian interior ministry confirmed the raid in a short statement"
            " on Tuesday.",
            "b": "Ardenian officials denied carrying out the raid and blamed smugglers.",
        }
    )
    found = [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]
    assert found == [(Verdict.DIFFER, Conflict.OPPOSITE)]
