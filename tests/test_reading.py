"""Decoding, size limits and the bad-input errors of the reader."""

from __future__ import annotations

import pytest

from compare import InputError, load_source
from compare.errors import InputWarning


def test_cp1252_file_reads_accents(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes(
        "José Martínez, the café owner, said the street had been closed for a week.".encode(
            "cp1252"
        )
    )
    with pytest.warns(InputWarning, match="read as cp1252"):
        source = load_source(path)
    assert "José Martínez" in source.text
    assert "café" in source.text


def test_utf8_bom_is_not_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffThe minister resigned on Tuesday after a long week of talks.".encode())
    source = load_source(path)
    assert source.text.startswith("The minister")


def test_text_is_nfc_normalised(tmp_path):
    path = tmp_path / "nfd.txt"
    path.write_text("Jose\u0301 said the talks had failed completely on that long Friday.", "utf-8")
    assert "José" in load_source(path).text


def test_curly_and_straight_quotes_stay_distinct(tmp_path):
    path = tmp_path / "q.txt"
    path.write_text(
        'He said “yes” and she said "no" to the plan, according to the report.', "utf-8"
    )
    text = load_source(path).text
    assert "“yes”" in text and '"no"' in text


def test_crlf_line_endings_keep_line_numbers(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(
        b"Title of the piece\r\n\r\nFirst real paragraph of the article ends here.\r\n"
    )
    source = load_source(path)
    assert source.line_of(source.sentences[-1].start) == 3


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"   \n\n  \n", "empty file"),
        (b"\x00\x01\x02\x03ELF\x00\x00binary", "binary file"),
        (bytes(range(1, 32)) * 50, "binary file"),
    ],
)
def test_bad_content_raises_input_error(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=problem):
        load_source(path)


def test_missing_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_source(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_source(tmp_path)


def test_size_limit(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("Word " * 400, "utf-8")
    monkeypatch.setenv("CLAIMDIFF_MAX_BYTES", "1000")
    with pytest.raises(InputError, match="file too large"):
        load_source(path)


def test_only_noise_is_no_article(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_text("Skip to main content\n\nAdvertisement\n\n---\n", "utf-8")
    with pytest.raises(InputError, match="no article text"):
        load_source(path)
