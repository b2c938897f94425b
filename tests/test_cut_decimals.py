"""Figures that are pieces of a decimal cut at its point ("$4. 2 million", a sentence
split after "magnitude 5.") are no figures of their own (number_facts). Sentences
written here."""

from __future__ import annotations

from compare import compare_texts
from compare.align.number_facts import cut_tails, ends_before_cut, in_cut_decimal
from compare.extract import Number, extract_claims
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def numbers_of(text: str) -> list[Number]:
    source = Source.from_text(PUBLISHED + text, id="a")
    return [c for c in extract_claims(source) if isinstance(c, Number)]


def test_the_head_of_a_spaced_decimal_is_cut() -> None:
    found = numbers_of("The buyer paid 3m euros (£2. 6m) for the painting.")
    assert any(in_cut_decimal(n) for n in found if n.text.startswith("£2"))


def test_a_figure_opening_a_sentence_is_a_tail_but_a_year_is_not() -> None:
    (tail,) = [n for n in numbers_of("3 tremor shook the valley.") if n.value == 3]
    assert in_cut_decimal(tail)
    years = [n for n in numbers_of("2019 was the wettest year on record.") if n.value == 2019]
    assert not any(in_cut_decimal(n) for n in years)


def test_a_whole_decimal_is_kept() -> None:
    found = numbers_of("The painting sold for $4.2 million at the auction on Friday.")
    assert found and not any(in_cut_decimal(n) for n in found)


def test_a_sentence_ending_before_a_tail_ends_with_a_head() -> None:
    found = numbers_of("The painting sold for $4. 2 million at the auction on Friday.")
    heads = [n for n in found if n.text == "$4"]
    tails = cut_tails(found)
    assert heads and tails and ends_before_cut(heads[0], tails)


def test_two_cut_magnitudes_are_no_figure_conflict() -> None:
    a = "A magnitude 5. 3 tremor shook the valley at dawn."
    b = "A magnitude 5. 8 tremor shook the valley at dawn."
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    assert not any(
        al.kind == "number" and al.verdict.value == "differ" for al in comparison.alignments
    )
