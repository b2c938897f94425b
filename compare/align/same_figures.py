"""One figure, given once in each article, counted with two nouns: one fact.

Outlets name what they count in their own words: "Around 140 flights were
cancelled" / "Nearly 140 departures and arrivals were scrapped", "A wolf killed
41 sheep" / "has lost forty-one ewes". The number matcher (compare.align.numbers)
pairs figures by their counted noun, so such pairs stay unique although the figure
itself is the evidence: two outlets that each give a value once seldom give it for
two different facts.

That evidence holds only for a figure that is distinctive. This matcher pairs two
figures of different articles when their values are equal (hedges aside), their
forms agree (the same currency, a percent with a percent, a tally with a tally, a
count with a count, a measure in one unit), each article gives the value once (in
one sentence, or in several of one counted noun), and either the value is telling
or something else ties the two sentences. Read on the contradiction read sets:
equal values from ten up that are not round (41, 140, 2,400) and round ones from
300 up (not powers of ten) were one fact in every pair found there; under ten, a
round 20, 40 or 60, a power of ten and any percentage were often two facts ("two
people" treated / "two" plants, "won 44%" / "a turnout of 44%", "retirement age
from 60" / "at 60"). Those pair only with a tie: the same outcome (both count the
dead), counted nouns of one stem or WordNet synonyms, one measured noun for a
percentage, a shared content word (two for a count under ten) or WordNet synonyms
beside the figures; a figure that is not telling, inside a quotation, is not paired
at all (the other outlet may give the words to another speaker, or deny them). The number clues
that part two facts (deaths and injuries, a part and a total, another day or hour)
still part them, and so do people in general against a thing ("5,000 homes" /
"5,000 people"), people harmed against people counted otherwise ("38 workers died"
/ "led 38 workers out"), and a sentence naming the other's counted noun without
counting it ("Two gunmen opened fire" / "Two passengers were killed when gunmen
opened fire"). A pair the number judge would call differing is never proposed. It
runs after every kind's own matchers, on the figures they left unpaired (a
CrossKindSpec of numbers), and a pair is shown only when the number judge agrees:
it never makes a discrepancy, and it never moves a figure out of a group where
another figure's conflict is shown. (Run
beside the number matcher instead, its pairs regrouped many-article events on ECB+,
added hedge findings, two of them false, and lost five real discrepancies.)
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from compare.align.blocking import cross_source_pairs
from compare.align.clause_days import own_clause_frame
from compare.align.figure_intervals import ceiling, comparable_value
from compare.align.frames import when_part
from compare.align.metric_units import base_amount
from compare.align.model import Verdict
from compare.align.number_clues import Clues
from compare.align.number_judge import judge_pair
from compare.align.numbers import SPANS_OF_TIME, unit_key
from compare.align.people_counts import commonly_people, counts_people, general
from compare.align.percent_nouns import one_measured_thing
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_figures import without_sayings_days
from compare.align.synonyms import are_synonyms
from compare.align.time_spans import calendar_unit, span_length
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Number, Quote
from compare.extract.claims import Frame
from compare.extract.number_forms import ORDINALS
from compare.extract.wordlists import NUMBER_WORDS

NEAR = 6  # words each side of a figure that say what it counts
SCORE = 0.45  # the best-scored pairs (most words in common) take a figure first
DISTINCTIVE_FROM = 10  # a smaller count ("two people", "six books") is too common alone
ROUND_FROM = 100  # a round value this large (300, 4,000) is telling; 40 or 90 is not
HARM = frozenset({"dead", "hurt"})  # number_clues' outcomes that befall a group apart
FULL_DAY = len("2026-11-19")
YEARS = (1800, 2100)  # a bare figure in this range is more often a year than a count
_MODIFIER = re.compile(r"\s?[-–]\s?[A-Za-z]")  # "a three-judge panel", "a 90-day stay"
_JOINED = re.compile(r"\w\s?[-–]\s?[A-Za-z]+$")  # ... or the joined noun read into the figure


def same_figure_pairs(
    numbers: Sequence[Number],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of equal figures among `numbers` (those nothing paired yet), each its
    article's one figure of that value among every figure `sentences` holds."""
    every = [
        c for claims in sentences.by_sentence.values() for c in claims if isinstance(c, Number)
    ]
    # every figure of a value in each article, whether paired already or not
    told: dict[tuple[str, float], list[Number]] = defaultdict(list)
    for n in every or numbers:
        posted = posted_as(n)
        if posted is not None:
            told[(n.source, posted[1])].append(n)
    quoted = {id(n) for n in numbers if _in_quote(n, sentences)}
    postings: dict[tuple[str | None, float, object], list[int]] = defaultdict(list)
    for i, n in enumerate(numbers):
        posted = posted_as(n)
        if posted is not None and one_figure(told[(n.source, posted[1])]):
            postings[(posted[0], posted[1], n.pair)].append(i)
    pairs = []
    for members in postings.values():
        for i, j in cross_source_pairs((members,), lambda k: numbers[k].source):
            a, b = numbers[i], numbers[j]
            # the value as told: of "2.3 kilometres" / "2,300 metres", the telling 2,300
            value = max(comparable_value(a), comparable_value(b))
            if (id(a) in quoted or id(b) in quoted) and not distinctive(value):
                # a tie read from words is none inside a quotation: the words are a
                # speaker's, whom the other outlet may name apart or deny
                continue
            if one_fact(a, b, value):
                # of a figure given twice, the telling with more words in common
                # ("The jury awarded $4.2 million" / "ordered to pay damages of
                # $4.2m" before a headline's "wins $4.2M")
                wa, wb = content_words(a), content_words(b)
                common = len(wa & wb) / max(1, len(wa | wb))
                pairs.append((SCORE + 0.1 * common, i, j))
    return pairs


def _in_quote(n: Number, sentences: SentenceClaims) -> bool:
    return any(
        isinstance(c, Quote) and c.start <= n.start and n.end <= c.end for c in sentences.of(n)
    )


def posted_as(n: Number) -> tuple[str, float] | None:
    """The form and value two figures must share to be one figure, or None: an amount
    told in a metric unit is read in its measure's base unit, so "2.3 kilometres" and
    "2,300 metres" meet (metric_units)."""
    form = figure_form(n)
    if form is None:
        return None
    amount = base_amount(n)
    if amount is not None:
        return f"metric:{amount[0]}", amount[1]
    key = unit_key(n)
    if span_length(key) and not calendar_unit(key):
        # a span of clock time in seconds: "90 minutes" / "an hour and a half"
        # (months and years, of no fixed length, keep their own unit)
        return "time", round(n.value * span_length(key), 6)
    return form, comparable_value(n)


def one_figure(told: Sequence[Number]) -> bool:
    """Is a value one figure in its article: given in one sentence, or in several
    with one counted noun ("12,000 acres" in the opening and in the body)?"""
    if len({n.sentence_start for n in told}) == 1:
        return len(told) == 1  # one sentence giving the value twice: which is which?
    keys = {(figure_form(n), unit_key(n)) for n in told}
    return len(keys) == 1 and next(iter(keys))[1] not in ("", "?")


def figure_form(n: Number, *, ceilings: bool = False) -> str | None:
    """The form two figures must share to be one figure, or None for a figure too
    common to tell a fact by its value (an ordinal, "one", a year, a magnitude).
    With `ceilings`, a limit ("up to 5,000", "a maximum of 7,500") is a figure, not a
    magnitude: two limits of one thing are compared (closest_figure_clashes)."""
    value = comparable_value(n)
    if n.form in ("ordinal", "single") or value <= 0 or in_digit_run(n):
        return None
    if (
        n.low is not None
        and n.high is not None
        and n.high >= 5 * max(n.low, 1)
        and not (ceilings and ceiling(n))
    ):
        return None  # "hundreds of homes": how large, not a figure ("up to 5,000": a limit)
    if n.pair is not None:
        return "tally"
    if n.form in ("percent", "share"):
        return "percent"
    key = unit_key(n)
    if n.form == "money" or key.startswith("money:"):
        return key if key.startswith("money:") else f"money:{n.unit or ''}"
    if key == "age" or key in SPANS_OF_TIME or key in _MEASURE_KEYS:
        return key  # a measure: one unit ("four kilometres" / "four kilometers")
    if not n.unit and YEARS[0] <= value <= YEARS[1] and value == int(value):
        return None
    return "count"


# digits joined by slashes on either side: "27 / 09 / 2013", "3/4"
_RUN_BEFORE = re.compile(r"\d\s?/\s?$")
_RUN_AFTER = re.compile(r"^\s?/\s?\d")


def in_digit_run(n: Number) -> bool:
    """Is the figure a piece of a date or code written with slashes ("27 / 09 /
    2013"), no figure of its own?"""
    offset = n.start - n.sentence_start
    before, after = n.sentence[:offset], n.sentence[offset + len(n.text) :]
    return _RUN_BEFORE.search(before) is not None or _RUN_AFTER.match(after) is not None


# numbers.unit_key's keys of units of measure (its canonical spellings)
_MEASURE_KEYS = frozenset("meter foot kilometer mi kg inch yard acre hectare ton tonne".split())


def distinctive(value: float) -> bool:
    """Is a value seldom given for two facts of one event? Not under DISTINCTIVE_FROM,
    not a round ten to ninety ("40 homes" / "40 years") nor a power of ten (100,
    1,000: "a poll of 1,000" / "a crowd of 1,000"); 41, 140, 300, 2,400 or 30,000 are."""
    if value < DISTINCTIVE_FROM:
        return False
    if value != int(value):
        return True
    digits = str(int(value)).rstrip("0")
    return len(digits) >= 2 or (value >= ROUND_FROM and digits != "1")


def one_fact(a: Number, b: Number, value: float) -> bool:
    """Do two equal figures state one fact: nothing parts them, and the value is
    telling or something else ties the sentences?"""
    ca, cb = Clues.of(a), Clues.of(b)
    framed = a.frame is not None and b.frame is not None
    if not ca.same_fact(cb, True, framed=framed):
        return False  # deaths and injuries
    if (
        bool(ca.outcome & HARM) != bool(cb.outcome & HARM)
        and figure_form(a) == "count"
        and (counts_people(a) or counts_people(b))
    ):
        return False  # "38 workers died" / "led 38 workers out": the harmed are a group apart
    if (ca.part and (cb.total or cb.summed)) or (cb.part and (ca.total or ca.summed)):
        return False  # "nine of the injured" / "in all, nine people were hurt"
    if (
        a.frame is not None
        and b.frame is not None
        and figure_form(a) != "age"  # an age describes a person, not the clause's event
        and when_part(
            *_reports_days_dropped(a, own_clause_frame(a, a.frame), b, own_clause_frame(b, b.frame))
        )[0]
        in ("date", "time")
    ):
        return False  # another day or hour of the figure's own clause (clause_days)

    if _people_and_things(a, b) or _people_and_things(b, a):
        return False  # "5,000 homes" / "5,000 people": homes are no people
    if judge_pair(a, b).verdict == Verdict.DIFFER:
        return False  # agreements only
    return tie(a, b, ca, cb, value) is not None


# A report follows its event within days: a saying's day this close after the other's
# day is the report of that day's event.
REPORTED_WITHIN_DAYS = 7


def _reports_days_dropped(a: Number, fa: Frame, b: Number, fb: Frame) -> tuple[Frame, Frame]:
    """The two frames, a day that dates a saying ("investigators said on Friday")
    left out when the other frame's day falls in the days just before it ("raided on
    March 12"): the saying's day dates the report of that event, not another event.
    A saying's day long after the other's ("in 2011" / "officials said Monday")
    stays: the other may tell an earlier event."""
    fa_told, fb_told = without_sayings_days(a, fa), without_sayings_days(b, fb)
    if fa_told.date is None and fa.date is not None and _reported_after(fb, fa):
        fa = fa_told
    elif fb_told.date is None and fb.date is not None and _reported_after(fa, fb):
        fb = fb_told
    return fa, fb


def _reported_after(event: Frame, saying: Frame) -> bool:
    """Does the saying's day fall on the event's day or in the days just after it?"""
    if not event.date_value or not saying.date_value:
        return False
    if len(event.date_value) != FULL_DAY or len(saying.date_value) != FULL_DAY:
        return False
    try:
        gap = date.fromisoformat(saying.date_value) - date.fromisoformat(event.date_value)
    except ValueError:
        return False
    return 0 <= gap.days <= REPORTED_WITHIN_DAYS


def tie(a: Number, b: Number, ca: Clues, cb: Clues, value: float) -> str | None:
    """What besides the value says two figures count one thing, if anything."""
    if distinctive(value) and figure_form(a) != "percent":
        return "value"
    if value < DISTINCTIVE_FROM and figure_form(a) == "count" and (_modifies(a) or _modifies(b)):
        return None  # "a three-judge panel" describes the panel; it counts no event's things
    if ca.outcome & cb.outcome:
        return "outcome"  # both count the dead, the hurt, those held...
    if counted_alike(a, b):
        return "noun"
    if figure_form(a) == "percent" and one_measured_thing(a, b):
        return "measured"  # "turnout at 94%" / "a turnout of 94 per cent"
    shared = content_words(a) & content_words(b)
    if value >= DISTINCTIVE_FROM and shared:
        return "word"
    if value >= DISTINCTIVE_FROM and any(
        are_synonyms(x, y) for x in _near(a) for y in _near(b) if x != y
    ):
        return "synonym"  # "without electricity" / "lost power"
    if len(shared) >= 2 and not (_names_other(a, b) or _names_other(b, a)):
        return "words"
    return None


def _names_other(a: Number, b: Number) -> bool:
    """Does b's sentence name what a counts without counting it ("Two gunmen opened
    fire" / "Two passengers were killed when gunmen opened fire")?"""
    counted = _counted(a)
    return (
        bool(counted) and stem(counted) != stem(_counted(b)) and stem(counted) in content_words(b)
    )


def _people_and_things(a: Number, b: Number) -> bool:
    """Does one figure count people in general and the other a thing no person is?"""
    head = _counted(b)
    return general(a) and head.isalpha() and not general(b) and not commonly_people(head)


def _near(n: Number) -> set[str]:
    """The content words right around the figure, as written (lower case)."""
    before = words(n.sentence[: n.start - n.sentence_start])[-NEAR:]
    after = words(n.sentence[n.end - n.sentence_start :])[:NEAR]
    return {
        w
        for w in before + after
        if w not in STOPWORDS and w not in NUMBER_WORDS and len(w) > 2 and w.isalpha()
    }


def _modifies(n: Number) -> bool:
    """Is the figure joined to the word after it, a compound modifier ("three-judge")?"""
    after = n.sentence[n.end - n.sentence_start :]
    return _MODIFIER.match(after) is not None or _JOINED.search(n.text) is not None


def counted_alike(a: Number, b: Number) -> bool:
    """Do the counted nouns name one thing: one stem, or WordNet synonyms?"""
    na, nb = _counted(a), _counted(b)
    return bool(na and nb) and (stem(na) == stem(nb) or are_synonyms(na, nb))


def _counted(n: Number) -> str:
    found = words(n.unit or "")
    return found[-1] if found else ""


def content_words(n: Number) -> frozenset[str]:
    """The sentence's content words (stems), no figure's words among them."""
    return frozenset(
        stem(w)
        for w in words(n.sentence)
        if w not in STOPWORDS
        and w not in NUMBER_WORDS
        and w not in ORDINALS
        and not w[0].isdigit()
        and len(w) > 1
    )
