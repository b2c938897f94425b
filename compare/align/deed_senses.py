"""Two verbs that may name one deed: one's usual sense is a sense the other can have.

The synonym table (synonyms.py) keeps each word's three commonest senses on both
sides, so that rare senses do not make everything a synonym of everything. Two
outlets telling one deed often reach for a verb whose usual sense is a rarer sense
of the other's: "The drill reached bedrock" / "the core hit bedrock" (hitting is
reaching only in hit's fifth sense), "the contract expired" / "the agreement ran
out", "was dismissed" / "was let go". Such a pair is no synonym in general; it may
name one deed when the two sentences share the deed's participants too, which is
how same_event_days reads it.

The table in data/deed_senses.txt lists, for each verb lemma of WordNet 3.0
(phrasal verbs written with "_"), the verb synsets it shares with another lemma,
numbered, those among its three commonest senses marked with "*". Two verbs may
name one deed when a marked sense of one is any sense of the other. Built from
Princeton WordNet 3.0 by `python bench/build_synonyms.py /usr/share/wordnet`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from compare.align.synonyms import SENSES_KEPT
from compare.align.wordnet_files import index_entries, table_entry, table_lines

TABLE = "deed_senses.txt"


@lru_cache(maxsize=16384)
def _senses(verb: str) -> tuple[frozenset[str], frozenset[str]]:
    """The verb's usual senses (marked) and all its shared senses, as numbers."""
    listed = table_entry(table_lines(TABLE), verb) or frozenset()
    usual = frozenset(s.rstrip("*") for s in listed if s.endswith("*"))
    return usual, frozenset(s.rstrip("*") for s in listed)


@lru_cache(maxsize=65536)
def may_name_one_deed(a: str, b: str) -> bool:
    """Is a usual sense of one verb lemma a sense of the other ("reach" / "hit",
    "expire" / "run_out")?"""
    if a == b:
        return True
    usual_a, all_a = _senses(a)
    usual_b, all_b = _senses(b)
    return bool(usual_a & all_b or usual_b & all_a)


def build(wordnet_dir: Path) -> Iterator[str]:
    """Lines of data/deed_senses.txt from WordNet's index.verb."""
    yield "# Verb senses from Princeton WordNet 3.0 (see WORDNET-LICENSE beside this file)."
    yield "# Built by: python bench/build_synonyms.py WORDNET_DICT_DIR"
    yield "# '<verb> <sense> ...': the verb synsets a lemma shares with another lemma,"
    yield "# numbered; '*' marks one of the lemma's three commonest senses."
    entries = list(index_entries(wordnet_dir / "index.verb"))
    members: dict[str, set[str]] = defaultdict(set)
    for lemma, offsets in entries:
        for offset in offsets:
            members[offset].add(lemma)
    shared = sorted(offset for offset, lemmas in members.items() if len(lemmas) >= 2)
    number = {offset: str(k) for k, offset in enumerate(shared)}
    lines = []
    for lemma, offsets in entries:
        told = [
            number[offset] + ("*" if rank < SENSES_KEPT else "")
            for rank, offset in enumerate(offsets)
            if offset in number
        ]
        if told:
            lines.append(f"{lemma} {' '.join(told)}")
    yield from sorted(lines)
