"""A tally is compared by its sides in order of size, and only a tally of counts adds
up to anything (compare.align.tallies). Sentences written here."""

from __future__ import annotations

from compare import Source
from compare.align.tallies import one_tally, sides, tally_of_counts
from compare.extract import Number, extract_claims


def _figure(text: str, shown: str) -> Number:
    numbers = [c for c in extract_claims(Source.from_text(text, id="a")) if isinstance(c, Number)]
    return next(n for n in numbers if n.text == shown)


def test_a_tally_told_either_way_round_is_one_tally() -> None:
    won = _figure("The Harbour Gulls beat Kestrel Town 4-2 on Saturday.", "4-2")
    lost = _figure("Kestrel Town lost 2-4 to the Harbour Gulls.", "2-4")
    other = _figure("Kestrel Town lost 2-5 to the Harbour Gulls.", "2-5")
    assert sides(won) == sides(lost) == (2.0, 4.0)
    assert one_tally(won, lost)
    assert not one_tally(won, other)


def test_a_figure_that_is_no_tally_has_no_sides() -> None:
    single = _figure("The ferry carried 212 passengers.", "212")
    tally = _figure("The motion passed 7-4.", "7-4")
    assert sides(single) == ()
    assert not one_tally(single, tally)
    assert not tally_of_counts(single)


def test_shares_set_against_each_other_are_no_tally_of_counts() -> None:
    votes = _figure("The council backed the plan 7-4.", "7-4")
    shares = _figure("Voters backed the plan 54% to 46%.", "54% to 46%")
    assert tally_of_counts(votes)
    assert not tally_of_counts(shares)
