"""One amount told in two metric units is one figure: it pairs and agrees, and two
amounts of one measure in two units still differ (metric_units). Sentences written
here."""

from __future__ import annotations

from conftest import numbers_of

from compare import Verdict, compare_texts
from compare.align.metric_units import Metric, metric
from compare.align.number_judge import judge_pair
from compare.align.same_figures import same_figure_pairs
from compare.extract import Number

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def figure(numbers: list[Number], source: str, text: str) -> Number:
    return next(n for n in numbers if n.source == source and n.text.endswith(text))


def paired_texts(a: str, b: str) -> list[tuple[str, str]]:
    numbers = numbers_of(a, b)
    return [(numbers[i].text, numbers[j].text) for _, i, j in same_figure_pairs(numbers)]


def test_metric_units_are_read_from_their_spelling() -> None:
    numbers = numbers_of(
        "The well reached 2,300 metres. The crates held 3,200 kilograms of tea. "
        "The plot covers 18,000 square metres. The tank holds 900 litres. "
        "The lorry was doing 90 km/h. The bank lent $3m.",
        "Nothing else was measured.",
    )
    units = {n.text: metric(n) for n in numbers}
    assert units["2,300"] == Metric("length", 1.0)
    assert units["3,200"] == Metric("mass", 1e3)
    assert units["18,000"] == Metric("area", 1.0)
    assert units["900"] == Metric("volume", 1e-3)
    assert not any(metric(n) for n in numbers if n.text in ("90", "$3m"))


def test_one_length_in_metres_and_kilometres_pairs() -> None:
    a = "The divers found the wreck at a depth of about 2,300 metres."
    b = "The hull rests some 2.3 kilometres below the surface."
    assert paired_texts(a, b) == [("about 2,300", "some 2.3")]


def test_one_weight_in_tonnes_and_kilograms_pairs_and_agrees() -> None:
    a = "Customs officers seized 4.7 tonnes of ivory at the port."
    b = "Some 4,700 kilograms of tusks were found in the containers."
    assert paired_texts(a, b) == [("4.7", "Some 4,700")]
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    verdicts = [
        al.verdict
        for al in comparison.alignments
        if {m.source for m in al.members} == {"a", "b"} and al.kind == "number"
    ]
    assert verdicts == [Verdict.AGREE]


def test_an_area_in_hectares_and_square_metres_pairs() -> None:
    a = "The new park will cover 2.6 hectares of the old docks."
    b = "The park's 26,000 square metres will open next spring."
    assert paired_texts(a, b) == [("2.6", "26,000")]


def test_two_amounts_in_two_metric_units_still_differ() -> None:
    numbers = numbers_of(
        "The tunnel runs for 4,300 metres under the hill.",
        "The tunnel is 3.4 kilometres long.",
    )
    a, b = figure(numbers, "a", "4,300"), figure(numbers, "b", "3.4")
    assert judge_pair(a, b).verdict == Verdict.DIFFER
    assert (
        paired_texts(
            "The tunnel runs for 4,300 metres under the hill.", "The tunnel is 3.4 kilometres long."
        )
        == []
    )
