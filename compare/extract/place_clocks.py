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
from collections.abc import Iterator
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
def _table() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The zones of each name, and the names by their first two characters, longest
    first (every name has two or more)."""
    text = resources.files("compare.extract").joinpath("data/place_zones.txt").read_text("utf-8")
    zones: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, names = line.split("\t")
            zones[name] = tuple(names.split())
    starting: dict[str, list[str]] = {}
    for name in sorted(zones, key=len, reverse=True):
        starting.setdefault(name[:2], []).append(name)
    return zones, {start: tuple(names) for start, names in starting.items()}


# Where a name may start: not right after a letter, digit or underscore.
_AFTER_NO_WORD = re.compile(r"(?<!\w)")


def _is_word(char: str) -> bool:
    """A character of the regular expression class \\w (letters, digits, "_")."""
    return char.isalnum() or char == "_"


def names_in(text: str) -> Iterator[tuple[int, str]]:
    """The table's names in the text, each whole (no letter, digit or "_" on either
    side), as (start, name), left to right and not overlapping, the longest where
    several start at one place. What one regular expression of the ~560 names as
    alternatives finds, without compiling it: compiling took ~60 million
    instructions (1% of a first comparison of 20 articles), while the articles are
    few that are read for their place's clock."""
    _, starting = _table()
    resume = 0
    for at in _AFTER_NO_WORD.finditer(text):
        start = at.start()
        if start < resume:
            continue
        for name in starting.get(text[start : start + 2], ()):
            end = start + len(name)
            if text.startswith(name, start) and (end == len(text) or not _is_word(text[end])):
                yield start, name
                resume = end
                break


def named_zones(text: str, dateline: str = "") -> frozenset[str]:
    """The IANA zones of the countries and cities the text (and its dateline, often
    in capitals) names, each name outside a longer name."""
    zones, _ = _table()
    found: set[str] = set()
    for start, name in names_in(text):
        before = _BEFORE.search(text, max(0, start - 40), start)
        word = before.group(1) if before else ""
        if word[:1].isupper() and word.lower() not in _FUNCTION_WORDS:
            continue  # "New Jersey", "Michael Jordan"
        found.update(zones[name])
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
