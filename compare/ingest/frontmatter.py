"""YAML front matter: split it off and read the article metadata it gives."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from compare.errors import InputError

_HANDLER = YAMLHandler()
# What the first line of real front matter looks like: "key:" or a YAML list item.
_YAML_START = re.compile(r"^\s*(?:[\w\"' -]+:(?:\s|$)|-\s|-$|#)")

# Front-matter keys people actually use, folded onto our field names.
_ALIASES = {
    "outlet": "outlet",
    "publisher": "outlet",
    "site": "outlet",
    "site_name": "outlet",
    "source": "outlet",
    "title": "title",
    "headline": "title",
    "published": "published",
    "date": "published",
    "published_at": "published",
    "author": "authors",
    "authors": "authors",
    "byline": "authors",
    "url": "url",
    "link": "url",
    "section": "section",
    "dateline": "dateline",
}


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], int]:
    """Return (metadata, offset where the body starts). No front matter: ({}, 0)."""
    if not text.startswith("---") or not _HANDLER.detect(text):
        return {}, 0
    first = next((line for line in text.split("\n")[1:] if line.strip()), "")
    if not _YAML_START.match(first):
        return {}, 0  # a rule line above prose, not front matter
    try:
        raw, body = _HANDLER.split(text)
    except ValueError:
        raise InputError(name, "malformed front matter: no closing '---' line") from None
    try:
        loaded = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise InputError(name, f"malformed front matter{where}: {problem}") from None
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise InputError(name, "malformed front matter: expected 'key: value' lines")
    return loaded, len(text) - len(body)


def normalise_metadata(raw: dict[str, Any], name: str) -> dict[str, Any]:
    """Fold aliases and types: authors become a tuple, dates ISO strings."""
    out: dict[str, Any] = {}
    extra: dict[str, str] = {}
    for key, value in raw.items():
        field = _ALIASES.get(str(key).strip().lower())
        if field is None:
            extra[str(key)] = _as_text(value)
        elif field == "authors":
            out["authors"] = _as_authors(value, name)
        elif value is not None:
            out[field] = _as_text(value)
    out["extra"] = tuple(sorted(extra.items()))
    return out


def _as_text(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(_as_text(v) for v in value)
    return "" if value is None else str(value).strip()


def _as_authors(value: Any, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        parts = [p.strip() for p in value.replace(" and ", ",").split(",")]
        return tuple(p for p in parts if p)
    if isinstance(value, (list, tuple)):
        return tuple(_as_text(v) for v in value if _as_text(v))
    raise InputError(name, "malformed front matter: 'authors' should be a name or a list of names")
