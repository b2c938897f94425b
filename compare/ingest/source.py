"""The Source record: an article's clean text, metadata, blocks and sentences."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import attrs

from compare.errors import InputError
from compare.ingest.clean import HEADLINE, Block, clean
from compare.ingest.frontmatter import normalise_metadata, split_front_matter
from compare.ingest.offsets import OffsetMap
from compare.ingest.reading import decode, normalise_text, read_bytes
from compare.ingest.sentences import Sentence, bound_blocks, split_sentences


@attrs.frozen
class Metadata:
    """What we know about an article: from front matter first, then the page."""

    outlet: str = ""
    title: str = ""
    published: str = ""
    authors: tuple[str, ...] = ()
    url: str = ""
    section: str = ""
    dateline: str = ""
    extra: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "authors": list(self.authors),
            "url": self.url,
            "section": self.section,
            "dateline": self.dateline,
        }
        out.update(dict(self.extra))
        return out


@attrs.frozen
class Source:
    """One article. Every offset in blocks and sentences points into `text`."""

    id: str
    path: str | None
    metadata: Metadata
    text: str
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    offsets: OffsetMap = attrs.field(repr=False)

    def line_of(self, offset: int) -> int:
        """1-based line in the file the user gave for a clean-text offset."""
        return self.offsets.line(offset)

    def to_dict(self) -> dict[str, Any]:
        """The source as it appears in JSON output."""
        return {"id": self.id, "path": self.path, **self.metadata.to_dict()}

    @property
    def label(self) -> str:
        """A short human name: the outlet, else the id."""
        return self.metadata.outlet or self.id

    @property
    def headline(self) -> str:
        for block in self.blocks:
            if block.role == HEADLINE:
                return self.text[block.start : block.end]
        return ""

    @classmethod
    def from_text(cls, text: str, id: str = "text", path: str | None = None) -> Source:
        """Build a source from a string as if it were a file's contents."""
        name = path or id
        text = normalise_text(text)
        raw, body_start = split_front_matter(text, name)
        meta = normalise_metadata(raw, name)
        cleaned = clean(text, body_start)
        if not cleaned.blocks:
            raise InputError(name, "no article text found")
        found = cleaned.found
        metadata = Metadata(
            outlet=meta.get("outlet", ""),
            title=meta.get("title") or found.get("headline", ""),
            published=meta.get("published") or found.get("published_text", ""),
            authors=meta.get("authors") or tuple(found.get("authors", ())),
            url=meta.get("url", ""),
            section=meta.get("section") or found.get("section", ""),
            dateline=meta.get("dateline") or found.get("dateline", ""),
            extra=meta.get("extra", ()),
        )
        blocks = bound_blocks(cleaned.text, cleaned.blocks)
        sentences = split_sentences(cleaned.text, blocks)
        return cls(id, path, metadata, cleaned.text, blocks, sentences, cleaned.offsets)


def load_source(path: str | Path, id: str | None = None) -> Source:
    """Read an article file (.txt or .md, front matter optional)."""
    path = Path(path)
    name = str(path)
    data = read_bytes(path)
    if path.suffix.lower() in (".html", ".htm"):
        from compare.ingest.html import source_from_html

        return source_from_html(data, id=id or source_id(path), path=name)
    text = decode(data, name)
    return Source.from_text(text, id=id or source_id(path), path=name)


def with_unique_ids(sources: list[Source]) -> list[Source]:
    """Two files with the same name in different folders still need distinct ids:
    the second 'report' becomes 'report-2'."""
    seen: dict[str, int] = {}
    out = []
    for source in sources:
        count = seen.get(source.id, 0) + 1
        seen[source.id] = count
        out.append(source if count == 1 else attrs.evolve(source, id=f"{source.id}-{count}"))
    return out


def source_id(path: Path) -> str:
    """A stable short id from the file name: 'boston-globe-2022-01-13'."""
    stem = re.sub(r"[^\w.-]+", "-", path.stem).strip("-")
    return stem or "source"
