"""Two figures of which one counts a part and the other the whole, or two
different groups of one kind: not one fact told two ways.

- One side scopes its figure to one of several places or bodies ("At one school,
  95 students were kept home" / "About 300 students have been kept home"; "In
  Leeds alone, 40 homes flooded" / "120 homes flooded"): a part, which the whole
  may exceed but never fall below.
- A share of a group one side narrows to an owner's own ("71 per cent of the
  government's own voters" / "62% of voters"; "half of its own members" / "a
  third of members"): the share of another group. "60% of the union's members"
  / "64% of members" are one group.
"""

from __future__ import annotations

import re

from compare.align.figure_intervals import comparable_value
from compare.extract import Number

# "at one school", "in a single ward", "from just one farm": a place or body among
# several. A stretch of time is no part ("in one day", "in a single year").
_ONE_PART = re.compile(
    r"\b(?i:at|in|from|on|for|inside|within)\s+(?:just\s+|only\s+)?(?:one|a\s+single)\s+"
    r"(?!(?:day|night|week|month|year|hour|minute|second|go|time|morning|afternoon|evening"
    r"|weekend|season|sitting|swoop|stroke|blow)s?\b)[a-z]{3,}"
    # "In Leeds alone", "at the Harlow site alone": a named place; not "Smith alone
    # scored 30", one player by himself
    r"|\b(?i:in|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[a-z]+)?\s+alone\b",
)
# The group a share is of: "of the government's own voters", "of voters".
_SHARE_OF = re.compile(r"^\s*(?:per\s*cent\s+|pc\s+|percent\s+)?of\s+((?:[\w'’-]+\s*){1,5})")
_DETERMINERS = frozenset("the a an its their his her our your".split())


def one_part(n: Number) -> bool:
    """Does the figure's sentence scope it to one of several places or bodies?"""
    return _ONE_PART.search(n.sentence) is not None


def part_and_whole(a: Number, b: Number) -> bool:
    """One figure scoped to a part, the other not, and the part no larger."""
    part_a, part_b = one_part(a), one_part(b)
    if part_a == part_b:
        return False
    part, whole = (a, b) if part_a else (b, a)
    return comparable_value(whole) >= comparable_value(part)


def _group(n: Number) -> tuple[str, bool] | None:
    """The head noun of the group a share is of, and whether "own" narrows it to
    an owner's ("the government's own voters"); a bare owner names the whole group
    ("the union's members" are its members)."""
    found = _SHARE_OF.match(n.sentence[n.end - n.sentence_start :])
    if found is None:
        return None
    owned = False
    for word in found.group(1).split():
        low = word.lower()
        if low == "own":
            owned = True
        elif not (low.endswith(("'s", "’s", "s'")) or low in _DETERMINERS):
            return low, owned
    return None


def groups_apart(a: Number, b: Number) -> bool:
    """Shares of one kind of group, narrowed by an owner on one side only."""
    ga, gb = _group(a), _group(b)
    return ga is not None and gb is not None and ga[0] == gb[0] and ga[1] != gb[1]
