"""A "he said" after a sentence about another person than the last speaker is that
person's (compare/extract/quoting.py, _told_about_since): texts written for these
tests in other domains than the benchmark sets'."""

from __future__ import annotations

import pytest

from compare import Source
from compare.extract import Quote, extract_claims


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    source = Source.from_text(text, id="t")
    return [(c.speaker, c.speaker_mention) for c in extract_claims(source) if isinstance(c, Quote)]


_HEARING = (
    "The planning board met on Tuesday to hear the marina appeal.\n"
    "“Nobody on this board wants to see the harbour closed,” said Helen Marsh, "
    "a retired harbour engineer who advised the board.\n"
)


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        # the sentence before turns to another person: the pronoun is his
        (
            "Victor Lund, who had built the marina in 1998, stood up for the first time "
            "as his neighbours watched.\n",
            "Victor Lund",
        ),
        # a sentence whose subject is no person: the last speaker still speaks
        ("The room fell silent for a minute.\n", "Helen Marsh"),
        # a sentence naming another person but referring to no "he": no sign of him
        ("Judge Victor Lund set a new hearing for May.\n", "Helen Marsh"),
        # its pronoun is another's ("her"): not the "he" of the quote
        ("Victor Lund thanked Anna Berg for her patience.\n", "Helen Marsh"),
        # a sentence about the last speaker herself
        ("Marsh, who had studied the plans for months, paused.\n", "Helen Marsh"),
    ],
)
def test_he_said_after_a_sentence_about_someone(between: str, speaker: str) -> None:
    text = _HEARING + between + "“I only wanted the boats to stay,” he said.\n"
    assert _speakers(text)[-1] == (speaker, "he")


def test_the_last_speakers_own_next_sentence_keeps_her() -> None:
    text = _HEARING + "“It was never about the money,” she said.\n"
    assert _speakers(text)[-1] == ("Helen Marsh", "she")
