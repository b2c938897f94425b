"""Word tables looked up by bisection instead of loaded whole (lemminflect's table in
compare.extract.lemmas, data/verb_kinds.txt and data/noun_kinds.txt through
compare.align.wordnet_files.table_lines): that is
right only while a file stays sorted by its key, so a new lemminflect release or a
rebuilt table that reorders it must fail here rather than leave words unknown."""

from __future__ import annotations

from itertools import pairwise

import pytest

from compare.align import noun_kinds, verb_kinds
from compare.align.wordnet_files import table_lines
from compare.extract import lemmas


@pytest.fixture(scope="module")
def lines() -> list[str]:
    found = lemmas._lines()
    if not found:
        pytest.skip("lemminflect is not installed")
    return found


def test_table_is_sorted_by_word(lines: list[str]) -> None:
    words = [line.split("\0", 1)[0] for line in lines]
    assert all(a <= b for a, b in pairwise(words))
    # and, its separators being NULs, the lines themselves sort (a word is found by
    # bisecting them): "OK\0..." before "OK'd\0..." (with commas, after)
    assert all(a <= b for a, b in pairwise(lines))
    assert all(line.count("\0") == 2 and "," not in line for line in lines)


def test_first_middle_and_last_words_are_found(lines: list[str]) -> None:
    for line in (lines[0], lines[len(lines) // 2], lines[-1]):
        word, pos, lemma = line.split("\0", 2)
        assert lemmas._entries(word)[0][pos] == lemma.split("/")[0]


def test_classes_and_own_lemmas() -> None:
    if not lemmas._lines():
        pytest.skip("lemminflect is not installed")
    assert lemmas.classes("Rose")["verb"] == "rise"  # looked up lower-case
    assert lemmas.verb_lemma("killed") == "kill"
    assert lemmas.is_verb_lemma("found")  # find's past, and a verb of its own
    assert not lemmas.is_verb_lemma("went")
    assert lemmas.classes("qzxv") == {}
    # a word, and a longer one it begins that sorted before it with commas
    assert lemmas._entries("OK")[0] and lemmas._entries("OK'd")[0]


@pytest.mark.parametrize("name", ["verb_kinds.txt", "noun_kinds.txt"])
def test_kind_tables_sorted_by_word(name: str) -> None:
    keys = [line.split()[0] for line in table_lines(name)]
    assert len(keys) > 1000
    assert all(a < b for a, b in pairwise(keys))


def test_verb_kinds_lookup() -> None:
    first, last = table_lines("verb_kinds.txt")[0], table_lines("verb_kinds.txt")[-1]
    for line in (first, last):
        verb, *general = line.split()
        assert verb_kinds._general_of(verb) == frozenset(general)
    assert "burn" in (verb_kinds._general_of("scorch") or ())
    assert verb_kinds._general_of("break_out") is not None  # a phrasal verb
    assert verb_kinds._general_of("break out") is None  # keys have no spaces
    assert verb_kinds._general_of("qzxv") is None


def test_noun_kinds_lookup() -> None:
    first, last = table_lines("noun_kinds.txt")[0], table_lines("noun_kinds.txt")[-1]
    for line in (first, last):
        noun, *general = line.split()
        assert noun_kinds.general_nouns(noun) == frozenset(general)
    assert "fire" in noun_kinds.general_nouns("blaze")
    assert noun_kinds.general_nouns("qzxv") == frozenset()
