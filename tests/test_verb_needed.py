"""A sentence whose words the tagger read all as nouns gets its verb back
(compare/extract/verb_needed.py), and an -ing noun before an auxiliary heads the
subject (verb_reading.py). Sentences invented for these tests."""

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
    return [t.text for t in analyse(text, 0, sentence=True).tokens if t.tag == VERB]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The barge hit rocks off the headland.", "hit"),  # an invariant past
        ("The survey cost 12 million dollars.", "cost"),
        ("Mendoza takes office on Friday.", "takes"),  # an -s form before a bare noun
        ("The new tolls take effect in May.", "take"),  # a base form after a plural
        ("Two remain in a critical condition.", "remain"),  # after a figure of more
        ("Of those, 210 reopened quickly.", "reopened"),  # a past after a figure
        ("A flood in 1987 destroyed more than 90 homes.", "destroyed"),
        ("The lighthouse, some 40 metres tall, stands on a cliff.", "stands"),
        ("The island ferry now leaves hourly.", "leaves"),  # past an adverb
        ("Cargo revenue rises on strong demand.", "rises"),  # a base form is the subject's
    ],
)
def test_a_sentence_without_a_verb_gets_one(sentence: str, verb: str) -> None:
    assert verbs(sentence) == [verb]


@pytest.mark.parametrize(
    "text",
    [
        "Paper maps, broken radios and a flare",  # a list of nouns
        "The main cast;",  # an adjective, then its noun
        "Nine full days of talks.",
        "A $40 million sum for the stadium.",  # a scale word
        "Her 2019 record at the trials.",  # a year
        "Eight stations along the coast.",  # an -s form does not agree with a figure
    ],
)
def test_no_verb_is_made_where_none_can_stand(text: str) -> None:
    assert verbs(text) == []


def test_a_quote_fragment_keeps_no_verb() -> None:
    assert [t for t in analyse("the barge hit rocks", 0).tokens if t.tag == VERB] == []


def test_the_frame_of_a_sentence_read_anew() -> None:
    read = frame("The barge hit rocks off the headland.")
    assert read.lemma == "hit"
    assert read.actor is not None and read.actor.text == "The barge"
    assert read.thing is not None and read.thing.text == "rocks"


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
