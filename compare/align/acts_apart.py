"""One thing told with two unrelated verbs, one of them a verb with an opposite.

"Officials extended the closure of the beaches" / "Officials lifted the closure of
the beaches", "The court dismissed the appeal" / "The court allowed the appeal",
"Most of the 210 workers will lose their jobs" / "the majority of the 210
employees would keep their jobs": the judge's opposites are pairs (WordNet's and
the news list's), and an outlet that turns a fact round seldom uses the listed
partner of the other's verb. What these pairs show is the same thing done by two
verbs that are neither forms, synonyms, kinds nor relatives of each other, one of
them a verb of a polar kind (one that has an opposite at all: extend, lift,
dismiss, allow, lose). Such a pair is as often two acts as one act reworded, so it
is left unchecked: no finding, and no ✓ either.

Read from the frames: both predicates event verbs (no light or reporting verb,
but "keep", WordNet's opposite of "lose" in a sense the table leaves out),
neither denied (the polarity readings take denials), and one thing: the shorter
thing's content roots all in the longer; a thing of one content word ("their
jobs") ties nothing alone, so the actors must then share a content root too.
"""

from __future__ import annotations

from compare.align.antonyms import has_opposite, lemmas, meanings, opposite_pairs
from compare.align.derivations import families
from compare.align.frames import confident, same_predicate
from compare.align.opposites import is_converse, opposite_lemmas
from compare.align.verb_kinds import PARTICLES, kind_of
from compare.align.word_contradictions import word_root
from compare.align.words import STOPWORDS, words
from compare.extract import Claim
from compare.extract.claims import Span
from compare.extract.wordlists import REPORTING


def acts_apart(a: Claim, b: Claim) -> bool:
    """Is one thing done by two unrelated verbs, one of them with an opposite?"""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or fa.negated or fb.negated:
        return False
    x, y = (fa.lemma or "").lower(), (fb.lemma or "").lower()
    if not (_act(x) and _act(y)) or x in REPORTING or y in REPORTING:
        return False
    if not (has_opposite(x) or has_opposite(y)) or _related(x, y):
        return False
    if _phrasal(a) or _phrasal(b):
        return False  # "was thrown out": the verb read alone is not the verb told
    thing_a, thing_b = _roots(fa.thing), _roots(fb.thing)
    shorter, longer = sorted((thing_a, thing_b), key=len)
    if not shorter or not shorter <= longer:
        return False
    return len(shorter) > 1 or bool(_roots(fa.actor) & _roots(fb.actor))


def _act(lemma: str) -> bool:
    """A verb that names an act: no light verb, but "keep", which tells a thing's
    fate ("would keep their jobs", "kept its seat") as "lose" does."""
    return confident(lemma) or lemma == "keep"


def _related(x: str, y: str) -> bool:
    """One verb, a synonym, a kind of the other, a relative, its converse, or one
    side of one opposition: one meaning in the opposites' table ("raise" /
    "increase") or one listed opposite ("ban" / "prohibit": "allow"), which
    WordNet's commonest senses do not make synonyms."""
    return (
        same_predicate(x, y)
        or bool(meanings(x) & meanings(y))
        or bool(_direct_opposites(x) & _direct_opposites(y))
        or kind_of(x, y)
        or bool(families(x) & families(y))
        or is_converse(x, y)
    )


def _roots(span: Span | None) -> frozenset[str]:
    if span is None:
        return frozenset()
    return frozenset(word_root(w) for w in words(span.text) if w not in STOPWORDS)


def _direct_opposites(word: str) -> frozenset[str]:
    """The opposites both tables list for the word's own lemmas (not for the verbs
    its commonest sense stands for: "lift" stands for "raise", but "lifted the
    ban" raises nothing)."""
    return frozenset(q for p, q in opposite_pairs() if p in lemmas(word)) | opposite_lemmas(word)


def _phrasal(claim: Claim) -> bool:
    """Is the predicate followed by a particle ("thrown out", "turned down")?"""
    frame = claim.frame
    if frame is None or frame.predicate is None:
        return False
    after = claim.sentence[frame.predicate.end - claim.sentence_start :]
    return words(after)[:1] in ([p] for p in PARTICLES)
