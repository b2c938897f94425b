"""A vote's tally, each article's only one: "The board voted 5-2" / "The measure
passed 4-3".

Tallies are compared only when their sentences share words or their frames agree
(numbers.number_pairs), since a sports article gives many scores. A vote is told
with other words by each outlet: one has the board voting, the other the measure
passing; the names of what was voted on sit in one sentence only. When each article
gives one vote tally, and only one, both are the tally of the vote the event is
about, as sole_figures says of an article's only figure of a counted thing. Two
tallies in one article (a committee's vote and the council's, a first and a second
reading) leave the pairing to the clues as before; so does a tally of another
occurrence ("In 2019, the council voted 6-3 ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.occasions import another_occurrence
from compare.align.sole_kinds import sole_of_kind
from compare.align.tallies import sides
from compare.align.verb_kinds import predicate_lemma
from compare.extract import Number

# Verbs that tell a vote's outcome by its tally ("passed 4-3", "rejected 7-2"; a
# bench of judges "ruled 2-1").
VOTE_VERBS = frozenset(
    "vote pass approve adopt reject defeat carry ratify endorse confirm back override rule".split()
)
# "by a 6-3 vote", "in a 5-4 decision", "a 7-2 ruling", "split 2-1": the tally's noun,
# one word of who voted or how may stand before it ("a 5-2 jury vote", "a 3-2 split
# decision", "a 6-3 party-line vote")
_VOTE_AFTER = re.compile(
    r"^\s*(?:[a-z]+['’]?[\s-]+)?(?:vote|votes|decision|ruling|majority|margin)\b", re.IGNORECASE
)
# A tally's unit when it counts votes ("25 votes to 14"; "The vote was 1,102 to 598").
_VOTE_UNITS = frozenset({"vote", "votes"})
# "voted 5-4", "split 2-1", "reached its decision 2-1", "a ruling of 3-2"
_VOTE_BEFORE = re.compile(
    r"\b(?:vot\w*|split|decision|ruling|verdict)\s*$"
    # the vote named in the clause that the tally follows after a colon or a dash:
    # "The vote could hardly have been closer: 6-5"
    r"|\b(?:vote|ballot)\b[^,;:()—–]*[:—–]\s*$",
    re.IGNORECASE,
)
# A verb of carrying a vote, then what the vote decided told as "to" and a verb, in one
# clause before the tally: "voted to close the school 6-3", "passed the motion to
# rename Harbour Park 11-4" (the tally's predicate is read as "close", "rename")
_VOTED_TO = re.compile(
    r"\b(?:voted|passed|approved|adopted|rejected|carried|ratified|endorsed)\s+"
    r"(?:(?:the|a|an|its|their)\s+(?:motion|measure|bill|proposal|resolution|plan)\s+)?"
    r"to\s+[a-z]+\b[^,;:()—–]*$",
    re.IGNORECASE,
)


def vote_tally(n: Number) -> bool:
    """Is the number a vote's tally: a tally of shares ("54% to 46%") or of votes
    ("by 25 votes to 14"), a tally told with a verb of voting, or with "vote",
    "split" or a decision's noun right before it, or a vote's noun right after it?"""
    if n.pair is None:
        return False
    if n.unit == "%":
        return True  # shares set against each other ("winning 54% to 46%"): a vote's
    if n.unit is not None and n.unit.lower() in _VOTE_UNITS:
        return True  # "by 25 votes to 14", "The vote was 1,102 to 598": votes counted
    before = n.sentence[: max(0, n.start - n.sentence_start)]
    after = n.sentence[n.end - n.sentence_start :]
    lemma = (predicate_lemma(n) or "").split("_")[0]
    if _VOTED_TO.search(before):
        return True  # "passed the motion to close Larchwood Elementary 5-4"
    return lemma in VOTE_VERBS or bool(_VOTE_BEFORE.search(before) or _VOTE_AFTER.match(after))


def sole_vote_tallies(numbers: Sequence[Number]) -> set[int]:
    """Indexes of the vote tallies that are their article's only vote tally (one
    tally repeated, in either order, is still one)."""

    def kind(n: Number) -> str | None:
        return "vote" if vote_tally(n) and not another_occurrence(n) else None

    return sole_of_kind(numbers, kind, sides)


# How many more votes one tally may count than another of the same vote: members
# absent or abstaining on one reading, never a body several times the size.
MAX_VOTERS_RATIO = 2.0


def two_bodies_voting(a: Number, b: Number) -> bool:
    """Are two vote tallies of two bodies, one counting more than twice the votes of
    the other ("the scrutiny committee voted 7-4" / "by 44 votes to 35")? One vote
    told two ways counts the same members, give or take a few absent. Shares ("54%
    to 46%") count no voters and are left out."""
    if not (vote_tally(a) and vote_tally(b)) or a.pair is None or b.pair is None:
        return False
    if a.unit == "%" or b.unit == "%":
        return False
    voters_a, voters_b = sum(a.pair), sum(b.pair)
    if min(voters_a, voters_b) <= 0:
        return False
    return max(voters_a, voters_b) > MAX_VOTERS_RATIO * min(voters_a, voters_b)
