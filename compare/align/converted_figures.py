"""Statements that give one amount in two units of one measure: agreements only.

"Furlong has 14 days to lodge an appeal" / "Furlong has two weeks to appeal", "The
victory brings a £250,000 prize" / "The winners take home a quarter of a million
pounds in prize money": the figures' units differ, so no figure matcher meets
them (numbers.unit_key keys them apart), and the word model sees little else in
common. One amount of one measure told in two units is seldom a coincidence, yet
one story holds many spans of time ("two days of rain" / "48 hours after the
slide"), so the figures' clauses must also tell one thing: no clash in their frames
(another actor, thing, day, time or place, the other polarity), and one word of
the one sentence found in the other, its stem, a WordNet synonym or a word of its
derivational family ("prize" / "prize money", "appeal" / "appeal", "rain" /
"downpours" is not). The pair is kept only when the statement judge, which reads
both figures in one unit (measure_units.in_one_unit), finds nothing differing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.figure_intervals import compare_figures
from compare.align.frames import compare_frames
from compare.align.imperial_units import one_rounded_amount, system_unit
from compare.align.measure_units import amount, in_one_unit, measured
from compare.align.model import Verdict
from compare.align.noun_kinds import noun_kind_of
from compare.align.numbers import unit_key
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims, inside
from compare.align.settings import Options
from compare.align.statement_judge import compare_pair
from compare.align.synonyms import are_synonyms
from compare.align.words import STOPWORDS, stem, words
from compare.extract.claims import Frame, Number, Span, Statement

SCORE = 0.4  # as figure_statements: under every other statement matcher


def converted_figure_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    by_amount: dict[tuple[str, float], list[tuple[int, Number, str]]] = defaultdict(list)
    for i, statement in enumerate(statements):
        for n in inside(statement, sentences):
            told = measured(n) if isinstance(n, Number) else None
            if isinstance(n, Number) and told is not None and n.value > 0:
                by_amount[(told.measure, amount(n, told))].append((i, n, told.unit))
    pairs: set[tuple[int, int]] = set()
    for postings in by_amount.values():
        for x, (i, a, unit_a) in enumerate(postings):
            for j, b, unit_b in postings[x + 1 :]:
                pair = (min(i, j), max(i, j))
                if (
                    unit_a == unit_b
                    or unit_key(a) == unit_key(b)  # "€2m" / "2 million euros": one unit,
                    # the figure matchers' to pair
                    or statements[i].source == statements[j].source
                    or pair in pairs
                ):
                    continue
                if (
                    one_amount(a, b, statements[i].frame, statements[j].frame)
                    and compare_pair(statements[i], statements[j], sentences) is None
                ):
                    pairs.add(pair)
    pairs |= _across_systems(statements, sentences)
    return [(SCORE, i, j) for i, j in sorted(pairs)]


def _across_systems(
    statements: Sequence[Statement], sentences: SentenceClaims
) -> set[tuple[int, int]]:
    """The same test for a length or speed told in metric units in one article and
    imperial in the other, one amount up to rounding ("12 metres" / "40 feet")."""
    by_measure: dict[str, list[tuple[int, Number]]] = defaultdict(list)
    for i, statement in enumerate(statements):
        for n in inside(statement, sentences):
            told = system_unit(n) if isinstance(n, Number) else None
            if isinstance(n, Number) and told is not None:
                by_measure[told.measure].append((i, n))
    pairs: set[tuple[int, int]] = set()
    for postings in by_measure.values():
        for x, (i, a) in enumerate(postings):
            for j, b in postings[x + 1 :]:
                pair = (min(i, j), max(i, j))
                if (
                    statements[i].source == statements[j].source
                    or pair in pairs
                    or not one_rounded_amount(a, b)
                ):
                    continue
                if (
                    one_amount(a, b, statements[i].frame, statements[j].frame)
                    or one_measurement(a, b, statements[i].frame, statements[j].frame)
                ) and compare_pair(statements[i], statements[j], sentences) is None:
                    pairs.add(pair)
    return pairs


def one_measurement(
    a: Number,
    b: Number,
    frame_a: Frame | None,
    frame_b: Frame | None,
    *,
    units_tie: bool = False,
) -> bool:
    """A size told beside a thing rather than as what a clause states ("The image,
    about three meters wide, was found ..." / "The picture measures roughly 10ft
    across"): one amount in two systems, rounded alike, is telling in itself, so a
    word of one sentence in the other ("image" / "picture") ties the two, when the
    clauses clash in nothing and neither is denied. With `units_tie` the words a
    figure counts tie too (a share's "of its value" / "off its market value")."""
    fa, fb = a.frame or frame_a, b.frame or frame_b
    if (fa is not None and fa.negated) or (fb is not None and fb.negated):
        return False
    if fa is not None and fb is not None and compare_frames(fa, fb).conflict is not None:
        return False
    return _word_tie(a, b, units_tie=units_tie)


def one_amount(a: Number, b: Number, frame_a: Frame | None, frame_b: Frame | None) -> bool:
    """One amount, hedges aside, whose clauses clash in nothing both state: the
    figures' own frames, or their statements' when the figure has none."""
    (x,), (y,) = in_one_unit([a], [b])
    if compare_figures(x, y) != Verdict.AGREE:
        return False  # "30 days" / "a month": approximate at most, no ✓ to add
    if recurring(a) != recurring(b):
        return False  # "every four weeks" / "within 28 days": a rhythm is no one span
    if window(a) or window(b):
        return False
    fa, fb = a.frame or frame_a, b.frame or frame_b
    if fa is None or fb is None:
        # no clause read on one side ("The winners take home a quarter of a million
        # pounds in prize money"): a content word both sentences use must tie them
        return (fa is None or not fa.negated) and (fb is None or not fb.negated) and _word_tie(a, b)
    if fa.negated != fb.negated:
        return False
    frames = compare_frames(fa, fb)
    if frames.conflict is not None:
        return False
    if frames.aligned or frames.part == "predicate":
        return True
    # "has 14 days" / "has two weeks", "two days of rain" / "48 hours of downpours": the
    # thing is the amount itself, told apart by its unit, and what it is of is one thing
    of_a, of_b = _amount_of(fa.thing, a), _amount_of(fb.thing, b)
    return frames.part == "thing" and of_a is not None and of_b is not None and _kin(of_a, of_b)


def _kin(a: str, b: str) -> bool:
    """One noun, two forms of it, synonyms or one a kind of the other ("rain" /
    "downpours"); nothing on both sides."""
    if not a or not b:
        return a == b
    a, b = stem(a), stem(b)
    return a == b or are_synonyms(a, b) or noun_kind_of(a, b)


def recurring(n: Number) -> bool:
    before = words(n.sentence[: n.start - n.sentence_start])[-1:]
    return before in (["every"], ["each"])


def window(n: Number) -> bool:
    """ "the past 50 years", "over the last five decades", "the next two weeks": a
    stretch of time some other fact is told over, not an amount that fact states."""
    before = words(n.sentence[: n.start - n.sentence_start])[-2:]
    if not before:
        return False
    # "last" and "first" open a window only after "the" ("would last 72 hours")
    return before[-1] in _WINDOWS or (before[-1] in _THE_WINDOWS and before[:-1] == ["the"])


_WINDOWS = frozenset("past next previous coming".split())
_THE_WINDOWS = frozenset("last first final".split())


def _amount_of(span: Span | None, n: Number) -> str | None:
    """When the frame's thing is the figure's phrase ("14 days", "48 hours of
    downpours"), what the amount is of, as one noun kin to the other's ("" for
    nothing more than the unit); None when the thing is something else."""
    if span is None or not (
        (span.start < n.end and n.start < span.end) or 0 <= span.start - n.end <= 4
    ):
        return None
    told = set(words(n.unit or "")) | set(words(n.text))
    rest = [w for w in words(span.text) if w not in told and w not in STOPWORDS]
    if not rest:
        return ""
    return rest[-1]


def _word_tie(a: Number, b: Number, *, units_tie: bool = False) -> bool:
    """A content word of one sentence in the other, or its synonym, besides the
    figures and their units ("a £250,000 prize" / "in prize money"); with
    `units_tie`, besides the figures alone."""
    units = "" if units_tie else f"{a.unit or ''} {b.unit or ''}"
    told = set(words(f"{a.text} {b.text} {units}"))

    def content(n: Number) -> set[str]:
        return {w for w in words(n.sentence) if w not in STOPWORDS and w not in told}

    return any(_kin(x, y) for x in content(a) for y in content(b))
