"""Quoted stretches of a paragraph, found from its quotation marks.

Every style of mark is read (“…”, "…", ‘…’, '…', «…», „…“); apostrophes are
told apart from single quotes ("don’t", "'90s", "rock 'n' roll"); a mark left
open is a quote running on to the next paragraph only when it opens the
paragraph.
"""

from __future__ import annotations

import re

import attrs

_MARKS = re.compile(r"[“”„«»‹›\"'‘’]")
_OPENERS = {"“": '”"', "„": "“”", "«": "»", "‹": "›", '"': '"”“', "‘": "’'", "'": "'’"}
_YEAR = re.compile(r"\d\d(?![\d,.]\d)(?!\d)")
_APOSTROPHE = re.compile(r"['’]")
_FEET = re.compile(r"\d['’]\d{1,2}$")
DOUBLE_MARKS = frozenset('“„«‹"')  # marks that open a quotation, not an aside
_OPEN_CONTEXT = frozenset(" \t\n([{—–-/:;,")


@attrs.frozen
class QuoteSpan:
    """A quotation in the clean text: content offsets (without the marks)."""

    open: int  # offset of the opening mark
    close: int  # offset of the closing mark, or the block end when left open
    start: int  # content start
    end: int  # content end
    block: int
    closed: bool


def quote_spans(
    text: str, block_start: int, block_end: int, block: int, *, next_opens_quote: bool = False
) -> list[QuoteSpan]:
    """Quoted stretches of one paragraph. `next_opens_quote`: the next paragraph
    starts with an opening mark, the convention for a quote that runs on."""
    spans: list[QuoteSpan] = []
    opened: tuple[int, str] | None = None  # (offset, mark)
    for match in _MARKS.finditer(text, block_start, block_end):
        i = match.start()
        mark = text[i]
        prev = text[i - 1] if i > block_start else " "
        nxt = text[i + 1] if i + 1 < block_end else " "
        if opened is None:
            if mark in "'‘’" and _YEAR.match(text, i + 1):
                continue  # "in ‘08", "the '90s": an elided year, not a quotation
            if _can_open(mark, prev, nxt):
                if mark in "'‘" and not _closer_ahead(text, i + 1, block_end, mark):
                    continue  # a lone apostrophe-like mark: "'90s", "rock 'n' roll"
                opened = (i, mark)
            continue
        start, opener = opened
        if mark in '”"' and _FEET.search(text, max(block_start, i - 6), i):
            continue  # "he’s like 6’2”": an inch mark after feet, not the closing mark
        if mark in _OPENERS[opener] and _can_close(mark, prev, nxt, opener):
            spans.append(_span(text, start, i, block, closed=True))
            opened = None
    if opened is not None:
        start, opener = opened
        # An opening mark left open is a quote running on to the next paragraph
        # only when it opens the paragraph; elsewhere it is a stray mark.
        if (start == block_start or next_opens_quote) and opener in DOUBLE_MARKS:
            spans.append(_span(text, start, block_end, block, closed=False))
    return [s for s in spans if _has_words(text[s.start : s.end])]


def _can_open(mark: str, prev: str, nxt: str) -> bool:
    if mark in "”»›’":
        return False
    if nxt.isspace():
        return False
    if mark in "'‘":
        return prev in _OPEN_CONTEXT or (prev in '“"' and not nxt.isspace())
    if mark == '"':
        return prev in _OPEN_CONTEXT or prev in "‘'“"
    return True


def _can_close(mark: str, prev: str, nxt: str, opener: str) -> bool:
    if prev.isspace() and mark != '"':
        return False
    if mark in "'’" and opener in "'‘":
        # An apostrophe has a letter after it ("don’t", "Russia’s").
        return not nxt.isalnum()
    return True


def _closer_ahead(text: str, start: int, end: int, opener: str) -> bool:
    for match in _APOSTROPHE.finditer(text, start, end):
        j = match.start()
        nxt = text[j + 1] if j + 1 < end else " "
        if not nxt.isalnum() and not text[j - 1].isspace():
            return True
    return False


def _span(text: str, open_at: int, close_at: int, block: int, *, closed: bool) -> QuoteSpan:
    start, end = open_at + 1, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(open_at, close_at, start, end, block, closed)


def _has_words(content: str) -> bool:
    return any(ch.isalpha() for ch in content)
