"""One quotation credited to two people, one named with the body or place they
serve after the name ("said Sheriff Ana Ruiz of Marsh County"), is a speaker
conflict: the words after the name tell whom the person serves, so the sentence
still names the speaker. A post written with "of" before the name ("Secretary of
State Tom Hale") is no affiliation. A sentence naming the other outlet's speaker,
even misspelt by one letter, keeps a misread speaker from clashing. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.align.quote_speakers import _names_speaker
from compare.extract import Quote, extract_claims
from compare.ingest.source import Source

QUOTE = "Nobody in this valley will forget what the water did to these streets"


def _quotes(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if str(al.kind) == "quote"]


@pytest.mark.parametrize(
    "b",
    [
        f'"{QUOTE}," said Sheriff Ana Ruiz of Marsh County, whose deputies led the search.',
        f'"{QUOTE}," said Ana Ruiz of the Marsh County Water Board.',
        f'"{QUOTE}," Secretary of State Ana Ruiz said on Friday.',
    ],
)
def test_two_people_one_named_with_a_body(b):
    a = f'"{QUOTE}," Fire Commissioner Tom Hale told reporters on Friday.'
    assert _quotes(a, b) == [(Verdict.DIFFER, Conflict.SPEAKER)]


def test_one_person_named_with_a_body_agrees():
    a = f'"{QUOTE}," Sheriff Ana Ruiz told reporters on Friday.'
    b = f'"{QUOTE}," said Sheriff Ana Ruiz of Marsh County.'
    assert _quotes(a, b) == [(Verdict.AGREE, None)]


def _quote(text: str) -> Quote:
    found = [c for c in extract_claims(Source.from_text(text)) if isinstance(c, Quote)]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("other", "named"),
    [
        ("Marta Kowalski", True),
        ("Marta Kowalsky", True),  # one letter apart after the same first name: misspelt
        ("Marta Kowalczyk", False),
        ("Lena Kowalsky", False),
    ],
)
def test_a_name_misspelt_by_one_outlet_is_still_named(other, named):
    """Whether a quote's sentence names the other outlet's speaker, so that a speaker
    the extractor misread on one side is no clash (quote_speakers._names_speaker)."""
    quote = _quote(f'Marta Kowalski, who heads the river trust, put it plainly: "{QUOTE}."')
    assert _names_speaker(quote, other) is named
