"""`claimdiff add`: turn a URL or a saved page into a clean source file."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from urllib.parse import urlparse

from compare.errors import ClaimdiffError
from compare.ingest.fetch import DEFAULT_TIMEOUT, fetch, is_url
from compare.ingest.html import read_page
from compare.ingest.reading import read_bytes
from compare.report.files import writer


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "article"


def add_source(
    target: str, folder: Path, *, force: bool = False, timeout: float = DEFAULT_TIMEOUT
) -> Path:
    """Write `folder/<outlet>-<date>.md` and return its path. Never overwrites
    without `force`; never leaves a partial file."""
    if is_url(target):
        data, final_url = fetch(target, timeout=timeout)
        page = read_page(data, target, url=final_url)
        fallback = urlparse(final_url).netloc.removeprefix("www.")
    else:
        path = Path(target)
        data = read_bytes(path)
        page = read_page(data, target)
        fallback = path.stem
    outlet = str(page.metadata.get("outlet") or fallback)
    date = str(page.metadata.get("published") or "undated")[:10]
    destination = folder / f"{slug(outlet)}-{date}.md"
    if destination.exists() and not force:
        raise ClaimdiffError(f"{destination} already exists (use --force to replace it)")
    if folder.exists() and not folder.is_dir():
        raise ClaimdiffError(f"{folder}: not a folder")
    with writer(destination) as handle:
        handle.write(page.text)
    return destination
