"""The day each article's lead gives its story (compare.align.lead_days)."""

from __future__ import annotations

from conftest import differing_texts

A = (
    "---\noutlet: Coast Herald\ntitle: Storm batters the coast\npublished: 2026-03-15\n---\n"
    "A storm that swept across the northern coast on 14 March cut power to 40,000 homes, "
    "the regional utility said. Crews worked through the night. "
    "The harbour master closed the port to shipping.\n"
)
B = (
    "---\noutlet: Northern Wire\ntitle: Coast counts the cost\npublished: 2026-03-15\n---\n"
    "Gales tore through seaside towns on 12 March, leaving thousands of households in the dark. "
    "Engineers are still repairing the lines. "
    "Ferries stayed in port.\n"
)


def _date_findings(a: str, b: str) -> list[str]:
    return differing_texts(a, b, "date")


def test_the_lead_days_of_two_articles_differ() -> None:
    assert _date_findings(A, B) == ["on 14 March / on 12 March"]


def test_a_day_told_as_a_bound_is_no_lead_day() -> None:
    bound = B.replace("Gales tore through seaside towns on 12 March", "Power was back by 12 March")
    assert _date_findings(A, bound) == []


def test_a_sayings_day_is_no_lead_day() -> None:
    said = B.replace(
        "Gales tore through seaside towns on 12 March, leaving",
        "The utility said on 12 March that gales had left",
    )
    assert _date_findings(A, said) == []
