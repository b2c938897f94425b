"""Word classes and lemmas from lemminflect's English lexicon.

lemminflect ships a lookup table of ~70,000 English word forms with their
part-of-speech classes and lemmas ("rose" → noun rose / verb rise). The frame
rules need exactly that: which words can be verbs, and each verb's lemma. We read
the table file directly instead of importing the package, because the package
imports numpy at start-up (for its out-of-vocabulary model, which we do not use):
reading the table costs ~0.02 s once per process (see _lines), importing the
package and its first lookup ~1.2 s (measured on the shared development machine).
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

# Function words the table lists as nouns or verbs but that never head a clause.
AUX_LEMMAS = {
    **dict.fromkeys("be am is are was were been being 's 're 'm ’s ’re ’m".split(), "be"),
    **dict.fromkeys("have has had having 've ’ve".split(), "have"),
    **dict.fromkeys("do does did doing".split(), "do"),
    **{m: m for m in "will would can could may might shall should must".split()},
    "wo": "will",
    "ca": "can",
    "sha": "shall",
    "'ll": "will",
    "’ll": "will",
    "'d": "would",
    "’d": "would",
}
MODALS = frozenset(
    "will would can could may might shall should must wo ca sha 'll ’ll 'd ’d".split()
)


@lru_cache(maxsize=2)
def _resource_lines(name: str) -> list[str]:
    """The lines of one of lemminflect's tables (lemma_lu.csv.gz: "rose,verb,rise";
    infl_lu.csv.gz: "crow,verb,crowed/crew,crowed,..."), in the table's order: by
    its first field.

    Each word's entries are parsed when it is first looked up, by bisection: a
    dict of all 80,000 lines of the lemma table took ~0.2 s CPU to build, paid by
    every process's first comparison, while a 20-article comparison looks up ~2,000
    words and decompressing and splitting the file takes ~0.02 s. The file's commas
    become NULs, which sort before every character: the lines then sort as plain
    strings in the order of their words ("OK\0..." before "OK'd\0..."; with commas
    they do not), so a word's first line is found by bisecting the lines
    themselves, in C, with no key function called ~16 times a lookup and no list of
    words kept."""
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        return []  # not installed: every word is unknown and suffix rules decide
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / name
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return text.replace(",", "\0").split("\n")[:-1]


def _lines() -> list[str]:
    """The lemma table's lines ("rose\0verb\0rise")."""
    return _resource_lines("lemma_lu.csv.gz")


@lru_cache(maxsize=65536)
def _entries(word: str) -> tuple[dict[str, str], bool]:
    """The word's classes with their first lemma, and whether it is a verb form that
    is also a lemma of its own ("lay": lie or lay, "found": find or found)."""
    lines = _lines()
    found: dict[str, str] = {}
    own = False
    if "\0" in word:
        return found, own  # no word of the table (a NUL would read as its separator)
    head = word + "\0"  # what a line of the word starts with
    at = bisect_left(lines, head)
    while at < len(lines) and lines[at].startswith(head):
        _, pos, lemma = lines[at].split("\0", 2)
        lemmas = lemma.split("/")
        found[pos] = lemmas[0]
        own = own or (pos == "verb" and word in lemmas)
        at += 1
    return found, own


def classes(word: str) -> dict[str, str]:
    """The word's possible classes (noun, verb, adj, adv, aux) with their lemmas."""
    return _entries(word.lower())[0]


def is_verb_lemma(word: str) -> bool:
    """Whether the word is a verb's base form (possibly besides another verb's past)."""
    return _entries(word.lower())[1]


_SUFFIXES = ((re.compile(r"(\w\w)ied$"), r"\1y"), (re.compile(r"(\w\w\w)ed$"), r"\1"))


@lru_cache(maxsize=20000)
def verb_lemma(word: str) -> str:
    """'were' → 'be', 'killed' → 'kill', 'rose' → 'rise'; unknown words by suffix."""
    lower = word.lower()
    if lower in AUX_LEMMAS:
        return AUX_LEMMAS[lower]
    lemma = classes(lower).get("verb")
    if lemma:
        return lemma
    for suffix in ("ing", "ed", "s"):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            return lower[: -len(suffix)]
    return lower


def can_be_verb(word: str) -> bool:
    return "verb" in classes(word)


def can_be_noun(word: str) -> bool:
    found = classes(word)
    return "noun" in found or "adj" in found


def _inflection_lines() -> list[str]:
    """The inflection table's lines ("crow\0verb\0crowed/crew\0crowed\0..."), read
    only when a word reaches noun_of_its_own (~0.02 s, once)."""
    return _resource_lines("infl_lu.csv.gz")


def _usual_past(lemma: str) -> tuple[str, str] | None:
    """A verb's usual past and past participle, the first the table lists
    ("crow,verb,crowed/crew,crowed,..." → crowed, crowed)."""
    lines = _inflection_lines()
    head = lemma + "\0verb\0"
    at = bisect_left(lines, head)
    if at == len(lines) or not lines[at].startswith(head):
        return None
    parts = lines[at].split("\0")
    return parts[2].split("/")[0], parts[3].split("/")[0]


@lru_cache(maxsize=4096)
def noun_of_its_own(lower: str) -> bool:
    """A noun that is also a verb's rarer, older past: "crew" (the usual past of
    "crow" is "crowed"), "dove" ("dived"). Not "rose", "left", "lay", "ground",
    which are their verbs' usual pasts ("prices rose", "the man lay")."""
    found = classes(lower)
    lemma = found.get("verb")
    if lemma is None or lemma == lower or found.get("noun") != lower:
        return False
    usual = _usual_past(lemma)
    return usual is not None and lower not in usual
