"""A tally: two figures set against each other ("won 3-1", "voted 7-4", "54% to 46%").

One tally may be told either way round ("7-4" / "4-7": the winner's side first or
the side the sentence is about), so tallies are compared by their sides in order of
size; and only a tally of counts (goals, votes, seats) adds up to something, while
shares always add up to a hundred whatever happened.
"""

from __future__ import annotations

from compare.extract import Number


def sides(n: Number) -> tuple[float, ...]:
    """The tally's two sides in order of size; nothing for a figure that is no tally."""
    return tuple(sorted(n.pair or ()))


def one_tally(a: Number, b: Number) -> bool:
    """Are the two figures one tally, told in either order?"""
    return a.pair is not None and b.pair is not None and sides(a) == sides(b)


def tally_of_counts(n: Number) -> bool:
    """Is the figure a tally of counts, not of shares ("54% to 46%")?"""
    return n.pair is not None and n.unit != "%"
