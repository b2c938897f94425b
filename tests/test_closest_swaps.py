"""Two statements each other's closest, put apart by the grouping, are taken back
from groups of two when the judge finds they agree (closest_swaps.py)."""

from __future__ import annotations

from collections.abc import Sequence

from conftest import claim_fields

from compare.align.closest_swaps import closest_swaps
from compare.align.model import AGREE, DIFFER, Conflict, Judgement
from compare.extract import Claim
from compare.extract.claims import Statement


def statement(source: str, text: str) -> Statement:
    return Statement(**claim_fields(source, text))


CLAIMS = [
    # 0: a's longer sentence that shares the topic's words with b's 2
    statement(
        "a",
        "The first sightings came on Tuesday, when keepers at Marrow Point lighthouse saw"
        " otters hauling out near the slipway.",
    ),
    # 1: a's sentence telling the fact b's 2 tells
    statement("a", "Most of the otters were counted at Marrow Point, the rest at Gull Cove."),
    # 2
    statement("b", "The bulk of the otters were seen at Marrow Point, a few at Gull Cove."),
    statement("a", "Volunteers will repeat the survey of the estuary next April."),
    statement("b", "The estuary survey is to be repeated by volunteers in April."),
]


def agreeing(members: Sequence[Claim]) -> Judgement:
    """The judge of a grouping whose pair of 0 and 2 it cannot check."""
    return Judgement(verdict=AGREE, unchecked=CLAIMS[0] in members)


def test_the_closest_pair_is_taken_back_from_a_pair_the_model_preferred() -> None:
    pairs = [(0.8, 0, 2), (0.6, 1, 2), (0.7, 3, 4)]
    groups = [([0, 2], 0.8), ([3, 4], 0.7)]
    swapped = closest_swaps(CLAIMS, groups, pairs, agreeing)
    assert ([1, 2], 0.6) in swapped
    assert ([0, 2], 0.8) not in swapped
    assert ([3, 4], 0.7) in swapped


def test_an_agreement_the_grouping_found_is_kept() -> None:
    def judge(members: Sequence[Claim]) -> Judgement:
        return Judgement(verdict=AGREE)

    groups = [([0, 2], 0.8)]
    assert closest_swaps(CLAIMS, groups, [(0.8, 0, 2), (0.6, 1, 2)], judge) == groups


def test_a_closest_pair_telling_one_figure_alike_and_another_not_is_left_alone() -> None:
    claims = [
        CLAIMS[0],
        statement("a", "The otters were counted at Marrow Point, 41 of them, and 9 at Gull Cove."),
        statement("b", "The otters were seen at Marrow Point, 41 of them, and 6 at Gull Cove."),
    ]
    groups = [([0, 2], 0.8)]
    assert closest_swaps(claims, groups, [(0.8, 0, 2), (0.6, 1, 2)], agreeing) == groups


def test_no_swap_without_a_matcher_proposing_the_closest_pair() -> None:
    groups = [([0, 2], 0.8), ([3, 4], 0.7)]
    assert closest_swaps(CLAIMS, groups, [(0.8, 0, 2), (0.7, 3, 4)], agreeing) == groups


def test_a_discrepancy_the_grouping_found_is_never_given_up() -> None:
    def judge(members: Sequence[Claim]) -> Judgement:
        if CLAIMS[0] in members:
            return Judgement(verdict=DIFFER, conflict=Conflict.DATE)
        return Judgement(verdict=AGREE)

    groups = [([0, 2], 0.8), ([3, 4], 0.7)]
    assert closest_swaps(CLAIMS, groups, [(0.8, 0, 2), (0.6, 1, 2)], judge) == groups


def test_a_closest_pair_the_judge_cannot_check_is_not_swapped_in() -> None:
    def judge(members: Sequence[Claim]) -> Judgement:
        if CLAIMS[1] in members:
            return Judgement(verdict=AGREE, unchecked=True)
        return Judgement(verdict=AGREE)

    groups = [([0, 2], 0.8)]
    assert closest_swaps(CLAIMS, groups, [(0.8, 0, 2), (0.6, 1, 2)], judge) == groups


def test_a_group_of_three_outlets_is_never_broken_up() -> None:
    claims = [*CLAIMS, statement("c", "Most of the otters were seen at Marrow Point lighthouse.")]
    groups = [([0, 2, 5], 0.8)]
    assert closest_swaps(claims, groups, [(0.8, 0, 2), (0.6, 1, 2)], agreeing) == groups


def test_two_doers_after_by_keep_a_closest_pair_apart() -> None:
    claims = [
        CLAIMS[0],
        statement(
            "a", "The stranded otter pup was carried to the shore by two coastguard officers."
        ),
        statement(
            "b", "The stranded otter pup was carried to the shore by a fisherman and his son."
        ),
    ]
    groups = [([0, 2], 0.8)]
    assert closest_swaps(claims, groups, [(0.8, 0, 2), (0.6, 1, 2)], agreeing) == groups


def test_one_doer_told_alike_after_by_leaves_the_swap_free() -> None:
    claims = [
        CLAIMS[0],
        statement("a", "The stranded otter pup was carried to the shore by coastguard officers."),
        statement("b", "The stranded otter pup was taken to the shore by two coastguard officers."),
    ]
    groups = [([0, 2], 0.8)]
    assert ([1, 2], 0.6) in closest_swaps(claims, groups, [(0.8, 0, 2), (0.6, 1, 2)], agreeing)


def test_each_claim_stands_in_one_swapped_pair_and_loose_pairs_are_left_alone() -> None:
    # a third outlet's sentence closest to 1 as well: 1 is taken by its first swap
    claims = [
        *CLAIMS,
        statement(
            "c", "Most of the otters were counted at Marrow Point, and the rest at Gull Cove."
        ),
    ]
    groups = [([0, 2], 0.8), ([3, 4], 0.7)]
    pairs = [(0.8, 0, 2), (0.6, 1, 2), (0.7, 3, 4), (0.5, 1, 5)]
    swapped = closest_swaps(claims, groups, pairs, agreeing)
    assert sum(1 in idx for idx, _ in swapped) == 1
    # a pair standing apart from the groups already partners its claims
    assert closest_swaps(claims, groups, pairs, agreeing, loose=[([1, 5], 0.5)]) == groups


def test_two_claims_the_grouping_left_alone_are_not_paired_here() -> None:
    assert closest_swaps(CLAIMS, [], [(0.6, 1, 2), (0.7, 3, 4)], agreeing) == []
