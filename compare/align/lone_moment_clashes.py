"""Two aligned sentences that each tell one day, and tell it apart.

The statement judge (sentence_days_places) checks the days of two aligned sentences
only for predicates it reads as one: "The collapse occurred on Saturday" / "The roof
gave way on Sunday" name one event in other words, and were left unpaired, since on
real events such sentences were as a rule about two moments ("coping on Saturday" /
"gunned down on Friday"). Those two moments were told apart by what the day rules
read (closest_day_clashes, same_event_days): a day of a saying ("investigators said
on Friday"), a dateline, a bound ("under water by Tuesday"), a plan beside a deed,
a sentence relating two moments, another doer, two places, a beginning and an end.

Here the pair the statement matchers hold for one fact is read by those same rules.
When each sentence tells one day, both date an event in their own words (no
quotation, dateline or page stamp), their values are told at one precision and read
as two (a weekday against a month's day only when the calendar puts that day on
another weekday), and nothing parts the two moments, the day is a discrepancy of the
one fact: shown as a variant ("may be two facts" where the two
sentences share less than most of their words, as sentence_facts.clash marks it),
never as an agreement.

Clock times are not read so (the function would take them): on the read sets an
aligned pair shown for its differing time took, one to one, the sentence another
pair needed for an agreement ("The vote came shortly before 11 p.m." / "The final
vote was taken just after 9:30 p.m., following a hearing at which sixty speakers
..."), while the time itself was already a conflict of the time matchers.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.closest_day_clashes import (
    MIN_SHARED,
    agree_loosely,
    dated_event,
    lower_case_stems,
    one_precision,
    two_moments,
)
from compare.align.event_times import decided, event_parted
from compare.align.fact_clash import FactClash
from compare.align.model import Severity
from compare.align.same_days import content_stems, dateless_content, parted
from compare.align.same_event_days import parts_apart, told_apart
from compare.align.sentence_claims import SentenceClaims
from compare.extract.claims import Claim


def lone_moments_apart(
    found: FactClash | None,
    told_a: Sequence[Claim],
    told_b: Sequence[Claim],
    claims_a: Sequence[Claim],
    claims_b: Sequence[Claim],
) -> FactClash | None:
    """The judge's unpaired clash `found` (two sentences' days of predicates not read
    as one) shown, when each side tells one moment (`told_a`, `told_b`: the days
    each states) and nothing parts the two; else `found`."""
    if found is None or not found.unpaired or len(told_a) != 1 or len(told_b) != 1:
        return found
    x, y = told_a[0], told_b[0]
    sentences = SentenceClaims.index([*claims_a, *claims_b])
    if not (dated_event(x, sentences) and dated_event(y, sentences)):
        return found
    if not one_precision(x, y) or not decided(x, y) or agree_loosely(x, y):
        return found
    if not told_apart(x, y):
        return found
    if parted(x, y, sentences) or two_moments(x, y, sentences):
        return found
    if event_parted(x, y, parts_apart=parts_apart):
        return found
    if _closest_day_words(x, y, sentences):
        return found  # the closest day clashes show the two days themselves
    return FactClash(found.conflict, found.a, found.b, Severity.VARIANT)


def _closest_day_words(x: Claim, y: Claim, sentences: SentenceClaims) -> bool:
    """Do the two sentences share the words the closest day clashes ask (MIN_SHARED
    content words, one in lower case)? Those pair the two days as dates, when each
    sentence is the other's closest, and a statement shown as well would tell one
    discrepancy twice ("The bridge collapse happened on Thursday in the old harbour
    district" / "The old harbour bridge gave way on Friday in the harbour district")."""
    common = content_stems(dateless_content(x, sentences)) & content_stems(
        dateless_content(y, sentences)
    )
    return len(common) >= MIN_SHARED and bool(common & lower_case_stems(x) & lower_case_stems(y))
