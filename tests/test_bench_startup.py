"""bench/startup.py times `claimdiff --version` against a bare `import typer`."""

from __future__ import annotations

import re

import pytest

from bench import startup


def test_it_prints_both_medians_and_their_ratio(capsys: pytest.CaptureFixture[str]) -> None:
    assert startup.main(["--runs", "1"]) == 0
    line = capsys.readouterr().out.strip()
    found = re.fullmatch(
        r"claimdiff --version (\d+\.\d{3}) s CPU, import typer (\d+\.\d{3}) s CPU "
        r"\(medians of 1\): (\d+\.\d{2})x \(goal <= 1\.5x\)",
        line,
    )
    assert found is not None, line
    version, typer = float(found.group(1)), float(found.group(2))
    # the version command imports typer itself, so it cannot cost less than nothing
    assert version > 0 and typer > 0
