"""Who did it, when one outlet says it in the passive: "Officer Dana Klee arrested
the driver" / "The driver was arrested at the scene by Officer Mark Ruiz".

A passive frame's subject is the thing done to; its actor, when the frame reads one,
is the agent after "by", which stands after the verb (an active side's doer must be
its subject, before the verb). Here the agent is read from the passive's own
clause: "by" and a person's name (a title may come first) before the clause ends.
Two people named for one deed done to one thing, with the same verb, are an actor
conflict; anything less certain is left to the judge.
"""

from __future__ import annotations

import re

from compare.align.frames import confident, same_head, same_predicate
from compare.align.model import Conflict, Severity
from compare.align.people import same_person
from compare.align.word_contradictions import Finding
from compare.align.words import BE_FORMS, words
from compare.extract import Claim
from compare.extract.names import names_a_person, names_in

# "by" right after the passive's verb or a few words on, within its clause
_BY = re.compile(r"^[^,;:()\"“”—–]{0,60}?\bby\s+(?P<agent>[A-Z][^,;:()\"“”—–.]*)")


def passive_agent(claim: Claim) -> str | None:
    """The person a passive frame's "by" names ("was arrested ... by Officer Mark
    Ruiz": Officer Mark Ruiz), or None."""
    frame = claim.frame
    if frame is None or frame.predicate is None:
        return None
    if frame.actor is not None and frame.actor.start < frame.predicate.end:
        return None  # a subject: the frame is active (an agent read after "by" stands later)
    if not BE_FORMS & set(words(frame.predicate.text)):
        return None
    after = claim.sentence[frame.predicate.end - claim.sentence_start :]
    found = _BY.match(after)
    if found is None:
        return None
    named = names_in(found.group("agent"))
    if not named or named[0].start != 0 or not names_a_person(named[0].text):
        return None
    return named[0].text


def agents_apart(a: Claim, b: Claim) -> Finding | None:
    """One side's named doer against the other's passive agent, for one verb done to
    one thing: two different people credited with the deed."""
    for active, passive, flipped in ((a, b, False), (b, a, True)):
        fa, fp = active.frame, passive.frame
        if fa is None or fp is None or fa.actor is None or fa.thing is None or fp.thing is None:
            continue
        if fa.predicate is not None and fa.actor.start > fa.predicate.start:
            continue  # a passive's agent: the active side must tell its doer as subject
        if fa.negated != fp.negated or not (fa.lemma and fp.lemma and confident(fa.lemma)):
            continue
        if not same_predicate(fa.lemma, fp.lemma) or not same_head(fa.thing, fp.thing):
            continue
        agent = passive_agent(passive)
        if agent is None or not names_a_person(fa.actor.text):
            continue
        if same_person(fa.actor.text, agent) is not False:
            continue
        doers = (fa.actor.text, agent)
        first, second = (doers[1], doers[0]) if flipped else doers
        return Finding(Conflict.ACTOR, first, second, Severity.CONFLICT)
    return None
