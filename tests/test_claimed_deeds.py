"""Responsibility claimed by two named groups, on sentences written for these tests."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts


def _statements(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]


def test_two_groups_claiming_or_taking_responsibility_are_an_actor_conflict():
    a = "An armed faction known as the Iron Oak claimed responsibility in a video on Friday."
    b = "A militia called Stonebridge took responsibility for the bombing in a statement on Friday."
    assert _statements(a, b) == [(Verdict.DIFFER, Conflict.ACTOR)]


def test_one_group_claiming_and_taking_responsibility_is_no_conflict():
    a = "An armed faction known as the Iron Oak claimed responsibility in a video on Friday."
    b = "The Iron Oak took responsibility for the bombing in a statement on Friday."
    assert (Verdict.DIFFER, Conflict.ACTOR) not in _statements(a, b)


def test_a_group_denying_responsibility_is_not_claiming_it():
    a = "An armed faction known as the Iron Oak claimed responsibility in a video on Friday."
    b = "A militia called Stonebridge denied responsibility for the bombing on Friday."
    assert (Verdict.DIFFER, Conflict.ACTOR) not in _statements(a, b)


def _frame(text: str):
    from compare.extract import extract_claims
    from compare.ingest import Source

    claims = extract_claims(Source.from_text(text, id="a"))
    return next(c for c in claims if c.kind == "statement").frame


def test_a_noun_called_by_a_name_is_the_doer_of_the_verb_after():
    # "called" between a common noun and a name names the noun ...
    frame = _frame("A hacking crew called Saltmarsh claimed responsibility for the outage.")
    assert (frame.lemma, frame.actor.text) == ("claim", "Saltmarsh")
    # ... and "crew", also an old past form of "crow", is the noun before it
    frame = _frame("The rescue crew reached the men on Monday.")
    assert (frame.lemma, frame.actor.text) == ("reach", "The rescue crew")
    # with no other verb, "called" is the sentence's verb
    frame = _frame("The mayor called Smith a liar on Monday.")
    assert frame.lemma == "call"


def test_a_group_known_by_name_and_a_crew_called_by_name_are_an_actor_conflict():
    a = "A hacking group known as Grey Heron claimed responsibility for the outage on Monday."
    b = "A ransomware crew called Saltmarsh claimed responsibility for the outage on Monday."
    assert _statements(a, b) == [(Verdict.DIFFER, Conflict.ACTOR)]
