"""Check results as SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

Every failing finding is a result under its rule (CD101, ...); a finding already
accepted in the baseline carries an external suppression, so code scanning shows
it as dismissed rather than as a new alert. `partialFingerprints` carries the
finding id, which does not change when unrelated text moves.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from compare import __version__
from compare.align.model import Severity
from compare.check.run import EventResult, Failure
from compare.report.rules import ALL_RULES

SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


def sarif_log(results: Sequence[EventResult]) -> dict[str, Any]:
    index = {rule.code: i for i, rule in enumerate(ALL_RULES)}
    rules = [
        {
            "id": rule.code,
            "name": "".join(part.title() for part in rule.name.split("-")),
            "shortDescription": {"text": rule.summary},
            "defaultConfiguration": {"level": "warning" if rule.code == "CD203" else "error"},
        }
        for rule in ALL_RULES
    ]
    out = []
    for result in results:
        new = {f.id for f in result.new}
        for failure in result.failures:
            out.append(_result(result, failure, index[failure.code], failure.id in new))
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "claimdiff",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "results": out,
            }
        ],
    }


def sarif_text(results: Sequence[EventResult]) -> str:
    return json.dumps(sarif_log(results), ensure_ascii=False, indent=2) + "\n"


def _result(result: EventResult, failure: Failure, rule_index: int, new: bool) -> dict[str, Any]:
    locations = [_location(result, member.source, member.line) for member in failure.members]
    related = [{"id": i, **loc} for i, loc in enumerate(locations[1:], 1)]
    item: dict[str, Any] = {
        "ruleId": failure.code,
        "ruleIndex": rule_index,
        "level": "error" if failure.severity == Severity.CONFLICT else "warning",
        "message": {
            "text": f"{failure.kind}: {failure.title} (event {result.event.name}; "
            f"{len(failure.members)} places, id {failure.id})"
        },
        "locations": locations[:1],
        "partialFingerprints": {"claimdiffFinding/v1": failure.id},
        "baselineState": "new" if new else "unchanged",
        "properties": {"event": result.event.name, "severity": str(failure.severity)},
    }
    if related:
        item["relatedLocations"] = related
    if not new:
        item["suppressions"] = [
            {"kind": "external", "justification": "accepted in the claimdiff baseline"}
        ]
    return item


def _location(result: EventResult, source: str, line: int) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": quote(result.paths[source])},
            "region": {"startLine": max(1, line)},
        }
    }
