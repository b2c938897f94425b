"""Whether aligned statements agree, and when they do not, how they differ.

No offline inference model ships in any package this project can use, and
sentence embeddings score contradictions as more alike than paraphrases, so
the verdict comes from rules that can show why. Precision first: a statement
pair differs only on clear evidence, and the evidence is the title.

With frames (claim.frame, when the extractor fills them): the same predicate
lemma negated on one side only (negation); opposite predicate lemmas
(opposite); resolved dates or times that differ (date, time).

Without frames, from the words (word_contradictions.py): a shared word negated
in one sentence only, a word replaced by its opposite.

Then the figures, tallies, dates, times and places both sentences state
(sentence_facts.py, with the claims `align` indexes by sentence), and the
actor: the same predicate and object with two named subjects.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.antonyms import opposite
from compare.align.frames import (
    compare_frames,
    confident,
    same_actor,
    same_head,
    same_predicate,
    two_names,
)
from compare.align.model import Conflict, Difference, Judgement, Severity, Verdict
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.sentence_facts import clash
from compare.align.settings import Options
from compare.align.word_contradictions import Finding, by_clauses, by_words
from compare.align.words import word_diff, words
from compare.extract import Claim
from compare.extract.claims import Date, Frame, Place, Span, Time


def judge_statements(members: Sequence[Claim], options: Options | None = None) -> Judgement:
    """Agree unless a member clearly contradicts the reference (members[0])."""
    return judge_statements_in_context(members, options or Options(), NO_SENTENCES)


def judge_statements_in_context(
    members: Sequence[Claim], options: Options, sentences: SentenceClaims
) -> Judgement:
    """The statement judge with each sentence's other claims at hand: a pair agrees
    only when the figures, tallies, dates, times and places both state agree too."""
    reference = members[0]
    differences = []
    first: Finding | None = None
    for other in members[1:]:
        finding = compare_pair(reference, other, sentences)
        if finding is None:
            continue
        first = first or finding
        differences.append(
            Difference(
                "text",
                finding.conflict.value,
                reference.source,
                other.source,
                finding.a,
                finding.b,
                word_diff(reference.text, other.text),
            )
        )
    if first is None:
        return Judgement(verdict=Verdict.AGREE)
    return Judgement(
        verdict=Verdict.DIFFER,
        differences=tuple(differences),
        conflict=first.conflict,
        severity=first.severity or _severity(first.conflict),
        title=first.title,
    )


def _severity(conflict: Conflict) -> Severity:
    return Severity.VARIANT if conflict in _VARIANT_ONLY else Severity.CONFLICT


def compare_pair(a: Claim, b: Claim, sentences: SentenceClaims = NO_SENTENCES) -> Finding | None:
    """The clearest contradiction between two statements, or None."""
    if a.frame is not None and b.frame is not None:
        if two_names(a.frame.actor, b.frame.actor):
            # "the Jets won" / "the Dolphins lost": two subjects, so neither an
            # opposite nor a negation between them contradicts; the same predicate
            # and object with another subject does ("Ribeiro scored the second goal"
            # / "Asante scored the second goal").
            return _actor(a, b, sentences) or _stated_facts(a, b, sentences)
        if _two_facts(a.frame, b.frame):
            # A negation or an opposite contradicts only when said of one actor and
            # one thing: "Ross wasn't signed" / "the stars are signed", "has not
            # helmed a teen film" / "helmed The Golden Compass" were two facts. The
            # main clauses may be about other things than the fact both state in a
            # clause of their own, which by_clauses compares.
            return _stated_facts(a, b, sentences) or by_clauses(a.text, b.text)
        framed = _by_frames(a, b)
        if framed is not None:
            return framed
    # With each sentence's claims at hand, figures and days are compared as claims
    # (sentence_facts: units, parts of a whole, one predicate); the word diff's
    # cruder figure and weekday rules stand in only without them (`check`).
    known = bool(sentences.of(a) or sentences.of(b))
    return (
        by_words(a.text, b.text, facts=not known)
        or _stated_facts(a, b, sentences)
        or by_clauses(a.text, b.text)
    )


def _two_facts(fa: Frame, fb: Frame) -> bool:
    """Both frames state an actor, or a thing, and they differ."""
    return not (same_actor(fa.actor, fb.actor) and same_head(fa.thing, fb.thing))


def _stated_facts(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """A figure, tally, date, time or place both sentences state, given differently."""
    found = clash(a, _inside(a, sentences), b, _inside(b, sentences))
    if found is None:
        return None
    return Finding(found.conflict, found.a, found.b + found.note, found.severity)


def _inside(statement: Claim, sentences: SentenceClaims) -> list[Claim]:
    """The other claims within the statement's words."""
    return [
        c
        for c in sentences.of(statement)
        if c is not statement and statement.start <= c.start and c.end <= statement.end
    ]


def _when_or_where(span: Span, statement: Claim, sentences: SentenceClaims) -> bool:
    """Does the span overlap a date, time or place the sentence states?"""
    return any(
        isinstance(c, (Date, Time, Place)) and c.start < span.end and span.start < c.end
        for c in sentences.of(statement)
    )


def _actor(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The same predicate, polarity and object, told of two named subjects."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return None
    if not (fa.lemma and fb.lemma and fa.actor and fb.actor and fa.thing and fb.thing):
        return None
    if _when_or_where(fa.actor, a, sentences) or _when_or_where(fb.actor, b, sentences):
        return None  # a misread subject: "patrolling the Gulf of Aden on Thursday"
    if fa.negated != fb.negated or not same_predicate(fa.lemma, fb.lemma):
        return None
    if not confident(fa.lemma) or words(fa.thing.text) != words(fb.thing.text):
        return None  # "scored 11 goals" / "scored two goals" need not be one fact
    return Finding(Conflict.ACTOR, fa.actor.text, fb.actor.text, Severity.CONFLICT)


def _by_frames(a: Claim, b: Claim) -> Finding | None:
    fa, fb = a.frame, b.frame
    assert fa is not None and fb is not None
    # The matcher holds the sentences for one statement; an extracted thing or a
    # described actor that differs is more often a misread clause than another fact.
    core = compare_frames(_core(fa), _core(fb), when=False)
    if core.conflict == Conflict.NEGATION:
        return Finding(Conflict.NEGATION, _predicate(fa), _predicate(fb))
    if fa.lemma and fb.lemma and fa.negated == fb.negated and opposite(fa.lemma, fb.lemma):
        return Finding(Conflict.OPPOSITE, _predicate(fa), _predicate(fb))
    if not (fa.lemma and fb.lemma and confident(fa.lemma) and same_predicate(fa.lemma, fb.lemma)):
        return None  # the day or time of another predicate may be another event's
    if fa.date_value and fb.date_value and not _compatible_dates(fa.date_value, fb.date_value):
        return Finding(Conflict.DATE, _said(fa.date, fa.date_value), _said(fb.date, fb.date_value))
    if fa.time_value and fb.time_value and fa.time_value != fb.time_value:
        return Finding(Conflict.TIME, _said(fa.time, fa.time_value), _said(fb.time, fb.time_value))
    return None


def _said(span: Span | None, value: str) -> str:
    """The qualifier as written ("on Monday"), else its resolved value."""
    return span.text if span is not None else value


def _compatible_dates(a: str, b: str) -> bool:
    """ "2013-06" holds "2013-06-08": a coarser date is no clash."""
    return a.startswith(b) or b.startswith(a)


# Read on 44 real events, every negation, opposite, date and time the judge found
# between two matched statements was a false conflict (successive events, a dateline,
# the same fact in other words): until the frames tell them apart, such a difference is
# shown as a variant — never a conflict, and never hidden behind a ✓. Figures stay
# conflicts (half of those read were real).
_VARIANT_ONLY = frozenset({Conflict.DATE, Conflict.TIME, Conflict.NEGATION, Conflict.OPPOSITE})


def _core(frame: Frame) -> Frame:
    """The predicate and polarity only."""
    return Frame(predicate=frame.predicate, lemma=frame.lemma, negated=frame.negated)


def _predicate(frame: Frame) -> str:
    text = frame.predicate.text if frame.predicate is not None else frame.lemma or ""
    return f"not {text}" if frame.negated and "not" not in text.split() else text
