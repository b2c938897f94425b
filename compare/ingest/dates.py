"""An article's date as YYYY-MM-DD from its metadata or date line ("June 25, 2005",
"25 June 2005", "2005-06-25"): `claimdiff add` names files by it, and align reads
the moment an article was written from it (age_moments.py)."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ),
        1,
    )
    for m in names.split()
}
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_FIRST = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")


def iso_date(text: str) -> str | None:
    """YYYY-MM-DD from a metadata or date-line value, or None if it names no real day."""
    found: tuple[int, int, int] | None = None
    if match := _ISO.search(text):
        found = (int(match[1]), int(match[2]), int(match[3]))
    elif (match := _MONTH_FIRST.search(text)) and match[1].lower() in _MONTHS:
        found = (int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    elif (match := _DAY_FIRST.search(text)) and match[2].lower() in _MONTHS:
        found = (int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    if found is None:
        return None
    try:
        return dt.date(*found).isoformat()
    except ValueError:
        return None
