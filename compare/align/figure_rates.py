"""Two figures given per two things, or one per a stretch of time and one not: no
conflict between them ("$312,000 a year" / "$1.2 million": a yearly rate against a
total, which may be its sum over a contract).

closest_figure_clashes read this first, for figures its closest sentences pair;
the statement judge asks it too (sentence_facts), for two aligned sentences' figures
of one measure, so that a rate and a total there make neither a figure conflict nor
a ✓. What a figure is given per comes from number_clues ("a year", "per share", "an
hour", "each month" right after the figure and its unit).
"""

from __future__ import annotations

from compare.align.number_clues import Clues
from compare.align.numbers import SPANS_OF_TIME
from compare.align.words import stem, words
from compare.extract.claims import Number

_TIME_RATES = frozenset(stem(w) for w in SPANS_OF_TIME | {"years", "months", "weeks", "days"})


def rates_apart(rate_a: str, rate_b: str) -> bool:
    """Are two figures given per two things ("$312,000 a year" / "$26,000 a month"), or
    one per a stretch of time and the other not (a yearly figure against a total)? A
    figure per an occurrence ("a maximum of 7,500 euros per offence") against one told
    without it ("fines of up to 5,000 euros") is one limit: a fine is per offence."""
    if rate_a == rate_b:
        return False
    if rate_a and rate_b:
        return True
    return (rate_a or rate_b) in _TIME_RATES


def figures_rates_apart(a: Number, b: Number) -> bool:
    """rates_apart, read from the two figures' clues and the rate adjectives beside
    them ("annual raises of 7%" is "7% a year")."""
    return rates_apart(_rate(a), _rate(b))


# adjectives and adverbs of a rate per a stretch of time (general English)
_PERIODIC = {
    "annual": "year",
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "hourly": "hour",
}
_NEAR = 4  # words either side of the figure


def _rate(number: Number) -> str:
    told = Clues.of(number).rate
    if told:
        return told
    at = number.start - number.sentence_start
    before = words(number.sentence[:at])[-_NEAR:]
    after = words(number.sentence[at + len(number.text) :])[:_NEAR]
    found = [_PERIODIC[w] for w in before + after if w in _PERIODIC]
    return stem(found[0]) if found else ""
