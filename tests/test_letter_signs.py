"""A currency written with a symbol of letters before the figure ("Rp 215 billion",
"TSh 40,000", "NT$3 million"), as a country's press writes it, is money in that
currency and agrees with the sum told with the currency's name; letters that only
look like one ("Le 15", two capitals) are no money. Sentences written here."""

from __future__ import annotations

from compare import Source
from compare.align import compare_texts
from compare.extract import Number, extract_claims


def money(text: str) -> list[tuple[str, float, str | None, str]]:
    return [
        (c.text, c.value, c.unit, c.form)
        for c in extract_claims(Source.from_text(text, "a"))
        if isinstance(c, Number)
    ]


def test_letter_signs_before_a_sum_are_read() -> None:
    assert money("The mill was fined Rp 40 billion.") == [("Rp 40 billion", 40e9, "Rp", "money")]
    assert money("Tickets cost TSh 25,000 each.") == [("TSh 25,000", 25000.0, "TSh", "money")]
    assert money("The grant is NT$2 million.")[0][2] == "NT$"


def test_letters_that_are_no_currency() -> None:
    assert all(form != "money" for _, _, _, form in money("Le 15 juin, the band played."))
    assert all(form != "money" for _, _, _, form in money("The KM 400 marker was passed."))


def test_a_sum_by_symbol_and_by_name_agrees() -> None:
    comparison = compare_texts(
        {
            "a": "A court told the mill to pay Rp 40 billion to the villagers.",
            "b": "The mill must hand the villagers 40 billion rupiah, judges said.",
        }
    )
    assert any(
        x.kind == "number" and str(x.verdict) == "agree" and x.members[0].unit == "Rp"
        for x in comparison.alignments
    )
