"""The baseline file: findings accepted as known, so `check` fails only on new ones.

It is only ever written over a baseline (or where no file is): `--write-baseline`
pointed at the config, an article or anything else that is not a baseline is
refused, since replacing it would destroy the user's file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from compare.errors import ClaimdiffError, InputError
from compare.files import target_of, writer
from compare.ingest.reading import read_bytes

if TYPE_CHECKING:
    from compare.check.run import EventResult

BASELINE_SCHEMA = "claimdiff.baseline/1"
MAX_BASELINE_BYTES = 64 * 1024 * 1024


def read_baseline(path: Path | None) -> list[dict[str, Any]]:
    """The accepted findings; [] when there is no baseline file yet."""
    if path is None or (not path.exists() and not path.is_symlink()):
        return []
    try:
        raw = read_bytes(path, MAX_BASELINE_BYTES)
    except InputError as error:
        problem = error.problem.split(";")[0]  # no hint about the files in a folder
        raise ClaimdiffError(f"{path}: baseline {problem}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as error:
        problem = str(error) if not isinstance(error, RecursionError) else "nested too deeply"
        raise ClaimdiffError(f"{path}: malformed baseline ({problem})") from None
    if not isinstance(data, dict) or data.get("schema") != BASELINE_SCHEMA:
        raise ClaimdiffError(
            f"{path}: not a claimdiff baseline (expected schema {BASELINE_SCHEMA})"
        )
    findings = data.get("findings")
    if not isinstance(findings, list) or not all(_is_entry(f) for f in findings):
        raise ClaimdiffError(
            f"{path}: malformed baseline ('findings' must list entries with a string "
            "'id' and 'event')"
        )
    return findings


def _is_entry(entry: Any) -> bool:
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("id"), str)
        and isinstance(entry.get("event", ""), str)
    )


def baseline_text(results: Sequence[EventResult]) -> str:
    """Every current failure, as a baseline."""
    return baseline_of([f.to_baseline(r.paths) for r in results for f in r.failures])


def baseline_of(entries: Sequence[dict[str, Any]]) -> str:
    """A baseline file's text: the entries in a fixed order, so diffs stay small."""
    entries = sorted(
        entries, key=lambda e: (str(e.get("event")), str(e.get("kind")), str(e.get("id")))
    )
    data = {"schema": BASELINE_SCHEMA, "findings": entries}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_baseline(path: Path, text: str, protected: Sequence[Path] = ()) -> None:
    """Write the baseline; refuse a path that holds something else (or is one of
    `protected`: the config and the articles)."""
    target, current = target_of(path)
    for other in protected:
        if target_of(other)[0] == target:
            raise ClaimdiffError(f"{path}: is not a baseline file; refusing to overwrite it")
    if current is not None:
        try:
            read_baseline(path)
        except ClaimdiffError:
            raise ClaimdiffError(
                f"{path}: exists and is not a claimdiff baseline; refusing to overwrite it "
                "(remove it or choose another --baseline)"
            ) from None
    with writer(path) as handle:
        handle.write(text)
