"""A unit of power written as its symbol is the unit spelt out (numbers.unit_key):
"135MW" / "135 megawatts", "40 kW" / "40 kilowatts". Sentences written here."""

from __future__ import annotations

import pytest
from conftest import only_number

from compare.align import AGREE, DIFFER, compare_texts
from compare.align.numbers import unit_key


@pytest.mark.parametrize(
    ("symbol", "spelt"),
    [
        ("The wind farm off the cape produces 135MW.", "The wind farm produces 135 megawatts."),
        ("Each charger delivers 40 kW to a car.", "Each charger delivers 40 kilowatts."),
        ("The reactor will add 1.2 GW to the grid.", "The reactor adds 1.2 gigawatts."),
    ],
)
def test_a_power_symbol_is_its_unit(symbol: str, spelt: str) -> None:
    assert unit_key(only_number(symbol)) == unit_key(only_number(spelt))


def test_one_output_told_by_symbol_and_by_name_is_compared() -> None:
    a = "The tidal plant in the estuary generates 320MW at full tide."
    b = "At full tide the tidal plant in the estuary generates 320 megawatts."
    c = "At full tide the tidal plant in the estuary generates 280 megawatts."
    agreeing = compare_texts({"a": a, "b": b})
    assert any(al.kind == "number" and al.verdict == AGREE for al in agreeing.alignments)
    differing = compare_texts({"a": a, "b": c})
    assert any(al.kind == "number" and al.verdict == DIFFER for al in differing.alignments)


@pytest.mark.parametrize(
    ("compound", "apart"),
    [
        (
            "The 9.5-foot-tall statue was lifted onto its plinth.",
            "The statue, 9.5 feet tall, was lifted.",
        ),
        ("A 60-mile-long queue of lorries formed.", "A queue of lorries 60 miles long formed."),
        ("The 14-inch-wide crack was filled.", "The crack, 14 inches wide, was filled."),
    ],
)
def test_a_measure_told_as_a_compound_adjective_is_its_unit(compound: str, apart: str) -> None:
    # "a 9.5-foot-tall statue" is 9.5 feet, as "9.5 feet tall" is: the dimension
    # joined to the unit names what is measured, not another unit
    assert unit_key(only_number(compound)) == unit_key(only_number(apart))


def test_one_length_told_as_a_compound_adjective_and_apart_agrees() -> None:
    a = "Engineers lowered the 9.5-foot-tall bronze statue onto its plinth on Monday."
    b = "On Monday engineers lowered the bronze statue, 9.5 feet tall, onto its plinth."
    verdicts = [
        al.verdict for al in compare_texts({"a": a, "b": b}).alignments if al.kind == "number"
    ]
    assert verdicts == [AGREE]
