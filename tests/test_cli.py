"""The command line as a user meets it: exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import re

import pytest
from conftest import FT, GLOBE, run_cli


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("claimdiff ")


def test_help_lists_commands():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("compare", "extract"):
        assert command in result.stdout


def test_compare_names_both_outlets():
    result = run_cli("compare", str(GLOBE), str(FT))
    assert result.returncode == 0, result.stderr
    assert "The Boston Globe" in result.stdout
    assert "Financial Times" in result.stdout


def test_extract_shows_no_scrape_noise():
    for path in (GLOBE, FT):
        result = run_cli("extract", str(path))
        assert result.returncode == 0, result.stderr
        for noise in ("fb-pixel", "Skip to main", "Getty Images", "HOURS AGO", "](#)", "**", "---"):
            assert noise not in result.stdout, noise


def test_piped_output_has_no_escape_codes():
    result = run_cli("extract", str(GLOBE))
    assert "\x1b[" not in result.stdout


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "empty.txt", b""), "empty file"),
        (lambda d: _write(d / "bin.txt", b"\x7fELF\x00\x00\x01\x02" * 100), "binary file"),
        (
            lambda d: _write(d / "fm.md", b"---\ntitle: [x\n---\nText here.\n"),
            "malformed front matter",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, make, message):
    path = make(tmp_path)
    result = run_cli("extract", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert message in lines[0]
    assert str(path) in lines[0]
    assert "Traceback" not in result.stderr


def test_compare_needs_two(tmp_path):
    result = run_cli("compare", str(GLOBE))
    assert result.returncode == 2
    assert "at least two" in result.stderr


def test_bad_input_leaves_file_untouched(tmp_path):
    path = _write(tmp_path / "fm.md", b"---\ntitle: [x\n---\nText here.\n")
    before = path.read_bytes()
    run_cli("compare", str(path), str(GLOBE))
    assert path.read_bytes() == before


def test_python_dash_m_and_usage_error():
    result = run_cli("compare")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_same_file_name_in_two_folders_gets_distinct_ids(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(
            "The council voted on Monday to close the old bridge for a year of repairs.", "utf-8"
        )
    result = run_cli(
        "compare",
        str(tmp_path / "a" / "report.txt"),
        str(tmp_path / "b" / "report.txt"),
        "-f",
        "json",
    )
    assert result.returncode == 0, result.stderr
    import json

    assert [s["id"] for s in json.loads(result.stdout)["sources"]] == ["report", "report-2"]


def test_help_shows_allowed_values_and_ranges():
    result = run_cli("compare", "--help", env={"COLUMNS": "200"})
    assert result.returncode == 0
    assert "{FILE}..." in result.stdout
    assert "terminal|markdown|html|json" in result.stdout
    assert "auto|always|never" in result.stdout
    assert "0<=x<=1" in result.stdout.replace(".0", "")  # --min-score's range
    check = run_cli("check", "--help", env={"COLUMNS": "200"})
    assert "terminal|github|junit|json|sarif" in check.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("--min-score", "2"),
        ("--format", "pdf"),
        ("--color", "sometimes"),
        ("--only", "maybe"),
        ("--kind", "rumour"),
        ("--tolerance", "1.5"),
    ],
)
def test_out_of_range_or_unknown_option_values_exit_2(args):
    result = run_cli("compare", str(GLOBE), str(FT), *args)
    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    assert args[0] in result.stderr or args[1] in result.stderr


def test_only_differ_keeps_honest_counts():
    result = run_cli("compare", str(GLOBE), str(FT), "--only", "differ")
    assert result.returncode == 0, result.stderr
    summary = result.stdout.splitlines()[0]
    agreements = re.search(r"(\d+) agreements", " ".join(result.stdout.split()))
    assert not re.search(r"\b0 agreements", summary)  # "10 agreements" is fine
    assert agreements and int(agreements.group(1)) > 0
    assert "Agreements (" not in result.stdout
    assert not [line for line in result.stdout.splitlines() if line != line.rstrip()]
    assert all(len(line) <= 80 for line in result.stdout.splitlines())


def test_piped_extract_has_no_trailing_spaces():
    result = run_cli("extract", str(FT))
    assert result.returncode == 0, result.stderr
    assert not [line for line in result.stdout.splitlines() if line != line.rstrip()]
