"""Run the configured checks: compare each event's sources, keep the failing
findings, set them against the baseline.

A check finding is one aligned fact the sources disagree on. Its id is a
fingerprint of its rule code, whom it is about (a speaker, a person, what a
figure counts) and the distinct values in dispute ("loud" / "loudly"), not of
the sources: so an accepted finding stays accepted when another outlet joins
and repeats one side of it, and turns new only when a new value appears.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from compare import pipeline
from compare.align import Alignment, Comparison, Difference, Options, members_fingerprint
from compare.align.model import Severity, fingerprint
from compare.align.numbers import unit_key
from compare.align.words import words
from compare.check.config import Config, ConfigError, Event, Ignore
from compare.extract import Claim, Number
from compare.ingest import Source
from compare.report.findings import AGREEMENT, Finding, every_finding, heading, who
from compare.report.rules import matches

# Most serious first: the order findings are listed in.
SEVERITY_ORDER = {Severity.CONFLICT: 0, Severity.VARIANT: 1, Severity.INFO: 2}


@attrs.frozen
class Failure:
    """A finding `check` reports: one disagreement, with all its evidence."""

    id: str
    event: str
    kind: str
    code: str  # the rule: CD101, CD201, ...
    severity: Severity
    verdict: str
    title: str
    members: tuple[Claim, ...]
    differences: tuple[Difference, ...]

    def to_baseline(self, paths: dict[str, str]) -> dict[str, Any]:
        return {
            "id": self.id,
            "event": self.event,
            "code": self.code,
            "kind": self.kind,
            "severity": str(self.severity),
            "verdict": str(self.verdict),
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
    failures: tuple[Failure, ...]  # failing now, after select, ignore and [[ignore]]
    new: tuple[Failure, ...]  # failing and not in the baseline
    stale: tuple[dict[str, Any], ...]  # baseline entries that no longer occur at all
    paths: dict[str, str]  # source id → path as shown to the user
    found: tuple[Failure, ...] = ()  # every disagreement, failing or not (for --accept)


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
    sources = pipeline.load(display_path(p) for p in event_files(config, event))
    shown = {s.id: s.path or s.id for s in sources}
    accepted = {entry.get("id") for entry in baseline if entry.get("event") == event.name}
    if len(sources) < 2:
        stale = tuple(e for e in baseline if e.get("event") == event.name)
        return EventResult(event, tuple(sources), None, (), (), stale, shown)
    comparison = pipeline.compare_sources(sources, Options(tolerance=config.tolerance))
    disagreements = [
        f for f in every_finding(comparison) if f.alignment is not None and f.section != AGREEMENT
    ]
    found = sorted(
        (failure_of(event.name, f) for f in disagreements),
        key=lambda f: (SEVERITY_ORDER[f.severity], f.code),
    )
    failures = [f for f in found if fails(f, config) and not _ignored(f, config.ignores, shown)]
    current = {f.id for f in found}
    return EventResult(
        event,
        tuple(sources),
        comparison,
        tuple(failures),
        tuple(f for f in failures if f.id not in accepted),
        tuple(e for e in baseline if e.get("event") == event.name and e.get("id") not in current),
        shown,
        tuple(found),
    )


def failure_of(event: str, finding: Finding) -> Failure:
    alignment = finding.alignment
    assert alignment is not None
    return Failure(
        finding_id(finding.code, finding, alignment),
        event,
        finding.kind,
        finding.code,
        finding.severity,
        alignment.verdict,
        heading(finding),
        alignment.members,
        alignment.differences,
    )


def finding_id(code: str, finding: Finding, alignment: Alignment) -> str:
    """Rule, subject and the disputed values, each value once and sorted: the same
    whichever source is the reference and however many outlets repeat a side."""
    reference = alignment.members[0]
    about = unit_key(reference) if isinstance(reference, Number) else who(finding)
    values = {" ".join(words(v)) for d in alignment.differences for v in (d.a, d.b)}
    if not values - {""}:
        title = alignment.title.replace(" → ", " vs ")
        values = {" ".join(words(v)) for v in title.split(" vs ")}
    values -= {""}
    if not values:
        return members_fingerprint(["check", code], alignment.members)
    return fingerprint("check", code, " ".join(words(about)), *sorted(values))


def fails(failure: Failure, config: Config) -> bool:
    """Whether the configuration counts this finding as a failure."""
    if failure.severity not in config.fail_on and failure.verdict not in config.fail_on:
        return False
    if failure.kind not in config.kinds:
        return False
    if config.select and not matches(failure.code, config.select):
        return False
    return not matches(failure.code, config.ignore_codes)


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
