"""Consoles that respect the terminal: colour only on a TTY, NO_COLOR, fixed widths for tests."""

from __future__ import annotations

import os
import sys
from typing import Literal, TextIO

from rich.console import Console

ColorChoice = Literal["auto", "always", "never"]
MIN_WIDTH = 20  # at or below this (COLUMNS=0, a bogus value) nothing readable fits
FALLBACK_WIDTH = 80


def make_console(
    color: ColorChoice = "auto",
    *,
    stderr: bool = False,
    width: int | None = None,
    file: TextIO | None = None,
) -> Console:
    stream = file or (sys.stderr if stderr else sys.stdout)
    no_color = "NO_COLOR" in os.environ and os.environ["NO_COLOR"] != ""
    if width is None:
        width = _columns()
    if color == "always":
        console = Console(
            file=stream, force_terminal=True, no_color=False, width=width, highlight=False
        )
    elif color == "never" or (color == "auto" and no_color):
        console = Console(
            file=stream, no_color=True, color_system=None, width=width, highlight=False, emoji=False
        )
    else:
        console = Console(file=stream, width=width, highlight=False, emoji=False)
    if console.width <= MIN_WIDTH:
        console.width = FALLBACK_WIDTH
    return console


def _columns() -> int | None:
    """COLUMNS when it is a sane width; a bad value (0, -1, 'abc') means 80, not
    a zero-width console that prints nothing."""
    raw = os.environ.get("COLUMNS")
    if raw is None:
        return None
    raw = raw.strip()
    if raw.isdigit() and int(raw) > MIN_WIDTH:
        return min(int(raw), 1000)
    return FALLBACK_WIDTH
