"""The cheap tests before stripping terminal controls and before cleaning markup find
something exactly when the full patterns do."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.ingest import clean, reading

PIECES = st.sampled_from(
    ["a", " ", "\n", "\t", "\r", "\x1b", "[", "31m", "]0;title", "\x07", "\x9b", "\x9c", "\x00",
     "\x7f", "\x85", "\xa0", "é", "“", "\\", "P", "2J"]
)  # fmt: skip


@settings(max_examples=600, derandomize=True, deadline=None)
@given(st.lists(PIECES, max_size=10).map("".join))
def test_the_control_precheck_agrees_with_the_pattern(text: str) -> None:
    assert (reading._CONTROL_CHAR.search(text) is None) == (reading._CONTROL.search(text) is None)


def test_text_without_controls_comes_back_unchanged() -> None:
    text = "Plain news, with “quotes”, tabs\tand\nlines."
    assert reading.strip_controls(text) is text
    assert reading.strip_controls("a\x1b[31mb") == "a     b"


MARKUP_PIECES = st.sampled_from(
    ["a", " ", "  ", "\n", "\t", "-", "7", "٣", "#", ">", "*", "•", "[", "]", "!", "<", "&", "_",
     "x-1", "\r", "\x0b", "word"]
)  # fmt: skip


@settings(max_examples=600, derandomize=True, deadline=None)
@given(st.lists(MARKUP_PIECES, max_size=10).map("".join))
def test_the_markup_test_agrees_with_the_markup_pattern(text: str) -> None:
    assert clean._has_markup(text) == (clean._MARKUP.search(text) is not None)
