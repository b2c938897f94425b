"""Two bare place names given for one event: "near the town of Geyserville" / "near
Cloverdale", "an elementary school in Prineville" / "an elementary school in Madras".

A bare name (a town, a region, a country) may lie inside another ("Jabaliya" /
"Gaza"), and there is no gazetteer here, so such a pair is shown as a variant
(when_where's place judge), never as a conflict. It is paired only when nothing
hints that both are right:
- the clauses tell one act (place_sites.one_event: one verb or one a kind of the
  other, no two doers or things, no two days, no "another"); the same thing near
  two landmarks is not enough ("a ridge near the Tasman Glacier" / "a ridge near
  the Tasman Saddle Hut": the hut stands on the glacier);
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
from collections.abc import Sequence

from compare.align.place_names import places_fit, spelt_out
from compare.align.place_sites import one_event, site_kind
from compare.align.settings import Options
from compare.align.sole_kinds import tells_one
from compare.align.words import STOPWORDS
from compare.extract.claims import Claim, Place

TOWN_SCORE = 0.75  # below a pair of one kind of site (place_sites.SITE_SCORE)


def town_pairs(
    claims: Sequence[Claim], options: Options | None = None
) -> list[tuple[float, int, int]]:
    """Pairs of bare place names, each the other article's only place for one event."""
    towns: dict[str, list[int]] = defaultdict(list)
    sentences: dict[str, dict[int, str]] = defaultdict(dict)
    names: dict[int, str] = {}
    for i, claim in enumerate(claims):
        sentences[claim.source][claim.sentence_start] = claim.sentence
        if isinstance(claim, Place) and _landmark(claim):
            towns[claim.source].append(i)
            names[i] = f" {spelt_out(claim.name)} "
    sources = sorted(towns)
    # Each article's words spelt out once: a place is looked for in every other one.
    spelt = {s: f" {' | '.join(spelt_out(t) for t in sentences[s].values())} " for s in sources}
    pairs: list[tuple[float, int, int]] = []
    for x, first in enumerate(sources):
        for second in sources[x + 1 :]:
            a = [i for i in towns[first] if names[i] not in spelt[second]]
            b = [j for j in towns[second] if names[j] not in spelt[first]]
            pairs.extend((TOWN_SCORE, i, j) for i, j in _only_partners(claims, a, b))
    return pairs


# Prepositions that place an event by a landmark, outside it: "near Cloverdale",
# "outside Lyon", "off Lampedusa". "in Queens" / "in New York", "at the Mat" / "in
# Alaska" were nearly always a place and a place inside it (read on ECB+).
_BY_A_LANDMARK = frozenset("near outside off".split())


def _landmark(place: Claim) -> bool:
    said = place.text.split()
    return (
        isinstance(place, Place)
        and bool(said)
        and said[0].lower() in _BY_A_LANDMARK
        and not site_kind(place.name)
        and not _modifier(place)
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


def _only_partners(claims: Sequence[Claim], a: list[int], b: list[int]) -> list[tuple[int, int]]:
    """The pairs of one event where each side's partners all bear one name."""
    partners: dict[int, list[int]] = defaultdict(list)
    for i in a:
        for j in b:
            if not places_fit(claims[i], claims[j]) and one_event(
                claims[i], claims[j], by_thing=False
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


__all__ = ["TOWN_SCORE", "town_pairs"]
