"""Sums written with the currency as a word ("half a million pounds") are sums in
pounds sterling, as "£500,000" is, and so is a figure grouped in thousands ("12,500
pounds") (compare.align.numbers.unit_key: the currency family "pound", as "£" has in
the CLDR table, compare.extract.currencies); a weight in
pounds is not; "a quarter of a million" is an amount (compare.extract.number_forms).
Sentences written here."""

from __future__ import annotations

import pytest

from compare import Source
from compare.align import compare_texts
from compare.align.numbers import unit_key
from compare.extract import Number, extract_claims


def _numbers(text: str) -> list[Number]:
    return [c for c in extract_claims(Source.from_text(text, id="a")) if isinstance(c, Number)]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("The brooch was valued at up to half a million pounds.", 500_000, "money:pound"),
        ("The club paid 1.2 million pounds for the striker.", 1_200_000, "money:pound"),
        ("Winners share a quarter of a million pounds in prize money.", 250_000, "money:pound"),
        ("About 2 million pounds of beef were recalled.", 2_000_000, "pound"),
        ("The haul of fish weighed nearly three thousand pounds.", 3000, "pound"),
        ("The tank held 1,500 pounds of chlorine.", 1500, "pound"),
        ("The bakery was fined 12,500 pounds for the breach.", 12_500, "money:pound"),
        ("The rescued calf weighed 1,200 pounds.", 1200, "pound"),
        ("The bull had gained 1,100 pounds by spring.", 1100, "pound"),
        ("She carried 40 pounds up the stairs.", 40, "pound"),
    ],
)
def test_pounds_as_money_or_weight(text: str, value: float, key: str) -> None:
    (number,) = _numbers(text)
    assert number.value == value
    assert unit_key(number) == key


def test_a_share_of_a_scale_is_an_amount() -> None:
    (number,) = _numbers("A quarter of a million people signed the petition.")
    assert (number.value, number.form) == (250_000, "cardinal")
    (share,) = _numbers("A quarter of the people signed the petition.")
    assert share.form == "share"


def test_a_sum_in_pounds_written_out_agrees_with_the_sign() -> None:
    comparison = compare_texts(
        {
            "a": "The orchestra received a grant of 75,000 pounds from the arts council.",
            "b": "The arts council gave the orchestra £75,000 towards its tour.",
        }
    )
    found = [(str(x.verdict), [m.text for m in x.members]) for x in comparison.alignments]
    assert ("agree", ["75,000", "£75,000"]) in found
