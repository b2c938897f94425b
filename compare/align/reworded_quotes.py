"""One speaker's quotation told by two outlets with its little words changed.

The quote matcher (quotes.py) pairs two quotations when three quarters of the
shorter one's words stand, in order, in the other: the same words, perhaps cut.
A quotation whose sense an outlet turned keeps its content words and changes the
words around them ("Every house in Taoa lost its roof" / "Most houses in Taoa
lost their roofs", "Not a single tree will be cut" / "Very few trees will be
cut"): a quantifier, a negator, a modal, a number, an inflection each cost a
word, and a short quotation falls under that bar.

Here the quotations are compared as the speaker's words, not their spelling:
word by word in their lemmas, and only for two quotes whose own sentences name
one person (quote_speakers.speakers_clash). Two quotations of that person pair
when most of the shorter one's words stand in order in the other, at least three
of them content words, and the shared words run together rather than lie
scattered. The pair scores below any the quote matcher gives, so a quotation
told alike still pairs with its own; the quote judge then says what the changed
words are.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Sequence

from compare.align.quote_speakers import speakers_clash
from compare.align.quotes import is_narration, plain, quote_score
from compare.align.settings import Options
from compare.align.words import STOPWORDS, words
from compare.extract import Quote
from compare.extract.lemmas import classes

# Of the shorter quotation's words, the share that must stand in order in the other.
MIN_SHARE = 0.6
# Content words (no stopwords) the two must share in order.
MIN_CONTENT = 3
# Fewer words than this is a phrase, not a quotation one can tell reworded.
MIN_WORDS = 5
# Below the quote matcher's pairs (which score 0.5 and up).
SCORE = 0.3


def _stems(quote: Quote) -> list[str]:
    return [_lemma(w) for w in words(plain(quote.text))]


def _lemma(word: str) -> str:
    """The word's lemma by the lemma table ("houses" → house, "lost" → lose), a
    noun's before a verb's, so that both versions read one word alike."""
    found = classes(word)
    for pos in ("noun", "verb", "adj", "adv"):
        if pos in found:
            return found[pos]
    return word


def reworded_pairs(
    quotes: Sequence[Quote], options: Options | None = None
) -> list[tuple[float, int, int]]:
    """Pairs of one named speaker's quotations from two sources that the quote
    matcher leaves apart but whose lemmas mostly run alike."""
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, quote in enumerate(quotes):
        if quote.speaker and not is_narration(quote.text):
            by_source[quote.source].append(i)
    sources = list(by_source)
    stems: dict[int, list[str]] = {}
    pairs: list[tuple[float, int, int]] = []
    for x, first in enumerate(sources):
        for second in sources[x + 1 :]:
            for i in by_source[first]:
                for j in by_source[second]:
                    a, b = quotes[i], quotes[j]
                    if speakers_clash(a, b) is not True:
                        continue
                    sa = stems.setdefault(i, _stems(a))
                    sb = stems.setdefault(j, _stems(b))
                    share = _reworded(sa, sb)
                    if share and quote_score(a, b, words(a.text), words(b.text)) <= 0:
                        pairs.append((SCORE * share, i, j))
    return pairs


def _reworded(sa: list[str], sb: list[str]) -> float:
    """The share of the shorter lemma run that stands in order in the other, when
    it is enough for one quotation reworded; 0.0 otherwise."""
    short, long = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if len(short) < MIN_WORDS or len(long) > 2 * len(short):
        return 0.0
    matcher = difflib.SequenceMatcher(a=short, b=long, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    if not blocks:
        return 0.0
    matched = sum(m.size for m in blocks)
    content = sum(w not in STOPWORDS for m in blocks for w in short[m.a : m.a + m.size])
    first, last = blocks[0].b, blocks[-1].b + blocks[-1].size
    if matched / len(short) < MIN_SHARE or content < MIN_CONTENT:
        return 0.0
    if last - first > 1.5 * len(short) + 2:
        return 0.0  # the shared words are scattered, not one quotation
    return matched / len(short)
