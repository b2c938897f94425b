"""Shortcuts taken for speed on long input give exactly what the slow path gives."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st
from syntok import segmenter
from syntok.tokenizer import Token, Tokenizer

from compare.extract import extract_claims, frames
from compare.extract.attribution import patterns as p
from compare.extract.attribution.attributor import _cues_from_the_end
from compare.extract.attribution.phrases import _ADVERB_OR_AUX, _RESTRICTIVE, _last_words
from compare.extract.claims import Frame
from compare.extract.clauses import analyse
from compare.extract.names import name_mentions, names_in
from compare.extract.phrases import main_group
from compare.ingest import Source, clean, sentences, syntok_tokens
from compare.ingest.mapped import _Pieces


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


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.lists(CHARS, max_size=40).map("".join))
def test_segment_equals_syntok(chunk: str) -> None:
    assert sentences._segment(chunk) == _through_syntok(chunk)


def test_text_without_sentence_ends_skips_syntok() -> None:
    chunk = "  “We will win” said Ana Ruiz, and officials said 40 people,  "
    assert sentences._MAY_BREAK.search(chunk) is None
    assert sentences._segment(chunk) == _through_syntok(chunk) == [(2, len(chunk) - 2)]
    for breaking in ("It rained. It", "a (b", "one\n\ntwo", "so; then"):
        assert sentences._MAY_BREAK.search(breaking) is not None


def _triples(tokens: list[Token]) -> list[tuple[str, str, int]]:
    return [(t.spacing, t.value, t.offset) for t in tokens]


# Runs syntok's tokenizer treats apart: contractions, case changes inside a word,
# hyphens (soft, Unicode), ellipses, apostrophes, brackets and quotes around words.
WORDS = st.sampled_from(
    ["word", "iPhone", "don't", "can’t", "al-Assad", "U.S.", "...", "wait...", "(see", "it),",
     "“We", "said,”", "'90s", "co\u00adop", "x\u2010y", "5.3bn", "—", "é", "a_b", "n't", "´t"]
)  # fmt: skip
GAPS = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u200b", "\u3000", ""])


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.lists(st.tuples(GAPS, WORDS | CHARS)), GAPS, st.integers(0, 9))
def test_tokens_equal_syntoks_tokenizer(parts, last, base) -> None:
    text = "".join(gap + word for gap, word in parts) + last
    expected = Tokenizer(replace_not_contraction=False).tokenize(text, base)
    assert _triples(syntok_tokens.tokens(text, base)) == _triples(list(expected))


def _runs_one_by_one(text: str, index: array[int]) -> list[tuple[str, int, bool]]:
    """The copied and inserted runs of a paragraph, found character by character."""
    runs = []
    i = 0
    while i < len(text):
        j = i + 1
        if index[i] >= 0:
            while j < len(text) and index[j] == index[j - 1] + 1:
                j += 1
            runs.append((text[i:j], index[i], True))
        else:
            while j < len(text) and index[j] == index[i]:
                j += 1
            runs.append((text[i:j], ~index[i], False))
        i = j
    return runs


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.tuples(st.integers(-3, 40), st.integers(1, 200)), max_size=8))
def test_pieces_are_the_runs_found_one_character_at_a_time(pieces) -> None:
    # A paragraph made of copied stretches of the original (offset, length) and
    # inserted characters (a negative offset), in any order.
    original = "".join(chr(ord("a") + k % 26) for k in range(300))
    index: array[int] = array("q")
    text = ""
    for at, length in pieces:
        if at < 0:
            index.extend([at] * (length % 3 + 1))
            text += " " * (length % 3 + 1)
        else:
            length = min(length, len(original) - at)
            index.extend(range(at, at + length))
            text += original[at : at + length]
    # Cleaning keeps the offsets as pieces, added here a character at a time.
    added = _Pieces()
    for char, origin in zip(text, index, strict=True):
        added.add(char, origin)
    mapped = added.done()
    assert [mapped.origin(i) for i in range(len(text))] == list(index)
    cleaned = clean._assemble(original, [clean._Paragraph(mapped)], {})
    built, mapping = cleaned.text, cleaned.offsets
    expected = _runs_one_by_one(text, index)
    assert built == text
    assert [run for run, _ in mapped.runs()] == [run for run, _, _ in expected]
    assert list(mapping.copied) == ([copied for _, _, copied in expected] or [True])
    assert list(mapping.original_starts) == ([at for _, at, _ in expected] or [0])


HEAD_WORDS = st.sampled_from(
    ["has", "not", "also", "rally", "quickly", "ly", "who", "which", "(a)", "(", ")", "said",
     "Ana", ",", "—", "the", "is", "x", "\n"]
)  # fmt: skip


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.lists(st.tuples(HEAD_WORDS, st.sampled_from([" ", "", "\n", "  "])), max_size=8))
def test_np_before_skips_only_patterns_that_cannot_match(parts) -> None:
    # np_before runs its end-anchored patterns only when the head ends as a match
    # must; where it skips one, that pattern finds nothing.

    head = "".join(word + gap for word, gap in parts)
    trimmed = head.rstrip()
    if not trimmed.endswith(")"):
        assert re.search(r"\s*\([^()]{1,40}\)\s*$", head) is None
    if not (trimmed and _ADVERB_OR_AUX.fullmatch(trimmed.rsplit(None, 1)[-1])):
        assert re.search(rf"(?:(?:^|\s+)(?:{p.ADVERB}|{p.AUX}|not))+\s*$", trimmed) is None
    if not trimmed.endswith(("who", "which")):
        assert re.search(r"(?:,|\s[—–-])\s*(?:who|which)$", trimmed) is None
    if "who" not in trimmed:
        assert _RESTRICTIVE.search(trimmed) is None


CUE_TEXT = st.sampled_from(
    ["said", "says", "told", "-said", "said-", "_said", "saidx", "added", "x", "é", " ", "  ",
     ",", "'", "’", "\n", "Smith", "called"]
)  # fmt: skip


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(CUE_TEXT, max_size=80).map("".join))
def test_cues_read_from_the_end_are_all_cues_reversed(chunk: str) -> None:

    def spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group("verb")) for m in matches]

    assert spans(_cues_from_the_end(chunk)) == spans(reversed(list(p.CUE.finditer(chunk))))


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(HEAD_WORDS | CUE_TEXT, max_size=120).map("".join))
def test_last_words_are_the_end_of_all_words(head: str) -> None:

    every = [m.span() for m in p.WORD_RE.finditer(head)]
    last = [m.span() for m in _last_words(head)]
    assert last == every or (len(last) >= 12 and every[-len(last) :] == last)


# Words a quote may hold: verbs, auxiliaries, negations, names, figures and marks, so
# that some quotes have a main clause and some do not.
QUOTE_WORDS = st.sampled_from(
    ["we", "will", "not", "approve", "it", "the", "plan", "was", "rejected", "by", "Ana",
     "Ruiz", "a", "unifier", "40", "people", "died", ",", "—", "never", "said", "they"]
)  # fmt: skip


def _frame_read_again(text: str, start: int, end: int) -> Frame | None:
    """A quote's frame as framing made it before the per-wording cache."""
    inner = frames._inner(text, start, end)
    own = analyse(text[inner[0] : inner[1]], inner[0])
    found = main_group(own)
    if found is None:
        return None
    return frames._frame(frames._Words(text), own, frames._Qualifiers((), (), ()), found)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(QUOTE_WORDS, min_size=1, max_size=9).map(" ".join), st.text("ab ,.", max_size=30))
def test_a_quote_frame_made_once_per_wording_is_the_frame_of_each_copy(words, before) -> None:
    quote = f"“{words}”"
    text = f"{before}{quote} said Ana Ruiz, and later {quote}"
    for start in (len(before), text.rindex("“")):
        end = start + len(quote)
        inner = frames._inner(text, start, end)
        own = frames._quote_frame(text[inner[0] : inner[1]])
        cached = None if own is None else frames._shifted(own, inner[0])
        assert cached == _frame_read_again(text, start, end)
        for span in (cached.predicate, cached.actor, cached.thing) if cached else ():
            assert span is None or text[span.start : span.end] == span.text


def test_names_in_a_phrase_are_read_once_and_equal_a_fresh_reading() -> None:
    phrase = "Foreign Minister Ana Ruiz of Spain"
    assert names_in(phrase) == tuple(name_mentions(phrase))
    assert names_in(phrase) is names_in(phrase)


def test_a_claim_given_its_frame_equals_attrs_evolve() -> None:
    source = Source.from_text("Officials said 40 people died. “We will win,” said Ana Ruiz.")
    for claim in extract_claims(source):
        frame = Frame(lemma="test", negated=True)
        assert frames._evolved(claim, frame=frame) == attrs.evolve(claim, frame=frame)
        changed = frames._evolved(frame, thing=None, lemma="other")
        assert changed == attrs.evolve(frame, thing=None, lemma="other")
