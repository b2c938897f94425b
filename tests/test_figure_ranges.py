"""A range told outright against a figure that only falls inside it is no agreement
to show (figure_ranges.py). Sentences written for these tests, in domains the
contradiction sets do not use."""

from __future__ import annotations

import pytest
from conftest import verdicts_of

from compare import Verdict, compare_texts
from compare.align.figure_ranges import explicit_range, ranges_apart
from compare.extract import extract_claims
from compare.extract.claims import Number
from compare.ingest import Source


def figures(text: str) -> list[Number]:
    claims = extract_claims(Source.from_text(text, id="x"))
    return [c for c in claims if isinstance(c, Number)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The auction raised between $40,000 and $50,000 for the lifeboat.", True),
        ("Ticket prices rose 12-15% at the opera house.", True),
        ("The auction raised at least $40,000 for the lifeboat.", False),
        ("The auction raised $40,000 for the lifeboat.", False),
    ],
)
def test_a_range_is_both_ends_written(text: str, expected: bool) -> None:
    assert any(explicit_range(n) for n in figures(text)) == expected


def test_a_range_against_a_figure_inside_it_or_a_narrower_range() -> None:
    wide = figures("Bids for the lighthouse ranged from $40,000 to $60,000.")
    inside = figures("The rowing club bid $60,000 for the lighthouse.")
    narrower = figures("The rowing club bid between $40,000 and $50,000 for the lighthouse.")
    same = figures("Bids for the lighthouse ranged between $40,000 and $60,000.")
    outside = figures("The rowing club bid $90,000 for the lighthouse.")
    other_measure = figures("The lighthouse stands 50 metres from the pier.")
    assert ranges_apart(wide, inside) and ranges_apart(inside, wide)
    assert ranges_apart(wide, narrower)
    assert not ranges_apart(wide, same)
    assert not ranges_apart(wide, outside)
    assert not ranges_apart(narrower, other_measure)


FILLER_A = "The weather was mild for the time of year. Local shops were busy. "
FILLER_B = "Traffic was light in the centre. The council thanked residents. "


def test_no_agreement_between_a_range_and_one_figure_in_it() -> None:
    a = "The lighthouse auction drew bids from $40,000 to $60,000 from three rowing clubs."
    b = "The lighthouse auction drew a bid of $60,000 from the Harbour Rowing Club."
    assert (Verdict.AGREE, None) not in verdicts_of(a, b, FILLER_A, FILLER_B)
    comparison = compare_texts({"a": FILLER_A + a, "b": FILLER_B + b})
    assert not [
        al for al in comparison.alignments if al.kind == "number" and al.verdict == Verdict.AGREE
    ]


def test_one_range_told_alike_still_agrees() -> None:
    a = "The lighthouse auction drew bids from $40,000 to $60,000 from three rowing clubs."
    b = "The lighthouse auction drew bids between $40,000 and $60,000 from three rowing clubs."
    comparison = compare_texts({"a": FILLER_A + a, "b": FILLER_B + b})
    ranges = [
        al.verdict
        for al in comparison.alignments
        if al.kind == "number" and all("40,000" in m.text for m in al.members)
    ]
    assert ranges == [Verdict.AGREE]
