"""Claim records. Every claim is a span of its source's clean text."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

QUOTE = "quote"
NUMBER = "number"
ROLE = "role"
STATEMENT = "statement"
KINDS = (QUOTE, NUMBER, ROLE, STATEMENT)


@attrs.frozen(kw_only=True)
class Claim:
    """What every claim has: where it is, and the sentence around it."""

    kind: ClassVar[str] = ""

    source: str
    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    line: int
    block: str  # role of the block it sits in: headline, body, caption...

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        out.update(attrs.asdict(self, recurse=False))
        return out


@attrs.frozen(kw_only=True)
class Quote(Claim):
    """Words in quotation marks, and who said them."""

    kind: ClassVar[str] = QUOTE

    speaker: str | None  # canonical name ("Zbigniew Rau") or description
    speaker_mention: str | None  # the words the attribution used ("he", "Rau")
    cue: str | None  # the reporting verb ("said", "told reporters", "according to")
    partial: bool  # a fragment inside a sentence rather than a whole quoted sentence
    # How the speaker was found: "cue" (an attribution next to the quote),
    # "carried" (from the quote or paragraph before), "subject" (the sentence's
    # subject, no speech verb), or None when there is no speaker.
    speaker_basis: str | None = None


@attrs.frozen(kw_only=True)
class Number(Claim):
    """A quantity: its value as an interval, the hedge, and what it counts."""

    kind: ClassVar[str] = NUMBER

    value: float
    low: float | None  # None: unbounded below ("up to" has 0)
    high: float | None  # None: unbounded above ("more than 100")
    hedge: str | None  # "roughly", "more than", ...
    unit: str | None  # what is counted: "Russian troops", "country", "$"
    form: str  # cardinal, ordinal, percent, money
    reported_by: str | None  # who gave the figure, when the sentence says so


@attrs.frozen(kw_only=True)
class Role(Claim):
    """How a person is described: a title, position or affiliation."""

    kind: ClassVar[str] = ROLE

    person: str
    role: str


@attrs.frozen(kw_only=True)
class Statement(Claim):
    """A sentence that states something beyond a bare quote."""

    kind: ClassVar[str] = STATEMENT


def format_number(value: float | None) -> str:
    if value is None:
        return "…"
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def figure_text(number: Number) -> str:
    """'roughly 100,000 [90,000–110,000]', '106,000', '$200,000,000'."""
    text = format_number(number.value)
    if number.form == "money" and number.unit:
        text = f"{number.unit}{text}"
    elif number.form == "percent":
        text = f"{text}%"
    if number.hedge:
        text = f"{number.hedge} {text}"
    if (number.low, number.high) != (number.value, number.value):
        text += f" [{format_number(number.low)}–{format_number(number.high)}]"
    return text
