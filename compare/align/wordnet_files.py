"""Princeton WordNet 3.0's dictionary files, as the table builders read them.

Only `bench/build_synonyms.py` reads WordNet (Debian's wordnet-base puts it in
/usr/share/wordnet): the tables it writes ship in compare/align/data (and the
people-noun table in compare/extract/data), so users never need it. Each builder
(synonyms, antonyms, derivations, verb_kinds, people_kinds) reads the same three
kinds of file, read here once:

- index.<part>: each lemma with its synsets, commonest sense first;
- data.<part>: each synset with its words and its pointers to other synsets;
- <part>.exc: irregular forms and their lemmas ("rose rise").

The formats are WordNet's wndb(5WN); a file's licence header is the lines that
start with a space.

The kind tables the builders write (verb_kinds.txt, noun_kinds.txt: a word, then
the words it lists) are looked up here too, by bisection of their sorted lines.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path

import attrs


@attrs.frozen
class Pointer:
    """One pointer of a synset to another."""

    symbol: str  # "@" a hypernym, "!" an antonym, "+" a derivation, "#m" a member's group
    target: str  # the target synset's offset
    part: str  # the target's part of speech: n, v, a, s (a satellite adjective) or r
    source: int  # the pointer's word among this synset's, from 1; 0: the whole synset
    goal: int  # its word among the target's, from 1; 0: the whole synset


@attrs.frozen
class Synset:
    """One line of a data.<part> file."""

    offset: str
    lexfile: int  # the lexicographer file: 18 noun.person, 14 noun.group, ...
    words: tuple[str, ...]  # lower case, an adjective's marker kept ("big(a)")
    pointers: tuple[Pointer, ...]

    def targets(self, symbol: str) -> list[str]:
        """The offsets its pointers of one kind lead to ("@": its hypernyms)."""
        return [p.target for p in self.pointers if p.symbol == symbol]


def index_entries(index: Path) -> Iterator[tuple[str, list[str]]]:
    """Each lemma of an index.<part> file with its synsets' offsets, commonest first."""
    for line in index.read_text("latin-1").splitlines():
        if not line or line.startswith(" "):
            continue  # the licence header
        fields = line.split()
        yield fields[0], fields[4 + int(fields[3]) + 2 :]


def sense_ranks(entries: Iterable[tuple[str, list[str]]]) -> dict[tuple[str, str], int]:
    """Each (lemma, synset offset) of index entries with the sense's rank among the
    lemma's senses (0: its commonest)."""
    return {
        (lemma, offset): number
        for lemma, offsets in entries
        for number, offset in enumerate(offsets)
    }


def synsets(data: Path) -> Iterator[Synset]:
    """Each synset of a data.<part> file."""
    for line in data.read_text("latin-1").splitlines():
        if not line or line.startswith(" "):
            continue  # the licence header
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        at = 4 + 2 * count
        pointers = []
        for k in range(int(fields[at])):
            symbol, target, part, numbers = fields[at + 1 + 4 * k : at + 5 + 4 * k]
            pointers.append(
                Pointer(symbol, target, part, int(numbers[:2], 16), int(numbers[2:], 16))
            )
        yield Synset(
            fields[0],
            int(fields[1]),
            tuple(fields[4 + 2 * k].lower() for k in range(count)),
            tuple(pointers),
        )


def by_offset(data: Path) -> dict[str, Synset]:
    """The synsets of a data.<part> file by their offsets."""
    return {synset.offset: synset for synset in synsets(data)}


def exceptions(exc: Path) -> Iterator[tuple[str, str]]:
    """Each irregular form of a <part>.exc file with its (first) lemma."""
    for line in exc.read_text("latin-1").splitlines():
        fields = line.split()
        if len(fields) >= 2:
            yield fields[0], fields[1]


@cache
def table_lines(name: str) -> list[str]:
    """The lines of the table compare/align/data/<name>, comments left out, sorted
    as its builder writes them. An entry is parsed when its word is first looked
    up (table_entry): a dict of all 9,700 lines of verb_kinds.txt took ~0.025 s
    CPU, paid by every first comparison, which looks up a few hundred words."""
    text = resources.files("compare.align").joinpath(f"data/{name}").read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def table_entry(lines: list[str], word: str) -> frozenset[str] | None:
    """The words listed after `word` on its line of a kind table; None when no line
    is the word's."""
    # A space sorts before every character of a word, so "break ..." comes before
    # "break_out ..." as "break" before "break_out": bisection by the word finds it.
    if " " in word:
        return None  # no word of the tables has one, and a key must not run on
    at = bisect_left(lines, word)
    if at < len(lines) and (lines[at] == word or lines[at].startswith(word + " ")):
        return frozenset(lines[at].split()[1:])
    return None
