"""Word classes for the clause rules: tokens with a coarse class each.

Each token gets its class from closed word lists and lemminflect's lexicon, with
the words around it deciding between noun and verb readings ("the attack" / "they
attack", "the S&P 500 fell" / "five boats"). No parser: these are rules of English
grammar over a word and its neighbours, so that clauses.py can group verbs and cut
clauses.
"""

from __future__ import annotations

import re
from functools import lru_cache

from compare.extract.lemmas import AUX_LEMMAS, classes
from compare.extract.tags import (
    ADV,
    AUX,
    CONJ,
    DET,
    NEG,
    NUM,
    POSS,
    PREP,
    PRON,
    PUNCT,
    SUB,
    VERB,
    WORD,
    Token,
)
from compare.extract.verb_reading import oov_past, verb_reading
from compare.extract.wordlists import (
    ADVERBS,
    CONJUNCTIONS,
    DEGREE,
    DETERMINERS,
    NEGATIONS,
    PREPOSITIONS,
    PRONOUNS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    is_number_word,
)

# A word with inner apostrophes, hyphens or periods stays one token ("al-Assad",
# "U.S."); "don't" splits into "do" + "n't" so the negation is its own token.
_TOKEN = re.compile(
    r"\w+(?=n['’]t\b)|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b"
    r"|\w+(?:[-.]\w+|['’](?!(?:s|re|ve|ll|d|m)\b)\w+)*|[^\w\s]"
)
# _TOKEN for text without apostrophes (most sentences): every branch that needs one
# drops out, and a word is read once instead of three times (the first branch reads
# it looking for "n't", the fourth again). Same tokens.
_TOKEN_WITHOUT_APOSTROPHES = re.compile(r"\w+(?:[-.]\w+)*|[^\w\s]")

# "May" and "Will" inside a sentence are a month and a name, not modals.
_NAMES_OR_MODALS = frozenset(("may", "will"))
_CONTEXTUAL = (
    SUBORDINATORS
    | PRONOUNS
    | PREPOSITIONS
    | DEGREE
    | _NAMES_OR_MODALS
    | {"'s", "’s", "longer", "fact", "far", "first"}
)


def tag_tokens(text: str, offset: int = 0) -> list[Token]:
    """The tokens of text with their classes; offsets shifted by offset."""
    # Every character outside the tokens is a space (the pattern's last branch takes
    # any other mark), so each word is found at the first place it occurs after the
    # previous one: cheaper than a match object per token.
    plain = "'" not in text and "’" not in text
    words = (_TOKEN_WITHOUT_APOSTROPHES if plain else _TOKEN).findall(text)
    lowers = [word.lower() for word in words]
    # Each word's next word in lower case, "" after the last.
    followings = [*lowers[1:], ""] if lowers else []
    tokens: list[Token] = []
    append = tokens.append
    find = text.find
    new = tuple.__new__
    kinds = _KINDS
    end = 0
    for i, (word, lower, following) in enumerate(zip(words, lowers, followings, strict=True)):
        start = find(word, end)
        end = start + len(word)
        tag = kinds.get(word) or _kind(word)  # every tag is a non-empty string
        if tag is _BY_NEIGHBOURS:
            tag = _tag(word, i, tokens, following)
        elif tag is _VERB_OR_WORD:
            tag = VERB if verb_reading(word, lower, i, tokens, following) else WORD
        append(new(Token, (word, lower, start + offset, end + offset, tag)))
    return tokens


# What tag_tokens does with a word, cached per spelling: its fixed tag, or one of
# these two (sentinel strings, compared by identity).
_BY_NEIGHBOURS = "?neighbours"  # a closed-class word whose class the context decides
_VERB_OR_WORD = "?verb"  # an open-class word the lexicon lists as a verb
_KINDS: dict[str, str] = {}
_KINDS_LIMIT = 50_000  # distinct spellings kept (text of random words must not grow it)


def _kind(word: str) -> str:
    static = _static_tag(word)
    if static is not None:
        kind = static
    elif word.lower() in _CONTEXTUAL:
        kind = _fixed_closed_class(word)
    else:
        # _static_tag found no fixed class and the word is none of the closed-class
        # words _tag tests before its verb reading: _tag would give exactly that.
        kind = _VERB_OR_WORD
    if len(_KINDS) >= _KINDS_LIMIT:
        _KINDS.clear()
    _KINDS[word] = kind
    return kind


# Closed-class words that _tag tests before its preposition and pronoun tests; a word
# outside them reaches those tests whatever its neighbours ("in" may be part of "in
# fact", "like" a verb after a subject pronoun).
_TESTED_FIRST = (
    NEGATIONS
    | AUX_LEMMAS.keys()
    | DETERMINERS
    | SUBORDINATORS
    | CONJUNCTIONS
    | _NAMES_OR_MODALS
    | {"'s", "’s", "longer", "far", "in", "fact"}
)
_ALWAYS_PREPOSITIONS = PREPOSITIONS - _TESTED_FIRST - PRONOUNS - {"like"}
_ALWAYS_PRONOUNS = PRONOUNS - _TESTED_FIRST


def _fixed_closed_class(word: str) -> str:
    """The tag _tag gives a closed-class word whatever its neighbours ("of" is always a
    preposition, "they" a pronoun), else _BY_NEIGHBOURS: decided once per spelling
    instead of once per token."""
    lower = word.lower()
    if lower in _ALWAYS_PREPOSITIONS:
        return PREP
    # A capitalised pronoun inside a sentence may be part of a name ("It" in a title).
    if lower in _ALWAYS_PRONOUNS and (not word[0].isupper() or lower == "i"):
        return PRON
    return _BY_NEIGHBOURS


@lru_cache(maxsize=50_000)
def _static_tag(word: str) -> str | None:
    """The tag of a word whose class does not depend on its neighbours, else None.
    Same order of tests as _tag; it only saves repeating them for common words."""
    lower = word.lower()
    if lower in _CONTEXTUAL:
        return None
    if not word[0].isalnum() and lower not in AUX_LEMMAS:
        return PUNCT
    for tag, words in ((NEG, NEGATIONS), (AUX, AUX_LEMMAS), (DET, DETERMINERS)):
        if lower in words:
            return tag
    if lower in CONJUNCTIONS:
        return CONJ
    if word[0].isdigit() and lower.endswith("ers"):
        return WORD  # "the 76ers": a name, not a figure
    if word[0].isdigit() or is_number_word(lower):
        return NUM
    if lower in ADVERBS or _adverb(lower):
        return ADV
    found = classes(lower)
    if "verb" in found:
        return None
    return VERB if oov_past(word, lower, found) else WORD


def _adverb(lower: str) -> bool:
    """An -ly adverb: listed as one, or out of the lexicon ("infamously")."""
    if not lower.endswith("ly") or len(lower) < 5:
        return False
    found = classes(lower)
    return "adv" in found or not found


def _tag(word: str, index: int, before: list[Token], following: str) -> str:
    static = _static_tag(word)
    if static is not None:
        return static
    lower = word.lower()
    prev = before[-1] if before else None
    if not word[0].isalnum() and lower not in AUX_LEMMAS:
        return PUNCT if lower not in ("'s", "’s") else POSS
    if lower in ("'s", "’s"):
        return AUX if prev is not None and prev.lower in SUBJECT_PRONOUNS else POSS
    if lower in NEGATIONS:
        return NEG
    if (lower == "longer" and prev is not None and prev.lower == "no") or (
        lower == "far" and prev is not None and prev.lower in ("so", "thus")
    ):
        return ADV  # "no longer stands", "has so far declined"
    if (lower == "in" and following == "fact") or (
        lower == "fact" and prev is not None and prev.lower == "in"
    ):
        return ADV  # "was in fact holding": an adverb inside the verb group
    if word == "first" and _first_as_adverb(prev, following):
        return ADV  # "Operators first detected the leak": when, not which
    if lower in _NAMES_OR_MODALS and word[0].isupper() and index > 0:
        return WORD
    if lower in AUX_LEMMAS:
        return AUX
    if lower in DETERMINERS:
        return DET
    if lower in SUBORDINATORS and not (index == 0 and following in AUX_LEMMAS):
        return SUB
    if lower in CONJUNCTIONS:
        return CONJ
    if lower in PRONOUNS and (index == 0 or not word[0].isupper() or lower == "i"):
        return PRON
    if lower in PREPOSITIONS and not (
        lower == "like" and prev is not None and prev.lower in SUBJECT_PRONOUNS
    ):
        return PREP
    if word[0].isdigit() or is_number_word(lower):
        return NUM
    if lower in ADVERBS or _adverb(lower):
        return ADV
    if (
        lower in DEGREE
        and prev is not None
        and prev.tag in (AUX, NEG)
        and (following.endswith(("ed", "en", "wn", "ing")) or lower == "well")
    ):
        return ADV  # ("did well": an adverb after any auxiliary)
    return VERB if verb_reading(word, lower, index, before, following) else WORD


def _first_as_adverb(prev: Token | None, following: str) -> bool:
    """ "first" between a subject and its past verb tells when the deed was done
    ("Crews first noticed the smoke"); after a determiner or a preposition it is the
    ordinal of a noun ("the first reported case", "in the first detected wave")."""
    if prev is None or prev.tag in (DET, POSS, PREP):
        return False
    lemma = classes(following).get("verb")
    return (
        lemma is not None
        and lemma != following
        and not following.endswith(("ing", "s"))
        and not (following.endswith(("en", "wn")) and "adj" in classes(following))
    )
