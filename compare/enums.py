"""The base of claimdiff's enums, in a module of its own so that the command line
can name choices without importing the pipeline."""

from __future__ import annotations

from enum import Enum


class TextEnum(str, Enum):
    """An enum whose members are their string values: they compare equal to plain
    strings, print as their value and serialise to JSON as it."""

    def __str__(self) -> str:
        return str(self.value)


class Kind(TextEnum):
    """What a claim is."""

    QUOTE = "quote"
    NUMBER = "number"
    ROLE = "role"
    STATEMENT = "statement"
    DATE = "date"
    TIME = "time"
    PLACE = "place"


# What `--only` can keep: report sections (conflict, variant), verdicts, or unique claims.
SHOWABLE = ("conflict", "variant", "differ", "approximate", "agree", "unique")
