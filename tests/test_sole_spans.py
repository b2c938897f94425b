"""One span of time told in two units, the phrase around it reworded ("within 60
days" / "two months to settle"): paired as one figure when each is the other's only
match, a bound read up to the next step of its figure; never when a second span could
be it. Sentences written here."""

from __future__ import annotations

from conftest import pair_number_verdicts

from compare import Source
from compare.align.measure_units import measured
from compare.align.sole_spans import one_span, sole_span_pairs
from compare.extract import Number, extract_claims


def span(text: str) -> Number:
    (n,) = [c for c in extract_claims(Source.from_text(text, "a")) if isinstance(c, Number)]
    return n


def meets(a: str, b: str) -> bool:
    x, y = span(a), span(b)
    tx, ty = measured(x), measured(y)
    assert tx is not None and ty is not None
    return one_span(x, tx, y, ty)


def test_calendar_and_fixed_units_meet_within_a_tenth() -> None:
    assert meets("The firm has 60 days to pay.", "The firm has two months to pay.")
    assert not meets("The firm has 45 days to pay.", "The firm has two months to pay.")


def test_a_bound_reaches_the_next_step_only() -> None:
    assert meets("The stoppage lasted 17 days.", "It lasted more than two weeks.")
    assert not meets("The stoppage lasted 25 days.", "It lasted more than two weeks.")
    assert meets("The road stays shut for at least 72 hours.", "It stays shut three days.")


def test_a_reworded_span_agrees() -> None:
    found = pair_number_verdicts(
        "The bakery must settle the fine within 60 days.",
        "Owners were given two months to pay the penalty.",
    )
    assert ("agree", ("60", "two")) in found


def test_no_pair_when_another_span_could_be_it() -> None:
    found = pair_number_verdicts(
        "The bakery must settle the fine within 60 days. The oven was idle for 62 days.",
        "Owners were given two months to pay the penalty.",
    )
    assert not any("two" in members for _, members in found)


def test_a_rhythm_is_no_span() -> None:
    every = [
        c
        for text, source in (
            ("Inspectors visit the bakery every 14 days.", "a"),
            ("The bakery closed for two weeks in the spring.", "b"),
        )
        for c in extract_claims(Source.from_text(text, source))
        if isinstance(c, Number)
    ]
    assert sole_span_pairs(every) == []
    every[0] = span("Inspectors closed the bakery for 14 days.")
    assert sole_span_pairs(every) != []
