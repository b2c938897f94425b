"""One measurement told in two units with the phrase around it reworded ("the
8-kilometre canal" / "the waterway runs some five miles"): paired as one figure when
each is the other's only match; never when a second figure could be it, and never as a
conflict. Sentences written here."""

from __future__ import annotations

from conftest import pair_number_verdicts

from compare import Source
from compare.align import compare_texts
from compare.align.imperial_units import system_unit
from compare.align.sole_conversions import one_measurement, rounding
from compare.extract import Number, extract_claims


def figure(text: str) -> Number:
    (n,) = [c for c in extract_claims(Source.from_text(text, "a")) if isinstance(c, Number)]
    return n


def test_a_rounder_figure_stands_for_what_it_rounds_from() -> None:
    assert abs(rounding(figure("The path is nine miles long.")) - 0.5 / 9) < 1e-9
    assert rounding(figure("The path is 93 miles long.")) == 0.03
    assert rounding(figure("The path is three miles long.")) == 0.06  # at most 6%
    km, miles = figure("A 15-kilometre path."), figure("Some nine miles of path.")
    ua, ub = system_unit(km), system_unit(miles)
    assert ua is not None and ub is not None and one_measurement(km, ua, miles, ub)
    ten = figure("Some ten miles of path.")  # 16 km: 7% off nine-point-three
    assert not one_measurement(km, ua, ten, system_unit(ten))  # type: ignore[arg-type]


def test_a_reworded_measurement_in_two_systems_agrees() -> None:
    found = pair_number_verdicts(
        "Barges use the 8-kilometre canal to reach the mill.",
        "The waterway stretches for some five miles past the old lock.",
    )
    assert ("agree", ("8-kilometre", "some five")) in found


def test_two_metric_units_of_one_amount_agree() -> None:
    found = pair_number_verdicts(
        "Growers shipped 2.4 million kilograms of pears.",
        "In all, 2,400 tonnes left the orchards by lorry.",
    )
    assert ("agree", ("2.4 million", "2,400")) in found


def test_a_speed_in_metres_a_second_is_read() -> None:
    told = system_unit(figure("Gusts reached 20 metres per second at the pier."))
    assert told is not None and told.measure == "speed" and abs(told.scale - 3.6) < 1e-9


def test_no_pair_when_another_figure_could_be_it() -> None:
    found = pair_number_verdicts(
        "Barges use the 8-kilometre canal. The towpath beside it runs 8.2 kilometres.",
        "The waterway stretches for some five miles past the old lock.",
    )
    assert not any("some five" in members for _, members in found)


def test_no_pair_when_the_amounts_are_apart() -> None:
    found = pair_number_verdicts(
        "Barges use the 8-kilometre canal to reach the mill.",
        "The waterway stretches for some seven miles past the old lock.",
    )
    assert not any("some seven" in members for _, members in found)


def test_one_speed_in_two_metric_units_is_no_figure_conflict() -> None:
    comparison = compare_texts(
        {
            "a": "Gales of up to 20 metres per second hit the harbour wall.",
            "b": "Gusts reached 72 km/h at the harbour wall.",
        }
    )
    verdicts = {(x.kind, str(x.verdict)) for x in comparison.alignments}
    assert ("statement", "differ") not in verdicts
    assert ("number", "agree") in verdicts
