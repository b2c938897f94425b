"""Planted discrepancies on the bundled articles: exactly the plants are reported."""

from __future__ import annotations

import random

from conftest import FT, GLOBE

from bench.planted import _explained, evaluate, harmless, plant
from compare import Source
from compare.align import compare_sources


def test_plants_in_each_seed_are_all_reported():
    for path, seed in ((GLOBE, 3), (FT, 5)):
        original = Source.from_text(path.read_text("utf-8"), id="orig")
        edited_text, plants = plant(original.text, random.Random(seed))
        assert {p.kind for p in plants} >= {"figure", "quote", "drop"}
        comparison = compare_sources([original, Source.from_text(edited_text, id="edited")])
        found, total, false, typed, false_conflicts = evaluate(comparison, plants)
        missed = [p for p in plants if not _explained(comparison, p)]
        assert found == total, missed
        assert typed == found  # each plant reported as the conflict it is
        assert false <= 1 and false_conflicts <= 1


def test_harmless_edits_report_no_discrepancy():
    original = Source.from_text(GLOBE.read_text("utf-8"), id="orig")
    edited = Source.from_text(harmless(original.text, random.Random(2)), id="edited")
    comparison = compare_sources([original, edited])
    assert [a for a in comparison.alignments if a.verdict != "agree"] == []
    # Places are read in body paragraphs only, and straightening the quotes can turn a
    # caption into a body paragraph: a place may then be new on one side, never a clash.
    assert [u for u in comparison.unique if u.claim.kind not in ("statement", "place")] == []
