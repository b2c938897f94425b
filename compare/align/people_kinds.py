"""Builds the table of nouns for people (compare/extract/data/people_nouns.txt) from
WordNet 3.0's nouns for people and groups of people, read by compare.extract.people_nouns.

Run through `bench/build_synonyms.py`; users never need WordNet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from compare.align.frequencies import zipf
from compare.align.wordnet_files import Synset, by_offset, index_entries
from compare.extract.people_nouns import COUNTS

SENSES_KEPT = 3
PERSON = "00007846"  # person.n.01: everything under it is a kind of person; it is no kind
_PEOPLE, _GROUPS = 18, 14  # lexicographer files noun.person, noun.group
_LEXFILES = frozenset({_PEOPLE, _GROUPS})
# a noun rarer than this (Zipf, as wordfreq gives it) is left out of the table
MIN_ZIPF = 2.5


def build(wordnet_dir: Path) -> Iterator[str]:
    """The table's lines: '<noun> <c|-> [<p|g> <senses> <within> ...]', senses
    numbered; a noun with neither a count nor a kind is left out."""
    synsets = by_offset(wordnet_dir / "data.noun")
    people = under_person(synsets)
    counting = people | {PERSON}
    members: defaultdict[str, set[str]] = defaultdict(set)
    for offset in people:
        for holonym in synsets[offset].targets("#m"):
            members[holonym].add(offset)
    groups = set(members)
    numbers: dict[str, int] = {}

    def number(offset: str) -> int:
        return numbers.setdefault(offset, len(numbers))

    def kind(word: str, offsets: list[str]) -> list[str]:
        if "_" in word or not word.isalpha() or zipf(word) < MIN_ZIPF:
            return []
        senses = [o for o in offsets[:SENSES_KEPT] if o in people or o in groups]
        if not senses:
            return []
        within: set[str] = set()
        for offset in senses:
            within |= _above(offset, synsets)
        for offset in senses:
            if offset in groups:
                # a group takes in its members' kinds: the police, a policeman's
                within |= {m for m in members[offset] if m in people}
                for member in members[offset]:
                    within |= _above(member, synsets) if member in people else set()
        told = ",".join(str(number(o)) for o in senses)
        part = "p" if any(o in people for o in senses) else "g"
        return [part, told, *(str(number(o)) for o in sorted(within - set(senses)))]

    yield "# Nouns for people and groups of people from Princeton WordNet 3.0"
    yield "# (see WORDNET-LICENSE beside this file). Built by: python bench/build_synonyms.py"
    yield "# '<noun> <c|-> <p|g> <senses> <within> ...': c when the noun's commonest sense is"
    yield "# a kind of person (a figure of it counts people); p when a sense is a kind of"
    yield "# person (g: only groups); which of its three commonest senses are people or groups"
    yield "# of people, and every sense those lie under (below person) or belong to as"
    yield "# members. The last three are left out for nouns rarer than Zipf 2.5 or of no kind."
    for word, offsets in index_entries(wordnet_dir / "index.noun"):
        counts = (
            "_" not in word
            and bool(offsets)
            and word in synsets[offsets[0]].words
            and offsets[0] in counting
        )
        kinds = kind(word, offsets)
        if counts or kinds:
            yield " ".join([word, COUNTS if counts else "-", *kinds])


def under_person(synsets: dict[str, Synset]) -> set[str]:
    """Every synset below person.n.01 (not person itself)."""
    below: defaultdict[str, list[str]] = defaultdict(list)
    for offset, synset in synsets.items():
        for h in synset.targets("@"):
            below[h].append(offset)
    found, todo = set(), [PERSON]
    while todo:
        for child in below[todo.pop()]:
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _above(offset: str, synsets: dict[str, Synset]) -> set[str]:
    """The kinds of people above one (not person and up), and the groups each
    belongs to; a group's own kinds ("organization", "unit") say nothing of people."""
    found, todo = set(), [offset]
    while todo:
        synset = synsets[todo.pop()]
        if synset.lexfile != _PEOPLE:
            continue
        for up in synset.targets("@") + synset.targets("#m"):
            if up != PERSON and up not in found and synsets[up].lexfile in _LEXFILES:
                found.add(up)
                todo.append(up)
    return found
