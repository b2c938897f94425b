"""Who ordered it: "Premier Tom Hadley's government told 38 schools to shut" / "38
schools were shut on the orders of the Country Fire Service".

An act done on someone's orders is told two ways in English: actively, the
authority telling, ordering or instructing the ones who act ("X told the schools to
shut", "X ordered the schools closed"), and passively, the act credited to the
authority through "on the orders of", "at the request of", "on the instructions
of", "by order of" ("the schools were shut on the orders of X"). When both
sentences tell one act done to one thing with the order credited, the two
authorities are compared by the names they carry: names with no word in common
are two authorities (an actor conflict); an authority one side does not name
("the government" / "the Country Fire Service") cannot be checked, so the pair is
neither a ✓ nor a finding; the same names agree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import attrs

from compare.align.actor_names import names
from compare.align.blocking import cross_source_pairs
from compare.align.model import Conflict, Severity
from compare.align.opposites import lemmas
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.synonyms import are_synonyms
from compare.align.word_contradictions import Finding
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered, stem, words
from compare.extract.claims import Statement

SCORE = 0.45  # as the clause matchers: below the word model's sure pairs

_CLAUSE = r"[^,;:.()\"“”—–]"
_WHO = r"(?P<who>(?:[\w'’.&-]+\s+){0,6}?[\w'’.&-]+)"
_ORDERING = r"(?:told|ordered|instructed|directed|asked|forced|required)"
_BEEN = r"(?:was|were|had\s+been|have\s+been|has\s+been|is|are|will\s+be|would\s+be)"
_CREDITED = (
    r"(?:on|under|at|following)\s+(?:the\s+)?(?:orders?|instructions?|requests?|directions?"
    r"|behest|advice|direction)\s+of|by\s+order\s+of|as\s+ordered\s+by"
)
# "X told 38 schools (in ...) to shut", "X ordered the schools to close"
_ACTIVE_TO = re.compile(
    _WHO + r"\s+" + _ORDERING + r"\s+(?P<thing>" + _CLAUSE + r"{3,80}?)\s+to\s+(?:be\s+)?"
    r"(?P<verb>[a-z]+)\b(?P<object>" + _CLAUSE + r"{0,60})"
)  # fmt: skip
# "X ordered the schools closed"
_ACTIVE_DONE = re.compile(
    _WHO + r"\s+ordered\s+(?P<thing>" + _CLAUSE + r"{3,80}?)\s+(?P<verb>[a-z]{2,}(?:ed|t|n))\b"
)  # fmt: skip
# "38 schools were shut on the orders of the Country Fire Service"
_PASSIVE = re.compile(
    r"(?P<thing>" + _CLAUSE + r"{3,80}?)\s+" + _BEEN + r"\s+(?P<verb>[a-z]+)\s+"
    + _CLAUSE + r"{0,40}?\b(?:" + _CREDITED + r")\s+(?P<who>" + _CLAUSE + r"{2,80})"
)  # fmt: skip
# "40 clinics suspended visits on the orders of the Health Trust"
_DONE_ON_ORDERS = re.compile(
    r"(?P<thing>" + _CLAUSE + r"{3,80}?)\s+(?P<verb>[a-z]{2,}ed)\b(?P<object>" + _CLAUSE
    + r"{0,60}?)\b(?:" + _CREDITED + r")\s+(?P<who>" + _CLAUSE + r"{2,80})"
)  # fmt: skip

# What each pattern cannot match without, found in one quick scan: the patterns open
# on a lazy run of any words, so each tries every start in the sentence (about 1 ms
# a sentence that has a cue word at all).
_CREDITED_CUE = re.compile(r"\b(?:" + _CREDITED + r")\s")
_NEEDS = (
    (_ACTIVE_TO, re.compile(r"\s" + _ORDERING + r"\s")),
    (_ACTIVE_DONE, re.compile(r"\sordered\s")),
    (_PASSIVE, _CREDITED_CUE),
    (_DONE_ON_ORDERS, _CREDITED_CUE),
)


@attrs.frozen
class Order:
    """An act done to a thing on an authority's orders, as one sentence tells it."""

    who: str
    verb: str
    thing: frozenset[str]  # the thing's content words, stemmed


# a word every pattern needs: the patterns run only on sentences that have one
_CUE = re.compile(
    r"\b(?:told|ordered|instructed|directed|asked|forced|required|orders?|instructions?"
    r"|requests?|directions?|behest|advice)\b"
)


@remembered(TEXTS_REMEMBERED)  # a sentence is judged against each of its partners
def orders(sentence: str) -> tuple[Order, ...]:
    """Each ordered act the sentence tells, actively or passively."""
    if not _CUE.search(sentence):
        return ()
    found: list[Order] = []
    for pattern, needed in _NEEDS:
        if pattern is _DONE_ON_ORDERS and found:
            break  # the credited act was read in the passive
        if not needed.search(sentence):
            continue  # the words it must match are not there: spare its slow scan
        for match in pattern.finditer(sentence):
            told = match.group("thing")
            if pattern is _ACTIVE_DONE and "to" in words(told):
                continue  # "ordered the ferries to stay": _ACTIVE_TO's
            if pattern in (_ACTIVE_TO, _DONE_ON_ORDERS):
                told += match.group("object")  # "told Rovers to postpone the derby"
            thing = frozenset(stem(w) for w in words(told) if w not in STOPWORDS)
            if thing:
                found.append(Order(match.group("who").strip(), match.group("verb"), thing))
    return tuple(found)


def _one_act(a: Order, b: Order) -> bool:
    same_verb = bool(lemmas(a.verb) & lemmas(b.verb)) or any(
        are_synonyms(x, y) for x in lemmas(a.verb) for y in lemmas(b.verb)
    )
    return same_verb and len(a.thing & b.thing) >= min(2, len(a.thing), len(b.thing))


def orders_apart(sentence_a: str, sentence_b: str) -> Finding | None:
    """One act ordered by two authorities: an actor conflict when both are named
    apart, unchecked (no ✓) when one of them is not named."""
    for order_a in orders(sentence_a):
        for order_b in orders(sentence_b):
            if not _one_act(order_a, order_b):
                continue
            named_a, named_b = names(order_a.who), names(order_b.who)
            if named_a and named_b:
                if named_a & named_b:
                    continue
                return Finding(Conflict.ACTOR, order_a.who, order_b.who, Severity.CONFLICT)
            if named_a or named_b:
                heads = {stem(w) for w in words(order_a.who)} & {
                    stem(w) for w in words(order_b.who)
                }
                if not heads - STOPWORDS:
                    return Finding(Conflict.ACTOR, order_a.who, order_b.who, unpaired=True)
    return None


def order_statement_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements from different sources that credit one ordered act to two
    named authorities (the word model may leave them apart or only loosely paired,
    and a loose pair with a clash is not shown)."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, statement in enumerate(statements):
        for word in {w for order in orders(statement.text) for w in order.thing}:
            buckets[word].append(i)
    pairs = []
    for i, j in sorted(set(cross_source_pairs(buckets.values(), lambda k: statements[k].source))):
        found = orders_apart(statements[i].text, statements[j].text)
        if found is not None and not found.unpaired:
            pairs.append((SCORE, i, j))
    return pairs
