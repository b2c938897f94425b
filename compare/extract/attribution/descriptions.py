"""Descriptions that stand for a person the article has named and described.

"Sarah Palin, the former Republican vice presidential candidate, ..." makes a
later "the former Republican vice presidential candidate said" Sarah Palin's
words; "Sen. Jane Doe" makes "the senator" hers. Only a definite description
("the ...") is resolved, and only when exactly one described person fits:
two senators leave "the senator" as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from compare.extract.claims import Role

_WORD = re.compile(r"[\w'’\-]+\.?")
_ABBREVIATIONS = {
    "sen.": "senator",
    "sen": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "capt.": "captain",
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "sgt.": "sergeant",
    "adm.": "admiral",
    "maj.": "major",
    "dr.": "doctor",
    "prof.": "professor",
    "rev.": "reverend",
    "pres.": "president",
    "congressman": "representative",
    "congresswoman": "representative",
}
_FUNCTION = frozenset("the a an of for to in at and his her their its".split())
_DEFINITE = re.compile(r"^(?:the|The)\s+\S")


def _words(phrase: str) -> frozenset[str]:
    out = set()
    for match in _WORD.finditer(phrase):
        word = match.group(0).lower()
        word = _ABBREVIATIONS.get(word, word.rstrip("."))
        word = word.removesuffix("’s").removesuffix("'s")
        if word not in _FUNCTION:
            out.add(word)
    return frozenset(out)


# A possessive inside a description: the words before it describe its owner.
_POSSESSOR = re.compile(r"^.*['’]s?\s+", re.DOTALL)
# "of", "for", "at" ... open a phrase about something else: "president of the team".
_COMPLEMENT = re.compile(r"\s+(?:of|for|at|in|with|from|on)\s.*$", re.DOTALL)


def _head_part(role: str) -> str:
    """The words that describe the person: "the “American Pie” star's rep" describes
    a rep (the star is someone else), "president of the team" a president (not the
    team), so only "rep" and "president" are kept."""
    if re.search(r"\w['’]s?\s", role):
        role = _POSSESSOR.sub("", role)
    return _COMPLEMENT.sub("", role)


class Descriptions:
    """Who each description in one article stands for."""

    def __init__(self, roles: Iterable[Role]) -> None:
        described = [
            (_words(_head_part(role.role)), role.person) for role in roles if " " in role.person
        ]
        self._people = [person for _, person in described]
        # Which descriptions hold each word: a mention's candidates are the ones
        # holding all its words, found without reading every description.
        self._holding: dict[str, set[int]] = {}
        for index, (words, _) in enumerate(described):
            for word in words:
                self._holding.setdefault(word, set()).add(index)

    def person(self, mention: str) -> str | None:
        """The one person whose descriptions hold every word of `mention`."""
        if not _DEFINITE.match(mention):
            return None
        wanted = _words(mention)
        if not wanted:
            return None
        holding = [self._holding.get(word, set()) for word in wanted]
        people = {self._people[i] for i in set.intersection(*holding)}
        return people.pop() if len(people) == 1 else None
