"""Statements that tell one event with the same predicate and a different day, time or place.

The word model (compare.align.statements) scores two sentences by what they
share, so "The match kicked off at 3 p.m." and "The game kicked off at 5.30pm."
(or "It happened on Monday evening" against "The crash happened on Sunday") can
fall below its threshold exactly because the slot that differs is most of what
the sentences say. This matcher pairs two statements when their frames name the
same event and both state when or where it happened:

- one confidently known predicate (the same lemma or a synonym), the same polarity;
- both frames state a date, a time or a place;
- the sentences share at least half the content words of the shorter, days, months
  and clock words aside (when_where.close);
- no actor or thing that clashes, except two named actors of the same predicate
  and object ("Ribeiro scored the second goal" / "Asante scored the second goal").

The statement judge then says whether the day, time or place agree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.blocking import cross_source_pairs
from compare.align.frames import confident, is_name, same_actor, same_head, two_names
from compare.align.opposites import lemmas
from compare.align.settings import Options
from compare.align.when_where import close
from compare.align.words import words
from compare.extract.claims import Frame, Statement

SCORE = 0.5  # below the word model's and the frame matcher's pairs, which group first


def slot_statement_pairs(
    statements: Sequence[Statement], options: Options | None = None
) -> list[tuple[float, int, int]]:
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(statements):
        frame = s.frame
        if frame is not None and frame.lemma and confident(frame.lemma) and _placed(frame):
            for lemma in lemmas(frame.lemma):
                buckets[lemma].append(i)
    pairs = [
        (i, j)
        for i, j in cross_source_pairs(buckets.values(), lambda k: statements[k].source)
        if _one_event(statements[i], statements[j])
        and close(statements[i].text, statements[j].text)
    ]
    return [(SCORE, i, j) for i, j in sorted(pairs)]


def _placed(frame: Frame) -> bool:
    """Does the frame say when or where?"""
    return bool(frame.date_value or frame.time_value or frame.place)


def _one_event(a: Statement, b: Statement) -> bool:
    fa, fb = a.frame, b.frame
    assert fa is not None and fb is not None
    if fa.negated != fb.negated:
        return False
    if two_names(fa.actor, fb.actor):
        # another subject of the same predicate and object is an actor conflict
        return bool(fa.thing and fb.thing and words(fa.thing.text) == words(fb.thing.text))
    return same_head(fa.thing, fb.thing) and (
        same_actor(fa.actor, fb.actor) or not (_named(fa) and _named(fb))
    )


def _named(frame: Frame) -> bool:
    return frame.actor is not None and is_name(frame.actor.text)
