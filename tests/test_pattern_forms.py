"""Patterns written with their first character first (for re's skip to it) find
what their plain form, opening with a lookbehind or lookahead, finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.extract import number_grammar
from compare.extract.number_grammar import is_european
from compare.ingest import patterns

PLAIN = {
    "eu": (
        number_grammar._EU_SIGNS,
        re.compile(r"(?=\d)(?:(?<![\d,.])\d+,\d{1,2}(?![\d,])|\d\.\d{3}\.\d{3}|\d\.\d{3},\d)"),
        "1 2,.9a",
    ),
    "en": (
        number_grammar._EN_SIGNS,
        re.compile(r"(?=\d)(?:(?<![\d,.])\d+\.\d{1,2}(?![\d.])|\d,\d{3}\.\d|\d,\d{3},\d{3})"),
        "1 2,.9a",
    ),
    "emphasis": (
        patterns.MD_EMPHASIS,
        re.compile(r"(?<![\w*])\*(?=[^\s*])(?P<text>[^*\n]+?)(?<=[^\s*])\*(?![\w*])"),
        "a *\n.x_ b",
    ),
    "underscore": (
        patterns.MD_UNDERSCORE,
        re.compile(r"(?<![\w_])_(?=[^\s_])(?P<text>[^_\n]+?)(?<=[^\s_])_(?![\w_])"),
        "a _\n.x* b",
    ),
}


def _found(pattern: re.Pattern[str], text: str, start: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start)]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_same_matches_as_the_plain_form(name: str) -> None:
    written, plain, alphabet = PLAIN[name]

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=alphabet, max_size=20), st.integers(min_value=0, max_value=20))
    def check(text: str, start: int) -> None:
        # From a start inside the text too: the character before it is still read.
        start = min(start, len(text))
        assert _found(written, text, start) == _found(plain, text, start)

    check()


def test_decimal_commas_make_a_text_european() -> None:
    assert is_european("Prices rose 3,5 per cent to 1.234.567 euros, and 2,25 later.")
    assert not is_european("Prices rose 3.5 per cent to 1,234,567 dollars, and 2.25 later.")


def test_emphasis_marks_inside_words_are_no_emphasis() -> None:
    text = "a *bold* word, snake_case_name and _this_"
    assert [m.group("text") for m in patterns.MD_EMPHASIS.finditer(text)] == ["bold"]
    assert [m.group("text") for m in patterns.MD_UNDERSCORE.finditer(text)] == ["this"]


PLAIN_CREDIT = re.compile(rf"(?:(?<=[.!?\"”’)])|^)\s*(?P<credit>{patterns._CREDIT_BODY})\s*$")


def _credit(text: str) -> tuple[int, int, str] | None:
    """Where the caption ends, where the credit starts, and the credit."""
    found = patterns.CREDIT_ALL.match(text) or patterns.CREDIT_TAIL.search(text)
    return None if found is None else (found.end("mark"), found.start("credit"), found["credit"])


def _plain_credit(text: str) -> tuple[int, int, str] | None:
    found = PLAIN_CREDIT.search(text)
    return None if found is None else (found.start(), found.start("credit"), found["credit"])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                " ",
                ".",
                "!",
                "”",
                ")",
                "\n",
                "Photo: AFP",
                "©",
                " (c) Reuters",
                "(AP)",
                "the",
                "ALEX HALADA/AFP via Getty Images",
                "Photo by Jane Doe",
                "Said",
                "A B/C",
                "x",
            ]
        ),
        max_size=8,
    )
)
def test_credit_tail_as_the_plain_form(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _credit(text) == _plain_credit(text)


def test_a_credit_after_the_caption_is_found() -> None:
    text = "Rescuers search the rubble on Thursday.ALEX HALADA/AFP via Getty Images"
    assert _credit(text) == (len("Rescuers search the rubble on Thursday."),) * 2 + (
        "ALEX HALADA/AFP via Getty Images",
    )
