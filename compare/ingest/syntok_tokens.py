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

import re
from collections.abc import Callable, Iterator

from syntok import segmenter
from syntok._segmentation_states import State
from syntok.tokenizer import Token, Tokenizer

# The runs syntok's tokenizer splits the text into: between its whitespace (the
# `regex` module's \s, which unlike `re`'s leaves out \x1c-\x1f) and zero-width
# spaces. Written out for `re`, which finds them in about half the time.
WHITESPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_RUN = re.compile(f"[^{WHITESPACE}\u200b]+")
_SEPARATION = Tokenizer._separation
_TOKENIZER = Tokenizer(replace_not_contraction=False)  # as segmenter.analyze makes it
_OPENING = State.opening_brackets
# The tokens whose value syntok's segmenter tests: terminals, brackets, closing quotes.
_READ = State.terminals | State.opening_brackets | State.closing_brackets | State.closing_quotes
# syntok reads at most this many tokens past an opening bracket (its search for the
# closing one stops at 50, then looks one or two further): no merging there.
_BRACKET_REACH = 60


def tokens(text: str, base: int = 0, *, merge: bool = False) -> list[Token]:
    """Tokenizer(replace_not_contraction=False).tokenize(text, base) as a list.

    `merge`: the inside of each stretch of tokens that are no terminal, bracket or
    closing quote as one token: "said, “the officials who came" → said, ", “the
    officials who", came. syntok's segmenter reads a token's value only when it is
    a terminal, bracket or closing quote, just before one (an abbreviation? a
    number?), just after one (a capital? a sentence starter?) or in the tokens
    after an opening bracket; any other token it only moves along, one state per
    token, which was half its time. A stretch keeps its first and last token, so
    every token it reads is as before, and the joined token spans the same text:
    the sentences are the same (tests/test_syntok_tokens.py compares)."""
    out: list[Token] = []
    append = out.append
    stretch: list[tuple[str, str, int]] = []  # (spacing, value, offset) not yet made tokens
    reach = -1  # no merging of the tokens up to this index
    count = 0  # tokens made or pending
    gap_start = 0
    for run in _RUN.finditer(text):
        run_start, run_end = run.span()
        word = run.group()
        spacing = text[gap_start:run_start]
        gap_start = run_end
        if not merge:
            _split_run(word, spacing, base + run_start, append, out)
            continue
        if count > reach and word.isalnum() and _kept_whole(word):
            stretch.append((spacing, word, base + run_start))  # a plain word: one token
            count += 1
            continue
        pieces: list[Token] = []
        _split_run(word, spacing, base + run_start, pieces.append, pieces)
        for token in pieces:
            value = token.value
            if count > reach and value not in _READ:
                stretch.append((token.spacing, value, token.offset))
            else:
                if stretch:
                    _flush(stretch, append)
                    stretch = []
                append(token)
                if value in _OPENING:
                    reach = count + _BRACKET_REACH
            count += 1
    if stretch:
        _flush(stretch, append)
    if gap_start < len(text):
        append(Token(text[gap_start:], "", base + len(text)))
    return out


def _kept_whole(word: str) -> bool:
    """A cheap test that syntok's separation pattern cannot split a word of letters
    and digits: no lower-to-upper case change inside, no letter it reads as an
    apostrophe ("donʼt")."""
    return (
        (word.islower() or word.istitle() or word.isdigit())
        and word.isalnum()
        and "\u02b9" not in word
        and "\u02bc" not in word
    )


def _split_run(
    word: str, spacing: str, offset: int, append: Callable[[Token], None], out: list[Token]
) -> None:
    """The tokens syntok's tokenizer makes of one run of non-space characters."""
    size = len(word)
    start = 0
    while start < size and not word[start].isalnum():
        start += 1
    if start == size:  # no letter or digit: one token
        append(Token(spacing, word, offset))
        return
    end = size
    while not word[end - 1].isalnum():
        end -= 1
    for i in range(start):  # each mark before the word is a token
        append(Token(spacing if i == 0 else "", word[i], offset + i))
    prefix = spacing if start == 0 else ""
    middle = word[start:end]
    if _kept_whole(middle) or _SEPARATION.search(middle) is None:
        append(Token(prefix, middle, offset + start))
    else:
        out.extend(_TOKENIZER._split_word(prefix, middle, offset + start))
    tail = end
    if word.startswith("...", end):
        append(Token("", "...", offset + end))
        tail += 3
    for i in range(tail, size):  # each mark after the word is a token
        append(Token("", word[i], offset + i))


def _flush(stretch: list[tuple[str, str, int]], append: Callable[[Token], None]) -> None:
    if len(stretch) < 4:
        for spacing, word, offset in stretch:
            append(Token(spacing, word, offset))
        return
    append(Token(*stretch[0]))
    inner = stretch[1:-1]
    joined = "".join(spacing + word for spacing, word, _ in inner)[len(inner[0][0]) :]
    append(Token(inner[0][0], joined, inner[0][2]))
    append(Token(*stretch[-1]))


def analyze(document: str) -> Iterator[Iterator[list[Token]]]:
    """segmenter.analyze(document), with the tokens made by `tokens` (merged)."""
    for offset, paragraph in segmenter.preprocess_with_offsets(document):
        yield segmenter.segment(iter(tokens(paragraph, offset, merge=True)))
