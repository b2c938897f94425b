"""Verb phrases of happening and of coming into force, read whole.

event_times ties a day or time to the event its clause names. A light verb names
none on its own ("went", "took", "came"), but a few fixed phrases built on one do,
and English has a short list of them:

- phrases of happening, whose subject names the event as "happen" does: "the race
  went off at 3.40pm", "the inspection took place on March 6", "the stage got under
  way at 12:15 p.m.", "the match kicked off", "the vote went ahead";
- phrases of a rule, a price or a plan starting to hold: "takes effect", "comes
  (goes, enters) into force", "goes into effect", "becomes effective". Their
  subject is a thing, not an event ("the new fares take effect on March 1" / "the
  budget goes into force on July 1"), so the phrase itself is the event's key: an
  article's only day a thing takes effect is the day the story's rule does. A rule
  that "applies from" a day comes into force on it too.
"""

from __future__ import annotations

import re

from compare.extract.claims import Claim

# After a verb of the phrase's lemma: the rest of the phrase.
_HAPPENING = {
    "go": re.compile(r"(?:off|ahead)\b"),
    "take": re.compile(r"place\b"),
    "get": re.compile(r"(?:under\s?way|going)\b"),
    "kick": re.compile(r"off\b"),
}
# Right before the day (read from the text: "takes effect" is often tagged as a noun
# phrase, "the increase takes"), with the day's own "on" or "from" in the claim or not.
_IN_FORCE = re.compile(
    r"\b(?:(?:tak(?:e|es|en|ing)|took)\s+effect"
    r"|(?:com(?:e|es|ing)|came|go(?:es|ing|ne)?|went|enter(?:s|ed|ing)?)\s+into\s+"
    r"(?:force|effect)|(?:becom(?:e|es|ing)|became)\s+effective)\s+(?:on\s+|from\s+)?$",
    re.IGNORECASE,
)
# "The new rules apply from 1 July": a rule holds from that day on, the day it comes
# into force; "from" is needed ("apply to drivers after 1 July" names whom it covers)
_APPLYING = re.compile(r"\bappl(?:y|ies|ied|ying)\s+(?:from\s+)?$", re.IGNORECASE)
IN_FORCE_KEY = "p:in_force"

# The call for help, however told: "the alarm was raised at 5.45pm", "the climbers
# phoned 999 at around 8pm", "the skipper sent a mayday at 3.12am", "the distress
# call came in at 4.50am". One event of every emergency story, and each article's
# only time of it is the other's.
ALARM_KEY = "p:alarm"
_ALARM_NOUNS = re.compile(
    r"\b(?:mayday|sos|distress\s+(?:call|signal|message)|(?:999|911|112|emergency)\s+call)\b",
    re.IGNORECASE,
)
_RAISING = frozenset("raise sound".split())
# "The alarm was first raised at 4:30 a.m.", read from the words when the frame's
# parts miss the alarm
_RAISED = re.compile(
    r"\balarms?\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:raised|sounded)\s+$"
    r"|\b(?:raised|sounded)\s+the\s+alarms?\s+$",
    re.IGNORECASE,
)
_CALLING = frozenset("call phone dial ring telephone".split())
_CALLED = re.compile(r"^(?:999|911|112|emergency\s+services|police)\b", re.IGNORECASE)


def _rest(claim: Claim) -> str:
    """The words right after the claim's predicate, lower case."""
    frame = claim.frame
    if frame is None or frame.predicate is None:
        return ""
    at = frame.predicate.end - claim.sentence_start
    if not 0 <= at <= len(claim.sentence):
        return ""
    return claim.sentence[at : at + 30].lstrip().lower()


def _said(claim: Claim, phrases: dict[str, re.Pattern[str]]) -> bool:
    frame = claim.frame
    lemma = (frame.lemma or "").lower() if frame is not None else ""
    pattern = phrases.get(lemma)
    return pattern is not None and pattern.match(_rest(claim)) is not None


def happening(claim: Claim) -> bool:
    """Is the claim's predicate a phrase of happening ("went off", "took place")?"""
    return _said(claim, _HAPPENING)


def _before(claim: Claim) -> str:
    """The 60 characters of the sentence before the claim."""
    at = claim.start - claim.sentence_start
    return claim.sentence[max(0, at - 60) : max(0, at)]


def in_force(claim: Claim) -> bool:
    """Does a phrase of coming into force ("takes effect") give the claim's day?"""
    return in_force_phrase(claim) is not None


def in_force_phrase(claim: Claim) -> tuple[str, str] | None:
    """The words of the sentence before the phrase of coming into force that gives
    the claim's day, and that phrase ("The new fares ", "take effect "); or None."""
    before = _before(claim)
    found = _IN_FORCE.search(before)
    if found is None:
        applying = _APPLYING.search(before)
        from_day = before.lower().endswith("from ") or claim.text.lower().startswith("from ")
        if applying is None or not from_day:
            return None
        found = applying
    at = claim.start - claim.sentence_start - len(before) + found.start()
    return claim.sentence[: max(0, at)], found.group()


def raises_alarm(claim: Claim) -> bool:
    """Does the claim's clause tell the call for help: the alarm raised or sounded,
    999 (911, 112, the police) called, a mayday or a distress call?"""
    frame = claim.frame
    if frame is None or not frame.lemma:
        return False
    parts = [p.text for p in (frame.actor, frame.thing) if p is not None]
    lemma = frame.lemma.lower()
    if lemma in _RAISING and (
        any(re.search(r"\balarms?\b", p, re.IGNORECASE) for p in parts)
        or _RAISED.search(_before(claim))
    ):
        return True
    if lemma in _CALLING and _CALLED.match(_rest(claim)):
        return True
    return any(_ALARM_NOUNS.search(p) for p in parts)


__all__ = ["ALARM_KEY", "IN_FORCE_KEY", "happening", "in_force", "in_force_phrase", "raises_alarm"]
