"""People's roles and plain statements, on sentences written here."""

from __future__ import annotations

import pytest

from compare import Source
from compare.extract import Role, Statement, extract_claims


def roles(text: str) -> list[tuple[str, str]]:
    source = Source.from_text("The council met.\n\n" + text, id="t")
    return [(c.person, c.role) for c in extract_claims(source) if isinstance(c, Role)]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Springfield’s deputy mayor, Ana Ruiz, opened the meeting.",
            "Ana Ruiz",
            "Springfield’s deputy mayor",
        ),
        (
            "Ana Ruiz, the city’s deputy mayor, opened the meeting.",
            "Ana Ruiz",
            "the city’s deputy mayor",
        ),
        (
            "Deputy Mayor Ana Ruiz of Springfield opened the meeting.",
            "Ana Ruiz",
            "Deputy Mayor of Springfield",
        ),
        (
            "Tom Okafor of the Institute for Bridges spoke next.",
            "Tom Okafor",
            "Institute for Bridges",
        ),
        (
            "The city’s representative at the hearing, Tom Okafor, spoke next.",
            "Tom Okafor",
            "The city’s representative at the hearing",
        ),
        (
            "The meeting was opened by city engineer Tom Okafor on Monday.",
            "Tom Okafor",
            "city engineer",
        ),
    ],
)
def test_role_layouts(text, person, role):
    assert (person, role) in roles(text)


def test_no_role_without_a_position_word():
    assert roles("Ana Ruiz, who arrived late, opened the meeting on Monday.") == []


def test_one_person_whatever_the_title_form():
    text = (
        "Capt. John C. Smith led the rescue on Sunday. Captain Smith said the crew was safe, "
        "and Smith, the ship's commander, thanked the coast guard."
    )
    found = roles(text)
    assert {person for person, _ in found} == {"John C. Smith"}
    assert {role for _, role in found} >= {"Capt.", "Captain", "the ship's commander"}


def test_statements_skip_bare_quotes():
    text = (
        "“We will reopen in June,” Ana Ruiz said.\n\n"
        "The bridge has been closed since March because of cracks in its supports.\n"
    )
    source = Source.from_text(text, id="t")
    statements = [c.text for c in extract_claims(source) if isinstance(c, Statement)]
    assert statements == [
        "The bridge has been closed since March because of cracks in its supports."
    ]
