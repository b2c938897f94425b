"""Read a source file's bytes into text: regular files only, size limits enforced
while reading, binary sniffing, encodings, and terminal-safe characters."""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
import warnings
from pathlib import Path

from charset_normalizer import from_bytes

from compare.errors import InputError, InputWarning

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_CHUNK = 1 << 16


def max_bytes() -> int:
    """The per-file size limit; CLAIMDIFF_MAX_BYTES overrides the default."""
    raw = os.environ.get("CLAIMDIFF_MAX_BYTES")
    if raw and raw.isdigit() and int(raw) > 0:
        return int(raw)
    return DEFAULT_MAX_BYTES


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, at most `limit` (default: max_bytes()).

    Devices, FIFOs and sockets are refused before a byte is read: the file is
    opened non-blocking, so a FIFO with no writer cannot hang us, and the
    limit is counted while reading, so /dev/zero-like files cannot fill memory.
    """
    name = str(path)
    limit = max_bytes() if limit is None else limit
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise InputError(name, _os_problem(error)) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(
                name, f"is a directory; give the files in it (e.g. {name.rstrip('/')}/*)"
            )
        if not stat.S_ISREG(mode):
            raise InputError(name, f"not a regular file ({file_type(mode)})")
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, _CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise InputError(
                    name,
                    f"file too large (over {limit / 1048576:.1f} MiB; "
                    "set CLAIMDIFF_MAX_BYTES to raise the limit)",
                )
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as error:
        raise InputError(name, _os_problem(error)) from None
    finally:
        os.close(fd)


def file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def _os_problem(error: OSError) -> str:
    known = {
        errno.ENOENT: "no such file",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENAMETOOLONG: "file name too long",
        errno.ELOOP: "too many levels of symbolic links",
        errno.ENOTDIR: "no such file (a part of the path is not a folder)",
        errno.EISDIR: "is a directory",
    }
    return known.get(error.errno or 0) or f"cannot read ({error.strerror or error})"


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM); UTF-8 with a few bad bytes keeps its
    good text; anything else is a guess that prefers the Western encodings and
    says so on stderr."""
    if not data.strip():
        raise InputError(name, "empty file")
    if b"\x00" in data[:8192] and not _looks_like_utf16(data):
        raise InputError(name, "binary file, not an article (expected text or Markdown)")
    try:
        text = data.decode("utf-16" if _looks_like_utf16(data) else "utf-8-sig")
    except UnicodeDecodeError:
        text = _damaged_utf8(data, name) or _legacy(data, name)
    if _control_ratio(text) > 0.05:
        raise InputError(name, "binary file, not an article (expected text or Markdown)")
    return text


def _damaged_utf8(data: bytes, name: str) -> str | None:
    """UTF-8 text with a few bad bytes (a truncated copy, one pasted character):
    decoded with U+FFFD for each bad byte when the file's other non-ASCII text is
    valid UTF-8, since a legacy encoding would garble every one of those."""
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if good == 0 or bad > good:
        return None
    warnings.warn(
        f"{name}: {bad} byte(s) are not valid UTF-8; replaced with \ufffd", InputWarning, 2
    )
    return text


# Non-ASCII characters a Western article holds: Latin letters with accents and
# typographic punctuation. cp1252 is chosen when the decoded text has only these
# and they are a minority of the letters (in Cyrillic or Greek read as cp1252
# almost every letter is an accented Latin one).
_WESTERN = re.compile(
    r"[\u00a0\u00a3\u00a7\u00a9\u00ab\u00ae\u00b0\u00b4\u00b7\u00bb"
    r"\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u2010-\u2027\u2030-\u203a\u20ac\u2122]"
)


def _legacy(data: bytes, name: str) -> str:
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = ""
    if western and _plausibly_western(western):
        chosen, text = "cp1252", western
    else:
        best = from_bytes(data).best()
        if best is None:
            raise InputError(name, "unreadable text encoding (save it as UTF-8)")
        chosen, text = best.encoding, str(best)
    warnings.warn(
        f"{name}: not UTF-8; read as {chosen} (a guess: save the file as UTF-8 to be sure)",
        InputWarning,
        3,
    )
    return text


def _plausibly_western(text: str) -> bool:
    high = [ch for ch in text if ord(ch) > 127]
    if not high:
        return True
    if sum(1 for ch in high if _WESTERN.match(ch)) < 0.95 * len(high):
        return False
    letters = sum(1 for ch in text if ch.isalpha())
    high_letters = sum(1 for ch in high if ch.isalpha())
    return high_letters <= 0.25 * max(letters, 1)


# Terminal control: escape sequences (CSI, OSC, DCS...) and C0/C1 control
# characters other than tab and line breaks. A title-setting or screen-clearing
# sequence inside an article must never reach a terminal, in any output format.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI: colours, cursor moves, clear screen
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]?"  # other escapes
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # the one-byte CSI
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)
# Every match of _CONTROL starts with one of these characters (ESC and the one-byte CSI
# among them), and each of them alone is a match: text without one has none. A
# character class first lets re skip in C; _CONTROL's branches are tried at every place.
_CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Control and escape sequences become spaces, one per character (line
    breaks inside them stay), so every offset and line number still holds."""
    if not _CONTROL_CHAR.search(text):
        return text
    return _CONTROL.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def normalise_text(text: str) -> str:
    """Unix line breaks, NFC and no terminal controls. Neither adds nor removes
    a line, so line numbers in the result are the file's line numbers."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return strip_controls(unicodedata.normalize("NFC", text))


def _looks_like_utf16(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\x1b")
    return bad / len(sample)
