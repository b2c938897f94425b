"""A share told as a fraction in one article and as a percentage in the other:
"Turnout was 49.6 per cent" / "Just under half of the electorate turned out", "shares
plunged 22%" / "lost more than a fifth of its value", "78 per cent" / "more than
three-quarters".

The number judge compares a share with a percent already ("a quarter" is 25), but
the number matchers pair figures by what they count, and a fraction counts the noun
after "of" ("of the electorate") where a percent counts "%": the two were never
paired. A writer who turns a percent into a simple fraction keeps it near: the
percent lies inside the fraction's hedge ("more than a fifth": above 20) and within
five points of the fraction (a simple fraction is that coarse), or within 2.5
points of a bare fraction ("a third" / "34%"). Such a pair is kept only when the
sentences tie as converted_figures asks (one clause, or a word of one in the other,
nothing clashing, neither denied) and the statement judge finds nothing differing.
"At least half of members must vote" / "58% took part" is no pair: 58 is eight
points from a half.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from compare.align.converted_figures import one_amount, one_measurement
from compare.align.model import Conflict, Judgement, Verdict
from compare.align.number_judge import judge_numbers_in_context
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.statement_judge import compare_pair
from compare.align.system_figures import statement_of
from compare.align.word_contradictions import Finding
from compare.align.words import STOPWORDS, words
from compare.extract.claims import Number
from compare.extract.number_grammar import DENOMINATORS, PERCENT

SCORE = 0.45  # as same_figures
COARSE = 5.0  # points a hedged simple fraction may stand from the percent it tells
BARE = 2.5  # points for a fraction told without a hedge
_PERCENT_END = re.compile(rf"\d{PERCENT}$", re.IGNORECASE)


def share_percent_pairs(
    numbers: Sequence[Number],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of an unpaired fraction and an unpaired percent of another article."""
    numbers = [as_share(n) for n in numbers]
    fractions = [i for i, n in enumerate(numbers) if _fraction(n)]
    percents = [i for i, n in enumerate(numbers) if _percent(n)]
    pairs = []
    for i in fractions:
        for j in percents:
            a, b = numbers[i], numbers[j]
            if a.source == b.source or not tells(a, b.value):
                continue
            sa, sb = statement_of(a, sentences), statement_of(b, sentences)
            frame_a = sa.frame if sa is not None else None
            frame_b = sb.frame if sb is not None else None
            if not (
                one_amount(a, b, frame_a, frame_b)
                or one_measurement(a, b, frame_a, frame_b, units_tie=True)
            ):
                continue
            if sa is not None and sb is not None:
                finding = compare_pair(sa, sb, sentences)
                if finding is not None and not _other_percent(finding, a, b):
                    continue
            pairs.append((SCORE, min(i, j), max(i, j)))
    return pairs


def _other_percent(finding: Finding, fraction: Number, percent: Number) -> bool:
    """Does the statement judge hold the percent against another percent of the
    fraction's sentence ("45pc of its sales ... by a fifth" / "by about 20%")? It
    reads the fraction as no percent, so it meets the sentence's other one: a figure
    of another fact, for its own pair to judge, not a clash of this one."""
    if finding.conflict != Conflict.FIGURE or percent.text not in (finding.a, finding.b):
        return False
    other = finding.b if finding.a == percent.text else finding.a
    return (
        other != fraction.text
        and other in fraction.sentence
        and _PERCENT_END.search(other) is not None
    )


def _fraction(n: Number) -> bool:
    return n.form == "share" and n.pair is None and 0 < n.value < 1


# "cut output by roughly a fifth from July": the extractor reads "a fifth" with no
# "of" after it as an ordinal ("a third term" is one); beside a percent it is a share.
_A_BEFORE = re.compile(r"\b(?:a|an|one)\s+$", re.IGNORECASE)
_HEDGE_BEFORE = re.compile(
    r"\b(?:about|around|roughly|some|nearly|almost|approximately)\s+(?:a|an|one)\s+$",
    re.IGNORECASE,
)


def as_share(n: Number) -> Number:
    """The figure, an ordinal denominator after "a" ("by a fifth") told as the share
    it is (a hedge before "a" kept as the extractor widens one); any other as it is."""
    if n.form != "ordinal" or n.pair is not None or n.text.lower() not in DENOMINATORS:
        return n
    before = n.sentence[: n.start - n.sentence_start]
    following = words(n.sentence[n.end - n.sentence_start :])[:1]
    if _A_BEFORE.search(before) is None or (following and following[0] not in STOPWORDS):
        return n  # "a third term", "a fifth consecutive win": an ordinal of a noun
    value = 1 / DENOMINATORS[n.text.lower()]
    hedged = _HEDGE_BEFORE.search(before) is not None
    low, high = (value * 0.9, value * 1.1) if hedged else (value, value)
    return attrs.evolve(n, value=value, low=low, high=high, form="share")


def _percent(n: Number) -> bool:
    return n.form == "percent" and n.pair is None and 0 < n.value < 100


def tells(fraction: Number, percent: float) -> bool:
    """Could the fraction, with its hedge, be the percent told coarsely?"""
    value = fraction.value * 100
    if fraction.low == fraction.high:
        return abs(percent - value) <= BARE
    low = value - COARSE if fraction.low is None else max(fraction.low * 100, value - COARSE)
    high = value + COARSE if fraction.high is None else min(fraction.high * 100, value + COARSE)
    return low <= percent <= high


def judge_share_percents(
    members: Sequence[Number], options: Options | None, sentences: SentenceClaims
) -> Judgement:
    """The number judge; a fraction that tells the percent coarsely, which it finds
    approximate for the hedge ("more than a fifth" / "22%"), is one fact told in two
    ways: agreed."""
    members = [as_share(n) for n in members]
    judgement = judge_numbers_in_context(members, options, sentences)
    if len(members) != 2 or judgement.unchecked or judgement.conflict is not None:
        return judgement
    a, b = members
    fraction, percent = (a, b) if _fraction(a) else (b, a)
    if (
        judgement.verdict == Verdict.APPROXIMATE
        and _fraction(fraction)
        and _percent(percent)
        and tells(fraction, percent.value)
    ):
        return Judgement(verdict=Verdict.AGREE)
    return judgement
