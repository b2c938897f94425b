"""No ✓ over two sentences, or two quotes, the judges cannot hold for one fact (stop 55):
a description against a full name its own article sets off under another post
(speakers_apart.described_against_titles), a quote credited to nobody in a sentence
naming someone else (speakers_apart.unnamed_beside_another), a clause turned by a
pair of the news table of opposites (turned_clauses.py), one deed of two named doers told in other
words (named_doers.py)."""

from __future__ import annotations

from compare import compare_texts
from compare.align.model import Comparison
from compare.align.turned_clauses import clauses_turned

_WORDS = "We followed every rule we were given and we will prove it in court"


def _kinds(comparison: Comparison, kind: str) -> list[tuple[str, str | None]]:
    return [
        (str(a.verdict), str(a.conflict) if a.conflict else None)
        for a in comparison.alignments
        if a.kind == kind
    ]


def test_a_description_against_a_name_its_article_sets_off_under_another_post() -> None:
    found = compare_texts(
        {
            "a": f'The ferry firm was fined on Friday. The skipper said: "{_WORDS}."',
            "b": (
                "The ferry firm was fined on Friday. Its lawyer, Oona Brightwell, spoke "
                f'outside. "{_WORDS}," Brightwell said.'
            ),
        }
    )
    assert ("differ", "speaker") in _kinds(found, "quote")


def test_a_description_the_named_article_gives_that_person_too_agrees() -> None:
    found = compare_texts(
        {
            "a": f'The ferry firm was fined on Friday. The skipper said: "{_WORDS}."',
            "b": (
                "The ferry firm was fined on Friday. Its skipper, Oona Brightwell, spoke "
                f'outside. "{_WORDS}," Brightwell said.'
            ),
        }
    )
    assert ("differ", "speaker") not in _kinds(found, "quote")


def test_a_quote_credited_to_nobody_beside_another_name_loses_its_tick() -> None:
    found = compare_texts(
        {
            "a": f'"{_WORDS}," said Pavla Ostrander, the firm\'s director.',
            "b": f'The mood was summed up by Tobiah Wrenfield, a deckhand: "{_WORDS}."',
        }
    )
    assert ("agree", None) not in _kinds(found, "quote")


def test_a_quote_credited_to_nobody_in_a_sentence_naming_no_one_keeps_its_tick() -> None:
    found = compare_texts(
        {
            "a": f'"{_WORDS}," said Pavla Ostrander, the firm\'s director.',
            "b": f'The firm\'s answer was short: "{_WORDS}."',
        }
    )
    assert ("agree", None) in _kinds(found, "quote")


def test_a_clause_turned_by_a_pair_of_the_news_table() -> None:
    assert clauses_turned(
        "Visitors were allowed to leave the hall while the alarm was checked.",
        "Visitors were told to stay inside the hall until the alarm was checked.",
    )
    # a word denied, and converses, are no evidence
    assert not clauses_turned(
        "Visitors did not leave the hall.", "Visitors had to stay in the hall."
    )
    assert not clauses_turned("Harlow won the cup final.", "Kestrel lost the cup final.")


def test_two_named_doers_of_one_deed_in_other_words_lose_the_tick() -> None:
    found = compare_texts(
        {
            "a": "The Vellmar Rail Safety Board has opened an investigation into the crash.",
            "b": "The Vellmar Transport Agency has launched an inquiry into the crash.",
        }
    )
    assert ("agree", None) not in _kinds(found, "statement")


def test_one_named_doer_told_alike_keeps_the_tick() -> None:
    found = compare_texts(
        {
            "a": "The Vellmar Rail Safety Board has opened an investigation into the crash.",
            "b": "The Vellmar Rail Safety Board has launched an inquiry into the crash.",
        }
    )
    assert ("agree", None) in _kinds(found, "statement")


def test_a_relation_set_off_beside_the_name_tells_no_post() -> None:
    found = compare_texts(
        {
            "a": f'The ferry firm was fined on Friday. The skipper said: "{_WORDS}."',
            "b": (
                "The ferry firm was fined on Friday. His sister, Oona Brightwell, spoke "
                f'outside. "{_WORDS}," Brightwell said.'
            ),
        }
    )
    assert ("differ", "speaker") not in _kinds(found, "quote")
