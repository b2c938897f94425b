"""Text that remembers, for every character, where in the original it came from.

Cleaning rewrites each paragraph several times (markup out, line breaks to
spaces); every character keeps its original offset through the edits so that a
claim can point at `file:line`. The offsets are kept as pieces rather than one
number per character: a run copied verbatim is one piece (its first character's
original offset, the others counting up from it), and an inserted run is one
piece standing for the offset it replaced. A paragraph is mostly one copied run,
so edits and the final assembly work per piece, not per character.

A piece's `origin` is the original offset of its first character when copied
(>= 0) or ~offset when inserted (< 0). Pieces are kept maximal: a copied piece
never continues the one before it in the original, an inserted one never has the
same origin as the one before it. So the pieces are exactly the runs the clean
text is assembled from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import Any


class _Pieces:
    """Pieces being appended, merged with the one before where they continue it."""

    __slots__ = ("length", "origins", "parts", "starts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.origins: list[int] = []
        self.length = 0

    def add(self, text: str, origin: int) -> None:
        size = len(text)
        if not size:
            return
        self.parts.append(text)
        if self.origins:
            last = self.origins[-1]
            if last < 0:
                if origin == last:
                    self.length += size
                    return
            elif origin == last + self.length - self.starts[-1]:
                self.length += size
                return
        self.starts.append(self.length)
        self.origins.append(origin)
        self.length += size

    def copy(self, mapped: MappedText, start: int, end: int) -> None:
        """Append mapped.text[start:end] with the origins it has there."""
        for a, b, origin in mapped.pieces(start, end):
            self.add(mapped.text[a:b], origin)

    def done(self) -> MappedText:
        return MappedText("".join(self.parts), self.starts, self.origins)


class MappedText:
    """A string and, in pieces, the original offset of each of its characters."""

    __slots__ = ("origins", "starts", "text")

    def __init__(self, text: str, starts: list[int], origins: list[int]) -> None:
        self.text = text
        self.starts = starts  # where each piece starts in text; starts[0] == 0
        self.origins = origins

    @classmethod
    def of(cls, original: str, start: int, end: int) -> MappedText:
        """original[start:end] verbatim."""
        return cls(original[start:end], [0], [start]) if end > start else cls("", [], [])

    def origin(self, offset: int) -> int:
        """The origin of the character at `offset`: its original offset when copied,
        ~offset of what it replaced when inserted."""
        k = bisect_right(self.starts, offset) - 1
        first = self.origins[k]
        return first + offset - self.starts[k] if first >= 0 else first

    def pieces(self, start: int, end: int) -> Iterator[tuple[int, int, int]]:
        """(start, end, origin) of the pieces covering text[start:end], cut to it."""
        if end <= start:
            return
        k = bisect_right(self.starts, start) - 1
        starts, origins = self.starts, self.origins
        count = len(starts)
        while k < count and starts[k] < end:
            a = max(starts[k], start)
            b = min(starts[k + 1] if k + 1 < count else len(self.text), end)
            first = origins[k]
            yield a, b, (first + a - starts[k] if first >= 0 else first)
            k += 1

    def edit(self, pattern: re.Pattern[str], action: Callable[[re.Match[str]], Any]) -> MappedText:
        """Rewrite each match: action returns a group name to keep, a literal
        replacement string (prefixed with '='), or None to delete the match. A
        replacement stands for the original offset of the match's first character."""
        if pattern.search(self.text) is None:
            return self
        if len(self.starts) == 1 and self.origins[0] >= 0:
            return self._edit_verbatim(pattern, action)
        out = _Pieces()
        pos = 0
        for match in pattern.finditer(self.text):
            start = match.start()
            out.copy(self, pos, start)
            kept = action(match)
            if isinstance(kept, str) and kept.startswith("="):
                anchor = self.origin(start) if start < len(self.text) else 0
                out.add(kept[1:], anchor if anchor < 0 else ~anchor)
            elif isinstance(kept, str):
                out.copy(self, *match.span(kept))
            pos = match.end()
        out.copy(self, pos, len(self.text))
        return out.done()

    def _edit_verbatim(
        self, pattern: re.Pattern[str], action: Callable[[re.Match[str]], Any]
    ) -> MappedText:
        """`edit` of a text copied verbatim as one piece (a paragraph's first edit,
        the line breaks of text written a sentence per line): every origin is the
        first one plus the offset, so no piece is looked up."""
        text, base = self.text, self.origins[0]
        out = _Pieces()
        add = out.add
        pos = 0
        for match in pattern.finditer(text):
            start = match.start()
            add(text[pos:start], base + pos)
            kept = action(match)
            if isinstance(kept, str) and kept.startswith("="):
                add(kept[1:], ~(base + start) if start < len(text) else ~0)
            elif isinstance(kept, str):
                a, b = match.span(kept)
                if b > a:
                    add(text[a:b], base + a)
            pos = match.end()
        add(text[pos:], base + pos)
        return out.done()

    def strip(self) -> MappedText:
        left = len(self.text) - len(self.text.lstrip())
        return self.cut(left, len(self.text.rstrip()))

    def cut(self, start: int, end: int | None = None) -> MappedText:
        end = len(self.text) if end is None else end
        if start <= 0 and end >= len(self.text):
            return self
        out = _Pieces()
        out.copy(self, start, end)
        return out.done()

    def runs(self) -> Iterator[tuple[str, int]]:
        """Each piece as (its text, its origin)."""
        for k, start in enumerate(self.starts):
            end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)
            yield self.text[start:end], self.origins[k]
