"""One clause of each sentence told the other way round: no ✓ on the pair.

"The government increased its grant to the museum this year" / "The culture ministry
cut its grant to the museum this year", "the painting was in remarkably good
condition" / "But the painting is in poor condition": two matched statements whose
sentences as wholes share too little for word_contradictions.by_words, and whose
clauses the frame and clause readings could not tie to one doer and one thing (two
names for the doer, a main clause the frame did not read). The clause pair still
shares content words around a word replaced by its opposite, which is as often a
contradiction as two facts; such a pair is shown neither as a finding nor with a ✓.

Two clauses are read against each other when they share MIN_SHARED content roots
(fewer than clause_contradictions.by_clauses asks, since nothing is reported), and
turned when:
- by_words finds an opposite between them (not a negation: "Nobody wants X" / "no
  one wanted X" are one denial told two ways, which by_words reads apart when the
  clauses are not the close sentences it is made for);
- the word diff replaces a word with one opposite to it read more widely than by_words
  does: a noun by its verb ("recommended refusal" / "recommended approval"), and a
  synonym of the word's opposite ("has accelerated" / "has slowed": "slow" is
  "decelerate"), neither word governed by a negator;
- or "for" is replaced by "against" after the same word ("lobbied for the closure" /
  "lobbied against the closure").
"""

from __future__ import annotations

from collections.abc import Set

from compare.align.antonyms import has_opposite, opposite, opposite_meanings
from compare.align.clause_contradictions import clause_roots
from compare.align.derivations import families
from compare.align.model import Conflict
from compare.align.opposites import are_opposites, is_converse
from compare.align.synonyms import are_synonyms
from compare.align.word_contradictions import by_words, near_negator
from compare.align.words import (
    STOPWORDS,
    TEXTS_REMEMBERED,
    WORDS_REMEMBERED,
    remembered,
    word_diff,
    words,
)

MIN_SHARED = 2  # content roots two clauses share to be read against each other
_STANCES = frozenset({"for", "against"})


@remembered(TEXTS_REMEMBERED)  # asked once per judged pair, both ways round alike
def clauses_turned(text_a: str, text_b: str) -> bool:
    """Does a clause of one sentence tell a clause of the other the other way round?"""
    for clause_a, roots_a in clause_roots(text_a):
        for clause_b, roots_b in clause_roots(text_b):
            if len(roots_a & roots_b) < MIN_SHARED:
                continue
            found = by_words(clause_a, clause_b, facts=False)
            if (
                found is not None
                and found.conflict == Conflict.OPPOSITE
                and not found.unpaired
                # "The Jets won" / "The Dolphins lost": one fact told from either side
                and not is_converse(found.a, found.b)
            ):
                return True
            if _replaced_by_opposite(clause_a, clause_b):
                return True
    return False


def _replaced_by_opposite(clause_a: str, clause_b: str) -> bool:
    ops = word_diff(clause_a, clause_b)
    ws_a, ws_b = words(clause_a), words(clause_b)
    for k, op in enumerate(ops):
        if op.op not in ("replace", "delete", "insert"):
            continue
        said_a, said_b = words(op.a), words(op.b)
        if k > 0 and ops[k - 1].op == "equal" and _stance_turned(said_a, said_b):
            return True  # "lobbied for" / "lobbied against": the word before is shared
        xs = [x for x in said_a if x not in STOPWORDS and not near_negator(ws_a, x)]
        if not xs:
            continue
        # each side's words read once, not once for every word of the other side
        ys = [y for y in said_b if y not in STOPWORDS and not near_negator(ws_b, y)]
        if any(widely_opposite(x, y) for x in xs for y in ys):
            return True
    return False


def _stance_turned(said_a: list[str], said_b: list[str]) -> bool:
    """'for' on one side where the other has 'against', opening the replaced words."""
    first_a, first_b = said_a[:1], said_b[:1]
    return bool(first_a and first_b) and {first_a[0], first_b[0]} == _STANCES


@remembered(WORDS_REMEMBERED)  # one event's clauses share their words: asked again per pair
def widely_opposite(x: str, y: str) -> bool:
    """Opposite words, each read also as the verbs of its family ("refusal": refuse)
    and the other as a synonym of an opposite ("slowed" of "accelerated")."""
    if is_converse(x, y):
        return False  # "won" / "lost", "bought" / "sold": one fact from either side
    if are_opposites(x, y):
        return True  # the news table's pairs too ("leave" / "stay", "acquit" / "guilty")
    if has_opposite(x) or has_opposite(y):
        # a word with an opposite of its own is read as itself: "closure" is not
        # "close" against "in the open"
        return opposite(x, y) or _opposite_synonym({x}, {y}) or _opposite_synonym({y}, {x})
    forms_x, forms_y = _forms(x), _forms(y)
    if any(opposite(p, q) for p in forms_x for q in forms_y):
        return True
    return _opposite_synonym(forms_x, forms_y) or _opposite_synonym(forms_y, forms_x)


def _forms(word: str) -> frozenset[str]:
    """The word and the words of its family ("refusal~refuse": refuse)."""
    related = {part for key in families(word) for part in key.split("~")}
    return frozenset({word} | related)


def _opposite_synonym(forms_x: Set[str], forms_y: Set[str]) -> bool:
    meant = {o for p in forms_x for o in opposite_meanings(p)}
    return any(are_synonyms(q, o) for q in forms_y for o in meant if q != o)
