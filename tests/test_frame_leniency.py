"""Frames are extracted imperfectly: the engine must not keep one fact apart for a
misread clause, and must still keep different facts apart."""

from __future__ import annotations

import datetime as dt
from typing import Any

from compare import Conflict, Verdict, compare_texts
from compare.align.frames import compare_frames, two_names
from compare.extract.claims import Frame, Span
from compare.extract.temporal import find_dates


def numbers_of(a: str, b: str) -> list[Any]:
    return [x for x in compare_texts({"a": a, "b": b}).alignments if x.kind == "number"]


def span(text: str) -> Span:
    return Span(0, len(text), text)


def test_a_noun_like_plan_is_no_future_tense() -> None:
    wednesday = dt.date(2024, 5, 15)
    text = "The board backed the spending plan on Tuesday."
    [found] = find_dates(text, 0, wednesday)
    assert found.value == "2024-05-14"  # the Tuesday before, not the one after
    text = "The board plans to vote on Tuesday."
    [found] = find_dates(text, 0, wednesday)
    assert found.value == "2024-05-21"


def test_a_light_verb_is_no_predicate_clash() -> None:
    carried = Frame(lemma="carry", thing=span("passengers"))
    were = Frame(lemma="be", thing=span("passengers"))
    assert compare_frames(carried, were).aligned
    # two verbs that name events still keep the claims apart
    assert not compare_frames(carried, Frame(lemma="drop", thing=span("passengers"))).aligned


def test_negated_light_verb_against_another_verb_is_no_negation() -> None:
    match = compare_frames(Frame(lemma="be", negated=True), Frame(lemma="close"))
    assert match.conflict is None and not match.aligned


def test_two_names_are_two_actors_but_descriptions_may_be_one() -> None:
    assert two_names(span("the Jets"), span("the Dolphins"))
    assert two_names(span("Maria Lopez"), span("Ana Ruiz"))
    assert not two_names(span("the match"), span("the game"))
    assert not two_names(span("Maria Lopez"), span("Lopez"))


def test_figures_of_one_unit_align_though_their_clauses_were_misread() -> None:
    [found] = numbers_of(
        # "burned" and "scorched": two verbs for one event, no synonyms in WordNet's table
        "The Cedar Ridge fire has burned 7,400 acres of grassland, rangers said.",
        "By the evening the Cedar Ridge fire had scorched 4,700 acres of grassland.",
    )
    assert found.verdict == Verdict.DIFFER and found.conflict == Conflict.FIGURE


def test_this_year_and_last_year_are_two_figures() -> None:
    found = numbers_of(
        "The town's road budget for this year is $12 million.",
        "Last year the town spent $11 million on its road budget.",
    )
    assert [x for x in found if x.verdict != Verdict.AGREE] == []


def test_two_named_players_figures_stay_apart() -> None:
    found = numbers_of(
        "Okafor scored 31 points in the win.",
        "Lindqvist scored 24 points in the win.",
    )
    assert [x for x in found if x.verdict != Verdict.AGREE] == []


def test_one_large_figure_of_one_unit_agrees_in_unrelated_words() -> None:
    [found] = numbers_of(
        "Floodwater drove about 4,200 people out of the valley, the mayor said on radio.",
        "Roughly 4,200 residents were told to leave.",
    )
    assert found.verdict == Verdict.AGREE


def test_small_equal_figures_still_need_shared_words() -> None:
    found = numbers_of("Two teachers were praised by the inspectors.", "Two trains were late.")
    assert found == []


def test_statements_whose_frames_name_one_event_are_compared() -> None:
    from compare.align.frame_statements import frame_statement_pairs
    from compare.extract import Statement, extract_claims
    from compare.ingest import Source

    def statements(text: str, id: str) -> list[Statement]:
        claims = extract_claims(Source.from_text(text, id=id))
        return [c for c in claims if isinstance(c, Statement)]

    a = statements("Witnesses said the delivery van was not speeding near the old bridge.", "a")
    b = statements("The delivery van was speeding when it crossed the old bridge at dusk.", "b")
    assert [(i, j) for _, i, j in frame_statement_pairs(a + b)] == [(0, 1)]
    other = statements("The delivery van was speeding past the school near the bridge.", "c")
    bus = statements("The city bus was speeding past the school near the bridge.", "d")
    assert frame_statement_pairs(other + bus) == []  # another vehicle: another event
