"""One move told with two verbs: "Six of the wounded were airlifted to the regional
hospital in Tarvos" / "The wounded were flown by helicopter to hospital in Merrow".

A verb of taking or going somewhere (take, fly, airlift, rush, send...: the verbs
after which "to" names a place, extract.places.MOVING) says where its thing ended
up, and a verb of staying (shelter, stay, lodge...) where it now is. Two such
clauses that tell one thing (the actor or the thing of both has one head) taken to,
or staying in, a named place tell one fact, whatever the verbs: outlets pick
"flown", "airlifted" or "taken" freely, and WordNet links none of them as a kind of
another. So the two places are one fact, and two names for it clash.

What still parts two moves is left to the callers' tests: two doers or things, two
days, "another", a denial, and each article's one place for that event (a second
stage, "later transferred to", names a second place, which pairs neither).
"""

from __future__ import annotations

import re

from compare.align.frames import actor_and_thing_heads
from compare.extract.claims import Claim, Frame
from compare.extract.places import MOVING

# Verbs of staying somewhere: where a move ended, the moved are ("were taken to a
# hall in X" / "are sheltering in a school in Y"), told by "in" or "at".
_STAYING = frozenset("shelter stay lodge house camp".split())
# How far after its verb a destination may stand: "were flown by helicopter to
# hospital in Graz" (the verb, a short phrase of means, "to", the place's noun).
_DESTINATION_WORDS = 8
_TO = re.compile(r"\b(?:to|into)\b")
_IN = re.compile(r"\b(?:in|at)\b")


def one_move(x: Claim, y: Claim) -> bool:
    """Do both places name where one thing was taken, went or stays?"""
    fx, fy = x.frame, y.frame
    if fx is None or fy is None or not (_moving(fx) and _moving(fy)):
        return False
    if not (_destination(x) and _destination(y)):
        return False
    # what each clause moves: its thing, or the actor that goes
    return bool(actor_and_thing_heads(fx) & actor_and_thing_heads(fy))


def _moving(frame: Frame) -> bool:
    return frame.lemma in MOVING or frame.lemma in _STAYING


def _destination(place: Claim) -> bool:
    """Is the place where the verb took its thing: "to" stands between the verb and
    the place, a few words on ("airlifted to the regional hospital in Tarvos"), or
    for a verb of staying "in" or "at" ("sheltering in a church hall in Merrow")?"""
    predicate = place.frame_predicate
    if predicate is None or not predicate.end <= place.start:
        return False
    between = place.sentence[
        predicate.end - place.sentence_start : place.start - place.sentence_start
    ]
    preposition = _IN if place.frame_lemma in _STAYING else _TO
    return len(between.split()) <= _DESTINATION_WORDS and bool(preposition.search(between))


__all__ = ["one_move"]
