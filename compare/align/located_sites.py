"""One named site placed in two towns: "the Kuala Lumpur Air Traffic Control Centre
in Sepang" / "the Kuala Lumpur Air Traffic Control Centre in Subang".

A site of its own name (a building, a venue, an institution) stands in one place,
whatever the event told there: two articles that name one site and set a
different town right after it ("X in T") disagree on where it is. Nothing else
ties the two towns; the statement judge reads the sentences alike and shows a ✓
over the contradiction, since the site's long name is what they share. An outlet
may place a site by the town next to its own, so the place judge shows two bare
towns as a variant a reader checks, not as a conflict.

The towns are compared only when nothing hints that both are right:
- the site is one: a name of two words or more (a bare name, "Twyford", may be a
  town itself, and "at Twyford, west of Hastings" places a town by another), the
  same words on both sides (frames.same_place);
- each town opens with "in", the word that says where a site stands ("near" or a
  compass word may place one site by two towns at once);
- each article names its site in one town only (an article that names two tells
  of two sites of one name: two branches of a chain);
- each town is a bare name, not a street or a site ("in Eastbury Road" places the
  site within a town);
- neither town is named anywhere in the other article (that article knows both,
  and how they stand: a district and its city), and neither is widely named (a
  state or a country may hold the other town: "in Texas" / "in Austin").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import attrs

from compare.align.closest_place_clashes import article_texts, named_in_text, widely_named
from compare.align.frames import same_place
from compare.align.place_sites import site_kind
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.words import words
from compare.extract.claims import Claim, Place

SCORE = 0.5  # a site and its town are read alike by both: as sure as a place matcher's pair
MIN_SITE_WORDS = 2  # a site's own name: "Harbourside Arena", not "Twyford"
# what stands between a site and its town: nothing, or a comma ("the Arena, in Leeds")
_BETWEEN = re.compile(r"\s*,?\s*")


@attrs.frozen
class LocatedSite:
    """A town (and its index among the claims) set right after a named site."""

    index: int
    town: Place
    site: Place


def located_site_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of towns among `claims` that two articles set right after
    one named site."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(claims)
    free = {id(c): i for i, c in enumerate(claims)}
    by_source: dict[str, list[LocatedSite]] = defaultdict(list)
    for town in every:
        if isinstance(town, Place) and id(town) in free:
            site = _site_of(town, sentences)
            if site is not None:
                by_source[town.source].append(LocatedSite(free[id(town)], town, site))
    texts = article_texts(every)
    sources = sorted(by_source)
    pairs = []
    for x, first in enumerate(sources):
        for second in sources[x + 1 :]:
            for mine in by_source[first]:
                for theirs in by_source[second]:
                    if _apart(mine, theirs, by_source, texts):
                        i, j = sorted((mine.index, theirs.index))
                        pairs.append((SCORE, i, j))
    return pairs


def _apart(
    mine: LocatedSite,
    theirs: LocatedSite,
    by_source: dict[str, list[LocatedSite]],
    texts: dict[str, str],
) -> bool:
    """One site, each article's only town for it, two towns nothing joins."""
    if not same_place(mine.site.name, theirs.site.name):
        return False
    a, b = mine.town, theirs.town
    if same_place(a.name, b.name):
        return False
    for located in (mine, theirs):
        towns = {
            other.town.name
            for other in by_source[located.town.source]
            if same_place(other.site.name, located.site.name)
        }
        if len(towns) > 1:
            return False  # two sites of one name: a chain's branches
    if widely_named(a) or widely_named(b):
        return False
    if site_kind(a.name) or site_kind(b.name):
        return False  # "in Eastbury Road": a street (or a site) within a town, no town
    return not (named_in_text(a, texts[b.source]) or named_in_text(b, texts[a.source]))


def _site_of(town: Place, sentences: SentenceClaims) -> Place | None:
    """The named site the town is set right after with "in" ("the Harbourside Arena
    in Wellington"), or None."""
    opening = words(town.text)
    if not opening or opening[0] != "in":
        return None
    start = town.start - town.sentence_start
    for site in sentences.of(town):
        if not isinstance(site, Place) or site is town or site.end > town.start:
            continue
        between = town.sentence[site.end - site.sentence_start : start]
        if _BETWEEN.fullmatch(between) and len(words(site.name)) >= MIN_SITE_WORDS:
            return site
    return None


__all__ = ["located_site_pairs"]
