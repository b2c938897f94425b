"""Two statements telling one deed of one party, one of them denying it.

"The alderman, Sofie Lannoo, did not vote on the measure" / "The alderman, Sofie
Lannoo, voted in favour": the word model scores such sentences low (each tells the
deed with its own words around it), and the grouping may give each sentence
another partner, so the judge never sees the denial. This matcher pairs two
statements of two articles when their frames tell one event (one confident
predicate lemma, or synonyms), one side denies it and the other does not, and the
frames share a party: both state the actor and it is one (a name or one head
noun), with no two things named apart, or both state the thing and it is one, with
no two doers named apart.

Real articles tell many deeds of one party, some denied ("police did not release
his name" beside "police released a photo"), so each side must be its article's
only telling of that predicate of that party with its polarity: an article that
tells the deed both ways itself tells two facts, not one. The judge still says
what the pair is; the pair is kept only when it finds a negation it could check,
and stands apart from the groups (shown only when it differs).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from compare.align.blocking import cross_source_pairs
from compare.align.frames import confident, head, same_actor, same_head, two_names
from compare.align.model import Conflict
from compare.align.polarity_apart import complement_denied
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.word_contradictions import word_root
from compare.extract.claims import Frame, Span, Statement

SCORE = 0.5
_PRONOUNS = frozenset("it he she they we i you this that these those there who which".split())


def one_polarity_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements of two sources, one denying the deed the other tells of
    one party; kept when the judge reads the pair as a negation."""
    from compare.align.statement_judge import compare_pair  # the judge imports matchers

    buckets: dict[str, list[int]] = defaultdict(list)
    for i, statement in enumerate(statements):
        frame = statement.frame
        if frame is not None and frame.lemma and confident(frame.lemma):
            buckets[word_root(frame.lemma.lower())].append(i)
    found = []
    for i, j in cross_source_pairs(buckets.values(), lambda k: statements[k].source):
        a, b = statements[i], statements[j]
        fa, fb = a.frame, b.frame
        assert fa is not None and fb is not None
        if _denied(a) == _denied(b) or not _one_party(fa, fb):
            continue
        if _modal(fa) != _modal(fb) or _reported(a) or _reported(b):
            continue
        if not (_sole(a, statements, buckets) and _sole(b, statements, buckets)):
            continue
        finding = compare_pair(a, b, sentences)
        if finding is not None and not finding.unpaired and finding.conflict == Conflict.NEGATION:
            found.append((SCORE, i, j))
    return found


def _denied(statement: Statement) -> bool:
    frame = statement.frame
    assert frame is not None
    thing = frame.thing.text.lower().split() if frame.thing is not None else []
    return frame.negated or thing[:1] == ["no"] or complement_denied(statement)


def _one_party(fa: Frame, fb: Frame) -> bool:
    """Both frames state one actor, and no two things; or one thing, and no two doers.
    A pronoun stands for its person only where the frame names who it is."""
    xa, xb = _actor(fa), _actor(fb)
    if _stated(xa) and _stated(xb) and same_actor(xa, xb):
        return same_head(fa.thing, fb.thing)
    if _stated(fa.thing) and _stated(fb.thing) and same_head(fa.thing, fb.thing):
        if xa is None or xb is None:
            return True  # "The rooms were not searched" / "Police searched the rooms"
        return _stated(xa) and _stated(xb) and same_actor(xa, xb) and not two_names(xa, xb)
    return False


def _actor(frame: Frame) -> Span | None:
    return frame.doer or frame.actor


def _modal(frame: Frame) -> bool:
    """A predicate told as what would, could or might be ("would be required"): a
    condition or a possibility, not the fact a plain predicate tells."""
    said = frame.predicate.text.lower().split() if frame.predicate is not None else []
    return bool(_MODALS & set(said))


_MODALS = frozenset("would could might may should".split())
# The deed told as what others claim or allege, not as the article's own fact:
# "contest police allegations that Gray pointed a gun", "some said he did not".
_REPORTED = re.compile(
    r"\b(?:allegations?|claims?|accusations?|rumou?rs?|suggestions?|reports?)\s+that\b"
    r"|\b(?:some|others|many)\s+(?:have\s+|had\s+)?(?:said|say|says|claimed|claim)\b",
    re.IGNORECASE,
)


def _reported(statement: Statement) -> bool:
    """Is the predicate told after a claim or allegation others make?"""
    frame = statement.frame
    assert frame is not None
    if frame.predicate is None:
        return False
    before = statement.sentence[: max(0, frame.predicate.start - statement.sentence_start)]
    return _REPORTED.search(before) is not None


def _stated(span: Span | None) -> bool:
    """A part the frame states with a head of its own, not a pronoun or "no one"."""
    if span is None:
        return False
    found = head(span)
    text = span.text.lower().split()
    return found is not None and found not in _PRONOUNS and text[:1] != ["no"]


def _sole(
    statement: Statement, statements: Sequence[Statement], buckets: dict[str, list[int]]
) -> bool:
    """Is the statement its article's only telling, with its polarity turned round, of
    its predicate of one party? An article that tells the deed both ways of the same
    party tells two facts."""
    frame = statement.frame
    assert frame is not None and frame.lemma is not None
    denied = _denied(statement)
    for k in buckets[word_root(frame.lemma.lower())]:
        other = statements[k]
        if other is statement or other.source != statement.source:
            continue
        assert other.frame is not None
        if _denied(other) != denied and _one_party(frame, other.frame):
            return False
    return True
