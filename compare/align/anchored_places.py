"""Two places of one thing: "The final was played at the Royal Arena" / "The final
was staged at the Jyske Bank Boxen", "His body was found near Beidha" /
"Rescuers recovered his body near Umm Sayhoun".

A place in English is said of something: the subject or object of its clause
(what was played, found, signed, held there) or the noun right before its
preposition ("at a ceremony in Harpa", "at a roadblock in Karak"). Outlets that
place one thing differently tell it with verbs of their own (played / staged,
found / recovered, signed / thrashed out), so the place matchers, which tie a
place to its event's verb, and the closest-sentence matcher, which needs three
shared words, leave both unpaired. What ties the two here is the thing placed,
its *anchor*: one noun on both sides (its stem, a WordNet synonym or a noun of
its kind: "agreement" / "pact", "final" / "match").

A thing has one place of each level: one venue or site ("at the Royal Arena",
"on Harley Street", "at Lincoln Middle School") and one town it stands in ("in
Herning", "near Beidha", "outside Goranboy"). The levels are compared apart, so
"at the Unipol Arena near Bologna" / "at the Palazzo dello Sport in Rome" sets
the two venues and the two towns against each other, never a venue against a
town (a venue stands in a town; no gazetteer here says which). Each article must
give that anchor exactly one place name of that level (a thing placed in two
towns by one article is two stages, or a town and its district), and what parts
two facts parts them (closest_place_clashes' guards, where they fit places):
- either place named anywhere in the other article (it knows both and chose),
  or widely named ("in Texas": a state may hold the other's town);
- a place of origin against one of a deed, a place in a quotation or a
  dateline, a place told with "to", "from" or "into" (a way, not a site);
- a sentence naming another place of the same level beside it (which is the
  thing's?); a town set after a venue or a named body locates it and is kept;
- what tells two facts of one thing apart: a negation, a plan against a deed,
  another occurrence ("the second match"), days on both sides none in common,
  a departure against an arrival;
- anchors that are pronouns, names, people ("the singer", "the team": people
  move and act in many places over a story), a thing brought in by "a" or "an"
  (two articles' "a clinic" need not be one), or plurals name no one thing: "85 homes were
  affected" in one town and "60 homes were flooded" in another tell two parts
  of a set, each of which may stand in its own place.
The pair is shown only when the place judge finds the two differ; it never
makes an agreement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from compare.align.closest_day_clashes import two_ends
from compare.align.closest_place_clashes import (
    article_texts,
    named_in_text,
    origin_told,
    sentence_dates,
    site_candidate,
    widely_named,
)
from compare.align.event_times import occurrences, planned
from compare.align.frames import head_of, same_place
from compare.align.noun_kinds import noun_kind_of
from compare.align.place_names import places_fit
from compare.align.place_sites import another, site_kind
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_kinds import tells_one
from compare.align.synonyms import are_synonyms
from compare.align.words import STOPWORDS, stem, words
from compare.extract.claims import Claim, Place, Span
from compare.extract.lemmas import classes
from compare.extract.people_nouns import people_noun

SCORE = 0.45  # above the closest sentences' pairs, below the place matchers' own

# Prepositions that set a thing in or by a town rather than at a site of its own
_TOWN_WORDS = frozenset("in near outside off".split())
_ON_THE_EDGE = re.compile(r"on\s+the\s+(?:outskirts|edge)\s+of\s", re.IGNORECASE)
# Words that name no one thing when they head the anchor (general English)
_EMPTY = frozenset(
    """it they he she we i you them him her this that these those one ones some
    many most all part rest number people thing things place way time""".split()
)


def anchored_place_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of places among `claims` (those nothing paired), each
    its article's only place of one level for one anchor noun, that differ."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(claims)
    places = [c for c in every if isinstance(c, Place)]
    told = [c for c in places if site_candidate(c, after_names=True)]
    free = {id(c): i for i, c in enumerate(claims)}
    texts = article_texts(every)
    # per article, per (anchor word, level): the places told of it
    placed: dict[str, dict[tuple[str, str], list[Place]]] = defaultdict(lambda: defaultdict(list))
    for place in told:
        level = _level(place)
        for anchor in anchors(place):
            placed[place.source][(anchor, level)].append(place)
    return sole_place_pairs(
        placed,
        free,
        lambda a, b: _apart(a, b, texts, sentences),
        SCORE,
        lambda x, y: x[1] == y[1] and _one_anchor(x[0], y[0]),
    )


def sole_place_pairs(
    placed: Mapping[str, Mapping[tuple[str, str], list[Place]]],
    free: Mapping[int, int],
    apart: Callable[[Place, Place], bool],
    score: float,
    one_key: Callable[[tuple[str, str], tuple[str, str]], bool] | None = None,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of free places of two articles under one key (equal keys,
    or keys `one_key` holds one), each its article's only place of its key (up to
    places that fit), that `apart` sets apart: `placed` is, per article, per key, the
    places told of it; `free` maps a free claim's id() to its index."""
    sources = sorted(placed)
    found: dict[tuple[int, int], float] = {}
    for x, first in enumerate(sources):
        for second in sources[x + 1 :]:
            theirs = placed[second]
            for key_a, at_a in placed[first].items():
                for at_b in _partners(key_a, theirs, one_key):
                    if not (tells_one(at_a, places_fit) and tells_one(at_b, places_fit)):
                        continue  # an article placing it twice: two stages, or nested
                    for a in at_a:
                        for b in at_b:
                            if id(a) in free and id(b) in free and apart(a, b):
                                i, j = sorted((free[id(a)], free[id(b)]))
                                found[(i, j)] = score
    return [(s, i, j) for (i, j), s in found.items()]


def _partners(
    key: tuple[str, str],
    theirs: Mapping[tuple[str, str], list[Place]],
    one_key: Callable[[tuple[str, str], tuple[str, str]], bool] | None,
) -> list[list[Place]]:
    """The other article's places under a key one with `key`."""
    if one_key is None:
        # looked up, not searched for: at 509 articles the article pairs are many
        return [theirs[key]] if key in theirs else []
    return [places for other, places in theirs.items() if one_key(key, other)]


def _level(place: Place) -> str:
    """ "site" for a venue or a named site, "town" for a bare name a thing is in or by."""
    if site_kind(place.name):
        return "site"
    opening = place.text.split()[0].lower() if place.text.split() else ""
    if opening in _TOWN_WORDS or _ON_THE_EDGE.match(place.text):
        return "town"
    return "site"


def anchors(place: Place) -> set[str]:
    """The nouns (lower case, as written) the place is said of: the heads of its
    clause's actor and thing, and the common noun right before its preposition."""
    found: set[str] = set()
    frame = place.frame
    if frame is not None:
        for span in (frame.actor, frame.thing):
            word = _head_word(span)
            if word and not _indefinite(span.text.split() if span else []):
                found.add(word)
    before = place.sentence[: place.start - place.sentence_start].split()
    last = before[-1] if before else ""
    noun = last.isalpha() and last.islower() and last not in STOPWORDS and "noun" in classes(last)
    if noun and not _indefinite(_phrase_before(before)):
        found.add(last)
    return {w for w in found if w not in _EMPTY and _singular(w) and people_noun(w) is None}


# Determiners that bring in a thing not known before ("a rehab facility in X"): two
# articles' "a facility" need not be one facility, while "the final", "his body",
# "the company's plant" name a thing the story already knows (general English).
_INDEFINITE = frozenset("a an another one some any".split())
_PHRASE_WORDS = 4  # how far back a noun phrase's determiner is looked for


def _indefinite(phrase: list[str]) -> bool:
    """Does the noun phrase open with an indefinite determiner?"""
    return bool(phrase) and phrase[0].lower() in _INDEFINITE


def _phrase_before(before: list[str]) -> list[str]:
    """The noun phrase that ends right before the place, from its determiner (or
    up to _PHRASE_WORDS words back when none is found)."""
    phrase: list[str] = []
    for word in reversed(before[-_PHRASE_WORDS:]):
        phrase.insert(0, word)
        lower = word.lower()
        if lower in _INDEFINITE or lower in STOPWORDS or lower.endswith(("'s", "’s")):
            break
    return phrase


def _singular(word: str) -> bool:
    """A noun in the singular names one thing, which stands in one place; a plural
    ("85 homes were affected" / "60 homes were flooded") names a set whose members
    may stand in many, each article telling of another part."""
    return classes(word).get("noun") == word


def _head_word(span: Span | None) -> str:
    """The head noun of the span as written, lower case, or '' (a name, a pronoun)."""
    if span is None:
        return ""
    headed = head_of(span.text)
    if headed is None:
        return ""
    for word in reversed(words(span.text)):
        if stem(word) == headed:
            written = re.search(rf"\b{re.escape(word)}\b", span.text, re.IGNORECASE)
            if written is not None and written.group(0)[:1].isupper() and written.start() > 0:
                return ""  # a name heads ("Hurricane Delphine"): a doer, no thing placed
            return word.lower() if "noun" in classes(word.lower()) else ""
    return ""


def _one_anchor(a: str, b: str) -> bool:
    """One noun on both sides: one stem, one WordNet sense, or one a kind of the other."""
    return stem(a) == stem(b) or are_synonyms(a, b) or noun_kind_of(a, b)


def _apart(a: Place, b: Place, texts: dict[str, str], sentences: SentenceClaims) -> bool:
    """Two places of one thing that nothing shows to be one place, nested, or of two facts."""
    if same_place(a.name, b.name) or places_fit(a, b):
        return False
    if widely_named(a) or widely_named(b):
        return False  # "in Texas" / "in Austin": a state may hold the other
    if named_in_text(a, texts[b.source]) or named_in_text(b, texts[a.source]):
        return False  # each article knows the other's place: a part and its whole
    if origin_told(a) or origin_told(b) or another(a) or another(b):
        return False
    if places_beside(a, sentences, _level) or places_beside(b, sentences, _level):
        return False  # another place of that level in one sentence: which is whose?
    return not two_facts(a, b, sentences)


def places_beside(
    place: Place,
    sentences: SentenceClaims,
    level: Callable[[Place], str],
    counts: Callable[[Place], bool] = lambda _: True,
) -> bool:
    """Does the place's sentence name another place of its level, not the same one?
    `level` is the caller's reading of levels; `counts` which other places count
    (happening_places: only places of a deed)."""
    own = level(place)
    return any(
        isinstance(c, Place)
        and c is not place
        and level(c) == own
        and counts(c)
        and not places_fit(c, place)
        and not same_place(c.name, place.name)
        for c in sentences.of(place)
    )


def two_facts(a: Place, b: Place, sentences: SentenceClaims) -> bool:
    """What tells two facts of one thing apart, for places: a negation, a plan
    against a deed, another occurrence ("the first match" / "the second"), days
    on both sides none in common, a departure against an arrival."""
    fa, fb = a.frame, b.frame
    if fa is not None and fb is not None and fa.negated != fb.negated:
        return True
    if planned(a) != planned(b):
        return True
    if occurrences(a, b) - _WHEN_TOLD != occurrences(b, a) - _WHEN_TOLD:
        return True
    days_a, days_b = sentence_dates(a, sentences), sentence_dates(b, sentences)
    if days_a and days_b and not days_a & days_b:
        return True
    return two_ends(a, b)


# Occurrence words that tell when the deed came ("found several hours later"), not
# another occurrence of it
_WHEN_TOLD = frozenset({"later", "earlier"})


__all__ = ["SCORE", "anchored_place_pairs", "anchors", "sole_place_pairs", "two_facts"]
