"""Align: match claims across 2..N sources and judge whether the outlets agree."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from compare.align import registry
from compare.align.grouping import group_apart
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
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options, Settings
from compare.align.words import words
from compare.extract import KINDS, Claim
from compare.ingest import Source

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
    options = options or Options()
    registry.check_requested(options.matchers)
    order = {s.id: i for i, s in enumerate(sources)}
    every = [c for per_source in claims for c in per_source if c.kind in options.kinds]
    alignments: list[Alignment] = []
    covered: set[int] = set()  # id() of claims that are in an alignment or repeat one
    repeated: set[int] = set()
    sentences = SentenceClaims.index(every)

    for kind, spec in registry.kinds().items():
        if kind not in options.kinds:
            continue
        of_kind, repeats = spec.distinct([c for c in every if c.kind == kind])
        found = [
            list(matcher(of_kind, options))
            for matcher in registry.matchers(kind, options.matchers, sentences)
        ]
        pairs = [p for per_matcher in found for p in per_matcher]
        # the kind's own matcher's pairs (it comes first) may stand as pairs of two
        own = found[0] if found and spec.leftover_pairs else []
        groups, apart = group_apart(
            of_kind,
            pairs,
            one_to_one=spec.one_to_one(options),
            leftover_pairs={(min(i, j), max(i, j)) for _, i, j in own},
        )
        for n, (idx, score) in enumerate(groups + apart):
            members = sorted((of_kind[i] for i in idx), key=lambda c: (order[c.source], c.start))
            if spec.sentence_judge is not None:
                judgement = spec.sentence_judge(members, options, sentences)
            else:
                judgement = spec.judge(members, options)
            if n >= len(groups) and judgement.verdict is not Verdict.AGREE:
                # A pair standing apart from its claims' groups is loose (complete
                # linkage kept it out): it may be two facts, so a difference the
                # judge sees in it unpairs it rather than being reported.
                continue
            alignments.append(
                Alignment(
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
            )
            covered.update(id(m) for m in members)
        for repeat, original in repeats:
            repeated.add(id(repeat))
            if id(original) in covered:
                covered.add(id(repeat))

    alignments.sort(key=lambda a: (order[a.members[0].source], a.members[0].start, a.kind))
    unique = [
        Unique(_unique_id(c), c)
        for c in sorted(every, key=lambda c: (order[c.source], c.start, _kind_order(c.kind)))
        if id(c) not in covered and id(c) not in repeated
    ]
    return Comparison(tuple(sources), tuple(alignments), tuple(unique), options.to_pairs())


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
