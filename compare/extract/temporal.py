"""Dates and clock times a sentence states, resolved against the article's date.

"on Tuesday" before a 13 January 2022 publication date is 2022-01-11; "8 June 2013"
is explicit; "in May" takes the year that puts it nearest the publication date.
Without a publication date, a date that needs one stays unresolved (value None).
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sept sep",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = frozenset(_MONTHS)


def month_number(name: str) -> int | None:
    """1-12 for a month's name or its short form ("Sept", "october"), else None."""
    return _MONTHS.get(name.lower().rstrip("."))


_M = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_Y = r"(?P<year>(?:1[89]|20)\d\d)"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PREP = r"(?:(?:on|in|since|until|by|from|during|before|after|of|early|late|mid-?)\s+)?"
_WD = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MEASURES = (
    r"(?:pounds?|tons?|tonnes?|foot|feet|square|miles?|met(?:er|re)s?|acres?|words?|pages?"
    r"|horsepower|hp|cc|kg|km|yards?|gallons?|lit(?:er|re)s?|seats?|calories?|points?"
    r"|degrees?|members?|strong|odd|per|percent|people|men|women)"
)
# What a sentence must contain for a pattern to match it; a sentence without it
# skips the pattern (most sentences have no month name, clock time, weekday).
_DIGIT = re.compile(r"\d")
_MONTH_NAME = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_HAS_DIGIT, _HAS_MONTH, _HAS_DAY, _HAS_WORD, _HAS_YEAR = 1, 2, 4, 8, 16
# Ordered: the fuller pattern wins where two overlap. Each with the hints it needs and
# the characters a match can start with (a lookahead of them lets re skip in C to the
# next one instead of trying the pattern at every position).
_P = "oiusbfdaelm"  # first letters of _PREP's words (on, in, until, since, by...)
# A year told from the publication's: "January 14 last year", "in June this year".
_RELATIVE_YEAR = r"(?:,?\s+(?P<myrel>last|this|next)\s+year\b)"
_DATE_PATTERNS = tuple(
    (re.compile(rf"(?=[{first}])" + p), needs)
    for p, needs, first in (
        (rf"\b{_PREP}{_Y}-(?P<mnum>[01]\d)-(?P<dnum>[0-3]\d)\b", _HAS_YEAR, _P + "12"),
        (
            rf"\b{_PREP}(?:{_WD},?\s+)?{_D}\s+(?:of\s+)?{_M}(?:,?\s+{_Y}|{_RELATIVE_YEAR})?\b",
            _HAS_DIGIT | _HAS_MONTH,
            _P + "MTWFS0-9",
        ),
        (
            rf"\b{_PREP}(?:{_WD},?\s+)?{_M}\s+{_D}(?![\d:])(?:,?\s+{_Y}|{_RELATIVE_YEAR})?\b"
            r"(?![.,]?\d)",
            _HAS_DIGIT | _HAS_MONTH,
            _P + "MTWFSJAOND",
        ),
        (rf"\b{_PREP}{_M}(?:\s+of)?,?\s+{_Y}\b", _HAS_YEAR | _HAS_MONTH, _P + "JFMASOND"),
        (
            rf"\b(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?"
            rf"|last|next|this)\s+){_M}(?!\w){_RELATIVE_YEAR}?",
            _HAS_MONTH,
            "IiSsUuBbFfDdEeLlMmlnt",
        ),
        # "In 1999, he ...": the preposition may open the sentence
        (
            rf"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|of|[Ee]arly"
            rf"|[Ll]ate|[Mm]id-?)\s+{_Y}\b"
            r"(?![-–/]\d)",
            _HAS_YEAR,
            "IiSsUuBbFfDdAaoEeLlMm",
        ),
        # "a 1999 incident", "the Sixers' 1983 NBA team": a year before what it dates
        # (not a measure: "a 2000 pound bomb"; after a possessive only before a name).
        # The year comes first and the lookbehinds after it, so that the scan is cheap.
        (
            rf"\b{_Y}(?:(?:(?<=\b[Aa]\s\d{{4}})|(?<=\b[Aa]n\s\d{{4}}))"
            rf"(?=\s+(?!{_MEASURES}\b)[A-Za-z])"
            rf"|(?:(?<=['’]s\s\d{{4}})|(?<=s['’]\s\d{{4}}))(?=\s+[A-Z]))",
            _HAS_YEAR,
            "12",
        ),
        (
            rf"\b(?P<rel>(?:last|next|this|on|early|late)\s+)?{_WD}(?:['’]s)?"
            r"(?:\s+(?:morning|afternoon|evening|night))?\b",
            _HAS_DAY,
            "lntoeMTWFS",
        ),
        (r"\b(?P<word>[Yy]esterday|[Tt]omorrow|last night)\b", _HAS_WORD, "YyTtl"),
    )
)
# Future cues: modals, and "due", "expected", "scheduled", "plan(s)" only as verbs of
# intent ("due to", "plans to"); a noun ("the borrowing plan for a park") says nothing
# of tense.
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|’ll|next|(?:due|expected|scheduled|planned)\s+(?:to|for|on|in|at)"
    r"|plans?\s+to|set\s+(?:to|for)|(?:is|are)\s+forecast"
    r"|(?:hopes?|hoped|aims?|intends?)\s+to)\b"
)
# "would" is the future seen from a moment told in the past, most often a saying ("the
# club said it would parade the cup on Monday"): a day to come, unless the "would" tells
# a past after all: what came later, a counterfactual, a habit ("who would later
# resign", "would have sailed", "would often walk"). Not "'d", which may be "had".
_WOULD = re.compile(
    r"\bwould\s+(?!(?:not\s+|n[o']t\s+)?(?:have|later|eventually|soon|go\s+on"
    r"|often|usually|always|never|sometimes|regularly|normally)\b)"
)
# A day a state lasts until, told in the present ("Sailings are cancelled until Monday",
# "remains closed until Friday") or as the earliest it may end ("until Monday at the
# earliest"): the coming day. In the past ("remained closed until Monday") it has gone by.
_UNTIL = re.compile(r"\b(?:until|till|before)\s+(?:at\s+least\s+)?$")
_PRESENT_STATE = re.compile(r"\b(?:is|are|remains?|stays?|has\s+been|have\s+been)\b")
_PAST_STATE = re.compile(r"\b(?:was|were|remained|stayed|had)\b")
_EARLIEST = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+at\s+the\s+earliest\b")
# A day set by a present-tense copula ("whose heats are on Friday", "The vote is on
# Tuesday"): a day to come, as the past would say "was".
_IS_ON = re.compile(r"\b(?:is|are)\s+(?:(?:also|now|still)\s+)?on\s+$")

_AMPM = r"(?P<ampm>[apAP])\.?\s?[mM]\b\.?"  # "p.m.", "pm", "PM"
# "local" alone only before punctuation: "at 3 p.m. local residents" names no zone;
# so "Eastern" alone ("5:17 p.m. Eastern."), not "at 5 p.m. Eastern Europe".
_ZONE = (
    r"(?:\s*(?P<zone>GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|AEST|AEDT"
    r"|ET\b|PT\b|(?:Eastern|Pacific|Central|Mountain)(?:\s+(?:[Ss]tandard|[Dd]aylight))?\s+[Tt]ime"
    r"|(?:UK|British)\s+[Tt]ime|Greenwich\s+[Mm]ean\s+[Tt]ime"
    r"|(?:Eastern|Pacific|Mountain)(?=\s*[,.;:)]|\s*$)"
    r"|local\s+time|local(?=\s*[,.;:)]|\s*$)))?"
)
_TPREP = (
    r"(?P<prep>(?:(?:shortly|just|at|around|about|approximately|by|before|after|until|from"
    r"|since)\s+){0,2})"
)
# _TPREP with at least one word said
_TPREP_SAID = (
    r"(?P<prep>(?:(?:shortly|just|at|around|about|approximately|by|before|after|until|from"
    r"|since)\s+){1,2})"
)
# The part of the day after an hour told without a.m. or p.m. ("at 8:05 in the
# evening", "at ten o'clock at night"): the half of the clock it is in.
_DAY_PART = r"(?P<part>\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight))?"
# Each with a cheap pattern for what it cannot match without (the part from the
# hour's last digit on, or the word): most sentences with a digit have no time.
_HOURS = {
    word: n
    for n, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), start=1
    )
}
_HOUR_WORDS = "(?i:" + "|".join(sorted(_HOURS, key=len, reverse=True)) + ")"
# Minutes told in words before "past" or "minutes to" ("twenty past nine", "ten minutes
# to six"; "twenty-five" read with its hyphen as a space).
_MINUTE_WORDS = {"five": 5, "ten": 10, "twenty": 20, "twenty five": 25}
# A part of the hour before the hour, as English tells a clock time in words: "half
# past two", "a quarter to one", "twenty past nine", "ten minutes to six". A count
# before a bare "to" is a score or odds ("won ten to six", "ten to one"), so only
# "quarter" or "minutes" turn the hour back.
_PART_OF_HOUR = (
    r"(?P<before>(?i:half)\s+past|(?:[Aa]\s+)?(?i:quarter)\s+(?:past|to|after)"
    r"|(?:(?i:twenty[- ]five|twenty|ten|five)|[1-5]?\d)(?:\s+minutes)?\s+past"
    r"|(?:(?i:twenty[- ]five|twenty|ten|five)|[1-5]?\d)\s+minutes\s+to)\s+"
)
# After a clock time told in words comes a word of time or place, a conjunction or the
# sentence's next phrase, not a noun the hour would count ("a quarter to one pound").
_NO_NOUN_AFTER = (
    r"(?!\s+(?!(?:in|at|on|and|or|but|when|as|after|before|with|from|until|local|the|that"
    r"|this|last|yesterday|today|tonight)\b)[a-z])"
)
_TIME_PATTERNS = tuple(
    (re.compile(p), re.compile(needs))
    for p, needs in (
        # not the minutes of a 24-hour time told with a needless "pm" ("17:06 pm")
        (
            rf"(?<![\w.:$£€]){_TPREP}(?P<h>1[0-2]|0?\d)(?:[:.]\s?(?P<m>[0-5]\d))?\s?{_AMPM}{_ZONE}",
            r"\d\s?[apAP]\.?\s?[mM]\b",
        ),
        (
            rf"(?<![\w.$£€]){_TPREP}(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\d.:,]\d)"
            rf"(?:\s?(?:hours|hrs|h)\b)?{_ZONE}{_DAY_PART}",
            r"\d[:.][0-5]\d",
        ),
        (
            rf"(?<![\w.$£€]){_TPREP}(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?:hours|hrs|(?P<zone>GMT|UTC))\b",
            r"\d{4}\s?(?:hours|hrs|GMT|UTC)\b",
        ),
        # "at half past two in the afternoon", "a quarter to one": before the patterns of
        # an hour told alone, which would take the hour without its minutes
        (
            rf"(?<![\w.$£€]){_TPREP}{_PART_OF_HOUR}(?P<h>1[0-2]|0?[1-9]|{_HOUR_WORDS})(?![\w-])"
            rf"(?:\s?o['’]\s?clock\b)?{_DAY_PART}{_NO_NOUN_AFTER}",
            r"\b(?:past|[Qq]uarter|minutes)\s",
        ),
        (rf"\b{_TPREP}(?P<word>noon|midday|midnight)\b", r"noon|midday|midnight"),
        # "at 10 o'clock", "at ten o'clock at night": an hour with no minutes
        (
            rf"(?<![\w.$£€]){_TPREP}(?P<h>1[0-2]|0?\d|{_HOUR_WORDS})\s?o['’]\s?clock\b"
            rf"{_DAY_PART}",
            r"o['’]\s?clock",
        ),
        # "just before nine in the morning", "at 4 in the afternoon": an hour whose part
        # of the day follows it needs no "o'clock"; after a word of time ("at", "before",
        # "around"), as without one it may be a count ("Nine in the morning shift")
        (
            rf"(?<![\w.$£€]){_TPREP_SAID}(?P<h>1[0-2]|0?[1-9]|{_HOUR_WORDS})(?!\w)"
            r"(?P<part>\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))",
            r"in\s+the\s+(?:morning|afternoon|evening)|at\s+night",
        ),
    )
)


@attrs.frozen
class Found:
    """A date or time in a sentence: offsets in the source text and its value."""

    start: int
    end: int
    value: str | None
    basis: str | None = None  # dates: explicit, weekday, relative, inferred-year
    zone: str | None = None  # times


# A sentence without a digit or any of these words has no date or time: skip the
# patterns. Each pattern's branches all start with a plain letter, so that re finds the
# letters a branch may start with and skips in C to the next of them; a lookahead in
# front (or \d as a branch) makes it try every branch at every position instead.
# (The digit is found apart, by _DIGIT, which also skips in C.)
_MAY_DATE_WORD = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day\b|day['’]s"
    r"|Yesterday|yesterday|Tomorrow|tomorrow|last night"
)
_TIME_WORDS = (
    "noon",
    "midday",
    "midnight",
    "clock",
    "in the morning",
    "in the afternoon",
    "in the evening",
    "at night",
    "past",
    "uarter",
    "minutes to",
)


def may_state_date(text: str) -> bool:
    """Whether text holds a digit or a word a date pattern needs."""
    return _DIGIT.search(text) is not None or _MAY_DATE_WORD.search(text) is not None


def may_state_time(text: str) -> bool:
    """Whether text holds a digit or a word a time pattern needs."""
    return _DIGIT.search(text) is not None or any(word in text for word in _TIME_WORDS)


def find_dates(text: str, offset: int, published: dt.date | None) -> list[Found]:
    if not may_state_date(text):
        return []
    has = (
        (_HAS_DIGIT if _DIGIT.search(text) else 0)
        | (_HAS_YEAR if _YEAR.search(text) else 0)
        | (_HAS_MONTH if _MONTH_NAME.search(text) else 0)
        | (_HAS_DAY if "day" in text else 0)
        | (_HAS_WORD if "esterday" in text or "omorrow" in text or "last night" in text else 0)
    )
    taken: list[tuple[int, int]] = []
    found = []
    for pattern, needs in _DATE_PATTERNS:
        if has & needs != needs:
            continue
        for match in pattern.finditer(text):
            a, b = match.span()
            if any(a < y and x < b for x, y in taken):
                continue
            value, basis = _date_value(match, text, published)
            taken.append((a, b))
            found.append(Found(a + offset, b + offset, value, basis))
    return sorted(found, key=lambda f: f.start)


def find_times(text: str, offset: int) -> list[Found]:
    if not may_state_time(text):
        return []
    taken: list[tuple[int, int]] = []
    found = []
    for index, (pattern, needs) in enumerate(_TIME_PATTERNS):
        if needs.search(text) is None:
            continue
        for match in pattern.finditer(text):
            groups = match.groupdict()
            prep, zone = groups.get("prep") or "", groups.get("zone")
            said = match.group()[: len(match.group()) - len(groups.get("part") or "")]
            # A bare "10.40" is a price as often as a time: "." needs a unit or zone, or
            # to be told as a time (_dotted_clock).
            if index == 1 and not prep and not zone and not re.search(r"h\w*$", said):
                continue
            dotted = index == 1 and "." in said and not zone and "h" not in said
            if dotted and not _dotted_clock(match, text):
                continue
            a, b = match.span()
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            found.append(Found(a + offset, b + offset, _time_value(groups), zone=zone))
    return sorted(found, key=lambda f: f.start)


# A word of level before "at 4.10": a price or a rate, not a time ("closed at 4.10",
# "priced at 8.40", "stood at 2.25").
_LEVEL_BEFORE = re.compile(
    r"\b(?:clos(?:ed|ing)|end(?:ed|ing)|finish(?:ed|ing)|st(?:ood|ands?|anding)|trad(?:ed|ing|es?)"
    r"|pric(?:ed|ing)|valu(?:ed|ing)|fixed|set|pegged|rates?|yields?|cost|costs|sells?|sold"
    r"|bought|buys?|paid|pays?|quoted|capped|peaked|bottomed|settled|hovered|hovering)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_NOUN_NEXT = re.compile(_NO_NOUN_AFTER.replace("(?!", "(?=", 1))


def _dotted_clock(match: re.Match[str], text: str) -> bool:
    """Is a dotted "4.30" after a word of time told as a clock time: with its part of
    the day ("at around 4.30 in the morning"), or on its own ("First serve was at
    20.30.", "signed on Thursday at 11.00 at the head office"), with no noun after it
    that it would count ("at 4.50 euros a litre") and no word of level before it
    ("closed at 4.10")? A price told with neither stays a number."""
    if match.group("part"):
        return True
    if not match.group("prep") or _NOUN_NEXT.match(text, match.end()):
        return False
    return _LEVEL_BEFORE.search(text, 0, match.start()) is None


def _time_value(groups: dict[str, str | None]) -> str | None:
    word = groups.get("word")
    if word:
        return "00:00" if word == "midnight" else "12:00"
    said_hour = (groups["h"] or "0").lower()
    hour = _HOURS[said_hour] if said_hour in _HOURS else int(said_hour)
    minute = int(groups.get("m") or 0)
    before = groups.get("before")
    if before:  # "half past two", "a quarter to one", "ten minutes to six"
        minute = _minutes_before_hour(before)
        if " to" in before.lower():
            hour, minute = (hour - 2) % 12 + 1, 60 - minute  # a quarter to one is 12:45
    ampm = groups.get("ampm")
    part = groups.get("part")
    if part:  # "ten o'clock in the morning" / "at night"
        ampm = "a" if "morning" in part else "p"
    if ampm:
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    if part and "night" in part and hour == 12:
        hour = 0  # "twelve o'clock at night" is midnight
    return f"{hour:02d}:{minute:02d}"


def _minutes_before_hour(said: str) -> int:
    """The minutes of the part of the hour told before it: "half past" 30, "a quarter
    to" 15, "twenty-five past" 25, "10 minutes to" 10."""
    lowered = " ".join(said.lower().replace("-", " ").split())
    if lowered.startswith("half"):
        return 30
    if "quarter" in lowered:
        return 15
    count = lowered.split(" minutes")[0].rsplit(" past", 1)[0]
    return _MINUTE_WORDS.get(count) or int(count)


def _date_value(
    match: re.Match[str], text: str, published: dt.date | None
) -> tuple[str | None, str | None]:
    g = match.groupdict()
    relative = g.get("myrel")
    if relative:
        if published is None:
            return None, "relative"
        told_year = published.year + _YEAR_SHIFT[relative.lower()]
        told_month = _MONTHS[g["month"].lower()]
        if not g.get("day"):
            return f"{told_year:04d}-{told_month:02d}", "relative"
        return _iso(told_year, told_month, int(g["day"])), "relative"
    if g.get("mnum"):
        return _iso(int(g["year"]), int(g["mnum"]), int(g["dnum"])), "explicit"
    if g.get("word"):
        if published is None:
            return None, "relative"
        shift = 1 if g["word"].lower() == "tomorrow" else -1
        return (published + dt.timedelta(days=shift)).isoformat(), "relative"
    if g.get("weekday") and not g.get("month"):
        return _weekday(match, text, published), "weekday"
    year = int(g["year"]) if g.get("year") else None
    month = _MONTHS[g["month"].lower()] if g.get("month") else None
    day = int(g["day"]) if g.get("day") else None
    if month is None:
        return (str(year), "explicit") if year else (None, None)
    if year is not None:
        if day is None:
            return f"{year:04d}-{month:02d}", "explicit"
        return _iso(year, month, day), "explicit"
    if published is None:
        return None, None
    # The year that puts the date nearest the article's date.
    candidates = [published.year - 1, published.year, published.year + 1]
    year = min(
        candidates, key=lambda y: abs(_months(y, month) - _months(published.year, published.month))
    )
    if day is None:
        return f"{year:04d}-{month:02d}", "inferred-year"
    return _iso(year, month, day), "inferred-year"


_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}


def _months(year: int, month: int) -> int:
    return year * 12 + month


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# "on Tuesday of last week", "Friday of next week", "Monday of this week"
_OF_WEEK = re.compile(r"\s+of\s+(last|next|this)\s+week\b", re.IGNORECASE)


def _weekday(match: re.Match[str], text: str, published: dt.date | None) -> str | None:
    if published is None:
        return None
    target = WEEKDAYS.index(match.group("weekday").lower())
    week = _OF_WEEK.match(text, match.end())
    if week is not None:
        # "on Tuesday of last week": that weekday of the calendar week named (Monday
        # first), not the latest Tuesday
        monday = published - dt.timedelta(days=published.weekday())
        shift = {"last": -7, "next": 7}.get(week.group(1).lower(), 0)
        return (monday + dt.timedelta(days=shift + target)).isoformat()
    rel = (match.group("rel") or "").strip().lower()
    before = text[max(0, match.start() - 60) : match.start()]
    if rel == "next" or (rel != "last" and _ahead(match, text, before, rel)):
        # "will shut at midday Friday" in Friday's paper is that day, as news style
        # names the day of writing by its weekday; "next Friday" is a week on
        ahead = (target - published.weekday()) % 7 or (7 if rel == "next" else 0)
        return (published + dt.timedelta(days=ahead)).isoformat()
    back = (published.weekday() - target) % 7
    if rel == "last" and back == 0:
        back = 7
    return (published - dt.timedelta(days=back)).isoformat()


def _ahead(match: re.Match[str], text: str, before: str, rel: str) -> bool:
    """Is the weekday one to come: told with a cue of the future before it ("will",
    "is due in court on", "hoped to reopen on"), as "this Saturday", set by a
    present-tense "is on", or as the present end of a state ("are cancelled until")?"""
    if _FUTURE.search(before) or _WOULD.search(before) or rel == "this":
        return True
    # the weekday's own preposition ("on") is part of the match: read up to the day
    said = text[max(0, match.start("weekday") - 60) : match.start("weekday")]
    if _IS_ON.search(said):
        return True
    bound = _UNTIL.search(said)
    if bound is not None:
        if _EARLIEST.match(text, match.end()):
            return True
        clause = said[: bound.start()]
        return bool(_PRESENT_STATE.search(clause)) and not _PAST_STATE.search(clause)
    return False


def parse_published(value: str) -> dt.date | None:
    """The article's date from metadata ("2022-01-13", maybe with a time); None if absent."""
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    if not match:
        return None
    try:
        return dt.date(*(int(x) for x in match.groups()))
    except ValueError:
        return None
