"""Read a source file's bytes into text: size limits, binary sniffing, encodings."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from compare.errors import InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def max_bytes() -> int:
    """The per-file size limit; CLAIMDIFF_MAX_BYTES overrides the default."""
    raw = os.environ.get("CLAIMDIFF_MAX_BYTES")
    if raw and raw.isdigit() and int(raw) > 0:
        return int(raw)
    return DEFAULT_MAX_BYTES


def read_bytes(path: Path) -> bytes:
    name = str(path)
    if not path.exists():
        raise InputError(name, "no such file")
    if path.is_dir():
        raise InputError(
            name, f"is a directory; give the article files in it (e.g. {name.rstrip('/')}/*)"
        )
    try:
        size = path.stat().st_size
        limit = max_bytes()
        if size > limit:
            raise InputError(
                name,
                f"file too large ({size / 1048576:.1f} MiB; the limit is "
                f"{limit / 1048576:.1f} MiB, set CLAIMDIFF_MAX_BYTES to raise it)",
            )
        return path.read_bytes()
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as error:
        raise InputError(name, f"cannot read ({error.strerror or error})") from None


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM), else detect the encoding."""
    if not data.strip():
        raise InputError(name, "empty file")
    if b"\x00" in data[:8192] and not _looks_like_utf16(data):
        raise InputError(name, "binary file, not an article (expected text or Markdown)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputError(name, "unreadable text encoding (save it as UTF-8)") from None
        text = str(best)
    if _control_ratio(text) > 0.05:
        raise InputError(name, "binary file, not an article (expected text or Markdown)")
    return text


def normalise_text(text: str) -> str:
    """Unix line breaks and NFC. Neither adds nor removes a line, so line
    numbers in the result are the file's line numbers."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _looks_like_utf16(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return bad / len(sample)
