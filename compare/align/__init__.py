"""Align: match claims across 2..N sources and judge whether the outlets agree."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import attrs

from compare.align.grouping import group
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
from compare.align.numbers import DEFAULT_TOLERANCE, judge_numbers, number_pairs, unit_key
from compare.align.people import same_person
from compare.align.quotes import judge_quotes, quote_pairs
from compare.align.roles import judge_roles, role_groups
from compare.align.statements import DEFAULT_THRESHOLD, statement_pairs
from compare.align.words import contained_span, words
from compare.errors import share
from compare.extract import KINDS, Claim, Number, Quote, Role, Statement, extract_claims
from compare.ingest import Source, load_source

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
    "Severity",
    "Unique",
    "Verdict",
    "align",
    "compare_files",
    "compare_sources",
    "compare_texts",
    "members_fingerprint",
]

C = TypeVar("C", bound=Claim)


def _tolerance(value: float) -> float:
    return share("tolerance", value)


@attrs.frozen
class Options:
    """What to compare and how strictly."""

    kinds: tuple[str, ...] = KINDS
    # relative gap under which figures agree approximately; NaN or 1+ is refused
    tolerance: float = attrs.field(default=DEFAULT_TOLERANCE, converter=_tolerance)
    statement_threshold: float = DEFAULT_THRESHOLD
    one_to_one: bool = True  # statements: at most one per source in a match

    def to_pairs(self) -> tuple[tuple[str, Any], ...]:
        return (
            ("kinds", list(self.kinds)),
            ("tolerance", self.tolerance),
            ("statement_threshold", self.statement_threshold),
            ("one_to_one", self.one_to_one),
        )


def compare_texts(texts: Mapping[str, str], options: Options | None = None) -> Comparison:
    """Compare articles given as strings, keyed by the id each should have."""
    sources = [Source.from_text(text, id=key) for key, text in texts.items()]
    return compare_sources(sources, options)


def compare_files(paths: Sequence[str | Path], options: Options | None = None) -> Comparison:
    """Compare article files (.txt, .md, .html)."""
    return compare_sources([load_source(p) for p in paths], options)


def compare_sources(sources: Sequence[Source], options: Options | None = None) -> Comparison:
    return align(sources, [extract_claims(s) for s in sources], options)


def align(
    sources: Sequence[Source],
    claims: Sequence[Sequence[Claim]],
    options: Options | None = None,
) -> Comparison:
    options = options or Options()
    order = {s.id: i for i, s in enumerate(sources)}
    every = [c for per_source in claims for c in per_source if c.kind in options.kinds]
    alignments: list[Alignment] = []
    covered: set[int] = set()  # id() of claims that are in an alignment or repeat one

    def add(
        members: list[C],
        score: float,
        judge: Callable[[list[C]], tuple[str, tuple[Difference, ...]]],
    ) -> None:
        members = sorted(members, key=lambda c: (order[c.source], c.start))
        verdict, differences = judge(members)
        alignments.append(
            Alignment(
                _alignment_id(members),
                members[0].kind,
                Verdict(verdict),
                score,
                tuple(members),
                differences,
            )
        )
        covered.update(id(m) for m in members)

    quotes, repeats = _distinct_quotes([c for c in every if isinstance(c, Quote)])
    for idx, score in group(quotes, quote_pairs(quotes)):
        add([quotes[i] for i in idx], score, judge_quotes)
    for repeat, original in repeats:
        if id(original) in covered:
            covered.add(id(repeat))

    numbers, number_repeats = _distinct_numbers([c for c in every if isinstance(c, Number)])
    for idx, score in group(numbers, number_pairs(numbers)):
        add(
            [numbers[i] for i in idx],
            score,
            lambda members: judge_numbers(members, options.tolerance),
        )
    for number_repeat, number_original in number_repeats:
        if id(number_original) in covered:
            covered.add(id(number_repeat))

    roles = [c for c in every if isinstance(c, Role)]
    for idx in role_groups(roles):
        add([roles[i] for i in idx], 1.0, judge_roles)

    statements = [c for c in every if isinstance(c, Statement)]
    pairs = statement_pairs(
        [s.text for s in statements], [s.source for s in statements], options.statement_threshold
    )
    for idx, score in group(statements, pairs, one_to_one=options.one_to_one):
        add([statements[i] for i in idx], score, lambda members: (AGREE, ()))

    alignments.sort(key=lambda a: (order[a.members[0].source], a.members[0].start, a.kind))
    repeated = {id(repeat) for repeat, _ in [*repeats, *number_repeats]}
    unique = [
        Unique(_unique_id(c), c)
        for c in sorted(every, key=lambda c: (order[c.source], c.start, KINDS.index(c.kind)))
        if id(c) not in covered and id(c) not in repeated
    ]
    return Comparison(tuple(sources), tuple(alignments), tuple(unique), options.to_pairs())


def _distinct_quotes(quotes: list[Quote]) -> tuple[list[Quote], list[tuple[Quote, Quote]]]:
    """Within one source, a quote that repeats another (the standfirst echoing the
    body) is matched once; it counts as covered when its original is aligned."""
    kept: list[Quote] = []
    repeats: list[tuple[Quote, Quote]] = []
    by_source: dict[str, list[tuple[Quote, list[str]]]] = {}
    for quote in sorted(quotes, key=lambda q: -len(q.text)):
        toks = words(quote.text)
        original = None
        for other, other_toks in by_source.get(quote.source, []):
            matched, _, _ = contained_span(toks, other_toks)
            speakers_fit = (
                quote.speaker is None
                or other.speaker is None
                or quote.speaker == other.speaker
                or same_person(quote.speaker, other.speaker) is True
            )
            if toks and matched / len(toks) >= 0.9 and speakers_fit:
                original = other
                break
        if original is None:
            kept.append(quote)
            by_source.setdefault(quote.source, []).append((quote, toks))
        else:
            repeats.append((quote, original))
    kept.sort(key=lambda q: (q.source, q.start))
    return kept, repeats


def _distinct_numbers(numbers: list[Number]) -> tuple[list[Number], list[tuple[Number, Number]]]:
    kept: list[Number] = []
    repeats: list[tuple[Number, Number]] = []
    seen: dict[tuple[str, float, float | None, float | None, str], Number] = {}
    for number in numbers:
        key = (number.source, number.value, number.low, number.high, unit_key(number))
        if key in seen and unit_key(number):
            repeats.append((number, seen[key]))
        else:
            seen[key] = number
            kept.append(number)
    return kept, repeats


def members_fingerprint(prefix: Sequence[str], members: Sequence[Claim]) -> str:
    """The id of a group of claims: their sources and words in a fixed order, so it
    does not change when unrelated text moves. Alignments and check findings use it."""
    keys = sorted(f"{m.source}:{' '.join(words(m.text))}" for m in members)
    return fingerprint(*prefix, *keys)


def _alignment_id(members: Sequence[Claim]) -> str:
    return members_fingerprint([members[0].kind], members)


def _unique_id(claim: Claim) -> str:
    return fingerprint("unique", claim.kind, claim.source, " ".join(words(claim.text)))
