"""Two days (or clock times) of one deed told with its participants: one fact, two values.

Outlets that date one deed differently seldom tell it in the same words: "The drill
reached bedrock on 9 January" / "the core hit bedrock on 16 January", "Work is due to
start on 4 January" / "the council expects work to begin on 11 January". The closest
day clashes (closest_day_clashes.py) ask two content words in common, one of them in
lower case; the sole event pairs (event_times.py) ask each date to be its article's
only one of the event. Here two sentences tell one deed when both hold:

- the event: a word naming each date's event (its predicate, the noun of its act, a
  noun set off before it) shares a key with one of the other's (a stem, a WordNet
  sense group, a derivational link: start / begin, meeting / met) or is a kind of
  it (WordNet's verb hierarchy); or the two predicates are verbs one of whose
  usual senses the other can have (deed_senses.py: reach / hit, expire / run out),
  read so widely only beside a participant;
- a participant: a content word both sentences state besides the event's own words
  and the dates' ("bedrock", "work", the named party);

and each is the other's closest such sentence: no date (time) of another value in
the other article sits in a sentence that ties to it by the event and shares as many
participants. Two event words that tie (not an unread event, not a participant
alone) need no participant in common when neither article dates a deed so tied at
another value ("The cargo ship ran aground at 4.10am" / "The vessel grounded at
6.30am"): `_closest` with nothing shared asks that no rival tie at all. Read as one
deed, "first" on one side only, or "later than expected", tells no other
occurrence (one_deeds' `other_occurrence`, as the lead matchers read it).

When one side's clause names no event word, its verb an empty one ("From 10 June
the charges will be higher"; not a saying, not a verb the frames failed to read),
the event is unknown, not a clash: the participant alone ties the two, and any dated
sentence of the other article sharing as many participants is a rival.

Everything that parts two moments for the closest day clashes parts them here (a
saying's day, a plan against a deed, another doer or thing of the event, other
occurrence words, two places, two instalments, a beginning and an end, ...), and
only values told at one precision that the judges read as two meet.

Two guards are this matcher's own. A bare weekday against a month's day ("Game 6 is
on Tuesday" / "Game 6 is tonight, December 1") is paired only when the calendar puts
that day on another weekday (weekday_days.py): otherwise the two differ only as the
weekday is resolved, and a weekday of a coming event resolves to the week before.
The doer or the thing that event_times reads apart for one event word parts the two
only when neither head is a word of the other sentence ("Board members met" / "a
board meeting", "the Shiosai Limited Express lost power" / "The express service lost
power"): the participants already tie the sentences, and the frames often read one
of them partly. Two names apart always part them.

The pair is a CrossKindSpec with `differs`: it runs after every matcher, on claims
nothing paired, and is shown only when the date (time) judge finds the two differ;
it never makes an agreement.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from compare.align.closest_day_clashes import (
    EVENT_ENDS,
    agree_loosely,
    dated_event,
    one_precision,
    two_moments,
)
from compare.align.deed_senses import may_name_one_deed
from compare.align.event_kinds import kin_lemma
from compare.align.event_times import (
    EMPTY_VERBS,
    dated_event_words,
    decided,
    event_parted,
    event_word_keys,
)
from compare.align.frames import (
    head,
    is_name,
    other_weekdays,
    same_actor,
    same_head,
    two_names,
)
from compare.align.month_days import month_day
from compare.align.opposites import are_opposites
from compare.align.participant_kinds import participant_kind_of
from compare.align.same_days import content_stems, dateless_content, parted
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.synonyms import are_synonyms
from compare.align.time_nouns import own_event
from compare.align.verb_kinds import general_verbs, kind_of
from compare.align.weekday_days import calendar_apart
from compare.align.words import stem, words
from compare.extract.claims import Claim, Date, Span
from compare.extract.lemmas import verb_lemma
from compare.extract.wordlists import REPORTING

SCORE = 0.39  # under the closest day clashes' pairs, which read more words in common
MIN_PARTICIPANTS = 1  # content words besides the event's that the two sentences share


def same_event_day_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of dates (or times) among `claims` (those nothing paired)
    of one deed told with a participant in common, values the judges read as two,
    that nothing parts."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(claims)
    told = [c for c in every if dated_event(c, sentences)]
    free = {id(c): i for i, c in enumerate(claims)}
    events = {id(c): event_words(c) for c in told}
    content = {id(c): content_stems(dateless_content(c, sentences)) for c in told}
    pairs = []
    for x, a in enumerate(told):
        if id(a) not in free:
            continue
        for b in told[x + 1 :]:
            if id(b) not in free or b.source == a.source or type(a) is not type(b):
                continue
            tie = event_tie(events[id(a)], events[id(b)]) or deed_tie(a, b)
            unread = tie is None
            if unread:
                tie = unread_event(a, b, events)
            one_thing = (
                tie is None
                and one_participant(a, b)
                and not sister_deeds(a, b)
                and not stages_apart(a, b)
            )
            if one_thing:
                tie = "", ""
            if tie is None:
                continue
            # one deed tied by its event words, not by a participant alone
            one_deed = bool(tie[0]) and not unread
            shared = _participants(a, b, tie, content)
            if len(shared) < MIN_PARTICIPANTS and not one_deed:
                continue
            if not _closest(
                a, b, len(shared), told, events, content, unread=unread, one_thing=one_thing
            ):
                continue
            if not one_precision(a, b) or not decided(a, b) or agree_loosely(a, b):
                continue
            if not told_apart(a, b):
                continue
            if parted(a, b, sentences, occurrence=not one_deed) or two_moments(a, b, sentences):
                continue
            if one_deed and _other_occurrence(a, b):
                continue  # "the first blast" / "a second blast"; not "first" on one side only
            if event_parted(a, b, parts_apart=parts_apart):
                continue
            i, j = sorted((free[id(a)], free[id(b)]))
            pairs.append((SCORE + 0.01 * len(shared), i, j))
    return pairs


def _other_occurrence(a: Claim, b: Claim) -> bool:
    """one_deeds' reading of two sentences' occurrence words for one deed ("first"
    on one side only tells no other occurrence); one_deeds imports this module."""
    from compare.align.one_deeds import other_occurrence

    return other_occurrence(a, b)


def told_apart(a: Claim, b: Claim) -> bool:
    """Do the two dates' own words show two days: both told by month and day, or both
    naming weekdays, none the same, or a bare weekday and a month's day the calendar
    puts on another weekday? A bare weekday against a month's day that may be it
    ("Game 6 is on Tuesday" / "Game 6 is tonight, December 1", a Tuesday) differs
    only as the weekday is resolved, against a publication day the article may not
    give: no finding rests on that. Two clock times are told in their own words."""
    if not (isinstance(a, Date) and isinstance(b, Date)):
        return True
    if other_weekdays(a.text, b.text):
        return True
    told_a, told_b = month_day(a.text), month_day(b.text)
    if told_a and told_b and told_a[1] is not None and told_b[1] is not None:
        return True
    return calendar_apart(a, b)


def event_words(claim: Claim) -> frozenset[str]:
    """The words naming the date's event, as event_times reads them (its predicate,
    the noun of its act, a noun set off before it), empty verbs aside. The nouns
    heading the frame's doer and thing were tried too ("The survey ended"): they
    tie things, not deeds ("the boring machine"), and caught nothing more."""
    claim = own_event(claim)
    return frozenset(w for w in dated_event_words(claim) if w not in EMPTY_VERBS)


def event_tie(words_a: frozenset[str], words_b: frozenset[str]) -> tuple[str, str] | None:
    """Two words, one of each side, that name one event: a key in common or a kind of
    the other; never two opposites ("began" / "ended")."""
    for x in sorted(words_a):
        for y in sorted(words_b):
            if are_opposites(x, y):
                continue
            if event_word_keys(x) & event_word_keys(y) or _kinds(x, y):
                return x, y
    return None


def deed_tie(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The two dates' predicates when a usual sense of one is a sense of the other
    ("reached bedrock" / "hit bedrock", deed_senses.py): read so widely only for
    the predicates themselves, never for nouns, and only beside a participant in
    common (the caller's test)."""
    x, y = kin_lemma(own_event(a), EMPTY_VERBS), kin_lemma(own_event(b), EMPTY_VERBS)
    if x is None or y is None or are_opposites(x, y) or not may_name_one_deed(x, y):
        return None
    return x, y


def unread_event(a: Claim, b: Claim, events: dict[int, frozenset[str]]) -> tuple[str, str] | None:
    """An empty tie when one side's clause names no event: its verb is empty ("will
    be higher", "are scheduled for") and no noun of the act stands in it. The event
    is then unknown, not a clash, so the participants alone tie the two, and every
    rival sentence tied as loosely counts against them (`_closest`). None when both
    name their events (two words that do not tie name two events), when a frame is
    missing (a verb the frames failed to read, "The ferry set off at 9:10", is no
    empty one) and for a saying ("said on Friday"): its day dates the report."""
    if events[id(a)] and events[id(b)]:
        return None
    if any(not events[id(c)] and not _eventless(c, events) for c in (a, b)):
        return None
    return "", ""


def one_participant(a: Claim, b: Claim) -> bool:
    """Do the two clauses' participants (the doer, or the thing acted on) name one
    thing: common nouns of one stem, synonyms, or one a kind of the other ("The
    boxes went over the side" / "The containers fell into the sea")? A name meets a
    common noun by its head ("The Diego Martin River" / "The river"); two names are
    left to the event tie, which reads them apart (`two_names`)."""
    return any(
        not (named_x and named_y) and x == y
        for x, named_x in _participant_heads(a)
        for y, named_y in _participant_heads(b)
    ) or bool(_kin_heads(a, b))


def sister_deeds(a: Claim, b: Claim) -> bool:
    """Are the two predicates two kinds of one more general verb ("was stabbed" /
    "was shot", both ways to wound)? Then one participant tells two deeds, not one."""
    x, y = a.frame_lemma, b.frame_lemma
    return x is not None and y is not None and x != y and bool(general_verbs(x) & general_verbs(y))


def stages_apart(a: Claim, b: Claim) -> bool:
    """Do the two predicates, or verbs WordNet makes them kinds of, name two stages
    of one process: opposites (the news opposites: depart / arrive, open / close,
    detain / free) or a journey's or an activity's two ends (EVENT_ENDS: start /
    finish)? "The glider took off" / "The glider landed": to take off is a way to
    depart, to land a way to arrive; one participant, two moments, both true."""
    x, y = _stage_verbs(a), _stage_verbs(b)
    if not (x and y) or x & y:
        return False
    if any(are_opposites(p, q) for p in x for q in y):
        return True
    return any((x & start and y & end) or (x & end and y & start) for start, end in EVENT_ENDS)


def _stage_verbs(claim: Claim) -> frozenset[str]:
    """The date's predicate (a phrasal verb read whole) and the verbs it is a kind
    of; none for an empty verb."""
    lemmas = {kin_lemma(c, EMPTY_VERBS) for c in (claim, own_event(claim))} - {None}
    return frozenset(
        word for lemma in lemmas if lemma is not None for word in {lemma, *general_verbs(lemma)}
    )


def _kin_heads(a: Claim, b: Claim) -> set[tuple[str, str]]:
    """The heads of the two clauses' doers or things, no name among them, told in
    two words for one thing: synonyms, or one a kind of the other."""
    return {
        (x, y)
        for x, named_x in _participant_heads(a)
        for y, named_y in _participant_heads(b)
        if not (named_x or named_y) and x != y and (are_synonyms(x, y) or participant_kind_of(x, y))
    }


def _participant_heads(claim: Claim) -> set[tuple[str, bool]]:
    """The stemmed heads of the clause's doer and thing, each with whether it is a
    name."""
    frame = claim.frame
    if frame is None:
        return set()
    return {
        (found, is_name(span.text))
        for span in (frame.actor, frame.thing)
        if span is not None and (found := head(span)) is not None
    }


def _eventless(claim: Claim, events: dict[int, frozenset[str]]) -> bool:
    """Does the claim's clause have a verb, an empty one, and no event word?"""
    lemma = claim.frame_lemma
    return (
        not events[id(claim)]
        and lemma is not None
        and lemma in EMPTY_VERBS
        and lemma not in REPORTING
    )


@lru_cache(maxsize=16384)
def _kinds(x: str, y: str) -> bool:
    return kind_of(x, y) or kind_of(y, x)


def _participants(
    a: Claim, b: Claim, tie: tuple[str, str], content: dict[int, frozenset[str]]
) -> frozenset[str]:
    """The content stems both sentences state besides the event's own words (in any
    of their forms: "reached" is the event "reach"), and the clauses' doers or
    things told in two words for one thing ("contract" / "agreement", as one)."""
    own = {stem(w) for w in tie} | {w.split("_")[0] for w in tie}
    stated = frozenset(
        w for w in content[id(a)] & content[id(b)] if w not in own and verb_lemma(w) not in own
    )
    return stated | {x + "/" + y for x, y in _kin_heads(a, b) if x not in stated}


def _closest(
    a: Claim,
    b: Claim,
    shared: int,
    told: Sequence[Claim],
    events: dict[int, frozenset[str]],
    content: dict[int, frozenset[str]],
    *,
    unread: bool = False,
    one_thing: bool = False,
) -> bool:
    """Is each the other's closest: no date of another value in the other's article
    ties to it by the event with as many participants in common?"""
    for one, other in ((a, b), (b, a)):
        for rival in told:
            if rival is other or rival.source != other.source or type(rival) is not type(other):
                continue
            if getattr(rival, "value", None) == getattr(other, "value", None):
                continue
            if not one_precision(one, rival):
                continue  # "reached Hobart in December": no day this one could be
            tie = event_tie(events[id(one)], events[id(rival)]) or deed_tie(one, rival)
            if unread:
                tie = tie or unread_event(one, rival, events)
            if one_thing and tie is None and one_participant(one, rival):
                tie = "", ""
            if tie is not None and len(_participants(one, rival, tie, content)) >= shared:
                return False
    return True


def parts_apart(a: Claim, b: Claim) -> bool:
    """Do the two frames tell another doer or thing of the event, as the sentences
    read? Two names apart part them; a part told on one side only, or two told in
    other words ("Board members met" / "a board meeting", "the Shiosai Limited
    Express lost power" / "The express service ... lost power"), parts them only
    when neither's head is a word of the other sentence: the participants the two
    share already tie the sentences, and the frames often read one of them
    partly."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return False
    return _part_apart(fa.actor, fb.actor, a, b, same_actor) or _part_apart(
        fa.thing, fb.thing, a, b, same_head
    )


def _part_apart(
    x: Span | None,
    y: Span | None,
    a: Claim,
    b: Claim,
    same: Callable[[Span | None, Span | None], bool],
) -> bool:
    if x is None and y is None:
        return False
    if two_names(x, y):
        return True
    if x is not None and y is not None and same(x, y):
        return False
    return not (_stated(head(x), b) or _stated(head(y), a))


def _stated(head_stem: str | None, claim: Claim) -> bool:
    """Is the (stemmed) head a word of the claim's sentence?"""
    return head_stem is not None and head_stem in {stem(w) for w in words(claim.sentence)}
