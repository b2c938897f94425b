"""A person's age told at two moments is no conflict.

An age set beside a name ("Ana Ruiz, 41,") is the person's age when the article
was written. Two articles about one story written two years apart (the arrest,
then the verdict) give the same person two ages, both right: 27 when police
named the suspect, 29 at the conviction. So ages of one person differ as a
conflict only when both are told at one moment.

The moment is the article's date (its metadata or date line). Ages differing by
what the years between the two dates explain, the later article giving the
older age (a whole number of years between the floor and the ceiling of the
gap), are of two moments; the group keeps only the members of the value most
give, so the outlets that agree still show as an agreement. Ages whose articles
have no date, or one date, are compared as before.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping, Sequence

from compare.align.numbers import unit_key
from compare.extract import Claim
from compare.extract.claims import Number
from compare.ingest import Source
from compare.ingest.dates import iso_date

_DAYS_A_YEAR = 365.25


def article_dates(sources: Sequence[Source]) -> dict[str, dt.date]:
    """Each article's date, when its metadata or date line names a real day."""
    out: dict[str, dt.date] = {}
    for source in sources:
        day = iso_date(source.metadata.published or "")
        if day is not None:
            out[source.id] = dt.date.fromisoformat(day)
    return out


def ages_told_apart(a: Number, b: Number, dates: Mapping[str, dt.date]) -> bool:
    """Are two differing ages of one person explained by their articles' dates:
    the later article older by the whole years between them (floor or ceiling)?"""
    day_a, day_b = dates.get(a.source), dates.get(b.source)
    if day_a is None or day_b is None or a.value == b.value:
        return False
    if day_b < day_a:
        a, b, day_a, day_b = b, a, day_b, day_a
    years = (day_b - day_a).days / _DAYS_A_YEAR
    grown = b.value - a.value
    return grown > 0 and math.floor(years) <= grown <= math.ceil(years)


def one_moment(members: Sequence[Claim], dates: Mapping[str, dt.date]) -> Sequence[Claim]:
    """The members an age group keeps: all of them unless every pair of differing
    ages is told at two moments; then those of the value most members give (the
    first member's on a tie), which may leave fewer than two."""
    if len(members) < 2 or not all(isinstance(m, Number) and unit_key(m) == "age" for m in members):
        return members
    ages = [m for m in members if isinstance(m, Number)]
    if not any(x.value != y.value for i, x in enumerate(ages) for y in ages[i + 1 :]) or not all(
        ages_told_apart(x, y, dates)
        for i, x in enumerate(ages)
        for y in ages[i + 1 :]
        if x.value != y.value
    ):
        return members
    counts = Counter(m.value for m in ages)
    most = max(counts.values())
    value = next(m.value for m in ages if counts[m.value] == most)
    return [m for m in ages if m.value == value]
