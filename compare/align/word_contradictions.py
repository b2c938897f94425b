"""Contradictions between two aligned statements read from their words alone.

Used when the frames do not decide (compare.align.statement_judge):
- negation: a word both sentences share is negated in one only. Negated means
  a "not"/"never"/"n't" shortly before it, within its clause, or a verb that
  refuses it ("declined to respond", "refused to comment" say what "did not
  respond" says);
- opposite: the word diff replaces a word with its opposite (antonyms.py:
  "approved" -> "rejected"), and neither side negates it ("did not win" and
  "lost" agree) nor scales it down ("insufficiently experienced");
- figure: the word diff replaces a figure before the same word ("40 people" /
  "50 people"), and date: one weekday replaced by another. These two stand in
  only when the sentences' own claims are not at hand (sentence_facts does it
  better with them).
All of them only between sentences that share most of their content words
(CLOSE): aligned sentences that share less are not compared word by word.
"""

from __future__ import annotations

import re
import unicodedata

import attrs

from compare.align.antonyms import lemmas, opposite
from compare.align.frames import WEEKDAYS
from compare.align.model import Conflict, Severity
from compare.align.words import (
    STOPWORDS,
    TEXTS_REMEMBERED,
    WORDS_REMEMBERED,
    display_words,
    remembered,
    stem,
    word_diff,
    word_spans,
    words,
)
from compare.extract.wordlists import PREPOSITIONS

NEGATORS = frozenset("not never no n't cannot nobody nothing none neither nor".split())
# verbs whose complement did not happen: "declined to comment" = "did not comment"
# ("denied" is not one: "denied the charges" does not negate "charges")
REFUSALS = frozenset("declined declines decline refused refuses refuse failed fails fail".split())
# "not only X but also Y" affirms X; "did not immediately respond", "has not yet
# approved" speak of one moment, and a later report may rightly say it happened
NOT_A_DENIAL = frozenset("only immediately yet".split())
WINDOW = 3  # a negator governs a word at most this many words later ("did not immediately say")
CLOSE = 0.6  # share of the shorter sentence's content words the other must have


@attrs.frozen
class Finding:
    conflict: Conflict
    a: str  # the reference's words
    b: str  # the other member's words
    severity: Severity | None = None  # None: the conflict type's default (statement_judge)
    unpaired: bool = False  # a clash not checked to be of one fact: pair neither way

    @property
    def title(self) -> str:
        return f"{self.a} vs {self.b}"


@remembered(TEXTS_REMEMBERED)  # wire copies bring the same clause pairs again
def by_words(text_a: str, text_b: str, *, facts: bool = True) -> Finding | None:
    """Contradictions in the word diff."""
    if not _close_roots(_text_roots(text_a), _text_roots(text_b)):
        return None  # too little in common for a word-level difference to be clear
    reading_a, reading_b = _reading(text_a), _reading(text_b)
    wa, wb = words(text_a), words(text_b)
    da, db = display_words(text_a), display_words(text_b)
    breaks_a, breaks_b = _breaks(text_a), _breaks(text_b)
    na, nb = reading_a.negated, reading_b.negated
    polarity_a = reading_a.polarities
    for root, states_b in reading_b.polarities.items():
        states_a = polarity_a.get(root)
        if states_a is None or len(states_a) > 1 or len(states_b) > 1 or states_a == states_b:
            continue  # a word said both ways in one sentence is no flip between them
        i = next(k for k, w in enumerate(wa) if _content_root(w) == root)
        j = next(k for k, w in enumerate(wb) if _content_root(w) == root)
        if _subordinate(wa, i, breaks_a) or _subordinate(wb, j, breaks_b):
            # "While Ross wasn't signed, the stars are", "actions that could harm
            # species": a clause about something else than the sentence's fact.
            continue
        return Finding(Conflict.NEGATION, _shown(da, i, na), _shown(db, j, nb))
    if not facts and not (reading_a.may_oppose and reading_b.may_oppose):
        return None  # no opposite can be replaced, and no other rule looks: no word diff
    # the other rules look at what the word diff replaces: the same slot, another word
    for op in word_diff(text_a, text_b):
        if op.op != "replace":
            continue
        xs, ys = words(op.a), words(op.b)
        for x in xs:
            for y in ys:
                if (
                    opposite(x, y)
                    and not _near_negator(wa, x)
                    and not _near_negator(wb, y)
                    and not _scaled_down(wa, x)
                    and not _scaled_down(wb, y)
                    and not (_heads_phrase(da, wa, x) or _heads_phrase(db, wb, y))
                ):
                    return Finding(Conflict.OPPOSITE, x, y)
        if not facts:
            continue
        figure = _figures(xs + _after(wa, op.a), ys + _after(wb, op.b))
        if figure is not None:
            return figure
        days_a, days_b = WEEKDAYS.intersection(xs), WEEKDAYS.intersection(ys)
        if len(days_a) == 1 and len(days_b) == 1 and days_a != days_b:
            return Finding(Conflict.DATE, next(iter(days_a)).title(), next(iter(days_b)).title())
    return None


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


def content_roots(text: str) -> set[str]:
    return {_root(w) for w in words(text) if w not in STOPWORDS and w.isalpha()}


@remembered(TEXTS_REMEMBERED)  # the matchers and then the judge ask about one pair
def by_clauses(text_a: str, text_b: str) -> Finding | None:
    """A negation or opposite between one clause of each sentence: "the visitors
    were angry that the referee did not award a penalty" / "the referee awarded a
    penalty for a foul", where the sentences as wholes share too little. Stricter
    than by_words, since two clauses of longer sentences more often tell two facts:
    the same subject just before the verb on both sides, a verb negated by "not"
    or "never" ("no harm", "declined sharply" are not denials of a verb), and no
    infinitive on the other side ("negotiating to purchase" is no purchase)."""
    return between_clauses(clause_roots(text_a), clause_roots(text_b))


ClauseRoots = list[tuple[str, set[str]]]


def clause_roots(text: str) -> ClauseRoots:
    """Each clause of the sentence with its content roots, for `between_clauses`
    (read once per sentence by a matcher that compares it with many others)."""
    return [(clause, content_roots(clause)) for clause in clauses(text)]


def between_clauses(parts_a: ClauseRoots, parts_b: ClauseRoots) -> Finding | None:
    """by_clauses on sentences already cut by `clause_roots`."""
    for clause_a, roots_a in parts_a:
        for clause_b, roots_b in parts_b:
            if len(roots_a & roots_b) < MIN_SHARED:
                continue
            found = by_words(clause_a, clause_b, facts=False)
            if found is not None and _one_subject_verb(found, clause_a, clause_b):
                return found
    for clause_a, roots_a in parts_a:
        for clause_b, roots_b in parts_b:
            if len(roots_a & roots_b) >= MIN_SHARED:
                found = _other_doer(clause_a, clause_b)
                if found is not None:
                    return found
    return None


# A deed only one can have done: "the second goal", "the winning shot", "the only
# try". Two people named for it ("Ribeiro scored the second goal" / "..., and Asante
# scored the second goal") cannot both be right; "Ruiz scored a goal" / "Cole scored
# a goal" can, and so can two who "attended the meeting".
_ONE_OF_A_KIND = frozenset(
    "first second third fourth fifth sixth last final only winning opening deciding "
    "decisive equalising equalizing fatal".split()
)
_NAMED_DEED = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+(?P<verb>[a-z]+)\s+the\s+"
    r"(?P<kind>[a-z]+)\s+(?P<thing>[a-z]+)\b"
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


def _named_deed(clause: str) -> tuple[str, tuple[str, str, str], str] | None:
    """(the name, its deed's roots, the deed as written) when the clause opens with a
    name doing a one-of-a-kind deed ("Tomás Ribeiro scored the second goal")."""
    found = _NAMED_DEED.match(clause)
    if found is None or found["kind"] not in _ONE_OF_A_KIND:
        return None
    name, verb = found["name"], found["verb"]
    if any(w in STOPWORDS for w in words(name)) or verb in STOPWORDS or verb in _SAYING:
        return None  # "He scored", "The club said": no name, or words said
    deed = (_root(verb), found["kind"], _root(found["thing"]))
    return name, deed, clause[found.start("verb") : found.end()]


_SAYING = frozenset("said says told announced confirmed reported added".split())


_VERB_NEGATORS = frozenset({"not", "never"})
SUBJECT_WINDOW = 4  # words before the verb that name who does it


def _one_subject_verb(found: Finding, clause_a: str, clause_b: str) -> bool:
    if found.conflict == Conflict.NEGATION:
        said = words(found.a) + words(found.b)
        if not any(w in _VERB_NEGATORS or w.endswith("n't") for w in said):
            return False
    elif found.conflict == Conflict.OPPOSITE:
        if min(len(found.a), len(found.b)) < 4:
            return False  # "on" / "off": prepositions of two places, not two facts
    else:
        return False
    subject_a = _subject(words(clause_a), words(found.a)[-1:])
    subject_b = _subject(words(clause_b), words(found.b)[-1:])
    return bool(subject_a and subject_b and subject_a & subject_b)


def _subject(ws: list[str], verb: list[str]) -> set[str]:
    """The content roots just before the verb's first use, or none when the verb is
    an infinitive ("to purchase") or opens the clause."""
    if not verb:
        return set()
    root = _root(verb[0])
    at = next((k for k, w in enumerate(ws) if _root(w) == root), None)
    if at is None or (at > 0 and ws[at - 1] == "to"):
        return set()
    before = ws[max(0, at - SUBJECT_WINDOW) : at]
    return {
        _root(w)
        for w in before
        if w.isalpha() and w not in STOPWORDS and w not in NEGATORS and not w.endswith("n't")
    }


def _content_root(word: str) -> str | None:
    return _root(word) if word not in STOPWORDS and word.isalpha() else None


def _polarities(ws: list[str], negated: dict[int, int]) -> dict[str, set[bool]]:
    """Content word root -> whether it is negated, for each time it occurs."""
    out: dict[str, set[bool]] = {}
    for k, w in enumerate(ws):
        root = _content_root(w)
        if root is not None:
            out.setdefault(root, set()).add(k in negated)
    return out


SUBORDINATORS = frozenset(
    "while whilst although though if whether unless that which who whom because as".split()
)


def _subordinate(ws: list[str], i: int, breaks: frozenset[int]) -> bool:
    """Is word i in a clause a subordinator opens ("while Ross wasn't signed")?"""
    for k in range(i - 1, -1, -1):
        if ws[k] in SUBORDINATORS:
            return True
        if k in breaks:
            return False
    return False


@remembered(TEXTS_REMEMBERED)  # a clause is compared with many others
def _text_roots(text: str) -> frozenset[str]:
    """The roots of the text's words that are no stopwords, for CLOSE."""
    return frozenset(_root(w) for w in words(text) if w not in STOPWORDS)


def _close_roots(ca: frozenset[str], cb: frozenset[str]) -> bool:
    """Most of the shorter sentence's content words are in the longer one."""
    return bool(ca and cb) and len(ca & cb) >= CLOSE * min(len(ca), len(cb))


@attrs.frozen
class _Reading:
    """What by_words reads from one text alone once it is CLOSE to another, read
    once per text: a clause is compared with many others (not to be changed)."""

    negated: dict[int, int]  # _negated, within the text's clauses
    polarities: dict[str, set[bool]]  # _polarities
    may_oppose: bool  # a word of it is a form of one that has an opposite


@remembered(TEXTS_REMEMBERED)
def _reading(text: str) -> _Reading:
    ws = words(text)
    negated = _negated(ws, _breaks(text))
    # opposite() needs a lemma with an opposite on each side; a word diff's words are
    # the text's display words, read again one by one
    may_oppose = any(lemmas(w) for shown in display_words(text) for w in words(shown))
    return _Reading(negated, _polarities(ws, negated), may_oppose)


def _after(ws: list[str], replaced: str) -> list[str]:
    """The word after a replaced figure ("40" -> "40 people"), to see what it counts."""
    part = words(replaced)
    for k in range(len(ws) - len(part)):
        if ws[k : k + len(part)] == part:
            return ws[k + len(part) : k + len(part) + 1]
    return []


@remembered(WORDS_REMEMBERED)  # read for every word of every clause pair compared
def _root(word: str) -> str:
    """'approved', 'approves', 'approve' -> 'approv': enough to see one verb in two forms."""
    word = stem(word)
    for end in ("ing", "ed", "e"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def _negated(ws: list[str], breaks: frozenset[int] = frozenset()) -> dict[int, int]:
    """Words a negator or a refusing verb governs -> the negator's index: the
    first content word after it, within WINDOW ("did not immediately respond") and
    within its clause (`breaks`: indices of words after punctuation)."""
    out = {}
    for k, w in enumerate(ws):
        following = ws[k + 1] if k + 1 < len(ws) else ""
        if following in NOT_A_DENIAL or (w == "none" and following == "of"):
            continue  # "none of the other teams ...": a quantifier, no denial
        if not (w in NEGATORS or w.endswith("n't") or w in REFUSALS):
            continue
        start = k + 2 if (w == "no" and following == "one") else k + 1  # "no one" is a pronoun
        for m in range(start, min(len(ws), k + 1 + WINDOW)):
            if m in breaks:
                break  # "the rich pay nothing," said Giannis: the clause has ended
            if ws[m] in STOPWORDS or ws[m] == "to" or ws[m].endswith("ly"):
                continue
            if not _deferred(ws, m, breaks):
                out[m] = k
            break
    return out


def _deferred(ws: list[str], m: int, breaks: frozenset[int]) -> bool:
    """ "will not be released until he is charged" says it will be, later."""
    for n in range(m + 1, min(len(ws), m + 1 + WINDOW)):
        if n in breaks:
            return False
        if ws[n] in ("until", "till"):
            return True
    return False


@remembered(TEXTS_REMEMBERED)  # a clause is compared with many others
def _breaks(text: str) -> frozenset[int]:
    """Indices (into words(text)) of the words that follow a punctuation mark."""
    normal = unicodedata.normalize("NFKC", text)  # the text word_spans indexes
    spans = word_spans(text)
    out = set()
    for n in range(1, len(spans)):
        between = normal[spans[n - 1][1] : spans[n][0]]
        if any(ch in _CLAUSE_MARKS for ch in between):
            out.add(n)
    return frozenset(out)


_CLAUSE_MARKS = frozenset(',;:()"“”—–')


# "insufficiently equipped and experienced" says what "inexperienced" says.
SCALING_DOWN = frozenset("insufficiently barely hardly scarcely inadequately poorly".split())


def _scaled_down(ws: list[str], word: str) -> bool:
    """Is the word within WINDOW + 1 words after a degree word that undoes it?"""
    for k, w in enumerate(ws):
        if w == word and any(v in SCALING_DOWN for v in ws[max(0, k - WINDOW - 1) : k]):
            return True
    return False


_ARTICLES = frozenset({"a", "an", "the"})


def _heads_phrase(display: list[str], ws: list[str], word: str) -> bool:
    """A preposition before a name or an article ("on Saturday", "off Yemen", "in the
    city") says when or where, not what happened: "on" / "off" there are no opposites."""
    if word not in PREPOSITIONS:
        return False
    at = next((k for k, w in enumerate(ws) if w == word), None)
    if at is None or at + 1 >= len(ws):
        return False
    following = display[at + 1]
    return following[:1].isupper() or ws[at + 1] in _ARTICLES


def _near_negator(ws: list[str], word: str) -> bool:
    return any(ws[k] == word for k in _negated(ws))


def _shown(display: list[str], i: int, negated: dict[int, int]) -> str:
    return " ".join(display[negated[i] : i + 1]) if i in negated else display[i]


def _figures(wa: list[str], wb: list[str]) -> Finding | None:
    """Different figures counting the same thing: the word after each is the same."""
    after_a = _counted(wa)
    for thing, figure_b in _counted(wb).items():
        figure_a = after_a.get(thing)
        if figure_a is not None and figure_a != figure_b:
            if set(figure_a.split()) & set(wb) or set(figure_b.split()) & set(wa):
                continue  # one side gives both figures ("from 40 to 50 people")
            return Finding(Conflict.FIGURE, f"{figure_a} {thing}", f"{figure_b} {thing}")
    return None


def _counted(ws: list[str]) -> dict[str, str]:
    """Content word -> the figure just before it ("40 people": people -> 40)."""
    out: dict[str, str] = {}
    for k in range(len(ws) - 1):
        if ws[k][:1].isdigit() and ws[k + 1] not in STOPWORDS and ws[k + 1].isalpha():
            out.setdefault(stem(ws[k + 1]), ws[k])
    return out
