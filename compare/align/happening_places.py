"""Two places of one happening told with words of their own: "Most of them were
taken to a school in Kashka-Suu" / "Most are being housed in a sports hall in
Koi-Tash", "The storm came ashore near Makurazaki" / "Its eye crossed the coast
near Ibusuki", "The verdict was read out at the Ketapang District Court" /
"Judges at the Pontianak District Court have ordered".

The place matchers tie a place to its event's verb, anchored_places to the one
noun it is said of, the closest-sentence matcher to three shared words. Outlets
that place one happening differently often share none of them: the displaced
are "taken to", "housed in", "sheltering at"; a storm "comes ashore", "makes
landfall", "crosses the coast"; a court "delivers", "hands down" or "reads out"
its ruling. What ties the two is the kind of happening, which English tells by a
small family of verbs and nouns (HAPPENINGS: general news words, no set's), and a
story tells each such happening in one place.

So a place gets the families its clause names (its verb, the words between the
verb and the place, the heads of its actor and thing, the noun before its
preposition), and each article's only place of one family and one level is set
against the other article's. The levels are apart as in anchored_places (a
venue stands in a town; no gazetteer here says which): a named site of a kind
("Churchill Park", "the High Court"), a bare name ("at Kitwe", "in Ndola", "near
Utica": whatever the preposition, a town or a spot), a named area ("in Neuquén
province"). What parts the two is anchored_places' guards (one place named in the
other article, a region that may hold the other, another place of that level in
the sentence, a plan against a deed, two days, a negation, "another"), and:
- an article telling two places of the family at that level (two stages of one
  happening, or two happenings: which is the other's?);
- a region or a country, not a town (in_towns: the time-zone table's regions, a
  people's land, an area word), or a widely known name no zone is named after.
The pair is shown only when the place judge finds the two differ; it never makes
an agreement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from compare.align.anchored_places import anchors, places_beside, sole_place_pairs, two_facts
from compare.align.closest_place_clashes import (
    article_texts,
    named_in_text,
    origin_told,
    site_candidate,
    widely_named,
)
from compare.align.frames import is_name, same_place
from compare.align.in_towns import AREA_WORDS
from compare.align.people import same_person
from compare.align.place_names import places_fit
from compare.align.place_sites import another, site_kind
from compare.align.place_towns import _a_people_land
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.verb_kinds import predicate_lemma
from compare.align.words import STOPWORDS, words
from compare.extract.claims import Claim, Frame, Place
from compare.extract.lemmas import classes
from compare.extract.places import CAPITAL, MOVING

SCORE = 0.42  # under anchored_places' pairs (one noun) and the place matchers' own
# where something stood or happened (closest_place_clashes' own list)
_AT = frozenset("in at near on off outside inside".split())
_QUOTES = re.compile('["\u201c\u201d]')


# Families of happenings a story places once: the verbs (lemmas, phrasal verbs
# joined by "_") and the nouns (singular) said of the place that tell each. General
# news English, not any set's wording.
HAPPENINGS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # where the displaced were put up
    "shelter": (
        frozenset("shelter house accommodate lodge camp rehouse".split()),
        frozenset("shelter evacuee".split()),
    ),
    # where people gathered to press a cause
    "protest": (
        frozenset("rally protest demonstrate march picket gather assemble stage".split()),
        frozenset("rally protest demonstration vigil picket protester demonstrator".split()),
    ),
    # where a vote was cast
    "vote": (frozenset(["vote"]), frozenset("vote ballot".split())),
    # where people met or talked
    "meeting": (frozenset("meet negotiate".split()), frozenset("meeting talks".split())),
    # where a match, a show or a ceremony was staged
    "staging": (
        frozenset("play stage host".split()),
        frozenset("final decider match premiere gala ceremony concert".split()),
    ),
    # where someone was caught
    "arrest": (
        frozenset("arrest detain apprehend capture nab intercept catch".split()),
        frozenset("arrest raid roadblock".split()),
    ),
    # where someone was got out of danger
    "rescue": (frozenset("rescue winch".split()), frozenset(["rescue"])),
    # where a train or a vessel came off its way
    "derailment": (frozenset("derail capsize overturn".split()), frozenset(["derailment"])),
    # where an aircraft came down on purpose
    "landing": (frozenset("land divert touch_down".split()), frozenset(["landing"])),
    # where an agreement was signed
    "signing": (frozenset(["sign"]), frozenset(["signing"])),
    # where a body is based
    "base": (frozenset("headquarter base".split()), frozenset(["headquarters"])),
    # where something was found
    "finding": (frozenset("find discover recover unearth locate turn_up".split()), frozenset()),
}
# Words between a verb and its place that tell a storm reaching land ("came ashore
# near X", "made landfall near Y", "crossed the coast near Z")
_LANDFALL = frozenset("ashore onshore landfall".split())
_COAST_VERBS = frozenset("cross hit strike reach".split())
_COAST = frozenset("coast coastline".split())
# Words between a verb of leaving and its place that tell a derailment ("left the
# track near X")
_TRACK = frozenset("track tracks rails rail".split())
# Words of a court, and of what a court does there: where a ruling was given
_COURT = frozenset("court courthouse courtroom".split())
_RULING = frozenset(
    "verdict ruling judgment judgement decision hearing judge judges sentenced ruled "
    "acquitted convicted".split()
)
# Words a sentence names a hospital by: where the hurt are taken is no shelter
_HOSPITAL = frozenset("hospital hospitals clinic infirmary".split())
_TREAT = frozenset("treat admit hospitalise hospitalize".split())
# Prepositions of a destination, said of a verb of taking ("were taken to X")
_TO = frozenset("to into".split())
_DESTINATION_WORDS = 8  # verb, a short phrase of means, the preposition, a noun
# Nouns of a building or a site of its own ("the Avonmouth depot", "City Hall",
# "Prince Charles Park"): a name with one is a venue, which stands in a town
VENUES = frozenset(
    """hall centre center school church depot office offices courthouse court courts
    complex pool stadium arena gymnasium gym station plant factory hotel museum ministry
    chambers headquarters park club square circle airport hospital library theatre
    theater monastery temple mosque cathedral chapel prison camp market observatory
    university college academy""".split()
)
# Words that open a subordinate clause: a place after one is that clause's
_SUBORDINATORS = frozenset("after before when while where who which that as because until".split())
# Words of a group that open an actor or thing: "most of them", "they", "all"
_GROUP_WORDS = frozenset("they them most many some all hundreds thousands dozens".split())
# Verbs of taking or moving people to stay somewhere
_PUT_UP = frozenset("take bring move relocate transfer evacuate bus ferry send".split())
_NEAR_WORDS = 10  # "was rescued from his car in a flooded underground car park in X"
_VENUE_WORDS = 2  # "the Saas-Grund school gymnasium": a name and up to two nouns of its kind


def happening_place_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of places among `claims` (those nothing paired), each its
    article's only place of one happening's family and one level, that differ."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(claims)
    free = {id(c): i for i, c in enumerate(claims)}
    placed: dict[str, dict[tuple[str, str], list[Place]]] = defaultdict(lambda: defaultdict(list))
    for place in every:
        if not isinstance(place, Place) or not _candidate(place):
            continue
        level = place_level(place)
        for family in families(place):
            placed[place.source][(family, level)].append(place)
    if len(placed) < 2:
        return []
    texts = article_texts(every)
    # two places of the family in one article (which is whose?) are no pair
    return sole_place_pairs(placed, free, lambda a, b: _apart(a, b, texts, sentences), SCORE)


def _candidate(place: Place) -> bool:
    """A place of a deed: where it was done ("at the Avonmouth depot" too: a name
    before the kind of its site), or where a verb of taking took its thing."""
    if site_candidate(place, after_names=True):
        return True
    opening = words(place.text)
    if not opening or _quoted(place):
        return False
    if opening[0] in _TO:
        return _destination(place)
    # "at the Avonmouth depot" names one site; "near Harlow offices" a class of them
    return opening[0] in _AT and opening[1:2] == ["the"] and bool(_venue_after(place))


def _quoted(place: Place) -> bool:
    at = place.start - place.sentence_start
    return len(_QUOTES.findall(place.sentence[:at])) % 2 == 1


def _venue_after(place: Place) -> str:
    """The noun of a site right after the name ("the Avonmouth depot", "the Poljud
    swimming complex"), or ''."""
    after = place.sentence[place.end - place.sentence_start :].split()[:_VENUE_WORDS]
    for word in after:
        bare = word.strip(",.;:")
        if not bare.isalpha() or not bare.islower():
            return ""
        if _singular(bare) in VENUES or bare in VENUES:
            return bare
        if bare != word:
            return ""
    return ""


def _destination(place: Place) -> bool:
    """Does "to" set the place a few words after a verb of taking or going ("were
    taken by bus to X", "was diverted to Y", "were taken to a school in Z")?"""
    frame = place.frame
    if frame is None or frame.predicate is None or frame.lemma not in MOVING:
        return False
    if frame.predicate.end > place.start:
        return False
    between = words(
        place.sentence[
            frame.predicate.end - place.sentence_start : place.start - place.sentence_start
        ]
    )
    said = [*between, *words(place.text)[:1]]
    return len(between) <= _DESTINATION_WORDS and bool(_TO & set(said))


def place_level(place: Place) -> str:
    """The place's level as the happening readers tell it: "site" for a named site
    of a kind ("Churchill Park", "the Avonmouth depot"), "area" for a named province
    or county, "town" for a bare name, whatever its preposition ("at Kitwe", "in
    Ndola")."""
    said = words(place.text)
    if site_kind(place.name) or _venue_after(place):
        return "site"
    named = words(place.name)
    if len(named) > 1 and any(_singular(w) in VENUES for w in named):
        return "site"  # "Prince Charles Park", "the Ministry of Labour"
    if any(site_kind(" ".join(named[: k + 1])) for k in range(1, len(named))):
        return "site"  # "Brant Street Elementary": a site named after its street
    if said and said[-1] in AREA_WORDS:
        return "area"
    return "town"


def families(place: Place) -> set[str]:
    """The happenings the place's clause names: by its verb (or phrasal verb) when
    the place stands near it, by the nouns it is said of, by the words from its verb
    to it."""
    frame = place.frame
    lemma = (frame.lemma or "").lower() if frame is not None else ""
    near = _near_verb(place)
    verbs = {lemma, (predicate_lemma(place) or "").lower()} - {""} if near else set()
    nouns = _said_of(place)
    between = set(_clause_words(place)) if near else set()
    found = {
        name
        for name, (of_verbs, of_nouns) in HAPPENINGS.items()
        if verbs & of_verbs or nouns & of_nouns
    }
    if between & _LANDFALL or (verbs & _COAST_VERBS and between & _COAST):
        found.add("landfall")
    if "leave" in verbs and between & _TRACK:
        found.add("derailment")  # "left the track near X"
    if "spend" in verbs and "night" in between:
        found.add("shelter")  # "spent the night in a school"
    sentence = set(words(place.sentence))
    hospital = bool(_HOSPITAL & sentence) or site_kind(place.name) == "hospital"
    taken = near and lemma in MOVING and _destination(place)
    if taken and lemma in _PUT_UP and _many(place) and not hospital:
        found.add("shelter")  # "most were taken to a school in X", "were moved to a hall"
    if hospital and (lemma in _TREAT or taken) and _many(place):
        # the sick or hurt in numbers ("the sickest children were moved to a hospital
        # in X"); one person taken to hospital may be any of a story's people (the
        # victim, the suspect), which a pronoun or a description does not tell
        found.add("hospital")
    if hospital:
        found.discard("shelter")  # the hurt taken to hospital, not the displaced
    if _COURT & _singulars(sentence) and _RULING & sentence:
        found.add("ruling")  # "the verdict was read out at the X District Court"
    return found


def _near_verb(place: Place) -> bool:
    """Does the place stand a few words after its verb, in its clause ("was detained
    in a rented villa in Marbella"), not inside a phrase or a clause of its own ("a
    man in the death of a woman in the car park at X", "after he hit a car on Y")?"""
    frame = place.frame
    if frame is None or frame.predicate is None:
        return False
    start, at = frame.predicate.end - place.sentence_start, place.start - place.sentence_start
    if not 0 <= start <= at:
        return False
    between = words(place.sentence[start:at])
    return len(between) <= _NEAR_WORDS and not _SUBORDINATORS & set(between)


def _many(place: Place) -> bool:
    """Are many moved: a plural actor or thing, or a word of a group ("most of them",
    "villagers", "they")? One person taken somewhere is a prisoner moved, a patient
    transferred, a driver on a trip, not the displaced put up."""
    frame = place.frame
    if frame is None:
        return False
    if frame.actor is None and frame.predicate is not None:
        # the subject a relative clause cut off ("Some 300 people who lost their
        # homes were moved"): its opening word, or a count in it
        subject = words(place.sentence[: frame.predicate.start - place.sentence_start])
        if subject and (subject[0] in _GROUP_WORDS or any(w.isdigit() for w in subject)):
            return True
    for span in (frame.actor, frame.thing):
        said = [w.lower() for w in words(span.text)] if span is not None else []
        if not said:
            continue
        if said[0] in _GROUP_WORDS:
            return True
        last = said[-1]
        if last.isalpha() and _singular(last) != last:
            return True
    return False


def _clause_words(place: Place) -> list[str]:
    """The lower-case words from the place's predicate to the place."""
    frame = place.frame
    at = place.start - place.sentence_start
    if frame is None or frame.predicate is None:
        return []
    predicate_at = frame.predicate.start - place.sentence_start
    if not 0 <= predicate_at <= at:
        return []
    return [w for w in words(place.sentence[predicate_at:at]) if w.islower()]


def _said_of(place: Place) -> set[str]:
    """The nouns (singular, lower case) the place is said of, whatever their
    determiner or number: the heads of its clause's actor and thing ("Ballots were
    cast", "held a rally"), and the common noun right before its preposition ("at a
    police roadblock in Bentong")."""
    found = {_singular(w) for w in anchors(place)}
    frame = place.frame
    if frame is not None:
        for span in (frame.actor, frame.thing):
            if span is not None and (said := [w for w in words(span.text) if w.islower()]):
                found.add(_singular(said[-1]))
    before = place.sentence[: place.start - place.sentence_start].split()
    if before and before[-1].isalpha() and before[-1].islower():
        found.add(_singular(before[-1]))
    return found


def _singulars(said: set[str]) -> set[str]:
    return {_singular(w) for w in said}


def _singular(word: str) -> str:
    return classes(word).get("noun") or word


def _apart(a: Place, b: Place, texts: dict[str, str], sentences: SentenceClaims) -> bool:
    """Two places of one happening that nothing shows to be one place, nested, or of
    two facts."""
    if same_place(a.name, b.name) or places_fit(a, b):
        return False
    if place_level(a) != "site" and (holds_towns(a) or holds_towns(b)):
        return False  # "in Texas" / "in Austin": a region may hold the other
    if told_together(a, b, texts):
        return False  # one sentence names both: a part and its whole, or two stages
    if origin_told(a) or origin_told(b) or another(a) or another(b):
        return False
    if places_beside(a, sentences, place_level, _candidate) or places_beside(
        b, sentences, place_level, _candidate
    ):
        return False
    return not _two_facts(a, b, sentences)


def told_together(a: Place, b: Place, texts: dict[str, str]) -> bool:
    """Does an article name the other's place in a sentence that names its own too
    ("in Tamga, near Bokonbaevo", "Harburg and Wilhelmsburg")? Then it tells how the
    two stand (a district and its town, one stage and the next). An article naming
    the other's place only in sentences of its own, apart from its own place, knows
    it as another place of the story and placed the happening elsewhere."""
    own_a, own_b = _own_words(a, b), _own_words(b, a)
    for text in (texts[a.source], texts[b.source]):
        for sentence in text.split("\n"):
            if _names(own_a, sentence) and _names(own_b, sentence):
                return True
    if place_level(a) == "area" or place_level(b) == "area":
        # an area may hold a town the other article names anywhere
        return named_in_text(a, texts[b.source]) or named_in_text(b, texts[a.source])
    return False


def _own_words(place: Place, other: Place) -> list[str]:
    """The capitalised words of the place's name the other's name lacks ("Tarnby" of
    "Tarnby District Court" against "Olvey District Court")."""
    theirs = set(re.findall(rf"[{CAPITAL}][\w'.-]*", other.name))
    return [
        w
        for w in re.findall(rf"[{CAPITAL}][\w'.-]*", place.name)
        if w not in theirs and w.lower() not in STOPWORDS
    ]


def _names(said: list[str], text: str) -> bool:
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in said)


def holds_towns(place: Place) -> bool:
    """A region, a country or a widely known name that is no zone's own city."""
    name = place.name.strip()
    if name.lower() in _regions() or _a_people_land(name):
        return True
    return widely_named(place) and name.lower() not in _zone_cities()


def _two_facts(a: Place, b: Place, sentences: SentenceClaims) -> bool:
    """What tells two facts apart for anchored places (anchored_places.two_facts), and
    two clauses naming two people or bodies: two happenings."""
    fa, fb = a.frame, b.frame
    if fa is not None and fb is not None and _two_people(fa, fb):
        return True  # "LaSalle was taken to X hospital" / "Johnson was taken to Y"
    return two_facts(a, b, sentences)


def _two_people(a: Frame, b: Frame) -> bool:
    """Does each clause name who (or what) it is about, by names none of which is
    one of the other's? Two people taken, two teams playing: two happenings."""
    named_a = [s.text for s in (a.actor, a.thing, a.doer) if s is not None and is_name(s.text)]
    named_b = [s.text for s in (b.actor, b.thing, b.doer) if s is not None and is_name(s.text)]
    if not named_a or not named_b:
        return False
    return not any(_one_name(x, y) for x in named_a for y in named_b)


def _one_name(a: str, b: str) -> bool:
    """One person or body: same_person's word, or one last name ("Mia Torres" /
    "Torres"); two one-word names of their own are two."""
    told = same_person(a, b)
    if told is not None:
        return told
    last_a, last_b = words(a)[-1:], words(b)[-1:]
    return bool(last_a) and last_a == last_b


@lru_cache(maxsize=1)
def _zone_table() -> tuple[frozenset[str], frozenset[str]]:
    """(regions, cities) of the time-zone table: names no zone is named after (a
    country, a state), and names a zone is named after (a city)."""
    text = resources.files("compare.extract").joinpath("data/place_zones.txt").read_text("utf-8")
    regions: set[str] = set()
    cities: set[str] = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, zones = line.split("\t")
        own = {zone.rsplit("/", 1)[-1].replace("_", " ") for zone in zones.split()}
        (cities if name in own else regions).add(name.lower())
    return frozenset(regions), frozenset(cities)


def _regions() -> frozenset[str]:
    return _zone_table()[0]


def _zone_cities() -> frozenset[str]:
    return _zone_table()[1]


__all__ = ["HAPPENINGS", "SCORE", "families", "happening_place_pairs"]
