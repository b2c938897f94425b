"""A headline's figure and the body's telling of it are one figure; the body's,
which gives the clause and who said it, stands for both, however each is spelt."""

from __future__ import annotations

from compare.align.dedupe import distinct_numbers
from compare.extract import extract_claims
from compare.extract.claims import Number
from compare.ingest import Source


def numbers(text: str) -> list[Number]:
    source = Source.from_text("---\npublished: 2025-05-02\n---\n\n" + text, id="a")
    return [c for c in extract_claims(source) if isinstance(c, Number)]


def test_the_body_stands_for_a_headline_figure_spelt_otherwise() -> None:
    found = numbers(
        "# $64M settlement ends the orchard growers' suit\n\n"
        "The cannery agreed to pay the orchard growers $64 million, its lawyers said."
    )
    kept, repeats = distinct_numbers(found)
    assert [n.text for n in kept] == ["$64 million"]
    assert [(r.text, o.text) for r, o in repeats] == [("$64M", "$64 million")]


def test_the_body_stands_for_a_headline_figure_spelt_alike() -> None:
    found = numbers(
        "# Ferry carrying 412 passengers runs aground\n\n"
        "The ferry, carrying 412 passengers, ran aground off the cape on Friday."
    )
    kept, _ = distinct_numbers(found)
    assert [n.block != "headline" for n in kept] == [True]


def test_two_body_figures_of_one_value_keep_the_first() -> None:
    found = numbers(
        "The cannery paid $64 million in March. A further $64 million followed in June."
    )
    kept, repeats = distinct_numbers(found)
    assert len(kept) == 1 and kept[0].sentence.startswith("The cannery")
    assert len(repeats) == 1
