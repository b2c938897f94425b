"""The engine's boundary: kinds, matchers and judges registered in one place,
extras through entry points, one pipeline for the CLI, check and the API."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any, ClassVar

import pytest
from conftest import claim_fields

from compare import pipeline
from compare.align import Judgement, Options, Severity, Verdict, align, compare_texts, registry
from compare.extract.claims import KINDS, Claim, Statement
from compare.ingest import Source

A = "The city council approved the new harbour budget on Monday after a long debate."
B = "On Monday the city council rejected the new harbour budget after a long debate."


@pytest.fixture
def clean_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test sees the built-in kinds only and leaves no registration behind."""
    registry.kinds()
    monkeypatch.setattr(registry, "_KINDS", dict(registry._KINDS))
    monkeypatch.setattr(registry, "_MATCHERS", {})


def test_every_builtin_kind_has_a_matcher_and_a_judge():
    kinds = registry.kinds()
    assert set(KINDS) <= set(kinds)
    for kind in KINDS:
        assert registry.matchers(kind)[0] is kinds[kind].matcher


def test_an_extra_matcher_adds_pairs_without_editing_the_kind(clean_registry: None):
    def everything(claims: list[Claim], options: Options) -> list[tuple[float, int, int]]:
        return [
            (0.99, i, j)
            for i in range(len(claims))
            for j in range(i + 1, len(claims))
            if claims[i].source != claims[j].source
        ]

    unrelated = {
        "a": "The regional council opened the new harbour in Bergen after years of delay.",
        "b": "Taxes went up for every farmer in the northern valley, officials said.",
    }
    before = [x for x in compare_texts(unrelated).alignments if x.kind == "statement"]
    registry.register_matcher(
        registry.MatcherSpec(kind="statement", name="everything", matcher=everything)
    )
    after = [x for x in compare_texts(unrelated).alignments if x.kind == "statement"]
    assert before == [] and len(after) == 1
    assert after[0].score == pytest.approx(0.99)


class Tag(Claim):
    kind: ClassVar[str] = "tag"  # type: ignore[assignment]


def _tag(source: str, text: str) -> Tag:
    return Tag(**claim_fields(source, text))


def _pair_equal_tags(claims: list[Tag], options: Options) -> list[tuple[float, int, int]]:
    return [
        (1.0, i, j)
        for i, a in enumerate(claims)
        for j, b in enumerate(claims)
        if i < j and a.source != b.source
    ]


def _judge_tags(members: list[Tag], options: Options) -> Judgement:
    same = len({m.text for m in members}) == 1
    return Judgement(
        verdict=Verdict.AGREE if same else Verdict.DIFFER,
        severity=Severity.INFO if same else Severity.CONFLICT,
        title="" if same else " vs ".join(m.text for m in members),
    )


TAG_KIND = registry.KindSpec(kind="tag", matcher=_pair_equal_tags, judge=_judge_tags)


def test_a_new_kind_is_aligned_and_judged_by_its_own_judge(clean_registry: None):
    registry.register_kind(TAG_KIND)
    with pytest.raises(ValueError, match="already registered"):
        registry.register_kind(TAG_KIND)
    sources = [Source.from_text("Red sky.", id="a"), Source.from_text("Blue sky.", id="b")]
    comparison = align(
        sources,
        [[_tag("a", "red")], [_tag("b", "blue")]],
        Options(kinds=(*KINDS, "tag")),
    )
    [alignment] = comparison.alignments
    assert (alignment.kind, alignment.verdict, alignment.title) == ("tag", "differ", "red vs blue")
    assert registry.judge("tag", alignment.members).severity == Severity.CONFLICT


def test_entry_points_register_lazily_and_a_broken_one_is_skipped(
    clean_registry: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    (tmp_path / "claimdiff_tagkind.py").write_text(
        "from test_registry import TAG_KIND as KIND\n", "utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.syspath_prepend(str(Path(__file__).parent))
    points = {
        "claimdiff.kinds": [
            metadata.EntryPoint("tag", "claimdiff_tagkind:KIND", "claimdiff.kinds"),
            metadata.EntryPoint("broken", "claimdiff_no_such_module:KIND", "claimdiff.kinds"),
        ],
        "claimdiff.matchers": [],
    }
    monkeypatch.setattr(registry, "_entry_points", lambda group: points[group])
    monkeypatch.setattr(registry, "_loaded", False)
    assert "tag" in registry.kinds()
    assert "skipping extension 'broken'" in capsys.readouterr().err
    assert set(KINDS) <= set(registry.kinds())  # the built-ins still there


def test_pipeline_api_and_align_give_the_same_comparison():
    texts = {"a": A, "b": B}
    via_api = compare_texts(texts)
    via_pipeline = pipeline.compare_texts(texts)
    assert [x.to_dict() for x in via_api.alignments] == [
        x.to_dict() for x in via_pipeline.alignments
    ]
    statements = [x for x in via_api.alignments if x.kind == "statement"]
    assert [(x.verdict, x.conflict) for x in statements] == [("differ", "opposite")]


def test_settings_travel_with_the_comparison():
    settings = dict(compare_texts({"a": A, "b": B}, Options(tolerance=0.05)).settings)
    assert settings["tolerance"] == 0.05
    assert settings["kinds"] == list(KINDS)


def test_statement_kind_keeps_the_statements_matcher_interface():
    spec = registry.kinds()["statement"]
    s = [
        Statement(**claim_fields(src, t))
        for src, t in (("a", A), ("b", A.replace("long", "lengthy")))
    ]
    pairs: list[Any] = list(spec.matcher(s, Options()))
    assert [(i, j) for _, i, j in pairs] == [(0, 1)]


def test_version_and_import_do_not_load_the_engine():
    code = (
        "import sys, compare, compare.cli\n"
        "heavy = [m for m in ('compare.align', 'compare.extract', 'rapidfuzz', 'rich.console') "
        "if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
    version = subprocess.run(
        [sys.executable, "-m", "compare", "--version"], capture_output=True, text=True
    )
    assert version.returncode == 0 and version.stdout.startswith("claimdiff ")
