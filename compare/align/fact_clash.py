"""One fact two aligned sentences state incompatibly (sentence_facts), and the
clash that is not checked to be one fact's and leaves the pair unpaired."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

from compare.align.model import Conflict, Severity
from compare.extract.claims import Claim


@attrs.frozen
class FactClash:
    """One stated fact the two sentences give incompatibly."""

    conflict: Conflict
    a: str  # the reference sentence's words
    b: str  # the other sentence's words
    severity: Severity
    unchecked: bool = False  # the sentences share too little to be sure it is one fact
    one_event: bool = True  # figures: the two figures' frames share the predicate
    measured: bool = True  # figures: both state what they count (a unit)
    # not tied to one event, so neither shown nor agreed: the claims stay unpaired
    unpaired: bool = False

    @property
    def title(self) -> str:
        return f"{self.a} vs {self.b}{self.note}"

    @property
    def note(self) -> str:
        return " (may be two facts)" if self.unchecked else ""


def apart(
    conflict: Conflict,
    told_a: tuple[Sequence[Any], Sequence[Claim]],
    told_b: tuple[Sequence[Any], Sequence[Claim]],
    fit: Callable[[Any, Any], bool],
) -> FactClash | None:
    """Two sentences held for one fact that state only other days, or other clock
    times (each side's (compared, all)), with predicates not read as one ("the
    collapse occurred on Saturday" / "the roof gave way on Sunday"): not checked to
    be one event, yet no agreement either. Read on ECB+, such pairs were two events
    as a rule ("coping on Saturday" / "gunned down on Friday"), so they are not
    shown: the claims stay unpaired. A side with a day or time not compared (a
    year, "last week", "by 7 a.m.") is left alone."""
    (xs, every_x), (ys, every_y) = told_a, told_b
    if not xs or not ys or len(xs) < len(every_x) or len(ys) < len(every_y):
        return None
    if any(fit(x, y) for x in xs for y in ys):
        return None
    return FactClash(conflict, xs[0].text, ys[0].text, Severity.VARIANT, unpaired=True)
