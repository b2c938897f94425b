"""Data flows one way, ingest -> extract -> align -> report, and each stage's code
imports only from the stages before it: a module that reached up (as the pronoun
doer rule once did for the people-noun table) would tie a lower stage to a higher
one and make it import code it never runs."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "compare"
# each stage and the stages whose modules it may not import
HIGHER: dict[str, tuple[str, ...]] = {
    "ingest": ("extract", "align", "report", "check"),
    "extract": ("align", "report", "check"),
    "align": ("report", "check"),
    "report": ("check",),
}


def _imported(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("stage", sorted(HIGHER))
def test_a_stage_imports_no_later_stage(stage: str) -> None:
    files = sorted((PACKAGE / stage).rglob("*.py"))
    assert files, f"no modules in compare/{stage}"
    upward = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in files
        for module in sorted(_imported(path))
        if any(module.split(".")[:2] == ["compare", h] for h in HIGHER[stage])
    ]
    assert upward == []
