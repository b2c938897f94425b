"""The fast token path for syntok's segmenter gives syntok's own sentences."""

from __future__ import annotations

import re
import sys

import regex  # type: ignore[import-untyped]
from hypothesis import given, settings
from hypothesis import strategies as st
from syntok import segmenter
from syntok.tokenizer import Tokenizer

from compare.ingest import sentences, syntok_tokens


def _spans(paragraphs) -> list[tuple[int, int]]:
    out = []
    for paragraph in paragraphs:
        for sentence in paragraph:
            tokens = [t for t in sentence if t.value]
            if tokens:
                out.append((tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)))
    return out


def test_whitespace_is_syntoks() -> None:
    """The written-out class is exactly the `regex` module's \\s."""
    every_char = "".join(map(chr, range(sys.maxunicode + 1)))
    ours = re.findall(f"[{syntok_tokens.WHITESPACE}]", every_char)
    assert ours == regex.findall(r"\s", every_char)
    assert "\x1c" not in ours and "\u3000" in ours  # re's \s would differ here
    assert {*ours, "\u200b"} == syntok_tokens._GAP  # the characters between runs


def test_plain_stretch_is_one_token() -> None:
    text = "Officials said the storm that hit the town killed nine people. It rained."
    # (a comma or an opening quote is read by no rule either: "said, “We" joins too)
    merged = syntok_tokens.tokens(text, merge=True)
    plain = syntok_tokens.tokens(text)
    assert len(merged) < len(plain)
    assert [t.value for t in merged][:3] == [
        "Officials",
        "said the storm that hit the town killed nine",
        "people",
    ]
    assert _spans([segmenter.segment(iter(merged))]) == _spans([segmenter.segment(iter(plain))])


# Words that make syntok look closer: abbreviations, initials, numbers, months,
# sentence starters, brackets, quotes and terminals, among plain words.
WORDS = st.sampled_from(
    ["the", "officials", "said", "Smith", "It", "The", "However", "no", "No", "Mr", "Gen",
     "Jan", "Dec", "J", "IV", "U.S", "2010", "3", "1999", "iPhone", "don't", "e.g",
     ".", ".", "!", "?", ";", "...", "(", ")", "[", "]", "“", "”", "\"", "'", ",", ":",
     "a", "b", "x", "Z", "etc", "vs", "St", "Inc", "people", "killed", "In", "He",
     "it's", "won’t", "al-Assad", "NBC", "McCain", "rock'n'roll", "“We", "later.", "Jones'"]
)  # fmt: skip
GAPS = st.sampled_from([" ", " ", " ", "", "\n", "  ", "\u00a0", "\n\n"])


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.tuples(GAPS, WORDS), max_size=160))
def test_merged_stream_segments_like_syntok(parts) -> None:
    text = "".join(gap + word for gap, word in parts)
    expected = _spans(segmenter.analyze(text))
    assert _spans(syntok_tokens.analyze(text)) == expected


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.lists(st.tuples(GAPS, WORDS), max_size=120), st.integers(0, 9))
def test_tokens_without_merge_are_syntoks(parts, base) -> None:
    text = "".join(gap + word for gap, word in parts)
    expected = Tokenizer(replace_not_contraction=False).tokenize(text, base)
    got = syntok_tokens.tokens(text, base)
    assert [(t.spacing, t.value, t.offset) for t in got] == [
        (t.spacing, t.value, t.offset) for t in expected
    ]


def test_long_bracket_keeps_its_tokens() -> None:
    """Past an opening bracket syntok counts tokens: none are merged there."""
    inside = " ".join(["word"] * 55)
    text = f"He said ({inside}) and left. Then it rained."
    merged = syntok_tokens.tokens(text, merge=True)
    opening = next(i for i, t in enumerate(merged) if t.value == "(")
    assert all(" " not in t.value for t in merged[opening : opening + 58])
    assert sentences._segment(text) == _spans(segmenter.analyze(text))


def test_sentences_around_abbreviations_and_starters() -> None:
    """The words syntok reads after a period (a starter, a number, a lowercase word)
    stay tokens of their own."""
    for text in (
        "He met the man in the U.S. However they said it was over. Then it rained hard.",
        "The vote was held on Jan. 5 when many people came. It ended.",
        "They met at No. 10 Downing Street with the prime minister today.",
        "It was A. The people who came said so, “loudly” (twice). He left.",
    ):
        assert _spans(syntok_tokens.analyze(text)) == _spans(segmenter.analyze(text)), text


def test_row_with_commas_joins_to_the_text_between() -> None:
    """A long row of plain words, some with a comma or colon after them, found in
    one match: its first two and last two tokens are kept, the middle one spans
    exactly the text between, and the spacing and values still give the text."""
    text = "Yesterday, officials said: the storm, which hit towns, killed nine, people. Then"
    merged = syntok_tokens.tokens(text, 7, merge=True)
    assert "".join(t.spacing + t.value for t in merged) == text
    assert [t.value for t in merged[:3]] == [
        "Yesterday",
        ", officials said: the storm, which hit towns, killed nine,",
        "people",
    ]
    assert merged[1].offset == 7 + len("Yesterday")
    assert _spans(syntok_tokens.analyze(text)) == _spans(segmenter.analyze(text))


def test_a_closed_bracket_lets_merging_start_again() -> None:
    """A bracket closed within syntok's search ("(AP)") is read up to the token after
    it; the plain words further on join again, with the same sentences."""
    tail = " ".join(["word"] * 30)
    text = f"LONDON (AP) the officials {tail} left. It rained."
    merged = syntok_tokens.tokens(text, merge=True)
    closing = next(i for i, t in enumerate(merged) if t.value == ")")
    assert merged[closing + 1].value == "the"  # the token after it stays one
    assert len(merged) < closing + 10  # the 30 words after are not kept one by one
    assert sentences._segment(text) == _spans(segmenter.analyze(text))
    # Closed beyond syntok's search: 60 tokens stay one by one as before.
    inside = " ".join(["word"] * 55)
    unclosed = f"He said (the officials {inside} left) and {tail} ok. It rained."
    merged = syntok_tokens.tokens(unclosed, merge=True)
    opening = next(i for i, t in enumerate(merged) if t.value == "(")
    assert all(" " not in t.value for t in merged[opening : opening + 61])
    assert sentences._segment(unclosed) == _spans(segmenter.analyze(unclosed))


def test_words_split_inside_join_the_stretch() -> None:
    """Words syntok splits at an apostrophe, hyphen or case change ("don't",
    "al-Assad", "McCain") give it no token to read: a row of them joins like plain
    words, its ends split as syntok splits them."""
    text = "Officials didn't say why al-Assad met NBC and McCain's aides there. It's late."
    merged = syntok_tokens.tokens(text, merge=True)
    assert [t.value for t in merged][:5] == [
        "Officials",
        "didn't say why al-Assad met NBC and McCain's aides",
        "there",
        ".",
        "It",
    ]
    assert "".join(t.spacing + t.value for t in merged) == text
    assert _spans(syntok_tokens.analyze(text)) == _spans(segmenter.analyze(text))
