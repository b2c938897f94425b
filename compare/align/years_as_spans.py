"""A year told as a year in one article and as a span of years from now in the other.

Outlets date a past or coming event either way: "The case was brought in 2019" /
"The complaint was first filed seven years ago", "built in 1998" / "the 28-year-old
ferry", "first title since 2015" / "the first winner in eleven years", "due for
delivery in 2029" / "three years from now". The
date matchers read only dates and the number matchers only figures, so the two stay
unique although the publication year turns one into the other.

This matcher pairs a bare year (a date claim "in/since 2019", no month) in one
article with a figure of years (unit "year", or an age) in the other when the
figure, counted back from the other article's publication year (or forward, when
the figure is told as time to come: "from now", "more years", a sentence of plans),
gives that year exactly. The arithmetic is the evidence, so each side must be its
article's only telling: the year dated in one sentence of its article, the span of
that many years in one sentence of the other, and neither article telling the other
form as well (the other article no date in that year, the first no span of that
length), the year's sentence dating nothing else and the span's no other year (unless the span
is told back from now in so many words: "nine years ago", "Varga, 67,", which no other
year of its sentence can be the start of).
A span may be told in decades or centuries ("three decades" is 30 years). A hedged
span is read up to the next step of its own figure, as English uses such hedges: "more
than six decades" is past 60 years and short of 70 (else the writer would have said
"seven decades"), "nearly four decades" 30 to 40 years, "about 130 years" 125 to 135,
the step being the place of the figure's last digit that is not nought (one decade, ten
years); the year must fall inside. Ranges and other hedges are left alone: their interval
fits too many years; so are spans that reach no year from now: a thing's length ("a
three-year deal"), a stretch up to now ("over the past three years"), a past stretch
("had saved for two years"), and an age beside a year that dates no beginning. A
stretch up to now does reach a year when the other side's year starts a stretch up to
now too ("since 2011" / "for the past 15 years": since_years). It
runs after every kind's own matchers (a CrossKindSpec) and is shown only as an
agreement: it never makes a discrepancy.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from compare.align.model import Judgement, Verdict
from compare.align.numbers import unit_key
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.extract.claims import Claim, Date, Number
from compare.ingest import HEADLINE

SCORE = 0.4
# The unit keys of a figure of years: "seven years ago", "a 68-year history" (year),
# "the 28-year-old ferry" (age).
SPAN_KEYS = frozenset({"year", "age"})
LONGEST = 200  # no span of more years is reckoned from a publication date
# How many years one of a figure's unit holds, by unit key: "seven years", "the
# 28-year-old" (age), "three decades", "two centuries".
_YEARS_IN = {"year": 1, "age": 1, "decad": 10, "century": 100}
_UNIT = r"(?:years?|decades?|centur(?:y|ies))"
# Hedges read up to the next step of the figure: over it, under it, or about it.
_OVER = frozenset({"more than", "over", "just over", "at least", "upwards of", "well over"})
_UNDER = frozenset({"nearly", "almost", "close to", "just under", "under", "less than"})
_ABOUT = frozenset({"about", "around", "some", "roughly", "approximately", "circa"})
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# Right after the figure: the span is counted back from now ("seven years ago",
# "28-year-old") ...
_BACK = re.compile(rf"^[\s-]*(?:{_UNIT})?[\s-]*(?:ago|old)\b", re.IGNORECASE)
# ... or forward ("three years from now", "four more years", "in five years' time").
_FORWARD_AFTER = re.compile(
    rf"^[\s-]*(?:more\s+)?{_UNIT}(?:['’]?\s+time|\s+from\s+now|\s+hence)\b", re.IGNORECASE
)
# "three years after that", "two years later", "a year before then": the span is
# counted from a moment told earlier in the story, not from the day of writing ("forty
# years after it was founded" still runs up to the story's own day).
_FROM_ELSEWHERE = re.compile(
    rf"^[\s-]*{_UNIT}\s+(?:later|earlier|(?:after|before|since)\s+(?:that|this|then|which))\b",
    re.IGNORECASE,
)
_MORE_BEFORE = re.compile(r"\b(?:more|another|further)\s*$", re.IGNORECASE)
# A sentence of time to come: a modal or a verb of intent.
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|’ll|(?:due|expected|scheduled|planned|set)\s+(?:to|for)"
    r"|plans?\s+to|(?:hopes?|aims?|intends?)\s+to)\b",
    re.IGNORECASE,
)
# "a three-year deal", "a five-year plan": the figure measures a thing, not the time
# since something ("-year-old" is read above as an age).
_COMPOUND = re.compile(rf"^\s*-\s*{_UNIT}\s*-?\s*(?!old\b)[a-z]", re.IGNORECASE)
_SPELT_COMPOUND = re.compile(rf"-\s*{_UNIT}\s*$", re.IGNORECASE)  # the figure's text "68-year"
# "over the past three years", "in the last five years": a stretch up to now, whose
# start is no event's year.
_WINDOW = re.compile(r"\b(?:past|last|previous|recent)\s+$", re.IGNORECASE)
# "for two years" reaches to now only in the present perfect ("has lived there for 31
# years"); "had saved for two years" ended at some other time.
_FOR = re.compile(r"\bfor\s+(?:the\s+(?:past|last)\s+)?$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|'s|’s|'ve|’ve)\b", re.IGNORECASE)
# The rest of the figure's clause: "For thirteen years the mill wheel has stood still"
# tells its perfect after the span.
_CLAUSE_REST = re.compile(r"^[^,;:.]*")
# "ended a twelve-year wait", "after an 11-year drought": a stretch told as a thing
# that reached the day of writing, so it counts back from now like "twelve years ago".
_ENDED_STRETCH = re.compile(
    r"^\s*(?:-\s*years?\s*-?\s*)?(?:long\s+)?(?:wait|drought|absence|hiatus)\b", re.IGNORECASE
)
_ENDING_BEFORE = re.compile(
    r"\b(?:end(?:s|ed|ing)?|after|snap(?:s|ped|ping)?|break(?:s|ing)?|broke)\s+(?:an?|the|its"
    r"|their|his|her)\s+$",
    re.IGNORECASE,
)
# "in its 68-year history": a history reaches the day of writing from a beginning.
_HISTORY = re.compile(r"^\s*(?:-\s*years?\s*-?\s*)?history\b", re.IGNORECASE)
_OWN_BEFORE = re.compile(r"\b(?:its|their|his|her)\s+$", re.IGNORECASE)
# An age counts from a beginning: the year beside it must date one ("built in 1998" /
# "the 28-year-old ferry"), not any event ("rules tightened in 2022" / "the
# five-year-old"). The verbs of coming into being, as news tells them.
_BEGUN = re.compile(
    r"\b(?:built|constructed|founded|established|opened|born|launched|created|formed"
    r"|erected|completed|set\s+up|started|delivered|commissioned|inaugurated|adopted"
    r"|enacted|introduced|began|begun|(?:was|were)\s+first\s+[a-z]+)\b",
    re.IGNORECASE,
)
# "since 2011": the year starts a stretch that runs up to the day of writing
_SINCE = re.compile(r"^since\b", re.IGNORECASE)


def year_span_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of a bare year and a figure of years, of two articles, among `claims`
    (those nothing paired yet), that the other article's publication year makes one."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(claims)
    years_told: dict[tuple[str, str], set[int]] = defaultdict(set)  # (source, year)
    # (source, the span's bounds in years) -> sentences
    spans_told: dict[tuple[str, tuple[float, float]], set[int]] = defaultdict(set)
    dated: dict[tuple[str, int], int] = defaultdict(int)  # dates per sentence
    year_dated: dict[tuple[str, int], int] = defaultdict(int)  # bare years per sentence
    for claim in every:
        if claim.block == HEADLINE:
            continue  # a headline repeats its body's news: no second telling
        if isinstance(claim, Date) and not _of_the_news_year(claim, sentences.published):
            dated[(claim.source, claim.sentence_start)] += 1
            year_dated[(claim.source, claim.sentence_start)] += bare_year(claim)
        if isinstance(claim, Date) and claim.value:
            years_told[(claim.source, claim.value[:4])].add(claim.sentence_start)
        elif isinstance(claim, Number) and (years := span_years(claim)) is not None:
            spans_told[(claim.source, years)].add(claim.sentence_start)
    pairs = []
    for i, a in enumerate(claims):
        if not (isinstance(a, Date) and bare_year(a)) or a.value is None or a.block == HEADLINE:
            continue
        if len(years_told[(a.source, a.value)]) != 1:
            continue  # the year dated in two sentences: which one the span tells is unsure
        if dated[(a.source, a.sentence_start)] != 1:
            continue  # a sentence of two dates tells of two moments ("from 2021 to 2025")
        for j, b in enumerate(claims):
            if not isinstance(b, Number) or b.source == a.source or b.block == HEADLINE:
                continue
            if year_dated[(b.source, b.sentence_start)] and not _counted_from_now(b):
                continue  # a span beside a year may count from it ("joined in 2022, two years")
            if _from_a_beginning(b) and _BEGUN.search(a.sentence) is None:
                continue  # an age counts from a beginning, and the year dates none
            years = span_years(b)
            reckoned = reckoned_years(b, sentences.published) or since_years(
                a, b, sentences.published
            )
            if years is None or reckoned is None or not reckoned[0] <= int(a.value) <= reckoned[1]:
                continue
            if len(spans_told[(b.source, years)]) != 1:
                continue
            if years_told.get((b.source, a.value)) or spans_told.get((a.source, years)):
                continue  # each article tells the other form too: those are the partners
            pairs.append((SCORE, i, j))
    return pairs


def _of_the_news_year(date: Date, published: Mapping[str, dt.date]) -> bool:
    """A date in its article's publication year (a dateline, "on Friday"): no span of
    whole years reaches it, so beside a bare year it tells no second moment a span
    could be counted from."""
    day = published.get(date.source)
    return day is not None and date.value is not None and date.value[:4] == str(day.year)


def _from_a_beginning(number: Number) -> bool:
    """An age ("the 28-year-old ferry") or a history ("its 68-year history"): a span
    from a thing's beginning."""
    after = number.sentence[number.end - number.sentence_start :]
    return unit_key(number) == "age" or _HISTORY.match(after) is not None


def bare_year(date: Date) -> bool:
    """A date told as a year alone ("in 2019", "since 1998")."""
    return date.value is not None and _YEAR.match(date.value) is not None


def span_years(number: Number) -> tuple[float, float] | None:
    """The figure's span as its least and most years: exact when told without a hedge
    ("seven years", "three decades"), up to the figure's next step when hedged ("more
    than six decades": 60 to 70); None for a range, another hedge, no span of years."""
    per = _YEARS_IN.get(unit_key(number))
    if per is None or number.pair is not None or number.form != "cardinal":
        return None  # "the first year" is no span
    value = number.value
    if value != int(value) or not 1 <= value * per <= LONGEST:
        return None
    hedge = (number.hedge or "").lower()
    if not hedge:
        if number.low != value or number.high != value:
            return None
        return (value * per, value * per)
    step = _step(int(value))
    if hedge in _OVER:
        low, high = value, value + step
    elif hedge in _UNDER:
        low, high = value - step, value
    elif hedge in _ABOUT:
        low, high = value - step / 2, value + step / 2
    else:
        return None
    return (max(low, 0) * per, high * per)


def _step(value: int) -> int:
    """The place of the figure's last digit that is not nought: 1 for 7 and 64, 10 for
    130, 100 for 200."""
    step = 1
    while value and value % (step * 10) == 0:
        step *= 10
    return step


def _counted_from_now(number: Number) -> bool:
    """A span told back from the day of writing in so many words: "nine years ago", "the
    28-year-old", "Varga, 67," (not "the then 28-year-old")."""
    after = number.sentence[number.end - number.sentence_start :]
    before = number.sentence[: number.start - number.sentence_start]
    if re.search(r"\bthen\s*$", before, re.IGNORECASE):
        return False
    return unit_key(number) == "age" or _BACK.match(after) is not None


def reckoned_years(number: Number, published: Mapping[str, dt.date]) -> tuple[int, int] | None:
    """The years a figure of years points at from its article's publication year, the
    earliest and the latest: back for a past span ("seven years ago", "the
    28-year-old", "more than six decades ago"), forward for time to come ("three years
    from now", "four more years", a sentence of plans)."""
    years = span_years(number)
    day = published.get(number.source)
    way = _way(number)
    if years is None or day is None or way is None:
        return None
    ends = (day.year + way * years[0], day.year + way * years[1])
    return (math.ceil(min(ends)), math.floor(max(ends)))


def since_years(
    date: Date, number: Number, published: Mapping[str, dt.date]
) -> tuple[int, int] | None:
    """A stretch up to now told both ways: "since 2011" / "for the past 15 years", "in
    post for seven years". A window ("over the past three years") or a "for" span
    reaches no year by itself, but beside a year that starts a stretch up to now it
    is that stretch told in years, counted back from the article's publication year.
    Not a stretch of time to come ("will run for eight years")."""
    years = span_years(number)
    day = published.get(number.source)
    if years is None or day is None or not _SINCE.match(date.text.strip()):
        return None
    at = number.end - number.sentence_start
    before = number.sentence[: number.start - number.sentence_start]
    if not (_WINDOW.search(before) or _FOR.search(before)) or _FUTURE.search(number.sentence):
        return None
    if _FROM_ELSEWHERE.match(number.sentence[at:]):
        return None
    return (math.ceil(day.year - years[1]), math.floor(day.year - years[0]))


def _way(number: Number) -> int | None:
    """Which way the span runs from the day of writing: -1 back, +1 forward, None when
    it reaches no year from now."""
    at = number.end - number.sentence_start
    after = number.sentence[at:]
    before = number.sentence[: number.start - number.sentence_start]
    if _FROM_ELSEWHERE.match(after):
        return None
    if unit_key(number) == "age" or _BACK.match(after):
        return -1
    if _ENDED_STRETCH.match(after) and _ENDING_BEFORE.search(before):
        return -1  # "ended a twelve-year wait": the wait ran up to now
    if _HISTORY.match(after) and _OWN_BEFORE.search(before):
        return -1  # "in its 68-year history"
    compound = _COMPOUND.match(after) or _SPELT_COMPOUND.search(number.text)
    if compound or _WINDOW.search(before):
        return None  # "a three-year deal" lasts, "over the past 3 years" is no year
    if _FOR.search(before):
        rest = _CLAUSE_REST.match(after)
        if _PERFECT.search(before) is not None or (
            rest is not None and _PERFECT.search(rest.group()) is not None
        ):
            return -1  # "has lived there for 31 years": since then
        if _FUTURE.search(number.sentence) is None:
            return None  # a span that ended at another time: no year from now
        return 1  # "will run for eight years": until then
    forward = (
        _FORWARD_AFTER.match(after) is not None
        or _MORE_BEFORE.search(before) is not None
        or (_FUTURE.search(number.sentence) is not None and unit_key(number) != "age")
    )
    return 1 if forward else -1


def judge_year_spans(
    members: Sequence[Claim], options: Options, sentences: SentenceClaims
) -> Judgement:
    """Agree when the figure of years, reckoned from its article's publication year,
    reaches the other's year; else the pair is not one this reading can check."""
    dates = [m for m in members if isinstance(m, Date)]
    figures = [m for m in members if isinstance(m, Number)]
    if len(dates) == 1 and len(figures) == 1 and bare_year(dates[0]) and dates[0].value:
        years = reckoned_years(figures[0], sentences.published) or since_years(
            dates[0], figures[0], sentences.published
        )
        if years is not None and years[0] <= int(dates[0].value) <= years[1]:
            return Judgement(verdict=Verdict.AGREE)
    return Judgement(verdict=Verdict.AGREE, unchecked=True)
