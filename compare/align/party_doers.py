"""Doers that are parties: named, or told by what body or kind of people they are.

News credits a deed to a named person or body ("Ana Ruiz", "the Pro Nature
Foundation"), or to a party told by its noun and what it belongs to: a body ("the
mayor's office", "the city's transport department", "the railway infrastructure
company") or people of a kind ("a Texas state trooper", described_doers). Two
such doers are two parties, and one deed credited to both a discrepancy, only when:
- each is a party: a name that is no place the articles name, or a first phrase
  headed by a noun for a body (any of its three commonest WordNet senses in
  noun.group: "department", "office", "ministry", "company", "council") or for a
  kind of people (described_doers.described_head), qualified by a possessive, a
  name or a noun before it or a phrase after it ("the ministry" alone, "police",
  "officials" may be anyone the other outlet names);
- they share no content word (places left out: a place in a body's name says where
  it is, not which body: "the Kutaisi council" / "Kutaisi City Hall" share none, but
  "the aid group" / "a group of traders" share "group");
- neither's names nor head noun appear in the other's sentence (a sentence that names
  both may tell two parties' parts of one deed);
- not a person named in full against a body: a body acts through its head or
  spokesman ("the institute" / "its director, Ana Ruiz"); nor people of a kind
  against a body ("a night watchman" / "a maintenance crew"): a body takes in people
  of any kind.

The group table (data/group_nouns.txt, one noun a line) is built from Princeton
WordNet 3.0 by `python bench/build_synonyms.py /usr/share/wordnet`; users never need
WordNet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import attrs

from compare.align.actor_names import names
from compare.align.described_doers import described_head, heads_apart
from compare.align.wordnet_files import by_offset, index_entries, table_entry, table_lines
from compare.align.words import STOPWORDS, stem, words
from compare.extract.lemmas import classes
from compare.extract.lexicon import TITLES
from compare.extract.names import is_person_name, names_in
from compare.extract.people_nouns import people_noun

GROUP_FILES = frozenset({14})  # noun.group
_SENSES = 3  # a noun is a body's when one of its three commonest senses is
_WORD = re.compile(r"[\w'\u2019-]+|,")
# words that end a doer's first phrase (what follows tells where it is from, whose
# it is, or what it did), as described_doers reads it
_PHRASE_ENDS = frozenset(
    "from of with who whom whose that which at in on for near acting working using"
    " led based run over during after before since until through under into to as by"
    " last this , and or".split()
)


@attrs.frozen
class Party:
    """A doer read as a party."""

    names: frozenset[str]  # its names, places left out
    person: bool  # a person named in full
    head: str  # the noun heading a description ("department"), "" for a name alone
    content: frozenset[str]  # content stems, places left out
    body: bool  # told by a noun for a body, no name


@lru_cache(maxsize=16384)
def is_group_noun(noun: str) -> bool:
    """Is one of the noun's three commonest senses a body of people ("department":
    yes; "yard": no)?"""
    return table_entry(table_lines("group_nouns.txt"), noun) is not None


def party(doer: str, places: frozenset[str] = frozenset()) -> Party | None:
    """The doer as a party (see the module's docstring), None when it is none."""
    doer = re.split(r",\s+(?:who|which|whose)\b", doer, maxsplit=1)[0]
    # a title before a name tells no party ("Councillor Ana Ruiz" / "Councillor Tom Hale")
    named = names(doer) - places - TITLES
    content = frozenset(
        stem(w)
        for w in words(doer)
        if w not in STOPWORDS and w.isalpha() and w not in places and w not in TITLES
    )
    # "a team from Plovdiv's museum": the team, not a person; "a fisherman, Ana Ruiz": a person
    person = _named_person(re.split(r"\s(?:from|of|at|in|for)\s", doer, maxsplit=1)[0])
    if named:
        return Party(named, person, described_head(doer) or "", content, False)
    people = described_head(doer)
    if people is not None:
        return Party(frozenset(), False, people, content, False)
    head = _body_head(doer)
    if head is None:
        return None
    return Party(frozenset(), False, head, content, True)


def _named_person(doer: str) -> bool:
    """A person named in full ("a fisherman, Ana Ruiz"), not a body named beside
    its noun ("a consultancy, Urbanis Partners")."""
    mentions = names_in(doer)
    if not mentions or not is_person_name(mentions[-1].text):
        return False
    after = doer[doer.rfind(mentions[-1].text) + len(mentions[-1].text) :]
    told_after = re.findall(r"[\w'\u2019-]+", after)
    if any(w[:1].isupper() or is_group_noun(w.lower()) for w in told_after):
        return False  # a body's name runs on ("the Harbour Dockers' Union", "the X cooperative")
    described = doer.split(",", 1)[0] if "," in doer else ""
    told = [w for w in words(described) if w.isalpha() and w not in STOPWORDS]
    if told and not told[-1][:1].isupper() and told[-1] == told[-1].lower():
        kind = people_noun(told[-1])
        return kind is not None and kind.person
    return True


def _body_head(doer: str) -> str | None:
    """The noun for a body heading the doer's first phrase when something qualifies
    it ("the city's transport department": "department"; "the ministry": None)."""
    tokens = _WORD.findall(doer)
    phrase: list[str] = []
    for token in tokens:
        if token.lower() in _PHRASE_ENDS and phrase:
            break
        phrase.append(token)
    if not phrase:
        return None
    head = phrase[-1].lower()
    if head[:1].isdigit() or not is_group_noun(head) or head in STOPWORDS:
        return None
    kind = people_noun(head)
    if kind is not None and kind.person:
        return None  # "four men": people of no party (described_doers reads kinds)
    before = [w for w in phrase[:-1] if w.lower() not in STOPWORDS]
    qualified = len(phrase) < len(tokens) and tokens[len(phrase)] != ","
    qualified = qualified or any(_qualifier(w) for w in before)
    return head if qualified else None


def _qualifier(word: str) -> bool:
    """A word before the head that tells which body: a name, a possessive, a noun or
    an adjective of a kind ("city", "Kraljevo's", "railway", "municipal")."""
    if word[:1].isupper() or word.endswith(("'s", "\u2019s", "s'")):
        return True
    return bool(classes(word.lower()))


def parties_apart(
    x: str, y: str, sentence_x: str, sentence_y: str, places: frozenset[str] = frozenset()
) -> bool:
    """Two doers that are two parties (see the module's docstring)."""
    px, py = party(x, places), party(y, places)
    if px is None or py is None:
        return False
    if px.content & py.content:
        return False
    if px.names & names(sentence_y) or py.names & names(sentence_x):
        return False
    stems_x = {stem(w) for w in words(sentence_x)}
    stems_y = {stem(w) for w in words(sentence_y)}
    if (px.head and stem(px.head) in stems_y) or (py.head and stem(py.head) in stems_x):
        return False
    if px.person != py.person and (px.names and py.names):
        return False  # a named person against a named body: its head, its spokesman
    if (px.person and py.body) or (py.person and px.body):
        return False  # a named person against a body told by its noun
    if _kind_only(px) and (py.body or (py.names and not py.person)):
        return False  # people of a kind against a body: a body takes in any kind
    if _kind_only(py) and (px.body or (px.names and not px.person)):
        return False
    if px.head and py.head and not px.names and not py.names:
        if not px.body and not py.body:
            return heads_apart(px.head, py.head)  # two kinds of people
        return stem(px.head) != stem(py.head)
    return True


def build(wordnet_dir: Path) -> Iterator[str]:
    """Lines of data/group_nouns.txt from WordNet's index.noun and data.noun."""
    yield "# Nouns one of whose three commonest senses is in noun.group (bodies of"
    yield "# people), from Princeton WordNet 3.0 (see WORDNET-LICENSE)."
    yield "# Built by: python bench/build_synonyms.py WORDNET_DICT_DIR"
    synsets = by_offset(wordnet_dir / "data.noun")
    for lemma, offsets in index_entries(wordnet_dir / "index.noun"):
        if lemma.isalpha() and any(synsets[o].lexfile in GROUP_FILES for o in offsets[:_SENSES]):
            yield lemma


def _kind_only(p: Party) -> bool:
    """People told by their kind alone ("a night watchman"), no name, no body."""
    return bool(p.head) and not p.body and not p.names
