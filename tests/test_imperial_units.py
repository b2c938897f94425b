"""A length or speed in metric units on one side and imperial on the other, one
amount up to rounding: found as an agreement, never as a difference; sentences
written here (boats, bridges, trees, weather, athletics)."""

from __future__ import annotations

from compare import Source
from compare.align import compare_texts
from compare.align.imperial_units import one_rounded_amount, snapped, system_unit
from compare.extract import Number, extract_claims


def figures(text: str) -> list[Number]:
    return [c for c in extract_claims(Source.from_text(text, "a")) if isinstance(c, Number)]


def verdicts(a: str, b: str) -> list[tuple[str, str | None, list[str]]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        (str(x.verdict), x.conflict and str(x.conflict), [m.text for m in x.members])
        for x in comparison.alignments
    ]


def test_units_and_systems() -> None:
    (feet,) = figures("The yacht is 52 feet long.")
    told = system_unit(feet)
    assert told is not None and (told.measure, told.system) == ("length", "imperial")
    (km,) = figures("The new tunnel runs for 4.5 kilometres under the hill.")
    told = system_unit(km)
    assert told is not None and (told.measure, told.system) == ("length", "metric")
    (tall,) = figures("A 30-foot-tall statue was unveiled.")
    assert system_unit(tall) is not None
    (crew,) = figures("Some 40 volunteers searched the woods.")
    assert system_unit(crew) is None


def test_a_length_per_hour_is_a_speed() -> None:
    (mph,) = figures("The train slowed to 20 miles per hour near the station.")
    told = system_unit(mph)
    assert told is not None and told.measure == "speed"
    (kmh,) = figures("Gusts of 90km/h tore at the roofs.")
    told = system_unit(kmh)
    assert told is not None and (told.measure, told.system) == ("speed", "metric")
    (rate,) = figures("The glacier retreats 30 metres a year.")
    assert system_unit(rate) is None  # another rate: no length


def test_rounding_is_one_amount_and_more_is_not() -> None:
    (metres,) = figures("The oak stood 25 metres tall.")
    (feet,) = figures("The oak stood about 82 feet tall.")  # 25 m is 82.02 ft
    (other,) = figures("The oak stood about 95 feet tall.")
    assert one_rounded_amount(metres, feet)
    assert not one_rounded_amount(metres, other)
    (x,), _ = snapped([metres], [feet])
    assert (x.value, x.unit) == (82, "feet")
    (y,), _ = snapped([metres], [other])
    assert y is metres  # never converted when nothing on the other side rounds alike


def test_one_length_in_two_systems_agrees() -> None:
    found = verdicts(
        "The new footbridge, about 120 metres long, was opened by the mayor on Friday.",
        "The footbridge spans roughly 390 feet across the river.",
    )
    assert any(v == "agree" for v, _, _ in found)
    assert not any(v == "differ" for v, _, _ in found)


def test_one_speed_in_two_systems_agrees() -> None:
    found = verdicts(
        "Gusts of up to 130km/h were measured on the coast.",
        "Gusts of nearly 80 mph were measured on the coast.",
    )
    assert any(v == "agree" for v, _, _ in found)


def test_two_lengths_apart_are_neither_agreement_nor_difference() -> None:
    # 120 m against 200 ft (61 m): two spans, perhaps of two things; no conversion
    found = verdicts(
        "The new footbridge, about 120 metres long, was opened by the mayor on Friday.",
        "The old ferry ramp beside it is 200 feet long.",
    )
    assert found == []


def test_a_denied_clause_is_not_paired() -> None:
    found = verdicts(
        "The runner cleared 2.3 metres at the indoor meeting.",
        "The runner did not clear 7.5 feet at the indoor meeting.",
    )
    assert not any(v == "agree" for v, _, _ in found)
