"""A post inside a run of capitalised titles ends the title when a whole name
follows it ("Deputy Town Manager Ana Ruiz"), a title joined by "and" to the name's
own title is read with it ("Acme President and General Manager Tom Hale"), and a
council seat written in two words is the one-word seat ("Council Member" /
"Councilwoman"). Names, posts and sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.align.titles import roles_agree
from compare.extract.context import Context
from compare.extract.names import split_title
from compare.extract.roles import extract_roles
from compare.ingest.source import Source


@pytest.mark.parametrize(
    ("name", "title", "person"),
    [
        ("Deputy Town Manager Ana Ruiz", "Deputy Town Manager", "Ana Ruiz"),
        ("Town Manager Ana Ruiz", "Town Manager", "Ana Ruiz"),
        ("General Manager Tom Hale", "General Manager", "Tom Hale"),
        ("County Board Member Dev Rao", "County Board Member", "Dev Rao"),
        ("Shift Engineer Dev Anand Rao", "Shift Engineer", "Dev Anand Rao"),
        ("Tom Farmer Jr", "", "Tom Farmer Jr"),  # one word after the post: no name
    ],
)
def test_a_post_before_a_whole_name_ends_the_title(name, title, person):
    assert split_title(name) == (title, person)


def _roles(text: str) -> list[tuple[str, str]]:
    return [(r.person, r.role) for r in extract_roles(Context(Source.from_text(text)))]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Harbor Lions President and General Manager Tom Hale spoke on Friday.",
            "Harbor Lions President and General Manager",
        ),
        ("Acme Chairman and CEO Ana Ruiz resigned.", "Acme Chairman and CEO"),
        # another person's post: lower case, or opening its own noun phrase
        ("The governor and Police Chief Ana Ruiz visited the site.", "Police Chief"),
        ("The Governor and Police Chief Ana Ruiz visited the site.", "Police Chief"),
    ],
)
def test_a_title_joined_by_and(text, role):
    assert _roles(text) == [("Ana Ruiz" if "Ruiz" in text else "Tom Hale", role)]


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("City Council Member", "Councilwoman", True),
        ("Town Council Member", "Town Councillor", True),
        ("council member", "mayor", False),
    ],
)
def test_a_council_seat_in_two_words(a, b, agree):
    assert roles_agree(a, b) is agree


def test_two_posts_at_the_end_of_title_runs_are_compared():
    comparison = compare_texts(
        {
            "a": "Town Planning Director Ines Okafor told the board that the levy had to rise.",
            "b": "Deputy Town Manager Ines Okafor, who drew up the plan, said costs rose.",
        }
    )
    roles = [al for al in comparison.alignments if al.kind.value == "role"]
    assert roles
    assert roles[0].verdict is Verdict.DIFFER
    assert roles[0].conflict is Conflict.TITLE
