"""A named attribution rule and the example sentences it exists for."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from compare.extract.attribution.attributor import Attributor, Site
from compare.extract.attribution.phrases import Attribution

Finder = Callable[[Attributor, Site], Attribution | None]


@attrs.frozen
class Example:
    text: str
    speaker: str
    quote: int = -1  # which quote of the text the rule attributes (default: the last)


@attrs.frozen
class Rule:
    name: str
    stage: str  # after, before, around, or beyond (applied by quoting.py)
    summary: str
    examples: tuple[Example, ...]
    find: Finder | None = None
    parent: str | None = None  # a sub-rule: a case inside the parent's method


def examples(*pairs: tuple[str, str], quote: int = -1) -> tuple[Example, ...]:
    return tuple(Example(text, speaker, quote) for text, speaker in pairs)


INTRO = "The council met on Monday to discuss the bridge.\n\n"
