"""One clause told with a predicate and its opposite, read as cores.

"The contractor, Kestrel Rail, accepted responsibility for the faults in a letter
last month" / "Kestrel Rail denied responsibility for the faults in a statement",
"The crowd cheered the decision" / "The decision was booed by the crowd": the
sentences share too little as wholes for the word-level judge (most of their
words are about other things), yet one clause of each says one thing of one
subject with opposite predicates (antonyms.py, opposites.py). Each clause is read
as a core, as denied_cores.py reads a denied one: the subject, the head (here a
word with an opposite) and what follows it. Two cores are one fact told both
ways when their heads are opposite (not converses: "beat" / "lost to" is one
fact), neither clause holds a negator ("did not win" / "lost" agree), the
subjects share a root or synonym (or a passive's subject is what the active verb
is done to, and the active's subject is in the passive's by-phrase), and every
root of the shorter core but its head is in the longer one, at least MIN_SHARED
of them; a clause with no subject of its own (or a pronoun) must share MIN_SHARED
roots after the head and one more, the shorter of those all in the other; two
subjects that meet must share a root after the heads too ("INS Mysore closed in"
/ "INS Mysore opened fire"). A past state against a present one is no clash
("was closed" / "is open"; "dies" / "lived", read from the verb's form). A head must be
told as a predicate: an inflected verb ("cheered", "closing"), or a word right
after an auxiliary or a linking verb ("will close", "remained open"); a bare word
after others is a noun's ("a budget gap" is no opening).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from functools import lru_cache

from compare.align.antonyms import meanings, opposite, opposite_meanings
from compare.align.denied_cores import (
    MIN_SHARED,
    Core,
    content_word,
    same_root,
    stated_clauses,
    stated_core,
)
from compare.align.model import Conflict
from compare.align.opposites import (
    are_opposites,
    is_converse,
    listed_lemmas,
    opposite_lemmas,
)
from compare.align.unsaid_subjects import Clause
from compare.align.word_contradictions import Finding, may_be_opposite
from compare.align.words import TEXTS_REMEMBERED, remembered
from compare.extract.lemmas import classes

# Words after which a bare verb or an adjective is the clause's predicate.
BEFORE_PREDICATE = frozenset(
    "is are am was were be been being has have had do does did will would shall can could"
    " may might must should to remain remains remained stay stays stayed become becomes"
    " became seem seems seemed".split()
)


# Words from which opposed_pairs indexes rather than asks every pair.
INDEXED_FROM = 120

Head = tuple[Clause, int, str]  # a clause without a negator, and a predicate word of it


@remembered(TEXTS_REMEMBERED)  # read once per sentence: a matcher compares it with many
def opposable_heads(text: str) -> tuple[Head, ...]:
    """The predicate words with an opposite in the sentence's clauses without a negator."""
    return tuple(
        (clause, k, w)
        for clause in stated_clauses(text)
        for k, w in enumerate(clause.words)
        if content_word(w) and may_be_opposite(w) and told_as_predicate(clause.words, k)
    )


@remembered(TEXTS_REMEMBERED)  # the matcher, then the judge, ask about one pair
def opposed_core(text_a: str, text_b: str) -> Finding | None:
    """A clause of each sentence told with opposite heads, read as cores."""
    heads_b = opposable_heads(text_b)
    if not heads_b:
        return None
    for clause, k, x in opposable_heads(text_a):
        for other, m, y in heads_b:
            if not opposed_words(x, y):
                continue
            a, b = stated_core(clause, k), stated_core(other, m)
            if a is not None and b is not None and _one_fact(a, b):
                return Finding(Conflict.OPPOSITE, x, y)
    return None


@lru_cache(maxsize=65536)  # one pair of words comes back with many sentence pairs
def opposed_words(x: str, y: str) -> bool:
    """Opposite words, not converses ("beat" / "lost to" is one fact). Each word is
    also read as what it stands for in the news table ("turn_down": reject, so
    "granted" / "turned down" as "grant" / "reject"): the two tables each know
    opposites the other lacks."""
    if is_converse(x, y):
        return False
    if opposite(x, y) or are_opposites(x, y):
        return True
    return any(are_opposites(m, n) for m in _read_as(x) for n in _read_as(y))


def _read_as(word: str) -> frozenset[str]:
    """The word and the verbs with an opposite it stands for (antonyms.meanings)."""
    return meanings(word) | {word}


def opposed_pairs(heads: Collection[str]) -> list[tuple[str, str]]:
    """Each pair (x, y), x < y, of the words that `opposed_words` reads as opposite,
    sorted: the words are indexed by what each means (antonyms.meanings,
    opposites.listed_lemmas) and each asks only those meaning one of its opposites,
    not every other word (67,000 pairs of the heads of 160 articles, the square of
    the heads). Fewer than INDEXED_FROM words are still asked pair by pair: the
    partner tables the index needs cost ~30 million instructions to build, more
    than the 2,300 pairs of a 20-article comparison."""
    if len(heads) < INDEXED_FROM:
        written = sorted(heads)
        return [
            (x, y) for k, x in enumerate(written) for y in written[k + 1 :] if opposed_words(x, y)
        ]
    index: dict[str, set[str]] = defaultdict(set)
    for y in heads:
        for meaning in meanings(y):
            index[f"a:{meaning}"].add(y)
        for lemma in set().union(*(listed_lemmas(m) for m in _read_as(y))):
            index[f"o:{lemma}"].add(y)
    found = set()
    for x in heads:
        keys = [f"a:{m}" for m in opposite_meanings(x)]
        keys += [f"o:{lemma}" for m in _read_as(x) for lemma in opposite_lemmas(m)]
        for y in set().union(*(index.get(key, ()) for key in keys)):
            if x < y and opposed_words(x, y):
                found.add((x, y))
    return sorted(found)


def told_as_predicate(ws: tuple[str, ...], k: int) -> bool:
    """Whether the word at k is told as a predicate: an inflected verb form, or a
    word right after an auxiliary or a linking verb."""
    lemma = classes(ws[k]).get("verb")
    return (lemma is not None and lemma != ws[k]) or (k > 0 and ws[k - 1] in BEFORE_PREDICATE)


def _one_fact(a: Core, b: Core) -> bool:
    """Whether two cores with opposite heads tell one fact of one subject."""
    if {core_tense(a), core_tense(b)} == {"past", "present"}:
        return False  # "was closed" / "is open", "dies" / "lived": then and now
    if not a.subject or not b.subject or a.pronoun or b.pronoun:
        # no subject to tie them: what follows the heads must carry the fact
        if len(a.rest & b.rest) < MIN_SHARED + 1:
            return False
        shorter, longer = sorted((a.rest, b.rest), key=len)
        return all(same_root(x, longer) for x in shorter)
    if a.passive != b.passive and _crossed(*((a, b) if a.passive else (b, a))):
        return True
    if not any(same_root(x, b.subject) for x in a.subject) or not a.rest & b.rest:
        return False  # "INS Mysore closed in" / "INS Mysore opened fire": no one thing
    shorter, longer = sorted((a.subject | a.rest, b.subject | b.rest), key=len)
    return len(shorter) >= MIN_SHARED and all(same_root(x, longer) for x in shorter)


def core_tense(core: Core) -> str:
    """The core's tense: its auxiliary's, or else its head verb's form's ("lived":
    past, "dies": present)."""
    if core.tense:
        return core.tense
    lemma = classes(core.head_word).get("verb")
    if lemma is None or lemma == core.head_word or core.head_word.endswith("ing"):
        return ""
    return "present" if core.head_word.endswith("s") else "past"


def _crossed(passive: Core, active: Core) -> bool:
    """ "The decision was booed by the crowd" / "The crowd cheered the decision": the
    passive's subject is what the active verb is done to, and its by-phrase names
    the active's subject (every root of each subject found there)."""
    return all(same_root(x, active.rest) for x in passive.subject) and all(
        same_root(x, passive.rest) for x in active.subject
    )
