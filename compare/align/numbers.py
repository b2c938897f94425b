"""Matching numbers that count the same thing, and comparing them as intervals.

Verdicts, reference against each other member:
- agree: the same value, and neither is hedged differently;
- approximate: a hedge's interval covers the other figure ("roughly 100,000"
  covers 106,000), or the two are within the relative tolerance;
- differ: anything else. Both figures are always shown.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.model import AGREE, APPROXIMATE, DIFFER, Difference
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Number
from compare.extract.claims import figure_text

DEFAULT_TOLERANCE = 0.01  # relative; 1.5bn and 1.51bn agree approximately

# Counting nouns that news outlets use for one another.
_SYNONYMS = [
    {"troop", "soldier", "servicemember", "forces"},
    {"session", "round", "meeting", "talk"},
    {"person", "people", "resident", "civilian"},
    {"death", "dead", "fatality", "killed"},
    {"injury", "injured", "wounded"},
    {"tank", "armored vehicle"},
    {"country", "nation", "state", "member"},
    {"percent", "%"},
]
_CANON = {word: min(group) for group in _SYNONYMS for word in group}
_MEASURES = frozenset(
    "second minute hour day week month year decade century mile kilometre kilometer metre meter "
    "foot feet inch yard acre hectare ton tonne pound kilogram kg gram litre liter gallon barrel "
    "percent point dollar euro cent".split()
)


def unit_key(number: Number) -> str:
    if number.form in ("percent", "money"):
        return f"{number.form}:{number.unit or ''}"
    if not number.unit:
        return ""
    unit_words = [stem(w) for w in words(number.unit)]
    if not unit_words:
        return ""
    # "three-month stay" counts months, not stays.
    measure = next((w for w in unit_words if w in _MEASURES), None)
    head = measure or unit_words[-1]
    return _CANON.get(head, head)


def context(number: Number) -> set[str]:
    """Content words of the sentence around the number, for telling two 'days' apart."""
    return {stem(w) for w in words(number.sentence) if w not in STOPWORDS and not w.isdigit()}


def number_pairs(numbers: Sequence[Number]) -> list[tuple[float, int, int]]:
    by_unit: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(numbers):
        # Numbers without a counted noun can only match within near-identical sentences.
        by_unit[unit_key(n) or "?"].append(i)
    contexts = [context(n) for n in numbers]
    pairs = []
    for key, postings in by_unit.items():
        for x in range(len(postings)):
            for y in range(x + 1, len(postings)):
                i, j = postings[x], postings[y]
                a, b = numbers[i], numbers[j]
                if a.source == b.source:
                    continue
                shared = contexts[i] & contexts[j]
                overlap = len(shared) / max(1, min(len(contexts[i]), len(contexts[j])))
                close = _relative_gap(a.value, b.value) <= 0.25
                if key == "?" and (overlap < 0.8 or len(shared) < 3 or a.form != b.form):
                    continue
                if (a.form == "ordinal") != (b.form == "ordinal") and a.value != b.value:
                    continue  # "third round" = "three sessions"; unequal, not the same count
                # Same thing counted: the unit, and either the sentences share enough
                # words or the figures are close and the sentences share some.
                # Close figures need little shared context; far-apart ones must sit in
                # sentences about the very same thing before we call them a discrepancy.
                if (close and len(shared) >= 2) or (len(shared) >= 3 and overlap >= 0.5):
                    closeness = 1.0 - min(1.0, _relative_gap(a.value, b.value))
                    pairs.append((0.4 + 0.4 * overlap + 0.2 * closeness, i, j))
    return pairs


def judge_numbers(
    members: Sequence[Number], tolerance: float = DEFAULT_TOLERANCE
) -> tuple[str, tuple[Difference, ...]]:
    reference = members[0]
    verdicts = []
    differences = []
    for other in members[1:]:
        verdict = compare_figures(reference, other, tolerance)
        verdicts.append(verdict)
        if verdict != AGREE:
            kind = "hedge" if verdict == APPROXIMATE else "figure"
            differences.append(
                Difference(
                    "value",
                    kind,
                    reference.source,
                    other.source,
                    figure_text(reference),
                    figure_text(other),
                )
            )
    if DIFFER in verdicts:
        return DIFFER, tuple(differences)
    if APPROXIMATE in verdicts:
        return APPROXIMATE, tuple(differences)
    return AGREE, ()


def compare_figures(a: Number, b: Number, tolerance: float) -> str:
    if a.pair is not None or b.pair is not None:
        # A tally agrees only side by side: 7-2 and 7-3 share a first side, not a result.
        return AGREE if a.pair == b.pair else DIFFER
    if a.value == b.value and (a.low, a.high) == (b.low, b.high):
        return AGREE
    if _covers(a, b.value) or _covers(b, a.value) or _relative_gap(a.value, b.value) <= tolerance:
        return APPROXIMATE
    return DIFFER


def _covers(n: Number, value: float) -> bool:
    low = n.low if n.low is not None else float("-inf")
    high = n.high if n.high is not None else float("inf")
    return (n.low, n.high) != (n.value, n.value) and low <= value <= high


def _relative_gap(a: float, b: float) -> float:
    scale = max(abs(a), abs(b))
    return 0.0 if scale == 0 else abs(a - b) / scale
