"""Each article's only clock time told in a named zone: one moment, told for two
readerships.

An outlet names a zone when its readers live in another one, and it does so for the
moment the story turns on ("The lander touched down at 5:17 p.m. Eastern time" /
"the craft came to rest at 10.41pm UK time last night"). The two sentences seldom
share the event's words (an American and a British writer), so neither the event
matchers nor closest_day_clashes meet them; what ties them is that each is its
article's only time told in a zone that reads in UTC (compare/extract/zones), in
two different zones. Put in UTC, one minute agrees and two minutes differ.

The pair is made only for two such sole times of two different named zones, each of
an event, outside quotations, datelines and page stamps, and not parted by what
parts the closest sentences' pairs (a saying's day, a usual schedule, a sentence
relating two moments, figures or places on both sides none shared, a departure
against an arrival; same_days' and event_times' guards). A time told without a zone
or in "local time" is never read in another zone: nothing here guesses one.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from compare.align.closest_day_clashes import dated_event, two_moments
from compare.align.event_times import decided, event_parted, stretch_of
from compare.align.same_days import FULL_DAY, dates_a_saying
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.when_where import in_utc, zone_of
from compare.extract.claims import Claim, Date, Time

SCORE = 0.35  # under closest_day_clashes' pairs: a pair by the sentences' words first


def zoned_time_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of clock times among `claims` (those nothing paired), each
    its article's only time that reads in UTC, in two named zones, that nothing parts."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(claims)
    zoned: dict[str, list[Time]] = {}
    for claim in every:
        if isinstance(claim, Time) and claim.utc and zone_of(claim):
            zoned.setdefault(claim.source, []).append(claim)
    sole = [times[0] for times in zoned.values() if len({t.start for t in times}) == 1]
    free = {id(c): i for i, c in enumerate(claims)}
    pairs = []
    for x, a in enumerate(sole):
        for b in sole[x + 1 :]:
            if id(a) not in free or id(b) not in free or not in_utc(a, b):
                continue
            if not (dated_event(a, sentences) and dated_event(b, sentences)):
                continue
            if not decided(a, b):
                continue
            if _parted(a, b, sentences) or two_moments(a, b, sentences):
                continue
            i, j = sorted((free[id(a)], free[id(b)]))
            pairs.append((SCORE, i, j))
    return pairs


def _parted(a: Time, b: Time, sentences: SentenceClaims) -> bool:
    """event_times' guards (negation, doer and thing, another occurrence, a plan, a
    state going on, another owner) and a saying's time on one side, with the day read
    in the time's own stretch of its sentence: a frame may take its date from a later
    clause ("touched down at 5:17 p.m. Eastern time, ending a trip that began when
    it launched Nov. 12"), and that day is not the time's."""
    if dates_a_saying(a) != dates_a_saying(b) or event_parted(_undated(a), _undated(b)):
        return True
    days_a, days_b = _own_days(a, sentences), _own_days(b, sentences)
    return bool(days_a and days_b and not days_a & days_b)


def _undated(time: Time) -> Time:
    if time.frame is None:
        return time
    return attrs.evolve(time, frame=attrs.evolve(time.frame, date=None, date_value=None))


def _own_days(time: Time, sentences: SentenceClaims) -> frozenset[str]:
    """The full days told in the time's own stretch of its sentence."""
    stretch, start = stretch_of(time)
    first = time.sentence_start + start
    return frozenset(
        c.value
        for c in sentences.of(time)
        if isinstance(c, Date)
        and c.value
        and len(c.value) == FULL_DAY
        and first <= c.start < first + len(stretch)
    )
