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

A limit set beforehand is read the same way: "faces a maximum fine of 7,500 euros" /
"was fined 5,000 euros", "a minimum sentence of five years" / "jailed for seven
years": what the rules allow, not what was done (LIMIT: "maximum" or "minimum" before
the penalty the figure is "of").
"""

from __future__ import annotations

import re

from compare.extract import Number
from compare.extract.lemmas import verb_lemma

__all__ = ["ESTIMATING", "LIMIT", "POSSIBILITY", "estimate_and_outcome", "estimated"]

# Verbs of reckoning a figure ahead of knowing it (general English).
ESTIMATING = frozenset("estimate forecast predict project expect anticipate budget".split())
# Modals of possibility before a predicate: what might be, not what was ("will" tells
# what is set: "the fine will be 5,000 euros").
POSSIBILITY = frozenset("would could might may".split())
# The words right before a figure that make it a penalty's limit: "a maximum fine of",
# "a minimum jail term of up to" (a currency sign may follow). Penalties only: "the
# minimum wage of $15" or "a maximum speed of 120 km/h" is a value, not a limit on one.
LIMIT = re.compile(
    r"\b(?:maximum|minimum)\s+(?:[\w-]+\s+)?(?:fine|penalty|sentence|term|punishment)s?"
    r"\s+of\s+(?:up\s+to\s+)?\W{0,3}$",
    re.IGNORECASE,
)


def estimated(n: Number) -> bool:
    """Is the figure a limit ("a maximum fine of"), the object of a verb of reckoning
    ahead, or of a verb told with a
    modal of possibility ("would cost growers $240 million a year") or carried by a
    verb of reckoning ("was expected to cost 8 million", "is projected to reach")?"""
    if n.frame_lemma in ESTIMATING:
        return True
    before = n.sentence[max(0, n.start - n.sentence_start - 60) : n.start - n.sentence_start]
    if LIMIT.search(before):
        return True
    predicate = n.frame.predicate if n.frame is not None else None
    said = predicate.text.lower().split() if predicate is not None else []
    if said and said[0] in POSSIBILITY:
        return True
    return any(verb_lemma(w) in ESTIMATING for w in said[:-1])


def estimate_and_outcome(a: Number, b: Number) -> bool:
    """Is one figure an estimate and the other not?"""
    return estimated(a) != estimated(b)
