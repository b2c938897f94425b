"""An -ing noun right before a finite auxiliary heads the subject
(verb_reading.py): "No flood warning had been given". Sentences invented here."""

from __future__ import annotations

import pytest

from compare import Source
from compare.extract import Frame, Statement, extract_claims
from compare.extract.clauses import analyse
from compare.extract.tags import VERB


def frame(text: str) -> Frame:
    claims = extract_claims(Source.from_text(text), qualifiers=True)
    found = next(c for c in claims if isinstance(c, Statement))
    assert isinstance(found, Statement) and found.frame is not None
    return found.frame


def verbs(text: str) -> list[str]:
    return [t.text for t in analyse(text, 0).tokens if t.tag == VERB]


@pytest.mark.parametrize(
    ("sentence", "lemma", "thing"),
    [
        ("No flood warning had been given before the storm.", "give", "No flood warning"),
        ("Drilling was stopped after the spill.", "stop", "Drilling"),
        ("Night sailing could be banned next year.", "ban", "Night sailing"),
    ],
)
def test_an_ing_noun_before_an_auxiliary_heads_the_subject(
    sentence: str, lemma: str, thing: str
) -> None:
    read = frame(sentence)
    assert read.lemma == lemma
    assert read.thing is not None and read.thing.text == thing


def test_an_ing_verb_after_be_stays_a_verb() -> None:
    assert "drilling" in verbs("The crews were drilling all night.")
    assert "building" in verbs("The council is building homes that will open in May.")
