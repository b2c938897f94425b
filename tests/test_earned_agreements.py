"""A ✓ between two statements is earned: what both state was compared (issue 13).

Sentences written for these tests; none comes from a benchmark or corpus."""

from __future__ import annotations

from conftest import judged_statements

from compare import Comparison, Verdict, compare_texts
from compare.align.antonyms import opposite
from compare.align.model import Judgement

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def compare_pair(a: str, b: str) -> Comparison:
    return compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})


def judge(a: str, b: str) -> Judgement:
    """The statement judge on one sentence of each article, with its claims."""
    return judged_statements(a, b, PUBLISHED)


def statements(comparison: Comparison) -> list:
    return [
        al
        for al in comparison.alignments
        if str(al.kind) == "statement" and {m.source for m in al.members} == {"a", "b"}
    ]


def test_two_days_told_with_two_verbs_are_no_agreement() -> None:
    # The verbs cannot be read as one event, so the days are not checked to be one
    # fact's; read on real events such pairs were two events, so nothing is shown
    # either: the statements stay unpaired, never a ✓.
    comparison = compare_pair(
        "The bridge collapse happened on Thursday in the old harbour district, officials said.",
        "The old harbour bridge gave way on Friday in the harbour district, officials said.",
    )
    assert not statements(comparison)
    assert {u.claim.source for u in comparison.unique if str(u.claim.kind) == "statement"} == {
        "a",
        "b",
    }


def test_one_day_told_with_two_verbs_still_agrees() -> None:
    found = statements(
        compare_pair(
            "The bridge collapse happened on Thursday in the old harbour district, officials said.",
            "The old harbour bridge gave way on Thursday in the harbour district, officials said.",
        )
    )
    assert found and all(al.verdict == Verdict.AGREE for al in found)


def test_a_quote_credited_after_a_description_of_its_speaker_names_a_speaker() -> None:
    comparison = compare_pair(
        '"We have waited three seasons for a keeper this calm under pressure," said '
        "Harbourside technical director Kim Ostrow.",
        '"We have waited three seasons for a keeper this calm under pressure," Dale '
        "Brenner said at the club's training ground.",
    )
    quotes = [
        al
        for al in comparison.alignments
        if str(al.kind) == "quote" and {m.source for m in al.members} == {"a", "b"}
    ]
    assert quotes and all(al.verdict == Verdict.DIFFER for al in quotes)
    assert str(quotes[0].conflict) == "speaker"


def test_a_verb_whose_commonest_sense_has_an_opposite_is_opposed_too() -> None:
    # "back" a plan is WordNet's commonest sense of "back", one sense of "support"
    assert opposite("backed", "opposed")
    assert opposite("endorsed", "opposes")
    assert not opposite("backed", "supported")
    found = statements(
        compare_pair(
            "The nurses' union backed the hospital merger in a letter to members.",
            "The nurses' union opposed the hospital merger, its leaders said.",
        )
    )
    assert found and all(al.verdict == Verdict.DIFFER for al in found)
    assert str(found[0].conflict) == "opposite"


def test_two_clock_times_told_with_two_verbs_are_not_judged_to_agree() -> None:
    # the judge on the pair as the matcher would hand it over: no ✓, nothing shown
    unchecked = judge(
        "The warehouse blaze broke out at 2:15 a.m. near the rail depot.",
        "Flames tore through the warehouse near the rail depot at 5:30 a.m.",
    )
    assert unchecked.unchecked and unchecked.verdict != Verdict.DIFFER
    # within a quarter of an hour the times fit: a ✓ the judge can give
    close = judge(
        "The warehouse blaze broke out at 2:15 a.m. near the rail depot.",
        "Flames tore through the warehouse near the rail depot at 2:20 a.m.",
    )
    assert not close.unchecked and close.verdict == Verdict.AGREE


def test_the_day_a_thing_was_published_is_no_page_stamp() -> None:
    found = statements(
        compare_pair(
            "The survey findings were published on March 3.",
            "The survey findings were published on March 13.",
        )
    )
    assert found and all(al.verdict == Verdict.DIFFER for al in found)
    assert str(found[0].conflict) == "date"


def test_figures_of_one_predicate_told_in_other_words_are_not_a_tick() -> None:
    unchecked = judge(
        "About 120 workers were evacuated from the plant.",
        "Some 210 employees were evacuated from the plant.",
    )
    assert unchecked.unchecked and unchecked.verdict != Verdict.DIFFER
    same = judge(
        "About 120 workers were evacuated from the plant.",
        "About 120 employees were evacuated from the plant.",
    )
    assert not same.unchecked and same.verdict == Verdict.AGREE


def test_two_named_sides_swapped_are_an_actor_conflict() -> None:
    found = statements(
        compare_pair(
            "Kestrel Capital will buy Harlow Bank in an all-share deal.",
            "Harlow Bank will buy Kestrel Capital in an all-share deal.",
        )
    )
    assert found and all(al.verdict == Verdict.DIFFER for al in found)
    assert str(found[0].conflict) == "actor"


def test_a_phrasal_verb_is_opposed_as_its_commonest_sense() -> None:
    found = statements(
        compare_pair(
            "The board accepted the offer from Kestrel Capital on Monday.",
            "The board turned down the offer from Kestrel Capital on Monday.",
        )
    )
    assert found and all(al.verdict == Verdict.DIFFER for al in found)
    assert str(found[0].conflict) == "opposite"


def test_no_one_as_the_subject_denies_the_other_sides_subject() -> None:
    found = statements(
        compare_pair(
            "No one was injured in the grounding, the ferry operator said.",
            "Several passengers were injured in the grounding, the ferry operator said.",
        )
    )
    assert found and all(al.verdict == Verdict.DIFFER for al in found)
    assert str(found[0].conflict) == "negation"


def test_two_places_told_with_two_verbs_are_no_agreement() -> None:
    unchecked = judge(
        "The stolen crown was found at a storage unit in Brenham.",
        "Detectives recovered the crown from a farmhouse in Oakley.",
    )
    assert unchecked.unchecked and unchecked.verdict != Verdict.DIFFER


def test_a_quote_credited_to_another_speaker_through_a_pronoun_is_no_tick() -> None:
    comparison = compare_pair(
        'Mara Lind spoke to reporters. "This is a good day for our customers," she said.',
        '"This is a good day for our customers," said Tomas Berg.',
    )
    quotes = [
        al
        for al in comparison.alignments
        if str(al.kind) == "quote" and {m.source for m in al.members} == {"a", "b"}
    ]
    assert not any(al.verdict == Verdict.AGREE for al in quotes)
    # the same quote from one speaker, named once and then by pronoun, still agrees
    same = compare_pair(
        'Mara Lind spoke to reporters. "This is a good day for our customers," she said.',
        '"This is a good day for our customers," said Mara Lind.',
    )
    assert any(
        str(al.kind) == "quote" and al.verdict == Verdict.AGREE and len(al.members) == 2
        for al in same.alignments
    )


def test_one_quote_from_two_lone_surnames_is_no_tick() -> None:
    comparison = compare_pair(
        '"We are confident the deal will be approved," Ruiz told analysts.',
        '"We are confident the deal will be approved," Ode told analysts.',
    )
    assert not any(
        str(al.kind) == "quote" and al.verdict == Verdict.AGREE for al in comparison.alignments
    )


def test_one_quote_from_two_described_posts_is_no_tick() -> None:
    comparison = compare_pair(
        '"We were lucky nobody died," the fire chief said.',
        '"We were lucky nobody died," the plant manager said.',
    )
    assert not any(
        str(al.kind) == "quote" and al.verdict == Verdict.AGREE for al in comparison.alignments
    )
    # one post told two ways still agrees
    same = compare_pair(
        '"We were lucky nobody died," the fire chief said.',
        '"We were lucky nobody died," the chief said.',
    )
    assert any(
        str(al.kind) == "quote" and al.verdict == Verdict.AGREE and len(al.members) == 2
        for al in same.alignments
    )


def test_two_doers_named_after_their_description_are_no_agreement() -> None:
    # the frame's actor is the description ("A militia"); the names follow it
    verdict = judge(
        "A militia known as the Red Hand claimed the bombing of the depot on Friday.",
        "An armed faction called Stoneguard took responsibility for bombing the depot.",
    )
    assert verdict.unchecked


def test_an_acronym_names_the_same_doer_as_its_words() -> None:
    verdict = judge(
        "The Environmental Protection Agency has opened an inquiry into the spill.",
        "Investigators from the EPA have opened an inquiry into the spill.",
    )
    assert not verdict.unchecked


def test_one_named_doer_and_one_description_still_agree() -> None:
    verdict = judge(
        "A group known as the Red Hand claimed the attack on the depot.",
        "A militant group claimed the attack on the depot.",
    )
    assert verdict.verdict is Verdict.AGREE
    assert not verdict.unchecked


def test_a_figure_of_another_occurrence_is_no_figure_conflict() -> None:
    verdict = judge(
        "Last year a similar storm cut power to 80,000 homes in the county.",
        "The storm cut power to 45,000 homes in the county.",
    )
    assert verdict.verdict is not Verdict.DIFFER


def test_the_same_figures_without_another_occurrence_still_differ() -> None:
    verdict = judge(
        "The storm cut power to 80,000 homes in the county.",
        "The storm cut power to 45,000 homes in the county.",
    )
    assert verdict.verdict is Verdict.DIFFER
