"""Opposite words one sentence uses both of: "fell about 2,000 feet while climbing",
"climbers fall to their deaths". Such a sentence tells two deeds, or one deed and
its doer, not one side of a contradiction, so an opposite the judge reads between
it and another sentence ("was climbing" / "fell") is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.antonyms import lemmas as opposite_forms
from compare.align.opposites import lemmas as news_forms
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Claim
from compare.extract.lemmas import classes


def says_both(a: Claim, b: Claim, word_a: str, word_b: str) -> bool:
    """Does either sentence use a form of the other side's opposed word? The
    opposed words are the last of each side's that the other lacks ("under
    budget" / "over budget": "under" and "over", not the standard both name)."""
    told_a, told_b = words(word_a), words(word_b)
    last_a, last_b = _opposed(told_a, told_b), _opposed(told_b, told_a)
    if not last_a or not last_b:
        return False
    return _uses_of_own(a, last_b[0]) or _uses_of_own(b, last_a[0])


def _uses_of_own(claim: Claim, word: str) -> bool:
    """Does the claim's sentence use a form of the word of its own deed: in the
    clause of its predicate ("fell about 2,000 feet while climbing"), or in another
    clause that names no doer of its own before it ("fell early, then rose")? A
    clause past a comma with a subject of its own tells another deed ("earnings fell
    last year, as two buyers cut their orders and shipping costs rose")."""
    frame = claim.frame
    if frame is None or frame.predicate is None:
        return uses_opposite_form(claim.sentence, word)
    forms = opposite_forms(word) | news_forms(word)
    at = frame.predicate.start - claim.sentence_start
    own = {stem(w) for w in words(frame.actor.text)} if frame.actor is not None else set()
    start = 0
    for segment in _SEGMENT.split(claim.sentence):
        end = start + len(segment)
        told = words(segment)
        for k, w in enumerate(told):
            if not forms & (opposite_forms(w) | news_forms(w)) or unasserted(told, k):
                continue
            if start <= at < end + 1:
                return True  # the predicate's own clause
            doers = [x for x in told[:k] if x not in STOPWORDS and stem(x) not in own]
            if not any(_noun(x) for x in doers):
                return True
        start = end + 1
    return False


# the sentence's clauses, as far as punctuation tells them
_SEGMENT = re.compile(r"[,;:]")


def unasserted(told: Sequence[str], k: int) -> bool:
    """Is the word at `k` named as no deed that happened: a thing any or none of
    which is meant ("argue against any rise", "no fall"), or the course set aside
    ("instead of falling", "rather than rising")? Such a use tells one side only."""
    before = tuple(told[max(0, k - 2) : k])
    return before[-1:] in _NO_INSTANCE or before in _SET_ASIDE


_NO_INSTANCE = frozenset({("any",), ("no",)})
_SET_ASIDE = frozenset({("instead", "of"), ("rather", "than")})


def _noun(word: str) -> bool:
    return "noun" in classes(word)


def uses_opposite_form(sentence: str, word: str) -> bool:
    forms = opposite_forms(word) | news_forms(word)
    return any(forms & (opposite_forms(w) | news_forms(w)) for w in words(sentence))


def _opposed(told: Sequence[str], other: Sequence[str]) -> list[str]:
    """The last word of a side the other lacks, a particle passed over when another
    word differs ("ahead of" / "behind": "ahead", not "of"; "under" / "over")."""
    lacked = [w for w in told if w not in other]
    return [w for w in lacked if w not in STOPWORDS][-1:] or lacked[-1:] or list(told[-1:])
