"""The places two statements' clauses give their one deed, read apart or not.

A place and the place inside it are told differently by every outlet ("at the town
hall" / "in the council chamber at the town hall"), so places of matched statements
are not reported unless the judge ties them to one deed (README, "Dates, times and
places"). deed_slots ties two clauses by their deed and its thing; this module says
whether the places they give it are two:

- `deed_places_apart`: each clause's own place (the frame's place span, after "in",
  "at", "on", "near", "off", "outside", "inside"), of one level (two venues or
  sites, or two bare names of towns; happening_places' levels), every place of that
  level one sentence gives apart from every one of the other's, none the same or
  holding the other's words, none widely named (a state, a country), none named
  anywhere in the other article (it knows both and chose one: a part and its
  whole), none that may nest (nested_places), and nothing telling two facts apart
  (anchored_places.two_facts: a negation, a plan against a deed, another
  occurrence, days on both sides none in common, a departure against an arrival);
- `deed_sites_apart`: the looser reading a place the judge already found must pass
  before deed_slots shows it: two places of a deed (not a way, "to", "from",
  "into", nor an origin), neither widely named, neither holding the other's words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from compare.align.anchored_places import two_facts
from compare.align.closest_place_clashes import named_in_text, origin_told, widely_named
from compare.align.frames import same_place
from compare.align.happening_places import place_level
from compare.align.nested_places import may_nest
from compare.align.place_names import named_in, places_fit
from compare.align.place_sites import another
from compare.align.sentence_claims import SentenceClaims
from compare.align.words import words
from compare.extract.claims import Claim, Place, Span

# prepositions that place a deed where it happened (not a way: "to", "from", "into")
_AT = frozenset("in at on near off outside inside".split())


def deed_places_apart(
    a: Claim,
    claims_a: Sequence[Claim],
    b: Claim,
    claims_b: Sequence[Claim],
    sentences: SentenceClaims,
) -> tuple[Place, Place] | None:
    """The two places of one level the clauses give their deed, when nothing shows
    them to be one place, nested, or two facts; None otherwise."""
    own_a = _deed_places(a, claims_a)
    own_b = _deed_places(b, claims_b)
    if not own_a or not own_b:
        return None
    texts = sentences.texts
    if a.source not in texts or b.source not in texts:
        return None
    told = [(x, y) for x in own_a for y in own_b if place_level(x) == place_level(y) != "area"]
    if not told:
        return None
    levels = {place_level(x) for x, _ in told}
    every_a = [c for c in claims_a if isinstance(c, Place) and place_level(c) in levels]
    every_b = [c for c in claims_b if isinstance(c, Place) and place_level(c) in levels]
    if any(_one(x, y) for x in every_a for y in every_b):
        return None  # a place of that level both sentences give: a part or a whole
    # every place of that level either sentence gives must be apart from the
    # other's: "in the hall at the town hall" against "at the town hall" is one
    if all(
        _apart(x, y, texts, sentences)
        for x in every_a
        for y in every_b
        if place_level(x) == place_level(y) and place_level(x) in levels
    ):
        return told[0]
    return None


def deed_sites_apart(x: Place, y: Place) -> bool:
    """Two places where a deed was done (after "in", "at", "on", "near"...), not a
    way ("into", "to", "from") nor an origin, neither widely named (a state or a
    country may hold the other), neither holding the other's words."""
    if not (_opens_with_at(x) and _opens_with_at(y)) or origin_told(x) or origin_told(y):
        return False
    return not (widely_named(x) or widely_named(y) or _one(x, y))


def agreed_sites_apart(
    a: Claim, claims_a: Sequence[Claim], b: Claim, claims_b: Sequence[Claim]
) -> bool:
    """Two statements the judge finds agreeing whose clauses place their deed at two
    named sites (venues, buildings: happening_places' "site" level), neither
    sentence naming the other's site, none holding the other's words: the ✓ is not
    shown (the pair is left unchecked). A site does not hold another site the way a
    town holds a venue, so a part and its whole are rarer here than for towns."""
    own_a = [x for x in _deed_places(a, claims_a) if place_level(x) == "site"]
    own_b = [y for y in _deed_places(b, claims_b) if place_level(y) == "site"]
    return any(
        deed_sites_apart(x, y) and not named_in(x, b.sentence) and not named_in(y, a.sentence)
        for x in own_a
        for y in own_b
    )


def _deed_places(statement: Claim, claims: Sequence[Claim]) -> list[Place]:
    """The places inside the frame's own place span, told after a preposition of
    where (not of a way, an origin or another place)."""
    frame = statement.frame
    if frame is None or frame.place is None or frame.negated:
        return []
    span: Span = frame.place
    return [
        c
        for c in claims
        if isinstance(c, Place)
        and c.start < span.end
        and span.start < c.end
        and _opens_with_at(c)
        and not origin_told(c)
        and not another(c)
    ]


def _opens_with_at(place: Place) -> bool:
    said = words(place.text)
    return bool(said) and said[0] in _AT


def _one(x: Place, y: Place) -> bool:
    return same_place(x.name, y.name) or places_fit(x, y)


def _apart(x: Place, y: Place, texts: Mapping[str, str], sentences: SentenceClaims) -> bool:
    if widely_named(x) or widely_named(y):
        return False  # "in Texas" / "in Austin": a state may hold the other
    if named_in_text(x, texts[y.source]) or named_in_text(y, texts[x.source]):
        return False  # each article knows the other's place: a part and its whole
    if may_nest(x, y, texts):
        return False
    return not two_facts(x, y, sentences)


__all__ = ["agreed_sites_apart", "deed_places_apart", "deed_sites_apart"]
