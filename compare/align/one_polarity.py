"""Two statements telling one deed of one party, one of them denying it.

"The deputy mayor, Ilse Marten, did not vote on the budget" / "The deputy mayor,
Ilse Marten, voted in favour": the word model scores such sentences low (each tells the
deed with its own words around it), and the grouping may give each sentence
another partner, so the judge never sees the denial. This matcher pairs two
statements of two articles when their frames tell one event (one confident
predicate lemma, or synonyms), one side denies it and the other does not, and the
frames share a party: both state the actor and it is one (a name or one head
noun), with no two things named apart, or both state the thing and it is one, with
no two doers named apart.

Real articles tell many deeds of one party, some denied ("police did not release
his name" beside "police released a photo"), so each side must be its article's
only telling of that predicate of that party with its polarity turned round, or
told by its opposite ("was fired" beside "was hired"): an article that tells the
deed both ways itself tells two facts, not one. Neither side may tell the deed as
a condition ("would be required") the other states as a fact, nor as what others
claim ("allegations that", "some said"). Opposite predicates of one party are not
paired: on real articles they were successive events (hired, then fired) or other
senses ("fell to 36-3" / "rose to his feet"). Where the frames leave the party
unread, two nouns or names around both predicates tie them. The judge still says
what the pair is; the pair is kept only when it finds a negation it could check,
and stands apart from the groups (shown only when it differs).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from compare.align.antonyms import meant_lemmas, opposite, opposite_pairs
from compare.align.blocking import cross_source_pairs
from compare.align.frames import (
    confident,
    head,
    is_name,
    same_actor,
    same_head,
    same_predicate,
    two_names,
)
from compare.align.model import Conflict
from compare.align.opposites import is_converse
from compare.align.polarity_apart import complement_denied
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.word_contradictions import word_root
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Claim
from compare.extract.claims import Frame, Span, Statement
from compare.extract.lemmas import classes

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
            for key in _opposite_keys(frame.lemma.lower()):
                buckets[key].append(i)
    found = []
    for i, j in cross_source_pairs(buckets.values(), lambda k: statements[k].source):
        a, b = statements[i], statements[j]
        fa, fb = a.frame, b.frame
        assert fa is not None and fb is not None and fa.lemma and fb.lemma
        if _turned(fa.lemma.lower(), fb.lemma.lower()):
            # Opposite predicates of one party ("was fired" / "has been hired", "fell"
            # / "rose to his feet") were, on real articles, successive events or other
            # senses: they only keep an article that tells both from pairing (_sole).
            continue
        if _denied(a) == _denied(b) or not same_predicate(fa.lemma, fb.lemma):
            continue
        if not (_one_party(fa, fb) or _clause_tie(a, b)):
            continue
        if _modal(fa) != _modal(fb) or _reported(a) or _reported(b):
            continue
        if _of_everyone(fa) or _of_everyone(fb):
            continue
        if not (_sole(a, statements, buckets) and _sole(b, statements, buckets)):
            continue
        finding = compare_pair(a, b, sentences)
        if finding is not None and not finding.unpaired and finding.conflict == Conflict.NEGATION:
            found.append((SCORE, i, j))
    return found


def _opposite_keys(lemma: str) -> list[str]:
    """A bucket for each pair of opposites the lemma is one of ("approve|reject")."""
    return ["|".join(sorted((x, y))) for x in meant_lemmas(lemma) for y in _opposites().get(x, ())]


@cache
def _opposites() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = defaultdict(set)
    for x, y in opposite_pairs():
        table[x].add(y)
    return {x: frozenset(ys) for x, ys in table.items()}


def _turned(x: str, y: str) -> bool:
    """Two opposite predicates, not converses ("won" / "lost" tell one game)."""
    return x != y and opposite(x, y) and not is_converse(x, y)


def _denied(statement: Claim) -> bool:
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


def _clause_tie(a: Statement, b: Statement) -> bool:
    """Where the frames leave a party unread ("The deputy mayor for housing, Ilse
    Marten, did not vote"), the words around each predicate: two nouns or names both tell
    there, its subject's or its object's, neither being the predicate's own word; and
    no actor or thing both frames state and name apart."""
    fa, fb = a.frame, b.frame
    assert fa is not None and fb is not None
    xa, xb = _actor(fa), _actor(fb)
    if xa is not None and xb is not None and not same_actor(xa, xb):
        return False  # "The regulations do not require" / "The act requires"
    if fa.thing is not None and fb.thing is not None and not same_head(fa.thing, fb.thing):
        return False
    shared = _around(a) & _around(b)
    return len(shared) >= _SHARED


_SHARED = 2
_BEFORE, _AFTER = 8, 6  # words of the predicate's clause on either side


def _around(statement: Statement) -> frozenset[str]:
    frame = statement.frame
    assert frame is not None
    if frame.predicate is None or frame.lemma is None:
        return frozenset()
    start = frame.predicate.start - statement.sentence_start
    end = frame.predicate.end - statement.sentence_start
    before = re.split(r"[;:]", statement.sentence[: max(0, start)])[-1]
    after = re.split(r"[,;:]", statement.sentence[max(0, end) :])[0]
    said = words(before)[-_BEFORE:] + words(after)[:_AFTER]
    own = stem(frame.lemma.lower())
    return frozenset(
        stem(w)
        for w in said
        if w not in STOPWORDS and not w[0].isdigit() and stem(w) != own and _noun(w)
    )


def _noun(word: str) -> bool:
    found = classes(word)
    return "noun" in found or not found  # a name WordNet does not know


def _of_everyone(frame: Frame) -> bool:
    """A denial of everyone ("No woman had won"), which tells what the other side
    tells of one party in its own way ("the first woman to win")."""
    actor = frame.actor.text.lower().split() if frame.actor is not None else []
    return actor[:1] in (["no"], ["none"], ["nobody"], ["nothing"], ["neither"])


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


def _reported(statement: Claim) -> bool:
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
    lemma = frame.lemma.lower()
    denied = _denied(statement)
    for key in (word_root(lemma), *_opposite_keys(lemma)):
        for k in buckets.get(key, ()):  # no key added while the pairs are read
            other = statements[k]
            if other is statement or other.source != statement.source:
                continue
            assert other.frame is not None and other.frame.lemma is not None
            turned = _turned(lemma, other.frame.lemma.lower())
            if (turned or _denied(other) != denied) and _one_party(frame, other.frame):
                return False  # the article tells the deed both ways itself
    return True


def one_thing_turned(a: Claim, b: Claim) -> bool:
    """Do two statements move one thing opposite ways, with doers each outlet words
    its own way ("The merger enlarges the district" / "The redrawing shrinks the
    district")? Both state the thing, and it is one; both state a doer, and neither
    is a name of another party; the predicates are opposites, not converses, both
    plain (neither denied, a condition or what others claim)."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not fa.lemma or not fb.lemma:
        return False
    if not (confident(fa.lemma) and confident(fb.lemma)):
        return False
    if not _turned(fa.lemma.lower(), fb.lemma.lower()) or _denied(a) or _denied(b):
        return False
    if not (_stated(fa.thing) and _stated(fb.thing) and same_head(fa.thing, fb.thing)):
        return False
    xa, xb = _actor(fa), _actor(fb)
    if not (_stated(xa) and _stated(xb)) or two_names(xa, xb):
        return False
    assert xa is not None and xb is not None
    if is_name(xa.text) or is_name(xb.text):
        return False  # a named party against a described one may be another party
    return not (_modal(fa) or _modal(fb) or _reported(a) or _reported(b))
