"""A currency sign of the currency table reads a figure as money, whichever the
currency ("₸", "₫", "฿"), not only the signs English news sees most. Sentences
written here."""

from __future__ import annotations

from compare.extract import Number, extract_claims
from compare.extract.currencies import SIGNS
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def money_of(text: str) -> list[tuple[str, str | None, float]]:
    claims = extract_claims(Source.from_text(PUBLISHED + text, id="a"))
    return [
        (n.text, n.unit, n.value) for n in claims if isinstance(n, Number) and n.form == "money"
    ]


def test_the_table_gives_the_signs_of_many_currencies() -> None:
    assert {"$", "€", "₸", "₫", "฿", "₴"} <= SIGNS
    assert not SIGNS & set("abcRsm")


def test_a_sign_outside_the_usual_few_reads_money() -> None:
    found = money_of("The winners take a ₸40m cheque, and a room costs ฿1,500 a night.")
    assert ("₸40m", "₸", 40_000_000.0) in found
    assert ("฿1,500", "฿", 1500.0) in found
