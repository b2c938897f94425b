"""Opposite words one sentence uses both of: "fell about 2,000 feet while climbing",
"climbers fall to their deaths". Such a sentence tells two deeds, or one deed and
its doer, not one side of a contradiction, so an opposite the judge reads between
it and another sentence ("was climbing" / "fell") is no conflict.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.antonyms import lemmas as opposite_forms
from compare.align.opposites import lemmas as news_forms
from compare.align.words import STOPWORDS, words
from compare.extract import Claim


def says_both(a: Claim, b: Claim, word_a: str, word_b: str) -> bool:
    """Does either sentence use a form of the other side's opposed word? The
    opposed words are the last of each side's that the other lacks ("under
    budget" / "over budget": "under" and "over", not the standard both name)."""
    told_a, told_b = words(word_a), words(word_b)
    last_a, last_b = _opposed(told_a, told_b), _opposed(told_b, told_a)
    if not last_a or not last_b:
        return False
    return uses_opposite_form(a.sentence, last_b[0]) or uses_opposite_form(b.sentence, last_a[0])


def uses_opposite_form(sentence: str, word: str) -> bool:
    forms = opposite_forms(word) | news_forms(word)
    return any(forms & (opposite_forms(w) | news_forms(w)) for w in words(sentence))


def _opposed(told: Sequence[str], other: Sequence[str]) -> list[str]:
    """The last word of a side the other lacks, a particle passed over when another
    word differs ("ahead of" / "behind": "ahead", not "of"; "under" / "over")."""
    lacked = [w for w in told if w not in other]
    return [w for w in lacked if w not in STOPWORDS][-1:] or lacked[-1:] or list(told[-1:])
