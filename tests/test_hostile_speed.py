"""Shortcuts taken for speed on long input give exactly what the slow path gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from syntok import segmenter

from compare.ingest import sentences


def _through_syntok(chunk: str) -> list[tuple[int, int]]:
    """What sentences._segment gives when every chunk goes through syntok."""
    spans = []
    for paragraph in segmenter.analyze(chunk):
        for sentence in paragraph:
            tokens = [t for t in sentence if t.value]
            if tokens:
                start = tokens[0].offset
                end = min(max(tokens[-1].offset + len(tokens[-1].value), start), len(chunk))
                if chunk[start:end].strip():
                    spans.append((start, end))
    return spans


# Letters, spaces of several kinds, quotes, hyphens and the characters that can make
# syntok break a sentence.
CHARS = st.sampled_from(
    [*"ab Zé9 ,:-–'’“”\"\n\t\r\u00a0\u200b\u2028\u3000\x1c", ".", "!", "?", ";", "(", ")"]
)


@settings(max_examples=400, derandomize=True)
@given(st.lists(CHARS, max_size=40).map("".join))
def test_segment_equals_syntok(chunk: str) -> None:
    assert sentences._segment(chunk) == _through_syntok(chunk)


def test_text_without_sentence_ends_skips_syntok() -> None:
    chunk = "  “We will win” said Ana Ruiz, and officials said 40 people,  "
    assert sentences._MAY_BREAK.search(chunk) is None
    assert sentences._segment(chunk) == _through_syntok(chunk) == [(2, len(chunk) - 2)]
    for breaking in ("It rained. It", "a (b", "one\n\ntwo", "so; then"):
        assert sentences._MAY_BREAK.search(breaking) is not None
