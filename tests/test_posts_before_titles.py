"""A post set off before a titled name ("The curate, the Rev Ana Ruiz") is read as
the person's post: two sources that give one person the same title but two posts,
one before the name and one after it, are never shown agreeing on the role; the
same post on both sides still agrees.

The sentences are written for these tests; none comes from a benchmark or corpus.
"""

from __future__ import annotations

from conftest import role_verdicts_in

from compare import Comparison, Verdict, compare_texts
from compare.align.posts_apart import before_a_title, in_apposition
from compare.extract.claims import Role

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"
OPENING = "The parish council met for a second time this month. "
CLOSING = " The meeting ended shortly before ten o'clock."


def compare_pair(a: str, b: str) -> Comparison:
    return compare_texts(
        {"a": PUBLISHED + OPENING + a + CLOSING, "b": PUBLISHED + OPENING + b + CLOSING}
    )


def roles_of(comparison: Comparison, name: str) -> list[str]:
    claims = [m for al in comparison.alignments for m in al.members]
    claims += [u.claim for u in comparison.unique]
    return [c.role for c in claims if isinstance(c, Role) and name in c.text]


def test_a_post_before_a_titled_name_is_read() -> None:
    comparison = compare_pair(
        "The director, the Rev Tobias Wren, opened the new hall on Sunday.",
        "Tobias Wren opened the new hall on Sunday.",
    )
    assert "The director" in roles_of(comparison, "Tobias Wren")


def test_two_posts_beside_one_title_are_no_agreement() -> None:
    comparison = compare_pair(
        "The parish's director, the Rev Tobias Wren, opened the new hall on Sunday.",
        "The Rev Tobias Wren, the school's head teacher, opened the new hall on Sunday.",
    )
    assert Verdict.AGREE not in role_verdicts_in(comparison, "Tobias Wren")


def test_a_director_and_a_deputy_director_are_no_agreement() -> None:
    comparison = compare_pair(
        "The survey was led by the museum's director, Dr Imke Sollund.",
        "Dr Imke Sollund, deputy director of the museum, led the survey.",
    )
    assert Verdict.AGREE not in role_verdicts_in(comparison, "Imke Sollund")


def test_the_same_post_on_both_sides_still_agrees() -> None:
    comparison = compare_pair(
        "The survey was led by the museum's director, Dr Imke Sollund.",
        "Dr Imke Sollund, the director of the museum, led the survey.",
    )
    assert Verdict.DIFFER not in role_verdicts_in(comparison, "Imke Sollund")


def test_a_list_of_titled_people_is_no_apposition() -> None:
    comparison = compare_pair(
        "Guests included the mayor, Dr Imke Sollund and Dr Pavel Renn.",
        "Dr Imke Sollund spoke first.",
    )
    assert not any("mayor" in r for r in roles_of(comparison, "Imke Sollund"))


def role(text: str, person: str, described: str) -> Role:
    return Role(
        start=0,
        end=len(text),
        text=text,
        source="a",
        sentence=text,
        sentence_start=0,
        sentence_end=len(text),
        line=1,
        block="body",
        person=person,
        role=described,
    )


def test_apposition_is_told_from_a_title() -> None:
    before = role("The curate, the Rev Ana Ruiz", "Ana Ruiz", "The curate")
    plain = role("The curate, Ana Ruiz", "Ana Ruiz", "The curate")
    title = role("Deputy Mayor Ana Ruiz", "Ana Ruiz", "Deputy Mayor")
    assert in_apposition(before) and before_a_title(before)
    assert in_apposition(plain) and not before_a_title(plain)
    assert not in_apposition(title) and not before_a_title(title)
