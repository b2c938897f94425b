"""Do two claims' frames state the same fact?

A frame (compare.extract.claims.Frame) is the clause a claim sits in: its
predicate, polarity, actor, the counted or affected thing, and when and where.
Two claims state the same fact when nothing their frames both state clashes.
An absent part is unknown, never a clash. A stated clash of the thing, the
actor, the predicate, the day, the time or the place means the claims are about
*different facts* and must not be aligned at all (two players' yards, deaths and
injuries, another day). Two exceptions align and then differ, because they are
the same fact told two incompatible ways: the same predicate with one side
negated (NEGATION), and opposite predicates (OPPOSITE: approved / rejected).
"""

from __future__ import annotations

import re

import attrs

from compare.align.antonyms import opposite
from compare.align.model import Conflict
from compare.align.opposites import are_opposites, lemmas
from compare.align.people import same_person
from compare.align.synonyms import are_synonyms
from compare.align.words import (
    STOPWORDS,
    TEXTS_REMEMBERED,
    display_words,
    remembered,
    stem,
    words,
)
from compare.extract.claims import Frame, Span
from compare.extract.lemmas import classes


@attrs.frozen
class FrameMatch:
    """The frames' verdict: may the claims be aligned, and if so do they clash."""

    aligned: bool  # False: different facts, do not align
    conflict: Conflict | None = None  # NEGATION or OPPOSITE when aligned but contradictory
    reason: str = ""  # the clash in words, for a title or a debugging reader
    part: str = ""  # the part that clashes: thing, actor, date, time, place, predicate


SAME = FrameMatch(True)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def other_weekdays(a: str, b: str) -> bool:
    """Do both texts name a weekday, and none the same? Then they tell two days,
    resolved or not ("on Saturday" / "Monday night")."""
    days_a, days_b = WEEKDAYS & set(words(a)), WEEKDAYS & set(words(b))
    return bool(days_a and days_b and not days_a & days_b)


def compare_frames(a: Frame | None, b: Frame | None, *, when: bool = True) -> FrameMatch:
    """Compare two frames part by part. With `when` False the date, time and place
    are left out (the Date, Time and Place judges compare those themselves)."""
    if a is None or b is None:
        return SAME
    if not same_head(a.thing, b.thing):
        return FrameMatch(False, reason=f"{_text(a.thing)} / {_text(b.thing)}", part="thing")
    if not same_actor(a.actor, b.actor):
        return FrameMatch(False, reason=f"{_text(a.actor)} vs {_text(b.actor)}", part="actor")
    if when:
        part, clash = when_part(a, b)
        if clash:
            return FrameMatch(False, reason=clash, part=part)
    if a.lemma and b.lemma:
        if same_predicate(a.lemma, b.lemma) or not (confident(a.lemma) and confident(b.lemma)):
            # A light verb ("was", "made", "took") is no predicate to clash with: the
            # fact lies in its object, which the thing compares. Same verb: polarity.
            if a.negated != b.negated:
                if not same_predicate(a.lemma, b.lemma):
                    return FrameMatch(False, reason=_polarity(a, b), part="predicate")
                return FrameMatch(True, Conflict.NEGATION, _polarity(a, b))
            return SAME
        # either table: the news verbs (opposites.py) or WordNet's antonyms with the
        # verbs that stand for them, kinds of increase and decrease among them
        # (antonyms.py: "cut 2,000 jobs" / "add 2,000 jobs")
        opposed = are_opposites(a.lemma, b.lemma) or opposite(a.lemma, b.lemma)
        if opposed and a.negated == b.negated:
            return FrameMatch(True, Conflict.OPPOSITE, f"{_said(a)} vs {_said(b)}")
        return FrameMatch(False, reason=f"{a.lemma} / {b.lemma}", part="predicate")
    if a.negated != b.negated and (a.lemma or b.lemma):
        # One side's predicate unknown: a polarity flip alone is no evidence of one fact.
        return FrameMatch(False, reason="polarity with an unknown predicate", part="predicate")
    return SAME


# Verbs that carry little meaning of their own ("took the decision", "there were 180
# people"): a frame with one of these says nothing about which event it is.
LIGHT_VERBS = frozenset(
    "be have do make take get go come give put set keep become seem say tell".split()
)


def confident(lemma: str | None) -> bool:
    """A predicate lemma that names an event, not a light or empty verb."""
    return bool(lemma) and lemma not in LIGHT_VERBS


@remembered(TEXTS_REMEMBERED)  # one event's few predicates, asked of every pair
def same_predicate(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if a == b or lemmas(a) & lemmas(b):
        return True
    # WordNet puts "lead" and "trail" in one sense group; the news opposites, chosen
    # by hand, say which verbs turn a fact round, and they win
    return are_synonyms(a, b) and not are_opposites(a, b)


def same_event_predicate(a: str | None, b: str | None) -> bool:
    """Two lemmas that both name an event, and the same one ("arrested" / "held")."""
    return bool(a and b and confident(a) and confident(b) and same_predicate(a, b))


def head(span: Span | None) -> str | None:
    """The head noun of a phrase, stemmed: 'Russian troops' → 'troop'; before a
    phrase of "of" a common noun heads ('Dana Holt of all charges' → 'holt', 'the
    death of her partner' → 'death'), a name does not ('University of Texas')."""
    if span is None:
        return None
    return head_of(span.text)


def actor_and_thing_heads(frame: Frame) -> set[str]:
    """The heads of the clause's actor and thing: who acts and what is acted on,
    or the actor that goes and what is moved."""
    return {h for span in (frame.actor, frame.thing) if (h := head(span)) is not None}


@remembered(TEXTS_REMEMBERED)  # the frame matchers and judges ask it of one phrase per pair
def head_of(phrase: str) -> str | None:
    parts = _OF_PHRASE.split(phrase, maxsplit=1)
    text = parts[0] or phrase
    if len(parts) > 1 and all(w in _PARTITIVE or w[0].isdigit() for w in words(text)):
        text = parts[1]  # "None of the climbers", "Two of the men": the climbers, the men
    elif len(parts) > 1 and _quantity_of(text):
        text = parts[1]  # "The number of snakebites", "the level of the river": what is counted
    # "Shares in Cambrian", "Applications to the university": the noun before the
    # phrase heads, when there is one ("up to 300 homes" is headed by its noun)
    content = _content(_MODIFIER.split(text, maxsplit=1)[0]) or _content(text)
    while len(content) > 1 and content[-1].endswith("ed") and _participle(content[-1]):
        content = content[:-1]  # "snakebites reported", "homes destroyed": the noun heads
    if len(content) > 1 and content[-1] in _QUANTITY:
        content = content[:-1]  # "case numbers", "visitor numbers": the cases, the visitors
    return stem(content[-1]) if content else None


def _participle(word: str) -> bool:
    """Whether the word is a verb's past form ("reported", "destroyed"), which after
    a noun in a noun phrase describes it (a reduced relative clause)."""
    lemma = classes(word).get("verb")
    return lemma is not None and lemma != word


def _quantity_of(text: str) -> bool:
    """Whether the words before an "of" end on a noun of quantity alone ("the
    number", "the total number"): the phrase after "of" names what it counts."""
    content = _content(text)
    return bool(content) and content[-1] in _QUANTITY


# Nouns that tell how much of a thing there is: the thing, not the noun, moves or
# is counted ("The number of snakebites rose" / "snakebites fell"; "case numbers
# climbed" / "cases fell").
_QUANTITY = frozenset("number numbers amount amounts volume volumes quantity level levels".split())


def _content(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and not w[0].isdigit()]


# Words that count or pick out part of the phrase after "of" rather than head it.
_PARTITIVE = frozenset(
    "none one two three four five six seven eight nine ten dozens hundreds thousands some "
    "most all each many several few any both either neither half the".split()
)
# " of " before a lower-case word: the phrase it starts describes the head before it
_OF_PHRASE = re.compile(r"\s+of\s+(?=[a-z])")
# a preposition after a lower-case noun: the phrase it opens describes that noun
_MODIFIER = re.compile(
    r"(?<=[a-z])\s+(?:in|to|for|on|at|across|over|from|with|among|within|around|near"
    r"|under|along|throughout|between|outside|inside|during)\s+"
)


def same_head(a: Span | None, b: Span | None) -> bool:
    ha, hb = head(a), head(b)
    if a is None or b is None or ha is None or hb is None:
        return True
    if _modifiers_named_apart(a.text, b.text):
        return False  # "Shares in Vantor" / "Shares in Halvorsen": two companies' shares
    if ha == hb or are_synonyms(ha, hb):
        return True
    # "Production at the yard" / "work at the yard": what each describes by one phrase
    # is as near as the frames get to one thing, as it was read before the phrase
    # joined its noun
    ma, mb = _modifying(a), _modifying(b)
    if ma is None and mb is None:
        return False
    ha, hb = head_of(ma or a.text), head_of(mb or b.text)  # as read before
    return ha is not None and hb is not None and (ha == hb or are_synonyms(ha, hb))


def _modifying(span: Span) -> str | None:
    """The phrase after a subject's preposition ("the yard" of "work at the yard")."""
    parts = _MODIFIER.split(span.text, maxsplit=1)
    return parts[1] if len(parts) > 1 else None


def _modifiers_named_apart(a: str, b: str) -> bool:
    """Both phrases describe their noun by a name, one of them after a preposition
    ("Shares in Vantor") and the other after one too or as a possessive
    ("Halvorsen's shares"), and the two names share no word."""
    parts = [_MODIFIER.split(phrase, maxsplit=1) for phrase in (a, b)]
    if all(len(p) == 1 for p in parts):
        return False  # no phrase after a preposition: the head rules as before
    names = []
    for p in parts:
        if len(p) > 1:
            said = {w.lower() for w in display_words(p[1]) if w[:1].isupper()}
        else:
            said = {
                _POSSESSIVE.sub("", w).lower()
                for w in display_words(p[0])
                if w[:1].isupper() and _POSSESSIVE.search(w)
            }
        if not said:
            return False
        names.append(said)
    return not names[0] & names[1]


_POSSESSIVE = re.compile(r"['’]s?$")


def same_actor(a: Span | None, b: Span | None) -> bool:
    if a is None or b is None:
        return True
    people = same_person(a.text, b.text)
    if people is not None:
        return people
    return same_head(a, b)


def is_name(phrase: str) -> bool:
    """Does the phrase end in a capitalised word ("Smith", "the Jets", "Real Madrid"),
    so that it names someone rather than describes them ("the match", "000 fans")?"""
    shown = display_words(phrase)
    last = shown[-1].lower() if shown else ""
    # "A jury on Tuesday convicted ...": a day the parser took for the doer names nobody
    return bool(shown) and shown[-1][:1].isupper() and last not in STOPWORDS | WEEKDAYS


def two_names(a: Span | None, b: Span | None) -> bool:
    """Both actors are names and not one name: two teams, two players."""
    if a is None or b is None:
        return False
    return same_person(a.text, b.text) is False or (
        is_name(a.text) and is_name(b.text) and not same_head(a, b)
    )


def when_clash(a: Frame, b: Frame) -> str:
    """The day, time or place both frames state and on which they differ, in words."""
    return when_part(a, b)[1]


def when_part(a: Frame, b: Frame) -> tuple[str, str]:
    """(date, time or place; the clash in words), or ("", "") when none clashes."""
    if a.date_value and b.date_value and not same_date(a.date_value, b.date_value):
        return "date", f"{_text(a.date) or a.date_value} vs {_text(b.date) or b.date_value}"
    # Unresolved (no publication date): two different weekdays are two days.
    unresolved = not (a.date_value and b.date_value)
    if unresolved and a.date and b.date and other_weekdays(a.date.text, b.date.text):
        return "date", f"{a.date.text} vs {b.date.text}"
    if a.time_value and b.time_value and a.time_value != b.time_value:
        return "time", f"{_text(a.time) or a.time_value} vs {_text(b.time) or b.time_value}"
    if a.place and b.place and not same_place(a.place.text, b.place.text):
        return "place", f"{a.place.text} vs {b.place.text}"
    return "", ""


def same_date(a: str, b: str) -> bool:
    """Two resolved dates may be one: '2013-06' holds '2013-06-08' (the shorter is a
    prefix), so a coarser date is no clash."""
    return a.startswith(b) or b.startswith(a)


_PLACE_FILLER = STOPWORDS | frozenset("near outside inside city town village province".split())


def same_place(a: str, b: str) -> bool:
    """One place name holds the other's words ('Kabul' in 'central Kabul'); any other
    pair is treated as two places, since containment can't be checked offline."""
    wa = {w for w in words(a) if w not in _PLACE_FILLER}
    wb = {w for w in words(b) if w not in _PLACE_FILLER}
    if not wa or not wb:
        return True
    return wa <= wb or wb <= wa


def _text(span: Span | None) -> str:
    return span.text if span is not None else ""


def _said(frame: Frame) -> str:
    return (frame.predicate.text if frame.predicate else frame.lemma) or "?"


def _polarity(a: Frame, b: Frame) -> str:
    return f"{_said(a)} vs {_said(b)}"
