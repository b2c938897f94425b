"""Every alignment setting and its default, in one place.

The CLI, `check`, the API and the benchmarks read their defaults from here, so a
default changes once. The settings travel with a comparison (`Comparison.settings`)
so that a JSON report says how it was made.
"""

from __future__ import annotations

from typing import Any

import attrs

from compare.align.statement_model import THRESHOLD
from compare.errors import share
from compare.extract.claims import KINDS

DEFAULT_TOLERANCE = 0.01  # relative gap under which two figures agree approximately
DEFAULT_THRESHOLD = THRESHOLD  # statement matcher's probability cut-off (fitted on MRPC)
ENTRY_POINT_KINDS = "claimdiff.kinds"  # optional extras add a claim kind here
ENTRY_POINT_MATCHERS = "claimdiff.matchers"  # ... or another matcher for a kind


def _tolerance(value: float) -> float:
    return share("tolerance", value)


@attrs.frozen
class Options:
    """What to compare and how strictly."""

    kinds: tuple[str, ...] = KINDS
    # relative gap under which figures agree approximately; NaN or 1+ is refused
    tolerance: float = attrs.field(default=DEFAULT_TOLERANCE, converter=_tolerance)
    statement_threshold: float = DEFAULT_THRESHOLD
    one_to_one: bool = True  # statements: at most one per source in a match

    def to_pairs(self) -> tuple[tuple[str, Any], ...]:
        return (
            ("kinds", list(self.kinds)),
            ("tolerance", self.tolerance),
            ("statement_threshold", self.statement_threshold),
            ("one_to_one", self.one_to_one),
        )


Settings = Options  # the name the engine's documentation uses
