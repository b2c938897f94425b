"""A currency written as a noun after the figure is money, as its sign is
(numbers.unit_key): "sixty thousand dollars" / "$60,000", "75 euros" / "€75"."""

from __future__ import annotations

import pytest
from conftest import only_number

from compare.align import AGREE, DIFFER, compare_texts
from compare.align.numbers import unit_key


@pytest.mark.parametrize(
    ("spelt", "signed"),
    [
        ("The prize was worth sixty thousand dollars.", "The prize was worth $60,000."),
        ("A ticket costs 75 euros.", "A ticket costs €75."),
    ],
)
def test_a_currency_noun_is_the_currency_sign(spelt: str, signed: str) -> None:
    assert unit_key(only_number(spelt)) == unit_key(only_number(signed))


def test_pounds_may_be_a_weight_and_stay_apart() -> None:
    assert not unit_key(only_number("The parcel weighed 40 pounds.")).startswith("money:")


def _verdicts(a: str, b: str) -> list[str]:
    comparison = compare_texts({"a": a, "b": b})
    return [str(al.verdict) for al in comparison.alignments if al.kind == "number"]


def test_one_sum_in_words_and_with_its_sign_agrees() -> None:
    a = "The harbour trust paid sixty thousand dollars for the old lifeboat station."
    b = "The old lifeboat station was sold to the harbour trust for $60,000."
    assert str(AGREE) in _verdicts(a, b)
    assert str(DIFFER) not in _verdicts(a, b)
