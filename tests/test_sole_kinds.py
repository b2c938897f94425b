"""Each article's only value of a kind (compare.align.sole_kinds): the one reading
of "only one" that sole figures, vote tallies, event times and place sites share."""

from __future__ import annotations

from collections import defaultdict

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from compare.align.sole_kinds import sole_of_kind, tells_one


@attrs.frozen
class Told:
    source: str
    kind: str | None
    value: int


@pytest.mark.parametrize(
    ("values", "one"),
    [
        ([], False),  # nothing told is not one
        ([7], True),
        ([7, 7, 7], True),  # one value repeated
        ([7, 8], False),
        ([7, 7, 8], False),
        ([(5, 2), (5, 2)], True),
    ],
)
def test_tells_one_value(values: list[object], one: bool) -> None:
    assert tells_one(values) is one


def _holds(a: str, b: str) -> bool:
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


@pytest.mark.parametrize(
    ("names", "one"),
    [
        (["elm", "the elm"], True),
        (["the elm", "elm"], True),
        (["elm", "oak"], False),
        # every name is read against the first: two that each hold it are one
        (["elm", "old elm", "new elm"], True),
        (["old elm", "elm", "new elm"], False),
    ],
)
def test_tells_one_with_a_relation_reads_each_against_the_first(
    names: list[str], one: bool
) -> None:
    assert tells_one(names, _holds) is one


def test_sole_of_kind_groups_by_article_and_kind() -> None:
    items = [
        Told("a", "passengers", 412),
        Told("a", "passengers", 412),  # the same figure told again
        Told("a", "crew", 12),
        Told("a", "crew", 14),  # two figures of the crew: neither is sole
        Told("b", "passengers", 286),
        Told("b", None, 3),  # not counted at all
        Told("b", "crew", 12),
    ]
    sole = sole_of_kind(items, lambda t: t.kind, lambda t: t.value)
    assert sole == {0, 1, 4, 6}


def test_only_the_items_that_answer_one_question_count_against_each_other() -> None:
    # 286 passengers aboard, 30 of them hurt: two questions of one counted noun
    items = [Told("a", "passengers", 286), Told("a", "passengers", 30)]
    outcome = ["aboard", "hurt"]
    apart = sole_of_kind(items, lambda t: t.kind, lambda t: t.value)
    asked = sole_of_kind(
        items, lambda t: t.kind, lambda t: t.value, lambda i, j: outcome[i] == outcome[j]
    )
    assert apart == set()
    assert asked == {0, 1}


_ITEMS = st.lists(
    st.builds(
        Told,
        st.sampled_from("ab"),
        st.one_of(st.none(), st.sampled_from(["dead", "hurt", "vote"])),
        st.integers(0, 3),
    ),
    max_size=12,
)


@given(_ITEMS)
def test_sole_of_kind_is_one_distinct_value_per_article_and_kind(items: list[Told]) -> None:
    values: defaultdict[tuple[str, str], set[int]] = defaultdict(set)
    for t in items:
        if t.kind is not None:
            values[t.source, t.kind].add(t.value)
    expected = {
        i for i, t in enumerate(items) if t.kind is not None and len(values[t.source, t.kind]) == 1
    }
    assert sole_of_kind(items, lambda t: t.kind, lambda t: t.value) == expected


@given(_ITEMS, st.lists(st.sampled_from(["x", "y"]), min_size=12, max_size=12))
def test_a_question_that_holds_for_every_pair_changes_nothing(
    items: list[Told], questions: list[str]
) -> None:
    plain = sole_of_kind(items, lambda t: t.kind, lambda t: t.value)
    assert sole_of_kind(items, lambda t: t.kind, lambda t: t.value, lambda i, j: True) == plain
    # a narrower question can only make more items sole
    narrower = sole_of_kind(
        items, lambda t: t.kind, lambda t: t.value, lambda i, j: questions[i] == questions[j]
    )
    assert plain <= narrower
