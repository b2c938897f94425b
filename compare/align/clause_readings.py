"""A statement read by the "who" clauses of its sentence.

A statement carries the frame of its sentence's main clause, yet a deed is as
often told in a clause hung on the doer's name ("Councillor Rosa Mancini, who
moved the motion, told the meeting ...": the main clause is the telling). A judge
asking who did one act (closest_actor_clashes) reads such a clause as the
statement too, so that "The motion was moved by Councillor Dean Whitfield" meets
"Councillor Rosa Mancini, who moved the motion": one act, two doers. The frames
are made by the extractor's own clause rules (extract.frames.clause_frames), once
per sentence.

Only a clause whose doer is a name set right before "who" is read: the other
clauses of a sentence are bounded less surely ("the Red Sox team of owner John
Henry, COO Larry Lucchino and General Manager Theo Epstein offered": the list's
tail is no doer), and a common noun described by a place ("a Perth climber who
watched") tells where someone is from, not who did it.
"""

from __future__ import annotations

import re

import attrs

from compare.extract import Claim
from compare.extract.claims import Frame, Statement
from compare.extract.frames import clause_frames

# between the doer and its verb: ", who", "who also", "who had"
_WHO = re.compile(r",?\s+who(?:\s+[a-z]+ly|\s+also|\s+had|\s+has|\s+have)?\s+")


def clause_readings(claim: Claim) -> list[Claim]:
    """The statement once for each "who" clause of its sentence whose doer is named
    (see the module's docstring), with that clause's frame, offsets in the source."""
    own = claim.frame
    if not isinstance(claim, Statement) or own is None or " who " not in claim.sentence:
        return []
    found: list[Claim] = []
    for frame in clause_frames(claim.sentence, claim.sentence_start):
        if frame.predicate != own.predicate and _named_who(claim, frame):
            found.append(attrs.evolve(claim, frame=frame))
    return found


def _named_who(claim: Claim, frame: Frame) -> bool:
    """Is the clause's doer a name set right before its "who"?"""
    if frame.actor is None or frame.predicate is None:
        return False
    between = claim.sentence[
        frame.actor.end - claim.sentence_start : frame.predicate.start - claim.sentence_start
    ]
    told = frame.actor.text.split()
    return bool(_WHO.fullmatch(between)) and bool(told) and told[-1][:1].isupper()
