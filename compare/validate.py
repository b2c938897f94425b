"""Checks on command-line option values: each bad value is one clear line."""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import get_args

from compare.errors import OptionError
from compare.report.console import ColorChoice

MAX_TIMEOUT = 3600.0  # an hour: longer than any page should take


def color(value: str) -> ColorChoice:
    if value not in get_args(ColorChoice):
        raise OptionError(f"--color must be auto, always or never, not {value!r}")
    return value  # type: ignore[return-value]


def choice(option: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise OptionError(f"{option} must be {_alternatives(allowed)}, not {value!r}")
    return value


def subset(option: str, value: str | None, allowed: tuple[str, ...], noun: str) -> frozenset[str]:
    """A comma-separated list of names, each one of `allowed`."""
    if not value:
        return frozenset()
    chosen = frozenset(v.strip() for v in value.split(",") if v.strip())
    unknown = sorted(chosen - set(allowed))
    if unknown:
        raise OptionError(f"{option}: unknown {noun} {unknown[0]!r} (use {', '.join(allowed)})")
    return chosen


def unit_interval(option: str, value: float) -> float:
    """A finite number from 0 to 1 inclusive (NaN fails every comparison, so check it)."""
    if math.isnan(value) or not 0 <= value <= 1:
        raise OptionError(f"{option} must be a number from 0 to 1, not {value:g}")
    return value


def timeout(value: float) -> float:
    if not math.isfinite(value) or value <= 0 or value > MAX_TIMEOUT:
        raise OptionError(
            f"--timeout must be a number of seconds above 0 and at most {MAX_TIMEOUT:g}, "
            f"not {value:g}"
        )
    return value


def _alternatives(allowed: tuple[str, ...]) -> str:
    return ", ".join(allowed[:-1]) + " or " + allowed[-1] if len(allowed) > 1 else allowed[0]


def output_not_an_input(output: Path | None, inputs: Sequence[Path]) -> None:
    """`-o a.txt` while reading a.txt would replace an article (or the config,
    or the baseline) with a report."""
    if output is None:
        return
    target = os.path.realpath(output)
    for path in inputs:
        if os.path.realpath(path) == target:
            raise OptionError(f"--output {output} is one of the files read; choose another file")
