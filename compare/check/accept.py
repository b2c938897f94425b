"""`check --accept ID` and the command line's `--select` / `--ignore`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from compare.check.baseline import baseline_of
from compare.check.config import Config
from compare.check.run import EventResult, Failure
from compare.errors import ClaimdiffError
from compare.report.rules import known_pattern

# A shorter prefix would too often name two findings.
MIN_PREFIX = 4


def with_codes(
    config: Config, select: Sequence[str] | None, ignore: Sequence[str] | None
) -> Config:
    """The config with the command line's rule codes: --select replaces the
    config's list, --ignore adds to it. Codes may be comma-separated."""
    chosen = {"--select": _split(select), "--ignore": _split(ignore)}
    for option, codes in chosen.items():
        unknown = [c for c in codes if not known_pattern(c)]
        if unknown:
            raise ClaimdiffError(
                f"{option}: unknown rule code {unknown[0]!r} (see claimdiff check --rules)"
            )
    if select is not None:
        config = attrs.evolve(config, select=chosen["--select"])
    if ignore is not None:
        config = attrs.evolve(config, ignore_codes=(*config.ignore_codes, *chosen["--ignore"]))
    return config


def _split(values: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(c.strip().upper() for v in values or () for c in v.split(",") if c.strip())


def accepting(
    results: Sequence[EventResult], baseline: Sequence[dict[str, Any]], ids: Sequence[str]
) -> str:
    """The baseline with the findings these ids (or unique prefixes) name added."""
    entries = list(baseline)
    known = {(e.get("event"), e.get("id")) for e in entries}
    for ident in ids:
        for result, failure in _find(results, ident.strip().lower()):
            if (failure.event, failure.id) not in known:
                entries.append(failure.to_baseline(result.paths))
                known.add((failure.event, failure.id))
    return baseline_of(entries)


def _find(results: Sequence[EventResult], ident: str) -> list[tuple[EventResult, Failure]]:
    """The findings an id or id prefix names (one id can occur in several events)."""
    if len(ident) < MIN_PREFIX:
        raise ClaimdiffError(f"--accept: give at least {MIN_PREFIX} characters of the id")
    found = [(r, f) for r in results for f in r.found if f.id.startswith(ident)]
    if not found:
        raise ClaimdiffError(f"--accept: no current finding has id {ident!r}")
    if len({f.id for _, f in found}) > 1:
        raise ClaimdiffError(f"--accept: {ident!r} names several findings; give more of it")
    return found
