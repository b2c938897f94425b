"""Harm denied and harm stated: "No injuries have been reported." / "Three people
suffered minor burns, the company said."

News reports of an accident say whether anyone was hurt or killed, and in few
words: "No one was injured", "There were no deaths". A bare denial like these
speaks of the whole event, so another outlet's count of people hurt (or killed)
contradicts it though the two sentences share no word. Only a bare denial counts
against any count: one that names whom it spares ("No passengers were hurt") or
where ("in the second blast") may be true beside a count of others, and is read
only against a count of the same group ("Two passengers suffered minor injuries").
"""

from __future__ import annotations

import re

from compare.align.occasions import tells_of_another
from compare.extract import Claim

INJURY, DEATH = "injury", "death"

_HURT = r"(?:injured|hurt|wounded)"
_KILLED = r"(?:killed|dead)"
_REPORTED = r"(?:\s+(?:have|has)\s+been\s+reported|\s+(?:was|were)\s+reported)?"
# A bare denial, the whole sentence: "No injuries have been reported.", "No one was
# hurt.", "There were no deaths."
_DENIALS = (
    (INJURY, re.compile(rf"^(?:no\s+injuries{_REPORTED}|(?:no\s+one|nobody)\s+was\s+{_HURT})$")),
    (INJURY, re.compile(r"^there\s+were\s+no\s+injuries$")),
    (
        DEATH,
        re.compile(
            rf"^(?:no\s+(?:deaths|fatalities){_REPORTED}|(?:no\s+one|nobody)\s+(?:was\s+{_KILLED}|died))$"
        ),
    ),
    (DEATH, re.compile(r"^there\s+were\s+no\s+(?:deaths|fatalities)$")),
)
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)"
_PEOPLE = r"(?:\s+[a-z]+){0,2}"  # "three people", "two teachers", "four young pupils"
# A count of people hurt or killed: "Three people suffered minor burns", "two
# workers were injured", "five people died".
_STATED = (
    (
        INJURY,
        re.compile(
            rf"\b{_NUMBER}{_PEOPLE}\s+(?:were\s+{_HURT}|suffered\s+(?:\w+\s+)?(?:injuries|burns|wounds))\b"
        ),
    ),
    (DEATH, re.compile(rf"\b{_NUMBER}{_PEOPLE}\s+(?:were\s+{_KILLED}|died)\b")),
)


def denied_harm(claim: Claim) -> str | None:
    """The harm a bare denial says nobody came to (INJURY or DEATH), or None."""
    text = " ".join(claim.text.lower().rstrip(" .!").split())
    return next((kind for kind, pattern in _DENIALS if pattern.match(text)), None)


def stated_harm(claim: Claim) -> str | None:
    """The harm the statement counts people coming to, or None; none in a sentence
    of another occurrence ("In a similar leak in 2019, two teachers were hurt")."""
    if tells_of_another(claim.sentence):
        return None
    text = " ".join(claim.text.lower().split())
    return next((kind for kind, pattern in _STATED if pattern.search(text)), None)


def harm_denied_and_stated(a: Claim, b: Claim) -> bool:
    """One side denies the harm the other counts: of everyone, or of the very group
    the other counts ("None of the passengers was hurt" / "Two passengers suffered
    minor injuries")."""
    for denial, count in ((a, b), (b, a)):
        kind = denied_harm(denial)
        if kind is not None and stated_harm(count) == kind:
            return True
        group = denied_group_harm(denial)
        if group is not None and _counted_group(count) == group:
            return True
    return False


# A denial of one group's harm opening the sentence, up to its first comma or "and":
# "None of the passengers was hurt, the police said", "No passengers were injured".
_GROUP_DENIAL = re.compile(
    rf"^(?:none\s+of\s+the|no)\s+(?P<group>[a-z]+)\s+(?:was|were)\s+{_HURT}(?:\s*[,.]|\s+and\b|$)"
)
# A count of people of one group hurt: "Two passengers suffered minor injuries",
# "three crew members were injured"; the group is the noun right before the verb.
_GROUP_COUNT = re.compile(
    rf"\b{_NUMBER}(?:\s+[a-z]+){{0,1}}\s+(?P<group>[a-z]+)\s+"
    rf"(?:were\s+{_HURT}|suffered\s+(?:\w+\s+)?(?:injuries|burns|wounds))\b"
)
# Words for anyone, which a group denial does not name: "No people were hurt" is
# the bare denial's, read above.
_ANYONE = frozenset({"one", "people", "persons"})


def denied_group_harm(claim: Claim) -> str | None:
    """The group (a plural noun) whose injury the sentence denies, or None."""
    text = " ".join(claim.text.lower().split())
    found = _GROUP_DENIAL.match(text)
    if found is None or found.group("group") in _ANYONE:
        return None
    return found.group("group")


def _counted_group(claim: Claim) -> str | None:
    """The group of people the statement counts as hurt, or None."""
    if tells_of_another(claim.sentence):
        return None
    found = _GROUP_COUNT.search(" ".join(claim.text.lower().split()))
    return found.group("group") if found is not None else None
