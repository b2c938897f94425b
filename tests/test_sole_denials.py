"""A deed denied of everyone ("no arrests have been made", "there were no
injuries", "no one was hurt") against a clause that tells it of someone, each
article telling the deed once (sole_denials): a negation; and what keeps two facts
apart. Sentences written here, in domains of their own."""

from __future__ import annotations

import pytest
from conftest import sole_findings

from compare import Conflict
from compare.align.sentence_claims import SentenceClaims
from compare.align.sole_denials import sole_denial_apart, sole_denial_pairs, universal_denials
from compare.align.statement_judge import compare_pair
from compare.extract import extract_claims
from compare.extract.claims import Claim, Statement
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-06-11\n---\n\n"
BODY_A = (
    "A delivery van ploughed into the front of a bakery on Mill Lane in Dunmere on Tuesday. "
    "The shop had opened an hour earlier and three staff were inside. "
)
BODY_B = (
    "Shoppers in Dunmere watched as a van crashed through a bakery window on Tuesday morning. "
    "The street was closed for most of the day while engineers checked the building. "
)


def _found(a: str, b: str) -> list[tuple[str, str, Conflict]]:
    return sole_findings(sole_denial_pairs, sole_denial_apart, (BODY_A, BODY_B), PUBLISHED, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "No arrests have been made, police said.",
            "A 41-year-old woman was arrested at her home in Carlow Street that evening.",
        ),
        (
            "There were no injuries, the fire service said.",
            "Two of the bakers were injured by flying glass and treated at the scene.",
        ),
        (
            "No one was hurt, the owner said.",
            "The driver was hurt and taken to Dunmere General.",
        ),
        (
            "No charges have been filed, a spokesman for the prosecutor said.",
            "The driver has been charged with dangerous driving, prosecutors said.",
        ),
        (
            "Detectives investigating the crash said they had made no arrests.",
            "A 41-year-old woman was arrested at her home in Carlow Street that evening.",
        ),
        (
            "The ambulance service that attended the crash reported no injuries.",
            "Two of the bakers were injured by flying glass and treated at the scene.",
        ),
        (
            "Prosecutors handling the case have not charged anyone.",
            "The driver has been charged with dangerous driving.",
        ),
    ],
)
def test_a_deed_denied_of_everyone_and_told_of_someone_is_a_negation(a: str, b: str) -> None:
    ((x, y, conflict),) = _found(a, b)
    assert conflict == Conflict.NEGATION
    assert {x, y} == {a, b}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the deed told again in an article: a story of two moments
        (
            "No arrests were made at the scene. Police hope to arrest the driver soon.",
            "A 41-year-old woman was arrested at her home in Carlow Street that evening.",
        ),
        # a forecast or plan, not a fact
        (
            "No one will be charged, the prosecutor said.",
            "The driver has been charged with dangerous driving, prosecutors said.",
        ),
        # a modifier narrows the denial: minor injuries may still have happened
        (
            "No serious injuries were reported, the fire service said.",
            "Two of the bakers were injured by flying glass and treated at the scene.",
        ),
        # narrowed by what follows the head, which the other side does not tell
        (
            "No one was hurt inside the shop, the owner said.",
            "The driver was hurt and taken to Dunmere General.",
        ),
        # not yet, against a deed told as done later
        (
            "No one has yet been arrested, police said.",
            "A woman was later arrested at her home in Carlow Street.",
        ),
        # someone's claim, not the outlet's fact
        (
            "The owner claimed that no one was hurt.",
            "The driver was hurt and taken to Dunmere General.",
        ),
        # another instance of the deed
        (
            "No arrests have been made, police said.",
            "A woman was arrested over a similar crash in Carlow last month.",
        ),
        # the deed's verb in the other sentence denied too, or only planned
        (
            "No arrests have been made, police said.",
            "Police said they would arrest the driver if she was found.",
        ),
        # the denial names its doer, the other side another doer
        (
            "Officers from Dunmere police station have made no arrests.",
            "Store detectives arrested two teenagers outside the shop on Mill Lane.",
        ),
        # a speaker's words inside a quotation
        (
            '"No one was hurt, thank God," the owner said.',
            "The driver was hurt and taken to Dunmere General.",
        ),
        # a bare "none" stands for a noun told before it
        (
            "The gunman fired at the bakers through the window but none were hit.",
            "One bullet hit the oven at the back of the shop.",
        ),
        # the deed told in a sentence that denies too (a hyphenated "no-one" is read
        # by no denial rule)
        (
            "Nobody is thought to have been injured, police said.",
            "No-one was injured in the crash, the owner said.",
        ),
        (
            "There were no injuries, the fire service said.",
            "Police reported no injuries to staff, though a paper said two were injured.",
        ),
        # a modal: no fact
        (
            "Officers from Dunmere police station could make no arrests.",
            "A 41-year-old woman was arrested at her home in Carlow Street that evening.",
        ),
    ],
)
def test_two_facts_are_no_negation(a: str, b: str) -> None:
    assert _found(a, b) == []


def test_the_deeds_a_sentence_denies_of_everyone() -> None:
    assert [v for v in (d.verbs for d in universal_denials("No arrests have been made."))] == [
        frozenset({"arrest"})
    ]
    assert [v for v in (d.verbs for d in universal_denials("There were no casualties."))] == []
    assert [
        v for v in (d.verbs for d in universal_denials("There were no injuries among the crew."))
    ] == []
    (denial,) = universal_denials("No evacuation was ordered for the valley.")
    assert "evacuate" in denial.verbs
    assert universal_denials("None of the crew were injured.") == ()


def test_the_judge_types_the_pair_a_negation() -> None:
    claims: list[Claim] = []
    a, b = (
        "There were no injuries, the fire service said.",
        "Two of the bakers were injured by flying glass and treated at the scene.",
    )
    for source_id, text in (("a", BODY_A + a), ("b", BODY_B + b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    told = [c for c in claims if isinstance(c, Statement)]
    x = next(c for c in told if c.sentence == a)
    y = next(c for c in told if c.sentence == b)
    found = compare_pair(x, y, SentenceClaims.index(claims))
    assert found is not None and found.conflict == Conflict.NEGATION
