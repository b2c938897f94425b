"""A word capitalised only for opening its sentence is no doer's name when the
articles never capitalise it inside a sentence (actor_names.opening_names)."""

from __future__ import annotations

from compare.align.actor_names import actors_named_apart, capitalised_inside
from compare.extract import extract_claims
from compare.extract.claims import Claim, Statement
from compare.ingest import Source


def statement(text: str, source: str) -> Claim:
    found = [
        c for c in extract_claims(Source.from_text(text, id=source)) if isinstance(c, Statement)
    ]
    assert found
    return found[0]


def test_capitalised_inside_skips_the_opening_word() -> None:
    told = capitalised_inside(["Surveyors marked the bank near Orlov Bridge."])
    assert "orlov" in told and "bridge" in told
    assert "surveyors" not in told


def test_two_common_nouns_opening_their_sentences_are_no_two_named_doers() -> None:
    a = statement("Surveyors marked the cracked bank of the canal with red paint.", "a")
    b = statement("Inspectors sprayed the damaged canal bank with red markings.", "b")
    # without the articles' evidence, the opening words read as names
    assert actors_named_apart(a, b)
    inside = capitalised_inside([a.sentence, b.sentence])
    assert not actors_named_apart(a, b, inside)


def test_a_name_written_inside_a_sentence_stays_a_name() -> None:
    a = statement("Halvorsen marked the cracked bank of the canal with red paint.", "a")
    b = statement("Brekke sprayed the damaged canal bank with red markings.", "b")
    inside = capitalised_inside(
        [a.sentence, b.sentence, "The engineer Ola Halvorsen arrived first.", "said Tor Brekke."]
    )
    assert actors_named_apart(a, b, inside)
