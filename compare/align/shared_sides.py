"""A statement conflict several articles tell is one finding, as a figure's is.

Figures and quotes are grouped across articles before they are judged, so a
figure three outlets give two ways is one finding listing every article. A
statement conflict is often found pair by pair instead (a precise matcher's pair
standing apart from the groups), so "150 miles west of the port" against "east
of the port" told by three articles showed as two findings, one per pair, with
the article on the lone side in both.

Two statement conflicts of one type are one finding when they share a sentence
that stands on the same side in both (the words the judge set against the other
side are the same): the conflict is then one dispute with more witnesses, not two
facts. The merged finding lists every member; its differences are restated from
the new reference (the first member in source order) to each member on another
side, as a judge's are, so the report marks each article's side and `check`
gives it one id. A shared sentence on two different sides (one sentence at odds
with two others about two things) keeps the findings apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from compare.align.model import DIFFER, Alignment, Difference, Severity
from compare.align.words import word_diff, words
from compare.extract import Claim

STATEMENT = "statement"
_SEVERITY_RANK = {Severity.CONFLICT: 0, Severity.VARIANT: 1, Severity.INFO: 2}


def merge_shared_sides(
    alignments: Sequence[Alignment],
    order: Mapping[str, int],
    identify: Callable[[Sequence[Claim]], str],
) -> list[Alignment]:
    """The alignments with every set of statement conflicts that share a side
    merged into one; others unchanged, in their order (a merged one where its
    first part stood). `identify` gives a merged alignment its id."""
    sides = [_sides(a) for a in alignments]
    parent = list(range(len(alignments)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, int, str], int] = {}  # (conflict, claim, side) -> alignment
    for i, side_of in enumerate(sides):
        if side_of is None:
            continue
        conflict = str(alignments[i].conflict)
        for claim_id, (side, _) in side_of.items():
            key = (conflict, claim_id, side)
            if key in seen:
                parent[root(i)] = root(seen[key])
            else:
                seen[key] = i
    parts: dict[int, list[int]] = {}
    for i in range(len(alignments)):
        parts.setdefault(root(i), []).append(i)
    out: list[Alignment] = []
    for i, alignment in enumerate(alignments):
        group = parts[root(i)]
        if len(group) == 1:
            out.append(alignment)
        elif group[0] == i:
            merged = _merged([alignments[j] for j in group], [sides[j] for j in group], order)
            if merged is None:
                out.extend(alignments[j] for j in group)
            else:
                out.append(_with_id(merged, identify))
    return out


_Sides = dict[int, tuple[str, str]]  # id(claim) -> (side as words, side as written)


def _sides(alignment: Alignment) -> _Sides | None:
    """Each member's side of a statement conflict: the words the judge set against
    the reference for a member that differs, the reference's words for the
    reference and the members that do not differ from it. None when the alignment
    is no statement conflict of one type with its sides told."""
    if alignment.kind != STATEMENT or alignment.verdict != DIFFER or alignment.conflict is None:
        return None
    differences = alignment.differences
    if not differences or any(
        d.field != "text" or d.kind != str(alignment.conflict) for d in differences
    ):
        return None
    reference = alignment.members[0]
    told = {d.a for d in differences}
    if len(told) != 1 or any(d.reference != reference.source for d in differences):
        return None
    own = next(iter(told))
    by_source: dict[str, list[Difference]] = {}
    for d in differences:
        by_source.setdefault(d.source, []).append(d)
    out: _Sides = {}
    if len({m.source for m in alignment.members}) < len(alignment.members):
        return None  # two members of one source: whose difference would it be?
    for member in alignment.members:
        found = by_source.get(member.source, []) if member is not reference else []
        if len(found) > 1:
            return None
        value = found[0].b if found else own
        side = " ".join(words(value))
        if not side:
            return None
        out[id(member)] = (side, value)
    return out


def _merged(
    group: Sequence[Alignment],
    sides: Sequence[_Sides | None],
    order: Mapping[str, int],
) -> Alignment | None:
    side_of: dict[int, tuple[str, str]] = {}
    members: dict[int, Claim] = {}
    for alignment, told in zip(group, sides, strict=True):
        assert told is not None
        for member in alignment.members:
            side = told[id(member)]
            if side_of.setdefault(id(member), side)[0] != side[0]:
                return None  # one sentence on two sides: keep the findings apart
            members[id(member)] = member
    ordered = sorted(members.values(), key=lambda c: (order[c.source], c.start))
    if len({m.source for m in ordered}) < len(ordered):
        return None  # two sentences of one article: each side is told per article
    reference = ordered[0]
    own, written = side_of[id(reference)]
    first = group[0]
    conflict = first.conflict
    assert conflict is not None
    differences = tuple(
        Difference(
            "text",
            str(conflict),
            reference.source,
            member.source,
            written,
            side_of[id(member)][1],
            word_diff(reference.text, member.text),
        )
        for member in ordered[1:]
        if side_of[id(member)][0] != own
    )
    distinct = dict.fromkeys(side_of[id(m)][0] for m in ordered)
    shown = {side: value for side, value in reversed([side_of[id(m)] for m in ordered])}
    return Alignment(
        "",
        first.kind,
        DIFFER,
        max(a.score for a in group),
        tuple(ordered),
        differences,
        conflict=conflict,
        severity=min((a.severity for a in group), key=_SEVERITY_RANK.__getitem__),
        title=" vs ".join(shown[side] for side in distinct),
    )


def _with_id(alignment: Alignment, identify: Callable[[Sequence[Claim]], str]) -> Alignment:
    return Alignment(
        identify(alignment.members),
        alignment.kind,
        alignment.verdict,
        alignment.score,
        alignment.members,
        alignment.differences,
        conflict=alignment.conflict,
        severity=alignment.severity,
        title=alignment.title,
    )
