"""Sentence spans with syntok, as offsets into the clean text."""

from __future__ import annotations

import re

import attrs
import regex  # type: ignore[import-untyped]  # syntok's own regex engine (its \s)
from syntok._segmentation_states import State

from compare.ingest import syntok_tokens
from compare.ingest.clean import Block


@attrs.frozen
class Sentence:
    """One sentence: its offsets in the clean text and the block it sits in."""

    start: int
    end: int
    text: str
    role: str
    block: int  # index into Source.blocks
    # A piece of a stretch longer than RUN_ON_CHARS without a sentence end (see there).
    run_on: bool = False


# Abbreviations that do not end sentences even before a capital ("Gen. Smith").
_TITLES = frozenset(
    "mr mrs ms dr gen sen rep gov lt col capt sgt maj adm prof st rev hon pres supt insp "
    "cmdr cpl pvt fr messrs mme mlle sr sra no nos vol fig art sec pp jan feb mar apr jun "
    "jul aug sep sept oct nov dec".split()
)
# syntok keeps "... Inc. He left" or "$1.5bn. Analysts said" together; a sentence
# starter after a period closes the sentence unless the period ends a title or initial.
_STARTERS = (
    "The|A|An|He|She|It|They|We|I|You|His|Her|Its|Their|Our|This|That|These|Those|But|And"
    "|In|On|At|As|After|Before|While|When|However|Meanwhile|Yet|So|There|Some|Many|Most"
    "|One|Two|Officials|Analysts|Mr|Mrs|Ms|Dr"
)
_MISSED_BREAK = re.compile(rf"(?<=\.)[\"”’']?(?P<gap>\s+)(?=[\"“‘']?(?:{_STARTERS})\b)")


# The longest sentence handed to extraction. Text without sentence ends (a
# pasted table, a run of quotes) would otherwise be one sentence, and several
# extractors scale with the square of a sentence's length; each claim also keeps
# a copy of its sentence. Longer runs are cut at the last clause break or space
# before the bound, so work and memory per claim are bounded. In 300 PolNeAR
# news articles (11,144 sentences) the longest sentence is 721 characters and
# three reach 600; the 99.9th percentile is 443.
MAX_SENTENCE_CHARS = 600
# A stretch this long without a sentence end is not prose: a transcript without
# punctuation, a pasted list or table, a run of quotes. Its pieces (cut at the
# bound above) are marked run_on and read without clause analysis, as statements
# and frames describe whole sentences, which such a piece is not (extract.run_on).
# Over 2.5 times the longest sentence in the news measured above.
RUN_ON_CHARS = 2000
_CLAUSE_BREAK = re.compile(r"[;:,)\]]\s+|\s+[-–—]\s+")


# The longest block (paragraph). Extractors look back through a paragraph for a
# speaker, so their work grows with the square of a paragraph's length; a
# paragraph longer than this (a page with no blank lines) is cut into blocks.
MAX_BLOCK_CHARS = 4000
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+")


def bound_blocks(text: str, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Blocks of at most MAX_BLOCK_CHARS, cut after a sentence end if there is
    one in the second half of the window, else like an over-long sentence."""
    out: list[Block] = []
    for block in blocks:
        start = block.start
        while block.end - start > MAX_BLOCK_CHARS:
            window = text[start : start + MAX_BLOCK_CHARS]
            cut = 0
            for match in _SENTENCE_END.finditer(window, MAX_BLOCK_CHARS // 2):
                cut = match.end()
            if not cut:
                pieces = bounded(window, 0, len(window), MAX_BLOCK_CHARS - 1)
                cut = pieces[1][0] if len(pieces) > 1 else len(window)
            end = start + len(window[:cut].rstrip())
            if end > start:
                out.append(Block(start, end, block.role))
            start += cut
            while start < block.end and text[start].isspace():
                start += 1
        if block.end > start:
            out.append(Block(start, block.end, block.role))
    return tuple(out)


def split_sentences(text: str, blocks: tuple[Block, ...]) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    for index, block in enumerate(blocks):
        chunk = text[block.start : block.end]
        for start, end in _merge_titles(chunk, _segment(chunk)):
            # No period before the last character: nothing for _repair to split.
            inner_period = chunk.find(".", start, end - 1) >= 0
            for a, b in _repair(chunk, start, end) if inner_period else [(start, end)]:
                for c, d in [(a, b)] if b - a <= MAX_SENTENCE_CHARS else bounded(chunk, a, b):
                    s, e = block.start + c, block.start + d
                    sentences.append(Sentence(s, e, text[s:e], block.role, index))
    return tuple(_mark_run_on(text, sentences))


# A sentence end as syntok reads one (a terminal, then closing quotes or brackets).
_ENDS_SENTENCE = regex.compile(
    "[" + re.escape("".join(sorted({c for mark in State.terminals for c in mark}))) + "]"
    r"[\"”’')\]]*$"
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_TERMINAL_CHARS = frozenset(c for mark in State.terminals for c in mark)
_CLOSERS = "\"”’')]"


def _ends_sentence(sentence: str) -> bool:
    """_ENDS_SENTENCE.search(sentence), read from the end: a terminal, then only
    closing quotes and brackets (no character is both); `$` also matches before
    a last line break."""
    tail = (sentence[:-1] if sentence.endswith("\n") else sentence).rstrip(_CLOSERS)
    return bool(tail) and tail[-1] in _TERMINAL_CHARS


def _mark_run_on(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Mark run_on each piece of a stretch of more than RUN_ON_CHARS characters
    without a sentence end: pieces cut at the sentence bound, or blocks cut at the
    paragraph bound, that follow one another with no sentence end or paragraph
    break between them."""
    out: list[Sentence] = []
    first = 0
    for last, sentence in enumerate(sentences):
        following = sentences[last + 1] if last + 1 < len(sentences) else None
        if following is not None and not (
            _ends_sentence(sentence.text)
            or _PARAGRAPH_BREAK.search(text, sentence.end, following.start)
        ):
            continue  # the stretch goes on
        stretch = sentences[first : last + 1]
        if sentence.end - stretch[0].start > RUN_ON_CHARS:
            stretch = [attrs.evolve(piece, run_on=True) for piece in stretch]
        out.extend(stretch)
        first = last + 1
    return out


def bounded(
    chunk: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS
) -> list[tuple[int, int]]:
    """Cut [start, end) into pieces of at most `limit` characters: after the last
    clause break in the second half of the window, else at the last space, else
    (one unbroken token) at the bound itself."""
    pieces: list[tuple[int, int]] = []
    while end - start > limit:
        window = chunk[start : start + limit]
        cut = 0
        for match in _CLAUSE_BREAK.finditer(window, limit // 2):
            cut = match.end()
        if not cut:
            cut = window.rfind(" ") + 1
        if cut <= 0:
            cut = limit
        piece_end = start + len(window[:cut].rstrip())
        if piece_end > start:
            pieces.append((start, piece_end))
        start += cut
        while start < end and chunk[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


# syntok ends a sentence only at a terminal ("." "!" "?" ";" and their Unicode kin) or
# before an opening bracket, and starts a paragraph at a blank line; a chunk with none
# of them is one sentence from its first token to its last. Such chunks (text without
# full stops, cut at the bound) skip its tokenizer and state machine, which cost more
# per character than the rest of ingest.
_MAY_BREAK = regex.compile(
    "[" + re.escape("".join(sorted({c for mark in State.terminals for c in mark}))) + "]"
    "|[" + re.escape("".join(sorted(State.opening_brackets))) + "]"
    r"|\r?\n\s*\r?\n"
)
_SYNTOK_TOKEN = regex.compile(r"[^\s\u200b]+")  # syntok's own split at whitespace


def _segment(chunk: str) -> list[tuple[int, int]]:
    if _MAY_BREAK.search(chunk) is None:
        return _one_sentence(chunk)
    spans = []
    for paragraph in syntok_tokens.analyze(chunk):
        for sentence in paragraph:
            tokens = [t for t in sentence if t.value]
            if not tokens:
                continue
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            # syntok sometimes reports a token value that differs from the
            # text (normalised quotes); trust offsets, clamp to the chunk.
            end = min(max(end, start), len(chunk))
            if chunk[start:end].strip():
                spans.append((start, end))
    return spans


def _one_sentence(chunk: str) -> list[tuple[int, int]]:
    """What _segment gives through syntok for a chunk with no possible break."""
    first = _SYNTOK_TOKEN.search(chunk)
    if first is None:
        return []
    *_, last = _SYNTOK_TOKEN.finditer(chunk, first.start())
    start, end = first.start(), last.end()
    return [(start, end)] if chunk[start:end].strip() else []


_ENDS_IN_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|St|Supt|Cmdr|Maj)\.$"
)


# A decimal point followed by a space, as text tokenised word by word writes it
# ("magnitude 6. 1 temblor", "measured 5. 9, but"): the point ends no sentence. A
# year may end one ("in 2006. 12 people ..."), so only figures of up to three digits.
_ENDS_IN_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}\.$")
_OPENS_WITH_DECIMALS = re.compile(r"\d{1,2}(?![\d.,]?\d)")
_TAIL = 10  # longer than either pattern above with the character before it


def _merge_titles(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """syntok ends a sentence at "Rep." before "Jim McDermott"; a title never ends
    one, nor a decimal point cut from its decimals ("6. 1")."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        # Both patterns end at the sentence's end and read at most its last seven
        # characters: a tail is searched, not the whole sentence again.
        before = chunk[max(merged[-1][0], merged[-1][1] - _TAIL) : merged[-1][1]] if merged else ""
        cut_decimal = (
            bool(merged)
            and chunk[merged[-1][1] : start] == " "
            and _ENDS_IN_FIGURE.search(before) is not None
            and _OPENS_WITH_DECIMALS.match(chunk, start) is not None
        )
        if merged and (cut_decimal or _ENDS_IN_TITLE.search(before)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _repair(chunk: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    cursor = start
    for match in _MISSED_BREAK.finditer(chunk, start, end):
        head = chunk[cursor : match.start("gap")]
        word = re.search(r"([A-Za-z][A-Za-z.]*)\.[\"”’']?$", head)
        if word is None:
            continue
        stem = word.group(1).lower().rstrip(".")
        if stem in _TITLES or (len(stem) == 1 and stem.isalpha()):
            continue
        pieces.append((cursor, match.start("gap")))
        cursor = match.end("gap")
    pieces.append((cursor, end))
    return [(a, b) for a, b in pieces if chunk[a:b].strip()]
