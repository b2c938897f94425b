"""Statements nothing paired, each the other's closest among those left
(leftover_statements.py): paired when their predicates name one event, or they give
one figure of one counted thing or one calendar day (fact_ties.py); two sentences of
one topic that show no one fact are not."""

from __future__ import annotations

import pytest

from compare.align import leftover_statements, registry
from compare.align.best_agreements import best_agreement_pairs
from compare.align.leftover_statements import leftover_best_pairs
from compare.align.settings import Options
from tests.test_mutual_best import _read

A = (
    "Storm Odile struck the northern coast of Brittany late on Sunday night.",
    "Engineers repaired the loading ramp at Roscoff overnight.",
    "Some 4,200 households in Morlaix went without tap water for a day.",
)
B = (
    "The storm hit Brittany's northern shore just before midnight on Sunday.",
    "The loading ramp at Roscoff was fixed by engineers within hours.",
    "The burst main cut supplies to about 4,200 households of the town for a day.",
)
# One topic (the council's meeting), two facts: no one event, no one figure.
MEETING_A = "The town council will debate the ramp repairs at its meeting on Tuesday."
MEETING_B = "Angry fishermen said they would crowd the next town council meeting."


def _leftover(a: tuple[str, ...], b: tuple[str, ...]) -> set[tuple[str, str]]:
    statements, sentences = _read({"a": " ".join(a), "b": " ".join(b)})
    found = leftover_best_pairs(statements, Options(), sentences)
    return {(statements[i].text[:20], statements[j].text[:20]) for _, i, j in found}


def test_one_event_in_other_words_pairs() -> None:
    # "repaired" / "was fixed": one event by WordNet's synonyms
    assert ("Engineers repaired t", "The loading ramp at ") in _leftover(A, B)


def test_one_figure_of_one_counted_thing_pairs() -> None:
    # "went without" / "cut": no one predicate, but 4,200 households on both sides
    assert ("Some 4,200 household", "The burst main cut s") in _leftover(A, B)


def test_one_topic_without_one_fact_does_not_pair() -> None:
    a, b = (*A, MEETING_A), (*B, MEETING_B)
    statements, sentences = _read({"a": " ".join(a), "b": " ".join(b)})
    closest = {
        (statements[i].text[:20], statements[j].text[:20])
        for _, i, j in best_agreement_pairs(statements, Options(), sentences, floor=0.2)
    }
    pair = (MEETING_A[:20], MEETING_B[:20])
    assert pair in closest  # each the other's closest, nothing in them sets apart
    assert pair not in _leftover(a, b)


# The repair sentence is closest to the inspection one of the other side, which is
# closest to its own inspection sentence: the repair pair is closest only once the
# inspections are taken out.
ROUNDS_A = (
    A[0],
    "Engineers inspected the loading ramp at Roscoff harbour on Monday.",
    "Engineers repaired the loading ramp at Roscoff harbour overnight.",
    "Ferry sailings to Plymouth were cancelled for the day.",
)
ROUNDS_B = (
    B[0],
    "The loading ramp at Roscoff harbour was checked on Monday.",
    "The ramp at Roscoff was fixed by engineers within hours.",
    "Schools across the region of Finistere stayed shut.",
)


def test_a_second_round_pairs_what_the_first_round_took_the_partner_of(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repair = ("Engineers repaired t", "The ramp at Roscoff ")
    monkeypatch.setattr(leftover_statements, "ROUNDS", 1)
    assert repair not in _leftover(ROUNDS_A, ROUNDS_B)
    monkeypatch.setattr(leftover_statements, "ROUNDS", 2)
    assert repair in _leftover(ROUNDS_A, ROUNDS_B)


def test_the_round_runs_after_every_other_statement_matcher() -> None:
    # across kinds, on the claims the kinds' own matchers left, agreements only; only
    # the figure ties (figure_ties.py) come after, on what this round left
    names = [spec.name for spec in registry.cross_kinds()]
    assert names[-2:] == ["leftover best statements", "figure-tied statements"]


# "plan" / "warn of" name no one event: the day both give ties the two sentences.
STOPPAGE_A = "Dock workers at Roscoff plan another stoppage on 14 March 2026."
STOPPAGE_B = "The union has warned of a fresh walkout by Roscoff dock workers on March 14, 2026."


def test_one_calendar_day_pairs() -> None:
    pair = (STOPPAGE_A[:20], STOPPAGE_B[:20])
    assert pair in _leftover((*A, STOPPAGE_A), (*B, STOPPAGE_B))
    undated_a = STOPPAGE_A.replace(" on 14 March 2026", "")
    undated_b = STOPPAGE_B.replace(" on March 14, 2026", "")
    assert (undated_a[:20], undated_b[:20]) not in _leftover((*A, undated_a), (*B, undated_b))
