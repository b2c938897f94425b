"""Each sentence names something the other article never mentions: no ✓.

Two outlets telling one event name mostly the same people, places and bodies,
often in other sentences than the one a fact sits in. When two aligned sentences
each hold a name of their own (a word rare in the language, capitalised: "Telford",
"Petone", "Noordzee") that the other article names nowhere, each tells the fact
with a party or a place the other outlet does not know of: two places, two doers,
or two facts, and the judge compares neither name. Such a pair is left unchecked
(neither a ✓ nor a finding). Only a name within three words of a common word both
sentences use counts ("its plant in Telford" / "its Redditch plant"): on real
events (ECB+), names anywhere in the two sentences cost 1 in 26 same-fact pairs,
mostly a further detail one outlet adds. A name only one side adds ("said Ana Ruiz" / "said a
rescuer") is no clash, nor a name the other article gives elsewhere, nor a
capitalised word of the language ("Police", "Army"), nor two forms of one name
("Italy" / "Italian": the first letters are compared).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from compare.align.frequencies import zipf
from compare.align.number_clues import names_in
from compare.align.sentence_claims import SentenceClaims
from compare.align.words import (
    STOPWORDS,
    TEXTS_REMEMBERED,
    display_words,
    remembered,
    stem,
    words,
)
from compare.extract import Claim

_PROPER = 3.0  # rarer than this (Zipf): a name's own word, as in names_apart
_OPENING = 4  # letters two forms of one name share: "Italy" / "Italian"


def names_unmentioned(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Does each sentence hold a rare name the other article never mentions, beside
    a word both sentences use ("its plant in Telford" / "its Redditch plant")?"""
    if a.source == b.source or not sentences.by_sentence:
        return False
    common = _content(a.sentence) & _content(b.sentence)
    return _own(a, article_openings(sentences, b.source), common) and _own(
        b, article_openings(sentences, a.source), common
    )


def _own(claim: Claim, elsewhere: frozenset[str], common: frozenset[str]) -> bool:
    told = display_words(claim.sentence)
    names = names_in(claim.sentence, sentence_start=True)
    for k, word in enumerate(told):
        if word not in names or zipf(word.lower()) >= _PROPER:
            continue
        if word.lower()[:_OPENING] in elsewhere:
            continue
        near = told[max(0, k - _NEAR) : k] + told[k + 1 : k + 1 + _NEAR]
        if any(stem(w.lower()) in common for w in near):
            return True
    return False


_NEAR = 3  # words either side of a name that may be the thing it names or places


@remembered(TEXTS_REMEMBERED)  # a sentence is judged against a partner in each source
def _content(sentence: str) -> frozenset[str]:
    """Stems of the sentence's common words of the language (no names, no stopwords)."""
    return frozenset(
        stem(w.lower())
        for w in display_words(sentence)
        if w.isalpha() and not w[:1].isupper() and w.lower() not in STOPWORDS
    )


def article_openings(sentences: SentenceClaims, source: str) -> frozenset[str]:
    """The first letters of every word of an article's sentences that hold a claim."""
    return _openings_by_source(sentences).get(source, frozenset())


@lru_cache(maxsize=2)  # one comparison asks for each article many times
def _openings_by_source(sentences: SentenceClaims) -> dict[str, frozenset[str]]:
    """Every article's openings, read in one pass over the sentences: asked article by
    article, each question walked every article's sentences (quadratic in articles)."""
    found: dict[str, set[str]] = defaultdict(set)
    for (of, _), claims in sentences.by_sentence.items():
        if claims:
            found[of].update(w[:_OPENING] for w in words(claims[0].sentence))
    return {source: frozenset(openings) for source, openings in found.items()}
