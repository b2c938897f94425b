"""A body's vote: one step of a council's, a board's or a meeting's business, told as
the members' deed, as the vote or decision, or as the meeting it was taken at.

Outlets date a vote in words that share none: "The city council on Thursday approved
a plan" / "At Wednesday evening's session, the councillors backed the plan", "The
vote came just before 11 p.m." / "The final vote was taken shortly after 9:30 p.m.",
"The deal was approved at an extraordinary general meeting on Tuesday" / "investors
backed the sale at the EGM on 2 December". A clause tells a vote (VOTE) when:

- its predicate is a verb of voting (VOTING: vote, approve, pass, back, adopt,
  endorse, ratify, reject, sign off) and its subject is a deliberative body or its
  members (BODIES: a council, board, parliament, assembly, lawmakers, shareholders,
  the city...), or, in the passive, the sentence names one;
- a vote is its subject on its day ("The vote came"), or the thing it was taken or
  cast as ("The final vote was taken"); a decision counts so beside a body named
  in the sentence ("The decision, taken on 4 February", by the councillors);
- its date or time stands in a meeting or a session ("at a heated council meeting
  on Tuesday", "at the EGM on 2 December") in a sentence that tells a vote.

A vote is one step among others of the same business: a committee's vote before the
full council's, a first reading before a second, a preliminary approval before the
final one, and the day the measure takes effect or is signed. Only verbs and nouns
of voting are read here, and two sentences that tell another stage of the vote
(STAGES: committee, reading, preliminary, first, second...) on one side only, or
different ones, are parted. Each article's only dated vote pairs (sole_steps.py):
one that dates the committee's vote and the council's is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.frames import head
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_steps import sole_step_pairs
from compare.align.verb_kinds import predicate_lemma
from compare.align.words import stem, words
from compare.extract.claims import Claim, Span
from compare.extract.lemmas import verb_lemma

SCORE = 0.38  # under the same event day clashes' pairs, which read a participant too
VOTE = "vote"

# Verbs of voting, as the frames' lemmas read them (a phrasal verb whole).
VOTING = frozenset("vote approve pass back adopt endorse ratify reject sign_off".split())
# Deliberative bodies and their members, as the matchers stem them; "city", "town"
# and "county" as the subject of a verb of voting are their councils.
BODIES = frozenset(
    stem(w)
    for w in (
        "council councillor councilor councilmember board parliament parliamentarian "
        "lawmaker legislator legislature assembly senate senator congress deputy mp "
        "shareholder investor stockholder member trustee delegate commissioner "
        "city town county plenary"
    ).split()
)
VOTE_NOUN = stem("vote")
DECISION_NOUN = stem("decision")
# Verbs a vote is the subject of on its day ("The vote came just before 11 p.m."),
# and verbs a vote or decision is the thing of ("was taken", "was reached").
HAPPENING = frozenset("come be".split())
TAKING = frozenset("take reach make hold cast".split())
# Words telling a stage of a vote of several: such a sentence tells one of them.
STAGES = frozenset(
    "committee subcommittee reading preliminary initial provisional tentative "
    "first second third".split()
)
# A date or time in a meeting or a session: "at a heated council meeting on".
_AT_MEETING = re.compile(
    r"\bat\s+(?:an?|the|its|their)?\s*(?:[\w'’-]+\s+){0,4}(?:meeting|session|egm|agm)"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+)?\s+$",
    re.IGNORECASE,
)


def body_vote_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of two articles' only dated votes among `claims` (those
    nothing paired), values the judges read as two, that nothing parts (sole_steps.py)."""
    return sole_step_pairs(claims, sentences, vote_step, SCORE, apart=vote_stages_apart)


def vote_step(claim: Claim) -> str | None:
    """VOTE when the claim's clause tells a body's vote (the module's docstring)."""
    frame = claim.frame
    lemma = (predicate_lemma(claim) or "").lower()
    plain = (frame.lemma or "").lower() if frame is not None else ""
    voting = lemma in VOTING or plain in VOTING
    if frame is not None:
        if voting and (_body(frame.actor) or (frame.actor is None and _names_body(claim))):
            return VOTE
        subject, thing = head(frame.actor), head(frame.thing)
        if _vote(subject, claim) and plain in HAPPENING:
            return VOTE
        if _vote(thing, claim) and (lemma in TAKING or plain in TAKING):
            return VOTE
    at = claim.start - claim.sentence_start
    if _AT_MEETING.search(claim.sentence[max(0, at - 80) : at]) and _tells_vote(claim):
        return VOTE
    return None


def vote_stages_apart(a: Claim, b: Claim) -> bool:
    """Do the two sentences tell different stages of a vote ("on first reading" /
    none, "the committee" / none)?"""
    return _stages(a) != _stages(b)


def _stages(claim: Claim) -> frozenset[str]:
    return frozenset(w for w in words(claim.sentence) if w in STAGES)


def _body(span: Span | None) -> bool:
    """Does the subject name a deliberative body or its members?"""
    return span is not None and head(span) in BODIES


def _names_body(claim: Claim) -> bool:
    """Does the claim's sentence name a deliberative body or its members?"""
    return any(stem(w) in BODIES for w in words(claim.sentence))


def _vote(noun: str | None, claim: Claim) -> bool:
    """Is the (stemmed) noun a vote, or a decision beside a body?"""
    return noun == VOTE_NOUN or (noun == DECISION_NOUN and _names_body(claim))


def _tells_vote(claim: Claim) -> bool:
    """Does the claim's sentence tell a vote: a verb of voting, or the noun?"""
    return any(verb_lemma(w) in VOTING or w == VOTE_NOUN for w in words(claim.sentence))
