"""Two days (or clock times) told in the two articles' closest sentences: one fact, two values.

Outlets that date one event differently seldom name it in the same words ("The
collapse occurred on Saturday at the mine" / "The roof of the tunnel gave way on
Sunday at the mine"; "sworn in at Rideau Hall on Nov. 27" / "take the oath at Rideau
Hall on 26 November"), so the date matchers, which tie a date to its event's verb or
noun, leave both unpaired, and same_days pairs only days that agree. What ties the
two here is the rest of the sentence: the place, the doer, the thing, the words
around the event.

A date (or time) nothing else paired meets one of another article when the two
sentences share at least MIN_SHARED content words (the dates' and times' own words
and calendar words aside, as same_days reads them) and each sentence is the other's
closest: no other dated sentence of either article shares as many words with it and
gives another value. Only values told at one precision meet (two full days; two
months, each with its year; two clock times of one zone), and only values the
judges read as two (event_times' `decided`: not a weekday a week apart, not one
time told loosely).

What tells two moments of one story apart parts the pair, as for same_days and
event_times (a negation, a saying on one side, a plan against a deed, a state going
on, another occurrence, another doer or thing of one event word, another owner),
and further:
- a day that dates a saying ("police said on Wednesday", "the force confirmed last
  night"), on either side: the day of the report is no day of the event;
- a date or time inside a quotation, a dateline ("HOEDSPRUIT, June 8 (PAPA) -"), a
  month after "since" (the start of a span, not an event);
- a clock time told loosely ("about", "shortly after") within HEDGED_MINUTES of the
  other: the two hedges cover each other;
- a usual schedule on one side only ("Regular dismissal is at 2:45 p.m." /
  "Students were dismissed early, at 1 p.m.");
- a sentence that relates two moments ("nine hours after the outage began", "a
  week after an audit found"): its words may be the other moment's;
- both sentences naming places, none the other's ("the talks Thursday in Vienna" /
  "talks, which began on the shore of Lake Geneva on Sunday");
- both sentences giving figures of one unit (or of none told), none in common
  ("removed 4,200 gallons on Saturday" / "pulled 6,800 gallons on Sunday"): two
  instalments of one task;
- a departure against an arrival, a beginning against an end ("left Southampton on
  September 8" / "docked in Southampton on Sept. 22").

The pair is a CrossKindSpec with `differs`: it runs after every matcher, on claims
nothing paired, and is shown only when the date (time) judge finds the two differ;
it never makes an agreement.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from compare.align.closest_sentences import closest_both_ways, fitted_settler
from compare.align.event_times import decided, event_parted, stretch_of
from compare.align.frames import same_place
from compare.align.other_doers import other_doers
from compare.align.same_days import (
    FULL_DAY,
    content_stems,
    dateless_content,
    dates_an_event,
    day_key,
    parted,
)
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.when_where import HEDGED_MINUTES, gap_as_told
from compare.align.words import stem
from compare.extract.claims import Claim, Date, Number, Place, Time
from compare.extract.lemmas import verb_lemma
from compare.extract.wordlists import REPORTING

SCORE = 0.4  # under same_days' pairs: a day that agrees is paired first
MIN_SHARED = 2  # content words two sentences share to be one another's closest
_MONTH = len("2026-11")
_YEAR = re.compile(r"\b\d{4}\b")
_QUOTES = re.compile('["\u201c\u201d]')
# "June 8 (PAPA) - ": a dateline, its agency in brackets before the dash
_DATELINE = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?[-\u2013\u2014]\s")
_DATING = ("on ", "at ", "in ")
# between a stamp's clock time and its date: commas, "at", a zone ("UK", "BST")
_STAMP_GAP = re.compile(r"[\s,]*(?:(?:at|[A-Z]{2,4})[\s,]+)?")
_OPENING_WORD = re.compile(r"[A-Z][a-z]+\s+[a-z]")
_PREPOSITION = re.compile(r"(at|on|in|by|from|since|until|before|after)\b", re.IGNORECASE)
_BARE_CLOCK = re.compile(r"\s*\d{1,2}:\d{2}\b")
_SINCE = re.compile(r"\bsince\s*$", re.IGNORECASE)
_LOOSE_BEFORE = re.compile(
    r"\b(?:about|around|shortly|just|roughly|approximately|nearly|almost|some|soon)"
    r"\s+(?:before|after)?\s*$",
    re.IGNORECASE,
)
_LOOSE_TEXT = re.compile(
    r"(?:about|around|shortly|just|roughly|approximately|nearly|almost|soon)\b", re.IGNORECASE
)
# a usual schedule, not what happened that day
USUAL_SCHEDULE = re.compile(
    r"\b(?:regular|regularly|usual|usually|normally|typically)\b", re.IGNORECASE
)
# "nine hours after the outage began", "a week after an audit found": two moments
RELATED_MOMENTS = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few|some)"
    r"\s+(?:\w+\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)"
    r"\s+(?:after|before|later|earlier)\b",
    re.IGNORECASE,
)
# Two ends of one journey or one activity, by the lemma of the date's own verb
_SETTING_OUT = frozenset("depart leave embark".split())
_COMING_IN = frozenset("arrive dock land return".split())
_BEGINNING = frozenset("begin start commence".split())
_ENDING = frozenset("end finish conclude".split())
EVENT_ENDS = ((_SETTING_OUT, _COMING_IN), (_BEGINNING, _ENDING))


def closest_clash_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of dates (or times) among `claims` (those nothing paired)
    told in two articles' mutually closest sentences, with values the judges read
    as two, that nothing parts."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(claims)
    told = [c for c in every if dated_event(c, sentences)]
    free = {id(c): i for i, c in enumerate(claims)}
    words = {id(c): content_stems(dateless_content(c, sentences)) for c in told}
    settled = fitted_settler(sentences)  # a draw of shared words, broken by the fitted pairs
    pairs = []
    for x, a in enumerate(told):
        if id(a) not in free:
            continue
        for b in told[x + 1 :]:
            if id(b) not in free or b.source == a.source or type(a) is not type(b):
                continue
            common = words[id(a)] & words[id(b)]
            shared = len(common)
            if shared < MIN_SHARED or not closest_both_ways(
                a, b, shared, told, lambda c: words[id(c)], _another_value, settled=settled
            ):
                continue
            if not common & lower_case_stems(a) & lower_case_stems(b):
                continue  # "Gordon Hale flew in" / "Gordon Hale apologized": a name ties no event
            if not one_precision(a, b) or not decided(a, b) or agree_loosely(a, b):
                continue
            if parted(a, b, sentences) or event_parted(a, b) or two_moments(a, b, sentences):
                continue
            i, j = sorted((free[id(a)], free[id(b)]))
            pairs.append((SCORE + 0.01 * shared, i, j))
    return pairs


def lower_case_stems(claim: Claim) -> frozenset[str]:
    """The stems of the sentence's words told in lower case (no name's); its first
    word too when the next is in lower case ("Power flowed", not "Marta Lindqvist")."""
    text = claim.sentence
    if _OPENING_WORD.match(text):
        text = text[:1].lower() + text[1:]
    return content_stems({w for w in re.findall(r"\b[a-z]+\b", text) if len(w) > 2})


def dated_event(claim: Claim, sentences: SentenceClaims) -> bool:
    """A day or clock time of an event, outside quotations and datelines."""
    if day_key(claim) is None or not dates_an_event(claim):
        return False
    before = claim.sentence[: claim.start - claim.sentence_start]
    if len(_QUOTES.findall(before)) % 2:
        return False  # "I'd do it again tomorrow," she said
    after = claim.sentence[claim.end - claim.sentence_start :][:30]
    if isinstance(claim, Date) and _DATELINE.match(after):
        return claim.text.lower().startswith(_DATING)
    return not stamped(claim, sentences)


def stamped(claim: Claim, sentences: SentenceClaims) -> bool:
    """Is the claim part of a page's stamp: a clock time right beside a date told
    with its year ("7: 00pm UK, Wednesday 05 May 2010", "December 15, 2008 at 1: 00pm
    CST", "on Tuesday, 16 December 2008 13:45"), the later of the two told without
    a preposition of its own, or with "at" after a date told without one? Prose dates
    an event's hour by its day, seldom by its year, and gives each its preposition
    ("at 2 p.m. on 11 March 2025"); a page states all three bare."""
    after = claim.sentence[claim.end - claim.sentence_start :]
    if isinstance(claim, Date) and _YEAR.search(claim.text) and _BARE_CLOCK.match(after):
        return True  # "16 December 2008 13:45", a clock the extractor reads as no time
    for other in sentences.of(claim):
        if other is claim or not isinstance(other, (Date, Time)) or type(other) is type(claim):
            continue
        first, second = sorted((claim, other), key=lambda c: c.start)
        gap = claim.sentence[first.end - claim.sentence_start : second.start - claim.sentence_start]
        date = claim if isinstance(claim, Date) else other
        if not (_STAMP_GAP.fullmatch(gap) and _YEAR.search(date.text)):
            continue
        # "at 2 p.m. on 11 March 2025" is prose; "16 December 2008 13:45" and
        # "December 15, 2008 at 1: 00pm" are stamps
        opening = _PREPOSITION.match(second.text)
        if opening is None or (
            opening.group(1).lower() == "at" and not _PREPOSITION.match(first.text)
        ):
            return True
    return False


def _another_value(rival: Claim, other: Claim) -> bool:
    """A rival of a date (or time): one of its type giving another value."""
    if type(rival) is not type(other):
        return False
    return getattr(rival, "value", None) != getattr(other, "value", None)


def one_precision(a: Claim, b: Claim) -> bool:
    """Two full days, two months each told with its year, or two clock times."""
    if isinstance(a, Time) and isinstance(b, Time):
        return True
    if not (isinstance(a, Date) and isinstance(b, Date) and a.value and b.value):
        return False
    if len(a.value) == FULL_DAY and len(b.value) == FULL_DAY:
        return True
    months = len(a.value) == _MONTH and len(b.value) == _MONTH
    return months and bool(_YEAR.search(a.text)) and bool(_YEAR.search(b.text))


def agree_loosely(a: Claim, b: Claim) -> bool:
    """Two clock times, one told loosely, within HEDGED_MINUTES ("about 5:40 a.m." /
    "shortly before 6 a.m.")."""
    if not (isinstance(a, Time) and isinstance(b, Time)):
        return False
    return (_loose(a) or _loose(b)) and gap_as_told(a, b) <= HEDGED_MINUTES


def _loose(time: Time) -> bool:
    at = time.start - time.sentence_start
    return bool(_LOOSE_BEFORE.search(time.sentence[max(0, at - 25) : at] + " ")) or bool(
        _LOOSE_TEXT.match(time.text)
    )


def two_moments(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """What tells two moments of one story apart, beyond same_days' and
    event_times' guards (see the module's docstring)."""
    if dates_report(a) or dates_report(b):
        return True
    if isinstance(a, Date) and (_since(a) or _since(b)) and len(a.value or "") == _MONTH:
        return True
    if bool(USUAL_SCHEDULE.search(a.sentence)) != bool(USUAL_SCHEDULE.search(b.sentence)):
        return True
    if RELATED_MOMENTS.search(a.sentence) or RELATED_MOMENTS.search(b.sentence):
        return True
    if _instalments(a, b, sentences):
        return True
    if other_doers(a, b):
        return True  # "The roof collapsed at 4:10" / "A firefighter fell at 5:30"
    if _places_apart(_places(a, sentences), _places(b, sentences)):
        return True
    return two_ends(a, b)


def _places(claim: Claim, sentences: SentenceClaims) -> list[str]:
    """The names of the places the claim's sentence gives, accents aside ("Nîmes" /
    "Nimes")."""
    return [_plain(c.name) for c in sentences.of(claim) if isinstance(c, Place)]


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _places_apart(places_a: Sequence[str], places_b: Sequence[str]) -> bool:
    """Do both sentences give places, none of one the other's ("the talks Thursday
    in Vienna" / "talks, which began on the shore of Lake Geneva on Sunday")?"""
    if not (places_a and places_b):
        return False
    return not any(same_place(x, y) for x in places_a for y in places_b)


def dates_report(claim: Claim) -> bool:
    """Is the day the day of a saying, told right after its verb ("police said on
    Wednesday", "the force confirmed last night")?"""
    at = claim.start - claim.sentence_start
    before = re.findall(r"[A-Za-z]+", claim.sentence[max(0, at - 20) : at])
    return bool(before) and verb_lemma(before[-1].lower()) in REPORTING


def _since(claim: Claim) -> bool:
    at = claim.start - claim.sentence_start
    said = claim.text.lower()
    return said.startswith("since") or bool(_SINCE.search(claim.sentence[max(0, at - 10) : at]))


def _instalments(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Do both sentences give figures, none in common, that may count one thing
    ("removed 4,200 gallons on Saturday" / "pulled 6,800 gallons on Sunday": two
    instalments of one task)? Figures of two told units ("for nearly 30 hours" /
    "35 millimetres of ice") count two things and tell no instalment; a figure
    without a unit may count anything."""
    figures_a, figures_b = sentence_figures(a, sentences), sentence_figures(b, sentences)
    if not (figures_a and figures_b) or figures_a & figures_b:
        return False
    units_a, units_b = _units(a, sentences), _units(b, sentences)
    return None in units_a or None in units_b or bool(units_a & units_b)


def _units(claim: Claim, sentences: SentenceClaims) -> set[str | None]:
    """The stems of the last words of the units of the sentence's figures (None for
    a figure told without one)."""
    found: set[str | None] = set()
    for c in sentences.of(claim):
        if isinstance(c, Number):
            said = re.findall(r"[A-Za-z]+", c.unit or "")
            found.add(stem(said[-1].lower()) if said else None)
    return found


def sentence_figures(claim: Claim, sentences: SentenceClaims) -> frozenset[float]:
    """The values of the figures the claim's sentence gives."""
    return frozenset(c.value for c in sentences.of(claim) if isinstance(c, Number))


def two_ends(a: Claim, b: Claim) -> bool:
    """A departure against an arrival, a beginning against an end, by the verbs of
    the two dates' own stretches of their sentences (and their frames' verbs)."""
    va, vb = _own_verbs(a), _own_verbs(b)
    return any((va & x and vb & y) or (va & y and vb & x) for x, y in EVENT_ENDS)


def _own_verbs(claim: Claim) -> frozenset[str]:
    """The lemmas of the words before the claim in its stretch of the sentence
    (between punctuation: "The ship, carrying 2,400 passengers, left Southampton on
    September 8" gives "leave"), and its frame's verb."""
    stretch, start = stretch_of(claim)
    before = stretch[: max(0, claim.start - claim.sentence_start - start)]
    found = {verb_lemma(w.lower()) for w in re.findall(r"[A-Za-z]+", before)}
    if claim.frame is not None and claim.frame.lemma:
        found.add(claim.frame.lemma.lower())
    return frozenset(found)
