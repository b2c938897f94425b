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
        for line in (wordnet_dir / f"index.{name}").read_text("latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            offsets = fields[4 + int(fields[3]) + 2 :]
            for offset in offsets[:SENSES_KEPT]:
                kept.add((part, offset, fields[0]))
    words: dict[tuple[str, str], list[str]] = {}
    links: list[tuple[str, str, str, str, str]] = []  # part, offset, pointer target
    for name, part in _FILES.items():
        for line in (wordnet_dir / f"data.{name}").read_text("latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            offset, count = fields[0], int(fields[3], 16)
            lemmas = [fields[4 + 2 * k].lower() for k in range(count)]
            words[(part, offset)] = lemmas
            at = 4 + 2 * count
            for k in range(int(fields[at])):
                symbol, target, target_part, numbers = fields[at + 1 + 4 * k : at + 5 + 4 * k]
                if symbol == "+":
                    links.append((part, offset, target, target_part.replace("s", "a"), numbers))
    relatives: dict[str, set[str]] = defaultdict(set)
    for part, offset, target, target_part, numbers in links:
        source_word = words[(part, offset)][int(numbers[:2], 16) - 1]
        target_word = words[(target_part, target)][int(numbers[2:], 16) - 1]
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
