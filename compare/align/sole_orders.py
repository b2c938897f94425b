"""Each article's only order, credited to two named authorities: "The Harbour Board
ordered the closure" / "The Port Ministry ordered the shutdown of the docks".

An order is one authority's act: the evacuation, the cull or the closure a story
turns on is ordered once, by one body, and outlets name what was ordered in their
own words ("the cull" / "the depopulation", "the evacuation of the bottoms" /
"residents out of the low-lying area"), which no word table ties. So when each
article tells of exactly one order (the verb "order", active, not denied, its
subject a name), the two authorities share no name and neither sentence names the
other's, the articles credit the order to two authorities, or tell two orders,
one each. Since nothing but the story ties the two things ordered, the pair is
shown as a variant a reader checks (an actor difference that may be two facts),
never a conflict. Left alone: an article with two orders or more (a story of
several orders tells them apart), an unnamed authority ("officials ordered":
anyone), a passive ("was ordered": the one ordered is the subject).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.actor_names import names
from compare.align.model import Conflict, Severity
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.word_contradictions import Finding
from compare.align.words import BE_FORMS, words
from compare.extract import Claim
from compare.extract.claims import Statement

SCORE = 0.45  # as the clause matchers: below the word model's sure pairs
_ORDERING = frozenset({"order"})  # the verb of a command given by an authority


def _orders(claim: Claim) -> bool:
    """Does the statement tell an order given actively, not denied?"""
    frame = claim.frame
    if frame is None or frame.lemma not in _ORDERING or frame.predicate is None:
        return False
    return not frame.negated and not BE_FORMS & set(words(frame.predicate.text))


def _authority(claim: Claim) -> frozenset[str]:
    """The names of the order's subject; empty when it names no one."""
    frame = claim.frame
    if frame is None or frame.actor is None or not _orders(claim):
        return frozenset()
    return names(frame.actor.text)


def _orders_by_source(statements: Sequence[Claim]) -> dict[str, list[int]]:
    """Per source, the statements that tell an order (any subject, any number of them)."""
    found: dict[str, list[int]] = defaultdict(list)
    for i, statement in enumerate(statements):
        if _orders(statement):
            found[statement.source].append(i)
    return found


def _authorities_apart(a: Claim, b: Claim) -> Finding | None:
    """Two orders whose subjects are named apart, neither named in the other
    sentence (each its article's only order: the matcher's and the judge's test)."""
    named_a, named_b = _authority(a), _authority(b)
    if not named_a or not named_b or named_a & named_b:
        return None
    if named_a & names(b.sentence) or named_b & names(a.sentence):
        return None
    assert a.frame is not None and b.frame is not None  # _authority read both
    assert a.frame.actor is not None and b.frame.actor is not None
    return Finding(Conflict.ACTOR, a.frame.actor.text, b.frame.actor.text, Severity.VARIANT)


def sole_order_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: each sentence holds its article's only order, credited
    to two named authorities."""
    if not (_orders(a) and _orders(b)) or a.source == b.source or not sentences.by_sentence:
        return None  # without the articles' claims, "only" cannot be told
    every = sentences.claims()
    for claim in (a, b):
        others = [
            c for c in every if isinstance(c, Statement) and c.source == claim.source and _orders(c)
        ]
        if any(c.sentence_start != claim.sentence_start for c in others):
            return None  # another order in the article: the story tells several
    return _authorities_apart(a, b)


def sole_order_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Each source's only order paired with every other source's only order when
    the two are credited to authorities named apart."""
    sole = [found[0] for found in _orders_by_source(statements).values() if len(found) == 1]
    return [
        (SCORE, i, j)
        for k, i in enumerate(sole)
        for j in sole[k + 1 :]
        if _authorities_apart(statements[i], statements[j]) is not None
    ]
