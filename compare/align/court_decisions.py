"""A court's decision: one step of a case, told as the court's deed or as its ruling.

Outlets date a court's decision in words that share none: "A court on Tuesday
ordered the landlord to repay" / "In a ruling handed down on 23 November", "the
Supreme Court ruled on Thursday" / "The judgment was delivered on September 16", "A
jury on Thursday ordered the dairy to pay" / "The verdict came on Wednesday, June
10". A clause tells a step of a case (COURT_STEPS) when:

- its predicate is a verb only courts do (convict, acquit: a decision; sentence,
  jail: a sentence), whoever the frames read as its subject; or
- its subject is a court (COURTS: a court, judge, jury, tribunal, magistrate...,
  or a title of one, "Justice Helen Okafor") and its predicate a verb of deciding
  (DECIDING: rule, order, find, uphold, quash, hand down...); or
- a decision noun (RULINGS: verdict, ruling, judgment) is its subject, the thing a
  verb of giving it acts on (DELIVERING: deliver, issue, hand down, return, read
  out, date; "The verdict, read out on 11 May", "handed down judgment on
  Thursday"), or opens its stretch ("In a ruling handed down on 23 November").
  "Decision" counts so only in a sentence that names a court: a council or a
  board decides too.

A decision and a sentence are two steps of a case, days or weeks apart, as are a
hearing, an arrest or a charge (none of which is read here): a conviction on
Tuesday and a sentence on Thursday are both true. Each step pairs only with the
same step, and only an article that dates one step of a case, once, has its
moment paired (sole_steps.py): one that dates the verdict and the sentence, a
trial's verdict and its appeal's ruling, or a ruling and the hearing before it,
is left to the other matchers.
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
from compare.align.words import stem, words
from compare.extract.claims import Claim, Span
from compare.extract.lemmas import verb_lemma

SCORE = 0.38  # under the same event day clashes' pairs, which read a participant too

DECISION = "decision"
SENTENCE = "sentence"
COURT_STEPS = (DECISION, SENTENCE)
# Verbs only a court does, and the step each tells.
COURT_VERBS = {"convict": DECISION, "acquit": DECISION, "sentence": SENTENCE, "jail": SENTENCE}
# Nouns for a court and its officers, as the matchers stem them.
COURTS = frozenset(
    stem(w) for w in "court judge jury tribunal magistrate justice bench chamber".split()
)
# Verbs of deciding a court's subject tells its decision by.
DECIDING = frozenset(
    "rule order find decide uphold overturn quash dismiss reject award clear hand_down".split()
)
# Nouns for a court's decision; "decision" only beside a court named in the sentence.
RULINGS = frozenset(stem(w) for w in "verdict ruling judgment judgement".split())
DECISION_NOUN = stem("decision")
SENTENCE_NOUNS = frozenset(stem(w) for w in "sentence sentencing".split())
# Verbs of giving a decision: its noun is their thing ("handed down judgment").
DELIVERING = frozenset(
    "deliver issue hand hand_down return read read_out date announce publish give".split()
)
# Verbs a decision noun is the subject of on its day ("The verdict came on Wednesday"):
# not "The ruling sparked protests on Monday", another deed of that day.
HAPPENING = frozenset("come be arrive".split())
# A decision noun opening a stretch after "In" ("In a ruling handed down on"), or set
# off at the start of the sentence ("The verdict, read out in the regional court on").
_IN_RULING = re.compile(r"^\s*In\s+(?:the|a|an|its|their)\s+([a-z]+)\b", re.IGNORECASE)
_SET_OFF = re.compile(
    r"^\s*(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?([a-z]+),\s*$", re.IGNORECASE
)

# The noun right after a verb of giving or its particle: "handed down judgment".
_GIVEN_NOUN = re.compile(
    r"\b(?:down|out|delivered|issued|returned|gave)\s+(?:its\s+|their\s+|a\s+|the\s+)?([a-z]+)\b"
)


def court_decision_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of two articles' only dated steps of a case, the same step,
    among `claims` (those nothing paired), values the judges read as two, that
    nothing parts (sole_steps.py)."""
    return sole_step_pairs(claims, sentences, court_step, SCORE)


def court_step(claim: Claim) -> str | None:
    """The step of a case the claim's clause tells (the module's docstring), if any."""
    frame = claim.frame
    lemma = (predicate_lemma(claim) or "").lower()
    if lemma in COURT_VERBS:
        return COURT_VERBS[lemma]
    if frame is None:
        return _opened(claim)
    if _court(frame.actor) and lemma in DECIDING:
        return DECISION
    subject, thing = head(frame.actor), head(frame.thing)
    plain = (frame.lemma or "").lower()
    given = lemma in DELIVERING or plain in DELIVERING
    if (subject in SENTENCE_NOUNS and plain in HAPPENING) or (thing in SENTENCE_NOUNS and given):
        return SENTENCE
    if _ruling(subject, claim) and (given or plain in HAPPENING):
        return DECISION
    if given and (_ruling(thing, claim) or _ruling(_after_verb(claim), claim)):
        return DECISION
    return _opened(claim)


def _court(span: Span | None) -> bool:
    """Does the subject name a court or one of its officers ("A Dutch court", "Justice
    Helen Okafor", "judge Kořínková of the regional court")?"""
    if span is None:
        return False
    return head(span) in COURTS or any(stem(w) in COURTS for w in words(span.text)[:3])


def _ruling(noun: str | None, claim: Claim) -> bool:
    """Is the (stemmed) noun a court's decision?"""
    if noun in RULINGS:
        return True
    return noun == DECISION_NOUN and any(stem(w) in COURTS for w in words(claim.sentence))


def _after_verb(claim: Claim) -> str | None:
    """The noun right after a verb of giving, before the date ("handed down judgment
    in Brisbane on Thursday": judgment)."""
    stretch, start = stretch_of(claim)
    before = stretch[: max(0, claim.start - claim.sentence_start - start)]
    found = _GIVEN_NOUN.search(before)
    return stem(found.group(1)) if found else None


def _opened(claim: Claim) -> str | None:
    """A decision noun opening the claim's stretch after "In" ("In a ruling handed
    down on 23 November"), or set off at the start of the sentence before a stretch
    that tells how it was given ("The verdict, read out in the regional court on 11
    May"; not "The ruling, which the firm appealed on Monday")."""
    stretch, start = stretch_of(claim)
    found = _IN_RULING.match(stretch)
    if found and _ruling(stem(found.group(1).lower()), claim):
        return DECISION
    found = _SET_OFF.match(claim.sentence[:start])
    told = words(stretch)
    if found and told and verb_lemma(told[0]) in DELIVERING:
        return DECISION if _ruling(stem(found.group(1).lower()), claim) else None
    return None
