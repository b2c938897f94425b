"""Each article's only day of a happening, beside the days both give: one moment, told twice.

A short report is about one happening and dates it once: "A federal judge on
Tuesday sentenced ..." / "On Wednesday, he learned his fate". The two outlets tell
the happening in their own words, so the event matchers (which tie a day to its
event's verb or noun) and closest_day_clashes (which needs words the two sentences
share) leave both unpaired. What ties them is the article as a whole: when an
article dates one happening only, told on one day however often, that day is its
story's, as an article's only figure of a kind is its story's (sole_figures).

A longer report dates its news and one earlier or later step ("The jury's verdict
was returned on Nov. 14, 2024" beside "the Court of Appeal on Tuesday quashed";
"They will settle on March 19" beside "sold the bonds on Wednesday"). A day both
articles give is one they agree on, the news they share; when each article has
exactly one day left besides those, the two are read as one step told twice, as
the only days are.

The days read are those that date an event: outside quotations, datelines and
page stamps, not a bound ("by Friday", "cleared by 1.30am on Saturday"), not a
kind of day ("every Monday"), resolved to the day (a month only with its year).
An article with two days of its own (the arrest and the hearing) leaves them to
the other matchers. The values must be told at one precision and read as two by
the judge (not a weekday a week apart), and nothing that parts
closest_day_clashes' pairs may part them: a saying's day, a plan against a deed,
a state going on, another occurrence, another doer or thing of one event word, a
usual schedule, a sentence relating two moments, figures or places on both sides
none shared, a departure against an arrival or a beginning against an end.

Registered for dates only. Read so, clock times gave false findings on the read
sets' traps ("It docked at 6.30am" / "Passengers began disembarking at 9 a.m.";
"The match kicked off at 3pm" / "The final whistle went at 4.45pm"): an article
tells the one hour its writer saw, and two outlets' only hours are often two
moments of one day; sole_times pairs those only with a word in common. The
function reads times too, with sole_times' guards, for a caller that wants them.

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
from compare.extract.lemmas import classes

# a bound's hour right before a day: "by 1.30am on", "until midnight on"
_BOUND_HOUR = re.compile(
    r"\b(?:by|until|till|before)\s+(?:about\s+|around\s+)?"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|midnight|noon|midday|dawn)\s+$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]+)\b")
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
    return (
        dated_event(claim, sentences)
        and dates_an_event(claim)
        and is_datable(claim)
        and not _names_a_thing(claim)
    )


def _names_a_thing(claim: Claim) -> bool:
    """Is the day told bare before a noun it labels ("the Sept. 11, 2001 conspirator",
    "a May 2019 report")? It names another happening or a thing, dating nothing the
    sentence tells."""
    if claim.text[:1].islower():
        return False  # "on Tuesday", "in March 2023": told with its preposition
    after = _NEXT_WORD.match(claim.sentence, claim.end - claim.sentence_start)
    if after is None:
        return False
    found = classes(after.group(1))
    return "noun" in found and "verb" not in found


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
