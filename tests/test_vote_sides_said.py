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
