"""A pair the statement model is unsure of (statements.GradedPairs.loose) is paired
only when nothing in it clashes. Whatever the judge would report, and whatever
it cannot check (two times, two places at different granularity, the figures of
two things, a negation across two times), unpairs it: both claims stay "only in
one source". A loose pair never shows a discrepancy, and never a ✓ over a clash
the judge could not confirm.
(`statement_judge.compare_pair` is the clash the judge would report.)"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.antonyms import opposite
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.statement_judge import compare_pair
from compare.align.word_contradictions import by_words
from compare.align.words import STOPWORDS, display_words, words
from compare.extract import Claim
from compare.extract.claims import Date, Number, Place, Time

_NEGATORS = frozenset("not no never none nothing nobody neither nor without".split())


def unpairs(a: Claim, b: Claim, sentences: SentenceClaims = NO_SENTENCES) -> str:
    """Why a loose pair of statements must not be paired ('' when nothing clashes).
    Whole sentences are read: a statement may be one clause of its sentence, and a
    reader shown the pair reads the sentences."""
    # the cheap rules first: most loose pairs fail one of them
    words_a, words_b = words(a.sentence), words(b.sentence)
    if _negation(words_a) != _negation(words_b):
        return "negated on one side"
    names_a, names_b = _names(a.sentence), _names(b.sentence)
    if (names_a - names_b and names_b - names_a) or (
        names_a != names_b and _figures_in(words_a) & _figures_in(words_b)
    ):
        # "Smith scored the goal" / "Jones scored the goal", "Leeds won 2-1" /
        # "Derby won 2-1": who did it may differ
        return "other names"
    claims_a = [c for c in sentences.of(a) if c is not a]
    claims_b = [c for c in sentences.of(b) if c is not b]
    # figures as written or as read ("four games to two" / "4-2"): a tally or a
    # count given by both, whichever way, is compared by nobody in a loose pair
    figures_a = _figures_in(words_a) | {_said(c) for c in claims_a if isinstance(c, Number)}
    figures_b = _figures_in(words_b) | {_said(c) for c in claims_b if isinstance(c, Number)}
    if figures_a and figures_b and figures_a != figures_b:
        return "two figures"
    for kind in (Date, Time, Place):
        said_a = {_said(c) for c in claims_a if isinstance(c, kind)}
        said_b = {_said(c) for c in claims_b if isinstance(c, kind)}
        if said_a and said_b and said_a != said_b:
            return f"two {kind.__name__.lower()}s"
    if _opposed(words_a, words_b):
        return "opposite words"
    if compare_pair(a, b, sentences) or compare_pair(b, a, sentences):
        return "the judge sees a clash"
    if by_words(a.sentence, b.sentence, facts=True) or by_words(b.sentence, a.sentence):
        return "the words clash"
    return ""


def _negation(ws: Sequence[str]) -> bool:
    return any(w in _NEGATORS or w.endswith("n't") for w in ws)


def _figures_in(ws: Sequence[str]) -> frozenset[str]:
    return frozenset(w for w in ws if w[:1].isdigit())


def _said(claim: Claim) -> str:
    """What a figure, date, time or place says, as comparable as it gets."""
    if isinstance(claim, Number):
        return "-".join(f"{v:g}" for v in claim.pair) if claim.pair else f"{claim.value:g}"
    if isinstance(claim, (Date, Time)) and claim.value:
        return claim.value
    if isinstance(claim, Place):
        return " ".join(words(claim.name))
    return " ".join(words(claim.text))


def _opposed(words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """A word of one side only whose opposite is a word of the other side only."""
    only_a = set(words_a) - set(words_b) - STOPWORDS
    only_b = set(words_b) - set(words_a) - STOPWORDS
    return any(opposite(x, y) for x in only_a for y in only_b)


def _names(text: str) -> frozenset[str]:
    """The capitalised words but function words ("The"), first word included:
    "Leeds won" names the winner where a sentence starts."""
    return frozenset(
        w.lower() for w in display_words(text) if w[:1].isupper() and w.lower() not in STOPWORDS
    )
