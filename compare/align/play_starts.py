"""The start of play: one moment of a sports report, told in the sport's own words.

A report of a match, a final or a bout tells when it began, and outlets tell that
moment in many words that share none: "The match kicked off at 18:00" / "The game
started at 8pm", "Face-off was at 4pm" / "The puck dropped at 5:30 p.m.", "First
pitch was at 19:05" / "The game began at 8:05 in the evening". The event matchers
(same_event_days.py) tie two clauses by their verbs and a participant in common;
these share neither, so a planted clash of the start was never paired.

A clause tells the start of play when:

- its subject or the thing its verb acts on is a noun for the opening moment of a
  contest (START_NOUN: the kick-off, tip-off, face-off, throw-off, throw-in,
  bully-off, the first pitch, ball, serve, bell or whistle), or its time is told
  by one ("a 7.30pm kick-off"); elsewhere in a clause some have other senses
  ("acting on a tip-off"); or a puck is the subject of "drop"; or
- a contest (CONTESTS: a match, game, final, bout, race...) is its subject, with a
  verb of beginning (start, begin, commence, kick off, get under way) or the
  copula ("The match was at 8pm").

The table is English sports reporting's, not any set's: each word names the
beginning of a game in the sport that uses it (football and rugby kick off,
basketball tips off, ice hockey and lacrosse face off, handball throws off, field
hockey bullies off; baseball's first pitch, cricket's first ball, tennis's and
volleyball's first serve, boxing's first bell).

Two such moments are paired as sole_steps.py pairs each article's only moment of
one step: a report of two games, or of a planned start and a delayed one, tells two
starts, and then which is which is not read here. Two contests told apart part
them too (`contests_apart`): two specific ones ("the semifinal" / "the final"), or
a number or an ordinal beside one that the other lacks ("Game 6" / "Game 7", "the
second race"). A bare "start" ("the 6pm start") counts only against a start told
in the sport's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.event_times import stretch_of
from compare.align.frames import head
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_steps import sole_step_pairs
from compare.align.verb_kinds import predicate_lemma
from compare.extract.claims import Claim, Span

SCORE = 0.38  # under the same event day clashes' pairs, which read a participant too

# Nouns naming the opening moment of a contest, in the sports that use them. Each
# counts as the clause's subject or the thing its verb acts on ("Face-off was at 4pm",
# "The first pitch was thrown at 7:05"), or right after a time it is told by ("a
# 7.30pm kick-off"): elsewhere in a clause some have other senses ("acting on a
# tip-off", "a face-off with police").
START_NOUN = re.compile(
    r"^(?:kick|tip|face|throw|bully)-?off$|^throw-in$|^(?:first|opening)\s+(?:pitch|ball|serve|bell|whistle)$",
    re.IGNORECASE,
)
# A start noun with the words before it that tell it ("first pitch"), as it ends a phrase.
_START_PHRASE = re.compile(
    r"(?:\b(?:first|opening)\s+)?[A-Za-z]+(?:-[A-Za-z]+)?\s*$", re.IGNORECASE
)
# "The puck dropped at 8pm": ice hockey's start told as a deed.
PUCK = "puck"
DROP = "drop"
# Contests whose start a report tells; the generic ones name any contest of the
# story, the others one kind of it (a semifinal is no final).
GENERIC_CONTESTS = frozenset({"match", "game", "contest", "play"})
CONTESTS = GENERIC_CONTESTS | frozenset(
    {"final", "semifinal", "semi-final", "quarterfinal", "quarter-final", "bout", "fight", "race"}
)
# Verbs of beginning a contest (lemmas as the frames read them, phrasal ones whole),
# and the copula: a contest "was at 8pm" began then.
BEGIN_VERBS = frozenset(
    {"start", "begin", "commence", "kick_off", "tip_off", "face_off", "throw_off", "be"}
)
UNDER_WAY = re.compile(r"\b(?:got|get|gets|getting)\s+under\s*way\b", re.IGNORECASE)
# The noun right after a bare time that it tells ("the 6pm start", "a 7.30pm kick-off").
_NOUN_AFTER = re.compile(r"\s*((?:[a-z]+-)?[a-z]+)\b", re.IGNORECASE)
# A number or an ordinal telling one contest of several: "Game 6", "the second race".
_ORDINAL = re.compile(
    r"\b(?:\d+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|opening|last)\b",
    re.IGNORECASE,
)


def play_start_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of two articles' only starts of play among `claims` (those
    nothing paired), of one kind (two times, or two dates), values the judges read
    as two, that nothing parts (sole_steps.py)."""
    return sole_step_pairs(
        claims, sentences, _play_start, SCORE, anchored=anchored_start, apart=contests_apart
    )


def _play_start(claim: Claim) -> str | None:
    return "start" if starts_play(claim) else None


def starts_play(claim: Claim) -> bool:
    """Does the claim's clause tell the start of a contest (the module's docstring)?"""
    return anchored_start(claim) or _noun_after(claim) == "start"


def anchored_start(claim: Claim) -> bool:
    """A start told by a contest or a sport's start noun, not by a bare "start"."""
    if start_noun(claim) is not None:
        return True
    frame = claim.frame
    lemma = (predicate_lemma(claim) or "").lower()
    if frame is not None and head(frame.actor) == PUCK and lemma == DROP:
        return True
    if contest_word(claim) is None:
        return False
    stretch, _ = stretch_of(claim)
    return lemma in BEGIN_VERBS or bool(UNDER_WAY.search(stretch))


def start_noun(claim: Claim) -> str | None:
    """The sport's start noun the clause's subject or thing names, or the noun right
    after the time that tells it ("a 7.30pm kick-off")."""
    frame = claim.frame
    told = [_noun_after(claim)]
    if frame is not None:
        for span in (frame.actor, frame.thing):
            found = _START_PHRASE.search(span.text) if span is not None else None
            told.append(found.group().strip() if found else None)
    for phrase in told:
        if phrase is not None and START_NOUN.match(phrase):
            return phrase.lower()
    return None


def _noun_after(claim: Claim) -> str | None:
    """The noun a bare time (no preposition of its own) is told by: "the 6pm start"."""
    if claim.text.split()[0].lower() in _PREPOSITIONS:
        return None
    found = _NOUN_AFTER.match(claim.sentence, claim.end - claim.sentence_start)
    return found.group(1).lower() if found else None


_PREPOSITIONS = frozenset("at on from by until till before after around about since in".split())


def contest_word(claim: Claim) -> str | None:
    """The contest the clause's subject (or a passive's thing) names ("The match",
    "The championship final"), if any."""
    span = _contest(claim)
    return head(span) if span is not None else None


def _contest(claim: Claim) -> Span | None:
    """The clause's subject or thing when its head names a contest."""
    frame = claim.frame
    if frame is None:
        return None
    for span in (frame.actor, frame.thing):
        if head(span) in CONTESTS:
            return span
    return None


def contests_apart(a: Claim, b: Claim) -> bool:
    """Do the two clauses name two contests: two specific kinds ("semifinal" /
    "final"), or one told by a number or an ordinal the other does not share?"""
    x, y = contest_word(a), contest_word(b)
    if x and y and x != y and x not in GENERIC_CONTESTS and y not in GENERIC_CONTESTS:
        return True
    return _counted(a) != _counted(b)


def _counted(claim: Claim) -> frozenset[str]:
    """The numbers and ordinals of the clause's contest ("Game 6": 6), none for a
    start noun's own "first" ("the first pitch")."""
    span = _contest(claim)
    if span is None:
        return frozenset()
    return frozenset(m.group().lower() for m in _ORDINAL.finditer(span.text))
