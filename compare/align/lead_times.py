"""The clock time each article's lead gives its story: one moment, two hours.

A news report tells the hour of its story's happening early, and tells it first:
the inverted pyramid puts the news, and when it happened, at the top ("The gate
of the dam buckled at about 4.10am" / "The old gate at the dam gave way shortly
after 7am"). Two outlets seldom tell that happening with one verb, and a longer
report gives other hours later on (when help came, when the road reopened), so
neither the matchers that tie a time to its event's words nor sole_times (each
article's only clock time) meet the two.

Here the first clock time of an event each article tells, when it stands in the
article's lead (its first LEAD_SENTENCES sentences with claims, the headline among
them) and nothing else paired it, meets the other article's, as lead_days does for
days. A time that dates a saying ("police said at 9 p.m.") or a report told
right after its verb, a bound ("by 7 a.m.", "until 6pm", "from 7am"), a time in a
quotation, a dateline or a page stamp is no happening's, and is not read as the
lead's. Only values the time judge reads as two are proposed (not one hour told
loosely, not two zones that cannot be read on one clock), and what tells two
moments of one story apart by the shape of the sentences parts them:
- a negation on one side only ("did not open until 9am" / "opened at 7am");
- a plan, schedule or expectation against a deed ("had been due to start at
  11am" / "began at 11.45am"), a usual schedule on one side only, a state going on
  against an act;
- the two ends of one happening: a setting out against a coming in, a beginning
  or an opening against an end or a closing ("Voters began to cast their ballots
  at 8am" / "Booths closed at 6pm"), verbs the opposites table reads as opposite;
- a page's stamp, a clock time right after "@" or a year ("9/10/2010 @ 1:19PM"),
  is no happening's time.

As for each article's only time (sole_times), the two sentences must be tied and
nothing of one event may part them (`tied`): a content word in common, a WordNet
synonym or a derivation, besides the doers' words ("Police arrested the driver" /
"Police gave more details" tell two acts); not another occurrence ("The first
blast" / "A second blast", "An earlier blast"), not another doer, thing or owner of
one event word ("Smith was arrested" / "Jones was arrested"), not two kinds of one
act ("was stabbed" / "was shot"). Two leads' first hours with nothing in common
("The blast happened at 7.15am" / "Police closed the road at 9.40am") may tell two
acts and are left apart.

Days are read the same way (`lead_first_day_pairs`, the first full day of a
happening in each article's first LEAD_DAY_SENTENCES sentences), with same_days'
guards and two more: a day told as an edge or a standing ("from April 1", "as of
Tuesday") is no happening's, and two days more than MAX_DAYS_APART apart tell two
happenings (the crime and the trial). lead_days meets the leads whose first
sentence days share a word; this meets the first day of each lead further down.

A CrossKindSpec with `differs`: it runs after every other time matcher, on claims
nothing paired, and is shown only when the time judge finds the two differ; it
never makes an agreement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from compare.align.closest_day_clashes import (
    USUAL_SCHEDULE,
    _own_verbs,
    agree_loosely,
    dates_report,
    one_precision,
    two_ends,
)
from compare.align.event_times import decided, event_parted, occurrences, ongoing, planned
from compare.align.lead_days import _told_alike, dates_happening, firsts_in_leads, words_before
from compare.align.one_deeds import one_deed, other_occurrence
from compare.align.opposites import are_opposites
from compare.align.same_days import dateless_content, parted, tie
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_times import journey_ends, sister_acts
from compare.align.time_nouns import own_event
from compare.extract.claims import Claim, Date, Time
from compare.extract.not_until import until_moment

LEAD_SENTENCES = 6  # the headline and the lead's first five sentences
SCORE = 0.25  # under sole_times' pairs: each article's only time, tied by words, first
# A page's stamp: a clock time right after "@" or a year ("9/10/2010 @ 1:19PM")
_STAMPED = re.compile(r"(?:@|\b\d{4})\s*$")
# Verbs of opening and of closing a stretch of activity (general English): "Voters
# began to cast their ballots at 8am" / "Booths closed at 6pm" are its two ends.
_OPENING = frozenset("begin start commence open".split())
_CLOSING = frozenset("end finish conclude close".split())


def lead_time_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of clock times among `claims` (those nothing paired), each
    the first time of an event its article tells, in its lead, with values the judge
    reads as two, that nothing parts."""
    told, free = firsts_in_leads(
        claims,
        sentences,
        LEAD_SENTENCES,
        lambda c: isinstance(c, Time) and lead_event_time(c, sentences),
    )
    every = sentences.claims() or list(claims)
    return _lead_pairs(
        told, free, sentences, lambda a, b: not decided(a, b) or agree_loosely(a, b), every
    )


def lead_event_time(time: Time, sentences: SentenceClaims) -> bool:
    """Does the time date a happening: not a saying's, not a bound, not in a
    quotation, a dateline or a page stamp?"""
    if not dates_happening(time, sentences) or dates_report(time):
        return False
    return _STAMPED.search(words_before(time)) is None


def moments_apart(a: Claim, b: Claim, deed: bool = False) -> bool:
    """What the shape of the two sentences tells of two moments (see the module's
    docstring). Of two clauses told as one deed (`deed`, one_deeds.py), "first" on
    one side only and "later than expected" tell no other occurrence
    (`other_occurrence`); of others ("The first passengers boarded the ferry" /
    "Crews began loading cars onto the ferry") any occurrence word parts them."""
    fa, fb = a.frame, b.frame
    if fa is not None and fb is not None and fa.negated != fb.negated:
        return True
    occurred_apart = other_occurrence(a, b) if deed else occurrences(a, b) != occurrences(b, a)
    if occurred_apart:
        return True  # "The first blast" / "A second blast"; "An earlier blast"
    if planned(a) != planned(b) or ongoing(a) != ongoing(b):
        return True
    if bool(USUAL_SCHEDULE.search(a.sentence)) != bool(USUAL_SCHEDULE.search(b.sentence)):
        return True
    if two_ends(a, b):
        return True
    if isinstance(a, Time) and isinstance(b, Time) and journey_ends(a, b):
        return True
    va, vb = _own_verbs(a), _own_verbs(b)
    if (va & _OPENING and vb & _CLOSING) or (va & _CLOSING and vb & _OPENING):
        return True
    return any(are_opposites(x, y) for x in va for y in vb)


# A day told as the edge of a stretch or a standing ("from April 1", "as of
# Tuesday afternoon"): no happening's day
_BOUND_DAY = re.compile(r"(?:by|until|till|before|after|since|from|as\s+of)\b", re.IGNORECASE)
# "as of Tuesday", the extractor's claim perhaps opening on the "of"
_AS_OF = re.compile(r"\bas\s+(?:of\s*)?$", re.IGNORECASE)
LEAD_DAY_SENTENCES = 5  # the headline and the lead's first four sentences
# Two leads' days further apart than a week tell two happenings (the crime and the
# trial, a ruling and the appeal), seldom one happening dated twice
MAX_DAYS_APART = 7


def lead_first_day_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of days among `claims` (those nothing paired), each the
    first day of a happening its article tells, in its lead, with values the judge
    reads as two, that nothing parts: lead_times' reading for days, which meets the
    two leads lead_days leaves unpaired for want of a word in common."""
    told, free = firsts_in_leads(
        claims,
        sentences,
        LEAD_DAY_SENTENCES,
        lambda c: isinstance(c, Date) and lead_event_day(c, sentences),
    )
    every = sentences.claims() or list(claims)
    return _lead_pairs(told, free, sentences, lambda a, b: lead_days_apart(a, b, sentences), every)


def lead_days_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """What keeps two leads' first days from being compared: not two days of one
    precision the judge reads as two, more than a week apart, or same_days' parting.
    Occurrence words are left to `moments_apart`, which every caller reads after
    this: of one deed, "first" on one side only tells no other occurrence, for days
    as for times."""
    if not isinstance(a, Date) or not isinstance(b, Date):
        return True
    if not one_precision(a, b) or not decided(a, b) or not within_a_week(a, b):
        return True
    return parted(a, b, sentences, occurrence=False)


def _lead_pairs(
    told: Sequence[Claim],
    free: dict[int, int],
    sentences: SentenceClaims,
    apart: Callable[[Claim, Claim], bool],
    every: Sequence[Claim],
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of the leads' firsts `told` (of two articles) that `apart`
    does not keep apart, nor the shape of their sentences (`moments_apart`), and
    whose sentences are `tied` or tell `one_deed` (among `every` claim of the two
    articles); i and j index `claims` through `free`."""
    pairs = []
    for x, a in enumerate(told):
        for b in told[x + 1 :]:
            if apart(a, b):
                continue  # before one_deed, which reads WordNet and every claim
            deed = one_deed(a, b, every)
            if moments_apart(a, b, deed):
                continue
            if not (deed or tied(a, b, sentences)):
                continue
            i, j = sorted((free[id(a)], free[id(b)]))
            pairs.append((SCORE, i, j))
    return pairs


def lead_event_day(day: Date, sentences: SentenceClaims) -> bool:
    """Does the day date a happening: not a saying's, not a bound or a standing
    ("from April 1", "as of Tuesday"), not in a quotation, a dateline or a stamp?"""
    if not dates_happening(day, sentences) or dates_report(day):
        return False
    as_of = _AS_OF.search(words_before(day))
    if as_of and ("of" in as_of.group().lower() or day.text.lower().startswith("of ")):
        return False
    if _BOUND_DAY.match(day.text) is None:
        return True
    return until_moment(day)


def within_a_week(a: Date, b: Date) -> bool:
    """Are the two days (or months, each from its first day) at most MAX_DAYS_APART
    days apart?"""
    try:
        first, second = (dt.date.fromisoformat(_full(d.value or "")) for d in (a, b))
    except ValueError:
        return False
    return abs((first - second).days) <= MAX_DAYS_APART


def _full(value: str) -> str:
    return value if len(value) > len("2026-11") else value + "-01"


def tied(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Are the two sentences tied (same_days' tie and lead_days' words besides the
    doers'), with nothing of one event parting them (see the module's docstring)?"""
    if tie(dateless_content(a, sentences), dateless_content(b, sentences), True) is None:
        return False
    if not _told_alike(a, b):
        return False  # "Police arrested the driver" / "Police gave more details"
    own_a, own_b = own_event(a), own_event(b)
    if event_parted(own_a, own_b):
        return False  # another doer, thing or owner of one event word
    # "was stabbed" / "was shot": two kinds of one act
    return not (isinstance(own_a, Time) and isinstance(own_b, Time) and sister_acts(own_a, own_b))
