"""One predicate with who did it and to whom swapped between two statements ("the
passenger train ran into the back of a freight train" / "a freight train ran into
a passenger service"): an actor conflict the frames miss when they read one side's
roles differently. Moved out of statement_judge.py, which had grown past 400 lines.
"""

from __future__ import annotations

import re

import attrs

from compare.align.frames import confident, same_predicate
from compare.align.model import Conflict
from compare.align.word_contradictions import Finding, content_roots
from compare.align.words import BE_FORMS, STOPWORDS, words
from compare.extract import Claim
from compare.extract.claims import Frame, Span
from compare.extract.frames import clause_frames


def reversed_roles(a: Claim, b: Claim) -> Finding | None:
    """One predicate with who did it and to whom swapped: "the passenger train ran
    into the back of a freight train" / "a freight train ran into a passenger
    service". A word before the verb on one side only comes after it on the other,
    and another the other way round."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or fa.predicate is None or fb.predicate is None:
        return None
    if not (fa.lemma and fb.lemma and confident(fa.lemma) and same_predicate(fa.lemma, fb.lemma)):
        return None
    if fa.lemma.split()[0] in RECIPROCAL or fb.lemma.split()[0] in RECIPROCAL:
        return None  # "A met B" / "B met A": one deed told from either side
    if _infinitive(a, fa.predicate) or _infinitive(b, fb.predicate):
        return None  # "expect to hold services": an intention, no deed with roles
    next_a, next_b = _next_word(a, fa.predicate), _next_word(b, fb.predicate)
    if (next_a in _PREPOSITIONS or next_b in _PREPOSITIONS) and next_a != next_b:
        # "Man charged in fatal hit and run": a headline's passive without "was",
        # told apart from "ran into" / "ran into" only by the words that follow
        return None
    (before_a, after_a, passive_a) = _around(a, fa.predicate)
    (before_b, after_b, passive_b) = _around(b, fb.predicate)
    if passive_a != passive_b and words(fa.predicate.text)[-1:] == words(fb.predicate.text)[-1:]:
        # "were disguised as women" / "two of them disguised as women": one participle,
        # the second a passive without "were"
        return None
    forward = (before_a & after_b) - (after_a | before_b)
    backward = (after_a & before_b) - (before_a | after_b)
    if not (forward and backward):
        return None
    return Finding(Conflict.ACTOR, _role_words(a, fa.predicate), _role_words(b, fb.predicate))


# Verbs whose deed is done by both sides at once (general English): "Harlan met Copper
# Kettle" and "Copper Kettle met Harlan" tell one meeting, so swapped roles are no
# actor conflict.
RECIPROCAL = frozenset(
    """meet marry wed join merge partner face play fight battle tie draw talk agree
    negotiate compete clash collide date divorce debate embrace hug kiss""".split()
)


def clause_roles_reversed(a: Claim, b: Claim) -> Finding | None:
    """The same, where one side tells the deed in a clause other than its main one
    ("The talks began after Copper Kettle's founders approached Harlan" / "Harlan
    first approached Copper Kettle"): each sentence's clauses are read, each with a
    subject and an object, and a pair of one verb with its roles swapped is an actor
    conflict. Two main clauses are reversed_roles' own."""
    for fa in _told(a):
        for fb in _told(b):
            if fa is a.frame and fb is b.frame:
                continue
            if not (fa.lemma and fb.lemma and same_predicate(fa.lemma, fb.lemma)):
                continue
            found = reversed_roles(attrs.evolve(a, frame=fa), attrs.evolve(b, frame=fb))
            if found is not None:
                return found
    return None


def _told(claim: Claim) -> list[Frame]:
    """The claim's frame and its sentence's other clauses', each telling who did
    something to whom (an actor and a thing), affirmed."""
    told = [claim.frame] if claim.frame is not None else []
    told += clause_frames(claim.sentence, claim.sentence_start)
    return [f for f in told if f.actor is not None and f.thing is not None and not f.negated]


ROLE_WINDOW = 4  # content words on each side of the verb that name who and whom
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]")


def _around(claim: Claim, predicate: Span) -> tuple[set[str], set[str], bool]:
    """Content roots just before the predicate (who does it) and just after it in
    its clause (to whom), swapped for a passive ("was replaced by X": X does it)."""
    start = predicate.start - claim.sentence_start
    end = predicate.end - claim.sentence_start
    segments = _CLAUSE_END.split(claim.sentence[:start])
    # "The passenger train, the 17:04 service, ran into": the subject comes before
    # an appositive when the verb opens its clause
    before_text = segments[-1] if words(segments[-1]) else segments[0]
    after_text = _CLAUSE_END.split(claim.sentence[end:], maxsplit=1)[0]
    # an owner's name counts as its word ("Kestrel's owners": kestrel)
    before = [w for w in map(_owner, words(before_text)) if w not in STOPWORDS and w.isalpha()]
    after = [w for w in map(_owner, words(after_text)) if w not in STOPWORDS and w.isalpha()]
    subject = content_roots(" ".join(before[-ROLE_WINDOW:]))
    obj = content_roots(" ".join(after[:ROLE_WINDOW]))
    said = words(predicate.text)
    be = bool(BE_FORMS & set(said)) or bool(BE_FORMS & set(words(before_text)[-2:]))
    # "was replaced by" is passive; "will be hosting" is not
    passive = be and bool(said) and not said[-1].endswith("ing")
    return (obj, subject, True) if passive else (subject, obj, False)


def _owner(word: str) -> str:
    return word.removesuffix("'s")


_PREPOSITIONS = frozenset(
    "in into on onto at by with from for of to over under after before during near".split()
)


def _infinitive(claim: Claim, predicate: Span) -> bool:
    before = words(claim.sentence[: predicate.start - claim.sentence_start])
    return bool(before) and before[-1] == "to"


def _next_word(claim: Claim, predicate: Span) -> str:
    after = words(claim.sentence[predicate.end - claim.sentence_start :])
    return after[0] if after else ""


def _role_words(claim: Claim, predicate: Span) -> str:
    start = predicate.start - claim.sentence_start
    after = re.split(r"[,;:.]", claim.sentence[start:], maxsplit=1)[0]
    return after.strip()
