"""A clock time told as a noun's modifier dates the noun's event, not the clause's.

"Fans turned up for the 4pm kick-off", "The minister apologised at a 2pm press
conference": the time stands between a determiner (or an owner) and a noun, and it
is the kick-off's time, the press conference's, while the clause's verb (turning
up, apologising) is another deed of that hour or of none. The matchers that tie a
time to its event's words (event_times) or part two times by their clauses' doers
and sayings (sole_times) read such a time by its noun.
"""

from __future__ import annotations

import re
from typing import TypeVar

import attrs

from compare.extract.claims import Claim, Time
from compare.extract.lemmas import classes

_C = TypeVar("_C", bound=Claim)
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")
# a determiner or an owner right before the time, the time's own preposition allowed
# between ("a 2pm press conference", "the club's 7.30pm kick-off", "for the 6pm start")
_DETERMINED = re.compile(
    r"\b(?:a|an|the|this|that|its|their|his|her|our|my|your|\w+['’]s)\s+$", re.I
)


def modified_noun(claim: Claim) -> str | None:
    """The noun a clock time modifies ("the 4pm kick-off": kick-off), lower case, as
    written; None when the time dates its clause. A compound's first part counts
    ("the 5pm push-back"); a word that may be an adverb after the time ("at 3pm
    yesterday", "at 9pm tonight") leaves it the clause's."""
    if not isinstance(claim, Time):
        return None
    after = _NOUN_AFTER.match(claim.sentence, claim.end - claim.sentence_start)
    if after is None or not _DETERMINED.search(
        claim.sentence[: claim.start - claim.sentence_start]
    ):
        return None
    noun = after.group(1)
    head = noun.split("-")[0]
    if "noun" not in classes(head) or "adv" in classes(head):
        return None
    return noun


def own_event(claim: _C) -> _C:
    """The claim without its clause's frame when its time modifies a noun: the
    clause's doer, saying or plan would part it from the other side's for the
    wrong reason."""
    if claim.frame is None or modified_noun(claim) is None:
        return claim
    return attrs.evolve(claim, frame=None)
