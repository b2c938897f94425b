"""A prison term told with the verb ("jailed for five years", "imprisoned for 18
months") is a term given, as "sentenced ... to" one is (sole_ties.prison_term).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from compare.align.sole_ties import prison_term
from compare.extract import extract_claims
from compare.extract.claims import Number
from compare.ingest import Source


def first_number(text: str) -> Number:
    return next(c for c in extract_claims(Source.from_text(text, id="a")) if isinstance(c, Number))


@pytest.mark.parametrize(
    "text",
    [
        "The former harbour master has been jailed for five years for taking bribes.",
        "The smuggler was imprisoned for 18 months after the trial.",
        "A court sentenced the former harbour master to four years in prison.",
    ],
)
def test_a_term_given_is_a_prison_term(text: str) -> None:
    assert prison_term(first_number(text))


@pytest.mark.parametrize(
    "text",
    [
        "The former harbour master could be jailed for five years if convicted.",
        "The former harbour master worked at the port for five years.",
    ],
)
def test_a_term_he_may_get_or_another_span_is_none(text: str) -> None:
    assert not prison_term(first_number(text))
