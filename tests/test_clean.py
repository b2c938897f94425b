"""Cleaning rules, each on inputs written for the rule (not the seed articles)."""

from __future__ import annotations

import pytest

from compare import Source
from compare.ingest import BODY, CAPTION, HEADLINE, STANDFIRST

PARA = "The city council voted on Monday to close the old bridge for repairs that will take a year."


def roles(source: Source) -> list[tuple[str, str]]:
    return [(b.role, source.text[b.start : b.end]) for b in source.blocks]


def body_text(source: Source) -> str:
    return "\n".join(t for r, t in roles(source) if r == BODY)


@pytest.mark.parametrize(
    "noise",
    [
        "fb-pixel Skip to main content",
        "Skip to content",
        "ADVERTISEMENT",
        "Share this article | Tweet | Email",
        "Share on Facebook · Share on Twitter · Copy link",
        "Sign up | Log in",
        "https://example.com/track?id=123",
        "Read more: Mayor says bridge is safe",
        "[Subscribe now](https://example.com/subscribe)",
        "![](https://example.com/pixel.gif)",
        "Listen to article 4 min",
        "Most popular",
        "3 HOURS AGO",
        "Updated 25 minutes ago",
        "Jan. 12, 2023, 8:32 p.m. ET",
        "---",
        "* * *",
        "___",
    ],
)
def test_noise_lines_are_dropped(noise):
    source = Source.from_text(f"{noise}\n\n{PARA}\n\n{noise}\n\n{PARA}\n", id="x")
    assert all(role == BODY for role, _ in roles(source)), roles(source)
    assert body_text(source) == f"{PARA}\n{PARA}"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Protesters gathered outside the town hall on Monday.JANE DOE/AFP via Getty Images",
            "Protesters gathered outside the town hall on Monday.",
        ),
        (
            "Protesters gathered outside the town hall on Monday. © Jane Doe/Reuters",
            "Protesters gathered outside the town hall on Monday.",
        ),
        (
            "Protesters gathered outside the town hall on Monday. (AP Photo/John Roe)",
            "Protesters gathered outside the town hall on Monday.",
        ),
        (
            "Protesters gathered outside the town hall on Monday. Photograph: Jane Doe/Bloomberg",
            "Protesters gathered outside the town hall on Monday.",
        ),
        (
            'The mayor said the bridge was "unsafe" Jane Doe/Globe Staff',
            'The mayor said the bridge was "unsafe"',
        ),
        ("Photo: Crowds at the bridge on Monday night.", "Crowds at the bridge on Monday night."),
    ],
)
def test_photo_credits_are_removed_and_caption_marked(caption, expected):
    source = Source.from_text(f"{PARA}\n\n{caption}\n\n{PARA}\n", id="x")
    assert (CAPTION, expected) in roles(source)


def test_credit_on_its_own_line_marks_the_caption_above():
    text = f"{PARA}\n\nThe bridge at dusk on Sunday.\nPhotograph: Jane Doe/Reuters\n\n{PARA}\n"
    assert (CAPTION, "The bridge at dusk on Sunday.") in roles(Source.from_text(text, id="x"))


def test_slash_in_a_sentence_is_not_a_credit():
    text = f"{PARA}\n\nThe vote was 9/2 and members said the and/or clause was struck out.\n"
    source = Source.from_text(text, id="x")
    assert body_text(source).endswith("the and/or clause was struck out.")
    assert all(role != CAPTION for role, _ in roles(source))


def test_markdown_markup_is_removed_offsets_kept():
    text = (
        "## **Bridge to close for a year**\n\n"
        "The council voted to [close the bridge](https://x.org/a) on *Monday* after a long night,"
        " __officials__ said today.\n"
    )
    source = Source.from_text(text, id="x")
    assert roles(source)[0] == (HEADLINE, "Bridge to close for a year")
    assert body_text(source) == (
        "The council voted to close the bridge on Monday after a long night, officials said today."
    )
    body = next(b for b in source.blocks if b.role == BODY)
    # Every character of the clean text still points at the same character in the file.
    for i in range(body.start, body.end):
        assert text[source.offsets.original_offset(i)] == source.text[i]


def test_html_leftovers_are_removed():
    text = "<p>The council voted &amp; the mayor agreed to close the old bridge for a year.</p>\n"
    source = Source.from_text(text, id="x")
    assert source.text == "The council voted & the mayor agreed to close the old bridge for a year."


def test_wrapped_paragraph_is_joined():
    text = (
        "The council voted on Monday\nto close the old bridge for\nrepairs that will take a year.\n"
    )
    source = Source.from_text(text, id="x")
    assert (
        source.text
        == "The council voted on Monday to close the old bridge for repairs that will take a year."
    )
    assert source.line_of(source.text.index("repairs")) == 3


def test_head_becomes_metadata_and_roles():
    text = (
        "**CITY HALL**\n\n"
        "# Bridge to close for a year\n\n"
        "Repairs will cost more than first thought\n\n"
        "By Ann Lee and Bo Chen | 2 hours ago\n\n"
        f"SPRINGFIELD, Ill. (AP) — {PARA}\n"
    )
    source = Source.from_text(text, id="x")
    meta = source.metadata
    assert meta.section == "CITY HALL"
    assert meta.title == "Bridge to close for a year"
    assert meta.authors == ("Ann Lee", "Bo Chen")
    assert meta.dateline.startswith("SPRINGFIELD")
    assert roles(source) == [
        (HEADLINE, "Bridge to close for a year"),
        (STANDFIRST, "Repairs will cost more than first thought"),
        (BODY, PARA),
    ]


def test_byline_with_places_and_timestamp():
    text = (
        "Bridge to close for a year\n\n"
        "Ann Lee in Springfield and Bo Chen in Boston 5 HOURS AGO\n\n"
        f"{PARA}\n"
    )
    meta = Source.from_text(text, id="x").metadata
    assert meta.authors == ("Ann Lee", "Bo Chen")


def test_title_case_headline_is_not_a_byline():
    text = f"Council Closes Old Bridge\n\n{PARA}\n"
    source = Source.from_text(text, id="x")
    assert source.metadata.authors == ()
    assert roles(source)[0] == (HEADLINE, "Council Closes Old Bridge")


def test_article_without_head_is_all_body():
    text = f"{PARA}\n\nShe said the work would start in June and end before the next winter.\n"
    source = Source.from_text(text, id="x")
    assert [r for r, _ in roles(source)] == [BODY, BODY]
    assert source.metadata.title == ""
