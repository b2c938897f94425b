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


def test_a_victim_named_before_the_killer_is_not_his_title():
    # "a security officer [whom] Lars Okonkwo shot": a relative clause, not a title.
    text = (
        "Lars Okonkwo went on trial on Monday. The widow of a security officer Okonkwo shot "
        "spoke first, and the sister of the court reporter Okonkwo wounded spoke next."
    )
    assert [role for person, role in roles(text) if person == "Lars Okonkwo"] == []


def test_a_title_is_kept_when_the_name_is_followed_by_a_reporting_verb_or_an_object():
    assert ("Mia Tran", "park inspector") in roles(
        "The crowd left early, the park inspector Mia Tran said."
    )
    assert ("Mia Tran", "park inspector") in roles(
        "On Monday the park inspector Mia Tran fined the owner."
    )


def test_two_joined_titles_before_a_name_are_read_whole():
    text = "The court also summoned Harbor Foods chairman and founder Ida Lund on Friday."
    assert ("Ida Lund", "Harbor Foods chairman and founder") in roles(text)
