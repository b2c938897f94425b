"""The doer behind "he" or "she": the one person the article has just named.

"Marcus Ellis scored 34 points. He hit the go-ahead three-pointer" credits the shot
to Ellis, and an outlet that credits it to Jalen Brooks tells another doer; with the
pronoun as the frame's actor the two deeds could not be compared. A subject "he" or
"she" takes the person named before it in its own sentence and in the nearest
sentence before it that names someone (at most two back), and only when that is one
person: two people named there ("Ellis passed to Brooks. He scored"), a person noun
in between ("Ellis fouled the guard. He ..."), or a pronoun inside a quotation (the
speaker's "he" points anywhere) leave the pronoun as it was. Gender is not read:
two candidates of any gender are two candidates. "They" stays unresolved: a plural
names a group the names before it seldom spell out.

The resolved actor is the span of the antecedent's nearest mention, so that it
stays a stretch of the article's text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import attrs

from compare.extract.claims import Claim, Span
from compare.extract.context import Context
from compare.extract.lexicon import NAME_STOPWORDS, NON_PERSON_WORDS
from compare.extract.people_nouns import people_noun

_PRONOUNS = frozenset({"he", "she"})
LOOK_BACK = 2  # sentences before the pronoun's own searched for its antecedent
# a singular noun phrase that may name a person: "the guard", "a neighbour"
_NOUN_PHRASE = re.compile(r"\b(?:the|a|an|his|her|their|its)\s+(?:[a-z'-]+\s+){0,2}?([a-z]+)\b")


@attrs.frozen
class _Person:
    start: int
    end: int
    name: str  # the full name the mention stands for
    possessive: bool  # "Ellis's coach": the name owns the person meant


def resolve_doers(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """The claims, each whose frame's actor is "he" or "she" given the antecedent
    (the list itself when none is: no copy of a long article's claims)."""
    if not any(_pronoun(c) for c in claims):
        return claims
    people = _people(ctx)
    starts = [p.start for p in people]
    resolved: dict[int, Span | None] = {}  # by the pronoun's offset
    out = []
    for claim in claims:
        frame = claim.frame
        if frame is None or frame.actor is None or not _pronoun(claim):
            out.append(claim)
            continue
        at = frame.actor.start
        if at not in resolved:
            resolved[at] = _antecedent(ctx, people, starts, at)
        found = resolved[at]
        out.append(
            claim if found is None else attrs.evolve(claim, frame=attrs.evolve(frame, doer=found))
        )
    return out


def _pronoun(claim: Claim) -> bool:
    actor = claim.frame_actor
    return actor is not None and actor.text.lower() in _PRONOUNS


def _people(ctx: Context) -> list[_Person]:
    """The people an article names, in text order; a capitalised word that may be a
    person the article never names in full ("Ellis passed to Jalen Brooks") stands
    as a person of its own, so that it makes a pronoun ambiguous."""
    found = []
    for mention in ctx.people.mentions:
        name = ctx.people.canonical(mention.text, mention.start)
        if name is None and _may_be_person(ctx.text, mention.start, mention.text):
            name = "?" + mention.text
        if name is not None:
            found.append(_Person(mention.start, mention.end, name, mention.possessive))
    return found


# "in Dayton", "at Anfield", "from Lens": a place, not a person
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|across|outside|inside)\s+$", re.IGNORECASE)


def _may_be_person(text: str, start: int, mention: str) -> bool:
    said = mention.split()
    if not said or any(w.strip(".,'’s") in NON_PERSON_WORDS for w in said):
        return False
    if said[0] in NAME_STOPWORDS or mention.isupper():
        return False
    return not _PLACE_BEFORE.search(text[max(0, start - 12) : start])


def _antecedent(ctx: Context, people: list[_Person], starts: list[int], at: int) -> Span | None:
    index = ctx.sentence_index(at)
    sentence = ctx.source.sentences[index]
    if _in_quote(ctx.text[sentence.start : at]):
        return None
    candidates = _named(people, starts, sentence.start, at)
    for back in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
        before = ctx.source.sentences[back]
        earlier = _named(people, starts, before.start, before.end)
        if earlier:
            candidates = earlier + candidates
            break
    if len({p.name for p in candidates}) != 1 or any(p.possessive for p in candidates):
        return None  # nobody, two people ("Ellis passed to Brooks. He scored"), an owner
    nearest = candidates[-1]
    if _person_noun_between(ctx.text[nearest.end : at]):
        return None
    return Span(nearest.start, nearest.end, ctx.text[nearest.start : nearest.end])


def _named(people: list[_Person], starts: list[int], start: int, end: int) -> list[_Person]:
    i = bisect_left(starts, start)
    found = []
    while i < len(people) and people[i].start < end:
        found.append(people[i])
        i += 1
    return found


def _in_quote(before: str) -> bool:
    """Does a quotation open before the pronoun and not close?"""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _person_noun_between(text: str) -> bool:
    """A singular noun of a person between the name and the pronoun: another
    candidate ("Ellis fouled the guard, and he ...")."""
    return any(
        people_noun(m.group(1)) is not None and not m.group(1).endswith("s")
        for m in _NOUN_PHRASE.finditer(text)
    )
