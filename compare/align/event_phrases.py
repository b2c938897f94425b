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
  article's only day a thing takes effect is the day the story's rule does.
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
IN_FORCE_KEY = "p:in_force"


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


def in_force(claim: Claim) -> bool:
    """Does a phrase of coming into force ("takes effect") give the claim's day?"""
    before = claim.sentence[
        max(0, claim.start - claim.sentence_start - 60) : claim.start - claim.sentence_start
    ]
    return _IN_FORCE.search(before) is not None


__all__ = ["IN_FORCE_KEY", "happening", "in_force"]
