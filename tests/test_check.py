"""claimdiff check in a fresh repository: exit codes, baseline, annotations, JUnit."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import FT, GLOBE, run_cli

CONFIG = """
[[events]]
name = "vienna"
sources = ["sources/*"]
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    shutil.copy(GLOBE, tmp_path / "sources" / GLOBE.name)
    shutil.copy(FT, tmp_path / "sources" / FT.name)
    (tmp_path / "claimdiff.toml").write_text(CONFIG, "utf-8")
    return tmp_path


def check(repo: Path, *args: str):
    return run_cli("check", *args, cwd=repo)


def add_changed_source(repo: Path) -> Path:
    """A new outlet's copy of the FT piece with one quote word and one figure changed."""
    text = FT.read_text("utf-8")
    text = text.replace("outlet: Financial Times", "outlet: Example Wire")
    text = text.replace("sounding loudly", "sounding quietly").replace(
        "roughly 100,000", "roughly 150,000"
    )
    path = repo / "sources" / "example-wire-2022-01-14.md"
    path.write_text(text, "utf-8")
    return path


def test_check_fails_then_passes_after_baseline_then_fails_on_a_new_source(repo):
    first = check(repo)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "drumbeat" in first.stdout

    written = check(repo, "--write-baseline")
    assert written.returncode == 0, written.stderr
    baseline = json.loads((repo / "claimdiff-baseline.json").read_text("utf-8"))
    ids = [f["id"] for f in baseline["findings"]]
    assert ids and len(ids) == len(set(ids))
    assert [(f["event"], f["kind"], f["id"]) for f in baseline["findings"]] == sorted(
        (f["event"], f["kind"], f["id"]) for f in baseline["findings"]
    )
    assert all(f["evidence"][0]["file"].startswith("sources/") for f in baseline["findings"])

    again = check(repo)
    assert again.returncode == 0, again.stdout + again.stderr

    new = add_changed_source(repo)
    failing = check(repo, "--format", "github")
    assert failing.returncode == 1
    annotations = [line for line in failing.stdout.splitlines() if line.startswith("::error ")]
    into_new = [a for a in annotations if f"file=sources/{new.name}" in a]
    assert into_new, failing.stdout
    assert any("quietly" in a for a in into_new)
    assert any("150,000" in a for a in into_new)
    line = int(into_new[0].split("line=")[1].split(",")[0].split("::")[0])
    assert 1 <= line <= len(new.read_text("utf-8").splitlines())


def test_junit_is_valid_xml_with_one_case_per_finding(repo):
    check(repo, "--write-baseline")
    add_changed_source(repo)
    result = check(repo, "--format", "junit", "--output", "report.xml")
    assert result.returncode == 1
    root = ET.parse(repo / "report.xml").getroot()
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert suite is not None and suite.get("name") == "vienna"
    cases = suite.findall("testcase")
    assert int(suite.get("tests")) == len(cases)
    failures = [c for c in cases if c.find("failure") is not None]
    skipped = [c for c in cases if c.find("skipped") is not None]
    assert failures and skipped
    assert int(root.get("failures")) == len(failures)


def test_json_format(repo):
    result = check(repo, "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["schema"] == "claimdiff.check/1"
    event = data["events"][0]
    assert event["new"] and event["comparison"]["schema"] == "claimdiff.comparison/2"


def test_stale_baseline_entries_are_reported(repo):
    check(repo, "--write-baseline")
    path = repo / "claimdiff-baseline.json"
    data = json.loads(path.read_text("utf-8"))
    data["findings"].append({**data["findings"][0], "id": "000000000000", "title": "gone"})
    path.write_text(json.dumps(data), "utf-8")
    result = check(repo)
    assert result.returncode == 0
    assert "no longer occurs" in result.stdout


def test_ignore_rules(repo):
    (repo / "claimdiff.toml").write_text(
        CONFIG + '\n[[ignore]]\nkind = "role"\n\n[[ignore]]\ncontains = "drumbeat"\n', "utf-8"
    )
    result = check(repo)
    assert result.returncode == 0, result.stdout


def test_pyproject_table_is_read(repo):
    (repo / "claimdiff.toml").unlink()
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.claimdiff]\n'
        + CONFIG.replace("[[events]]", "[[tool.claimdiff.events]]"),
        "utf-8",
    )
    assert check(repo).returncode == 1


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("[[events]\nname = 'x'", "malformed TOML"),
        ("[check]\nfail_on = ['differ']", "at least one [[events]]"),
        ("[[events]]\nname = 'x'\nsources = ['nothing/*.md']", "no files match"),
        ("[[events]]\nname = 'x'\nsources = ['sources/*']\ncolour = 1", "unknown key 'colour'"),
        (
            "[[events]]\nname = 'x'\nsources = ['sources/*']\n[check]\nfail_on = ['wrong']",
            "unknown value",
        ),
        (
            "[[events]]\nname = 'x'\nsources = ['sources/*']\n[check]\ntolerance = 'big'",
            "tolerance",
        ),
    ],
)
def test_broken_config_is_one_line_and_exit_2(repo, config, message):
    (repo / "claimdiff.toml").write_text(config, "utf-8")
    result = check(repo)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_no_config_and_broken_baseline_exit_2(tmp_path_factory, repo):
    empty = tmp_path_factory.mktemp("empty")
    result = check(empty)
    assert result.returncode == 2 and "no claimdiff.toml" in result.stderr
    (repo / "claimdiff-baseline.json").write_text("{not json", "utf-8")
    result = check(repo)
    assert result.returncode == 2 and "malformed baseline" in result.stderr
