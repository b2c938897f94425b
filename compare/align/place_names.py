"""Whether two place names name one place: one spelt two ways ("Treatment Center"
/ "Treatment Centre"), abbreviated ("Mt Cook"), or by its initials ("IRTC")."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from compare.align.frames import same_place
from compare.align.spelling import STATE_ABBREVIATIONS
from compare.align.words import STOPWORDS, words

SPELLING = 85  # rapidfuzz ratio over which two place names are one spelt two ways


def places_fit(x: Any, y: Any) -> bool:
    # "Treatment Center" / "Treatment Centre", "Mt Cook" / "Aoraki Mount Cook", "IRTC"
    name_x, name_y = spelt_out(x.name), spelt_out(y.name)
    return (
        same_place(name_x, name_y)
        or fuzz.token_set_ratio(name_x, name_y) >= SPELLING
        or _initials(x.name, y.name)
        or _initials(y.name, x.name)
    )


def named_in(place: Any, sentence: str) -> bool:
    return f" {spelt_out(place.name)} " in f" {spelt_out(sentence)} "


_ABBREVIATIONS = {"mt": "mount", "st": "street", "ave": "avenue", "rd": "road", "ft": "fort"}
_ABBREVIATIONS |= STATE_ABBREVIATIONS  # "Rancho Mirage, Calif."


# What kind of place a name ends in: "the Betty Ford Clinic" is "Betty Ford Center".
_FACILITIES = frozenset(
    "center centre clinic hospital facility building hall house complex".split()
)


def spelt_out(name: str) -> str:
    # "Lyon's old Place Bellecour" names Lyon
    bare = [w.removesuffix("'s") for w in words(name)]
    spelt = [_ABBREVIATIONS.get(w, w) for w in bare if w not in STOPWORDS]
    if len(spelt) > 1 and spelt[-1] in _FACILITIES:
        spelt = spelt[:-1]
    return " ".join(spelt)


def _initials(short: str, long: str) -> bool:
    """'IRTC' / 'Internationally Recognised Transit Corridor'."""
    letters = "".join(w[0] for w in words(long) if w not in STOPWORDS)
    return short.isupper() and len(short) >= 2 and short.lower() == letters
