"""Dates, times and places: matched by the event they belong to, judged by value.

Two Date (or Time, or Place) claims align only when their frames state the same
event: a compatible predicate, the same polarity, and a shared actor or thing
that both frames actually state. Without frames there is no telling which event
a date belongs to, so nothing is aligned (a missed pair costs less than "on
Tuesday" set against the date of another arrest).

Judges: dates differ when their resolved values do ("on Tuesday" / "on
Wednesday" for the same arrest); times when their clock values do (a quarter of
an hour or less is approximate); places when neither name holds the other, shown
as a variant, because one may lie inside the other ("Jabaliya" / "Gaza").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from compare.align.blocking import cross_source_pairs
from compare.align.frames import (
    WEEKDAYS,
    same_actor,
    same_date,
    same_head,
    same_place,
    same_predicate,
    when_part,
)
from compare.align.model import Conflict, Difference, Judgement, Severity, Verdict
from compare.align.opposites import lemmas
from compare.align.settings import Options
from compare.align.weekday_days import calendar_fits
from compare.align.words import STOPWORDS, stem, words
from compare.extract.claims import Claim, Date, Frame, Place, Span, Time
from compare.extract.not_until import until_moment

CLOSE_MINUTES = 15  # "shortly before 9 p.m." and 20:50 are one time told loosely
HEDGED_MINUTES = 30  # "around 9pm" / "about 8.40pm": two hedges cover each other
_TIME_HEDGES = frozenset("around about approximately roughly shortly nearly almost some".split())


def close_minutes(a: Claim, b: Claim) -> int:
    """How far apart the clock times two aligned statements give may be and still
    be one time told loosely: further when both are hedged (sentence_facts). The
    time judge keeps CLOSE_MINUTES: its aligned times are shown as approximate."""
    hedged = all(_TIME_HEDGES & set(words(c.text)) for c in (a, b))
    return HEDGED_MINUTES if hedged else CLOSE_MINUTES


def same_event(a: Frame | None, b: Frame | None) -> float:
    """How sure the frames are that they state one event: 0 when not sure enough."""
    if a is None or b is None or not a.lemma or not b.lemma:
        return 0.0
    if a.negated != b.negated or not same_predicate(a.lemma, b.lemma):
        return 0.0
    anchors = 0
    for x, y, same in ((a.actor, b.actor, same_actor), (a.thing, b.thing, same_head)):
        if x is not None and y is not None:
            if not same(x, y):
                return 0.0  # another actor or thing: another event
            anchors += 1
    return 0.0 if anchors == 0 else 0.7 + 0.15 * anchors


def event_pairs(
    claims: Sequence[Claim], options: Options | None = None
) -> list[tuple[float, int, int]]:
    """Cross-source pairs whose frames state the same event, blocked by predicate lemma."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        if is_stamp(claim):
            continue  # a page's time stamp dates the page, not the event
        if claim.frame_lemma:
            for lemma in lemmas(claim.frame_lemma):
                buckets[lemma].append(i)
    # The same words in nearly the same sentence state one event, frame or none ("on
    # Thursday" in a caption both outlets carry, lightly edited).
    for i, claim in enumerate(claims):
        if not is_stamp(claim):
            buckets["\x00" + head_words(claim.text)].append(i)
    pairs = []
    for i, j in cross_source_pairs(buckets.values(), lambda k: claims[k].source):
        a, b = claims[i], claims[j]
        same_text = head_words(a.text) == head_words(b.text)
        if same_text and _near_same(a.sentence, b.sentence):
            score = 1.0
        else:
            score = same_event(a.frame, b.frame)
        if score > 0 and (_consistent(a, b) or _told_of_one_act(a, b, score)):
            pairs.append((score, i, j))
    return pairs


def _told_of_one_act(a: Claim, b: Claim, score: float) -> bool:
    """Differing clock times of one act that both frames tell in full: the same
    predicate, doer and thing ("The storm made landfall at about 4 a.m." / "The
    storm made landfall near Cocodrie shortly before 7 a.m."), on no other day. A
    frame short of any of these is too often another moment of another thing."""
    if not (isinstance(a, Time) and isinstance(b, Time) and a.value and b.value):
        return False
    if a_bound(a) or a_bound(b):
        return False  # "extinguished by 7 a.m." holds for 6:40 too
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or score < FULL_EVENT or when_part(fa, fb)[0] == "date":
        return False
    return not (is_stamp(a) or is_stamp(b))


FULL_EVENT = 1.0  # same_event's score when both the actor and the thing agree
# A time that bounds the act rather than dates it ("by 7 a.m.", "until noon"); "shortly
# before 7 a.m." is a time told loosely.
_BOUNDS = frozenset("by before after until till since from".split())


def a_bound(claim: Claim) -> bool:
    """Does the date or time bound the act rather than date it ("by 7 a.m.")?"""
    if bound_words(claim.text):
        # "did not return until 16:00" dates the return (not_until.py)
        return not until_moment(claim)
    return False


def bound_words(text: str) -> bool:
    """Do a date's or time's words open on a bound ("by 7 a.m.", "until Friday")?"""
    said = words(text)
    return bool(said) and said[0] in _BOUNDS


CLOSE = 0.5  # share of the shorter sentence's content words the other must have


def close(text_a: str, text_b: str) -> bool:
    """Do the two sentences share most of their content words (figures aside)?"""
    ca, cb = _content(text_a), _content(text_b)
    return bool(ca and cb) and len(ca & cb) >= CLOSE * min(len(ca), len(cb))


@lru_cache(maxsize=16384)
def _content(text: str) -> frozenset[str]:
    """Content word stems, leaving out the days, months and parts of a day that
    two tellings of one fact may give differently. Remembered by text: the clause
    matchers ask of each sentence once for every sentence it may pair with."""
    return frozenset(
        {
            stem(w)
            for w in words(text)
            if w not in STOPWORDS and w[:1].isalpha() and len(w) > 1 and w not in _WHEN_WORDS
        }
    )


_WHEN_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sept sep oct nov dec today yesterday tonight shortly "
    "a.m p.m am pm noon midnight".split()
)


# A date or clock time next to the other, with no preposition: "12:52 p.m. EDT May 2,
# 2013", "Updated Thu 6 May 2010, 9:03am", "7:00pm UK, Wednesday 05 May 2010".
_CLOCK = r"\d{1,2}\s?[:.]\s?\d\d\s?(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4}\b)?"
_DAY = (
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d|\d{1,2}\s?/\s?\d{1,2}"
    # pages print stamps in capitals too: "9:53 AM, MON 22 JUL 2013"
    r"|(?:MON|TUE|WED|THU|FRI|SAT|SUN)[A-Z]*\.?"
    r"|\d{1,2}\s+(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?)"
)
_STAMP_BEFORE = re.compile(rf"(?:{_CLOCK}|{_DAY})[\s,|–-]*$")
_STAMP_AFTER = re.compile(rf"^[\s,|–-]*(?:{_CLOCK}|{_DAY})")
# A byline's verb of publishing, a few words before the date it gives the page.
_PUBLISHED = re.compile(r"\b(?:posted|published|updated)\b[^.!?]{0,60}$", re.IGNORECASE)
_PREPOSITIONS = frozenset("on at in by from since until before after during around about".split())
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had)\s+$", re.IGNORECASE)


# a word in lower case (a noun, perhaps with its comma) just before the participle: not
# a name or an abbreviation ("On behalf of Howard R. Sanders, Esq. posted in ...")
_NOUN_BEFORE = re.compile(r"(?:^|\s)[a-z][a-z'\u2019-]*,?\s+$")


def _participle_after_noun(published: re.Match[str]) -> bool:
    """Is the stamp word told in lower case after a word in lower case ("The decree,
    published on Friday", "a report published on Monday"): the participle of a
    thing's publication, not a page's label ("Posted in Local News on Friday", "Esq.
    posted in Pedestrian Accidents on Wednesday")?"""
    before = published.string[: published.start()]
    return published.group()[:1].islower() and _NOUN_BEFORE.search(before) is not None


def is_stamp(claim: Claim) -> bool:
    """Is the date or time a page's time stamp: next to a clock time or a date,
    with no preposition of its own?"""
    if not isinstance(claim, (Date, Time)):
        return False
    return is_stamp_span(claim, claim)


def is_stamp_span(span: Span | Claim, statement: Claim) -> bool:
    """is_stamp for a stretch of the statement's sentence (a frame's date or time)."""
    said = words(span.text)
    published = _PUBLISHED.search(statement.sentence[: span.start - statement.sentence_start][-80:])
    # "posted in Pedestrian Accidents on Wednesday, September 18"; but "the results
    # were published on March 3" is the event's own day, and so is a participle
    # after a noun ("a report published on Monday in the bulletin")
    if (
        published
        and not _AUXILIARY.search(published.string[: published.start()])
        and not _participle_after_noun(published)
    ):
        return True
    while said and said[0] in _TIME_HEDGES - _PREPOSITIONS:
        said = said[1:]  # "shortly after 2 a.m. Thursday": the time's own preposition
    if not said or said[0] in _PREPOSITIONS:
        return False
    before = statement.sentence[: span.start - statement.sentence_start][-30:]
    after = statement.sentence[span.end - statement.sentence_start :][:30]
    return bool(_STAMP_BEFORE.search(before) or _STAMP_AFTER.match(after))


NEAR_SAME = 0.8  # share of the two sentences' words they have in common


def _near_same(a: str, b: str) -> bool:
    wa, wb = set(words(a)), set(words(b))
    return bool(wa and wb) and len(wa & wb) >= NEAR_SAME * len(wa | wb)


def _consistent(a: Claim, b: Claim) -> bool:
    """Only dates, times and places that agree (or nearly) are aligned. Read on 44 real
    events, nearly every differing pair was two moments or places of different things
    (a dateline, an earlier arrest, a city and its region): a clash the frames cannot
    yet tell from another event, so it is left unreported rather than reported false."""
    if isinstance(a, Date) and isinstance(b, Date):
        judgement = _date_pair(a, b)
    elif isinstance(a, Time) and isinstance(b, Time):
        judgement = _time_pair(a, b)
    elif isinstance(a, Place) and isinstance(b, Place):
        judgement = _place_pair(a, b)
    else:
        return False
    return judgement.verdict != Verdict.DIFFER


def _worst(members: Sequence[Claim], pair_judge: Callable[[Any, Any], Judgement]) -> Judgement:
    reference = members[0]
    judgements = [pair_judge(reference, other) for other in members[1:]]
    order = [Verdict.AGREE, Verdict.APPROXIMATE, Verdict.DIFFER]
    severities = [Severity.INFO, Severity.VARIANT, Severity.CONFLICT]
    worst = max(judgements, key=lambda j: (order.index(j.verdict), severities.index(j.severity)))
    differences = tuple(d for j in judgements for d in j.differences)
    return Judgement(
        verdict=worst.verdict,
        differences=differences,
        conflict=worst.conflict,
        severity=worst.severity,
        title=worst.title,
    )


def _differ(
    a: Claim, b: Claim, field: str, conflict: Conflict, severity: Severity, verdict: Verdict
) -> Judgement:
    return Judgement(
        verdict=verdict,
        differences=(Difference(field, field, a.source, b.source, a.text, b.text),),
        conflict=conflict if verdict == Verdict.DIFFER else None,
        severity=severity,
        title=f"{a.text} vs {b.text}",
    )


def _date_pair(a: Date, b: Date) -> Judgement:
    if a.value and b.value:
        if same_date(a.value, b.value) or calendar_fits(a, b):
            # "until Friday" / "until 27 November", a Friday: weekday_days.calendar_fits
            return Judgement(verdict=Verdict.AGREE)
        return _differ(a, b, "date", Conflict.DATE, Severity.CONFLICT, Verdict.DIFFER)
    if _same_words(a, b):
        return Judgement(verdict=Verdict.AGREE)
    # Unresolved ("last week" / "on Tuesday"): different words, not a proven clash.
    return _differ(a, b, "date", Conflict.DATE, Severity.VARIANT, Verdict.DIFFER)


def _time_pair(a: Time, b: Time) -> Judgement:
    if not (a.value and b.value):
        if _same_words(a, b):
            return Judgement(verdict=Verdict.AGREE)
        return _differ(a, b, "time", Conflict.TIME, Severity.VARIANT, Verdict.DIFFER)
    gap = clock_gap(*one_clock(a, b))
    if gap == 0:
        return Judgement(verdict=Verdict.AGREE)
    if two_zones(a, b):
        # "3pm GMT" / "11am ET": one moment in two zones, or not; can't tell offline.
        return _differ(a, b, "time", Conflict.TIME, Severity.VARIANT, Verdict.DIFFER)
    if gap <= CLOSE_MINUTES:
        return _differ(a, b, "time", Conflict.TIME, Severity.INFO, Verdict.APPROXIMATE)
    return _differ(a, b, "time", Conflict.TIME, Severity.CONFLICT, Verdict.DIFFER)


# Zones by their abbreviations ("GMT", "PST", "ET"), as the zone readers below share them.
_ZONE_ABBREVIATIONS = r"GMT|UTC|[A-Z][SD]T|BST|CES?T|ET|PT"
# A zone named in a time's words, for times read before zones were stored with them.
_ZONE_WORDS = re.compile(
    rf"\b(?:{_ZONE_ABBREVIATIONS}|(?:Eastern|Pacific|Central|Mountain|UK|British)\s+[Tt]ime"
    r"|(?:Eastern|Pacific|Central|Mountain)\s+(?:[Ss]tandard|[Dd]aylight)\s+[Tt]ime"
    r"|Greenwich\s+[Mm]ean\s+[Tt]ime"
    r"|local(?:\s+time)?)\b"
)


def zone_of(time: Time) -> str:
    """The time zone a clock time is told in, "" for none. "Local time" is no other
    zone than a time told without one: an article gives the place's own clock unless
    it says otherwise, so "3 p.m. local time" and "3 p.m." are one reading, while
    "GMT", "UTC" or "ET" stay zones of their own."""
    found = time.zone or (match.group() if (match := _ZONE_WORDS.search(time.text)) else "")
    zone = " ".join(found.lower().split())
    return "" if zone.startswith("local") else zone


def two_zones(a: Time, b: Time) -> bool:
    """Are the two times told in two named zones (perhaps one moment), not both
    read in UTC?"""
    zone_a, zone_b = zone_of(a), zone_of(b)
    return bool(zone_a and zone_b and zone_a != zone_b) and not in_utc(a, b)


def in_utc(a: Time, b: Time) -> bool:
    """Are the two told in two named zones that both read in UTC ("5:17 p.m.
    Eastern time" / "10.17pm UK time"), so one clock compares them?"""
    return bool(a.utc and b.utc and zone_of(a) != zone_of(b))


def one_clock(a: Time, b: Time) -> tuple[str, str]:
    """The two clock times on one clock: in UTC when told in two zones that both
    read in UTC (compare/extract/zones), else as told."""
    if in_utc(a, b):
        return a.utc or "", b.utc or ""
    return a.value or "", b.value or ""


# A zone other than the place's own right before a day ("0241 GMT Friday")
_ZONED_BEFORE = re.compile(rf"\b(?:{_ZONE_ABBREVIATIONS})\W{{0,2}}$")


def day_in_another_zone(claim: Claim) -> bool:
    """A day told right after a clock time in another zone: "died at 6:41pm PST
    (0241 GMT Friday)" is Thursday where it happened, so the day names no event day."""
    return bool(_ZONED_BEFORE.search(claim.sentence[: claim.start - claim.sentence_start]))


def _place_pair(a: Place, b: Place) -> Judgement:
    if same_place(a.name, b.name):
        return Judgement(verdict=Verdict.AGREE)
    return _differ(a, b, "place", Conflict.PLACE, Severity.VARIANT, Verdict.DIFFER)


def _same_words(a: Claim, b: Claim) -> bool:
    return head_words(a.text) == head_words(b.text)


def head_words(text: str) -> str:
    return " ".join(words(text))


def clock_gap(a: str, b: str) -> int:
    """Minutes between two clock times, either way round midnight."""
    gap = abs(minutes(a) - minutes(b))
    return min(gap, 24 * 60 - gap)


# "6 p.m.", "6pm", "noon": a clock time that says which half of the day it is
_MERIDIEM = re.compile(r"\b[ap]\.?\s?m\b|\d\s?[ap]m|\bnoon\b|\bmidnight\b", re.IGNORECASE)


def gap_as_told(a: Time, b: Time) -> int:
    """clock_gap of two times, the nearer reading when either leaves the half of the
    day unsaid ("at 6:41" may be the evening's 6:41pm)."""
    gap = clock_gap(*one_clock(a, b))
    if not (_MERIDIEM.search(a.text) and _MERIDIEM.search(b.text)):
        gap = min(gap, abs(gap - 12 * 60))
    return gap


def minutes(value: str) -> int:
    hours, _, mins = value.partition(":")
    return int(hours) * 60 + int(mins or 0)


def judge_dates(members: Sequence[Date], options: Options | None = None) -> Judgement:
    return _worst(members, _date_pair)


def judge_times(members: Sequence[Time], options: Options | None = None) -> Judgement:
    return _worst(members, _time_pair)


def judge_places(members: Sequence[Place], options: Options | None = None) -> Judgement:
    return _worst(members, _place_pair)


__all__ = ["event_pairs", "judge_dates", "judge_places", "judge_times", "same_event"]


def one_weekday(x: Claim, y: Claim) -> bool:
    """Both name one weekday: "on Saturday" in two articles a week apart resolves
    to two dates."""
    return bool(WEEKDAYS & set(words(x.text)) & set(words(y.text)))


def a_day(date: Claim) -> bool:
    """A date told to the day: resolved to one, or a weekday."""
    if isinstance(date, Date) and date.value:
        return len(date.value) == len("2026-05-09")
    return bool(WEEKDAYS & set(words(date.text)))
