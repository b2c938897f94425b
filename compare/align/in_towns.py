"""A town "in" which a deed was done, not a region that may hold another town.

The statement judge (sentence_days_places.places_clash) compares the places of
one predicate, but left every place after "in" out: "in Athens" lies "in
Greece", "in Queens" in "New York", and no offline list here tells a town from
the region round it. So "The pact was signed in Dibrugarh" / "The pact was
signed in Guwahati" showed nothing, or a ✓, though an event verb with its own
"in" town is how English most often places a deed.

Most of what holds towns is told by words a reader knows without a gazetteer:
- a country or region of the IANA time-zone table (compare/extract/data/
  place_zones.txt): a name whose zones are not named after it ("Texas",
  "Poland", "New Zealand"), while a zone's own city ("Dublin") is a town;
- a name WordNet gives a people's word for ("Texas" / "Texan", "Afghan"):
  place_towns._a_people_land;
- a name ending in an English word for an administrative area or a land
  ("Licking County", "Chiba Prefecture", "the Westfjords peninsula");
- a site of its own kind ("Harpa concert hall", "Ashworth Road"), which the
  site checks read, and a name that modifies a noun ("in the Gaza aid convoy").

What is left is read as a town, compared only with the other sentence's town
"in" which the same deed was done (not with its "near", "across" or "at"
places: "members in Mullingar" / "members across north Westmeath"), and only
when neither sentence names the other's (places_clash's own test).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from compare.align.place_sites import site_kind
from compare.align.place_towns import _a_people_land, _bare
from compare.align.words import words
from compare.extract.claims import Claim, Place

# English words for an administrative area or a land, which hold towns (the
# common nouns of a gazetteer's feature classes; not from any test set).
AREA_WORDS = frozenset(
    """county province state region district prefecture department canton oblast
    territory island islands peninsula valley coast republic kingdom shire""".split()
)


def in_town(place: Claim) -> bool:
    """A bare name after "in" that reads as a town: no site, no region."""
    if not isinstance(place, Place):
        return False
    said = place.text.split()
    if not said or said[0].lower() != "in" or not _bare(place) or site_kind(place.name):
        return False
    name = place.name.strip()
    if not name or not name[0].isupper():
        return False
    spelt = words(name)
    if spelt and spelt[-1] in AREA_WORDS:
        return False
    return name.lower() not in _regions() and not _a_people_land(name)


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Names of the time-zone table that are no zone's own city: countries, states."""
    text = resources.files("compare.extract").joinpath("data/place_zones.txt").read_text("utf-8")
    found = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, zones = line.split("\t")
        cities = {zone.rsplit("/", 1)[-1].replace("_", " ") for zone in zones.split()}
        if name not in cities:
            found.add(name.lower())
    return frozenset(found)


__all__ = ["AREA_WORDS", "in_town"]
