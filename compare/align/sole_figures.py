"""Figures that are each article's only figure of their counted thing.

Two outlets telling one event seldom use the same words around a figure: "a ferry
carrying 412 passengers ran aground in the Inside Passage" and "There were 286
passengers aboard, the operator said" share the counted noun and little else, and
each sentence names other places and sources. The word and name clues of
compare.align.number_clues then part them, and the conflict goes unseen.

What ties such figures is the article as a whole: when each article gives one
figure, and only one, for a counted thing ("passengers", "paintings", "feet of
surge"), and the two differ, both answer the same question. Several figures of
that thing in one article (12 killed in one town, 3 in another) leave the pairing
to the word and name clues as before. Generic measures (money, percent, spans of
time, ages, scores) are never sole: an article states many of them for many facts.

The clues that tell two facts apart still apply (deaths and injuries, a part and a
total, another period, another named person, another day or hour); only the
sentence's other names, its other words and the other parts of its clause (actor,
place, predicate), which outlets word differently, stop counting against the pair.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence

import attrs

from compare.align.frames import FrameMatch, compare_frames, two_names
from compare.align.number_clues import two_sources
from compare.align.occasions import another_occurrence
from compare.align.sole_kinds import sole_of_kind
from compare.extract import Number
from compare.extract.claims import Frame, Span

# Unit keys an article states for many facts at once (numbers.unit_key's keys).
_GENERIC = frozenset(
    "tally percent age second minute hour day week month year decade century "
    "game match round season inning bout time".split()
)
FAR_APART = 10  # times the smaller figure beyond which two sole figures are two counts
HANDFUL = 4  # the larger of two sole figures must exceed it
# A figure joined to the word after it: a compound modifier ("a 90-day stay").
_MODIFIER = re.compile(r"\s?[-–]\s?[A-Za-z]")
_FORMS = frozenset({"cardinal"})  # ordinals rank, "single" is an article, shares are parts
# "..., officials said on Thursday": the day of the saying, not of the event counted.
# Only the verbs of reporting itself: "agreed on Monday" or "charged on Monday" date
# the event.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|stated|added|reported|confirmed|announced|told(?:\s+[a-z]+){1,2})"
    r"(?:\s+\w+ly)?\s*$"
)


def sole_figures(
    numbers: Sequence[Number],
    unit_key: Callable[[Number], str],
    outcomes: Sequence[frozenset[str]],
) -> set[int]:
    """Indexes of the numbers that are their article's only value for their unit key
    and what happened to what they count (`outcomes`, number_clues.Clues.outcome):
    "286 passengers aboard" is sole beside "30 passengers had minor injuries". A
    figure of a sentence that tells of another occurrence does not count ("In 2023,
    a fire killed seven workers"); one beside a year does (a page's stamp)."""

    def kind(n: Number) -> str | None:
        # "thousands of websites" in a headline says only how large the count is: it
        # is the article's figure told vaguely, no second value of it
        return None if another_occurrence(n) or _magnitude(n) else unit_key(n)

    def one_question(i: int, j: int) -> bool:
        # "killing at least 10 people and injuring many" and "a dozen people were
        # killed" both count the dead: outcomes that overlap are one question
        return bool(outcomes[i] & outcomes[j] or not (outcomes[i] or outcomes[j]))

    sole = sole_of_kind(numbers, kind, lambda n: n.value, one_question)
    return {i for i in sole if countable(numbers[i], unit_key(numbers[i]))}


def _magnitude(n: Number) -> bool:
    """ "hundreds of homes", "dozens of": a magnitude, not a figure."""
    return n.low is not None and n.high is not None and n.high >= 5 * max(n.low, 1)


def countable(n: Number, key: str) -> bool:
    """Is the figure a count that may be its article's only one of its unit key?"""
    if _magnitude(n):
        return False
    if _MODIFIER.match(n.sentence[n.end - n.sentence_start :]):
        return False  # "a 15,800-square-metre building", "a 10-fight streak": it describes
    return (
        n.form in _FORMS
        and n.pair is None
        and key.isalpha()  # not "?" nor a unit read in pieces ("- square -")
        and key not in _GENERIC
        and not key.startswith("money:")
    )


def within_reach(a: float, b: float) -> bool:
    """Two tellings of one count seldom differ tenfold: on real events such a pair
    was another count (an earlier quake's toll against this one's). Nor is a
    handful ("two injured" / "three injured") tied by being each article's only
    one: such small counts were as often of two incidents (a quake and its
    aftershock)."""
    low, high = sorted((abs(a), abs(b)))
    return low > 0 and HANDFUL < high <= FAR_APART * low


def sole_frames_allow(a: Number, b: Number) -> bool:
    """For two sole figures: only two named actors ("Smith" / "Jones"), another day
    or another hour of the counted event part them; the actor, thing, place and
    predicate as the outlets worded them do not."""
    if two_sources(a, b):
        return False  # two polls, two agencies: each outlet may be right
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return True
    if two_names(fa.actor, fb.actor):
        return False
    return when_allows(a, b)


def when_allows(a: Number, b: Number) -> bool:
    """Do the frames' days and hours of the counted event (not of a saying) let two
    figures be one fact? Two polls or agencies do not."""
    if two_sources(a, b):
        return False
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return True
    match: FrameMatch = compare_frames(_when_only(a, fa), _when_only(b, fb))
    return match.aligned


def _when_only(n: Number, frame: Frame) -> Frame:
    return attrs.evolve(
        frame,
        actor=None,
        thing=None,
        place=None,
        lemma=None,
        predicate=None,
        negated=False,
        **_unless_said(n, frame.date, "date"),
        **_unless_said(n, frame.time, "time"),
    )


def sayings_days_dropped(a: Number, fa: Frame, b: Number, fb: Frame) -> tuple[Frame, Frame]:
    """Both frames without their days (hours) when each dates a saying ("police said
    on Wednesday" / "the force confirmed last night"): two sayings' days do not part
    one figure of an event neither dates. A saying's day against an event's own day
    ("stranded in 2011" / "officials said on Monday") stays: nothing tells the two
    events apart then."""
    if _unless_said(a, fa.date, "date") and _unless_said(b, fb.date, "date"):
        fa = attrs.evolve(fa, date=None, date_value=None)
        fb = attrs.evolve(fb, date=None, date_value=None)
    if _unless_said(a, fa.time, "time") and _unless_said(b, fb.time, "time"):
        fa = attrs.evolve(fa, time=None, time_value=None)
        fb = attrs.evolve(fb, time=None, time_value=None)
    return fa, fb


def without_sayings_days(n: Number, frame: Frame) -> Frame:
    """The frame without a day or hour that dates the saying ("police said on
    Friday"): the report's day, not the day of the figure's fact."""
    if _unless_said(n, frame.date, "date"):
        frame = attrs.evolve(frame, date=None, date_value=None)
    if _unless_said(n, frame.time, "time"):
        frame = attrs.evolve(frame, time=None, time_value=None)
    return frame


def _unless_said(n: Number, span: Span | None, part: str) -> dict[str, None]:
    """Drop a day or hour that dates the saying ("the company said on Monday")."""
    if span is not None and dates_saying(n, span):
        return {part: None, f"{part}_value": None}
    return {}


def dates_saying(n: Number, span: Span) -> bool:
    """Does the qualifier date the saying of the figure's sentence ("the company said
    on Monday")?"""
    before = n.sentence[: max(0, span.start - n.sentence_start)]
    return _SAID_BEFORE.search(before) is not None


SentenceFigures = dict[tuple[str, int], set[tuple[str, float]]]


def sentence_figures(
    numbers: Sequence[Number], unit_key: Callable[[Number], str], value: Callable[[Number], float]
) -> SentenceFigures:
    """Each sentence's figures, by (source, sentence start), with their unit keys."""
    found: SentenceFigures = defaultdict(set)
    for n in numbers:
        found[(n.source, n.sentence_start)].add((unit_key(n) or "?", value(n)))
    return found


def figures_of_unit(figures: SentenceFigures, key: str) -> FiguresOfUnit:
    """Each sentence's figures of the unit key, or of none (a score, a bare figure):
    "9 feet ... 14 inches of rain" does not state the other article's "14 feet",
    "58-3 with 51 wins" does state "58 wins"."""
    return FiguresOfUnit(figures, frozenset({key, "tally", "?"}))


@attrs.frozen
class FiguresOfUnit(Mapping[tuple[str, int], frozenset[float]]):
    """figures_of_unit's mapping, each sentence's figures read when asked: a pair
    asks for its two sentences, and a many-article compare has hundreds of unit
    keys, so filling every sentence for each key walked all of them once per key
    (509 ECB+ articles: ~500 keys x ~9,000 sentences)."""

    figures: SentenceFigures
    kinds: frozenset[str]

    def __getitem__(self, at: tuple[str, int]) -> frozenset[float]:
        found = self.figures.get(at)  # .get: never fill the defaultdict
        if found is None:
            raise KeyError(at)
        return frozenset(v for k, v in found if k in self.kinds)

    def __iter__(self) -> Iterator[tuple[str, int]]:
        return iter(self.figures)

    def __len__(self) -> int:
        return len(self.figures)
