"""A pair the statement model is unsure of (statements.GradedPairs.loose) is paired
only when nothing in it clashes. Whatever the judge would report, and whatever
it cannot check (two times, two places at different granularity, the figures of
two things, a negation across two times), unpairs it: both claims stay "only in
one source". A loose pair never shows a discrepancy, and never a ✓ over a clash
the judge could not confirm.
(`statement_judge.compare_pair` is the clash the judge would report.)"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.actor_names import actors_named_apart, names
from compare.align.antonyms import has_opposite, opposite
from compare.align.figure_intervals import compare_figures
from compare.align.model import Verdict
from compare.align.numbers import unit_key
from compare.align.prefix_denials import prefix_denied
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.statement_judge import compare_pair
from compare.align.word_contradictions import by_words
from compare.align.words import (
    STOPWORDS,
    TEXTS_REMEMBERED,
    is_negator,
    remembered,
    stem,
    words,
)
from compare.extract import Claim
from compare.extract.claims import Date, Number, Place, Time, format_number

_GOVERNED = 4  # words after a negator that it denies: "did not formally approve the"


def unpairs(
    a: Claim,
    b: Claim,
    sentences: SentenceClaims = NO_SENTENCES,
    *,
    judged_after: bool = False,
    slots: bool = True,
) -> str:
    """Why a loose pair of statements must not be paired ('' when nothing clashes).
    Whole sentences are read: a statement may be one clause of its sentence, and a
    reader shown the pair reads the sentences. With `judged_after` (a pair shown
    only when the judge finds it agrees) the judge's own clash is not looked for
    here: it would hide the pair anyway, and it is the costliest rule. Without
    `slots` (a pair something else ties to one fact, shown only when the judge
    agrees), two days, times or places the sentences give are left to the judge."""
    return _unpairs(a, b, sentences, judged_after, slots)


@remembered(TEXTS_REMEMBERED)  # the loose, wide and mutual-best matchers meet one pair
def _unpairs(a: Claim, b: Claim, sentences: SentenceClaims, judged_after: bool, slots: bool) -> str:
    # the cheap rules first: most loose pairs fail one of them
    words_a, words_b = words(a.sentence), words(b.sentence)
    if _denies_shared(a.sentence, b.sentence):
        return "negated on one side"
    claims_a = [c for c in sentences.of(a) if c is not a]
    claims_b = [c for c in sentences.of(b) if c is not b]
    if _other_names(a, b, _tallies(claims_a) & _tallies(claims_b)):
        return "other names"
    figures_a, figures_b = _figures(a, claims_a), _figures(b, claims_b)
    only_a, only_b = figures_a - figures_b, figures_b - figures_a
    if judged_after and only_a and only_b:
        # a figure the other side gives within its hedge ("Nearly 80,000 tickets"
        # / "78,620 tickets"), of one counted thing, is that figure told loosely:
        # the judge, which shows the pair only when it agrees, compares the two
        only_a, only_b = _told_loosely(only_a, only_b, claims_a, claims_b)
    if only_a and only_b:
        # each side a figure the other lacks ("12 boats" / "30 boats"); a figure
        # one side adds to all the other gives ("Adebayo, 41, becomes the first
        # ...") is more said, not something else said
        return "two figures"
    for kind in (Date, Time, Place) if slots else ():
        said_a = {_said(c) for c in claims_a if isinstance(c, kind)}
        said_b = {_said(c) for c in claims_b if isinstance(c, kind)}
        if said_a and said_b and said_a != said_b:
            return f"two {kind.__name__.lower()}s"
    if _opposed(words_a, words_b):
        return "opposite words"
    if not judged_after and (compare_pair(a, b, sentences) or compare_pair(b, a, sentences)):
        return "the judge sees a clash"
    if by_words(a.sentence, b.sentence, facts=True) or by_words(b.sentence, a.sentence):
        return "the words clash"
    return ""


def _denied(ws: Sequence[str]) -> frozenset[str]:
    """The stems of the content words a negator governs: those among the few words
    after it ("did not approve", "no one was hurt", "wasn't charged", "cannot attend":
    as "can not" is, which `words` reads as two)."""
    return frozenset(
        stem(x)
        for k, w in enumerate(ws)
        if is_negator(w) or w in _WIDE_NEGATORS
        for x in ws[k + 1 : k + 1 + _GOVERNED]
        if x not in STOPWORDS
    )


# Where a negator's reach ends: a quotation's edge. In '"They will not swim here,"
# Quarles said' the negator governs "swim here", not the speaker after the quotation,
# whom the other article names in a plain saying. Commas are no edge: "did not,
# however, arrest anyone" and "did not arrest, charge or question him" deny past them.
_CLAUSE_EDGE = re.compile(r"[\u201c\u201d\"]")


# How far a negator may reach when the question is whether a side leaves a word
# undenied: a denial told in other words puts the shared word further from the
# negator on one side than on the other ("nobody thought that a Welsh mill" /
# "nobody thought a Welsh mill", "will not let this be wasted" / "would not allow
# the grain to be wasted"), so the word one side denies within `_GOVERNED` words counts
# against the other only when no negator of the other's, within this reach and the
# same quotation, precedes it.
_WIDE_REACH = 10
# "cannot" denies as "can not" does, and so does a word WordNet gives as the opposite
# of itself without its prefix ("unable to climb the stairs" / "could not climb the stairs";
# prefix_denials.py); a contrast word turns the clause round ("did not close, but
# reopened the road"): a negator before it reaches no further.
_WIDE_NEGATORS = frozenset({"cannot"})
# A new clause ends the reach too ("No one was hurt and the road was reopened": the
# reopening is not denied); "yet" right after the negator is part of it ("not yet
# charged").
_WIDE_EDGES = frozenset(
    {"but", "although", "though", "while", "whereas", "yet", "and", "when", "after", "because"}
    | {"which", "who", "where"}
)  # ("not ... until": the "until" clause is the denial's own, not_until.py)


def _denied_widely(ws: Sequence[str]) -> frozenset[str]:
    """The stems of the content words within `_WIDE_REACH` words after a negator
    (or "cannot", or a word denied by its prefix), up to a contrast word."""
    found: set[str] = set()
    for k, w in enumerate(ws):
        if not (is_negator(w) or w in _WIDE_NEGATORS or prefix_denied(w)):
            continue
        for at, x in enumerate(ws[k + 1 : k + 1 + _WIDE_REACH]):
            if x in _WIDE_EDGES and not (at == 0 and x == "yet"):
                break
            if x not in STOPWORDS:
                found.add(stem(x))
    return frozenset(found)


@remembered(TEXTS_REMEMBERED)  # a sentence is in many loose and wide pairs
def _negation_reading(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the sentence's content words, and those a negator governs
    within its clause."""
    ws = words(sentence)
    denied = frozenset().union(*(_denied(words(part)) for part in _CLAUSE_EDGE.split(sentence)))
    return frozenset(stem(w) for w in ws if w not in STOPWORDS), denied


@remembered(TEXTS_REMEMBERED)
def _reached(sentence: str) -> frozenset[str]:
    """The stems a negator of the sentence may reach (`_denied_widely`, within each
    quotation's edges), and those it governs."""
    parts = [words(part) for part in _CLAUSE_EDGE.split(sentence)]
    return _negation_reading(sentence)[1].union(*(_denied_widely(part) for part in parts))


def _denies_shared(a: str, b: str) -> bool:
    """One side denies a word both sides use and the other does not deny it: "did
    not approve the plan" / "approved the plan", "no one was hurt" / "two were
    hurt". A negation of what the other side does not mention ("the not yet
    answered question", "life without parole", "no injuries reported") says
    nothing against it, nor one the other side tells too with the word a little
    further from its negator ("nobody will be left short of cash" / "would make
    sure nobody was short of cash")."""
    (stems_a, denied_a), (stems_b, denied_b) = _negation_reading(a), _negation_reading(b)
    if not (denied_a - denied_b) & stems_b and not (denied_b - denied_a) & stems_a:
        return False
    return bool((denied_a - _reached(b)) & stems_b or (denied_b - _reached(a)) & stems_a)


def _figures(statement: Claim, others: Sequence[Claim]) -> frozenset[str]:
    """The figures of a statement's sentence as written or as read ("three games to
    one" / "3-1"): a tally or a count given by both, whichever way, is compared by
    nobody in a loose pair. A figure the extractor read is taken as read ("$1
    million" and "a million dollars" are one figure), and the digits of a date,
    time or place are left to the rules for those ("Updated 5:40 p.m." is no count)."""
    text = statement.sentence
    for claim in others:
        if not isinstance(claim, (Number, Date, Time, Place)):
            continue  # a quote or role may hold a count nobody read
        start = claim.start - statement.sentence_start
        end = claim.end - statement.sentence_start
        if 0 <= start < end <= len(text):
            text = f"{text[:start]}{' ' * (end - start)}{text[end:]}"
    return _figures_in(text) | {f for c in others for f in _figures_of(c)}


def _figures_of(claim: Claim) -> tuple[str, ...]:
    """A figure read as a Number, as `_said` gives it; a tally or score by each of its
    two figures ("62-57" / "a 62-57 edge", which the extractor may read on one
    side only: the other side's words give "62" and "57"; and "led 26-23" /
    "trailed 23-26", one score told from either side)."""
    if not isinstance(claim, Number):
        return ()
    if claim.pair:
        return tuple(format_number(v) for v in claim.pair)
    return (_said(claim),)


def _told_loosely(
    only_a: frozenset[str],
    only_b: frozenset[str],
    claims_a: Sequence[Claim],
    claims_b: Sequence[Claim],
) -> tuple[frozenset[str], frozenset[str]]:
    """The figures each side alone gives, less those read as a Number whose value
    the other side's Number of the same counted thing agrees with or covers with a
    hedge (figure_intervals.compare_figures): "nearly two dozen centres" / "23
    centres", "almost 54pc" / "53.8 per cent"."""
    numbers_a = [c for c in claims_a if isinstance(c, Number) and _said(c) in only_a]
    numbers_b = [c for c in claims_b if isinstance(c, Number) and _said(c) in only_b]
    met = [
        (x, y)
        for x in numbers_a
        for y in numbers_b
        if x.pair is None
        and y.pair is None
        and unit_key(x) == unit_key(y)
        and compare_figures(x, y) != Verdict.DIFFER
    ]
    return (
        only_a - {_said(x) for x, _ in met},
        only_b - {_said(y) for _, y in met},
    )


# A figure in digits, wherever it stands ("K25,000", "N70,000" and "Ush 90,000" are
# 25,000, 70,000 and 90,000, as "70,000 naira" read as a Number is), its
# thousands grouped by commas or not ("90,000" / "90000").
# A figure inside a hyphenated word is part of a name or a band, not a count
# ("under-21s", "Covid-19").
_FREE = r"(?<![\d.,])(?<![A-Za-z]-)"
_DIGITS = re.compile(rf"{_FREE}\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_FREE}\d+(?:\.\d+)?")


@remembered(TEXTS_REMEMBERED)  # a sentence is read for every loose pair it is in
def _figures_in(text: str) -> frozenset[str]:
    """The figures written in digits in the text, as `_said` writes a Number's value."""
    return frozenset(
        format_number(float(m.group().replace(",", ""))) for m in _DIGITS.finditer(text)
    )


def _said(claim: Claim) -> str:
    """What a figure, date, time or place says, as comparable as it gets."""
    if isinstance(claim, Number):
        # every digit kept ("1,234,567" and "1,234,568" are two figures, which the
        # six digits of "%g" made one)
        return (
            "-".join(format_number(v) for v in claim.pair)
            if claim.pair
            else format_number(claim.value)
        )
    if isinstance(claim, (Date, Time)) and claim.value:
        return claim.value
    if isinstance(claim, Place):
        return " ".join(words(claim.name))
    return " ".join(words(claim.text))


def _opposed(words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """A word of one side only whose opposite is a word of the other side only."""
    only_a = set(words_a) - set(words_b) - STOPWORDS
    only_b = set(words_b) - set(words_a) - STOPWORDS
    # only words with an opposite at all are paired (most have none)
    only_b = {y for y in only_b if has_opposite(y)}
    return bool(only_b) and any(opposite(x, y) for x in only_a for y in only_b)


def _tallies(claims: Sequence[Claim]) -> frozenset[str]:
    """The tallies a sentence gives ("71-64", "three games to one"), as read."""
    return frozenset(_said(c) for c in claims if isinstance(c, Number) and c.pair)


def _other_names(a: Claim, b: Claim, shared_tallies: frozenset[str]) -> bool:
    """Who did it may differ: "Smith scored the goal" / "Jones scored the goal",
    "Leeds won 2-1" / "Derby won 2-1". Read by the actors (the clauses' subjects or
    agents): a clash when each side's actor is named and the other sentence names
    neither anywhere. A name only one side has is no clash when the other side
    names nobody in that role ("Police arrested two men" / "Two men were arrested
    in Leeds", "Mayor Ferrell's barn burned" / "Arson hit the barn Ferrell owns")."""
    if actors_named_apart(a, b):
        return True
    names_a, names_b = names(a.sentence), names(b.sentence)
    # Around one shared tally any name only one side has may be the other side,
    # in whatever role ("Rovers won 3-1" / "the final ended 3-1", "The Plovers
    # trailed 71-64" / "The Plovers led 71-64 in Fresno"): a tally told from either
    # side agrees in its figures whoever led. A shared count or age is no tally.
    return bool(shared_tallies) and names_a != names_b
