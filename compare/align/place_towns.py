"""Two bare place names given for one event: "near the town of Geyserville" / "near
Cloverdale", "an elementary school in Prineville" / "an elementary school in Madras".

The names are given by a landmark ("near", "outside", "off"), or after "in" as the
town a building stands in ("at a motel in Waco", "a school in Prineville"): a
building stands in one town, so that name is a town's, not a region's ("in
Texas"). Other "in" names were nearly always a place and a place inside it on
ECB+ ("in Queens" / "in New York"), and are not paired.

A bare name (a town, a region, a country) may lie inside another ("Jabaliya" /
"Gaza"), and there is no gazetteer here, so such a pair is shown as a variant
(when_where's place judge), never as a conflict. It is paired only when nothing
hints that both are right:
- the clauses tell one act (place_sites.one_event: one verb or one a kind of the
  other, no two doers or things, no two days, no "another"); the same thing near
  two landmarks is not enough ("a ridge near the Tasman Glacier" / "a ridge near
  the Tasman Saddle Hut": the hut stands on the glacier);
  or, when each article gives one landmark name only, the two clauses tell of
  one subject (one head for the actor or the thing), whatever their verbs ("a
  pump station will be installed near X" / "plans a pump station near Y");
  or, for two towns of buildings, one building's noun stands in both ("a
  scrapyard in Ashdale was searched" / "the parts were found at a scrapyard in
  Brentmoor", "Harlan's mill in Kestov" / "the group's mill in Dorrin"): a
  building stands in one town, whatever the verbs;
- each is the other article's only place for that event, both ways round (an
  article giving two places for it names a region and a town in it, or two
  stages);
- neither name occurs in the other article (in its sentences that hold a place
  claim, the only ones this matcher is handed): an article that names both
  knows how they stand to one another (a town and its region, where someone lives
  and where it happened), and its own sentence pairs them if they clash.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Sequence

from compare.align.derivations import families
from compare.align.frames import actor_and_thing_heads, when_part
from compare.align.place_names import places_fit, spelt_out
from compare.align.place_sites import another, one_event, site_kind, standing_there
from compare.align.settings import Options
from compare.align.sole_kinds import tells_one
from compare.align.words import ARTICLES, STOPWORDS, display_words
from compare.extract.claims import Claim, Place

TOWN_SCORE = 0.75  # below a pair of one kind of site (place_sites.SITE_SCORE)


def town_pairs(
    claims: Sequence[Claim], options: Options | None = None
) -> list[tuple[float, int, int]]:
    """Pairs of bare place names, each the other article's only place for one event."""
    landmarks: dict[str, list[int]] = defaultdict(list)
    site_towns: dict[str, list[int]] = defaultdict(list)
    sentences: dict[str, dict[int, str]] = defaultdict(dict)
    names: dict[int, str] = {}
    for i, claim in enumerate(claims):
        sentences[claim.source][claim.sentence_start] = claim.sentence
        if not isinstance(claim, Place) or not _bare(claim):
            continue
        if _landmark(claim):
            landmarks[claim.source].append(i)
        elif _site_town(claim):
            site_towns[claim.source].append(i)
        else:
            continue
        names[i] = f" {spelt_out(claim.name)} "
    sources = sorted(set(landmarks) | set(site_towns))
    # Each article's words spelt out once: a place is looked for in every other one.
    spelt = {s: f" {' | '.join(spelt_out(t) for t in sentences[s].values())} " for s in sources}
    pairs: list[tuple[float, int, int]] = []
    for x, first in enumerate(sources):
        for second in sources[x + 1 :]:
            a = [i for i in landmarks[first] if names[i] not in spelt[second]]
            b = [j for j in landmarks[second] if names[j] not in spelt[first]]
            found = _only_partners(claims, a, b)
            if not found and (a, b) == (landmarks[first], landmarks[second]):
                # neither article names a landmark of the other's
                found = _sole_landmarks(claims, a, b)
            # A site's town joins only where the landmarks paired nothing: an
            # article's landmark for an event stays paired as before, and a town
            # beside it makes two places for one event, which pairs neither.
            paired = {k for pair in found for k in pair}
            a += [i for i in site_towns[first] if names[i] not in spelt[second]]
            b += [j for j in site_towns[second] if names[j] not in spelt[first]]
            found += [
                (i, j)
                for i, j in _only_partners(claims, a, b, {*site_towns[first], *site_towns[second]})
                if (i in site_towns[first] or j in site_towns[second]) and not {i, j} & paired
            ]
            pairs.extend((TOWN_SCORE, i, j) for i, j in found)
    return pairs


# Prepositions that place an event by a landmark, outside it: "near Cloverdale",
# "outside Lyon", "off Lampedusa". "in Queens" / "in New York", "at the Mat" / "in
# Alaska" were nearly always a place and a place inside it (read on ECB+).
_BY_A_LANDMARK = frozenset("near outside off".split())


def _bare(place: Place) -> bool:
    """A bare name (no street or building of its own), not a modifier of a noun."""
    return bool(place.text.split()) and not site_kind(place.name) and not _modifier(place)


def _landmark(place: Place) -> bool:
    return place.text.split()[0].lower() in _BY_A_LANDMARK or bool(_ON_THE_EDGE.match(place.text))


# "on the outskirts of Tembleque", "on the edge of Ripon": by the town, as "outside" it
_ON_THE_EDGE = re.compile(r"on\s+the\s+(?:outskirts|edge)\s+of\s", re.IGNORECASE)


def _site_town(place: Place) -> bool:
    """An "in" name given as the town a building stands in ("at a motel in Waco",
    "an elementary school in Prineville"): a town, as a landmark's name is, not a
    region the event happened in ("the death of a man in New Zealand", "a mountain in
    New Zealand"). A building told by its own name ("the Betty Ford Clinic in Rancho
    Mirage") is left out: outlets place a named site in its town or in the city
    round it ("Palm Springs"), both right."""
    before = place.sentence[: place.start - place.sentence_start].rstrip()
    if place.text.split()[0].lower() != "in" or before.endswith((",", ";", "(")):
        return False
    # the building's noun and the word before it, in lower case: no name of its own
    last = display_words(before)[-2:]
    return (
        (bool(standing_there(place)) or _institution(last))
        and last[-1] in _BUILDINGS
        and all(_common(w) for w in last)
        and not _a_people_land(place.name)
    )


def _common(word: str) -> bool:
    """A word of a building told by a common noun: lower case, an article opening the
    sentence ("A scrapyard in X"), or an owner's possessive ("Harlan's mill in X",
    "the group's mill in Y": whose the building is, not a name of its own)."""
    return word.islower() or word.lower() in ARTICLES or word.endswith(_POSSESSIVES)


_POSSESSIVES = ("'s", "\u2019s")


# English names an institution by its bare noun after a preposition, with no
# article: "taken to hospital in Graz", "in prison in Leeds", "at school in Ely".
_INSTITUTIONS = frozenset("hospital prison jail school college church court".split())
_BARE_BEFORE = frozenset("to in at from into".split())


def _institution(last: list[str]) -> bool:
    """The building's noun is an institution's, bare after its preposition."""
    return len(last) == 2 and last[0] in _BARE_BEFORE and last[1] in _INSTITUTIONS


def _a_people_land(name: str) -> bool:
    """A name WordNet gives a people's word for ("Texas" / "Texan", "Afghanistan" /
    "Afghan"): a country or a state, which holds towns ("a hospital in Texas")."""
    return " " not in name and bool(families(name.lower()))


# Nouns of a building or a place of business, which stands in one town: the noun
# before "in <Name>" that makes the name a town's.
_BUILDINGS = frozenset(
    """hotel motel inn hostel school college campus station store shop supermarket market
    kitchen restaurant cafe bar pub factory plant mill warehouse depot workshop yard
    hospital clinic church chapel mosque temple hall stadium arena office offices
    headquarters unit branch prison jail courthouse museum library theatre theater
    cinema gym gymnasium farm barn house home apartment flat garage scrapyard""".split()
)


def _modifier(place: Claim) -> bool:
    """Is the name a modifier of a common noun after it ("in the German film", "in
    the Gaza aid convoy"), not the place itself?"""
    after = _NEXT_WORD.match(place.sentence[place.end - place.sentence_start :])
    if after is None:
        return False
    word = after.group(1)
    return word.islower() and word not in STOPWORDS and word not in _WHEN_WORDS


_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
# Lower-case words after a place that tell when, not what ("in Lier yesterday").
_WHEN_WORDS = frozenset("yesterday today tonight overnight earlier later early late last".split())


def _only_partners(
    claims: Sequence[Claim],
    a: list[int],
    b: list[int],
    buildings: Collection[int] = frozenset(),
) -> list[tuple[int, int]]:
    """The pairs of one event where each side's partners all bear one name. Two
    towns each given as the town of a building (`buildings`) pair when the one noun
    of a building stands in both ("a scrapyard in Ashdale was searched" / "the parts
    were found at a scrapyard in Brentmoor"): one building stands in one town,
    whatever the verbs told of it."""
    partners: dict[int, list[int]] = defaultdict(list)
    for i in a:
        for j in b:
            if not places_fit(claims[i], claims[j]) and one_event(
                claims[i], claims[j], by_thing=i in buildings and j in buildings
            ):
                partners[i].append(j)
                partners[j].append(i)
    return [
        (i, j)
        for i in a
        for j in partners[i]
        if tells_one((claims[k] for k in partners[i]), places_fit)
        and tells_one((claims[k] for k in partners[j]), places_fit)
    ]


def _sole_landmarks(claims: Sequence[Claim], a: list[int], b: list[int]) -> list[tuple[int, int]]:
    """Each article's only landmark, told of one subject: "a pumping station will be
    installed on the river near Johnson City" / "plans a pump station on the river
    near Stonewall". An article that gives one landmark gives the place of what it
    tells, as its only figure of a counted thing is that thing's (sole_figures), so
    the verbs need not be one; the clauses still name one subject (the actor or the
    thing of both has one head), on no two days, not "another", with one polarity."""
    if not a or not b:
        return []
    if not tells_one((claims[i] for i in a), places_fit):
        return []
    if not tells_one((claims[j] for j in b), places_fit):
        return []
    x, y = claims[a[0]], claims[b[0]]
    fx, fy = x.frame, y.frame
    if fx is None or fy is None or fx.negated != fy.negated or places_fit(x, y):
        return []
    if when_part(fx, fy)[0] == "date" or another(x) or another(y):
        return []
    return [(a[0], b[0])] if actor_and_thing_heads(fx) & actor_and_thing_heads(fy) else []


__all__ = ["TOWN_SCORE", "town_pairs"]
