"""Word diffs for display that keep every character of the quote.

The engine compares words without punctuation; a reader needs the quote as
printed. Words are matched on their lower-cased form, and each word carries the
punctuation and spaces that follow it, so joining the equal and inserted pieces
gives back the other member's text exactly, and the struck pieces are the
reference's own characters.
"""

from __future__ import annotations

import difflib
import itertools
import re

import attrs

_WORD = re.compile(r"\w+(?:['’]\w+)*")

EQUAL, DELETE, INSERT = "equal", "delete", "insert"


@attrs.frozen
class Piece:
    op: str  # equal, delete (only the reference has it), insert (only the other has it)
    text: str  # characters as printed, without the spaces that follow them
    space: str  # the spaces after them in the text they come from


def pieces(reference: str, other: str) -> list[Piece]:
    """The other text as a diff against the reference, character-complete."""
    a_words, a_cuts = _cut(reference)
    b_words, b_cuts = _cut(other)
    matcher = difflib.SequenceMatcher(a=a_words, b=b_words, autojunk=False)
    out: list[Piece] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(_piece(EQUAL, other, b_cuts[j1], b_cuts[j2]))
            continue
        # A change at either end of an uneven length pairs word for word from the
        # inside, so that one outlet quoting further shows as a cut, not a rewrite.
        n = min(i2 - i1, j2 - j1)
        if op == "replace" and i2 - i1 != j2 - j1 and (i2 == len(a_words) or j2 == len(b_words)):
            steps = [(i1, i1 + n, j1, j1 + n), (i1 + n, i2, j1 + n, j2)]
        elif op == "replace" and i2 - i1 != j2 - j1 and (i1 == 0 or j1 == 0):
            steps = [(i1, i2 - n, j1, j2 - n), (i2 - n, i2, j2 - n, j2)]
        else:
            steps = [(i1, i2, j1, j2)]
        for s1, s2, t1, t2 in steps:
            if s2 > s1:
                out.append(_piece(DELETE, reference, a_cuts[s1], a_cuts[s2]))
            if t2 > t1:
                out.append(_piece(INSERT, other, b_cuts[t1], b_cuts[t2]))
    if not b_words and other:
        out.append(_piece(INSERT, other, 0, len(other)))
    return [p for p in out if p.text or p.space]


def _cut(text: str) -> tuple[list[str], list[int]]:
    """Normalised words, and where each word's piece starts (the first piece also
    takes anything before the first word; one more entry marks the end)."""
    found = list(_WORD.finditer(text))
    keys = [m.group().lower().replace("’", "'") for m in found]
    cuts = [0] if found else []
    for before, word in itertools.pairwise(found):
        # Between two words, what precedes the last space closes the first word
        # ("winter," "5%"), what follows it opens the next ("[for", "“We").
        gap = text[before.end() : word.start()]
        space = max(gap.rfind(" "), gap.rfind("\n"), gap.rfind("\t"))
        cuts.append(before.end() + space + 1 if space >= 0 else word.start())
    return keys, [*cuts, len(text)]


def _piece(op: str, text: str, start: int, end: int) -> Piece:
    chunk = text[start:end]
    body = chunk.rstrip()
    return Piece(op, body, chunk[len(body) :])


def trimmed(items: list[Piece]) -> tuple[bool, list[Piece], bool]:
    """Drop words only the reference has before or after everything shared (one
    outlet quoted more of the sentence: a truncation, not a change). Returns
    (cut at start, the rest, cut at end)."""
    first = next((i for i, p in enumerate(items) if p.op != DELETE), len(items))
    last = max((i for i, p in enumerate(items) if p.op != DELETE), default=-1)
    if last < first:
        return False, items, False
    return first > 0, items[first : last + 1], last < len(items) - 1
