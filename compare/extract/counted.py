"""What a figure counts: the noun phrase after it ("26 Somali pirates", "dozens of
people", "a 90 - day stay": days), and the noun that states its fact when there is one
("a 3 percent drop", "the deaths of 17 people"; nominal.py). Token bounds throughout:
frames.py turns them into spans of the text."""

from __future__ import annotations

from collections.abc import Sequence

from compare.extract.clauses import Analysis
from compare.extract.lemmas import classes
from compare.extract.nominal import change_noun, event_noun
from compare.extract.phrases import noun_phrase_after
from compare.extract.tags import DET, NUM, PRON, PUNCT, WORD, Token

# Words that belong to a figure rather than to what it counts ("points" only after
# "percentage": "190 points" counts points).
FIGURE_WORDS = frozenset(
    "% per cent percent percentage million billion trillion thousand hundred lakh crore "
    "bn m k $ £ € - – a an about some nearly almost around roughly over more than less fewer "
    "up to at least".split()
)
# Adjectives of dimension after a measure: "90 miles wide", "a 40-year-old".
_DIMENSIONS = frozenset(
    "wide long high tall deep old thick away across apart north south east west northeast "
    "northwest southeast southwest aboard onboard".split()  # ("26 crew aboard")
)


def counted(analysis: Analysis, index: int, end: int) -> tuple[int, int] | None:
    """The noun phrase a figure counts: '26 Somali pirates', 'dozens of people'."""
    tokens = analysis.tokens
    k = index
    while k < len(tokens) and (
        tokens[k].start < end
        or tokens[k].tag == NUM
        or tokens[k].lower in FIGURE_WORDS
        or (tokens[k].lower in ("point", "points") and tokens[k - 1].lower == "percentage")
        or (tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].tag == NUM)
    ):
        if _spaced_measure(tokens, k) and tokens[k + 1].start >= end:
            if tokens[k].start < end:
                return k + 2, k + 3  # "a 90 - day stay": days
            k += 3  # "three 10 - year sentences": the measure describes the thing
            break
        k += 1  # "12, 000 square feet" written with a spaced thousands separator
    unit = _unit_inside(analysis, index, k)
    if k < len(tokens) and tokens[k].lower == "of":
        k += 1
        while k < len(tokens) and tokens[k].lower in ("the", "those", "these", "its", "their"):
            k += 1
    window = min(len(tokens), k + 12)
    limit = next(
        (j for j in range(k, window) if tokens[j].tag == PUNCT and not _joins(tokens, j)),
        window,
    )
    bounds = noun_phrase_after(analysis, k, limit)
    if bounds is None:
        return unit  # "2,000 feet" read as one figure
    bounds = _coordinated(analysis, bounds, limit)
    # Stop at the first determiner after the head ("students the"), and before words
    # that describe the measure rather than name a thing ("90 miles wide").
    a, b = bounds
    for j in range(a + 1, b):
        # ... and before a direction: "150 nautical miles west of Aden"
        if tokens[j].tag in (DET, PRON) or tokens[j].lower in _DIMENSIONS:
            b = j
            break
    while b > a + 1 and _trailing(tokens[b - 1].lower):
        b -= 1
    return a, b


def _coordinated(analysis: Analysis, bounds: tuple[int, int], limit: int) -> tuple[int, int]:
    """Two names joined before their noun: "23 Somali and Yemeni pirates"."""
    tokens = analysis.tokens
    a, b = bounds
    if (
        b + 2 < limit
        and tokens[b].lower in ("and", "or")
        and tokens[b - 1].text[0].isupper()
        and tokens[b + 1].text[0].isupper()
        and tokens[b + 1].tag == WORD
    ):
        more = noun_phrase_after(analysis, b + 1, limit)
        if more is not None and more[1] > b + 2:
            return a, more[1]
    # "12 Somali and 11 Yemeni pirates": the noun after the second figure is the head
    if (
        b + 3 < limit
        and tokens[b].lower in ("and", "or")
        and tokens[b + 1].tag == NUM
        and all(t.text[0].isupper() for t in tokens[a:b])
    ):
        more = noun_phrase_after(analysis, b + 2, limit)
        if more is not None and more[1] > b + 3:
            return more[1] - 1, more[1]
    return bounds


def _trailing(lower: str) -> bool:
    """A word that ends a counted phrase without naming the thing: "of", a dimension
    ("90 miles wide"), an adverb ("27 stations abroad"), an adjective ("seats
    available"), a hyphenated participle ("24 hours double-locked")."""
    if lower == "of" or lower in _DIMENSIONS:
        return True
    if "-" in lower and lower.endswith("ed"):
        return True
    found = classes(lower)
    if "adj" in found and "noun" not in found and "verb" not in found:
        return True  # "one of the people responsible": an adjective after its noun
    return "adv" in found and "noun" not in found and "adj" not in found


def _spaced_measure(tokens: Sequence[Token], j: int) -> bool:
    """A figure, a spaced hyphen and a unit: "90 - day", as tokenised news writes "90-day"."""
    return (
        j >= 0
        and j + 2 < len(tokens)
        and tokens[j].tag == NUM
        and tokens[j + 1].text == "-"
        and tokens[j + 2].tag == WORD
    )


def _joins(tokens: Sequence[Token], j: int) -> bool:
    """A hyphen inside a name with a number ("AK - 47 rifles"), not a dash."""
    return tokens[j].text in "-–" and j + 1 < len(tokens) and tokens[j + 1].tag == NUM


def _unit_inside(analysis: Analysis, index: int, end: int) -> tuple[int, int] | None:
    """A unit the number reader kept inside the figure ("2, 000 feet")."""
    tokens = analysis.tokens
    for j in range(index + 1, end):
        if tokens[j].lower in ("point", "points") and tokens[j - 1].lower == "percentage":
            continue
        if tokens[j].tag == WORD and tokens[j].lower not in FIGURE_WORDS:
            return j, j + 1
    return None


def noun_predicate(analysis: Analysis, index: int, thing: tuple[int, int] | None) -> int | None:
    """A noun that states the figure's fact (nominal.py), given the bounds counted()
    found (a head at most one word after the phrase's start): its token index."""
    event = event_noun(analysis, index)
    if event is not None or thing is None:
        return event
    first, end = thing
    head = end - 1  # the phrase's last token: bounds never hold an empty token
    return change_noun(analysis, index, head) if head <= first + 1 else None
