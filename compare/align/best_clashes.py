"""Mutual-best statement pairs (mutual_best.py) in which the statement judge sees a
clash of polarity: one side denies, or turns round, what the other states
("visitors were evacuated" / "visitors were not evacuated", "backed the
compromise" / "opposed the compromise"). Shown as that discrepancy, never as an
agreement.

Only a clash of polarity is shown. It is read from the two predicates themselves,
governed by one actor and one thing (the judge's own checks); a figure, day, time
or place that differs is not: two different facts of one story ("a profit of $940
million" / "$150 million put aside", "last closed a school in 2011" / "will shut in
June 2028") are often each other's closest too, and on the read sets and a
validation set such clashes of mutual-best pairs were two facts as often as one,
even when both clauses shared their predicate. A clash the judge leaves unchecked,
or gives as a variant that "may be two facts", is not shown either. The pair
stands apart from the groups (MatcherSpec.apart) and scores under every grouping
pair (BEST_CLASH_SCORE), so it is shown only when the judge finds that it differs,
and it takes no sentence from another matcher's pair.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.frame_findings import opposed
from compare.align.frames import confident, head, same_actor, same_head
from compare.align.model import Conflict, Severity
from compare.align.mutual_best import mutual_best
from compare.align.proposed_things import one_proposal
from compare.align.referents import renamed
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.statement_judge import compare_pair
from compare.align.synonyms import are_synonyms
from compare.extract import Claim
from compare.extract.claims import Frame, Span
from compare.ingest import HEADLINE

# Under wide_statements' pairs (loose_statements.WIDE_SCORE, 0.15): it joins no group.
BEST_CLASH_SCORE = 0.1
# The clashes shown: read from the predicates, of one actor and one thing.
_POLARITY = frozenset({Conflict.NEGATION, Conflict.OPPOSITE})


def best_clash_pairs(
    statements: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """The mutual-best pairs (i < j) in which the judge sees a clash of polarity."""
    if options is not None and not options.one_to_one:
        return []
    found = []
    for cos, i, j in mutual_best(statements):
        a, b = statements[i], statements[j]
        if HEADLINE in (a.block, b.block):
            continue  # a headline names the story, not one fact of it
        if not (frames_turned(a.frame, b.frame) or proposal_turned(a, b)):
            continue  # the cheap test first: few pairs pass it
        finding = compare_pair(a, b, sentences)
        if finding is None or finding.unpaired or finding.severity == Severity.VARIANT:
            continue  # unchecked, or a variant the judge itself says may be two facts
        if finding.conflict not in _POLARITY:
            continue  # a figure, day, time or place: as often two facts as one
        found.append((BEST_CLASH_SCORE * min(cos, 1.0), i, j))
    return found


def frames_turned(fa: Frame | None, fb: Frame | None) -> bool:
    """The two main clauses say one thing of one actor, turned round: one predicate
    (the same lemma, no light verb) denied on one side only, or two opposite
    predicates; with the actor or the thing named on both sides by one noun (a
    pronoun names nothing to compare), and neither stated differently."""
    if fa is None or fb is None or not _predicates_turned(fa, fb):
        return False
    denied = fa.negated != fb.negated
    if denied and same_actor(fa.actor, fb.actor) and renamed(fa.thing, fb.thing):
        # one verb denied of what each outlet calls by its own bare noun ("the
        # motorway had been gritted" / "the stretch had not been gritted"), as the
        # judge reads it (statement_judge._two_facts)
        return True
    if not (same_actor(fa.actor, fb.actor) and same_head(fa.thing, fb.thing)):
        return False  # said of two actors or two things
    return _one_noun(fa.actor, fb.actor) or _one_noun(fa.thing, fb.thing)


def _predicates_turned(fa: Frame, fb: Frame) -> bool:
    """One predicate (the same lemma, no light verb) denied on one side only, or two
    opposite predicates."""
    if not (fa.lemma and fb.lemma and confident(fa.lemma) and confident(fb.lemma)):
        return False
    if fa.negated != fb.negated:
        return fa.lemma == fb.lemma
    return opposed(fa.lemma, fb.lemma)


def proposal_turned(a: Claim, b: Claim) -> bool:
    """The main clauses turn round one stance of one actor towards one proposed act,
    told through a noun of proposing ("supported the decision to cull" / "opposed the
    cull": proposed_things.py)."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not _predicates_turned(fa, fb):
        return False
    return one_proposal(a, b)


def _one_noun(a: Span | None, b: Span | None) -> bool:
    """Both sides name it, by one head noun or a synonym of it."""
    ha, hb = head(a), head(b)
    return ha is not None and hb is not None and (ha == hb or are_synonyms(ha, hb))
