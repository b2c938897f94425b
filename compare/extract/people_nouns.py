"""Whether two nouns for people name one kind of people ("police" / "officers",
"firefighters" / "a firefighter") or two ("firefighters" / "a neighbour").

Read from WordNet 3.0's nouns for people and for groups of people (its lexicographer
files noun.person and noun.group): a noun is of the other's kind when one of its two
commonest senses is the other's sense or lies under it (a trooper is a policeman), or
belongs to it as a member (a policeman to the police, a fireman to a fire department).
Two nouns both listed and related in none of these ways are two kinds of people:
whoever one names is not whoever the other names. The table
(data/people_nouns.txt, which also marks the nouns that count people for
people_counts) is built by `bench/build_synonyms.py` with
`compare.align.people_kinds.build`; users never need WordNet. It lives with the
extractor, the lower stage, because both stages read it: the extractor to tell a
person's noun between a name and a pronoun, the aligner to tell two kinds of people.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources

import attrs


@attrs.frozen
class PeopleNoun:
    """A noun's senses and every sense it lies under or belongs to."""

    senses: frozenset[int]
    within: frozenset[int]
    person: bool  # a sense is a kind of person, not only a group ("police")


COUNTS = "c"  # the table's mark of a noun whose commonest sense is a kind of person


@cache
def _rows() -> tuple[list[str], ...]:
    """The table's rows, read once: 8,000 short lines split in a few milliseconds."""
    text = resources.files("compare.extract").joinpath("data/people_nouns.txt").read_text("utf-8")
    return tuple(line.split(" ") for line in text.splitlines() if line and not line.startswith("#"))


@cache
def counting_nouns() -> frozenset[str]:
    """The nouns whose commonest sense is a kind of person: a figure of them counts
    people ("skiers", "inmates"; not "fans": the machine comes first)."""
    return frozenset(row[0] for row in _rows() if row[1] == COUNTS)


@cache
def _table() -> dict[str, list[str]]:
    """Each listed kind of people's columns after the noun (part, senses, the senses
    it falls under), made into a PeopleNoun only when the noun is looked up
    (`_entry`): making its 3,800 records up front was most of the table's 0.02 s of
    CPU in every process's first comparison."""
    return {row[0]: row[2:] for row in _rows() if len(row) > 2}


@cache
def _entry(word: str) -> PeopleNoun:
    """The PeopleNoun of a noun the table lists."""
    part, senses, *within = _table()[word]
    return PeopleNoun(
        frozenset(int(s) for s in senses.split(",")),
        frozenset(int(w) for w in within),
        part == "p",
    )


# Plurals the suffix rules below do not undo ("men" -> "man" is one of the rules).
_IRREGULAR = {"people": "person", "children": "child"}
# A plural's end and its singular's, tried in this order: "-ies" before "-es" before
# "-s" ("deputies" -> deputy, "witnesses" -> witness, "officers" -> officer).
_PLURALS = (("men", "man"), ("ies", "y"), ("es", ""), ("s", ""))


def noun_forms(word: str) -> Iterator[str]:
    """The lemmas a noun for people may be listed under in WordNet's tables, the
    word itself first, then its singulars by the English plural rules ("marchers"
    -> marcher, "women" -> woman, "MPs" -> mp); a lookup takes the first listed."""
    word = word.lower()
    yield word
    if word in _IRREGULAR:
        yield _IRREGULAR[word]
    for plural, singular in _PLURALS:
        if word.endswith(plural):
            yield word[: -len(plural)] + singular


@lru_cache(maxsize=65536)  # the judges ask it of every two words in a row of a statement
def people_noun(word: str) -> PeopleNoun | None:
    """The noun's entry, read from its singular when it is a plural ("officers")."""
    form = _listed(word.lower().replace("neighbour", "neighbor"))
    return _entry(form) if form is not None else None


def _listed(word: str) -> str | None:
    """The first of the word's forms the table lists."""
    return next((form for form in noun_forms(word) if form in _table()), None)


def _singular(word: str) -> str:
    return _listed(word) or word.lower()


def other_kinds(a: str, b: str) -> bool:
    """Both words name people, and neither's kind holds the other's: "firefighters"
    / "neighbour" (True); "police" / "officers", "troopers" / "police" (False)."""
    na, nb = people_noun(a), people_noun(b)
    if na is None or nb is None:
        return False
    wa, wb = _singular(a), _singular(b)
    if wa.endswith(wb) or wb.endswith(wa):
        return False  # "paramedic" / "medics", "firefighter" / "fighters"
    # one kind when one lies under or belongs to the other, or both under one kind
    # below person ("police" / "deputy": both lawmen)
    return not ((na.senses | na.within) & (nb.senses | nb.within))


def singular(word: str) -> str:
    """The form of a noun for people the table lists ("officers": officer), or the
    word itself, lower-cased."""
    return _singular(word)


# A kind of people that holds more than this share of the table's nouns ("worker",
# "adult") is too broad to tell two outlets' doers apart: a trooper and a truck
# driver are both workers, and still two people.
BROAD_SHARE = 0.05


@cache
def _broad_kinds() -> frozenset[int]:
    """The senses that this many of the table's nouns are or lie under."""
    held: dict[int, int] = {}
    for columns in _table().values():
        for sense in {int(s) for s in columns[1].split(",")} | {int(w) for w in columns[2:]}:
            held[sense] = held.get(sense, 0) + 1
    most = BROAD_SHARE * len(_table())
    return frozenset(sense for sense, count in held.items() if count > most)


def narrow_kinds_apart(a: str, b: str) -> bool:
    """Both words name kinds of people, and the only kinds they share are broad
    ones (_broad_kinds): "trooper" / "driver" (True: both merely workers); "police"
    / "officers", "trooper" / "policeman" (False)."""
    na, nb = people_noun(a), people_noun(b)
    if na is None or nb is None:
        return False
    shared = (na.senses | na.within) & (nb.senses | nb.within)
    return not (shared - _broad_kinds())
