"""A quotation of several sentences whose speaker is named after it: the quote's
sentence runs on to the attribution ("“... flooded. We will rebuild,” said Ana
Ruiz"), which its first sentence does not hold. A speaker carried from an earlier
quote, or named before the quotation, leaves the sentence as it was. Sentences
written for these tests."""

from __future__ import annotations

from compare.extract import Quote, extract_claims
from compare.ingest.source import Source


def _quotes(text: str) -> list[Quote]:
    return [c for c in extract_claims(Source.from_text(text)) if isinstance(c, Quote)]


def test_the_attribution_after_a_quote_of_two_sentences_is_in_its_sentence():
    text = (
        "The river rose overnight. "
        '"Every cellar on the street flooded. We will rebuild," said Ana Ruiz, who runs the bakery.'
    )
    [quote] = _quotes(text)
    assert quote.speaker == "Ana Ruiz"
    assert quote.sentence.startswith('"Every cellar')
    assert quote.sentence.endswith("who runs the bakery.")


def test_a_speaker_named_before_the_quotation_leaves_the_sentence_alone():
    text = 'Ana Ruiz said: "Every cellar on the street flooded. We will rebuild." The rain stopped.'
    [quote] = _quotes(text)
    assert "The rain stopped" not in quote.sentence
