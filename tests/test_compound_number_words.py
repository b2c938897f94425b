"""A number told in words with a hyphen ("Forty-three", "ninety-nine") is a figure,
like "three" or "43": the noun after it is counted, not a verb ("Forty-three minutes
into the flight, the crew ..."), and the clause's verb is the one after. Sentences
invented here."""

from __future__ import annotations

import pytest

from compare.extract import extract_claims
from compare.extract.tags import NUM, VERB, WORD
from compare.extract.wordclass import tag_tokens
from compare.ingest import Source


def _tags(sentence: str) -> dict[str, str]:
    return {t.text: t.tag for t in tag_tokens(sentence)}


@pytest.mark.parametrize(
    ("sentence", "number", "noun"),
    [
        ("Forty-three minutes into the flight, the crew turned back.", "Forty-three", "minutes"),
        ("Twenty-one boats left the harbour at dawn.", "Twenty-one", "boats"),
        ("The committee met for ninety-five minutes on Tuesday.", "ninety-five", "minutes"),
        ("Sixty-eight hours after the storm, power came back.", "Sixty-eight", "hours"),
    ],
)
def test_a_hyphenated_number_word_is_a_figure_and_its_noun_no_verb(
    sentence: str, number: str, noun: str
) -> None:
    tags = _tags(sentence)
    assert tags[number] == NUM
    assert tags[noun] == WORD


def test_words_with_a_hyphen_that_are_not_numbers_keep_their_class() -> None:
    tags = _tags("The well-known singer met a one-man band and a ten-year-old fan.")
    assert tags["well-known"] != NUM
    assert tags["one-man"] != NUM


def test_the_verb_after_a_spelled_number_opening_is_the_frame_s() -> None:
    text = "Thirty-six minutes into the match, the home side did not score a goal."
    claim = next(c for c in extract_claims(Source.from_text(text, id="x")) if c.kind == "statement")
    assert claim.frame is not None
    assert claim.frame.lemma == "score"
    assert claim.frame.negated
    assert _tags(text)["did"] != VERB
