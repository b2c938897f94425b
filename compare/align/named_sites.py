"""A name set before the word for a site: "at the Poljud swimming complex", "near
the Uwinka ranger station", "at the Acas offices", "off Atata island".

The place reader keeps the name and leaves the lower-case noun after it ("at the
Poljud", "near the Uwinka"). The place matchers set aside a name followed by a
noun in lower case, which is mostly a name used as a modifier ("in the Lister
administration": no place). When a noun of the few words after the name is one
whose commonest WordNet sense is a made or natural object (a building, a
station, an island, a coast: object_nouns, noun.artifact and noun.object), the
name names that site, and the place is kept; a plural only after "the" ("the Acas
offices": "near Harlow offices" names a class of sites). A noun of an area ("Nagano
prefecture", "the Amata industrial park") is not taken: an area may hold the
other article's town. A word of grammar after the name ("near Nagymaros while
sailing") ends the name's phrase: no noun follows it.
"""

from __future__ import annotations

import re

from compare.align.object_nouns import is_object_noun
from compare.align.words import STOPWORDS
from compare.extract.claims import Claim
from compare.extract.lemmas import classes

_AFTER_WORDS = 3  # how many lower-case words after a name its site's noun may lie
_LOWER_RUN = re.compile(rf"(?:\s+[a-z][a-z-]*){{1,{_AFTER_WORDS}}}")


def words_after(place: Claim) -> list[str]:
    """The lower-case words right after the place, up to _AFTER_WORDS."""
    run = _LOWER_RUN.match(place.sentence[place.end - place.sentence_start :])
    return run.group(0).split() if run else []


def grammar_after(place: Claim) -> bool:
    """Does a word of grammar follow the name ("near Nagymaros while sailing")?"""
    after = words_after(place)
    return bool(after) and after[0] in STOPWORDS


def names_a_site(place: Claim) -> bool:
    """Is the name followed, within a few lower-case words, by a noun of a made or
    natural object ("the Acas offices", "the Poljud swimming complex")?"""
    for word in words_after(place):
        if word in STOPWORDS:
            return False
        noun = classes(word).get("noun")
        if noun is None:
            return False
        if is_object_noun(noun):
            # "near Harlow offices": without "the", a plural names a class of sites
            return word == noun or _the_before(place)
    return False


def _the_before(place: Claim) -> bool:
    """Does "the" open the name ("at the Acas offices")?"""
    return [w.lower() for w in place.text.split()[1:2]] == ["the"]
