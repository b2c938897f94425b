"""A vote told unanimous against the same vote told with a split: "voted unanimously
to refuse" / "voted 6-3 to refuse", "by a unanimous verdict" / "by a majority of 10
to 2".

"Unanimous" says nobody voted against; a tally whose smaller side is more than none
says some did. Two sentences held for one fact, one telling the vote unanimous and
giving no tally, the other giving a split tally and not calling anything unanimous,
are not shown as agreeing. They are not reported either: a sentence may tell one
body's unanimous vote and the other another body's split ("the committee backed it
unanimously" / "the council passed it 7-2"), which only the bodies' names tell apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.extract.claims import Claim, Number

__all__ = ["unanimous_against_split"]

_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)
# "a majority of 10 to 2", "by 10 votes to 2": a split told in words the tally
# reader may leave out
_MAJORITY_OF = re.compile(
    r"\b(?:majority|vote|votes)\s+of\s+\d+\s+(?:votes\s+)?to\s+[1-9]\d*\b|\bby\s+\d+\s+votes?\s+to\s+[1-9]\d*\b",
    re.IGNORECASE,
)


def unanimous_against_split(
    a: Claim, claims_a: Sequence[Claim], b: Claim, claims_b: Sequence[Claim]
) -> bool:
    """Does one sentence call a vote unanimous, with no tally, and the other give a
    split tally without calling anything unanimous?"""
    for one, one_claims, other, other_claims in (
        (a, claims_a, b, claims_b),
        (b, claims_b, a, claims_a),
    ):
        if not _UNANIMOUS.search(one.sentence) or _UNANIMOUS.search(other.sentence):
            continue
        if _tallies(one_claims) or _MAJORITY_OF.search(one.sentence):
            continue
        if _split(other_claims) or _MAJORITY_OF.search(other.sentence):
            return True
    return False


def _tallies(claims: Sequence[Claim]) -> list[Number]:
    return [c for c in claims if isinstance(c, Number) and c.pair is not None]


def _split(claims: Sequence[Claim]) -> bool:
    """A tally whose smaller side is more than none ("6-3", not "9-0")."""
    return any(n.pair is not None and min(n.pair) > 0 for n in _tallies(claims))
