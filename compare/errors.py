"""Errors that reach the user as one line on stderr and exit code 2."""

from __future__ import annotations


class ClaimdiffError(Exception):
    """A problem with what the user gave us (input, config, usage), not a bug."""

    exit_code = 2


class InputError(ClaimdiffError):
    """A source file that cannot be read as an article."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
