"""A thing told as another of its kind: "The group claimed a similar attack in 2019"
says nothing of "the attack" the story is about.

A negation between two clauses contradicts only when both tell one fact: "No group
has claimed the attack" / "The group claimed a similar attack in 2019" share the
doer and the noun of the thing, but the second sentence's thing is another attack,
told by a word that sets it beside the story's own (general English: "similar",
"separate", "another", "other", "earlier", "previous", "prior", "different"). When
one side's thing is so told and the other's is not, the statement judge
(and closest_polarity) reads two facts.
"""

from __future__ import annotations

import re

from compare.extract.claims import Claim

_ANOTHER = re.compile(
    r"^\W*(?:(?:a|an|the|one|its|their|his|her)\s+)?"
    r"(?:similar|separate|another|other|earlier|previous|prior|different)\b",
    re.IGNORECASE,
)


def instances_apart(a: Claim, b: Claim) -> bool:
    """Is the thing right after one clause's verb, and not the other's, told as
    another of its kind? Read from the sentence as well as the frame's thing: the
    parser may cut "an earlier ambush" to "an"."""
    return _told_as_another(a) != _told_as_another(b)


def _told_as_another(claim: Claim) -> bool:
    frame = claim.frame
    if frame is None:
        return False
    if frame.thing is not None and _ANOTHER.match(frame.thing.text):
        return True
    if frame.predicate is None:
        return False
    after = claim.sentence[frame.predicate.end - claim.sentence_start :]
    return bool(_ANOTHER.match(after))
