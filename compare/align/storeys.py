"""One building told at two storeys: "the blaze began in a laundry room in the
basement" / "The fire is thought to have started in the kitchen on the ground
floor"; "cracks in columns in the basement car park" / "cracks in columns on the
fourth floor".

A storey places a thing within a building as a compass point places it within an
area (compass_sides.py): when two sentences tell one thing (content words in
common, or WordNet synonyms: "blaze" / "fire", "began" / "started"), two storeys
cannot both be where it happened.
Floors are counted two ways in English: the American first floor is the British
ground floor, so neighbouring floors above ground ("first" / "second", "ground" /
"first") may be one floor told by two conventions; floors two apart, or the
basement against any floor above it, are two places.

Articles often name other storeys besides (a guest on the third floor, the flat
of a resident on the fifth): the two sentences must be each other's most tied
among their articles' sentences that name a storey, and share two content words
or synonyms at least. Left alone: a sentence that names two storeys (a fire that
spread), storeys without an ordinal ("upper floors", "the top floor": whose
top?), and sentences that share less.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import attrs

from compare.align.blocking import cross_source_pairs
from compare.align.model import Conflict, Severity
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.synonyms import are_synonyms
from compare.align.word_contradictions import Finding
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Claim
from compare.extract.claims import Statement
from compare.extract.number_forms import ORDINALS

SCORE = 0.45  # as the clause matchers: below the word model's sure pairs
# content words the two sentences share (or share as synonyms): one alone ("a guest
# on the third floor" / "a guest on the fifth floor") may be two guests
MIN_TIES = 2
BASEMENT = -1
GROUND = 0
_STOREY = re.compile(
    r"\b(?:(?P<below>basement|cellar)s?\b"
    r"|(?P<ordinal>ground|" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))[\s-]+(?:floor|storey)\b)",
    re.IGNORECASE,
)
_STOREY_WORDS = frozenset({"floor", "storey", "basement", "cellar", "ground"} | set(ORDINALS))


@attrs.frozen
class Storey:
    """A storey a sentence names: its level (basement -1, ground 0) and its words."""

    level: int
    text: str


@lru_cache(maxsize=4096)
def storeys(sentence: str) -> tuple[Storey, ...]:
    """The storeys the sentence names."""
    found = []
    for match in _STOREY.finditer(sentence):
        if match.group("below"):
            found.append(Storey(BASEMENT, match.group(0)))
            continue
        ordinal = match.group("ordinal").lower()
        if ordinal == "ground":
            level = GROUND
        elif ordinal[:1].isdigit():
            level = int(ordinal[:-2])
        else:
            level = ORDINALS[ordinal]
        found.append(Storey(level, match.group(0)))
    return tuple(found)


def two_storeys(x: int, y: int) -> bool:
    """Two storeys in either way of counting floors: two apart, or the basement
    against a floor above it."""
    low, high = sorted((x, y))
    return high - low >= 2 or (low == BASEMENT and high > BASEMENT)


def _content(sentence: str) -> frozenset[str]:
    return frozenset(w for w in words(sentence) if w not in STOPWORDS and w not in _STOREY_WORDS)


def ties(x: str, y: str) -> int:
    """How many content words of x meet y's: by stem, or as WordNet synonyms."""
    cx, cy = _content(x), _content(y)
    stems_y = {stem(w) for w in cy}
    return sum(1 for w in cx if stem(w) in stems_y or any(are_synonyms(w, v) for v in cy))


def _best(sentence: str, others: Sequence[str]) -> str | None:
    """The one sentence of others most tied to the sentence (None on a tie)."""
    scored = sorted(((ties(sentence, o), o) for o in set(others)), reverse=True)
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def _storey_sentences(source: str, every: Sequence[Claim]) -> list[str]:
    return [c.sentence for c in every if c.source == source and storeys(c.sentence)]


def _apart(a: Claim, b: Claim, every: Sequence[Claim]) -> Finding | None:
    told_a, told_b = storeys(a.sentence), storeys(b.sentence)
    if len({s.level for s in told_a}) != 1 or len({s.level for s in told_b}) != 1:
        return None  # none, or a sentence of several storeys ("spread to the fifth floor")
    x, y = told_a[0], told_b[0]
    if not two_storeys(x.level, y.level) or ties(a.sentence, b.sentence) < MIN_TIES:
        return None
    if _best(a.sentence, _storey_sentences(b.source, every)) != b.sentence:
        return None
    if _best(b.sentence, _storey_sentences(a.source, every)) != a.sentence:
        return None
    return Finding(Conflict.PLACE, x.text, y.text, Severity.CONFLICT)


def storeys_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: one thing placed on two storeys, each its article's only one."""
    if a.source == b.source or not sentences.by_sentence:
        return None
    if not (storeys(a.sentence) and storeys(b.sentence)):
        return None
    return _apart(a, b, sentences.statements())


def storey_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements of two sources that place one thing on two storeys."""
    having = [i for i, s in enumerate(statements) if storeys(s.sentence)]
    return [
        (SCORE, i, j)
        for i, j in cross_source_pairs((having,), lambda k: statements[k].source)
        if _apart(statements[i], statements[j], statements) is not None
    ]
