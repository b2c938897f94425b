"""A denial one side tells with "no" or "not" and the other with a verb of
stopping: "The federation suspended all league matches this weekend" / "No league
football will be played this weekend"; "Organisers called off the parade" / "There
will be no parade". The word diff reads a word ("league", "parade") denied on one
side only, but the other side denies it too, by its verb: no negation to report.

Only when the verb of stopping is on the side without a negator and the denying
side uses no verb of stopping: "did not suspend the matches" / "suspended the
matches", "halted the project" / "work has not stopped" deny the stopping itself,
a clash left to the judge.
"""

from __future__ import annotations

import re

from compare.align.words import has_negator

# Verbs that stop, cancel or put off what they take (what they take does not
# happen), by their stems, any inflection after: "suspended", "postponing", "shelved";
# not a noun after an article ("the ship lurched to a halt").
STOPPING = re.compile(
    r"(?<!\ba\s)(?<!\bthe\s)\b(?:suspend|postpon|cancel|halt|scrap|abandon|shelv)"
    r"(?:e|es|ed|ing|s|led|ling|ped|ping|d)?\b"
    r"|\bcall(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?off\b",
    re.IGNORECASE,
)


# Verbs of stopping in other words, on the denying side: "halted the project" /
# "work has not stopped" denies the stopping itself, a clash left to the judge.
_STOPPED_OTHERWISE = re.compile(
    r"\b(?:stop|end|cease|paus|freez|froz|clos|shut|interrupt|break\s+off|put\s+off"
    r"|delay)\w*\b",
    re.IGNORECASE,
)


def denial_told_by_verb(sentence_a: str, sentence_b: str) -> bool:
    """Does one sentence deny with a negator and the other with a verb of stopping,
    the first using none?"""
    negated_a, negated_b = has_negator(sentence_a), has_negator(sentence_b)
    if negated_a == negated_b:
        return False
    denying, plain = (sentence_a, sentence_b) if negated_a else (sentence_b, sentence_a)
    return (
        STOPPING.search(plain) is not None
        and STOPPING.search(denying) is None
        and _STOPPED_OTHERWISE.search(denying) is None
    )


# A stopping denied: "never stopped believing", "did not cease trading", "hasn't
# stopped"; the negator at most two words before the verb.
_STOP_DENIED = re.compile(
    r"\b(?:never|not|n't)\s+(?:\w+\s+){0,2}?(?:stop|cease|quit)(?:s|ped|ping|ed|d)?\b"
    r"|n't\s+(?:stop|cease|quit)\w*\b",
    re.IGNORECASE,
)


def stop_denied_against_going_on(sentence_a: str, sentence_b: str) -> bool:
    """Does one sentence deny a stopping ("We never stopped believing") and the
    other tell of no stopping at all ("the players had always trusted each other")?
    A stopping denied is a thing going on: the negation the judge reads between a
    denied verb and an affirmed one is no clash. A stopping told on the other side
    ("the plant stopped production") is the clash itself, left to the judge."""
    return _denied_stop_only(sentence_a, sentence_b) or _denied_stop_only(sentence_b, sentence_a)


def _denied_stop_only(denying: str, other: str) -> bool:
    # the other side neither denies ("never believed" is the clash itself) nor stops
    # in any words ("halted", "called off")
    return (
        bool(_STOP_DENIED.search(denying))
        and not _STOPPED_OTHERWISE.search(other)
        and STOPPING.search(other) is None
        and not has_negator(other)
    )
