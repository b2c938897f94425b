"""A predicate denied by its prefix on one side only: "Visitors will be unable to
see the bones" / "The fossils will go on display", "Lenders have disagreed to
provide $250 million" / "it had secured $250 million", "a surge of three metres
was impossible" / "the surge could reach three metres".

English denies an adjective or a verb with a prefix as often as with "not":
"unable" is "not able", "disagree" is "not agree". polarity_apart.py reads the
denial "not" makes; a denying prefix was read nowhere, so a pair told with two
other verbs, one of them denied by its prefix, was shown ✓. A word counts as
denied by its prefix when WordNet gives it as the opposite of the word without
the prefix (data/antonyms.txt: "able" / "unable", "possible" / "impossible",
"agree" / "disagree"; not "invest", "union", "display"), and it is a predicate:
the clause's verb, or an adjective after "be", "become", "remain", "seem" (not
"the unidentified man", whose denial is of the man's name, not of the deed).
The pair is left unchecked, never reported (two outlets may tell one fact with
a denied word and its opposite: "was unable to attend" / "missed the meeting"),
and left alone when the other sentence denies too, in any of its words: "not",
"no", "never", a verb that denies ("failed", "declined", "missed"), a word denied
by its prefix or by "-less" ("jobless"). An adjective of "un" and an adjective
or a verb's form that WordNet files with no antonym of its own ("unhurt",
"unharmed") is denied by its prefix too when it is said of a subject ("was
unhurt"; not "an unidentified man", nor a verb's form: "unionized").
"""

from __future__ import annotations

from functools import lru_cache

from compare.align.antonyms import lemmas, opposite_pairs
from compare.align.polarity_apart import implies_not
from compare.align.synonyms import table
from compare.align.words import TEXTS_REMEMBERED, has_negator, remembered, words
from compare.extract import Claim
from compare.extract.lemmas import can_be_verb

_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")
# verbs after which an adjective is what the clause says of its subject
_COPULAS = frozenset(
    "be is are was were been being am become becomes became remain remains remained "
    "seem seems seemed stay stays stayed".split()
)
_BETWEEN = frozenset("still now also not yet so too very largely entirely".split())
_LESS = 7  # "jobless", "homeless": shortest word denied by "-less"


def prefix_denied_apart(a: Claim, b: Claim) -> bool:
    """One statement's predicate is denied by its prefix, and the other sentence
    denies nothing."""
    return (_predicate_denied(a) and not _denies(b.sentence)) or (
        _predicate_denied(b) and not _denies(a.sentence)
    )


@lru_cache(maxsize=65536)
def prefix_denied(word: str) -> bool:
    """Is the word a form of the opposite WordNet makes of a word by a prefix
    ("unable", "impossible", "disagreed")?"""
    pairs = opposite_pairs()
    return any(
        lemma.startswith(prefix) and (lemma, lemma[len(prefix) :]) in pairs
        for lemma in lemmas(word)
        for prefix in _PREFIXES
    )


@lru_cache(maxsize=65536)
def un_denied(word: str) -> bool:
    """Is the word an adjective made of "un" and an adjective or a verb's form
    ("unhurt", "unharmed", "unbeaten")? WordNet files many such words as satellites
    of another adjective ("unhurt" under "uninjured"), with no antonym pointer of
    their own, so `prefix_denied` cannot read them; "union", "under", "uniform" are
    no such words (no adjective or verb after the "un")."""
    if not word.startswith("un") or len(word) < _UN_SHORTEST or can_be_verb(word):
        return False  # "unionized", "undone", "unlatched": a verb's form, no denial
    if not any(part in ("a", "s") for part, _ in table().lemmas(word)):
        return False
    base = word[2:]
    return can_be_verb(base) or any(part in ("a", "s") for part, _ in table().lemmas(base))


_UN_SHORTEST = 6  # "unhurt": shorter "un" words ("unit", "undo") are rarely denials


def _denied_by_prefix(word: str) -> bool:
    return prefix_denied(word) or un_denied(word)


@remembered(TEXTS_REMEMBERED)  # read for every pair the claim is in
def _predicate_denied(claim: Claim) -> bool:
    """The clause's verb, or an adjective said of its subject, denied by its prefix."""
    frame = claim.frame
    if (
        frame is not None
        and frame.predicate is not None
        and any(_denied_by_prefix(w) for w in words(frame.predicate.text))
    ):
        return True
    ws = words(claim.text)
    for k, word in enumerate(ws):
        if not _denied_by_prefix(word):
            continue
        before = [w for w in ws[max(0, k - 2) : k] if w not in _BETWEEN]
        if before and before[-1] in _COPULAS:
            return True
    return False


@lru_cache(maxsize=4096)
def _denies(sentence: str) -> bool:
    """Does the sentence deny anything, by "not", a verb that denies, or a word
    denied by its prefix or by "-less"?"""
    if has_negator(sentence) or implies_not(sentence):
        return True
    said = words(sentence)
    return any(
        prefix_denied(w) or (len(w) >= _LESS and w.endswith("less")) or _said_un_denied(said, k)
        for k, w in enumerate(said)
    )


def _said_un_denied(said: list[str], k: int) -> bool:
    """Is the k-th word an "un" adjective said of a subject ("was unhurt"), not one
    describing a noun ("an unidentified man", "the undisclosed sum")?"""
    if not un_denied(said[k]):
        return False
    before = [w for w in said[max(0, k - 2) : k] if w not in _BETWEEN]
    return bool(before) and before[-1] in _COPULAS
