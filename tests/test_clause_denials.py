"""A verb denied in a clause the frame does not read ("… was disappointed and would
not resign") against the same verb stated undenied in the other sentence: no ✓
(polarity_apart.denied_in_a_clause). The frame reads one predicate per statement;
a sentence of two clauses holds a second deed, and its polarity was unread.

Sentences written for these tests; none comes from a benchmark or corpus."""

from __future__ import annotations

import pytest

from compare import Comparison, Verdict, compare_texts
from compare.align.polarity_apart import denied_in_a_clause

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"

DENIED_IN_A_CLAUSE = [
    (
        "The mayor said she was disappointed by the vote and would not resign.",
        "The mayor said she was disappointed by the vote and would resign.",
    ),
    (
        "The club thanked its fans for their support and said it would not appeal the fine.",
        "The club thanked its supporters for their support and said it would appeal the fine.",
    ),
    (
        "The airline apologised to the stranded passengers but has not offered compensation.",
        "The airline apologised to the stranded passengers and offered compensation.",
    ),
    (
        "Firefighters contained the blaze by noon, and nearby residents were never evacuated.",
        "Firefighters contained the blaze by noon and nearby residents were evacuated.",
    ),
    (
        "The striker trained with the squad on Friday but won't play in Sunday's derby.",
        "The striker trained with the squad on Friday and will play in Sunday's derby.",
    ),
    # "no" before the deed's noun, "never" before the verb
    (
        "No flood warning was issued before the river burst its banks.",
        "The council warned residents hours before the river burst its banks.",
    ),
    (
        "The tanker never reached the port of Eastwick after the storm.",
        "The tanker reached the port of Eastwick late after the storm.",
    ),
]

ONE_FACT = [
    # both sides deny, in other clauses or words
    ("We didn't score in the first half.", "In the first half we didn't score."),
    # a denial of everyone against a word that denies
    ("None of the 24 crew was hurt.", "All two dozen crew members were unharmed."),
    # a verb that denies on the other side
    (
        "The ministry did not comment on the report.",
        "The ministry declined to comment on the report.",
    ),
    # no shared verb: what one side denies, the other does not state
    ("The bridge will not reopen until May.", "The bridge stays shut until May."),
    # the denied word is no verb: "not only"
    (
        "The square must remain a place to live, not only a place to visit.",
        "The square had to remain a place to live and not just somewhere to visit.",
    ),
]


@pytest.mark.parametrize(("a", "b"), DENIED_IN_A_CLAUSE)
def test_a_verb_denied_in_a_clause_is_read(a: str, b: str) -> None:
    assert denied_in_a_clause(a, b)
    assert not denied_in_a_clause(b, a)  # the stating side denies nothing


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_one_fact_told_with_or_without_a_denial_is_not(a: str, b: str) -> None:
    assert not denied_in_a_clause(a, b)
    assert not denied_in_a_clause(b, a)


# Each article says something else too: two one-sentence texts pair nothing.
OTHER_A = "Rain is forecast for most of the region over the weekend."
OTHER_B = "The town's library will extend its opening hours from next month."


def _statement_ticks(a: str, b: str) -> list[Verdict]:
    comparison: Comparison = compare_texts(
        {"a": f"{PUBLISHED}{a} {OTHER_A}", "b": f"{PUBLISHED}{OTHER_B} {b}"}
    )
    return [
        al.verdict
        for al in comparison.alignments
        if str(al.kind) == "statement" and {m.source for m in al.members} == {"a", "b"}
    ]


# The same turned-round clause in sentences worded apart, which the judge's word
# readings do not tie; each was shown ✓ before.
TOLD_APART = [
    (
        "The mayor told reporters she was saddened by the result of the vote but would not resign.",
        "The mayor said the result of the vote had hurt her and that she would resign.",
    ),
    (
        "The airline apologised for the disruption to the holidaymakers and said it would "
        "refund their fares.",
        "Holidaymakers got an apology from the airline for the delay, which said it would "
        "not refund the fares.",
    ),
    (
        "Council officers inspected the damaged footbridge on Tuesday and have closed it to "
        "walkers.",
        "The footbridge was inspected by council staff on Tuesday, who have not closed it to "
        "walkers.",
    ),
]

# One fact, denied on one side only in words the rule does not read as a denied verb
# of the other's, or denied on both sides: still ✓.
STILL_AGREE = [
    (
        "The mayor told reporters she was saddened by the result of the vote but would not resign.",
        "The mayor said the result of the vote had saddened her, but she had no intention of "
        "resigning.",
    ),
    (
        "Council officers inspected the damaged footbridge on Tuesday and have not closed it to "
        "walkers.",
        "The footbridge was inspected by council staff on Tuesday and remains open to walkers.",
    ),
]


@pytest.mark.parametrize(("a", "b"), TOLD_APART)
def test_no_tick_over_a_clause_denied_on_one_side(a: str, b: str) -> None:
    assert Verdict.AGREE not in _statement_ticks(a, b)


@pytest.mark.parametrize(("a", "b"), STILL_AGREE)
def test_one_fact_told_with_one_denial_still_agrees(a: str, b: str) -> None:
    assert Verdict.AGREE in _statement_ticks(a, b)
