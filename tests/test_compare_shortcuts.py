"""Shortcuts taken for the speed of a comparison give exactly what the slow path gives:
tables read lazily, words read once per word or text, patterns skipped when a word
they need is missing."""

from __future__ import annotations

import gc
import unicodedata
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.align import ordered_by, registry
from compare.align.frames import head, head_of
from compare.align.numbers import _AFTER_NAME, _AFTER_PERSON
from compare.align.ordered_by import (
    _ACTIVE_DONE,
    _ACTIVE_TO,
    _DONE_ON_ORDERS,
    _PASSIVE,
    Order,
    orders,
)
from compare.align.swapped_words import _ATTRIBUTION, _told
from compare.align.synonyms import table
from compare.align.titles import _canon, _said
from compare.align.words import _APOSTROPHES, _normal, words
from compare.extract import people_nouns
from compare.extract.claims import Span


def _full_normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_text_is_its_own_normal_form(text: str) -> None:
    assert _normal(text) == _full_normal(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "The union’s vote",  # a curly apostrophe becomes a straight one
        "ﬁve ﬁrefighters",  # ligatures unfold under NFKC
        "Café owners said ２０ people",  # full-width digits
        "İstanbul",
        "plain ASCII, 40 people",
    ],
)
def test_normal_form_of_any_text_is_the_full_one(text: str) -> None:
    assert _normal(text) == _full_normal(text)


_WORDS = st.sampled_from(
    "rose fell rises ran running approved approves denied went better best mice "
    "geese children officers troops said told was were being Paris the a firefighters "
    "neighbours x y-z don't 40 ".split()
)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(_WORDS)
def test_lemmas_are_read_once_and_as_the_table_gives_them(word: str) -> None:
    synonyms = table()
    first = synonyms.lemmas(word)
    assert first == frozenset(synonyms._read_lemmas(word))
    assert synonyms.lemmas(word) is first  # remembered, not read again


def test_lemmas_of_irregular_and_regular_forms() -> None:
    assert ("v", "rise") in table().lemmas("rose")
    assert ("n", "officer") in table().lemmas("officers")
    assert table().lemmas("two words") == frozenset()


def _eager_table() -> dict[str, people_nouns.PeopleNoun]:
    """The people table as it was read before: every entry made up front."""
    text = resources.files("compare.extract").joinpath("data/people_nouns.txt").read_text("utf-8")
    eager = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, _, *kind = line.split(" ")
        if not kind:
            continue  # a noun that counts people but names no kind of them
        part, senses, *within = kind
        eager[word] = people_nouns.PeopleNoun(
            frozenset(int(s) for s in senses.split(",")),
            frozenset(int(w) for w in within),
            part == "p",
        )
    return eager


def test_people_entries_read_lazily_are_those_read_eagerly() -> None:
    eager = _eager_table()
    assert set(people_nouns._table()) == set(eager)
    for word in list(eager)[::7]:
        assert people_nouns.people_noun(word) == eager[word]


@pytest.mark.parametrize(
    ("word", "singular"),
    [("officers", "officer"), ("firemen", "fireman"), ("deputies", "deputy"), ("Police", "police")],
)
def test_people_noun_of_plurals(word: str, singular: str) -> None:
    assert people_nouns.people_noun(word) == _eager_table()[singular]


def _orders_without_shortcut(sentence: str) -> tuple[Order, ...]:
    """orders() as it read every sentence with a cue word: all four patterns."""
    saved = ordered_by._NEEDS
    never_skip = ordered_by.re.compile("")
    ordered_by._NEEDS = tuple(
        (p, never_skip) for p in (_ACTIVE_TO, _ACTIVE_DONE, _PASSIVE, _DONE_ON_ORDERS)
    )
    try:
        return orders.__wrapped__(sentence)
    finally:
        ordered_by._NEEDS = saved


_PIECES = st.sampled_from(
    [
        "The mayor",
        "Police",
        "the Country Fire Service",
        "told",
        "ordered",
        "asked",
        "instructed",
        "38 schools",
        "residents",
        "to",
        "be",
        "shut",
        "closed",
        "evacuate",
        "were",
        "was",
        "had been",
        "suspended visits",
        "on the orders of",
        "under instructions from",
        "at the request of",
        "by order of",
        "as ordered by",
        "following the advice of",
        "the Health Trust",
        "on Friday",
        ",",
        "and",
        "orders",
        "requests",
    ]
)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.lists(_PIECES, min_size=2, max_size=14).map(" ".join))
def test_orders_skipping_patterns_find_what_all_patterns_find(sentence: str) -> None:
    assert orders.__wrapped__(sentence) == _orders_without_shortcut(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The fire chief told 38 schools to shut on Friday.",
        "Police ordered the road closed.",
        "38 schools were shut on the orders of the Country Fire Service.",
        "40 clinics suspended visits on the orders of the Health Trust.",
        "The council asked residents to stay indoors, officials said.",
        "Flights were halted by order of the aviation authority.",
    ],
)
def test_orders_read_in_news_sentences(sentence: str) -> None:
    found = orders.__wrapped__(sentence)
    assert found  # each sentence tells an ordered act
    assert found == _orders_without_shortcut(sentence)


_BEFORE_FIGURE = st.lists(
    st.sampled_from(
        [
            "John",
            "Smith",
            "the",
            "suspect",
            "Woman",
            "driver",
            ",",
            "(",
            " ",
            "\n",
            "\t",
            "x",
            "ran",
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=500, derandomize=True, deadline=None)
@given(_BEFORE_FIGURE)
def test_set_off_figure_patterns_need_a_comma_or_bracket_last(before: str) -> None:
    # numbers._is_age looks for a name or a person noun set off before a figure only
    # when the text before it ends so: these patterns cannot match otherwise
    if _AFTER_NAME.search(before) or _AFTER_PERSON.search(before):
        assert before.rstrip().endswith((",", "("))


@pytest.mark.parametrize(
    "before",
    ["John Smith, ", "The suspect, ", "the driver, ", "Smith(", "Ana Ruiz,\n", "the Woman,  "],
)
def test_set_off_figures_are_still_found(before: str) -> None:
    assert _AFTER_NAME.search(before) or _AFTER_PERSON.search(before)
    assert before.rstrip().endswith((",", "("))


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The dam held, officials said.", "The dam held"),
        ("Twelve were hurt, a spokesman told reporters.", "Twelve were hurt"),
        ("The road reopened, according to police.", "The road reopened"),
        ("Nobody said anything.", "Nobody said anything."),
    ],
)
def test_told_is_remembered_and_drops_a_closing_attribution(sentence: str, told: str) -> None:
    assert _told(sentence) == told == _ATTRIBUTION.sub("", sentence)
    assert _told(sentence) is _told(sentence)


@pytest.mark.parametrize(
    ("phrase", "stemmed"),
    [
        ("Russian troops", "troop"),
        ("Dana Holt of all charges", "holt"),
        ("the death of her partner", "death"),
        ("University of Texas", "texa"),
        ("the 40", None),
    ],
)
def test_head_of_a_phrase_is_remembered(phrase: str, stemmed: str | None) -> None:
    span = Span(0, len(phrase), phrase)
    assert head(span) == stemmed
    assert head_of(phrase) == head_of.__wrapped__(phrase) == stemmed


def test_said_words_are_the_canonical_words_of_the_sentence() -> None:
    sentence = "Fire Chief Ana Ruiz and the police chief said the mayor's attorney spoke."
    assert _said(sentence) == frozenset(_canon(w) for w in words(sentence))
    assert _said(sentence) is _said(sentence)


def test_matchers_loaded_are_out_of_the_cycle_collectors_reach() -> None:
    registry.kinds()
    assert gc.get_freeze_count() > 0
    assert not any(obj is registry._KINDS for obj in gc.get_objects())  # frozen, not walked


def test_topic_terms_are_remembered_and_are_the_terms() -> None:
    # topic_only reads each sentence's terms for the comparison's recurrence and
    # again for every pair the sentence is judged in
    from compare.align.topic_only import terms

    sentence = "Forty-one pupils and 12 teachers left the burning school at noon."
    assert terms(sentence) == terms.__wrapped__(sentence)
    assert {"41", "12", "pupil", "school"} <= terms(sentence)
    assert terms(sentence) is terms(sentence)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("The council did not approve the plan.", True),
        ("The mayor wasn't told.", True),
        ("Nobody was hurt.", True),
        ("The council approved the plan.", False),
        ("Notably, the nose cone held.", False),
    ],
)
def test_a_negator_is_remembered_per_text(text: str, denied: bool) -> None:
    # the polarity rules ask it of both sentences of every pair they read
    from compare.align.words import forget_texts, has_negator

    forget_texts()
    assert has_negator(text) is denied
    hits = has_negator.cache_info().hits
    assert has_negator(text) is denied
    assert has_negator.cache_info().hits == hits + 1


def test_a_people_noun_is_remembered_per_word() -> None:
    # the judges ask it of every two words in a row of every statement they read
    word = "firefighters"
    assert people_nouns.people_noun(word) == people_nouns.people_noun.__wrapped__(word)
    hits = people_nouns.people_noun.cache_info().hits
    assert people_nouns.people_noun(word) is not None
    assert people_nouns.people_noun.cache_info().hits == hits + 1
    assert people_nouns.people_noun("bridge") is None


def test_the_common_words_of_a_sentence_are_remembered() -> None:
    # names_unmentioned reads both sentences of every pair the judge finds agreeing
    from compare.align.unmentioned_names import _content

    sentence = "Its plant in Telford closed after the floods."
    assert _content(sentence) == _content.__wrapped__(sentence)
    assert "plant" in _content(sentence) and "telford" not in _content(sentence)
    assert _content(sentence) is _content(sentence)
