"""A speaker after the speech verb with two lower-case posts joined by "and"
("said founder and chairman Ana Ruiz") is the name after them; a phrase of two
people ("said a driver and a passenger") is not read as one. Sentences written for
these tests."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts


def _quote_speakers(text: str) -> list[str | None]:
    comparison = compare_texts({"a": text, "b": text})
    return [
        getattr(m, "speaker", None)
        for al in comparison.alignments
        if al.kind == "quote"
        for m in al.members
        if m.source == "a"
    ]


def test_two_posts_before_the_name_are_the_speakers():
    text = "“The harbour will reopen in spring,” said founder and chairman Ilse Maarten."
    assert _quote_speakers(text) == ["Ilse Maarten"]


def test_one_quote_two_speakers_of_one_surname_differ():
    a = "“The harbour will reopen in spring,” managing director Pieter Maarten said on Monday."
    b = "“The harbour will reopen in spring,” said founder and chairman Ilse Maarten, 68."
    comparison = compare_texts({"a": a, "b": b})
    found = [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "quote"]
    assert found == [(Verdict.DIFFER, Conflict.SPEAKER)]
