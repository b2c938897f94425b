"""Align: match claims across 2..N sources and judge whether the outlets agree."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from compare.align import registry
from compare.align.age_moments import article_dates, one_moment
from compare.align.closest_swaps import closest_swaps
from compare.align.grouping import apart_groups, group_apart, outsider_pairs
from compare.align.model import (
    AGREE,
    APPROXIMATE,
    COMPARISON_SCHEMA,
    DIFFER,
    VERDICTS,
    Alignment,
    Comparison,
    Conflict,
    Difference,
    DiffOp,
    Judgement,
    Severity,
    Unique,
    Verdict,
    fingerprint,
)
from compare.align.odd_members import split_odd, word_likeness
from compare.align.repeated_facts import (
    BRIDGE_COVER,
    COVER,
    HUBS,
    Shown,
    in_common,
    repeat_candidates,
)
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options, Settings
from compare.align.shared_sides import merge_shared_sides
from compare.align.words import words
from compare.extract import KINDS, Claim
from compare.extract.collection import fewer_collections
from compare.ingest import HEADLINE, Source

__all__ = [
    "AGREE",
    "APPROXIMATE",
    "COMPARISON_SCHEMA",
    "DIFFER",
    "VERDICTS",
    "Alignment",
    "Comparison",
    "Conflict",
    "DiffOp",
    "Difference",
    "Judgement",
    "Options",
    "Settings",
    "Severity",
    "Unique",
    "Verdict",
    "align",
    "compare_files",
    "compare_sources",
    "compare_texts",
    "members_fingerprint",
]


def compare_texts(texts: Mapping[str, str], options: Options | None = None) -> Comparison:
    """Compare articles given as strings, keyed by the id each should have."""
    from compare import pipeline

    return pipeline.compare_texts(texts, options)


def compare_files(paths: Sequence[str | Path], options: Options | None = None) -> Comparison:
    """Compare article files (.txt, .md, .html)."""
    from compare import pipeline

    return pipeline.compare_files(paths, options)


def compare_sources(sources: Sequence[Source], options: Options | None = None) -> Comparison:
    from compare import pipeline

    return pipeline.compare_sources(sources, options)


def align(
    sources: Sequence[Source],
    claims: Sequence[Sequence[Claim]],
    options: Options | None = None,
) -> Comparison:
    """Run every registered kind's matchers over the claims, group the pairs, and
    let the kind's judge give each group its verdict, conflict and severity."""
    # Aligning, like extracting, makes many short-lived records and few cycles:
    # the collector's young collections are made rarer for it (collection.py).
    with fewer_collections():
        return _align(sources, claims, options or Options())


def _align(
    sources: Sequence[Source], claims: Sequence[Sequence[Claim]], options: Options
) -> Comparison:
    registry.check_requested(options.matchers)
    order = {s.id: i for i, s in enumerate(sources)}
    every = [c for per_source in claims for c in per_source if c.kind in options.kinds]
    alignments: list[Alignment] = []
    covered: set[int] = set()  # id() of claims that are in an alignment or repeat one
    repeated: set[int] = set()
    dates = article_dates(sources)
    sentences = SentenceClaims.index(every, dates, {s.id: s.text for s in sources})

    for kind, spec in registry.kinds().items():
        if kind not in options.kinds:
            continue
        of_kind, repeats = spec.distinct([c for c in every if c.kind == kind])
        rows = _rows(spec, of_kind, options, sentences)
        shown = Shown()
        shares = in_common(of_kind)
        judge = _judge_of(spec, options, sentences)
        # a pair the rows give twice (a loose pair, then a repeated fact or a bridge)
        # is judged once: the judge reads only the members and their sentences
        judged: dict[tuple[int, ...], Judgement] = {}
        for idx, score, standing in rows:
            members = sorted((of_kind[i] for i in idx), key=lambda c: (order[c.source], c.start))
            if standing is _Standing.REPEATS and not (
                shown.wanted(*members) and shares(members[0], members[1], COVER)
            ):
                continue
            # ages of one person told at two moments are not set against each other
            kept = one_moment(members, dates)
            if len(kept) < len(members):
                if len({m.source for m in kept}) < 2:
                    continue
                members = list(kept)
            judgement = _judged_once(judged, judge, members)
            if judgement.unchecked and standing is _Standing.GROUPED and spec.odd_member_apart:
                # one member apart from a group that otherwise agrees (odd_members.py)
                split = split_odd(
                    members, judge, lambda c: c.source, lambda a, b: word_likeness(a.text, b.text)
                )
                if split is not None:
                    if split.clash is not None:
                        clash_members, clash_judgement = split.clash
                        alignments.append(_alignment(clash_members, clash_judgement, score))
                        covered.update(id(m) for m in clash_members)
                        shown.add(clash_members, False, score)
                    members, judgement = list(split.rest), split.judgement
            if judgement.unchecked:
                continue  # a difference the judge could not check: no ✓, no finding
            if standing is _Standing.DIFFERS_ONLY and judgement.verdict != DIFFER:
                continue  # a pair apart from the groups is shown only when it differs
            if (
                standing in (_Standing.AGREES_ONLY, _Standing.REPEATS)
                and judgement.verdict != AGREE
            ):
                # A loose pair (complete linkage kept it out of its claims' groups)
                # may be two facts, so a difference the judge sees unpairs it.
                continue
            alignments.append(_alignment(members, judgement, score))
            covered.update(id(m) for m in members)
            shown.add(members, judgement.verdict == AGREE, score)
        if spec.bridges_facts and spec.one_to_one(options):
            tried: set[frozenset[int]] = set()
            while True:
                bridged = 0
                for a, b, score in shown.bridges(HUBS):
                    pair = frozenset((id(a), id(b)))
                    if pair in tried or not shown.wanted(a, b) or not shares(a, b, BRIDGE_COVER):
                        continue
                    tried.add(pair)
                    members = sorted((a, b), key=lambda c: (order[c.source], c.start))
                    judgement = _judged_once(judged, judge, members)
                    if judgement.unchecked or judgement.verdict != AGREE:
                        continue
                    alignments.append(_alignment(members, judgement, score))
                    covered.update(id(m) for m in members)
                    shown.add(members, True, score)
                    bridged += 1
                if not bridged:
                    break
        for repeat, original in repeats:
            repeated.add(id(repeat))
            if id(original) in covered:
                covered.add(id(repeat))

    # A body claim aligned only with the other articles' headlines keeps its body
    # partner free to find: a headline sums up its body, so its figure meeting the
    # other's ("17-year wait" / "in 17 years") leaves open which body claim tells the
    # same fact ("first title since 2009"). Only for matchers of agreements.
    headline_only = _headline_only(alignments)
    for cross in registry.cross_kinds():
        if set(cross.kinds) <= set(options.kinds):
            taken = covered | repeated
            if not cross.differs:
                taken = taken - headline_only
            if cross.paired_statements:
                taken = taken - _in_statements_only(alignments)
            told = _told_conflicts(alignments) if cross.once_per_sentences else frozenset()
            if cross.agreed_once:
                told = told | _told_agreements(alignments, cross.kinds)
            found = _cross_alignments(cross, every, taken, options, sentences, order, told)
            alignments.extend(found)
            covered.update(id(m) for a in found for m in a.members)
            headline_only -= {id(m) for a in found for m in a.members}

    alignments = merge_shared_sides(alignments, order, _alignment_id)
    alignments.sort(key=lambda a: (order[a.members[0].source], a.members[0].start, a.kind))
    unique = [
        Unique(_unique_id(c), c)
        for c in sorted(every, key=lambda c: (order[c.source], c.start, _kind_order(c.kind)))
        if id(c) not in covered and id(c) not in repeated
    ]
    return Comparison(tuple(sources), tuple(alignments), tuple(unique), options.to_pairs())


def _in_statements_only(alignments: Sequence[Alignment]) -> set[int]:
    """id() of the statements whose every alignment is a statement alignment."""
    kinds: dict[int, set[str]] = {}
    for alignment in alignments:
        for member in alignment.members:
            if member.kind == "statement":
                kinds.setdefault(id(member), set()).add(str(alignment.kind))
    return {claim for claim, of in kinds.items() if of == {"statement"}}


def _headline_only(alignments: Sequence[Alignment]) -> set[int]:
    """id() of the body claims whose every alignment pairs them with headline claims
    of the other sources only."""
    partners: dict[int, list[bool]] = {}
    for alignment in alignments:
        for member in alignment.members:
            if member.block == HEADLINE:
                continue
            others = [m for m in alignment.members if m.source != member.source]
            partners.setdefault(id(member), []).append(
                bool(others) and all(m.block == HEADLINE for m in others)
            )
    return {claim for claim, headline in partners.items() if all(headline)}


def _cross_alignments(
    cross: registry.CrossKindSpec,
    every: Sequence[Claim],
    taken: set[int],
    options: Options,
    sentences: SentenceClaims,
    order: Mapping[str, int],
    told: frozenset[tuple[object, frozenset[tuple[str, int]]]] = frozenset(),
) -> list[Alignment]:
    """The pairs of a matcher across kinds among the claims nothing paired yet, best
    first, each claim with one partner; kept only when the judge finds they agree.
    `told`: the conflicts already reported (and, for `agreed_once`, the agreements
    already shown), each with its members' sentences."""
    free = [c for c in every if c.kind in cross.kinds and id(c) not in taken]
    paired: set[int] = set()
    found = []
    for score, i, j in sorted(cross.matcher(free, options, sentences), key=lambda p: -p[0]):
        if i in paired or j in paired:
            continue
        members = sorted((free[i], free[j]), key=lambda c: (order[c.source], c.start))
        judgement = cross.judge(members, options, sentences)
        if judgement.unchecked or judgement.verdict != (DIFFER if cross.differs else AGREE):
            continue  # across kinds only an agreement is shown (or, `differs`, a discrepancy)
        if (judgement.conflict, _sentences_of(members)) in told:
            continue  # the two sentences' discrepancy is reported already
        paired.update((i, j))
        shown = judgement if cross.differs else Judgement(verdict=AGREE)
        found.append(
            Alignment(
                members_fingerprint([cross.kind], members),
                cross.kind,
                shown.verdict,
                score,
                tuple(members),
                shown.differences,
                conflict=shown.conflict,
                severity=shown.severity,
                title=shown.title,
            )
        )
    return found


def _sentences_of(members: Sequence[Claim]) -> frozenset[tuple[str, int]]:
    return frozenset((m.source, m.sentence_start) for m in members)


def _told_conflicts(
    alignments: Sequence[Alignment],
) -> frozenset[tuple[object, frozenset[tuple[str, int]]]]:
    """The conflicts the alignments report, each with its members' sentences."""
    return frozenset(
        (a.conflict, _sentences_of(a.members)) for a in alignments if a.verdict == DIFFER
    )


def _told_agreements(
    alignments: Sequence[Alignment], kinds: Sequence[str]
) -> frozenset[tuple[object, frozenset[tuple[str, int]]]]:
    """Every two sentences of two sources an agreeing alignment of one of the kinds
    holds members of, keyed as `_told_conflicts` keys a conflict (an agreement has
    none). A figure or a date agreeing in the two sentences tells another fact of
    them, not the saying a cross-kind matcher pairs."""
    return frozenset(
        (None, _sentences_of((x, y)))
        for a in alignments
        if a.verdict == AGREE and a.kind in kinds
        for x in a.members
        for y in a.members
        if x.source < y.source
    )


def _judged_once(
    judged: dict[tuple[int, ...], Judgement],
    judge: Callable[[Sequence[Claim]], Judgement],
    members: Sequence[Claim],
) -> Judgement:
    """The judge's verdict on the members, worked out once per comparison and kind."""
    key = tuple(id(m) for m in members)
    if key not in judged:
        judged[key] = judge(members)
    return judged[key]


def _judge_of(
    spec: registry.KindSpec, options: Options, sentences: SentenceClaims
) -> Callable[[Sequence[Claim]], Judgement]:
    """The kind's judge, with each sentence's claims when it reads them."""
    sentence_judge = spec.sentence_judge
    if sentence_judge is not None:
        return lambda members: sentence_judge(members, options, sentences)
    return lambda members: spec.judge(members, options)


def _alignment(members: Sequence[Claim], judgement: Judgement, score: float) -> Alignment:
    return Alignment(
        _alignment_id(members),
        members[0].kind,
        judgement.verdict,
        score,
        tuple(members),
        judgement.differences,
        conflict=judgement.conflict,
        severity=judgement.severity,
        title=judgement.title,
    )


class _Standing(enum.Enum):
    """How a group stands: among the grouping's groups, or a pair of two apart from
    them that is shown only when its verdict is the one named."""

    GROUPED = "grouped"
    DIFFERS_ONLY = "differs-only"  # a precise matcher's pair beside the groups
    AGREES_ONLY = "agrees-only"  # the kind's own loose pair complete linkage kept out
    REPEATS = "repeats"  # a sure pair left apart, one claim alone in the other's source


def _rows(
    spec: registry.KindSpec,
    of_kind: Sequence[Claim],
    options: Options,
    sentences: SentenceClaims,
) -> list[tuple[list[int], float, _Standing]]:
    """Every matcher's pairs for one kind, grouped; then the pairs standing apart."""
    found: list[list[tuple[float, int, int]]] = []
    precise: list[tuple[float, int, int]] = []  # pairs that may stand beside the groups
    for matcher, may_stand_apart in registry.flagged_matchers(
        spec.kind, options.matchers, sentences
    ):
        found.append(list(matcher(of_kind, options)))
        if may_stand_apart:
            precise.extend(found[-1])
    pairs = [p for per_matcher in found for p in per_matcher]
    # the kind's own matcher's pairs (it comes first) may stand as loose pairs of two
    own = found[0] if found and spec.leftover_pairs else []
    groups, loose = group_apart(
        of_kind,
        pairs,
        one_to_one=spec.one_to_one(options),
        leftover_pairs={(min(i, j), max(i, j)) for _, i, j in own},
        pairs_only_under=spec.pairs_only_under,
    )
    if spec.swaps_closest and spec.one_to_one(options):
        judge = _judge_of(spec, options, sentences)
        groups = closest_swaps(of_kind, groups, pairs, judge, loose)
    apart = apart_groups(groups, precise)
    firm = spec.outsider
    if firm is not None and found and options.outsiders:
        apart += outsider_pairs(
            of_kind, groups, found[0], lambda i, j: firm(of_kind[i], of_kind[j])
        )
    # A pair both ways is a precise matcher's: its difference is the point of it.
    taken = {tuple(idx) for idx, _ in apart}
    freed = _past_headlines(of_kind, pairs, groups) if spec.one_to_one(options) else []
    repeats = (
        repeat_candidates(found[0], options.statement_threshold)
        if spec.repeats_facts and found and spec.one_to_one(options)
        else []
    )
    return (
        [(idx, score, _Standing.GROUPED) for idx, score in groups]
        + [(idx, score, _Standing.DIFFERS_ONLY) for idx, score in apart]
        + [(idx, score, _Standing.AGREES_ONLY) for idx, score in loose if tuple(idx) not in taken]
        + [(idx, score, _Standing.AGREES_ONLY) for idx, score in freed]
        + [(idx, score, _Standing.REPEATS) for idx, score in repeats]
    )


def _past_headlines(
    of_kind: Sequence[Claim],
    pairs: Sequence[tuple[float, int, int]],
    groups: Sequence[tuple[list[int], float]],
) -> list[tuple[list[int], float]]:
    """Groups of body claims that the grouping left each beside the other articles'
    headlines only: a headline sums up its article, so a body sentence meeting it
    ("Gasket failure blamed for chlorine release" / "Halvern blamed a failed gasket
    on a transfer line") says nothing of which body sentence of that article tells
    the same fact ("has blamed a gasket failure on a line that moves chlorine"). The
    body claims are grouped again among themselves, on the matchers' pairs of two
    body claims of which at least one stood beside headlines only; a new group is
    shown only when it agrees (the cross-kind matchers free such claims alike,
    align._headline_only)."""
    if not any(c.block == HEADLINE for c in of_kind):
        return []
    group_of: dict[int, list[int]] = {i: idx for idx, _ in groups for i in idx}

    def beside_headlines(i: int) -> bool:
        others = [k for k in group_of.get(i, ()) if of_kind[k].source != of_kind[i].source]
        return bool(others) and all(of_kind[k].block == HEADLINE for k in others)

    def body_free(i: int) -> bool:
        return of_kind[i].block != HEADLINE and (i not in group_of or beside_headlines(i))

    body = [
        (score, i, j)
        for score, i, j in pairs
        if body_free(i) and body_free(j) and (beside_headlines(i) or beside_headlines(j))
    ]
    if not body:
        return []
    regrouped, _ = group_apart(of_kind, body, one_to_one=True)
    return [(idx, score) for idx, score in regrouped if len(idx) > 1]


def _kind_order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def members_fingerprint(prefix: Sequence[str], members: Sequence[Claim]) -> str:
    """The id of a group of claims: their sources and words in a fixed order, so it
    does not change when unrelated text moves. Alignments and check findings use it."""
    keys = sorted(f"{m.source}:{' '.join(words(m.text))}" for m in members)
    return fingerprint(*prefix, *keys)


def _alignment_id(members: Sequence[Claim]) -> str:
    return members_fingerprint([members[0].kind], members)


def _unique_id(claim: Claim) -> str:
    return fingerprint("unique", claim.kind, claim.source, " ".join(words(claim.text)))
