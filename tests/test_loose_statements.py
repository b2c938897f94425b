"""Loose statement pairs (same topic, not surely the same fact): unpaired on any
clash the judge cannot confirm, and never ahead of a sure pair."""

from __future__ import annotations

import pytest
from conftest import claim_fields

from compare.align import clause_statements, figure_statements, frame_statements, slot_statements
from compare.align.grouping import group
from compare.align.loose_statements import LOOSE_SCORE
from compare.align.sentence_claims import SentenceClaims
from compare.align.statement_judge import compare_pair
from compare.align.statements import graded_statement_pairs, mutually_closest, statement_pairs
from compare.align.unpair import unpairs
from compare.extract import Statement, extract_claims
from compare.ingest import Source


def loose_pair(a: str, b: str) -> tuple[Statement, Statement, SentenceClaims]:
    claims = [
        c
        for source, text in (("a", a), ("b", b))
        for c in extract_claims(Source.from_text(text, id=source))
    ]
    sa, sb = (c for c in claims if isinstance(c, Statement))
    return sa, sb, SentenceClaims.index(claims)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two times
        (
            "The ferry left the harbour at 6 a.m. with forty passengers aboard.",
            "The ferry left the harbour at 9 a.m. with forty passengers aboard.",
        ),
        # a negation on one side only, across two times
        (
            "Previously, drivers were required to carry the permit at all times.",
            "Drivers do not need to carry the permit at all times.",
        ),
        # two figures of what may be two things
        (
            "The coastguard sent 12 boats to the reef after the alarm.",
            "The coastguard sent 30 boats to the reef after the alarm.",
        ),
        # one figure shared, another told two ways
        (
            "The coastguard sent 12 boats and 40 divers to the reef.",
            "The coastguard sent 12 boats and 55 divers to the reef.",
        ),
        # a place at two granularities
        (
            "The new bridge over the river opened in Lisbon on Monday.",
            "The new bridge over the river opened in Portugal on Monday.",
        ),
        # one score, said of a team on one side only: who won may differ
        (
            "Rovers won the cup final 3-1 in front of a full stadium.",
            "The cup final ended 3-1 in front of a full stadium.",
        ),
        # one tally told with a name only one side has: who led may differ
        (
            "The Owls trailed 58-50 at halftime.",
            "The Owls led 58-50 at the break in Portland.",
        ),
        # other names: who did it may differ
        (
            "Okafor scored the late winner for the visitors.",
            "Lindqvist scored the late winner for the visitors.",
        ),
        # the same, one actor named as the agent of a passive
        (
            "Okafor scored the late winner for the visitors.",
            "The late winner for the visitors was scored by Lindqvist.",
        ),
        # a negation of the verb both sides use
        (
            "The harbour board did not approve the dredging plan for the quay.",
            "The harbour board approved the dredging plan for the quay.",
        ),
        # a negation of the thing both sides count
        (
            "No crew members were hurt when the trawler ran aground near the cape.",
            "Several crew members were hurt when the trawler ran aground near the cape.",
        ),
    ],
)
def test_a_loose_pair_with_a_clash_nobody_checks_is_unpaired(a, b):
    sa, sb, sentences = loose_pair(a, b)
    assert unpairs(sa, sb, sentences)
    assert unpairs(sb, sa, sentences)


def test_a_loose_pair_with_nothing_clashing_stays():
    sa, sb, sentences = loose_pair(
        "The ferry company said the crossing would resume once the storm had passed.",
        "Crossings will resume after the storm passes, the ferry company said.",
    )
    assert unpairs(sa, sb, sentences) == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a name only one side has, where the other names nobody in that role
        (
            "Police arrested two men after the raid on the Harlow warehouse.",
            "Two men were arrested after the raid on the warehouse, officers said.",
        ),
        # one side names the owner, the other does not: no other actor
        (
            "The fire badly damaged the chapel that Mayor Ingrid Solberg attends.",
            "Mrs Solberg's chapel was badly damaged by the fire.",
        ),
        # a negation of what the other side does not mention
        (
            "The trawler ran aground near the cape and no pollution was found.",
            "The trawler ran aground near the cape late on the night of the storm.",
        ),
        # one figure, written two ways: read alike, no two figures
        (
            "The storm caused $2 million in damage to the harbour wall, officials said.",
            "Officials said the storm did two million dollars of damage to the harbour wall.",
        ),
        # a shared age is no tally: a name beside it is not the other side of it
        (
            "Okafor, 34, scored the late winner for the visitors.",
            "The visitors' late winner came from their 34-year-old striker.",
        ),
        # a figure one side adds to all the other gives is more said, not other
        (
            "Lindqvist, 29, becomes the first woman to captain the rowing club.",
            "The vote makes Lindqvist the first woman to captain the rowing club.",
        ),
    ],
)
def test_a_loose_pair_is_not_unpaired_by_what_only_one_side_mentions(a, b):
    sa, sb, sentences = loose_pair(a, b)
    assert unpairs(sa, sb, sentences) == ""
    assert unpairs(sb, sa, sentences) == ""


def test_loose_pairs_group_after_every_sure_statement_pair():
    """Grouping takes best scores first: a loose pair cannot take the one place
    per source of a pair any other statement matcher proposes."""
    assert (
        min(
            frame_statements.SCORE,
            slot_statements.SCORE,
            clause_statements.SCORE,
            figure_statements.SCORE,
        )
        > LOOSE_SCORE
    )


def test_a_sure_pair_keeps_its_slot_against_a_loose_one():
    claims = [
        _claim("a", "The mayor opened the bridge."),
        _claim("b", "The bridge was opened by the mayor."),
        _claim("b", "The mayor spoke about the bridge."),
    ]
    groups = group(claims, [(0.25, 0, 2), (0.6, 0, 1)])
    assert [idx for idx, _ in groups] == [[0, 1]]


def test_only_listed_pairs_stand_apart_from_groups():
    claims = [_claim(s, f"The council in town {s} approved the new budget.") for s in "abc"]
    # a~b and b~c, but not a~c: complete linkage keeps c out of {a, b}
    pairs = [(0.9, 0, 1), (0.8, 1, 2)]
    assert [idx for idx, _ in group(claims, pairs)] == [[0, 1]]
    kept = group(claims, pairs, leftover_pairs={(1, 2)})
    assert [idx for idx, _ in kept] == [[0, 1], [1, 2]]


def test_loose_pairs_are_mutually_closest_and_apart_from_sure_ones():
    texts = [
        "The harbour authority approved the dredging contract for the northern quay.",
        "The northern quay's dredging contract was approved by the harbour authority.",
        "Ticket prices for the summer festival at the northern quay went up again.",
    ]
    sources = ["a", "b", "b"]
    graded = graded_statement_pairs(texts, sources)
    assert graded.tight == statement_pairs(texts, sources)
    tight = {(i, j) for _, i, j in graded.tight}
    assert (0, 1) in tight
    assert not tight & {(i, j) for _, i, j in graded.loose}


def test_mutually_closest_keeps_only_pairs_each_side_prefers():
    likeness = {(0, 1): 0.5, (0, 2): 0.7, (1, 3): 0.2}
    # 1's closest in source "a" is 0, but 0 prefers 2; 3 is not 1's closest
    assert mutually_closest(likeness, ["a", "b", "b", "a"]) == {(0, 2)}


def _claim(source: str, text: str) -> Statement:
    return Statement(**claim_fields(source, text))


def test_a_negation_between_before_and_now_is_no_clash():
    """ "Previously, X was required" / "X is not required": the change the story
    reports, not two outlets disagreeing."""
    sa, sb, sentences = loose_pair(
        "Previously, builders were required to file the survey before digging began.",
        "The new rules do not require builders to file the survey before digging began.",
    )
    assert compare_pair(sa, sb, sentences) is None
    sc, sd, more = loose_pair(
        "Builders were required to file the survey before digging began on the site.",
        "Builders were not required to file the survey before digging began on the site.",
    )
    assert compare_pair(sc, sd, more) is not None
