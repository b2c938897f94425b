"""Statements: sentences that say something beyond a bare quote and its attribution."""

from __future__ import annotations

import re
from itertools import islice

from compare.extract.casualty_reports import spared
from compare.extract.claims import Quote, Statement
from compare.extract.context import Context
from compare.extract.lemmas import classes

MIN_WORDS = 6  # words outside quotation marks; fewer is "..., X said."
_WORD = re.compile(r"\w+(?:['’]\w+)*")
# A short sentence that denies ("No one was hurt.", "There were no deaths.") states
# a whole fact in few words, no attribution left of a quote.
_DENIAL = re.compile(r"^\W*(?:no\b|nobody\b|none\b|there\s+(?:were|was)\s+no\b)", re.IGNORECASE)
# "The parachute did not open.", "The mural is not signed.": a subject of one to three
# words whose own predicate is denied, and nothing after it, is a whole fact as well
# (what was said to happen did not); a pronoun subject ("He did not say.") names
# nothing without the sentence before it.
_DENIED_PREDICATE = re.compile(
    r"^\W*(?!(?:he|she|it|they|we|i|you|this|that|there)\b)(?:[\w'’-]+\s+){1,3}"
    r"(?P<aux>is|are|was|were|did|does|do|has|have|had)(?:\s+not|n't)\s+(?:been\s+)?"
    r"(?P<verb>[a-z]+)\W*$",
    re.IGNORECASE,
)
_DO = frozenset({"did", "does", "do"})


def _denied_predicate(text: str) -> bool:
    """Is the sentence a short subject and its denied verb: "did not" and the verb
    itself ("did not open"), a form of be or have and its participle ("is not
    signed"), not an adjective ("is not alone", "was not clear": a state or an idiom,
    no deed the other article can tell)?"""
    match = _DENIED_PREDICATE.match(text)
    if match is None:
        return False
    word = match.group("verb").lower()
    verb = classes(word).get("verb")
    if verb is None:
        return False
    return (word == verb) == (match.group("aux").lower() in _DO)


def extract_statements(ctx: Context, quotes: list[Quote]) -> list[Statement]:
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for q in quotes:
        by_sentence.setdefault(ctx.sentence_index(q.start), []).append((q.start, q.end))
    statements = []
    for index, sentence in enumerate(ctx.source.sentences):
        inside = by_sentence.get(index, [])
        outside = _outside(ctx.text, sentence.start, sentence.end, inside)
        # "No one was killed.", "No injuries have been reported.": a report of nothing
        # is a fact however short
        if (
            _has_words(outside, MIN_WORDS)
            or spared(outside) is not None
            or (not inside and _DENIAL.match(outside))
            or (not inside and _denied_predicate(outside))
        ):
            statements.append(Statement(**ctx.fields(sentence.start, sentence.end, sentence)))
    return statements


def _has_words(text: str, count: int) -> bool:
    """Whether text holds at least count words (read no further than the count-th)."""
    return next(islice(_WORD.finditer(text), count - 1, None), None) is not None


def _outside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    parts = []
    cursor = start
    for a, b in sorted(spans):
        parts.append(text[cursor:a])
        cursor = max(cursor, b)
    parts.append(text[cursor:end])
    return " ".join(parts)
