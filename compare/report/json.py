"""The JSON output: schema claimdiff.comparison/1 (see README, "JSON output")."""

from __future__ import annotations

import json
from typing import Any

from compare.align import Comparison
from compare.report.findings import Filters, findings


def comparison_to_dict(comparison: Comparison, filters: Filters | None = None) -> dict[str, Any]:
    data = comparison.to_dict()
    if filters is not None and filters != Filters():
        kept = {f.id for f in findings(comparison, filters)}
        data["alignments"] = [a for a in data["alignments"] if a["id"] in kept]
        data["unique"] = [u for u in data["unique"] if u["id"] in kept]
    return data


def comparison_to_json(comparison: Comparison, filters: Filters | None = None) -> str:
    return json.dumps(comparison_to_dict(comparison, filters), ensure_ascii=False, indent=2) + "\n"
