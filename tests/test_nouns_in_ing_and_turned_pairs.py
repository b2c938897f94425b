"""An -ing noun after a determiner and a describing word ("a boxed warning"), and a
denial between two bare nouns that share many words, on sentences written for
these tests."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts
from compare.extract import extract_claims
from compare.ingest import Source


def _frame(text: str):
    claim = next(c for c in extract_claims(Source.from_text(text, id="a")) if c.kind == "statement")
    return claim.frame


def test_an_ing_word_after_a_describing_word_is_the_noun():
    frame = _frame("The ministry issued a revised warning about flooding on Friday.")
    assert frame.lemma == "issue"
    assert frame.thing is not None and "warning" in frame.thing.text
    frame = _frame("The court issued a new ruling on the merger.")
    assert frame.thing is not None and "ruling" in frame.thing.text


def test_a_noun_before_an_ing_word_leaves_it_a_verb():
    # "a man walking": the -ing form describes the man, it is no noun of his
    frame = _frame("A man walking past the bank saw the robbers.")
    assert frame.thing is not None and frame.thing.text == "the robbers"


def test_a_denial_between_two_bare_nouns_sharing_many_words_is_a_negation():
    comparison = compare_texts(
        {
            "a": "The vaccine does not carry a boxed warning, the regulator's strongest"
            " alert, though nurses must watch patients for an hour.",
            "b": "The shot will carry a boxed warning about heart inflammation after two"
            " volunteers fell ill.",
        }
    )
    found = [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]
    assert found == [(Verdict.DIFFER, Conflict.NEGATION)]


def test_known_as_after_a_noun_names_it_and_is_no_verb():
    frame = _frame("A protest group known as Red Tide blocked the harbour gates on Monday.")
    assert frame.lemma == "block"
    assert frame.actor is not None and frame.actor.text == "Red Tide"
    # after a verb "be" it is the predicate: "is known as"
    assert _frame("The coach is known as a strict planner.").lemma == "know"


def test_two_groups_known_by_name_claiming_one_attack_are_an_actor_conflict():
    comparison = compare_texts(
        {
            "a": "A hacking group known as Grey Heron claimed responsibility for the"
            " outage at the water utility on Monday.",
            "b": "A group known as Saltmarsh claimed responsibility for the outage at the"
            " water utility on Monday.",
        }
    )
    found = [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]
    assert found == [(Verdict.DIFFER, Conflict.ACTOR)]
