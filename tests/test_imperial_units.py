"""A length or speed in metric units on one side and imperial on the other, one
amount up to rounding: found as an agreement, never as a difference; sentences
written here (boats, bridges, trees, weather, athletics)."""

from __future__ import annotations

from compare import Source, Verdict
from compare.align import compare_texts
from compare.align.imperial_units import one_rounded_amount, snapped, system_unit
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.system_figures import judge_system_figures
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


def test_one_temperature_in_two_scales_is_one_amount() -> None:
    (celsius,) = figures("In the Kelby cellar the air stays at 12°C through the year.")
    (fahrenheit,) = figures("In the cellar the air stays near 54 degrees Fahrenheit.")
    assert one_rounded_amount(celsius, fahrenheit)  # 12 °C is 53.6 °F
    (x,), _ = snapped([celsius], [fahrenheit])
    assert x.value == 54


def test_two_temperatures_apart_are_not_one() -> None:
    (celsius,) = figures("The cellar stays at 12°C.")
    (fahrenheit,) = figures("The cellar stays at 60 F.")  # 12 °C is 53.6 °F
    assert not one_rounded_amount(celsius, fahrenheit)


def test_one_area_in_two_systems_agrees() -> None:
    found = verdicts(
        "Flood water covered about 2,400 hectares of Kelby farmland.",
        "Flood water covered roughly 5,900 acres of Kelby farmland.",
    )
    assert any(v == "agree" for v, _, _ in found)
    (metres,) = figures("The new hall covers 3,000 square metres.")
    (feet,) = figures("The new hall covers 32,000 square feet.")  # 3,000 m² is 32,292 sq ft
    assert one_rounded_amount(metres, feet)


def test_one_mass_and_one_sea_distance_in_two_systems() -> None:
    (kilos,) = figures("The champion weighed in at 118 kilograms.")
    (pounds,) = figures("The 260-pound champion weighed in.")  # 118 kg is 260.1 lb
    assert one_rounded_amount(kilos, pounds)
    (sea,) = figures("The barge drifted about 20 nautical miles.")
    (km,) = figures("The barge drifted some 37 kilometres.")  # 20 nmi is 37.04 km
    assert one_rounded_amount(sea, km)


def test_a_hedge_on_the_converted_side_is_no_variant() -> None:
    # 78 m is 255.9 ft: "some 256 feet" is the conversion rounded, and its hedge
    # says no more than the rounding does
    claims = [
        *extract_claims(
            Source.from_text("The council will repair the 78-metre funicular track at Kelby.", "a")
        ),
        *extract_claims(
            Source.from_text("The council will repair some 256 feet of funicular track.", "b")
        ),
    ]
    figs = [c for c in claims if isinstance(c, Number)]
    judgement = judge_system_figures(figs, Options(), SentenceClaims.index(claims))
    assert judgement.verdict == Verdict.AGREE and not judgement.unchecked
