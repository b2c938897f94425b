"""Doers told by what they are, not by name: "a state trooper", "a truck driver who
had seen the alert", "officers of the coastguard".

News tells most doers by a noun for people with its modifiers ("a Texas Department
of Public Safety trooper", "two fisheries officers from the district office"). The
noun heading the doer's first phrase (before "from", "of", "who", a comma...) says
what kind of people did the deed. Two such doers are two parties only when:
- both heads are nouns for kinds of people (extract/people_nouns.py, WordNet's
  noun.person), not for groups ("crews", "the team": a group takes in people of any
  kind), nor nouns that tell only sex, age or presence ("a man", "a witness"), nor
  nouns for whoever does some act ("rescuers", "workers": anyone who rescues is a
  rescuer; group_doers._acts_of_anyone);
- neither head's kind holds the other's ("police" / "officers", "troopers" /
  "policemen": a member or a kind of the other is maybe the same people), and they
  share no stem ("paramedics" / "medics");
- neither head is used anywhere in the other article, in any number: an article that
  speaks of troopers may tell of the troopers' deed beside the driver's, while one
  that never mentions them credits the deed to someone else.
A doer with a person's name beside its noun ("a neighbour, Imran Aziz") is a named
person, left to the name rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from compare.align.group_doers import ANYONE, acts_of_anyone
from compare.align.words import STOPWORDS
from compare.extract.lemmas import classes
from compare.extract.people_nouns import narrow_kinds_apart, people_noun, singular

_WORD = re.compile(r"[\w'\u2019-]+|,")
# Words that end a doer's first phrase: what follows tells where the doer is from,
# whom it belongs to, or what it did ("a driver who had seen", "officers of the
# unit", "a ranger acting on a tip-off")
_PHRASE_ENDS = frozenset(
    "from of with who whom whose that which at in on for near acting working using , and or".split()
)
# A person's name set beside the doer by a comma: "the farmer's son, Josh Tapley"
_NAME_BESIDE = re.compile(r",\s*[A-Z]")


@lru_cache(maxsize=4096)
def described_head(doer: str) -> str | None:
    """The noun for a kind of people that heads a doer told without a name and
    qualified by what party it is ("a Texas Department of Public Safety trooper":
    "trooper"; "A truck driver who had seen": "driver"; "officers of the unit":
    "officer"), singular. None for a named person, a group, a noun anyone fits, or a
    bare noun ("Officers", "a masked gunman", "the suspect"): a role in the story
    without a party may be anyone the other outlet names."""
    if _NAME_BESIDE.search(doer):
        return None
    tokens = _WORD.findall(doer)
    phrase: list[str] = []
    for at, token in enumerate(tokens):
        if token.lower() in _PHRASE_ENDS and phrase and not _capital(phrase[-1], at - 1):
            break  # "of" inside a name ("Department of Public Safety") ends nothing
        phrase.append(token)
    if not phrase or _capital(phrase[-1], len(phrase) - 1):
        return None  # "Plant manager Gloria Mayhew": a name heads the phrase
    head = phrase[-1].lower()
    known = people_noun(head)
    if known is None or not known.person:
        return None  # no noun for people, or one for groups only ("crew", "team")
    one = singular(head)
    if one in ANYONE:
        return None
    qualified = len(phrase) < len(tokens) and tokens[len(phrase)] != ","
    qualified = qualified or any(_qualifier(w, at) for at, w in enumerate(phrase[:-1]))
    if not qualified or (acts_of_anyone(head) and not _noun_before(phrase)):
        return None  # "rescuers from the mine" may be anyone; "mine rescuers" a trade
    return one


def _capital(token: str, at: int) -> bool:
    """A capitalised word that is a name: the first word only when it is no noun
    for people ("Soldiers from the armed forces")."""
    return token[:1].isupper() and not (at == 0 and people_noun(token.lower()) is not None)


def _qualifier(word: str, at: int) -> bool:
    """A word before the head that tells which party: a name, a possessive, a noun
    ("Texas", "the club's", "truck", "fisheries"), not an adjective ("masked")."""
    if word[:1].isupper() and at > 0:
        return True
    if word.endswith(("'s", "\u2019s", "s'")):
        return True
    kinds = classes(word.lower())
    return "noun" in kinds and "adj" not in kinds and word.lower() not in STOPWORDS


def _noun_before(phrase: list[str]) -> bool:
    return any(_qualifier(w, at) for at, w in enumerate(phrase[:-1]))


# Heads that open on the same letters may be two compounds of one trade
# ("fireman" / "firefighter", "policeman" / "police officer"): not told apart
_STEM = 4


def heads_apart(x: str, y: str) -> bool:
    """Two heads (described_head) that name two kinds of people: no shared stem, and
    neither's kind holds or is held by the other's."""
    if x.endswith(y) or y.endswith(x) or x[:_STEM] == y[:_STEM]:
        return False
    return narrow_kinds_apart(x, y)
