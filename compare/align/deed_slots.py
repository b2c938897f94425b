"""Two statements of one deed done to one thing, placed or credited apart.

A happening has slots: who did it, to what, where. Two outlets that place one deed
in two places ("The stolen violin was recovered in Grellham" / "The violin was
recovered near Dunmere"; "The budget vote was held at Tennant Hall" / "The vote on
the budget took place at the Orrin Centre") share the deed and the thing and little
else, so the word model and the frame matcher, which ask for shared words, leave the
pair apart, and the statement judge, which compares the places of one deed, never
sees it; when it does, it cannot tell the two clauses tell one deed.

The tie is the deed and its thing: one verb, a WordNet synonym or one a kind of the
other (by_agents.one_verb_or_kind, phrasal verbs read whole: "checked into" is no
"checked out of"; never two casualty verbs nor two news opposites), or two ways of
saying a thing was held or took place, the same polarity, done to one thing (the
clause's object, or its subject when it has none or it "took place": one head noun
or a WordNet synonym, no pronoun), no thing told as another of its kind ("its
twin depot", "the larger mill") or as a bare plural ("Flights were cancelled at ...":
a set, each told apart), and no two days on both sides none in common.

- `deed_slots_apart` (a reading of the statement judge, for any pair it judges):
  such a pair whose clauses place the deed in two places nothing nests
  (happening_slots.deed_places_apart), or credit it to two parties neither article
  ties together (agreed_doers.doers_untied), is a place or an actor variant.
- `deed_slot_pairs` (a matcher): such pairs, both clauses placing the deed or
  naming its doer, standing apart from the groups and shown only when the judge's
  finding is that slot: a place of the deed both ways (not a way, an origin, a
  widely named place, nor one holding the other's words:
  happening_slots.deed_sites_apart) or two parties as doers
  (agreed_doers.agreed_doers_apart). A pair tied by its deed alone is no evidence
  for any other difference (a figure, a day) its sentences hold.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from compare.align.agreed_doers import agreed_doers_apart, doers_untied
from compare.align.blocking import cross_source_pairs
from compare.align.by_agents import one_verb_or_kind
from compare.align.closest_place_clashes import sentence_dates
from compare.align.event_phrases import happening
from compare.align.frames import confident, head
from compare.align.happening_slots import deed_places_apart, deed_sites_apart
from compare.align.model import Conflict, Severity
from compare.align.other_instances import instances_apart
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims, inside
from compare.align.settings import Options
from compare.align.synonyms import are_synonyms, senses
from compare.align.verb_kinds import predicate_lemma
from compare.align.word_contradictions import Finding
from compare.align.words import words
from compare.extract.claims import Claim, Frame, Place, Span, Statement
from compare.extract.lemmas import classes
from compare.extract.wordlists import NOUN_DETERMINERS

# light verbs (frames.LIGHT_VERBS) that still tell where a thing was put or kept
_PLACED_LIGHT = frozenset("keep take put set".split())
# words that set a thing beside another of its kind (general English)
_OTHER_ONES = frozenset(
    "other another sister twin similar separate second third earlier previous former"
    " new old older".split()
)
_HOLD = "hold"  # the verb of an event's taking place ("the meeting was held at")
SCORE = 0.4  # under the word model's and the frame matchers' pairs
_PRONOUNS = frozenset(
    "i we you he she it they this that these those who which one them him her us".split()
)
# pronouns that may open a noun phrase as its owner ("Her violin was recovered")
_POSSESSIVES = frozenset("her".split())
# what opens a noun phrase, a quantifier of a set included ("some", "all", "both")
_DETERMINERS = NOUN_DETERMINERS | frozenset("my your some all both".split())
_PLURAL_LEMMAS = frozenset("people police".split())
_OWNED = re.compile(r"\w['’]s?\s")


def deed_slot_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements of two sources telling one deed to one thing, each placed
    or naming its doer."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(statements):
        frame = s.frame
        if frame is None or not _deed(frame.lemma) or not (frame.place or _doer(frame)):
            continue
        thing = undergoer(s)
        if thing is not None:
            for key in {thing} | senses(thing):
                buckets[key].append(i)
    return [
        (SCORE, i, j)
        for i, j in cross_source_pairs(buckets.values(), lambda k: statements[k].source)
        if _one_deed(statements[i], statements[j])
        and not _two_instances(statements[i], statements[j], sentences)
        and _shown(statements[i], statements[j], sentences)
    ]


def _shown(a: Statement, b: Statement, sentences: SentenceClaims) -> bool:
    """Is the judge's finding over the pair the slot this module reads apart? A
    pair tied by its deed alone is no evidence for any other difference (a figure,
    a day) the two sentences hold."""
    # the statement judge reads this module: imported when called
    from compare.align.statement_judge import compare_pair

    found = compare_pair(a, b, sentences)
    if found is None or found.unpaired:
        return False
    if found.conflict == Conflict.ACTOR:
        # two parties or two kinds of people, told in words (agreed_doers)
        return agreed_doers_apart(a, b) is not None
    if found.conflict == Conflict.PLACE:
        # two places where the deed was done, nothing nesting them (happening_slots)
        return any(
            deed_sites_apart(x, y)
            for x in _places_told(a, found.a, sentences)
            for y in _places_told(b, found.b, sentences)
        )
    return False


def _places_told(claim: Claim, told: str, sentences: SentenceClaims) -> list[Place]:
    """The sentence's places whose words open the finding's side."""
    # the finding's side is the place's own words, or them and a note in brackets
    # ("... (may be two facts)")
    return [
        c
        for c in inside(claim, sentences)
        if isinstance(c, Place) and (told == c.text or told.startswith(c.text + " ("))
    ]


def deed_slots_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """Two statements of one deed done to one thing whose slots differ: placed in
    two places nothing nests (happening_slots), or credited to two parties neither
    article ties together (agreed_doers.doers_untied). A variant for a reader."""
    if a.source == b.source or not isinstance(a, Statement) or not isinstance(b, Statement):
        return None
    if not one_deed_told(a, b, sentences):
        return None
    places = deed_places_apart(a, inside(a, sentences), b, inside(b, sentences), sentences)
    if places is not None:
        x, y = places
        return Finding(Conflict.PLACE, x.text, y.text, Severity.VARIANT)
    texts = sentences.texts
    if a.source in texts and b.source in texts:
        doers = doers_untied(a, b, texts[a.source], texts[b.source])
        if doers is not None:
            return Finding(Conflict.ACTOR, doers[0], doers[1], Severity.VARIANT)
    return None


def one_deed_told(a: Statement, b: Statement, sentences: SentenceClaims) -> bool:
    """Do the two clauses tell one deed (one verb, a synonym or a kind) done to one
    thing (one head noun or a synonym, no pronoun), no two instances of it?"""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not (_deed(fa.lemma) and _deed(fb.lemma)):
        return False
    ua, ub = undergoer(a), undergoer(b)
    if ua is None or ub is None or not (ua == ub or are_synonyms(ua, ub)):
        return False
    return _one_deed(a, b) and not _two_instances(a, b, sentences)


def _two_instances(a: Statement, b: Statement, sentences: SentenceClaims) -> bool:
    """What tells two deeds of one kind apart: a thing told as another of its kind
    or set beside one ("its twin depot", "the larger mill", "a similar attack"), a
    bare plural ("Flights were cancelled at Grellham" / "... at Dunmere": many
    flights, each placed apart), or days on both sides none in common ("shut in
    2019" / "shut in 2016")."""
    if instances_apart(a, b) or _beside_another(a) or _beside_another(b):
        return True
    if _bare_plural(a) or _bare_plural(b):
        return True
    days_a, days_b = sentence_dates(a, sentences), sentence_dates(b, sentences)
    return bool(days_a and days_b and not days_a & days_b)


def _beside_another(claim: Statement) -> bool:
    """Is the thing told with a word that sets it beside another of its kind?"""
    frame = claim.frame
    span = (frame.thing or frame.actor) if frame is not None else None
    if span is None:
        return False
    said = words(span.text)[:-1]
    return any(w in _OTHER_ONES or _compared(w) for w in said)


def _bare_plural(claim: Statement) -> bool:
    """Is the thing a plural with no determiner ("Flights", "Roads near the coast"):
    a set of things, not one thing told twice?"""
    span = _undergoer_span(claim)
    if span is None:
        return False
    shown = span.text.split()
    found = head(span)
    if not shown or found is None:
        return False
    word = next((w for w in shown if w.lower().strip(",.") == found), shown[-1]).lower()
    noun = classes(word).get("noun")
    # "flights", and irregular plurals ("children", "men"); "people" is its own lemma
    plural = (noun is not None and noun != word) or word in _PLURAL_LEMMAS
    return plural and shown[0].lower() not in _DETERMINERS and not _OWNED.search(span.text)


def _undergoer_span(claim: Claim) -> Span | None:
    """The span of what the deed is done to (see `undergoer`)."""
    frame = claim.frame
    if frame is None:
        return None
    return frame.actor if happening(claim) else (frame.thing or frame.actor)


def _compared(word: str) -> bool:
    """A comparative or superlative adjective ("smaller", "largest")."""
    if not word.endswith(("er", "est")):
        return False
    found = classes(word)
    base = found.get("adj")
    return base is not None and base != word and "noun" not in found


def _deed(lemma: str | None) -> bool:
    """A verb that tells a deed done somewhere: a confident predicate, or a light
    verb of keeping or taking ("were kept at", "were taken to"), not one of being,
    saying or making."""
    return bool(lemma) and (confident(lemma) or lemma in _PLACED_LIGHT)


def _doer(frame: Frame) -> bool:
    """Does the clause name who did the deed to its thing (a subject or an agent
    after "by", no pronoun)?"""
    if frame.actor is None or frame.thing is None:
        return False
    shown = frame.actor.text.split()
    return bool(shown) and not any(_pronoun(w) for w in shown)


def _pronoun(token: str) -> bool:
    """A pronoun as written: "US" (the country, in capitals) is none."""
    bare = token.strip(",.;:()\"'“”‘’")
    return bare.lower() in _PRONOUNS and not (len(bare) > 1 and bare.isupper())


def undergoer(claim: Claim) -> str | None:
    """The head of what the deed is done to: the object, or the subject of a clause
    with none ("The boat was spotted", "The vessel grounded") or of a phrase of
    happening ("The vote took place"); None for a pronoun or no head."""
    span = _undergoer_span(claim)
    found = head(span)
    if span is None or found is None or found in _PRONOUNS:
        return None
    shown = span.text.split()
    if shown and _pronoun(shown[0]) and shown[0].lower() not in _POSSESSIVES:
        return None  # "those arrested", "one of them"; not "Her violin"
    return found


def _one_deed(a: Claim, b: Claim) -> bool:
    """One verb, a synonym or a kind (never two casualty verbs nor two news
    opposites), or two ways of telling that a thing was held or took place, the
    same polarity."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or fa.lemma is None or fb.lemma is None:
        return False
    if fa.negated != fb.negated:
        return False
    lemma_a, lemma_b = predicate_lemma(a) or fa.lemma, predicate_lemma(b) or fb.lemma
    return one_verb_or_kind(lemma_a, lemma_b) or (_held(a) and _held(b))


def _held(claim: Claim) -> bool:
    """Is the thing said to have been held or to have taken place ("the vote was
    held", "the ballot took place")?"""
    frame = claim.frame
    return frame is not None and (happening(claim) or frame.lemma == _HOLD)


__all__ = ["deed_slot_pairs", "deed_slots_apart", "one_deed_told", "undergoer"]
