"""Turn a scraped article into clean text, blocks with roles, and metadata.

Works in three passes over the original text:

1. lines: drop navigation chrome, tracking pixels, rules, link-only lines,
   relative timestamps and credit-only lines; group the rest into paragraphs;
2. inline: strip Markdown and HTML markup and photo credits inside each
   paragraph, keeping for every character the offset it came from;
3. head: the paragraphs above the body become metadata (section label,
   byline, dates) or blocks with a role (headline, standfirst, caption).
"""

from __future__ import annotations

import html
import re
from itertools import islice
from typing import Any

import attrs

from compare.ingest import patterns as p
from compare.ingest.mapped import MappedText
from compare.ingest.offsets import OffsetMap, TextBuilder

HEADLINE = "headline"
STANDFIRST = "standfirst"
BODY = "body"
CAPTION = "caption"
SUBHEADING = "subheading"
ROLES = (HEADLINE, STANDFIRST, BODY, CAPTION, SUBHEADING)

_TERMINAL = re.compile(r"[.!?…][\"”’')\]]*\s*$")
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@attrs.frozen
class Block:
    """A paragraph of clean text and what it is in the article."""

    start: int
    end: int
    role: str


@attrs.frozen
class Cleaned:
    text: str
    offsets: OffsetMap
    blocks: tuple[Block, ...]
    found: dict[str, Any]  # metadata read off the page itself


@attrs.define
class _Paragraph:
    mapped: MappedText
    heading: bool = False
    caption: bool = False
    emphasised: bool = False
    had_timestamp: bool = False
    role: str = BODY


def clean(original: str, body_start: int = 0) -> Cleaned:
    found: dict[str, Any] = {}
    paragraphs = _paragraphs(original, body_start, found)
    for para in paragraphs:
        _clean_inline(para)
    paragraphs = [
        para for para in paragraphs if para.mapped.text and _WORD.search(para.mapped.text)
    ]
    paragraphs = _assign_roles(paragraphs, found)
    return _assemble(original, paragraphs, found)


# -- pass 1: lines ------------------------------------------------------------


def _paragraphs(original: str, body_start: int, found: dict[str, Any]) -> list[_Paragraph]:
    paragraphs: list[_Paragraph] = []
    current: list[tuple[int, int]] = []  # line spans of the paragraph being read
    current_heading = False

    def flush() -> None:
        nonlocal current, current_heading
        if current:
            mapped = MappedText.of(original, current[0][0], current[-1][1])
            paragraphs.append(_Paragraph(mapped, heading=current_heading))
        current = []
        current_heading = False

    pos = body_start
    length = len(original)
    while pos <= length:
        newline = original.find("\n", pos)
        end = length if newline < 0 else newline
        line = original[pos:end]
        kind = _line_kind(line, found)
        if kind == "text":
            if p.HEADING_PREFIX.match(line):
                flush()
                current, current_heading = [(pos, end)], True
                flush()
            else:
                current.append((pos, end))
        elif kind == "credit":
            # A credit on its own line labels the paragraph right above it.
            if current:
                flush()
                paragraphs[-1].caption = True
            elif paragraphs and pos - 2 >= 0 and original[pos - 2 : pos] != "\n\n":
                paragraphs[-1].caption = True
        else:
            flush()
        if newline < 0:
            break
        pos = newline + 1
    flush()
    return paragraphs


def _line_kind(line: str, found: dict[str, Any]) -> str:
    stripped = line.strip()
    if not stripped:
        return "blank"
    if p.RULE_LINE.match(stripped):
        return "rule"
    plain = _plain(stripped)
    if not plain or p.CHROME_LINE.match(plain) or p.LINK_LINE.match(stripped):
        return "noise"
    if p.RELATIVE_TIME_LINE.match(plain):
        return "noise"
    date = p.DATE_LINE.match(plain)
    if date:
        found.setdefault("published_text", date.group("date"))
        return "noise"
    if p.CREDIT_LINE.match(plain) and _is_credit(plain):
        return "credit"
    return "text"


def _plain(line: str) -> str:
    """The words of a line without Markdown or HTML, for classifying it."""
    text = line
    if "[" in text or "<" in text or "#" in text:  # (each pattern needs one of them)
        text = p.MD_IMAGE.sub("", text)
        text = p.MD_LINK.sub(lambda m: m.group("text"), text)
        text = p.HTML_TAG.sub("", text)
        text = p.HEADING_PREFIX.sub("", text)
    text = text.replace("**", "").replace("__", "")
    return text.strip().strip("*_").strip()


def _is_credit(text: str) -> bool:
    """A credit names an agency or photographer; a slash alone is not enough."""
    if text.lstrip().startswith(("©", "(c)", "(C)")) or re.match(r"(?i)\s*copyright\b", text):
        return True
    label = re.match(
        r"(?i)\s*(?:photo(?:graph)?s?|image|picture|credit|illustration)s?\s*(?:by\b|:)", text
    )
    if label:
        # "Photo: Jane Doe/Reuters" credits; "Photo: Crowds at the bridge..." captions.
        rest = text[label.end() :]
        return "/" in rest or _word_count(rest, 5) <= 4
    before_slash = text.split("/", 1)[0]
    letters = [ch for ch in before_slash if ch.isalpha()]
    all_caps = bool(letters) and all(ch.isupper() for ch in letters)
    return all_caps or bool(p.AGENCY.search(text))


# -- pass 2: inline -----------------------------------------------------------


def _keep_text(match: re.Match[str]) -> str:
    return "text"


_MARKUP = re.compile(r"[#>*+•_\[\]!<&]|^\s*[-\d]", re.MULTILINE)
# Whether _MARKUP finds anything, in three searches re runs in C from a first character
# or at the start (its "^" branch is tried at every place of the paragraph): a markup
# character, or a dash or digit starting the text or a line after spaces.
_MARKUP_CHAR = re.compile(r"[#>*+•_\[\]!<&]")
_LEADING_MARK = re.compile(r"\s*[-\d]")
_LINE_MARK = re.compile(r"\n\s*[-\d]")


def _has_markup(text: str) -> bool:
    return bool(_MARKUP_CHAR.search(text) or _LEADING_MARK.match(text) or _LINE_MARK.search(text))


def _clean_inline(para: _Paragraph) -> None:
    m = para.mapped
    if not _has_markup(m.text):
        # Plain prose: only whitespace, timestamps and credits can need work.
        _clean_tail(para, m.edit(p.WHITESPACE_RUN, lambda _: "= ").strip())
        return
    m = m.edit(p.HEADING_PREFIX, lambda _: None)
    m = m.edit(p.HEADING_SUFFIX, lambda _: None)
    m = m.edit(re.compile(r"(?m)^\s{0,3}(?:>\s?)+"), lambda _: None)
    m = m.edit(re.compile(r"(?m)^\s{0,3}(?:[-+•]|\*(?=\s))\s+"), lambda _: None)
    m = m.edit(p.MD_IMAGE, lambda _: None)
    m = m.edit(p.HTML_TAG, lambda _: None)
    m = m.edit(p.HTML_ENTITY, lambda match: "=" + html.unescape(match.group(0)))
    m = m.edit(p.MD_LINK, _keep_text)
    whole = m.text.strip()
    if whole.startswith(("**", "__")) and whole.endswith(("**", "__")) and len(whole) > 4:
        para.emphasised = True
    m = m.edit(p.MD_STRONG, _keep_text)
    m = m.edit(p.MD_EMPHASIS, _keep_text)
    m = m.edit(p.MD_UNDERSCORE, _keep_text)
    _clean_tail(para, m.edit(p.WHITESPACE_RUN, lambda _: "= ").strip())


def _clean_tail(para: _Paragraph, m: MappedText) -> None:
    """Timestamps, photo credits and caption labels at a paragraph's edges."""
    # A timestamp tail ends in "ago": tested first, since the pattern is tried at
    # every word of the paragraph.
    if m.text.rstrip()[-3:].lower() == "ago" and p.RELATIVE_TIME_TAIL.search(m.text):
        para.had_timestamp = True
        m = m.edit(p.RELATIVE_TIME_TAIL, lambda _: None).strip()
    credit = p.CREDIT_ALL.match(m.text) or p.CREDIT_TAIL.search(m.text)
    if credit and _is_credit(credit.group("credit")) and credit.start("credit") > 0:
        para.caption = True
        m = m.cut(0, credit.end("mark")).strip()
    label = p.CAPTION_LABEL.match(m.text)
    if label:
        para.caption = True
        m = m.cut(label.end()).strip()
    para.mapped = m


# -- pass 3: head -------------------------------------------------------------


def _word_count(text: str, limit: int) -> int:
    """The number of words in text, counted no further than limit: every caller only
    compares it with a small bound, and an ECB+ article is one paragraph of
    hundreds of words."""
    return sum(1 for _ in islice(_WORD.finditer(text), limit))


def _body_like(text: str) -> bool:
    return bool(p.DATELINE.match(text)) or (
        _word_count(text, 15) >= 15 and bool(_TERMINAL.search(text))
    )


def _assign_roles(paragraphs: list[_Paragraph], found: dict[str, Any]) -> list[_Paragraph]:
    kept: list[_Paragraph] = []
    in_head = True
    headline_seen = False
    standfirst_seen = False
    for index, para in enumerate(paragraphs):
        text = para.mapped.text
        if para.caption:
            para.role = CAPTION
            kept.append(para)
            continue
        if not in_head:
            para.role = SUBHEADING if para.heading else BODY
            kept.append(para)
            continue
        if _is_byline(para, headline_seen):
            found.setdefault("authors", _byline_names(text))
            continue
        if not headline_seen and _is_section_label(para, paragraphs[index + 1 :]):
            found.setdefault("section", text)
            continue
        if not headline_seen and (para.heading or _headline_like(text)):
            para.role = HEADLINE
            headline_seen = True
            found.setdefault("headline", text)
            kept.append(para)
            continue
        if (
            headline_seen
            and not standfirst_seen
            and not _body_like(text)
            and _word_count(text, 41) <= 40
        ):
            para.role = STANDFIRST
            standfirst_seen = True
            kept.append(para)
            continue
        in_head = False
        dateline = p.DATELINE.match(text)
        if dateline and _word_count(text[dateline.end() :], 3) >= 3:
            found.setdefault("dateline", dateline.group("place").strip())
            para.mapped = para.mapped.cut(dateline.end())
        para.role = BODY
        kept.append(para)
    return kept


def _headline_like(text: str) -> bool:
    return 2 <= _word_count(text, 31) <= 30 and not _TERMINAL.search(text.rstrip("?!"))


def _is_section_label(para: _Paragraph, following: list[_Paragraph]) -> bool:
    text = para.mapped.text
    if _word_count(text, 5) > 4 or _TERMINAL.search(text):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    capitals = bool(letters) and all(ch.isupper() for ch in letters) and len(letters) > 2
    next_is_heading = bool(following) and following[0].heading
    return para.emphasised or capitals or (next_is_heading and not para.heading)


def _is_byline(para: _Paragraph, headline_seen: bool) -> bool:
    text = para.mapped.text
    match = p.BYLINE.match(text)
    if not match or para.heading:
        return False
    if match.group("by"):
        return True
    # Without "By", a line of capitalised words could be a headline: ask for
    # a byline's other marks as well.
    joined = " and " in text or "," in text or "&" in text or " in " in text
    return headline_seen and (joined or para.had_timestamp)


def _byline_names(text: str) -> tuple[str, ...]:
    match = p.BYLINE.match(text)
    people = match.group("people") if match else text
    return tuple(m.group("name").strip() for m in p.BYLINE_PERSON.finditer(people))


# -- assembly -----------------------------------------------------------------


def _assemble(original: str, paragraphs: list[_Paragraph], found: dict[str, Any]) -> Cleaned:
    builder = TextBuilder(original)
    blocks: list[Block] = []
    for para in paragraphs:
        if blocks:
            builder.insert("\n\n", _original_of(para.mapped.origin(0)))
        start = len(builder)
        for text, origin in para.mapped.runs():
            if origin >= 0:
                builder.copy(origin, origin + len(text))
            else:
                builder.insert(text, ~origin)
        blocks.append(Block(start, len(builder), para.role))
    text, offsets = builder.build()
    return Cleaned(text, offsets, tuple(blocks), found)


def _original_of(index: int) -> int:
    return index if index >= 0 else ~index
