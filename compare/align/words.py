"""Word-level normalisation and diffs, shared by the matchers."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from rapidfuzz.distance import Levenshtein

from compare.align.model import DiffOp
from compare.extract.clauses import forget_analyses

if TYPE_CHECKING:
    from functools import _lru_cache_wrapper

# Numbers keep their separators ("150,001" is one word); words keep apostrophes.
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:['’\-][^\W_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})

STOPWORDS = frozenset(
    "a an the of in on at to for from by with and or but is are was were be been being has have "
    "had do does did will would can could should may might must shall it its this that these "
    "those he she they we i you his her their our your my him them us me as than then so not no "
    "also there here who whom which what when where while if about into over after before up "
    "out said says say told according more most some any all each other such only just very "
    "s t".split()
)


# The matchers and judges read a sentence's and a clause's words once per pair it
# is in; remembering the last few thousand texts' words splits each text once.
# The forms of "be": a passive's or a copula's auxiliary ("was arrested", "is mayor").
BE_FORMS = frozenset("be is are was were been being".split())
# The auxiliaries before a main verb, "be", "have" and "do" in every form: what
# stands between a subject or a negator and its verb ("had not", "did not").
AUXILIARIES = BE_FORMS | frozenset("am has have had do does did".split())
# Words that deny what follows them: "not", "no", "never", "without".
NEGATORS = frozenset("not no never none nothing nobody neither nor without".split())
ARTICLES = frozenset({"a", "an", "the"})

TEXTS_REMEMBERED = 32768
# A longer text (a page without full stops) is split each time: kept, its words
# would hold as much memory as the text many times over.
LONGEST_REMEMBERED = 5000  # characters
WORDS_REMEMBERED = 65536  # single words (stems, roots): small entries, a large vocabulary
_Result = TypeVar("_Result")
_CACHES: list[_lru_cache_wrapper[object]] = []


def remembered(size: int) -> Callable[[Callable[..., _Result]], _lru_cache_wrapper[_Result]]:
    """lru_cache for a pure function of texts or words, emptied by `forget_texts`.
    Only for immutable results (tuples, frozensets, strings): every caller gets
    the same object."""

    def wrap(func: Callable[..., _Result]) -> _lru_cache_wrapper[_Result]:
        cached = lru_cache(maxsize=size)(func)
        _CACHES.append(cached)
        return cached

    return wrap


def forget_texts() -> None:
    """Empty every `remembered` cache: after a comparison (compare.pipeline), so a
    long-lived process does not keep its texts, and before each timed benchmark run.
    The sentences' analyses extraction remembered for the judges go with them."""
    for cached in _CACHES:
        cached.cache_clear()
    forget_analyses()


def words(text: str) -> list[str]:
    """Lower-case words, apostrophes unified, punctuation dropped."""
    if len(text) > LONGEST_REMEMBERED:
        return list(_words.__wrapped__(text))
    return list(_words(text))  # a copy: callers may change their list


@remembered(TEXTS_REMEMBERED)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(_normal(text).lower()))


def is_negator(word: str) -> bool:
    """Is the word (lower case, as `words` gives it) a negator ("not", "no", "never"
    ...) or a word in n't ("wasn't")?"""
    return word in NEGATORS or word.endswith("n't")


@remembered(TEXTS_REMEMBERED)  # the polarity rules ask it of both sentences of every pair
def has_negator(text: str) -> bool:
    """Does the text hold a negator ("not", "no", "never" ...) or a word in n't?"""
    return any(is_negator(w) for w in words(text))


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in the text of each word `words` returns, in order. NFKC may
    change lengths, so spans are into the text as normalised when it changes it."""
    if len(text) > LONGEST_REMEMBERED:
        return list(_word_spans.__wrapped__(text))
    return list(_word_spans(text))


@remembered(TEXTS_REMEMBERED)
def _word_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _WORD.finditer(_normal(text)))


def display_words(text: str) -> list[str]:
    """The words as written (case kept), aligned one-to-one with `words`."""
    if len(text) > LONGEST_REMEMBERED:
        return list(_display_words.__wrapped__(text))
    return list(_display_words(text))


@remembered(TEXTS_REMEMBERED)
def _display_words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(_normal(text)))


def _normal(text: str) -> str:
    if text.isascii():
        return text  # NFKC and the apostrophes leave ASCII as it is: skip both passes
    return unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)


@remembered(WORDS_REMEMBERED)
def stem(word: str) -> str:
    """A crude stem, enough to tell 'troops' from 'troop' and 'talks' from 'talk'."""
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def word_diff(a: str, b: str) -> tuple[DiffOp, ...]:
    """Diff two texts word by word (case and punctuation ignored, shown as written)."""
    if len(a) > LONGEST_REMEMBERED or len(b) > LONGEST_REMEMBERED:
        return _word_diff.__wrapped__(a, b)
    return _word_diff(a, b)


@remembered(TEXTS_REMEMBERED)
def _word_diff(a: str, b: str) -> tuple[DiffOp, ...]:
    wa, wb = words(a), words(b)
    da, db = display_words(a), display_words(b)
    matcher = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    ops = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        ops.append(DiffOp(tag, " ".join(da[i1:i2]), " ".join(db[j1:j2])))
    return tuple(ops)


def trimmed_ends(ops: tuple[DiffOp, ...]) -> tuple[bool, tuple[DiffOp, ...], bool]:
    """Split off words only one version has before or after all shared text
    (a truncation). Returns (cut at start, the middle ops, cut at end)."""
    first = next(
        (i for i, op in enumerate(ops) if op.op != "delete" and op.op != "insert"), len(ops)
    )
    last = max((i for i, op in enumerate(ops) if op.op not in ("delete", "insert")), default=-1)
    if last < first:
        return False, ops, False
    return first > 0, ops[first : last + 1], last < len(ops) - 1


def contained_span(short: list[str], long: list[str]) -> tuple[int, int, int]:
    """(matched words, first, last index in `long`) of `short`'s best alignment."""
    matcher = difflib.SequenceMatcher(a=short, b=long, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return 0, 0, 0
    matched = sum(b.size for b in blocks)
    return matched, blocks[0].b, blocks[-1].b + blocks[-1].size


def is_inflection(a: str, b: str) -> bool:
    """'loud'/'loudly', 'say'/'said', 'troop'/'troops': the same word, another form."""
    a, b = a.lower(), b.lower()
    if not a or not b or " " in a or " " in b:
        return False
    shorter = min(len(a), len(b))
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    if common >= 3 and common >= shorter - 2:
        return True
    return shorter >= 4 and Levenshtein.normalized_similarity(a, b) >= 0.75


def classify(ops: tuple[DiffOp, ...]) -> list[tuple[str, DiffOp]]:
    """Name each change: inflection, substitution, insertion, deletion, or truncation
    (words only one version has, before or after everything the two share)."""
    changes = []
    edits = [i for i, op in enumerate(ops) if op.op != "equal"]
    first_equal = next((i for i, op in enumerate(ops) if op.op == "equal"), None)
    last_equal = max((i for i, op in enumerate(ops) if op.op == "equal"), default=None)
    for i in edits:
        op = ops[i]
        outside = (
            first_equal is None or i < first_equal or (last_equal is not None and i > last_equal)
        )
        if op.op == "replace":
            # Replacements sit next to shared words (see quotes.refine): a real change.
            kind = "inflection" if is_inflection(op.a, op.b) else "substitution"
        elif outside:
            kind = "truncation"
        else:
            kind = "insertion" if op.op == "insert" else "deletion"
        changes.append((kind, op))
    return changes
