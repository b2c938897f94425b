"""Hostile and unlucky input (issue 15): each case gives one clear line and
exit 2, or a correct result; no file is damaged or left behind."""

from __future__ import annotations

import json
import math
import os
import stat
import sys
import warnings
from pathlib import Path

import pytest

from compare import Options, Source, extract_claims
from compare.errors import ClaimdiffError, InputWarning
from compare.ingest.sentences import MAX_SENTENCE_CHARS

ARTICLE = (
    "Talks on the new bridge collapsed on Tuesday.\n\n"
    "“We will not sign this agreement,” said Maria Lopez, the transport minister.\n\n"
    "About 300 people protested outside the ministry, police said.\n"
)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command line in this process (fast); (exit code, stdout, stderr)."""
    from compare.cli import main

    argv = sys.argv
    sys.argv = ["claimdiff", *args]
    try:
        main()
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    finally:
        sys.argv = argv
    out, err = capsys.readouterr()
    return code, out, err


def one_error(code: int, err: str, *words: str) -> None:
    lines = err.strip().splitlines()
    assert code == 2, err
    assert len(lines) == 1 and lines[0].startswith("claimdiff: error:"), err
    for word in words:
        assert word in lines[0], err


def strict_json(text: str) -> object:
    def refuse(token: str) -> object:
        raise AssertionError(f"invalid JSON token {token}")

    return json.loads(text, parse_constant=refuse)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


# -- bounded work ------------------------------------------------------------------


def test_json_output_is_linear_in_a_sentence_without_ends(tmp_path, capsys):
    path = tmp_path / "quotes.txt"
    path.write_text("“We will win” said Smith, " * 500, "utf-8")  # 13 KB, no full stop
    code, out, _ = cli(capsys, "extract", "--format", "json", str(path))
    assert code == 0
    data = strict_json(out)
    assert isinstance(data, dict) and data["schema"] == "claimdiff.claims/2"
    assert len(out) < 40 * path.stat().st_size  # was quadratic: each claim copied the sentence
    table = {(s["start"], s["end"]): s["text"] for s in data["sources"][0]["sentences"]}
    for claim in data["claims"]:
        assert "sentence" not in claim
        sentence = table[(claim["sentence_start"], claim["sentence_end"])]
        assert claim["text"] in sentence


def test_sentences_and_blocks_are_capped():
    from compare.ingest.sentences import MAX_BLOCK_CHARS

    source = Source.from_text("the plan of 300 people and the minister said that " * 300)
    assert max(s.end - s.start for s in source.sentences) <= MAX_SENTENCE_CHARS
    assert max(b.end - b.start for b in source.blocks) <= MAX_BLOCK_CHARS
    for s in source.sentences:  # pieces are whole words of the text
        assert source.text[s.start : s.end] == s.text and s.text == s.text.strip()


def test_one_unbroken_token_is_cut_at_the_bound():
    text = "The code read " + "x" * 25000 + " when the police officer said it out loud."
    source = Source.from_text(text)
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in source.sentences)
    assert "".join(s.text.replace(" ", "") for s in source.sentences) == text.replace(" ", "")


# -- special files -----------------------------------------------------------------


def test_device_is_refused_without_reading(capsys):
    code, _, err = cli(capsys, "extract", "/dev/zero")
    one_error(code, err, "/dev/zero", "not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("role", ["article", "config", "baseline", "add"])
def test_fifo_never_hangs(tmp_path, capsys, role):
    import signal

    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    config = make_repo(tmp_path, EVENTS)
    args = {
        "article": ("extract", str(fifo)),
        "config": ("check", "--config", str(fifo)),
        "baseline": ("check", "--config", str(config), "--baseline", str(fifo)),
        "add": ("add", str(fifo), "--to", str(tmp_path / "out")),
    }[role]

    def hung(signum: int, frame: object) -> None:
        raise AssertionError("reading a FIFO hung")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    try:
        code, _, err = cli(capsys, *args)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    one_error(code, err, "FIFO")


def test_output_onto_a_device_or_fifo_is_refused(tmp_path, article, capsys):
    code, _, err = cli(capsys, "compare", str(article), str(article), "-o", "/dev/null")
    one_error(code, err, "not a regular file")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "out.fifo"
        os.mkfifo(fifo)
        code, _, err = cli(capsys, "compare", str(article), str(article), "-o", str(fifo))
        one_error(code, err, "not a regular file")
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_directory_as_article_config_or_baseline(tmp_path, article, capsys):
    code, _, err = cli(capsys, "extract", str(tmp_path))
    one_error(code, err, "is a directory")
    code, _, err = cli(capsys, "check", "--config", str(tmp_path))
    one_error(code, err, "is a directory")
    (tmp_path / "claimdiff.toml").write_text('[[events]]\nname = "e"\nsources = ["*.txt"]\n')
    code, _, err = cli(
        capsys, "check", "--config", str(tmp_path / "claimdiff.toml"), "--baseline", str(tmp_path)
    )
    one_error(code, err, "is a directory")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(article, capsys):
    article.chmod(0)
    code, _, err = cli(capsys, "extract", str(article))
    one_error(code, err, "permission denied")


def test_size_limit_is_enforced(article, capsys, monkeypatch):
    monkeypatch.setenv("CLAIMDIFF_MAX_BYTES", "100")
    code, _, err = cli(capsys, "extract", str(article))
    one_error(code, err, "too large", "CLAIMDIFF_MAX_BYTES")


# -- YAML, numbers, options ----------------------------------------------------------


@pytest.mark.parametrize(
    ("front", "words"),
    [
        ("a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n", ["aliases"]),
        ("title: " + "[" * 2000 + "]" * 2000 + "\n", ["nested"]),
        ("published: 2022-13-45\n", ["2022-13-45", "not a valid date"]),
        ("published: 2022-02-30\n", ["not a valid date"]),
    ],
    ids=["alias-bomb", "deep", "month-13", "feb-30"],
)
def test_front_matter_is_bounded_and_checked(tmp_path, capsys, front, words):
    path = tmp_path / "fm.md"
    path.write_text(f"---\n{front}---\n\n{ARTICLE}", "utf-8")
    code, _, err = cli(capsys, "extract", str(path))
    one_error(code, err, *words)


def test_huge_number_never_writes_infinity(tmp_path, capsys):
    a = tmp_path / "a.txt"
    a.write_text(f"The ministry said {'9' * 400} people attended the rally on Tuesday.\n")
    b = tmp_path / "b.txt"
    b.write_text(f"Police said {'1' + ',000' * 120} people attended the rally on Tuesday.\n")
    code, out, err = cli(capsys, "extract", "--format", "json", str(a), str(b))
    assert code == 0, err
    data = strict_json(out)
    assert isinstance(data, dict)
    for claim in data["claims"]:
        for key in ("value", "low", "high"):
            value = claim.get(key)
            assert value is None or math.isfinite(value)
    code, out, err = cli(capsys, "compare", "--format", "json", str(a), str(b))
    assert code == 0, err
    strict_json(out)


@pytest.mark.parametrize(
    "args",
    [
        ("compare", "A", "B", "--min-score", "nan"),
        ("compare", "A", "B", "--min-score", "2"),
        ("compare", "A", "B", "--tolerance", "nan"),
        ("compare", "A", "B", "--tolerance", "inf"),
        ("add", "http://127.0.0.1:9/x", "--timeout", "nan"),
        ("add", "http://127.0.0.1:9/x", "--timeout", "inf"),
        ("add", "http://127.0.0.1:9/x", "--timeout", "-1"),
    ],
    ids=lambda a: " ".join(a[-2:]),
)
def test_option_values_are_validated(article, capsys, args):
    args = tuple(str(article) if a in ("A", "B") else a for a in args)
    code, _, err = cli(capsys, *args)
    one_error(code, err, args[-2])


def test_api_refuses_nan_tolerance():
    with pytest.raises(ValueError, match="tolerance"):
        Options(tolerance=float("nan"))
    with pytest.raises(ClaimdiffError):
        Options(tolerance=1.5)


def test_bad_url_is_one_line(tmp_path, capsys):
    code, _, err = cli(capsys, "add", "http://[bad/ok", "--to", str(tmp_path))
    one_error(code, err, "not a valid URL")
    assert list(tmp_path.iterdir()) == []


# -- config and baseline -------------------------------------------------------------


def make_repo(root: Path, config: str) -> Path:
    (root / "a.txt").write_text(ARTICLE, "utf-8")
    (root / "b.txt").write_text(ARTICLE.replace("300", "3,000"), "utf-8")
    path = root / "claimdiff.toml"
    path.write_text(config, "utf-8")
    return path


EVENTS = '[[events]]\nname = "e"\nsources = ["*.txt"]\n'


def test_pyproject_with_odd_tool_value(tmp_path, capsys):
    path = tmp_path / "pyproject.toml"
    path.write_text("tool = 5\n")
    code, _, err = cli(capsys, "check", "--config", str(path))
    one_error(code, err, "no [tool.claimdiff] table")


@pytest.mark.parametrize("pattern", ["/etc/host*", "../*.txt", "sub/../../*", "~/*.md"])
def test_config_globs_stay_in_the_project(tmp_path, capsys, pattern):
    config = make_repo(tmp_path, f'[[events]]\nname = "e"\nsources = ["{pattern}"]\n')
    code, _, err = cli(capsys, "check", "--config", str(config))
    one_error(code, err, "outside the project")


def test_explicit_path_outside_is_allowed(tmp_path, capsys):
    project = tmp_path / "project"
    project.mkdir()
    make_repo(tmp_path, EVENTS)
    config = project / "claimdiff.toml"
    config.write_text('[[events]]\nname = "e"\nsources = ["../a.txt", "../b.txt"]\n')
    code, _, err = cli(capsys, "check", "--config", str(config), "--format", "json")
    assert code in (0, 1), err


def test_baseline_with_a_list_id(tmp_path, capsys):
    config = make_repo(tmp_path, EVENTS)
    baseline = tmp_path / "claimdiff-baseline.json"
    baseline.write_text(json.dumps({"schema": "claimdiff.baseline/1", "findings": [{"id": ["x"]}]}))
    code, _, err = cli(capsys, "check", "--config", str(config))
    one_error(code, err, "malformed baseline")


@pytest.mark.parametrize("victim", ["claimdiff.toml", "a.txt", "notes.json"])
def test_write_baseline_never_overwrites_another_file(tmp_path, capsys, victim):
    config = make_repo(tmp_path, EVENTS)
    (tmp_path / "notes.json").write_text('{"mine": true}\n')
    before = (tmp_path / victim).read_bytes()
    code, _, err = cli(
        capsys, "check", "--config", str(config), "--write-baseline", "--baseline",
        str(tmp_path / victim),
    )  # fmt: skip
    one_error(code, err, "refusing to overwrite")
    assert (tmp_path / victim).read_bytes() == before


def test_write_baseline_replaces_a_baseline(tmp_path, capsys):
    config = make_repo(tmp_path, EVENTS)
    baseline = tmp_path / "claimdiff-baseline.json"
    baseline.write_text(json.dumps({"schema": "claimdiff.baseline/1", "findings": []}))
    code, _, err = cli(capsys, "check", "--config", str(config), "--write-baseline")
    assert code == 0, err
    assert json.loads(baseline.read_text())["schema"] == "claimdiff.baseline/1"


# -- encodings and terminal safety ---------------------------------------------------


def test_cp1252_with_curly_quotes_is_read_as_cp1252(tmp_path, capsys):
    path = tmp_path / "cp.txt"
    path.write_bytes(ARTICLE.replace("Lopez", "López").encode("cp1252"))
    code, out, err = cli(capsys, "extract", "--format", "json", str(path))
    assert code == 0
    assert "read as cp1252" in err and err.startswith("claimdiff: warning:")
    data = strict_json(out)
    assert isinstance(data, dict)
    quotes = [c for c in data["claims"] if c["kind"] == "quote"]
    assert quotes and quotes[0]["text"].startswith("We will not sign")
    assert "López" in json.dumps(data, ensure_ascii=False)


def test_utf8_with_a_few_bad_bytes_stays_utf8(tmp_path, capsys):
    path = tmp_path / "bad.txt"
    path.write_bytes(
        ARTICLE.encode("utf-8") + b"The fee rose \xff\xfe to 5 euros, Ana Ruiz said.\n"
    )
    code, out, err = cli(capsys, "extract", "--format", "json", str(path))
    assert code == 0
    assert "not valid UTF-8" in err
    assert "“We will not sign" in out


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "Der Außenminister sagte, die Gespräche seien gescheitert, sagte Müller."),
        ("latin-1", "Le ministre a déclaré que les négociations à Genève avaient échoué."),
        ("cp1250", "Minister powiedział, że rozmowy zakończyły się porażką. Źródła: 300."),
        ("cp1251", "Министр заявил, что переговоры провалились во вторник после долгой недели."),
        ("cp1253", "Ο υπουργός δήλωσε ότι οι συνομιλίες απέτυχαν στη Βιέννη την Τρίτη."),
    ],
)
def test_legacy_encodings_are_read_right_and_warned(encoding, text):
    from compare.ingest.reading import decode

    with pytest.warns(InputWarning, match="not UTF-8"):
        assert decode(text.encode(encoding), "old.txt") == text


ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31m"


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "json"])
def test_escape_sequences_never_reach_stdout(tmp_path, capsys, fmt):
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE.replace("Maria", f"{ESCAPES}Maria"), "utf-8")
    b = tmp_path / "b.txt"
    b.write_text(ARTICLE.replace("said Maria", "said\x9b2J Maria"), "utf-8")
    code, out, _ = cli(capsys, "compare", "--color", "never", "--format", fmt, str(a), str(b))
    assert code == 0
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out


def test_stripping_controls_keeps_offsets_and_lines():
    text = f"First line of the story.\n\nSecond {ESCAPES}paragraph says “hello there” here.\n"
    source = Source.from_text(text)
    assert len(source.text) <= len(text)
    assert "\x1b" not in source.text
    assert source.line_of(source.sentences[-1].start) == 3


def test_columns_zero_still_prints(article, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "0")
    code, out, _ = cli(capsys, "compare", "--color", "never", str(article), str(article))
    assert code == 0 and out.strip()
    assert max(len(line) for line in out.splitlines()) > 20


# -- writing files -------------------------------------------------------------------


def test_long_output_name_is_one_line(article, capsys, tmp_path):
    code, _, err = cli(
        capsys, "compare", str(article), str(article), "-o", str(tmp_path / ("x" * 300))
    )
    one_error(code, err, "file name too long")


def test_replacing_keeps_mode_and_new_files_get_the_umask(article, tmp_path, capsys):
    old = tmp_path / "kept.md"
    old.write_text("old")
    old.chmod(0o640)
    code, _, _ = cli(
        capsys, "compare", "-f", "markdown", str(article), str(article), "-o", str(old)
    )
    assert code == 0 and stat.S_IMODE(old.stat().st_mode) == 0o640
    mask = os.umask(0o027)
    try:
        new = tmp_path / "new.md"
        code, _, _ = cli(
            capsys, "compare", "-f", "markdown", str(article), str(article), "-o", str(new)
        )
    finally:
        os.umask(mask)
    assert code == 0 and stat.S_IMODE(new.stat().st_mode) == 0o640


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_is_written_through(article, tmp_path, capsys):
    real = tmp_path / "real.json"
    real.write_text("{}")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    code, _, _ = cli(capsys, "compare", "-f", "json", str(article), str(article), "-o", str(link))
    assert code == 0 and link.is_symlink()
    assert json.loads(real.read_text())["schema"] == "claimdiff.comparison/2"


def test_sigterm_during_a_write_leaves_no_temp_file(tmp_path):
    import signal

    from compare.files import writer

    target = tmp_path / "report.md"
    target.write_text("old report")
    with pytest.raises(SystemExit) as stop, writer(target) as handle:
        handle.write("half a rep")
        os.kill(os.getpid(), signal.SIGTERM)
    assert stop.value.code == 128 + signal.SIGTERM
    assert target.read_text() == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_full_disk_is_one_line_and_keeps_the_old_file(tmp_path, monkeypatch):
    import errno

    from compare import files

    target = tmp_path / "report.md"
    target.write_text("old report")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(ClaimdiffError, match="no space left"), files.writer(target) as handle:
        handle.write("new report")
    assert target.read_text() == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_extracting_random_unicode_terminates():
    import random

    rng = random.Random(15)
    text = "".join(chr(rng.randrange(32, 0x3000)) for _ in range(20000))
    source = Source.from_text(text)
    with pytest.warns(InputWarning, match="run on"):  # said once, never silent
        extract_claims(source)
    assert max(s.end - s.start for s in source.sentences) <= MAX_SENTENCE_CHARS


def test_output_onto_an_input_is_refused(article, tmp_path, capsys):
    before = article.read_bytes()
    code, _, err = cli(capsys, "compare", str(article), str(article), "-o", str(article))
    one_error(code, err, "is one of the files read")
    assert article.read_bytes() == before
    config = make_repo(tmp_path, EVENTS)
    before = config.read_bytes()
    code, _, err = cli(capsys, "check", "--config", str(config), "-o", str(config))
    one_error(code, err, "is one of the files read")
    assert config.read_bytes() == before


def test_utf16_with_a_bom_is_read(tmp_path):
    from compare import load_source

    path = tmp_path / "u16.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    assert "“We will not sign" in load_source(path).text


def test_streamed_claims_json_equals_the_whole_document(tmp_path):
    import io

    from compare.report.claims import claims_to_json, write_claims_json

    a = Source.from_text(ARTICLE, id="a")
    b = Source.from_text(f"The ministry said {'9' * 400} people came on Tuesday.\n", id="b")
    results = [(a, extract_claims(a)), (b, extract_claims(b)), (b, [])]
    stream = io.StringIO()
    # The 400-digit figure is skipped by the number reader (or, were it read, left
    # out by the writer with a warning): either way the JSON stays finite.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)
        write_claims_json(results, stream)
        assert stream.getvalue() == claims_to_json(results)
    data = json.loads(stream.getvalue())  # strict JSON: no Infinity or NaN
    assert all(math.isfinite(c.get("value") or 0) for c in data["claims"])
    empty = io.StringIO()
    write_claims_json([(a, [])], empty)
    assert empty.getvalue() == claims_to_json([(a, [])])


def test_many_identical_sources_leave_nothing_unique():
    # Two hundred copies of one story: every claim aligns across all of them, none is
    # "only in one source" (the words shared by every copy once left statements with
    # no candidate partner at all).
    from compare import compare_texts

    story = (
        "Mayor Jane Doe said the council approved the new budget on Tuesday after a long "
        'debate. "We will fix every road in the city," Doe said.'
    )
    comparison = compare_texts({f"copy-{i:03d}": story for i in range(200)})
    assert comparison.unique == ()
    assert {len(a.members) for a in comparison.alignments} == {200}
    assert {a.verdict for a in comparison.alignments} == {"agree"}
