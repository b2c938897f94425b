"""Do two sentences tell of two occasions, by the years and periods they name?

A figure, score or date that differs between two sentences contradicts only when
both tell of one occasion. News sets the story's figures beside those of earlier
occasions ("The firm was fined £85,000 in 2017" beside "was fined £400,000 in
2022"; "Last year's budget passed 7-2" beside "the budget passed 5-4 late
Tuesday"; "19 goals last season" beside "11 goals in his first season"), and the
words that tell them apart are the years and the periods named:

- each names a year, and no year is named by both ("in 2017" / "in 2022");
- each names a period of the calendar or of a career by an ordinal or a word of
  sequence, and none is named by both ("last season" / "his first season");
- one names a past period ("last year", "a year earlier") and no year, the other
  no year or period but a day of this story ("on Tuesday", "today");
- one names a past period of the calendar ("last year", "last winter") and the
  other the running one of that unit ("this year", "so far this winter"), neither
  both; a past period named as the base of a comparison ("up 3% on last year",
  "compared with the same weeks last year") is not the figure's own, so "So far
  this year ridership is up 3% on last year" is this year's figure.

A year and a period are not compared with each other ("in 2025" may be "last
year"); nor is a day with a day (two outlets report on two days), nor anything
with nothing (a year one side adds is more said, not another occasion).

A sentence may also tell of another occurrence of its kind of event by its own
words ("a similar attack", "Last year, ..."): another_occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from compare.extract import Number

# A year as news writes it: after a word that governs a time or a determiner ("in
# 2017", "since 2012", "the 2018 referendum", "a 2019 death"), or before a comma.
# A four-digit count ("the 1800 residents") has a plural noun after it.
_YEAR = re.compile(
    r"\b(?:in|since|during|until|till|before|after|from|of|by|to|and|or|the|a|an|early"
    r"|late|mid|spring|summer|autumn|fall|winter|january|february|march|april|may|june"
    r"|july|august|september|october|november|december|\d{1,2},?)\s+((?:1[89]|20)\d\d)\b"
    r"(?![,.]\d)(?!\s+(?!(?:was|has|is|as|its|his|this|plus|across|versus)\b)[a-z]+s\b)",
    re.IGNORECASE,
)
# A period named by its place in a sequence: "last season", "his first term", "the
# previous year", "the second quarter", "the opening round". "this"/"that year" are
# left out: they point back at a year the text named before, or at the story's own.
_PERIOD = re.compile(
    r"\b(last|previous|past|prior|first|second|third|fourth|fifth|final|opening|next"
    r"|coming|rookie|debut)\s+(year|season|term|decade|century|campaign|quarter|half"
    r"|round|leg|stage|set|day|week|month)\b",
    re.IGNORECASE,
)
# Words for one place in a sequence: "the opening round" is the first; and for one
# unit: a team's "last term" or "last campaign" is its last season.
_SAME_PLACE = {"opening": "first", "debut": "first", "rookie": "first"}
_SAME_UNIT = {"term": "season", "campaign": "season"}
_PAST_PERIOD_WORDS = frozenset({"last", "previous", "past", "prior"})
# Periods of the calendar or a career, which "last" puts before the story's own
# ("last season"); "the last round" is the final one of the story's event.
_CALENDAR = frozenset("year season term decade century campaign".split())
# A period counted back: "a year earlier", "two seasons ago".
_COUNTED_BACK = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:years?|seasons?|decades?)\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)
# A period of the calendar named relative to now, past or running: "last year",
# "previous season", "this winter", "so far this year". Weeks and months are left
# out: two outlets writing a few days apart may name one week "this" and "last".
_RELATIVE_UNITS = r"(year|season|winter|summer|spring|autumn|fall)"
_PAST_OF_UNIT = re.compile(rf"\b(?:last|previous|past|prior)\s+{_RELATIVE_UNITS}\b", re.I)
_RUNNING_OF_UNIT = re.compile(rf"\bthis\s+{_RELATIVE_UNITS}\b", re.I)
# A past period named as the base a figure is compared with, not as its own: "up 3
# percent on last year", "compared with the same weeks last year", "than last season".
_PAST_AS_BASE = re.compile(
    r"\b(?:on|than|over|against|versus|vs\.?|compared\s+(?:with|to))\s+"
    r"(?:the\s+same\s+(?:[\w-]+\s+){1,2}?)?$",
    re.I,
)
# A day of the story itself: the day it happened or is written.
_STORY_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight"
    r"|yesterday|this (?:morning|afternoon|evening|week))\b",
    re.IGNORECASE,
)


# A description set off by commas, of a thing the sentence names: "The stadium,
# built in 1998, holds", "The museum, which opened in 1987, drew". Its year dates
# the thing, not the occasion of the sentence's figure.
_ASIDE = re.compile(
    r",\s+(?:which|who|whose|that)\b[^,;]*,"
    r"|,\s+(?:first\s+|originally\s+|later\s+)?(?:[a-z]+ed|built|born|begun|made|won|held"
    r"|run|known|set up|sold|bought|found|grown)\s+(?:in|on|during|since|by)\b[^,;]*,"
)


@lru_cache(maxsize=4096)  # one sentence meets many partners
def _marks(sentence: str) -> tuple[frozenset[str], frozenset[str], bool, bool]:
    """The years named, the periods named ("last season"), whether a past period is
    named, whether a day of the story is named; descriptions set off by commas
    left out."""
    sentence = _ASIDE.sub(",", sentence)
    years = frozenset(m.group(1) for m in _YEAR.finditer(sentence))
    said = [(m.group(1).lower(), m.group(2).lower()) for m in _PERIOD.finditer(sentence)]
    periods = frozenset(
        f"{_SAME_PLACE.get(place, place)} {_SAME_UNIT.get(unit, unit)}" for place, unit in said
    )
    past = bool(_COUNTED_BACK.search(sentence)) or any(
        place in _PAST_PERIOD_WORDS and unit in _CALENDAR for place, unit in said
    )
    return years, periods, past, bool(_STORY_DAY.search(sentence))


def years_named(sentence: str) -> frozenset[str]:
    return _marks(sentence)[0]


def occasions_apart(
    sentence_a: str, sentence_b: str, compared: frozenset[str] = frozenset()
) -> bool:
    """Do the two sentences name years, or periods, of which they share none, or a
    past period against a day of this story? `compared`: the figures whose clash is
    in question, as written digits; never read as years ("1,900" / "1900 people")."""
    years_a, periods_a, past_a, day_a = _marks(sentence_a)
    years_b, periods_b, past_b, day_b = _marks(sentence_b)
    years_a, years_b = years_a - compared, years_b - compared
    if years_a and years_b:
        return not years_a & years_b
    if _past_against_running(sentence_a, sentence_b):
        return True
    if periods_a and periods_b and not (years_a or years_b):
        return not periods_a & periods_b
    if years_a or years_b or periods_a & periods_b:
        return False
    return (past_a and day_b and not (past_b or periods_b)) or (
        past_b and day_a and not (past_a or periods_a)
    )


@lru_cache(maxsize=4096)
def _relative_units(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """The units of the calendar the sentence names a past period of ("last year"),
    and those it names the running period of ("this year"); "fall" read as autumn."""

    def units(found: Iterable[re.Match[str]]) -> frozenset[str]:
        return frozenset(m.group(1).lower().replace("fall", "autumn") for m in found)

    sentence = _ASIDE.sub(",", sentence)
    own = [
        m
        for m in _PAST_OF_UNIT.finditer(sentence)
        if not _PAST_AS_BASE.search(sentence[max(0, m.start() - 40) : m.start()])
    ]
    return (
        units(own),
        units(_RUNNING_OF_UNIT.finditer(sentence)),
    )


def _past_against_running(sentence_a: str, sentence_b: str) -> bool:
    """Does one sentence name a past period of a unit ("last winter") and the other
    the running one ("this winter"), neither naming both?"""
    past_a, running_a = _relative_units(sentence_a)
    past_b, running_b = _relative_units(sentence_b)
    only_past_a, only_running_a = past_a - running_a, running_a - past_a
    only_past_b, only_running_b = past_b - running_b, running_b - past_b
    return bool(
        (only_past_a & only_running_b and not past_b)
        or (only_past_b & only_running_a and not past_a)
    )


# A date that is a year alone ("in 2017"), with the judge's note, if any, after it.
_ONLY_YEAR = re.compile(
    r"^\W*(?:in|since|of|during)?\s*((?:1[89]|20)\d\d)\W*(?:\([^)]*\)\W*)?$", re.IGNORECASE
)


def years_of_two_occasions(
    year_a: str,
    year_b: str,
    sentence_a: str,
    sentence_b: str,
    figures: tuple[frozenset[float], frozenset[float]],
) -> bool:
    """Two years given as the dates of two sentences ("in 2022" / "in 2017") are
    two occasions, not one date told two ways, when either sentence names the
    other's year too ("won at Lord's in 2022 ... since 2012" / "won in 2012"), or
    when each sentence also gives a figure the other lacks ("killed four in 2017" /
    "killed 23 in 1994"): one fact told wrongly differs in one thing, not two.
    `figures`: the values of each sentence's figures."""
    found_a, found_b = _ONLY_YEAR.match(year_a), _ONLY_YEAR.match(year_b)
    if found_a is None or found_b is None:
        return False
    ya, yb = found_a.group(1), found_b.group(1)
    if ya == yb:
        return False
    if yb in years_named(sentence_a) or ya in years_named(sentence_b):
        return True
    if _named_apart(sentence_a, sentence_b):
        return True
    if ya not in years_named(sentence_a) or yb not in years_named(sentence_b):
        # a year describing a thing ("The ferry, built in 1994, was carrying 212"):
        # two descriptions of one thing may both be wrong, and are compared
        return False
    said = {float(ya), float(yb)}
    only_a, only_b = figures[0] - figures[1] - said, figures[1] - figures[0] - said
    return bool(only_a and only_b)


# A name before a common noun, inside a sentence: "the Gokstad ship", "a Harlow
# bridge". The sentence's first word is left out: it is capitalised anyway.
_NAMED_NOUN = re.compile(r"(?<=\S)\s+([A-Z][\w'’-]*[a-z])\s+([a-z]{3,})\b")


@lru_cache(maxsize=4096)
def _names_before_nouns(sentence: str) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for m in _NAMED_NOUN.finditer(sentence):
        found.setdefault(m.group(2), set()).add(m.group(1))
    return {noun: frozenset(names) for noun, names in found.items()}


def _named_apart(sentence_a: str, sentence_b: str) -> bool:
    """Does a noun both sentences use stand after names they share none of ("the
    Gokstad ship, excavated in 1880" / "The Oseberg ship, excavated in 1904")?"""
    named_a, named_b = _names_before_nouns(sentence_a), _names_before_nouns(sentence_b)
    return any(not names & named_b[noun] for noun, names in named_a.items() if noun in named_b)


# A sentence that tells of another occurrence of the kind of event, not this one:
# "a similar attack", "an earlier outbreak", "a separate crash"; "Last year, ...",
# "Two years ago, ...", "In 2023, ..." opening the sentence. A bare "another" is left out: "another
# 20 people were hurt" adds to this event.
_TOLD_AS_ANOTHER = r"\b(?:a|an)\s+(?:similar|separate|earlier|previous|prior|unrelated)\s+[a-z]"
_ANOTHER_OCCURRENCE = re.compile(
    _TOLD_AS_ANOTHER
    + r"|^\W*(?:last\s+(?:year|month|week|season)|(?:\w+\s+)?(?:years|months|decades)\s+ago)\b"
    r"|^\W*in\s+(?:19|20)\d\d\s*,",  # "In 2023, a fire at a spinning mill killed ..."
    re.IGNORECASE,
)


_TOLD_AS_ANOTHER_RE = re.compile(_TOLD_AS_ANOTHER, re.IGNORECASE)


def told_as_another_apart(a: Number, b: Number) -> bool:
    """Is one figure's sentence told as of another occurrence by its words ("by 19
    votes to 2, a separate measure"), and the other's not? Unlike occurrences_apart,
    a sentence opening on "Last week" is not read as another's: a vote of last week
    may be the one the story is about."""
    return bool(_TOLD_AS_ANOTHER_RE.search(a.sentence)) != bool(
        _TOLD_AS_ANOTHER_RE.search(b.sentence)
    )


def occurrences_apart(a: Number, b: Number) -> bool:
    """Does one figure's sentence tell of another occurrence and the other's not
    ("Last year's budget passed 7-2" / "the budget passed on a 5-4 vote")? A tally's
    two sides tie it to a vote or game, but not to this year's rather than last."""
    return another_occurrence(a) != another_occurrence(b)


def another_occurrence(n: Number) -> bool:
    """Does the figure's sentence tell of another occurrence of its kind of event?"""
    return tells_of_another(n.sentence)


@lru_cache(maxsize=4096)  # read for every figure of the sentence, against every partner
def tells_of_another(sentence: str) -> bool:
    """Does the sentence tell of another occurrence of its kind of event?"""
    return _ANOTHER_OCCURRENCE.search(sentence) is not None
