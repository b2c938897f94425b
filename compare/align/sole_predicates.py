"""One predicate each article tells once, of one subject: a denial or an opposite
the sentences' closeness cannot tie.

"The carrier's shares fell sharply in after-hours trading" / "Investors shrugged:
the airline's stock climbed sharply after hours": the two sentences share too few
content words, or a third sentence shares as many, for either to be the other's
closest (closest_actor_clashes.closest_by_content), yet the subjects share a root,
what follows the heads shares one, and each article tells the predicate, or its
opposite, in no other sentence. As an article's only figure of a kind ties two
figures (sole_figures), an article's only telling of a predicate ties two clauses.

Left alone: subjects that share no root (what follows the heads alone ties too
loosely without the closeness), heads followed by words none of which the other
side's head is followed by ("police did not identify the man" / "police identified
the other victims": two things, the subject alone ties nothing), an article that
tells either head in another sentence too (a story of two moments, "fell in May"
... "rose in June"), and two sentences that name different times ("rose last
year" / "fell this year": a year, or a period told as last, this, next or
previous, on one side and not the same on the other).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.denied_cores import Core, same_root
from compare.align.word_contradictions import word_root
from compare.align.words import TEXTS_REMEMBERED, remembered, words
from compare.extract import Claim
from compare.extract.lemmas import classes

_TIMES = re.compile(
    r"\b(?:(?:last|this|next|previous|past|coming)\s+(?:year|month|week|season|quarter|"
    r"spring|summer|autumn|fall|winter|weekend)|(?:19|20)\d\d|yesterday|today|tomorrow)\b",
    re.IGNORECASE,
)


@remembered(TEXTS_REMEMBERED)  # asked of both sentences of every pair a rule reads
def _times(sentence: str) -> frozenset[str]:
    return frozenset(" ".join(m.lower().split()) for m in _TIMES.findall(sentence))


def times_apart(x: str, y: str) -> bool:
    """Do both sentences name a time (a year, or a period told as last, this, next
    or previous), none the same ("rose last year" / "fell this year")?"""
    tx, ty = _times(x), _times(y)
    return bool(tx and ty and not tx & ty)


def _forms(word: str) -> frozenset[str]:
    """The word's root and its verb's lemma ("closed": close)."""
    verb = classes(word).get("verb")
    return frozenset({word_root(word), *([word_root(verb)] if verb else [])})


def _tells(sentence: str, forms: frozenset[str]) -> bool:
    return any(_forms(w) & forms for w in words(sentence))


def told_once(a: Claim, b: Claim, x: Core, y: Core, every: Sequence[Claim]) -> bool:
    """Are the cores x (of a) and y (of b) of one subject, each article telling
    either head in that sentence only, with no time told apart? `every`: one claim
    of each sentence of the articles."""
    if not any(same_root(s, y.subject) for s in x.subject):
        return False
    if (x.rest or y.rest) and not any(same_root(r, y.rest) for r in x.rest):
        return False  # "did not identify the man" / "identified the other victims"
    if _times(a.sentence) != _times(b.sentence):
        return False
    forms = _forms(x.head_word) | _forms(y.head_word)
    for claim in (a, b):
        for other in every:
            if other.source != claim.source or other.sentence_start == claim.sentence_start:
                continue
            if _tells(other.sentence, forms):
                return False
    return True
