"""A field before a post noun on one side ("managing director") against a plain
noun before it on the other ("finance director") names two posts, as two fields
or two nouns do; a word of one family ("financial" / "finance director") does not.
Also: a denial of one group's harm against a count of that very group, and a verb
of stopping read only as a verb. Names and sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.align.harm import denied_group_harm, harm_denied_and_stated
from compare.align.stopping_verbs import STOPPING
from compare.extract.claims import Statement


def role_verdicts(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "role"]


def test_a_field_against_a_noun_is_two_posts() -> None:
    verdicts = role_verdicts(
        "The mill's managing director, Oskar Brandt, said the mill would close in May.",
        "The firm's marketing director, Oskar Brandt, said the mill would close in May.",
    )
    assert (Verdict.AGREE, None) not in verdicts
    verdicts = role_verdicts(
        "The mill's managing director, Oskar Brandt, said the mill would close in May.",
        "The firm's finance director, Oskar Brandt, said the mill would close in May.",
    )
    assert verdicts == [(Verdict.DIFFER, Conflict.TITLE)]


def test_one_family_is_one_post() -> None:
    verdicts = role_verdicts(
        "The mill's financial director, Oskar Brandt, said the mill would close in May.",
        "The firm's finance director, Oskar Brandt, said the mill would close in May.",
    )
    assert (Verdict.DIFFER, Conflict.TITLE) not in verdicts


def statement(text: str) -> Statement:
    return Statement(
        source="a",
        text=text,
        start=0,
        end=len(text),
        sentence=text,
        sentence_start=0,
        sentence_end=len(text),
        line=1,
        block="body",
    )


@pytest.mark.parametrize(
    ("denial", "count", "clash"),
    [
        ("None of the pupils was hurt, the school said.", "Two pupils suffered minor burns.", True),
        ("No pupils were injured.", "Three pupils were injured in the fire.", True),
        ("None of the pupils was hurt.", "Two teachers suffered minor burns.", False),
        ("None of the pupils was hurt in the second blast.", "Two pupils were hurt.", False),
    ],
)
def test_a_group_denied_against_its_count(denial: str, count: str, clash: bool) -> None:
    assert harm_denied_and_stated(statement(denial), statement(count)) is clash


def test_anyone_is_no_group() -> None:
    assert denied_group_harm(statement("No one was hurt.")) is None


def test_a_stopping_noun_is_no_verb() -> None:
    assert STOPPING.search("The tram came to a halt near the bridge") is None
    assert STOPPING.search("The operator halted the trams") is not None


def statement_ticks(a: str, b: str) -> int:
    comparison = compare_texts({"a": a, "b": b})
    return sum(
        1 for al in comparison.alignments if al.kind == "statement" and al.verdict == Verdict.AGREE
    )


def test_one_person_of_two_kinds_as_the_doer_is_no_tick() -> None:
    assert not statement_ticks(
        "A security guard wrestled one of the thieves to the ground, witnesses said.",
        "A passer-by wrestled one of the thieves to the ground, witnesses said.",
    )


def test_one_person_of_one_kind_still_agrees() -> None:
    assert statement_ticks(
        "A security guard wrestled one of the thieves to the ground, witnesses said.",
        "A security guard wrestled one of the thieves to the ground, police said.",
    )
