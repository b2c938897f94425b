"""Patterns of reading and cleaning, written so that re skips to where a match may
start, find what their plain forms find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.ingest import clean, patterns, reading

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


SPACE_PIECES = st.sampled_from(["a", " ", "  ", "\n", "\t", "\u00a0", "\r", "\u2009", "b\n"])


@settings(max_examples=600, derandomize=True, deadline=None)
@given(st.lists(SPACE_PIECES, max_size=12).map("".join))
def test_the_whitespace_run_pattern_matches_as_written_plainly(text: str) -> None:
    plain = re.compile(r"[ \t\n\u00a0]{2,}|[\t\n\u00a0]")
    found = [m.span() for m in patterns.WHITESPACE_RUN.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
