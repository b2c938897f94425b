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
from typing import NamedTuple

from compare.extract.lemmas import AUX_LEMMAS, can_be_noun, classes

# A word with inner apostrophes, hyphens or periods stays one token ("al-Assad",
# "U.S."); "don't" splits into "do" + "n't" so the negation is its own token.
_TOKEN = re.compile(
    r"\w+(?=n['’]t\b)|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b"
    r"|\w+(?:[-.]\w+|['’](?!(?:s|re|ve|ll|d|m)\b)\w+)*|[^\w\s]"
)

DETERMINERS = frozenset(
    "the a an this these those his her its their our my your every each any no some another "
    "such what whose both all several many few".split()
)
PREPOSITIONS = frozenset(
    "in on at by for with from to into onto of off over under about after before since until "
    "during through throughout across against among between near around toward towards "
    "without within upon via per than like despite amid behind beyond below above along "
    "outside inside up down out including excluding as".split()
)
SUBORDINATORS = frozenset(
    "who whom which that when while where whereas because although though if unless".split()
)
CONJUNCTIONS = frozenset("and or but nor".split())
SUBJECT_PRONOUNS = frozenset("i you he she it we they who which that there".split())
# Indefinite pronouns take a verb like any subject ("Nobody cares", "everyone knows").
INDEFINITE = frozenset(
    "someone somebody anyone anybody everyone everybody nobody everything something nothing".split()
)
PRONOUNS = SUBJECT_PRONOUNS | INDEFINITE | frozenset("me him us them one".split())
NEGATIONS = frozenset("not n't n’t never".split())
ADVERBS = frozenset(
    "also still already just now then reportedly allegedly later again yet even only ever "
    "previously recently finally immediately subsequently initially reportedly apparently "
    "further quickly so overnight today tonight yesterday tomorrow earlier afterwards ago "
    "meanwhile instead too here always usually often sometimes soon seldom".split()
)
NEGATIVE_SUBJECTS = frozenset("no none nobody nothing neither".split())
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen dozens hundreds thousands millions "
    "billions half".split()
)
BREAKS = frozenset(',;:()[]—–"“”')
# Scale words end an amount; a past form after them describes it ("$8 million left").
_SCALES = frozenset("hundred thousand million billion trillion dozen m bn k".split())
# Degree words between an auxiliary and a participle ("is most remembered", "was very
# pleased") are adverbs there, whatever else they can be ("most people", "more than 40").
_DEGREE = frozenset("most more less least very much well".split())
# Floating quantifiers after a pronoun subject: "we all know", "they both said".
_FLOATING = frozenset("all both each".split())
# Irregular verbs whose past participle is their base form: after "is"/"was" they are
# still passive verbs ("is set", "was cut"), unlike a noun ("is time").
_SAME_PARTICIPLE = frozenset(
    "set put cut hit let shut hurt cost beat spread read quit bet bid burst cast split "
    "thrust upset broadcast forecast shed run come become overcome".split()
)

PUNCT, DET, PREP, SUB, CONJ, PRON, AUX, NEG, ADV, VERB, NUM, POSS, WORD = (
    "punct det prep sub conj pron aux neg adv verb num poss word".split()
)
NOUNISH = frozenset({DET, NUM, POSS, WORD, PRON})
# "May" and "Will" inside a sentence are a month and a name, not modals.
_NAMES_OR_MODALS = frozenset(("may", "will"))
_CONTEXTUAL = SUBORDINATORS | PRONOUNS | PREPOSITIONS | _DEGREE | _NAMES_OR_MODALS | {"'s", "’s"}


class Token(NamedTuple):
    """A word or punctuation mark (a tuple: sentences have many, attrs records cost more)."""

    text: str
    lower: str
    start: int  # offset in the source text
    end: int
    tag: str


def tag_tokens(text: str, offset: int = 0) -> list[Token]:
    """The tokens of text with their classes; offsets shifted by offset."""
    # Every character outside the tokens is a space (the pattern's last branch takes
    # any other mark), so each word is found at the first place it occurs after the
    # previous one: cheaper than a match object per token.
    words = _TOKEN.findall(text)
    lowers = [word.lower() for word in words]
    last = len(words) - 1
    tokens: list[Token] = []
    append = tokens.append
    find = text.find
    new = tuple.__new__
    end = 0
    for i, word in enumerate(words):
        start = find(word, end)
        end = start + len(word)
        tag = _static_tag(word)
        if tag is None:
            tag = _tag(word, i, tokens, lowers[i + 1] if i < last else "")
        append(new(Token, (word, lowers[i], start + offset, end + offset, tag)))
    return tokens


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
    if word[0].isdigit() or lower in _NUMBER_WORDS:
        return NUM
    if lower in ADVERBS or (lower.endswith("ly") and "adv" in classes(lower)):
        return ADV
    found = classes(lower)
    if "verb" in found:
        return None
    return VERB if _oov_past(word, lower, found) else WORD


def _oov_past(word: str, lower: str, found: dict[str, str]) -> bool:
    """A word out of the lexicon ending in -ed reads as a past verb, unless it is a
    name or a hyphenated compound adjective ("so-called", "UK-based")."""
    return (
        not found
        and lower.endswith("ed")
        and len(lower) > 4
        and not word[0].isupper()
        and "-" not in lower
    )


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
    if word[0].isdigit() or lower in _NUMBER_WORDS:
        return NUM
    if lower in ADVERBS or (lower.endswith("ly") and "adv" in classes(lower)):
        return ADV
    if (
        lower in _DEGREE
        and prev is not None
        and prev.tag in (AUX, NEG)
        and following.endswith(("ed", "en", "ing"))
    ):
        return ADV
    return VERB if _verb_reading(word, lower, index, before, following) else WORD


def _verb_reading(word: str, lower: str, index: int, before: list[Token], following: str) -> bool:
    prev = before[-1] if before else None
    found = classes(lower)
    if "verb" not in found:
        return _oov_past(word, lower, found)
    if word[0].isupper() and index > 0:
        return False  # a name
    if prev is not None and prev.tag == ADV and len(before) > 1:
        prev = before[-2]  # "will also boost": the word before the adverb decides
    if prev is not None and prev.lower in _FLOATING and len(before) > 1 and before[-2].tag == PRON:
        prev = before[-2]  # "we all know": the pronoun is the subject
    past = found["verb"] != lower and not lower.endswith(("s", "ing"))
    if prev is not None and AUX_LEMMAS.get(prev.lower) == "be":
        if "adj" in found and not lower.endswith(("ed", "en", "ing")) and not past:
            # "was full", "is clear": an adjective after a copula; a participle that
            # differs from its verb ("was shot", "was drunk") stays a (passive) verb.
            return False
        if "noun" in found and not lower.endswith(("ing", "ed", "en")):
            # "it's time", "there are pimps": a noun after a copula; only a participle
            # ("was found", "is set") is a verb there.
            return past or lower in _SAME_PARTICIPLE
    if (
        prev is not None
        and prev.tag == NUM
        and prev.lower not in _SCALES
        and past
        and _takes_object(following)
    ):
        # "the S&P 500 fell 0.9%", "in 2010 approved a bond": a past form after a
        # figure, followed by what a verb takes (not "five wounded soldiers"; not after
        # a scale word: "$8 million left on the contract").
        return True
    if prev is not None and prev.tag in (DET, NUM, POSS):
        return False  # "the attack", "five boats", "517 rushing yards"
    if prev is not None and (prev.tag in (AUX, NEG) or prev.lower == "to"):
        return True
    if (
        prev is not None
        and prev.tag == PRON
        and (prev.lower in SUBJECT_PRONOUNS or prev.lower in INDEFINITE)
    ):
        return True
    if prev is not None and prev.lower in ("who", "which") and prev.tag == SUB:
        return True  # "rules which take effect", "a man who lives"
    if (
        prev is not None
        and prev.tag == VERB
        and prev.lower.startswith("help")
        and found["verb"] == lower
    ):
        return True  # "helped guide the team"
    if lower in _SAME_PARTICIPLE and following == "by":
        return True  # "a fire set by three teenagers"
    if _after_apposition(before):
        return True  # "Robert Smith, 32, fell"
    if lower.endswith(("ing", "ed")):
        noun_ending = (
            lower.endswith("ing")
            and "noun" in found
            and prev is not None
            and prev.tag == WORD
            and (not following or following in BREAKS or following in ".!?")
        )
        if noun_ending:
            return False  # "an approval rating.": a noun ending a noun phrase
        # "injured people were...", "with wounded soldiers": an adjective before a noun
        # where no subject can precede it. After a comma an -ing form opens a clause
        # (", predating statehood by 20 years").
        adjectival = (
            prev is None or prev.tag in (PREP, CONJ) or (prev.tag == PUNCT and lower.endswith("ed"))
        )
        # After a preposition a past form can only describe ("of aggravated assault",
        # "with armed men"), even before a word that could be a verb.
        described = prev is not None and prev.tag == PREP and lower.endswith("ed")
        return not (
            adjectival
            and following
            and can_be_noun(following)
            and ("verb" not in classes(following) or described)
            and not _is_figure(following)
            and following not in PREPOSITIONS
        )
    if not can_be_noun(lower):
        return True
    if prev is None or prev.tag not in (WORD, PRON):
        return False
    if prev.tag == WORD and _adjective_only(prev.lower):
        return False  # "new wells", "old rules": a noun after an adjective
    if lower.endswith("s"):
        if len(before) > 1 and before[-2].tag in (NUM, WORD):
            return False  # "517 rushing yards", "heart transplants": a compound noun
        # "The campaign goes on", "the company plans to": a noun, then a verb form
        # followed by what a verb takes.
        return following in PREPOSITIONS or following in DETERMINERS or following in ("to", "as")
    if _plural(prev.lower) and not past:
        # "the robots measure between", "poll numbers show a": a plural noun, then a
        # base form followed by what a verb takes.
        return (
            _takes_object(following)
            and following not in ("of", "and", "or")
            and following not in ".,;:!?"
            and bool(following)
        )
    # An irregular past form after a noun ("prices rose", "he left").
    return past


def _plural(lower: str) -> bool:
    """A plural noun: "robots", "people", "men" (an irregular plural has its own lemma)."""
    if lower.endswith("s"):
        return not lower.endswith("ss")
    noun = classes(lower).get("noun")
    return lower in ("people", "police") or (noun is not None and noun != lower)


def _is_figure(word: str) -> bool:
    return bool(word) and (word[0].isdigit() or word in _NUMBER_WORDS)


def _takes_object(following: str) -> bool:
    """Whether the next word starts what a verb takes (or ends the sentence)."""
    return (
        not following
        or following in PREPOSITIONS
        or following in DETERMINERS
        or following in ".,;:!?"
        or _is_figure(following)
        or following[0] in "$£€"
    )


def _adjective_only(lower: str) -> bool:
    found = classes(lower)
    return "adj" in found and "noun" not in found and "verb" not in found


def _after_apposition(before: list[Token]) -> bool:
    """Right after a comma that closes an age or a relative clause after a noun:
    "Smith, 32, fell", "The striker, who joined in May, scores"."""
    if len(before) < 4 or before[-1].text != ",":
        return False
    for k in range(len(before) - 3, max(0, len(before) - 16), -1):
        if before[k].text == ",":
            opener = before[k + 1]
            relative = opener.lower in ("who", "which") or (
                opener.tag == NUM and k + 2 == len(before) - 1
            )
            return relative and before[k - 1].tag == WORD
    return False
