"""syntok's tokens, made faster for the common words, for syntok's own segmenter.

syntok's Tokenizer runs a chain of generators per whitespace-separated run of
characters; on news text that was about 60% of sentence splitting. Most runs are
a plain word, or a word with punctuation before or after it ("“We", "said,"):
those become tokens here directly, with the same values, offsets and spacing.
Every other run (a word that syntok's separation pattern would split: "don't",
"iPhone", "al-Assad"; a tail starting with "...") goes through syntok's own code, so
the stream handed to its segmenter is the one its tokenizer makes (a test checks
this on random text).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex  # type: ignore[import-untyped]  # syntok's own regex engine (its \s)
from syntok import segmenter
from syntok.tokenizer import Token, Tokenizer

_RUN = regex.compile(r"[^\s\u200b]+")  # the runs syntok's tokenizer splits the text into
_SEPARATION = Tokenizer._separation
_TOKENIZER = Tokenizer(replace_not_contraction=False)  # as segmenter.analyze makes it


def tokens(text: str, base: int = 0) -> list[Token]:
    """Tokenizer(replace_not_contraction=False).tokenize(text, base) as a list."""
    out: list[Token] = []
    append = out.append
    gap_start = 0
    for run in _RUN.finditer(text):
        run_start, run_end = run.span()
        word = run.group()
        spacing = text[gap_start:run_start]
        gap_start = run_end
        size = len(word)
        start = 0
        while start < size and not word[start].isalnum():
            start += 1
        if start == size:  # no letter or digit: one token
            append(Token(spacing, word, base + run_start))
            continue
        end = size
        while not word[end - 1].isalnum():
            end -= 1
        for i in range(start):  # each mark before the word is a token
            append(Token(spacing if i == 0 else "", word[i], base + run_start + i))
        prefix = spacing if start == 0 else ""
        middle = word[start:end]
        if _SEPARATION.search(middle) is None:
            append(Token(prefix, middle, base + run_start + start))
        else:
            out.extend(_TOKENIZER._split_word(prefix, middle, base + run_start + start))
        tail = end
        if word.startswith("...", end):
            append(Token("", "...", base + run_start + end))
            tail += 3
        for i in range(tail, size):  # each mark after the word is a token
            append(Token("", word[i], base + run_start + i))
    if gap_start < len(text):
        append(Token(text[gap_start:], "", base + len(text)))
    return out


def analyze(document: str) -> Iterator[Iterator[list[Token]]]:
    """segmenter.analyze(document), with the tokens made by `tokens`."""
    for offset, paragraph in segmenter.preprocess_with_offsets(document):
        yield segmenter.segment(iter(tokens(paragraph, offset)))
