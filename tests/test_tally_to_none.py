"""Tallies told in words: the second side told as nobody ("by five votes to none",
"two goals to nil"), and a vote's sides set off by a comma ("17 votes in favour, 6
against"; compare/extract/number_forms.py). Sentences written for these tests."""

from __future__ import annotations

from compare.extract import extract_claims
from compare.extract.claims import Number
from compare.ingest import Source


def pairs(text: str) -> list[tuple[float, float] | None]:
    claims = extract_claims(Source.from_text(text, id="a"))
    return [c.pair for c in claims if isinstance(c, Number)]


def test_votes_to_none() -> None:
    assert pairs("The jury awarded the prize by five votes to none.") == [(5.0, 0.0)]


def test_goals_to_nil() -> None:
    assert pairs("The Harriers won the replay by two goals to nil.") == [(2.0, 0.0)]


def test_a_second_side_told_as_a_count_is_unchanged() -> None:
    assert pairs("The Harriers won the replay by two goals to one.") == [(2.0, 1.0)]


def test_none_without_a_tally_noun_is_no_tally() -> None:
    assert all(p is None for p in pairs("Three rooms were inspected and none passed."))


def test_sides_set_off_by_a_comma() -> None:
    assert pairs("The motion was carried with 17 votes in favour, 6 against.") == [(17.0, 6.0)]


def test_sides_set_off_by_a_comma_before_abstentions() -> None:
    found = pairs("The levy passed with 31 votes for, 12 against and 4 abstentions.")
    assert (31.0, 12.0) in found
