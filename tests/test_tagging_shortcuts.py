"""Word-class shortcuts taken for speed give exactly the class the full rules give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.extract import wordclass
from compare.extract.wordclass import _fixed_closed_class, _tag, tag_tokens

SHORTCUT_WORDS = sorted(wordclass._ALWAYS_PREPOSITIONS | wordclass._ALWAYS_PRONOUNS)
# Neighbours that steer _tag elsewhere for other words: a subject pronoun before "like",
# "no" before "longer", an auxiliary after a sentence-initial subordinator, "fact".
CONTEXT = st.sampled_from(
    ["they", "no", "so", "in", "the", "is", "has", "Mayor", "-", ",", "3", "not", "very", "she",
     "were", "fact", "will", "may", "quickly", "ran"]
)  # fmt: skip


def test_shortcut_words_are_closed_class_words_tested_by_neighbours() -> None:
    # The shortcut only covers words the full rules would otherwise send to _tag.
    assert "of" in SHORTCUT_WORDS and "they" in SHORTCUT_WORDS
    assert "in" not in SHORTCUT_WORDS and "like" not in SHORTCUT_WORDS
    assert "that" not in SHORTCUT_WORDS  # also a subordinator: its neighbours decide
    assert all(word in wordclass._CONTEXTUAL for word in SHORTCUT_WORDS)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(
    st.sampled_from(SHORTCUT_WORDS),
    st.booleans(),
    st.lists(CONTEXT, max_size=3),
    st.sampled_from(["", "was", "the", "fact", "of", "ran"]),
)
def test_a_class_fixed_per_spelling_is_the_class_in_every_context(
    lower: str, capitalised: bool, before: list[str], following: str
) -> None:
    word = lower.capitalize() if capitalised else lower
    fixed = _fixed_closed_class(word)
    tokens = tag_tokens(" ".join(before))
    full = _tag(word, len(tokens), tokens, following)
    if fixed != wordclass._BY_NEIGHBOURS:
        assert fixed == full
    if not capitalised:
        assert fixed != wordclass._BY_NEIGHBOURS  # lower case: always decided once


def test_a_capitalised_pronoun_inside_a_sentence_is_still_read_by_its_neighbours() -> None:
    # "It" inside a title may be a name; "I" is a pronoun anywhere.
    assert _fixed_closed_class("It") == wordclass._BY_NEIGHBOURS
    assert _fixed_closed_class("I") == "pron"
    tags = [t.tag for t in tag_tokens("The film It opened as she spoke of it")]
    assert tags[2] != "pron" and tags[-1] == "pron" and tags[-4] == "pron"


TOKEN_PIECES = st.sampled_from(
    ["don", "t", "n", "s", "re", "U", "S", "al", "Assad", "3", "5", ".", "-", "'", "’", " ",
     "  ", ",", "!", "é", "٣", "_", "ve", "ll", "d", "m", "nt", "x"]
)  # fmt: skip


@settings(max_examples=600, derandomize=True, deadline=None)
@given(st.lists(TOKEN_PIECES, max_size=12).map("".join))
def test_the_pattern_for_text_without_apostrophes_finds_the_same_words(text: str) -> None:
    plain = text.replace("'", "").replace("’", "")
    assert wordclass._TOKEN_WITHOUT_APOSTROPHES.findall(plain) == wordclass._TOKEN.findall(plain)
