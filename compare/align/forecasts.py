"""A figure told as a forecast, a possibility or an aim, not as what is or was.

"This year's losses could reach $15 million" and "the frost cost the region $9
million" are two facts; so are "the aim is to vaccinate 5,000 children" and
"3,200 children had been vaccinated". Read from a word of expecting, a modal of
possibility or a word of aiming before the figure, or after it in its own clause:
a relative clause after the figure tells of something else ("ordered it to pay $7
million, a ruling that could change how ...").
"""

from __future__ import annotations

import re

from compare.extract import Number

# A forecast or a possibility, not what happened ("may" in lower case only: "on May 14"
# is a day; "projected" but not "project", most often the noun)
_EXPECTING = re.compile(
    r"\b(?:could|might|(?-i:may)|would|expects?|expected|expecting|forecasts?|forecast|"
    r"predicts?|predicted|projected|anticipates?|anticipated|likely)\b",
    re.IGNORECASE,
)
# An aim or a target set, not reached: "the aim was to vaccinate", "aims to plant",
# "a target of processing half". ("targeted" is a deed; a "goal" is as often scored.)
_AIMING = re.compile(
    r"\b(?:aims?|aimed|aiming)\s+(?:to|at)\b|\bthe\s+aim\b|\btargets?\s+(?:of|is|was)\b",
    re.IGNORECASE,
)
# where a clause about something else begins after a figure: a relative pronoun,
# a semicolon or a dash
RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where|when)\b|[;—–]")


def expecting(n: Number) -> bool:
    """Is the figure told as a forecast or a possibility: a word of expecting or a
    modal before it, or after it in its own words ("losses could reach $15 million",
    "$15 million, analysts expect")? A clause after the figure past a comma, a
    relative word or "than" tells of something else ("ordered it to pay $7 million,
    a ruling that could change how ...", "38%, higher than officials had
    predicted"): its modal is not the figure's."""
    return _told(n, _EXPECTING)


def foreseen(n: Number) -> bool:
    """Is the figure a forecast, a possibility or an aim (`expecting`, or a word of
    aiming: "the aim was to vaccinate 5,000 children")?"""
    return expecting(n) or _told(n, _AIMING)


# Where the figure's own words end after it: a clause about something else, a
# comparison ("higher than officials had predicted": the figure is what happened),
# or a comma ("2.3 billion złoty, though neither party would confirm it").
_OWN_END = re.compile(RELATIVE.pattern + r"|\bthan\b|,")
# A forecast's teller set off after the figure: "$15 million, analysts expect".
_TELLER_AFTER = re.compile(r"^,\s*(?:[\w'’-]+\s+){0,3}?(?:expects?|forecasts?|predicts?)\b", re.I)


def forecasts_apart(a: Number, b: Number) -> bool:
    """Is one figure foreseen and the other not, unless both are ceilings ("could
    be up to $180 million" / "pegged as high as $184 million"): a figure told only
    as a ceiling is itself an estimate, as uncertain as a forecast of it."""
    if foreseen(a) == foreseen(b):
        return False
    return not (_ceiling(a) and _ceiling(b))


def _ceiling(n: Number) -> bool:
    """Is the figure told only as a bound from above ("up to", "as high as")?"""
    return n.low == 0 and n.high is not None


# A relative clause whose subject is the noun before it, opened by its verb: "a team
# that signed ...", "the club which paid ...". Its deed is another clause's: a word
# of expecting before it ("more had been expected from a team that signed him to an
# $80 million contract") is not the figure's.
_DEED_CLAUSE = re.compile(
    r"\b(?:that|which|who)\s+(?:\w+ly\s+)?(?:\w+ed|won|paid|cost|took|made|sold|bought|gave"
    r"|spent|lost|brought|got|had|has|was|were|is|are)\b",
    re.IGNORECASE,
)


def _own_before(n: Number) -> str:
    """The sentence before the figure, from the last deed clause opening on."""
    before = n.sentence[: n.start - n.sentence_start]
    starts = [m.start() for m in _DEED_CLAUSE.finditer(before)]
    return before[starts[-1] :] if starts else before


def _told(n: Number, pattern: re.Pattern[str]) -> bool:
    before = _own_before(n)
    if pattern.search(before):
        return True
    after = n.sentence[n.end - n.sentence_start :]
    own = _OWN_END.split(after, maxsplit=1)[0]
    if pattern.search(own) is not None:
        return True
    rest = after[len(own) :]
    return pattern is _EXPECTING and _TELLER_AFTER.match(rest) is not None
