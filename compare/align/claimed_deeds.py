"""Responsibility claimed for one deed: "A group known as Black Lantern claimed
responsibility" / "A gang called Copperhead took responsibility for the attack".

"Claim", "take", "accept", "assume", "bear" and "admit" responsibility say one
thing in English: the noun carries the meaning and the verb only says that the
doer owns it. And a news story's attack, outage or blast is claimed by one group,
so two named claimants of responsibility in one story are two accounts of who did
it, an actor conflict, where two named doers of most verbs ("Smith scored" /
"Jones scored") may both be right.
"""

from __future__ import annotations

from compare.align.frames import head
from compare.extract.claims import Frame

_OWNING = frozenset("claim take accept assume bear admit".split())
_RESPONSIBILITY = "responsibility"  # as frames.head gives it


def claims_responsibility(frame: Frame) -> bool:
    """Does the frame own responsibility ("claimed responsibility"), not deny it?"""
    return (
        not frame.negated
        and (frame.lemma or "") in _OWNING
        and head(frame.thing) == _RESPONSIBILITY
    )


def one_claim(a: Frame, b: Frame) -> bool:
    """Both frames claim responsibility, each with a doer."""
    return (
        a.actor is not None
        and b.actor is not None
        and claims_responsibility(a)
        and claims_responsibility(b)
    )
