"""A tally told from each side ("Harriers led 21-18" / "Kestrels trailed 18-21"):
each sentence names one side only in the tally's clause, another one, with another
verb, so the reversed score is the same score. Sentences written here."""

from __future__ import annotations

from conftest import verdicts_of

from compare import Conflict, Verdict
from compare.align.number_facts import told_from_each_side
from compare.extract import Number, extract_claims
from compare.ingest import Source


def _tally(text: str) -> Number:
    (found,) = [
        c
        for c in extract_claims(Source.from_text(text, id="t"))
        if isinstance(c, Number) and c.pair is not None
    ]
    return found


def test_one_score_told_from_each_side() -> None:
    a = "Dunmore's keeper saved two penalties, and the Harriers led 21-18 at the break."
    b = "Kestrel Town trailed 18-21 at half-time despite a late rally."
    assert told_from_each_side(_tally(a), _tally(b))
    assert (Verdict.DIFFER, Conflict.TALLY) not in verdicts_of(a, b)


def test_one_side_with_a_reversed_score_is_no_telling_from_each_side() -> None:
    a = "The Harriers led 21-18 at the break."
    b = "The Harriers trailed 18-21 at the break."
    assert not told_from_each_side(_tally(a), _tally(b))


def test_one_verb_for_two_sides_is_no_telling_from_each_side() -> None:
    a = "The Harriers won 21-18 on Saturday."
    b = "Kestrel Town won 18-21 on Saturday."
    assert not told_from_each_side(_tally(a), _tally(b))


def test_one_side_named_two_ways_is_no_telling_from_each_side() -> None:
    a = "Kestrel led 21-18 at the break."
    b = "Kestrel Town trailed 18-21 at the break."
    assert not told_from_each_side(_tally(a), _tally(b))
