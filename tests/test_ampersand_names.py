"""A name joined by an ampersand ("A&E", "P&O") is no place cut at the ampersand."""

from __future__ import annotations

from compare import Source
from compare.extract import Place, extract_claims


def places(text: str) -> list[str]:
    source = Source.from_text(text, id="t")
    return [c.name for c in extract_claims(source, qualifiers=True) if isinstance(c, Place)]


def test_a_name_with_an_ampersand_is_no_place() -> None:
    assert places("The average wait in A&E was four hours at Kelso General.") == ["Kelso General"]


def test_a_place_before_an_ampersand_elsewhere_stays() -> None:
    assert places("Sales in Leeds rose, M&S said.") == ["Leeds"]
