"""Writing report files without ever leaving a half-written one behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from compare.errors import ClaimdiffError


@contextlib.contextmanager
def writer(path: Path) -> Iterator[TextIO]:
    """Write to a temporary file beside `path`, then rename it into place, so a
    failure leaves the old file (or none) rather than a truncated one."""
    path = Path(path)
    if path.is_dir():
        raise ClaimdiffError(f"{path}: is a directory; give a file name for the report")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise ClaimdiffError(f"{path}: cannot write ({error.strerror or error})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
