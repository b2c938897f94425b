"""No ✓ on two sentences a contrary slot sets apart (compare/align/contrary_slots.py)."""

from __future__ import annotations

from conftest import verdicts_of

from compare import Claim, Source, Verdict, extract_claims
from compare.align.contrary_slots import _opposite_words, _told, contrary_slot

# the statement pairs are read as a user's comparison reads them, inside filler
DOERS_APART = (
    "The state environment ministry issued a permit on Tuesday allowing the animal to be shot.",
    "Despite the tests, the local district authority in Lüneburg issued an order allowing a "
    "single wolf to be shot.",
)
BY_AGENTS_APART = (
    "The doses were delivered by UNICEF, which flew them to Zanzibar last week.",
    "Three hundred and fifty thousand doses have arrived, delivered by the World Health "
    "Organization from an emergency stockpile.",
)
SAME_DOER = (
    "The state environment ministry issued a permit on Tuesday allowing the animal to be shot.",
    "The environment ministry issued a permit allowing the wolf to be shot.",
)


def test_doers_apart_take_the_tick_away() -> None:
    for a, b in (DOERS_APART, BY_AGENTS_APART):
        assert (Verdict.AGREE, None) not in verdicts_of(a, b)


def test_one_doer_told_twice_still_agrees() -> None:
    assert (Verdict.AGREE, None) in verdicts_of(*SAME_DOER)


# Opposite words, one in each sentence only: the wider table's verbs (opposites.py)
# written as verbs, and a verb read with its particle.
OPPOSITE_WORDS = (
    (
        "The county board approved the zoning change after a long debate on Monday.",
        "After a long debate on Monday, the zoning change was voted down by the county board.",
    ),
    (
        "The tribunal allowed the family to see the file before the hearing.",
        "The tribunal refused a request from the family to see the file before the hearing.",
    ),
    (
        "The regulator rejected a proposal that the fee be paid in instalments.",
        "The regulator agreed that the fee can be paid in instalments.",
    ),
)


def test_opposite_words_of_either_table_take_the_tick_away() -> None:
    for a, b in OPPOSITE_WORDS:
        assert _opposite_words(a, b) is not None, (a, b)
        assert (Verdict.AGREE, None) not in verdicts_of(a, b), (a, b)


def test_a_noun_of_the_wider_table_is_no_opposite_verb() -> None:
    # "lets" (holiday lets) and "stop" are opposed as verbs only
    a = "The town council has approved a cap on holiday lets in the old quarter."
    b = "The town council voted to stop new licences in the old quarter."
    assert _opposite_words(a, b) is None


def test_a_phrasal_verb_is_read_whole() -> None:
    assert _told("the motion was voted down") >= {"voted", "down", "vote_down"}
    assert "vote_down" not in _told("the vote came down to two members")


def _statement(text: str, source: str) -> Claim:
    return next(
        c for c in extract_claims(Source.from_text(text, id=source)) if c.kind == "statement"
    )


# Doers read beyond the clause's frame: an agent a few words after its verb, the
# subject of a clause of time, a doer read whole where a shorter reading cut it.
DOERS_READ_FURTHER = (
    (
        "The yacht was pulled free at high tide on Friday by a tug hired by its owners.",
        "The Coast Guard pulled the yacht free on Friday.",
    ),
    (
        "The fraud came to light when bank auditors flagged the transfers in March.",
        "A customer who had lost money flagged the transfers in March.",
    ),
    (
        "The hall, which cost $9 million, was built by the Danish engineering firm Holm Bygg "
        "under a state contract.",
        "The hall was built by the Norwegian company Fjordverk, with Danish engineers acting "
        "only as advisers.",
    ),
)


def test_doers_read_further_take_the_tick_away() -> None:
    for a, b in DOERS_READ_FURTHER:
        assert contrary_slot(_statement(a, "a"), _statement(b, "b")) is not None, (a, b)


def test_one_doer_read_further_keeps_its_tick() -> None:
    a = "The ferry was towed into port early on Sunday by a salvage tug from Brest."
    b = "A salvage tug towed the ferry into port early on Sunday."
    assert contrary_slot(_statement(a, "a"), _statement(b, "b")) is None


def test_a_clause_subject_and_the_body_it_sits_on_keep_their_tick() -> None:
    a = "Pupils must leave their phones at reception after governors approved the new policy."
    b = "Phones are to be handed in at reception, after the school board endorsed a ban."
    assert contrary_slot(_statement(a, "a"), _statement(b, "b")) is None


def test_an_agent_after_a_second_verb_still_sets_the_first_verbs_doer_apart() -> None:
    # the farther by-agent reading stops at "and"; the near one (three words of any
    # kind before "by") still reads the agent of the first verb
    a = "The rescue was carried out and coordinated by the coastguard, officials said."
    b = "The rescue was carried out by a fishing crew, officials said."
    assert contrary_slot(_statement(a, "a"), _statement(b, "b")) is not None


def test_a_measure_or_a_moment_after_by_is_no_doer() -> None:
    a = "Spending on the libraries was cut by 10 percent in this year's budget."
    b = "Spending on the libraries was cut by the county council in this year's budget."
    assert contrary_slot(_statement(a, "a"), _statement(b, "b")) is None
