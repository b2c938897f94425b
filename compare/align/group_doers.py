"""One deed credited to a group in one outlet and to a named person of another kind
in the other: "Firefighters pulled a 10-year-old girl from the rubble" / "a
neighbour, Imran Aziz, dragged a 10-year-old girl from the rubble".

News writing introduces a person by what makes them matter to the story: a
firefighter who saved a girl is "a firefighter, Imran Aziz", not "a neighbour".
So a named person described by a noun for people (extract/people_nouns.py) that is of
another kind than the group's noun ("firefighters" / "a neighbour") is not one of
that group, and the two outlets credit two doers. The same kind ("police" / "an
officer, Dana Klee"; "firefighters" / "a firefighter, ...") is a member of the group
and agrees. A passive's agent that is one person of a kind, unnamed ("The alarm
was raised by a neighbour" / "The gallery's owner, Glenys Harrow, raised the
alarm"), stands as the group does: the other outlet's named person of another
kind is someone else (a noun that tells only sex, age or presence, "by a man",
"by a witness", may be anyone). Left alone, as unsure: a group noun that names
whoever does some act ("rescuers", "workers", "helpers": anyone who rescues is a
rescuer), a group told with a noun before its head ("fire crews"), two groups,
two unnamed people, and speech ("police said" / "a spokesman, ..., said" is the
speaker rules' business).
"""

from __future__ import annotations

import re

import attrs

from compare.align.derivations import families
from compare.align.frames import confident, same_head, same_predicate
from compare.align.model import Conflict, Severity
from compare.align.word_contradictions import Finding
from compare.align.words import BE_FORMS, words
from compare.extract import Claim
from compare.extract.lexicon import REPORTING_VERBS
from compare.extract.names import is_person_name
from compare.extract.people_nouns import other_kinds, people_noun
from compare.extract.wordlists import PREPOSITIONS

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:de|da|van|von|al|bin|del|la|le)?\s*[A-Z][\w'’.-]*)+"
_OPEN = r"(?:^|[,;]\s*|\band\s+)"  # where the doer's clause may begin
_ARTICLE = r"(?:(?i:a|an|the|one|another)\s+)"
# "a neighbour, Imran Aziz," / "a local farmer, Ernesto Paillalef," / "a graduate
# student on a field crew, Ana Ruiz," (a phrase of place or belonging after the noun)
_NOUN_THEN_NAME = re.compile(
    _OPEN + _ARTICLE + r"(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z][a-z'’-]+)"
    + r"(?:\s+(?:of|from|at|in|on|with)\s+[^,]*)?,\s+(?P<name>" + _NAME + r"),\s*$"
)  # fmt: skip
# "Imran Aziz, a neighbour (of the family)," / "Imran Aziz, 34, a neighbour,"
_NAME_THEN_NOUN = re.compile(
    _OPEN + r"(?P<name>" + _NAME + r"),\s+(?:\d+,\s+)?" + _ARTICLE
    + r"(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z][a-z'’-]+)(?:\s+(?:of|from|at|in|on)\s+[^,]*)?,\s*$"
)  # fmt: skip
# "neighbour Imran Aziz" (a common noun used as a title)
_NOUN_NAME = re.compile(
    _OPEN + _ARTICLE + r"?(?P<noun>[A-Za-z][a-z'’-]+)\s+(?P<name>" + _NAME + r")\s*$"
)
# "Firefighters" / "Villagers with water tankers" / "Three rescuers from the mine"
_GROUP = re.compile(
    _OPEN + r"(?:(?:the|some|several|many|two|three|four|five|six|dozens\s+of|\d+)\s+)?"
    r"(?P<noun>[A-Za-z][a-z'’-]+)(?:\s+(?:from|of|with|at|in)\s+[^,]*)?\s*$"
)  # fmt: skip


# Nouns for people that are plural without an -s and take a plural verb ("police
# are"): the group of those people, as "firefighters" is
_PLURAL_ONLY = frozenset({"police"})


@attrs.frozen
class Doer:
    """Who a clause says did its deed: a noun for people, and the name given, if any."""

    noun: str
    name: str = ""


# "was raised by a neighbour", "was found by a neighbour, Imran Aziz,": a passive's
# agent, one person of a kind, unnamed or named beside the noun; the words after
# "by a" up to punctuation or to a word of place, time or a "who" clause
_BY_ONE = re.compile(r"^[^,;:()\"\u201c\u201d]{0,40}?\bby\s+(?:a|an)\s+(?P<words>[a-z][^,;:.()]*)")
_NAME_AFTER = re.compile(r",\s+(?P<name>" + _NAME + r")\s*(?:[,;.]|$)")
_AFTER_AGENT = PREPOSITIONS | frozenset("early late who last this yesterday".split())
_AGENT_WORDS = 3  # "a passing cyclist", "a local dairy farmer"
# Nouns that tell only a person's sex, age, or presence at the scene: "was driven by
# a man" may be the owner another outlet names, so such an agent is no kind of doer
ANYONE = frozenset(
    "man woman boy girl child teenager teen youth adult person individual male female "
    "resident local witness bystander passer-by passerby stranger member visitor "
    "customer relative someone".split()
)


def doer(claim: Claim) -> Doer | None:
    """The doer of an active clause, read from the words before its verb: a named
    person with a noun that describes them, or a plural noun for a group; of a
    passive one, the agent after "by" when it is one person of a kind ("by a
    neighbour"), named or not."""
    frame = claim.frame
    if frame is None or frame.predicate is None:
        return None
    if BE_FORMS & set(words(frame.predicate.text)):
        return _agent(claim)
    before = claim.sentence[: frame.predicate.start - claim.sentence_start].rstrip()
    for pattern in (_NOUN_THEN_NAME, _NAME_THEN_NOUN, _NOUN_NAME):
        found = pattern.search(before)
        if found and is_person_name(found.group("name")) and _person_noun(found.group("noun")):
            return Doer(found.group("noun").lower(), found.group("name"))
    found = _GROUP.search(before)
    if found is None:
        return None
    noun = found.group("noun")
    opens = found.start("noun") == 0 or before[: found.start("noun")].rstrip().endswith((",", ";"))
    if noun[0].isupper() and not opens:
        return None  # a capitalised word inside the clause is a name, not a noun
    noun = noun.lower()
    known = people_noun(noun)
    if known is None:
        return None
    if noun in _PLURAL_ONLY or (noun.endswith("s") and known.person):
        return Doer(noun)
    # a group noun ("crews", "staff", "team") takes in people of any kind
    return None


def _agent(claim: Claim) -> Doer | None:
    """A passive's agent, one person told by a noun for people ("by a neighbour"):
    someone the article does not identify, of that kind, or named beside it."""
    assert claim.frame is not None and claim.frame.predicate is not None
    after = claim.sentence[claim.frame.predicate.end - claim.sentence_start :]
    found = _BY_ONE.match(after)
    if found is None:
        return None
    told = found.group("words").split()
    run = []
    for word in told:
        if word in _AFTER_AGENT:
            break
        run.append(word)
    if not run or len(run) > _AGENT_WORDS or not all(w.isalpha() and w.islower() for w in run):
        return None
    noun = run[-1]
    if noun in ANYONE:
        return None
    known = people_noun(noun)
    if known is None or not known.person:
        return None
    name = ""
    if len(run) == len(told):  # the phrase ends at punctuation: a name may stand beside
        beside = _NAME_AFTER.match(after, found.end("words"))
        if beside and is_person_name(beside.group("name")):
            name = beside.group("name")
    return Doer(noun, name)


def _person_noun(word: str) -> bool:
    return people_noun(word.lower()) is not None


def acts_of_anyone(noun: str) -> bool:
    """A noun for whoever does some act ("rescuers", "workers"): anyone may be one."""
    singular = noun[:-1] if noun.endswith("s") else noun
    if not singular.endswith(("er", "or")):
        return False
    return any(
        key in families(singular)
        for verb in (singular[:-2], singular[:-1])
        for key in (f"{singular}~{verb}", f"{verb}~{singular}")
    )


def group_against_named(a: Claim, b: Claim) -> Finding | None:
    """One side credits a group with the deed, the other a named person of another
    kind of people, for one verb done to one thing."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or fa.thing is None or fb.thing is None:
        return None
    if fa.negated != fb.negated or not (fa.lemma and fb.lemma and confident(fa.lemma)):
        return None
    if fa.lemma in REPORTING_VERBS or fb.lemma in REPORTING_VERBS:
        return None
    if not (same_predicate(fa.lemma, fb.lemma) or _one_thing(fa.thing.text, fb.thing.text)):
        return None
    if not same_head(fa.thing, fb.thing):
        return None
    da, db = doer(a), doer(b)
    if da is None or db is None or bool(da.name) == bool(db.name):
        return None
    group, person = (da, db) if db.name else (db, da)
    if acts_of_anyone(group.noun) or not other_kinds(group.noun, person.noun):
        return None
    return Finding(Conflict.ACTOR, _told(da), _told(db), Severity.CONFLICT)


def _one_thing(a: str, b: str) -> bool:
    """Two verbs for one deed when they are done to the same words: "pulled a
    10-year-old girl from the rubble" / "dragged a 10-year-old girl from the rubble"."""
    wa, wb = words(a), words(b)
    return len(wa) >= 3 and wa == wb


def _told(doer_: Doer) -> str:
    """The doer as the finding shows it: "farmer, Ana Ruiz", or the group's noun."""
    return f"{doer_.noun}, {doer_.name}" if doer_.name else doer_.noun


def one_of_the_group(a: Claim, b: Claim) -> bool:
    """One side's doer is a group, the other's a named person of the group's kind
    ("Police arrested the driver" / "Deputy Sam Ortiz arrested the driver"): the
    person may well be one of them, so the two are not two named doers."""
    da, db = doer(a), doer(b)
    if da is None or db is None or bool(da.name) == bool(db.name):
        return False
    group, person = (da, db) if db.name else (db, da)
    return not other_kinds(group.noun, person.noun)
