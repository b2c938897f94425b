"""A group that agrees but for one member: that member stands apart, the rest agree.

Complete linkage gathers one statement told in several articles; the judge then
compares its reference with each other member, and a guard it cannot check (a range
against a figure inside it, two places it does not compare) leaves the whole group
unchecked: no ✓, no finding. When two articles say "four robbers" and a third "three
or four robbers", the first two still tell one fact alike, and losing them costs a
journalist the agreement the group was made to show.

So when an unchecked group of three or more has exactly one member whose leaving makes
the rest agree, every pair of the rest checked and agreeing (not only against their
reference), the rest stand as the group's agreement and the odd member is judged
against each of them on its own: when it clearly differs from every one of them (a
typed conflict each), its pair with the first is shown as that conflict; anything
else leaves it unpaired, as the whole group was left before.

In a group of three with one pair apart either end may be the odd one: the two that
share more of their words stay ("The four robbers ... stole nearly all the jewellery"
/ "A gang of four thieves ... stole nearly all the jewels", not "Three or four robbers
burst into the store"); when neither pair shares more, or two members are apart from
the rest, the group is left as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations
from typing import Generic, TypeVar

import attrs

from compare.align.model import Judgement, Verdict
from compare.align.words import words

T = TypeVar("T")


@attrs.frozen
class OddSplit(Generic[T]):
    """The agreeing rest of a group, its verdict, and the odd member's conflict if any."""

    rest: tuple[T, ...]
    judgement: Judgement
    # (the odd member and one of the rest, in group order; its judgement) or None
    clash: tuple[tuple[T, ...], Judgement] | None


def _agrees(judgement: Judgement) -> bool:
    return judgement.verdict == Verdict.AGREE and not judgement.unchecked


def _differs(judgement: Judgement) -> bool:
    return (
        judgement.verdict == Verdict.DIFFER
        and not judgement.unchecked
        and judgement.conflict is not None
    )


def word_likeness(a: str, b: str) -> float:
    """The share of two texts' distinct words that both use (Jaccard)."""
    words_a, words_b = set(words(a)), set(words(b))
    union = words_a | words_b
    return len(words_a & words_b) / len(union) if union else 0.0


def _closeness(members: Sequence[T], odd: int, likeness: Callable[[T, T], float]) -> float:
    """How alike the least alike two of the rest are."""
    rest = [m for i, m in enumerate(members) if i != odd]
    return min(likeness(a, b) for a, b in combinations(rest, 2))


def split_odd(
    members: Sequence[T],
    judge: Callable[[Sequence[T]], Judgement],
    source: Callable[[T], str],
    likeness: Callable[[T, T], float],
) -> OddSplit[T] | None:
    """The split of an unchecked group (members in group order) into its agreeing rest
    and one odd member, or None when no single member is the odd one."""
    if len(members) < 3:
        return None
    pair_cache: dict[tuple[int, int], Judgement] = {}

    def pair(i: int, j: int) -> Judgement:
        key = (min(i, j), max(i, j))
        if key not in pair_cache:
            pair_cache[key] = judge([members[key[0]], members[key[1]]])
        return pair_cache[key]

    found: list[tuple[int, Judgement]] = []
    for odd in range(len(members)):
        rest = [i for i in range(len(members)) if i != odd]
        if len({source(members[i]) for i in rest}) < 2:
            continue
        if not all(_agrees(pair(i, j)) for i, j in combinations(rest, 2)):
            continue
        whole = judge([members[i] for i in rest])
        if _agrees(whole):
            found.append((odd, whole))
    if not found:
        return None
    if len(found) > 1:
        # Two ways to choose (three members, one pair apart): the rest that tell it
        # most alike, by the words they share, when one such rest stands out.
        ranked = sorted(
            ((_closeness(members, odd, likeness), odd, whole) for odd, whole in found),
            key=lambda item: -item[0],
        )
        if ranked[0][0] <= ranked[1][0]:
            return None
        found = [(ranked[0][1], ranked[0][2])]
    odd, whole = found[0]
    rest = [i for i in range(len(members)) if i != odd]
    # A clash is shown only when the odd member differs from every one of the rest
    # of another article: one it could not be checked against leaves it in doubt
    # ("had four prior arrests" / "arrested three times since October").
    others = [i for i in rest if source(members[i]) != source(members[odd])]
    clash = None
    if others and all(_differs(pair(i, odd)) for i in others):
        first = others[0]
        clash = (tuple(members[k] for k in sorted((first, odd))), pair(first, odd))
    return OddSplit(tuple(members[i] for i in rest), whole, clash)
