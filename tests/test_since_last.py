"""A thing denied from a moment on and told as last done before it (since_last):
one fact told from its two ends, no negation. Sentences written here."""

from __future__ import annotations

import pytest
from conftest import verdicts_of

from compare import Conflict, Verdict
from compare.align.since_last import denied_since_and_last_done


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "No flood has reached the village square since 1998.",
            "The river last flooded the village square in 1998.",
        ),
        (
            "The lighthouse has not been repainted for twenty years.",
            "The lighthouse was last repainted in the spring of 2005.",
        ),
        (
            "Keepers have never seen an otter on the estate since the dam was built.",
            "An otter was last seen on the estate before the dam went up.",
        ),
    ],
)
def test_denied_since_and_last_done_is_one_fact(a: str, b: str) -> None:
    assert denied_since_and_last_done(a, b)
    assert denied_since_and_last_done(b, a)
    assert (Verdict.DIFFER, Conflict.NEGATION) not in verdicts_of(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # nothing denied since a moment: a plain negation stays the judge's
        (
            "The lighthouse was not repainted in 2005.",
            "The lighthouse was last repainted in 2005.",
        ),
        # "last" naming a period, not the latest time a thing was done
        (
            "No flood has reached the village square since 1998.",
            "A flood reached the village square last year.",
        ),
        # both since: the same telling
        (
            "No flood has reached the square since 1998.",
            "It last flooded in 1998 and has stayed dry since then.",
        ),
    ],
)
def test_no_since_and_last(a: str, b: str) -> None:
    assert not denied_since_and_last_done(a, b)


def test_a_denial_against_a_plain_deed_stays_a_negation() -> None:
    a = "No arrests have been made in the village since the fire."
    b = "Police arrested two teenagers in the village after the fire."
    assert not denied_since_and_last_done(a, b)


def test_a_negator_in_another_clause_or_a_final_at_last_reads_no_since() -> None:
    # the negator denies the naming, not the twenty years; "at last" is "finally"
    named = "Police have not named the man, who had lived in the town for 20 years."
    assert not denied_since_and_last_done(named, "The man was last seen on Friday.")
    talks = "The two sides have not agreed a pay deal in years."
    assert not denied_since_and_last_done(talks, "The two sides at last agreed a pay deal.")
