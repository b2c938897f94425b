"""A quote in which one outlet has the speaker only weigh, try or mean to do what the
other has them say will be done, or narrows "every" to "almost every", misquotes them
(issue 13: wording conflicts); a word that only restates the same commitment does not.
Sentences written for these tests, in domains the contradiction sets do not use."""

from __future__ import annotations

import pytest
from conftest import quote_verdicts

from compare import Conflict, Verdict
from compare.align.quotes import tentative


@pytest.mark.parametrize(
    ("said", "misquoted"),
    [
        # a deed turned into a thought about it
        (
            "we will sue the builder who cracked the sea wall",
            "we will consider suing the builder who cracked the sea wall",
        ),
        ("we will reopen the pool in May", "we will try to reopen the pool in May"),
        ("the club will sign two new bowlers", "the club hopes to sign two new bowlers"),
        # an approximator narrows what was claimed
        (
            "the inspectors checked every flat in the block",
            "the inspectors checked almost every flat in the block",
        ),
        ("the orchard was destroyed by the frost", "the orchard was nearly destroyed by the frost"),
    ],
)
def test_a_hedge_put_into_a_quote_is_a_wording_conflict(said: str, misquoted: str) -> None:
    speaker = "said Ilse Brandt, the chair of the residents' group."
    a = f'"{said[0].upper() + said[1:]}," {speaker}'
    b = f'"{misquoted[0].upper() + misquoted[1:]}," {speaker}'
    assert quote_verdicts(a, b) == [(Verdict.DIFFER, Conflict.WORDING)]
    assert quote_verdicts(b, a) == [(Verdict.DIFFER, Conflict.WORDING)]


def test_a_quote_told_alike_still_agrees() -> None:
    a = '"We will consider every offer for the stadium," said Ilse Brandt, the club chair.'
    b = '"We will consider every offer for the stadium," said club chair Ilse Brandt.'
    assert quote_verdicts(a, b) == [(Verdict.AGREE, None)]


@pytest.mark.parametrize(
    "word", ["consider", "considering", "try", "attempt", "plan", "hoped", "want"]
)
def test_verbs_of_weighing_trying_or_wishing_are_tentative(word: str) -> None:
    assert tentative(word)


@pytest.mark.parametrize(
    "word", ["inspect", "review", "reopen", "sign", "the", "almost", "builder", "sue"]
)
def test_deeds_and_other_words_are_not_tentative(word: str) -> None:
    assert not tentative(word)
