"""Mended after the second reading of stop 55's merge: a surname in "-man" marks no
sex, a clause set off after a name is no description, "would" and "40,000" change what
a quotation says, unanimity is denied only by a negator right before the word,
"cannot ... until" dates the deed, and dawn is no part of the small hours."""

from __future__ import annotations

from compare.align.day_parts import _PARTS
from compare.align.model import DiffOp
from compare.align.quotes import _equal_before, tells_amount_or_mode
from compare.align.speaker_genders import _described_sex
from compare.align.unanimous_splits import _DENYING
from compare.extract.not_until import affirmed_until
from compare.extract.roles import _is_description


def test_a_surname_ending_in_man_marks_no_sex() -> None:
    assert _described_sex("Rebecca Feldman") == set()
    assert _described_sex("Ms Kaufman") == {"f"}
    assert _described_sex("the council spokeswoman") == {"f"}


def test_a_clause_opening_with_a_verb_is_no_description() -> None:
    assert not _is_description("looked visibly shaken as he thanked his neighbour")
    assert not _is_description("smiled as she hugged her colleague")
    assert _is_description("the club treasurer")


def test_modals_and_written_figures_change_a_quotation() -> None:
    assert tells_amount_or_mode("would")
    assert tells_amount_or_mode("could")
    assert tells_amount_or_mode("40,000")
    assert tells_amount_or_mode("1.5")
    assert not tells_amount_or_mode("will")
    assert not tells_amount_or_mode("the")


def test_unanimity_is_denied_only_right_before_the_word() -> None:
    assert _DENYING.search("The panel failed to reach a ")
    assert _DENYING.search("The vote was not ")
    assert not _DENYING.search("There was no doubt that the vote was ")
    assert not _DENYING.search("The board did not hesitate and voted ")


def test_cannot_until_dates_the_deed() -> None:
    assert affirmed_until("The ferry cannot sail ", "until 6pm")
    assert not affirmed_until("The pier stays shut ", "until 6pm")


def test_dawn_is_its_own_part_of_the_day() -> None:
    found = {m.lastgroup for m in _PARTS.finditer("Crews arrived at dawn.")}
    assert found == {"dawn"}
    found = {m.lastgroup for m in _PARTS.finditer("Crews arrived in the small hours.")}
    assert found == {"early"}


def test_two_equal_changes_each_read_after_their_own_words() -> None:
    first, second = DiffOp("delete", "the", ""), DiffOp("delete", "the", "")
    ops = (
        DiffOp("equal", "we saw", "we saw"),
        first,
        DiffOp("equal", "plan and", "plan and"),
        second,
        DiffOp("equal", "budget", "budget"),
    )
    assert _equal_before(first, ops) == "we saw"
    assert _equal_before(second, ops) == "plan and"


def test_not_until_dates_only_the_denied_deed() -> None:
    assert not affirmed_until("Officials did not want the road closed ", "until Friday")
    assert not affirmed_until("Staff did not see the patients moved ", "until noon")
    assert affirmed_until("The bridge was not fully reopened ", "until Friday")
    assert affirmed_until("Crews did not reduce speed ", "until noon")
