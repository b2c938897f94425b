"""A post said of a person in a clause after the name ("Ana Ruiz, who has been the
club's assistant coach," / "Ruiz is deputy director of ...") is a description of
the person, compared like an appositive; a state, a deed, a denial or a post of
another time is not. Sentences invented here."""

from __future__ import annotations

import pytest

from compare import Conflict, Role, Verdict, compare_texts, extract_claims, load_source
from compare.align.titles import posts_of_other_kinds

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def roles_of(text: str, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    path = tmp_path_factory.mktemp("roles") / "a.md"
    path.write_text(PUBLISHED + text, encoding="utf-8")
    claims = extract_claims(load_source(path))
    return [(c.person, c.role) for c in claims if isinstance(c, Role)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Tomas Ebbe, who has been the ski school's deputy principal for two winters, smiled.",
            "the ski school's deputy principal",
        ),
        (
            "Mira Kolde met the press. Kolde is deputy head of the water board.",
            "deputy head of the water board",
        ),
        ("Sven Adler, who took over as head coach in May, was calm.", "head coach"),
        (
            "Mira Kolde is director of international sales at the mill.",
            "director of international sales at the mill",
        ),
    ],
)
def test_a_post_said_after_the_name_is_read(
    text: str, role: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert role in [r for _, r in roles_of(text, tmp_path_factory)]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Ebbe, who was head of the water board until 2019, smiled.",
        "Tomas Ebbe is expected to be named head coach.",
        "Tomas Ebbe is not the head coach of the club.",
        "Tomas Ebbe is accused of fraud by the water board.",
        "Tomas Ebbe is a former head of the water board.",
        "The brother of Tomas Ebbe is the head coach of the club.",
    ],
)
def test_no_post_of_now_is_read_from_a_state_a_deed_or_another_time(
    text: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert roles_of(text, tmp_path_factory) == []


def test_a_rank_said_in_a_clause_clashes_with_the_post() -> None:
    a = "The water board's director, Mira Kolde, opened the new plant on Monday."
    b = "Mira Kolde, who is deputy director of the water board, opened the plant."
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    roles = [al for al in comparison.alignments if str(al.kind) == "role"]
    assert [(al.verdict, al.conflict) for al in roles] == [(Verdict.DIFFER, Conflict.TITLE)]


def test_two_kinds_of_post_of_one_body_are_a_variant() -> None:
    a = "The choir's treasurer, Ivo Brandt, booked the hall for the spring concert."
    b = "Ivo Brandt, the choir's conductor, booked the hall for the spring concert."
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    roles = [al for al in comparison.alignments if str(al.kind) == "role"]
    assert [(al.verdict, al.conflict) for al in roles] == [(Verdict.DIFFER, Conflict.TITLE)]


def test_two_kinds_of_post_without_one_body_stay_unchecked() -> None:
    # a team's manager and a skipper may be one post however WordNet splits them
    assert not posts_of_other_kinds("Harbourside manager", "Coastal skipper")
    assert not posts_of_other_kinds(
        "the fossil officer", "the volunteer who catalogues the fossils"
    )
    assert posts_of_other_kinds("the choir's treasurer", "the choir's conductor")
    assert not posts_of_other_kinds("the ferry's captain", "the ferry's skipper")
    # no body named alike: a shared adjective is none
    assert not posts_of_other_kinds("the new treasurer", "the new conductor")


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Ebbe was named player of the match on Friday.",
        "Tomas Ebbe is an ex-minister of the interior.",
        "Tomas Ebbe is the club's head coach and Pedro Gomez is its captain.",
    ],
)
def test_an_award_an_ex_post_or_a_second_clause_is_no_post_of_now(
    text: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert [r for p, r in roles_of(text, tmp_path_factory) if p == "Tomas Ebbe"] == []


def test_a_place_or_a_year_after_the_body_is_no_body_in_common() -> None:
    assert not posts_of_other_kinds(
        "treasurer of the choir in Leeds", "conductor of the orchestra in Leeds"
    )
    assert not posts_of_other_kinds("treasurer of the choir since 2019", "conductor since 2019")
    assert posts_of_other_kinds("the choir treasurer", "conductor of the choir")
