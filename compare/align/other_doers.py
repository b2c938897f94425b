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
- one names people and the other a thing no people table lists ("a firefighter" /
  "the roof").
Whatever is left unsure keeps the pair, as before. Two deeds on two things
("planted trees" / "cleared litter") were tried as a further guard and dropped: it
parted a validation set's planted time conflict.
"""

from __future__ import annotations

from compare.align.frames import same_head
from compare.align.noun_kinds import general_nouns
from compare.align.words import STOPWORDS, words
from compare.extract.claims import Claim, Span
from compare.extract.lexicon import PRONOUNS
from compare.extract.people_nouns import other_kinds, people_noun

# words a doer may be told by that point back to someone already named (general English)
_POINTING = PRONOUNS | frozenset("this that these those who which one ones".split())


def other_doers(a: Claim, b: Claim) -> bool:
    """Do the two claims' clauses tell two doers' acts?"""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return False
    return _other_doers(fa.actor, fb.actor, a.sentence_start, b.sentence_start)


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
    # one names people, the other a thing: "a firefighter" / "the roof"
    return (px is None) != (py is None)
