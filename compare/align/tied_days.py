"""One day (or clock time) told in several sentences of an article, tied to one
telling in the other.

`same_days` pairs a day told once in each article on one shared content word (or a
WordNet synonym or derivation), but a day told in several sentences only on two
shared words: most of a story happens on one or two days, and one shared word
beside a repeated day was mostly two facts ("appealed for donors on Sunday" /
"gathered outside the mortuary on Sunday"). Which telling is the other's can still
be read when only one of them is tied: this matcher pairs two dates (or times) of
one value, left unpaired by every other matcher (the clash matchers included), when
their sentences share a content word or a synonym or derivation (`same_days.tie`
for a day told once) and each is the only sentence of that day in its article so
tied to the other. What parts two facts of one day in `same_days` (a negation on
one side, a saying against a deed, a plan, a state going on, another occurrence,
two other hours) parts them here too, and a pair is shown only when the date (time)
judge agrees: it never makes a discrepancy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.blocking import cross_source_pairs
from compare.align.same_days import (
    SCORE,
    content_stems,
    dateless_content,
    dates_an_event,
    day_key,
    judged_alike,
    parted,
    tie,
)
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.extract.claims import Claim


def tied_day_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of dates (or times) of one value among `claims` (those nothing paired
    yet), told in more than one sentence of an article, each the only telling of
    that value in its article whose sentence is tied to the other's."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(claims)
    # each article's tellings of a value, one per sentence, paired already or not
    told: dict[tuple[str, str], dict[int, Claim]] = defaultdict(dict)
    for claim in every:
        key = day_key(claim)
        if key is not None:
            told[(claim.source, key)].setdefault(claim.sentence_start, claim)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        key = day_key(claim)
        if key is not None and dates_an_event(claim):
            postings[key].append(i)
    pairs = []
    for key, members in postings.items():
        for i, j in cross_source_pairs((members,), lambda k: claims[k].source):
            a, b = claims[i], claims[j]
            told_a, told_b = told[(a.source, key)], told[(b.source, key)]
            if len(told_a) == 1 and len(told_b) == 1:
                continue  # a day told once in each article: same_days' and lone days' own
            if type(a) is not type(b) or parted(a, b, sentences) or not judged_alike(a, b):
                continue
            wa, wb = dateless_content(a, sentences), dateless_content(b, sentences)
            if tie(wa, wb, True) is None:
                continue
            if _another_tied(a, told_a, wb, sentences) or _another_tied(b, told_b, wa, sentences):
                continue  # which telling is the other's?
            sa, sb = content_stems(wa), content_stems(wb)
            common = len(sa & sb) / max(1, len(sa | sb))
            pairs.append((SCORE + 0.1 * common, i, j))
    return pairs


def _another_tied(
    own: Claim, told: dict[int, Claim], other: set[str], sentences: SentenceClaims
) -> bool:
    """Is another sentence of the article telling that value tied to the other's words?"""
    return any(
        start != own.sentence_start and tie(dateless_content(claim, sentences), other, True)
        for start, claim in told.items()
    )


__all__ = ["tied_day_pairs"]
