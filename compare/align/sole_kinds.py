"""Each article's only one of its kind: the idea several pairings share.

Two outlets telling one event word it differently, so the words around a figure, a
date or a place often share nothing. What ties them is the article as a whole: when
each article tells one value, and only one, of a kind of fact (one figure of
"passengers", one vote tally, one date of the launch, one street), both answer the
same question. An article that tells two values of it (12 killed in one town and 3
in another, two streets on a route) leaves the pairing to the other clues.

The kinds differ from one pairing to another (a counted noun, a vote, the words that
name an event, the last word of a street's name); what "only one" means does not:
every value of the kind the article tells is the same value told again.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Protocol, TypeVar

V = TypeVar("V")


class Sourced(Protocol):
    """Anything told by one article (a claim, a number)."""

    @property
    def source(self) -> str: ...


S = TypeVar("S", bound=Sourced)


def tells_one(told: Iterable[V], same: Callable[[V, V], bool] = operator.eq) -> bool:
    """Do the values one article tells of a kind come to one value: each `same` as
    the first (a repeat is still one)? Nothing told is not one."""
    values = list(told)
    return bool(values) and all(same(values[0], value) for value in values[1:])


def sole_of_kind(
    items: Sequence[S],
    kind: Callable[[S], Hashable | None],
    told: Callable[[S], Hashable],
    one_question: Callable[[int, int], bool] | None = None,
) -> set[int]:
    """Indexes of the items that are their article's only value of their kind: every
    item of its source and `kind` tells the same value (`kind` None: not counted).
    With `one_question`, only the items of the kind that answer the same question
    as an item count against it ("30 passengers injured" does not count against
    "286 passengers aboard")."""
    groups: dict[tuple[str, Hashable], list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        key = kind(item)
        if key is not None:
            groups[item.source, key].append(i)
    sole = set()
    for members in groups.values():
        if one_question is None:
            if tells_one(told(items[j]) for j in members):
                sole.update(members)
            continue
        for i in members:
            if tells_one(told(items[j]) for j in members if one_question(i, j)):
                sole.add(i)
    return sole
