"""Consoles that respect the terminal: colour only on a TTY, NO_COLOR, fixed widths for tests."""

from __future__ import annotations

import os
import sys
from typing import Literal, TextIO

from rich.console import Console

ColorChoice = Literal["auto", "always", "never"]


def make_console(
    color: ColorChoice = "auto",
    *,
    stderr: bool = False,
    width: int | None = None,
    file: TextIO | None = None,
) -> Console:
    stream = file or (sys.stderr if stderr else sys.stdout)
    no_color = "NO_COLOR" in os.environ and os.environ["NO_COLOR"] != ""
    if color == "always":
        return Console(
            file=stream, force_terminal=True, no_color=False, width=width, highlight=False
        )
    if color == "never" or (color == "auto" and no_color):
        return Console(
            file=stream, no_color=True, color_system=None, width=width, highlight=False, emoji=False
        )
    return Console(file=stream, width=width, highlight=False, emoji=False)
