"""Two statements that share only their story's own words while telling two deeds.

Every sentence of a story repeats its topic: the people, the place, the thing that
happened ("the Waitrose supermarket", "the fire", "Cheeks", "the Sixers"). Two
sentences of two articles can share all of those and still tell two facts of the
story: "Cheeks returns as the Sixers' fixer; O'Brien was shown the door after a
single season" / "The Sixers will pay Ayers, O'Brien and Cheeks next season";
"Maurice Cheeks is running the show again for the Philadelphia 76ers" / "Samuel
Dalembert agreed to a six year deal with the Philadelphia 76ers". The word models
pair them (much in common, nothing closer), and the judge, finding no clash, would
show a ✓ over two different facts.

A word is the story's own when the articles that use it use it again: on average in
at least two of their sentences (RECURRING). A word one fact brings ("evacuated",
"six-year", "43 RBIs") stands in one sentence of each article that tells the fact,
so this needs no word list. It needs three articles or more (MIN_ARTICLES): two
short articles that both dwell on one fact repeat its words as often as the topic's
("Full service resumed at noon on Wednesday" / "Services returned to normal by
midday on Wednesday": read on two articles, the planted read sets lost 11
agreements and showed one planted conflict as ✓ through the pair that took its
place). A
figure counts as a word, however written ("41" / "forty-one").

The pair is no agreement to show (unchecked: no ✓, no finding) when every word both
sentences share is the story's own, and the two main predicates name two events: not
one lemma, not one event or a kind of the other (fact_ties.one_event), not one
WordNet family ("explode" / "explosion"), and neither sentence using the other's
main verb anywhere ("Crews were called" / "members of the public called emergency
services"). Two sentences that share nothing at all are left alone: what paired them
(a figure, a synonym) is not the topic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from weakref import WeakKeyDictionary

from compare.align.derivations import families
from compare.align.fact_ties import one_event
from compare.align.figure_words import figures
from compare.align.frames import confident
from compare.align.sentence_claims import SentenceClaims
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered, stem, words
from compare.extract import Claim
from compare.extract.lemmas import classes

# Sentences per article using a word, on average, from which it is the story's own.
RECURRING = 2.0
# Articles compared, from which a word's recurrence tells the topic from a fact.
MIN_ARTICLES = 3

_RECURRENCE: WeakKeyDictionary[SentenceClaims, Mapping[str, float]] = WeakKeyDictionary()


@remembered(TEXTS_REMEMBERED)  # read for the recurrence, and again per pair judged
def terms(text: str) -> frozenset[str]:
    """The stems of a sentence's content words and its figures however written
    ("41" / "forty-one")."""
    ws = words(text)
    found = {stem(w) for w in ws if w not in STOPWORDS}
    return frozenset(found | figures(ws))


def recurrence(sentences: SentenceClaims) -> Mapping[str, float]:
    """For each term of the compared articles, the sentences using it per article
    that uses it (once per comparison)."""
    known = _RECURRENCE.get(sentences)
    if known is not None:
        return known
    texts: dict[tuple[str, int], str] = {}
    for (source, start), claims in sentences.by_sentence.items():
        if claims:
            texts[(source, start)] = claims[0].sentence
    in_sentences: Counter[str] = Counter()
    by_article: dict[str, set[str]] = {}
    for (source, _), text in texts.items():
        found = terms(text)
        in_sentences.update(found)
        by_article.setdefault(source, set()).update(found)
    in_articles: Counter[str] = Counter()
    for used in by_article.values():
        in_articles.update(used)
    if len(by_article) < MIN_ARTICLES:
        known = {}  # too few articles to tell the story's words apart
    else:
        known = {term: in_sentences[term] / in_articles[term] for term in in_sentences}
    _RECURRENCE[sentences] = known
    return known


def _related(a: str, b: str) -> bool:
    return a == b or one_event(a, b) or bool(families(a) & families(b))


def _told_in(lemma: str | None, text: str) -> bool:
    """Does the sentence use the lemma, however inflected ("called" for call)?"""
    if not lemma or not confident(lemma):
        return False
    return any(lemma == w or lemma in classes(w).values() for w in words(text))


def topic_only(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Do the two statements share only their story's own words, while their main
    predicates name two events?"""
    if a.source == b.source or not sentences.by_sentence:
        return False
    lemma_a, lemma_b = a.frame_lemma, b.frame_lemma
    if lemma_a and lemma_b and _related(lemma_a, lemma_b):
        return False
    if _told_in(lemma_a, b.sentence) or _told_in(lemma_b, a.sentence):
        return False
    shared = terms(a.sentence) & terms(b.sentence)
    if not shared:
        return False
    story = recurrence(sentences)
    return bool(story) and all(story.get(term, 0.0) >= RECURRING for term in shared)
