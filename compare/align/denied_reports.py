"""One clause granted by one side and denied by the other: "The airline confirmed that a
bird strike had damaged the engine" / "Skyline denied that a bird strike had damaged the
engine". The frames read a clause reported by "denied that" as denied
(extract.phrases.denied_report), so the judge finds a negation of its predicate; when
the other side reports the clause with a verb of granting it ("confirmed", "admitted",
"acknowledged", "conceded" that), the two speakers' stances are opposite, and the
finding is titled by them. Against the clause stated plainly it stays a negation.
"""

from __future__ import annotations

import re

from compare.align.model import Conflict
from compare.align.word_contradictions import Finding

_DENIED = re.compile(r"\bden(?:y|ies|ied|ying)\s+that\b", re.IGNORECASE)
_GRANTED = re.compile(
    r"\b(?:confirm|admit|acknowledg|conced)(?:s|es|ed|ted|ing|ting|e)?\s+that\b", re.IGNORECASE
)


def stances_turned(found: Finding, sentence_a: str, sentence_b: str) -> Finding:
    """The judge's negation retitled as the opposite stances that tell it, when one
    sentence denies a clause the other grants; else the finding as it was."""
    if found.conflict != Conflict.NEGATION or found.unpaired:
        return found
    denied_a, denied_b = _DENIED.search(sentence_a), _DENIED.search(sentence_b)
    if (denied_a is None) == (denied_b is None):
        return found  # both deny, or neither does: the frames' own negation
    granted = _GRANTED.search(sentence_b if denied_a else sentence_a)
    denied = denied_a or denied_b
    if denied is None:
        return found
    if granted is None:
        # against the clause stated plainly: a negation, the denying side titled by
        # its verb ("denied would close", not "not would close")
        if denied_a:
            return Finding(found.conflict, _by(denied, found.a), found.b, found.severity)
        return Finding(found.conflict, found.a, _by(denied, found.b), found.severity)
    said_denied, said_granted = denied.group(0).split()[0], granted.group(0).split()[0]
    if denied_a:
        return Finding(Conflict.OPPOSITE, said_denied, said_granted, found.severity)
    return Finding(Conflict.OPPOSITE, said_granted, said_denied, found.severity)


def _by(denied: re.Match[str], predicate: str) -> str:
    """ "not would close" told by its denying verb: "denied would close"."""
    verb = denied.group(0).split()[0]
    return f"{verb} {predicate[4:]}" if predicate.startswith("not ") else predicate
