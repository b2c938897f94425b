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

A goal is read the same way: "vaccinated 5,000 children against a target of 7,000",
"said it aimed to plant 80,000 trees" (GOAL: a target, goal or aim the figure is
"of"; AIMING: a verb of aiming, "aim", "hope", "seek", "strive", "target", before
"to" and the verb the figure is the object of) tell what was wanted, not what was
done. A goal is no ✓ even beside the same figure told as done ("against a target of
7,000" / "vaccinated 7,000 children"): the two tell different facts, and the
sentences' figures of what was done may differ (goal_and_deed_alike). Beside a
figure told ahead ("its target of 40,000 homes" / "40,000 homes will be completed")
it may be the goal itself, so that pair is left to the other readings. Verbs of a settled
intent ("plans to", "will") are left out: "plans to cut 1,200 jobs" / "will cut
1,200 jobs" tell one decision.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.figure_intervals import comparable_value
from compare.extract import Number
from compare.extract.claims import Claim
from compare.extract.lemmas import verb_lemma

__all__ = [
    "AIMING",
    "ESTIMATING",
    "GOAL",
    "LIMIT",
    "POSSIBILITY",
    "aimed",
    "done",
    "estimate_and_outcome",
    "estimated",
    "goal_against_done",
    "goal_and_deed_alike",
]

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

# A hedge a figure may carry before it ("a target of about 7,000").
_HEDGE = r"(?:(?:up\s+to|about|around|some|roughly|nearly|almost|more\s+than|at\s+least)\s+)?"
# The words right before a figure that make it a goal: "a target of", "its goal of",
# "the aim is".
GOAL = re.compile(
    rf"\b(?:target|goal|aim|objective)s?\s+(?:of|is|was)\s+{_HEDGE}\W{{0,3}}$", re.IGNORECASE
)
# A verb of aiming, "to" and the verb the figure is the object of: "aimed to plant",
# "hopes to sell", "is seeking to raise".
AIMING = re.compile(
    rf"\b(?:aim|hope|seek|strive|target)(?:s|ed|d|ing)?\s+to\s+[a-z]+\s+{_HEDGE}\W{{0,3}}$",
    re.IGNORECASE,
)


def aimed(n: Number) -> bool:
    """Is the figure a goal ("a target of 7,000", "aimed to plant 80,000")?"""
    before = n.sentence[max(0, n.start - n.sentence_start - 60) : n.start - n.sentence_start]
    return bool(GOAL.search(before) or AIMING.search(before))


def goal_and_deed_alike(claims_a: Sequence[Claim], claims_b: Sequence[Claim]) -> bool:
    """Do two sentences give one figure alike, a goal in one and not in the other
    ("against a target of 7,000" / "vaccinated 7,000 children")? The figure that
    would tie them tells two facts, so the sentences are not shown as agreeing."""
    numbers_a = [c for c in claims_a if isinstance(c, Number) and c.pair is None]
    numbers_b = [c for c in claims_b if isinstance(c, Number) and c.pair is None]
    return any(
        comparable_value(x) == comparable_value(y) and goal_against_done(x, y)
        for x in numbers_a
        for y in numbers_b
    )


def goal_against_done(a: Number, b: Number) -> bool:
    """One figure a goal, the other told as done ("against a target of 7,000" /
    "vaccinated 7,000"). A figure told ahead ("will be completed", "chasing 287 to
    win") may be the goal itself, told another way: no reading either way."""
    return any(aimed(g) and not aimed(o) and done(o) for g, o in ((a, b), (b, a)))


# Auxiliaries that tell a deed done ("had delivered", "was sold"); "will", "to" and
# modals tell it ahead.
_DONE_AUXILIARIES = frozenset("had has have was were".split())


def done(n: Number) -> bool:
    """Is the figure's predicate a deed told as done: a past form ("reached",
    "sold") or a perfect or past passive ("had delivered", "were sold")?"""
    predicate = n.frame.predicate if n.frame is not None else None
    said = predicate.text.lower().split() if predicate is not None else []
    if not said or said[0] in POSSIBILITY:
        return False
    first = said[0]
    if first in _DONE_AUXILIARIES:
        return len(said) > 1
    lemma = verb_lemma(first)
    return lemma != first and not first.endswith(("ing", "s"))


def estimated(n: Number) -> bool:
    """Is the figure a limit ("a maximum fine of"), the object of a verb of reckoning
    ahead, or of a verb told with a
    modal of possibility ("would cost growers $240 million a year") or carried by a
    verb of reckoning ("was expected to cost 8 million", "is projected to reach")?"""
    if n.frame_lemma in ESTIMATING or aimed(n):
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
