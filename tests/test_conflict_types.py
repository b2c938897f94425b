"""Conflicts caught with the right type (issue 13): abbreviated titles inside a
name, acronyms in descriptions of one post. Sentences written here."""

from __future__ import annotations

from compare import Comparison, Verdict, compare_texts
from compare.align.roles import roles_agree
from compare.extract.names import name_mentions

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def compare_pair(a: str, b: str) -> Comparison:
    return compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})


def across(comparison: Comparison, kind: str) -> list:
    """Alignments of a kind with a member from each article."""
    return [
        al
        for al in comparison.alignments
        if str(al.kind) == kind and {m.source for m in al.members} == {"a", "b"}
    ]


def test_an_abbreviated_title_after_a_word_stays_in_the_name() -> None:
    mentions = [m.text for m in name_mentions("Later, Acting Gov. Olu Bankole spoke.")]
    assert "Acting Gov. Olu Bankole" in mentions


def test_a_full_stop_still_ends_a_name_before_the_next_sentence() -> None:
    mentions = [m.text for m in name_mentions("They met on Friday. Captain Ines Moll agreed.")]
    assert "Friday" in mentions and "Captain Ines Moll" in mentions


def test_two_abbreviated_titles_of_one_person_are_a_title_conflict() -> None:
    comparison = compare_pair(
        "State Sen. Petra Olsen won the county seat on Sunday.",
        "State Rep. Petra Olsen won the county seat on Sunday.",
    )
    roles = across(comparison, "role")
    assert roles and all(al.verdict == Verdict.DIFFER for al in roles)
    assert str(roles[0].conflict) == "title"


def test_an_acronym_and_the_words_it_stands_for_are_one_post() -> None:
    assert roles_agree("Lakeland Fire Service Lt.", "LFS Lt.")
    assert not roles_agree("Lakeland Fire Service Lt.", "LFS Sgt.")
