"""claimdiff check in a fresh repository: exit codes, baseline, annotations, JUnit."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import FT, GLOBE, run_cli

SARIF_SCHEMA = Path(__file__).parent / "sarif-schema-2.1.0.json"
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


def add_changed_source(repo: Path, name: str = "Example Wire", word: str = "quietly") -> Path:
    """A new outlet's copy of the FT piece with one quote word and one figure changed."""
    text = FT.read_text("utf-8")
    text = text.replace("outlet: Financial Times", f"outlet: {name}")
    text = text.replace("sounding loudly", f"sounding {word}").replace(
        "roughly 100,000", "roughly 150,000"
    )
    path = repo / "sources" / f"{name.lower().replace(' ', '-')}-2022-01-14.md"
    path.write_text(text, "utf-8")
    return path


def ids_in(result) -> list[str]:
    return re.findall(r"^  CD\d{3} ([0-9a-f]{12}) ", result.stdout, re.MULTILINE)


def test_variants_and_role_noise_do_not_fail_by_default(repo):
    # The seeds hold one conflict (a quote's "loud" changed to "loudly") and variants:
    # two compatible descriptions of each envoy and a rounded troop figure.
    result = check(repo)
    assert result.returncode == 1, result.stdout + result.stderr
    codes = re.findall(r"^  (CD\d{3}) ", result.stdout, re.MULTILINE)
    assert codes == ["CD101"]
    assert "loud → loudly" in result.stdout
    assert check(repo, "--ignore", "CD101").returncode == 0


def test_accept_one_finding_then_a_third_outlet_repeats_it(repo):
    add_changed_source(repo)
    first = check(repo)
    assert first.returncode == 1, first.stdout + first.stderr
    codes = re.findall(r"^  (CD\d{3}) ", first.stdout, re.MULTILINE)
    assert "CD101" in codes and "CD201" in codes  # quietly vs loud(ly); 150,000 vs 106,000
    closing = " ".join(first.stdout.strip().splitlines()[-2:])  # wraps at 80 columns
    assert re.search(r"\d+ conflicts \(\d+ new\) in 1 event; accept with", closing)
    assert "claimdiff check --accept ID" in closing and "--write-baseline" in closing
    quote_id = next(i for c, i in zip(codes, ids_in(first), strict=True) if c == "CD101")

    accepted = check(repo, "--accept", quote_id[:6])
    assert accepted.returncode == 0, accepted.stderr
    baseline = json.loads((repo / "claimdiff-baseline.json").read_text("utf-8"))
    assert [f["id"] for f in baseline["findings"]] == [quote_id]
    assert baseline["findings"][0]["code"] == "CD101"

    second = check(repo)
    assert second.returncode == 1  # the figure is still new
    assert quote_id not in ids_in(second)

    assert check(repo, "--write-baseline").returncode == 0
    add_changed_source(repo, "Other Wire")  # repeats the same word and figure
    third = check(repo)
    assert third.returncode == 0, third.stdout
    assert "0 new" in third.stdout

    add_changed_source(repo, "Third Wire", word="softly")  # a new wording: a new finding
    fourth = check(repo, "--format", "github")
    assert fourth.returncode == 1
    annotations = [line for line in fourth.stdout.splitlines() if line.startswith("::error ")]
    assert annotations and all("softly" in a or "CD101" in a for a in annotations)
    assert not any("CD201" in a for a in annotations)  # the accepted figure stays quiet
    line = int(annotations[0].split("line=")[1].split(",")[0].split("::")[0])
    assert line >= 1


def test_accept_unknown_or_short_id_is_one_line_and_exit_2(repo):
    for ident, message in (("ffffffffffff", "no current finding"), ("ab", "at least 4")):
        result = check(repo, "--accept", ident)
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr


def test_findings_are_ordered_by_severity(repo):
    (repo / "claimdiff.toml").write_text(
        CONFIG + '\n[check]\nfail_on = ["conflict", "variant"]\n', "utf-8"
    )
    add_changed_source(repo)
    result = check(repo)
    assert result.returncode == 1
    severities = re.findall(
        r"^  CD\d{3} [0-9a-f]{12} (conflict|variant) ", result.stdout, re.MULTILINE
    )
    assert "variant" in severities and "conflict" in severities
    assert severities == sorted(severities)  # conflict before variant
    assert re.search(r"\d+ findings \(\d+ new\)", result.stdout)


def test_select_and_ignore_by_code(repo):
    add_changed_source(repo)
    only_quotes = check(repo, "--select", "CD1")
    assert only_quotes.returncode == 1
    assert "CD201" not in only_quotes.stdout and "CD101" in only_quotes.stdout
    ignored = check(repo, "--ignore", "CD101,CD2")
    assert ignored.returncode == 0, ignored.stdout
    (repo / "claimdiff.toml").write_text(CONFIG + '\n[check]\nignore = ["CD1", "CD2"]\n', "utf-8")
    assert check(repo).returncode == 0
    bad = check(repo, "--select", "XY9")
    assert bad.returncode == 2 and "unknown rule code" in bad.stderr


def test_ignored_findings_are_never_reported_as_stale(repo):
    add_changed_source(repo)
    check(repo, "--write-baseline")
    result = check(repo, "--ignore", "CD1,CD2")
    assert result.returncode == 0
    assert "no longer occurs" not in result.stdout


def test_sarif_validates_against_the_official_schema(repo):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text("utf-8"))
    add_changed_source(repo)
    check(repo, "--write-baseline")
    add_changed_source(repo, "Third Wire", word="softly")
    result = check(repo, "--format", "sarif", "--output", "claimdiff.sarif")
    assert result.returncode == 1
    log = json.loads((repo / "claimdiff.sarif").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert {"CD101", "CD201", "CD401"} <= set(rule_ids)
    states = {r["baselineState"] for r in run["results"]}
    assert states == {"new", "unchanged"}
    for item in run["results"]:
        assert rule_ids[item["ruleIndex"]] == item["ruleId"]
        assert ("suppressions" in item) == (item["baselineState"] == "unchanged")
        uri = item["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert (repo / uri).is_file()


def test_rules_table_lists_every_code():
    result = run_cli("check", "--rules")
    assert result.returncode == 0
    codes = re.findall(r"^(CD\d{3}) ", result.stdout, re.MULTILINE)
    assert codes == sorted(codes) and len(codes) == len(set(codes)) >= 10


def test_junit_is_valid_xml_with_one_case_per_finding(repo):
    add_changed_source(repo)
    check(repo, "--write-baseline")
    add_changed_source(repo, "Third Wire", word="softly")
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
    add_changed_source(repo)
    result = check(repo, "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["schema"] == "claimdiff.check/1"
    event = data["events"][0]
    assert event["new"] and event["comparison"]["schema"] == "claimdiff.comparison/2"
    assert all(f["code"].startswith("CD") for f in event["failing"])


def test_stale_baseline_entries_are_reported(repo):
    add_changed_source(repo)
    check(repo, "--write-baseline")
    path = repo / "claimdiff-baseline.json"
    data = json.loads(path.read_text("utf-8"))
    data["findings"].append({**data["findings"][0], "id": "000000000000", "title": "gone"})
    path.write_text(json.dumps(data), "utf-8")
    result = check(repo)
    assert result.returncode == 0
    assert "no longer occurs" in result.stdout


def test_ignore_rules(repo):
    add_changed_source(repo)
    (repo / "claimdiff.toml").write_text(
        CONFIG + '\n[[ignore]]\nkind = "number"\n\n[[ignore]]\nkind = "statement"\n'
        '\n[[ignore]]\ncontains = "drumbeat"\n',
        "utf-8",
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
    add_changed_source(repo)
    assert check(repo).returncode == 1


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("[[events]\nname = 'x'", "malformed TOML"),
        ("[check]\nfail_on = ['conflict']", "at least one [[events]]"),
        ("[[events]]\nname = 'x'\nsources = ['sources/*']\n[check]\nselect = ['Q1']", "rule code"),
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
