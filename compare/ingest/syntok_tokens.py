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
_GAP = frozenset(
    WHITESPACE.replace("\u2000-\u200a", "".join(map(chr, range(0x2000, 0x200B)))) + "\u200b"
)
# A row of runs whose tokens are all of no interest to syntok's segmenter (none
# is a terminal, bracket or closing quote): a word of ASCII letters and digits,
# perhaps with an apostrophe or hyphen inside ("don't", "al-Assad", "NBC",
# "McCain": syntok splits these, at the apostrophe, hyphen or case change, into
# words and "'s"-like pieces), perhaps after an opening quote and before a comma
# or colon; or a lone comma, colon, dash or opening quote; with the gaps before
# them. No period, terminal, bracket or closing quote is inside any of them.
_G = f"{WHITESPACE}\u200b"
_PLAIN_RUNS = re.compile(
    f"(?:[{_G}]*+(?:[“‘]?+[A-Za-z0-9]++(?:['’-][A-Za-z0-9]++)*+[,:]?+|[,:“‘–—-]++)(?![^{_G}]))++"
)
# A run _run_tokens splits itself: a word of ASCII letters and digits that
# _kept_whole accepts, with a comma or colon after it or not.
_KEPT_WORD = "(?:[a-z][a-z0-9]*+|[0-9]++(?:[a-z][a-z0-9]*+)?|[A-Z][a-z]*+[0-9]*+)"
_SIMPLE_RUN = re.compile(f"{_KEPT_WORD}[,:]?+")
_SEPARATION = Tokenizer._separation
_TOKENIZER = Tokenizer(replace_not_contraction=False)  # as segmenter.analyze makes it
_OPENING = State.opening_brackets
_CLOSING = State.closing_brackets
# The tokens whose value syntok's segmenter tests: terminals, brackets, closing quotes.
_READ = State.terminals | State.opening_brackets | State.closing_brackets | State.closing_quotes
# syntok reads at most this many tokens past an opening bracket (its search for the
# closing one stops at 50, then looks one or two further): no merging there.
_BRACKET_REACH = 60
# When the bracket closes within its search, syntok reads no further than the token
# after the closing one: merging starts again after that ("(AP)" keeps 2 tokens, not 60).
_BRACKET_SEARCH = 49


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
    return _merged_tokens(text, base) if merge else _plain_tokens(text, base)


def _plain_tokens(text: str, base: int) -> list[Token]:
    out: list[Token] = []
    append = out.append
    gap_start = 0
    for run in _RUN.finditer(text):
        run_start, run_end = run.span()
        _split_run(run.group(), text[gap_start:run_start], base + run_start, append, out)
        gap_start = run_end
    if gap_start < len(text):
        append(Token(text[gap_start:], "", base + len(text)))
    return out


def _merged_tokens(text: str, base: int) -> list[Token]:
    out: list[Token] = []
    append = out.append
    # The stretch not yet made tokens, as (spacing, value, offset): only its first
    # two and last two tokens are kept (all _flush reads, the joined token being a
    # slice of the text), `hidden` counts the tokens left out between them.
    stretch: list[tuple[str, str, int]] = []
    hidden = 0
    reach = -1  # no merging of the tokens up to this index
    count = 0  # tokens made or pending
    depth = 0  # brackets open since the outermost one, at index `opened`
    opened = 0
    gap_start = 0
    size = len(text)
    while gap_start < size:
        if count > reach:
            # Many plain words in a row, found by one match: news is mostly these.
            block = _PLAIN_RUNS.match(text, gap_start)
            if block is not None:
                gap_start, n = _add_plain_runs(text, base, gap_start, block.end(), stretch)
                hidden += n - 4 if n > 4 else 0
                count += n
                continue
        run = _RUN.search(text, gap_start)
        if run is None:
            break
        run_start, run_end = run.span()
        word = run.group()
        spacing = text[gap_start:run_start]
        gap_start = run_end
        if count > reach and word[-1] == "." and _WORD_AND_STOP.fullmatch(word) is not None:
            # A sentence's last word and its full stop ("said."), as _split_run
            # splits it: the word joins the stretch, the stop is read.
            stretch.append((spacing, word[:-1], base + run_start))
            _flush(stretch, hidden, text, base, append)
            stretch = []
            hidden = 0
            append(Token("", ".", base + run_end - 1))
            count += 2
            continue
        pieces: list[Token] = []
        _split_run(word, spacing, base + run_start, pieces.append, pieces)
        for token in pieces:
            value = token.value
            if count > reach and value not in _READ:
                stretch.append((token.spacing, value, token.offset))
            else:
                if stretch:
                    _flush(stretch, hidden, text, base, append)
                    stretch = []
                    hidden = 0
                append(token)
                if value in _OPENING:
                    reach = count + _BRACKET_REACH
                    opened = count if depth == 0 else opened
                    depth += 1
                elif value in _CLOSING and depth:
                    depth -= 1
                    if not depth and count - opened <= _BRACKET_SEARCH:
                        reach = count + 1  # every search from a bracket inside ended here
            count += 1
    if stretch:
        _flush(stretch, hidden, text, base, append)
    if gap_start < size:
        append(Token(text[gap_start:], "", base + size))
    return out


def _add_plain_runs(
    text: str, base: int, start: int, end: int, stretch: list[tuple[str, str, int]]
) -> tuple[int, int]:
    """Add the tokens of the runs in text[start:end] (found by _PLAIN_RUNS) to the
    stretch, only the first two and last two when there are more than four, and
    return where the last run ends and how many tokens they make: exactly when
    there are at most four runs, else at least five (the number of runs: "said,"
    and "don't" make two tokens each). The count is only ever compared with four
    and with counts made past an opening bracket, where every token is made one
    by one: so the count of a longer row need not be exact."""
    runs = _RUN.findall(text, start, end)
    if len(runs) <= 4:
        before = len(stretch)
        for run in _RUN.finditer(text, start, end):
            run_start = run.start()
            stretch += _run_tokens(text[start:run_start], run.group(), base + run_start)
            start = run.end()
        return start, len(stretch) - before
    n = len(runs)
    first, second, penult, last = runs[0], runs[1], runs[-2], runs[-1]
    first_at = text.find(first, start)
    second_at = text.find(second, first_at + len(first))
    last_at = end - len(last)
    penult_at = text.rfind(penult, second_at + len(second), last_at)
    penult_gap = penult_at
    while text[penult_gap - 1] in _GAP:
        penult_gap -= 1
    head = _run_tokens(text[start:first_at], first, base + first_at)
    if len(head) < 2:
        head += _run_tokens(text[first_at + len(first) : second_at], second, base + second_at)
    tail = _run_tokens(text[penult_at + len(penult) : last_at], last, base + last_at)
    if len(tail) < 2:
        tail = _run_tokens(text[penult_gap:penult_at], penult, base + penult_at) + tail
    stretch += head[:2]
    stretch += tail[-2:]
    return end, n


def _run_tokens(spacing: str, run: str, offset: int) -> tuple[tuple[str, str, int], ...]:
    """The tokens of a run _PLAIN_RUNS accepts: a word, a mark, or a word and a mark
    directly; any other (an apostrophe, hyphen, case change or quote inside) as
    syntok's tokenizer splits it (_split_run)."""
    if _SIMPLE_RUN.fullmatch(run) is None:
        pieces: list[Token] = []
        _split_run(run, spacing, offset, pieces.append, pieces)
        return tuple((t.spacing, t.value, t.offset) for t in pieces)
    if len(run) > 1 and run[-1] in ",:" and run[-2].isalnum():
        return ((spacing, run[:-1], offset), ("", run[-1], offset + len(run) - 1))
    return ((spacing, run, offset),)


_WORD_AND_STOP = re.compile(f"{_KEPT_WORD}[.]")


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


def _flush(
    stretch: list[tuple[str, str, int]],
    hidden: int,
    text: str,
    base: int,
    append: Callable[[Token], None],
) -> None:
    """The tokens of a stretch: its first and last token, and all between them
    joined (the text from the second token's start to the second-to-last's end)."""
    if len(stretch) + hidden < 4:
        for spacing, word, offset in stretch:
            append(Token(spacing, word, offset))
        return
    append(Token(*stretch[0]))
    spacing, _, start = stretch[1]
    _, word, offset = stretch[-2]
    append(Token(spacing, text[start - base : offset - base + len(word)], start))
    append(Token(*stretch[-1]))


def analyze(document: str) -> Iterator[Iterator[list[Token]]]:
    """segmenter.analyze(document), with the tokens made by `tokens` (merged)."""
    for offset, paragraph in segmenter.preprocess_with_offsets(document):
        yield segmenter.segment(iter(tokens(paragraph, offset, merge=True)))
