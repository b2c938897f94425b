"""HTML pages as sources (the [html] extra)."""

from __future__ import annotations

from compare.errors import InputError
from compare.ingest.source import Source


def source_from_html(data: bytes, id: str, path: str) -> Source:
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        raise InputError(
            path, "reading HTML needs the html extra: pip install 'claimdiff[html]'"
        ) from None
    raise InputError(path, "HTML reading is not available yet")
