from __future__ import annotations

from pathlib import Path

import pytest

from compare import Source


def sentences(text: str) -> list[str]:
    return [s.text for s in Source.from_text(text, id="x").sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Imports fell sharply last year in the U.S. The trend continued in May.",
            ["Imports fell sharply last year in the U.S.", "The trend continued in May."],
        ),
        (
            "The deal went to Acme Holdings Inc. He said it was final after the vote.",
            ["The deal went to Acme Holdings Inc.", "He said it was final after the vote."],
        ),
        (
            "The plan will cost about $1.5bn. Analysts said that was too much for now.",
            ["The plan will cost about $1.5bn.", "Analysts said that was too much for now."],
        ),
        (
            "The report was signed by Gen. Mark Smith and J. Doe in the capital yesterday.",
            ["The report was signed by Gen. Mark Smith and J. Doe in the capital yesterday."],
        ),
        (
            'It ended in a "dead end." The talks stopped there after three long days.',
            ['It ended in a "dead end."', "The talks stopped there after three long days."],
        ),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_seed_sentences_point_at_their_lines(globe, ft):
    for source in (globe, ft):
        original = Path(source.path).read_text("utf-8").split("\n")
        for sentence in source.sentences:
            assert source.text[sentence.start : sentence.end] == sentence.text
            line = original[source.line_of(sentence.start) - 1]
            first_word = sentence.text.split()[0].strip("“”\"'‘’*[")
            assert first_word in line, (sentence.text, line)
