"""closest_both_ways: two sentences are each other's closest when no sentence of the
other article shares as many words; a draw of shared words is broken only by a
reading of the whole comparison (`settled`), never a rival sharing more."""

from __future__ import annotations

from compare.align.closest_sentences import closest_both_ways, other_sentence
from compare.align.words import words
from compare.extract.claims import Statement
from tests.test_mutual_best import _read

ONE = "The council closed the riverside library on Monday after a roof leak."
# two sentences of the other article each share three words with ONE
DRAW = "The riverside library shut its doors on Friday."
RIVAL = "The council met on Friday to discuss the riverside path."
# and one shares four
NEARER = "The council said the riverside library would stay shut."


def _claims(a: str, *others: str) -> list[Statement]:
    statements, _ = _read({"a": a, "b": " ".join(others)})
    return statements


def _words(claim: Statement) -> frozenset[str]:
    return frozenset(w.lower() for w in words(claim.sentence)) - {"the", "on", "its", "to", "a"}


def _closest(told: list[Statement], settled: bool | None) -> bool:
    a, b = told[0], told[1]
    shared = len(_words(a) & _words(b))
    return closest_both_ways(
        a,
        b,
        shared,
        told,
        _words,
        other_sentence,
        settled=None if settled is None else (lambda x, y: settled),
    )


def test_a_draw_of_shared_words_parts_the_pair_unless_settled() -> None:
    told = _claims(ONE, DRAW, RIVAL)
    assert len(_words(told[0]) & _words(told[1])) == len(_words(told[0]) & _words(told[2]))
    assert not _closest(told, None)
    assert not _closest(told, False)
    assert _closest(told, True)


def test_a_rival_sharing_more_words_parts_the_pair_however_settled() -> None:
    told = _claims(ONE, DRAW, NEARER)
    assert len(_words(told[0]) & _words(told[2])) > len(_words(told[0]) & _words(told[1]))
    assert not _closest(told, True)
