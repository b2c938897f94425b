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
from compare.align.statement_judge import compare_pair, one_says_none, two_facts
from compare.align.synonyms import are_synonyms
from compare.extract import Claim
from compare.extract.claims import Frame, Span
from compare.extract.wordlists import NUMBER_WORDS
from compare.ingest import HEADLINE

# Under wide_statements' pairs (loose_statements.WIDE_SCORE, 0.15): it joins no group.
BEST_CLASH_SCORE = 0.1
# The clashes shown: read from the predicates, of one actor and one thing.
_POLARITY = frozenset({Conflict.NEGATION, Conflict.OPPOSITE})
# Pronouns that stand for a thing or people named elsewhere.
_PRONOUNS = frozenset("it they them he him she her".split())
# What a denial of every one cannot be checked against: a pronoun, or a bare numeral
# (the frame kept "one" of "one shot").
_STAND_INS = _PRONOUNS | NUMBER_WORDS
# Words after the verb within which an extraposed clause's "that" is looked for.
_EXTRAPOSED_REACH = 5


def best_clash_pairs(
    statements: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
    candidates: Sequence[tuple[float, int, int]] | None = None,
) -> list[tuple[float, int, int]]:
    """The mutual-best pairs (i < j) in which the judge sees a clash of polarity;
    with `candidates` ((likeness, i, j), likeness at most 1), those pairs instead."""
    if options is not None and not options.one_to_one:
        return []
    found = []
    for cos, i, j in mutual_best(statements) if candidates is None else candidates:
        a, b = statements[i], statements[j]
        if HEADLINE in (a.block, b.block):
            continue  # a headline names the story, not one fact of it
        if not (frames_turned(a.frame, b.frame) or proposal_turned(a, b) or denial_tied(a, b)):
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
        # judge reads it (statement_judge.two_facts)
        return True
    if not (same_actor(fa.actor, fb.actor) and same_head(fa.thing, fb.thing)):
        return False  # said of two actors or two things
    return _one_noun(fa.actor, fb.actor) or _one_noun(fa.thing, fb.thing)


def denial_tied(a: Claim, b: Claim) -> bool:
    """One predicate denied on one side only, of what the judge reads as one actor
    and one thing (statement_judge.two_facts), where one slot is named on one side
    only and on the other either stood in for by a pronoun ("They have classified
    it" / "The object has not yet been classified": in the articles' mutually
    closest sentences the pronoun stands for the other's noun), or denied of every
    one by the subject ("No fuel leaked" / "Diesel leaked"). frames_turned asks a
    noun on both sides; these are the two ways English names one thing without it.
    Not an extraposed "it" ("It was determined that ...": no thing at all), nor a
    denial of every one against a numeral ("No shots were fired" / "He fired one":
    the frame lost the noun, so nothing says it is one of them)."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or fa.negated == fb.negated:
        return False
    if not (fa.lemma == fb.lemma and confident(fa.lemma)) or two_facts(fa, fb):
        return False
    for x, y in ((fa.actor, fb.actor), (fa.thing, fb.thing)):
        if x is None or y is None:
            continue
        if one_says_none(x, y):
            # "No fuel" / "Diesel", not "No shots" / "one" or "it"
            if not (_bare(x, _STAND_INS) or _bare(y, _STAND_INS)):
                return True
        elif _bare(x, _PRONOUNS) != _bare(y, _PRONOUNS) and not (
            _extraposed(a, x) or _extraposed(b, y)
        ):
            return True
    return False


def _bare(span: Span, stand_ins: frozenset[str]) -> bool:
    """Is the slot only a word that stands for a noun told elsewhere?"""
    return span.text.strip().lower() in stand_ins


def _extraposed(claim: Claim, span: Span) -> bool:
    """An "it" that only holds the subject's place for a clause after the verb
    ("It was determined that ...", "It is expected to ...")."""
    frame = claim.frame
    if frame is None or frame.predicate is None or span.text.strip().lower() != "it":
        return False
    offset = frame.predicate.end - claim.sentence_start
    after = claim.sentence[offset:].split()[:_EXTRAPOSED_REACH]
    if after and after[0].lower() == "to":
        return True  # "It is expected to ..."
    # "It was determined (by the inspectors) that ...", the clause not ended before it
    for word in after:
        if word.lower() == "that":
            return True
        if word[-1] in ",;:.":
            return False
    return False


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
