"""Synonyms from WordNet 3.0, so that "prizes" can stand for "awards".

The table in data/synonyms.txt is built from Princeton WordNet's dictionary
files (`python bench/build_synonyms.py /usr/share/wordnet`, from Debian's
wordnet-base) and ships with the package, so matching needs no download. It
keeps each word's three most frequent senses only, and only senses that at
least two single words share: rarer senses make everything a synonym of
everything ("rose" and "climb" are both "go up", but "rose" is also a flower).

Lookup reduces an inflected word to its WordNet lemma the way WordNet's own
morphology does: irregular forms from its exception lists, then suffix rules
("ies" -> "y", "ed" -> "" or "e", ...), each accepted only if the result is
a known lemma of that part of speech.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from compare.align.wordnet_files import exceptions, index_entries, synsets

SENSES_KEPT = 3
WORDS_KEPT = 65536  # words whose lemmas a table remembers
_PARTS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
# WordNet's detachment rules: (ending, replacement) per part of speech.
SUFFIX_RULES = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}  # fmt: skip


class SynonymTable:
    """Sense groups of each (part of speech, lemma), and WordNet's irregular forms.

    The table's lines stay one sorted list searched by bisection: a dict of its
    55,000 entries took 0.09 s CPU to build, and a set of the words it knows, to
    skip the bisection for the others, 0.03 s (about 140 million instructions, 4%
    of a first comparison of 20 articles), paid by every first comparison, while
    such a comparison looks the table up about 10,000 times."""

    def __init__(self, text: str) -> None:
        # "v rise 17 2301": the lemma "rise" (verb) is in sense groups 17 and 2301;
        # "~v rose rise": an irregular form and its lemma. Comments start with "#":
        # sorted in, they start no key (a part of speech), so no lookup finds them.
        # build() writes the entries sorted, and sorting sorted lines costs little
        # (a table edited by hand may not be).
        self._lines = sorted(text.splitlines())
        self._lemmas: dict[str, frozenset[tuple[str, str]]] = {}

    def _rest(self, key: str) -> str | None:
        """What follows `key` and a space on the line that starts so, if any."""
        key += " "
        lines = self._lines
        at = bisect_left(lines, key)
        if at < len(lines) and lines[at].startswith(key):
            return lines[at][len(key) :]
        return None

    def group_ids(self, part: str, lemma: str) -> str | None:
        """The lemma's sense group ids as one string ("17 2301"); None when it has none."""
        return self._rest(f"{part} {lemma}") if _one_word(lemma) else None

    def lemma_of_irregular(self, part: str, form: str) -> str:
        """The lemma of an irregular form ("rose" -> "rise"); "" when it is none."""
        return (self._rest(f"~{part} {form}") or "") if _one_word(form) else ""

    def lemmas(self, word: str) -> frozenset[tuple[str, str]]:
        """The (part, lemma) pairs an inflected word may be a form of."""
        # Read once per word: the synonym, opposite, verb-kind and name rules all
        # ask of the same words, each about ten bisections of the table.
        known = self._lemmas.get(word)
        if known is None:
            if len(self._lemmas) >= WORDS_KEPT:
                self._lemmas.clear()  # a long-lived process reading ever more words
            known = self._lemmas[word] = frozenset(self._read_lemmas(word))
        return known

    def _read_lemmas(self, word: str) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        if " " in word:
            return found  # no lemma of the table has a space, and a key must not run on
        for part, rules in SUFFIX_RULES.items():
            candidates = [word, self.lemma_of_irregular(part, word)]
            candidates += [
                word[: -len(end)] + new for end, new in rules if strips_suffix(word, end)
            ]
            found.update((part, c) for c in candidates if c and self.group_ids(part, c) is not None)
        return found

    def senses(self, word: str) -> frozenset[str]:
        """Ids of the sense groups of a lower-case word; empty when it has none."""
        return frozenset(
            g
            for part, lemma in self.lemmas(word)
            for g in (self.group_ids(part, lemma) or "").split()
        )


def _one_word(word: str) -> bool:
    """A lemma or form the table may list: a key must end where the line's word does."""
    return bool(word) and " " not in word


def strips_suffix(word: str, end: str) -> bool:
    return word.endswith(end) and len(word) > len(end) + 1


@cache
def table() -> SynonymTable:
    text = resources.files("compare.align").joinpath("data/synonyms.txt").read_text("utf-8")
    return SynonymTable(text)


@lru_cache(maxsize=65536)
def senses(word: str) -> frozenset[str]:
    """Sense groups of a lower-case word, from the bundled table."""
    return table().senses(word)


def are_synonyms(a: str, b: str) -> bool:
    return bool(senses(a) & senses(b))


def build(wordnet_dir: Path) -> Iterator[str]:
    """Lines of data/synonyms.txt from WordNet's index.* and *.exc files."""
    yield "# Sense groups from Princeton WordNet 3.0 (see WORDNET-LICENSE beside this file)."
    yield "# Built by: python bench/build_synonyms.py WORDNET_DICT_DIR"
    yield "# '<part> <lemma> <group> ...': the groups (senses shared by two or more single"
    yield "# words, among each word's three commonest) that a lemma belongs to."
    yield "# '~<part> <form> <lemma>': an irregular form whose lemma is in some group."
    members: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name, part in _PARTS.items():
        for lemma, offsets in index_entries(wordnet_dir / f"index.{name}"):
            if "_" in lemma:
                continue  # a multi-word lemma
            for offset in offsets[:SENSES_KEPT]:
                members[(part, offset)].add(lemma)
    shared = sorted((key, lemmas) for key, lemmas in members.items() if len(lemmas) >= 2)
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for number, ((part, _), lemmas) in enumerate(shared):
        for lemma in lemmas:
            groups[(part, lemma)].append(number)
    for (part, lemma), numbers in sorted(groups.items()):
        yield f"{part} {lemma} {' '.join(map(str, numbers))}"
    irregular = set()
    for name, part in _PARTS.items():
        for form, lemma in exceptions(wordnet_dir / f"{name}.exc"):
            if "_" not in form and (part, lemma) in groups:
                irregular.add(f"~{part} {form} {lemma}")
    yield from sorted(irregular)


def verb_synsets(wordnet_dir: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """WordNet's data.verb, for the table builders: each synset's member lemmas
    (lower case) and the offsets of its direct hypernyms ('@'), by synset offset."""
    members: dict[str, list[str]] = {}
    hypernyms: dict[str, list[str]] = {}
    for synset in synsets(wordnet_dir / "data.verb"):
        members[synset.offset] = list(synset.words)
        hypernyms[synset.offset] = synset.targets("@")
    return members, hypernyms
