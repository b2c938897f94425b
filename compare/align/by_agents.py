"""One act done to one thing, credited to two doers after "by": "The march was
organised by the Kellborough Trades Council" / "Organised by the Renters' Union, the
march drew thousands"; "The satellite was built by Orbis Systems" / "Built by
Halvard Aerospace in Kongsberg, the satellite ...".

English tells who did a thing to something in the passive with "by" ("X was built
by Y"), or opens a sentence with the participle ("Built by Y, X carries ..."), or
says it actively ("Y built X"). When two sentences tell the same verb done to the
same thing (the same words, "the march", "the fourth skier") each with a doer,
the doers are compared: both named, with no name in common, are two doers (an
actor conflict); a named doer against people of another kind (extract/people_nouns) too.
The sentences may share little else, so the word model often leaves them apart;
this matcher pairs them, and only when the doers differ (a pair apart from the
groups, shown only as a conflict).
The verbs are one when they are synonyms or one names a kind of the other's deed
(WordNet's direct hypernyms: "brokered" is a way to "negotiate"), not two casualty
verbs ("shot" / "killed": two deeds done to one person).
Left alone: another verb ("was presented by" / "was handed over by": a verb of
two words is not compared with one), another thing ("the first goal" / "the
second goal"), a doer one side leaves unsaid, an agent that is a means ("by a
left hook", "by fire": no people and no name).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import attrs

from compare.align.actor_names import names
from compare.align.blocking import cross_source_pairs
from compare.align.frames import confident, same_predicate
from compare.align.group_doers import doer, group_against_named
from compare.align.kindred_deeds import cleft_deeds, one_thing, thing_keys, thing_words
from compare.align.model import Conflict, Severity
from compare.align.opposites import are_opposites, lemmas
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.verb_kinds import CASUALTY_COUNTS, kind_of
from compare.align.word_contradictions import Finding
from compare.align.words import BE_FORMS, STOPWORDS, TEXTS_REMEMBERED, remembered, stem, words
from compare.extract import Claim
from compare.extract.claims import Statement
from compare.extract.lemmas import classes
from compare.extract.lexicon import REPORTING_VERBS
from compare.extract.names import is_person_name, names_in
from compare.extract.people_nouns import other_kinds, people_noun

SCORE = 0.45  # as the clause matchers: below the word model's sure pairs
# words of the thing an active clause does its deed to, for it to be compared: one
# ("brokered the release") since the other side must tell the same thing after "by"
# (two were asked before; the read and validation sets lost no agreement and gained
# no trap at one, ECB+ gained no finding)
MIN_ACTIVE_THING = 1
_CLAUSE = r"[^,;:.()\"“”—–]"
_THING = (
    r"(?P<thing>(?:(?i:the|a|an|this|that|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
)
_PARTICIPLE = r"(?P<verb>[a-z]{3,})"
_BEEN = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)"
# a short phrase after the verb, with no verb of its own ("in an attack claimed by"
# credits the claim, not the deed)
_PLACE_WORDS = r"(?:(?![\w'’-]*ed\b)[\w'’-]+\s+){0,3}?(?![\w'’-]*ed\b)[\w'’-]+"
_AGENT = r"\s+by\s+(?P<agent>" + _CLAUSE + r"{2,70})"
# "The march was organised by the Trades Council"
_PASSIVE = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but|after|when|as)\s+)" + _THING + r"\s+" + _BEEN
    + r"\s+(?:\w+ly\s+)?" + _PARTICIPLE + r"(?:\s+(?:down|up|out|off|over|away))?"
    + r"(?:\s+(?:in|on|at|from|to|into|out\s+of|off|outside|near|during)\s+" + _PLACE_WORDS
    + r")?"
    + _AGENT
)  # fmt: skip
# the passive for the readings that need its parts (sole_agents.py)
PASSIVE_DEED = _PASSIVE
# "Organised by the Renters' Union, the march drew ..."
_OPENING = re.compile(
    r"^\W*(?P<verb>[A-Z][a-z]{2,}(?:ed|en|wn|lt|ght|ne))" + _AGENT.replace(
        _CLAUSE + r"{2,70}", r"[^,;]{2,70}"
    ) + r",\s+" + _THING + r"\s+(?=[a-z])"
)  # fmt: skip
# a doer that is a thing done with, not someone: "by a left hook", "by fire"
MEANS = re.compile(
    r"^(?:a|an|the)?\s*(?:[\w'’-]+\s+){0,2}?(?:hook|punch|shot|blow|fire"
    r"|flood|wind|storm|car|truck|train|bomb|blast|wave|tackle|kick|header|challenge)s?\b",
    re.IGNORECASE,
)


@attrs.frozen
class Deed:
    """A verb done to a thing by a doer, as one sentence tells it."""

    verb: str  # as written ("organised")
    thing: tuple[str, ...]  # the thing's content words, stemmed
    doer: str
    active: bool = False  # told by the frame of an active clause, not after "by"
    said: tuple[str, ...] = ()  # the thing's content words as written, for kindred_deeds


@remembered(TEXTS_REMEMBERED)
def deeds(sentence: str) -> tuple[Deed, ...]:
    """The deeds the sentence credits to a doer after "by"."""
    if " by " not in sentence and not sentence.startswith(("By ", "by ")):
        return ()
    found = []
    for pattern in (_PASSIVE, _OPENING):
        for match in pattern.finditer(sentence):
            thing = tuple(stem(w) for w in words(match.group("thing")) if w not in STOPWORDS)
            verb = match.group("verb").lower()
            doer = agent_doer(match.group("agent"), sentence[match.end() :])
            if not thing or verb in STOPWORDS or MEANS.match(doer) or not someone(doer):
                continue
            found.append(Deed(verb, thing, doer, said=thing_words(match.group("thing"))))
    return tuple(found)


# what may follow the doer in its clause: another verb's part, a time, a place
_DOER_ENDS = re.compile(
    r"\s+(?:and|but|or|for|after|before|on|in|at|near|with|when|while|to|during|as)\s.*$"
)
# a name in apposition after the doer: "a local voters' group, Eastvale Votes,"
_APPOSITION = re.compile(r"^,\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*(?:[,.;]|$)")


def agent_doer(agent: str, after: str) -> str:
    """The doer's words: up to what starts another part of the clause, with a name
    set beside it."""
    doer = _DOER_ENDS.sub("", agent).strip()
    if doer == agent.strip():
        beside = _APPOSITION.match(after)
        if beside:
            doer = f"{doer}, {beside.group('name')}"
    return doer


def someone(doer: str) -> bool:
    """A doer with a name or a noun for people in it."""
    return bool(names(doer)) or any(people_noun(w) for w in words(doer))


def _a_person(doer: str) -> bool:
    """A person's full name or a noun for people in the doer."""
    return any(is_person_name(m.text) for m in names_in(doer)) or bool(people_in(doer))


def _named_person(doer: str) -> bool:
    """A person named in full and told by a noun for people ("a farmer, Ana Ruiz"):
    two capitalised words alone may be a body ("Kestrel Heritage")."""
    return any(is_person_name(m.text) for m in names_in(doer)) and bool(people_in(doer))


def people_in(doer: str) -> list[str]:
    return [w for w in words(doer) if people_noun(w) is not None]


def doers_apart(x: str, y: str) -> bool:
    """Two doers: both named and no name shared, or people of other kinds."""
    named_x, named_y = names(x), names(y)
    if named_x and named_y:
        return not named_x & named_y
    people_x, people_y = people_in(x), people_in(y)
    if named_x or named_y or not people_x or not people_y:
        return False
    return other_kinds(people_x[-1], people_y[-1])


def told_deeds(claim: Claim) -> tuple[Deed, ...]:
    """The deeds a statement credits after "by", and the one its active frame tells
    when it names who did it and to what ("A farmer, Ana Ruiz, found the bone")."""
    active = _active_deed(claim)
    return deeds(claim.text) + ((active,) if active is not None else ()) + _cleft_deeds(claim.text)


@remembered(TEXTS_REMEMBERED)
def _cleft_deeds(sentence: str) -> tuple[Deed, ...]:
    """The deeds a cleft credits to its focus ("It was X who found the rock"), told
    as active ones: the focus is the verb's subject."""
    found = []
    for told in cleft_deeds(sentence):
        said = thing_words(told.thing)
        if not said or not confident(told.verb) or told.verb in REPORTING_VERBS | BE_FORMS:
            continue
        if someone(told.doer):
            thing = tuple(stem(w) for w in said)
            found.append(Deed(told.verb, thing, told.doer, active=True, said=said))
    return tuple(found)


def _active_deed(claim: Claim) -> Deed | None:
    frame = claim.frame
    if frame is None or frame.predicate is None or frame.thing is None or not frame.lemma:
        return None
    if BE_FORMS & set(words(frame.predicate.text)) or frame.negated:
        return None
    if not confident(frame.lemma) or frame.lemma in REPORTING_VERBS:
        return None
    thing = tuple(stem(w) for w in words(frame.thing.text) if w not in STOPWORDS)
    if len(thing) < MIN_ACTIVE_THING:
        return None  # "arrested him": no thing to tell the deed by
    said = thing_words(frame.thing.text)
    read = doer(claim)
    if read is not None and read.name:
        return Deed(frame.lemma, thing, f"{read.noun}, {read.name}", active=True, said=said)
    if frame.actor is None or not someone(frame.actor.text):
        return None
    return Deed(frame.lemma, thing, frame.actor.text, active=True, said=said)


def deeds_apart(a: Claim, b: Claim) -> Finding | None:
    """One verb done to one thing, credited to two doers (one side at least told
    with "by": two active frames are the judge's two named actors)."""
    for x in told_deeds(a):
        for y in told_deeds(b):
            if x.active and y.active:
                # two active frames: the judge's rules for two doers, of which a
                # group and a named person of another kind are paired here
                found = group_against_named(a, b) or _kindred_named(x, y, a, b)
                if found is not None:
                    return found
                continue
            if x.thing != y.thing or not one_verb_or_kind(x.verb, y.verb):
                continue
            if (x.active or y.active) and not (_a_person(x.doer) and _a_person(y.doer)):
                # "Subryan struck Raj Chohan" / "Raj Chohan was hit by a 2013 gray
                # Camry": across the two voices, only people are compared
                continue
            if doers_apart(x.doer, y.doer) and not (
                named_in_other(x.doer, b.text) or named_in_other(y.doer, a.text)
            ):
                # a doer the other sentence names too is no other doer ("by Senior
                # Vice President and Assistant General Manager Tony DiLeo")
                return Finding(Conflict.ACTOR, x.doer, y.doer, Severity.CONFLICT)
    return None


def _kindred_named(x: Deed, y: Deed, a: Claim, b: Claim) -> Finding | None:
    """One deed told actively in other words ("found the rock" / "It was X who
    spotted the stone": kindred_deeds.py), its two doers named apart."""
    if not (one_thing(x.said, y.said) and one_verb_or_kind(x.verb, y.verb)):
        return None
    if not (_named_person(x.doer) and _named_person(y.doer)):
        return None  # a body, or people told by a place: "youths in Athens"
    named_x, named_y = names(x.doer), names(y.doer)
    if named_x & named_y:
        return None
    if named_in_other(x.doer, b.text) or named_in_other(y.doer, a.text):
        return None
    return Finding(Conflict.ACTOR, x.doer, y.doer, Severity.CONFLICT)


def named_in_other(doer: str, other_sentence: str) -> bool:
    """Does the other sentence name the doer too?"""
    return bool(names(doer) & names(other_sentence))


def one_verb_or_kind(x: str, y: str) -> bool:
    """One verb, a synonym, or one a kind of the other by WordNet's direct
    hypernyms ("brokered" is a way to "negotiate"); not two casualty verbs ("shot" /
    "killed": two deeds to one person) nor two news opposites."""
    forms_x, forms_y = _verb_forms(x), _verb_forms(y)
    if any(same_predicate(a, b) for a in forms_x for b in forms_y):
        return True
    if _casualty(forms_x) != _casualty(forms_y):
        return False
    return any(kind_of(a, b) and not are_opposites(a, b) for a in forms_x for b in forms_y)


def _casualty(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(CASUALTY_COUNTS[f] for f in forms if f in CASUALTY_COUNTS)


def _verb_forms(word: str) -> frozenset[str]:
    """The word's lemmas as opposites.lemmas reads them, and its verb lemma
    ("negotiated": negotiate)."""
    verb = classes(word.lower()).get("verb")
    return lemmas(word) | ({verb} if verb else set())


def agent_statement_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements from different sources that credit one deed to two doers."""
    buckets: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, statement in enumerate(statements):
        told = told_deeds(statement)
        keys = {d.thing for d in told} | {k for d in told if d.active for k in thing_keys(d.said)}
        for key in keys:
            buckets[key].append(i)
    return [
        (SCORE, i, j)
        for i, j in sorted(
            set(cross_source_pairs(buckets.values(), lambda k: statements[k].source))
        )
        if deeds_apart(statements[i], statements[j])
    ]


def judged_apart(a: Claim, b: Claim) -> Finding | None:
    """The judge's reading of the same: the pair's deed credited to two doers."""
    return deeds_apart(a, b)
