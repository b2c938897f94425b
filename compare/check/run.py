"""Run the configured checks: compare each event's sources, keep the failing
findings, set them against the baseline.

A check finding is a *pair* of claims from two sources that disagree, judged
pairwise. Its id is a fingerprint of the two sources and their words, so it
stays the same when a third source joins the event or unrelated text moves;
that is what the baseline is keyed by.
"""

from __future__ import annotations

import fnmatch
import glob
import itertools
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from compare.align import (
    Alignment,
    Comparison,
    Difference,
    Options,
    align,
    members_fingerprint,
)
from compare.align.model import Verdict
from compare.align.numbers import judge_numbers
from compare.align.quotes import judge_quotes
from compare.align.roles import judge_roles
from compare.check.config import Config, ConfigError, Event, Ignore
from compare.extract import Claim, Number, Quote, Role, extract_claims
from compare.ingest import Source, load_source, with_unique_ids
from compare.report.findings import finding_of


@attrs.frozen
class Failure:
    id: str
    event: str
    kind: str
    verdict: str
    title: str
    members: tuple[Claim, Claim]
    differences: tuple[Difference, ...]

    def to_baseline(self, paths: dict[str, str]) -> dict[str, Any]:
        return {
            "id": self.id,
            "event": self.event,
            "kind": self.kind,
            "verdict": self.verdict,
            "title": self.title,
            "evidence": [
                {"file": paths[m.source], "line": m.line, "text": " ".join(m.text.split())}
                for m in self.members
            ],
            "differences": [describe_difference(d) for d in self.differences],
        }


@attrs.frozen
class EventResult:
    event: Event
    sources: tuple[Source, ...]
    comparison: Comparison | None  # None when the event has fewer than two sources
    failures: tuple[Failure, ...]  # failing now, after ignore rules
    new: tuple[Failure, ...]  # failing and not in the baseline
    stale: tuple[dict[str, Any], ...]  # baseline entries that no longer occur
    paths: dict[str, str]  # source id → path as shown to the user


def describe_difference(d: Difference) -> str:
    if d.field == "text":
        return f"{d.kind}: {d.a or '∅'} → {d.b or '∅'}"
    return f"{d.field}: {d.a} → {d.b}"


def event_files(config: Config, event: Event) -> list[Path]:
    files: set[Path] = set()
    for pattern in event.patterns:
        matched = [Path(p) for p in glob.glob(str(config.root / pattern), recursive=True)]
        matched = [p for p in matched if p.is_file()]
        if not matched:
            raise ConfigError(config.path, f"event {event.name!r}: no files match {pattern!r}")
        files.update(matched)
    return sorted(files)


def display_path(path: Path) -> str:
    """The path relative to the working folder (how CI annotations name files)."""
    try:
        return os.path.relpath(path, Path.cwd()).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        return str(path)


def run_event(config: Config, event: Event, baseline: Sequence[dict[str, Any]]) -> EventResult:
    sources = with_unique_ids([load_source(display_path(p)) for p in event_files(config, event)])
    shown = {s.id: s.path or s.id for s in sources}
    if len(sources) < 2:
        return EventResult(
            event, tuple(sources), None, (), (), _stale(event, baseline, set()), shown
        )
    comparison = align(
        sources, [extract_claims(s) for s in sources], Options(tolerance=config.tolerance)
    )
    failures = [
        f
        for alignment in comparison.alignments
        if alignment.kind in config.kinds
        for f in pairwise_failures(event.name, alignment, config)
        if not _ignored(f, config.ignores, shown)
    ]
    accepted = {entry.get("id") for entry in baseline if entry.get("event") == event.name}
    new = [f for f in failures if f.id not in accepted]
    current = {f.id for f in failures}
    return EventResult(
        event,
        tuple(sources),
        comparison,
        tuple(failures),
        tuple(new),
        _stale(event, baseline, current),
        shown,
    )


def pairwise_failures(event: str, alignment: Alignment, config: Config) -> list[Failure]:
    by_source: dict[str, list[Claim]] = {}
    for member in alignment.members:
        by_source.setdefault(member.source, []).append(member)
    failures = []
    for a, b in itertools.combinations(sorted(by_source), 2):
        pair = [*by_source[a], *by_source[b]]
        verdict, differences = _judge(alignment.kind, pair, config)
        if verdict not in config.fail_on:
            continue
        first = _closest(differences, by_source[a], a)
        second = _closest(differences, by_source[b], b)
        members = (first, second)
        sub = attrs.evolve(
            alignment, members=members, verdict=Verdict(verdict), differences=differences
        )
        failures.append(
            Failure(
                _pair_id(alignment.kind, members),
                event,
                alignment.kind,
                verdict,
                finding_of(sub).title,
                members,
                differences,
            )
        )
    return failures


def _judge(kind: str, pair: list[Claim], config: Config) -> tuple[str, tuple[Difference, ...]]:
    if kind == "quote":
        return judge_quotes([c for c in pair if isinstance(c, Quote)])
    if kind == "number":
        return judge_numbers([c for c in pair if isinstance(c, Number)], config.tolerance)
    if kind == "role":
        return judge_roles([c for c in pair if isinstance(c, Role)])
    return "agree", ()


def _closest(differences: Sequence[Difference], claims: list[Claim], source: str) -> Claim:
    """Of a source's claims in the alignment, the one a difference quotes."""
    for d in differences:
        text = d.a if d.reference == source else d.b if d.source == source else ""
        for claim in claims:
            if text and isinstance(claim, Role) and claim.role == text:
                return claim
    return claims[0]


def _pair_id(kind: str, members: Sequence[Claim]) -> str:
    return members_fingerprint(["check", kind], members)


def _ignored(failure: Failure, ignores: Sequence[Ignore], paths: dict[str, str]) -> bool:
    for rule in ignores:
        if rule.id is not None and rule.id != failure.id:
            continue
        if rule.kind is not None and rule.kind != failure.kind:
            continue
        if rule.source is not None and not any(
            fnmatch.fnmatch(paths[m.source], rule.source) for m in failure.members
        ):
            continue
        if rule.contains is not None and not any(
            rule.contains.lower() in (m.sentence + " " + m.text).lower() for m in failure.members
        ):
            continue
        return True
    return False


def _stale(
    event: Event, baseline: Sequence[dict[str, Any]], current: set[str]
) -> tuple[dict[str, Any], ...]:
    return tuple(e for e in baseline if e.get("event") == event.name and e.get("id") not in current)
