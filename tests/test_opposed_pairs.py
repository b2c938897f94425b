"""opposed_pairs finds, through each word's opposite meanings, exactly the pairs
that asking `opposed_words` of every pair finds, for few words and for many."""

from __future__ import annotations

import itertools

from compare.align import antonyms, opposites
from compare.align.opposed_cores import INDEXED_FROM, opposed_pairs, opposed_words

# Predicates of gardening, sailing, banking and school news, inflected as written.
WORDS = (
    "opened closed closes opening shut rose fell rising falling increased decreased "
    "approved rejected accepts refused allowed banned permitted forbade won lost "
    "beat defeated bought sold lends borrowed arrived departed started stopped "
    "admitted denied confirmed gained dropped lowered raised raises hired fired "
    "acquitted convicted survived died alive dead guilty innocent legal illegal "
    "extended cut lifted imposed suspended resumed issued withdrew found lose "
    "supported opposed backed entered exited succeeded failed turn_down turn_up "
    "sprouted wilted anchored sailed tutored graded enrolled expelled"
).split()


def _every_pair(words: list[str]) -> list[tuple[str, str]]:
    written = sorted(set(words))
    return [(x, y) for x, y in itertools.combinations(written, 2) if opposed_words(x, y)]


def test_few_words_as_asked_pair_by_pair() -> None:
    assert len(set(WORDS)) < INDEXED_FROM
    found = opposed_pairs(set(WORDS))
    assert found == _every_pair(WORDS)
    assert ("closed", "opened") in found and ("fell", "rose") in found
    assert ("lost", "won") not in found  # converses: one fact told from either side


def test_many_words_indexed_as_asked_pair_by_pair() -> None:
    many = set(WORDS) | {f"{w}{end}" for w in WORDS for end in ("s", "ed", "ing", "ly")}
    assert len(many) >= INDEXED_FROM
    found = opposed_pairs(many)
    assert found == _every_pair(list(many))
    assert ("closed", "opened") in found and ("expelled", "enrolled") not in found


def test_the_opposite_meanings_say_what_the_pairs_say() -> None:
    for a, b in itertools.product(WORDS, WORDS):
        opposite = bool(antonyms.opposite_meanings(a) & antonyms.meanings(b))
        assert antonyms.opposite(a, b) == opposite, (a, b)
        if opposites.are_opposites(a, b):
            assert opposites.opposite_lemmas(a) & opposites.listed_lemmas(b), (a, b)
