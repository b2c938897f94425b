"""Statements whose clauses state one fact: the same event with a figure, day or place.

A sentence's figures, dates, times and places each carry the frame of the clause
they sit in (compare.extract.claims.Frame), which is often not the sentence's
main clause: "The Pine Flat Fire, which broke out on Saturday afternoon near
Cloverdale, had scorched 5,800 acres" states when and where it *broke out*. The
statement matchers compare the main clauses and the words; this one pairs two
statements from different sources when a clause of each states

- one event (the same confident predicate, or a light verb whose object names
  it: "the vote was taken" / "voted"), with the same polarity and no two named
  actors, and both give its date, time or place, or a figure of one counted
  thing, or a score or vote; or
- a figure of one *measure* the sentence names ("a crowd of 45,000" / "a crowd
  of 54,000 fans", "Turnout was 38%" / "a turnout of 44%"), whatever the verb.

The statement judge (sentence_facts.clash) then says whether the stated day,
time, place or figure agree, by the same rules (event_words, measures), so a
pair this matcher makes for a clause it can compare is never waved through
with a ✓ for want of a check.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

import attrs

from compare.align.blocking import cross_source_pairs
from compare.align.figure_intervals import comparable_value
from compare.align.frames import is_name, same_actor, same_head, when_part
from compare.align.measures import (
    TallyAct,
    event_kinds,
    event_words,
    one_act,
    one_tally,
    tally_acts,
    told_acts,
)
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims, inside
from compare.align.sentence_days_places import set_apart
from compare.align.sentence_facts import BARE, MEASURE, clash, figure_keys
from compare.align.settings import Options
from compare.align.verb_kinds import predicate_lemma
from compare.align.when_where import close, is_stamp
from compare.align.words import TEXTS_REMEMBERED, remembered
from compare.extract.claims import Claim, Date, Frame, Number, Place, Statement, Time

# a figure after a comparison: "longer than", "more than" without a hedge read
_COMPARED = re.compile(r"\b(?:\w+er|more|less|fewer)\s+than\s+$", re.IGNORECASE)
SCORE = 0.45  # below the other statement matchers' pairs, which group first


def _unknown(key: str) -> bool:
    """A figure whose counted thing is unknown: bare, or a percentage of nothing named."""
    return key.startswith(BARE) or key in ("percent", "age")


@attrs.frozen
class Clause:
    """One clause of a sentence, as its claims' shared frame states it."""

    frame: Frame  # the first claim's; the others' may state more of the clause
    frames: tuple[Frame, ...]
    events: frozenset[str]  # the event's words: predicate lemmas, a light verb's object
    slots: frozenset[str]  # "date", "time", "place", "tally", "figure:<counted thing>"
    measures: frozenset[str]  # counted things the sentence names as a measure
    kinds: frozenset[str] = frozenset()  # events the predicate is a kind of ("scorch": burn)
    tallied: frozenset[TallyAct] = frozenset()  # what its scores or votes tally ("vote")
    acted: frozenset[TallyAct] = frozenset()  # what is done to what it counts ("job·cut")

    def told_alike(self, other: Clause) -> bool:
        """One act tallied, or done to one counted thing, told with a verb at least
        on one side (measures.one_tally, one_act)."""
        return one_tally(self.tallied, other.tallied) or one_act(self.acted, other.acted)

    def one_event(self, other: Clause) -> bool:
        """The same event, or one a kind of the other's ("scorched" / "burned")."""
        return bool(
            self.events & other.events or self.kinds & other.events or other.kinds & self.events
        )


def clause_statement_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    clauses = [clauses_of(s, sentences) for s in statements]
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, found in enumerate(clauses):
        for key in {k for c in found for k in _keys(c)}:
            buckets[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for i, j in cross_source_pairs(buckets.values(), lambda k: statements[k].source):
        a, b = statements[i], statements[j]
        if not close(a.text, b.text) and not any(
            _telling(ca, cb) for ca in clauses[i] for cb in clauses[j]
        ):
            # Read on real events, such pairs were nearly all two facts (another
            # attack's toll, last year's date, two punches counted).
            continue
        if _scoped(clauses[i], clauses[j]):
            continue
        if any(one_fact(ca, cb) for ca in clauses[i] for cb in clauses[j]) and (
            _differ(a, b, sentences) or _agree(a, b, sentences)
        ):
            pairs.add((i, j))
    return [(SCORE, i, j) for i, j in sorted(pairs)]


def measure_statement_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """The pairs of clause_statement_pairs whose clauses name one measure ("a crowd
    of 45,000" / "a crowd of 54,000 fans") and whose figures differ: a sentence that
    states a measure beside another fact ("kicked off at 3 p.m. in front of a crowd
    of 45,000") is one fact with each of two counterparts, so these may stand apart
    from the groups (registry.MatcherSpec.apart)."""
    clauses = [clauses_of(s, sentences) for s in statements]
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, found in enumerate(clauses):
        for measure in {m for c in found for m in c.measures}:
            buckets[measure].append(i)
        for verb in {verb for c in found for verb, _ in c.tallied | c.acted}:
            buckets["t:" + verb].append(i)
    pairs = [
        (i, j)
        for i, j in cross_source_pairs(buckets.values(), lambda k: statements[k].source)
        if any(_measured_alike(a, b) for a in clauses[i] for b in clauses[j])
        and not _scoped(clauses[i], clauses[j])
        and not set_apart(inside(statements[i], sentences), inside(statements[j], sentences))
        and _differ(statements[i], statements[j], sentences)
    ]
    return [(SCORE, i, j) for i, j in sorted(set(pairs))]


def _measured_alike(a: Clause, b: Clause) -> bool:
    """One measure named, or one act tallied ("voted 5-4" / "a 6-3 vote")."""
    return bool(a.measures & b.measures) or a.told_alike(b)


def _differ(a: Statement, b: Statement, sentences: SentenceClaims) -> bool:
    """Does a stated fact differ? A clause that agrees ("sold in the United States")
    in sentences that share little else is no evidence the rest agrees too
    ("1.2 million heaters" / "2.1 million units"), so such a pair is left out."""
    return clash(a, inside(a, sentences), b, inside(b, sentences)) is not None


def _agree(a: Statement, b: Statement, sentences: SentenceClaims) -> bool:
    """Sentences that share most of their words and give the same figures: an
    agreement on the clause is one on the sentence. Figures one gives and the
    other does not may clash uncompared ("1.2 million heaters" / "2.1 million units")."""
    if not close(a.text, b.text):
        return False
    values_a = {comparable_value(n) for n in inside(a, sentences) if isinstance(n, Number)}
    values_b = {comparable_value(n) for n in inside(b, sentences) if isinstance(n, Number)}
    return values_a == values_b


def _keys(clause: Clause) -> Iterable[str]:
    yield from ("e:" + e for e in clause.events | clause.kinds)
    yield from ("m:" + m for m in clause.measures)
    yield from ("t:" + verb for verb, _ in clause.tallied | clause.acted)


def one_fact(a: Clause, b: Clause) -> bool:
    """Do the two clauses state one fact that both give a figure, day or place of?"""
    if a.measures & b.measures or a.told_alike(b):
        return True
    if not a.one_event(b) or a.frame.negated != b.frame.negated:
        return False
    fa, fb = a.frame, b.frame
    if _two_named(fa, fb) or not (same_actor(fa.actor, fb.actor) and same_head(fa.thing, fb.thing)):
        # two named actors, or another thing ("hosted the Grammys" / "hosted the
        # Academy Awards"): two facts, or an actor conflict for another rule
        return False
    shared = a.slots & b.slots
    part = next((p for x in a.frames for y in b.frames for p in [when_part(x, y)[0]] if p), "")
    return part in shared if part else bool(shared)


def _telling(a: Clause, b: Clause) -> bool:
    """One fact even in sentences that share little else: a measure both name ("a
    crowd of"), a clock time of one event, or days of one event a week apart at
    most ("sworn in on Jan. 2" / "on Jan. 6"; years apart are as often two events:
    "hosted in 2003" / "hosted in 2007")."""
    alike = bool(a.measures & b.measures) or a.told_alike(b)
    shared = a.slots & b.slots
    if not alike and "time" not in shared and "date" not in shared:
        return False  # nothing below can tell one fact: one_fact is not asked
    if alike:
        return True  # one_fact's first test
    if not one_fact(a, b):
        return False
    if "time" in shared:
        return True
    return "date" in shared and any(
        _near_days(x.date_value, y.date_value) for x in a.frames for y in b.frames
    )


NEAR_DAYS = 7


def _near_days(a: str | None, b: str | None) -> bool:
    if not a or not b or len(a) != 10 or len(b) != 10:
        return False
    try:
        gap = abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return False
    return 0 < gap <= NEAR_DAYS


def _scoped(a: Sequence[Clause], b: Sequence[Clause]) -> bool:
    """Do both sentences count one thing, in clauses of one event another day, time
    or place sets apart? Two counts, then ("95,000 units sold in Canada" / "2.1
    million sold in the United States"), not one fact told two ways."""
    figures_a = {s for c in a for s in c.slots if s.startswith("figure:")}
    figures_b = {s for c in b for s in c.slots if s.startswith("figure:")}
    if not figures_a & figures_b:
        return False
    return any(
        ca.one_event(cb) and when_part(x, y)[0]
        for ca in a
        for cb in b
        for x in ca.frames
        for y in cb.frames
    )


def _two_named(fa: Frame, fb: Frame) -> bool:
    if fa.actor is None or fb.actor is None:
        return False
    named = is_name(fa.actor.text) and is_name(fb.actor.text)
    return named and not same_actor(fa.actor, fb.actor)


@remembered(TEXTS_REMEMBERED)  # read by clause_statement_pairs, then measure_statement_pairs
def clauses_of(statement: Claim, sentences: SentenceClaims) -> tuple[Clause, ...]:
    """The clauses of the claims inside the statement's words, one per predicate
    (claims of one clause may carry frames that differ in what else they read)."""
    by_predicate: dict[object, list[Claim]] = defaultdict(list)
    for claim in inside(statement, sentences):
        frame = claim.frame
        if frame is not None and not isinstance(claim, Statement):
            where = frame.predicate
            by_predicate[(where.start, where.end) if where else frame].append(claim)
    out = []
    for claims in by_predicate.values():
        frames = tuple(dict.fromkeys(c.frame for c in claims if c.frame is not None))
        frame = frames[0]
        slots = frozenset(s for c in claims for s in _slots(c))
        keys = [k for c in claims if isinstance(c, Number) for k in figure_keys(c)]
        measures = frozenset(k for k in keys if k.startswith(MEASURE))
        if slots:
            kinds = event_kinds(predicate_lemma(claims[0]))
            numbers = [c for c in claims if isinstance(c, Number)]
            tallied = frozenset(t for n in numbers for t in tally_acts(n))
            acted = frozenset(t for n in numbers for t in told_acts(n))
            out.append(
                Clause(frame, frames, event_words(frame), slots, measures, kinds, tallied, acted)
            )
    return tuple(out)


def _slots(claim: Claim) -> Iterable[str]:
    if isinstance(claim, Date) and not is_stamp(claim):
        yield "date"
    elif isinstance(claim, Time) and claim.value and not is_stamp(claim):
        yield "time"
    elif isinstance(claim, Place):
        yield "place"
    elif isinstance(claim, Number) and claim.form not in ("ordinal", "single"):
        if _COMPARED.search(claim.sentence[: claim.start - claim.sentence_start]):
            return  # "a contract longer than eight years" bounds a figure, states none
        if claim.pair is not None:
            yield "tally"
        else:
            yield from ("figure:" + k for k in figure_keys(claim) if not _unknown(k))
