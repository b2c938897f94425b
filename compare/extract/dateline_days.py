"""The day a wire dateline gives ("OSLO, March 4 (Nordwire) - A ferry ran aground on
Monday"): the day the story was filed, not the day of the lead's event.

A frame takes the first day inside its clause, and the dateline sits inside the
lead's first clause, so without this check the lead of every wire story is dated by
its stamp and the day it tells ("on Monday") is lost. A dateline is told by its form,
as attribution.datelines reads the place: at the sentence's start, capitalised words
set off by commas (the place, perhaps its region), the day with no preposition before
it, then perhaps the agency in brackets and a dash.
"""

from __future__ import annotations

import re

# the place and its region before the day: capitalised words and commas only
_PLACE_BEFORE = re.compile(
    r"\s*[A-Z\u00c0-\u00de][^\s,]*(?:[ \t]+[A-Z\u00c0-\u00de][^\s,]*){0,3}"
    r"(?:,[ \t]*[A-Z\u00c0-\u00de][^\s,]*(?:[ \t]+[A-Z\u00c0-\u00de][^\s,]*){0,3})*"
    r",[ \t]*$"
)
# the agency in brackets, then the dash that ends the dateline
_DASH_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:-{1,2}|\u2013|\u2014)\s")


def dateline_day(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Is text[start:end], a day in the sentence opening at sentence_start, the day
    of a dateline?"""
    before = text[sentence_start:start]
    return bool(_PLACE_BEFORE.fullmatch(before)) and bool(_DASH_AFTER.match(text, end))
