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
