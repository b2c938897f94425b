"""The clock of the country or city an article reports from, for its times told
without a zone.

A wire story written for readers abroad gives the moment in GMT or UTC ("lost power
at 0912 GMT", "began at 23:40 UTC on Thursday"), while a local outlet gives the
place's own clock, with "local time" or with no zone at all ("lost power at 6:42
p.m.", "began at 6.40am local time"). Compared as told, the two are left undecided
(perhaps one moment); put on one clock, one moment agrees and two moments differ.

The place's clock is read from the article itself: the countries and cities it
names that the IANA time-zone database knows (data/place_zones.txt, built by
bench/build_place_zones.py: a country's name and its zones, a zone's own city), its
dateline included. The article gets a clock only when every such name it gives
lies on one offset from UTC over the days before publication: an article naming
Nepal and Kathmandu is on Nepal's clock; one naming Tokyo and London, or the
United States (six offsets), gets none, and neither does one naming none. A name
right after another capitalised word is part of a longer name ("New Jersey",
"Michael Jordan", "Central America") and is not read.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from importlib import resources

from compare.extract.zones import zone_offset

# a word of the language, not a name: "In Tokyo", "At Lagos" start a sentence
_FUNCTION_WORDS = frozenset(
    "a an and as at by for from in into near of off on or out outside the to over "
    "under via with within".split()
)
_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[ \t]+$")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str]]:
    text = resources.files("compare.extract").joinpath("data/place_zones.txt").read_text("utf-8")
    zones: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, names = line.split("\t")
            zones[name] = tuple(names.split())
    alternatives = "|".join(re.escape(n) for n in sorted(zones, key=len, reverse=True))
    return zones, re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def named_zones(text: str, dateline: str = "") -> frozenset[str]:
    """The IANA zones of the countries and cities the text (and its dateline, often
    in capitals) names, each name outside a longer name."""
    zones, pattern = _table()
    found: set[str] = set()
    for match in pattern.finditer(text):
        before = _BEFORE.search(text, max(0, match.start() - 40), match.start())
        word = before.group(1) if before else ""
        if word[:1].isupper() and word.lower() not in _FUNCTION_WORDS:
            continue  # "New Jersey", "Michael Jordan"
        found.update(zones[match.group()])
    for part in re.split(r"[,;]", dateline):
        name = " ".join(part.split()).title()
        found.update(zones.get(name, ()))
    return frozenset(found)


def place_zone(text: str, dateline: str, published: dt.date | None) -> str | None:
    """The IANA zone of the article's place: one of the zones its names give, when
    they all lie on one offset over the days up to `published`; else None."""
    zones = named_zones(text, dateline)
    offsets = {zone_offset(zone, published) for zone in zones}
    if len(offsets) != 1 or None in offsets:
        return None
    return min(zones)
