"""Two clauses whose doers are two bodies: two facts of one story.

A day or time told once in each article is paired by the words its sentence shares
with the other's (closest_day_clashes) or by being the article's only one
(sole_times), not by one event's words. "The roof collapsed at 4:10 a.m." /
"A firefighter tumbled from a ladder at 5:30 a.m." then meet though a journalist
reads two moments of one night, one of a thing giving way and one of a person
falling: neither doer is the other nor a part of it.

Two doers are read apart when each clause's doer is a common noun (not a name, not
a pronoun, not an event noun: "the blast happened" has no body for a doer) and
- both name people of two kinds neither of which holds the other as a kind or a
  member (extract/people_nouns: "volunteers" / "crews"; "police" / "officers" are
  one kind), or
- one names people and the other an object (object_nouns: WordNet's artifacts and
  natural objects; "a firefighter" / "the roof"); a body ("the company") acts
  through its people and is no object.
Whatever is left unsure keeps the pair, as before. Two deeds on two things
("planted trees" / "cleared litter") were tried as a further guard and dropped: it
parted a validation set's planted time conflict.
"""

from __future__ import annotations

import re

from compare.align.frames import same_head
from compare.align.noun_kinds import general_nouns
from compare.align.object_nouns import is_object_noun
from compare.align.words import STOPWORDS, words
from compare.extract.claims import Claim, Span
from compare.extract.lexicon import PRONOUNS
from compare.extract.people_nouns import other_kinds, people_noun

# a quantifier of a group before its noun, and a phrase after the head (general English)
_PARTITIVE = re.compile(
    r"^\W*(?:none|all|some|each|any|most|many|several|one|two|three|\d+)\s+of\s+", re.I
)
_AFTER_HEAD = re.compile(
    r"\s(?:of|on|in|at|from|with|for|aboard|near|inside|who|which|that)\s", re.I
)
# words a doer may be told by that point back to someone already named (general English)
_POINTING = PRONOUNS | frozenset("this that these those who which one ones".split())


def other_doers(a: Claim, b: Claim) -> bool:
    """Do the two claims' clauses tell two doers' acts?"""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not (_next_to(a) and _next_to(b)):
        return False
    return _other_doers(fa.actor, fb.actor, a.sentence_start, b.sentence_start)


# what may stand between a doer and its verb: words, not a comma or a relative pronoun
_RELATIVE = frozenset("which that who whom whose".split())


def _next_to(claim: Claim) -> bool:
    """Is the frame's doer told right before its verb, as the clause's subject? In
    "the group's ringleader, which began at 4:30" the parser's doer of "began" is
    another clause's noun: such a doer is left unread."""
    frame = claim.frame
    if frame is None or frame.actor is None or frame.predicate is None:
        return True
    if frame.actor.end > frame.predicate.start:
        return True  # told after the verb ("said the mayor"): the parser's reading
    gap = claim.sentence[
        frame.actor.end - claim.sentence_start : frame.predicate.start - claim.sentence_start
    ]
    return not re.search(r"[,;:()\u2014\u2013-]", gap) and not _RELATIVE & set(words(gap))


def _noun(span: Span | None, sentence_start: int) -> str | None:
    """The last word of a doer told by a common noun, lowercased; None for a name,
    a pronoun, an event noun (noun_kinds' table) or a doer not told."""
    if span is None:
        return None
    said = [w for w in span.text.replace("'s", "").split() if w.strip(",.;:")]
    if not said:
        return None
    last = said[-1].strip(",.;:")
    opening = span.start == sentence_start and len(said) == 1  # "Lifeguards closed the beach"
    if not last.isalpha() or (last[:1].isupper() and not opening):
        return None  # "Harlow", "the Jets": a name may be told by a noun elsewhere
    lower = last.lower()
    if lower in _POINTING or lower in STOPWORDS or any(w in _POINTING for w in words(span.text)):
        return None
    if general_nouns(lower) or general_nouns(lower.rstrip("s")):
        return None  # "the blast happened", "the vote came"
    return lower


def _other_doers(x: Span | None, y: Span | None, at_x: int, at_y: int) -> bool:
    nx, ny = _noun(x, at_x), _noun(y, at_y)
    if nx is None or ny is None or nx == ny or same_head(x, y):
        return False
    px, py = people_noun(nx), people_noun(ny)
    if px is not None and py is not None:
        return other_kinds(nx, ny)
    # one names people, the other an object: "a firefighter" / "the roof"
    return (px is not None and is_object_noun(ny)) or (py is not None and is_object_noun(nx))


def others_present(a: Claim, b: Claim) -> bool:
    """Do the two clauses set two sorts of participant at their places: who acts and
    what is acted on (the subject of a passive: "The striker was taken to X
    Hospital"), each side's read apart from each of the other's, people of two kinds
    ("the striker" / "the mayor", "children"), people against a thing, or people
    against an event ("Fans gathered at X Stadium" / "The final was played at Y
    Arena")? A participant told by a name, a pronoun or a figure leaves it unsure."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not (_next_to(a) and _next_to(b)):
        return False
    xs = _participants((fa.actor, fa.thing), a.sentence_start)
    ys = _participants((fb.actor, fb.thing), b.sentence_start)
    if not xs or not ys:
        return False
    return all(sorts_apart(x, y) for x in xs for y in ys)


def _participants(spans: tuple[Span | None, ...], sentence_start: int) -> list[str]:
    """The told participants' nouns, or [] when one of them is told by no common noun."""
    told = [span for span in spans if span is not None]
    found = [participant(span, sentence_start) for span in told]
    return [w for w in found if w is not None] if all(found) else []


def participant(span: Span, sentence_start: int) -> str | None:
    """The last word of a participant told by a common noun, lowercased (_noun's
    reading, event nouns kept)."""
    text = _PARTITIVE.sub("", span.text, count=1)  # "None of the passengers"
    text = _AFTER_HEAD.split(text, maxsplit=1)[0]  # "the driver of the bus"
    said = [w.strip(",.;:") for w in text.replace("'s", "").split() if w.strip(",.;:")]
    if not said:
        return None
    last = said[-1]
    opening = span.start == sentence_start and len(said) == 1
    if not last.isalpha() or (last[:1].isupper() and not opening):
        return None
    if any(w in _POINTING for w in words(span.text)) or last.lower() in STOPWORDS:
        return None
    return last.lower()


def _sort(noun: str) -> str:
    if general_nouns(noun) or general_nouns(noun.rstrip("s")):
        return "event"
    if people_noun(noun) is not None:
        return "people"
    return "object" if is_object_noun(noun) or is_object_noun(noun.rstrip("s")) else "unsure"


def sorts_apart(x: str, y: str) -> bool:
    """Are two nouns two kinds of people, or people against an object or an event?"""
    if x == y:
        return False
    sx, sy = _sort(x), _sort(y)
    if sx == sy == "people":
        return other_kinds(x, y)
    return "people" in (sx, sy) and sx != sy and "unsure" not in (sx, sy)
