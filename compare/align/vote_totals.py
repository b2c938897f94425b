"""Two vote tallies of one body: the two sides of each add up to the same number of
voters ("Councillors voted 7-4" / "the council backed it by eight votes to three").

A body that votes has a size (eleven councillors, three judges, 508 members who cast a
ballot), and a vote told two ways counts the same voters: two outlets that part on
how the votes fell still agree on how many voted. When each article tells one vote
tally (vote_tallies.sole_vote_tallies), the equal total is what ties the two as one
vote, though the words around them share little and the sentences open on two
doers: the members in one ("Councillors voted 7-4", a common word, capitalised, that
the number clues read as a name) and the body in the other ("Brackley Town
Council voted by eight votes to three"). Tallies of two sizes in such a pair stay to
the other clues, and an article that tells two votes pairs neither through this
module (the committee's 4-1 and the council's 7-2 against another's 6-3: the
council's, by its size, but perhaps of another reading).

Only counts of voters are summed: shares ("54% to 46%") add up to a hundred whatever
the vote. A tally is taken so only when it is its article's only vote tally of that
total (a tally repeated, in either order, is still one): two motions of one council
in one article, each voted by the same eleven members, stay to the other clues. A
tally of another occurrence ("In 2019, the council voted 6-3") is left out, and the
pair is still put to every test of one fact numbers.number_pairs puts to sole figures
(another day, another named body, deaths and injuries...).
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.frames import is_name
from compare.align.occasions import another_occurrence
from compare.align.sole_figures import when_allows
from compare.align.sole_kinds import sole_of_kind
from compare.align.tallies import one_tally, sides, tally_of_counts
from compare.align.vote_tallies import vote_tally
from compare.align.words import display_words
from compare.extract import Number
from compare.extract.claims import Span
from compare.extract.lemmas import classes

MIN_VOTERS = 3  # fewer voters than a bench of three are no body's size


def voters(n: Number) -> float | None:
    """How many voted in the tally, when it counts votes (not shares) of a vote."""
    if n.pair is None or not tally_of_counts(n) or not vote_tally(n) or another_occurrence(n):
        return None
    total = sum(n.pair)
    return total if total >= MIN_VOTERS and min(n.pair) >= 0 else None


def body_tallies(numbers: Sequence[Number]) -> dict[int, float]:
    """The vote tallies that are their article's only one of their number of voters,
    by index, with that number."""
    sole = sole_of_kind(numbers, voters, sides)
    return {i: total for i in sole if (total := voters(numbers[i])) is not None}


def one_body(i: int, j: int, totals: dict[int, float], numbers: Sequence[Number]) -> bool:
    """Are the i-th and j-th numbers tallies of one body's vote: the same number of
    voters, the votes falling otherwise, and no two bodies named as their doers?"""
    a, b = numbers[i], numbers[j]
    if i not in totals or j not in totals or totals[i] != totals[j]:
        return False
    if one_tally(a, b):
        return False  # one tally (in either order): the other pairings' matter
    return as_many_voters(a, b) and when_allows(a, b)  # another day, two polls: two


def as_many_voters(a: Number, b: Number) -> bool:
    """Do two vote tallies count as many voters, with no two bodies named as their
    doers? A common word opening the sentence ("Councillors voted 7-4") names no
    body, though it is capitalised."""
    total = voters(a)
    if total is None or voters(b) != total:
        return False
    fa, fb = a.frame, b.frame
    return fa is None or fb is None or not _two_named_bodies(fa.actor, fb.actor)


def _two_named_bodies(x: Span | None, y: Span | None) -> bool:
    """Do both doers name a body and not the same one ("Smith Council" / "Jones
    Council")? A common noun that opens a sentence ("Councillors voted") names no
    one."""
    if x is None or y is None or not (_named(x) and _named(y)):
        return False
    wx = {w.lower() for w in display_words(x.text)}
    wy = {w.lower() for w in display_words(y.text)}
    return not (wx <= wy or wy <= wx)


def _named(span: Span) -> bool:
    shown = display_words(span.text)
    if len(shown) == 1 and classes(shown[0]):
        return False  # "Councillors", "Members": a word of the language opening the sentence
    return is_name(span.text)
