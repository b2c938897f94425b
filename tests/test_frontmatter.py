from __future__ import annotations

import pytest

from compare import InputError, Source

BODY = "The council voted on Monday to close the bridge for repairs, officials said.\n"


def test_front_matter_fields_and_aliases():
    text = (
        "---\npublisher: The Daily Example\nheadline: Bridge to close\ndate: 2023-05-01\n"
        "author: Ann Lee and Bo Chen\nlink: https://example.org/a\nbeat: city\n---\n" + BODY
    )
    meta = Source.from_text(text, id="x").metadata
    assert meta.outlet == "The Daily Example"
    assert meta.title == "Bridge to close"
    assert meta.published == "2023-05-01"
    assert meta.authors == ("Ann Lee", "Bo Chen")
    assert meta.url == "https://example.org/a"
    assert dict(meta.extra) == {"beat": "city"}


def test_body_lines_count_from_file_start():
    text = "---\noutlet: X\n---\n\n" + BODY
    source = Source.from_text(text, id="x")
    assert source.line_of(source.sentences[0].start) == 5


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("---\ntitle: [unclosed\n---\n" + BODY, "malformed front matter"),
        ("---\n- just\n- a list\n---\n" + BODY, "expected 'key: value'"),
        ("---\ntitle: x\nauthors: {a: 1}\n---\n" + BODY, "authors"),
    ],
)
def test_malformed_front_matter(text, problem):
    with pytest.raises(InputError, match=problem):
        Source.from_text(text, id="x")


def test_rule_lines_inside_body_are_not_front_matter():
    text = "The council met.\n\n---\n\n" + BODY + "\n---\n"
    source = Source.from_text(text, id="x")
    assert "bridge" in source.text
    assert "---" not in source.text
    assert source.metadata.extra == ()
