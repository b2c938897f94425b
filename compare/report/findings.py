"""What a report says, in order: the shared view behind every output format.

Conflicts come first (the sources cannot both be right), most serious first;
then variants (different but compatible: a close figure, "loud" / "loudly", two
titles for one person); then agreements; then what only one source carries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from compare.align import AGREE, APPROXIMATE, Alignment, Comparison, Conflict, DiffOp, Unique
from compare.align.model import Severity
from compare.enums import SHOWABLE as SHOWABLE  # re-exported: --only's choices
from compare.extract import KINDS, Claim, Number, Quote, Role, Statement
from compare.extract.claims import Date, Place, Time, figure_text, format_number
from compare.report.rules import Rule, rule_for

CONFLICT = "conflict"
VARIANT = "variant"
AGREEMENT = "agreement"
UNIQUE = "unique"
SECTIONS = (CONFLICT, VARIANT, AGREEMENT, UNIQUE)
SECTION_TITLES = {
    CONFLICT: "Conflicts",
    VARIANT: "Variants",
    AGREEMENT: "Agreements",
    UNIQUE: "Only in one source",
}
# What `--only` can name: sections, and the verdicts the JSON output carries.
# Without --all, what one source alone carries is listed for these kinds only:
# plain statements are most of an article and mostly repeat its quotes.
UNIQUE_BY_DEFAULT = frozenset(KINDS) - {"statement"}
# Conflict types, most serious first: the order conflicts are listed in.
_CONFLICT_RANK = {conflict: i for i, conflict in enumerate(Conflict)}


@attrs.frozen
class Finding:
    section: str
    kind: str
    title: str  # the disagreement (or the agreed fact) in words
    severity: Severity
    conflict: Conflict | None = None
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

    @property
    def rule(self) -> Rule | None:
        if self.alignment is None:
            return None
        return rule_for(self.kind, self.alignment.verdict, self.conflict)

    @property
    def code(self) -> str:
        rule = self.rule
        return rule.code if rule is not None else ""


@attrs.frozen
class Filters:
    only: frozenset[str] = frozenset()  # SHOWABLE values
    kinds: frozenset[str] = frozenset()
    min_score: float = 0.0
    all: bool = False  # list statements only one source carries too

    def keep(self, finding: Finding) -> bool:
        if self.only and not ({finding.verdict, finding.section} & self.only):
            return False
        if self.kinds and finding.kind not in self.kinds:
            return False
        if finding.alignment is None:  # asking for a kind by name lists it in full
            return self.all or finding.kind in UNIQUE_BY_DEFAULT or finding.kind in self.kinds
        return finding.alignment.score >= self.min_score


def findings(comparison: Comparison, filters: Filters | None = None) -> list[Finding]:
    """Every finding, in report order, that the filters keep."""
    filters = filters or Filters()
    return [f for f in every_finding(comparison) if filters.keep(f)]


def every_finding(comparison: Comparison) -> list[Finding]:
    """All findings in report order, before filters (the honest totals)."""
    out = [finding_of(a) for a in comparison.alignments]
    out.extend(_unique_finding(u) for u in _unique(comparison))
    order = {section: i for i, section in enumerate(SECTIONS)}
    kinds: dict[str, int] = {kind: i for i, kind in enumerate(KINDS)}

    def key(f: Finding) -> tuple[int, int, int]:
        if f.section == UNIQUE:
            return (order[f.section], 0, kinds[f.kind])
        rank = _CONFLICT_RANK[f.conflict] if f.conflict is not None else len(_CONFLICT_RANK)
        return (order[f.section], rank, 0)

    out.sort(key=key)  # stable: text order within ties
    return out


def finding_of(alignment: Alignment) -> Finding:
    conflict, severity, title = judged(alignment)
    if alignment.verdict == AGREE:
        section = AGREEMENT
    elif severity == Severity.CONFLICT:
        section = CONFLICT
    else:
        section = VARIANT
    return Finding(section, alignment.kind, title, severity, conflict, alignment=alignment)


def judged(alignment: Alignment) -> tuple[Conflict | None, Severity, str]:
    """The judge's conflict, severity and title for an alignment. A difference the
    judge did not rate a conflict (a figure a hedge covers) is shown as a variant."""
    severity = alignment.severity
    if alignment.verdict != AGREE and severity == Severity.INFO:
        severity = Severity.VARIANT
    if alignment.title:
        title = alignment.title
    else:
        title = _agreed(alignment) if alignment.verdict == AGREE else _values_title(alignment)
    return alignment.conflict, severity, title


def _change(a: str, b: str) -> str:
    if a and b:
        return f"{a} → {b}"
    return f"+{b}" if b else f"−{a}"


def _values_title(alignment: Alignment) -> str:
    """'106,000 vs roughly 100,000', each value once, in source order."""
    values: list[str] = []
    for d in alignment.differences:
        values.extend((d.a, d.b))
    return " vs ".join(dict.fromkeys(v for v in values if v))


def _agreed(alignment: Alignment) -> str:
    """For an agreement: the fact agreed on, short."""
    reference = alignment.members[0]
    if isinstance(reference, Number):
        return figure_text(reference)
    if isinstance(reference, Role):
        return reference.role
    return (
        "“" + _short(reference.text, 60) + "”"
        if isinstance(reference, Quote)
        else _short(reference.text, 80)
    )


def who(finding: Finding) -> str:
    """Whom a finding is about: a quote's speaker, a described person ('' otherwise)."""
    reference = finding.claims[0]
    if isinstance(reference, Quote):
        return _speaker(finding.claims)
    if isinstance(reference, Role):
        return reference.person
    return ""


def heading(finding: Finding) -> str:
    """'Michael Carpenter: loud → loudly', '40 vs 50 people evacuated'."""
    reference = finding.claims[0]
    engine_title = finding.alignment is not None and bool(finding.alignment.title)
    if isinstance(reference, Number):
        unit = reference.unit or ""
        if unit and not engine_title and unit.lower() not in finding.title.lower():
            return f"{finding.title} {unit}"
        return finding.title
    person = who(finding)
    if not person or person.lower() in finding.title.lower():
        return finding.title
    return f"{person}: {finding.title}"


def _unique_finding(unique: Unique) -> Finding:
    return Finding(UNIQUE, unique.claim.kind, subject(unique.claim), Severity.INFO, unique=unique)


def _unique(comparison: Comparison) -> list[Unique]:
    """What one source alone carries, without a statement that mostly is a quote
    listed beside it (the same words would show twice)."""
    quotes = [u.claim for u in comparison.unique if isinstance(u.claim, Quote)]
    kept = []
    for unique in comparison.unique:
        claim = unique.claim
        if isinstance(claim, Statement):
            inside = sum(
                q.end - q.start
                for q in quotes
                if q.source == claim.source and claim.start <= q.start and q.end <= claim.end
            )
            if inside * 2 >= claim.end - claim.start:
                continue
        kept.append(unique)
    return kept


def subject(claim: Claim, limit: int = 80) -> str:
    """A short label for one claim (statements and quotes cut to `limit` characters)."""
    if isinstance(claim, Quote):
        return f"{claim.speaker or 'unattributed'}: “{_short(claim.text, limit)}”"
    if isinstance(claim, Number):
        return f"{_figure(claim)} {claim.unit or ''}".strip()
    if isinstance(claim, Role):
        return f"{claim.person}: {claim.role}"
    if isinstance(claim, (Date, Time)):
        return f"{claim.text} ({claim.value})" if claim.value else claim.text
    if isinstance(claim, Place):
        return claim.name
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
    close = finding.alignment.verdict == APPROXIMATE
    marks = []
    for source_id in source_ids:
        if source_id not in carriers:
            marks.append(ABSENT)
        elif source_id in differing:
            marks.append(CLOSE if close else DIFFERS)
        else:
            marks.append(CARRIES)
    return marks


def diff_for(alignment: Alignment, member: Claim) -> tuple[DiffOp, ...]:
    """The engine's word diff from the reference to this member (empty: no text change)."""
    for difference in alignment.differences:
        if difference.field == "text" and difference.source == member.source and difference.diff:
            return difference.diff
    return ()


def side(alignment: Alignment, member: Claim) -> str:
    """What a statement member of a conflict says on the point in dispute ("west of
    Aden"): its words the judge set against the reference, or, for the reference
    and the members that do not differ from it, the reference's. Empty for other
    alignments, so that each article's side shows beside its sentence."""
    if not isinstance(member, Statement) or alignment.verdict == AGREE:
        return ""
    told = [d for d in alignment.differences if d.field == "text" and d.a and d.b]
    if not told:
        return ""
    for difference in told:
        if difference.source == member.source and member is not alignment.members[0]:
            return difference.b
    return told[0].a


@attrs.frozen
class Tally:
    conflicts: Counter[str]  # by kind
    variants: int
    agreements: int
    unique: Counter[str]  # by source id

    @property
    def conflict_total(self) -> int:
        return sum(self.conflicts.values())

    @property
    def unique_total(self) -> int:
        return sum(self.unique.values())


def tally(items: Iterable[Finding]) -> Tally:
    conflicts: Counter[str] = Counter()
    unique: Counter[str] = Counter()
    variants = agreements = 0
    for f in items:
        if f.section == CONFLICT:
            conflicts[f.kind] += 1
        elif f.section == VARIANT:
            variants += 1
        elif f.section == AGREEMENT:
            agreements += 1
        else:
            unique[f.claims[0].source] += 1
    return Tally(conflicts, variants, agreements, unique)
