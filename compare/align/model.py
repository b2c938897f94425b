"""Comparison records: alignments of claims across sources, and what only one carries."""

from __future__ import annotations

import hashlib
from typing import Any

import attrs

from compare.extract import Claim
from compare.extract.claims import TextEnum
from compare.ingest import Source

COMPARISON_SCHEMA = "claimdiff.comparison/2"


class Verdict(TextEnum):
    """Whether the sources say the same about an aligned fact."""

    AGREE = "agree"
    APPROXIMATE = "approximate"  # figures a hedge or the tolerance covers
    DIFFER = "differ"


class Severity(TextEnum):
    """How much an alignment matters to someone checking facts, most first."""

    CONFLICT = "conflict"  # the sources cannot both be right
    VARIANT = "variant"  # different but compatible: shown as information
    INFO = "info"  # agreement, or nothing to act on


class Conflict(TextEnum):
    """What kind of disagreement an alignment that differs shows."""

    NEGATION = "negation"  # "was drunk" / "was not drunk"
    OPPOSITE = "opposite"  # an opposite predicate: approved / rejected, rose / fell
    FIGURE = "figure"  # 40 / 50 killed
    TALLY = "tally"  # a score or vote reversed or changed: 7-2 / 2-7
    DATE = "date"
    TIME = "time"
    PLACE = "place"
    ACTOR = "actor"  # who did it
    SPEAKER = "speaker"  # the same words credited to two different people
    WORDING = "wording"  # a quote's words changed
    TITLE = "title"  # incompatible titles for one person


AGREE = Verdict.AGREE
APPROXIMATE = Verdict.APPROXIMATE
DIFFER = Verdict.DIFFER
VERDICTS: tuple[Verdict, ...] = tuple(Verdict)


@attrs.frozen
class DiffOp:
    """One step of a word diff from the reference member to another member."""

    op: str  # equal, replace, delete, insert
    a: str  # words in the reference
    b: str  # words in the other member

    def to_dict(self) -> dict[str, str]:
        return {"op": self.op, "a": self.a, "b": self.b}


@attrs.frozen
class Difference:
    """What differs between the reference member and one other member."""

    field: str  # text, speaker, value, role
    kind: str  # inflection, substitution, insertion, deletion, truncation, figure, ...
    reference: str  # source id of the reference member
    source: str  # source id of the other member
    a: str  # the reference's value, as words
    b: str  # the other member's value
    diff: tuple[DiffOp, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "field": self.field,
            "kind": self.kind,
            "reference": self.reference,
            "source": self.source,
            "a": self.a,
            "b": self.b,
        }
        if self.diff:
            out["diff"] = [op.to_dict() for op in self.diff]
        return out


@attrs.frozen(kw_only=True)
class Judgement:
    """What a kind's judge says about a group of aligned claims."""

    verdict: Verdict
    differences: tuple[Difference, ...] = ()
    conflict: Conflict | None = None  # set when the verdict is differ
    severity: Severity = Severity.INFO
    title: str = ""  # the disagreement in words, for the report's heading
    # The claims state something differently that the judge could not check to be
    # one fact ("occurred on Saturday" / "gave way on Sunday"): neither a ✓ nor a
    # finding, the claims stay unpaired.
    unchecked: bool = False


@attrs.frozen
class Alignment:
    """Claims from two or more sources that say the same thing, and the verdict."""

    id: str
    kind: str
    verdict: Verdict
    score: float
    members: tuple[Claim, ...]  # in source argument order; members[0] is the reference
    differences: tuple[Difference, ...] = ()
    conflict: Conflict | None = None  # set when the verdict is differ
    severity: Severity = Severity.INFO
    title: str = ""  # the disagreement in words: "approved vs rejected", "loud → loudly"

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.source for m in self.members))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "verdict": self.verdict,
            "score": round(self.score, 3),
            "sources": list(self.sources),
            "members": [member_dict(m) for m in self.members],
            "differences": [d.to_dict() for d in self.differences],
            "conflict": self.conflict,
            "severity": self.severity,
            "title": self.title,
        }


@attrs.frozen
class Unique:
    """A claim that no other source carries."""

    id: str
    claim: Claim

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, **member_dict(self.claim)}


@attrs.frozen
class Comparison:
    sources: tuple[Source, ...]
    alignments: tuple[Alignment, ...]
    unique: tuple[Unique, ...]
    settings: tuple[tuple[str, Any], ...] = ()

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.id == source_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": COMPARISON_SCHEMA,
            "settings": dict(self.settings),
            "sources": [s.to_dict() for s in self.sources],
            "alignments": [a.to_dict() for a in self.alignments],
            "unique": [u.to_dict() for u in self.unique],
        }


def member_dict(claim: Claim) -> dict[str, Any]:
    out = claim.to_dict()
    # The JSON contract names the source first. A claim points at its sentence by
    # offsets (the source lists each sentence's text once): a copy of the sentence
    # per claim made the output grow with the square of a long sentence.
    out.pop("sentence", None)
    return {"source": out.pop("source"), **out}


def fingerprint(*parts: str) -> str:
    """A short stable id: the same parts always give the same id."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:12]
