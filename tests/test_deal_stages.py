"""A deal told as still in talks in one article and without talks in the other is
two stages of one story: no ✓ (deal_stages.py). Sentences written for these tests,
in domains the contradiction sets do not use."""

from __future__ import annotations

import pytest
from conftest import first_statement, verdicts_of

from compare import Verdict
from compare.align.deal_stages import in_the_making, stages_apart


@pytest.mark.parametrize(
    "text",
    [
        "The orchestra is negotiating with conductor Ines Marlow over a new contract.",
        "The ferry company is in talks with two shipyards about a new vessel.",
        "The bakery is still in negotiations with its landlord over the lease.",
        "The cricket club is close to signing the Dutch spinner Pim Aalders.",
        "The two publishers are nearing a deal on the atlas series.",
    ],
)
def test_talks_toward_a_deal_are_read(text: str) -> None:
    assert in_the_making(text)


@pytest.mark.parametrize(
    "text",
    [
        "The orchestra hired conductor Ines Marlow on a three-year contract.",
        "The ferry company negotiated the price down last spring.",
        "The gallery stands close to Reading station.",
        "The chess club talks about the tournament every week.",
        "The mayor was briefed on negotiations with the bus drivers' union.",
    ],
)
def test_a_done_deal_or_other_words_are_not_talks(text: str) -> None:
    assert not in_the_making(text)


def test_talks_against_a_done_deal_are_two_stages() -> None:
    talks = first_statement("The orchestra is negotiating to hire conductor Ines Marlow.")
    done = first_statement("The orchestra has hired conductor Ines Marlow.")
    prospect = first_statement("The orchestra is expected to hire conductor Ines Marlow.")
    also_talks = first_statement("The orchestra is in talks to hire conductor Ines Marlow.")
    assert stages_apart(talks, done) and stages_apart(done, talks)
    assert not stages_apart(talks, prospect)
    assert not stages_apart(talks, also_talks)
    assert not stages_apart(done, prospect)


def test_no_agreement_is_shown_between_talks_and_a_done_deal() -> None:
    a = "The rowing club is in negotiations to hire coach Ilse Brandt for the new season."
    b = "The rowing club has hired coach Ilse Brandt for the new season."
    assert (Verdict.AGREE, None) not in verdicts_of(a, b)
    assert (Verdict.AGREE, None) not in verdicts_of(b, a)


def test_two_tellings_of_the_talks_still_agree() -> None:
    a = "The rowing club is in negotiations to hire coach Ilse Brandt for the new season."
    b = "The rowing club is negotiating to hire coach Ilse Brandt for the new season."
    assert verdicts_of(a, b) == [(Verdict.AGREE, None)]
