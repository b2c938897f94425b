"""Two places of one kind given as the site of one event: "on Ashworth Road" /
"on Milnrow Road", "at Lincoln Stadium" / "at Bayside Stadium".

when_where.event_pairs aligns only places that agree, because a town and a region,
or a town and the district inside it, differ in name and may both be right
("Jabaliya" / "Gaza"; there is no gazetteer here). The last word of a name often
says what kind of place it is: a street ("Road", "Avenue", "Drive"), a building or
a venue ("Stadium", "Hospital", "Crown Court"). Two streets do not lie one inside
the other, nor do two stadiums: two names of one such kind, neither holding the
other, given for one event, cannot both be right, and are a place conflict.

What parts two facts is kept apart:
- each article must name exactly one place of that kind (an article naming two
  streets tells of a route, of where someone lives and where it happened, or of an
  earlier incident: no telling which is the event's);
- the two places' clauses must tell one event: the same act (or one a kind of the
  other: "shot" / "killed"), the same actor or thing, or the same thing said to
  stand there ("a three-storey block on X Road" / "a block of flats on Y Road");
- they must not be told as two days, and not one of them denied.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import attrs

from compare.align.frames import confident, same_actor, same_head, same_predicate, when_part
from compare.align.measures import event_words
from compare.align.model import Judgement, Severity, Verdict
from compare.align.place_moves import one_move
from compare.align.place_names import named_in, places_fit, spelt_out
from compare.align.settings import Options
from compare.align.sole_kinds import tells_one
from compare.align.verb_kinds import kind_of, predicate_lemma
from compare.align.when_where import judge_places, same_event
from compare.align.words import STOPWORDS, display_words, stem, words
from compare.extract.claims import Claim, Frame, Place
from compare.extract.lemmas import classes
from compare.extract.places import floor_names

# The last word of a name, the kind of place it names. Streets of every kind are one
# kind: a site lies on one of them. Words that name a region as often as a site
# ("Park", "Place", "Centre", "Hall", "County") are left out; a "Medical Center" or
# "Medical Centre" is a hospital.
_STREETS = "road street avenue drive lane boulevard highway close crescent parkway way"
_KINDS: dict[str, str] = {
    **dict.fromkeys(_STREETS.split(), "street"),
    **dict.fromkeys(("stadium", "arena"), "stadium"),
    **dict.fromkeys(("hospital", "infirmary"), "hospital"),
    **dict.fromkeys(("school", "academy"), "school"),
    **dict.fromkeys(("church", "cathedral", "chapel", "mosque", "synagogue"), "church"),
    **{k: k for k in "court airport station hotel prison jail museum theatre theater".split()},
    # storeys of one building ("on the ground floor" / "on the third floor")
    **dict.fromkeys(("floor", "storey", "story"), "floor"),
}
_CENTRES = frozenset({"center", "centre"})
SITE_SCORE = 0.8  # below a pair whose frames share actor and thing (same_event's 1.0)


def site_kind(name: str) -> str:
    """The kind of place the name's last word names, or "" (a bare name: a town, a
    region or a district may lie inside another)."""
    said = [w.removesuffix("'s") for w in words(name)]
    if len(said) < 2:
        return ""  # "Road" alone names no street
    if len(said) >= 3 and said[-2] == "medical" and said[-1] in _CENTRES:
        return "hospital"  # "St. Luke's Medical Center": a centre that is a hospital
    return _KINDS.get(said[-1], "")


def site_pairs(
    claims: Sequence[Claim], options: Options | None = None
) -> list[tuple[float, int, int]]:
    """Pairs of places of one kind, one per article, given for one event."""
    sites: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        if isinstance(claim, Place) and (kind := site_kind(claim.name)):
            sites[claim.source, kind].append(i)
    if not sites:
        return []
    named = _named_sites(claims)
    only: dict[str, list[list[int]]] = defaultdict(list)
    for (source, kind), mentions in sites.items():
        if tells_one(named[source, kind], _one_name):
            only[kind].append(mentions)
    pairs = []
    for kind_sites in only.values():
        for x, mentions_a in enumerate(kind_sites):
            for mentions_b in kind_sites[x + 1 :]:
                best = _best_pair(claims, mentions_a, mentions_b)
                if best is not None:
                    first, second = sorted(best)
                    pairs.append((SITE_SCORE, first, second))
    return pairs


# A name ending in a word of a site's kind, anywhere in a sentence ("from Elm Street",
# which is no Place claim, counts as a second street of the article). The matcher is
# handed the place claims only, so only sentences that hold one are read.
_SITE_NAME = re.compile(
    r"(?:\b[A-Z][\w'’.-]*\s+){1,3}(?P<kind>"
    + "|".join(k.title() for k in _KINDS)
    + r"|Medical\s+Cent(?:er|re))\b"
)


def _named_sites(claims: Sequence[Claim]) -> dict[tuple[str, str], list[str]]:
    """Each article's names of each kind of site, in the order told, read from its
    sentences that hold a place claim."""
    sentences = {(c.source, c.sentence_start): c.sentence for c in claims}
    named: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (source, _), sentence in sentences.items():
        for found in _SITE_NAME.finditer(sentence):
            kind = _KINDS.get(found.group("kind").lower(), "hospital")  # or a Medical Center
            named[source, kind].append(spelt_out(found.group(0)))
        named[source, "floor"].extend(floor_names(sentence))
    return named


def _one_name(a: str, b: str) -> bool:
    """Two names are one when one holds the other's words ("Elm Street" in "the
    Elm Street")."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def _best_pair(claims: Sequence[Claim], xs: list[int], ys: list[int]) -> tuple[int, int] | None:
    a, b = claims[xs[0]], claims[ys[0]]
    if places_fit(a, b):
        return None  # one place: event_pairs aligns it when the frames agree
    for i in xs:
        for j in ys:
            x, y = claims[i], claims[j]
            if named_in(x, y.sentence) or named_in(y, x.sentence):
                return None  # the other sentence names the place too
            if one_event(x, y):
                return i, j
    return None


def one_event(x: Claim, y: Claim, *, by_thing: bool = True) -> bool:
    """Do the two places' clauses tell one event, on no two days? With `by_thing`,
    the same thing standing in both places is enough too."""
    fx, fy = x.frame, y.frame
    if fx is None or fy is None or not fx.lemma or not fy.lemma or fx.negated != fy.negated:
        return False
    if when_part(fx, fy)[0] == "date" or another(x) or another(y):
        return False
    if same_event(fx, fy) > 0:
        return True
    # a phrasal verb or idiom read whole: "the roof gave way" is a way to collapse
    phrasal_x, phrasal_y = predicate_lemma(x) or fx.lemma, predicate_lemma(y) or fy.lemma
    one_act = (
        (confident(fx.lemma) and same_predicate(fx.lemma, fy.lemma))
        or kind_of(fx.lemma, fy.lemma)
        or kind_of(phrasal_x, phrasal_y)
    )
    if (
        one_act or event_words(fx) & event_words(fy) or one_move(x, y)
    ) and not _two_doers_or_things(fx, fy):
        return True
    return by_thing and bool(standing_there(x) & standing_there(y))


def _two_doers_or_things(a: Frame, b: Frame) -> bool:
    """Both frames name a doer, or a thing, and the two differ ("Chohan was
    pronounced dead" / "the woman was pronounced dead": two deaths)."""
    if a.actor is not None and b.actor is not None and not same_actor(a.actor, b.actor):
        return True
    return a.thing is not None and b.thing is not None and not same_head(a.thing, b.thing)


# Words that mark another instance of a thing or an event: "another car on X Road",
# "a previous fire on Y Street", "a similar blast".
_ANOTHER = frozenset("another other second previous earlier similar former".split())
_ANOTHER_WORDS = 8  # how far back before the place such a word may sit


def another(place: Claim) -> bool:
    """Is the place told of another instance ("another car on X Road")?"""
    before = words(place.sentence[: place.start - place.sentence_start])
    return bool(_ANOTHER & set(before[-_ANOTHER_WORDS:]))


# The words that open a noun phrase: the thing a place is attached to runs from one
# of them to the place ("a block of flats on Milnrow Road").
_DETERMINERS = frozenset("a an the its his her their this that".split())
_PHRASE_WORDS = 5  # how long that noun phrase may be
_POSSESSIVE = ("'s", "’s")


def standing_there(place: Claim) -> set[str]:
    """Stems of the common nouns of the noun phrase just before the place: the thing
    said to stand there ("a three-storey block on", "a block of flats on"). None when
    a clause runs up to the place ("the victim lived on", "the man was shot at")."""
    before = display_words(place.sentence[: place.start - place.sentence_start])
    phrase: list[str] = []
    for word in reversed(before[-_PHRASE_WORDS:]):
        lower = word.lower()
        if lower in _DETERMINERS or lower.endswith(_POSSESSIVE):
            break  # an owner opens the phrase as a determiner does ("the firm's unit")
        if lower in STOPWORDS and lower != "of":
            return set()  # "was", "and", "to": no noun phrase of its own
        phrase.insert(0, lower)
    else:
        return set()
    if not phrase or _inflected_verb(phrase[-1]):
        return set()  # "the victim lived on": the phrase's last word is its verb
    return {
        stem(w)
        for w in phrase
        if w.isalpha() and w not in STOPWORDS and len(w) > 2 and not _inflected_verb(w)
    }


def _inflected_verb(word: str) -> bool:
    """A verb's past or other form, no noun ("lived", "destroyed", "parked")."""
    found = classes(word)
    return "noun" not in found and found.get("verb", word) != word


def judge_sites(members: Sequence[Place], options: Options | None = None) -> Judgement:
    """judge_places, with two differing names of one kind of site a conflict: two
    streets (or two stadiums) do not lie one inside the other as a town and its
    region may."""
    judgement = judge_places(members, options)
    kinds = {site_kind(m.name) for m in members}
    if judgement.verdict == Verdict.DIFFER and len(kinds) == 1 and "" not in kinds:
        return attrs.evolve(judgement, severity=Severity.CONFLICT)
    return judgement


__all__ = [
    "SITE_SCORE",
    "another",
    "judge_sites",
    "one_event",
    "site_kind",
    "site_pairs",
    "standing_there",
]
