"""Two articles' only moments of one deed told in two words: one fact, two values.

The lead matchers (lead_times.py) set each article's first dated happening in its
lead against the other's. A story tells more than its first happening, and two
outlets tell a later one in their own words too: "The tram left the rails at about
5.40pm" / "it derailed shortly after 6.15pm", "The vessel struck the reef at
9.40pm" / "The boat went aground at 23:15" told further down. Here a day (or a
clock time) of a happening anywhere in one article meets one of the other's when
their clauses name one deed (one_deeds.py: one lemma, a synonym, a derivation, one
a kind of the other through WordNet, a noun of an act read through its verb), and
neither article dates that deed at another value: each is its article's only
moment of the deed. What parts two moments for the lead matchers parts them here
(a negation, a plan, a schedule, a state going on, two ends, another occurrence,
another doer or thing), and so does what parts the closest dated sentences
(same_days' `parted`, closest_day_clashes' `two_moments`: a saying's day, two places,
two instalments, a sentence relating two moments).

A CrossKindSpec with `differs`: it runs after the lead matchers, on claims nothing
paired, and is shown only when the judge finds the two differ; it never makes an
agreement.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.closest_day_clashes import agree_loosely, two_moments
from compare.align.event_times import decided
from compare.align.lead_times import lead_days_apart, lead_event_day, lead_event_time, moments_apart
from compare.align.one_deeds import one_deed
from compare.align.same_days import dates_a_saying, days_apart
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.extract.claims import Claim, Date, Time

SCORE = 0.2  # under the lead matchers' pairs: a lead's first moment is paired first


def deed_moment_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of days or clock times among `claims` (those nothing
    paired) dating one deed told in two words, each its article's only moment of
    that deed, values the judges read as two, that nothing parts."""
    every = sentences.claims() or list(claims)
    free = {id(c): i for i, c in enumerate(claims)}
    told = [c for c in claims if _dates_happening(c, sentences)]
    pairs = []
    for x, a in enumerate(told):
        for b in told[x + 1 :]:
            if b.source == a.source or type(a) is not type(b):
                continue
            # the cheap readings first: one_deed reads WordNet and every claim
            if _apart(a, b, sentences) or moments_apart(a, b, deed=True):
                continue
            if not one_deed(a, b, every):
                continue
            if _parted(a, b, sentences) or two_moments(a, b, sentences):
                continue
            i, j = sorted((free[id(a)], free[id(b)]))
            pairs.append((SCORE, i, j))
    return pairs


def _parted(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """What same_days' `parted` would say of two times beyond `moments_apart` (whose
    occurrence words are read as the lead matchers read them: "first" on one side
    only, "later than expected", are no other occurrence): a saying's moment, two
    hours of two days. Two days have passed `parted` itself in `_apart`."""
    if not isinstance(a, Time):
        return False
    if dates_a_saying(a) != dates_a_saying(b):
        return True  # "officials said at 5pm" dates the saying, not the deed
    return days_apart(a, b, sentences)  # "at 5am on Tuesday" / "at 5am on Monday"


def _dates_happening(claim: Claim, sentences: SentenceClaims) -> bool:
    if isinstance(claim, Time):
        return lead_event_time(claim, sentences)
    return isinstance(claim, Date) and lead_event_day(claim, sentences)


def _apart(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Values the judge would not read as two (two times told loosely, two days not of
    one precision, more than a week apart)."""
    if isinstance(a, Time):
        return not decided(a, b) or agree_loosely(a, b)
    return lead_days_apart(a, b, sentences)
