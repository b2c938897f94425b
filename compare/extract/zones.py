"""A clock time told in a named zone, put in UTC.

Outlets in different countries give one moment in their readers' clocks ("5:17
p.m. Eastern time" / "10.17pm UK time", "9 p.m. JST" / "noon GMT"): compared as
told, the two read as two times. Put in UTC, one moment agrees and two moments
differ. The offsets come from the standard library's time-zone data (zoneinfo),
read on the article's published date, so daylight saving is that of the day.

Only zones the words name are read here, each mapped to one IANA zone (a time told
without one, or in "local time", is read on the clock of its article's place by
compare/extract/place_clocks): a zone the words leave open ("CST", China's or America's Central;
"IST", India's, Ireland's or Israel's) gives no UTC reading, and neither does a zone
whose offset changes within the days before publication (a daylight-saving switch:
the event's own day is not known to the hour). Abbreviations of a season ("EST",
"BST", "CEST") are read as their region's clock on the day, as writers use them
loosely ("EST" in July).

A zone the words leave open is read on its article's place, when the place's clock
(compare/extract/place_clocks) is one of the zone's readings on the day: "7 pm IST"
in a story whose places all keep India's clock is India's 7 pm (open_zone).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

# Zone words (lower case, spaces single) and the IANA zone they name.
_ZONES = {
    "gmt": "UTC",
    "greenwich mean time": "UTC",
    "utc": "UTC",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "eastern time": "America/New_York",
    "eastern": "America/New_York",
    "eastern standard time": "America/New_York",
    "eastern daylight time": "America/New_York",
    "cdt": "America/Chicago",
    "central time": "America/Chicago",
    "central standard time": "America/Chicago",
    "central daylight time": "America/Chicago",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "mountain time": "America/Denver",
    "mountain": "America/Denver",
    "mountain standard time": "America/Denver",
    "mountain daylight time": "America/Denver",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pacific time": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "pacific standard time": "America/Los_Angeles",
    "pacific daylight time": "America/Los_Angeles",
    "bst": "Europe/London",
    "uk time": "Europe/London",
    "british time": "Europe/London",
    "cet": "Europe/Paris",
    "cest": "Europe/Paris",
    "jst": "Asia/Tokyo",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
}
# Abbreviations several clocks share, and the IANA zones of their readings.
_OPEN_ZONES = {
    "ist": ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"),
    "cst": ("America/Chicago", "Asia/Shanghai", "America/Havana"),
}
# The days before publication the event may fall on ("last night", "on Saturday").
_DAYS_BACK = 3
_DAY_MINUTES = 24 * 60


def zone_name(zone: str | None) -> str | None:
    """The IANA zone a zone's words name, None for none or an open one."""
    if not zone:
        return None
    return _ZONES.get(" ".join(zone.lower().split()))


def utc_clock(value: str | None, zone: str | None, published: dt.date | None) -> str | None:
    """The clock time "HH:MM" in UTC of `value` told in `zone`, None when the zone is
    not named, not known, or its offset is not one over the days up to `published`
    (a zone without daylight saving needs no date)."""
    return utc_in_zone(value, zone_name(zone), published)


def open_zone(zone: str | None, place: str | None, published: dt.date | None) -> str | None:
    """The IANA zone an open abbreviation ("IST", "CST") names in an article whose
    place keeps the clock of `place`: the one reading on that clock over the days up
    to `published` ("IST" in a story from India is India's), None when no reading, or
    more than one, is on it, or the zone is not open."""
    readings = _OPEN_ZONES.get(" ".join((zone or "").lower().split()), ())
    if place is None or not readings:
        return None
    offset = zone_offset(place, published)
    if offset is None:
        return None
    fitting = [name for name in readings if zone_offset(name, published) == offset]
    return fitting[0] if len(fitting) == 1 else None


def utc_in_zone(value: str | None, name: str | None, published: dt.date | None) -> str | None:
    """The clock time "HH:MM" in UTC of `value` told on the clock of the IANA zone
    `name`, None when there is none or its offset is not one over the days up to
    `published`."""
    if value is None or name is None:
        return None
    offset = zone_offset(name, published)
    if offset is None:
        return None
    hours, minutes = (int(part) for part in value.split(":"))
    total = (hours * 60 + minutes - offset) % _DAY_MINUTES
    return f"{total // 60:02d}:{total % 60:02d}"


def zone_offset(name: str, published: dt.date | None) -> int | None:
    """The IANA zone's offset from UTC in minutes over the days up to `published`
    (the event's day is not known to the hour), None when it changes within them,
    or, with no date, between January and July; None for an unknown zone."""
    try:
        tz = zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
    if published is None:
        days = [dt.date(2001, 1, 15), dt.date(2001, 7, 15)]
    else:
        days = [published - dt.timedelta(days=n) for n in range(_DAYS_BACK + 1)]
    offsets = {dt.datetime(d.year, d.month, d.day, 12, tzinfo=tz).utcoffset() for d in days}
    if len(offsets) != 1:
        return None
    offset = offsets.pop()
    return None if offset is None else int(offset.total_seconds()) // 60
