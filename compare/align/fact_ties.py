"""What ties two statements that only closeness paired to one fact.

leftover_statements.py pairs two statements nothing else paired when each is the
other's closest among those left. Closeness alone ties two sentences of one topic
as often as two tellings of one fact, so the pair must also show one fact. Three
structural signs do, each read from the claims the extractor found in the two
sentences, never from the words of one story:

- one event: a clause of each sentence has a predicate naming one event, or one a
  kind of the other's (frames.same_event_predicate, verb_kinds.kind_of). Every
  clause counts, not only the statement's own: the fact often sits in a clause
  under the main verb ("will be allowed to finish their programs" / "will be able
  to complete their studies"; "exits were locked" / "doors had been padlocked").
  Two casualty verbs of two counts ("shot" / "killed") are two events, as in
  verb_kinds.two_counts.
- one figure: both sentences give a figure of one value and one counted thing (a
  Number claim each, of one value and unit key: "4,200 households" / "about 4,200
  households"; a date's day is no Number, so "on March 9" never meets "nine
  runners").
- one day: both sentences give one calendar day, resolved to its date and no page
  stamp ("planned for November 4" / "another walkout on November 4"). A month or a
  year alone is no such day: most facts of a story share it.

The pair still passes every test best_agreements sets and is kept only when the
statement judge agrees, so none of these signs ever makes a discrepancy.
"""

from __future__ import annotations

from compare.align.frames import confident, same_event_predicate
from compare.align.numbers import unit_key
from compare.align.sentence_claims import SentenceClaims
from compare.align.verb_kinds import CASUALTY_COUNTS, kind_of
from compare.align.when_where import is_stamp
from compare.extract.claims import Claim, Date, Number

DAY_LENGTH = len("2024-11-04")  # an ISO value resolved to the day, not a month or year


def one_fact(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Do the two statements' sentences name one event, give one figure of one counted
    thing, or give one calendar day?"""
    return (
        _one_event(a, b, sentences)
        or bool(counted(a, sentences) & counted(b, sentences))
        or bool(days(a, sentences) & days(b, sentences))
    )


def _one_event(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    return any(one_event(x, y) for x in predicates(a, sentences) for y in predicates(b, sentences))


def one_event(x: str, y: str) -> bool:
    """Two predicate lemmas of one event: the same one, or one a kind of the other,
    unless they name two casualty counts ("shoot" / "kill")."""
    hit_x, hit_y = CASUALTY_COUNTS.get(x), CASUALTY_COUNTS.get(y)
    if hit_x is not None and hit_y is not None and hit_x != hit_y:
        return False
    return same_event_predicate(x, y) or kind_of(x, y)


def predicates(statement: Claim, sentences: SentenceClaims) -> frozenset[str]:
    """The lemmas naming an event (no light verb) of the statement's clause and of
    the clause of every claim in its sentence."""
    frames = [c.frame for c in (statement, *sentences.of(statement)) if c.frame is not None]
    return frozenset(f.lemma for f in frames if f.lemma and confident(f.lemma))


def counted(statement: Claim, sentences: SentenceClaims) -> set[tuple[float, str]]:
    """(value, unit key) of each figure of the statement's sentence."""
    return {(c.value, unit_key(c)) for c in sentences.of(statement) if isinstance(c, Number)}


def days(statement: Claim, sentences: SentenceClaims) -> set[str]:
    """The calendar days (ISO) the statement's sentence gives, page stamps left out."""
    return {
        c.value
        for c in sentences.of(statement)
        if isinstance(c, Date) and c.value and len(c.value) == DAY_LENGTH and not is_stamp(c)
    }
