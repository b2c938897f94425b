"""A thing denied from a moment on, and the same thing told as last done before it.

"No poaching case has been recorded since 2019" / "The reserve last recorded a
poaching case in 2019": the first denies the thing after a moment, the second
tells the latest time it was done, at or before that moment. The two tell one fact
from its two ends; the negation the judge reads between them (a verb denied on one
side only, "no case" against "a case") contradicts nothing.
"""

from __future__ import annotations

import re

# A negator before the moment the denial holds from
_DENIED_SINCE = re.compile(r"\b(?:no|not|never|none|nobody|nothing)\b|n't\b", re.IGNORECASE)
# The moment, "since 2019", "since the dam was built", or a stretch up to now, "for
# 15 years", "in the past two decades"
_SINCE = re.compile(
    r"\bsince\s+[\da-z]"
    r"|\b(?:for|in)\s+(?:the\s+(?:past|last)\s+)?(?:[\w-]+\s+)?(?:years|months|decades|weeks)\b",
    re.IGNORECASE,
)
# "last recorded", "was last seen": "last" as an adverb before a past verb or
# participle (not "last year", "the last case", "at last agreed": finally)
_LAST_DONE = re.compile(
    r"(?<!\bat\s)\blast\s+(?:[a-z]+ed|seen|held|won|met|heard|found|made|given|done|struck|hit|caught)\b",
    re.IGNORECASE,
)


def denied_since_and_last_done(sentence_a: str, sentence_b: str) -> bool:
    """Does one sentence deny a thing since a moment and the other tell it last done
    (either way round), neither telling both?"""
    return _since_and_last(sentence_a, sentence_b) or _since_and_last(sentence_b, sentence_a)


def _since_and_last(denying: str, stating: str) -> bool:
    since = _SINCE.search(denying)
    # the negator in the since phrase's own clause ("have not named the man, who lived
    # there for 20 years" denies nothing of the 20 years)
    if since is None or not _DENIED_SINCE.search(_own_clause(denying[: since.start()])):
        return False
    return bool(_LAST_DONE.search(stating)) and not _SINCE.search(stating)


# where the clause holding the since phrase begins: after a comma, a semicolon or a
# relative word
_CLAUSE_BREAK = re.compile(
    r"[,;:]|\b(?:who|which|that|where|when|while|after|before)\b", re.IGNORECASE
)


def _own_clause(before: str) -> str:
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before
