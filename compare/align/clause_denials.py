"""A verb denied in a clause of one statement, with no denial anywhere in the
other: "Treasury officials estimate the change will not trim outlays by 0.8%" /
"The government says the reform will cut spending by 0.8%".

polarity_apart.py reads the main predicates' denials; a denial inside a reported
clause ("estimate the change will not trim") is not the frame's predicate, and the
pair was shown ✓. An auxiliary followed by "not" or "never" ("will not", "did
not", "has never", "wasn't") tells that a verb is denied. When one side has such a
denial and the other side's sentence holds no word that denies at all (no "not",
"no", "none", "without"; no "declined", "failed", "unharmed": polarity_apart's
implies_not), the pair is not shown ✓ (left unchecked, not reported: the other side
may tell the same with an opposite, "will stay closed" / "will not open").
Left alone: "not only", "if not", "or not", "not least", "not yet" and a denial
on both sides.
"""

from __future__ import annotations

import re

from compare.align.polarity_apart import implies_not, negator
from compare.extract import Claim

# an auxiliary and its denial: "will not", "did not", "has never", "wasn't", "can't"
_DENIED = re.compile(
    r"\b(?:(?:is|are|was|were|be|been|do|does|did|has|have|had|will|would|can|could"
    r"|may|might|shall|should|must)\s+(?:not|never)\b(?!\s+(?:only|least|yet|just)\b)"
    r"|(?:is|are|was|were|do|does|did|has|have|had|would|could|should|must)n[’']t\b"
    r"|\b(?:won|can)[’']t\b)",
    re.IGNORECASE,
)


def clause_denied_apart(a: Claim, b: Claim) -> bool:
    """Does one side deny a verb while the other side's sentence denies nothing?"""
    return _apart(a, b) or _apart(b, a)


def _apart(denying: Claim, other: Claim) -> bool:
    if not _DENIED.search(denying.text):
        return False
    return not negator(other.sentence) and not implies_not(other.sentence)
