"""Do the dates, clock times and places two aligned sentences state agree?

The statement judge's checks of when and where (compare.align.sentence_facts
runs them after the figures and tallies):

- date: both state a date and none of one fits any of the other ("June" holds
  "8 June"; two unresolved dates in the same words agree), of one predicate;
- time: both state a clock time and none lies within a quarter of an hour of
  the other's;
- place: both state a place and no name of one holds the other's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, TypeVar

from compare.align.day_parts import day_part_apart
from compare.align.fact_clash import FactClash, apart
from compare.align.frames import confident, other_weekdays, same_date, same_predicate
from compare.align.in_towns import in_town
from compare.align.lone_moment_clashes import lone_moments_apart
from compare.align.measures import event_words
from compare.align.model import Conflict, Severity
from compare.align.month_days import a_told_day, told_days_differ
from compare.align.place_names import named_in, places_fit
from compare.align.verb_kinds import kind_of, predicate_lemma, two_counts
from compare.align.weekday_days import calendar_fits
from compare.align.when_where import (
    a_bound,
    a_day,
    close_minutes,
    day_in_another_zone,
    gap_as_told,
    head_words,
    is_stamp,
    one_weekday,
    two_zones,
)
from compare.align.words import STOPWORDS, display_words, stem, words
from compare.extract.claims import Claim, Date, Place, Time

C = TypeVar("C", bound=Claim)

# Places: one may lie inside the other ("Jabaliya" / "Gaza"), which cannot be checked
# offline, so a place clash is shown as a variant, never hidden and never a conflict.
PLACE_SEVERITY = Severity.VARIANT
_FULL_DAY = len("2026-10-01")


def set_apart(claims_a: Sequence[Claim], claims_b: Sequence[Claim]) -> bool:
    """Do two sentences tell of another day or place, by the strict reading a pair
    with little else in common needs ("a magnitude of 6.1 ... in September" / "a
    magnitude of 5.6 ... on Sunday")? Both state one, and none of one is the other's
    (same resolved day, same words, or one place named two ways)."""
    dates_a, dates_b = _undated(claims_a, Date), _undated(claims_b, Date)
    if dates_a and dates_b and not any(_same_day(x, y) for x in dates_a for y in dates_b):
        return True
    places_a, places_b = claims_of(claims_a, Place), claims_of(claims_b, Place)
    return bool(places_a and places_b) and not any(
        places_fit(x, y) for x in places_a for y in places_b
    )


def _same_day(x: Claim, y: Claim) -> bool:
    assert isinstance(x, Date) and isinstance(y, Date)
    if x.value and y.value:
        return same_date(x.value, y.value)
    return head_words(x.text) == head_words(y.text)


def claims_of(claims: Sequence[Claim], kind: type[C]) -> list[C]:
    return [c for c in claims if isinstance(c, kind)]


def dates_clash(a: Sequence[Claim], b: Sequence[Claim]) -> FactClash | None:
    """Days of one predicate ("happened on Sunday" / "happened on Monday"): a
    sentence's days often belong to other events ("were coping on Saturday with
    the death of their boss, gunned down on Friday")."""
    dates_a = claims_of(_undated(a, Date), Date)
    dates_b = claims_of(_undated(b, Date), Date)
    pairs = _of_one_event(dates_a, dates_b)
    if not pairs:
        days_a = [x for x in dates_a if a_day(x) or a_told_day(x)]
        days_b = [y for y in dates_b if a_day(y) or a_told_day(y)]
        found = apart(Conflict.DATE, (days_a, dates_a), (days_b, dates_b), _days_fit)
        found = lone_moments_apart(found, days_a, days_b, a, b)
        return found or _one_day_left_apart(days_a, dates_a, days_b, dates_b)
    if any(_dates_fit(x, y) or calendar_fits(x, y) for x, y in pairs):
        # one day told alike does not vouch for another of one event told apart
        # ("signed on 1 October, made public on Friday" / "signed on 29 September,
        # handed out on Friday"): a day, to the day, that fits none of the other's
        # (one weekday named on both sides fits, however each was resolved)
        left = [
            (x, y)
            for x, y in pairs
            if _full_day(x)
            and _full_day(y)
            and not any(_days_fit(x, z) for z in dates_b)
            and not any(_days_fit(z, y) for z in dates_a)
        ]
        if not left:
            return None
        pairs = left
    x, y = pairs[0]
    if a_bound(x) != a_bound(y):
        # "remained closed on Tuesday" / "will stay closed until February 12": a day
        # the state held on against the bound it holds to, no one day told two
        # ways; nor checked to agree ("until Friday" / "reopened on Thursday")
        return FactClash(Conflict.DATE, x.text, y.text, Severity.VARIANT, unpaired=True)
    if _other_end_fits(x, dates_a, y) or _other_end_fits(y, dates_b, x):
        # "between Tuesday evening and Wednesday afternoon" / "from the evening of
        # November 24", a Tuesday: the other's day is the span's other end
        return None
    return FactClash(Conflict.DATE, x.text, y.text, Severity.VARIANT)


def _other_end_fits(end: Claim, own: Sequence[Claim], other: Claim) -> bool:
    """Is `end` one end of a span of its sentence ("between Tuesday and Wednesday")
    whose other end fits the other sentence's day?"""
    return any(
        isinstance(z, Date)
        and isinstance(other, Date)
        and (_spanned(z, end) or _spanned(end, z))
        and _days_fit(z, other)
        for z in own
    )


def _full_day(claim: Claim) -> bool:
    return isinstance(claim, Date) and len(claim.value or "") == _FULL_DAY


def _one_day_left_apart(
    days_a: Sequence[Date],
    dates_a: Sequence[Claim],
    days_b: Sequence[Date],
    dates_b: Sequence[Claim],
) -> FactClash | None:
    """Two sentences that each tell as many days, all resolved to the day, of which
    one on each side is left without a fitting day on the other ("signed on 1
    October and made public on Friday" / "dated 30 September, released on Friday"):
    the day they share does not vouch for the other, so no agreement either."""
    if len(days_a) != len(days_b) or len(days_a) < 2:
        return None
    if len(days_a) < len(dates_a) or len(days_b) < len(dates_b):
        return None  # a day not compared ("last week", a year)
    if not all(_full_day(d) for d in (*days_a, *days_b)):
        return None
    left_a = [x for x in days_a if not any(_days_fit(x, y) for y in days_b)]
    left_b = [y for y in days_b if not any(_days_fit(x, y) for x in days_a)]
    if len(left_a) != 1 or len(left_b) != 1:
        return None
    return FactClash(Conflict.DATE, left_a[0].text, left_b[0].text, Severity.VARIANT, unpaired=True)


def _days_fit(x: Date, y: Date) -> bool:
    # "until Friday" / "until 27 November", a Friday: weekday_days.calendar_fits
    return _dates_fit(x, y) or one_weekday(x, y) or calendar_fits(x, y)


def _of_one_event(a: Sequence[Claim], b: Sequence[Claim]) -> list[tuple[Any, Any]]:
    return [(x, y) for x in a for y in b if one_predicate(x, y) or _one_noun(x, y)]


def _undated(claims: Sequence[Claim], kind: type[Claim]) -> list[Claim]:
    """The dates (or times) of a kind, without a page's time stamps, which date the
    page, not the event (when_where.is_stamp)."""
    return [
        c
        for c in claims_of(claims, kind)
        if not is_stamp(c) and not (kind is Date and day_in_another_zone(c))
    ]


def _dates_fit(x: Date, y: Date) -> bool:
    if x.value and y.value:
        return same_date(x.value, y.value)
    if head_words(x.text) == head_words(y.text):
        return True
    if told_days_differ(x, y):
        return False  # "on Sept. 29" / "on Oct. 1", whatever the year
    # Unresolved ("last week" / "on Tuesday"): only two different weekdays are known
    # to clash; anything else is left unjudged rather than reported.
    return not other_weekdays(x.text, y.text)


def times_clash(a: Sequence[Claim], b: Sequence[Claim]) -> FactClash | None:
    # "extinguished by 7 a.m." bounds the moment ("by 6:40 a.m." fits it): not compared;
    # "shut from noon", with no other end, is the moment the closure began
    timed_a = [t for t in _undated(a, Time) if isinstance(t, Time) and t.value and _moment(t, a)]
    timed_b = [t for t in _undated(b, Time) if isinstance(t, Time) and t.value and _moment(t, b)]
    pairs = _of_one_event(timed_a, timed_b)
    if not pairs:
        # a bound both give alike ("until 5am") is no time left unknown
        every_a = [t for t in _undated(a, Time) if not _bound_alike(t, b)]
        every_b = [t for t in _undated(b, Time) if not _bound_alike(t, a)]
        found = apart(Conflict.TIME, (timed_a, every_a), (timed_b, every_b), _times_fit)
        return found or _day_parts_clash(timed_a, timed_b, a, b)
    if any(_times_fit(x, y) for x, y in pairs):
        return None
    x, y = pairs[0]
    return FactClash(Conflict.TIME, x.text, y.text, Severity.VARIANT)


def _day_parts_clash(
    timed_a: Sequence[Time], timed_b: Sequence[Time], a: Sequence[Claim], b: Sequence[Claim]
) -> FactClash | None:
    """A clock time on one side outside the part of the day the other names
    ("at 9pm" / "in the early hours"; day_parts.py)."""
    if a and b:
        part = day_part_apart(timed_a, b, b[0].sentence)
        if part is not None:
            return FactClash(Conflict.TIME, timed_a[0].text, part, Severity.VARIANT)
        part = day_part_apart(timed_b, a, a[0].sentence)
        if part is not None:
            return FactClash(Conflict.TIME, part, timed_b[0].text, Severity.VARIANT)
    return None


# What joins a span's start to its end ("from 7am to 7pm", "from noon until 6pm")
_SPAN_END = re.compile(r"\s*(?:to|until|till|through|and|-|\u2013)\s*$", re.IGNORECASE)


def _moment(time: Claim, claims: Sequence[Claim]) -> bool:
    """Does the time date a moment: not a bound ("by 7 a.m.", "until noon"), nor
    either end of a span ("from 7am to 7pm"), but a start told with "from" that no
    other end of its sentence follows ("shut from noon"), the moment a state began,
    as "closed at noon" tells it?"""
    if any(_spanned(other, time) for other in claims if isinstance(other, Time)):
        return False  # "to 7pm" after "from 7am": the span's end
    if not a_bound(time):
        return True
    if words(time.text)[:1] != ["from"]:
        return False
    return not any(_spanned(time, other) for other in claims if isinstance(other, Time))


def _spanned(start: Claim, end: Claim) -> bool:
    """Is `end` the other end of a span `start` opens ("from 7am to 7pm")?"""
    if end.start < start.end or end.source != start.source:
        return False
    gap = start.sentence[start.end - start.sentence_start : end.start - start.sentence_start]
    return _SPAN_END.fullmatch(gap) is not None


def _bound_alike(time: Claim, other_claims: Sequence[Claim]) -> bool:
    """Is the time a bound the other sentence gives alike ("until 5am" in both)?"""
    if not isinstance(time, Time) or not a_bound(time) or time.value is None:
        return False
    said = words(time.text)[:1]
    return any(
        isinstance(other, Time)
        and other.value == time.value
        and a_bound(other)
        and words(other.text)[:1] == said
        for other in other_claims
    )


def _times_fit(x: Time, y: Time) -> bool:
    assert x.value is not None and y.value is not None
    if two_zones(x, y):
        return True  # one moment in two zones, perhaps
    return gap_as_told(x, y) <= close_minutes(x, y)


def places_clash(a: Sequence[Claim], b: Sequence[Claim]) -> FactClash | None:
    # A sentence names places of several things ("beat them at home to climb in the
    # league table"): only places of one predicate, or of one noun ("a rally at X" /
    # "a rally outside Y"), are compared. "in" is left out: "in Athens" lies in
    # "in Greece", which no offline list here can tell.
    pa = [p for p in claims_of(a, Place) if not _inside_region(p)]
    pb = [p for p in claims_of(b, Place) if not _inside_region(p)]
    # Two towns "in" which one deed was done, no region, are compared with one
    # another only (in_towns.in_town): "in Mullingar" may lie "across Westmeath".
    towns_a = [p for p in claims_of(a, Place) if in_town(p)]
    towns_b = [p for p in claims_of(b, Place) if in_town(p)]
    pairs = _of_one_event(pa, pb) + _of_one_event(towns_a, towns_b)
    if not pairs:  # only other places, of predicates not read as one: as for days
        every_a, every_b = claims_of(a, Place), claims_of(b, Place)
        return apart(Conflict.PLACE, (every_a, every_a), (every_b, every_b), _place_told)
    if any(places_fit(x, y) for x, y in pairs):
        return None
    # The other sentence names the place too ("at 97th Avenue and 117th Street"): that
    # pair is told alike, and only the pairs left may clash ("a man from Toledo
    # collapsed on Lakeshore Drive" / "a Toledo man collapsed on Grand Avenue").
    pairs = [(x, y) for x, y in pairs if not (named_in(x, y.sentence) or named_in(y, x.sentence))]
    if not pairs:
        return None
    x, y = pairs[0]
    return FactClash(Conflict.PLACE, x.text, y.text, PLACE_SEVERITY)


def _place_told(x: Any, y: Any) -> bool:
    return places_fit(x, y) or named_in(x, y.sentence) or named_in(y, x.sentence)


def _inside_region(place: Claim) -> bool:
    shown = words(place.text)
    return not shown or shown[0] == "in"


def _one_noun(x: Claim, y: Claim) -> bool:
    wx, wy = _word_before(x), _word_before(y)
    return bool(wx) and wx == wy


def _word_before(claim: Claim) -> str:
    """The stem of the common noun or verb just before the claim ("a rally at"); a
    name there ("the Gulf of Aden on Thursday") is the end of another phrase."""
    before = display_words(claim.sentence[: claim.start - claim.sentence_start])
    content = [w for w in before if w.lower() not in STOPWORDS and w.isalpha()]
    if not content or content[-1][:1].isupper():
        return ""
    return stem(content[-1].lower())


def one_predicate(x: Claim, y: Claim) -> bool:
    """The claims' clauses name one event: the same confident predicate, one a kind of
    the other, or a light verb whose object names it ("the vote was taken" / "voted")."""
    fx, fy = x.frame, y.frame
    if fx is None or fy is None or not fx.lemma or not fy.lemma:
        return False
    if two_counts(x, y):
        return False
    if confident(fx.lemma) and same_predicate(fx.lemma, fy.lemma):
        return True
    # "has burned 8,500 acres" / "had scorched 5,800 acres"
    if kind_of(predicate_lemma(x) or "", predicate_lemma(y) or ""):
        return True
    return bool(event_words(fx) & event_words(fy))
