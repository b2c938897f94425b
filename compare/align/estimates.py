"""A figure told as an estimate, a forecast or a budget, against one told as what was.

"The clean-up cost 12 million kroner" / "The agency had initially estimated the
clean-up at NOK 8 million"; "The production cost about 180 million pesos" / "The
theatre had budgeted 140 million pesos for the production": the same thing, two
facts, the reckoning before and the outcome. When one figure is the object of a verb
of reckoning ahead (its clause's predicate: estimate, forecast, predict, project,
expect, anticipate, budget; or a predicate told with "would", "could", "might" or
"may") and the other is not, two differing values are no
conflict; nor an agreement, since the two tell different moments. A hedge written
"an estimated 4.2 million" is the figure's hedge, not its predicate, and leaves the
figure an outcome told loosely.
"""

from __future__ import annotations

from compare.extract import Number
from compare.extract.lemmas import verb_lemma

__all__ = ["ESTIMATING", "POSSIBILITY", "estimate_and_outcome", "estimated"]

# Verbs of reckoning a figure ahead of knowing it (general English).
ESTIMATING = frozenset("estimate forecast predict project expect anticipate budget".split())
# Modals of possibility before a predicate: what might be, not what was ("will" tells
# what is set: "the fine will be 5,000 euros").
POSSIBILITY = frozenset("would could might may".split())


def estimated(n: Number) -> bool:
    """Is the figure the object of a verb of reckoning ahead, or of a verb told with a
    modal of possibility ("would cost growers $240 million a year") or carried by a
    verb of reckoning ("was expected to cost 8 million", "is projected to reach")?"""
    if n.frame_lemma in ESTIMATING:
        return True
    predicate = n.frame.predicate if n.frame is not None else None
    said = predicate.text.lower().split() if predicate is not None else []
    if said and said[0] in POSSIBILITY:
        return True
    return any(verb_lemma(w) in ESTIMATING for w in said[:-1])


def estimate_and_outcome(a: Number, b: Number) -> bool:
    """Is one figure an estimate and the other not?"""
    return estimated(a) != estimated(b)
