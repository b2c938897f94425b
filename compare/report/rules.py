"""Stable rule codes, one per kind of disagreement, as linters have them.

CD1xx quotes, CD2xx figures, CD3xx statements, CD4xx people, CD5xx dates,
times and places. A code never changes meaning once released; new rules take
new numbers. `check` selects and ignores by code or prefix ("CD2", "CD401").
"""

from __future__ import annotations

import attrs

from compare.align.model import Conflict, Verdict


@attrs.frozen
class Rule:
    code: str
    name: str  # short, kebab-case: for SARIF and the docs
    summary: str  # one line for a reader


RULES: dict[Conflict, Rule] = {
    Conflict.WORDING: Rule("CD101", "quote-wording", "a quote's words differ between outlets"),
    Conflict.SPEAKER: Rule(
        "CD102", "quote-speaker", "the same words are credited to different people"
    ),
    Conflict.FIGURE: Rule("CD201", "figure", "a figure differs (40 vs 50 killed)"),
    Conflict.TALLY: Rule("CD202", "tally", "a score or vote differs or is reversed (7-2 vs 2-7)"),
    Conflict.NEGATION: Rule(
        "CD301", "negation", "one outlet states what another denies (was / was not)"
    ),
    Conflict.OPPOSITE: Rule(
        "CD302", "opposite", "opposite predicates for one event (approved vs rejected)"
    ),
    Conflict.ACTOR: Rule("CD303", "actor", "a different actor for the same action"),
    Conflict.TITLE: Rule("CD401", "title", "one person described with different titles"),
    Conflict.DATE: Rule("CD501", "date", "a different date for the same event"),
    Conflict.TIME: Rule("CD502", "time", "a different time of day for the same event"),
    Conflict.PLACE: Rule("CD503", "place", "a different place for the same event"),
}
CLOSE_FIGURE = Rule("CD203", "close-figure", "figures that differ within a hedge or the tolerance")
ALL_RULES: tuple[Rule, ...] = tuple(sorted([*RULES.values(), CLOSE_FIGURE], key=lambda r: r.code))

# A disagreement the engine did not type falls back to its kind's usual conflict.
_BY_KIND: dict[str, Conflict] = {
    "quote": Conflict.WORDING,
    "number": Conflict.FIGURE,
    "role": Conflict.TITLE,
    "statement": Conflict.OPPOSITE,
    "date": Conflict.DATE,
    "time": Conflict.TIME,
    "place": Conflict.PLACE,
}


def rule_for(kind: str, verdict: str, conflict: Conflict | None) -> Rule | None:
    """The rule an alignment breaks, or None when the sources agree."""
    if verdict == Verdict.AGREE:
        return None
    if verdict == Verdict.APPROXIMATE:
        return CLOSE_FIGURE
    return RULES[conflict if conflict is not None else _BY_KIND.get(kind, Conflict.WORDING)]


def matches(code: str, patterns: frozenset[str] | tuple[str, ...]) -> bool:
    """Whether a code is named by any pattern: a full code or a prefix ("CD2", "CD")."""
    return any(code.startswith(p.upper()) for p in patterns)


def known_pattern(pattern: str) -> bool:
    """A code or prefix that names at least one rule."""
    return any(r.code.startswith(pattern.upper()) for r in ALL_RULES) and len(pattern) >= 2
