"""Contradictions between one clause of each of two sentences that share too
little as wholes for word_contradictions.by_words: a negation or opposite of one
verb with one subject, or one deed only one person can have done credited to two.
"""

from __future__ import annotations

import re
from itertools import pairwise

import attrs

from compare.align.antonyms import has_opposite, opposite
from compare.align.denied_cores import core_denied
from compare.align.model import Conflict, Severity
from compare.align.opposed_cores import opposed_core
from compare.align.word_contradictions import (
    NEGATORS,
    Finding,
    by_words,
    content_roots,
    near_negator,
    scaled_down,
    word_root,
)
from compare.align.words import ARTICLES, STOPWORDS, TEXTS_REMEMBERED, remembered, words

# Where a clause ends: punctuation, or a word that opens the next clause.
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2014\u2013\"“”]|\b(?:that|which|who|when|while|whilst|as|after|before|because"
    r"|although|though|but|and|whereas|saying|said|says)\b",
    re.IGNORECASE,
)
MIN_SHARED = 3  # content roots two clauses must share to be compared word by word


def clauses(text: str) -> list[str]:
    """The sentence cut at punctuation and at the words that open a clause."""
    return [part.strip() for part in _CLAUSE_BREAK.split(text) if len(words(part)) >= 2]


@remembered(TEXTS_REMEMBERED)  # the matchers and then the judge ask about one pair
def by_clauses(text_a: str, text_b: str) -> Finding | None:
    """A negation or opposite between one clause of each sentence: "the visitors
    were angry that the referee did not award a penalty" / "the referee awarded a
    penalty for a foul", where the sentences as wholes share too little. Stricter
    than by_words, since two clauses of longer sentences more often tell two facts:
    the same subject just before the verb on both sides, a verb negated by "not"
    or "never" ("no harm", "declined sharply" are not denials of a verb), and no
    infinitive on the other side ("negotiating to purchase" is no purchase)."""
    # a clause denied whose core is all the other says, with fewer shared roots
    # than MIN_SHARED: denied_cores.py
    # a clause told with the opposite predicate, sharing as few: opposed_cores.py
    return (
        between_clauses(clause_roots(text_a), clause_roots(text_b))
        or core_denied(text_a, text_b)
        or opposed_core(text_a, text_b)
    )


ClauseRoots = tuple[tuple[str, frozenset[str]], ...]


@remembered(TEXTS_REMEMBERED)  # a matcher, then the judge for each pair, cut one sentence
def clause_roots(text: str) -> ClauseRoots:
    """Each clause of the sentence with its content roots, for `between_clauses`
    (read once per sentence by a matcher that compares it with many others)."""
    return tuple((clause, frozenset(content_roots(clause))) for clause in clauses(text))


def between_clauses(parts_a: ClauseRoots, parts_b: ClauseRoots) -> Finding | None:
    """by_clauses on sentences already cut by `clause_roots`."""
    # the clause pairs that share enough to be compared, found once for both passes
    close = [
        (clause_a, clause_b)
        for clause_a, roots_a in parts_a
        for clause_b, roots_b in parts_b
        if len(roots_a & roots_b) >= MIN_SHARED
    ]
    for clause_a, clause_b in close:
        found = by_words(clause_a, clause_b, facts=False)
        if found is not None and _one_subject_verb(found, clause_a, clause_b):
            return found
    for clause_a, clause_b in close:
        found = _other_doer(clause_a, clause_b) or _opposite_acts(clause_a, clause_b)
        if found is not None:
            return found
    return None


# Words before "to" that say the act was done, not only meant: "the union's decision
# to accept the offer" accepted it; "plans to accept" / "wants to accept" did not.
_DECIDED = frozenset(
    "decision decided decide decides voted vote votes agreed agree agrees chose choose "
    "chooses".split()
)
OBJECT_WINDOW = 5  # words after a verb read as what it was done to
MIN_OBJECT = 2  # content roots the two objects must share


def _opposite_acts(clause_a: str, clause_b: str) -> Finding | None:
    """Opposite verbs done to one thing by one doer, whatever else the clauses say:
    "The nurses' union rejected the hospital's final contract offer" / "the union's
    decision to accept the hospital's contract offer". What follows each verb shares
    MIN_OBJECT content roots, and the words before each (before "decision to" for a
    decided act) share a word (`_one_word`)."""
    reading_a, reading_b = _acts_reading(clause_a), _acts_reading(clause_b)
    if not reading_b.may_oppose:
        return None
    ws_a, ws_b = list(reading_a.words), list(reading_b.words)
    for i in reading_a.free:
        x = ws_a[i]
        for j in reading_b.free:
            y = ws_b[j]
            if not opposite(x, y):
                continue
            if len(_object(ws_a, i) & _object(ws_b, j)) < MIN_OBJECT:
                continue
            acts_a, acts_b = _complement(ws_a, i), _complement(ws_b, j)
            if (acts_a or acts_b) and not acts_a & acts_b:
                continue  # "allow agencies to bypass ..." / "prohibit agencies from evaluating ..."
            if any(_one_word(p, q) for p in _doer(ws_a, i) for q in _doer(ws_b, j)):
                return Finding(Conflict.OPPOSITE, x, y)
    return None


@attrs.frozen
class _ActsReading:
    """What _opposite_acts reads from one clause alone, read once per clause: a
    clause is compared with every clause of its partners that shares MIN_SHARED roots."""

    words: tuple[str, ...]  # _plain words
    may_oppose: bool  # a word of it has an opposite at all (most have none)
    free: tuple[int, ...]  # such words that no negator governs and no degree word undoes


@remembered(TEXTS_REMEMBERED)
def _acts_reading(clause: str) -> _ActsReading:
    ws = _plain(words(clause))
    opposable = [k for k, w in enumerate(ws) if _may_oppose(w)]
    free = tuple(k for k in opposable if not near_negator(ws, ws[k]) and not scaled_down(ws, ws[k]))
    return _ActsReading(tuple(ws), bool(opposable), free)


def _may_oppose(word: str) -> bool:
    return len(word) >= 4 and word not in STOPWORDS and has_opposite(word)


def _plain(ws: list[str]) -> list[str]:
    """Words with a possessive's ending dropped: "union's" is the union."""
    return [w[:-2] if w.endswith(("'s", "’s")) and len(w) > 3 else w for w in ws]


def _object(ws: list[str], at: int) -> set[str]:
    return {
        word_root(w)
        for w in ws[at + 1 : at + 1 + OBJECT_WINDOW]
        if w not in STOPWORDS and w.isalpha() and w not in NEGATORS
    }


def _complement(ws: list[str], at: int) -> set[str]:
    """The act a verb lets, bars or makes its object do, when it says: the content
    roots after "to" or "from" within the object's window ("allow agencies to bypass
    scientists"); two such acts that share nothing are two rules, not one undone."""
    window = ws[at + 1 : at + 1 + OBJECT_WINDOW]
    for k, w in enumerate(window):
        if w in ("to", "from") and k > 0:
            after = ws[at + 2 + k : at + 2 + k + OBJECT_WINDOW]
            return {word_root(x) for x in after if x.isalpha() and x not in STOPWORDS}
    return set()


def _doer(ws: list[str], at: int) -> set[str]:
    """The content roots before the verb; before "decision to" or "voted to" for a
    decided act, none for another infinitive ("plans to accept")."""
    if at > 0 and ws[at - 1] == "to":
        if at < 2 or ws[at - 2] not in _DECIDED:
            return set()
        at -= 2
    before = ws[max(0, at - SUBJECT_WINDOW) : at]
    return {word_root(w) for w in before if w.isalpha() and w not in STOPWORDS | NEGATORS}


# A deed only one can have done: "the second goal", "the winning shot", "the only
# try". Two people named for it ("Ribeiro scored the second goal" / "..., and Asante
# scored the second goal") cannot both be right; "Ruiz scored a goal" / "Cole scored
# a goal" can, and so can two who "attended the meeting".
_ONE_OF_A_KIND = frozenset(
    "first second third fourth fifth sixth last final only winning opening deciding "
    "decisive equalising equalizing fatal go-ahead game-winning match-winning "
    "game-tying".split()
)
# The deed's kind and thing may be hyphenated: "the go-ahead three-pointer".
_NAMED_DEED = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+(?P<verb>[a-z]+)\s+the\s+"
    r"(?P<kind>[a-z]+(?:-[a-z]+)*)\s+(?P<thing>[a-z]+(?:-[a-z]+)*)\b"
)


def _other_doer(clause_a: str, clause_b: str) -> Finding | None:
    """One deed of a kind only one can do, opening a clause of each, credited to two
    named people who share no name."""
    deed_a, deed_b = _named_deed(clause_a), _named_deed(clause_b)
    if deed_a is None or deed_b is None or deed_a[1] != deed_b[1]:
        return None
    (name_a, _, said_a), (name_b, _, said_b) = deed_a, deed_b
    if set(words(name_a)) & set(words(name_b)):
        return None
    return Finding(Conflict.ACTOR, f"{name_a} {said_a}", f"{name_b} {said_b}", Severity.CONFLICT)


@remembered(TEXTS_REMEMBERED)  # a clause is compared with many others
def _named_deed(clause: str) -> tuple[str, tuple[str, str, str], str] | None:
    """(the name, its deed's roots, the deed as written) when the clause opens with a
    name doing a one-of-a-kind deed ("Tomás Ribeiro scored the second goal")."""
    found = _NAMED_DEED.match(clause)
    if found is None or found["kind"] not in _ONE_OF_A_KIND:
        return None
    name, verb = found["name"], found["verb"]
    if any(w in STOPWORDS for w in words(name)) or verb in STOPWORDS or verb in _SAYING:
        return None  # "He scored", "The club said": no name, or words said
    deed = (word_root(verb), found["kind"], word_root(found["thing"]))
    return name, deed, clause[found.start("verb") : found.end()]


_SAYING = frozenset("said says told announced confirmed reported added".split())


_VERB_NEGATORS = frozenset({"not", "never"})
SUBJECT_WINDOW = 4  # words before the verb that name who does it


def _one_subject_verb(found: Finding, clause_a: str, clause_b: str) -> bool:
    if found.conflict == Conflict.NEGATION:
        denied = words(found.a) + words(found.b)
        no_longer = ("no", "longer") in set(pairwise(denied))
        if not (no_longer or any(w in _VERB_NEGATORS or w.endswith("n't") for w in denied)):
            return _no_subject(words(clause_a), words(clause_b))
    elif found.conflict == Conflict.OPPOSITE:
        said_words = set(words(found.a)) | set(words(found.b))
        if said_words & _WHERE_WORDS or min(len(found.a), len(found.b)) < 3:
            # "on" / "off": prepositions of two places, not two facts; a short verb
            # ("cut", "won") is still one ("raised the fare" / "cut the fare")
            return False
    else:
        return False
    subject_a = _subject(words(clause_a), words(found.a)[-1:])
    subject_b = _subject(words(clause_b), words(found.b)[-1:])
    return any(_one_word(x, y) for x in subject_a for y in subject_b)


# Words that place or point rather than state a deed.
_WHERE_WORDS = frozenset(
    "on off up down in out over under above below inside outside into onto before after "
    "near far top bottom".split()
)


def _one_word(a: str, b: str) -> bool:
    """Two roots of one word or of two words derived from one ("jury" / "juror"): a
    common start of at least three letters and three quarters of the shorter root.
    Two different doers ("prosecutors" / "the judge") stay apart."""
    if a == b:
        return True
    common = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    common = min(common, len(b))
    return common >= 3 and common >= 0.75 * min(len(a), len(b))


_AUXILIARIES = frozenset("was were is are has have had been be will would".split())


def _no_subject(ws_a: list[str], ws_b: list[str]) -> bool:
    """ "No tsunami warning was issued" / "A tsunami warning was issued for the
    coast": one clause opens by denying its subject with "no", the other opens with
    the same subject doing the same, through an auxiliary and the verb after it
    ("charges were filed", "injuries have been reported"). A "no" elsewhere ("caused
    no damage", "no harm") denies no verb and is left alone."""
    for denied, stated in ((ws_a, ws_b), (ws_b, ws_a)):
        if len(denied) < 3 or denied[0] != "no" or denied[1] in ("one", "longer", "more"):
            continue
        rest = stated[1:] if stated and stated[0] in ARTICLES else stated
        common = 0
        for x, y in zip(denied[1:], rest, strict=False):
            if x != y:
                break
            common += 1
        said = denied[1 : 1 + common]
        if any(
            w in _AUXILIARIES and k + 1 < len(said) and said[k + 1] not in _AUXILIARIES
            for k, w in enumerate(said)
        ):
            return True
    return False


def _subject(ws: list[str], verb: list[str]) -> set[str]:
    """The content roots just before the verb's first use, or none when the verb is
    an infinitive ("to purchase") or opens the clause."""
    if not verb:
        return set()
    root = word_root(verb[0])
    at = next((k for k, w in enumerate(ws) if word_root(w) == root), None)
    if at is None or (at > 0 and ws[at - 1] == "to"):
        return set()
    before = ws[max(0, at - SUBJECT_WINDOW) : at]
    return {
        word_root(w)
        for w in before
        if w.isalpha() and w not in STOPWORDS and w not in NEGATORS and not w.endswith("n't")
    }
