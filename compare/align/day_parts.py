"""A part of the day against a clock time: "in the early hours of Tuesday" / "at 9pm
on Tuesday".

Two sentences held for one fact may date it by the part of the day on one side and
by the clock on the other. The day agrees, the words of the part of the day are no
time claim, and the statement judge found nothing to compare: the pair was shown as
an agreement over a moment told two ways that cannot both be true. Here each part of
the day covers a generous stretch of the clock (the early hours 00:00-06:30, the
morning 04:00-12:30, the afternoon 11:30-19:00, the evening 16:30-24:00, the night
18:00-07:00), and a clock time of the other sentence outside it is a time conflict of
the fact, shown as a variant. Only a sentence that states no clock time of its own
and one part of the day is read so ("on Tuesday evening, hours before the blast at
11pm" gives both and is left alone), and only against a sentence whose clock times
all lie outside the stretch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.frames import same_predicate
from compare.extract.claims import Claim, Time

# the parts of the day, by the stretch of the clock each may name (minutes; a stretch
# running past midnight has its start after its end)
_STRETCHES = {
    "early": (0, 6 * 60 + 30),
    # dawn moves with the season and the latitude: from four to half past eight
    "dawn": (4 * 60, 8 * 60 + 30),
    "morning": (4 * 60, 12 * 60 + 30),
    "afternoon": (11 * 60 + 30, 19 * 60),
    "evening": (16 * 60 + 30, 24 * 60),
    "night": (18 * 60, 7 * 60),
}
_PARTS = re.compile(
    r"\b(?P<early>(?:early|small|wee)\s+hours|before\s+dawn)\b"
    r"|\b(?P<dawn>at\s+dawn|daybreak)\b"
    r"|\b(?P<morning>morning)\b"
    r"|\b(?P<afternoon>afternoon)\b"
    r"|\b(?P<evening>evening)\b"
    r"|\b(?P<night>(?:last|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+night|overnight)\b",
    re.IGNORECASE,
)


def day_part(sentence: str) -> str | None:
    """The one part of the day the sentence names, None for none or several."""
    found = {m.lastgroup for m in _PARTS.finditer(sentence)}
    if len(found) != 1:
        return None
    return found.pop()


def _within(minutes: int, part: str) -> bool:
    start, end = _STRETCHES[part]
    if start <= end:
        return start <= minutes <= end
    return minutes >= start or minutes <= end


def _minutes(time: Time) -> int | None:
    if time.value is None or not re.fullmatch(r"\d{2}:\d{2}", time.value):
        return None
    hours, minutes = time.value.split(":")
    return int(hours) * 60 + int(minutes)


def day_part_apart(
    times: Sequence[Time], other_claims: Sequence[Claim], other_sentence: str
) -> str | None:
    """The part of the day the other sentence names when it states no clock time,
    every one of `times` lies outside that part's stretch, and the part dates a
    clause of the times' own predicate (`_one_deed`); else None."""
    if not times or any(isinstance(c, Time) for c in other_claims):
        return None
    part = day_part(other_sentence)
    found = _PARTS.search(other_sentence)
    if part is None or found is None:
        return None
    told = [_minutes(t) for t in times]
    if any(m is None or _within(m, part) for m in told):
        return None
    return found.group() if _one_deed(times, other_claims, found.start()) else None


def _one_deed(times: Sequence[Time], other_claims: Sequence[Claim], at: int) -> bool:
    """Is the clause the part of the day sits in (that of the other sentence's claim
    nearest it, at offset `at` of the sentence) of the times' own predicate? "were
    flown out on Sunday evening" against "were rescued shortly after noon, before
    being flown out" dates two deeds."""
    framed = [c for c in other_claims if c.frame_lemma]
    if not framed:
        return False
    nearest = min(framed, key=lambda c: abs(c.start - c.sentence_start - at))
    lemma = nearest.frame_lemma
    return lemma is not None and all(
        t.frame_lemma is not None and same_predicate(t.frame_lemma, lemma) for t in times
    )
