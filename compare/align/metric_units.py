"""One amount told in two metric units: "at a depth of about 2,300 metres" / "some 2.3
kilometres down", "3.2 tonnes of scales" / "3,200 kilograms of scales", "300
millimetres of rain" / "30 centimetres of rain", "a site of 1.8 hectares" / "some
18,000 square metres", "1.2 million litres" / "1,200 cubic metres".

The metric system names each unit by a prefix of a base unit (milli-, centi-, kilo-
of the metre, the gram, the litre) or by a few names of its own (the tonne, the
hectare), each a fixed power of ten of its base, so the size of a unit is read from
its spelling alone, whatever the article. Figures are keyed by their unit as written
(numbers.unit_key: "metr" and "kilometer" apart), so the same amount told in two such
units was never paired, and when two met the number judge compared 2,300 with 2.3.
Here a figure told in a metric unit is read in its measure's base unit (metres,
grams, square metres, cubic metres), so two tellings of one amount meet and agree.

A bare "m" is not read as metres ("₸50m", "$3m" are millions), nor a rate ("km/h",
"litres per second"), nor "tons" (short, long or metric: not one size).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from compare.align.words import words
from compare.extract.claims import Number


@attrs.frozen
class Metric:
    """A metric unit: the measure it is of, and how many of the measure's base unit one
    of it holds."""

    measure: str
    scale: float


# SI prefixes a news unit carries (the SI brochure's table), by their spelled and
# abbreviated forms.
_PREFIXES = {"milli": 1e-3, "centi": 1e-2, "deci": 1e-1, "": 1.0, "kilo": 1e3}
_ABBREVIATED_PREFIXES = {"m": 1e-3, "c": 1e-2, "k": 1e3}
_BASES = {
    "metre": "length",
    "meter": "length",
    "gram": "mass",
    "litre": "volume",
    "liter": "volume",
}
# base unit abbreviations; a bare "m" or "l" is left out ("$3m" is millions)
_BASE_ABBREVIATIONS = {"m": "metre", "g": "gram", "l": "litre"}
# units of their own name: (measure, base units per one)
_NAMED = {
    "tonne": ("mass", 1e6),
    "hectare": ("area", 1e4),
}
# a litre is a thousandth of a cubic metre: volumes are read in cubic metres
_VOLUME_BASE = 1e-3
# "square" and "cubic" raise a length to an area and a volume
_POWERS = {"square": ("area", 2), "sq": ("area", 2), "cubic": ("volume", 3)}
# a dimension joined to the unit ("a 600-metre train", "0.6-kilometre-long")
_DIMENSIONS = frozenset("long tall wide deep high thick across".split())


# a rate after the unit: "90 km/h", "300 litres per second", "50 kilometres an hour"
_RATE = re.compile(
    r"^[\s-]*[a-z-]+\s*(?:/|per\b|an?\s+(?:hour|minute|second|day|week|month|year)\b)",
    re.IGNORECASE,
)


def _unit_names() -> dict[str, Metric]:
    names: dict[str, Metric] = {}
    for prefix, factor in _PREFIXES.items():
        for base, measure in _BASES.items():
            scale = factor * (_VOLUME_BASE if measure == "volume" else 1.0)
            for form in (prefix + base, prefix + base + "s"):
                names[form] = Metric(measure, scale)
    for prefix, factor in _ABBREVIATED_PREFIXES.items():
        for abbreviation, base in _BASE_ABBREVIATIONS.items():
            measure = _BASES[base]
            scale = factor * (_VOLUME_BASE if measure == "volume" else 1.0)
            names[prefix + abbreviation] = Metric(measure, scale)
    for name, (measure, scale) in _NAMED.items():
        names[name] = names[name + "s"] = Metric(measure, scale)
    names["ha"] = names["hectare"]
    return names


UNIT_NAMES = _unit_names()


def metric(n: Number) -> Metric | None:
    """The metric unit a figure is told in, or None (a count, money, a rate, a bare
    "m", another system's unit)."""
    if n.pair is not None or n.form != "cardinal" or not n.unit:
        return None
    if "/" in n.unit or _RATE.match(n.sentence[n.end - n.sentence_start :]):
        return None  # "km/h", "litres per second", "50 kilometres an hour": a rate
    told = [w for part in words(n.unit) for w in part.split("-") if w]
    power: tuple[str, int] | None = None
    if told and told[0] in _POWERS:
        power, told = _POWERS[told[0]], told[1:]
    if not told or told[0] not in UNIT_NAMES or any(w not in _DIMENSIONS for w in told[1:]):
        return None
    unit = UNIT_NAMES[told[0]]
    if power is None:
        return unit
    if unit.measure != "length":
        return None
    measure, exponent = power
    return Metric(measure, unit.scale**exponent)


def in_base_unit(n: Number, unit: Metric) -> Number:
    """The figure told in its measure's base unit, its hedges scaled along."""

    def scaled(x: float | None) -> float | None:
        return None if x is None else round(x * unit.scale, 9)

    return attrs.evolve(
        n, value=round(n.value * unit.scale, 9), low=scaled(n.low), high=scaled(n.high)
    )


def base_amount(n: Number) -> tuple[str, float] | None:
    """(measure, amount in its base unit) of a metric figure, or None."""
    unit = metric(n)
    return None if unit is None else (unit.measure, round(n.value * unit.scale, 9))


def two_metric_units(a: Number, b: Number) -> bool:
    """Are the two amounts of one measure told in two metric units ("600 metres of
    cable" / "1.2 kilometres of cable")?"""
    unit_a, unit_b = metric(a), metric(b)
    return (
        unit_a is not None
        and unit_b is not None
        and unit_a.measure == unit_b.measure
        and unit_a.scale != unit_b.scale
    )


def in_one_metric_unit(a: Number, b: Number) -> tuple[Number, Number]:
    """Two figures of one measure told in two metric units, both in the base unit;
    any other two as they are."""
    if not two_metric_units(a, b):
        return a, b
    unit_a, unit_b = metric(a), metric(b)
    assert unit_a is not None and unit_b is not None
    return in_base_unit(a, unit_a), in_base_unit(b, unit_b)


METRIC = "metric:"  # the start of the keys metric_postings gives its postings


def metric_postings(
    numbers: Sequence[Number], unit_key: Callable[[Number], str]
) -> dict[str, list[int]]:
    """The indexes of the figures told in a metric unit, one posting per measure,
    when some of its figures are told in two units (each unit's own posting
    compares figures of one unit)."""
    by_measure: dict[str, list[int]] = {}
    keys: dict[str, set[str]] = {}
    for i, n in enumerate(numbers):
        unit = metric(n)
        if unit is None:
            continue
        by_measure.setdefault(unit.measure, []).append(i)
        keys.setdefault(unit.measure, set()).add(unit_key(n))
    return {f"{METRIC}{m}": found for m, found in by_measure.items() if len(keys[m]) > 1}
