"""HTML pages as sources (the [html] extra: trafilatura).

trafilatura finds the article body and metadata and leaves navigation, share
buttons, "most popular" boxes and footers behind. Its output drops figure
captions, which carry claims, so captions are read from the page and put back
where their images stood, labelled so the cleaner marks them as captions.
The result is ordinary article text with YAML front matter: the same text
`claimdiff add` writes to sources/.
"""

from __future__ import annotations

import re
from typing import Any

import attrs
import yaml

from compare.errors import InputError
from compare.ingest.offsets import OffsetMap, line_starts_of
from compare.ingest.reading import decode
from compare.ingest.source import Source

MIN_ARTICLE_WORDS = 20  # less than this is a placeholder or an error page, not an article
INSTALL_HINT = "reading HTML needs the html extra: pip install 'claimdiff[html]'"


@attrs.frozen
class Page:
    """An article read from an HTML page."""

    text: str  # front matter + body, ready to save as a source file
    metadata: dict[str, Any]
    html: str


def _trafilatura(name: str) -> Any:
    try:
        import trafilatura
    except ImportError:
        raise InputError(name, INSTALL_HINT) from None
    return trafilatura


def read_page(data: bytes, name: str, url: str | None = None) -> Page:
    trafilatura = _trafilatura(name)
    html = decode(data, name)
    if not re.search(r"<\s*(?:html|body|p|article|div)\b", html[:200000], re.IGNORECASE):
        raise InputError(name, "not an HTML page")
    try:
        # extensive=False: a date from the page's metadata, never guessed from body text
        meta = trafilatura.extract_metadata(html, default_url=url, extensive=False)
        xml = trafilatura.extract(
            html,
            url=url,
            output_format="xml",
            include_images=True,
            include_comments=False,
            include_tables=False,
            include_links=False,
            with_metadata=False,
        )
    except Exception as error:  # trafilatura raises many kinds on broken markup
        raise InputError(name, f"cannot parse the page ({type(error).__name__})") from None
    body = _xml_to_text(xml or "", _captions(html)) if xml else ""
    prose = [p for p in body.split("\n\n") if not p.startswith(("#", "Caption: "))]
    if sum(len(p.split()) for p in prose) < MIN_ARTICLE_WORDS:
        raise InputError(name, "no article text found in the page")
    metadata = _metadata(meta, url)
    front = yaml.safe_dump(metadata, allow_unicode=True, sort_keys=False, width=1000).strip()
    return Page(f"---\n{front}\n---\n\n{body}\n", metadata, html)


def source_from_html(data: bytes, id: str, path: str) -> Source:
    """A Source for a saved page; its lines point into the HTML file."""
    page = read_page(data, path)
    source = Source.from_text(page.text, id=id, path=path)
    return attrs.evolve(source, offsets=_map_to_page(source, page.html))


def _metadata(meta: Any, url: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if meta is None:
        return {"url": url} if url else {}
    if getattr(meta, "sitename", None):
        out["outlet"] = meta.sitename
    if getattr(meta, "title", None):
        out["title"] = meta.title
    if getattr(meta, "date", None):
        out["published"] = meta.date
    author = getattr(meta, "author", None)
    if author:
        out["authors"] = [a.strip() for a in re.split(r";|\band\b", author) if a.strip()]
    page_url = getattr(meta, "url", None) or url
    if page_url:
        out["url"] = page_url
    return out


def _captions(html: str) -> dict[str, str]:
    """figcaption text by the src of the figure's image."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except Exception:
        return {}
    captions: dict[str, str] = {}
    for figure in tree.iter("figure"):
        caption = figure.find(".//figcaption")
        image = figure.find(".//img")
        if caption is None or image is None:
            continue
        text = " ".join(caption.text_content().split())
        src = image.get("src") or ""
        if text and src:
            captions[_image_key(src)] = text
    return captions


def _image_key(src: str) -> str:
    """An image's file name: trafilatura may have made the src absolute."""
    return src.split("?")[0].rstrip("/").rsplit("/", 1)[-1]


def _xml_to_text(xml: str, captions: dict[str, str]) -> str:
    from lxml import etree

    try:
        root = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return ""
    main = root.find("main")
    if main is None:
        main = root
    paragraphs: list[str] = []
    for element in main.iter():
        tag = element.tag
        text = " ".join("".join(element.itertext()).split())
        if tag == "head":
            level = element.get("rend", "h2").lstrip("h") or "2"
            if text:
                paragraphs.append("#" * min(int(level) if level.isdigit() else 2, 6) + " " + text)
        elif (
            tag in ("p", "quote")
            and element.getparent() is not None
            and element.getparent().tag not in ("item", "quote")
        ):
            if text:
                paragraphs.append(text)
        elif tag == "item" and text:
            paragraphs.append("- " + text)
        elif tag == "graphic":
            caption = captions.get(_image_key(element.get("src") or ""))
            if caption:
                paragraphs.append("Caption: " + caption)
    return "\n\n".join(paragraphs)


def _map_to_page(source: Source, html: str) -> OffsetMap:
    """Each block's offsets map to where its first words stand in the HTML file."""
    flat = html
    clean_starts: list[int] = []
    page_starts: list[int] = []
    body = re.search(r"<body\b", html, re.IGNORECASE)
    cursor = body.end() if body else 0  # the <title> repeats the headline; the page is below
    for block in source.blocks:
        words = source.text[block.start : block.end].split()
        at = -1
        for n in (5, 3, 2, 1):
            snippet = " ".join(words[:n])
            if len(snippet) < 4 and n > 1:
                continue
            at = flat.find(snippet, cursor)
            if at >= 0:
                break
        if at < 0:
            at = page_starts[-1] if page_starts else 0
        else:
            cursor = at
        clean_starts.append(block.start)
        page_starts.append(at)
    if not clean_starts:
        return OffsetMap((0,), (0,), (False,), line_starts_of(html))
    return OffsetMap(
        tuple(clean_starts), tuple(page_starts), (False,) * len(clean_starts), line_starts_of(html)
    )
