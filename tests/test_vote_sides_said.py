"""A vote told by its sides in words ("N for ... and M against", "N% voted yes and M%
no") or as two shares after a verb of carrying it ("backed ... by 71 per cent to 29 per
cent") is a tally; shares of other things stay apart. Sentences written here."""

from __future__ import annotations

from compare import Source
from compare.extract import Number, extract_claims


def _tallies(text: str) -> list[tuple[float, float]]:
    return [
        c.pair
        for c in extract_claims(Source.from_text(text, id="t"))
        if isinstance(c, Number) and c.pair is not None
    ]


def test_votes_for_a_thing_and_against_are_one_tally() -> None:
    assert _tallies("The porters cast 1,240 votes for a strike and 310 against.") == [
        (1240.0, 310.0)
    ]


def test_shares_in_favour_and_against_are_one_tally() -> None:
    text = "The motion carried easily, with 64 per cent in favour and 36 per cent against."
    assert _tallies(text) == [(64.0, 36.0)]


def test_shares_voting_yes_and_no_are_one_tally() -> None:
    text = "In the ballot of dockers, 58% voted yes and 42% no."
    assert _tallies(text) == [(58.0, 42.0)]


def test_shares_after_a_verb_of_carrying_are_one_tally() -> None:
    text = "Shareholders backed the merger by 71 per cent to 29 per cent on Monday."
    assert _tallies(text) == [(71.0, 29.0)]


def test_shares_of_other_things_are_no_tally() -> None:
    assert _tallies("Exports rose 60% for the year and 30% against the dollar.") == []
    assert _tallies("The rate was cut from 40 per cent to 25 per cent.") == []


def test_voters_and_the_thing_voted_on_between_the_sides() -> None:
    text = "Eleven aldermen voted for the bypass and four against."
    assert _tallies(text) == [(11.0, 4.0)]
    text = "The ferrymen cast 518 votes in favour of the offer and 96 against."
    assert _tallies(text) == [(518.0, 96.0)]
    text = "In the end 233 backed the walkout and 41 voted against."
    assert _tallies(text) == [(233.0, 41.0)]


def test_sides_without_a_word_of_voting_are_no_tally() -> None:
    assert _tallies("About 60 pupils ran for the bus and three against the wind.") == []
    # another figure between the two sides: not one vote's
    assert _tallies("Some 80 members voted in 2021 for the rules and 12 against.") == []


def test_a_part_of_a_body_that_decided_is_the_split() -> None:
    assert _tallies("Six of the nine justices sided with the miners.") == [(6.0, 3.0)]
    assert _tallies("Three of its seven trustees voted for the sale.") == [(4.0, 3.0)]
    # the minority told: the larger side still comes first
    assert _tallies("Two of the eleven councillors opposed the budget.") == [(9.0, 2.0)]


def test_a_part_of_a_group_without_a_decision_is_no_tally() -> None:
    assert _tallies("Three of the 40 miners were hurt in the blast.") == []
    assert _tallies("Two of the four judges agreed.") == []  # an even split
    assert _tallies("Nine of the 400 workers voted for the deal.") == []  # no body of members
