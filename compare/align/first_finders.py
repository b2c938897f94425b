"""Who found it: one find credited to two finders. "It was discovered by a
postman, Ana Ruiz" / "It was spotted by a dog walker, Tom Hale"; "The wreck was
found by a diver" / "It was a ferry pilot who first reported the wreck".

A thing is found (discovered, spotted, detected, uncovered, unearthed, located,
noticed) once: whoever found it first is one person or body, and an outlet that
names the finder says it was this one. The verbs of finding are the members of
WordNet 3.0's senses of discovering (detect.v.01: detect, observe, find, discover,
notice; descry.v.01: spot; find.v.03 and its kinds: locate, unearth; uncover.v.01),
less "observe" ("observed a minute's silence"); "first reported" tells the first
finder too (the adverb "first" singles out one doer of the deed). Outlets tell the
find in the passive with "by", actively, or by a cleft ("It was X who first
spotted the painting"), and name the thing in their own words or by "it", so
the words of the two sentences seldom meet.

Two finds of two articles are paired when their things are one (the same words,
heads that are WordNet synonyms: kindred_deeds.one_thing) or one of them is "it",
each is the only find of its article (counting only finds credited to someone)
whose thing is so tied to the other's, and the finders are apart: both named with
no name in common, or each told by a noun for a person, of two kinds
(people_nouns.other_kinds: a postman is no resident), one perhaps named too;
neither names anyone the other sentence names. A finder told by a noun for a group
("a team", "the crew") and no name is compared with no one: a team takes in
people of any kind. Found by "it" the thing is the story's, not shown to be one:
the pair is a variant a reader checks; found in words that tie it, a conflict.

Left alone: a find denied or told without a finder ("was discovered on Monday"),
an article with two finds of tied things by someone (a story of several finds,
"the body" and "the weapon", tells them apart), things told without "the" ("found
cracks": many may find some).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from compare.align.actor_names import names
from compare.align.blocking import cross_source_pairs
from compare.align.by_agents import agent_doer, people_in, someone
from compare.align.group_doers import doer
from compare.align.kindred_deeds import one_thing, thing_words
from compare.align.model import Conflict, Severity
from compare.align.participle_subjects import opening_subject
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.word_contradictions import Finding
from compare.align.words import BE_FORMS, TEXTS_REMEMBERED, remembered, words
from compare.extract import Claim
from compare.extract.claims import Statement
from compare.extract.lemmas import verb_lemma
from compare.extract.people_nouns import other_kinds, people_noun

SCORE = 0.45  # as the clause matchers: below the word model's sure pairs
# WordNet's verbs of discovering (see the module's docstring)
FINDING = frozenset(
    {"discover", "detect", "find", "notice", "spot", "uncover", "unearth", "locate"}
)
# verbs that tell a find only with "first": the first to report it found it
_FIRST_ONLY = frozenset({"report", "flag"})
# "first raised the alarm", "first sounded the alarm": an English idiom for telling
# others of a thing first, as "first reported" is
_ALARM_VERBS = frozenset({"raise", "sound"})
_ALARM = re.compile(r"(?i:the)\s+alarm")
_PRONOUNS = frozenset({"it"})
_MODALS = frozenset("can could may might will would shall should must".split())
_RELATIVE = frozenset({"who", "which", "that"})
# a relative clause after the finder tells more of them, not who they are
_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|whom|whose|which|that)\s.*$")

_CLAUSE = r"[^,;:.()\"“”—–]"
_THING = r"(?P<thing>(?:(?i:the|this|that|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
_BEEN = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
_ADVERB = r"(?:(?P<first>first)\s+|(?:\w+ly|later|then|also|soon)\s+)?"
# a short phrase between the verb and "by", with no verb of its own ("in video footage")
_PHRASE = (
    r"(?:\s+(?:in|on|at|from|during|near|off|inside|under|beneath)\s+"
    r"(?:(?![\w'’-]*ed\b)[\w'’-]+\s+){0,3}?(?![\w'’-]*ed\b)[\w'’-]+)?"
)
# "It was discovered by a postman, Ana Ruiz", "The wreck was first spotted by a diver"
_PASSIVE = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but|after|when|as)\s+)" + _THING + r"\s+" + _BEEN + r"\s+"
    + _ADVERB + r"(?P<verb>[a-z]{3,})" + _PHRASE
    + r"\s+by\s+(?P<agent>" + _CLAUSE + r"{2,70})"
)  # fmt: skip
# "It was a ferry pilot who first reported the wreck", "It was a volunteer, Ana Ruiz,
# who spotted it"
_CLEFT = re.compile(
    r"\b[Ii]t\s+(?:was|is|had\s+been|has\s+been)\s+"
    r"(?P<agent>[^,;:.()\"“”]{2,80}?(?:,\s+[^,;:.()\"“”]{2,60}?)?),?\s+(?:who|that)\s+"
    r"(?:had\s+|has\s+|have\s+)?" + _ADVERB + r"(?P<verb>[a-z]{3,})\s+"
    r"(?P<thing>(?:(?:the|its|their|his|her)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?|it)(?=[\s,.;]|$)"
)  # fmt: skip


# "Lena Ortiz was the first to notice the leak", "a nurse was the first person to
# spot it": one doer singled out as first (not "among the first", which tells many)
_FIRST_TO = re.compile(
    r"^(?P<agent>[^,;:()\"“”]{2,80}?(?:,\s+[^,;:()\"“”]{2,60}?,)?)\s+(?:was|were|became)\s+"
    r"the\s+(?P<first>first)\s+(?:(?:person|one)\s+)?to\s+(?P<verb>[a-z]{3,})\s+"
    r"(?P<thing>(?:(?:the|its|their|his|her)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?|it)(?=[\s,.;]|$)"
)  # fmt: skip


@attrs.frozen
class Find:
    """A find as one sentence tells it: the thing's words and its finder."""

    thing: tuple[str, ...]  # the content words of a thing told with "the"; () for "it"
    finder: str
    pronoun: bool  # the thing is "it"

    def tied(self, other: Find) -> bool:
        """One thing: "it" on either side, or the same words (heads synonyms)."""
        return self.pronoun or other.pronoun or one_thing(self.thing, other.thing)


def _finding(verb: str, first: bool, thing: str = "") -> bool:
    lemma = verb_lemma(verb)
    return lemma in FINDING or (first and lemma in _FIRST_ONLY) or _alarm(verb, first, thing)


def _alarm(verb: str, first: bool, thing: str) -> bool:
    """Does the clause say its doer "first raised the alarm": the first to tell of
    the story's thing found it?"""
    if not first or verb_lemma(verb) not in _ALARM_VERBS:
        return False
    return _ALARM.fullmatch(thing.strip()) is not None


def _found(verb: str, first: bool, thing: str, finder: str) -> Find | None:
    """The find a finding verb tells of its thing; the alarm stands for the story's
    thing, as "it" does."""
    return _find("it" if _alarm(verb, first, thing) else thing, finder)


def _find(thing: str, finder: str) -> Find | None:
    """The find of a thing ("it" or told with "the") by someone; None otherwise."""
    pronoun = thing.strip().lower() in _PRONOUNS
    said = () if pronoun else thing_words(thing)
    finder = _RELATIVE_CLAUSE.sub("", finder).strip()
    if not (pronoun or said) or not someone(finder):
        return None
    return Find(said, finder, pronoun)


def finds(claim: Claim) -> tuple[Find, ...]:
    """The finds a statement credits to someone: after "by", by a cleft's focus, or
    by its active clause's subject."""
    active = _active_find(claim)
    return _told_finds(claim.text) + ((active,) if active is not None else ())


@remembered(TEXTS_REMEMBERED)
def _told_finds(sentence: str) -> tuple[Find, ...]:
    """The finds a sentence credits after "by" or to a cleft's focus."""
    found = []
    if " by " in sentence:
        for match in _PASSIVE.finditer(sentence):
            verb, first, thing = match.group("verb"), bool(match.group("first")), match["thing"]
            if _finding(verb, first, thing):
                finder = agent_doer(match.group("agent"), sentence[match.end() :])
                found.append(_found(verb, first, thing, finder))
    if _CLEFT_WORDS.search(sentence):
        for match in _CLEFT.finditer(sentence):
            verb, first, thing = match.group("verb"), bool(match.group("first")), match["thing"]
            if _finding(verb, first, thing):
                finder = agent_doer(match.group("agent"), "")
                found.append(_found(verb, first, thing, finder))
    if " first " in sentence:
        singled = _FIRST_TO.match(sentence)
        if singled is not None and _finding(singled["verb"], True, singled["thing"]):
            doer = agent_doer(singled["agent"], "")
            found.append(_found(singled["verb"], True, singled["thing"], doer))
    return tuple(f for f in found if f is not None)


# what every cleft holds, searched for before the cleft's costlier pattern
_CLEFT_WORDS = re.compile(r"\b[Ii]t\s+(?:was|is|had|has)\b")


def _active_find(claim: Claim) -> Find | None:
    frame = claim.frame
    if frame is None or frame.predicate is None or frame.thing is None or frame.negated:
        return None
    predicate = words(frame.predicate.text)
    if BE_FORMS & set(predicate) or not predicate:
        return None
    before = words(claim.sentence[: frame.predicate.start - claim.sentence_start])
    if _MODALS & set(predicate) or _RELATIVE & set(before[-2:]):
        return None  # "can find", "who noticed": no find told, or another's clause
    first = "first" in predicate or before[-1:] == ["first"]
    if not _finding(predicate[-1], first, frame.thing.text):
        return None
    verb, thing = predicate[-1], frame.thing.text
    if _CLEFT.search(claim.sentence):
        return None  # the cleft's focus is the doer, read above
    read = doer(claim)
    if read is not None and read.name:
        return _found(verb, first, thing, f"{read.noun}, {read.name}")
    if frame.actor is None:
        return None
    at = frame.actor.start - claim.sentence_start
    if claim.sentence[:at].strip():
        # "Herders grazing cattle first reported the swarm": the opening phrase, not
        # the participle's object; any other subject inside the sentence is a clause
        # of another's ("who noticed")
        opening = opening_subject(claim.sentence, at)
        return _found(verb, first, thing, opening) if opening is not None else None
    return _found(verb, first, thing, frame.actor.text)


def finders_apart(x: str, y: str, sentence_x: str, sentence_y: str) -> bool:
    """Two finders: named apart, or persons of two kinds; neither named in the
    other's sentence."""
    named_x, named_y = names(x), names(y)
    if named_x & names(sentence_y) or named_y & names(sentence_x):
        return False
    if named_x and named_y:
        return True
    people_x, people_y = people_in(x), people_in(y)
    if not people_x or not people_y:
        return False
    kind_x, kind_y = people_noun(people_x[-1]), people_noun(people_y[-1])
    if kind_x is None or kind_y is None or not (kind_x.person and kind_y.person):
        return False  # a group ("a team") takes in people of any kind
    return other_kinds(people_x[-1], people_y[-1])


def _apart(x: Find, y: Find, a: Claim, b: Claim) -> Finding | None:
    if not x.tied(y) or not finders_apart(x.finder, y.finder, a.sentence, b.sentence):
        return None
    severity = Severity.VARIANT if x.pronoun or y.pronoun else Severity.CONFLICT
    return Finding(Conflict.ACTOR, x.finder, y.finder, severity)


def _sole(x: Find, claim: Claim, others: Sequence[tuple[Claim, Find]]) -> bool:
    """Is x the only find of the other side's thing in its article?"""
    return not any(
        c.source == claim.source and c.sentence_start != claim.sentence_start and f.tied(x)
        for c, f in others
    )


def _finders_apart(a: Claim, b: Claim, every: Sequence[tuple[Claim, Find]]) -> Finding | None:
    for x in finds(a):
        for y in finds(b):
            found = _apart(x, y, a, b)
            if found is not None and _sole(y, a, every) and _sole(x, b, every):
                return found
    return None


def _every_find(claims: Sequence[Claim]) -> list[tuple[Claim, Find]]:
    return [(c, f) for c in claims if isinstance(c, Statement) for f in finds(c)]


def first_finders_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: one find credited to two finders, each its article's
    only find of that thing."""
    if a.source == b.source or not sentences.by_sentence:
        return None  # without the articles' claims, "only" cannot be told
    if not (finds(a) and finds(b)):
        return None
    every = _every_find(sentences.claims())
    return _finders_apart(a, b, every)


def first_finder_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements of two sources that credit one find to two finders."""
    every = _every_find(statements)
    having = sorted({i for i, statement in enumerate(statements) if finds(statement)})
    pairs = cross_source_pairs([having], lambda k: statements[k].source)
    return [
        (SCORE, i, j)
        for i, j in pairs
        if _finders_apart(statements[i], statements[j], every) is not None
    ]
