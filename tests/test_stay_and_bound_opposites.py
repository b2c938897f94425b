"""More news opposites: staying against leaving, supporting a claim against
undermining it, a northbound against a southbound vehicle. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from compare import Verdict
from compare.align.model import Conflict
from compare.align.opposites import are_opposites
from tests.conftest import verdicts_of


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("stay", "leave"),
        ("remained", "left"),
        ("supports", "undermines"),
        ("northbound", "southbound"),
        ("eastbound", "westbound"),
    ],
)
def test_listed(a: str, b: str) -> None:
    assert are_opposites(a, b) and are_opposites(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Residents were allowed to leave the shelter on Friday evening.",
            "Residents were ordered to stay in the shelter on Friday evening.",
        ),
        (
            "The lorry was northbound on the motorway when the tyre burst.",
            "The lorry was southbound on the motorway when the tyre burst.",
        ),
    ],
)
def test_no_agreement_over_them(a: str, b: str) -> None:
    found = verdicts_of(a, b)
    assert (Verdict.AGREE, None) not in found
    assert (Verdict.DIFFER, Conflict.OPPOSITE) in found
