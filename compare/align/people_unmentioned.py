"""A kind of people one sentence tells as its doers or its counted group, which the
other article never mentions: no ✓.

Two outlets telling one event speak of the same people, each by its own word
("residents" / "locals", "police" / "officers") or by a word for anyone
("people", "staff"). people_apart.py leaves a kind against a word for anyone
alone: "About 400 people spent the night in the hall" / "Some 400 residents slept
in the hall" is one fact told by two outlets. But when the other article names no
one of that kind anywhere, nor a word of its family ("Some 400 soldiers slept in
the hall", in a story of a flooded village whose other telling never speaks of
soldiers), the outlet tells of a party the other does not know of: another group,
or the same one told two incompatible ways. The judge compares neither, so the
pair is left unchecked (neither ✓ nor a finding), as unmentioned_names.py does for
names. Only when the other sentence tells people there too (its doers, its thing
or its opening hold a noun for people): a sentence that speaks of no one is no
telling of these people at all.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from compare.align.people_apart import kind_named, kinds_told, tells_people
from compare.align.sentence_claims import SentenceClaims
from compare.align.words import words
from compare.extract import Claim


def people_unmentioned(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Does either sentence tell, as its doers or counted people, a kind the other
    article never mentions, while the other sentence tells people there?"""
    if a.source == b.source or not sentences.by_sentence:
        return False
    return _unknown_kind(a, b, sentences) or _unknown_kind(b, a, sentences)


def _unknown_kind(claim: Claim, other: Claim, sentences: SentenceClaims) -> bool:
    kinds = kinds_told(claim)
    if not kinds or not tells_people(other):
        return False
    said = _words_by_source(sentences).get(other.source, frozenset())
    return any(not kind_named(kind, said) for kind in kinds)


@lru_cache(maxsize=2)  # one comparison asks for each article many times
def _words_by_source(sentences: SentenceClaims) -> dict[str, frozenset[str]]:
    """Every word of each article's sentences that hold a claim, read in one pass."""
    found: dict[str, set[str]] = defaultdict(set)
    for (of, _), claims in sentences.by_sentence.items():
        if claims:
            found[of].update(words(claims[0].sentence))
    return {source: frozenset(said) for source, said in found.items()}
