"""A statement read by the other clauses of its sentence (clause_readings): a deed told
in a "who" clause or after a misread opening meets the same deed told in a main clause
of the other article, for the actor judge. Sentences written here, in domains of
their own."""

from __future__ import annotations

from conftest import actor_pairs

from compare.align.clause_readings import clause_readings
from compare.extract import extract_claims
from compare.extract.claims import Statement
from compare.extract.frames import clause_frames
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-06-02\n---\n\n"


def paired(a: str, b: str) -> list[tuple[str, str]]:
    return actor_pairs(a, b, "2025-06-02")


def test_clause_frames_read_a_who_clause() -> None:
    words = "Skipper Hanna Voss, who steered the winning yacht, thanked the harbour crews."
    frames = clause_frames(words)
    told = {(f.lemma, f.actor.text if f.actor else None) for f in frames}
    assert ("steer", "Skipper Hanna Voss") in told


def test_clause_frames_keep_source_offsets() -> None:
    words = "Skipper Hanna Voss, who steered the winning yacht, thanked the harbour crews."
    for frame in clause_frames(words, 100):
        assert frame.predicate is not None
        start = frame.predicate.start - 100
        assert words[start : frame.predicate.end - 100] == frame.predicate.text


def test_readings_of_a_one_clause_sentence_are_none() -> None:
    claims = extract_claims(
        Source.from_text(
            PUBLISHED + "Hanna Voss steered the yacht across the bay on Sunday.", id="a"
        )
    )
    statement = next(c for c in claims if isinstance(c, Statement))
    assert clause_readings(statement) == []


def test_a_passive_meets_a_who_clause_of_another_doer() -> None:
    a = "The rescue of the stranded dinghy was led by harbourmaster Pieter Claes at dusk."
    b = (
        "Coxswain Ingrid Moller, who led the rescue of the stranded dinghy, "
        "praised the volunteers at dusk."
    )
    assert len(paired(a, b)) == 1


def test_the_same_doer_in_a_who_clause_does_not_pair() -> None:
    a = "The rescue of the stranded dinghy was led by harbourmaster Pieter Claes at dusk."
    b = (
        "Harbourmaster Pieter Claes, who led the rescue of the stranded dinghy, "
        "praised the volunteers at dusk."
    )
    assert paired(a, b) == []


def test_two_acts_of_two_people_do_not_pair() -> None:
    a = "The rescue of the stranded dinghy was led by harbourmaster Pieter Claes at dusk."
    b = (
        "Coxswain Ingrid Moller, who towed the stranded dinghy to the slipway, "
        "praised the volunteers at dusk."
    )
    assert paired(a, b) == []


def test_a_who_clause_credit_in_the_other_article_does_not_pair() -> None:
    a = "Coxswain Ingrid Moller led the rescue of the stranded dinghy at dusk."
    b = (
        "The rescue of the stranded dinghy was led by harbourmaster Pieter Claes at dusk.\n\n"
        "Coxswain Ingrid Moller, who also led the rescue of the stranded dinghy, "
        "thanked the crews."
    )
    assert paired(a, b) == []


def test_a_common_noun_described_by_a_town_names_no_doer() -> None:
    a = (
        "A Bristol cave diver who mapped the flooded tunnel said the water rose fast.\n\n"
        "Nothing else was found in the tunnel that week."
    )
    b = (
        "Diver Tomas Roe, who mapped the flooded tunnel, said the water rose fast.\n\n"
        "The tunnel stays closed for the winter."
    )
    assert paired(a, b) == []


def test_a_clause_without_who_is_not_read() -> None:
    a = "A radio station is reporting that the Harriers have offered winger Sam Odell a deal."
    b = (
        "Kemp reported the Rovers board of chairman Ian Pike, director Ruth Sey and coach "
        "Ben Ames offered Odell a four-year deal."
    )
    assert paired(a, b) == []
