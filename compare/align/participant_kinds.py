"""Participant nouns one of which names a kind of the other: a "box" is a kind of
"container", a "contract" of "agreement", a "lorry" of "wagon".

Two outlets often name the thing a deed happened to with a specific noun and a
general one ("The boxes went over the side at about 3.40am" / "The containers fell
into the sea at around 2:15 a.m."; "The current contract expired on February 28" /
"Their last agreement ran out on January 31"). WordNet's synonym sets do not join
them; its hypernyms do. The table in data/participant_kinds.txt holds, for each
common noun whose commonest sense names a thing, a being, a group or a document
(WordNet's lexicographer files for animals, artifacts, communication, food, groups,
objects, people, plants and substances), the single-word nouns of that sense's
hypernyms up to LEVELS above it, each the general noun's commonest sense too and
not too general to tell a participant by (a hypernym with more than MAX_KINDS
direct kinds, "device", "person", is neither listed nor climbed past). Only words
as common as COMMON_ZIPF in English (data/wordfreq-en.txt) are kept, which keeps
the table small: rare nouns seldom head a news clause. Words are stored as the
matchers' stems (words.stem), as the frames' heads are read. Built from Princeton WordNet
3.0 by `python bench/build_synonyms.py /usr/share/wordnet`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from compare.align.frequencies import zipf
from compare.align.wordnet_files import by_offset, index_entries, table_entry, table_lines
from compare.align.words import stem

TABLE = "participant_kinds.txt"
# WordNet's lexicographer files of nouns that name participants: noun.animal,
# noun.artifact, noun.communication, noun.food, noun.group, noun.object,
# noun.person, noun.plant, noun.substance
PARTICIPANT_FILES = frozenset({5, 6, 10, 13, 14, 17, 18, 20, 27})
LEVELS = 2  # hypernyms climbed: "contract" → "written agreement" → "agreement"
MAX_KINDS = 60  # a hypernym with more direct kinds than this is too general
COMMON_ZIPF = 3.0  # about once in a million words of English


@lru_cache(maxsize=16384)
def general_participants(noun: str) -> frozenset[str]:
    """The general nouns the table lists for a noun's stem ("box": container...)."""
    return table_entry(table_lines(TABLE), noun) or frozenset()


@lru_cache(maxsize=65536)
def participant_kind_of(a: str, b: str) -> bool:
    """Does one noun stem name a kind of the other's thing ("box" / "container")?"""
    return a != b and (b in general_participants(a) or a in general_participants(b))


def build(wordnet_dir: Path) -> Iterator[str]:
    """Lines of data/participant_kinds.txt from WordNet's index.noun and data.noun."""
    yield "# Hypernyms of participant nouns, from Princeton WordNet 3.0 (see WORDNET-LICENSE)."
    yield "# Built by: python bench/build_synonyms.py WORDNET_DICT_DIR"
    yield "# '<noun> <general noun> ...', as stems (compare/align/words.py): single-word"
    yield f"# nouns of the hypernyms, up to {LEVELS} levels up, of the noun's commonest"
    yield "# sense when it names a thing, a"
    yield "# being, a group or a document, each the general noun's commonest sense too,"
    yield f"# with at most {MAX_KINDS} direct kinds; nouns of a Zipf frequency of at least"
    yield f"# {COMMON_ZIPF} only."
    synsets = by_offset(wordnet_dir / "data.noun")
    commonest = {
        lemma: offsets[0]
        for lemma, offsets in index_entries(wordnet_dir / "index.noun")
        if lemma.isalpha() and offsets and zipf(stem(lemma)) >= COMMON_ZIPF
    }
    kinds = Counter(h for s in synsets.values() for h in s.targets("@"))
    listed: dict[str, set[str]] = {}
    for noun, offset in commonest.items():
        if synsets[offset].lexfile not in PARTICIPANT_FILES:
            continue
        general: set[str] = set()
        reached = [offset]
        for _ in range(LEVELS):
            reached = [h for o in reached for h in synsets[o].targets("@") if kinds[h] <= MAX_KINDS]
            general.update(
                word
                for h in reached
                for word in synsets[h].words
                if word != noun and commonest.get(word) == h
            )
        general = {stem(word) for word in general} - {stem(noun)}
        if general:
            listed.setdefault(stem(noun), set()).update(general)
    for noun_stem, general_stems in sorted(listed.items()):
        yield " ".join([noun_stem, *sorted(general_stems)])
