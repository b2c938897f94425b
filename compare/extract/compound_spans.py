"""A stretch of time told in two units at once: "3 hours and 40 minutes", "two hours
40 minutes", "5 days and 6 hours" is one span, 220 minutes, 160 minutes, 126 hours;
and one unit and a half: "a year and a half", "one and a half hours" is 1.5 years,
1.5 hours (a figure no pattern of number extraction reads); a part of one unit: "half
an hour", "three-quarters of an hour" is 0.5 or 0.75 hours, not a share of something.

Number extraction reads each figure with its own unit, so such a span came out as two
figures ("3 hours", "40 minutes"), neither of which is the span another outlet tells
in one unit ("It took 220 minutes"), and either of which could be set against an
unrelated figure of its unit. Here the two are joined into one quantity in the smaller
unit, which compare.align.time_spans already compares with spans in other units.
Only units that follow one another (hours then minutes, minutes then seconds,
days then hours, weeks then days, years then months; a third after the two: "2 hours,
9 minutes and 14 seconds"), each unit spelt out or in its short form ("3min 20sec"),
joined by nothing, a comma or "and", and neither hedged nor a range. A race time in
clock notation ("2:09:14", "2:01.38") is read here too, as the same span in seconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

from compare.extract import number_forms as nf
from compare.extract import number_grammar as ng
from compare.extract.number_forms import Quantity

# Each unit, singular, with the next smaller one and how many of those it holds.
_SMALLER = {
    "hour": ("minute", 60),
    "minute": ("second", 60),
    "day": ("hour", 24),
    "week": ("day", 7),
    "year": ("month", 12),
}
_UNITS = {form: unit for unit in (*_SMALLER, "second", "month") for form in (unit, unit + "s")}
# the short forms of race and match times: "3min 20sec", "1hr 5min"
_UNITS.update(
    {
        "hr": "hour",
        "hrs": "hour",
        "min": "minute",
        "mins": "minute",
        "sec": "second",
        "secs": "second",
    }
)
_JOIN = re.compile(r"\s*(?:,\s*|\s+)(?:and\s+)?", re.IGNORECASE)


def _unit(quantity: Quantity) -> str | None:
    """The unit of time a plain figure counts ("hours": hour), if it counts one."""
    if quantity.form != "cardinal" or quantity.pair is not None or not quantity.unit:
        return None
    return _UNITS.get(quantity.unit.lower())


# a share of one unit of time: "three-quarters of an hour", "half a day"; not of a year or
# a century ("a quarter of a century"), which the statement rules compare as written
_OF_A_UNIT = re.compile(r"\s+of\s+an?\s+(?P<unit>second|minute|hour|day|week)\b")


# one of a larger unit told with the article before a figure of the next smaller one:
# "an hour and 20 minutes", "a day and six hours", "a year and two months"
_ONE_UNIT_BEFORE = re.compile(
    r"\b(?:an?|one)\s+(?P<unit>hour|day|week|year|minute)\s*(?:,\s*|\s+)(?:and\s+)?$",
    re.IGNORECASE,
)


def _after_one_unit(text: str, quantity: Quantity) -> Quantity:
    """A figure of a unit told after one of the next larger unit ("an hour and 20
    minutes") as the whole span (80 minutes), with any hedge before it."""
    small = _unit(quantity)
    if small is None or quantity.hedge or quantity.low != quantity.high:
        return quantity
    before = _ONE_UNIT_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
    if before is None:
        return quantity
    big = before.group("unit").lower()
    if _SMALLER[big][0] != small:
        return quantity
    value = _SMALLER[big][1] + quantity.value
    line_start = text.rfind("\n", 0, before.start()) + 1
    hedge, hedge_start, _, _ = ng.prefix(text, line_start, before.start())
    low, high = nf.interval(value, value, hedge) if hedge else (value, value)
    return attrs.evolve(
        quantity,
        start=hedge_start if hedge else before.start(),
        value=value,
        low=low,
        high=high,
        hedge=hedge or None,
        unit=small + "s",
    )


def joined_spans(text: str, found: Iterable[Quantity]) -> Iterator[Quantity]:
    """The quantities, in order of position, with each two-unit span made one and each
    share of one unit of time made a span of that unit."""
    pending: Quantity | None = None
    for quantity in map(lambda q: _after_one_unit(text, _part_of_unit(text, q)), found):
        if pending is not None:
            joined = _joined(text, pending, quantity)
            if joined is not None:
                # kept pending: a third unit may follow ("2 hours, 9 minutes and 14 seconds")
                pending = joined
                continue
            yield pending
        pending = quantity
    if pending is not None:
        yield pending


def _part_of_unit(text: str, quantity: Quantity) -> Quantity:
    """A share told of one unit of time ("three-quarters of an hour") as that span."""
    if quantity.form != "share" or quantity.pair is not None:
        return quantity
    of_unit = _OF_A_UNIT.match(text, quantity.end)
    if of_unit is None:
        return quantity
    return attrs.evolve(quantity, unit=of_unit.group("unit"), form="cardinal")


def _joined(text: str, larger: Quantity, smaller: Quantity) -> Quantity | None:
    big, small = _unit(larger), _unit(smaller)
    if big is None or small is None or _SMALLER.get(big, ("", 0))[0] != small:
        return None
    if smaller.hedge or smaller.low != smaller.high:
        return None  # a hedge inside the span ("3 hours and about 40 minutes") is no one span
    if larger.low != larger.high and not larger.hedge:
        return None  # a range ("2-3 hours and 40 minutes")
    # the larger figure's unit, then only a comma or "and" before the smaller figure
    unit_end = text.lower().find(larger.unit.lower() if larger.unit else "", larger.end)
    if unit_end < 0 or text[larger.end : unit_end].strip():
        return None
    gap = _JOIN.fullmatch(text, unit_end + len(larger.unit or ""), smaller.start)
    if gap is None:
        return None
    value = larger.value * _SMALLER[big][1] + smaller.value
    # a hedge before the span is the whole span's: "about 2 hours 10 minutes" is about 130
    low, high = nf.interval(value, value, larger.hedge) if larger.hedge else (value, value)
    return attrs.evolve(
        smaller,
        start=larger.start,
        value=value,
        low=low,
        high=high,
        hedge=larger.hedge,
        unit=small + "s",  # the unit's full name: "3min 20sec" is 200 seconds
    )


# "a year and a half", "an hour and a half", "one and a half hours", "half an hour"
_AND_A_HALF = re.compile(
    r"\b(?:(?:an?|one)\s+(?P<unit>second|minute|hour|day|week|month|year|decade)\s+and\s+a\s+half"
    r"|one\s+and\s+a\s+half\s+(?P<units>seconds|minutes|hours|days|weeks|months|years|decades)"
    r"|half\s+an?\s+(?P<half>second|minute|hour|day|week|month|year|decade|century))\b",
    re.IGNORECASE,
)


# the same of a unit of length, area or mass: "a kilometre and a half", "half a mile",
# "one and a half tonnes" (not "pound", as often money as a mass)
_MEASURES = (
    "mile|kilometre|kilometer|metre|meter|foot|inch|yard|tonne|ton|kilo|kilogram|hectare|acre"
)
_MEASURE_AND_A_HALF = re.compile(
    rf"\b(?:(?:an?|one)\s+(?P<unit>{_MEASURES})\s+and\s+a\s+half"
    rf"|one\s+and\s+a\s+half\s+(?P<units>(?:{_MEASURES}|feet|inche)s?)"
    rf"|half\s+an?\s+(?P<half>{_MEASURES}))\b",
    re.IGNORECASE,
)


def half_spans(text: str, start: int, end: int, found: Iterable[Quantity]) -> list[Quantity]:
    """One unit of time (or of length, area or mass) and a half, or half of one, in
    text[start:end], where no quantity was found."""
    taken = [(q.start, q.end) for q in found]
    spans = []
    matches = [*_AND_A_HALF.finditer(text, start, end)]
    matches += _MEASURE_AND_A_HALF.finditer(text, start, end)
    for match in matches:
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        unit = match.group("unit") or match.group("units") or match.group("half")
        value = 0.5 if match.group("half") else 1.5
        # a hedge before it, as before any figure: "in less than half an hour"
        hedge, hedge_start, _, _ = ng.prefix(text, start, match.start())
        if hedge:
            low, high = nf.interval(value, value, hedge)
            spans.append(
                Quantity(
                    hedge_start, match.end(), value, low, high, hedge, unit.lower(), "cardinal"
                )
            )
            continue
        spans.append(
            Quantity(
                match.start(), match.end(), value, value, value, None, unit.lower(), "cardinal"
            )
        )
    return spans


# A race or match time in clock notation: hours, minutes and seconds ("2:09:14"), or
# minutes, seconds and hundredths ("2:01.38"). A time of day never has either form (no
# seconds in news, no decimal part), so this is an elapsed span, told in seconds as the
# words "2 hours, 9 minutes and 14 seconds" are joined. "3:20" alone stays unread: it is
# as often 3.20pm.
_CLOCK_SPAN = re.compile(
    r"(?<![\d:.])(?:(?P<h>\d{1,2}):(?P<hm>[0-5]\d):(?P<hs>[0-5]\d)(?:\.\d+)?"
    r"|(?P<m>\d{1,2}):(?P<ms>[0-5]\d\.\d{1,3}))(?![\d:]|\.\d)"
)


def clock_spans(text: str, start: int, end: int, found: Iterable[Quantity]) -> list[Quantity]:
    """Race times in clock notation in text[start:end], where no quantity was found."""
    taken = [(q.start, q.end) for q in found]
    spans = []
    for match in _CLOCK_SPAN.finditer(text, start, end):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        if match.group("h") is not None:
            told = match.group().split(":")
            value = int(told[0]) * 3600 + int(told[1]) * 60 + float(told[2])
        else:
            value = int(match.group("m")) * 60 + float(match.group("ms"))
        spans.append(
            Quantity(match.start(), match.end(), value, value, value, None, "seconds", "cardinal")
        )
    return spans
