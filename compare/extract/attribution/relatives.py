"""Relative pronouns as the subject of a reporting verb.

In "Ana Ruiz, who said it was “a mess”" the subject of "said" is "who", and the
speaker is the phrase it stands for, read right before it: for "who", the
person a description ends with ("a sharp reaction from Mayor Tom Okafor, who
called it ...").
"""

from __future__ import annotations

import re

from compare.extract.attribution import patterns as p
from compare.extract.names import names_a_person

# "X, who", "X — which" (a non-restrictive clause), or a name then "who" without a
# comma ("it was Obama who", "a tweet from Ana Ruiz who"); "which" without a comma
# is as often an object ("the bill which he said") and is left alone.
_RELATIVE_END = re.compile(
    r"(?:(?P<comma>,|\s[—–-])\s*(?P<pronoun>who|which)|(?<=[A-Za-z])\s+(?P<bare>who))$"
)


def relative_at_end(trimmed: str) -> re.Match[str] | None:
    """The relative pronoun closing the words before a cue, with what precedes it."""
    if not trimmed.endswith(("who", "which")):
        return None
    found = _RELATIVE_END.search(trimmed)
    if found is None:
        return None
    if found.group("bare") and not trimmed[: found.start()].rstrip()[-1:].isalpha():
        return None
    if found.group("bare") and not trimmed[: found.start()].split()[-1][:1].isupper():
        return None  # "people who": a restrictive clause on a common noun, read elsewhere
    return found


def person_in(antecedent: str) -> tuple[int, int] | None:
    """For "who": the person a described antecedent ends with ("a damning reaction
    from President Ana Ruiz" → "Ana Ruiz"), the one "who" can stand for."""
    named = [m for m in p.people_named(antecedent) if names_a_person(m.text)]
    if named and not antecedent[named[-1].end :].strip(" ,"):
        return named[-1].start, named[-1].end
    return None
