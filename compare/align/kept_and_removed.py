"""A thing kept against the same thing done away with: "The workers will keep their
jobs" / "Most of the workers will lose their jobs", "The old stage machinery was kept"
/ "the stage machinery was replaced".

"Keep", "retain" and "preserve" with a plain noun phrase for their thing say the
thing stays; a verb whose sense WordNet files under doing away with something
(removing, discarding, abolishing, destroying, eliminating, replacing, losing,
scrapping, cancelling, discontinuing: the direct hypernyms of data/verb_kinds.txt)
said of the same thing says it goes. "Keep" is a light verb the frames' opposites
never read (frames.confident), and WordNet pairs it with "lose" only in its third
sense, so the antonym table leaves the pair out; the thing both sides name, with no
state after it, tells which sense is meant: "kept their jobs" (retained them), not
"kept the road closed" (a state held, unchanged.py's reading) nor "kept running".

Two named doers, or two counts of the doers, tell two groups ("200 staff will keep
their jobs" / "300 staff will lose their jobs"), and so does a doer told apart as
"the other" or "the remaining" ones: no reading then.
"""

from __future__ import annotations

import re

from compare.align.frames import head, same_head, two_names
from compare.align.verb_kinds import general_verbs
from compare.align.words import stem, words
from compare.extract.claims import Claim, Frame, Span
from compare.extract.frames import clause_frames

# Verbs whose thing stays when they are said of it.
KEEPING = frozenset({"keep", "retain", "preserve"})
# WordNet's verbs of doing away with a thing; a verb is one of them, or has one of
# them among its direct hypernyms (general_verbs: "scrap" is to "discard", "axe" to
# "end", "demolish" to "destroy").
DOING_AWAY = frozenset(
    "remove discard abolish destroy eliminate replace lose scrap cancel discontinue".split()
)
# Words of a doer that set it apart from another group of the same kind.
_APART = frozenset({"other", "others", "remaining", "rest"})
_FIGURE = re.compile(r"\d[\d,.]*")


def kept_against_removed(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The two predicates, when one statement keeps a thing and the other does away
    with the same thing, of one doer; None otherwise."""
    if a.frame is None or b.frame is None:
        return None
    if not (_KEEPING_WORD.search(a.sentence) or _KEEPING_WORD.search(b.sentence)):
        return None  # most sentences keep nothing: their clauses need not be read
    frames_a, frames_b = _frames(a), _frames(b)
    for held in frames_a:
        for gone in frames_b:
            if _one_way(held, gone):
                return _told(held), _told(gone)
    for held in frames_b:
        for gone in frames_a:
            if _one_way(held, gone):
                return _told(gone), _told(held)
    return None


# the forms of the keeping verbs, to pass over sentences with none cheaply
_KEEPING_WORD = re.compile(r"\b(?:kept|keep|keeps|keeping|retain\w*|preserv\w*)\b", re.IGNORECASE)


def _frames(claim: Claim) -> list[Frame]:
    """The frame of the statement's main clause and of its sentence's other clauses:
    a thing is as often told replaced in a clause of its own ("The biggest change
    is backstage, where the machinery was replaced")."""
    own = [claim.frame] if claim.frame is not None else []
    return own + list(clause_frames(claim.sentence, claim.sentence_start))


def _one_way(held: Frame, gone: Frame) -> bool:
    return (
        _keeps(held)
        and _does_away(gone)
        and _one_thing(held.thing, gone.thing)
        and not _two_doers(held.actor, gone.actor)
    )


def _keeps(frame: Frame) -> bool:
    """A keeping verb, not denied, whose thing is a noun phrase that ends in its head
    ("their jobs"), not a thing and the state it is kept in ("the road closed")."""
    if frame.negated or (frame.lemma or "") not in KEEPING or frame.thing is None:
        return False
    said = words(frame.thing.text)
    return bool(said) and stem(said[-1]) == head(frame.thing)


def _does_away(frame: Frame) -> bool:
    lemma = frame.lemma or ""
    if frame.negated or not lemma:
        return False
    return lemma in DOING_AWAY or bool(general_verbs(lemma) & DOING_AWAY)


def _one_thing(a: Span | None, b: Span | None) -> bool:
    if a is None or b is None or head(a) is None or head(b) is None:
        return False
    return same_head(a, b) and not _figures_apart(a, b)


def _two_doers(a: Span | None, b: Span | None) -> bool:
    if a is None or b is None:
        return False
    if two_names(a, b) or _figures_apart(a, b):
        return True
    return any(w in _APART for span in (a, b) for w in words(span.text))


def _figures_apart(a: Span, b: Span) -> bool:
    """Both phrases give figures, and not the same ones ("200 staff" / "300 staff")."""
    x = {f.replace(",", "") for f in _FIGURE.findall(a.text)}
    y = {f.replace(",", "") for f in _FIGURE.findall(b.text)}
    return bool(x and y) and x != y


def _told(frame: Frame) -> str:
    verb = frame.predicate.text if frame.predicate is not None else frame.lemma or ""
    thing = frame.thing.text if frame.thing is not None else ""
    return f"{verb} {thing}".strip()
