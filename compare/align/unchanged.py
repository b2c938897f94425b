"""A figure kept unchanged against the same figure changed: "The company kept its
full-year forecast unchanged" / "Halvorsen raised its forecast for the full year".

"Keep", "leave", "hold" or "maintain" something "unchanged" (or "steady",
"flat", "stable") says it did not change, so any verb of a change in amount said
of the same thing ("raised", "cut", "lowered", "increased") turns it round. The
doer may be named on one side and called by its kind on the other ("the
company" / "Halvorsen"): a story's bare "the company" is the company it is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.antonyms import opposite
from compare.align.figure_intervals import comparable_value
from compare.align.frames import head, is_name, same_actor
from compare.align.referents import bare_noun
from compare.extract.claims import Claim, Frame, Number, Span

_HOLDING = frozenset("keep leave hold maintain".split())
_UNCHANGED = frozenset("unchanged steady flat stable".split())
_AMOUNT = ("increase", "decrease", "raise", "lower")
# Bare nouns a story uses for the organisation it names ("the company").
_KINDS = frozenset(
    "company firm bank group carrier airline retailer insurer lender maker manufacturer"
    " club team council board".split()
)


def held_against_changed(a: Frame, b: Frame) -> bool:
    """One frame keeps a thing unchanged, the other changes the same thing's amount,
    both of one doer."""
    for held, changed in ((a, b), (b, a)):
        thing = _held_thing(held)
        if thing is None or changed.negated or changed.thing is None:
            continue
        if not _changes_amount(changed.lemma or "") or thing != head(changed.thing):
            continue
        return _one_doer(held.actor, changed.actor)
    return False


def holds_unchanged(frame: Frame) -> bool:
    """Does the frame keep something unchanged ("kept its forecast unchanged")? Its
    verb says little alone ("keep" is no confident predicate), its state says it all."""
    return _held_thing(frame) is not None


def _held_thing(frame: Frame) -> str | None:
    """The head of what the frame keeps unchanged ("its forecast unchanged": forecast)."""
    if frame.negated or (frame.lemma or "") not in _HOLDING or frame.thing is None:
        return None
    text = frame.thing.text.rstrip(" .,;")
    kept, _, state = text.rpartition(" ")
    if state.lower() not in _UNCHANGED or not kept:
        return None
    return head(Span(frame.thing.start, frame.thing.start + len(kept), kept))


def _changes_amount(lemma: str) -> bool:
    return lemma in _AMOUNT or any(opposite(lemma, amount) for amount in _AMOUNT)


def _one_doer(a: Span | None, b: Span | None) -> bool:
    if a is None or b is None:
        return False
    if same_actor(a, b) and head(a) == head(b):
        return True
    return _kind_of(a, b) or _kind_of(b, a)


def _kind_of(kind: Span, name: Span) -> bool:
    """ "the company" beside a name ("Halvorsen")."""
    return bare_noun(kind) in _KINDS and is_name(name.text)


# A figure said to hold: "unchanged", "the same as", "kept ... at", "held ... at",
# "left ... at", "maintained ... at", "steady at", "flat at".
_HELD = re.compile(
    r"\b(?:unchanged|the\s+same\s+as|(?:steady|flat)\s+at)\b"
    r"|\b(?:kept|keeps|keep|held|holds|hold|left|leaves|maintained|maintains)\b[^.;]{0,80}?\bat\b",
    re.IGNORECASE,
)
# The words right before a figure a change starts from or ends at ("to 9.2p from 8.5p").
_MOVED = re.compile(r"\b(?:from|to)\s+\W{0,3}$", re.IGNORECASE)


def figure_held_against_moved(
    a: Claim, claims_a: Sequence[Claim], b: Claim, claims_b: Sequence[Claim]
) -> bool:
    """Two sentences that give one figure alike, one saying the figure held and the
    other giving another figure it moved from or to, itself saying nothing held."""
    numbers_a = [c for c in claims_a if isinstance(c, Number) and c.pair is None]
    numbers_b = [c for c in claims_b if isinstance(c, Number) and c.pair is None]
    tied = {comparable_value(x) for x in numbers_a} & {comparable_value(y) for y in numbers_b}
    if not tied:
        return False
    for held, moved, figures in ((a, b, numbers_b), (b, a, numbers_a)):
        if not _HELD.search(held.sentence) or _HELD.search(moved.sentence):
            continue
        if any(comparable_value(n) not in tied and _moved(n) for n in figures):
            return True
    return False


def _moved(n: Number) -> bool:
    """Is the figure one a change moved from or to ("from 8.5 pence", "to 89 million")?"""
    return bool(_MOVED.search(n.sentence[: n.start - n.sentence_start]))
