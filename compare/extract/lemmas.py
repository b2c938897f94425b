"""Word classes and lemmas from lemminflect's English lexicon.

lemminflect ships a lookup table of ~70,000 English word forms with their
part-of-speech classes and lemmas ("rose" → noun rose / verb rise). The frame
rules need exactly that: which words can be verbs, and each verb's lemma. We read
the table file directly instead of importing the package, because the package
imports numpy at start-up (for its out-of-vocabulary model, which we do not use):
reading the table costs ~0.6 s once per process, importing the package and its first
lookup ~1.2 s (measured on the shared development machine).
"""

from __future__ import annotations

import gzip
import importlib.util
import re
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


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, str]], frozenset[str]]:
    """Each word's classes with their first lemma, and the verb forms that are also
    a lemma of their own ("lay": lie or lay, "found": find or found)."""
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        return {}, frozenset()  # not installed: every word is unknown and suffix rules decide
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lemma_lu.csv.gz"
    table: dict[str, dict[str, str]] = {}
    own: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            word, pos, lemma = line.rstrip("\n").split(",", 2)
            lemmas = lemma.split("/")
            table.setdefault(word, {})[pos] = lemmas[0]
            if pos == "verb" and word in lemmas:
                own.add(word)
    return table, frozenset(own)


# _tables()[0] once read: classes runs for most tokens, so it skips the cached call.
_TABLE: dict[str, dict[str, str]] | None = None
_NO_CLASSES: dict[str, str] = {}  # what a word out of the table has: read, never written


def classes(word: str) -> dict[str, str]:
    """The word's possible classes (noun, verb, adj, adv, aux) with their lemmas."""
    global _TABLE
    if _TABLE is None:
        _TABLE = _tables()[0]
    return _TABLE.get(word.lower(), _NO_CLASSES)


def is_verb_lemma(word: str) -> bool:
    """Whether the word is a verb's base form (possibly besides another verb's past)."""
    return word.lower() in _tables()[1]


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
