""" "Staff" before a service rank is another rank; before other posts it is not
(titles.py), on titles written for these tests."""

from __future__ import annotations

import pytest

from compare.align.titles import roles_agree, roles_clash


@pytest.mark.parametrize(
    ("a", "b"),
    [("Captain", "Staff Captain"), ("Sergeant", "Staff Sergeant"), ("Sgt.", "Staff Sgt.")],
)
def test_staff_before_a_service_rank_is_another_rank(a: str, b: str) -> None:
    assert not roles_agree(a, b)
    assert roles_clash(a, b) == "rank"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Staff Captain", "Staff Capt."),
        ("staff nurse", "nurse"),
        ("chief of staff", "White House chief of staff"),
    ],
)
def test_staff_elsewhere_changes_no_rank(a: str, b: str) -> None:
    assert roles_agree(a, b)
    assert roles_clash(a, b) == ""
