"""Statements whose frames state one event, for the pairs the word model misses.

The statement matcher (compare.align.statements) scores sentences by the words
they share, so a contradiction written in other words ("was speeding" / "was
not speeding as it approached a curve", "voted on Monday" / "voted on Tuesday"
inside longer sentences) can fall below its threshold. This matcher pairs two
statements when their frames name the same event with positive evidence: one
confidently known predicate (the same lemma, a synonym or its opposite), an
actor or a thing that both state and that agree, no actor or thing that clashes,
and several content words in common besides. The judge then says whether the
pair agrees or differs.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain

from compare.align.actor_names import names
from compare.align.antonyms import opposite
from compare.align.blocking import later_postings
from compare.align.claimed_deeds import claims_responsibility, one_claim
from compare.align.frames import (
    confident,
    head,
    same_actor,
    same_head,
    same_predicate,
    two_names,
)
from compare.align.harm import denied_harm, harm_denied_and_stated, stated_harm
from compare.align.model import Conflict
from compare.align.one_side import one_side
from compare.align.opposites import are_opposites, is_converse
from compare.align.people import same_person
from compare.align.referents import renamed
from compare.align.settings import Options
from compare.align.statement_judge import compare_pair
from compare.align.unchanged import held_against_changed, holds_unchanged
from compare.align.words import STOPWORDS, stem, words
from compare.extract.claims import Frame, Statement

SCORE = 0.55  # below the word model's confident pairs, which go first in grouping
SHARED_WORDS = 3  # content stems two sentences must share besides the predicate's


def frame_statement_pairs(
    statements: Sequence[Statement], options: Options | None = None
) -> list[tuple[float, int, int]]:
    framed: dict[int, Frame] = {
        i: s.frame
        for i, s in enumerate(statements)
        if s.frame is not None and (confident(s.frame.lemma) or holds_unchanged(s.frame))
    }
    content = {i: _content(statements[i].text) for i in framed}
    # Candidates by shared content stems, not every pair of framed statements:
    # stem -> the framed statements using it, in order.
    index: dict[str, list[int]] = defaultdict(list)
    for i in framed:
        for term in content[i]:
            index[term].append(i)
    # what _claimed_twice and held_against_changed read of one frame, once per
    # frame: most pairs sharing a word are neither, and a many-article compare has
    # hundreds of thousands of them
    claims = {i: f.actor is not None and claims_responsibility(f) for i, f in framed.items()}
    holds = {i: holds_unchanged(f) for i, f in framed.items()}
    pairs: list[tuple[int, int]] = []
    for i, frame in framed.items():
        source = statements[i].source
        # the stems each later statement shares with this one, counted one row at a
        # time so memory does not grow with all pairs (postings ascend: the later
        # ones are a slice, counted without a Python loop)
        shared = Counter(chain.from_iterable(later_postings(index[term], i) for term in content[i]))
        for j in sorted(shared):
            if statements[j].source == source:
                continue
            if shared[j] >= SHARED_WORDS and same_event(frame, framed[j]):
                pairs.append((i, j))
            elif (claims[i] and claims[j] and _claimed_twice(frame, framed[j])) or (
                (holds[i] or holds[j]) and held_against_changed(frame, framed[j])
            ):
                pairs.append((i, j))  # the judge finds the actor conflict
            elif _may_turn(frame, framed[j]) and _turned(
                statements[i], statements[j], content[i] & content[j]
            ):
                # also with many words shared: "The label does not carry a boxed
                # warning" / "The drug will carry a boxed warning" (two bare nouns)
                pairs.append((i, j))
    pairs.extend(_harm_pairs(statements))
    return [(SCORE, i, j) for i, j in pairs]


def _harm_pairs(statements: Sequence[Statement]) -> list[tuple[int, int]]:
    """A bare denial of harm and another outlet's count of people harmed (harm.py),
    which share no word for the pairs above to find."""
    denials = [i for i, s in enumerate(statements) if denied_harm(s) is not None]
    if not denials:
        return []
    counts = [j for j, s in enumerate(statements) if stated_harm(s) is not None]
    return [
        (min(i, j), max(i, j))
        for i in denials
        for j in counts
        if statements[i].source != statements[j].source
        and harm_denied_and_stated(statements[i], statements[j])
    ]


def _turned(a: Statement, b: Statement, shared: set[str]) -> bool:
    """Two short statements of one actor or thing, one denying or turning round what
    the other says ("The crown strengthened after the decision" / "the crown
    weakened after the announcement"): the word they share besides the verb is the
    part both state, and the judge must find the negation or the opposite, so such
    a pair is never shown as an agreement."""
    fa, fb = a.frame, b.frame
    assert fa is not None and fb is not None
    if not _may_turn(fa, fb):
        return False
    la, lb = fa.lemma or "", fb.lemma or ""
    verbs = {stem(w) for frame in (fa, fb) if frame.predicate for w in words(frame.predicate.text)}
    if not shared - verbs - {stem(la), stem(lb)}:
        return False  # only the verb is shared: no part both state
    if not _told_alike(fa, fb) or not (
        same_event(fa, fb) or _renamed_event(fa, fb) or _one_side_event(fa, fb)
    ):
        return False
    found = compare_pair(a, b)
    # (a score told with converse verbs is the tally turned round: statement_judge)
    return found is not None and found.conflict in (
        Conflict.NEGATION,
        Conflict.OPPOSITE,
        Conflict.TALLY,
    )


def _may_turn(fa: Frame, fb: Frame) -> bool:
    """The predicates first: one verb, one frame denying it, or two opposite verbs,
    both or neither denied. Most pairs sharing a word neither deny nor turn round
    one verb, and the lemmas' relation is read once per pair of lemmas."""
    one_verb, turned_round = _lemmas_related(fa.lemma or "", fb.lemma or "")
    if one_verb:
        return fa.negated != fb.negated
    return fa.negated == fb.negated and turned_round


@lru_cache(maxsize=65536)
def _lemmas_related(a: str, b: str) -> tuple[bool, bool]:
    """Whether two predicate lemmas name one act, and whether they are opposites."""
    if same_predicate(a, b):
        return True, False
    return False, are_opposites(a, b) or opposite(a, b)


def _claimed_twice(a: Frame, b: Frame) -> bool:
    """Two named doers claiming responsibility (claimed_deeds.py): shared words
    found the pair, and another doer is what it says, not another event."""
    return one_claim(a, b) and two_names(a.actor, b.actor)


_PRONOUNS = frozenset("he she it they we i you this that these those another".split())


def _told_alike(a: Frame, b: Frame) -> bool:
    """Both frames name their doer, not through a pronoun ("he had owned the
    property": whose?), and both or neither name a thing: with so few words shared,
    the frame is all the evidence of one fact."""
    for actor in (a.actor, b.actor):
        if actor is None or set(words(actor.text)) & _PRONOUNS:
            return False
    return (a.thing is None) == (b.thing is None)


def _renamed_event(a: Frame, b: Frame) -> bool:
    """One verb denied of what each outlet calls by its own bare noun, the other
    part the same (referents.py): "The fee does not include add-ons" / "The package
    includes add-ons"."""
    if a.negated == b.negated:
        return False
    if renamed(a.actor, b.actor):
        return a.thing is not None and b.thing is not None and same_head(a.thing, b.thing)
    if renamed(a.thing, b.thing):
        return a.actor is not None and b.actor is not None and same_actor(a.actor, b.actor)
    return False


def _one_side_event(a: Frame, b: Frame) -> bool:
    """One deed told by two voices of one side (one_side.py: "the Kestran ministry
    confirmed the strike" / "Kestran officials denied carrying out the strike")."""
    return one_side(a.actor, b.actor) and same_head(a.thing, b.thing) and a.thing is not None


def same_event(a: Frame, b: Frame) -> bool:
    """One event, perhaps told with opposite polarity or an opposite verb."""
    la, lb = a.lemma or "", b.lemma or ""
    if not (same_predicate(la, lb) or are_opposites(la, lb) or opposite(la, lb)):
        return False
    anchors = 0
    if a.actor is not None and b.actor is not None and head(a.actor) and head(b.actor):
        if same_person(a.actor.text, b.actor.text) is False or not same_actor(a.actor, b.actor):
            return False  # another actor: another event, or a trap
        anchors += 1
    if a.thing is not None and b.thing is not None and head(a.thing) and head(b.thing):
        if not same_head(a.thing, b.thing):
            return False
        anchors += 1
    return anchors > 0


def _content(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w not in STOPWORDS and not w[0].isdigit()}


def turned_frame_pairs(
    statements: Sequence[Statement], options: Options | None = None
) -> list[tuple[float, int, int]]:
    """The pairs of frame_statement_pairs in which one frame denies or turns round
    what the other states, and the judge finds that negation or opposite: to stand
    apart from the groups. Grouping puts a statement with its closest partner by
    words, and a sentence that tells the same thing the other way round ("The
    clinic lost power" / "The clinic did not lose power") seldom is that partner when
    the other article has a third sentence of the same words agreeing ("crews were
    restoring power"): the denied pair then joins no group and the contradiction is
    never shown. Standing apart, it is shown only when it differs."""
    found = []
    for score, i, j in frame_statement_pairs(statements, options):
        fa, fb = statements[i].frame, statements[j].frame
        if fa is None or fb is None or not _may_turn(fa, fb):
            continue
        if is_converse(fa.lemma or "", fb.lemma or "") or _two_times(statements[i], statements[j]):
            continue  # "buys from" / "sells to": one trade; two years: two changes
        if _denies_before(statements[i], fa) or _denies_before(statements[j], fb):
            continue
        if fa.negated == fb.negated and not _one_doer_one_thing(fa, fb):
            continue  # two opposite verbs: of one doer and one thing only
        judged = compare_pair(statements[i], statements[j])
        if judged is not None and judged.conflict in (Conflict.NEGATION, Conflict.OPPOSITE):
            found.append((score, i, j))
    return found


def _one_doer_one_thing(a: Frame, b: Frame) -> bool:
    """Both frames name their doer, not by a pronoun nor as "other", one doer and not
    two names, and one thing both name: opposite verbs of other participants are two
    deeds of a story ("The Bush administration issued a rule" / "The Obama
    administration revoked the rule"; "protesters left" / "other protesters joined";
    "lived in Nashville" / "died")."""
    if a.actor is None or b.actor is None or a.thing is None or b.thing is None:
        return False
    for actor in (a.actor, b.actor):
        if set(words(actor.text)) & (_PRONOUNS | {"other", "others"}):
            return False
    if two_names(a.actor, b.actor) or not same_actor(a.actor, b.actor):
        return False
    named_a, named_b = names(a.actor.text), names(b.actor.text)
    if named_a and named_b and not named_a & named_b:
        return False  # "The Bush administration" / "The Obama administration"
    return head(a.thing) is not None and same_head(a.thing, b.thing)


def _two_times(a: Statement, b: Statement) -> bool:
    """Both sentences told at a time, and at no time alike: "rose between 2013 and
    2015" / "fell last year" tell two changes, not one told both ways."""
    times_a, times_b = _times(a.text), _times(b.text)
    return bool(times_a) and bool(times_b) and not times_a & times_b


# the words that place a sentence in time: a year, a day or month's name (capitalised:
# "may", "march" are verbs), a "last", "this" or "next" period
_TIME = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|(?i:(?:last|this|next)\s+(?:year|month|week|season|spring"
    r"|summer|autumn|fall|winter)|yesterday|today|tonight)"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b"
)


def _times(text: str) -> frozenset[str]:
    return frozenset(m.group(0).lower() for m in _TIME.finditer(text))


# a denial of every time before the event ("No woman had won it before", "had never
# been seen") tells what came first, and agrees with "the first woman to win it"
_EARLIER = frozenset({"before", "ever", "never", "previously", "until", "till", "yet"})


def _denies_before(statement: Statement, frame: Frame) -> bool:
    return frame.negated and bool(_EARLIER & set(words(statement.text)))
