"""Nouns whose commonest sense is a made or natural object: "roof", "ladder",
"scaffolding", "bus", "boulder" (WordNet's lexicographer files noun.artifact and
noun.object), and nouns whose commonest sense is a place: "park", "harbour",
"site" (noun.location).

A clause whose doer is such a thing ("The roof collapsed", "The bus overturned")
tells what a thing did, and a clause whose doer is a person tells a person's act:
other_doers reads the two apart. A body of people ("the company", "the chain") is
no object (noun.group) and acts through its people; an event ("the operation") is
no object either. The table in data/object_nouns.txt lists one such noun a line,
built from Princeton WordNet 3.0 by `python bench/build_synonyms.py
/usr/share/wordnet`; users never need WordNet.

A place is no event: "planted trees in the park on Saturday" dates the planting,
though "park" has a verb in its family and stands right before the day, where
event_times reads an event's noun ("its premiere on Sept. 29"). Its table is
data/place_nouns.txt, one noun a line.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from compare.align.wordnet_files import by_offset, index_entries, table_entry, table_lines

OBJECT_FILES = frozenset({6, 17})  # noun.artifact, noun.object
PLACE_FILES = frozenset({15})  # noun.location


@lru_cache(maxsize=16384)
def is_object_noun(noun: str) -> bool:
    """Is the noun's commonest sense an artifact or a natural object ("roof": yes)?"""
    return table_entry(table_lines("object_nouns.txt"), noun) is not None


@lru_cache(maxsize=16384)
def is_place_noun(noun: str) -> bool:
    """Is the noun's commonest sense a place ("park": yes)?"""
    return table_entry(table_lines("place_nouns.txt"), noun) is not None


def build(wordnet_dir: Path) -> Iterator[str]:
    """Lines of data/object_nouns.txt from WordNet's index.noun and data.noun."""
    yield "# Nouns whose commonest sense is in noun.artifact or noun.object,"
    yield from _nouns(wordnet_dir, OBJECT_FILES)


def build_places(wordnet_dir: Path) -> Iterator[str]:
    """Lines of data/place_nouns.txt from WordNet's index.noun and data.noun."""
    yield "# Nouns whose commonest sense is in noun.location,"
    yield from _nouns(wordnet_dir, PLACE_FILES)


def _nouns(wordnet_dir: Path, files: frozenset[int]) -> Iterator[str]:
    yield "# from Princeton WordNet 3.0 (see WORDNET-LICENSE)."
    yield "# Built by: python bench/build_synonyms.py WORDNET_DICT_DIR"
    synsets = by_offset(wordnet_dir / "data.noun")
    for lemma, offsets in index_entries(wordnet_dir / "index.noun"):
        if lemma.isalpha() and offsets and synsets[offsets[0]].lexfile in files:
            yield lemma
