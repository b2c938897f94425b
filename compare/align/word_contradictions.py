"""Contradictions between two aligned statements read from their words alone.

Used when the frames do not decide (compare.align.statement_judge):
- negation: a word both sentences share is negated in one only. Negated means
  a "not"/"never"/"n't" shortly before it, within its clause, or a verb that
  refuses it ("declined to respond", "refused to comment" say what "did not
  respond" says; "no longer" denies the verb after it). An irregular verb form
  is read under its lemma for this ("bought" / "did not buy");
- opposite: the word diff replaces a word with its opposite (antonyms.py, or the
  news verbs of opposites.py: "approved" -> "rejected", "upheld" -> "overturned"),
  and neither side negates it ("did not win" and
  "lost" agree) nor scales it down ("insufficiently experienced");
- figure: the word diff replaces a figure before the same word ("40 people" /
  "50 people"), and date: one weekday replaced by another. These two stand in
  only when the sentences' own claims are not at hand (sentence_facts does it
  better with them).
All of them only between sentences that share most of their content words
(CLOSE): aligned sentences that share less are not compared word by word.
"""

from __future__ import annotations

import unicodedata

import attrs

from compare.align.antonyms import has_opposite, lemmas, opposite
from compare.align.frames import WEEKDAYS
from compare.align.model import Conflict, Severity
from compare.align.opposites import (
    are_opposites,
    figure_moves_apart,
    is_opposite_word,
    moves_a_figure,
)
from compare.align.synonyms import table
from compare.align.words import (
    ARTICLES,
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
# "denied accepting a gift" = "did not accept" it: a denial governs a gerund only
DENIALS = frozenset("denied denies deny denying".split())
# refusing verbs that govern only an infinitive: "failed to stop" denies "stop", but "a
# pump failed in the engine" and "sales declined 5%" deny nothing
REFUSALS_WITH_TO = frozenset("declined declines decline failed fails fail".split())
# a denied readiness passes its denial on to the verb after "to": "was not prepared
# to put them at risk" says what "will not put them at risk" says
READINESS = frozenset("prepared willing ready able going allowed permitted planning about".split())
# "did nothing about the kilns", "said nothing on the matter": "nothing" is the
# verb's object, and the noun after the preposition is not denied
_NOTHING_BEFORE = frozenset("about on for with to over".split())
# words that open a clause, after which "nothing" is its subject, not an object
_CLAUSE_OPENERS = frozenset("and but or so yet".split())
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
        if _in_denied_measure(wa, i, na) or _in_denied_measure(wb, j, nb):
            continue  # "not a trace of fatigue" / "no fatigue": one denial
        return Finding(Conflict.NEGATION, _shown(da, i, na), _shown(db, j, nb))
    if not facts and not (reading_a.may_oppose and reading_b.may_oppose):
        return None  # no opposite can be replaced, and no other rule looks: no word diff
    # the other rules look at what the word diff replaces: the same slot, another word
    for op in word_diff(text_a, text_b):
        if op.op != "replace":
            continue
        xs, ys = words(op.a), words(op.b)
        # only a word with an opposite of either table can be one of an opposite
        # pair (most words have none): the pairs of the others are not looked up
        for x in filter(may_be_opposite, xs):
            for y in filter(may_be_opposite, ys):
                if (
                    (opposite(x, y) or are_opposites(x, y))
                    and not near_negator(wa, x)
                    and not near_negator(wb, y)
                    and not scaled_down(wa, x)
                    and not scaled_down(wb, y)
                    and not (_heads_phrase(da, wa, x) or _heads_phrase(db, wb, y))
                    and not (_placed(wa, x) and _placed(wb, y))
                ):
                    return Finding(Conflict.OPPOSITE, x, y)
        moved = _figure_moved_apart(wa, wb, op.a, op.b)
        if moved is not None:
            return moved
        if not facts:
            continue
        figure = _figures(xs + _after(wa, op.a), ys + _after(wb, op.b))
        if figure is not None:
            return figure
        days_a, days_b = WEEKDAYS.intersection(xs), WEEKDAYS.intersection(ys)
        if len(days_a) == 1 and len(days_b) == 1 and days_a != days_b:
            return Finding(Conflict.DATE, next(iter(days_a)).title(), next(iter(days_b)).title())
    return None


@remembered(WORDS_REMEMBERED)
def may_be_opposite(word: str) -> bool:
    """Whether `opposite` or `are_opposites` can find the word opposite to any."""
    return has_opposite(word) or is_opposite_word(word)


def content_roots(text: str) -> set[str]:
    """The roots of the text's content words, hyphenated ones included ("go-ahead"),
    a possessive read as its owner ("the union's decision": union)."""
    plain = (w[:-2] if w.endswith(("'s", "’s")) and len(w) > 3 else w for w in words(text))
    return {word_root(w) for w in plain if w not in STOPWORDS and w.replace("-", "").isalpha()}


def _content_root(word: str) -> str | None:
    """The root a word's polarity is read under: an irregular verb form by its lemma,
    so that "bought" and "did not buy" are one verb said both ways. (Only here:
    the closeness of two sentences keeps the plain roots.)"""
    if word in STOPWORDS or not word.isalpha():
        return None
    return word_root(table().lemma_of_irregular("v", word) or word)


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


# Words that may stand between "of" and the thing a denied measure of it is of.
_OF_DETERMINERS = frozenset("the his her their its this that any".split())


def _in_denied_measure(ws: list[str], i: int, negated: dict[int, int]) -> bool:
    """Is word i the thing a denied measure is "of" ("not a trace of fatigue", "not a
    shred of the evidence")? The negator governs the measure, the first content word
    after it, and through it the thing: the thing's polarity is not read off apart."""
    k = i - 1
    if k >= 0 and ws[k] in _OF_DETERMINERS:
        k -= 1
    return k >= 1 and ws[k] == "of" and (k - 1) in negated


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
    return frozenset(word_root(w) for w in words(text) if w not in STOPWORDS)


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
    # (or a verb that moves a figure after it: figure_moves_apart)
    may_oppose = any(
        lemmas(w) or moves_a_figure(w) for shown in display_words(text) for w in words(shown)
    )
    return _Reading(negated, _polarities(ws, negated), may_oppose)


def _figure_moved_apart(wa: list[str], wb: list[str], a: str, b: str) -> Finding | None:
    """The last words replaced, each a verb right before the same kind of figure, moving
    it opposite ways ("climbed 6.2%" / "slipped 6.2%"), neither denied."""
    xs, ys = words(a), words(b)
    if not xs or not ys:
        return None
    x, y = xs[-1], ys[-1]
    after_x, after_y = _after(wa, a), _after(wb, b)
    if not after_x or not after_y or near_negator(wa, x) or near_negator(wb, y):
        return None
    if not figure_moves_apart(x, y, after_x[0], after_y[0]):
        return None
    return Finding(Conflict.OPPOSITE, x, y)


def _after(ws: list[str], replaced: str) -> list[str]:
    """The word after a replaced figure ("40" -> "40 people"), to see what it counts."""
    part = words(replaced)
    for k in range(len(ws) - len(part)):
        if ws[k : k + len(part)] == part:
            return ws[k + len(part) : k + len(part) + 1]
    return []


@remembered(WORDS_REMEMBERED)  # read for every word of every clause pair compared
def word_root(word: str) -> str:
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
        denial = w in DENIALS and following.endswith("ing")
        if not (w in NEGATORS or w.endswith("n't") or w in REFUSALS or denial):
            continue
        if w in REFUSALS_WITH_TO and following != "to":
            continue
        if (
            w == "nothing"
            and following in _NOTHING_BEFORE
            and k > 0
            and ws[k - 1] not in _CLAUSE_OPENERS
        ):
            continue  # "did nothing about it": an object; "Nothing about the plan was" denies
        # "no one" is a pronoun; "no longer offers" denies "offers" now
        start = k + 2 if (w == "no" and following in ("one", "longer")) else k + 1
        for m in range(start, min(len(ws), k + 1 + WINDOW)):
            if m in breaks:
                break  # "the rich pay nothing," said Giannis: the clause has ended
            if ws[m] in STOPWORDS or ws[m] == "to" or ws[m].endswith("ly"):
                continue
            if not _deferred(ws, m, breaks):
                out[m] = k
                ready = _ready_to(ws, m, breaks)
                if ready is not None:
                    out[ready] = k
            break
    return out


def _ready_to(ws: list[str], m: int, breaks: frozenset[int]) -> int | None:
    """The verb after "to" when word m is a denied readiness ("not prepared to put")."""
    if ws[m] not in READINESS or m + 2 >= len(ws) or ws[m + 1] != "to":
        return None
    return None if (m + 1) in breaks or (m + 2) in breaks else m + 2


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


# Verbs of posture, which before a preposition of place only say where a thing is:
# "the hotel stood inside the park" / "the hotel sits inside the park"
_POSTURES = frozenset("stand stands stood standing sit sits sat sitting lie lies lay lying".split())
_PLACE_PREPOSITIONS = frozenset(
    "in inside within on at near beside behind above below under outside between by off"
    " across along atop beneath beyond opposite".split()
)


def _placed(ws: list[str], word: str) -> bool:
    """Is the word a verb of posture right before a preposition of place?"""
    if word not in _POSTURES:
        return False
    return any(
        w == word and k + 1 < len(ws) and ws[k + 1] in _PLACE_PREPOSITIONS for k, w in enumerate(ws)
    )


# "insufficiently equipped and experienced" says what "inexperienced" says.
SCALING_DOWN = frozenset("insufficiently barely hardly scarcely inadequately poorly".split())


def scaled_down(ws: list[str], word: str) -> bool:
    """Is the word within WINDOW + 1 words after a degree word that undoes it?"""
    for k, w in enumerate(ws):
        if w == word and any(v in SCALING_DOWN for v in ws[max(0, k - WINDOW - 1) : k]):
            return True
    return False


def _heads_phrase(display: list[str], ws: list[str], word: str) -> bool:
    """A preposition before a name or an article ("on Saturday", "off Yemen", "in the
    city") says when or where, not what happened: "on" / "off" there are no opposites."""
    if word not in PREPOSITIONS:
        return False
    at = next((k for k, w in enumerate(ws) if w == word), None)
    if at is None or at + 1 >= len(ws):
        return False
    following = display[at + 1]
    return following[:1].isupper() or ws[at + 1] in ARTICLES


def near_negator(ws: list[str], word: str) -> bool:
    return any(ws[k] == word for k in _governed(tuple(ws)))


@remembered(TEXTS_REMEMBERED)  # asked of one sentence's words for each word of it replaced
def _governed(ws: tuple[str, ...]) -> tuple[int, ...]:
    """The words `_negated` finds denied (clause breaks unread), by index."""
    return tuple(_negated(list(ws)))


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
