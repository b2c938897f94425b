"""Errors that reach the user as one line on stderr and exit code 2, and the
warnings that reach them as one line on stderr."""

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


class InputWarning(UserWarning):
    """Input read with a guess (an encoding) or a repair (bad bytes replaced).
    The command line prints these as 'claimdiff: warning: ...'."""


class OptionError(ClaimdiffError, ValueError):
    """An option value out of range (NaN, infinity, a negative timeout...).
    A ValueError too, for API callers who pass a bad value."""


def share(name: str, value: float) -> float:
    """A finite share from 0 to below 1 (0.05 is 5%), else OptionError."""
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value < 1:
        raise OptionError(f"{name} must be a number from 0 to below 1 (a share: 0.05 is 5%)")
    return float(value)
