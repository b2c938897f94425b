"""What a report says, in order: the shared view behind every output format.

Discrepancies come first, most serious first (altered quotes and changed
figures before role wording), then close figures, then agreements, then what
only one source carries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from compare.align import AGREE, APPROXIMATE, DIFFER, Alignment, Comparison, DiffOp, Unique
from compare.extract import KINDS, Claim, Number, Quote, Role
from compare.extract.claims import format_number

DISCREPANCY = "discrepancy"
APPROXIMATION = "approximate"
AGREEMENT = "agreement"
UNIQUE = "unique"
SECTIONS = (DISCREPANCY, APPROXIMATION, AGREEMENT, UNIQUE)
SECTION_TITLES = {
    DISCREPANCY: "Discrepancies",
    APPROXIMATION: "Close figures",
    AGREEMENT: "Agreements",
    UNIQUE: "Only in one source",
}

# How much a kind of difference matters to a reader checking facts.
_SEVERITY = {
    "substitution": 100,
    "insertion": 95,
    "deletion": 95,
    "figure": 90,
    "inflection": 80,
    "speaker": 75,
    "hedge": 40,
    "role": 30,
}


@attrs.frozen
class Finding:
    section: str
    kind: str
    title: str
    severity: int
    alignment: Alignment | None = None
    unique: Unique | None = None

    @property
    def id(self) -> str:
        if self.alignment is not None:
            return self.alignment.id
        assert self.unique is not None
        return self.unique.id

    @property
    def claims(self) -> tuple[Claim, ...]:
        if self.alignment is not None:
            return self.alignment.members
        assert self.unique is not None
        return (self.unique.claim,)

    @property
    def verdict(self) -> str:
        return self.alignment.verdict if self.alignment is not None else UNIQUE


@attrs.frozen
class Filters:
    only: frozenset[str] = frozenset()  # verdicts: differ, approximate, agree, unique
    kinds: frozenset[str] = frozenset()
    min_score: float = 0.0

    def keep(self, finding: Finding) -> bool:
        if self.only and finding.verdict not in self.only:
            return False
        if self.kinds and finding.kind not in self.kinds:
            return False
        return finding.alignment is None or finding.alignment.score >= self.min_score


def findings(comparison: Comparison, filters: Filters | None = None) -> list[Finding]:
    filters = filters or Filters()
    out = [finding_of(a) for a in comparison.alignments]
    out.extend(_unique_finding(u) for u in comparison.unique)
    order = {section: i for i, section in enumerate(SECTIONS)}
    kinds: dict[str, int] = {kind: i for i, kind in enumerate(KINDS)}
    # Stable sort: text order within ties. Within what one source alone carries,
    # quotes, figures and roles come before plain statements.
    out.sort(
        key=lambda f: (order[f.section], -f.severity, kinds[f.kind] if f.section == UNIQUE else 0)
    )
    return [f for f in out if filters.keep(f)]


def finding_of(alignment: Alignment) -> Finding:
    section = {DIFFER: DISCREPANCY, APPROXIMATE: APPROXIMATION, AGREE: AGREEMENT}[alignment.verdict]
    severity = max((_SEVERITY.get(d.kind, 50) for d in alignment.differences), default=0)
    return Finding(section, alignment.kind, _title(alignment), severity, alignment=alignment)


def _unique_finding(unique: Unique) -> Finding:
    return Finding(UNIQUE, unique.claim.kind, subject(unique.claim), 0, unique=unique)


def _title(alignment: Alignment) -> str:
    reference = alignment.members[0]
    kinds = list(dict.fromkeys(d.kind for d in alignment.differences))
    if isinstance(reference, Quote):
        speaker = _speaker(alignment.members)
        if alignment.verdict == AGREE:
            return f"{speaker}: quoted alike"
        text_kinds = [k for k in kinds if k != "speaker"]
        parts = []
        if text_kinds:
            parts.append("wording differs (" + ", ".join(text_kinds) + ")")
        if "speaker" in kinds:
            parts.append("credited to different speakers")
        return f"{speaker}: " + "; ".join(parts)
    if isinstance(reference, Number):
        what = reference.unit or "figure"
        if alignment.verdict == AGREE:
            return f"{what}: {format_number(reference.value)}"
        figures = " vs ".join(
            dict.fromkeys(_figure(m) for m in alignment.members if isinstance(m, Number))
        )
        return f"{what}: {figures}"
    if isinstance(reference, Role):
        if alignment.verdict == AGREE:
            return f"{reference.person}: described alike"
        return f"{reference.person}: described differently"
    return "statement: " + _short(reference.text)


def subject(claim: Claim, limit: int = 80) -> str:
    """A short label for one claim (statements and quotes cut to `limit` characters)."""
    if isinstance(claim, Quote):
        return f"{claim.speaker or 'unattributed'}: “{_short(claim.text, limit)}”"
    if isinstance(claim, Number):
        return f"{_figure(claim)} {claim.unit or ''}".strip()
    if isinstance(claim, Role):
        return f"{claim.person}: {claim.role}"
    # Statements, and dates, times and places (their text is the qualifier as written).
    return _short(claim.text, limit)


def _speaker(members: Sequence[Claim]) -> str:
    names = [m.speaker for m in members if isinstance(m, Quote) and m.speaker]
    return max(names, key=len) if names else "Unattributed quote"


def _figure(number: Number) -> str:
    text = format_number(number.value)
    return f"{number.hedge} {text}" if number.hedge else text


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


CARRIES, DIFFERS, CLOSE, ABSENT = "✓", "≠", "≈", ""


def coverage_marks(finding: Finding, source_ids: Sequence[str]) -> list[str]:
    """Per source: carries the claim, differs from the first carrier, a close figure, or absent."""
    assert finding.alignment is not None
    differing = {d.source for d in finding.alignment.differences}
    carriers = {m.source for m in finding.alignment.members}
    marks = []
    for source_id in source_ids:
        if source_id not in carriers:
            marks.append(ABSENT)
        elif source_id in differing:
            marks.append(CLOSE if finding.section == APPROXIMATION else DIFFERS)
        else:
            marks.append(CARRIES)
    return marks


def diff_for(alignment: Alignment, member: Claim) -> tuple[DiffOp, ...]:
    """The word diff that turns the reference's words into this member's."""
    for difference in alignment.differences:
        if difference.field == "text" and difference.source == member.source and difference.diff:
            return difference.diff
    return ()


@attrs.frozen
class Tally:
    agreements: int
    approximate: int
    discrepancies: Counter[str]
    unique: Counter[str]  # by source id

    @property
    def discrepancy_total(self) -> int:
        return sum(self.discrepancies.values())


def tally(items: Iterable[Finding]) -> Tally:
    agreements = approximate = 0
    discrepancies: Counter[str] = Counter()
    unique: Counter[str] = Counter()
    for f in items:
        if f.section == AGREEMENT:
            agreements += 1
        elif f.section == APPROXIMATION:
            approximate += 1
        elif f.section == DISCREPANCY:
            discrepancies[f.kind] += 1
        else:
            unique[f.claims[0].source] += 1
    return Tally(agreements, approximate, discrepancies, unique)
