"""Shortcuts taken for speed in framing give exactly what the full path gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from compare import Source
from compare.extract import extract_claims, frames, places, temporal
from compare.extract.clauses import analyse
from compare.extract.counted import counted, noun_predicate
from compare.extract.lemmas import classes
from compare.extract.phrases import group_near, main_group
from compare.extract.qualifiers import find_qualifiers
from compare.ingest import Sentence

SENTENCES = [
    "Police in Lyon said on Monday that 14 people were hurt when a bus hit a wall at 3pm.",
    "The council, which met in May, approved a 3 percent rise and 200 new homes.",
    "Hundreds of fans waving flags gathered outside the stadium before the final.",
    "After the storm ended, crews restored power to 9,000 homes in northern Maine.",
    "The deaths of 12 miners in the flooded shaft were not related to the strike.",
]


def _sentence(text: str) -> tuple[frames._Sentence, Sentence]:
    source = Source.from_text(text)
    sentence = source.sentences[0]
    dates, times, found_places = find_qualifiers(sentence, None)
    return frames._Sentence(source.text, sentence, dates, times, found_places), sentence


def test_a_frame_made_once_per_verb_group_is_the_frame_made_fresh() -> None:
    for text in SENTENCES:
        here, sentence = _sentence(text)
        fresh = analyse(sentence.text, sentence.start)
        assert here.main() == main_group(fresh)
        for index in range(len(fresh.tokens)):
            found = group_near(fresh, index)
            assert here.near(index) == found
            made = here.frame(here.near(index))
            again = None if found is None else frames._frame(here, fresh, here._qual, found)
            assert made == again
            assert here.frame(here.near(index)) is made  # the second claim reuses it


def test_a_sentence_holding_only_a_quote_with_its_own_clause_is_not_analysed() -> None:
    text = "“We will rebuild the bridge,” said the mayor."
    here, _ = _sentence(text)
    quote = next(c for c in extract_claims(Source.from_text(text)) if c.kind == "quote")
    frame = frames._frame_of(quote, here)
    assert frame is not None and frame.lemma == "rebuild"
    assert here._analysis is None
    # A statement needs the clauses: the sentence is analysed then.
    assert here.main() is not None and here._analysis is not None


def test_counted_bounds_give_the_thing_and_the_noun_of_a_change() -> None:
    analysis = analyse("Sales showed a sharp 3 percent drop in March.", 0)
    index = next(k for k, t in enumerate(analysis.tokens) if t.text == "3")
    bounds = counted(analysis, index, analysis.tokens[index].end)
    assert bounds is not None
    assert [t.text for t in analysis.tokens[bounds[0] : bounds[1]]] == ["drop"]
    noun = noun_predicate(analysis, index, bounds)
    assert noun is not None and analysis.tokens[noun].text == "drop"
    assert noun_predicate(analysis, index, None) is None


_MAY_DATE_PLAIN = re.compile(
    r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day\b|day['’]s|[Yy]esterday|[Tt]omorrow"
    r"|last night"
)
_MAY_TIME_PLAIN = re.compile(r"\d|noon|midday|midnight|clock")
PIECES = st.sampled_from(
    ["a", "day", "days", "day’s", "Jan", "jan", "Dec", "last night", "last", "night", "noon",
     "midday", "mid", "7", " ", ".", "Yesterday", "tomorrow", "Today", "Mayor", "Sept", "o'clock",
     "٣", "yesterday", "Tomorrow", "midnight", "day's", "DAY"]
)  # fmt: skip


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.lists(PIECES, max_size=8).map("".join))
def test_the_date_and_time_prechecks_pass_the_same_text(text: str) -> None:
    assert temporal.may_state_date(text) == bool(_MAY_DATE_PLAIN.search(text))
    assert temporal.may_state_time(text) == bool(_MAY_TIME_PLAIN.search(text))


DATE_PIECES = st.sampled_from(
    ["on", "in", "In", "of", "mid-", "last", "next", "Monday", "Friday's", "morning", "May",
     "June", "Sept.", "8", "31st", "1999", "2013", "2022-01-11", "a", "an", "the Sixers'", "NBA",
     "pound", "yesterday", "Tomorrow", "last night", ",", " ", "  ", "-", "/", "x7"]
)  # fmt: skip


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.lists(DATE_PIECES, max_size=10).map(" ".join))
def test_a_date_pattern_led_by_its_first_characters_matches_what_it_matched_before(
    text: str,
) -> None:
    for pattern, _ in temporal._DATE_PATTERNS:
        plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", pattern.pattern))
        assert plain.pattern != pattern.pattern
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_title_case_is_tested_only_where_a_place_may_be() -> None:
    assert places.find_places("Storm Hits Towns In Northern Maine Overnight", 0) == []
    found = places.find_places("A storm hit towns in northern Maine overnight.", 0)
    assert [p.name for p in found] == ["Maine"]
    assert places.find_places("A storm hit towns overnight.", 0) == []


def test_a_word_out_of_the_table_has_no_classes_and_the_empty_answer_stays_empty() -> None:
    assert classes("Zqxwv") == {}
    assert classes("drop").get("noun") == "drop"
    assert classes("Zqxwv") == {}  # the shared empty mapping was not written
