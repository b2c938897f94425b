"""Map offsets in the clean text back to offsets and lines in the original file.

The clean text is assembled from pieces: most are copied verbatim from the
original, a few are inserted (a space where a line break joined a paragraph,
the blank line between blocks). Each piece remembers where it came from, so
any clean offset resolves to an original offset and from there to a line.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import attrs


@attrs.frozen
class OffsetMap:
    """Piecewise map from clean-text offsets to original-text offsets."""

    clean_starts: tuple[int, ...]
    original_starts: tuple[int, ...]
    copied: tuple[bool, ...]
    line_starts: tuple[int, ...]

    def original_offset(self, clean_offset: int) -> int:
        i = bisect_right(self.clean_starts, clean_offset) - 1
        if i < 0:
            return 0
        if not self.copied[i]:
            return self.original_starts[i]
        return self.original_starts[i] + clean_offset - self.clean_starts[i]

    def line(self, clean_offset: int) -> int:
        """1-based line in the original file."""
        return bisect_right(self.line_starts, self.original_offset(clean_offset))


def line_starts_of(text: str) -> tuple[int, ...]:
    return (0, *(match.end() for match in _NEWLINE.finditer(text)))


_NEWLINE = re.compile("\n")


class TextBuilder:
    """Accumulates clean text while recording where each piece came from."""

    def __init__(self, original: str) -> None:
        self.original = original
        self._parts: list[str] = []
        self._clean_starts: list[int] = []
        self._original_starts: list[int] = []
        self._copied: list[bool] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def copy(self, start: int, end: int) -> None:
        """Append original[start:end] verbatim."""
        if end > start:
            self._add(self.original[start:end], start, copied=True)

    def insert(self, text: str, original_at: int) -> None:
        """Append text that is not in the original; it maps to original_at."""
        if text:
            self._add(text, original_at, copied=False)

    def _add(self, text: str, original_at: int, *, copied: bool) -> None:
        self._parts.append(text)
        self._clean_starts.append(self._length)
        self._original_starts.append(original_at)
        self._copied.append(copied)
        self._length += len(text)

    def build(self) -> tuple[str, OffsetMap]:
        mapping = OffsetMap(
            tuple(self._clean_starts) or (0,),
            tuple(self._original_starts) or (0,),
            tuple(self._copied) or (True,),
            line_starts_of(self.original),
        )
        return "".join(self._parts), mapping
