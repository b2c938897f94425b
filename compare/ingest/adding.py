"""`claimdiff add`: turn a URL or a saved page into a clean source file.

The file is named `<outlet>-<date>.md` (or `--name`). The date comes only from
the page's metadata or the article's own date line, never from body text
("the years 2019 to 2023" is not a publication date). A second story from the
same outlet on the same day gets `-2`, `-3`...; the same page again is refused
unless --force, so nothing is ever overwritten by accident.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

from compare.errors import ClaimdiffError, InputError
from compare.files import writer
from compare.ingest.dates import iso_date
from compare.ingest.fetch import DEFAULT_TIMEOUT, fetch, is_url
from compare.ingest.frontmatter import split_front_matter
from compare.ingest.html import Page, read_page
from compare.ingest.reading import decode, read_bytes
from compare.ingest.source import Source

MAX_SAME_DAY = 99


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-") or "article"


def add_source(
    target: str,
    folder: Path,
    *,
    force: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    name: str | None = None,
) -> Path:
    """Write the page as a source file in `folder` and return its path. Never
    overwrites without `force`; never leaves a partial file; never writes a
    file that would not read back as an article."""
    if folder.exists() and not folder.is_dir():
        raise ClaimdiffError(f"{folder}: not a folder")
    if name is not None:
        _check_name(name)
    if is_url(target):
        data, final_url = fetch(target, timeout=timeout)
        page = read_page(data, target, url=final_url)
        fallback = urlsplit(final_url).netloc.removeprefix("www.")
    else:
        path = Path(target)
        data = read_bytes(path)
        page = read_page(data, target)
        fallback = path.stem
    source = Source.from_text(page.text, id="added", path=target)  # fails before writing
    outlet = str(page.metadata.get("outlet") or fallback)
    date = iso_date(str(page.metadata.get("published") or "")) or iso_date(
        source.metadata.published
    )
    if name is not None:
        destination = folder / (name if Path(name).suffix else f"{name}.md")
        if _exists(destination) and not force:
            raise ClaimdiffError(f"{destination} already exists (use --force to replace it)")
    else:
        destination = _free_name(folder, f"{slug(outlet)}-{date or 'undated'}", page, force)
    with writer(destination) as handle:
        handle.write(page.text)
    return destination


def _check_name(name: str) -> None:
    if not name.strip() or "/" in name or "\\" in name or name in (".", "..") or "\x00" in name:
        raise ClaimdiffError(f"--name: {name!r} is not a file name (no folders; use --to)")
    if len(name.encode("utf-8")) > 200:
        raise ClaimdiffError("--name: file name too long (at most 200 bytes)")


def _exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def _free_name(folder: Path, stem: str, page: Page, force: bool) -> Path:
    """`stem.md`, or `stem-2.md`... for another story; the same page again
    (same URL, or same title when there is no URL) is refused without force."""
    for n in range(1, MAX_SAME_DAY + 1):
        candidate = folder / (f"{stem}.md" if n == 1 else f"{stem}-{n}.md")
        if not _exists(candidate):
            return candidate
        if _same_page(candidate, page):
            if force:
                return candidate
            raise ClaimdiffError(f"{candidate} already exists (use --force to replace it)")
    raise ClaimdiffError(f"{folder}: already {MAX_SAME_DAY} files named {stem}-*.md; use --name")


def _same_page(path: Path, page: Page) -> bool:
    """Whether the file at `path` was written from this page (or cannot be told apart)."""
    try:
        meta, _ = split_front_matter(decode(read_bytes(path), str(path)), str(path))
    except InputError:
        return True  # unreadable: treat as taken, never overwrite it silently
    mine = page.metadata
    if meta.get("url") and mine.get("url"):
        return str(meta.get("url")) == str(mine.get("url"))
    if meta.get("title") and mine.get("title"):
        return str(meta.get("title")) == str(mine.get("title"))
    return True
