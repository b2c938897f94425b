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
    denied = denied_a or denied_b
    assert denied is not None  # one side denies, as tested above
    granted = _GRANTED.search(sentence_b if denied_a else sentence_a)
    if granted is None:
        # against the clause stated plainly: a negation, the denying side titled by
        # its verb ("denied would close", not "not would close")
        if denied_a:
            return Finding(found.conflict, _by(_verb(denied), found.a), found.b, found.severity)
        return Finding(found.conflict, found.a, _by(_verb(denied), found.b), found.severity)
    if denied_a:
        return Finding(Conflict.OPPOSITE, _verb(denied), _verb(granted), found.severity)
    return Finding(Conflict.OPPOSITE, _verb(granted), _verb(denied), found.severity)


def _verb(said_that: re.Match[str]) -> str:
    """The verb of "denied that", "confirmed that", as written."""
    return said_that.group(0).split()[0]


def _by(verb: str, predicate: str) -> str:
    """ "not would close" told by its denying verb: "denied would close"."""
    return f"{verb} {predicate[4:]}" if predicate.startswith("not ") else predicate
