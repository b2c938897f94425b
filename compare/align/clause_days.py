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
clause only when nothing of that kind lies between the two. Two placements are read as
dating the figure although a boundary lies between: a clause that tells what happened on
the day just named ("The last stranding was in 2011, when about 370 whales came
ashore"), and an opening adverbial ("On Monday, police arrested 41 people", "Last year,
the firm lost Rp 3.2 trillion"), a short stretch at the sentence's start that holds the
date and ends at the first comma. A qualifier that only a set-off clause gives is
dropped from the figure's frame, which then has no day of its own (unknown, never a
clash). A day that dates a saying ("officials said on Friday") is left to sole_figures'
reading of reports. Used only where equal figures are paired as agreements
(same_figures), never where a discrepancy is reported.
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
# A clause right after the day that tells what happened then ("in 2011, when ...").
_DESCRIBES_DAY = re.compile(r"\s*,?\s*(?:when|as|while)\b", re.IGNORECASE)
OPENING_WORDS = 6  # an opening adverbial ("In the first week of March,") is short


def own_clause_frame(n: Number, frame: Frame) -> Frame:
    """The frame without a date or time qualifier that a set-off clause gives."""
    if frame.date is not None and not _in_own_clause(n, frame.date):
        frame = attrs.evolve(frame, date=None, date_value=None)
    if frame.time is not None and not _in_own_clause(n, frame.time):
        frame = attrs.evolve(frame, time=None, time_value=None)
    return frame


def _in_own_clause(n: Number, span: Span) -> bool:
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
    if _BOUNDARY.search(between) is None or dates_saying(n, span):
        return True  # a saying's day is sole_figures' matter (the report of the event)
    if end <= fig_start and _DESCRIBES_DAY.match(between):
        return True  # "in 2011, when about 370 whales came ashore": the clause tells that day
    return end <= fig_start and _opening(n.sentence, start, end)


def _opening(sentence: str, start: int, end: int) -> bool:
    """Does the qualifier from `start` to `end` sit in a short opening stretch of the
    sentence that ends at its first comma ("On Monday, ...")?"""
    before = sentence[:start]
    if _BOUNDARY.search(before) is not None:
        return False
    comma = re.match(r"\s*,", sentence[end:])
    return comma is not None and len(sentence[:end].split()) <= OPENING_WORDS
