"""The subject before a participle phrase (compare/align/participle_subjects.py):
sentences written for these tests."""

from __future__ import annotations

import pytest

from compare.align.participle_subjects import opening_subject


@pytest.mark.parametrize(
    ("sentence", "actor", "subject"),
    [
        ("Beekeepers tending hives on the ridge reported the blight.", "hives", "Beekeepers"),
        ("A ferry mechanic checking the hull found the crack.", "the hull", "A ferry mechanic"),
        # no participle phrase: the frame's actor stands
        ("On Monday morning the porter found the crack.", "the porter", None),
        ("Speaking to reporters, the mayor opened the bridge.", "the mayor", None),
    ],
)
def test_opening_subject(sentence, actor, subject):
    assert opening_subject(sentence, sentence.index(actor)) == subject
