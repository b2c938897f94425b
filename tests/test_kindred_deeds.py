"""One deed told actively in other words (a cleft, a verb of one kind, a thing named
by a synonym) and credited to two named doers, on sentences written for these
tests in several domains."""

from __future__ import annotations

import pytest
from conftest import FILLER_A, FILLER_B, first_statement

from compare import Conflict, Verdict, compare_texts
from compare.align.by_agents import deeds_apart as claims_apart
from compare.align.kindred_deeds import cleft_deeds, one_thing, thing_keys, thing_words


def deeds_apart(a: str, b: str):
    return claims_apart(first_statement(a), first_statement(b))


@pytest.mark.parametrize(
    ("sentence", "verb", "thing", "doer"),
    [
        (
            "It was a diver from the harbour club, Pia Lund, who recovered the anchor on Monday.",
            "recover",
            "the anchor",
            "a diver from the harbour club, Pia Lund",
        ),
        ("It was Tessa Morrow who wrote the report.", "write", "the report", "Tessa Morrow"),
        (
            "It was the ferry's own crew that spotted the leak in the hull.",
            "spot",
            "the leak",
            "the ferry's own crew",
        ),
    ],
)
def test_a_cleft_credits_its_verb_to_its_focus(sentence, verb, thing, doer):
    (told,) = cleft_deeds(sentence)
    assert (told.verb, told.thing, told.doer) == (verb, thing, doer)


def test_a_sentence_without_a_cleft_tells_no_cleft_deed():
    assert cleft_deeds("The council said that the bridge would reopen.") == ()


@pytest.mark.parametrize(
    ("x", "y", "one"),
    [
        ("the rock", "the stone", True),
        ("the old wreck", "the old wreck", True),
        ("the first goal", "the second goal", False),
        ("the anchor", "the chain", False),
        ("40 points", "43 points", False),
    ],
)
def test_one_thing_by_its_words_and_a_synonym_head(x, y, one):
    wx, wy = thing_words(x), thing_words(y)
    assert one_thing(wx, wy) is one
    if one:
        assert thing_keys(wx) & thing_keys(wy)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "A fisherman, Olaf Brekke, found the stone near the shore.",
            "It was a pair of hikers from the valley, Mira Sand and Jon Vik, who spotted "
            "the rock near the shore.",
        ),
        (
            "A retired teacher, Dora Finch, spotted the stray dog.",
            "A cyclist on the canal path, Marek Nowak, noticed the stray dog.",
        ),
    ],
)
def test_one_deed_in_other_words_by_two_named_doers_is_an_actor_conflict(a, b):
    found = deeds_apart(a, b)
    assert found is not None and found.conflict == Conflict.ACTOR
    comparison = compare_texts({"a": FILLER_A + a, "b": FILLER_B + b})
    assert any(
        al.verdict == Verdict.DIFFER and al.conflict == Conflict.ACTOR
        for al in comparison.alignments
        if al.kind == "statement"
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one doer named on both sides
        (
            "A fisherman, Olaf Brekke, found the stone near the shore.",
            "It was Olaf Brekke who spotted the rock near the shore.",
        ),
        # two things: other words beside the head
        (
            "A retired teacher, Dora Finch, scored the first goal.",
            "A striker from the academy, Lena Voss, scored the second goal.",
        ),
        # the other doer is unnamed
        (
            "A fisherman, Olaf Brekke, found the stone near the shore.",
            "It was the police who found the rock near the shore.",
        ),
        # two verbs no table links
        (
            "A retired teacher, Dora Finch, painted the old gate.",
            "A cyclist on the canal path, Marek Nowak, locked the old gate.",
        ),
    ],
)
def test_one_doer_two_things_an_unnamed_doer_or_two_deeds_are_no_conflict(a, b):
    assert deeds_apart(a, b) is None
