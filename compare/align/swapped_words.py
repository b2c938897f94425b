"""Two sentences alike but for one content word swapped for an unrelated one.

"The highway agency reopened the main line at 9 a.m." / "The highway agency closed
the main line at 9 a.m.": the judge's rules know some opposites, but not every
verb that undoes another ("issued" / "withdrew the warning"), and a word swapped
for one that is neither a synonym, another form nor a relative of it is as often a
contradiction as a paraphrase. Sentences that differ only there are left
unchecked: no finding, and no ✓ either. Figures are not read here: the figure
rules compare them ("14" / "fourteen" agree). Who is credited is no part of the
fact: an attribution closing the sentence (", officials said", ", according to
police") is left out before the words are compared. In such sentences a negation
or opposite the word diff finds where the frames did not tie it to one actor and
thing is unchecked too (words_unchecked).
"""

from __future__ import annotations

import re

import attrs

from compare.align.antonyms import opposite
from compare.align.derivations import families
from compare.align.model import Conflict, DiffOp
from compare.align.opposites import are_opposites
from compare.align.synonyms import are_synonyms
from compare.align.word_contradictions import Finding, by_words
from compare.align.words import (
    STOPWORDS,
    TEXTS_REMEMBERED,
    is_inflection,
    remembered,
    word_diff,
    words,
)
from compare.extract import Claim
from compare.extract.number_grammar import NUMBER_WORDS

MAX_SWAPPED = 3  # words on each side of the one replaced stretch ("Mayor Ellen Voss")
MIN_SHARED = 4  # content words the rest of the sentences share


# ", officials said.", ", a spokesman told reporters.", ", according to police."
_ATTRIBUTION = re.compile(
    r",\s*(?:according to\s[^,;]{1,60}|[^,;]{1,60}?\b(?:said|says|told|tells|added|reported)"
    r"(?:\s+(?:reporters|journalists|the\s+\w+))?)\s*[.!]?\s*$",
    re.IGNORECASE,
)


@remembered(TEXTS_REMEMBERED)  # each rule here reads both sentences of every pair judged
def _told(text: str) -> str:
    """The sentence without an attribution that closes it."""
    return _ATTRIBUTION.sub("", text)


def _changes(text_a: str, text_b: str) -> list[DiffOp]:
    return list(_changed(text_a, text_b))


@remembered(TEXTS_REMEMBERED)  # three rules here read one pair's changes
def _changed(text_a: str, text_b: str) -> tuple[DiffOp, ...]:
    return tuple(op for op in word_diff(_told(text_a), _told(text_b)) if op.op != "equal")


def one_stretch(text_a: str, text_b: str) -> bool:
    """Do the sentences differ in one stretch of at most MAX_SWAPPED words
    (replaced, inserted or dropped), and else at most in a word or two one side
    adds ("the weather service" / "the service")?"""
    changes = sorted(_changes(text_a, text_b), key=_size)
    return (
        bool(changes)
        and _size(changes[-1]) <= MAX_SWAPPED
        and all(_size(op) <= MAX_MODIFIER for op in changes[:-1])
        and len(changes) <= 1 + MAX_MODIFIERS
    )


MAX_MODIFIER = 2  # words of another change beside the stretch
MAX_MODIFIERS = 1  # such changes


def _size(op: DiffOp) -> int:
    return max(len(words(op.a)), len(words(op.b)))


def swapped_word(text_a: str, text_b: str) -> bool:
    """Is the only difference one stretch of at most MAX_SWAPPED words replaced by
    another that no word of it is a form, synonym or relative of? Longer stretches
    are rewordings ("That would be a potential setback to" / "The inquiry may
    hinder"), which paraphrases are made of."""
    changes = _changes(text_a, text_b)
    if len(changes) != 1 or changes[0].op != "replace":
        return False
    if max(len(words(changes[0].a)), len(words(changes[0].b))) > MAX_SWAPPED:
        return False
    xs, ys = _content(changes[0].a), _content(changes[0].b)
    if not xs or not ys:
        return False
    if any(_figure(w) for w in xs + ys):
        return False
    if any(_related(x, y) for x in xs for y in ys):
        return False
    shared = [w for w in words(_told(text_a)) if w not in STOPWORDS and w.isalpha() and w not in xs]
    return len(shared) >= MIN_SHARED


# A comma and a word that opens a clause of its own: what follows adds to the clause
# before it ("greeted with boos in the press room, where many had tipped another").
_CLAUSE_BREAK = re.compile(
    r",\s+(?=(?:where|which|who|whom|whose|while|when|as|after|before|though|although|"
    r"because|since|but|and)\b)",
    re.IGNORECASE,
)


def swapped_in_first_clause(text_a: str, text_b: str) -> bool:
    """Is one word swapped for an unrelated one in the clauses that open the two
    sentences, whatever the clauses after them say? A sentence that goes on in other
    words ("..., where many reporters had picked it" / "..., where reviewers had
    tipped another") still states its first clause, and a word swapped there
    ("greeted with applause" / "greeted with boos") is as often a contradiction as
    a paraphrase."""
    first_a = _CLAUSE_BREAK.split(_told(text_a), maxsplit=1)[0]
    first_b = _CLAUSE_BREAK.split(_told(text_b), maxsplit=1)[0]
    if (first_a, first_b) == (_told(text_a), _told(text_b)):
        return False  # no clause follows: swapped_word reads the whole sentences
    return swapped_word(first_a, first_b)


def _content(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS]


_NUMBER_WORDS = frozenset(NUMBER_WORDS)


def _figure(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or word in _NUMBER_WORDS


def _related(x: str, y: str) -> bool:
    return x == y or is_inflection(x, y) or are_synonyms(x, y) or bool(families(x) & families(y))


MAX_MIDDLE = 16  # words of the stretch that differs, searched for a swap
MAX_PART = 4  # words of each swapped part ("Harlow Insurance", "the Carrow Rovers")
MAX_LINK = 3  # words between them ("beat", "took over", "will buy")
_COORDINATING = frozenset("and or nor with vs versus plus".split())


def swapped_parts(text_a: str, text_b: str) -> bool:
    """Are the sentences the same words with two parts swapped around a verb or
    preposition ("Kestrel Bank beat Harlow Insurance" / "Harlow Insurance beat
    Kestrel Bank")? Who did it to whom may then be told two ways; the frames'
    reading of the roles (statement_judge) names it an actor conflict where it
    can, and a swap it cannot read is no agreement either. Parts swapped around
    "and" or "with" ("Kestrel and Harlow agreed" / "Harlow and Kestrel agreed")
    say the same."""
    wa, wb = words(_told(text_a)), words(_told(text_b))
    if sorted(wa) != sorted(wb) or wa == wb:
        return False
    start = 0
    while wa[start] == wb[start]:
        start += 1
    end = 0
    while wa[len(wa) - 1 - end] == wb[len(wb) - 1 - end]:
        end += 1
    ma, mb = wa[start : len(wa) - end], wb[start : len(wb) - end]
    if len(ma) > MAX_MIDDLE:
        return False
    n = len(ma)
    for i in range(1, n):
        for j in range(i, n):
            x, between, y = ma[:i], ma[i:j], ma[j:]
            if max(len(x), len(y)) > MAX_PART or len(between) > MAX_LINK:
                continue  # a phrase moved ("last month in the Senate"), no roles swapped
            if mb == y + between + x and _links(between):
                return True
    return False


def _links(between: list[str]) -> bool:
    """Words between the two parts that make one the doer and one the done-to."""
    return any(w not in STOPWORDS for w in between) and not set(between) <= _COORDINATING


def words_unchecked(a: Claim, b: Claim) -> Finding | None:
    """A negation or opposite the word diff finds where the frames read two facts
    ("saw the operator resume the repairs" / "saw the operator refuse to resume
    the repairs": the frames' things differ, "resume" / "refuse") or read past it
    (an act inside the thing of "saw": "saw the judge approve" / "saw the judge
    deny"): not shown, since the frames did not tie it to one actor and thing, and
    no ✓ either.
    Only in sentences alike but for that stretch: in sentences told otherwise the
    word diff's negations were mostly rewordings ("refused to postpone" / "denied a
    motion to postpone", "failed to get" / "their failure to get")."""
    if not one_stretch(a.text, b.text):
        return None
    found = by_words(a.text, b.text, facts=False)
    if found is not None and found.conflict in (Conflict.NEGATION, Conflict.OPPOSITE):
        return attrs.evolve(found, unpaired=True)
    for op in word_diff(a.text, b.text):  # opposites by the news table too ("expand" / "reduce")
        if op.op == "replace":
            for x in words(op.a):
                for y in words(op.b):
                    if opposite(x, y) or are_opposites(x, y):
                        return Finding(Conflict.OPPOSITE, x, y, unpaired=True)
    return None
