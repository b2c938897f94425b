"""Each article's only hospital, named apart: "All four were taken to the Royal
Lancaster Infirmary" / "The four were flown by helicopter to Airedale General
Hospital".

The hurt of a news story are taken to hospital, and an outlet that names the
hospital names where they went; outlets tell it with verbs no table joins (taken,
flown, airlifted, rushed, treated at, admitted to). When each article names one
hospital only, told as a place the claims extract (a name ending in a noun for a
hospital: Hospital, Infirmary, Medical Centre, Clinic), and the two names share
no word but those nouns, neither article naming the other's, the articles send
the story's hurt to two hospitals, or tell of two hospitals, one each: a variant a
reader checks, never a conflict, since nothing but the story ties the two.

Left alone: an article that names two hospitals or more (a story of several
patients or transfers tells them apart), a hospital told by no name ("a hospital
in Wichita"), and two names of one hospital ("Airedale General" / "Airedale
Hospital": a word in common).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from compare.align.blocking import cross_source_pairs
from compare.align.model import Conflict, Severity
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.word_contradictions import Finding
from compare.extract import Claim
from compare.extract.claims import Kind, Statement

SCORE = 0.45  # as the clause matchers: below the word model's sure pairs
# a name of capitalised words ending in a noun for a hospital
_HOSPITAL = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,5}?"
    r"(?P<noun>Hospital|Infirmary|Medical\s+Cent(?:re|er)|Clinic|Hospice))\b"
)
_HOSPITAL_WORDS = frozenset({"hospital", "infirmary", "medical", "centre", "center", "clinic"})
_OPENERS = frozenset({"the", "a", "an", "at", "to", "in", "from"})


_NOUNS = ("Hospital", "Infirmary", "Medical", "Clinic", "Hospice")


def hospitals(text: str) -> frozenset[str]:
    """The hospitals a text names, as their distinctive words ("royal lancaster")."""
    if not any(noun in text for noun in _NOUNS):
        return frozenset()  # the judge asks of every pair: most sentences name none
    found = set()
    for match in _HOSPITAL.finditer(text):
        kept = [
            w.lower().strip(".")
            for w in match.group("name").split()
            if w.lower().strip(".") not in _HOSPITAL_WORDS | _OPENERS
        ]
        if kept:
            found.add(" ".join(kept))
    return frozenset(found)


def _apart(x: str, y: str) -> bool:
    return not set(x.replace("'s", "").split()) & set(y.replace("'s", "").split())


def _by_source(claims: Sequence[Claim]) -> dict[str, set[str]]:
    """Per source, every hospital its claims' sentences name."""
    found: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        found[claim.source] |= hospitals(claim.sentence)
    return found


def _place_of_hospital(claim: Claim, sentences: SentenceClaims) -> bool:
    """Does the claim's sentence tell the hospital as a place (a place claim)?"""
    return any(c.kind == Kind.PLACE and hospitals(c.text) for c in sentences.of(claim))


def _sole_apart(a: Claim, b: Claim, named: dict[str, set[str]]) -> Finding | None:
    ha, hb = named.get(a.source, set()), named.get(b.source, set())
    if len(ha) != 1 or len(hb) != 1:
        return None
    (x,), (y,) = ha, hb
    if not (hospitals(a.sentence) and hospitals(b.sentence)) or not _apart(x, y):
        return None
    return Finding(Conflict.PLACE, x.title(), y.title(), Severity.VARIANT)


def sole_hospitals_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: each article's only hospital, named apart."""
    if a.source == b.source or not sentences.by_sentence:
        return None
    if not (hospitals(a.sentence) and hospitals(b.sentence)):
        return None
    if not (_place_of_hospital(a, sentences) and _place_of_hospital(b, sentences)):
        return None
    return _sole_apart(a, b, _named(sentences))


@lru_cache(maxsize=2)  # the judge asks of many pairs of one comparison
def _named(sentences: SentenceClaims) -> dict[str, set[str]]:
    """Per source, every hospital its claims' sentences name, read once."""
    return _by_source([c for told in sentences.by_sentence.values() for c in told])


def sole_hospital_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Each source's statements naming its only hospital, paired across sources."""
    if not sentences.by_sentence:
        return []
    named = _by_source(statements)
    having = [
        i
        for i, s in enumerate(statements)
        if hospitals(s.sentence) and _place_of_hospital(s, sentences)
    ]
    return [
        (SCORE, i, j)
        for i, j in cross_source_pairs((having,), lambda k: statements[k].source)
        if _sole_apart(statements[i], statements[j], named) is not None
    ]
