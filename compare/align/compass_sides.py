"""One place told at two points of the compass: "found on the north wall" / "appeared
on the south wall"; "650 homes south of Haverford" / "650 homes to the north of
Haverford"; "on the north-western edge of the city" / "on the city's eastern side".

A compass point places a thing against a reference: a part of something ("the
north wall", "the lake's southern shore"), a side of something ("the eastern edge
of the city"), or a named place ("south of Haverford", "northern Peru"). When
each article gives the reference one compass point (perhaps in several sentences,
never another direction), both tell where the story's thing lies against it; two points a
quarter turn apart or more (north and east, north-west and south) cannot both be
right, and the articles disagree on the place. Two points closer than that
("west" / "north-west") may be one place told loosely.

The reference is one when the parts are the same noun ("wall" / "wall": the north
wall of the nave and the south wall of the chancel still say which wall), or when
the owners are the same ("of the city" / "the city's", "of Haverford" / "of
Haverford") and the parts are missing or name a mere side (edge, side, end,
outskirts: general English words for where in a whole). Only lower-case compass
words are read: "North Sea", "West Yorkshire", "South Africa" are names.

Left alone: an article that gives the reference two compass points a quarter
turn apart (a story of several spots: "the north wing" and "the east wing"), two
specific parts of one owner ("the north gate" / "the east car park" of one
stadium: two spots), and a point with motion ("heading north", "moved south":
no "of", no part).
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
from compare.align.word_contradictions import Finding
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Claim
from compare.extract.claims import Statement
from compare.extract.lemmas import classes

SCORE = 0.45  # as the clause matchers: below the word model's sure pairs
# degrees clockwise from north
_ANGLES = {
    "north": 0,
    "northeast": 45,
    "east": 90,
    "southeast": 135,
    "south": 180,
    "southwest": 225,
    "west": 270,
    "northwest": 315,
}
APART = 90  # a quarter turn: "north" / "east" are two places; "north" / "north-west" one
# nouns that name where in a whole, not a part of it of its own
SIDES = frozenset(
    "side sides edge edges end ends part parts outskirts fringe fringes corner flank half"
    " reaches tip border".split()
)
# words after a compass word that are no part: a preposition, an article, a conjunction
_NOT_PARTS = frozenset(
    "of and or to from the a an in on at by with for as is was were are be".split()
)
_DIRECTION = (
    r"(?<![\w-])(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west)(?P<ern>ern)?(?![\w-])"
)
_OWNER_BEFORE = re.compile(r"(?:\bthe\s+)?(?P<owner>[\w-]+)['’]s\s+$")
# a part after the compass word ("wall"), then perhaps "of" its owner
_PART = re.compile(r"^\s+(?P<part>[a-z][a-z-]+)")
_OF = re.compile(
    r"^\s+of\s+(?:the\s+)?(?!(?:his|her|its|their|our|my|your|a|an|this|that)\b)"
    r"(?P<owner>[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
# a name after a compass adjective: "northern Peru"
_NAME = re.compile(r"^\s+(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


@attrs.frozen
class Point:
    """A compass point given to a reference: its angle, part and owner."""

    angle: int
    part: str  # the part's stem ("wall"); "" for none
    owner: str  # the owner's words, lower case ("city", "haverford"); "" for none
    text: str  # as written

    def same_reference(self, other: Point) -> bool:
        """One part of one noun, or one owner with a side or no part named."""
        if self.part and self.part == other.part and self.part not in _SIDE_STEMS:
            return True
        if not self.owner or self.owner != other.owner:
            return False
        return all(not p or p in _SIDE_STEMS for p in (self.part, other.part))


_SIDE_STEMS = frozenset(stem(w) for w in SIDES)


def _noun(word: str) -> bool:
    return "noun" in classes(word)


def _owner(words: str) -> str:
    return " ".join(stem(w) for w in words.lower().replace("’", "'").split())


@lru_cache(maxsize=4096)
def points(sentence: str) -> tuple[Point, ...]:
    """The compass points a sentence gives, with what they are points of."""
    found = []
    for match in re.finditer(_DIRECTION, sentence):
        angle = _ANGLES[match.group("dir").replace("-", "")]
        after = sentence[match.end() :]
        before = _OWNER_BEFORE.search(sentence[: match.start()])
        owner = before.group("owner") if before else ""
        part = ""
        end = match.end()
        told = _PART.match(after)
        if told and told.group("part") not in _NOT_PARTS and _noun(told.group("part")):
            part = told.group("part")
            end += told.end()
            after = sentence[end:]
        elif not (told and _noun(told.group("part"))) and match.group("ern"):
            named = _NAME.match(after)
            if named:
                owner, end = named.group("owner"), end + named.end()
                after = sentence[end:]
        of = _OF.match(after)
        if of and not owner:
            owner, end = of.group("owner"), end + of.end()
        if part or owner:
            text = sentence[match.start() : end]
            found.append(Point(angle, stem(part) if part else "", _owner(owner), text))
    return tuple(found)


def _turn(x: int, y: int) -> int:
    gap = abs(x - y) % 360
    return min(gap, 360 - gap)


def _content(sentence: str) -> frozenset[str]:
    """The sentence's content stems, compass words and owners' words aside."""
    owners = {w for p in points(sentence) for w in p.owner.split()}
    return (
        frozenset(
            stem(w) for w in words(sentence) if w not in STOPWORDS and not _COMPASS.fullmatch(w)
        )
        - owners
    )


_COMPASS = re.compile(_DIRECTION)


def _tied(x: str, y: str) -> bool:
    """Do two sentences share a content word besides the reference and the compass?
    A named place is a landmark many things lie around: the points must tell one
    thing's place."""
    return bool(_content(x) & _content(y))


def _only(reference: Point, own: Point, claim: Claim, every: Sequence[Claim]) -> bool:
    """Does the claim's article give the reference no point in another direction
    than its own?"""
    for other in every:
        if other.source != claim.source:
            continue
        for p in points(other.sentence):
            if not p.same_reference(reference):
                continue
            if _turn(p.angle, own.angle) >= APART:
                return False
    return True


def _apart(a: Claim, b: Claim, every: Sequence[Claim]) -> Finding | None:
    for x in points(a.sentence):
        for y in points(b.sentence):
            if not x.same_reference(y) or _turn(x.angle, y.angle) < APART:
                continue
            if not (x.part or y.part) and not _tied(a.sentence, b.sentence):
                continue  # "Brazos County, northwest of Houston" / "Baytown, east of Houston"
            if all(
                _only(reference, own, claim, every)
                for reference in (x, y)
                for own, claim in ((x, a), (y, b))
            ):
                return Finding(Conflict.PLACE, x.text, y.text, Severity.CONFLICT)
    return None


def compass_sides_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: one reference given two compass points a quarter turn
    apart or more, each its article's only point of it."""
    if a.source == b.source or not sentences.by_sentence:
        return None
    if not (points(a.sentence) and points(b.sentence)):
        return None
    return _apart(a, b, sentences.statements())


def compass_side_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements of two sources that give one reference two compass points."""
    having = [i for i, s in enumerate(statements) if points(s.sentence)]
    return [
        (SCORE, i, j)
        for i, j in cross_source_pairs((having,), lambda k: statements[k].source)
        if _apart(statements[i], statements[j], statements) is not None
    ]
