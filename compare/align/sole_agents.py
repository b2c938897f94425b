"""One deed told of "it", credited after "by" to two doers: "It was opened by the
Health Minister, Ana Ruiz" / "The depot was opened by council leader Tom Hale".

An outlet that has named the thing in an earlier sentence goes on with "it" ("It
was built by ...", "It was founded by ..."), so the two sentences share the verb
and little else, and by_agents, which compares two deeds only when their things
are told in the same words, never sees "it" as a thing. What ties the two here is
that each is its article's only deed of that verb credited after "by": an article
tells who opened, built or founded its subject once.

Two passive deeds of two articles are paired when
- one of them is told of "it", the other of "it" or of a thing in words, after
  "by" or actively ("The tug Brenna Star towed the yacht": a clause's subject doing
  its verb to a thing told with "the", the verb its article tells in no other
  sentence, so that one tow is told); a thing
  in words is one the "it" article has named before its "it" sentence (the head
  of its words: "the hub" after "The hub, built on the edge of town, ..."), since
  a thing that article never names is another ("the footbridge over the canal"
  beside its bridge, "the appeal" beside its lawsuit);
- their verbs are one, a synonym, or one a kind of the other (by_agents.one_verb_or_kind);
- each is the only deed of its article credited after "by" with a verb so tied to
  the other's (an article telling two such deeds, "the depot" and "the station
  next door", tells two things);
- their doers are apart as first_finders tells two finders: both named with no
  name in common, or each told by a noun for a person, of two kinds (a group, "a
  team", takes in people of any kind); neither names anyone the other sentence names.

As for first_finders, a thing told by "it" is the story's, not shown to be one: the
pair is a variant for a reader to check, never a conflict and never a ✓ (the
matcher's pairs stand apart from the groups, shown only when the doers differ).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from compare.align.by_agents import PASSIVE_DEED, agent_doer, one_verb_or_kind, someone
from compare.align.first_finders import finders_apart
from compare.align.model import Conflict, Severity
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.word_contradictions import Finding
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered, stem, words
from compare.extract import Claim
from compare.extract.claims import Frame, Statement
from compare.extract.frames import clause_frames
from compare.extract.wordlists import REPORTING

SCORE = 0.45  # as by_agents' pairs: below the word model's sure pairs
# a relative clause after the doer tells more of them, not who they are ("a local man
# who called the operator"), as first_finders reads its finders
RELATIVE_CLAUSE = re.compile(r"\s+(?:who|whom|whose|which|that)\s.*$")
# any verb before "by", for telling a deed its article's only one: read loosely, so
# that a deed the passive pattern misses ("was later found by") still counts
_ANY_BY = re.compile(r"\b([a-z]{3,})\s+(?:(?:[a-z]+ly|later|then|also|soon|first|again)\s+)?by\b")
_IT = "it"


@attrs.frozen
class Credited:
    """A passive deed with its doer after "by", as one sentence tells it."""

    verb: str  # as written ("opened")
    doer: str
    of_it: bool  # the thing is "it"
    head: str = ""  # the stem of the thing's head when told in words ("depot")
    active: bool = False  # told by a clause's subject and verb, not after "by"


@remembered(TEXTS_REMEMBERED)
def credited_deeds(sentence: str) -> tuple[Credited, ...]:
    """Every passive deed the sentence credits to someone after "by", of "it" or of
    a thing told in content words."""
    if " by " not in sentence:
        return ()
    found = []
    for match in PASSIVE_DEED.finditer(sentence):
        said = words(match.group("thing"))
        of_it = said == [_IT]
        if not of_it and not [w for w in said if w not in STOPWORDS]:
            continue  # "he", "they", "this": a thing the other side cannot be told by
        doer = RELATIVE_CLAUSE.sub("", agent_doer(match.group("agent"), sentence[match.end() :]))
        verb = match.group("verb").lower()
        if verb in STOPWORDS or not someone(doer):
            continue
        found.append(Credited(verb, doer, of_it, "" if of_it else thing_head(said)))
    return tuple(found)


_DEFINITE = re.compile(r"^\s*(?i:the)\s")


def active_deeds(claim: Claim) -> tuple[Credited, ...]:
    """Every deed the claim's sentence tells actively of a thing told with "the" (a
    clause's subject doing its verb: "The tug Brenna Star towed the yacht"), never a
    saying, a denial or a thing told by a pronoun."""
    if not isinstance(claim, Statement):
        return ()
    return _sentence_actives(claim.sentence, claim.sentence_start, claim.frame)


@remembered(TEXTS_REMEMBERED)
def _sentence_actives(sentence: str, start: int, main: Frame | None) -> tuple[Credited, ...]:
    found = []
    for frame in (main, *clause_frames(sentence, start)):
        if frame is None or frame.negated or frame.predicate is None or not frame.lemma:
            continue
        if frame.actor is None or frame.thing is None or frame.lemma in REPORTING:
            continue
        if frame.thing.start < frame.predicate.start or not _DEFINITE.match(frame.thing.text):
            continue  # a passive's subject, or a thing not told as one particular thing
        told = words(frame.thing.text)
        doer = RELATIVE_CLAUSE.sub("", frame.actor.text)
        if any(w not in STOPWORDS for w in told) and someone(doer):
            # the head is read from every word: the words telling more of it ("of",
            # "over") are stopwords, and thing_head stops at them
            found.append(
                Credited(frame.predicate.text.lower(), doer, False, thing_head(told), True)
            )
    return tuple(found)


# words after a thing's head that tell more of it ("the footbridge over the canal",
# "the old depot next door")
_AFTER_HEAD = frozenset("of over in at on near next from for with to across beside".split())


def thing_head(said: list[str]) -> str:
    """The stem of the head of a thing's words: the last before a phrase telling
    more of it."""
    told: list[str] = []
    for word in said:
        if told and word in _AFTER_HEAD:
            break
        if word not in STOPWORDS:
            told.append(word)
    return stem(told[-1]) if told else ""


def _apart(x: Credited, y: Credited, a: Claim, b: Claim) -> Finding | None:
    if not (x.of_it or y.of_it) or not one_verb_or_kind(x.verb, y.verb):
        return None
    if not finders_apart(x.doer, y.doer, a.sentence, b.sentence):
        return None
    return Finding(Conflict.ACTOR, x.doer, y.doer, Severity.VARIANT)


def sole_credit(x: Credited, claim: Claim, every: Sequence[Claim]) -> bool:
    """Is no other sentence of the claim's article telling x's verb (or one tied to
    it) before "by"?"""
    return not any(
        c.source == claim.source
        and c.sentence_start != claim.sentence_start
        and any(one_verb_or_kind(verb, x.verb) for verb in _verbs_before_by(c.sentence))
        for c in every
    )


@remembered(TEXTS_REMEMBERED)
def _verbs_before_by(sentence: str) -> tuple[str, ...]:
    return tuple(m.group(1) for m in _ANY_BY.finditer(sentence))


def _credited_apart(
    a: Claim, b: Claim, every: Sequence[Claim], told: Sequence[Claim]
) -> Finding | None:
    for x in (*credited_deeds(a.sentence), *active_deeds(a)):
        for y in (*credited_deeds(b.sentence), *active_deeds(b)):
            if x.active and y.active:
                continue
            found = _apart(x, y, a, b)
            if found is None or not (sole_credit(y, a, every) and sole_credit(x, b, every)):
                continue
            if (x.active and not sole_active(x, a, told)) or (
                y.active and not sole_active(y, b, told)
            ):
                continue
            if named_before(y, x, a, told) and named_before(x, y, b, told):
                return found
    return None


def sole_active(x: Credited, claim: Claim, told: Sequence[Claim]) -> bool:
    """Does no other sentence of the claim's article credit someone with the active
    deed's verb (or one tied to it), actively or after "by"? An article crediting two
    tows to two doers may tell two things' ("The tow took seven hours", a deed
    credited to no one, tells no other)."""
    return not any(
        c.source == claim.source
        and c.sentence_start != claim.sentence_start
        and any(
            one_verb_or_kind(verb, x.verb)
            for verb in (*_verbs_before_by(c.sentence), *(d.verb for d in active_deeds(c)))
        )
        for c in told
    )


def named_before(thing: Credited, own: Credited, it: Claim, told: Sequence[Claim]) -> bool:
    """When `own`, the deed of claim `it`, is told of "it" and `thing`, the other
    article's, in words: has `it`'s article named that thing (its head) in a sentence
    before `it`'s? True when either deed's thing is not so told."""
    if thing.of_it or not own.of_it:
        return True
    return any(
        c.source == it.source
        and c.sentence_start < it.sentence_start
        and thing.head in _stems(c.sentence)
        for c in told
    )


@remembered(TEXTS_REMEMBERED)
def _stems(sentence: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(sentence))


def every_sentence_with_by(claims: Sequence[Claim]) -> list[Claim]:
    """One statement of each sentence that has "by" in it."""
    seen: set[tuple[str, int]] = set()
    found: list[Claim] = []
    for c in claims:
        key = (c.source, c.sentence_start)
        if isinstance(c, Statement) and key not in seen and " by " in c.sentence:
            seen.add(key)
            found.append(c)
    return found


def sole_agents_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: one deed, one side's of "it", credited to two doers,
    each its article's only deed of that verb credited after "by"."""
    if a.source == b.source or not sentences.by_sentence:
        return None  # without the articles' claims, "only" cannot be told
    if not (_of_it(a) or _of_it(b)) or not (_told(a) and _told(b)):
        return None
    told = sentences.claims()
    return _credited_apart(a, b, every_sentence_with_by(told), told)


def pairs_across(
    seeds: Iterable[int], having: Sequence[int], statements: Sequence[Statement]
) -> list[tuple[int, int]]:
    """Each seed statement with each statement that has a deed, of two sources, as
    index pairs in order, each pair once."""
    return sorted(
        {
            (min(i, j), max(i, j))
            for i in seeds
            for j in having
            if statements[i].source != statements[j].source
        }
    )


def sole_agent_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements of two sources that credit one deed, told of "it" on one
    side, to two doers."""
    every = every_sentence_with_by(statements)
    of_it = {i for i, s in enumerate(statements) if _of_it(s)}
    having = sorted(of_it | {i for i, s in enumerate(statements) if i not in of_it and _told(s)})
    # a pair needs a deed told of "it" on one side at least: asked from those alone,
    # the pairs grow with the "it" deeds, not with every active clause
    pairs = pairs_across(of_it, having, statements)
    return [
        (SCORE, i, j)
        for i, j in pairs
        if _credited_apart(statements[i], statements[j], every, statements) is not None
    ]


def _of_it(claim: Claim) -> bool:
    """Does the claim's sentence credit a deed of "it" after "by"?"""
    return any(d.of_it for d in credited_deeds(claim.sentence))


def _told(claim: Claim) -> bool:
    """Does the claim's sentence credit a deed after "by" or tell one actively?"""
    return bool(credited_deeds(claim.sentence)) or bool(active_deeds(claim))
