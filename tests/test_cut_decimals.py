"""Figures as text tokenised word by word writes them: a decimal point or a thousands
comma followed by a space ("$4. 2 million", "magnitude 5. 3", "200, 000 people") is
read as one figure, the point ending no sentence; a figure opening a sentence is
still taken for a cut decimal's tail (number_facts). Sentences written here."""

from __future__ import annotations

from compare import compare_texts
from compare.align.number_facts import in_cut_decimal
from compare.extract import Number, extract_claims
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def numbers_of(text: str) -> list[Number]:
    source = Source.from_text(PUBLISHED + text, id="a")
    return [c for c in extract_claims(source) if isinstance(c, Number)]


def test_a_spaced_decimal_is_read_whole() -> None:
    found = numbers_of("The buyer paid 3m euros (£2. 6m) for the painting.")
    assert [n.value for n in found if n.unit == "£"] == [2_600_000]
    assert not any(in_cut_decimal(n) for n in found)


def test_a_spaced_thousands_comma_is_read_whole_but_not_after_a_month() -> None:
    found = numbers_of("The island, home to 200, 000 people, lost 1, 400 homes.")
    assert sorted(n.value for n in found) == [1_400, 200_000]
    dated = numbers_of("On May 5, 100 people marched to the harbour.")
    assert [n.value for n in dated if n.unit == "people"] == [100]


def test_the_point_of_a_spaced_decimal_ends_no_sentence() -> None:
    found = numbers_of("The quake measured 6. 1 on the scale. It hit in 2006. 12 people died.")
    assert 6.1 in [n.value for n in found]
    people = [n for n in found if n.value == 12]
    assert people and people[0].sentence.startswith("12 people")  # a year ends a sentence


def test_a_figure_opening_a_sentence_is_a_tail_but_a_year_is_not() -> None:
    (tail,) = [n for n in numbers_of("3 tremor shook the valley.") if n.value == 3]
    assert in_cut_decimal(tail)
    years = [n for n in numbers_of("2019 was the wettest year on record.") if n.value == 2019]
    assert not any(in_cut_decimal(n) for n in years)


def test_a_whole_decimal_is_kept() -> None:
    found = numbers_of("The painting sold for $4.2 million at the auction on Friday.")
    assert found and not any(in_cut_decimal(n) for n in found)


def test_two_spaced_magnitudes_of_one_quake_conflict() -> None:
    a = "A magnitude 5. 3 tremor shook the valley at dawn."
    b = "A magnitude 5. 8 tremor shook the valley at dawn."
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    differing = [
        al for al in comparison.alignments if al.kind == "number" and al.verdict.value == "differ"
    ]
    assert [sorted(m.value for m in al.members) for al in differing] == [[5.3, 5.8]]
