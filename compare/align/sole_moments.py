"""Each article's only day (or clock time) of an event: one moment, told twice.

A short report is about one happening and dates it once: "A federal judge on
Tuesday sentenced ..." / "On Wednesday, he learned his fate"; "The quake hit at
3:42 a.m." / "The ground shook at 5:12 a.m.". The two outlets tell the happening
in their own words, so the event matchers (which tie a day to its event's verb or
noun), closest_day_clashes and sole_times (which need a word the two sentences
share) leave both unpaired. What ties them is the article as a whole: when an
article dates one happening only, told on one day (or at one hour) however often,
that day is its story's, as an article's only figure of a kind is its story's
(sole_figures).

The pair is made when each article gives exactly one value among its days (or
among its clock times) that date an event: outside quotations, datelines and page
stamps, not a bound ("by Friday"), not a kind of day ("every Monday"), a day
resolved to the day (a month only with its year). An article that dates two
happenings (the arrest and the hearing, the alarm and the rescue) leaves its days
to the other matchers. The values must be told at one precision and read as two
by the judges (not a weekday a week apart, not one time told loosely), and
nothing that parts closest_day_clashes' pairs may part them: a saying's day, a
plan against a deed, a state going on, another occurrence, another doer or thing
of one event word, a usual schedule, a sentence relating two moments, figures or
places on both sides none shared, a departure against an arrival or a beginning
against an end; for clock times also what parts sole_times' pairs (two ends of a
journey, two kinds of one act, a noun's hour against another deed's).

A CrossKindSpec with `differs`: it runs after every other matcher, on claims
nothing paired, and is shown only when the judge finds the two differ; it never
makes an agreement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.closest_day_clashes import (
    agree_loosely,
    dated_event,
    one_precision,
    two_moments,
)
from compare.align.event_times import decided, event_parted, is_datable
from compare.align.same_days import dates_an_event, parted
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_times import journey_ends, noun_and_other_deed, sister_acts
from compare.align.time_nouns import own_event
from compare.extract.claims import Claim, Date, Time

# a bound's hour right before a day: "by 1.30am on", "until midnight on"
_BOUND_HOUR = re.compile(
    r"\b(?:by|until|till|before)\s+(?:about\s+|around\s+)?"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|midnight|noon|midday|dawn)\s+$",
    re.IGNORECASE,
)
SCORE = 0.25  # under every other day and time clash: a pair words tie comes first


def sole_moment_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of dates (or of clock times) among `claims` (those nothing
    paired), each its article's only value dating an event, read as two values,
    that nothing parts."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(claims)
    kinds = {c.kind for c in claims if isinstance(c, (Date, Time))}
    moments: dict[tuple[str, str], dict[str, Claim]] = {}
    for claim in sorted(every, key=lambda c: (c.source, c.start)):
        if claim.kind in kinds and _dates_an_event(claim, sentences):
            # one value however often told (a headline and its lead repeat the day)
            told = moments.setdefault((claim.source, claim.kind), {})
            told.setdefault(str(getattr(claim, "value", None)), claim)
    free = {id(c): i for i, c in enumerate(claims)}
    pairs = []
    keys = sorted(moments)
    for x, (source_a, kind_a) in enumerate(keys):
        for source_b, kind_b in keys[x + 1 :]:
            if kind_a != kind_b or source_a == source_b:
                continue
            told_a, told_b = moments[source_a, kind_a], moments[source_b, kind_b]
            # a day both articles give is one they agree on; each article's only
            # other day is its telling of the one happening left
            left_a = [c for value, c in told_a.items() if value not in told_b]
            left_b = [c for value, c in told_b.items() if value not in told_a]
            if len(left_a) != 1 or len(left_b) != 1:
                continue
            a, b = left_a[0], left_b[0]
            if id(a) not in free or id(b) not in free or _apart(a, b, sentences):
                continue
            i, j = sorted((free[id(a)], free[id(b)]))
            pairs.append((SCORE, i, j))
    return pairs


def _dates_an_event(claim: Claim, sentences: SentenceClaims) -> bool:
    """A day or clock time of an event, told with a value, as the clash matchers
    read one (no quotation, dateline, stamp, bound or kind of day), and not told
    right after a bound hour ("cleared by 1.30am on Saturday")."""
    if not getattr(claim, "value", None):
        return False
    at = claim.start - claim.sentence_start
    if _BOUND_HOUR.search(claim.sentence[max(0, at - 30) : at]):
        return False  # "cleared by 1.30am on Saturday": the bound's day
    return dated_event(claim, sentences) and dates_an_event(claim) and is_datable(claim)


def _apart(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Are the two values not known to be two, or two moments of the story?"""
    if not one_precision(a, b) or not decided(a, b) or agree_loosely(a, b):
        return True
    own_a, own_b = own_event(a), own_event(b)
    if parted(own_a, own_b, sentences) or event_parted(own_a, own_b):
        return True
    if two_moments(own_a, own_b, sentences):
        return True
    if isinstance(a, Time) and isinstance(b, Time):
        return (
            journey_ends(a, b)
            or sister_acts(own_event(a), own_event(b))
            or (noun_and_other_deed(a, b))
        )
    return False
