"""Words of one family across parts of speech, from WordNet's derivational links.

A paraphrase often tells an act with the verb on one side and its noun or
adjective on the other: "developed ankle swelling" / "swollen ankles", "decided"
/ "the decision", "was elected" / "the election". Stems do not join those and
synonyms only join words of one part of speech, so the statement matcher's word
alignment (pair_features.py) tries these after both: two words are of one family
when WordNet links a lemma of one to a lemma of the other ("derivationally
related form", pointer "+").

The table in data/derivations.txt is built from Princeton WordNet 3.0's data
files (`python bench/build_synonyms.py /usr/share/wordnet`), one line per lemma:
'<lemma> <relative> <relative> ...'. Only links between the senses kept for
synonyms (each word's three commonest) are kept: rarer senses relate
everything ("state" / "statement" is a "stately" manner, too). Inflected forms
are reduced to their lemmas by lemminflect's table (compare.extract.lemmas).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from compare.align.synonyms import SENSES_KEPT
from compare.align.wordnet_files import Pointer, index_entries, synsets
from compare.extract.lemmas import classes

_FILES = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}


@cache
def _lines() -> list[str]:
    """The table's lines, sorted, searched by bisection: parsing its 24,600 lines
    into a dict took 0.05 s, paid by the first comparison of every process."""
    text = resources.files("compare.align").joinpath("data/derivations.txt").read_text("utf-8")
    # Comments ("#") sorted in, not filtered out: filtering was half the reading time
    # in every process's first comparison. build() writes the entries sorted, and
    # sorting sorted lines costs little (a table edited by hand may not be).
    return sorted(text.splitlines())


def _relatives(lemma: str) -> list[str]:
    if lemma.startswith("#"):
        return []  # it would find a comment line
    key = lemma + " "
    lines = _lines()
    at = bisect_left(lines, key)
    if at < len(lines) and lines[at].startswith(key):
        return lines[at][len(key) :].split()
    return []


def _lemmas(word: str) -> set[str]:
    return {word, *classes(word).values()}


@lru_cache(maxsize=65536)
def families(word: str) -> frozenset[str]:
    """Keys of the derivational links of a lower-case word's lemmas: two words of
    one family share a key ("swollen" and "swelling" share "swell~swelling")."""
    return frozenset(
        "~".join(sorted((lemma, relative)))
        for lemma in _lemmas(word)
        if " " not in lemma
        for relative in _relatives(lemma)
    )


def build(wordnet_dir: Path) -> Iterator[str]:
    """Lines of data/derivations.txt from WordNet's index.* and data.* files."""
    yield "# Derivational links from Princeton WordNet 3.0 (see WORDNET-LICENSE beside this file)."
    yield "# Built by: python bench/build_synonyms.py WORDNET_DICT_DIR"
    yield "# '<lemma> <relative> ...': single-word lemmas WordNet links as derivationally"
    yield "# related forms, between senses among each word's three commonest."
    kept: set[tuple[str, str, str]] = set()  # (part, offset, lemma): a commonest sense
    for name, part in _FILES.items():
        for lemma, offsets in index_entries(wordnet_dir / f"index.{name}"):
            for offset in offsets[:SENSES_KEPT]:
                kept.add((part, offset, lemma))
    words: dict[tuple[str, str], tuple[str, ...]] = {}
    links: list[tuple[str, str, Pointer]] = []  # part, offset, pointer
    for name, part in _FILES.items():
        for synset in synsets(wordnet_dir / f"data.{name}"):
            words[(part, synset.offset)] = synset.words
            links.extend((part, synset.offset, p) for p in synset.pointers if p.symbol == "+")
    relatives: dict[str, set[str]] = defaultdict(set)
    for part, offset, pointer in links:
        target, target_part = pointer.target, pointer.part.replace("s", "a")
        source_word = words[(part, offset)][pointer.source - 1]
        target_word = words[(target_part, target)][pointer.goal - 1]
        source_word, target_word = _bare(source_word), _bare(target_word)
        if (
            "_" in source_word + target_word
            or source_word == target_word
            or (part, offset, source_word) not in kept
            or (target_part, target, target_word) not in kept
        ):
            continue
        relatives[source_word].add(target_word)
        relatives[target_word].add(source_word)
    for lemma in sorted(relatives):
        yield f"{lemma} {' '.join(sorted(relatives[lemma]))}"


def _bare(lemma: str) -> str:
    """An adjective's lemma without its syntactic marker ("elect(p)" -> "elect")."""
    return lemma.split("(", 1)[0]


@lru_cache(maxsize=16384)
def verb_relatives(noun: str) -> frozenset[str]:
    """The verbs WordNet derives a lower-case noun from or to ("discovery":
    discover, "decision": decide)."""
    return frozenset(r for r in _relatives(noun) if "verb" in classes(r))
