"""lemminflect's table is looked up by bisection (compare.extract.lemmas): that is
right only while the file stays sorted by word, so a new lemminflect release that
reorders it must fail here rather than leave words silently unknown."""

from __future__ import annotations

from itertools import pairwise

import pytest

from compare.extract import lemmas


@pytest.fixture(scope="module")
def lines() -> list[str]:
    found = lemmas._lines()
    if not found:
        pytest.skip("lemminflect is not installed")
    return found


def test_table_is_sorted_by_word(lines: list[str]) -> None:
    words = [lemmas._word(line) for line in lines]
    assert all(a <= b for a, b in pairwise(words))


def test_first_middle_and_last_words_are_found(lines: list[str]) -> None:
    for line in (lines[0], lines[len(lines) // 2], lines[-1]):
        word, pos, lemma = line.split(",", 2)
        assert lemmas._entries(word)[0][pos] == lemma.split("/")[0]


def test_classes_and_own_lemmas() -> None:
    if not lemmas._lines():
        pytest.skip("lemminflect is not installed")
    assert lemmas.classes("Rose")["verb"] == "rise"  # looked up lower-case
    assert lemmas.verb_lemma("killed") == "kill"
    assert lemmas.is_verb_lemma("found")  # find's past, and a verb of its own
    assert not lemmas.is_verb_lemma("went")
    assert lemmas.classes("qzxv") == {}
