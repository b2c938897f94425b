"""The day or hour of a figure's own clause, not of a clause beside it.

A clause frame takes the sentence's date and time qualifiers, but a sentence often dates
a clause other than the one holding the figure: "The orchestra, founded in 1958, employs
64 musicians" (the founding), "sales of $186 million last year, up from $171 million in
2024" (the other figure), "touched the wall in 2:01.38, taking 0.43 seconds off the
record set in 2023" (the old record), "A crowd of 38,000 packed the course, the gates
having opened at 11am" (the gates), "41 households near Gisborne, which was hit on March
9" (the storm). Read as the figure's day, such a date parts two equal figures of one
fact as "another day" (same_figures.one_fact).

English sets such clauses off by punctuation or by a word that opens a clause: a comma,
semicolon, colon, dash or bracket, or a relative or subordinating word ("which", "who",
"when", "after", "while", ...). So a date or time qualifier stands in the figure's own
clause only when nothing of that kind lies between the two. A comma before "and", "but"
or "or" joins parts of one clause ("convicted him on Tuesday, and sentenced him to four
years") and is no boundary. Five placements still date the figure: the day set right
after it ("over four years, from 2019 to 2023"); the figure in a phrase set off inside
the clause the day dates, the clause's verb on the day's side ("The site, near junction
24, was still closed last night"); a clause that tells what happened on the day just
named ("The last stranding was in 2011, when about 370 whales came ashore"); an opening
adverbial, a short stretch at the sentence's start that holds the day and ends at the
first comma ("On Monday, police arrested 41 people", "At 2am on Tuesday, 46 patients
were waiting"); and a day that dates a saying ("officials said on Friday"), which
sole_figures reads as the report's day. Any other qualifier that only a set-off clause
gives is dropped from the figure's frame, which then has no day of its own (unknown,
never a clash).

Used only where equal figures are paired as agreements (same_figures), never where a
discrepancy is reported: there a day wrongly dropped could join two facts in a finding.
"""

from __future__ import annotations

import re

import attrs

from compare.align.sole_figures import dates_saying
from compare.extract.claims import Frame, Number, Span

# What opens another clause between a figure and a date: punctuation that sets a
# clause or phrase off, and the relative and subordinating words of English grammar.
_BOUNDARY = re.compile(
    r"[,;:()\[\]—–]|\s-\s|\b(?:which|who|whom|whose|where|when|whenever|while|whilst"
    r"|after|before|since|until|till|because|although|though|whereas|once|unless)\b",
    re.IGNORECASE,
)
# A comma before "and", "but" or "or" joins two parts of one clause ("convicted him on
# Tuesday, and sentenced him to four years"): the day dates both.
_COORDINATED = re.compile(r",\s*(?:and|but|or|then)\b", re.IGNORECASE)
# The day set right after the figure, only a comma or bracket between: it spells out
# the figure's own time ("over four years, from 2019 to 2023").
_TOLD_AFTER = re.compile(r"[,(—–]\s*(?:from|in|on|at|between|since|until|till|by|during)?\s*")
# A clause right after the day that tells what happened then ("in 2011, when ...").
_DESCRIBES_DAY = re.compile(r"\s*,?\s*(?:when|as|while)\b", re.IGNORECASE)
# A set-off phrase closed and its clause resumed by the clause's verb ("The site, near
# junction 24, was still closed"): the figure sits inside the clause the day dates.
_RESUMED = re.compile(
    r"^\s*[,;:)\]—–-]?\s*(?:was|were|is|are|has|have|had|will|would|can|could|did|does"
    r"|do|remains?|remained)\b",
    re.IGNORECASE,
)
OPENING_WORDS = 6  # an opening adverbial ("In the first week of March,") is short


def own_clause_frame(n: Number, frame: Frame) -> Frame:
    """The frame without a date or time qualifier that a set-off clause gives."""
    if frame.date is not None and not _in_own_clause(n, frame.date, frame):
        frame = attrs.evolve(frame, date=None, date_value=None)
    if frame.time is not None and not _in_own_clause(n, frame.time, frame):
        frame = attrs.evolve(frame, time=None, time_value=None)
    return frame


def _in_own_clause(n: Number, span: Span, frame: Frame) -> bool:
    """Does the qualifier stand in the figure's clause, or open the sentence?"""
    offset = n.sentence_start
    start, end = span.start - offset, span.end - offset
    if start < 0 or end > len(n.sentence):
        return True  # not of this sentence as read: leave the frame as it is
    fig_start, fig_end = n.start - offset, n.end - offset
    if end <= fig_start:
        between = n.sentence[end:fig_start]
    elif start >= fig_end:
        between = n.sentence[fig_end:start]
    else:
        return True  # the figure and the qualifier overlap
    marks = [m for m in _BOUNDARY.finditer(between) if not _COORDINATED.match(between, m.start())]
    if not marks or dates_saying(n, span):
        return True  # a saying's day is sole_figures' matter (the report of the event)
    if start >= fig_end and len(marks) == 1 and _TOLD_AFTER.fullmatch(between, marks[0].start()):
        return True  # "over four years, from 2019 to 2023": the day spells out the figure
    if end <= fig_start and _DESCRIBES_DAY.match(between):
        return True  # "in 2011, when about 370 whales came ashore": the clause tells that day
    # the boundary nearest the figure
    mark = end + marks[-1].start() if end <= fig_start else fig_end + marks[0].start()
    if _verb_with_day(n, frame, end <= fig_start, mark):
        return True  # the figure's verb is on the day's side of the boundary
    if start >= fig_end and _RESUMED.match(n.sentence[mark:]):
        return True  # "The site, near junction 24, was still closed last night"
    return end <= fig_start and _opening(n.sentence, start, end)


def _verb_with_day(n: Number, frame: Frame, day_first: bool, mark: int) -> bool:
    """Is the figure's clause verb on the day's side of the boundary at `mark` (an
    offset in the sentence), so that the figure sits in a phrase set off inside the
    clause the day dates?"""
    predicate = frame.predicate
    if predicate is None:
        return False
    at = predicate.start - n.sentence_start
    return at < mark if day_first else at >= mark


def _opening(sentence: str, start: int, end: int) -> bool:
    """Does the qualifier from `start` to `end` sit in a short opening stretch of the
    sentence that ends at its first boundary, a comma ("On Monday, ...", "At 2am on
    Tuesday, ...")?"""
    first = _BOUNDARY.search(sentence, end)
    return (
        _BOUNDARY.search(sentence[:start]) is None
        and first is not None
        and first.group() == ","
        and len(sentence[: first.start()].split()) <= OPENING_WORDS
    )
