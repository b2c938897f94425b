"""Run-on text (issue 15): a stretch of more than RUN_ON_CHARS characters without a
sentence end is read without statements, clause frames or figure reporters, and
the user is told on stderr; text with sentence ends is read as before."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

from compare import Source, extract_claims
from compare.errors import InputWarning
from compare.extract import DATE, NUMBER, QUOTE, STATEMENT
from compare.ingest.sentences import MAX_SENTENCE_CHARS, RUN_ON_CHARS

# Written for this test: a clause that names a speaker, a figure and a date, and
# reads as a full sentence once it ends with a full stop.
CLAUSE = "the mayor told reporters on 3 May 2021 that 120 families had left the valley"
QUOTE_UNIT = "“The bridge stays shut” said Elena Varga, "


def run_on(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars].rsplit(" ", 1)[0]


def quietly(text: str) -> tuple[Source, list[object], list[warnings.WarningMessage]]:
    source = Source.from_text(text)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        claims = list(extract_claims(source))
    return source, claims, [w for w in caught if issubclass(w.category, InputWarning)]


def test_only_a_stretch_over_the_bound_is_run_on():
    short = run_on(CLAUSE + " and ", RUN_ON_CHARS - 50)
    long = run_on(CLAUSE + " and ", RUN_ON_CHARS + 50)
    assert not any(s.run_on for s in Source.from_text(short).sentences)
    pieces = Source.from_text(long).sentences
    assert len(pieces) > 1 and all(s.run_on for s in pieces)
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in pieces)


def test_sentences_with_full_stops_are_never_run_on():
    text = " ".join(f"{CLAUSE.capitalize()}." for _ in range(200))  # 15 KB, one paragraph
    source, claims, noted = quietly(text)
    assert not any(s.run_on for s in source.sentences)
    assert noted == []
    assert sum(c.kind == STATEMENT for c in claims) == len(source.sentences)
    assert all(c.frame is not None for c in claims if c.kind == STATEMENT)
    assert any(c.kind == NUMBER and c.reported_by for c in claims)


def test_run_on_text_keeps_quotes_figures_and_dates_without_frames():
    _, claims, noted = quietly(run_on(CLAUSE + " and ", 3 * RUN_ON_CHARS))
    kinds = {c.kind for c in claims}
    assert STATEMENT not in kinds
    assert {NUMBER, DATE} <= kinds
    assert all(c.frame is None for c in claims)
    assert all(c.reported_by is None for c in claims if c.kind == NUMBER)
    assert len(noted) == 1 and f"over {RUN_ON_CHARS:,}" in str(noted[0].message)
    quotes = [c for c in quietly(run_on(QUOTE_UNIT, 3 * RUN_ON_CHARS))[1] if c.kind == QUOTE]
    # every quote keeps its speaker (the last one's name is cut off with the text)
    assert len(quotes) > 100 and all(q.speaker == "Elena Varga" for q in quotes[:-1])


def test_a_run_on_paragraph_leaves_the_sentences_around_it_alone():
    before = "The council met on Tuesday. The mayor said 40 families had left the valley."
    text = f"{before}\n\n{run_on(QUOTE_UNIT, 3 * RUN_ON_CHARS)}\n\n{before}"
    source, claims, _ = quietly(text)
    _, alone, _ = quietly(before)
    normal = [c for c in claims if not source.sentences[_index(source, c.start)].run_on]
    first = [c for c in normal if c.start < len(before)]
    assert [(c.kind, c.text, c.frame) for c in first] == [(c.kind, c.text, c.frame) for c in alone]
    assert sum(c.kind == STATEMENT for c in normal) == 2 * sum(c.kind == STATEMENT for c in alone)


def _index(source: Source, offset: int) -> int:
    return max(i for i, s in enumerate(source.sentences) if s.start <= offset)


def test_the_cli_says_so_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    from compare.cli import main

    path = tmp_path / "transcript.txt"
    path.write_text(run_on(CLAUSE + " and ", 2 * RUN_ON_CHARS), "utf-8")
    argv, sys.argv = sys.argv, ["claimdiff", "extract", "--format", "json", str(path)]
    try:
        main()
        code = 0
    except SystemExit as stop:
        code = int(stop.code or 0)
    finally:
        sys.argv = argv
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 0
    assert len(err) == 1 and err[0].startswith("claimdiff: warning:")
    assert "transcript.txt" in err[0] and "without a sentence end" in err[0]
