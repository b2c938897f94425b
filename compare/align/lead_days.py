"""The day each article's lead gives its story: one fact, two values.

A news article opens on its story's event and its day ("A blizzard that swept
across the province on Saturday killed ...", "A jury on Tuesday convicted ..."):
the inverted pyramid puts the news, and when it happened, in the first sentence
or two after the headline. Two outlets that date the event differently seldom
tell it in the same words ("The storm struck on Saturday" / "on Friday, April 24,
snow began falling"; "The final was played on Sunday" / "at Studenternas on
Sunday, March 22"), so the matchers that tie a date to its event's verb, noun or
the sentence's other words leave both unpaired.

Here the first day of an event each article tells, when it stands in the
article's lead (its first LEAD_SENTENCES sentences with claims, the headline
among them) and nothing else paired it, meets the other article's. A day that
dates a saying ("the agency said on Monday") is the report's, not the event's,
and a day told as a bound ("cleared by 1.30am on Saturday", "shut until Friday")
is no event's day: neither is read as the lead's. Only values the date judge
reads as two are proposed (two full days; a weekday against a date told in the
other article's week), and what tells two moments apart parts them as it does for
the mutually closest dated sentences (compare.align.closest_day_clashes): a plan
against a deed, another occurrence, a dateline, a quotation, a sentence that
relates two moments, a departure against an arrival.

A CrossKindSpec with `differs`: it runs after every matcher, on dates nothing
paired, and is shown only when the date judge finds the two differ; it never
makes an agreement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from compare.align.closest_day_clashes import (
    agree_loosely,
    dated_event,
    lower_case_stems,
    one_precision,
    two_moments,
)
from compare.align.event_times import decided, event_parted
from compare.align.same_days import content_stems, dates_a_saying, parted
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.extract.claims import Claim, Date
from compare.extract.not_until import until_moment

# "cleared by 1.30am on Saturday", "shut until Friday", "after Monday's vote": a
# deadline, the end or edge of a stretch, not the day the event happened
_BOUND = re.compile(r"\b(?:by|until|till|before|after|since|from)\b[^,;]{0,15}$", re.IGNORECASE)
LEAD_SENTENCES = 4  # the headline and the lead's first three sentences
SCORE = 0.35  # under the closest sentences' clashes: a pair their words tie comes first


def articles_and_leads(
    claims: Sequence[Claim], sentences: SentenceClaims, size: int
) -> tuple[list[Claim], dict[str, frozenset[int]]]:
    """Every claim of the comparison (`claims` when no sentence index was given) and,
    per article, the starts of its first `size` sentences with claims: its lead."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(claims)
    starts: dict[str, set[int]] = defaultdict(set)
    for c in every:
        starts[c.source].add(c.sentence_start)
    return every, {source: frozenset(sorted(found)[:size]) for source, found in starts.items()}


def firsts_in_leads(
    claims: Sequence[Claim],
    sentences: SentenceClaims,
    size: int,
    keep: Callable[[Claim], bool],
) -> tuple[list[Claim], dict[int, int]]:
    """Each article's first claim that `keep` accepts, when it stands in the article's
    lead of `size` sentences and nothing paired it yet (it is among `claims`), with
    each free claim's index in `claims`: what the lead matchers set against each other."""
    every, lead = articles_and_leads(claims, sentences, size)
    first: dict[str, Claim] = {}
    for c in sorted(every, key=lambda c: (c.source, c.start)):
        if c.source not in first and keep(c):
            first[c.source] = c
    free = {id(c): i for i, c in enumerate(claims)}
    told = [c for source, c in first.items() if c.sentence_start in lead[source] and id(c) in free]
    return told, free


def lead_day_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of dates among `claims` (those nothing paired), each the
    first day of an event its article tells, in its lead, with values the judge
    reads as two, that nothing parts."""
    told, free = firsts_in_leads(
        claims, sentences, LEAD_SENTENCES, lambda c: _event_day(c, sentences)
    )
    pairs = []
    for x, a in enumerate(told):
        for b in told[x + 1 :]:
            if not one_precision(a, b) or not decided(a, b) or agree_loosely(a, b):
                continue
            if parted(a, b, sentences) or event_parted(a, b) or two_moments(a, b, sentences):
                continue
            if not _told_alike(a, b):
                continue
            i, j = sorted((free[id(a)], free[id(b)]))
            pairs.append((SCORE, i, j))
    return pairs


def _event_day(claim: Claim, sentences: SentenceClaims) -> bool:
    """Is the claim a day that dates a happening (`dates_happening`)?"""
    return isinstance(claim, Date) and dates_happening(claim, sentences)


def dates_happening(claim: Claim, sentences: SentenceClaims) -> bool:
    """Does the day or time date a happening: not a saying's ("the agency said on
    Monday": the report's day), not a bound ("until Friday")?"""
    if not dated_event(claim, sentences) or dates_a_saying(claim):
        return False
    if _BOUND.search(words_before(claim)) is None:
        return True
    return until_moment(claim)


def words_before(claim: Claim) -> str:
    """The 25 characters of its sentence before the claim: where a bound, a standing
    or a stamp is told ("by", "as of", "@")."""
    at = claim.start - claim.sentence_start
    return claim.sentence[max(0, at - 25) : at]


def _told_alike(a: Claim, b: Claim) -> bool:
    """Do the two sentences share a word in lower case besides their doers' ("The
    storm struck the coast on Saturday" / "the coast was battered on Friday": coast)?
    Two leads with nothing in common but who acted ("Police arrested the driver on
    Monday" / "Police gave more details on Tuesday") tell two acts."""
    shared = lower_case_stems(a) & lower_case_stems(b)
    return bool(shared - _doer_stems(a) - _doer_stems(b))


def _doer_stems(claim: Claim) -> frozenset[str]:
    frame = claim.frame
    if frame is None or frame.actor is None:
        return frozenset()
    return content_stems({w.lower() for w in re.findall(r"[A-Za-z]+", frame.actor.text)})
