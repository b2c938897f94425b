"""The optional [semantic] extra: requested by name, a clear hint when missing,
and (when installed) statement pairs told in other words."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

import pytest
from conftest import FT, GLOBE, ROOT, claim_fields

from compare.align import Options, compare_texts, registry
from compare.errors import OptionError
from compare.extract.claims import Statement
from compare.semantic import MATCHER, MissingExtra, available

STORM_A = "Three people died when a powerful storm struck the coastline on Friday night."
STORM_B = "A powerful storm struck the coast on Friday night, killing three people."
HARBOUR = "The harbour authority will publish its annual shipping figures in the spring."

if sys.version_info >= (3, 11):
    import tomllib as _toml
else:  # pragma: no cover - Python 3.10
    import tomli as _toml

needs_extra = pytest.mark.skipif(not available(), reason="the [semantic] extra is not installed")


def test_the_entry_point_declared_in_pyproject_loads_the_matcher():
    declared = _toml.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    target = declared["entry-points"]["claimdiff.matchers"]["semantic"]
    point = metadata.EntryPoint("semantic", target, "claimdiff.matchers")
    assert point.load() is MATCHER
    assert "semantic" in declared["optional-dependencies"]
    assert "semantic" not in str(declared["optional-dependencies"]["test"])  # CI stays light


def test_the_semantic_matcher_is_registered_but_runs_only_on_request():
    registry.kinds()
    assert "semantic" in registry.optional_matchers()
    assert MATCHER.matcher not in registry.matchers("statement")
    assert MATCHER.matcher in registry.matchers("statement", ("semantic",))


def test_an_unknown_matcher_is_an_option_error():
    with pytest.raises(OptionError, match="unknown matcher 'nope'"):
        compare_texts({"a": STORM_A, "b": STORM_B}, Options(matchers=("nope",)))


def test_a_missing_extra_names_the_install_command(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # find_spec then says "not installed"
    with pytest.raises(MissingExtra, match=r"pip install 'claimdiff\[semantic\]'"):
        registry.check_requested(("semantic",))


def test_the_cli_gives_one_line_and_exit_2_when_the_extra_is_missing():
    launcher = (
        "import sys; sys.modules['onnxruntime'] = None\n"
        "from compare.cli import main\n"
        f"sys.argv = ['claimdiff', 'compare', {str(GLOBE)!r}, {str(FT)!r}, "
        "'--matcher', 'semantic']\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", launcher], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "pip install 'claimdiff[semantic]'" in lines[0]


def test_without_the_request_the_settings_read_as_before():
    settings = dict(compare_texts({"a": STORM_A, "b": STORM_B}).settings)
    assert "matchers" not in settings
    assert dict(Options(matchers=("semantic",)).to_pairs())["matchers"] == ["semantic"]


@needs_extra
def test_a_fact_told_in_other_words_is_proposed_and_another_fact_is_not():
    statements = [
        Statement(**claim_fields(source, text))
        for source, text in (("a", STORM_A), ("b", STORM_B), ("b", HARBOUR))
    ]
    pairs = MATCHER.matcher(statements, Options(matchers=("semantic",)))
    assert [(i, j) for _, i, j in pairs] == [(0, 1)]
    assert all(0 < score <= 1 for score, _, _ in pairs)


@needs_extra
def test_the_same_sentence_embeds_once_and_vectors_are_unit_length():
    from compare.semantic.encoder import encoder

    vectors = encoder().embed([STORM_A, STORM_B, STORM_A])
    assert vectors.shape == (3, 384)
    assert abs(float((vectors[0] * vectors[0]).sum()) - 1) < 1e-4
    assert (vectors[0] == vectors[2]).all()
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ encoder().embed([HARBOUR])[0])
