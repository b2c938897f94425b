"""Aligned statements are checked on the figures, tallies, dates, times and places
both sentences state: one conflict type per test, and one test per false-alarm class
(sentences written here)."""

from __future__ import annotations

import pytest
from conftest import claim_fields, judged_statements

from compare.align.model import Conflict, Judgement, Severity, Verdict
from compare.align.statement_judge import judge_statements

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def judge(a: str, b: str) -> Judgement:
    """The statement judge on one sentence from each of two articles, with the
    claims extracted from each sentence as the pipeline extracts them."""
    return judged_statements(a, b, PUBLISHED)


@pytest.mark.parametrize(
    ("a", "b", "conflict", "severity"),
    [
        (
            "The Hornets won the final game of the series 98-91 on their home court.",
            "The Hornets won the final game of the series 98-94 on their home court.",
            Conflict.TALLY,
            Severity.CONFLICT,
        ),
        (
            # a score right after the beaten side's name is no numbered name ("Route 66")
            "The Hornets beat the Falcons 98-91 in the final game of the series.",
            "The Hornets beat the Falcons 98-94 in the final game of the series.",
            Conflict.TALLY,
            Severity.CONFLICT,
        ),
        (
            "The council approved the budget by a 7-2 vote after a long debate.",
            "The council approved the budget by a 2-7 vote after a long debate.",
            Conflict.TALLY,
            Severity.CONFLICT,
        ),
        (
            "Flash floods killed 17 people in the valley towns, the governor said.",
            "Flash floods killed 27 people in the valley towns, the governor said.",
            Conflict.FIGURE,
            Severity.CONFLICT,
        ),
        (
            "The old bridge reopened to traffic on Sunday after three months of repairs.",
            "The old bridge reopened to traffic on Thursday after three months of repairs.",
            Conflict.DATE,
            Severity.VARIANT,
        ),
        (
            "The concert at the harbour stage started at 7 p.m. with a brass band.",
            "The concert at the harbour stage started at 9 p.m. with a brass band.",
            Conflict.TIME,
            Severity.VARIANT,
        ),
        (
            "The small plane came down near Aldbourne shortly after take-off.",
            "The small plane came down near Ramsbury shortly after take-off.",
            Conflict.PLACE,
            Severity.VARIANT,
        ),
    ],
)
def test_a_stated_fact_that_differs_is_no_agreement(a, b, conflict, severity):
    judgement = judge(a, b)
    assert judgement.verdict == Verdict.DIFFER
    assert judgement.conflict == conflict
    assert judgement.severity == severity


def test_the_same_predicate_and_object_with_another_subject_is_an_actor_conflict():
    judgement = judge(
        "Lena Ortiz scored the winning goal in the last minute of the derby.",
        "Maya Brandt scored the winning goal in the last minute of the derby.",
    )
    assert (judgement.verdict, judgement.conflict) == (Verdict.DIFFER, Conflict.ACTOR)


def test_two_subjects_with_converse_verbs_still_agree():
    # "A beat B" and "B lost to A" are one fact.
    judgement = judge(
        "Lena Ortiz beat Maya Brandt in the semi-final on clay courts.",
        "Maya Brandt lost to Lena Ortiz in the semi-final on clay courts.",
    )
    assert judgement.verdict == Verdict.AGREE


def test_figures_the_same_and_hedged_agree():
    judgement = judge(
        "About 400 workers lost their jobs when the paper mill closed its doors.",
        "Some 400 workers lost their jobs when the paper mill closed its doors.",
    )
    assert judgement.verdict == Verdict.AGREE


def test_one_figure_alike_leaves_the_others_to_other_things():
    # 1.2 million this year, against 3.4 million a decade earlier: b gives only the latter.
    judgement = judge(
        "Visitor numbers fell to 1.2 million visitors, compared with 3.4 million a decade ago.",
        "Visitor numbers stood at 3.4 million visitors a decade ago, the museum said.",
    )
    assert judgement.conflict != Conflict.FIGURE


def test_a_part_of_a_whole_is_not_compared():
    judgement = judge(
        "The champion landed 31 of his 70 punches in the final round of the bout.",
        "The champion landed 190 of his 412 punches in the bout, the final figures showed.",
    )
    assert judgement.conflict != Conflict.FIGURE


def test_a_figure_that_describes_a_noun_is_not_a_count():
    judgement = judge(
        "The club offered the winger a four-year contract worth a record fee.",
        "The club offered the winger a contract for the next two seasons worth a record fee.",
    )
    assert judgement.conflict != Conflict.FIGURE


def test_different_sets_of_one_thing_are_not_compared():
    judgement = judge(
        "The frigate was escorting five merchant vessels through the strait at dawn.",
        "The frigate intercepted three pirate vessels in the strait at dawn.",
    )
    assert judgement.conflict != Conflict.FIGURE


def test_a_city_and_its_country_are_no_place_conflict():
    judgement = judge(
        "A gas explosion at a bakery in Portugal injured four people on Monday.",
        "A gas explosion at a bakery in Lisbon injured four people on Monday.",
    )
    assert judgement.verdict == Verdict.AGREE


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The climber fell 200 metres at Mt Kelso.", "The climber fell 200 metres at Mount Kelso."),
        (
            "The convoy sailed through the NTC at noon.",
            "The convoy sailed through the Northern Transit Corridor at noon.",
        ),
    ],
)
def test_one_place_spelt_two_ways_agrees(a, b):
    assert judge(a, b).verdict == Verdict.AGREE


def test_days_of_two_predicates_are_not_compared():
    # The party was on Friday; the staff were coping on Saturday: two moments.
    judgement = judge(
        "Staff at the warehouse were coping on Saturday with the loss of their manager.",
        "Their manager was shot dead at the warehouse party on Friday, police said.",
    )
    assert judgement.conflict != Conflict.DATE


def test_sentences_that_share_little_are_a_variant_at_most():
    judgement = judge(
        "The storm injured five people on the island and damaged dozens of homes.",
        "Local radio reported that three people were hurt as the gale swept the coast.",
    )
    assert judgement.severity != Severity.CONFLICT


def test_without_the_sentences_claims_the_judge_still_works():
    # `check` and the hand-made tests call the judge without context.
    from compare.extract.claims import Statement as Made

    def made(source: str, text: str) -> Made:
        return Made(**claim_fields(source, text))

    text = "The ferry left the harbour at dawn."
    assert judge_statements([made("a", text), made("b", text)]).verdict == Verdict.AGREE


def test_a_page_time_stamp_is_not_the_events_date():
    judgement = judge(
        "Harbour fire destroys warehouse 7:05pm EST, Tuesday 4 March 2025 A fire destroyed "
        "a harbour warehouse.",
        "Harbour fire destroys warehouse Updated Wed 5 March 2025, 9:10am A fire destroyed "
        "a harbour warehouse.",
    )
    assert judgement.conflict not in (Conflict.DATE, Conflict.TIME)


def test_one_facility_named_by_two_kinds_of_place_agrees():
    judgement = judge(
        "The singer checked into the Lakeview Clinic near the coast on Friday.",
        "The singer checked into the Lakeview Center near the coast on Friday.",
    )
    assert judgement.verdict == Verdict.AGREE


def _statement_alignments(a: str, b: str):
    from compare import compare_texts

    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    return [al for al in comparison.alignments if al.kind == "statement"]


def test_one_event_told_with_another_time_is_aligned_and_differs():
    # The slot that differs is most of what the short sentence says, so the word
    # model alone leaves the pair apart; the slot matcher pairs them for the judge.
    found = _statement_alignments(
        "The derby kicked off at 2 p.m. in front of a sell-out crowd at Riverside Park, the "
        "biggest attendance of the year.",
        "The game kicked off at 4.30pm.",
    )
    assert [(al.verdict, al.conflict) for al in found] == [(Verdict.DIFFER, Conflict.TIME)]


def test_two_events_with_their_own_days_are_not_paired_by_their_slots():
    found = _statement_alignments(
        "The bakery on Mill Lane opened on Monday with a queue around the block.",
        "A new library opened on Friday beside the station after two years of work.",
    )
    assert found == []


def test_a_tally_clash_is_told_with_the_score_of_the_same_game() -> None:
    # two games in one sentence: the clash is the Kestrels' loss, not the 4-2 win
    judgement = judge(
        "Ormond City went top with a 4-2 win over Dunmere, as the Kestrels lost 1-0 to"
        " Varley Town.",
        "The Kestrels, beaten 2-0 by Varley Town, slipped to second.",
    )
    assert judgement.verdict == Verdict.DIFFER
    assert judgement.conflict == Conflict.TALLY
    assert judgement.title == "1–0 vs 2–0"


def test_the_year_of_becoming_is_no_date_of_a_death() -> None:
    # "became" names a state entered, no event that dying is a kind of: the year and
    # the day date two events
    judgement = judge(
        "Tomas Breil, who in 1988 became the first keeper of the harbour museum, has died"
        " at his home in Cobh.",
        "Tomas Breil, the first keeper of the harbour museum, died on 2 March at his home in Cobh.",
    )
    assert judgement.conflict != Conflict.DATE


def test_a_figure_clash_is_told_with_the_figure_of_the_same_party() -> None:
    # two firms fined in one sentence: the clash is Keldale's fine, not Norvik's
    judgement = judge(
        "The broker Keldale Partners was fined £300,000.",
        "Norvik Capital was fined £1.8m, while the broker Keldale Partners was fined £180,000.",
    )
    assert judgement.verdict == Verdict.DIFFER
    assert judgement.title == "£300,000 vs £180,000"


def test_two_measures_of_one_noun_told_apart_are_no_clash() -> None:
    # operating profit and net profit are two measures, whatever their figures
    judgement = judge(
        "The brewer said it expected full-year operating profit of between $210 million and"
        " $230 million.",
        "The brewer made a net profit of $48 million in the quarter.",
    )
    assert judgement.verdict == Verdict.AGREE and judgement.unchecked


def test_one_measure_told_with_one_modifier_still_clashes() -> None:
    judgement = judge(
        "The brewer made a net profit of $48 million in the quarter, it said.",
        "The brewer made a net profit of $52 million in the quarter, it said.",
    )
    assert judgement.verdict == Verdict.DIFFER


def test_a_single_score_against_a_scoreline_of_sets_is_no_clash() -> None:
    # "7-5" is a tie-break's score, "4-6, 6-2, 6-3" a match's: a part and a whole
    judgement = judge(
        "Moreau, the third seed, won 4-6, 6-2, 6-3 in two hours, saving five break points.",
        "The second seed served 11 aces and never faced a break point, winning the tie-break 7-5.",
    )
    assert judgement.conflict != Conflict.TALLY
