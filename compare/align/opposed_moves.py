"""Figures whose verbs move them opposite ways, though the frames' actors differ.

The number pairing may align "The company's shares jumped 18%" with "Brightwater
stock sank 18%": the actors are worded apart, so the frames do not call them one
fact, yet the figures were paired. One figure that went up in one report and down
in the other is never a ✓: when the actors are not two different names it is the
opposite conflict, and when they are ("the Dow rose 2%" / "the Nasdaq fell 2%") the
pair is left unchecked.
"""

from __future__ import annotations

import enum

from compare.align.antonyms import opposite
from compare.align.frames import two_names
from compare.align.opposites import are_opposites, figure_verbs_apart, is_converse
from compare.extract.claims import Frame


class OpposedMove(enum.Enum):
    NONE = "none"  # the verbs do not move the figure opposite ways
    CONFLICT = "conflict"  # one thing, moved both ways
    UNCHECKED = "unchecked"  # two named things, each moved one way: no verdict


def opposed_move(a: Frame | None, b: Frame | None) -> OpposedMove:
    """Do two frames' verbs move their figure opposite ways, and is that a conflict?"""
    if a is None or b is None or not a.lemma or not b.lemma or a.negated != b.negated:
        return OpposedMove.NONE
    if is_converse(a.lemma, b.lemma):
        return OpposedMove.NONE  # "A beat B" / "B lost to A": one fact from two sides
    if not (
        are_opposites(a.lemma, b.lemma)
        or opposite(a.lemma, b.lemma)
        # the figure's own verbs: "climbed 6.2%" / "slipped 6.2%" (opposites.py)
        or figure_verbs_apart(a.lemma, b.lemma)
    ):
        return OpposedMove.NONE
    return OpposedMove.UNCHECKED if two_names(a.actor, b.actor) else OpposedMove.CONFLICT
