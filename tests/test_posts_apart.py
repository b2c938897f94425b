"""Property tests (hypothesis): a person given the same title before the name by
both sources ("Dr", "Judge", "Professor") but two posts after it that do not agree
("Dr Ana Ruiz, the health minister" / "Dr Ana Ruiz, the head of the hospital
board") is never shown as agreeing on the role; the shared title says what the
person is called, the post after the name which office they hold. Control: the
same post after the name, or one that holds the other, still agrees.

The sentences are written for these tests; none comes from a benchmark or corpus.
"""

from __future__ import annotations

from conftest import role_verdicts_in
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import Comparison, Verdict, compare_texts
from compare.align.posts_apart import after_name
from compare.extract.claims import Role

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPENING = "The inquiry heard evidence for a third day. "
CLOSING = " The hearing was adjourned until the following morning."

PEOPLE = [("Dr", "Ana Ruiz"), ("Professor", "Martin Keogh"), ("Judge", "Helen Marsh")]
POSTS = [
    "the health minister",
    "the chair of the hospital board",
    "the president of the medical council",
    "the chief medical officer",
    "the Attorney General",
]
DEEDS = [
    "told the inquiry that the records had been lost",
    "said the review would take six months",
]


def compare_pair(a: str, b: str) -> Comparison:
    return compare_texts(
        {"a": PUBLISHED + OPENING + a + CLOSING, "b": PUBLISHED + OPENING + b + CLOSING}
    )


@SETTINGS
@given(
    st.sampled_from(PEOPLE),
    st.sampled_from(POSTS),
    st.sampled_from(POSTS),
    st.sampled_from(DEEDS),
)
def test_two_posts_after_one_title_never_agree(
    person: tuple[str, str], post: str, other: str, deed: str
) -> None:
    title, name = person
    a = f"{title} {name}, {post}, {deed}."
    b = f"{title} {name}, {other}, {deed}."
    found = role_verdicts_in(compare_pair(a, b), name)
    if post == other:  # control: the same post still agrees
        assert Verdict.AGREE in found
    else:
        assert Verdict.AGREE not in found


def _role(text: str, person: str, role: str) -> Role:
    return Role(
        source="a", text=text, start=0, end=len(text), sentence=text, sentence_start=0,
        sentence_end=len(text), line=1, block="body", person=person, role=role,
    )  # fmt: skip


def test_a_post_after_the_name_is_told_from_a_title_before_it() -> None:
    assert after_name(
        _role("Judge Helen Marsh, the chief coroner", "Helen Marsh", "the chief coroner")
    )
    assert not after_name(_role("Judge Helen Marsh", "Helen Marsh", "Judge"))


def test_two_posts_once_held_apart_never_agree() -> None:
    # a post told as once held ("former") is no description to compare, but two such
    # posts apart are no agreement either
    a = "The club's former secretary, Omar Haddad, denied taking the money."
    b = "Omar Haddad, the association's former treasurer, denied taking the money."
    assert Verdict.AGREE not in role_verdicts_in(compare_pair(a, b), "Omar Haddad")


def test_one_post_once_held_still_agrees() -> None:
    a = "The club's former treasurer, Omar Haddad, denied taking the money."
    b = "Omar Haddad, the club's former treasurer, denied taking the money."
    assert Verdict.AGREE in role_verdicts_in(compare_pair(a, b), "Omar Haddad")


def test_an_ex_post_is_a_post_once_held() -> None:
    # "ex-treasurer" is one word; its prefix tells the post once held like "former"
    a = "The club's ex-secretary, Omar Haddad, denied taking the money."
    b = "Omar Haddad, the association's ex-treasurer, denied taking the money."
    assert Verdict.AGREE not in role_verdicts_in(compare_pair(a, b), "Omar Haddad")
