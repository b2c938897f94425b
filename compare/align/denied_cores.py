"""One clause said and the same clause denied, when the two share only its core.

"The judges' decision was unanimous" / "The decision was not unanimous", "The
autopilot was engaged when ..." / "the vessel's autopilot was not engaged at the
time": the clauses share two content roots, too few for the clause matcher
(clause_contradictions.MIN_SHARED), yet those two are all the shorter clause says.
Here each clause is read as a core around its verb or predicate word: the subject
(the content roots before it, back to the clause's start), the head (the word a
"not" or "never" denies, or the same word stated) and what follows it up to the
clause's end. Two cores are one fact denied when the heads are one word (or WordNet
synonyms), the subjects share a root (or the denied passive's subject is what the
stated active verb is done to: "Salmonella has not been confirmed" / "Tests
confirmed salmonella"), and every content root of the shorter core is in the
longer one; a pronoun subject ("It was signed off by the inspectors") names no one,
so then two roots after the head must be shared and the rest of the shorter core
covered. What keeps two facts apart: a root of the
shorter core the other lacks ("did not admit wrongdoing" / "admitted the failings"
are two things), a modal ("could not", "may"), a condition ("if", "unless"), a
"not only", and a past state against a present one ("was not open" / "is open").
A clause that leaves its subject to the sentence's opening words ("Pillar said it
would not refund fees", "X, which ..., does not plan to appeal") takes it from
there (unsaid_subjects.py) when the denied word is the verb right after the
negator; a denied intention denies the act intended (intentions.py), a denied
seeming the state seemed ("did not appear to be armed": seeming.py); "or" ends a
clause ("would not refund fees or cover lost sales": two acts denied).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import attrs

from compare.align.intentions import intended_act
from compare.align.model import Conflict
from compare.align.seeming import seemed_state
from compare.align.synonyms import are_synonyms
from compare.align.unsaid_subjects import Clause, clauses
from compare.align.word_contradictions import NEGATORS, Finding, word_root
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered

# Where a clause ends: punctuation, or a word that opens the next clause ("that"
# does not end one: "did not confirm that a wolf killed the sheep" holds what was
# confirmed).
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2014\u2013\"“”]|\b(?:which|who|when|while|whilst|after|before|because"
    r"|although|though|but|and|or|whereas|saying|said|says|according)\b",
    re.IGNORECASE,
)
_AUXILIARIES = frozenset(
    "is are am was were be been being has have had do does did will would shall wo".split()
)  # "wo": won't
_MODALS = frozenset("can ca could may might must should ought".split())  # "ca": can't
_PAST = frozenset({"was", "were", "did", "had"})
_BE = frozenset("be been being was were is are am".split())  # before a participle: passive
_PRESENT = frozenset({"is", "are", "am", "do", "does"})
_FUTURE = frozenset({"will", "would", "shall", "wo"})  # "wo": won't
# A condition or a time limit: "will not be released until he is charged" is released then.
_CONDITIONS = frozenset({"if", "unless", "whether", "until", "till"})
_PRONOUNS = frozenset({"it", "he", "she", "they"})
# Adverbs of time or degree between the auxiliaries and the head: no content of the fact.
_ADVERBS = frozenset("yet still already ever even also just only fully really".split())
OBJECT_WINDOW = 6  # words after the head read as what it says of the subject
MIN_SHARED = 2  # content roots the two cores share, at the least


@attrs.frozen
class Core:
    """One clause's fact: who or what (subject), the head word, and what follows it."""

    subject: frozenset[str]
    head: str  # the head word's root
    head_word: str  # the head word as written, for its WordNet senses
    said: str  # the words as written, from a negator to the head
    rest: frozenset[str]
    denied: bool
    passive: bool  # a form of "be" just before the head: "been confirmed"
    pronoun: bool  # the subject is "it", "he", "she" or "they"
    tense: str  # "past", "present" or ""
    future: bool = False  # the first auxiliary is "will", "would" or "shall"

    @property
    def roots(self) -> frozenset[str]:
        return self.subject | {self.head} | self.rest


# the words content_word turns away, one set: it is asked of every word of the
# cores of every judged pair (~20,000 times for a 20-article event)
_NOT_CONTENT = STOPWORDS | NEGATORS | _AUXILIARIES | _ADVERBS


def content_word(w: str) -> bool:
    return w.isalpha() and w not in _NOT_CONTENT


def _plain(w: str) -> str:
    """A word with a possessive's ending dropped: "judges'" and "vessel's"."""
    if w.endswith(("'s", "’s")) and len(w) > 3:
        return w[:-2]
    return w.rstrip("'’")


@remembered(TEXTS_REMEMBERED)  # read once per sentence, whichever side it stands on
def _clauses(text: str) -> tuple[Clause, ...]:
    return clauses(text, _CLAUSE_BREAK, _plain)


def _negator_at(ws: Sequence[str]) -> int | None:
    """Where "not", "never" or an "-n't" form stands in the clause, if once."""
    found = [k for k, w in enumerate(ws) if w in ("not", "never") or w.endswith("n't")]
    return found[0] if len(found) == 1 else None


def _core(
    clause: Clause, at: int, said: str, denied: bool, opened: int | None = None
) -> Core | None:
    """The core around the head word at `at`; None when the clause is hedged.
    `opened`: where the denied verb of intending or seeming stands whose act or
    state the head is ("does not plan to appeal", "did not appear to be armed"),
    so the "to" before the head is no mere infinitive."""
    ws = clause.words
    intended = opened is not None
    before = ws[:opened] if intended else ws[:at]  # "does not plan": no subject
    hedged = any(w.removesuffix("n't") in _MODALS or w in _CONDITIONS for w in ws)
    if hedged or (not intended and "to" in ws[max(0, at - 2) : at]):
        return None  # "could not", "if not", "to help determine": no fact stated
    subject = frozenset(word_root(w) for w in before if content_word(w))
    if not subject and (not denied or intended or said.count(" ") == 1):
        # "Pillar said it would not refund", "X, which ..., does not plan to":
        # the verb right after the negator is denied of the subject left unsaid
        # ("he was not at the church" denies a place, which a name may hold)
        subject = frozenset(word_root(w) for w in clause.unsaid if content_word(w))
    rest = frozenset(word_root(w) for w in ws[at + 1 : at + 1 + OBJECT_WINDOW] if content_word(w))
    auxiliaries = [w.removesuffix("n't") for w in before if w.removesuffix("n't") in _AUXILIARIES]
    tense = ""
    if auxiliaries and auxiliaries[0] in _PAST:
        tense = "past"
    elif auxiliaries and auxiliaries[0] in _PRESENT:
        tense = "present"
    passive = bool(auxiliaries) and auxiliaries[-1] in _BE
    pronoun = not subject and any(w in _PRONOUNS for w in before)
    future = bool(auxiliaries) and auxiliaries[0] in _FUTURE
    return Core(
        subject, word_root(ws[at]), ws[at], said, rest, denied, passive, pronoun, tense, future
    )


@remembered(TEXTS_REMEMBERED)
def denied_cores(text: str) -> tuple[Core, ...]:
    """The cores of the sentence's clauses that deny their head with "not" or "never"."""
    cores = []
    for clause in _clauses(text):
        ws = clause.words
        n = _negator_at(ws)
        if n is None or (n + 1 < len(ws) and ws[n + 1] in ("only", "just")):
            continue
        head = next((k for k in range(n + 1, len(ws)) if content_word(ws[k])), None)
        if head is None or head - n > 4:
            continue
        opened = head
        act = intended_act(ws, head)
        if act is None:
            act = seemed_state(ws, head, content_word)  # "did not appear to be armed"
        if act is not None:
            head = act
        core = _core(
            clause, head, " ".join(ws[n : head + 1]), True, opened if act is not None else None
        )
        if core is not None:
            cores.append(core)
    return tuple(cores)


def affirmed_cores(text: str, head: Core) -> tuple[Core, ...]:
    """The cores of clauses without a negator whose head is `head` or its synonym."""
    return _stated_cores_of(text, head.head, head.head_word)


@lru_cache(maxsize=4096)  # one sentence is asked for one head by many denied clauses
def _stated_cores_of(text: str, head_root: str, head_word: str) -> tuple[Core, ...]:
    cores = []
    for clause in _clauses(text):
        ws = clause.words
        if any(w in NEGATORS or w.endswith("n't") for w in ws):
            continue
        for k, w in enumerate(ws):
            if content_word(w) and (word_root(w) == head_root or are_synonyms(w, head_word)):
                core = _core(clause, k, w, denied=False)
                if core is not None:
                    cores.append(core)
                break
    return tuple(cores)


def every_clause(text: str) -> tuple[Clause, ...]:
    """The sentence's clauses, with a negator or without."""
    return _clauses(text)


def stated_clauses(text: str) -> tuple[Clause, ...]:
    """The sentence's clauses that hold no negator."""
    return tuple(
        c for c in _clauses(text) if not any(w in NEGATORS or w.endswith("n't") for w in c.words)
    )


def stated_core(clause: Clause, at: int, opened: int | None = None) -> Core | None:
    """The core of a clause without a negator around its word at `at`; `opened`:
    where a verb of seeming stands whose state the word is ("appears to be
    growing": the subject is told before "appears")."""
    return _core(clause, at, clause.words[at], denied=False, opened=opened)


def same_root(x: str, roots: frozenset[str]) -> bool:
    """Whether the root, or a WordNet synonym of it, is among the roots."""
    return _same(x, roots)


def _same(x: str, roots: frozenset[str]) -> bool:
    return x in roots or any(are_synonyms(x, y) for y in roots)


def _one_fact(denied: Core, stated: Core) -> bool:
    if {denied.tense, stated.tense} == {"past", "present"}:
        return False  # "was not open" / "is open": then and now
    if denied.pronoun or stated.pronoun:
        # "It was signed off by the inspectors" / "the block was never signed off by
        # the inspectors": a pronoun names no one, so what follows the head must
        # carry the fact, MIN_SHARED roots of it shared ("he did not host the
        # show" / "Ellen will host the show" are two people)
        if len(denied.rest & stated.rest) < MIN_SHARED:
            return False
        shorter, longer = sorted(
            (denied.rest | {denied.head}, stated.rest | {stated.head}), key=len
        )
    else:
        subjects_meet = any(_same(x, stated.subject) for x in denied.subject) or (
            denied.passive
            and not stated.passive
            and any(_same(x, stated.rest) for x in denied.subject)
        )
        if not subjects_meet:
            return False
        shorter, longer = sorted((denied.roots, stated.roots), key=len)
    return len(shorter) >= MIN_SHARED and all(_same(x, longer) for x in shorter)


def core_denied(text_a: str, text_b: str) -> Finding | None:
    """A clause of one sentence denied in a clause of the other, read as cores."""
    for denied_text, stated_text, flip in ((text_a, text_b, False), (text_b, text_a, True)):
        for denied in denied_cores(denied_text):
            for stated in affirmed_cores(stated_text, denied):
                if _one_fact(denied, stated):
                    pair = (stated.said, denied.said) if flip else (denied.said, stated.said)
                    return Finding(Conflict.NEGATION, *pair)
    return None
