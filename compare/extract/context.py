"""Shared lookups for the extractors: sentences by offset, common claim fields."""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property
from typing import Any

from compare.extract.names import PersonIndex
from compare.extract.place_clocks import place_zone
from compare.extract.temporal import parse_published
from compare.ingest import Sentence, Source


class Context:
    """One source prepared for extraction."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.text = source.text
        self.people = PersonIndex(source.text)
        self._starts = [s.start for s in source.sentences]
        # One string per sentence span, shared by every claim in it: a copy per claim made
        # memory grow with claims x sentence length (10 MB of quotes reached gigabytes).
        self._sentences: dict[tuple[int, int], str] = {}

    @cached_property
    def place_zone(self) -> str | None:
        """The IANA zone of the place the article reports from, when the countries
        and cities it names lie on one clock (compare/extract/place_clocks)."""
        meta = self.source.metadata
        return place_zone(self.text, meta.dateline, parse_published(meta.published))

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def sentence_at(self, offset: int) -> Sentence:
        return self.source.sentences[self.sentence_index(offset)]

    def fields(
        self, start: int, end: int, sentence: Sentence | None = None, through: int = 0
    ) -> dict[str, Any]:
        """The fields every claim has, for the span text[start:end]; its sentence runs
        on to `through` when that is further (a quotation of several sentences ends
        in the one that names its speaker)."""
        sentence = sentence or self.sentence_at(start)
        s_start, s_end = min(sentence.start, start), max(sentence.end, end, through)
        return {
            "source": self.source.id,
            "text": self.text[start:end],
            "start": start,
            "end": end,
            "sentence": self._sentence_text(s_start, s_end),
            "sentence_start": s_start,
            "sentence_end": s_end,
            "line": self.source.line_of(start),
            "block": sentence.role,
        }

    def _sentence_text(self, start: int, end: int) -> str:
        key = (start, end)
        text = self._sentences.get(key)
        if text is None:
            text = self._sentences[key] = self.text[start:end]
        return text
