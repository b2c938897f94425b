"""claimdiff.toml (or [tool.claimdiff] in pyproject.toml): events, failure rules, ignores.

[[events]]
name = "vienna-talks"
sources = ["sources/*.md", "sources/*.txt"]

[check]
fail_on = ["conflict"]                  # severities that fail: conflict, variant
kinds = ["quote", "number", "role"]     # kinds that can fail (default: all)
select = ["CD1", "CD2"]                 # rule codes or prefixes that can fail (default: all)
ignore = ["CD401"]                      # rule codes or prefixes that never fail
tolerance = 0.01
baseline = "claimdiff-baseline.json"

[[ignore]]                              # any of: id, kind, source (glob), contains
kind = "role"
contains = "ambassador"
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Mapping
from pathlib import Path, PurePath
from typing import Any

import attrs

from compare.align.numbers import DEFAULT_TOLERANCE
from compare.errors import ClaimdiffError, InputError
from compare.extract import KINDS
from compare.ingest.reading import read_bytes
from compare.report.rules import known_pattern

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

CONFIG_NAME = "claimdiff.toml"
# Severities (conflict, variant) or, as before, verdicts (differ, approximate).
FAILABLE_VERDICTS = ("conflict", "variant", "differ", "approximate")
DEFAULT_FAIL_ON = ("conflict",)
DEFAULT_FAIL_KINDS: tuple[str, ...] = tuple(KINDS)
MAX_CONFIG_BYTES = 1024 * 1024


class ConfigError(ClaimdiffError):
    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")


@attrs.frozen
class Event:
    name: str
    patterns: tuple[str, ...]


@attrs.frozen
class Ignore:
    id: str | None = None
    kind: str | None = None
    source: str | None = None  # glob on the source file path
    contains: str | None = None  # text in any member


@attrs.frozen
class Config:
    path: Path
    root: Path  # globs and the baseline are relative to this folder
    events: tuple[Event, ...]
    fail_on: tuple[str, ...] = DEFAULT_FAIL_ON
    kinds: tuple[str, ...] = DEFAULT_FAIL_KINDS
    tolerance: float = DEFAULT_TOLERANCE
    baseline: Path | None = None
    ignores: tuple[Ignore, ...] = ()
    select: tuple[str, ...] = ()  # rule codes or prefixes; empty: every rule
    ignore_codes: tuple[str, ...] = ()


def find_config(start: Path) -> Path:
    """claimdiff.toml, or a pyproject.toml with [tool.claimdiff], here or in a parent."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.claimdiff" in _read(pyproject).decode("utf-8", "replace"):
            return pyproject
    raise ClaimdiffError(
        f"no {CONFIG_NAME} (or [tool.claimdiff] in pyproject.toml) in {start} or its parents"
    )


def _read(path: Path) -> bytes:
    """A config file's bytes: a regular file of sane size (no FIFO, no device)."""
    try:
        return read_bytes(path, MAX_CONFIG_BYTES)
    except InputError as error:
        problem = error.problem
        if problem.startswith("is a directory"):
            problem = f"is a directory, not a config file (give {CONFIG_NAME} or pyproject.toml)"
        raise ConfigError(path, problem) from None


def load_config(path: Path) -> Config:
    try:
        data = tomllib.loads(_read(path).decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(path, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(path, f"malformed TOML: {error}") from None
    except RecursionError:
        raise ConfigError(path, "malformed TOML: nested too deeply") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        data = tool.get("claimdiff") if isinstance(tool, dict) else None
        if not isinstance(data, dict):
            raise ConfigError(path, "no [tool.claimdiff] table")
    return parse_config(data, path)


def parse_config(data: Mapping[str, Any], path: Path) -> Config:
    _only_keys(data, {"events", "check", "ignore"}, path, "the top level")
    events_data = data.get("events")
    if not isinstance(events_data, list) or not events_data:
        raise ConfigError(path, "needs at least one [[events]] table with name and sources")
    events = []
    names: set[str] = set()
    for i, item in enumerate(events_data, 1):
        where = f"[[events]] #{i}"
        if not isinstance(item, dict):
            raise ConfigError(path, f"{where}: expected a table")
        _only_keys(item, {"name", "sources"}, path, where)
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(path, f"{where}: 'name' must be a non-empty string")
        if name in names:
            raise ConfigError(path, f"{where}: event name {name!r} is used twice")
        names.add(name)
        sources = item.get("sources")
        if isinstance(sources, str):
            sources = [sources]
        if (
            not isinstance(sources, list)
            or not sources
            or not all(isinstance(s, str) for s in sources)
        ):
            raise ConfigError(path, f"event {name!r}: 'sources' must be a list of glob patterns")
        for pattern in sources:
            _inside_project(pattern, path, name)
        events.append(Event(name, tuple(sources)))

    check = data.get("check", {})
    if not isinstance(check, dict):
        raise ConfigError(path, "[check] must be a table")
    _only_keys(
        check, {"fail_on", "kinds", "tolerance", "baseline", "select", "ignore"}, path, "[check]"
    )
    fail_on = _string_list(check, "fail_on", DEFAULT_FAIL_ON, FAILABLE_VERDICTS, path)
    select, ignore_codes = (_codes(check, key, path) for key in ("select", "ignore"))
    kinds = _string_list(check, "kinds", DEFAULT_FAIL_KINDS, KINDS, path)
    tolerance = check.get("tolerance", DEFAULT_TOLERANCE)
    if (
        not isinstance(tolerance, (int, float))
        or isinstance(tolerance, bool)
        or not 0 <= tolerance < 1
    ):
        raise ConfigError(path, "[check] tolerance must be a number from 0 to below 1 (0.05 is 5%)")
    baseline_name = check.get("baseline", "claimdiff-baseline.json")
    if not isinstance(baseline_name, str) or not baseline_name:
        raise ConfigError(path, "[check] baseline must be a file name")

    ignores = []
    ignore_data = data.get("ignore", [])
    if not isinstance(ignore_data, list):
        raise ConfigError(path, "'ignore' must be a list of [[ignore]] tables")
    for i, item in enumerate(ignore_data, 1):
        where = f"[[ignore]] #{i}"
        if not isinstance(item, dict) or not item:
            raise ConfigError(path, f"{where}: expected a table with id, kind, source or contains")
        _only_keys(item, {"id", "kind", "source", "contains"}, path, where)
        if not all(isinstance(v, str) for v in item.values()):
            raise ConfigError(path, f"{where}: values must be strings")
        if "kind" in item and item["kind"] not in KINDS:
            raise ConfigError(path, f"{where}: unknown kind {item['kind']!r}")
        ignores.append(Ignore(**item))

    root = path.parent
    return Config(
        path=path,
        root=root,
        events=tuple(events),
        fail_on=fail_on,
        kinds=kinds,
        tolerance=float(tolerance),
        baseline=root / baseline_name,
        ignores=tuple(ignores),
        select=select,
        ignore_codes=ignore_codes,
    )


def _codes(data: Mapping[str, Any], key: str, path: Path) -> tuple[str, ...]:
    """[check] select / ignore: rule codes or prefixes ("CD2", "CD401")."""
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(path, f"[check] {key} must be a list of rule codes")
    unknown = [v for v in value if not known_pattern(v)]
    if unknown:
        raise ConfigError(
            path, f"[check] {key}: unknown rule code {unknown[0]!r} (see claimdiff check --rules)"
        )
    return tuple(v.upper() for v in value)


def _inside_project(pattern: str, path: Path, event: str) -> None:
    """A glob stays inside the config's folder: a shared config must not read
    /etc/host* or ../../*. A path without wildcards is explicit and may point
    anywhere (the user named that one file)."""
    if not glob.has_magic(pattern):
        return
    parts = PurePath(pattern).parts
    if PurePath(pattern).is_absolute() or pattern.startswith("~") or ".." in parts:
        raise ConfigError(
            path,
            f"event {event!r}: the pattern {pattern!r} reaches outside the project folder; "
            "use a pattern relative to the config, or name the files one by one",
        )


def _only_keys(data: Mapping[str, Any], allowed: set[str], path: Path, where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ConfigError(
            path, f"{where}: unknown key {unknown[0]!r} (expected {', '.join(sorted(allowed))})"
        )


def _string_list(
    data: Mapping[str, Any],
    key: str,
    default: tuple[str, ...],
    allowed: tuple[str, ...],
    path: Path,
) -> tuple[str, ...]:
    value = data.get(key, list(default))
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(path, f"[check] {key} must be a list of strings")
    unknown = [v for v in value if v not in allowed]
    if unknown:
        raise ConfigError(
            path, f"[check] {key}: unknown value {unknown[0]!r} (use {', '.join(allowed)})"
        )
    return tuple(value)
