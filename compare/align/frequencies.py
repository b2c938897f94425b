"""How common an English word is, from a table shipped with the package.

Two short articles are too few sentences to tell a rare word from a common
one by counting inside them, so the statement matcher weighs each word by its
frequency in general English instead: the information a shared word carries,
`log10` of one over its probability. The table in data/wordfreq-en.txt is
derived from wordfreq's English list (`python bench/build_wordfreq.py`, see
data/WORDFREQ-LICENSE: CC BY-SA 4.0); it is keyed by the matcher's own stems
(words.stem) and holds every stem with a Zipf frequency of 2.5 or more (about
once in 3 million words), so reading it needs no other package.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

# A word missing from the table is rarer than its rarest entries.
UNLISTED_ZIPF = 2.0
# Zipf frequency is log10 of occurrences per billion words: 9 - zipf is the
# information of one occurrence in log10 units; the commonest words ("the",
# 7.7) are floored so that they still weigh something.
_MOST = 9.0
_FLOOR = 0.5


@cache
def _table() -> dict[str, float]:
    text = resources.files("compare.align").joinpath("data/wordfreq-en.txt").read_text("utf-8")
    zipf: dict[str, float] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        # "45 word word ...": every stem of one Zipf frequency, in tenths
        tenths, *stems = line.split(" ")
        value = int(tenths) / 10
        for s in stems:
            zipf[s] = value
    return zipf


def zipf(stem: str) -> float:
    """The Zipf frequency of a stem (log10 per billion words), 2.0 when unlisted."""
    return _table().get(stem, UNLISTED_ZIPF)


def information(stem: str) -> float:
    """How much a shared occurrence of this stem says: about 0.5 for "the", 7 for
    a word too rare to be listed."""
    return max(_FLOOR, _MOST - zipf(stem))
