"""Statement verdicts: negation, opposite predicates, figures, dates (sentences written here)."""

from __future__ import annotations

import pytest
from conftest import claim_fields

import compare
from compare.align.antonyms import opposite
from compare.align.frequencies import information
from compare.align.model import Conflict, Severity, Verdict
from compare.align.statement_judge import judge_statements
from compare.extract.claims import Frame, Span, Statement


def statement(source: str, text: str, frame: Frame | None = None) -> Statement:
    return Statement(**claim_fields(source, text), frame=frame)


def judge(a: str, b: str):
    return judge_statements([statement("a", a), statement("b", b)])


@pytest.mark.parametrize(
    ("a", "b", "conflict", "title"),
    [
        (
            "The planning board approved the harbour plan on Monday evening.",
            "The planning board rejected the harbour plan on Monday evening.",
            Conflict.OPPOSITE,
            "approved vs rejected",
        ),
        (
            "The striker's club won the cup final in extra time after a long night.",
            "The striker's club lost the cup final in extra time after a long night.",
            Conflict.OPPOSITE,
            "won vs lost",
        ),
        (
            "The jury acquitted the former treasurer of all charges on Friday.",
            "The jury convicted the former treasurer of all charges on Friday.",
            Conflict.OPPOSITE,
            "acquitted vs convicted",
        ),
        (
            "The driver was not drunk at the time of the crash, police said.",
            "The driver was drunk at the time of the crash, police said.",
            Conflict.NEGATION,
            "not drunk vs drunk",
        ),
        (
            "The council approved the new parking rules for the old town.",
            "The council did not approve the new parking rules for the old town.",
            Conflict.NEGATION,
            "approved vs not approve",
        ),
        (
            "Rescuers said 40 people were trapped under the collapsed market roof.",
            "Rescuers said 50 people were trapped under the collapsed market roof.",
            Conflict.FIGURE,
            "40 people vs 50 people",
        ),
        (
            "The ferry company announced the new winter timetable on Monday.",
            "The ferry company announced the new winter timetable on Thursday.",
            Conflict.DATE,
            "Monday vs Thursday",
        ),
    ],
)
def test_contradictions_are_judged_differ_with_their_conflict(a, b, conflict, title):
    judgement = judge(a, b)
    assert judgement.verdict == Verdict.DIFFER
    assert judgement.conflict == conflict
    # a date or time difference between statements is shown, as a variant (see judge)
    variant = conflict in ("date", "time", "negation", "opposite")
    assert judgement.severity == (Severity.VARIANT if variant else Severity.CONFLICT)
    assert judgement.title == title
    assert judgement.differences[0].kind == conflict.value


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The mining company did not respond to a request for comment.",
            "The mining company declined to respond to a request for comment.",
        ),
        (
            "A spokesman for the ministry refused to comment on the report.",
            "A spokesman for the ministry did not comment on the report.",
        ),
        (
            "The team did not win the final in the capital on Sunday.",
            "The team lost the final in the capital on Sunday.",
        ),
        (
            "A spokesman did not immediately respond to questions about the fire.",
            "A spokesman responded to questions about the fire later on.",
        ),
        (
            "Prices climbed by 5 percent over the year, the agency said.",
            "The agency said prices climbed by 5 percent over the year.",
        ),
        (
            "The lawyer denied the charges against his client in court.",
            "The lawyer's client faces charges in court.",
        ),
    ],
)
def test_compatible_statements_agree(a, b):
    judgement = judge(a, b)
    assert judgement.verdict == Verdict.AGREE
    assert judgement.conflict is None


def test_frames_decide_when_both_members_have_them():
    text_a, text_b = "Lawmakers backed the bill.", "Lawmakers voted the bill down."
    a = statement("a", text_a, Frame(predicate=Span(10, 16, "backed"), lemma="approve"))
    b = statement("b", text_b, Frame(predicate=Span(10, 15, "voted"), lemma="reject"))
    judgement = judge_statements([a, b])
    assert judgement.conflict == Conflict.OPPOSITE
    negated = statement(
        "b", text_a, Frame(predicate=Span(10, 16, "backed"), lemma="approve", negated=True)
    )
    assert judge_statements([a, negated]).conflict == Conflict.NEGATION


def test_opposites_come_from_wordnet_and_the_news_list():
    assert opposite("approved", "rejected")
    assert opposite("rose", "fell")
    assert opposite("acquitted", "convicted")
    assert not opposite("said", "told")
    assert not opposite("approved", "passed")


def test_rare_words_carry_more_information_than_common_ones():
    assert information("the") < information("budget") < information("osce")


def _text(body: str) -> str:
    return "The port authority held a meeting about the harbour on Tuesday.\n\n" + body


def test_a_contradicting_statement_pair_is_aligned_and_judged_in_the_pipeline():
    comparison = compare.compare_texts(
        {
            "a": _text("The harbour board approved the dredging contract for the northern quay."),
            "b": _text("The harbour board rejected the dredging contract for the northern quay."),
        }
    )
    found = [
        x
        for x in comparison.alignments
        if x.kind == "statement" and "dredging" in x.members[0].text
    ]
    assert len(found) == 1
    assert found[0].verdict == Verdict.DIFFER
    assert found[0].conflict == Conflict.OPPOSITE
    assert found[0].title == "approved vs rejected"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same sentence twice: "anyone else" and "no one else" in each
        (
            "The chief could not say if anyone else was inside, but said no one else was hurt.",
            "The chief could not say if anyone else was inside, but said no one else was hurt.",
        ),
        # a subordinate clause about someone else
        (
            "While the coach was not signed for next season, the three captains were signed.",
            "The three captains were signed for next season along with the coach.",
        ),
        # "none of" is a quantifier
        (
            "None of the other bidders has offered more than six years for the striker.",
            "The other bidders have offered the striker six years at most, his agent said.",
        ),
        # "not ... until" says it will happen later
        (
            "The name of the driver will be released after he is formally charged.",
            "The name of the driver will not be released until he is formally charged.",
        ),
        # the clause ends at the quote: "nothing" does not govern the speaker
        (
            '"The workers pay for everything while the banks pay nothing," said Tomas Weller.',
            '"The workers pay for everything while the banks pay nothing," Tomas Weller said.',
        ),
    ],
)
def test_a_negation_in_another_clause_or_idiom_is_no_contradiction(a, b):
    assert judge(a, b).verdict == Verdict.AGREE


def test_a_word_scaled_down_says_what_its_opposite_says():
    judgement = judge(
        "Rescuers said the hikers were insufficiently equipped and experienced for the ridge.",
        "Rescuers said the hikers were insufficiently equipped and inexperienced for the ridge.",
    )
    assert judgement.conflict != Conflict.OPPOSITE
