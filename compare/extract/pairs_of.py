"""Two told as "a pair of": "A pair of gunmen confronted the courier" counts two gunmen,
as "Two armed men" does in another outlet.

No number pattern reads "a pair of", so the figure was missing on that side and the
two tellings of one count were never compared. Here "a pair of" (or "one pair of")
before a plural noun is a figure of two, its counted noun read after "of" as for any
figure (number_units.unit_after). Only before a plural: "a pair of scissors" or "a
pair of boots" name one thing or one set, and a singular ("a pair of shoe") is no
count of things.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from compare.extract.number_forms import Quantity
from compare.extract.number_units import unit_after

_PAIR_OF = re.compile(r"\b(?:a|one)\s+pair\s+of(?:\s+the)?(?=\s)", re.IGNORECASE)
# Plurals that name one thing or one set, not two of anything
_ONE_THING = frozenset(
    "scissors trousers pants jeans shorts tights glasses spectacles binoculars pliers tongs "
    "shoes boots socks gloves earrings sneakers trainers sandals slippers handcuffs "
    "headphones earphones skis".split()
)


def pairs_of(text: str, start: int, end: int, found: Iterable[Quantity]) -> list[Quantity]:
    """Each "a pair of <plural noun>" in text[start:end] where no quantity was found."""
    taken = [(q.start, q.end) for q in found]
    pairs = []
    for match in _PAIR_OF.finditer(text, start, end):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        unit, _ = unit_after(text, match.end(), end)
        head = unit.split()[-1].lower() if unit else ""
        if not head.endswith(("s", "men")) and head not in ("people", "children"):
            continue  # no plural noun counted
        if head in _ONE_THING:
            continue
        pairs.append(Quantity(match.start(), match.end(), 2.0, 2.0, 2.0, None, unit, "cardinal"))
    return pairs
