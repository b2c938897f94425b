"""Two scores of one match: the same sides named around each, one side's points
alike ("beating the holders Fenwick Rovers 31-27" / "beat Fenwick Rovers 31-24").

A score's frame is often another clause's ("Bells rang on Sunday after
the Otters beat Fenwick Rovers 31-24": the bells, and Sunday), so the frames of two
tallies of one match may hold two days, two doers, two verbs, and the number matcher
leaves the two unpaired. What says which match a score is, is who played: the side
named right before each tally (tally_frames.side_unnamed) named in the other's
sentence too. One side's points told alike in both is what makes the two one result
told twice, with the other side's points parted; the points alike must be told in the same
place of each tally ("4-3" / "5-4" share a four, but a running score is no result).

Only where that pairing is unambiguous: each tally is its article's only score
(votes and shares aside) whose sentence names the other's side, so that a story of
two sets, two halves or two games against one side ("won the first set 6-4 and the
second 6-3") leaves the pairing to the other clues. Another half or set, another
occasion, a total and a part still part the pair (number_facts.tallies_apart,
two_facts), as do two named bodies' or owners' figures.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.occasions import another_occurrence
from compare.align.tallies import one_tally, tally_of_counts
from compare.align.tally_frames import named_side
from compare.align.vote_tallies import vote_tally
from compare.align.words import words
from compare.extract import Number


def score(n: Number) -> bool:
    """Is the number a match's score: a tally, not of a vote nor of shares, of no
    other occurrence?"""
    return tally_of_counts(n) and not vote_tally(n) and not another_occurrence(n)


def one_match(i: int, j: int, numbers: Sequence[Number]) -> bool:
    """Are the i-th and j-th numbers two scores of one match told apart: each
    sentence names the side the other names right before its score, one side's
    points are alike and the two are no one score, and each is its article's only
    score naming that side?"""
    a, b = numbers[i], numbers[j]
    if not (score(a) and score(b)) or a.pair is None or b.pair is None:
        return False
    if one_tally(a, b):
        return False  # one score, in either order: the other pairings' matter
    if a.pair[0] != b.pair[0] and a.pair[1] != b.pair[1]:
        return False  # no side's points alike where each is told ("4-3" / "5-4")
    side_a, side_b = named_side(a), named_side(b)
    if not side_a or not side_b:
        return False
    if not (_names(b.sentence, side_a) and _names(a.sentence, side_b)):
        return False
    return _only_score_naming(a, side_b, numbers) and _only_score_naming(b, side_a, numbers)


def _names(sentence: str, side: tuple[str, ...]) -> bool:
    """Does the sentence name the side: its name's words in a row ("Fenwick Rovers",
    not "the Lions" alone, which may be another match of theirs)?"""
    said = [w.removesuffix("'s") for w in words(sentence)]
    return any(tuple(said[k : k + len(side)]) == side for k in range(len(said)))


def _only_score_naming(n: Number, side: tuple[str, ...], numbers: Sequence[Number]) -> bool:
    """Is every score of n's article whose sentence names the side n's own score
    (in either order)?"""
    return all(
        one_tally(m, n)
        for m in numbers
        if m.source == n.source and score(m) and _names(m.sentence, side)
    )
