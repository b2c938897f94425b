"""Event nouns one of which names a kind of the other: a "blaze" is a kind of
"fire", a "heist" of "robbery", a "walkout" of "strike", a "pileup" of "collision".

Outlets name one event with a general noun and a specific one ("The blaze broke out
at about 1.20am" / "The fire began shortly before 4 a.m."); WordNet's synonym sets
do not join them, its hypernyms do. The table in data/noun_kinds.txt holds, for each
noun whose three commonest senses include an act, an event, a phenomenon or a
process (WordNet's lexicographer files 04, 11, 19, 22), the single-word nouns of
those senses' direct hypernyms that are among the general noun's three commonest
senses too, and not too general to tell an event by (a hypernym with more than
MAX_KINDS direct kinds, "happening", "act", "accident", is left out). Built from
Princeton WordNet 3.0 by `python bench/build_synonyms.py /usr/share/wordnet`. Only a
direct link counts: two nouns that share a hypernym ("crash" and "collision" are
both accidents) are two events, as for verbs (verb_kinds).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from compare.align.synonyms import SENSES_KEPT
from compare.align.wordnet_files import by_offset, index_entries, table_entry, table_lines

# WordNet's lexicographer files of nouns that name things that happen
EVENT_FILES = frozenset({4, 11, 19, 22})  # noun.act, noun.event, noun.phenomenon, noun.process
MAX_KINDS = 40  # a hypernym with more direct kinds than this is too general


@lru_cache(maxsize=16384)
def general_nouns(noun: str) -> frozenset[str]:
    """The general nouns the table lists for a noun ("blaze": fire, flame...)."""
    return table_entry(table_lines("noun_kinds.txt"), noun) or frozenset()


@lru_cache(maxsize=65536)
def noun_kind_of(a: str, b: str) -> bool:
    """Does one noun name a kind of the other's event ("blaze" / "fire")?"""
    return a != b and (b in general_nouns(a) or a in general_nouns(b))


def build(wordnet_dir: Path) -> Iterator[str]:
    """Lines of data/noun_kinds.txt from WordNet's index.noun and data.noun."""
    yield "# Direct hypernyms of event nouns, from Princeton WordNet 3.0 (see WORDNET-LICENSE)."
    yield "# Built by: python bench/build_synonyms.py WORDNET_DICT_DIR"
    yield "# '<noun> <general noun> ...': single-word nouns of the direct hypernyms of the"
    yield "# noun's three commonest senses that name an act, event, phenomenon or process,"
    yield f"# each among the general noun's three too, and with at most {MAX_KINDS} direct kinds."
    synsets = by_offset(wordnet_dir / "data.noun")
    senses = {
        lemma: offsets[:SENSES_KEPT]
        for lemma, offsets in index_entries(wordnet_dir / "index.noun")
        if lemma.isalpha()
    }
    kinds = Counter(h for s in synsets.values() for h in s.targets("@"))
    for noun, offsets in sorted(senses.items()):
        general: set[str] = set()
        for offset in offsets:
            synset = synsets[offset]
            if synset.lexfile not in EVENT_FILES:
                continue
            for hypernym in synset.targets("@"):
                if kinds[hypernym] > MAX_KINDS:
                    continue
                general.update(
                    word
                    for word in synsets[hypernym].words
                    if word.isalpha() and word != noun and hypernym in senses.get(word, ())
                )
        if general:
            yield " ".join([noun, *sorted(general)])
