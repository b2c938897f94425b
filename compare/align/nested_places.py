"""Whether two places told for one fact by two articles may be a part and its whole.

No gazetteer here says which town lies in which district, so the place matchers
long set a pair aside whenever either place was named anywhere in the other
article: that article knew the place, and may have placed the event in its whole
or its part. But outlets telling one story name its other places too (the team
of one town playing in another, the police of a county, the road between two
villages), and an article that names the other's place only as something other
than a place where something stood or happened, never beside its own place,
placed the happening elsewhere. What tells a part and its whole is the two named
together, or the other's place told as a place of the story:
- one sentence of either article naming both ("in Tamga, near Bokonbaevo",
  "Harburg and Wilhelmsburg": happening_places' reading);
- one place a name WordNet lists as a place (a county, a country, a city: "in
  Surrey") and the other one it does not ("in Banstead"): the notable place may
  hold the other;
- a region or a country of the time-zone table, a people's land, or a widely
  known name no zone is named after; a name with a word for an area ("County
  Offaly", "Nagano prefecture");
- a place said of one of a set ("one of the hospitals on the island, in the
  village of X"): one member's place, not the fact's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from compare.align.in_towns import AREA_WORDS
from compare.align.object_nouns import is_place_noun
from compare.align.words import STOPWORDS, words
from compare.extract.claims import Place

# "one of the hospitals in X", "one of its plants near Y": a member of a set
_ONE_OF = re.compile(r"\bone\s+of\s+(?:the|its|their|his|her|our)\b", re.IGNORECASE)
_ONE_OF_WORDS = 8  # how far back before the place "one of" may stand


def may_nest(
    a: Place,
    b: Place,
    texts: Mapping[str, str],
) -> bool:
    """May the two places be one place's part and whole, or one of a set's? `texts`
    holds each article's sentences, one a line."""
    # happening_places reads the closest sentences' helpers: imported when called
    from compare.align.happening_places import holds_towns, told_together

    if one_of_many(a) or one_of_many(b):
        return True
    if an_area(a) or an_area(b):
        return True  # "in County Offaly", "in Nagano prefecture": an area holds towns
    if notable(a) != notable(b):
        return True  # "in Surrey" / "in Banstead": the place WordNet knows may hold the other
    return told_together(a, b, dict(texts)) or holds_towns(a) or holds_towns(b)


def one_of_many(place: Place) -> bool:
    """Is the place said of one of a set ("one of the major hospitals, in X")?"""
    before = place.sentence[: place.start - place.sentence_start].split()[-_ONE_OF_WORDS:]
    return bool(_ONE_OF.search(" ".join(before)))


def an_area(place: Place) -> bool:
    """Does the name open or end with a word for an area ("County Offaly", "the
    Tillabéri region"), or does such a word follow it ("in Nagano prefecture")?"""
    said = [w for w in words(place.text)[1:] if w not in STOPWORDS]  # past the preposition
    after = place.sentence[place.end - place.sentence_start :].split()[:1]
    following = after[0].strip(",.;:").lower() if after else ""
    return (bool(said) and (said[0] in AREA_WORDS or said[-1] in AREA_WORDS)) or (
        following in AREA_WORDS
    )


def notable(place: Place) -> bool:
    """Is the place's name one word WordNet lists as a place ("Surrey", "Kent",
    "Leeds")? A place notable enough to be listed is a county, a country or a city
    more often than the village or the district it may hold."""
    said = [w for w in words(place.name) if w not in STOPWORDS]
    return len(said) == 1 and is_place_noun(said[0])
