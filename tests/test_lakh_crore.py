"""Lakhs and crores, the scales of South Asian English (100,000 and 10 million), are
read as scale words: "Rs 5 lakh" is 500,000 rupees. Sentences written here."""

from __future__ import annotations

import pytest

from compare import Source, Verdict, compare_texts
from compare.extract import Number, extract_claims


def one(text: str) -> Number:
    source = Source.from_text("The board met.\n\n" + text, id="t")
    found = [c for c in extract_claims(source) if isinstance(c, Number)]
    assert len(found) == 1, [(n.text, n.value) for n in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Each family of the dead porters will be paid Rs 3 lakh by the board.", 3e5),
        ("The new wage rates cover about 4.5 lakh pickers.", 4.5e5),
        ("The board will spend ₹250 crore on the new canal.", 2.5e9),
        ("The canal will cost the state Rs 12 crores in all.", 1.2e8),
    ],
)
def test_lakh_and_crore_scale_the_figure(text: str, value: float) -> None:
    assert one(text).value == pytest.approx(value)


def test_a_sum_in_lakhs_agrees_with_the_same_sum_in_digits() -> None:
    comparison = compare_texts(
        {
            "a": "Each family of the dead porters will be paid Rs 3 lakh by the board.\n",
            "b": "The board will pay 300,000 rupees to each family of the dead porters.\n",
        }
    )
    verdicts = [
        al.verdict
        for al in comparison.alignments
        if al.kind == "number" and {m.source for m in al.members} == {"a", "b"}
    ]
    assert verdicts and all(v == Verdict.AGREE for v in verdicts)
