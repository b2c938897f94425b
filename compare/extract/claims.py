"""Claim records. Every claim is a span of its source's clean text.

A claim also carries the frame of the clause it sits in (predicate, polarity,
actor, the counted or affected thing, time, date and place), each part again a
span of the same text, so that alignment compares facts rather than words.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import attrs

from compare.enums import Kind as Kind  # re-exported: claims name their kind
from compare.enums import TextEnum as TextEnum  # re-exported for the records' enums

QUOTE = Kind.QUOTE
NUMBER = Kind.NUMBER
ROLE = Kind.ROLE
STATEMENT = Kind.STATEMENT
DATE = Kind.DATE
TIME = Kind.TIME
PLACE = Kind.PLACE
KINDS: tuple[Kind, ...] = tuple(Kind)


@attrs.frozen
class Span:
    """A stretch of the source's clean text: text == source.text[start:end]."""

    start: int
    end: int
    text: str


@attrs.frozen(kw_only=True, cache_hash=True)
class Frame:
    """The clause a claim sits in. Every part is optional: a part the sentence does
    not state is None, and alignment treats an absent part as unknown, not as a clash."""

    predicate: Span | None = None  # the governing verb or noun as written ("were killed")
    lemma: str | None = None  # its lemma, lower case ("kill")
    negated: bool = False  # "did not approve", "no one was killed"
    actor: Span | None = None  # who does it: the clause's subject or agent
    # the one person a "he" / "she" actor stands for, named earlier (extract.doers)
    doer: Span | None = None
    thing: Span | None = None  # what is counted or affected, with modifiers ("Russian troops")
    time: Span | None = None  # a time qualifier as written ("at 3.45pm")
    date: Span | None = None  # a date qualifier as written ("on Tuesday")
    place: Span | None = None  # a place qualifier as written ("in Jabaliya refugee camp")
    date_value: str | None = None  # ISO date (or "YYYY-MM", "YYYY") resolved from `date`
    time_value: str | None = None  # 24-hour "HH:MM" resolved from `time`


@attrs.frozen(kw_only=True, cache_hash=True)
class Claim:
    """What every claim has: where it is, the sentence around it, and its frame."""

    kind: ClassVar[Kind]

    source: str
    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    line: int
    block: str  # role of the block it sits in: headline, body, caption...
    frame: Frame | None = None

    # The frame's parts most judges read, None when the claim has no frame: spelt
    # once here rather than as "x.frame.lemma if x.frame is not None else None".
    @property
    def frame_lemma(self) -> str | None:
        """The lemma of the clause's predicate ("kill")."""
        return self.frame.lemma if self.frame is not None else None

    @property
    def frame_predicate(self) -> Span | None:
        """The clause's predicate as written ("were killed")."""
        return self.frame.predicate if self.frame is not None else None

    @property
    def frame_actor(self) -> Span | None:
        """Who does it: the clause's subject or agent."""
        return self.frame.actor if self.frame is not None else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        out.update(plain(self))
        return out


@attrs.frozen(kw_only=True, cache_hash=True)
class Quote(Claim):
    """Words in quotation marks, and who said them."""

    kind: ClassVar[Kind] = QUOTE

    speaker: str | None  # canonical name ("Zbigniew Rau") or description
    speaker_mention: str | None  # the words the attribution used ("he", "Rau")
    cue: str | None  # the reporting verb ("said", "told reporters", "according to")
    partial: bool  # a fragment inside a sentence rather than a whole quoted sentence
    # How the speaker was found: "cue" (an attribution next to the quote),
    # "carried" (from the quote or paragraph before), "subject" (the sentence's
    # subject, no speech verb), or None when there is no speaker.
    speaker_basis: str | None = None
    # The attribution rule that found the speaker (compare.extract.attribution.table).
    rule: str | None = None
    # Where the speaker is named, as written (the mention's span); for a speaker
    # carried from an earlier quote or sentence, the span there. None when the
    # quote has no speaker or the name was rewritten (a resolved pronoun keeps
    # the pronoun's span: `speaker` says whom it stands for).
    speaker_span: Span | None = None


@attrs.frozen(kw_only=True, cache_hash=True)
class Number(Claim):
    """A quantity: its value as an interval, the hedge, and what it counts."""

    kind: ClassVar[Kind] = NUMBER

    value: float
    low: float | None  # None: unbounded below ("up to" has 0)
    high: float | None  # None: unbounded above ("more than 100")
    hedge: str | None  # "roughly", "more than", ...
    unit: str | None  # what is counted: "Russian troops", "country", "$"
    # cardinal, ordinal, percent (value 25 for 25%), money, share (a fraction as a
    # value in [0, 1]: "a quarter", "one in four" give 0.25), tally (a score or vote),
    # single ("one official", "one of the victims": a count of one that is as much an
    # article; alignment compares it only with an equal figure).
    form: str
    reported_by: str | None  # who gave the figure, when the sentence says so
    # A tally or score keeps both sides in the order written ("7 to 2" → (7, 2));
    # value, low and high are then the first side. Never averaged.
    pair: tuple[float, float] | None = None


@attrs.frozen(kw_only=True, cache_hash=True)
class Role(Claim):
    """How a person is described: a title, position or affiliation."""

    kind: ClassVar[Kind] = ROLE

    person: str
    role: str


@attrs.frozen(kw_only=True, cache_hash=True)
class Statement(Claim):
    """A sentence that states something beyond a bare quote."""

    kind: ClassVar[Kind] = STATEMENT


@attrs.frozen(kw_only=True, cache_hash=True)
class Date(Claim):
    """A calendar date the article states ("on Tuesday", "8 June 2013")."""

    kind: ClassVar[Kind] = DATE

    value: str | None  # ISO "2022-01-11" (or "2022-01", "2022") when it can be resolved
    basis: str | None = None  # how: "explicit", "weekday", "relative" (yesterday), None


@attrs.frozen(kw_only=True, cache_hash=True)
class Time(Claim):
    """A clock time the article states ("at 3.45pm", "shortly before 9 p.m.")."""

    kind: ClassVar[Kind] = TIME

    value: str | None  # 24-hour "HH:MM"
    zone: str | None = None  # "GMT", "local", ... when stated
    # "HH:MM" in UTC when the zone is named (compare/extract/zones), or for a time told
    # without one (or in "local time") on the clock of its article's place (place_clocks)
    utc: str | None = None


@attrs.frozen(kw_only=True, cache_hash=True)
class Place(Claim):
    """A place the article says something happened ("in Jabaliya refugee camp")."""

    kind: ClassVar[Kind] = PLACE

    name: str  # the place's name without the preposition


# Values attrs.asdict keeps as they are.
_ATOMS = frozenset({type(None), bool, int, float, str})
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def field_names(kind: type) -> tuple[str, ...] | None:
    """The attrs fields of a class, in order (None: not an attrs class), looked up once."""
    try:
        return _FIELD_NAMES[kind]
    except KeyError:
        names = tuple(f.name for f in attrs.fields(kind)) if attrs.has(kind) else None
        _FIELD_NAMES[kind] = names
        return names


def plain(value: Any) -> Any:
    """What attrs.asdict(value, recurse=True) gives for claim records (records
    become dicts, collections keep their type, anything else stays), at a
    fraction of its cost: asdict looks up each class's fields on every call, and
    JSON output converts hundreds of thousands of claims on long input."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    names = field_names(kind)
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, (tuple, list, set, frozenset)):
        items = [plain(item) for item in value]
        try:
            return kind(items)
        except TypeError:  # a named tuple takes its items one by one
            return kind(*items)
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def format_number(value: float | None) -> str:
    if value is None:
        return "…"
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}"


_SET_SCORE = re.compile(r"(\d+)\s*[-–—]\s*(\d+)")


def score_sets(number: Number) -> tuple[tuple[float, float], ...]:
    """A tally's sets, in order: a scoreline ("6-4, 3-6, 7-5") is extracted as one
    claim (extract.number_forms.scorelines), each set part of its fact; a single
    score is its one pair."""
    if number.pair is None:
        return ()
    found = tuple((float(x), float(y)) for x, y in _SET_SCORE.findall(number.text))
    return found if len(found) > 1 else (number.pair,)


def figure_text(number: Number) -> str:
    """'roughly 100,000 [90,000–110,000]', '106,000', '$200,000,000', '7–2'."""
    if number.pair is not None:  # a tally: "7–2", a scoreline: "6–4, 3–6, 7–5"
        return ", ".join("–".join(format_number(s) for s in pair) for pair in score_sets(number))
    text = format_number(number.value)
    if number.form == "share":
        text = f"{number.value:.3g} (share)"  # "two-thirds" → "0.667 (share)"
    if number.form == "money" and number.unit:
        text = f"{number.unit}{text}"
    elif number.form == "percent":
        text = f"{text}%"
    if number.hedge:
        text = f"{number.hedge} {text}"
    if (number.low, number.high) != (number.value, number.value):
        text += f" [{format_number(number.low)}–{format_number(number.high)}]"
    return text
