"""A deed told as not done until a moment: done at that moment.

"Power did not come back until 18:00" tells that power came back at 18:00, "The
jury did not return a verdict until 4.30pm" that it returned it at 4.30pm, "The
tram will not run until May 2029" that it will first run
then. English denies the deed before the moment to date it at the moment: the clause
is no denial of the deed, and its "until" no bound of a state ("The road stays closed
until Friday"), but the deed's own day or time. The frames read such a clause as
affirmed (frames.py), and the date and time matchers read its moment as the deed's,
not as a bound (`affirmed_until`).

Only the clause's own negator counts ("not", "n't", "never" in the clause before the
"until", no comma, semicolon or conjunction between): "Nobody was hurt, and the road
stayed shut until Friday" bounds a state. And only one deed up to the moment: "did not
want the road closed until Friday" denies the wanting, and the closing after it is
another deed, which the moment may bound (`_one_deed_denied`).
"""

from __future__ import annotations

import re

from compare.extract.claims import Claim
from compare.extract.lemmas import AUX_LEMMAS, classes

# the negator, then the clause up to the moment with no break in it
_NEGATED_TO_END = re.compile(
    r"(?:\b(?:not|never|cannot)\b|n['\u2019]t\b)"
    r"(?:(?!\b(?:and|but|or|which|who|that|when|while|because|although|though|if|unless|whether"
    r"|where|once|since|after|before|as|so"
    r"|until|till)\b)[^,;:.!?\"\u201c\u201d])*$",
    re.IGNORECASE,
)
_UNTIL_OPENING = re.compile(r"\s*(?:until|till)\b", re.IGNORECASE)
# "until at least 2030", "until shortly after 2pm": the words between "until" and the moment
_UNTIL_CLOSING = re.compile(
    r"\b(?:until|till)\s+(?:(?:at\s+least|at\s+the\s+earliest|shortly|just|about|around"
    r"|after|before|the)\s+){0,2}$",
    re.IGNORECASE,
)


def affirmed_until(before: str, said: str) -> bool:
    """Is the moment `said` (a date or time as written, "until 4pm" or "4pm") told
    after "until" in a negated clause whose words up to it are `before`: the deed's
    moment, not a bound?"""
    opening = _UNTIL_OPENING.match(said)
    if opening:
        return _one_deed_denied(before)
    closing = _UNTIL_CLOSING.search(before)
    return closing is not None and _one_deed_denied(before[: closing.start()])


_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _one_deed_denied(before: str) -> bool:
    """Does the clause end in a negator and one deed up to the moment: the first verb
    after the negator (auxiliaries and adverbs passed over) with no participle of
    another verb after it? "did not want the road closed until Friday" denies the
    wanting, and the closing is another deed the moment may bound."""
    negated = _NEGATED_TO_END.search(before)
    if negated is None:
        return False
    told = _WORD.findall(negated.group())[1:]  # the words after the negator
    while told and (told[0].lower() in AUX_LEMMAS or set(classes(told[0].lower())) <= {"adv"}):
        told = told[1:]
    return not any(_participle(w.lower()) for w in told[1:])


def _participle(word: str) -> bool:
    """Is the word a verb's past participle and nothing else of the language's
    ("closed", "injured"; not "speed", "hundred", a noun too or no verb)?"""
    kinds = classes(word)
    return word.endswith("ed") and "verb" in kinds and "noun" not in kinds


def until_moment(claim: Claim) -> bool:
    """`affirmed_until` for a date or time claim, read in its own sentence."""
    return affirmed_until(claim.sentence[: claim.start - claim.sentence_start], claim.text)
