"""Fuzzing every entry point that reads user input: random bytes and structured
junk must give a result or a ClaimdiffError (one line at the CLI), never
another exception, and each example must finish within its deadline."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import ClaimdiffError, Source, extract_claims
from compare.ingest.reading import decode

FUZZ = settings(
    max_examples=25,
    deadline=5000,  # ms per example, generous for a loaded machine
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=True,
)
pytestmark = pytest.mark.filterwarnings("ignore::compare.errors.InputWarning")


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Load the extractors' word lists once, outside any example's deadline."""
    extract_claims(Source.from_text("“We will win,” said Maria Lopez, the minister, on Tuesday."))


# Pieces that make article-like junk: quotes, numbers, markup, controls, front matter.
PIECES = st.sampled_from(
    [
        "“", "”", '"', "'", "said", " ", "\n", "\n\n", ".", ",", "---\n", "title: x\n",
        "# ", "**", "<p>", "</p>", "&amp;", "\x1b[2J", "\x00", "\ufffd", "9" * 40, "1,000",
        "$5bn", "per cent", "Mr.", "Dr. Smith", "—", "(", ")", "[", "]", "https://x.y/z",
        "published: 2022-02-31\n", "&a [x]", "*a", "{", "}", "Minister", "300 people",
    ]
)  # fmt: skip
JUNK_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=60).map("".join)


def read_or_refuse(text: str) -> None:
    try:
        source = Source.from_text(text)
    except ClaimdiffError:
        return
    claims = extract_claims(source)
    for claim in claims:
        assert 0 <= claim.start <= claim.end <= len(source.text)
    assert "\x1b" not in source.text


@FUZZ
@given(JUNK_TEXT)
def test_article_text(text: str) -> None:
    read_or_refuse(text)


@FUZZ
@given(st.binary(max_size=2000))
def test_article_bytes(data: bytes) -> None:
    try:
        text = decode(data, "fuzz.txt")
    except ClaimdiffError:
        return
    read_or_refuse(text)


YAML_VALUE = st.recursive(
    st.one_of(
        st.sampled_from(["2022-13-45", "2022-01-05", "&a x", "*a", "~", "[", "{", "!!python/none"]),
        st.text(max_size=10),
    ),
    lambda inner: st.lists(inner, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]"),
    max_leaves=20,
)


@FUZZ
@given(
    st.lists(
        st.tuples(st.sampled_from(["title", "published", "authors", "x", "- "]), YAML_VALUE),
        max_size=6,
    )
)
def test_front_matter(entries: list[tuple[str, str]]) -> None:
    front = "".join(f"{key}: {value}\n" for key, value in entries)
    read_or_refuse(f"---\n{front}---\n\nThe minister said the talks had failed on Tuesday.\n")


TOML_PIECES = st.sampled_from(
    [
        "[[events]]\n", 'name = "e"\n', 'sources = ["*.md"]\n', "[check]\n", "tolerance = nan\n",
        "tolerance = 0.5\n", 'fail_on = ["differ"]\n', "kinds = 5\n", "[[ignore]]\n",
        'kind = "role"\n', 'baseline = ""\n', "tool = 5\n", "[tool.claimdiff]\n", "= =\n",
        'sources = "/etc/*"\n', "x = [[[[[[1]]]]]]\n", "\x00", "\n",
    ]
)  # fmt: skip


@FUZZ
@given(st.lists(st.one_of(TOML_PIECES, st.text(max_size=8)), max_size=12).map("".join))
def test_config(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    from compare.check.config import load_config

    folder = tmp_path_factory.mktemp("config")
    for name in ("claimdiff.toml", "pyproject.toml"):
        path = folder / name
        path.write_text(text, "utf-8")
        with contextlib.suppress(ClaimdiffError):
            load_config(path)


JSON_VALUE = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8)
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(["id", "event", "x"]), inner, max_size=3),
    ),
    max_leaves=15,
)


@FUZZ
@given(JSON_VALUE, st.booleans())
def test_baseline(tmp_path_factory: pytest.TempPathFactory, findings: object, schema: bool) -> None:
    from compare.check.baseline import read_baseline

    data: object = {"schema": "claimdiff.baseline/1", "findings": findings} if schema else findings
    path: Path = tmp_path_factory.mktemp("baseline") / "b.json"
    path.write_text(json.dumps(data), "utf-8")
    try:
        entries = read_baseline(path)
    except ClaimdiffError:
        return
    assert all(isinstance(e["id"], str) for e in entries)


HTML_PIECES = st.sampled_from(
    [
        "<html>", "<body>", "<p>", "</p>", "<article>", "<figure><img src='a.jpg'><figcaption>",
        "</figcaption></figure>", "<h1>", "</h1>", "<meta property='og:site_name' content='X'>",
        "<script>", "</script>", "<!--", "-->", "&#0;", "&#x1b;",
        "The minister said “no” to 300 people. ",
    ]
)  # fmt: skip


@settings(FUZZ, max_examples=10)
@given(st.lists(st.one_of(HTML_PIECES, st.text(max_size=10)), max_size=40).map("".join))
def test_html(html: str) -> None:
    pytest.importorskip("trafilatura")
    from compare.ingest.html import source_from_html

    try:
        source = source_from_html(html.encode("utf-8"), id="fuzz", path="fuzz.html")
    except ClaimdiffError:
        return
    extract_claims(source)
