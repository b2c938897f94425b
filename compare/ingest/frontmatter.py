"""YAML front matter: split it off and read the article metadata it gives."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from compare.errors import InputError

_HANDLER = YAMLHandler()
MAX_DEPTH = 20  # front matter is flat 'key: value' lines; a few levels of lists at most


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader without aliases (a 7 KB "billion laughs" document expands to
    gigabytes) and with a nesting limit (5,000 open brackets exhaust the stack).
    Timestamps stay strings: a date is checked where it is read, with a message
    that names the field."""

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed", event.start_mark
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise yaml.composer.ComposerError(
                    None, None, f"nested more than {MAX_DEPTH} levels deep", event.start_mark
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    return str(loader.construct_scalar(node))  # type: ignore[arg-type]


_BoundedLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]|$)")
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
        loaded = yaml.load(raw, Loader=_BoundedLoader)  # a SafeLoader subclass
    except RecursionError:
        raise InputError(name, "malformed front matter: nested too deeply") from None
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
            if field == "published":
                _check_date(out[field], name)
    out["extra"] = tuple(sorted(extra.items()))
    return out


def _check_date(value: str, name: str) -> None:
    """A date written as YYYY-MM-DD must be a real day ("2022-13-45" is not)."""
    match = _ISO_DATE.match(value)
    if match is None:
        return
    year, month, day = (int(g) for g in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        raise InputError(
            name, f"front matter: published {value!r} is not a valid date (use YYYY-MM-DD)"
        ) from None


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
