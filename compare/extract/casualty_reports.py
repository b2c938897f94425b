"""Casualty reports of nothing: a sentence saying no one died, or no one was hurt.

"No one was killed.", "There were no deaths.", "None of the eleven workers died.",
"Every one of the 11 miners came out alive.", "Staff were unharmed.": such a
sentence states a fact, the absence of a count, in few words (so it is a statement
however short, extract.statements), and it shares no word with its other tellings
(so align.no_harm pairs them).
"""

from __future__ import annotations

import re
from enum import Enum

import attrs


class Harm(str, Enum):
    DEATH = "death"
    INJURY = "injury"


_DIED = r"(?:killed|died|dead|lost (?:their|his|her) li(?:fe|ves))"
_HURT = r"(?:hurt|injured|harmed|wounded)"
_BE = r"(?:(?:was|were|has been|have been|had been|is|are)\s+|(?:has|have|had)\s+)?"
# "no one", "nobody", "none of the 11 miners", "no passengers"
_NOBODY = (
    r"(?P<who>no[- ]one|nobody|none(?:\s+of\s+(?:the|its|their)\s+[^,.;:]{1,40}?)?"
    r"|no\s+[a-z]+)"
)
_SPARED = {
    Harm.DEATH: (
        re.compile(rf"\b{_NOBODY}\s+{_BE}{_DIED}\b", re.IGNORECASE),
        re.compile(r"\b(?P<who>no)\s+(?:deaths|fatalities|lives were lost)\b", re.IGNORECASE),
        # "Every one of the 11 miners came out alive", "All 40 passengers survived"
        re.compile(
            r"\b(?P<who>(?:every\s*one|all|each)(?:\s+of)?(?:\s+(?:the|its|their))?\s+[^,.;:]{0,40}?)"
            r"\s+(?:survived|came out alive|were (?:brought out|rescued|found) alive)\b",
            re.IGNORECASE,
        ),
    ),
    Harm.INJURY: (
        re.compile(rf"\b{_NOBODY}\s+{_BE}{_HURT}\b", re.IGNORECASE),
        re.compile(r"\b(?P<who>no)\s+injuries\b", re.IGNORECASE),
        re.compile(
            r"\b(?P<who>[A-Za-z]+)\s+(?:were|was|escaped|are)\s+"
            r"(?:unharmed|unhurt|uninjured)\b",
            re.IGNORECASE,
        ),
    ),
}
# Words of a "who" that say nothing of who: "none of the", "every one of its"
_EMPTY = frozenset("no one nobody none every each all of the its their a an".split())


@attrs.frozen
class Spared:
    """What a sentence says no one suffered, and the words for who was spared
    (lower case; empty: anyone)."""

    harm: Harm
    who: frozenset[str]


def spared(text: str) -> Spared | None:
    """The casualty report of nothing the sentence makes, if one."""
    if " not " in f" {text.lower()} ":
        return None  # "It is not true that no one died": leave it to the judge
    for harm, patterns in _SPARED.items():
        for pattern in patterns:
            match = pattern.search(text)
            if match is not None:
                words = re.findall(r"[a-z]+", match.group("who").lower())
                return Spared(harm, frozenset(w for w in words if w not in _EMPTY))
    return None
