"""What two aligned statements' frames say against each other.

The statement judge (compare.align.statement_judge) asks these once the frames
tie both sentences to one predicate: the same predicate denied on one side only
(negation), opposite predicates or opposite states after a linking verb
(opposite), resolved dates or clock times of one predicate that differ (date,
time), and one deed with one object credited to two named subjects (actor).
"""

from __future__ import annotations

import attrs

from compare.align.antonyms import opposite
from compare.align.by_agents import named_in_other
from compare.align.claimed_deeds import one_claim
from compare.align.frames import compare_frames, confident, same_date, same_predicate
from compare.align.model import Conflict, Severity
from compare.align.opposites import are_opposites, lemmas
from compare.align.sentence_claims import SentenceClaims
from compare.align.verb_kinds import predicate_lemma
from compare.align.when_where import bound_words, is_stamp_span
from compare.align.word_contradictions import Finding
from compare.align.words import words
from compare.extract import Claim
from compare.extract.claims import Date, Frame, Place, Span, Time


def _when_or_where(span: Span, statement: Claim, sentences: SentenceClaims) -> bool:
    """Does the span overlap a date, time or place the sentence states?"""
    return any(
        isinstance(c, (Date, Time, Place)) and c.start < span.end and span.start < c.end
        for c in sentences.of(statement)
    )


def actor_finding(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The same predicate, polarity and object, told of two named subjects (a "he"
    or "she" read as the person it stands for, extract.doers)."""
    fa, fb = _as_named(a.frame), _as_named(b.frame)
    if fa is None or fb is None:
        return None
    if not (fa.lemma and fb.lemma and fa.actor and fb.actor and fa.thing and fb.thing):
        return None
    if _when_or_where(fa.actor, a, sentences) or _when_or_where(fb.actor, b, sentences):
        return None  # a misread subject: "patrolling the Gulf of Aden on Thursday"
    if one_claim(fa, fb):
        # "claimed" / "took responsibility": one deed, and one owner of it
        return Finding(Conflict.ACTOR, fa.actor.text, fb.actor.text, Severity.CONFLICT)
    if fa.negated != fb.negated or not same_predicate(fa.lemma, fb.lemma):
        return None
    if not confident(fa.lemma) or words(fa.thing.text) != words(fb.thing.text):
        return None  # "scored 11 goals" / "scored two goals" need not be one fact
    if named_in_other(fa.actor.text, b.sentence) or named_in_other(fb.actor.text, a.sentence):
        return None  # "by coach Tony Ruiz" / "by Vice President and Coach Tony Ruiz"
    return Finding(Conflict.ACTOR, fa.actor.text, fb.actor.text, Severity.CONFLICT)


def _as_named(frame: Frame | None) -> Frame | None:
    """The frame with the person its pronoun actor stands for as the actor."""
    if frame is None or frame.doer is None:
        return frame
    return attrs.evolve(frame, actor=frame.doer)


def doer(frame: Frame) -> Span | None:
    """Who does the deed: the person a "he" or "she" stands for, else the actor."""
    return frame.doer or frame.actor


def frame_finding(a: Claim, b: Claim) -> Finding | None:
    fa, fb = a.frame, b.frame
    assert fa is not None and fb is not None
    # The matcher holds the sentences for one statement; an extracted thing or a
    # described actor that differs is more often a misread clause than another fact.
    core = compare_frames(_core(fa), _core(fb), when=False)
    if core.conflict == Conflict.NEGATION:
        return Finding(Conflict.NEGATION, predicate_text(fa), predicate_text(fb))
    # "turned down the offer": the phrasal verb (turn_down) is what is opposed
    lemma_a, lemma_b = predicate_lemma(a) or fa.lemma, predicate_lemma(b) or fb.lemma
    if lemma_a and lemma_b and fa.negated == fb.negated and opposed(lemma_a, lemma_b):
        if _states_both(a, lemma_b) or _states_both(b, lemma_a):
            return None  # "fell while climbing" / "was climbing": both acts, told in one
        return Finding(Conflict.OPPOSITE, predicate_text(fa), predicate_text(fb))
    state_a, state_b = _state(fa) or fa.lemma, _state(fb) or fb.lemma
    linked = _state(fa) is not None or _state(fb) is not None
    if linked and state_a and state_b and fa.negated == fb.negated and opposed(state_a, state_b):
        # "would stay open" / "will close": the state a linking verb states
        return Finding(Conflict.OPPOSITE, _stated(fa), _stated(fb))
    if not (fa.lemma and fb.lemma and confident(fa.lemma) and same_predicate(fa.lemma, fb.lemma)):
        return None  # the day or time of another predicate may be another event's
    if _stamped(fa.date, a) or _stamped(fb.date, b):
        return None  # a page's time stamp dates the page, not the event
    if fa.date_value and fb.date_value and not same_date(fa.date_value, fb.date_value):
        found = Finding(Conflict.DATE, _said(fa.date, fa.date_value), _said(fb.date, fb.date_value))
        if _bound(fa.date) != _bound(fb.date):
            # "stayed closed on Tuesday" / "will stay closed until March 12": a day the
            # state held on against the bound it holds to, neither a clash nor a ✓
            return attrs.evolve(found, unpaired=True)
        return found
    if fa.time_value and fb.time_value and fa.time_value != fb.time_value:
        return Finding(Conflict.TIME, _said(fa.time, fa.time_value), _said(fb.time, fb.time_value))
    return None


def _bound(date: Span | None) -> bool:
    return date is not None and bound_words(date.text)


def opposed(a: str, b: str) -> bool:
    """Opposite predicates by either table: WordNet's antonyms with the verbs that
    stand for them (antonyms.py), or the news verbs and WordNet's direct antonyms
    that the number and frame matchers read (opposites.py: "welcomed" / "condemned").
    The frames have tied both to one actor and one thing, so the wider reading is
    safe here; each table alone left the other's opposites behind a ✓."""
    return opposite(a, b) or are_opposites(a, b)


def _states_both(claim: Claim, lemma: str) -> bool:
    """Does the statement also state the other side's predicate (any form)?"""
    return any(lemma in lemmas(w) for w in words(claim.text))


# Verbs that link a subject to the state an adjective after them names.
_LINKING = frozenset("be stay remain become keep".split())


def _state(frame: Frame) -> str | None:
    """The one-word state a linking verb states ("stay open": open); else None."""
    if frame.lemma not in _LINKING or frame.thing is None:
        return None
    said = words(frame.thing.text)
    return said[0] if len(said) == 1 else None


def _stated(frame: Frame) -> str:
    state = frame.thing.text if _state(frame) and frame.thing is not None else ""
    return f"{predicate_text(frame)} {state}".strip()


def _stamped(span: Span | None, statement: Claim) -> bool:
    return span is not None and is_stamp_span(span, statement)


def _said(span: Span | None, value: str) -> str:
    """The qualifier as written ("on Monday"), else its resolved value."""
    return span.text if span is not None else value


def _core(frame: Frame) -> Frame:
    """The predicate and polarity only."""
    return Frame(predicate=frame.predicate, lemma=frame.lemma, negated=frame.negated)


def predicate_text(frame: Frame) -> str:
    text = frame.predicate.text if frame.predicate is not None else frame.lemma or ""
    return f"not {text}" if frame.negated and "not" not in text.split() else text
