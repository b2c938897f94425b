"""One length or speed told in metric units on one side and imperial on the other:
"about 12 metres across" / "roughly 40 feet wide", "two miles" / "3.2 kilometres",
"up to 110km/h" / "close to 70 mph", "The 6.5-foot-tall lander" / "The two-metre craft".

Outlets for readers of two systems convert a measurement and round it, so the two
figures are one amount only up to the rounding: 12 m is 39.4 ft, told "40 feet". The
figures' units are keyed apart (numbers.unit_key), and measure_units converts only
within one system, exactly, so these agreements were never found. Here a figure of
one system is told again in the other side's unit, and when it falls within a few
percent of a figure the other side gives (what rounding to two digits can move), it
takes that figure's value, its hedge scaled along: one amount. A figure that falls
nowhere near stays in its own unit, as before, so no conversion ever makes two
figures differ: a conflict over a measure is left to what read it before (two
dimensions of one thing, "12 metres across" / "6 feet wide" at another time, are
often both true). The units and factors are those of any conversion table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from compare.align.figure_intervals import relative_gap
from compare.extract.claims import Number

# Rounding a converted figure to two significant digits moves it by up to 2.5%
# ("26.25 feet" told "26 feet", "68.4 mph" told "close to 70 mph").
ROUNDING = 0.03
# Within one system a conversion is exact: only float noise is allowed.
SAME_SYSTEM = 1e-6


@attrs.frozen
class SystemUnit:
    """A unit of a measure in one system: `scale` of the measure's base unit (metres;
    kilometres an hour) per one of it."""

    measure: str
    system: str
    scale: float
    # a scale whose zero is not the base unit's: degrees Fahrenheit (32 °F is 0 °C)
    offset: float = 0.0

    def to_base(self, value: float) -> float:
        return value * self.scale + self.offset

    def from_base(self, value: float) -> float:
        return (value - self.offset) / self.scale


_METRIC = {
    "metre": 1.0,
    "meter": 1.0,
    "kilometre": 1000.0,
    "kilometer": 1000.0,
    "km": 1000.0,
    "centimetre": 0.01,
    "centimeter": 0.01,
    "cm": 0.01,
    "millimetre": 0.001,
    "millimeter": 0.001,
    "mm": 0.001,
}
_IMPERIAL = {
    "foot": 0.3048,
    "feet": 0.3048,
    "ft": 0.3048,
    "inch": 0.0254,
    "inches": 0.0254,
    "yard": 0.9144,
    "mile": 1609.344,
}
_SPEEDS = {"mph": ("imperial", 1.609344), "kph": ("metric", 1.0), "kmh": ("metric", 1.0)}
# Masses, in kilograms. "pound" is a mass only here, beside a figure the other side
# gives in kilograms within rounding: a sum of money in pounds meets no such figure.
_MASSES = {
    "kilogram": ("metric", 1.0),
    "kilogramme": ("metric", 1.0),
    "kg": ("metric", 1.0),
    "kilo": ("metric", 1.0),
    "tonne": ("metric", 1000.0),
    "pound": ("imperial", 0.45359237),
    "lb": ("imperial", 0.45359237),
    "lbs": ("imperial", 0.45359237),
    "stone": ("imperial", 6.35029318),
}
# Areas, in square metres: the named ones, and a length's square ("square feet").
_AREAS = {
    "hectare": ("metric", 10_000.0),
    "ha": ("metric", 10_000.0),
    "acre": ("imperial", 4046.8564224),
}
_NAUTICAL_MILE = SystemUnit("length", "nautical", 1852.0)
# Degrees: Celsius is the base, Fahrenheit another scale with its own zero.
_CELSIUS = SystemUnit("temperature", "metric", 1.0)
_FAHRENHEIT = SystemUnit("temperature", "imperial", 5 / 9, -32 * 5 / 9)
_SCALE_WORD = re.compile(r"^\s*(celsius|centigrade|fahrenheit)\b", re.IGNORECASE)
_LENGTHS: dict[str, SystemUnit] = {
    **{name: SystemUnit("length", "metric", scale) for name, scale in _METRIC.items()},
    **{name: SystemUnit("length", "imperial", scale) for name, scale in _IMPERIAL.items()},
}
# what a length can be of when the unit is joined to it: "a 6.5-foot-tall lander"
_DIMENSIONS = frozenset("tall long wide deep high thick across".split())
_PER_HOUR = re.compile(r"\s*(?:/\s*h(?:r|our)?\b|(?:per|an|a)\s+hour\b)", re.IGNORECASE)
# "25 metres per second", "35 m/s": a speed, told in kilometres an hour as the others
_PER_SECOND = re.compile(r"\s*(?:/\s*s(?:ec)?\b|(?:per|an|a)\s+second\b)", re.IGNORECASE)
_PER = re.compile(r"\s*(?:/|(?:per|an|a)\s+(?!half\b)\w)", re.IGNORECASE)


def system_unit(n: Number) -> SystemUnit | None:
    """The measure, system and scale of a figure's unit, or None for any other figure
    (a count, a rate told with "per", a tally)."""
    if n.pair is not None or n.form != "cardinal" or not n.unit:
        return None
    degrees = _temperature(n)
    if degrees is not None:
        return degrees
    parts = [p for p in re.split(r"[\s-]+", n.unit.lower()) if p]
    if parts[:1] == ["nautical"] and parts[1:2] in (["mile"], ["miles"]):
        parts = ["nautical", *parts[2:]]
    if parts[:1] in (["square"], ["sq"]) and len(parts) > 1:
        # "square metres", "sq ft": the square of a length
        side = _LENGTHS.get(parts[1]) or _LENGTHS.get(parts[1].removesuffix("s"))
        if side is None or len(parts) > 2:
            return None
        return SystemUnit("area", side.system, side.scale**2)
    if not parts or not set(parts[1:]) <= _DIMENSIONS:
        return None
    first = parts[0]
    if first == "nautical":
        return _NAUTICAL_MILE
    for table, measure in ((_MASSES, "mass"), (_AREAS, "area")):
        told = table.get(first) or table.get(first.removesuffix("s"))
        if told is not None and len(parts) == 1:
            return SystemUnit(measure, *told)
    if first in _SPEEDS:
        system, scale = _SPEEDS[first]
        return SystemUnit("speed", system, scale)
    if first not in _LENGTHS:
        singular = first.removesuffix("s")
        first = singular if singular in _LENGTHS else first
    length = _LENGTHS.get(first)
    if length is None:
        return None
    after = _after_unit(n)
    if _PER_HOUR.match(after):
        # "110km/h", "two miles per hour": a speed, the unit read as its length
        return SystemUnit("speed", length.system, length.scale / 1000)
    if _PER_SECOND.match(after):
        return SystemUnit("speed", length.system, length.scale * 3.6)
    if _PER.match(after):
        return None  # "metres a second", "miles per gallon": another rate
    return length


def _temperature(n: Number) -> SystemUnit | None:
    """ "9°C", "118 F", "48 degrees Celsius": a temperature and its scale; a bare
    "degrees" (an angle, or a scale left unsaid) is none."""
    unit = (n.unit or "").strip()
    if unit.lower() in ("°c", "ºc") or unit == "C":
        return _CELSIUS
    if unit.lower() in ("°f", "ºf") or unit == "F":
        return _FAHRENHEIT
    if unit.lower() in ("degrees", "degree"):
        scale = _SCALE_WORD.match(_after_unit(n))
        if scale is not None:
            return _FAHRENHEIT if scale.group(1).lower() == "fahrenheit" else _CELSIUS
    return None


def _after_unit(n: Number) -> str:
    after = n.sentence[n.end - n.sentence_start :]
    at = after.lower().find(n.unit.lower()) if n.unit else -1
    return "" if at < 0 else after[at + len(n.unit or "") :]


def snapped(
    numbers_a: Sequence[Number], numbers_b: Sequence[Number]
) -> tuple[list[Number], list[Number]]:
    """Both sides' figures, each figure of side a told in one system that a figure
    of side b in the other system gives within rounding told as that figure (its
    value and unit; its hedge kept, scaled along), and so each figure that a figure of
    side b in another unit of the same system gives exactly ("60 cm" / "0.6 metres").
    Nothing else changes."""
    told_b = [(y, system_unit(y)) for y in numbers_b]
    out_a = []
    for x in numbers_a:
        ux = system_unit(x)
        best: tuple[float, Number, SystemUnit] | None = None
        for y, uy in told_b:
            if ux is None or uy is None or x.value <= 0 or ux.measure != uy.measure:
                continue
            gap = relative_gap(uy.from_base(ux.to_base(x.value)), y.value)
            # two units of one system ("25 metres per second" / "90 km/h", "60 cm" /
            # "0.6 metres"): one amount only when the conversion is exact
            if ux.system == uy.system and (ux == uy or gap > SAME_SYSTEM):
                continue
            if gap <= ROUNDING and (best is None or gap < best[0]):
                best = (gap, y, uy)
        if best is None or ux is None or x.value <= 0:
            out_a.append(x)
            continue
        _, y, uy = best
        factor = y.value / x.value  # the converted figure as rounded on the other side
        # a scale with its own zero moves each bound by the conversion, then by
        # what the other side's rounding moved the figure
        shift = y.value - uy.from_base(ux.to_base(x.value))

        def scaled(
            v: float | None,
            factor: float = factor,
            shift: float = shift,
            ux: SystemUnit = ux,
            uy: SystemUnit = uy,
        ) -> float | None:
            if v is None:
                return None
            if ux.offset or uy.offset:
                return round(uy.from_base(ux.to_base(v)) + shift, 9)
            return round(v * factor, 9)

        out_a.append(
            attrs.evolve(x, value=y.value, low=scaled(x.low), high=scaled(x.high), unit=y.unit)
        )
    return out_a, list(numbers_b)


def one_rounded_amount(a: Number, b: Number) -> bool:
    """Two figures of one measure, in two systems, one amount up to rounding."""
    (x,), (y,) = snapped([a], [b])
    return x is not a and x.value == y.value
