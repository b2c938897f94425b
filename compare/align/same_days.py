"""One day (or clock time), given in both articles and left unpaired: one fact.

Outlets date one event in their own words: "The trustees met on Thursday night" /
"at a late session on March 13", "yesterday" / "on Thursday". The date matchers
(when_where, event_times) pair two dates only when their frames or event words
name one event, so such pairs stay unique although the day itself, resolved from
the publication date, is the evidence (the sibling of same_figures, for figures).

A day is weaker evidence than a telling figure: most of a story happens on one or
two days. This matcher pairs two dates of different articles, left unpaired by
every other matcher, that resolve to one full day (or to one month, when neither
says more), or two clock times of one minute, when each article tells that full
day (or minute) in one sentence only, its one telling of it in each article being
the evidence, whatever words the two sentences use ("The meeting, on Tuesday
evening, ran past midnight" / "On March 10, the council voted"; `lone_day_pairs`,
run after the clash matchers so that it takes no day a clash reports); otherwise only
when their sentences are tied: a month told once in each article needs a shared
content word, a WordNet synonym or a derivational link ("sold" / "sale"), and a
value told in several sentences at least WORDS_ALONE content words in common (the
dates' and times' own words and calendar words aside). Read on the contradiction
read sets: a month told once in each article with nothing in common ("the harvest
ended in March" / "the buyer spent a week in March") was mostly two facts, and one
shared word beside a day told twice was mostly two ("appealed for blood donors
across the city on Sunday" / "gathered outside the city mortuary on Sunday"). A
full day told once in each article with nothing in common was one fact in 17 of
the 24 such pairs of the read sets (stop 53; two facts: "who visited the site on
Monday" / "It happened on Monday evening", "will hold a meeting on Thursday" /
"More rain is forecast for Thursday"); on the validation sets it found two more
planted agreements and nothing else, on ECB+ no new agreement.

What parts two facts of one day parts the pair: a negation on one side; a saying
on one side ("officials said on Tuesday" dates the saying, not the deed; a passive
"was announced" names the thing announced); a plan against a deed, a state going
on, another occurrence ("the first", "again"), as for event_times; a bound ("by
Friday", "until Monday"), a page's stamp or a dateline; for two times, sentences
that give two other days; for two days, sentences that give two other clock times
("issued at 4 p.m. Thursday" / "signed at 9 a.m. Thursday": the day agrees, but
showing it agree beside a conflict of hours would mislead). It runs after every
kind's own matchers (a CrossKindSpec), and a pair is shown only when the date
(time) judge agrees: it never makes a discrepancy.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

from compare.align.blocking import cross_source_pairs
from compare.align.derivations import families
from compare.align.event_times import is_datable, occurrences, ongoing, planned
from compare.align.frames import WEEKDAYS
from compare.align.model import Judgement, Verdict
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.synonyms import are_synonyms
from compare.align.when_where import (
    HEDGED_MINUTES,
    gap_as_told,
    judge_dates,
    judge_times,
    two_zones,
)
from compare.align.words import STOPWORDS, stem, words
from compare.extract.claims import Claim, Date, Time
from compare.extract.not_until import until_moment
from compare.extract.number_filters import MONTHS
from compare.extract.wordlists import REPORTING

SCORE = 0.45  # the pairs with more words in common take a day first
WORDS_ALONE = 2  # content words in common that tie two sentences of a day told twice
FULL_DAY = len("2026-11-19")
_MONTH = len("2026-11")
# words of the calendar tie nothing: every sentence dated that day has them
_CALENDAR = (
    WEEKDAYS
    | frozenset(MONTHS)
    | frozenset(
        "day night morning evening afternoon noon midnight today tonight yesterday week".split()
    )
)
# a deadline or a limit ("by Friday", "until Monday"); "since" and "from" date a start
_BOUNDS = frozenset("by before after until till".split())
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?\w+ed\b")


def same_day_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of dates (or times) of one value among `claims` (those nothing paired
    yet) whose sentences are tied, counting every date `sentences` holds."""
    return [
        _scored(i, j, wa, wb)
        for i, j, _, _, tied, wa, wb in _one_value_pairs(claims, sentences)
        if tied
    ]


def lone_day_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of one full day (or clock time) told in one sentence of each article,
    whatever words the sentences use, among the dates nothing paired, after the
    clash matchers: a day another article's day clashes with is reported, not
    taken for an agreement ("The animals were found on Saturday 13 March" / "The
    seizure was made on Thursday, March 11" beside "arrived on Thursday")."""
    return [
        _scored(i, j, wa, wb)
        for i, j, key, once, tied, wa, wb in _one_value_pairs(claims, sentences)
        if once and _full_day(key) and not tied
    ]


def _one_value_pairs(
    claims: Sequence[Claim], sentences: SentenceClaims
) -> Iterator[tuple[int, int, str, bool, bool, set[str], set[str]]]:
    """(i, j, value key, each article tells the value in one sentence only, the
    sentences tied, each sentence's words but its dates) of every two claims of
    two articles that tell one day or time dating an event and that the judge
    would take alike."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(claims)
    # the sentences of each article that give a value, paired already or not
    told: dict[tuple[str, str], set[int]] = defaultdict(set)
    for claim in every:
        key = day_key(claim)
        if key is not None:
            told[(claim.source, key)].add(claim.sentence_start)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        key = day_key(claim)
        if key is not None and dates_an_event(claim):
            postings[key].append(i)
    for key, members in postings.items():
        for i, j in cross_source_pairs((members,), lambda k: claims[k].source):
            a, b = claims[i], claims[j]
            if type(a) is not type(b) or parted(a, b, sentences) or not judged_alike(a, b):
                continue
            once = len(told[(a.source, key)]) == 1 and len(told[(b.source, key)]) == 1
            wa, wb = dateless_content(a, sentences), dateless_content(b, sentences)
            yield i, j, key, once, tie(wa, wb, once) is not None, wa, wb


def _scored(i: int, j: int, wa: set[str], wb: set[str]) -> tuple[float, int, int]:
    """The pair's score: the more content words its sentences share, the sooner it
    takes its day."""
    sa, sb = content_stems(wa), content_stems(wb)
    return (SCORE + 0.1 * len(sa & sb) / max(1, len(sa | sb)), i, j)


def _full_day(key: str) -> bool:
    """Is the key a full day ("d:2026-11-19") or a clock time, not a month?"""
    return key.startswith("t:") or len(key) == len("d:") + FULL_DAY


def day_key(claim: Claim) -> str | None:
    """What two claims must share to be one day or time: a full day or a month
    (never a bare year), or a clock time to the minute."""
    if isinstance(claim, Date) and claim.value:
        return "d:" + claim.value if len(claim.value) in (FULL_DAY, _MONTH) else None
    if isinstance(claim, Time) and claim.value:
        return "t:" + claim.value
    return None


def dates_an_event(claim: Claim) -> bool:
    """A day or time of an event: not a bound ("by Friday"), a stamp or a dateline."""
    at = claim.start - claim.sentence_start
    before = words(claim.sentence[max(0, at - 12) : at])
    said = words(claim.text)
    bound = (said and said[0] in _BOUNDS) or (before and before[-1] in _BOUNDS)
    if bound and not until_moment(claim):
        return False  # not "did not return until 16:00", the return's time (not_until.py)
    if isinstance(claim, Date) and _kind_of_day(words(claim.sentence[max(0, at - 24) : at])):
        return False
    if isinstance(claim, Date) and claim.value and len(claim.value) == _MONTH:
        return True
    return is_datable(claim)


def _kind_of_day(before: Sequence[str]) -> bool:
    """Is the day told after an indefinite or distributive word, alone or with a word
    of the ordinary ("on a normal Saturday", "every Monday", "on any given Sunday")?
    Such a day is a kind of day, what happens on it a habit ("about 8,000 people
    travel on the line on a normal Saturday"), never the day of the event; "in a
    statement Saturday" stays an event's day."""
    if before and before[-1] in _ANY_DAY:
        return True
    return len(before) >= 2 and before[-2] in _ANY_DAY and before[-1] in _ORDINARY


_ANY_DAY = frozenset("a an any every each".split())
_ORDINARY = frozenset("normal typical usual ordinary average given regular busy quiet".split())


def judged_alike(a: Claim, b: Claim) -> bool:
    """Does the date (time) judge find the two agree (no difference at all)?"""
    if isinstance(a, Date) and isinstance(b, Date):
        return judge_dates([a, b]).verdict == Verdict.AGREE
    if isinstance(a, Time) and isinstance(b, Time):
        return judge_times([a, b]).verdict == Verdict.AGREE
    return False


def parted(a: Claim, b: Claim, sentences: SentenceClaims, *, occurrence: bool = True) -> bool:
    """What tells two facts of one day (or hour) apart. Without `occurrence` the
    occurrence words are left to the caller, which may read them as one deed's
    (lead_times' `moments_apart`: "first" on one side only)."""
    fa, fb = a.frame, b.frame
    if fa is not None and fb is not None and fa.negated != fb.negated:
        return True
    if dates_a_saying(a) != dates_a_saying(b):
        return True  # "officials said on Tuesday" dates the saying, not the deed
    if ongoing(a) != ongoing(b) or planned(a) != planned(b):
        return True  # "was still burning" / "broke out"; "was due to open" / "opened"
    if isinstance(a, Time) and _apart(_days(a, sentences), _days(b, sentences)):
        return True  # "at 5am on Tuesday" / "at 5am on Monday"
    if isinstance(a, Date) and _other_hours(_clock(a, sentences), _clock(b, sentences)):
        return True  # "issued at 4 p.m. Thursday" / "signed at 9 a.m. Thursday"
    return occurrence and occurrences(a, b) != occurrences(b, a)  # "the first" / "a second"


def dates_a_saying(claim: Claim) -> bool:
    """Does the date or time date a saying ("officials said on Tuesday")? In the
    passive the thing said is the event ("The award was announced on Tuesday")."""
    frame = claim.frame
    if frame is None or (frame.lemma or "").lower() not in REPORTING:
        return False
    predicate = frame.predicate.text if frame.predicate is not None else ""
    return _PASSIVE.search(predicate) is None


def days_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Do both claims' sentences give full days, none in common ("on Saturday" /
    "on Sunday": two days' events)?"""
    return _apart(_days(a, sentences), _days(b, sentences))


def _apart(told_a: frozenset[str], told_b: frozenset[str]) -> bool:
    """Do both sentences give values, none in common?"""
    return bool(told_a and told_b and not told_a & told_b)


def _days(claim: Claim, sentences: SentenceClaims) -> frozenset[str]:
    """The full days the claim's sentence gives."""
    return frozenset(
        c.value
        for c in sentences.of(claim)
        if isinstance(c, Date) and c.value and len(c.value) == FULL_DAY
    )


def _clock(claim: Claim, sentences: SentenceClaims) -> list[Time]:
    """The clock times the claim's sentence gives."""
    return [c for c in sentences.of(claim) if isinstance(c, Time) and c.value]


def _other_hours(times_a: Sequence[Time], times_b: Sequence[Time]) -> bool:
    """Do both sentences give clock times of one zone, none within HEDGED_MINUTES
    of the other's (one time told loosely: "at 5:40 a.m." / "shortly before 6 a.m.")?"""
    return bool(times_a and times_b) and all(
        gap_as_told(x, y) > HEDGED_MINUTES and not two_zones(x, y) for x in times_a for y in times_b
    )


def tie(wa: set[str], wb: set[str], once: bool) -> str | None:
    """What ties two sentences, given their content words (`dateless_content`), if anything:
    several content words in common; for a day told once in each article, one, or
    a WordNet synonym or derivation."""
    shared = content_stems(wa) & content_stems(wb)
    if len(shared) >= WORDS_ALONE:
        return "words"
    if not once:
        return None
    if shared:
        return "word"
    if any(x != y and (are_synonyms(x, y) or families(x) & families(y)) for x in wa for y in wb):
        return "kin"  # "sold the boathouse" / "the sale of the boathouse"
    return None


def dateless_content(claim: Claim, sentences: SentenceClaims) -> set[str]:
    """The sentence's content words, lower case, outside its dates and times."""
    return content_outside(claim, sentences, (Date, Time))


def content_outside(
    claim: Claim, sentences: SentenceClaims, masked: tuple[type[Claim], ...]
) -> set[str]:
    """The sentence's content words, lower case, outside the claims of the masked
    kinds it holds (a day rule leaves out days, a place rule places too)."""
    text = claim.sentence
    for other in (*sentences.of(claim), claim):
        if isinstance(other, masked):
            at, end = other.start - other.sentence_start, other.end - other.sentence_start
            text = text[:at] + " " * (end - at) + text[end:]
    return {
        w
        for w in words(text)
        if w not in STOPWORDS and w not in _CALENDAR and len(w) > 2 and w.isalpha()
    }


def content_stems(content: set[str]) -> frozenset[str]:
    """The stems of content words, the form two sentences' words are compared in."""
    return frozenset(stem(w) for w in content)


def judge_days(members: Sequence[Claim], options: Options, sentences: SentenceClaims) -> Judgement:
    """The date (or time) judge, called as a judge across kinds is."""
    if all(isinstance(m, Time) for m in members):
        return judge_times([m for m in members if isinstance(m, Time)], options)
    return judge_dates([m for m in members if isinstance(m, Date)], options)
